/* sk-pdf-writer.c — a tagged PDF with metadata, made in memory
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every PDF export starts here: the metadata (title, author, subject, the
 * creator with its version), one Document structure around all pages (or
 * cairo 1.16 writes broken links), a tagged cairo painter; and ends here:
 * status checked, then the page boxes and language added by sk-pdf-post.c.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include "sk-cairo-painter.h"
#include "sk-module.h"
#include "sk-pdf-writer.h"

/**
 * sk_pdf_writer_new:
 * @subject: what the document shows, for its metadata
 * @width: the first page's width in points
 *
 * Returns: (transfer full): a writer; draw with its painter or cairo
 *   context, then call sk_pdf_writer_finish()
 */
SkPdfWriter *
sk_pdf_writer_new (SkMap      *map,
                   const char *lang,
                   const char *subject,
                   double      width,
                   double      height)
{
  SkPdfWriter *self = g_new0 (SkPdfWriter, 1);
  g_autofree char *creator = g_strdup_printf ("Sammenkart %s", PACKAGE_VERSION);
  const char *region = sk_item_get_text (sk_map_get_properties (map), "region", lang);

  /* Needed by sk_pdf_writer_finish(), loaded while the PDF is drawn. */
  sk_module_load_soon (SK_MODULE_QPDF);
  self->bytes = g_byte_array_new ();
  self->surface = cairo_pdf_surface_create_for_stream (sk_cairo_append_to_byte_array, self->bytes, width, height);
  cairo_pdf_surface_set_metadata (self->surface, CAIRO_PDF_METADATA_TITLE, sk_map_get_title (map, lang));
  cairo_pdf_surface_set_metadata (self->surface, CAIRO_PDF_METADATA_AUTHOR, *region ? region : "Sammenkart");
  cairo_pdf_surface_set_metadata (self->surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (self->surface, CAIRO_PDF_METADATA_CREATOR, creator);
  self->cr = cairo_create (self->surface);
  self->painter = sk_cairo_painter_new (self->cr, TRUE);
  cairo_tag_begin (self->cr, "Document", NULL);
  return self;
}

/**
 * sk_pdf_writer_finish:
 * @post: the page boxes and language to add
 *
 * Ends the document (the last page must have been shown) and frees @self.
 *
 * Returns: (transfer full) (nullable): the PDF, or %NULL with @error
 */
GBytes *
sk_pdf_writer_finish (SkPdfWriter      *self,
                      const SkPdfPost  *post,
                      GError          **error)
{
  g_autoptr(GBytes) drawn = NULL;
  GBytes *(*post_process) (GBytes *, const SkPdfPost *, GError **);
  cairo_status_t status;

  cairo_tag_end (self->cr, "Document");
  status = cairo_status (self->cr);
  sk_painter_free (self->painter);
  cairo_destroy (self->cr);
  cairo_surface_finish (self->surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (self->surface);
  cairo_surface_destroy (self->surface);
  drawn = g_byte_array_free_to_bytes (self->bytes);
  g_free (self);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Drawing the PDF failed: %s"), cairo_status_to_string (status));
      return NULL;
    }
  post_process = sk_module_symbol (SK_MODULE_QPDF, "sk_qpdf_post_process", error);
  if (post_process == NULL)
    return NULL;
  return post_process (drawn, post, error);
}
