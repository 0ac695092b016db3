/* sk-notes-panel.h — the workshop's notes, pinned to services, levels and
 * pathways
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-document.h"

G_BEGIN_DECLS

#define SK_TYPE_NOTES_PANEL (sk_notes_panel_get_type ())

G_DECLARE_FINAL_TYPE (SkNotesPanel, sk_notes_panel, SK, NOTES_PANEL, AdwBin)

GtkWidget *sk_notes_panel_new          (void);
void       sk_notes_panel_set_document (SkNotesPanel *self,
                                        SkDocument   *document);
/* Where new notes are pinned: a service, a level or a pathway; a NULL id
 * (nothing selected) makes "Add Note" insensitive. The panel emits
 * "show-item" (guint kind, const char *id) when a place is to be shown on
 * the map. */
void       sk_notes_panel_set_target   (SkNotesPanel *self,
                                        SkKind        kind,
                                        const char   *id);

G_END_DECLS
