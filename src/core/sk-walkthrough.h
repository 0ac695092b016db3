/* sk-walkthrough.h — walking a case through a pathway, step by step
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-map.h"

G_BEGIN_DECLS

#define SK_TYPE_WALKTHROUGH (sk_walkthrough_get_type ())

G_DECLARE_FINAL_TYPE (SkWalkthrough, sk_walkthrough, SK, WALKTHROUGH, GObject)

SkWalkthrough *sk_walkthrough_new             (SkMap         *map,
                                               const char    *pathway_id,
                                               const char    *case_text);
const char    *sk_walkthrough_get_pathway_id  (SkWalkthrough *self);
const char    *sk_walkthrough_get_pathway_name (SkWalkthrough *self);
const char    *sk_walkthrough_get_case        (SkWalkthrough *self);
guint          sk_walkthrough_get_n_steps     (SkWalkthrough *self);
guint          sk_walkthrough_get_index       (SkWalkthrough *self);
void           sk_walkthrough_set_index       (SkWalkthrough *self,
                                               guint          index);
gboolean       sk_walkthrough_next            (SkWalkthrough *self);
gboolean       sk_walkthrough_previous        (SkWalkthrough *self);

/* The step shown now: its service, its kind and text (in the map's
 * language), and what the service does (its description), or "". */
const char    *sk_walkthrough_get_service_id  (SkWalkthrough *self);
const char    *sk_walkthrough_get_service_name (SkWalkthrough *self);
const char    *sk_walkthrough_get_kind_label  (SkWalkthrough *self);
const char    *sk_walkthrough_get_step_text   (SkWalkthrough *self);
const char    *sk_walkthrough_get_service_role (SkWalkthrough *self);

G_END_DECLS
