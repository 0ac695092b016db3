/* sk-commands-pathway.c — the steps of a pathway
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

  if (!(pathway = sk_commands_lookup (map, SK_KIND_PATHWAY, pathway_id, error)))
    return NULL;
  if (!sk_commands_lookup (map, SK_KIND_SERVICE, service_id, error))
    return NULL;

  json = dup_pathway (pathway, &steps);
  n = json_array_get_length (steps);
  if (index < 0 || (guint) index > n)
    index = (int) n;

  json_object_set_string_member (step, "service", service_id);
  json_object_set_string_member (step, "kind", kind);
  if (text != NULL && *text != '\0')
    json_object_set_object_member (step, "text", sk_commands_text_object (sk_map_get_language (map), text));

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
  return sk_commands_edit_from (map, pathway, json, label, NULL, error);
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

  if (!(pathway = sk_commands_lookup (map, SK_KIND_PATHWAY, pathway_id, error)))
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
  return sk_commands_edit_from (map, pathway, json, label, NULL, error);
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

  if (!(pathway = sk_commands_lookup (map, SK_KIND_PATHWAY, pathway_id, error)))
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
  return sk_commands_edit_from (map, pathway, json, label, merge_key, error);
}
