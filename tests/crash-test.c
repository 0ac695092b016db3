/* crash-test.c — kill an editing session at random moments; lose nothing
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each trial starts a child that edits a map through the real document,
 * commands, journal and saves (every 12 edits it saves, and the journal
 * starts again), printing after each edit how many edits the journal holds
 * and the map's SHA-256. The parent kills it with SIGKILL at a random
 * moment, sometimes in the middle of a save, then checks:
 *   - the file on disk is either the version before the last save or the
 *     one being saved, and it opens;
 *   - the journal, replayed, gives the map of the last edit the child
 *     reported (or of one more: the edit may have reached the disk just
 *     before the kill) — no completed edit is lost.
 *
 *   build/tests/crash-test [--trials N]     (200 by default; TAP output)
 */
#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "sk-commands.h"
#include "sk-document.h"
#include "sk-error.h"
#include "sk-journal.h"
#include "sk-service.h"
#include "sk-templates.h"

#define SAVE_EVERY 12

static guint killed_saving;  /* trials killed between "saving" and "saved" */

static char *
map_sha (SkMap *map)
{
  g_autoptr(GBytes) bytes = sk_map_serialize (map);

  return g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
}

static char *
file_sha (const char *path)
{
  g_autofree char *data = NULL;
  gsize len;

  if (!g_file_get_contents (path, &data, &len, NULL))
    return g_strdup ("(unreadable)");
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, len);
}

/* --- the child: edits until it is killed ------------------------------ */

static const char *
random_id (SkMap  *map,
           SkKind  kind)
{
  GListModel *list = sk_map_get_list (map, kind);
  guint n = g_list_model_get_n_items (list);
  g_autoptr(SkItem) item = n > 0 ? g_list_model_get_item (list, g_random_int_range (0, (gint32) n)) : NULL;

  /* The map keeps the item, and so its id. */
  return item != NULL ? sk_item_get_id (item) : NULL;
}

static SkCommand *
random_edit (SkMap  *map,
             guint   step)
{
  const char *service = random_id (map, SK_KIND_SERVICE);
  g_autofree char *name = g_strdup_printf ("Tjeneste %u", step);

  switch (g_random_int_range (0, 5))
    {
    case 0:
      return sk_command_new_set_text (map, SK_KIND_SERVICE, service, "name", "nb", name, NULL);
    case 1:
      return sk_command_new_move_service (map, service, random_id (map, SK_KIND_LEVEL),
                                          (guint) g_random_int_range (0, 8), NULL);
    case 2:
      return sk_command_new_add_service (map, random_id (map, SK_KIND_LEVEL), -1, name, NULL, NULL);
    case 3:
      if (g_list_model_get_n_items (sk_map_get_services (map)) > 20)
        return sk_command_new_remove (map, SK_KIND_SERVICE, service, NULL, NULL, NULL);
      return sk_command_new_add_service (map, random_id (map, SK_KIND_LEVEL), 0, name, NULL, NULL);
    default:
      return sk_command_new_add_step (map, random_id (map, SK_KIND_PATHWAY), -1, service, "refer", NULL, NULL);
    }
}

static int
run_child (const char *path,
           guint32     seed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkDocument) document = sk_document_load (path, &error);
  g_autofree char *journal_path = sk_journal_path_for (path);
  g_autoptr(SkJournal) journal = NULL;
  SkMap *map;

  g_random_set_seed (seed);
  if (document == NULL)
    {
      g_printerr ("child: %s\n", error->message);
      return 1;
    }
  map = sk_document_get_map (document);
  journal = sk_journal_new (sk_document_get_undo_stack (document), journal_path, path, &error);
  if (journal == NULL)
    {
      g_printerr ("child: %s\n", error->message);
      return 1;
    }
  for (guint step = 1;; step++)
    {
      if (sk_document_apply (document, random_edit (map, step)))
        {
          g_autofree char *sha = map_sha (map);

          printf ("edit %u %s\n", sk_journal_get_n_records (journal), sha);
          fflush (stdout);
        }
      else if (g_random_int_range (0, 4) == 0 && sk_undo_stack_undo (sk_document_get_undo_stack (document)))
        {
          g_autofree char *sha = map_sha (map);

          printf ("edit %u %s\n", sk_journal_get_n_records (journal), sha);
          fflush (stdout);
        }
      if (step % SAVE_EVERY == 0)
        {
          g_autofree char *sha = NULL;
          g_autoptr(GBytes) bytes = sk_map_serialize (map);

          sha = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
          printf ("saving %s\n", sha);
          fflush (stdout);
          if (!sk_document_save (document, path, &error) || !sk_journal_rotate (journal, path, &error))
            {
              g_printerr ("child: %s\n", error->message);
              return 1;
            }
          printf ("saved %s\n", sha);
          fflush (stdout);
        }
    }
  return 0;
}

/* --- the parent: kills and checks ------------------------------------- */

typedef struct {
  guint  edits;        /* lines of edits the child printed */
  guint  records;      /* the journal's records at the last edit */
  char  *state;        /* the map's SHA at the last edit */
  char  *saved;        /* the file's SHA after the last save */
  char  *saving;       /* a save begun and not reported done */
} Seen;

static void
read_lines (const char *out,
            Seen       *seen)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) word = g_strsplit (lines[i], " ", 3);

      /* A line cut off by the kill has no newline, and no meaning. */
      if (lines[i + 1] == NULL)
        break;
      if (g_strcmp0 (word[0], "edit") == 0 && word[1] != NULL && word[2] != NULL)
        {
          seen->edits++;
          seen->records = (guint) g_ascii_strtoull (word[1], NULL, 10);
          g_free (seen->state);
          seen->state = g_strdup (word[2]);
        }
      else if (g_strcmp0 (word[0], "saving") == 0 && word[1] != NULL)
        {
          g_free (seen->saving);
          seen->saving = g_strdup (word[1]);
        }
      else if (g_strcmp0 (word[0], "saved") == 0 && word[1] != NULL)
        {
          g_free (seen->saved);
          seen->saved = g_strdup (word[1]);
          g_clear_pointer (&seen->saving, g_free);
          seen->records = 0;
        }
    }
}

/* One trial; returns NULL if all is well, else what went wrong. */
static char *
trial (const char *program,
       const char *folder,
       guint       number,
       guint      *edits_out)
{
  g_autofree char *path = g_strdup_printf ("%s/trial-%u.sammenkart", folder, number);
  g_autofree char *journal_path = sk_journal_path_for (path);
  g_autofree char *seed = g_strdup_printf ("%u", g_random_int ());
  g_autoptr(SkMap) template = sk_templates_load ("generisk", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *original = NULL;
  g_autoptr(SkMap) recovered = NULL;
  g_autoptr(SkMap) on_disk = NULL;
  g_autofree char *disk = NULL;
  const char *argv[] = { program, "--child", path, seed, NULL };
  Seen seen = { 0 };
  char *problem = NULL;
  GPid pid;
  int out_fd, status;
  gint64 deadline;
  guint n = 0;

  if (!sk_map_save_to_file (template, path, &error))
    return g_strdup (error->message);
  original = file_sha (path);
  seen.saved = g_strdup (original);
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid,
                                 NULL, &out_fd, NULL, &error))
    return g_strdup (error->message);

  /* Let it edit for a random while (long enough, at times, for several
   * saves), then kill it. */
  deadline = g_get_monotonic_time () + g_random_int_range (2000, 400000);
  while (g_get_monotonic_time () < deadline)
    g_usleep (1000);
  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
  g_spawn_close_pid (pid);
  for (;;)
    {
      char buffer[65536];
      gssize got = read (out_fd, buffer, sizeof buffer);

      if (got <= 0)
        break;
      g_string_append_len (out, buffer, got);
    }
  close (out_fd);
  read_lines (out->str, &seen);
  *edits_out = seen.edits;
  killed_saving += seen.saving != NULL;

  /* The file: the version before the last save, or the one being saved. */
  disk = file_sha (path);
  if (g_strcmp0 (disk, seen.saved) != 0 && g_strcmp0 (disk, seen.saving) != 0)
    problem = g_strdup_printf ("the file is neither the saved version nor the one being saved");
  else if ((on_disk = sk_map_load_from_file (path, &error)) == NULL)
    problem = g_strdup_printf ("the file does not open: %s", error->message);
  if (problem != NULL)
    goto out;

  /* The journal: every completed edit since the file's version. Killed
   * before it began, the child had made no edit. */
  if (!g_file_test (journal_path, G_FILE_TEST_EXISTS) && seen.edits == 0)
    goto out;
  recovered = sk_journal_recover (journal_path, NULL, &n, &error);
  if (recovered == NULL)
    {
      /* Killed between a save and the journal's new start: the file holds
       * every edit, the journal the one before. */
      if (g_strcmp0 (disk, seen.saving) == 0 && g_error_matches (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_INVALID))
        goto out;
      problem = g_strdup_printf ("the journal does not replay: %s", error->message);
      goto out;
    }
  {
    g_autofree char *sha = map_sha (recovered);
    gboolean after_save = g_strcmp0 (disk, seen.saving) == 0;

    if (after_save && n == 0)
      ;  /* the save completed and the journal restarted: nothing after it */
    else if (n < seen.records)
      problem = g_strdup_printf ("edits lost: the child reported %u, the journal gives %u", seen.records, n);
    else if (n == seen.records && seen.state != NULL && seen.edits > 0 && g_strcmp0 (sha, seen.state) != 0
             && !after_save)
      problem = g_strdup_printf ("the replayed map differs from the last edit (%u records)", n);
    else if (n > seen.records + 1)
      problem = g_strdup_printf ("the journal has %u records, the child reported %u", n, seen.records);
  }

out:
  g_unlink (path);
  g_unlink (journal_path);
  g_free (seen.state);
  g_free (seen.saved);
  g_free (seen.saving);
  return problem;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *folder = NULL;
  guint trials = 200, failed = 0, edits = 0;

  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2], (guint32) g_ascii_strtoull (argv[3], NULL, 10));
  if (argc == 3 && g_str_equal (argv[1], "--trials"))
    trials = (guint) g_ascii_strtoull (argv[2], NULL, 10);
  if (g_getenv ("SK_CRASH_TRIALS") != NULL)
    trials = (guint) g_ascii_strtoull (g_getenv ("SK_CRASH_TRIALS"), NULL, 10);

  folder = g_dir_make_tmp ("sk-crash-XXXXXX", NULL);
  printf ("1..%u\n", trials);
  for (guint i = 1; i <= trials; i++)
    {
      guint seen = 0;
      g_autofree char *problem = trial (argv[0], folder, i, &seen);

      edits += seen;
      if (problem != NULL)
        failed++;
      printf ("%s %u - trial %u (%u edits before the kill)%s%s\n", problem == NULL ? "ok" : "not ok", i, i, seen,
              problem != NULL ? ": " : "", problem != NULL ? problem : "");
      fflush (stdout);
    }
  printf ("# %u trials, %u edits in all, %u killed while saving, %u failed\n", trials, edits, killed_saving,
          failed);
  g_rmdir (folder);
  return failed == 0 ? 0 : 1;
}
