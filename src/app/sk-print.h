/* sk-print.h — printing the poster: fitted to the printer's paper, or tiled
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-map.h"

G_BEGIN_DECLS

typedef enum {
  SK_PRINT_FIT,
  SK_PRINT_TILES,
} SkPrintMode;

GtkPrintOperation       *sk_print_operation_new        (SkMap                   *map,
                                                        const char              *municipality_id,
                                                        const char              *paper);
void                     sk_print_operation_set_poster (GtkPrintOperation       *operation,
                                                        SkPrintMode              mode,
                                                        const char              *paper,
                                                        double                   overlap_mm,
                                                        gboolean                 cut_marks);
GtkPrintOperationResult  sk_print_run                  (GtkPrintOperation       *operation,
                                                        GtkPrintOperationAction  action,
                                                        GtkWindow               *parent);

G_END_DECLS
