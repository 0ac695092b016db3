/* sk-item.c — base class of everything a map holds
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An item keeps its content as the normalized JSON object of the file format
 * (see sk-schema.c): what is read is what is written, unknown keys included,
 * and a command's undo is just the object as it was. Subclasses add typed
 * getters. Items never change on their own: only commands, through the map,
 * replace their content, and then "changed" is emitted once per top-level key
 * whose value differs, with the key as detail, so a view redraws only what
 * changed ("changed::level", "changed::steps").
 */
#include "config.h"

#include "sk-group.h"
#include "sk-item-private.h"
#include "sk-json.h"
#include "sk-level.h"
#include "sk-municipality.h"
#include "sk-note.h"
#include "sk-pathway.h"
#include "sk-sector.h"
#include "sk-service.h"
#include "sk-text.h"

typedef struct
{
  SkKind      kind;
  char       *id;
  JsonObject *json;
} SkItemPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (SkItem, sk_item, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
sk_item_finalize (GObject *object)
{
  SkItemPrivate *priv = sk_item_get_instance_private (SK_ITEM (object));

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->json, json_object_unref);

  G_OBJECT_CLASS (sk_item_parent_class)->finalize (object);
}

static void
sk_item_class_init (SkItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sk_item_finalize;

  /**
   * SkItem::changed:
   * @self: the item
   * @key: the top-level key whose value changed
   *
   * Emitted after a command changed @key, with @key as the detail.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
sk_item_init (SkItem *self)
{
}

GType
_sk_item_type_for_kind (SkKind kind)
{
  switch (kind)
    {
    case SK_KIND_LEVEL: return SK_TYPE_LEVEL;
    case SK_KIND_SECTOR: return SK_TYPE_SECTOR;
    case SK_KIND_SERVICE: return SK_TYPE_SERVICE;
    case SK_KIND_PATHWAY: return SK_TYPE_PATHWAY;
    case SK_KIND_GROUP: return SK_TYPE_GROUP;
    case SK_KIND_MUNICIPALITY: return SK_TYPE_MUNICIPALITY;
    case SK_KIND_NOTE: return SK_TYPE_NOTE;
    case SK_KIND_MAP:
    case SK_N_KINDS:
    default: return SK_TYPE_ITEM;
    }
}

/* Takes a reference on @json, which must be normalized for @kind. */
SkItem *
_sk_item_new (SkKind      kind,
              JsonObject *json)
{
  SkItem *self = g_object_new (_sk_item_type_for_kind (kind), NULL);
  SkItemPrivate *priv = sk_item_get_instance_private (self);

  priv->kind = kind;
  priv->json = json_object_ref (json);
  if (kind != SK_KIND_MAP)
    priv->id = g_strdup (json_object_get_string_member (json, "id"));
  else
    priv->id = g_strdup ("");
  return self;
}

/* Replaces the content (taking a reference on @json) and says which top-level
 * keys changed. The id never changes. */
void
_sk_item_set_json (SkItem     *self,
                   JsonObject *json)
{
  SkItemPrivate *priv = sk_item_get_instance_private (self);
  g_autoptr(JsonObject) old = priv->json;
  g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (g_free);
  GList *keys;

  g_assert (priv->kind == SK_KIND_MAP
            || g_strcmp0 (json_object_get_string_member (json, "id"), priv->id) == 0);

  priv->json = json_object_ref (json);

  keys = json_object_get_members (old);
  for (GList *l = keys; l; l = l->next)
    {
      JsonNode *now = json_object_get_member (json, l->data);

      if (now == NULL || !json_node_equal (now, json_object_get_member (old, l->data)))
        g_ptr_array_add (changed, g_strdup (l->data));
    }
  g_list_free (keys);

  keys = json_object_get_members (json);
  for (GList *l = keys; l; l = l->next)
    if (!json_object_has_member (old, l->data))
      g_ptr_array_add (changed, g_strdup (l->data));
  g_list_free (keys);

  for (guint i = 0; i < changed->len; i++)
    {
      const char *key = g_ptr_array_index (changed, i);
      g_signal_emit (self, signals[CHANGED], g_quark_from_string (key), key);
    }
}

SkKind
sk_item_get_kind (SkItem *self)
{
  SkItemPrivate *priv = sk_item_get_instance_private (self);

  g_return_val_if_fail (SK_IS_ITEM (self), SK_KIND_MAP);
  return priv->kind;
}

const char *
sk_item_get_id (SkItem *self)
{
  SkItemPrivate *priv = sk_item_get_instance_private (self);

  g_return_val_if_fail (SK_IS_ITEM (self), NULL);
  return priv->id;
}

/**
 * sk_item_get_json:
 *
 * Returns: (transfer none): the item's content, as in the file. Read only;
 *   it is replaced, never changed in place, when a command changes the item.
 */
JsonObject *
sk_item_get_json (SkItem *self)
{
  SkItemPrivate *priv = sk_item_get_instance_private (self);

  g_return_val_if_fail (SK_IS_ITEM (self), NULL);
  return priv->json;
}

/**
 * sk_item_dup_json:
 *
 * Returns: (transfer full): a deep copy of the item's content, to edit
 */
JsonObject *
sk_item_dup_json (SkItem *self)
{
  g_return_val_if_fail (SK_IS_ITEM (self), NULL);
  return sk_json_object_copy (sk_item_get_json (self));
}

/**
 * sk_item_get_string:
 *
 * Returns: (nullable): the string at @key, or %NULL if it is absent or null
 */
const char *
sk_item_get_string (SkItem     *self,
                    const char *key)
{
  JsonNode *node;

  g_return_val_if_fail (SK_IS_ITEM (self), NULL);

  node = json_object_get_member (sk_item_get_json (self), key);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;
  return json_node_get_string (node);
}

/**
 * sk_item_get_text:
 *
 * Returns: the text at @key in @lang or the nearest language, or ""
 */
const char *
sk_item_get_text (SkItem     *self,
                  const char *key,
                  const char *lang)
{
  g_return_val_if_fail (SK_IS_ITEM (self), "");
  return sk_text_get_best (sk_item_get_object (self, key), lang);
}

/**
 * sk_item_get_object:
 *
 * Returns: (transfer none) (nullable): the object at @key
 */
JsonObject *
sk_item_get_object (SkItem     *self,
                    const char *key)
{
  JsonNode *node;

  g_return_val_if_fail (SK_IS_ITEM (self), NULL);

  node = json_object_get_member (sk_item_get_json (self), key);
  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/**
 * sk_item_get_array:
 *
 * Returns: (transfer none) (nullable): the array at @key
 */
JsonArray *
sk_item_get_array (SkItem     *self,
                   const char *key)
{
  JsonNode *node;

  g_return_val_if_fail (SK_IS_ITEM (self), NULL);

  node = json_object_get_member (sk_item_get_json (self), key);
  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}
