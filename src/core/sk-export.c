/* sk-export.c — posters as PDF, SVG and PNG files
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line and the editor export through these functions with the
 * same options, so the same map and options give the same file. The file is
 * made in memory and written atomically: a failed export leaves what was
 * there before.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-atomic-file.h"
#include "sk-cairo-painter.h"
#include "sk-export.h"
#include "sk-layout.h"
#include "sk-memory.h"
#include "sk-paper.h"
#include "sk-pdf-writer.h"
#include "sk-render.h"
#include "sk-sector-icons.h"
#include "sk-svg-painter.h"
#include "sk-typeset.h"

static void
warm_up (gpointer unused)
{
  sk_typeset_prepare ();
  sk_sector_icons_prepare ();
}

/**
 * sk_export_warm_up:
 *
 * Makes ready what every export needs, the export font and the
 * interpreter that draws the sectors' icons, on a thread of the export
 * text pool, while the caller does something else, such as reading the
 * map. That thread, its fonts open, then lays out cards' text beside the
 * caller (sk-layout-text.c). The PDF module is loaded later, while the PDF
 * is drawn (sk_pdf_writer_new), so as not to take the second core from
 * the layout.
 */
void
sk_export_warm_up (void)
{
  static SkTypesetJob job = { warm_up, NULL };
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      sk_typeset_job_push (&job);
      g_once_init_leave (&once, 1);
    }
}

gboolean
sk_export_format_parse (const char     *name,
                        SkExportFormat *format)
{
  if (g_ascii_strcasecmp (name, "pdf") == 0)
    *format = SK_EXPORT_FORMAT_PDF;
  else if (g_ascii_strcasecmp (name, "svg") == 0)
    *format = SK_EXPORT_FORMAT_SVG;
  else if (g_ascii_strcasecmp (name, "png") == 0)
    *format = SK_EXPORT_FORMAT_PNG;
  else
    return FALSE;
  return TRUE;
}

static gboolean
check_cairo (cairo_status_t   status,
             GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("Drawing the poster failed: %s"), cairo_status_to_string (status));
  return FALSE;
}

/* Crop marks at the corners of the trimmed page, starting where the bleed
 * ends so they are never printed on the poster. */
static void
draw_crop_marks (cairo_t *cr,
                 double   offset,
                 double   width,
                 double   height)
{
  double gap = SK_MM_TO_PT (SK_EXPORT_BLEED_MM);
  double length = SK_MM_TO_PT (SK_EXPORT_MARKS_MM);
  double xs[2] = { offset, offset + width };
  double ys[2] = { offset, offset + height };

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.25);
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 2; j++)
      {
        double sx = i == 0 ? -1 : 1, sy = j == 0 ? -1 : 1;

        cairo_move_to (cr, xs[i] + sx * gap, ys[j]);
        cairo_rel_line_to (cr, sx * length, 0);
        cairo_move_to (cr, xs[i], ys[j] + sy * gap);
        cairo_rel_line_to (cr, 0, sy * length);
      }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static GBytes *
poster_pdf (SkMap                  *map,
            SkLayout               *layout,
            const SkExportOptions  *options,
            GError                **error)
{
  g_autofree char *subject = sk_render_describe_poster (layout);
  double bleed = options->bleed ? SK_MM_TO_PT (SK_EXPORT_BLEED_MM) : 0;
  double offset = options->marks ? SK_MM_TO_PT (SK_EXPORT_BLEED_MM + SK_EXPORT_MARKS_MM) : bleed;
  SkPdfPost post = {
    TRUE,
    { offset, offset, offset + layout->width, offset + layout->height },
    { offset - bleed, offset - bleed, offset + layout->width + bleed, offset + layout->height + bleed },
    layout->lang,
  };
  SkPdfWriter *pdf = sk_pdf_writer_new (map, layout->lang, subject,
                                        layout->width + 2 * offset, layout->height + 2 * offset);

  if (options->marks)
    draw_crop_marks (pdf->cr, offset, layout->width, layout->height);
  cairo_translate (pdf->cr, offset, offset);
  sk_render_poster (layout, pdf->painter);
  cairo_show_page (pdf->cr);
  return sk_pdf_writer_finish (pdf, &post, error);
}

static GBytes *
poster_png (SkLayout  *layout,
            double     dpi,
            GError   **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  double scale = dpi / 72.0;
  int width = (int) (layout->width * scale + 0.5);
  int height = (int) (layout->height * scale + 0.5);
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autoptr(SkPainter) painter = NULL;
  cairo_status_t status;

  if (dpi < 10 || dpi > 1200 || (double) width * height > SK_EXPORT_MAX_PIXELS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("A PNG of %d × %d pixels (%g dpi) is too large; choose a lower dpi"),
                   width, height, dpi);
      return NULL;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  painter = sk_cairo_painter_new (cr, FALSE);
  sk_render_poster (layout, painter);
  status = cairo_status (cr);
  cairo_destroy (cr);
  g_clear_pointer (&painter, sk_painter_free);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, sk_cairo_append_to_byte_array, bytes);
  cairo_surface_destroy (surface);

  if (!check_cairo (status, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

static GBytes *
poster_svg (SkMap    *map,
            SkLayout *layout)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_autofree char *description = sk_render_describe_poster (layout);
  g_autoptr(SkPainter) painter = sk_svg_painter_new (out);

  g_string_append (out, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"");
  sk_svg_append_number (out, layout->width * 25.4 / 72);
  g_string_append (out, "mm\" height=\"");
  sk_svg_append_number (out, layout->height * 25.4 / 72);
  g_string_append (out, "mm\" viewBox=\"0 0 ");
  sk_svg_append_number (out, layout->width);
  g_string_append_c (out, ' ');
  sk_svg_append_number (out, layout->height);
  g_string_append_printf (out, "\" lang=\"%s\" xml:lang=\"%s\">\n  <title>", layout->lang, layout->lang);
  sk_svg_append_escaped (out, sk_map_get_title (map, layout->lang));
  g_string_append (out, "</title>\n  <desc>");
  sk_svg_append_escaped (out, description);
  g_string_append (out, "</desc>\n  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");

  sk_render_poster (layout, painter);
  g_string_append (out, "</svg>\n");
  return g_string_free_to_bytes (out);
}

/**
 * sk_export_poster:
 * @options: format, page size in points, language, dpi
 * @path: the file to write
 * @warnings: (out) (optional) (transfer full): what did not fit or is hard
 *   to read, for people
 *
 * Returns: whether the poster was written; on failure nothing changed on
 *   disk and @error says why
 */
gboolean
sk_export_poster (SkMap                  *map,
                  const SkExportOptions  *options,
                  const char             *path,
                  GPtrArray             **warnings,
                  GError                **error)
{
  SkLayoutOptions layout_options = { options->width, options->height, options->lang };
  SkLayout *layout;
  g_autoptr(GBytes) bytes = NULL;
  gboolean written;

  g_return_val_if_fail (SK_IS_MAP (map), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  layout = sk_layout_new_poster (map, &layout_options);
  switch (options->format)
    {
    case SK_EXPORT_FORMAT_PDF:
      bytes = poster_pdf (map, layout, options, error);
      break;
    case SK_EXPORT_FORMAT_PNG:
      bytes = poster_png (layout, options->dpi > 0 ? options->dpi : SK_EXPORT_DEFAULT_DPI, error);
      break;
    case SK_EXPORT_FORMAT_SVG:
    default:
      bytes = poster_svg (map, layout);
      break;
    }
  if (bytes != NULL && warnings != NULL)
    *warnings = g_ptr_array_ref (layout->warnings);
  written = bytes != NULL && sk_atomic_file_replace (path, bytes, FALSE, error);
  sk_memory_release (layout, (GDestroyNotify) sk_layout_free);
  return written;
}
