/* sk-cairo-painter.h — painting with cairo: PDF, PNG and the canvas
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "sk-painter.h"

G_BEGIN_DECLS

SkPainter      *sk_cairo_painter_new         (cairo_t             *cr,
                                             gboolean             tagged);
cairo_status_t  sk_cairo_append_to_byte_array (void                *byte_array,
                                              const unsigned char *data,
                                              unsigned int         length);

G_END_DECLS
