/* sk-level.h — a level of the pyramid
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-item.h"

G_BEGIN_DECLS

#define SK_TYPE_LEVEL (sk_level_get_type ())

G_DECLARE_FINAL_TYPE (SkLevel, sk_level, SK, LEVEL, SkItem)

const char *sk_level_get_name  (SkLevel    *self,
                                const char *lang);
const char *sk_level_get_color (SkLevel    *self);

G_END_DECLS
