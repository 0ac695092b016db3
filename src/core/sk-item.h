/* sk-item.h — base class of everything a map holds
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sk-types.h"

G_BEGIN_DECLS

#define SK_TYPE_ITEM (sk_item_get_type ())

G_DECLARE_DERIVABLE_TYPE (SkItem, sk_item, SK, ITEM, GObject)

struct _SkItemClass
{
  GObjectClass parent_class;
};

SkKind      sk_item_get_kind   (SkItem     *self);
const char *sk_item_get_id     (SkItem     *self);
JsonObject *sk_item_get_json   (SkItem     *self);
JsonObject *sk_item_dup_json   (SkItem     *self);
const char *sk_item_get_string (SkItem     *self,
                                const char *key);
const char *sk_item_get_text   (SkItem     *self,
                                const char *key,
                                const char *lang);
JsonObject *sk_item_get_object (SkItem     *self,
                                const char *key);
JsonArray  *sk_item_get_array  (SkItem     *self,
                                const char *key);

G_END_DECLS
