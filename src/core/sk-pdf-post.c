/* sk-pdf-post.c — what cairo cannot write into a PDF, added afterwards
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cairo 1.16 writes only a MediaBox and no document language. Printers need
 * the TrimBox (where the paper is cut) and the BleedBox (how far colour runs
 * past it), and screen readers need /Lang; libqpdf adds them to the PDF that
 * cairo made, and writes it back with a deterministic /ID.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <qpdf/qpdf-c.h>

#include "sk-pdf-post.h"

static qpdf_oh
box (qpdf_data     qpdf,
     const double *values)
{
  qpdf_oh array = qpdf_oh_new_array (qpdf);

  for (int i = 0; i < 4; i++)
    qpdf_oh_append_item (qpdf, array, qpdf_oh_new_real_from_double (qpdf, values[i], 4));
  return array;
}

/* cairo 1.16 tags figures but cannot give them /Alt: walk the structure
 * tree in document order and give each Figure its text. */
static void
set_figure_alts (qpdf_data  qpdf,
                 qpdf_oh    node,
                 GPtrArray *alts,
                 guint     *next)
{
  if (*next >= alts->len)
    return;
  if (qpdf_oh_is_array (qpdf, node))
    {
      int n = qpdf_oh_get_array_n_items (qpdf, node);

      for (int i = 0; i < n; i++)
        set_figure_alts (qpdf, qpdf_oh_get_array_item (qpdf, node, i), alts, next);
      return;
    }
  if (!qpdf_oh_is_dictionary (qpdf, node))
    return;
  if (qpdf_oh_has_key (qpdf, node, "/S"))
    {
      qpdf_oh type = qpdf_oh_get_key (qpdf, node, "/S");

      if (qpdf_oh_is_name (qpdf, type) && g_strcmp0 (qpdf_oh_get_name (qpdf, type), "/Figure") == 0)
        {
          qpdf_oh_replace_key (qpdf, node, "/Alt",
                               qpdf_oh_new_unicode_string (qpdf, g_ptr_array_index (alts, *next)));
          (*next)++;
        }
    }
  if (qpdf_oh_has_key (qpdf, node, "/K"))
    set_figure_alts (qpdf, qpdf_oh_get_key (qpdf, node, "/K"), alts, next);
}

static gboolean
failed (qpdf_data   qpdf,
        GError    **error)
{
  if (!qpdf_has_error (qpdf))
    return FALSE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("Finishing the PDF failed: %s"), qpdf_get_error_full_text (qpdf, qpdf_get_error (qpdf)));
  return TRUE;
}

/**
 * sk_pdf_post_process:
 * @pdf: a PDF written by cairo
 * @post: what to add
 *
 * Returns: (transfer full) (nullable): the PDF with the page boxes on every
 *   page and the language set, or %NULL with @error
 */
GBytes *
sk_pdf_post_process (GBytes           *pdf,
                     const SkPdfPost  *post,
                     GError          **error)
{
  qpdf_data qpdf = qpdf_init ();
  GBytes *result = NULL;
  gsize len;
  const char *data = g_bytes_get_data (pdf, &len);

  qpdf_silence_errors (qpdf);
  qpdf_set_suppress_warnings (qpdf, TRUE);
  if (qpdf_read_memory (qpdf, "export.pdf", data, len, NULL) & QPDF_ERRORS || failed (qpdf, error))
    goto out;

  if (post->set_boxes)
    for (int i = 0; i < qpdf_get_num_pages (qpdf); i++)
      {
        qpdf_oh page = qpdf_get_page_n (qpdf, (size_t) i);

        qpdf_oh_replace_key (qpdf, page, "/TrimBox", box (qpdf, post->trim));
        qpdf_oh_replace_key (qpdf, page, "/BleedBox", box (qpdf, post->bleed));
      }
  if (post->lang != NULL)
    qpdf_oh_replace_key (qpdf, qpdf_get_root (qpdf), "/Lang",
                         qpdf_oh_new_unicode_string (qpdf, post->lang));
  if (post->figure_alts != NULL && qpdf_oh_has_key (qpdf, qpdf_get_root (qpdf), "/StructTreeRoot"))
    {
      guint next = 0;
      set_figure_alts (qpdf, qpdf_oh_get_key (qpdf, qpdf_get_root (qpdf), "/StructTreeRoot"),
                       post->figure_alts, &next);
    }
  if (failed (qpdf, error))
    goto out;

  qpdf_init_write_memory (qpdf);
  qpdf_set_deterministic_ID (qpdf, TRUE);
  /* cairo's streams are compressed already: copy them as they are. */
  qpdf_set_decode_level (qpdf, qpdf_dl_none);
  if (qpdf_write (qpdf) & QPDF_ERRORS || failed (qpdf, error))
    goto out;
  result = g_bytes_new (qpdf_get_buffer (qpdf), qpdf_get_buffer_length (qpdf));

out:
  qpdf_cleanup (&qpdf);
  return result;
}
