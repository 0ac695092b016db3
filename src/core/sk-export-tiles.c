/* sk-export-tiles.c — a poster across A4 or A3 sheets, to print at the office
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The poster is laid out for its full size, then painted once per sheet
 * through a clip, so every sheet stays vector. Sheets overlap by the glue
 * margin: each is cut along the dashed line on its left and top and laid
 * over its neighbours, whose glue edge shows the same part of the poster.
 * The first page shows which sheet goes where. Office printers do not print
 * to the edge, so each sheet keeps a 10 mm margin.
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <glib/gi18n-lib.h>

#include "sk-atomic-file.h"
#include "sk-cairo-painter.h"
#include "sk-export.h"
#include "sk-layout.h"
#include "sk-paper.h"
#include "sk-pdf-writer.h"
#include "sk-print-strings.h"
#include "sk-render.h"
#include "sk-tiling.h"
#include "sk-typeset.h"

#define SHEET_MARGIN_MM 10.0

/**
 * sk_tiling_plan:
 * @overlap: the glue margin, in points
 *
 * How a poster of @poster_w × @poster_h points goes across sheets of
 * @sheet_w × @sheet_h, each with a 10 mm margin, overlapping by @overlap.
 */
SkTiling
sk_tiling_plan (double poster_w,
                double poster_h,
                double sheet_w,
                double sheet_h,
                double overlap)
{
  SkTiling t = { sheet_w, sheet_h, SK_MM_TO_PT (SHEET_MARGIN_MM), overlap, 0, 0, 0, 0, TRUE };
  double printable_w = sheet_w - 2 * t.margin, printable_h = sheet_h - 2 * t.margin;

  t.step_x = printable_w - overlap;
  t.step_y = printable_h - overlap;
  t.columns = MAX (1, (guint) ceil ((poster_w - overlap) / t.step_x - 1e-9));
  t.rows = MAX (1, (guint) ceil ((poster_h - overlap) / t.step_y - 1e-9));
  return t;
}

static SkTextBox
label (PangoContext *context,
       const char   *text,
       const char   *lang,
       double        size,
       gboolean      bold,
       double        width,
       double        x,
       double        y)
{
  PangoLayout *layout = sk_typeset_text (context, text, lang, size, bold, width);

  return (SkTextBox) { layout, x, y, SK_COLOR_TEXT };
}

/* Paints a text box made by label() inside @tag, and lets it go. */
static void
paint_owned (SkPainter  *painter,
             const char *tag,
             SkTextBox   box)
{
  sk_painter_text_in (painter, tag, &box);
  g_object_unref (box.layout);
}

/**
 * sk_tiling_draw_assembly:
 *
 * Paints the assembly page: the poster, small, with the sheets drawn over
 * it and named. The page is not shown.
 */
void
sk_tiling_draw_assembly (const SkTiling *t,
                         SkLayout       *layout,
                         cairo_t        *cr,
                         SkPainter      *painter,
                         PangoContext   *context)
{
  const char *lang = layout->lang;
  double m = t->margin, y = m, scale, area_w, area_h, x0, y0;
  SkTextBox title = label (context, sk_print_string (SK_PRINT_ASSEMBLY_TITLE, lang), lang, 16, TRUE, t->sheet_w - 2 * m, m, y);
  SkTextBox how;

  y += sk_typeset_height (title.layout) + 4;
  how = label (context, sk_print_string (SK_PRINT_ASSEMBLY_HOW, lang), lang, 10, FALSE, t->sheet_w - 2 * m, m, y);
  y += sk_typeset_height (how.layout) + 12;
  paint_owned (painter, "H1", title);
  paint_owned (painter, "P", how);

  /* The poster, small, with the sheets drawn over it. */
  area_w = t->sheet_w - 2 * m;
  area_h = t->sheet_h - m - y;
  scale = MIN (area_w / layout->width, area_h / layout->height);
  x0 = m + (area_w - layout->width * scale) / 2;
  y0 = y;

  cairo_save (cr);
  cairo_translate (cr, x0, y0);
  cairo_scale (cr, scale, scale);
  sk_render_poster (layout, painter);
  cairo_restore (cr);

  cairo_save (cr);
  cairo_set_line_width (cr, 1);
  for (guint r = 0; r < t->rows; r++)
    for (guint c = 0; c < t->columns; c++)
      {
        double x = x0 + c * t->step_x * scale, yy = y0 + r * t->step_y * scale;
        double w = MIN (t->step_x + t->overlap, layout->width - c * t->step_x) * scale;
        double h = MIN (t->step_y + t->overlap, layout->height - r * t->step_y) * scale;
        g_autofree char *name = sk_print_sheet_name (r, c);
        SkTextBox box = label (context, name, lang, 14, TRUE, 0, 0, 0);
        SkTextExtents logical;
        SkRect patch;
        SkColor white = SK_COLOR_WHITE;

        cairo_set_source_rgb (cr, 0.11, 0.44, 0.85);
        cairo_rectangle (cr, x, yy, w, h);
        cairo_stroke (cr);

        logical = sk_typeset_extents (box.layout);
        box.x = x + w / 2 - logical.width / 2;
        box.y = yy + h / 2 - logical.height / 2;
        box.color = (SkColor) { 0.11, 0.44, 0.85 };
        patch = (SkRect) { box.x - 3, box.y, logical.width + 6, logical.height };
        painter->klass->rounded_rect (painter, &patch, 3, &white, NULL, 0);
        paint_owned (painter, "P", box);
      }
  cairo_restore (cr);
}

static void
dashed_line (cairo_t *cr,
             double   x0,
             double   y0,
             double   x1,
             double   y1,
             double   dash)
{
  double dashes[] = { dash, dash };

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  cairo_set_line_width (cr, 0.5);
  cairo_set_dash (cr, dashes, 2, 0);
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/**
 * sk_tiling_draw_sheet:
 *
 * Paints one sheet: its part of the poster at full size, its name, and,
 * if @t has cut marks, where to cut and glue. The page is not shown.
 */
void
sk_tiling_draw_sheet (const SkTiling *t,
                      SkLayout       *layout,
                      cairo_t        *cr,
                      SkPainter      *painter,
                      PangoContext   *context,
                      guint           row,
                      guint           column)
{
  const char *lang = layout->lang;
  double m = t->margin;
  double pw = t->sheet_w - 2 * m, ph = t->sheet_h - 2 * m;
  g_autofree char *text = sk_print_sheet_label (lang, row, column, t->rows * t->columns);

  cairo_save (cr);
  cairo_rectangle (cr, m, m, pw, ph);
  cairo_clip (cr);
  cairo_translate (cr, m - column * t->step_x, m - row * t->step_y);
  sk_render_poster (layout, painter);
  cairo_restore (cr);

  paint_owned (painter, "P", label (context, text, lang, 8, TRUE, 0, m, m * 0.3));

  if (!t->cut_marks)
    return;

  /* Cut here (left, top), glue there (right, bottom). */
  if (column > 0)
    {
      dashed_line (cr, m + t->overlap, 0, m + t->overlap, t->sheet_h, 4);
      paint_owned (painter, "P", label (context, sk_print_string (SK_PRINT_CUT, lang), lang, 6, FALSE, 0,
                                        m + t->overlap + 2, t->sheet_h - m * 0.7));
    }
  if (row > 0)
    {
      dashed_line (cr, 0, m + t->overlap, t->sheet_w, m + t->overlap, 4);
      paint_owned (painter, "P", label (context, sk_print_string (SK_PRINT_CUT, lang), lang, 6, FALSE, 0,
                                        2, m + t->overlap + 2));
    }
  if (column + 1 < t->columns)
    {
      dashed_line (cr, m + pw - t->overlap, m, m + pw - t->overlap, m + ph, 1);
      paint_owned (painter, "P", label (context, sk_print_string (SK_PRINT_GLUE, lang), lang, 6, FALSE, 0,
                                        m + pw - t->overlap + 2, t->sheet_h - m * 0.7));
    }
  if (row + 1 < t->rows)
    dashed_line (cr, m, m + ph - t->overlap, m + pw, m + ph - t->overlap, 1);
}

/**
 * sk_export_tiles:
 * @options: the poster's size and language (format and dpi are not used)
 * @sheet: the sheets' paper, "A4" or "A3" (turned whichever way needs fewer)
 * @overlap_mm: the glue margin, 0–50 mm
 *
 * Writes a PDF: an assembly page, then one page per sheet.
 */
gboolean
sk_export_tiles (SkMap                  *map,
                 const SkExportOptions  *options,
                 const char             *sheet,
                 double                  overlap_mm,
                 const char             *path,
                 GPtrArray             **warnings,
                 GError                **error)
{
  SkLayoutOptions layout_options = { options->width, options->height, options->lang };
  g_autoptr(SkLayout) layout = NULL;
  PangoContext *context;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *subject = NULL;
  double sheet_w, sheet_h, overlap = SK_MM_TO_PT (overlap_mm);
  SkTiling portrait, landscape, t;
  SkPdfWriter *pdf;
  SkPdfPost post = { FALSE, { 0 }, { 0 }, NULL };

  g_return_val_if_fail (SK_IS_MAP (map), FALSE);

  if (!sk_paper_parse (sheet, FALSE, &sheet_w, &sheet_h, error))
    return FALSE;
  if (overlap_mm < 0 || overlap_mm > 50)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The glue margin must be from 0 to 50 mm, not %g mm"), overlap_mm);
      return FALSE;
    }

  layout = sk_layout_new_poster (map, &layout_options);
  portrait = sk_tiling_plan (layout->width, layout->height, sheet_w, sheet_h, overlap);
  landscape = sk_tiling_plan (layout->width, layout->height, sheet_h, sheet_w, overlap);
  t = landscape.rows * landscape.columns < portrait.rows * portrait.columns ? landscape : portrait;

  context = sk_typeset_context_new ();
  subject = sk_render_describe_poster (layout);
  pdf = sk_pdf_writer_new (map, layout->lang, subject, t.sheet_w, t.sheet_h);
  sk_tiling_draw_assembly (&t, layout, pdf->cr, pdf->painter, context);
  cairo_show_page (pdf->cr);
  for (guint r = 0; r < t.rows; r++)
    for (guint c = 0; c < t.columns; c++)
      {
        sk_tiling_draw_sheet (&t, layout, pdf->cr, pdf->painter, context, r, c);
        cairo_show_page (pdf->cr);
      }

  g_object_unref (context);

  post.lang = layout->lang;
  bytes = sk_pdf_writer_finish (pdf, &post, error);
  if (bytes == NULL)
    return FALSE;
  if (warnings != NULL)
    *warnings = g_ptr_array_ref (layout->warnings);
  return sk_atomic_file_replace (path, bytes, FALSE, error);
}
