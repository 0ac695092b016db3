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

static const char *
kind_noun (SkKind kind)
{
  switch (kind)
    {
    case SK_KIND_LEVEL: return _("level");
    case SK_KIND_SECTOR: return _("sector");
    case SK_KIND_SERVICE: return _("service");
    case SK_KIND_PATHWAY: return _("pathway");
    case SK_KIND_GROUP: return _("group");
    case SK_KIND_MUNICIPALITY: return _("municipality");
    case SK_KIND_NOTE: return _("note");
    case SK_KIND_MAP:
    case SK_N_KINDS:
    default: return _("map");
    }
}

static SkItem *
lookup_or_error (SkMap       *map,
                 SkKind       kind,
                 const char  *id,
                 GError     **error)
{
  SkItem *item = sk_map_lookup (map, kind, id);

  if (item == NULL)
    /* TRANSLATORS: "There is no service with the id «ppt»" */
    g_set_error (error, SK_EDIT_ERROR, SK_EDIT_ERROR_NOT_FOUND,
                 _("There is no %s with the id «%s»"), kind_noun (kind), id);
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
static gboolean
set_path (JsonObject  *root,
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

static SkCommand *
edit_command_from (SkMap       *map,
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

  if (!(item = lookup_or_error (map, kind, id, error)))
    return NULL;
  if (is_protected_key (kind, path))
    {
      g_set_error (error, SK_EDIT_ERROR, SK_EDIT_ERROR_INVALID,
                   _("The field «%s» cannot be changed"), path);
      return NULL;
    }

  changed = sk_item_dup_json (item);
  if (!set_path (changed, path, value != NULL ? sk_json_node_copy (value) : NULL, error))
    return NULL;

  label = edit_label (map, kind, sk_item_get_id (item), path);
  merge_key = g_strdup_printf ("edit/%d/%s/%s", kind, sk_item_get_id (item), path);
  return edit_command_from (map, item, changed, label, merge_key, error);
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
                   _("There is already a %s with the id «%s»"), kind_noun (kind),
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

static void
add_edit (SkCommandGroup *group,
          SkItem         *item,
          JsonObject     *after)
{
  g_autoptr(SkCommand) edit = sk_edit_command_new (sk_item_get_kind (item),
                                                   sk_item_get_id (item),
                                                   sk_item_get_json (item), after);
  sk_command_group_add (group, edit);
}

/* Removes @id from the array at @key; drops the key if the array empties and
 * @drop_empty. Returns whether anything was removed. */
static gboolean
remove_from_id_list (JsonObject *object,
                     const char *key,
                     const char *id,
                     gboolean    drop_empty)
{
  JsonArray *array;
  gboolean removed = FALSE;

  if (!json_object_has_member (object, key))
    return FALSE;
  array = json_object_get_array_member (object, key);
  for (guint i = json_array_get_length (array); i > 0; i--)
    if (g_strcmp0 (json_array_get_string_element (array, i - 1), id) == 0)
      {
        json_array_remove_element (array, i - 1);
        removed = TRUE;
      }
  if (removed && drop_empty && json_array_get_length (array) == 0)
    json_object_remove_member (object, key);
  return removed;
}

/* Removes from the array at @key every object whose @field is @id. */
static gboolean
remove_objects_with (JsonObject *object,
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

/* For every item of @kind, lets @change edit a copy; adds an edit for each
 * copy that changed. Returns the ids of the changed items. */
typedef gboolean (*ChangeFunc) (JsonObject *json,
                                const char *id,
                                const char *replacement_id);

static GPtrArray *
edit_each (SkMap          *map,
           SkCommandGroup *group,
           SkKind          kind,
           ChangeFunc      change,
           const char     *id,
           const char     *replacement_id)
{
  GListModel *list = sk_map_get_list (map, kind);
  GPtrArray *changed = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SkItem) item = g_list_model_get_item (list, i);
      g_autoptr(JsonObject) json = sk_item_dup_json (item);

      if (change (json, id, replacement_id))
        {
          add_edit (group, item, json);
          g_ptr_array_add (changed, g_strdup (sk_item_get_id (item)));
        }
    }
  return changed;
}

static gboolean
drop_steps_on (JsonObject *pathway, const char *id, const char *unused)
{
  return remove_objects_with (pathway, "steps", "service", id);
}

static gboolean
drop_referrer (JsonObject *service, const char *id, const char *unused)
{
  JsonNode *access = json_object_get_member (service, "access");

  return access != NULL
         && remove_from_id_list (json_node_get_object (access), "referrers", id, TRUE);
}

static gboolean
drop_override (JsonObject *municipality, const char *id, const char *unused)
{
  return remove_objects_with (municipality, "overrides", "service", id);
}

static gboolean
drop_municipality (JsonObject *service, const char *id, const char *unused)
{
  return remove_from_id_list (service, "municipalities", id, FALSE);
}

static gboolean
replace_ref (JsonObject *json, const char *key, const char *id, const char *replacement_id)
{
  if (g_strcmp0 (json_object_get_string_member_with_default (json, key, NULL), id) != 0)
    return FALSE;
  if (replacement_id != NULL)
    json_object_set_string_member (json, key, replacement_id);
  else
    json_object_remove_member (json, key);
  return TRUE;
}

static gboolean
replace_level (JsonObject *service, const char *id, const char *replacement_id)
{
  return replace_ref (service, "level", id, replacement_id);
}

static gboolean
replace_sector (JsonObject *service, const char *id, const char *replacement_id)
{
  return replace_ref (service, "sector", id, replacement_id);
}

static gboolean
replace_group (JsonObject *municipality, const char *id, const char *replacement_id)
{
  return replace_ref (municipality, "group", id, replacement_id);
}

/* Removes the notes pinned to the object, last first so positions hold. */
static void
remove_notes_on (SkMap          *map,
                 SkCommandGroup *group,
                 SkKind          kind,
                 const char     *id)
{
  GListModel *notes = sk_map_get_notes (map);

  for (guint i = g_list_model_get_n_items (notes); i > 0; i--)
    {
      g_autoptr(SkNote) note = g_list_model_get_item (notes, i - 1);

      if (sk_note_get_target_kind (note) == kind
          && g_strcmp0 (sk_note_get_target_id (note), id) == 0)
        {
          g_autoptr(SkCommand) remove = sk_remove_command_new (SK_KIND_NOTE, i - 1,
                                                               sk_item_get_id (SK_ITEM (note)));
          sk_command_group_add (group, remove);
        }
    }
}

static gboolean
check_replacement (SkMap       *map,
                   SkKind       kind,
                   const char  *id,
                   const char  *replacement_id,
                   guint        n_users,
                   GError     **error)
{
  g_autofree char *name = sk_map_describe (map, kind, id);

  if (n_users > 0 && replacement_id == NULL)
    {
      g_set_error (error, SK_EDIT_ERROR, SK_EDIT_ERROR_IN_USE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s is used by %u service; choose where it goes instead",
                                "%s is used by %u services; choose where they go instead",
                                n_users),
                   name, n_users);
      return FALSE;
    }
  if (replacement_id != NULL
      && (g_strcmp0 (replacement_id, id) == 0
          || sk_map_lookup (map, kind, replacement_id) == NULL))
    {
      g_set_error (error, SK_EDIT_ERROR, SK_EDIT_ERROR_INVALID,
                   _("«%s» cannot take the place of %s"), replacement_id, name);
      return FALSE;
    }
  return TRUE;
}

static guint
count_services_with (SkMap      *map,
                     const char *key,
                     const char *id)
{
  GListModel *services = sk_map_get_services (map);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr(SkItem) service = g_list_model_get_item (services, i);
      if (g_strcmp0 (sk_item_get_string (service, key), id) == 0)
        n++;
    }
  return n;
}

/**
 * sk_command_new_remove:
 * @kind: a list kind
 * @id: the object to delete
 * @replacement_id: (nullable): for a level or sector that services use, the
 *   level or sector they move to; for a group, the group its municipalities
 *   join (%NULL: none)
 * @changed_pathways: (out) (optional) (transfer full): for a service, the ids
 *   of the pathways that lose steps
 *
 * Deleting an object also removes what refers to it, in the same command:
 * a service's pathway steps, its place among other services' referrers, the
 * municipalities' local changes to it and its notes; a level's or sector's
 * services move to @replacement_id; a municipality leaves the lists of the
 * services that named it.
 *
 * Returns: (transfer full) (nullable): the command, or %NULL with @error
 */
SkCommand *
sk_command_new_remove (SkMap       *map,
                       SkKind       kind,
                       const char  *id,
                       const char  *replacement_id,
                       GPtrArray  **changed_pathways,
                       GError     **error)
{
  g_autoptr(SkCommand) command = NULL;
  g_autoptr(SkCommand) remove = NULL;
  g_autoptr(GPtrArray) pathways = NULL;
  g_autoptr(GPtrArray) other = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  SkCommandGroup *group;
  int position;

  g_return_val_if_fail (SK_IS_MAP (map), NULL);
  g_return_val_if_fail (kind >= SK_FIRST_LIST_KIND && kind < SK_N_KINDS, NULL);

  if (changed_pathways != NULL)
    *changed_pathways = NULL;
  if (!lookup_or_error (map, kind, id, error))
    return NULL;

  name = sk_map_describe (map, kind, id);
  if (kind == SK_KIND_LEVEL)
    /* TRANSLATORS: an undo label: "Delete level «Tilbud til alle»" */
    label = g_strdup_printf (_("Delete level %s"), name);
  else
    /* TRANSLATORS: an undo label: "Delete «PPT»" */
    label = g_strdup_printf (_("Delete %s"), name);
  command = sk_command_group_new (label);
  group = SK_COMMAND_GROUP (command);

  switch (kind)
    {
    case SK_KIND_SERVICE:
      pathways = edit_each (map, group, SK_KIND_PATHWAY, drop_steps_on, id, NULL);
      g_clear_pointer (&other, g_ptr_array_unref);
      other = edit_each (map, group, SK_KIND_SERVICE, drop_referrer, id, NULL);
      g_clear_pointer (&other, g_ptr_array_unref);
      other = edit_each (map, group, SK_KIND_MUNICIPALITY, drop_override, id, NULL);
      remove_notes_on (map, group, kind, id);
      break;

    case SK_KIND_LEVEL:
    case SK_KIND_SECTOR:
      {
        const char *key = kind == SK_KIND_LEVEL ? "level" : "sector";

        if (!check_replacement (map, kind, id, replacement_id,
                                count_services_with (map, key, id), error))
          return NULL;
        other = edit_each (map, group, SK_KIND_SERVICE,
                           kind == SK_KIND_LEVEL ? replace_level : replace_sector,
                           id, replacement_id);
        remove_notes_on (map, group, kind, id);
      }
      break;

    case SK_KIND_PATHWAY:
      remove_notes_on (map, group, kind, id);
      break;

    case SK_KIND_GROUP:
      if (replacement_id != NULL
          && !check_replacement (map, kind, id, replacement_id, 0, error))
        return NULL;
      other = edit_each (map, group, SK_KIND_MUNICIPALITY, replace_group, id, replacement_id);
      break;

    case SK_KIND_MUNICIPALITY:
      other = edit_each (map, group, SK_KIND_SERVICE, drop_municipality, id, NULL);
      break;

    case SK_KIND_NOTE:
    case SK_KIND_MAP:
    case SK_N_KINDS:
    default:
      break;
    }

  /* Removing a level must not renumber the others' services' positions:
   * services are edited above, the level itself goes last. */
  position = sk_map_get_position (map, kind, id);
  remove = sk_remove_command_new (kind, (guint) position, id);
  sk_command_group_add (group, remove);

  if (changed_pathways != NULL && pathways != NULL)
    *changed_pathways = g_steal_pointer (&pathways);
  return g_steal_pointer (&command);
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

  if (!lookup_or_error (map, kind, id, error))
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

/* The position in the list of all services (without @moving) at which a
 * service lands when it becomes the @position'th on @level_id. */
static guint
flat_position (SkMap      *map,
               const char *level_id,
               guint       position,
               SkItem     *moving)
{
  GListModel *services = sk_map_get_services (map);
  guint n = g_list_model_get_n_items (services);
  guint flat = 0, seen = 0;
  int after_last = -1;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkService) service = g_list_model_get_item (services, i);

      if (SK_ITEM (service) == moving)
        continue;
      if (g_strcmp0 (sk_service_get_level_id (service), level_id) == 0)
        {
          if (seen == position)
            return flat;
          seen++;
          after_last = (int) flat + 1;
        }
      flat++;
    }
  /* After the last service on the level, or at the end if it has none. */
  return after_last >= 0 ? (guint) after_last : flat;
}

static gboolean
check_level (SkMap       *map,
             const char  *level_id,
             GError     **error)
{
  if (level_id != NULL && sk_map_lookup (map, SK_KIND_LEVEL, level_id) == NULL)
    {
      g_set_error (error, SK_EDIT_ERROR, SK_EDIT_ERROR_NOT_FOUND,
                   _("There is no %s with the id «%s»"), kind_noun (SK_KIND_LEVEL), level_id);
      return FALSE;
    }
  return TRUE;
}

/**
 * sk_command_new_move_service:
 * @level_id: (nullable): the level, or %NULL for the side column
 * @position: the place on that level, 0 leftmost; past the end means last
 *
 * Moves a service to a level and a place on it, in one step; what a drag
 * does. Repeated moves of one service (nudges) merge.
 *
 * Returns: (transfer full) (nullable): the command; %NULL alone if the
 *   service is there already
 */
SkCommand *
sk_command_new_move_service (SkMap       *map,
                             const char  *id,
                             const char  *level_id,
                             guint        position,
                             GError     **error)
{
  g_autoptr(JsonObject) after = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  g_autofree char *merge_key = NULL;
  SkCommand *command;
  SkItem *service;
  const char *old_level;
  guint from, to;

  g_return_val_if_fail (SK_IS_MAP (map), NULL);

  if (!(service = lookup_or_error (map, SK_KIND_SERVICE, id, error)))
    return NULL;
  if (!check_level (map, level_id, error))
    return NULL;

  old_level = sk_service_get_level_id (SK_SERVICE (service));
  from = (guint) sk_map_get_position (map, SK_KIND_SERVICE, id);
  to = flat_position (map, level_id, position, service);
  if (from == to && g_strcmp0 (old_level, level_id) == 0)
    return NULL;

  if (g_strcmp0 (old_level, level_id) != 0)
    {
      after = sk_item_dup_json (service);
      if (level_id != NULL)
        json_object_set_string_member (after, "level", level_id);
      else
        json_object_set_null_member (after, "level");
    }

  name = sk_map_describe (map, SK_KIND_SERVICE, id);
  if (level_id == NULL)
    /* TRANSLATORS: an undo label: "Move «Kirkens SOS» to the side column" */
    label = g_strdup_printf (_("Move %s to the side column"), name);
  else if (after != NULL)
    /* TRANSLATORS: an undo label: "Move «PPT» to level 3" */
    label = g_strdup_printf (_("Move %s to level %u"), name,
                             sk_map_get_level_number (map, level_id));
  else
    /* TRANSLATORS: an undo label: "Move «PPT» to place 2 on level 3" */
    label = g_strdup_printf (_("Move %s to place %u on level %u"), name,
                             MIN (position, count_services_with (map, "level", level_id) - 1) + 1,
                             sk_map_get_level_number (map, level_id));

  command = sk_move_command_new (SK_KIND_SERVICE, id, from, to,
                                 after != NULL ? sk_item_get_json (service) : NULL, after);
  merge_key = g_strdup_printf ("move/%s", id);
  sk_command_set_label (command, label);
  sk_command_set_merge_key (command, merge_key);
  return command;
}

static JsonObject *
text_object (const char *lang,
             const char *value)
{
  JsonObject *text = json_object_new ();

  json_object_set_string_member (text, lang, value);
  return text;
}

static void
set_new_id (char       **new_id,
            JsonObject  *json)
{
  if (new_id != NULL)
    *new_id = g_strdup (json_object_get_string_member (json, "id"));
}

/**
 * sk_command_new_add_service:
 * @level_id: (nullable): the level, or %NULL for the side column
 * @position: the place on the level, -1 for last
 * @name: the service's name in the map's language
 * @new_id: (out) (optional): the new service's id
 *
 * Adds a service with the map's first sector, run by the municipality; the
 * rest is filled in afterwards.
 *
 * Returns: (transfer full) (nullable): the command, or %NULL with @error
 */
SkCommand *
sk_command_new_add_service (SkMap       *map,
                            const char  *level_id,
                            int          position,
                            const char  *name,
                            char       **new_id,
                            GError     **error)
{
  g_autoptr(JsonObject) json = json_object_new ();
  g_autoptr(SkItem) sector = NULL;
  g_autofree char *id = NULL;
  GListModel *sectors;
  SkCommand *command;

  g_return_val_if_fail (SK_IS_MAP (map), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!check_level (map, level_id, error))
    return NULL;
  sectors = sk_map_get_sectors (map);
  if (g_list_model_get_n_items (sectors) == 0)
    {
      g_set_error_literal (error, SK_EDIT_ERROR, SK_EDIT_ERROR_INVALID,
                           _("The map has no sectors; add a sector before adding services"));
      return NULL;
    }
  sector = g_list_model_get_item (sectors, 0);

  id = sk_map_make_id (map, SK_KIND_SERVICE, name);
  json_object_set_string_member (json, "id", id);
  json_object_set_object_member (json, "name", text_object (sk_map_get_language (map), name));
  json_object_set_string_member (json, "owner", "kommune");
  json_object_set_string_member (json, "sector", sk_item_get_id (sector));
  if (level_id != NULL)
    json_object_set_string_member (json, "level", level_id);
  else
    json_object_set_null_member (json, "level");

  command = sk_command_new_add (map, SK_KIND_SERVICE,
                                (int) flat_position (map, level_id,
                                                     position < 0 ? G_MAXUINT : (guint) position,
                                                     NULL),
                                json, error);
  if (command != NULL)
    set_new_id (new_id, json);
  return command;
}

/**
 * sk_command_new_add_level:
 * @position: where, 0 at the bottom; -1 for the top
 * @color: (nullable): the band's colour, #rrggbb
 * @new_id: (out) (optional): the new level's id
 *
 * Returns: (transfer full) (nullable): the command, or %NULL with @error
 */
SkCommand *
sk_command_new_add_level (SkMap       *map,
                          int          position,
                          const char  *name,
                          const char  *color,
                          char       **new_id,
                          GError     **error)
{
  g_autoptr(JsonObject) json = json_object_new ();
  g_autofree char *id = NULL;
  SkCommand *command;

  g_return_val_if_fail (SK_IS_MAP (map), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  id = sk_map_make_id (map, SK_KIND_LEVEL, name);
  json_object_set_string_member (json, "id", id);
  json_object_set_object_member (json, "name", text_object (sk_map_get_language (map), name));
  json_object_set_string_member (json, "color", color != NULL ? color : "#e8e8e8");
  command = sk_command_new_add (map, SK_KIND_LEVEL, position, json, error);
  if (command != NULL)
    set_new_id (new_id, json);
  return command;
}

/**
 * sk_command_new_add_pathway:
 * @color: the line's colour, #rrggbb
 * @new_id: (out) (optional): the new pathway's id
 *
 * Returns: (transfer full) (nullable): the command, or %NULL with @error
 */
SkCommand *
sk_command_new_add_pathway (SkMap       *map,
                            const char  *name,
                            const char  *color,
                            char       **new_id,
                            GError     **error)
{
  g_autoptr(JsonObject) json = json_object_new ();
  g_autofree char *id = NULL;
  SkCommand *command;

  g_return_val_if_fail (SK_IS_MAP (map), NULL);
  g_return_val_if_fail (name != NULL && color != NULL, NULL);

  id = sk_map_make_id (map, SK_KIND_PATHWAY, name);
  json_object_set_string_member (json, "id", id);
  json_object_set_object_member (json, "name", text_object (sk_map_get_language (map), name));
  json_object_set_string_member (json, "color", color);
  command = sk_command_new_add (map, SK_KIND_PATHWAY, -1, json, error);
  if (command != NULL)
    set_new_id (new_id, json);
  return command;
}

/* A copy of the pathway and its steps array (made if missing). */
static JsonObject *
dup_pathway (SkItem     *pathway,
             JsonArray **steps)
{
  JsonObject *json = sk_item_dup_json (pathway);

  if (!json_object_has_member (json, "steps"))
    json_object_set_array_member (json, "steps", json_array_new ());
  *steps = json_object_get_array_member (json, "steps");
  return json;
}

static gboolean
check_step_index (SkItem      *pathway,
                  guint        index,
                  GError     **error)
{
  if (index >= sk_pathway_get_n_steps (SK_PATHWAY (pathway)))
    {
      g_set_error (error, SK_EDIT_ERROR, SK_EDIT_ERROR_NOT_FOUND,
                   _("The pathway has no step %u"), index + 1);
      return FALSE;
    }
  return TRUE;
}

/**
 * sk_command_new_add_step:
 * @index: where, -1 for the end
 * @kind: notice, assess, intervene, evaluate, cooperate, refer or follow-up
 * @text: (nullable): what happens, in the map's language
 *
 * Returns: (transfer full) (nullable): the command, or %NULL with @error
 */
SkCommand *
sk_command_new_add_step (SkMap       *map,
                         const char  *pathway_id,
                         int          index,
                         const char  *service_id,
                         const char  *kind,
                         const char  *text,
                         GError     **error)
{
  g_autoptr(JsonObject) json = NULL;
  g_autoptr(JsonObject) step = json_object_new ();
  g_autoptr(JsonArray) rebuilt = json_array_new ();
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  JsonArray *steps;
  SkItem *pathway;
  guint n;

  g_return_val_if_fail (SK_IS_MAP (map), NULL);
  g_return_val_if_fail (kind != NULL, NULL);

  if (!(pathway = lookup_or_error (map, SK_KIND_PATHWAY, pathway_id, error)))
    return NULL;
  if (!lookup_or_error (map, SK_KIND_SERVICE, service_id, error))
    return NULL;

  json = dup_pathway (pathway, &steps);
  n = json_array_get_length (steps);
  if (index < 0 || (guint) index > n)
    index = (int) n;

  json_object_set_string_member (step, "service", service_id);
  json_object_set_string_member (step, "kind", kind);
  if (text != NULL && *text != '\0')
    json_object_set_object_member (step, "text", text_object (sk_map_get_language (map), text));

  for (guint i = 0; i <= n; i++)
    {
      if (i == (guint) index)
        json_array_add_object_element (rebuilt, json_object_ref (step));
      if (i < n)
        json_array_add_element (rebuilt, sk_json_node_copy (json_array_get_element (steps, i)));
    }
  json_object_set_array_member (json, "steps", json_array_ref (rebuilt));

  name = sk_map_describe (map, SK_KIND_PATHWAY, pathway_id);
  /* TRANSLATORS: an undo label: "Add step 3 to «Angstplager»" */
  label = g_strdup_printf (_("Add step %d to %s"), index + 1, name);
  return edit_command_from (map, pathway, json, label, NULL, error);
}

/**
 * sk_command_new_remove_step:
 *
 * Returns: (transfer full) (nullable): the command, or %NULL with @error
 */
SkCommand *
sk_command_new_remove_step (SkMap       *map,
                            const char  *pathway_id,
                            guint        index,
                            GError     **error)
{
  g_autoptr(JsonObject) json = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  JsonArray *steps;
  SkItem *pathway;

  g_return_val_if_fail (SK_IS_MAP (map), NULL);

  if (!(pathway = lookup_or_error (map, SK_KIND_PATHWAY, pathway_id, error)))
    return NULL;
  if (!check_step_index (pathway, index, error))
    return NULL;

  json = dup_pathway (pathway, &steps);
  json_array_remove_element (steps, index);
  if (json_array_get_length (steps) == 0)
    json_object_remove_member (json, "steps");

  name = sk_map_describe (map, SK_KIND_PATHWAY, pathway_id);
  /* TRANSLATORS: an undo label: "Remove step 3 from «Angstplager»" */
  label = g_strdup_printf (_("Remove step %u from %s"), index + 1, name);
  return edit_command_from (map, pathway, json, label, NULL, error);
}

/**
 * sk_command_new_move_step:
 *
 * Moves a step to another place in its pathway. Repeated moves of one
 * pathway's steps merge.
 *
 * Returns: (transfer full) (nullable): the command, or %NULL with @error
 */
SkCommand *
sk_command_new_move_step (SkMap       *map,
                          const char  *pathway_id,
                          guint        from,
                          guint        to,
                          GError     **error)
{
  g_autoptr(JsonObject) json = NULL;
  g_autoptr(JsonArray) rebuilt = json_array_new ();
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  g_autofree char *merge_key = NULL;
  JsonArray *steps;
  SkItem *pathway;
  guint n;

  g_return_val_if_fail (SK_IS_MAP (map), NULL);

  if (!(pathway = lookup_or_error (map, SK_KIND_PATHWAY, pathway_id, error)))
    return NULL;
  if (!check_step_index (pathway, from, error) || !check_step_index (pathway, to, error))
    return NULL;
  if (from == to)
    return NULL;

  json = dup_pathway (pathway, &steps);
  n = json_array_get_length (steps);
  for (guint i = 0, j = 0; i < n; i++)
    {
      /* i walks the result; j the old steps without the moved one. */
      if (i == to)
        json_array_add_element (rebuilt, sk_json_node_copy (json_array_get_element (steps, from)));
      else
        {
          if (j == from)
            j++;
          json_array_add_element (rebuilt, sk_json_node_copy (json_array_get_element (steps, j)));
          j++;
        }
    }
  json_object_set_array_member (json, "steps", json_array_ref (rebuilt));

  name = sk_map_describe (map, SK_KIND_PATHWAY, pathway_id);
  /* TRANSLATORS: an undo label: "Move step 2 of «Angstplager» to place 4" */
  label = g_strdup_printf (_("Move step %u of %s to place %u"), from + 1, name, to + 1);
  merge_key = g_strdup_printf ("steps/%s", pathway_id);
  return edit_command_from (map, pathway, json, label, merge_key, error);
}

/**
 * sk_command_new_set_override:
 * @path: a field of the local changes: "name.nb", "contact.phone",
 *   "offered", "provider"
 * @value: (nullable): the new value; %NULL removes it
 *
 * Changes how a service looks in one municipality. Local changes that end
 * up empty are removed.
 *
 * Returns: (transfer full) (nullable): the command, or %NULL with @error
 */
SkCommand *
sk_command_new_set_override (SkMap       *map,
                             const char  *municipality_id,
                             const char  *service_id,
                             const char  *path,
                             JsonNode    *value,
                             GError     **error)
{
  g_autoptr(JsonObject) json = NULL;
  g_autoptr(JsonObject) fresh = NULL;
  g_autofree char *service_name = NULL;
  g_autofree char *municipality_name = NULL;
  g_autofree char *label = NULL;
  g_autofree char *merge_key = NULL;
  JsonObject *override = NULL;
  JsonArray *overrides;
  SkItem *municipality;
  guint i, n;

  g_return_val_if_fail (SK_IS_MAP (map), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (!(municipality = lookup_or_error (map, SK_KIND_MUNICIPALITY, municipality_id, error)))
    return NULL;
  if (!lookup_or_error (map, SK_KIND_SERVICE, service_id, error))
    return NULL;
  if (g_str_has_prefix (path, "service"))
    {
      g_set_error (error, SK_EDIT_ERROR, SK_EDIT_ERROR_INVALID,
                   _("The field «%s» cannot be changed"), path);
      return NULL;
    }

  json = sk_item_dup_json (municipality);
  if (!json_object_has_member (json, "overrides"))
    json_object_set_array_member (json, "overrides", json_array_new ());
  overrides = json_object_get_array_member (json, "overrides");
  n = json_array_get_length (overrides);
  for (i = 0; i < n; i++)
    {
      JsonObject *candidate = json_array_get_object_element (overrides, i);
      if (g_strcmp0 (json_object_get_string_member (candidate, "service"), service_id) == 0)
        {
          override = candidate;
          break;
        }
    }
  if (override == NULL)
    {
      fresh = json_object_new ();
      json_object_set_string_member (fresh, "service", service_id);
      json_array_add_object_element (overrides, json_object_ref (fresh));
      override = fresh;
    }

  if (!set_path (override, path, value != NULL ? sk_json_node_copy (value) : NULL, error))
    return NULL;

  /* Drop empty texts and objects the way the file would, then the override
   * itself if only its service is left. */
  {
    g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), override);
    SkProblems problems;
    g_autoptr(JsonObject) normal = NULL;

    sk_problems_init (&problems);
    normal = sk_schema_normalize (sk_schema_lookup (sk_schema_for_kind (SK_KIND_MUNICIPALITY), "overrides")->schema,
                                  node, "", &problems);
    sk_problems_clear (&problems);
    if (normal != NULL && json_object_get_size (normal) == 1)
      remove_objects_with (json, "overrides", "service", service_id);
  }
  if (json_object_has_member (json, "overrides")
      && json_array_get_length (json_object_get_array_member (json, "overrides")) == 0)
    json_object_remove_member (json, "overrides");

  service_name = sk_map_describe (map, SK_KIND_SERVICE, service_id);
  municipality_name = sk_map_describe (map, SK_KIND_MUNICIPALITY, municipality_id);
  /* TRANSLATORS: an undo label: "Change «PPT» in «Røros»" */
  label = g_strdup_printf (_("Change %s in %s"), service_name, municipality_name);
  merge_key = g_strdup_printf ("override/%s/%s/%s", municipality_id, service_id, path);
  return edit_command_from (map, municipality, json, label, merge_key, error);
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
  if (!lookup_or_error (map, target_kind, target_id, error))
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
  set_new_id (new_id, json);
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
