/* test-print.c — printing the poster through GtkPrintOperation: fitted on one
 * sheet, tiled across sheets, and sent to a PDF printer
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built with src/app/sk-print.c itself. Needs a display (the print dialog's
 * machinery is GTK's); without one the test is skipped.
 */
#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <gtk/gtkunixprint.h>

#include "sk-paper.h"
#include "sk-print.h"
#include "sk-test-util.h"
#include "sk-tiling.h"

static char *folder;

static char *
run (const char *tool,
     const char *argument,
     const char *path)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char *[]) { (char *) tool, (char *) argument, (char *) path, NULL }, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error))
    g_error ("%s: %s", tool, error->message);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *info = run ("pdfinfo", path, NULL);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

static void
assert_a4 (const char *path)
{
  g_autofree char *info = run ("pdfinfo", path, NULL);

  if (strstr (info, "595.276 x 841.89 pts") == NULL && strstr (info, "595.28 x 841.89 pts") == NULL)
    g_error ("not A4 portrait:\n%s", info);
}

/* Text of the page, as a reader of the PDF gets it. */
static char *
pdf_text (const char *path)
{
  g_autofree char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char *[]) { "mutool", "draw", "-F", "txt", "-o", "-", (char *) path, NULL },
                               NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                               &status, NULL));
  return g_steal_pointer (&out);
}

static GtkPrintOperation *
operation_for (SkMap       *map,
               SkPrintMode  mode)
{
  GtkPrintOperation *operation = sk_print_operation_new (map, NULL, NULL);

  sk_print_operation_set_poster (operation, mode, "A1", 10);
  return operation;
}

static void
test_fit (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("generisk");
  g_autoptr(GtkPrintOperation) operation = operation_for (map, SK_PRINT_FIT);
  g_autofree char *path = g_build_filename (folder, "fit.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (path), ==, 1);
  assert_a4 (path);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Helsestasjon"));
  g_assert_nonnull (strstr (text, "Barnevernstjenesten"));
}

static void
test_tiles (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("generisk");
  g_autoptr(GtkPrintOperation) operation = operation_for (map, SK_PRINT_TILES);
  g_autofree char *path = g_build_filename (folder, "tiles.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  double a1_w, a1_h, a4_w, a4_h;
  SkTiling plan;

  /* The same plan as the tiled export, on the printer's A4. */
  g_assert_true (sk_paper_parse ("A1", FALSE, &a1_w, &a1_h, NULL));
  g_assert_true (sk_paper_parse ("A4", FALSE, &a4_w, &a4_h, NULL));
  plan = sk_tiling_plan (a1_w, a1_h, a4_w, a4_h, SK_MM_TO_PT (10));
  g_assert_cmpuint (plan.rows * plan.columns, >, 1);

  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (path), ==, 1 + plan.rows * plan.columns);
  assert_a4 (path);
  text = pdf_text (path);
  /* The assembly page, and sheets named by row and column. */
  g_assert_nonnull (strstr (text, "A1"));
  g_assert_nonnull (strstr (text, "B2"));
}

/* The print dialog, with GTK's file printer chosen ("Print to File"), and
 * OK pressed as soon as the printer is selected. */
static gboolean
press_print (gpointer data)
{
  g_autoptr(GListModel) toplevels = NULL;

  toplevels = g_object_ref (gtk_window_get_toplevels ());
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      GtkPrinter *printer;

      if (!GTK_IS_PRINT_UNIX_DIALOG (window))
        continue;
      printer = gtk_print_unix_dialog_get_selected_printer (GTK_PRINT_UNIX_DIALOG (window));
      if (printer == NULL || g_strcmp0 (gtk_printer_get_name (printer), "Print to File") != 0)
        return G_SOURCE_CONTINUE;
      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      gtk_dialog_response (GTK_DIALOG (window), GTK_RESPONSE_OK);
      G_GNUC_END_IGNORE_DEPRECATIONS
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
test_print_to_file_printer (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("generisk");
  g_autoptr(GtkPrintOperation) operation = operation_for (map, SK_PRINT_FIT);
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autofree char *path = g_build_filename (folder, "printer.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *text = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *ini = g_build_filename (folder, "sammenkart", "print.ini", NULL);
  g_autoptr(GError) error = NULL;

  gtk_print_settings_set_printer (settings, "Print to File");
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
  gtk_print_operation_set_print_settings (operation, settings);
  g_timeout_add (200, press_print, NULL);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, &error), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  /* The file printer writes as the job is sent. */
  for (int i = 0; i < 100 && !g_file_test (path, G_FILE_TEST_EXISTS); i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (50000);
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (pdf_pages (path), ==, 1);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Helsestasjon"));

  /* The choices are kept for the next print. */
  g_assert_true (g_file_get_contents (ini, &kept, NULL, NULL));
  g_assert_nonnull (strstr (kept, "printer=Print to File"));
  g_assert_nonnull (strstr (kept, "mode=fit"));
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  /* The remembered settings of a user's own prints stay out. */
  folder = sk_test_make_temp_dir ();
  g_setenv ("XDG_CONFIG_HOME", folder, TRUE);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      sk_test_remove_dir (folder);
      return 0;
    }
  adw_init ();
  g_test_add_func ("/print/fit", test_fit);
  g_test_add_func ("/print/tiles", test_tiles);
  g_test_add_func ("/print/to-file-printer", test_print_to_file_printer);
  status = g_test_run ();
  sk_test_remove_dir (folder);
  g_free (folder);
  return status;
}
