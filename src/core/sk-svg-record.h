/* sk-svg-record.h — an SVG drawn into a cairo recording surface
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* In the rsvg module (src/modules/sk-svg-record.c); see sk-module.c. */
cairo_surface_t *sk_rsvg_record (const guint8 *data,
                                 gsize         len,
                                 double        size);

G_END_DECLS
