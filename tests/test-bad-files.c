/* test-bad-files.c — malformed and hostile maps are refused, clearly
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every tests/data/bad/NAME.sammenkart must be refused with a message that
 * starts with the file name and contains each line of NAME.expected, and
 * loading must write nothing to disk.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sk-error.h"
#include "sk-test-util.h"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static char *
list_folder (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      GStatBuf st;

      g_assert_cmpint (g_stat (child, &st), ==, 0);
      g_ptr_array_add (names, g_strdup_printf ("%s %ld %ld", name, (long) st.st_size,
                                               (long) st.st_mtime));
    }
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("\n", (char **) names->pdata);
}

static void
test_bad_file (gconstpointer data)
{
  const char *path = data;
  g_autofree char *stem = NULL;
  g_autofree char *expected_path = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *before = list_folder (dir);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) read_error = NULL;
  g_autoptr(SkMap) map = NULL;
  g_auto(GStrv) lines = NULL;

  stem = g_strndup (path, strlen (path) - strlen (".sammenkart"));
  expected_path = g_strconcat (stem, ".expected", NULL);
  g_file_get_contents (expected_path, &expected, NULL, &read_error);
  g_assert_no_error (read_error);

  map = sk_map_load_from_file (path, &error);
  g_assert_null (map);
  g_assert_nonnull (error);
  g_assert_true (error->domain == SK_FORMAT_ERROR);
  g_test_message ("%s", error->message);

  g_assert_true (g_str_has_prefix (error->message, path));
  lines = g_strsplit (expected, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] == '\0')
        continue;
      if (strstr (error->message, lines[i]) == NULL)
        g_error ("expected «%s» in the message:\n%s", lines[i], error->message);
    }

  after = list_folder (dir);
  g_assert_cmpstr (before, ==, after);
}

/* Made at run time: a file over the size limit, which would be a poor thing
 * to keep in git. */
static void
test_huge_file (void)
{
  g_autofree char *dir = sk_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "huge.sammenkart", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkMap) map = NULL;
  FILE *f = fopen (path, "w");

  g_assert_nonnull (f);
  /* A sparse file: the loader must refuse it before reading it all. */
  g_assert_cmpint (fseek (f, 65 * 1024 * 1024, SEEK_SET), ==, 0);
  fputc ('}', f);
  fclose (f);

  map = sk_map_load_from_file (path, &error);
  g_assert_null (map);
  g_assert_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "the file is larger than 64 MB, the most a map can be"));
  sk_test_remove_dir (dir);
}

static void
test_deep_nesting (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"sammenkart\", \"version\": 1, \"x\": ");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkMap) map = NULL;

  /* A million brackets would overflow a recursive parser's stack. */
  for (guint i = 0; i < 1000000; i++)
    g_string_append_c (json, '[');
  bytes = g_bytes_new (json->str, json->len);
  map = sk_map_load_from_bytes (bytes, "deep.sammenkart", &error);
  g_assert_null (map);
  g_assert_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "deep.sammenkart: line 1, column 108: arrays and objects are nested more than 64 deep");
}

int
main (int argc, char *argv[])
{
  g_autofree char *bad = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_test_init (&argc, &argv, NULL);

  bad = sk_test_data_path ("bad");
  dir = g_dir_open (bad, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".sammenkart"))
      g_ptr_array_add (paths, g_build_filename (bad, name, NULL));
  g_ptr_array_sort (paths, compare_names);

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *test_path = g_strdup_printf ("/bad-files/%s", base);

      g_test_add_data_func (test_path, path, test_bad_file);
    }
  g_test_add_func ("/bad-files/huge", test_huge_file);
  g_test_add_func ("/bad-files/deep-nesting", test_deep_nesting);

  return g_test_run ();
}
