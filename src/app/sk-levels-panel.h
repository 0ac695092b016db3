/* sk-levels-panel.h — the levels and sectors: add, rename, recolour,
 * reorder, delete
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-document.h"

G_BEGIN_DECLS

#define SK_TYPE_LEVELS_PANEL (sk_levels_panel_get_type ())

G_DECLARE_FINAL_TYPE (SkLevelsPanel, sk_levels_panel, SK, LEVELS_PANEL, AdwBin)

GtkWidget *sk_levels_panel_new          (void);
void       sk_levels_panel_set_document (SkLevelsPanel *self,
                                         SkDocument    *document);

G_END_DECLS
