/* sk-pathway-panel.h — the pathways: list, colours, steps
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-document.h"

G_BEGIN_DECLS

#define SK_TYPE_PATHWAY_PANEL (sk_pathway_panel_get_type ())

G_DECLARE_FINAL_TYPE (SkPathwayPanel, sk_pathway_panel, SK, PATHWAY_PANEL, AdwBin)

GtkWidget  *sk_pathway_panel_new              (void);
void        sk_pathway_panel_set_document     (SkPathwayPanel *self,
                                               SkDocument     *document);
/* The pathway selected in the list (the canvas shows it alone), or NULL;
 * notified as the "selected-pathway" property. */
const char *sk_pathway_panel_get_selected     (SkPathwayPanel *self);
void        sk_pathway_panel_set_selected     (SkPathwayPanel *self,
                                               const char     *pathway_id);
/* In "add steps" mode (the "adding-steps" property), a click on a card
 * appends a step for that service to the selected pathway. */
gboolean    sk_pathway_panel_get_adding_steps (SkPathwayPanel *self);
void        sk_pathway_panel_add_step         (SkPathwayPanel *self,
                                               const char     *service_id);

G_END_DECLS
