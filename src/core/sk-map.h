/* sk-map.h — a service map: levels, sectors, services, pathways, municipalities
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "sk-item.h"
#include "sk-types.h"

G_BEGIN_DECLS

#define SK_TYPE_MAP (sk_map_get_type ())

G_DECLARE_FINAL_TYPE (SkMap, sk_map, SK, MAP, GObject)

SkMap      *sk_map_new                      (const char  *title,
                                             const char  *lang);
SkMap      *sk_map_load_from_bytes          (GBytes      *bytes,
                                             const char  *display_name,
                                             GError     **error);
SkMap      *sk_map_load_from_file           (const char  *path,
                                             GError     **error);
GBytes     *sk_map_serialize                (SkMap       *self);
gboolean    sk_map_save_to_file             (SkMap       *self,
                                             const char  *path,
                                             GError     **error);

GListModel *sk_map_get_list                 (SkMap       *self,
                                             SkKind       kind);
GListModel *sk_map_get_levels               (SkMap       *self);
GListModel *sk_map_get_sectors              (SkMap       *self);
GListModel *sk_map_get_services             (SkMap       *self);
GListModel *sk_map_get_pathways             (SkMap       *self);
GListModel *sk_map_get_groups               (SkMap       *self);
GListModel *sk_map_get_municipalities       (SkMap       *self);
GListModel *sk_map_get_notes                (SkMap       *self);
SkItem     *sk_map_get_properties           (SkMap       *self);

SkItem     *sk_map_lookup                   (SkMap       *self,
                                             SkKind       kind,
                                             const char  *id);
int         sk_map_get_position             (SkMap       *self,
                                             SkKind       kind,
                                             const char  *id);

const char *sk_map_get_title                (SkMap       *self,
                                             const char  *lang);
guint       sk_map_count_services_with      (SkMap       *self,
                                             const char  *key,
                                             const char  *id);
char       *sk_map_get_file_stem            (SkMap       *self,
                                             const char  *lang);
const char *sk_map_get_language             (SkMap       *self);
guint       sk_map_get_level_number         (SkMap       *self,
                                             const char  *level_id);
GPtrArray  *sk_map_get_services_on_level    (SkMap       *self,
                                             const char  *level_id);
char       *sk_map_describe                 (SkMap       *self,
                                             SkKind       kind,
                                             const char  *id);
gboolean    sk_map_check_item               (SkMap       *self,
                                             SkKind       kind,
                                             JsonObject  *json,
                                             GError     **error);

G_END_DECLS
