/* test-brochure.c — family brochures, one municipality and all of them
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gstdio.h>

#include "sk-commands.h"
#include "sk-export.h"
#include "sk-paper.h"
#include "sk-test-util.h"
#include "sk-undo-stack.h"

static SkExportOptions
a5 (const char *lang)
{
  SkExportOptions options = { SK_EXPORT_FORMAT_PDF, 0, 0, lang, 0, FALSE, FALSE };

  sk_paper_parse ("A5", FALSE, &options.width, &options.height, NULL);
  return options;
}

static void
push (SkUndoStack *stack, SkCommand *command)
{
  g_assert_nonnull (command);
  sk_undo_stack_push (stack, command);
  g_object_unref (command);
}

static void
test_one_municipality (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("sondre-trondelag");
  g_autoptr(SkUndoStack) stack = sk_undo_stack_new (map);
  g_autofree char *dir = sk_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "roros.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(JsonNode) no = json_node_init_boolean (json_node_alloc (), FALSE);
  g_autoptr(JsonNode) local_name = json_node_init_string (json_node_alloc (), "PPT for Fjellregionen");
  g_autoptr(JsonNode) local_phone = json_node_init_string (json_node_alloc (), "72 41 00 00");
  g_autoptr(JsonNode) script_web = json_node_init_string (json_node_alloc (), "http://example.invalid/x");
  g_autofree char *info = NULL, *check = NULL, *fonts = NULL, *text = NULL, *outline = NULL, *stext = NULL, *raw = NULL;
  g_autoptr(GRegex) uri = g_regex_new ("/URI \\(([^)]*)\\)", G_REGEX_RAW, 0, NULL);
  g_autoptr(GRegex) size = g_regex_new ("size=\"([0-9.]+)\"", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GHashTable) sizes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  SkExportOptions options = a5 (NULL);
  gsize raw_len;
  guint n_links = 0;
  double smallest = 100;

  /* Røros's own version of the map. */
  push (stack, sk_command_new_set_override (map, "roros", "hfu", "offered", no, &error));
  push (stack, sk_command_new_set_override (map, "roros", "ppt", "name.nb", local_name, &error));
  push (stack, sk_command_new_set_override (map, "roros", "ppt", "contact.phone", local_phone, &error));
  push (stack, sk_command_new_set_override (map, "roros", "fastlege", "contact.web", script_web, &error));
  g_assert_no_error (error);

  g_assert_true (sk_export_brochure (map, &options, "roros", path, &warnings, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);

  info = sk_test_run_tool ("pdfinfo", path, NULL);
  check = sk_test_run_tool ("qpdf", "--check", path, NULL);
  fonts = sk_test_run_tool ("pdffonts", path, NULL);
  text = sk_test_run_tool ("mutool", "draw", "-F", "txt", "-o", "-", path, NULL);
  outline = sk_test_run_tool ("mutool", "show", path, "outline", NULL);
  stext = sk_test_run_tool ("mutool", "draw", "-F", "stext", "-o", "-", path, NULL);

  g_assert_nonnull (strstr (info, "Page size:       419.528 x 595.276 pts"));
  g_assert_nonnull (strstr (info, "Tagged:          yes"));
  g_assert_nonnull (strstr (check, "No syntax or stream encoding errors found"));
  g_assert_null (strstr (fonts, " no "));

  /* Local: the municipality, its Sami name, the local name and number; the
   * service it does not offer is gone. */
  g_assert_nonnull (strstr (text, "Røros · Rossen tjïelte"));
  g_assert_nonnull (strstr (text, "PPT for Fjellregionen"));
  g_assert_nonnull (strstr (text, "72 41 00 00"));
  g_assert_null (strstr (text, "Helsestasjon for ungdom"));
  g_assert_nonnull (strstr (text, "Hvor begynner jeg?"));
  g_assert_nonnull (strstr (text, "Akutt hjelp"));
  g_assert_nonnull (strstr (text, "Dine rettigheter"));
  g_assert_nonnull (strstr (text, "BUP: Barne- og ungdomspsykiatrisk poliklinikk"));
  g_assert_nonnull (strstr (text, "Innholdet sist kontrollert: 23.11.2026"));

  /* A bookmark per section. */
  g_assert_nonnull (strstr (outline, "Hvor begynner jeg?"));
  g_assert_nonnull (strstr (outline, "1  Tilbud til alle"));
  g_assert_nonnull (strstr (outline, "Slik kan hjelpen henge sammen"));
  g_assert_nonnull (strstr (outline, "Ord og forkortelser"));

  /* Language, the figure's text, and links of three schemes only. */
  g_file_get_contents (path, &raw, &raw_len, NULL);
  g_assert_true (sk_test_contains (raw, raw_len, "/Lang (nb)"));
  g_assert_true (sk_test_contains (raw, raw_len, "/Alt"));
  g_regex_match_full (uri, raw, (gssize) raw_len, 0, 0, &match, NULL);
  while (g_match_info_matches (match))
    {
      g_autofree char *target = g_match_info_fetch (match, 1);

      g_assert_true (g_str_has_prefix (target, "tel:") || g_str_has_prefix (target, "mailto:")
                     || g_str_has_prefix (target, "https://"));
      n_links++;
      g_match_info_next (match, NULL);
    }
  g_assert_cmpuint (n_links, >=, 4);
  g_assert_true (sk_test_contains (raw, raw_len, "/URI (tel:72410000)"));
  g_assert_true (sk_test_contains (raw, raw_len, "/URI (tel:113)"));
  g_assert_false (sk_test_contains (raw, raw_len, "example.invalid"));  /* http: printed, not linked */
  g_assert_nonnull (strstr (text, "http://example.invalid/x"));

  /* Nothing under 9 pt; most text is body text of 11 pt. */
  g_clear_pointer (&match, g_match_info_free);
  g_regex_match (size, stext, 0, &match);
  while (g_match_info_matches (match))
    {
      char *value = g_match_info_fetch (match, 1);

      smallest = MIN (smallest, g_ascii_strtod (value, NULL));
      g_hash_table_replace (sizes, value, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (sizes, value)) + 1));
      g_match_info_next (match, NULL);
    }
  g_assert_cmpfloat (smallest, >=, 9 - 0.01);
  {
    GHashTableIter iter;
    gpointer key, value;
    const char *most = NULL;
    guint most_count = 0;

    g_hash_table_iter_init (&iter, sizes);
    while (g_hash_table_iter_next (&iter, &key, &value))
      if (GPOINTER_TO_UINT (value) > most_count)
        {
          most = key;
          most_count = GPOINTER_TO_UINT (value);
        }
    g_assert_cmpfloat (fabs (g_ascii_strtod (most, NULL) - 11), <, 0.01);
  }
  sk_test_remove_dir (dir);
}

static void
test_nynorsk (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("sondre-trondelag");
  g_autofree char *dir = sk_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "heim.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *raw = NULL;
  gsize raw_len;
  SkExportOptions options = a5 ("nn");

  g_assert_true (sk_export_brochure (map, &options, "heim", path, NULL, &error));
  g_assert_no_error (error);
  text = sk_test_run_tool ("mutool", "draw", "-F", "txt", "-o", "-", path, NULL);
  g_assert_nonnull (strstr (text, "Kvar byrjar eg?"));
  g_assert_nonnull (strstr (text, "Rettane dine"));
  g_assert_nonnull (strstr (text, "helseteneste"));
  g_file_get_contents (path, &raw, &raw_len, NULL);
  g_assert_true (sk_test_contains (raw, raw_len, "/Lang (nn)"));

  g_assert_false (sk_export_brochure (map, &options, "finnmark", path, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  sk_test_remove_dir (dir);
}

typedef struct {
  guint written;
  guint failed;
  guint warnings;
  guint last_done;
} Progress;

static void
on_progress (const SkBatchResult *result, guint done, guint total, gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_cmpuint (total, ==, 22);
  g_assert_cmpuint (done, ==, progress->last_done + 1);
  progress->last_done = done;
  if (result->error != NULL)
    progress->failed++;
  else
    {
      g_assert_true (g_file_test (result->path, G_FILE_TEST_IS_REGULAR));
      progress->written++;
    }
  progress->warnings += result->warnings != NULL ? result->warnings->len : 0;
}

static void
test_all_municipalities (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("sondre-trondelag");
  g_autofree char *dir = sk_test_make_temp_dir ();
  g_autofree char *blocker = g_build_filename (dir, "osen.pdf", NULL);
  g_autoptr(GError) error = NULL;
  Progress progress = { 0, };
  SkExportOptions options = a5 (NULL);
  int failed;

  /* One brochure cannot be written (a folder is in its way); the others
   * must still be. */
  g_assert_cmpint (g_mkdir (blocker, 0755), ==, 0);
  failed = sk_export_brochures (map, &options, dir, on_progress, &progress, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (failed, ==, 1);
  g_assert_cmpuint (progress.failed, ==, 1);
  g_assert_cmpuint (progress.written, ==, 21);
  /* No brochure of the template overflows. */
  g_assert_cmpuint (progress.warnings, ==, 0);
  g_rmdir (blocker);
  sk_test_remove_dir (dir);
}

typedef struct {
  GCancellable *cancellable;
  guint         last_done;
  guint         written;
  guint         skipped;
} CancelProgress;

static void
on_progress_cancel (const SkBatchResult *result, guint done, guint total, gpointer user_data)
{
  CancelProgress *progress = user_data;

  g_assert_cmpuint (done, ==, progress->last_done + 1);
  progress->last_done = done;
  if (g_error_matches (result->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* A brochure not started leaves nothing on disk. */
      g_assert_false (g_file_test (result->path, G_FILE_TEST_EXISTS));
      progress->skipped++;
    }
  else
    {
      g_assert_no_error (result->error);
      progress->written++;
    }
  /* The editor's Cancel button, pressed as the first brochure is done. */
  g_cancellable_cancel (progress->cancellable);
}

static void
test_all_municipalities_cancelled (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("sondre-trondelag");
  g_autofree char *dir = sk_test_make_temp_dir ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  CancelProgress progress = { cancellable, 0, 0, 0 };
  SkExportOptions options = a5 (NULL);
  guint n_threads = MIN (g_get_num_processors (), 22);
  int failed;

  failed = sk_export_brochures (map, &options, dir, on_progress_cancel, &progress, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (failed, ==, -1);
  /* Every brochure is reported, written or skipped; only those already
   * being made when Cancel came are finished. */
  g_assert_cmpuint (progress.last_done, ==, 22);
  g_assert_cmpuint (progress.written + progress.skipped, ==, 22);
  g_assert_cmpuint (progress.written, >=, 1);
  g_assert_cmpuint (progress.written, <=, n_threads + 1);
  sk_test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/brochure/one-municipality", test_one_municipality);
  g_test_add_func ("/brochure/nynorsk", test_nynorsk);
  g_test_add_func ("/brochure/all-municipalities", test_all_municipalities);
  g_test_add_func ("/brochure/all-municipalities-cancelled", test_all_municipalities_cancelled);

  return g_test_run ();
}
