/* sk-map-private.h — the changes commands make to a map
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-item-private.h"
#include "sk-map.h"

G_BEGIN_DECLS

void    _sk_map_set_properties (SkMap      *self,
                                JsonObject *properties);
void    _sk_map_insert   (SkMap      *self,
                          SkKind      kind,
                          guint       position,
                          SkItem     *item);
SkItem *_sk_map_remove   (SkMap      *self,
                          SkKind      kind,
                          guint       position);
void    _sk_map_move     (SkMap      *self,
                          SkKind      kind,
                          guint       from,
                          guint       to);
void    _sk_map_set_json (SkMap      *self,
                          SkKind      kind,
                          const char *id,
                          JsonObject *json);
char   *_sk_map_describe_json (SkMap      *self,
                               SkKind      kind,
                               JsonObject *json);

G_END_DECLS
