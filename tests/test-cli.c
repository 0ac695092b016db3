/* test-cli.c — the sammenkart command line, run as a person would
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sk-test-util.h"

typedef struct {
  char *out;
  char *err;
  int   status;
} Result;

static void
result_clear (Result *r)
{
  g_free (r->out);
  g_free (r->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

/* Runs sammenkart with the arguments (NULL-terminated). */
static Result
run (const char *first, ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  Result r = { NULL, NULL, -1 };
  int wait_status;
  va_list args;

  g_ptr_array_add (argv, (char *) g_getenv ("SK_SAMMENKART"));
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &r.out, &r.err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  r.status = WEXITSTATUS (wait_status);
  return r;
}

static void
test_help_and_version (void)
{
  g_auto(Result) help = run ("--help", NULL);
  g_auto(Result) version = run ("--version", NULL);
  g_auto(Result) verb_help = run ("new", "--help", NULL);

  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "sammenkart validate FILE…"));
  g_assert_nonnull (strstr (help.out, "sammenkart check FILE"));
  g_assert_cmpint (version.status, ==, 0);
  g_assert_true (g_str_has_prefix (version.out, "sammenkart 0."));
  g_assert_cmpint (verb_help.status, ==, 0);
  g_assert_nonnull (strstr (verb_help.out, "--template=NAME"));
}

static void
test_usage_errors (void)
{
  g_auto(Result) option = run ("--frobnicate", NULL);
  g_auto(Result) verb = run ("frobnicate", NULL);
  g_auto(Result) verb_option = run ("validate", "--frobnicate", "x", NULL);
  g_auto(Result) no_file = run ("validate", NULL);
  g_auto(Result) missing = run ("info", "/nonexistent/kart.sammenkart", NULL);

  g_assert_cmpint (option.status, ==, 2);
  g_assert_nonnull (strstr (option.err, "unknown option --frobnicate"));
  g_assert_cmpint (verb.status, ==, 2);
  g_assert_nonnull (strstr (verb.err, "unknown command «frobnicate»"));
  g_assert_cmpint (verb_option.status, ==, 2);
  g_assert_nonnull (strstr (verb_option.err, "Unknown option --frobnicate"));
  g_assert_cmpint (no_file.status, ==, 2);
  g_assert_cmpint (missing.status, ==, 2);
  g_assert_cmpstr (missing.err, ==, "/nonexistent/kart.sammenkart: could not be read: No such file or directory\n");
}

static void
test_validate (void)
{
  g_autofree char *good = g_strdup_printf ("%s/generisk.sammenkart", g_getenv ("SK_TEMPLATES_DIR"));
  g_autofree char *bad = sk_test_data_path ("bad/02-truncated-in-string.sammenkart");
  g_autofree char *bad2 = sk_test_data_path ("bad/67-several-errors.sammenkart");
  g_auto(Result) ok = run ("validate", good, NULL);
  g_auto(Result) invalid = run ("validate", good, bad, bad2, NULL);
  g_auto(Result) mixed = run ("validate", bad, "/nonexistent", NULL);
  g_auto(GStrv) pieces = NULL;

  g_assert_cmpint (ok.status, ==, 0);
  g_assert_nonnull (strstr (ok.out, "generisk.sammenkart: valid"));
  g_assert_cmpint (invalid.status, ==, 1);
  /* Every file is checked, every problem listed. */
  g_assert_nonnull (strstr (invalid.out, "generisk.sammenkart: valid"));
  g_assert_nonnull (strstr (invalid.err, "02-truncated-in-string.sammenkart:"));
  pieces = g_strsplit (invalid.err, "67-several-errors.sammenkart:", -1);
  g_assert_cmpuint (g_strv_length (pieces) - 1, >=, 3);
  g_assert_cmpint (mixed.status, ==, 2);
}

static void
test_check (void)
{
  g_autofree char *generic = g_strdup_printf ("%s/generisk.sammenkart", g_getenv ("SK_TEMPLATES_DIR"));
  g_autofree char *bad = sk_test_data_path ("bad/02-truncated-in-string.sammenkart");
  g_autofree char *dir = sk_test_make_temp_dir ();
  g_autofree char *empty_path = g_build_filename (dir, "tom.sammenkart", NULL);
  g_autoptr(SkMap) empty = sk_map_new ("Tomt kart", "nb");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;

  /* A map with nothing in it has nothing missing either. */
  g_assert_true (sk_map_save_to_file (empty, empty_path, &error));
  g_assert_no_error (error);
  {
    g_auto(Result) gaps = run ("check", generic, NULL);
    g_auto(Result) none = run ("check", empty_path, NULL);
    g_auto(Result) invalid = run ("check", bad, NULL);
    g_auto(Result) missing = run ("check", "/nonexistent/kart.sammenkart", NULL);
    g_auto(Result) two = run ("check", generic, empty_path, NULL);
    g_auto(Result) help = run ("check", "--help", NULL);

    /* One line per gap: where, what, why; then how many. */
    g_assert_cmpint (gaps.status, ==, 1);
    g_assert_cmpstr (gaps.err, ==, "");
    g_assert_nonnull (strstr (gaps.out, "\nservices[18]: «PPT» has no phone, e-mail or web address"
                                        " — A family that finds the service on the map has no way to reach it.\n"));
    g_assert_nonnull (strstr (gaps.out, "\npathways[2].steps[3]: «Bekymring for barn 0–3 år»: step 4"));
    g_assert_true (g_str_has_suffix (gaps.out, "generisk.sammenkart: 36 gaps to look at\n"));
    lines = g_strsplit (gaps.out, "\n", -1);
    g_assert_cmpuint (g_strv_length (lines), ==, 36 + 1 + 1);

    g_assert_cmpint (none.status, ==, 0);
    g_assert_true (g_str_has_suffix (none.out, "tom.sammenkart: no gaps found\n"));
    g_assert_cmpint (invalid.status, ==, 1);
    g_assert_nonnull (strstr (invalid.err, "02-truncated-in-string.sammenkart:"));
    g_assert_cmpint (missing.status, ==, 2);
    g_assert_cmpint (two.status, ==, 2);
    g_assert_cmpint (help.status, ==, 0);
    g_assert_nonnull (strstr (help.out, "Exit status: 0 no gaps, 1 gaps found"));
  }
  sk_test_remove_dir (dir);
}

static void
test_info (void)
{
  g_autofree char *regional = g_strdup_printf ("%s/sondre-trondelag.sammenkart", g_getenv ("SK_TEMPLATES_DIR"));
  g_auto(Result) info = run ("info", regional, NULL);
  g_auto(Result) nn = run ("info", "--lang", "nn", regional, NULL);

  g_assert_cmpint (info.status, ==, 0);
  g_assert_true (g_str_has_prefix (info.out, "Barn og unges helsetjeneste i søndre Trøndelag\n"));
  g_assert_nonnull (strstr (info.out, "  1   Tilbud til alle"));
  g_assert_nonnull (strstr (info.out, "7 pathways:"));
  g_assert_nonnull (strstr (info.out, "  1   Angstplager                                              10 steps\n"));
  g_assert_nonnull (strstr (info.out, "22 municipalities in 5 groups:"));
  g_assert_nonnull (strstr (info.out, "Røros (Rossen tjïelte)"));
  g_assert_cmpint (nn.status, ==, 0);
  g_assert_nonnull (strstr (nn.out, "helseteneste"));
  g_assert_nonnull (strstr (nn.out, "Tilbod til alle"));
}

static void
test_new (void)
{
  g_autofree char *dir = sk_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "røros.sammenkart", NULL);
  g_autofree char *template_path = g_strdup_printf ("%s/sondre-trondelag.sammenkart", g_getenv ("SK_TEMPLATES_DIR"));
  g_autofree char *written = NULL;
  g_autofree char *template = NULL;
  g_auto(Result) created = run ("new", "--template", "sondre-trondelag", "-o", path, NULL);
  g_auto(Result) exists = run ("new", "-t", "generisk", "-o", path, NULL);
  g_auto(Result) forced = run ("new", "-t", "sondre-trondelag", "-o", path, "--force", NULL);
  g_auto(Result) unknown = run ("new", "-t", "finnmark", "-o", path, NULL);
  g_auto(Result) no_output = run ("new", "-t", "generisk", NULL);
  g_auto(Result) valid = run ("validate", path, NULL);

  g_assert_cmpint (created.status, ==, 0);
  g_assert_cmpint (exists.status, ==, 1);
  g_assert_nonnull (strstr (exists.err, "the file exists; use --force to replace it"));
  g_assert_cmpint (forced.status, ==, 0);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "There is no template called «finnmark». The templates are: generisk, sondre-trondelag"));
  g_assert_cmpint (no_output.status, ==, 2);
  g_assert_cmpint (valid.status, ==, 0);

  g_file_get_contents (path, &written, NULL, NULL);
  g_file_get_contents (template_path, &template, NULL, NULL);
  g_assert_cmpstr (written, ==, template);
  sk_test_remove_dir (dir);
}

static void
test_templates (void)
{
  g_auto(Result) list = run ("templates", NULL);

  g_assert_cmpint (list.status, ==, 0);
  g_assert_cmpstr (list.out, ==,
                   "generisk             Barn og unges helsetjeneste\n"
                   "sondre-trondelag     Barn og unges helsetjeneste i søndre Trøndelag\n");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/help-and-version", test_help_and_version);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/validate", test_validate);
  g_test_add_func ("/cli/check", test_check);
  g_test_add_func ("/cli/info", test_info);
  g_test_add_func ("/cli/new", test_new);
  g_test_add_func ("/cli/templates", test_templates);

  return g_test_run ();
}
