/* sk-svg-painter.h — painting as SVG, with real text
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-painter.h"

G_BEGIN_DECLS

SkPainter *sk_svg_painter_new (GString *out);
void       sk_svg_append_escaped (GString    *out,
                                  const char *text);
void       sk_svg_append_number  (GString    *out,
                                  double      value);

G_END_DECLS
