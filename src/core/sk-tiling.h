/* sk-tiling.h — a poster across office sheets: the plan and each page,
 * shared by the tiled export and printing
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "sk-layout.h"
#include "sk-painter.h"

G_BEGIN_DECLS

/**
 * SkTiling:
 * @sheet_w, @sheet_h: a sheet, in points
 * @margin: kept free on every side of a sheet (printers do not print to
 *   the edge)
 * @overlap: the glue margin shared by neighbouring sheets
 * @step_x, @step_y: how far along the poster each next sheet starts
 * @columns, @rows: how many sheets across and down
 * @cut_marks: whether each sheet shows where to cut and glue (%TRUE from
 *   sk_tiling_plan(); a print without them leaves the overlap unmarked)
 */
typedef struct {
  double sheet_w;
  double sheet_h;
  double margin;
  double overlap;
  double step_x;
  double step_y;
  guint  columns;
  guint  rows;
  gboolean cut_marks;
} SkTiling;

SkTiling sk_tiling_plan          (double          poster_w,
                                  double          poster_h,
                                  double          sheet_w,
                                  double          sheet_h,
                                  double          overlap);
void     sk_tiling_draw_assembly (const SkTiling *t,
                                  SkLayout       *layout,
                                  cairo_t        *cr,
                                  SkPainter      *painter,
                                  PangoContext   *context);
void     sk_tiling_draw_sheet    (const SkTiling *t,
                                  SkLayout       *layout,
                                  cairo_t        *cr,
                                  SkPainter      *painter,
                                  PangoContext   *context,
                                  guint           row,
                                  guint           column);

G_END_DECLS
