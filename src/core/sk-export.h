/* sk-export.h — posters as PDF, SVG and PNG files
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-map.h"

G_BEGIN_DECLS

typedef enum {
  SK_EXPORT_FORMAT_PDF,
  SK_EXPORT_FORMAT_SVG,
  SK_EXPORT_FORMAT_PNG,
} SkExportFormat;

typedef struct {
  SkExportFormat  format;
  double          width;    /* points */
  double          height;
  const char     *lang;     /* NULL: the map's language */
  double          dpi;      /* PNG only */
  gboolean        bleed;    /* PDF only: 3 mm of bleed around the page */
  gboolean        marks;    /* PDF only: crop marks outside the page */
} SkExportOptions;

#define SK_EXPORT_BLEED_MM 3.0
#define SK_EXPORT_MARKS_MM 5.0

#define SK_EXPORT_DEFAULT_DPI 150
#define SK_EXPORT_MAX_PIXELS (400 * 1000 * 1000)

void     sk_export_warm_up      (void);
gboolean sk_export_format_parse (const char            *name,
                                 SkExportFormat        *format);
gboolean sk_export_poster       (SkMap                 *map,
                                 const SkExportOptions *options,
                                 const char            *path,
                                 GPtrArray            **warnings,
                                 GError               **error);

gboolean sk_export_tiles        (SkMap                 *map,
                                 const SkExportOptions *options,
                                 const char            *sheet,
                                 double                 overlap_mm,
                                 const char            *path,
                                 GPtrArray            **warnings,
                                 GError               **error);

gboolean sk_export_pathways     (SkMap                 *map,
                                 const SkExportOptions *options,
                                 const char            *path,
                                 GPtrArray            **warnings,
                                 GError               **error);

gboolean sk_export_brochure     (SkMap                 *map,
                                 const SkExportOptions *options,
                                 const char            *municipality_id,
                                 const char            *path,
                                 GPtrArray            **warnings,
                                 GError               **error);

gboolean sk_export_report       (SkMap                 *map,
                                 const SkExportOptions *options,
                                 const char            *path,
                                 GPtrArray            **warnings,
                                 GError               **error);

typedef struct {
  char      *municipality_id;
  char      *path;
  GPtrArray *warnings;  /* of char *, or NULL */
  GError    *error;     /* set if this brochure failed */
} SkBatchResult;

typedef void (*SkBatchProgress) (const SkBatchResult *result,
                                 guint                done,
                                 guint                total,
                                 gpointer             user_data);

int      sk_export_brochures    (SkMap                 *map,
                                 const SkExportOptions *options,
                                 const char            *folder,
                                 SkBatchProgress        progress,
                                 gpointer               user_data,
                                 GCancellable          *cancellable,
                                 GError               **error);

G_END_DECLS
