/* sk-templates.h — the maps that ship with Sammenkart
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-map.h"

G_BEGIN_DECLS

char    **sk_templates_list         (void);
SkMap    *sk_templates_load         (const char  *name,
                                     GError     **error);
gboolean  sk_templates_set_language (SkMap       *map,
                                     const char  *lang,
                                     GError     **error);

G_END_DECLS
