/* sk-map.c — a service map: levels, sectors, services, pathways, municipalities
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The map holds one list per kind, in file order, and an index by id. Views
 * watch the lists (GListModel::items-changed) and the items (SkItem::changed,
 * relayed here as SkMap::item-changed); only commands change anything, through
 * sk-map-private.h. The order of services that share a level is their order
 * in the one list of services.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-error.h"
#include "sk-map-private.h"
#include "sk-level.h"
#include "sk-schema.h"
#include "sk-service.h"
#include "sk-text.h"

struct _SkMap
{
  GObject     parent_instance;

  SkItem     *properties;
  GListStore *lists[SK_N_KINDS];
  GHashTable *index[SK_N_KINDS];  /* id → SkItem, not owned */
};

G_DEFINE_FINAL_TYPE (SkMap, sk_map, G_TYPE_OBJECT)

enum {
  ITEM_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_item_changed (SkItem     *item,
                 const char *key,
                 SkMap      *self)
{
  g_signal_emit (self, signals[ITEM_CHANGED], g_quark_from_string (key), item, key);
}

static void
sk_map_dispose (GObject *object)
{
  SkMap *self = SK_MAP (object);

  for (guint kind = SK_FIRST_LIST_KIND; kind < SK_N_KINDS; kind++)
    {
      if (self->lists[kind] == NULL)
        continue;
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->lists[kind])); i++)
        {
          g_autoptr(SkItem) item = g_list_model_get_item (G_LIST_MODEL (self->lists[kind]), i);
          g_signal_handlers_disconnect_by_func (item, on_item_changed, self);
        }
      g_clear_pointer (&self->index[kind], g_hash_table_unref);
      g_clear_object (&self->lists[kind]);
    }
  if (self->properties != NULL)
    g_signal_handlers_disconnect_by_func (self->properties, on_item_changed, self);
  g_clear_object (&self->properties);

  G_OBJECT_CLASS (sk_map_parent_class)->dispose (object);
}

static void
sk_map_class_init (SkMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sk_map_dispose;

  /**
   * SkMap::item-changed:
   * @self: the map
   * @item: the item (the map's properties for the title, languages, dates)
   * @key: the top-level key that changed, also the detail
   *
   * Emitted after a command changed an item. Insertions, removals and moves
   * are told by the lists' GListModel::items-changed.
   */
  signals[ITEM_CHANGED] =
    g_signal_new ("item-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, SK_TYPE_ITEM, G_TYPE_STRING);
}

static void
sk_map_init (SkMap *self)
{
  for (guint kind = SK_FIRST_LIST_KIND; kind < SK_N_KINDS; kind++)
    {
      self->lists[kind] = g_list_store_new (_sk_item_type_for_kind (kind));
      self->index[kind] = g_hash_table_new (g_str_hash, g_str_equal);
    }
}

/* Takes a reference on @properties, normalized for SK_KIND_MAP. */
void
_sk_map_set_properties (SkMap      *self,
                        JsonObject *properties)
{
  if (self->properties != NULL)
    {
      _sk_item_set_json (self->properties, properties);
      return;
    }
  self->properties = _sk_item_new (SK_KIND_MAP, properties);
  g_signal_connect (self->properties, "changed", G_CALLBACK (on_item_changed), self);
}

/**
 * sk_map_new:
 * @title: the title
 * @lang: the map's language
 *
 * Returns: (transfer full): a new map with no levels or services
 */
SkMap *
sk_map_new (const char *title,
            const char *lang)
{
  SkMap *self;
  g_autoptr(JsonObject) properties = json_object_new ();
  g_autoptr(JsonObject) text = json_object_new ();
  g_autoptr(JsonArray) languages = json_array_new ();

  g_return_val_if_fail (title != NULL && *title, NULL);
  g_return_val_if_fail (lang != NULL && sk_is_valid_language (lang), NULL);

  self = g_object_new (SK_TYPE_MAP, NULL);
  json_object_set_string_member (properties, "format", SK_FORMAT_NAME);
  json_object_set_int_member (properties, "version", SK_FORMAT_VERSION);
  json_object_set_string_member (text, lang, title);
  json_object_set_object_member (properties, "title", json_object_ref (text));
  json_array_add_string_element (languages, lang);
  json_object_set_array_member (properties, "languages", json_array_ref (languages));
  _sk_map_set_properties (self, properties);
  return self;
}

/**
 * sk_map_get_list:
 * @kind: a kind other than %SK_KIND_MAP
 *
 * Returns: (transfer none): the objects of @kind in file order; levels go
 *   from the bottom of the pyramid to the top
 */
GListModel *
sk_map_get_list (SkMap  *self,
                 SkKind  kind)
{
  g_return_val_if_fail (SK_IS_MAP (self), NULL);
  g_return_val_if_fail (kind >= SK_FIRST_LIST_KIND && kind < SK_N_KINDS, NULL);
  return G_LIST_MODEL (self->lists[kind]);
}

GListModel *sk_map_get_levels (SkMap *self) { return sk_map_get_list (self, SK_KIND_LEVEL); }
GListModel *sk_map_get_sectors (SkMap *self) { return sk_map_get_list (self, SK_KIND_SECTOR); }
GListModel *sk_map_get_services (SkMap *self) { return sk_map_get_list (self, SK_KIND_SERVICE); }
GListModel *sk_map_get_pathways (SkMap *self) { return sk_map_get_list (self, SK_KIND_PATHWAY); }
GListModel *sk_map_get_groups (SkMap *self) { return sk_map_get_list (self, SK_KIND_GROUP); }
GListModel *sk_map_get_municipalities (SkMap *self) { return sk_map_get_list (self, SK_KIND_MUNICIPALITY); }
GListModel *sk_map_get_notes (SkMap *self) { return sk_map_get_list (self, SK_KIND_NOTE); }

/**
 * sk_map_get_properties:
 *
 * Returns: (transfer none): the map's own properties (title, region,
 *   languages, dates) as an item of kind %SK_KIND_MAP
 */
SkItem *
sk_map_get_properties (SkMap *self)
{
  g_return_val_if_fail (SK_IS_MAP (self), NULL);
  return self->properties;
}

/**
 * sk_map_lookup:
 *
 * Returns: (transfer none) (nullable): the object of @kind with @id
 */
SkItem *
sk_map_lookup (SkMap      *self,
               SkKind      kind,
               const char *id)
{
  g_return_val_if_fail (SK_IS_MAP (self), NULL);
  g_return_val_if_fail (kind < SK_N_KINDS, NULL);

  if (kind == SK_KIND_MAP)
    return self->properties;
  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (self->index[kind], id);
}

/**
 * sk_map_get_position:
 *
 * Returns: the position of the object in its list, or -1
 */
int
sk_map_get_position (SkMap      *self,
                     SkKind      kind,
                     const char *id)
{
  SkItem *item;
  GListModel *list;
  guint n;

  g_return_val_if_fail (SK_IS_MAP (self), -1);

  item = sk_map_lookup (self, kind, id);
  if (item == NULL || kind == SK_KIND_MAP)
    return -1;

  list = G_LIST_MODEL (self->lists[kind]);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkItem) other = g_list_model_get_item (list, i);
      if (other == item)
        return (int) i;
    }
  g_assert_not_reached ();
}

const char *
sk_map_get_title (SkMap      *self,
                  const char *lang)
{
  g_return_val_if_fail (SK_IS_MAP (self), "");
  return sk_item_get_text (self->properties, "title", lang);
}

/**
 * sk_map_count_services_with:
 * @key: a service's field that holds an id: "level" or "sector"
 *
 * Returns: how many services have @id there: those on a level, or in a
 *   sector
 */
guint
sk_map_count_services_with (SkMap      *self,
                            const char *key,
                            const char *id)
{
  GListModel *services = sk_map_get_services (self);
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
 * sk_map_get_file_stem:
 *
 * Returns: (transfer full): the map's title as the start of a file name:
 *   trimmed, without the characters a file name may not hold, and
 *   "Sammenkart" for a map without a title
 */
char *
sk_map_get_file_stem (SkMap      *self,
                      const char *lang)
{
  char *stem = g_strstrip (g_strdup (sk_map_get_title (self, lang)));

  if (*stem == '\0')
    {
      g_free (stem);
      return g_strdup ("Sammenkart");
    }
  /* A title is free text; a file name may not hold a slash. */
  return g_strdelimit (stem, "/\\:", '-');
}

/**
 * sk_map_get_language:
 *
 * Returns: the map's default language: the first of its languages
 */
const char *
sk_map_get_language (SkMap *self)
{
  JsonArray *languages;

  g_return_val_if_fail (SK_IS_MAP (self), "nb");

  languages = sk_item_get_array (self->properties, "languages");
  return json_array_get_string_element (languages, 0);
}

/**
 * sk_map_get_level_number:
 *
 * Returns: the level's number, 1 at the bottom of the pyramid; 0 for the
 *   side column or an unknown level
 */
guint
sk_map_get_level_number (SkMap      *self,
                         const char *level_id)
{
  return (guint) (sk_map_get_position (self, SK_KIND_LEVEL, level_id) + 1);
}

/**
 * sk_map_get_services_on_level:
 * @level_id: (nullable): a level id, or %NULL for the side column
 *
 * Returns: (transfer container) (element-type SkService): the services on
 *   the level, left to right
 */
GPtrArray *
sk_map_get_services_on_level (SkMap      *self,
                              const char *level_id)
{
  GPtrArray *services = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *list;

  g_return_val_if_fail (SK_IS_MAP (self), services);

  list = sk_map_get_services (self);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      SkService *service = g_list_model_get_item (list, i);

      if (g_strcmp0 (sk_service_get_level_id (service), level_id) == 0)
        g_ptr_array_add (services, service);
      else
        g_object_unref (service);
    }
  return services;
}

/**
 * sk_map_describe:
 *
 * Returns: (transfer full): how a person names the object: «PPT»,
 *   «Angstplager», «Tilbud til alle»; for messages and command labels
 */
char *
sk_map_describe (SkMap      *self,
                 SkKind      kind,
                 const char *id)
{
  SkItem *item;

  g_return_val_if_fail (SK_IS_MAP (self), NULL);

  item = sk_map_lookup (self, kind, id);
  if (item == NULL)
    return g_strdup_printf ("«%s»", id);
  return _sk_map_describe_json (self, kind, sk_item_get_json (item));
}

/* Names an object from its content, which need not be in the map yet. */
char *
_sk_map_describe_json (SkMap      *self,
                       SkKind      kind,
                       JsonObject *json)
{
  const char *lang = sk_map_get_language (self);
  const char *name = NULL;
  JsonNode *node;

  switch (kind)
    {
    case SK_KIND_SERVICE:
      name = json_object_get_string_member_with_default (json, "short_name", NULL);
      break;
    case SK_KIND_MUNICIPALITY:
      name = json_object_get_string_member_with_default (json, "name", NULL);
      break;
    case SK_KIND_NOTE:
      name = json_object_get_string_member_with_default (json, "text", NULL);
      break;
    case SK_KIND_MAP:
      return g_strdup_printf ("«%s»", sk_map_get_title (self, lang));
    default:
      break;
    }
  if (name == NULL && (node = json_object_get_member (json, "name")) != NULL
      && JSON_NODE_HOLDS_OBJECT (node))
    name = sk_text_get_best (json_node_get_object (node), lang);
  if (name == NULL || *name == '\0')
    name = json_object_get_string_member_with_default (json, "id", "");

  if (kind == SK_KIND_NOTE && g_utf8_strlen (name, -1) > 30)
    {
      g_autofree char *start = g_utf8_substring (name, 0, 30);
      return g_strdup_printf ("«%s…»", start);
    }
  return g_strdup_printf ("«%s»", name);
}

static gboolean
id_exists (SkKind      kind,
           const char *id,
           gpointer    user_data)
{
  return sk_map_lookup (SK_MAP (user_data), kind, id) != NULL;
}

/**
 * sk_map_check_item:
 * @json: content normalized for @kind
 *
 * Checks that everything @json refers to exists in the map.
 */
gboolean
sk_map_check_item (SkMap       *self,
                   SkKind       kind,
                   JsonObject  *json,
                   GError     **error)
{
  SkProblems problems;
  gboolean ok;

  sk_problems_init (&problems);
  sk_schema_check_refs (sk_schema_for_kind (kind), json, "", id_exists, self, &problems);
  ok = sk_problems_to_error (&problems, NULL, SK_EDIT_ERROR, SK_EDIT_ERROR_INVALID, error);
  sk_problems_clear (&problems);
  return ok;
}

void
_sk_map_insert (SkMap  *self,
                SkKind  kind,
                guint   position,
                SkItem *item)
{
  g_assert (kind >= SK_FIRST_LIST_KIND && kind < SK_N_KINDS);
  g_assert (sk_item_get_kind (item) == kind);
  g_assert (!g_hash_table_contains (self->index[kind], sk_item_get_id (item)));

  g_hash_table_insert (self->index[kind], (gpointer) sk_item_get_id (item), item);
  g_signal_connect (item, "changed", G_CALLBACK (on_item_changed), self);
  g_list_store_insert (self->lists[kind], position, item);
}

SkItem *
_sk_map_remove (SkMap  *self,
                SkKind  kind,
                guint   position)
{
  SkItem *item = g_list_model_get_item (G_LIST_MODEL (self->lists[kind]), position);

  g_assert (item != NULL);
  g_hash_table_remove (self->index[kind], sk_item_get_id (item));
  g_signal_handlers_disconnect_by_func (item, on_item_changed, self);
  g_list_store_remove (self->lists[kind], position);
  return item;
}

void
_sk_map_move (SkMap  *self,
              SkKind  kind,
              guint   from,
              guint   to)
{
  g_autoptr(SkItem) item = NULL;

  if (from == to)
    return;
  item = g_list_model_get_item (G_LIST_MODEL (self->lists[kind]), from);
  g_object_freeze_notify (G_OBJECT (item));
  g_list_store_remove (self->lists[kind], from);
  g_list_store_insert (self->lists[kind], to, item);
  g_object_thaw_notify (G_OBJECT (item));
}

void
_sk_map_set_json (SkMap      *self,
                  SkKind      kind,
                  const char *id,
                  JsonObject *json)
{
  SkItem *item = sk_map_lookup (self, kind, id);

  g_assert (item != NULL);
  _sk_item_set_json (item, json);
}
