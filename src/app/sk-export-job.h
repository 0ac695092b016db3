/* sk-export-job.h — an export as the editor offers it: the choices, their
 * file name and language names, and the export run in a thread on a private
 * copy of the map
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sk-export.h"
#include "sk-municipality.h"

G_BEGIN_DECLS

typedef enum {
  SK_EXPORT_KIND_POSTER,
  SK_EXPORT_KIND_TILES,
  SK_EXPORT_KIND_PATHWAYS,
  SK_EXPORT_KIND_BROCHURE,
  SK_EXPORT_KIND_REPORT,
} SkExportKind;

/* What the dialog offers, as the command line takes it. */
typedef struct {
  SkExportKind    kind;
  const char     *paper;               /* "A1"; for tiles, the poster's */
  gboolean        landscape;
  const char     *format;              /* posters: "pdf", "svg" or "png" */
  const char     *lang;
  const char     *sheet;               /* tiles: "A4" or "A3" */
  double          overlap_mm;          /* tiles: the glue margin */
  SkMunicipality *municipality;        /* brochure: NULL for the region */
  gboolean        all_municipalities;  /* brochure: one each, into a folder;
                                        * @municipality is the first */
} SkExportChoices;

typedef struct _SkExportJob SkExportJob;

typedef struct {
  SkExportKind  kind;
  gboolean      batch;     /* all municipalities */
  char         *path;      /* the file, or the folder of a batch */
  guint         written;   /* files written */
  guint         total;     /* files there were to write */
  gboolean      cancelled;
  GPtrArray    *warnings;  /* of char *: what did not fit, for people */
  GPtrArray    *failures;  /* of char *: brochures of a batch that failed, and why */
} SkExportOutcome;

/* Called on the main context as each brochure of a batch is done, until
 * the job is cancelled; @source is the one the job was run with. */
typedef void (*SkExportJobProgress) (GObject *source,
                                     guint    done,
                                     guint    total);

GPtrArray       *sk_export_languages      (SkMap                 *map);
const char      *sk_export_language_name  (const char            *code);
char            *sk_export_suggest_name   (SkMap                 *map,
                                           const SkExportChoices *choices);
SkExportJob     *sk_export_job_new        (SkMap                 *map,
                                           const SkExportChoices *choices,
                                           const char            *path,
                                           GError               **error);
const char      *sk_export_job_get_path   (SkExportJob         *job);
void             sk_export_job_free       (SkExportJob         *job);
void             sk_export_job_run_async  (SkExportJob         *job,
                                           GObject             *source,
                                           GCancellable        *cancellable,
                                           SkExportJobProgress  progress,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
SkExportOutcome *sk_export_job_run_finish (GAsyncResult        *result,
                                           GError             **error);
void             sk_export_outcome_free   (SkExportOutcome     *outcome);
char            *sk_export_outcome_describe (const SkExportOutcome *outcome,
                                             const char           **style);
char            *sk_export_outcome_list     (const SkExportOutcome *outcome,
                                             char                 **heading);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkExportJob, sk_export_job_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkExportOutcome, sk_export_outcome_free)

G_END_DECLS
