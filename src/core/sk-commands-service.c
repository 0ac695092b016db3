/* sk-commands-service.c — adding and moving services, adding levels and pathways
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
                   _("There is no %s with the id «%s»"), sk_kind_describe (SK_KIND_LEVEL), level_id);
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

  if (!(service = sk_commands_lookup (map, SK_KIND_SERVICE, id, error)))
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
                             MIN (position, sk_map_count_services_with (map, "level", level_id) - 1) + 1,
                             sk_map_get_level_number (map, level_id));

  command = sk_move_command_new (SK_KIND_SERVICE, id, from, to,
                                 after != NULL ? sk_item_get_json (service) : NULL, after);
  merge_key = g_strdup_printf ("move/%s", id);
  sk_command_set_label (command, label);
  sk_command_set_merge_key (command, merge_key);
  return command;
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
  g_autoptr(JsonObject) json = NULL;
  g_autoptr(SkItem) sector = NULL;
  GListModel *sectors;

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

  json = sk_commands_new_named (map, SK_KIND_SERVICE, name);
  json_object_set_string_member (json, "owner", "kommune");
  json_object_set_string_member (json, "sector", sk_item_get_id (sector));
  if (level_id != NULL)
    json_object_set_string_member (json, "level", level_id);
  else
    json_object_set_null_member (json, "level");

  return sk_commands_add_named (map, SK_KIND_SERVICE,
                                (int) flat_position (map, level_id,
                                                     position < 0 ? G_MAXUINT : (guint) position,
                                                     NULL),
                                json, new_id, error);
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
  g_autoptr(JsonObject) json = NULL;

  g_return_val_if_fail (SK_IS_MAP (map), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  json = sk_commands_new_named (map, SK_KIND_LEVEL, name);
  json_object_set_string_member (json, "color", color != NULL ? color : "#e8e8e8");
  return sk_commands_add_named (map, SK_KIND_LEVEL, position, json, new_id, error);
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
  g_autoptr(JsonObject) json = NULL;

  g_return_val_if_fail (SK_IS_MAP (map), NULL);
  g_return_val_if_fail (name != NULL && color != NULL, NULL);

  json = sk_commands_new_named (map, SK_KIND_PATHWAY, name);
  json_object_set_string_member (json, "color", color);
  return sk_commands_add_named (map, SK_KIND_PATHWAY, -1, json, new_id, error);
}
