/* sk-json.c — deep copies of JSON values
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib's json_node_copy() shares the objects and arrays inside a node.
 * Commands edit copies of an item's content and keep the original as their
 * "before", so they need copies that share nothing.
 */
#include "config.h"

#include "sk-json.h"

/**
 * sk_json_node_copy:
 *
 * Returns: (transfer full): a copy of @node that shares nothing with it
 */
JsonNode *
sk_json_node_copy (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        g_autoptr(JsonObject) copy = sk_json_object_copy (json_node_get_object (node));
        return json_node_init_object (json_node_alloc (), copy);
      }
    case JSON_NODE_ARRAY:
      {
        JsonArray *in = json_node_get_array (node);
        g_autoptr(JsonArray) out = json_array_sized_new (json_array_get_length (in));

        for (guint i = 0; i < json_array_get_length (in); i++)
          json_array_add_element (out, sk_json_node_copy (json_array_get_element (in, i)));
        return json_node_init_array (json_node_alloc (), out);
      }
    case JSON_NODE_VALUE:
    case JSON_NODE_NULL:
    default:
      return json_node_copy (node);
    }
}

/**
 * sk_json_object_copy:
 *
 * Returns: (transfer full): a copy of @object that shares nothing with it,
 *   with the members in the same order
 */
JsonObject *
sk_json_object_copy (JsonObject *object)
{
  JsonObject *copy = json_object_new ();
  GList *members = json_object_get_members (object);

  for (GList *l = members; l; l = l->next)
    json_object_set_member (copy, l->data,
                            sk_json_node_copy (json_object_get_member (object, l->data)));
  g_list_free (members);
  return copy;
}
