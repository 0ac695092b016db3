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

#include <string.h>

#include "sk-painter.h"

void
sk_painter_free (SkPainter *self)
{
  if (self != NULL)
    self->klass->free (self);
}

/* The only links an export writes: web pages over https, e-mail, phone. A
 * link needs no quote that could end an attribute. */
gboolean
sk_painter_is_allowed_uri (const char *uri)
{
  if (uri == NULL || strpbrk (uri, "'\"<>\\ ") != NULL)
    return FALSE;
  return g_str_has_prefix (uri, "https://") || g_str_has_prefix (uri, "mailto:")
         || g_str_has_prefix (uri, "tel:");
}

/* Paints @box inside the structure @tag (none if %NULL); an empty box is
 * left out, so no empty paragraph gets into a tagged PDF. */
void
sk_painter_text_in (SkPainter       *self,
                    const char      *tag,
                    const SkTextBox *box)
{
  if (box->layout == NULL || *pango_layout_get_text (box->layout) == '\0')
    return;
  if (tag != NULL)
    self->klass->begin_structure (self, tag, NULL);
  self->klass->text (self, box);
  if (tag != NULL)
    self->klass->end_structure (self, tag);
}
