/* sk-gaps-panel.h — does the map match reality? The gap check's findings
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-document.h"

G_BEGIN_DECLS

#define SK_TYPE_GAPS_PANEL (sk_gaps_panel_get_type ())

G_DECLARE_FINAL_TYPE (SkGapsPanel, sk_gaps_panel, SK, GAPS_PANEL, AdwBin)

GtkWidget *sk_gaps_panel_new          (void);
void       sk_gaps_panel_set_document (SkGapsPanel *self,
                                       SkDocument  *document);
/* How many gaps are listed (the "n-gaps" property, e.g. for a badge on the
 * page). A finding's row, activated, emits "show-item" (guint kind,
 * const char *id). */
guint      sk_gaps_panel_get_n_gaps   (SkGapsPanel *self);

G_END_DECLS
