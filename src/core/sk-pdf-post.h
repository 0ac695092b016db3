/* sk-pdf-post.h — what cairo cannot write into a PDF, added afterwards
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Boxes in PDF points from the bottom left corner: x0, y0, x1, y1. */
typedef struct {
  gboolean    set_boxes;
  double      trim[4];
  double      bleed[4];
  const char *lang;  /* the document's language, or NULL */
  GPtrArray  *figure_alts;  /* the text alternative of each Figure, in order */
} SkPdfPost;

/* In the qpdf module (src/modules/sk-pdf-post.c); see sk-module.c. */
GBytes *sk_qpdf_post_process (GBytes           *pdf,
                              const SkPdfPost  *post,
                              GError          **error);

G_END_DECLS
