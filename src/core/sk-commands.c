/* sk-commands.c — every change a person can make to a map, as a command
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each function here checks the change against the map as it is and
 * returns a command that makes it, or sets an error and changes nothing.
 * The command carries a label for people ("Move «PPT» to level 3") and,
 * for small repeated edits, a merge key so typing becomes one undo step.
 * A change that would leave the map inconsistent takes its consequences
 * along in the same command: deleting a service also removes its pathway
 * steps, referrals, local changes and notes.
 *
 * A function returns NULL without an error when the change would change
 * nothing (the value is already set, the card is already there).
 *
 * This file has the general commands (any field, add, reorder, notes) and
 * what the others share (sk-commands-private.h); deleting, services and
 * levels, pathway steps and municipalities' local changes have a file each.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sk-json.h"
#include "sk-command-types.h"
#include "sk-commands.h"
#include "sk-error.h"
#include "sk-map-private.h"
#include "sk-municipality.h"
#include "sk-note.h"
#include "sk-pathway.h"
#include "sk-schema.h"
#include "sk-service.h"
#include "sk-commands-private.h"

SkItem *
sk_commands_lookup (SkMap       *map,
                    SkKind       kind,
                    const char  *id,
                    GError     **error)
{
  SkItem *item = sk_map_lookup (map, kind, id);

  if (item == NULL)
    /* TRANSLATORS: "There is no service with the id «ppt»" */
    g_set_error (error, SK_EDIT_ERROR, SK_EDIT_ERROR_NOT_FOUND,
                 _("There is no %s with the id «%s»"), sk_kind_describe (kind), id);
  return item;
}

static gboolean
json_objects_equal (JsonObject *a,
                    JsonObject *b)
{
  g_autoptr(JsonNode) na = json_node_init_object (json_node_alloc (), a);
  g_autoptr(JsonNode) nb = json_node_init_object (json_node_alloc (), b);

  return json_node_equal (na, nb);
}

/* Checks @json as the new content of an object of @kind: against the schema
 * and against the ids in the map. */
static JsonObject *
normalize_for (SkMap       *map,
               SkKind       kind,
               JsonObject  *json,
               GError     **error)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), json);
  g_autoptr(JsonObject) normal = NULL;
  SkProblems problems;

  sk_problems_init (&problems);
  normal = sk_schema_normalize (sk_schema_for_kind (kind), node, "", &problems);
  if (!sk_problems_to_error (&problems, NULL, SK_EDIT_ERROR, SK_EDIT_ERROR_INVALID, error))
    {
      sk_problems_clear (&problems);
      return NULL;
    }
  sk_problems_clear (&problems);

  if (!sk_map_check_item (map, kind, normal, error))
    return NULL;
  return g_steal_pointer (&normal);
}

/* Parses "key" or "key[3]". */
static gboolean
parse_segment (const char  *segment,
               char       **key,
               int         *index)
{
  const char *bracket = strchr (segment, '[');
  char *end = NULL;
  gint64 n;

  *index = -1;
  if (bracket == NULL)
    {
      *key = g_strdup (segment);
      return *segment != '\0';
    }
  n = g_ascii_strtoll (bracket + 1, &end, 10);
  if (end == bracket + 1 || end == NULL || g_strcmp0 (end, "]") != 0 || n < 0 || n > G_MAXINT)
    return FALSE;
  *key = g_strndup (segment, bracket - segment);
  *index = (int) n;
  return bracket != segment;
}

/* Sets (or, with a NULL @value, removes) the value at @path inside @root,
 * making the objects on the way. Takes @value. */
gboolean
sk_commands_set_path (JsonObject  *root,
                      const char  *path,
                      JsonNode    *value,
                      GError     **error)
{
  g_auto(GStrv) segments = g_strsplit (path, ".", -1);
  g_autoptr(JsonNode) owned = value;
  JsonObject *object = root;
  guint n = g_strv_length (segments);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *key = NULL;
      gboolean last = i + 1 == n;
      JsonNode *member;
      int index;

      if (!parse_segment (segments[i], &key, &index))
        goto bad_path;
      member = json_object_get_member (object, key);

      if (index >= 0)
        {
          JsonArray *array;

          if (member == NULL || !JSON_NODE_HOLDS_ARRAY (member))
            goto bad_path;
          array = json_node_get_array (member);
          if ((guint) index >= json_array_get_length (array))
            goto bad_path;
          if (last)
            {
              if (owned == NULL)
                json_array_remove_element (array, index);
              else
                {
                  /* JsonArray has no replace: rebuild it. */
                  JsonArray *copy = json_array_new ();
                  for (guint j = 0; j < json_array_get_length (array); j++)
                    json_array_add_element (copy, (int) j == index
                                            ? g_steal_pointer (&owned)
                                            : sk_json_node_copy (json_array_get_element (array, j)));
                  json_object_set_array_member (object, key, copy);
                }
              return TRUE;
            }
          member = json_array_get_element (array, index);
          if (!JSON_NODE_HOLDS_OBJECT (member))
            goto bad_path;
          object = json_node_get_object (member);
          continue;
        }

      if (last)
        {
          if (owned == NULL)
            json_object_remove_member (object, key);
          else
            json_object_set_member (object, key, g_steal_pointer (&owned));
          return TRUE;
        }

      if (member == NULL)
        {
          if (owned == NULL)
            return TRUE;  /* removing what is not there */
          json_object_set_object_member (object, key, json_object_new ());
          member = json_object_get_member (object, key);
        }
      if (!JSON_NODE_HOLDS_OBJECT (member))
        goto bad_path;
      object = json_node_get_object (member);
    }

bad_path:
  g_set_error (error, SK_EDIT_ERROR, SK_EDIT_ERROR_INVALID,
               _("There is no field «%s» to change"), path);
  return FALSE;
}

static gboolean
is_protected_key (SkKind      kind,
                  const char *path)
{
  g_autofree char *first = g_strndup (path, strcspn (path, ".["));
  const SkField *field = sk_schema_lookup (sk_schema_for_kind (kind), first);

  if (kind == SK_KIND_MAP)
    return g_str_equal (first, "format") || g_str_equal (first, "version")
           || (field != NULL && field->type == SK_VALUE_ITEMS);
  return g_str_equal (first, "id");
}

/* "Rename «PPT»", "Change the contact details of «PPT»" */
static char *
edit_label (SkMap      *map,
            SkKind      kind,
            const char *id,
            const char *path)
{
  static const struct { const char *key; const char *noun; } nouns[] = {
    { "short_name", N_("short name") },
    { "owner", N_("owner") },
    { "organisation", N_("organisation") },
    { "sector", N_("sector") },
    { "description", N_("description") },
    { "ages", N_("ages") },
    { "access", N_("access") },
    { "free", N_("price") },
    { "confidential", N_("confidentiality") },
    { "contact", N_("contact details") },
    { "municipalities", N_("municipalities served") },
    { "steps", N_("steps") },
    { "region", N_("region") },
    { "languages", N_("languages") },
    { "created", N_("date created") },
    { "checked", N_("date checked") },
    { "icon", N_("icon") },
    { "group", N_("group") },
    { "number", N_("municipality number") },
    { "sami_name", N_("Sami name") },
    { "provider", N_("provider") },
    { "overrides", N_("local changes") },
    { "text", N_("text") },
    { "author", N_("author") },
    { "target", N_("place") },
  };
  g_autofree char *first = g_strndup (path, strcspn (path, ".["));
  g_autofree char *name = sk_map_describe (map, kind, id);

  if (g_str_equal (first, "name") || g_str_equal (first, "title"))
    /* TRANSLATORS: an undo label: "Rename «PPT»" */
    return g_strdup_printf (_("Rename %s"), name);
  if (g_str_equal (first, "color"))
    /* TRANSLATORS: an undo label: "Recolour «Angstplager»" */
    return g_strdup_printf (_("Recolour %s"), name);
  for (guint i = 0; i < G_N_ELEMENTS (nouns); i++)
    if (g_str_equal (first, nouns[i].key))
      /* TRANSLATORS: an undo label: "Change description of «PPT»" */
      return g_strdup_printf (_("Change %s of %s"), _(nouns[i].noun), name);
  /* TRANSLATORS: an undo label: "Change «PPT»" */
  return g_strdup_printf (_("Change %s"), name);
}

SkCommand *
sk_commands_edit_from (SkMap       *map,
                       SkItem      *item,
                       JsonObject  *changed,
                       const char  *label,
                       const char  *merge_key,
                       GError     **error)
{
  g_autoptr(JsonObject) normal = NULL;
  SkCommand *command;

  normal = normalize_for (map, sk_item_get_kind (item), changed, error);
  if (normal == NULL)
    return NULL;
  if (json_objects_equal (normal, sk_item_get_json (item)))
    return NULL;

  command = sk_edit_command_new (sk_item_get_kind (item), sk_item_get_id (item),
                                 sk_item_get_json (item), normal);
  sk_command_set_label (command, label);
  sk_command_set_merge_key (command, merge_key);
  return command;
}

JsonObject *
sk_commands_text_object (const char *lang,
                         const char *value)
{
  JsonObject *text = json_object_new ();

  json_object_set_string_member (text, lang, value);
  return text;
}

/* A new object's content: an id made from @name, and @name in the map's
 * language. */
JsonObject *
sk_commands_new_named (SkMap      *map,
                       SkKind      kind,
                       const char *name)
{
  JsonObject *json = json_object_new ();
  g_autofree char *id = sk_map_make_id (map, kind, name);

  json_object_set_string_member (json, "id", id);
  json_object_set_object_member (json, "name", sk_commands_text_object (sk_map_get_language (map), name));
  return json;
}

/* Adds @json and tells its id through @new_id. */
SkCommand *
sk_commands_add_named (SkMap       *map,
                       SkKind       kind,
                       int          position,
                       JsonObject  *json,
                       char       **new_id,
                       GError     **error)
{
  SkCommand *command = sk_command_new_add (map, kind, position, json, error);

  if (command != NULL && new_id != NULL)
    *new_id = g_strdup (json_object_get_string_member (json, "id"));
  return command;
}

/* Removes from the array at @key every object whose @field is @id. */
gboolean
sk_commands_remove_objects_with (JsonObject *object,
                                 const char *key,
                                 const char *field,
                                 const char *id)
{
  JsonArray *array;
  gboolean removed = FALSE;

  if (!json_object_has_member (object, key))
    return FALSE;
  array = json_object_get_array_member (object, key);
  for (guint i = json_array_get_length (array); i > 0; i--)
    {
      JsonObject *element = json_array_get_object_element (array, i - 1);
      if (g_strcmp0 (json_object_get_string_member (element, field), id) == 0)
        {
          json_array_remove_element (array, i - 1);
          removed = TRUE;
        }
    }
  if (removed && json_array_get_length (array) == 0)
    json_object_remove_member (object, key);
  return removed;
}

/**
 * sk_command_new_edit:
 * @kind: the object's kind (%SK_KIND_MAP for the title, languages, dates)
 * @id: the object's id ("" for the map)
 * @path: the field: "name.nb", "contact.phone", "steps[2].kind"
 * @value: (nullable): the new value; %NULL removes the field
 *
 * Returns: (transfer full) (nullable): the command; %NULL with @error if
 *   the value is not valid, %NULL alone if it is already set
 */
SkCommand *
sk_command_new_edit (SkMap       *map,
                     SkKind       kind,
                     const char  *id,
                     const char  *path,
                     JsonNode    *value,
                     GError     **error)
{
  g_autoptr(JsonObject) changed = NULL;
  g_autofree char *label = NULL;
  g_autofree char *merge_key = NULL;
  SkItem *item;

  g_return_val_if_fail (SK_IS_MAP (map), NULL);
  g_return_val_if_fail (kind < SK_N_KINDS, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (!(item = sk_commands_lookup (map, kind, id, error)))
    return NULL;
  if (is_protected_key (kind, path))
    {
      g_set_error (error, SK_EDIT_ERROR, SK_EDIT_ERROR_INVALID,
                   _("The field «%s» cannot be changed"), path);
      return NULL;
    }

  changed = sk_item_dup_json (item);
  if (!sk_commands_set_path (changed, path, value != NULL ? sk_json_node_copy (value) : NULL, error))
    return NULL;

  label = edit_label (map, kind, sk_item_get_id (item), path);
  merge_key = g_strdup_printf ("edit/%d/%s/%s", kind, sk_item_get_id (item), path);
  return sk_commands_edit_from (map, item, changed, label, merge_key, error);
}

/**
 * sk_command_new_set_string:
 * @value: (nullable): the new string; %NULL or "" removes the field
 *
 * Like sk_command_new_edit() for a string field.
 */
SkCommand *
sk_command_new_set_string (SkMap       *map,
                           SkKind       kind,
                           const char  *id,
                           const char  *path,
                           const char  *value,
                           GError     **error)
{
  g_autoptr(JsonNode) node = NULL;

  if (value != NULL && *value != '\0')
    node = json_node_init_string (json_node_alloc (), value);
  return sk_command_new_edit (map, kind, id, path, node, error);
}

/**
 * sk_command_new_set_text:
 * @key: a text field ("name", "description", "steps[1].text")
 * @lang: the language to set
 * @value: (nullable): the new text; %NULL or "" removes that language
 *
 * Like sk_command_new_edit() for one language of a text.
 */
SkCommand *
sk_command_new_set_text (SkMap       *map,
                         SkKind       kind,
                         const char  *id,
                         const char  *key,
                         const char  *lang,
                         const char  *value,
                         GError     **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (lang != NULL && sk_is_valid_language (lang), NULL);

  path = g_strconcat (key, ".", lang, NULL);
  return sk_command_new_set_string (map, kind, id, path, value, error);
}

/**
 * sk_command_new_add:
 * @kind: a list kind
 * @position: where in the list, or -1 for the end
 * @json: the new object's content, with a new id
 *
 * Returns: (transfer full) (nullable): the command, or %NULL with @error
 */
SkCommand *
sk_command_new_add (SkMap       *map,
                    SkKind       kind,
                    int          position,
                    JsonObject  *json,
                    GError     **error)
{
  g_autoptr(JsonObject) normal = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  GListModel *list;
  SkCommand *command;
  guint n;

  g_return_val_if_fail (SK_IS_MAP (map), NULL);
  g_return_val_if_fail (kind >= SK_FIRST_LIST_KIND && kind < SK_N_KINDS, NULL);
  g_return_val_if_fail (json != NULL, NULL);

  if (!(normal = normalize_for (map, kind, json, error)))
    return NULL;
  if (sk_map_lookup (map, kind, json_object_get_string_member (normal, "id")) != NULL)
    {
      g_set_error (error, SK_EDIT_ERROR, SK_EDIT_ERROR_EXISTS,
                   _("There is already a %s with the id «%s»"), sk_kind_describe (kind),
                   json_object_get_string_member (normal, "id"));
      return NULL;
    }

  list = sk_map_get_list (map, kind);
  n = g_list_model_get_n_items (list);
  if (n >= SK_MAX_LIST_LENGTH)
    {
      g_set_error (error, SK_EDIT_ERROR, SK_EDIT_ERROR_INVALID,
                   _("A map can hold at most %d of each kind"), SK_MAX_LIST_LENGTH);
      return NULL;
    }
  if (position < 0 || (guint) position > n)
    position = (int) n;

  command = sk_insert_command_new (kind, (guint) position, normal);
  name = _sk_map_describe_json (map, kind, normal);
  /* TRANSLATORS: an undo label: "Add «PPT»" */
  label = g_strdup_printf (_("Add %s"), name);
  sk_command_set_label (command, label);
  return command;
}

/**
 * sk_command_new_reorder:
 * @position: the new position in the list
 *
 * Moves an object within its list: a level up or down the pyramid, a
 * pathway in the list. Repeated moves of one object merge.
 *
 * Returns: (transfer full) (nullable): the command
 */
SkCommand *
sk_command_new_reorder (SkMap       *map,
                        SkKind       kind,
                        const char  *id,
                        guint        position,
                        GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  g_autofree char *merge_key = NULL;
  SkCommand *command;
  guint n;
  int from;

  g_return_val_if_fail (SK_IS_MAP (map), NULL);
  g_return_val_if_fail (kind >= SK_FIRST_LIST_KIND && kind < SK_N_KINDS, NULL);

  if (!sk_commands_lookup (map, kind, id, error))
    return NULL;
  from = sk_map_get_position (map, kind, id);
  n = g_list_model_get_n_items (sk_map_get_list (map, kind));
  position = MIN (position, n - 1);
  if ((guint) from == position)
    return NULL;

  name = sk_map_describe (map, kind, id);
  if (kind == SK_KIND_LEVEL)
    label = g_strdup_printf (position > (guint) from
                             /* TRANSLATORS: an undo label */
                             ? _("Move level %s up") : _("Move level %s down"), name);
  else
    /* TRANSLATORS: an undo label: "Move «Angstplager» to place 2" */
    label = g_strdup_printf (_("Move %s to place %u"), name, position + 1);

  command = sk_move_command_new (kind, id, (guint) from, position, NULL, NULL);
  merge_key = g_strdup_printf ("reorder/%d/%s", kind, id);
  sk_command_set_label (command, label);
  sk_command_set_merge_key (command, merge_key);
  return command;
}

/**
 * sk_command_new_add_note:
 * @target_kind: %SK_KIND_SERVICE, %SK_KIND_LEVEL or %SK_KIND_PATHWAY
 * @author: (nullable): who wrote it
 * @new_id: (out) (optional): the new note's id
 *
 * Pins a workshop note, stamped with the current time.
 *
 * Returns: (transfer full) (nullable): the command, or %NULL with @error
 */
SkCommand *
sk_command_new_add_note (SkMap       *map,
                         SkKind       target_kind,
                         const char  *target_id,
                         const char  *text,
                         const char  *author,
                         char       **new_id,
                         GError     **error)
{
  g_autoptr(JsonObject) json = json_object_new ();
  g_autoptr(JsonObject) target = json_object_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *id = NULL;
  g_autofree char *created = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  SkCommand *command;
  const char *type;

  g_return_val_if_fail (SK_IS_MAP (map), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  switch (target_kind)
    {
    case SK_KIND_SERVICE: type = "service"; break;
    case SK_KIND_LEVEL: type = "level"; break;
    case SK_KIND_PATHWAY: type = "pathway"; break;
    default:
      g_return_val_if_reached (NULL);
    }
  if (!sk_commands_lookup (map, target_kind, target_id, error))
    return NULL;

  id = sk_map_make_id (map, SK_KIND_NOTE, "note");
  created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
  json_object_set_string_member (json, "id", id);
  json_object_set_string_member (target, "type", type);
  json_object_set_string_member (target, "id", target_id);
  json_object_set_object_member (json, "target", json_object_ref (target));
  json_object_set_string_member (json, "text", text);
  if (author != NULL && *author != '\0')
    json_object_set_string_member (json, "author", author);
  json_object_set_string_member (json, "created", created);

  command = sk_command_new_add (map, SK_KIND_NOTE, -1, json, error);
  if (command == NULL)
    return NULL;

  name = sk_map_describe (map, target_kind, target_id);
  /* TRANSLATORS: an undo label: "Add note to «PPT»" */
  label = g_strdup_printf (_("Add note to %s"), name);
  sk_command_set_label (command, label);
  if (new_id != NULL)
    *new_id = g_strdup (id);
  return command;
}

/**
 * sk_map_make_id:
 * @name: what the object is called
 *
 * Returns: (transfer full): an id made from @name ("Helsestasjon for
 *   ungdom" → "helsestasjon-for-ungdom") that no object of @kind has yet
 */
char *
sk_map_make_id (SkMap      *map,
                SkKind      kind,
                const char *name)
{
  g_autoptr(GString) nordic = g_string_new (name);
  g_autofree char *ascii = NULL;
  g_autoptr(GString) base = g_string_new (NULL);
  char *id;

  /* As Norwegian web addresses spell them: Røros → roros, Åfjord → afjord
   * (plain transliteration would give "roeros"). */
  g_string_replace (nordic, "ø", "o", 0);
  g_string_replace (nordic, "Ø", "O", 0);
  g_string_replace (nordic, "å", "a", 0);
  g_string_replace (nordic, "Å", "A", 0);
  ascii = g_str_to_ascii (nordic->str, "C");

  for (const char *p = ascii; *p && base->len < 40; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (base, g_ascii_tolower (*p));
      else if (base->len > 0 && base->str[base->len - 1] != '-')
        g_string_append_c (base, '-');
    }
  while (base->len > 0 && base->str[base->len - 1] == '-')
    g_string_truncate (base, base->len - 1);
  if (base->len == 0)
    g_string_append (base, kind == SK_KIND_NOTE ? "note" : "item");

  if (sk_map_lookup (map, kind, base->str) == NULL && kind != SK_KIND_NOTE)
    return g_string_free (g_steal_pointer (&base), FALSE);
  for (guint i = kind == SK_KIND_NOTE ? 1 : 2;; i++)
    {
      id = g_strdup_printf ("%s-%u", base->str, i);
      if (sk_map_lookup (map, kind, id) == NULL)
        return id;
      g_free (id);
    }
}
