/* sk-cairo-painter.h — painting with cairo: PDF, PNG and the canvas
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "sk-painter.h"

G_BEGIN_DECLS

SkPainter *sk_cairo_painter_new (cairo_t  *cr,
                                 gboolean  tagged);

G_END_DECLS
