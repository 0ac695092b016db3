/* sk-render.h — the one renderer: paints a layout through a painter
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-layout.h"
#include "sk-painter.h"

G_BEGIN_DECLS

typedef enum {
  SK_RENDER_FRAME  = 1 << 0,  /* title, legend and footer */
  SK_RENDER_SCENE  = 1 << 1,  /* bands, pathway lines, level names */
  SK_RENDER_CARDS  = 1 << 2,
  SK_RENDER_BADGES = 1 << 3,  /* the steps' numbers, over the cards */
  SK_RENDER_ALL    = 0xf,
} SkRenderParts;

char *sk_render_describe_poster (SkLayout           *layout);
void  sk_render_poster          (SkLayout           *layout,
                                 SkPainter          *painter);
void  sk_render_poster_parts    (SkLayout           *layout,
                                 SkPainter          *painter,
                                 SkRenderParts       parts,
                                 const char         *focus_pathway);
void  sk_render_card            (SkPainter          *painter,
                                 const SkLayout     *layout,
                                 const SkCardLayout *card);

G_END_DECLS
