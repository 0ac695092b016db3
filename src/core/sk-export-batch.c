/* sk-export-batch.c — the brochures of every municipality, on all cores
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One job per municipality on a thread pool as wide as the machine. Even
 * reading a map is not thread-safe (GListStore remembers the last position
 * read), so each thread works on a copy of its own, taken from a pool of as
 * many copies as threads; each thread also lays out text with its own Pango
 * font map. Results come back to the calling thread, in the order they
 * finish, for progress; one failed brochure does not stop the others.
 * Cancelling starts no further brochure; the ones being made are finished,
 * since a brochure half written is worth nothing.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <errno.h>

#include "sk-export.h"
#include "sk-memory.h"

typedef struct {
  GAsyncQueue           *maps;     /* copies of the map, one per thread */
  const SkExportOptions *options;
  GAsyncQueue           *results;
  GCancellable          *cancellable;
} Batch;

static void
result_free (SkBatchResult *result)
{
  g_free (result->municipality_id);
  g_free (result->path);
  g_clear_pointer (&result->warnings, g_ptr_array_unref);
  g_clear_error (&result->error);
  g_free (result);
}

static void
run_job (gpointer data,
         gpointer user_data)
{
  SkBatchResult *result = data;
  Batch *batch = user_data;
  SkMap *map;

  sk_memory_thread_started ();
  if (g_cancellable_set_error_if_cancelled (batch->cancellable, &result->error))
    {
      g_async_queue_push (batch->results, result);
      return;
    }
  map = g_async_queue_pop (batch->maps);
  sk_export_brochure (map, batch->options, result->municipality_id, result->path,
                      &result->warnings, &result->error);
  g_async_queue_push (batch->maps, map);
  g_async_queue_push (batch->results, result);
}

/**
 * sk_export_brochures:
 * @map: the map; it is copied, so the caller may go on with it
 * @folder: where to write "ID.pdf" for each municipality (made if missing)
 * @progress: (nullable): called on this thread as each brochure is done,
 *   or skipped after @cancellable was cancelled (with a %G_IO_ERROR_CANCELLED
 *   error)
 * @cancellable: (nullable): stops starting further brochures
 *
 * Returns: the number of brochures that failed, or -1 with @error if none
 *   could be started or the batch was cancelled (the brochures finished by
 *   then are written)
 */
int
sk_export_brochures (SkMap                  *map,
                     const SkExportOptions  *options,
                     const char             *folder,
                     SkBatchProgress         progress,
                     gpointer                user_data,
                     GCancellable           *cancellable,
                     GError                **error)
{
  GListModel *municipalities = sk_map_get_municipalities (map);
  guint n = g_list_model_get_n_items (municipalities);
  guint n_threads = MAX (1, MIN (g_get_num_processors (), n));
  Batch batch = { g_async_queue_new_full (g_object_unref), options, g_async_queue_new (), cancellable };
  g_autoptr(GBytes) bytes = NULL;
  GThreadPool *pool;
  int failed = 0;

  g_return_val_if_fail (SK_IS_MAP (map), -1);

  if (n == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("The map has no municipalities"));
      g_async_queue_unref (batch.results);
      g_async_queue_unref (batch.maps);
      return -1;
    }
  if (g_mkdir_with_parents (folder, 0755) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not make the folder %s: %s"), folder, g_strerror (saved_errno));
      g_async_queue_unref (batch.results);
      g_async_queue_unref (batch.maps);
      return -1;
    }

  bytes = sk_map_serialize (map);
  for (guint i = 0; i < n_threads; i++)
    {
      SkMap *copy = sk_map_load_from_bytes (bytes, "copy", error);

      if (copy == NULL)
        {
          g_async_queue_unref (batch.results);
          g_async_queue_unref (batch.maps);
          return -1;
        }
      g_async_queue_push (batch.maps, copy);
    }

  pool = g_thread_pool_new (run_job, &batch, (int) n_threads, FALSE, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkItem) municipality = g_list_model_get_item (municipalities, i);
      SkBatchResult *result = g_new0 (SkBatchResult, 1);
      g_autofree char *file = g_strconcat (sk_item_get_id (municipality), ".pdf", NULL);

      result->municipality_id = g_strdup (sk_item_get_id (municipality));
      result->path = g_build_filename (folder, file, NULL);
      g_thread_pool_push (pool, result, NULL);
    }

  for (guint done = 1; done <= n; done++)
    {
      SkBatchResult *result = g_async_queue_pop (batch.results);

      failed += result->error != NULL
                && !g_error_matches (result->error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      if (progress != NULL)
        progress (result, done, n, user_data);
      result_free (result);
    }
  g_thread_pool_free (pool, FALSE, TRUE);
  g_async_queue_unref (batch.results);
  g_async_queue_unref (batch.maps);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return -1;
  return failed;
}
