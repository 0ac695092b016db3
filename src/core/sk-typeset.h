/* sk-typeset.h — text in the export font, laid out by Pango
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

/* Work for a thread of the export text pool (see sk_typeset_job_push). */
typedef struct {
  void         (*func) (gpointer data);
  gpointer       data;
  /*< private >*/
  GMutex         lock;
  GCond          cond;
  gboolean       done;
} SkTypesetJob;

void          sk_typeset_job_push    (SkTypesetJob *job);
void          sk_typeset_job_wait    (SkTypesetJob *job);
void          sk_typeset_prepare     (void);
void          sk_typeset_use_only_export_font (void);

/* A text's logical extents as drawn, in points. */
typedef struct {
  double x, y, width, height;
} SkTextExtents;

PangoContext *sk_typeset_context_new (void);
PangoLayout  *sk_typeset_text        (PangoContext *context,
                                      const char   *text,
                                      const char   *lang,
                                      double        size,
                                      gboolean      bold,
                                      double        width);
double        sk_typeset_scale       (PangoLayout  *layout);
void          sk_typeset_set_spacing (PangoLayout  *layout,
                                      double        points);
SkTextExtents sk_typeset_extents     (PangoLayout  *layout);
double        sk_typeset_font_size   (PangoLayout  *layout);
double        sk_typeset_height      (PangoLayout  *layout);
double        sk_typeset_width       (PangoLayout  *layout);

G_END_DECLS
