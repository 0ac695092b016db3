/* sk-pdf-post.c — what cairo cannot write into a PDF, added afterwards
 * (the qpdf module: see src/core/sk-module.c)
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cairo 1.16 writes only a MediaBox and no document language. Printers need
 * the TrimBox (where the paper is cut) and the BleedBox (how far colour runs
 * past it), and screen readers need /Lang and figures /Alt. libqpdf reads
 * the PDF that cairo made and changes those objects; the changed objects are
 * then appended to cairo's bytes as an incremental update (ISO 32000-1,
 * 7.5.6), with a deterministic /ID. qpdf cannot write an update itself, and
 * having it write the whole file again took a quarter of a large poster's
 * export time for the thousand structure elements it had to copy.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <gmodule.h>
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

/* Notes that @object, or the indirect object it is part of (@holder),
 * has changed and must be written again. */
static void
changed (GHashTable *objects,
         qpdf_data   qpdf,
         qpdf_oh     object,
         qpdf_oh     holder)
{
  qpdf_oh indirect = qpdf_oh_get_object_id (qpdf, object) > 0 ? object : holder;

  g_hash_table_insert (objects, GINT_TO_POINTER (qpdf_oh_get_object_id (qpdf, indirect)),
                       GUINT_TO_POINTER (indirect));
}

/* cairo 1.16 names a resource in a page's resource dictionary again each
 * time the page uses it; qpdf keeps one of each, so the dictionaries are
 * written again. */
static void
clean_resources (qpdf_data   qpdf,
                 qpdf_oh     page,
                 GHashTable *objects)
{
  qpdf_oh resources = qpdf_oh_get_key (qpdf, page, "/Resources");

  if (!qpdf_oh_is_dictionary (qpdf, resources))
    return;
  changed (objects, qpdf, resources, page);
  qpdf_oh_begin_dict_key_iter (qpdf, resources);
  while (qpdf_oh_dict_more_keys (qpdf))
    {
      qpdf_oh kind = qpdf_oh_get_key (qpdf, resources, qpdf_oh_dict_next_key (qpdf));

      if (qpdf_oh_is_dictionary (qpdf, kind) && qpdf_oh_get_object_id (qpdf, kind) > 0)
        changed (objects, qpdf, kind, kind);
    }
}

/* cairo 1.16 tags figures but cannot give them /Alt: walk the structure
 * tree in document order and give each Figure its text. */
static void
set_figure_alts (qpdf_data   qpdf,
                 qpdf_oh     node,
                 qpdf_oh     holder,
                 GPtrArray  *alts,
                 guint      *next,
                 GHashTable *objects)
{
  if (*next >= alts->len)
    return;
  if (qpdf_oh_get_object_id (qpdf, node) > 0)
    holder = node;
  if (qpdf_oh_is_array (qpdf, node))
    {
      int n = qpdf_oh_get_array_n_items (qpdf, node);

      for (int i = 0; i < n; i++)
        set_figure_alts (qpdf, qpdf_oh_get_array_item (qpdf, node, i), holder, alts, next, objects);
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
          changed (objects, qpdf, node, holder);
          (*next)++;
        }
    }
  if (qpdf_oh_has_key (qpdf, node, "/K"))
    set_figure_alts (qpdf, qpdf_oh_get_key (qpdf, node, "/K"), holder, alts, next, objects);
}

/* Where cairo's cross-reference table starts, read from its last lines. */
static gboolean
find_startxref (const char *data,
                gsize       len,
                guint64    *offset)
{
  gsize tail = MIN (len, 64);
  g_autofree char *end = g_strndup (data + len - tail, tail);
  const char *keyword = g_strrstr (end, "startxref");
  char *after = NULL;

  if (keyword == NULL)
    return FALSE;
  *offset = g_ascii_strtoull (keyword + strlen ("startxref"), &after, 10);
  return after != keyword + strlen ("startxref") && *offset < len;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return GPOINTER_TO_INT (a) - GPOINTER_TO_INT (b);
}

/* @pdf with the changed @objects appended as an incremental update. */
static GBytes *
append_update (qpdf_data    qpdf,
               GBytes      *pdf,
               GHashTable  *objects,
               GError     **error)
{
  gsize len;
  const char *data = g_bytes_get_data (pdf, &len);
  g_autoptr(GList) ids = g_list_sort (g_hash_table_get_keys (objects), compare_ids);
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GChecksum) md5 = g_checksum_new (G_CHECKSUM_MD5);
  guint8 digest[16];
  gsize digest_len = sizeof digest;
  GString *out;
  guint64 previous;
  gsize xref;
  qpdf_oh trailer, id;

  if (!find_startxref (data, len, &previous))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("Finishing the PDF failed: cairo's PDF has no cross-reference table"));
      return NULL;
    }

  out = g_string_sized_new (len + 1024 * (g_hash_table_size (objects) + 1));
  g_string_append_len (out, data, len);
  if (out->str[out->len - 1] != '\n')
    g_string_append_c (out, '\n');
  for (GList *l = ids; l != NULL; l = l->next)
    {
      qpdf_oh object = GPOINTER_TO_UINT (g_hash_table_lookup (objects, l->data));

      g_array_append_val (offsets, out->len);
      g_string_append_printf (out, "%d %d obj\n%s\nendobj\n",
                              qpdf_oh_get_object_id (qpdf, object), qpdf_oh_get_generation (qpdf, object),
                              qpdf_oh_unparse_resolved (qpdf, object));
    }

  /* One subsection per object: each line is 20 bytes, "\r\n" included. */
  xref = out->len;
  g_string_append (out, "xref\n");
  for (guint i = 0; i < offsets->len; i++)
    {
      qpdf_oh object = GPOINTER_TO_UINT (g_hash_table_lookup (objects, g_list_nth_data (ids, i)));

      g_string_append_printf (out, "%d 1\n%010" G_GSIZE_FORMAT " %05d n\r\n",
                              qpdf_oh_get_object_id (qpdf, object), g_array_index (offsets, gsize, i),
                              qpdf_oh_get_generation (qpdf, object));
    }

  /* The same file always gets the same /ID: an MD5 of what cairo drew. */
  g_checksum_update (md5, (const guchar *) data, (gssize) len);
  g_checksum_get_digest (md5, digest, &digest_len);
  id = qpdf_oh_new_array (qpdf);
  qpdf_oh_append_item (qpdf, id, qpdf_oh_new_binary_string (qpdf, (const char *) digest, digest_len));
  qpdf_oh_append_item (qpdf, id, qpdf_oh_new_binary_string (qpdf, (const char *) digest, digest_len));
  trailer = qpdf_get_trailer (qpdf);
  qpdf_oh_replace_key (qpdf, trailer, "/ID", id);
  qpdf_oh_replace_key (qpdf, trailer, "/Prev", qpdf_oh_new_integer (qpdf, (long long) previous));
  g_string_append_printf (out, "trailer\n%s\nstartxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n",
                          qpdf_oh_unparse (qpdf, trailer), xref);
  return g_string_free_to_bytes (out);
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
 * sk_qpdf_post_process:
 * @pdf: a PDF written by cairo
 * @post: what to add
 *
 * Returns: (transfer full) (nullable): the PDF with the page boxes on every
 *   page and the language set, or %NULL with @error
 */
G_MODULE_EXPORT GBytes *
sk_qpdf_post_process (GBytes           *pdf,
                      const SkPdfPost  *post,
                      GError          **error)
{
  qpdf_data qpdf = qpdf_init ();
  g_autoptr(GHashTable) objects = g_hash_table_new (NULL, NULL);
  GBytes *result = NULL;
  gsize len;
  const char *data = g_bytes_get_data (pdf, &len);

  qpdf_silence_errors (qpdf);
  qpdf_set_suppress_warnings (qpdf, TRUE);
  if (qpdf_read_memory (qpdf, "export.pdf", data, len, NULL) & QPDF_ERRORS || failed (qpdf, error))
    goto out;

  for (int i = 0; i < qpdf_get_num_pages (qpdf); i++)
    {
      qpdf_oh page = qpdf_get_page_n (qpdf, (size_t) i);

      if (post->set_boxes)
        {
          qpdf_oh_replace_key (qpdf, page, "/TrimBox", box (qpdf, post->trim));
          qpdf_oh_replace_key (qpdf, page, "/BleedBox", box (qpdf, post->bleed));
          changed (objects, qpdf, page, page);
        }
      clean_resources (qpdf, page, objects);
    }
  if (post->lang != NULL)
    {
      qpdf_oh_replace_key (qpdf, qpdf_get_root (qpdf), "/Lang",
                           qpdf_oh_new_unicode_string (qpdf, post->lang));
      changed (objects, qpdf, qpdf_get_root (qpdf), qpdf_get_root (qpdf));
    }
  if (post->figure_alts != NULL && qpdf_oh_has_key (qpdf, qpdf_get_root (qpdf), "/StructTreeRoot"))
    {
      qpdf_oh tree = qpdf_oh_get_key (qpdf, qpdf_get_root (qpdf), "/StructTreeRoot");
      guint next = 0;

      set_figure_alts (qpdf, tree, tree, post->figure_alts, &next, objects);
    }
  if (failed (qpdf, error))
    goto out;

  result = append_update (qpdf, pdf, objects, error);
  if (failed (qpdf, error))
    g_clear_pointer (&result, g_bytes_unref);

out:
  qpdf_cleanup (&qpdf);
  return result;
}
