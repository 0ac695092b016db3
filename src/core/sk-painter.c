/* sk-painter.c — what the renderer draws with: a few shapes, text, structure
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One renderer (sk-render.c) paints a layout through this small interface;
 * the cairo painter serves PDF, PNG and the editor's canvas, the SVG painter
 * writes SVG with real text. What is drawn is the same in every format.
 */
#include "config.h"

#include "sk-painter.h"

void
sk_painter_free (SkPainter *self)
{
  if (self != NULL)
    self->klass->free (self);
}
