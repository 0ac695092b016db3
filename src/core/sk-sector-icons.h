/* sk-sector-icons.h — the symbols that tell sectors apart without colour
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <cairo.h>

G_BEGIN_DECLS

GBytes          *sk_sector_icon_data     (const char *name);
cairo_surface_t *sk_sector_icon_record   (const char *name);
void             sk_sector_icons_prepare (void);

G_END_DECLS
