/* sk-map-save.c — writing a .sammenkart file
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Items already hold their content normalized (known keys in the schema's
 * order, unknown ones after), so writing is putting them in their lists in
 * the order of the top-level schema. The tree built for writing only reads
 * the items' content, so it shares it rather than copying it. The same map always gives the same
 * bytes: indented by two spaces, ending in a newline.
 */
#include "config.h"

#include "sk-atomic-file.h"
#include "sk-map.h"
#include "sk-schema.h"

static JsonNode *
build_root (SkMap *self)
{
  const SkSchema *schema = sk_schema_for_kind (SK_KIND_MAP);
  JsonObject *properties = sk_item_get_json (sk_map_get_properties (self));
  g_autoptr(JsonObject) root = json_object_new ();
  GList *keys;

  for (guint i = 0; i < schema->n_fields; i++)
    {
      const SkField *field = &schema->fields[i];

      if (field->type == SK_VALUE_ITEMS)
        {
          GListModel *list = sk_map_get_list (self, field->kind);
          JsonArray *array = json_array_sized_new (g_list_model_get_n_items (list));

          for (guint j = 0; j < g_list_model_get_n_items (list); j++)
            {
              g_autoptr(SkItem) item = g_list_model_get_item (list, j);
              json_array_add_object_element (array, json_object_ref (sk_item_get_json (item)));
            }
          json_object_set_array_member (root, field->key, array);
        }
      else if (json_object_has_member (properties, field->key))
        json_object_set_member (root, field->key,
                                json_node_copy (json_object_get_member (properties, field->key)));
    }

  keys = json_object_get_members (properties);
  for (GList *l = keys; l; l = l->next)
    if (!json_object_has_member (root, l->data))
      json_object_set_member (root, l->data,
                              json_node_copy (json_object_get_member (properties, l->data)));
  g_list_free (keys);

  return json_node_init_object (json_node_alloc (), root);
}

/**
 * sk_map_serialize:
 *
 * Returns: (transfer full): the map as the bytes of a .sammenkart file
 */
GBytes *
sk_map_serialize (SkMap *self)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  char *data;
  gsize len;

  g_return_val_if_fail (SK_IS_MAP (self), NULL);

  root = build_root (self);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_indent_char (generator, ' ');
  data = json_generator_to_data (generator, &len);

  data = g_realloc (data, len + 2);
  data[len++] = '\n';
  data[len] = '\0';
  return g_bytes_new_take (data, len);
}

/**
 * sk_map_save_to_file:
 * @path: where to save
 *
 * Saves atomically, keeping the previous version as "@path~". On failure
 * the file on disk is unchanged and @error says why.
 */
gboolean
sk_map_save_to_file (SkMap       *self,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (SK_IS_MAP (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = sk_map_serialize (self);
  return sk_atomic_file_replace (path, bytes, TRUE, error);
}
