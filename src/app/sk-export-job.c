/* sk-export-job.c — an export as the editor offers it: the choices, their
 * file name and language names, and the export run in a thread on a private
 * copy of the map
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A map is not thread-safe, not even for reading, so the thread never sees
 * the document's: the map is serialized on the main thread when the job is
 * made and loaded again in the thread. The export functions are the ones the
 * command line calls; the choices are the command line's options.
 *
 * A single file is drawn into a temporary folder first and put in its place
 * only if the job was not cancelled by then: Cancel leaves what was on disk.
 * A batch of brochures stops starting new ones when cancelled; those being
 * made are finished and stay.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sk-atomic-file.h"
#include "sk-export-job.h"
#include "sk-paper.h"

struct _SkExportJob
{
  SkExportKind     kind;
  SkExportOptions  options;             /* .lang is taken from lang */
  char            *lang;
  char            *sheet;
  double           overlap_mm;
  char            *municipality_id;     /* NULL: the region */
  gboolean         all_municipalities;
  char            *path;                /* the file, or the folder of a batch */
  GBytes          *map;                 /* serialized on the main thread */
};

typedef struct {
  SkExportJob         *job;
  SkExportJobProgress  progress;
} Run;

typedef struct {
  GTask               *task;
  SkExportJobProgress  progress;
  SkExportOutcome     *outcome;
} Batch;

typedef struct {
  GTask               *task;  /* keeps the source alive */
  SkExportJobProgress  progress;
  guint                done;
  guint                total;
} Progress;

/**
 * sk_export_languages:
 *
 * Returns: (transfer full): the codes of the languages @map can be
 *   exported in, its own first; all four if it names none
 */
GPtrArray *
sk_export_languages (SkMap *map)
{
  static const char * const all[] = { "nb", "nn", "sma", "en" };
  JsonArray *languages = sk_item_get_array (sk_map_get_properties (map), "languages");
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; languages != NULL && i < json_array_get_length (languages); i++)
    g_ptr_array_add (codes, g_strdup (json_array_get_string_element (languages, i)));
  for (guint i = 0; codes->len == 0 && i < G_N_ELEMENTS (all); i++)
    g_ptr_array_add (codes, g_strdup (all[i]));
  return codes;
}

const char *
sk_export_language_name (const char *code)
{
  if (g_str_equal (code, "nb"))
    return _("Norwegian Bokmål");
  if (g_str_equal (code, "nn"))
    return _("Norwegian Nynorsk");
  if (g_str_equal (code, "sma"))
    return _("Southern Sami");
  if (g_str_equal (code, "en"))
    return _("English");
  return code;
}

/* What a region or municipality is called, for file names. */
static const char *
place_name (SkMap                 *map,
            const SkExportChoices *choices)
{
  if (choices->municipality != NULL)
    return sk_municipality_get_name (choices->municipality);
  return sk_item_get_text (sk_map_get_properties (map), "region", choices->lang);
}

/**
 * sk_export_suggest_name:
 *
 * Returns: (transfer full): a file name for the export, from the map's
 *   title: "Tjenestekart – tiles.pdf"
 */
char *
sk_export_suggest_name (SkMap                 *map,
                        const SkExportChoices *choices)
{
  g_autofree char *title = sk_map_get_file_stem (map, choices->lang);
  g_autofree char *stem = NULL;

  switch (choices->kind)
    {
    case SK_EXPORT_KIND_TILES:
      stem = g_strdup_printf (_("%s – tiles"), title);
      break;
    case SK_EXPORT_KIND_PATHWAYS:
      stem = g_strdup_printf (_("%s – pathway sheets"), title);
      break;
    case SK_EXPORT_KIND_BROCHURE:
      stem = g_strdup_printf ("%s – %s", title, place_name (map, choices));
      break;
    case SK_EXPORT_KIND_REPORT:
      stem = g_strdup_printf (_("%s – workshop report"), title);
      break;
    case SK_EXPORT_KIND_POSTER:
    default:
      stem = g_strdup (title);
      break;
    }
  /* The municipality's name is free text too. */
  g_strdelimit (stem, "/\\:", '-');
  return g_strconcat (stem, ".", choices->kind == SK_EXPORT_KIND_POSTER ? choices->format : "pdf", NULL);
}

/**
 * sk_export_job_new:
 * @map: the document's map; serialized now, on the calling thread
 * @path: the file to write (its extension added if missing), or the
 *   folder for all brochures
 *
 * Returns: (transfer full): the job, or %NULL with @error if the choices
 *   are not valid
 */
SkExportJob *
sk_export_job_new (SkMap                  *map,
                   const SkExportChoices  *choices,
                   const char             *path,
                   GError                **error)
{
  g_autoptr(SkExportJob) job = g_new0 (SkExportJob, 1);
  const char *format = choices->kind == SK_EXPORT_KIND_POSTER ? choices->format : "pdf";
  g_autofree char *lower = g_ascii_strdown (path, -1);
  g_autofree char *suffix = g_strconcat (".", format, NULL);

  g_return_val_if_fail (SK_IS_MAP (map), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (!sk_paper_parse (choices->paper, choices->landscape, &job->options.width, &job->options.height, error))
    return NULL;
  if (!sk_export_format_parse (format, &job->options.format))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("«%s» is not a format; use pdf, svg or png"), format);
      return NULL;
    }
  job->kind = choices->kind;
  job->options.dpi = SK_EXPORT_DEFAULT_DPI;
  job->lang = g_strdup (choices->lang);
  job->sheet = g_strdup (choices->sheet);
  job->overlap_mm = choices->overlap_mm;
  job->all_municipalities = choices->kind == SK_EXPORT_KIND_BROCHURE && choices->all_municipalities;
  if (choices->kind == SK_EXPORT_KIND_BROCHURE && !job->all_municipalities && choices->municipality != NULL)
    job->municipality_id = g_strdup (sk_item_get_id (SK_ITEM (choices->municipality)));
  if (job->all_municipalities || g_str_has_suffix (lower, suffix))
    job->path = g_strdup (path);
  else
    job->path = g_strconcat (path, suffix, NULL);
  job->map = sk_map_serialize (map);
  return g_steal_pointer (&job);
}

const char *
sk_export_job_get_path (SkExportJob *job)
{
  return job->path;
}

void
sk_export_job_free (SkExportJob *job)
{
  if (job == NULL)
    return;
  g_free (job->lang);
  g_free (job->sheet);
  g_free (job->municipality_id);
  g_free (job->path);
  g_clear_pointer (&job->map, g_bytes_unref);
  g_free (job);
}

void
sk_export_outcome_free (SkExportOutcome *outcome)
{
  if (outcome == NULL)
    return;
  g_free (outcome->path);
  g_clear_pointer (&outcome->warnings, g_ptr_array_unref);
  g_clear_pointer (&outcome->failures, g_ptr_array_unref);
  g_free (outcome);
}

static char *
written_text (SkExportKind  kind,
              const char   *name)
{
  switch (kind)
    {
    case SK_EXPORT_KIND_TILES:
      return g_strdup_printf (_("Tiled poster written to %s"), name);
    case SK_EXPORT_KIND_PATHWAYS:
      return g_strdup_printf (_("Pathway sheets written to %s"), name);
    case SK_EXPORT_KIND_BROCHURE:
      return g_strdup_printf (_("Brochure written to %s"), name);
    case SK_EXPORT_KIND_REPORT:
      return g_strdup_printf (_("Workshop report written to %s"), name);
    case SK_EXPORT_KIND_POSTER:
    default:
      return g_strdup_printf (_("Poster written to %s"), name);
    }
}

static char *
batch_text (const SkExportOutcome *outcome,
            const char            *folder)
{
  if (outcome->cancelled)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Cancelled after %u of %u brochures; those written are in %s",
                                         "Cancelled after %u of %u brochures; those written are in %s",
                                         outcome->total),
                            outcome->written, outcome->total, folder);
  if (outcome->failures->len > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u brochure written to %s",
                                         "%u of %u brochures written to %s", outcome->total),
                            outcome->written, outcome->total, folder);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u brochure written to %s",
                                       "%u brochures written to %s", outcome->written),
                          outcome->written, folder);
}

/**
 * sk_export_outcome_describe:
 * @style: (out): "success", "warning" (written, with warnings), "error"
 *   (something was not written) or %NULL (cancelled)
 *
 * Returns: (transfer full): one sentence for people: what was written where
 */
char *
sk_export_outcome_describe (const SkExportOutcome  *outcome,
                            const char            **style)
{
  g_autofree char *name = g_filename_display_basename (outcome->path);

  if (outcome->failures->len > 0 || (outcome->written == 0 && !outcome->cancelled))
    *style = "error";
  else if (outcome->cancelled)
    *style = NULL;
  else
    *style = outcome->warnings->len > 0 ? "warning" : "success";

  if (outcome->batch)
    return batch_text (outcome, name);
  if (outcome->cancelled)
    return g_strdup_printf (_("Cancelled; %s was not changed"), name);
  return written_text (outcome->kind, name);
}

/**
 * sk_export_outcome_list:
 * @heading: (out) (transfer full): how many failures and warnings
 *
 * Returns: (transfer full): the brochures that failed, then the warnings,
 *   a line each; "" if there are none
 */
char *
sk_export_outcome_list (const SkExportOutcome  *outcome,
                        char                  **heading)
{
  guint n_failures = outcome->failures->len;
  guint n_warnings = outcome->warnings->len;
  g_autofree char *failed = NULL;
  g_autofree char *warned = NULL;
  GString *text = g_string_new (NULL);

  if (n_failures > 0)
    failed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u brochure failed", "%u brochures failed",
                                           n_failures), n_failures);
  if (n_warnings > 0)
    warned = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", n_warnings),
                              n_warnings);
  if (failed != NULL && warned != NULL)
    *heading = g_strdup_printf ("%s · %s", failed, warned);
  else
    *heading = g_strdup (failed != NULL ? failed : warned != NULL ? warned : "");

  for (guint i = 0; i < n_failures + n_warnings; i++)
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "",
                            (const char *) (i < n_failures ? g_ptr_array_index (outcome->failures, i)
                                                           : g_ptr_array_index (outcome->warnings, i - n_failures)));
  return g_string_free (text, FALSE);
}

static void
run_free (Run *run)
{
  sk_export_job_free (run->job);
  g_free (run);
}

/* --- in the thread, and its progress on the main context -------------- */

static gboolean
show_progress (gpointer data)
{
  Progress *progress = data;

  if (!g_cancellable_is_cancelled (g_task_get_cancellable (progress->task)))
    progress->progress (g_task_get_source_object (progress->task), progress->done, progress->total);
  return G_SOURCE_REMOVE;
}

static void
progress_free (gpointer data)
{
  Progress *progress = data;

  g_object_unref (progress->task);
  g_free (progress);
}

/* Called on the job's thread, as each brochure is done or skipped. */
static void
on_brochure_done (const SkBatchResult *result,
                  guint                done,
                  guint                total,
                  gpointer             user_data)
{
  Batch *batch = user_data;
  g_autofree char *name = g_filename_display_basename (result->path);

  if (result->error == NULL)
    batch->outcome->written++;
  else if (!g_error_matches (result->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_ptr_array_add (batch->outcome->failures,
                     strstr (result->error->message, name) != NULL
                     ? g_strdup (result->error->message)
                     : g_strdup_printf ("%s: %s", name, result->error->message));
  for (guint i = 0; result->warnings != NULL && i < result->warnings->len; i++)
    g_ptr_array_add (batch->outcome->warnings,
                     g_strdup_printf ("%s: %s", name, (const char *) g_ptr_array_index (result->warnings, i)));

  if (batch->progress != NULL)
    {
      Progress *progress = g_new0 (Progress, 1);
      GSource *source = g_idle_source_new ();

      progress->task = g_object_ref (batch->task);
      progress->progress = batch->progress;
      progress->done = done;
      progress->total = total;
      /* An idle source on the task's context, never g_main_context_invoke:
       * from a thread without a context of its own that may run the
       * callback right here, between two iterations of the main loop. */
      g_source_set_callback (source, show_progress, progress, progress_free);
      g_source_attach (source, g_task_get_context (batch->task));
      g_source_unref (source);
    }
}

static gboolean
export_batch (GTask            *task,
              Run              *run,
              SkMap            *map,
              SkExportOutcome  *outcome,
              GCancellable     *cancellable,
              GError          **error)
{
  Batch batch = { task, run->progress, outcome };
  g_autoptr(GError) local_error = NULL;

  outcome->total = g_list_model_get_n_items (sk_map_get_municipalities (map));
  if (sk_export_brochures (map, &run->job->options, run->job->path, on_brochure_done, &batch,
                           cancellable, &local_error) >= 0)
    return TRUE;
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      outcome->cancelled = TRUE;
      return TRUE;
    }
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static gboolean
export_to (SkExportJob  *job,
           SkMap        *map,
           const char   *path,
           GPtrArray   **warnings,
           GError      **error)
{
  switch (job->kind)
    {
    case SK_EXPORT_KIND_TILES:
      return sk_export_tiles (map, &job->options, job->sheet != NULL ? job->sheet : "A4",
                              job->overlap_mm, path, warnings, error);
    case SK_EXPORT_KIND_PATHWAYS:
      return sk_export_pathways (map, &job->options, path, warnings, error);
    case SK_EXPORT_KIND_BROCHURE:
      return sk_export_brochure (map, &job->options, job->municipality_id, path, warnings, error);
    case SK_EXPORT_KIND_REPORT:
      return sk_export_report (map, &job->options, path, warnings, error);
    case SK_EXPORT_KIND_POSTER:
    default:
      return sk_export_poster (map, &job->options, path, warnings, error);
    }
}

static gboolean
export_single (SkExportJob      *job,
               SkMap            *map,
               SkExportOutcome  *outcome,
               GCancellable     *cancellable,
               GError          **error)
{
  g_autofree char *folder = g_dir_make_tmp ("sammenkart-export-XXXXXX", error);
  g_autofree char *name = NULL;
  g_autofree char *draft = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length = 0;
  gboolean ok;

  if (folder == NULL)
    return FALSE;
  outcome->total = 1;
  /* The draft has the file's own name, so that a message names it. */
  name = g_path_get_basename (job->path);
  draft = g_build_filename (folder, name, NULL);

  ok = export_to (job, map, draft, &warnings, error);
  if (ok && g_cancellable_is_cancelled (cancellable))
    outcome->cancelled = TRUE;
  else if (ok)
    {
      /* Written again by the core's atomic replace, not renamed: it keeps
       * the file's mode, writes through a symbolic link and names the
       * file in its messages, exactly as the command line does. */
      ok = g_file_get_contents (draft, &contents, &length, error);
      if (ok)
        {
          bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
          ok = sk_atomic_file_replace (job->path, bytes, FALSE, error);
        }
      outcome->written = ok ? 1 : 0;
    }
  g_unlink (draft);
  g_rmdir (folder);

  for (guint i = 0; ok && warnings != NULL && i < warnings->len; i++)
    g_ptr_array_add (outcome->warnings, g_strdup (g_ptr_array_index (warnings, i)));
  return ok;
}

static void
run_in_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  Run *run = data;
  SkExportJob *job = run->job;
  g_autoptr(SkExportOutcome) outcome = g_new0 (SkExportOutcome, 1);
  g_autoptr(SkMap) map = NULL;
  GError *error = NULL;
  gboolean ok;

  outcome->kind = job->kind;
  outcome->batch = job->all_municipalities;
  outcome->path = g_strdup (job->path);
  outcome->warnings = g_ptr_array_new_with_free_func (g_free);
  outcome->failures = g_ptr_array_new_with_free_func (g_free);
  if (g_cancellable_is_cancelled (cancellable))
    {
      outcome->cancelled = TRUE;
      g_task_return_pointer (task, g_steal_pointer (&outcome), (GDestroyNotify) sk_export_outcome_free);
      return;
    }

  map = sk_map_load_from_bytes (job->map, "export", &error);
  if (map == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  job->options.lang = job->lang;
  if (outcome->batch)
    ok = export_batch (task, run, map, outcome, cancellable, &error);
  else
    ok = export_single (job, map, outcome, cancellable, &error);

  if (ok)
    {
      g_task_return_pointer (task, g_steal_pointer (&outcome), (GDestroyNotify) sk_export_outcome_free);
      return;
    }
  /* The message names the file or folder, if the export's did not. */
  {
    g_autofree char *name = g_filename_display_basename (job->path);

    if (strstr (error->message, name) == NULL)
      g_prefix_error (&error, "%s: ", name);
  }
  g_task_return_error (task, error);
}

/**
 * sk_export_job_run_async:
 * @job: (transfer full): what to export
 * @source: the object the callbacks are for; kept alive until they ran
 * @progress: (nullable): for a batch of brochures, done of total
 *
 * Exports in a thread. Cancelling does not make the result an error: the
 * outcome says it was cancelled and what was written by then.
 */
void
sk_export_job_run_async (SkExportJob         *job,
                         GObject             *source,
                         GCancellable        *cancellable,
                         SkExportJobProgress  progress,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (source, cancellable, callback, user_data);
  Run *run = g_new0 (Run, 1);

  run->job = job;
  run->progress = progress;
  g_task_set_source_tag (task, sk_export_job_run_async);
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, run_in_thread);
}

/**
 * sk_export_job_run_finish:
 *
 * Returns: (transfer full): what was written, or %NULL with @error if the
 *   export failed
 */
SkExportOutcome *
sk_export_job_run_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sk_export_job_run_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
