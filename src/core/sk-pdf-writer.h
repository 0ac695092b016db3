/* sk-pdf-writer.h — a tagged PDF with metadata, made in memory
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "sk-map.h"
#include "sk-painter.h"
#include "sk-pdf-post.h"

G_BEGIN_DECLS

typedef struct {
  GByteArray      *bytes;
  cairo_surface_t *surface;
  cairo_t         *cr;
  SkPainter       *painter;
} SkPdfWriter;

SkPdfWriter *sk_pdf_writer_new    (SkMap            *map,
                                   const char       *lang,
                                   const char       *subject,
                                   double            width,
                                   double            height);
GBytes      *sk_pdf_writer_finish (SkPdfWriter      *self,
                                   const SkPdfPost  *post,
                                   GError          **error);

G_END_DECLS
