/* sk-painter.h — what the renderer draws with: a few shapes, text, structure
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-layout.h"

G_BEGIN_DECLS

typedef struct _SkPainter SkPainter;

/* Structure follows PDF's standard types (Document, Part, H1, P, Figure…):
 * tags in a PDF, groups in SVG. @alt describes a Figure for people who
 * cannot see it. */
typedef struct {
  void (*begin_structure) (SkPainter     *self,
                           const char    *tag,
                           const char    *alt);
  void (*end_structure)   (SkPainter     *self,
                           const char    *tag);
  void (*polygon)         (SkPainter     *self,
                           const double  *points,
                           guint          n_points,
                           const SkColor *fill,
                           const SkColor *stroke,
                           double         stroke_width);
  void (*rounded_rect)    (SkPainter     *self,
                           const SkRect  *rect,
                           double         radius,
                           const SkColor *fill,
                           const SkColor *stroke,
                           double         stroke_width);
  void (*line)            (SkPainter     *self,
                           const double  *points,
                           guint          n_points,
                           SkColor        color,
                           double         width);
  void (*circle)          (SkPainter     *self,
                           double         cx,
                           double         cy,
                           double         radius,
                           const SkColor *fill,
                           const SkColor *stroke,
                           double         stroke_width);
  void (*text)            (SkPainter     *self,
                           const SkTextBox *box);
  void (*icon)            (SkPainter     *self,
                           const char    *name,
                           const SkRect  *rect);
  /* Only https, mailto and tel links are ever passed. */
  void (*begin_link)      (SkPainter     *self,
                           const char    *uri);
  void (*end_link)        (SkPainter     *self);
  void (*free)            (SkPainter     *self);
} SkPainterClass;

struct _SkPainter {
  const SkPainterClass *klass;
};

void     sk_painter_free           (SkPainter  *self);
gboolean sk_painter_is_allowed_uri (const char *uri);
void     sk_painter_text_in        (SkPainter       *self,
                                    const char      *tag,
                                    const SkTextBox *box);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkPainter, sk_painter_free)

G_END_DECLS
