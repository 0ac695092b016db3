/* sk-group.h — a group of municipalities
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-item.h"

G_BEGIN_DECLS

#define SK_TYPE_GROUP (sk_group_get_type ())

G_DECLARE_FINAL_TYPE (SkGroup, sk_group, SK, GROUP, SkItem)

const char *sk_group_get_name (SkGroup    *self,
                               const char *lang);

G_END_DECLS
