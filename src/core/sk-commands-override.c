/* sk-commands-override.c — a municipality's local changes to a service
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

  if (!(municipality = sk_commands_lookup (map, SK_KIND_MUNICIPALITY, municipality_id, error)))
    return NULL;
  if (!sk_commands_lookup (map, SK_KIND_SERVICE, service_id, error))
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

  if (!sk_commands_set_path (override, path, value != NULL ? sk_json_node_copy (value) : NULL, error))
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
      sk_commands_remove_objects_with (json, "overrides", "service", service_id);
  }
  if (json_object_has_member (json, "overrides")
      && json_array_get_length (json_object_get_array_member (json, "overrides")) == 0)
    json_object_remove_member (json, "overrides");

  service_name = sk_map_describe (map, SK_KIND_SERVICE, service_id);
  municipality_name = sk_map_describe (map, SK_KIND_MUNICIPALITY, municipality_id);
  /* TRANSLATORS: an undo label: "Change «PPT» in «Røros»" */
  label = g_strdup_printf (_("Change %s in %s"), service_name, municipality_name);
  merge_key = g_strdup_printf ("override/%s/%s/%s", municipality_id, service_id, path);
  return sk_commands_edit_from (map, municipality, json, label, merge_key, error);
}
