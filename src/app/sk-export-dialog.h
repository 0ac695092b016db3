/* sk-export-dialog.h — the export dialog: poster, tiles, pathway sheets,
 * brochures, with a preview, in a thread with progress and Cancel
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-document.h"

G_BEGIN_DECLS

/* @municipality_id: the municipality the window shows, or NULL. */
void sk_export_dialog_present (GtkWindow  *parent,
                               SkDocument *document,
                               const char *municipality_id);

G_END_DECLS
