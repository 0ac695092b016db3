/* test-document.c — a map being edited: modified flag, save, save async
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sk-commands.h"
#include "sk-document.h"
#include "sk-test-util.h"

static void
rename_ppt (SkDocument *document, const char *name)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sk_document_apply (document,
                                    sk_command_new_set_text (sk_document_get_map (document), SK_KIND_SERVICE,
                                                             "ppt", "name", "nb", name, &error)));
  g_assert_no_error (error);
}

static void
test_from_template (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkDocument) document = sk_document_new_from_template ("sondre-trondelag", &error);
  g_autoptr(SkDocument) missing = NULL;

  g_assert_no_error (error);
  g_assert_null (sk_document_get_path (document));
  g_assert_false (sk_document_get_modified (document));

  missing = sk_document_new_from_template ("finnmark", &error);
  g_assert_null (missing);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "There is no template called «finnmark». The templates are: generisk, sondre-trondelag");
}

static void
count (guint *counter)
{
  (*counter)++;
}

static void
test_save_sync (void)
{
  g_autofree char *dir = sk_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "kart.sammenkart", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkDocument) document = sk_document_new_from_template ("generisk", &error);
  g_autoptr(SkDocument) loaded = NULL;
  guint notified = 0;

  g_signal_connect_swapped (document, "notify::modified", G_CALLBACK (count), &notified);
  rename_ppt (document, "PP-tjenesten");
  g_assert_true (sk_document_get_modified (document));
  g_assert_cmpuint (notified, ==, 1);
  /* A command that changes nothing is no step. */
  g_assert_false (sk_document_apply (document, NULL));

  g_assert_true (sk_document_save (document, path, &error));
  g_assert_no_error (error);
  g_assert_false (sk_document_get_modified (document));
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpstr (sk_document_get_path (document), ==, path);

  loaded = sk_document_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sk_document_get_path (loaded), ==, path);
  {
    g_autofree char *a = sk_test_serialize (sk_document_get_map (document));
    g_autofree char *b = sk_test_serialize (sk_document_get_map (loaded));
    g_assert_cmpstr (a, ==, b);
  }
  sk_test_remove_dir (dir);
}

static void
on_saved (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GError **error = user_data;

  sk_document_save_finish (SK_DOCUMENT (source), result, error);
  g_assert_true (*error == NULL || (*error)->domain == G_FILE_ERROR);
}

static void
test_save_async (void)
{
  g_autofree char *dir = sk_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "kart.sammenkart", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) save_error = NULL;
  g_autoptr(SkDocument) document = sk_document_new_from_template ("generisk", &error);
  g_autoptr(SkMap) on_disk = NULL;
  GMainContext *context = g_main_context_default ();

  rename_ppt (document, "Lagret");
  sk_document_save_async (document, path, NULL, on_saved, &save_error);
  /* An edit while the file is written: what is on disk is the map as it
   * was when saving began, and the document stays modified. */
  rename_ppt (document, "Endret etterpå");
  while (sk_document_get_path (document) == NULL && save_error == NULL)
    g_main_context_iteration (context, TRUE);

  g_assert_no_error (save_error);
  g_assert_true (sk_document_get_modified (document));
  on_disk = sk_map_load_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sk_item_get_text (sk_map_lookup (on_disk, SK_KIND_SERVICE, "ppt"), "name", "nb"), ==, "Lagret");

  /* Saving again with no edit in between clears the mark. */
  sk_document_save_async (document, NULL, NULL, on_saved, &save_error);
  while (sk_document_get_modified (document) && save_error == NULL)
    g_main_context_iteration (context, TRUE);
  g_assert_no_error (save_error);
  sk_test_remove_dir (dir);
}

static void
test_save_async_fails (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) save_error = NULL;
  g_autoptr(SkDocument) document = sk_document_new_from_template ("generisk", &error);

  rename_ppt (document, "Lagret");
  sk_document_save_async (document, "/nonexistent-folder/kart.sammenkart", NULL, on_saved, &save_error);
  while (save_error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (save_error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_true (g_str_has_prefix (save_error->message, "Could not save “kart.sammenkart” in /nonexistent-folder: "));
  g_assert_true (sk_document_get_modified (document));
  g_assert_null (sk_document_get_path (document));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/from-template", test_from_template);
  g_test_add_func ("/document/save-sync", test_save_sync);
  g_test_add_func ("/document/save-async", test_save_async);
  g_test_add_func ("/document/save-async-fails", test_save_async_fails);

  return g_test_run ();
}
