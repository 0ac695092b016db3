/* sk-render.h — the one renderer: paints a layout through a painter
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-layout.h"
#include "sk-painter.h"

G_BEGIN_DECLS

char *sk_render_describe_poster (SkLayout  *layout);
void  sk_render_poster          (SkLayout  *layout,
                                 SkPainter *painter);

G_END_DECLS
