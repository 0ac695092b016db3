/* sk-paper.h — paper sizes for exports
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SK_MM_TO_PT(mm) ((mm) * 72.0 / 25.4)

gboolean sk_paper_parse (const char  *name,
                         gboolean     landscape,
                         double      *width,
                         double      *height,
                         GError     **error);

G_END_DECLS
