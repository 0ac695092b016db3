/* sk-print-strings.h — the words printed on posters, in the map's language
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  SK_PRINT_BESIDE_PYRAMID,
  SK_PRINT_LEVELS,
  SK_PRINT_SECTORS,
  SK_PRINT_PATHWAYS,
  SK_PRINT_CHECKED,
  SK_PRINT_MADE_WITH,
  SK_PRINT_LEVEL,
  SK_PRINT_ASSEMBLY_TITLE,
  SK_PRINT_ASSEMBLY_HOW,
  SK_PRINT_CUT,
  SK_PRINT_GLUE,
  SK_N_PRINT_STRINGS
} SkPrintString;

const char *sk_print_string      (SkPrintString  id,
                                  const char    *lang);
char       *sk_print_format_date (const char    *iso_date,
                                  const char    *lang);
char       *sk_print_describe_pyramid (const char *lang,
                                       guint       n_levels,
                                       guint       n_services);
char       *sk_print_sheet_label      (const char *lang,
                                       guint       row,
                                       guint       column,
                                       guint       n_sheets);
char       *sk_print_sheet_name       (guint       row,
                                       guint       column);
const char *sk_print_step_kind        (const char *kind,
                                       const char *lang);

G_END_DECLS
