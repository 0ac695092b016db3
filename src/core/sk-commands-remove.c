/* sk-commands-remove.c — deleting objects, and what refers to them with them
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
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
  return sk_commands_remove_objects_with (pathway, "steps", "service", id);
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
  return sk_commands_remove_objects_with (municipality, "overrides", "service", id);
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
  if (!sk_commands_lookup (map, kind, id, error))
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
                                sk_map_count_services_with (map, key, id), error))
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
