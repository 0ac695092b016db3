/* sk-test-util.c — what the core tests share
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "sk-templates.h"
#include "sk-test-util.h"

SkMap *
sk_test_load_template (const char *name)
{
  g_autoptr(GError) error = NULL;
  SkMap *map = sk_templates_load (name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (map);
  return map;
}

char *
sk_test_data_path (const char *relative_path)
{
  const char *dir = g_getenv ("SK_TEST_DATA");

  g_assert_nonnull (dir);
  return g_build_filename (dir, relative_path, NULL);
}

SkMap *
sk_test_load_data (const char *relative_path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = sk_test_data_path (relative_path);
  SkMap *map = sk_map_load_from_file (path, &error);

  g_assert_no_error (error);
  return map;
}

char *
sk_test_serialize (SkMap *map)
{
  g_autoptr(GBytes) bytes = sk_map_serialize (map);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* Like g_assert_cmpstr, but on failure shows the first differing line
 * instead of two whole files. */
void
sk_test_assert_same_text (const char *expected,
                          const char *actual)
{
  g_auto(GStrv) a = NULL;
  g_auto(GStrv) b = NULL;

  if (g_strcmp0 (expected, actual) == 0)
    return;

  a = g_strsplit (expected, "\n", -1);
  b = g_strsplit (actual, "\n", -1);
  for (guint i = 0; a[i] || b[i]; i++)
    if (a[i] == NULL || b[i] == NULL || g_strcmp0 (a[i], b[i]) != 0)
      {
        g_test_message ("line %u differs:\n  expected: %s\n  actual:   %s",
                        i + 1, a[i] ? a[i] : "(end)", b[i] ? b[i] : "(end)");
        break;
      }
  g_assert_cmpstr (expected, ==, actual);
}

char *
sk_test_make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("sammenkart-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
sk_test_remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        sk_test_remove_dir (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* Runs a tool (NULL-terminated arguments) and returns its standard output,
 * failing the test if it cannot run or fails. */
char *
sk_test_run_tool (const char *first,
                  ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;
  va_list args;

  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  if (error != NULL)
    g_error ("%s is needed for this test (see .ci/packages): %s", first, error->message);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s%s", first, out, err);
  return out;
}

/* Whether @needle is in the binary @data (which may hold NUL bytes). */
gboolean
sk_test_contains (const char *data,
                  gsize       len,
                  const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= len; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}
