/* test-save.c — saving is atomic, keeps a backup, and fails cleanly
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "sk-atomic-file.h"
#include "sk-commands.h"
#include "sk-test-util.h"
#include "sk-undo-stack.h"

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static guint
count_files (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
rename_ppt (SkMap *map, const char *name)
{
  g_autoptr(SkUndoStack) stack = sk_undo_stack_new (map);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkCommand) command = sk_command_new_set_text (map, SK_KIND_SERVICE, "ppt", "name", "nb", name, &error);

  g_assert_no_error (error);
  sk_undo_stack_push (stack, command);
}

static void
test_save_and_backup (void)
{
  g_autofree char *dir = sk_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "kart.sammenkart", NULL);
  g_autofree char *backup = sk_atomic_file_backup_path (path);
  g_autoptr(SkMap) map = sk_test_load_template ("generisk");
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *kept = NULL;
  GStatBuf st;

  g_assert_true (sk_map_save_to_file (map, path, &error));
  g_assert_no_error (error);
  first = read_file (path);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (dir), ==, 1);

  /* A saved file keeps its permissions. */
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);

  rename_ppt (map, "PP-tjenesten");
  g_assert_true (sk_map_save_to_file (map, path, &error));
  g_assert_no_error (error);
  second = read_file (path);
  kept = read_file (backup);
  g_assert_cmpstr (kept, ==, first);
  g_assert_cmpstr (second, !=, first);
  g_assert_nonnull (strstr (second, "PP-tjenesten"));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  /* No temporary file is left behind. */
  g_assert_cmpuint (count_files (dir), ==, 2);

  sk_test_remove_dir (dir);
}

static void
test_save_through_symlink (void)
{
  g_autofree char *dir = sk_test_make_temp_dir ();
  g_autofree char *target = g_build_filename (dir, "real.sammenkart", NULL);
  g_autofree char *link = g_build_filename (dir, "link.sammenkart", NULL);
  g_autoptr(SkMap) map = sk_test_load_template ("generisk");
  g_autoptr(GError) error = NULL;

  g_assert_true (sk_map_save_to_file (map, target, &error));
  g_assert_cmpint (symlink (target, link), ==, 0);
  rename_ppt (map, "Lenket");
  g_assert_true (sk_map_save_to_file (map, link, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  {
    g_autofree char *contents = read_file (target);
    g_assert_nonnull (strstr (contents, "Lenket"));
  }
  sk_test_remove_dir (dir);
}

typedef enum {
  READ_ONLY_FOLDER,
  DISK_FULL,
} Failure;

/* Runs in a child process: saves a map, makes the next save fail, and
 * checks that the file on disk is the old one and nothing else was left. */
/* The folder a child process works in; the parent makes and removes it
 * (the child, once the user nobody, could not). */
static char *
child_folder (pid_t parent)
{
  return g_strdup_printf ("%s/sammenkart-save-%d", g_get_tmp_dir (), (int) parent);
}

static void
run_child (const char *pattern)
{
  g_autofree char *dir = child_folder (getpid ());

  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_chmod (dir, 0755);
  sk_test_remove_dir (dir);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr (pattern);
}

static void
save_and_fail (Failure failure)
{
  g_autofree char *dir = child_folder (getppid ());
  g_autofree char *path = g_build_filename (dir, "kart.sammenkart", NULL);
  g_autoptr(SkMap) map = sk_test_load_template ("sondre-trondelag");
  g_autoptr(SkMap) small = sk_map_new ("Lite kart", "nb");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (sk_map_save_to_file (small, path, &error));
  before = read_file (path);

  if (failure == READ_ONLY_FOLDER)
    {
      g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
      /* Root ignores permissions: become the user nobody first. */
      if (getuid () == 0)
        {
          g_assert_cmpint (setgid (65534), ==, 0);
          g_assert_cmpint (setuid (65534), ==, 0);
        }
    }
  else
    {
      /* A full disk, as the file size limit makes it: the write fails
       * part-way through. */
      struct rlimit limit = { 16 * 1024, 16 * 1024 };

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
    }

  g_assert_false (sk_map_save_to_file (map, path, &error));
  g_assert_nonnull (error);
  g_printerr ("%s\n", error->message);

  after = read_file (path);
  g_assert_cmpstr (before, ==, after);
  /* Only the old file and its backup: no half-written temporary file. */
  g_assert_cmpuint (count_files (dir), <=, 2);
}

static void
test_read_only_folder (void)
{
  if (g_test_subprocess ())
    save_and_fail (READ_ONLY_FOLDER);
  else
    run_child ("*Could not save ?kart.sammenkart? in *: Permission denied. The file on disk is unchanged.*");
}

static void
test_disk_full (void)
{
  if (g_test_subprocess ())
    save_and_fail (DISK_FULL);
  else
    run_child ("*Could not save ?kart.sammenkart? in *: File too large. The file on disk is unchanged.*");
}

static void
test_not_a_regular_file (void)
{
  g_autoptr(SkMap) map = sk_map_new ("Kart", "nb");
  g_autoptr(GError) error = NULL;

  g_assert_false (sk_map_save_to_file (map, "/dev/null", &error));
  g_assert_cmpstr (error->message, ==, "Could not save “null” in /dev: it is not a regular file");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/save/save-and-backup", test_save_and_backup);
  g_test_add_func ("/save/through-symlink", test_save_through_symlink);
  g_test_add_func ("/save/read-only-folder", test_read_only_folder);
  g_test_add_func ("/save/disk-full", test_disk_full);
  g_test_add_func ("/save/not-a-regular-file", test_not_a_regular_file);

  return g_test_run ();
}
