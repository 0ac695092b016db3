/* sk-item-private.h — what the map and commands use to change items
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-item.h"

G_BEGIN_DECLS

GType   _sk_item_type_for_kind (SkKind kind);
SkItem *_sk_item_new      (SkKind      kind,
                           JsonObject *json);
void    _sk_item_set_json (SkItem     *self,
                           JsonObject *json);

G_END_DECLS
