/* sk-pathway.h — a care pathway (samhandlingsforløp) with ordered steps
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-item.h"

G_BEGIN_DECLS

#define SK_TYPE_PATHWAY (sk_pathway_get_type ())

G_DECLARE_FINAL_TYPE (SkPathway, sk_pathway, SK, PATHWAY, SkItem)

const char *sk_pathway_get_name         (SkPathway  *self,
                                         const char *lang);
const char *sk_pathway_get_color        (SkPathway  *self);
guint       sk_pathway_get_n_steps      (SkPathway  *self);
const char *sk_pathway_get_step_service (SkPathway  *self,
                                         guint       index);
const char *sk_pathway_get_step_kind    (SkPathway  *self,
                                         guint       index);
const char *sk_pathway_get_step_text    (SkPathway  *self,
                                         guint       index,
                                         const char *lang);
gboolean    sk_pathway_uses_service     (SkPathway  *self,
                                         const char *service_id);

G_END_DECLS
