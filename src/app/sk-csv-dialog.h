/* sk-csv-dialog.h — services from a spreadsheet: preview and column mapping
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-document.h"

G_BEGIN_DECLS

#define SK_TYPE_CSV_DIALOG (sk_csv_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SkCsvDialog, sk_csv_dialog, SK, CSV_DIALOG, AdwWindow)

GtkWidget *sk_csv_dialog_new (GtkWindow   *parent,
                              SkDocument  *document,
                              GFile       *file,
                              GtkWidget   *toasts,
                              GError     **error);

G_END_DECLS
