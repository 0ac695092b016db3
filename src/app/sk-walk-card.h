/* sk-walk-card.h — the step of a walkthrough, large, for a room to read
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sk-walkthrough.h"

G_BEGIN_DECLS

#define SK_TYPE_WALK_CARD (sk_walk_card_get_type ())

G_DECLARE_FINAL_TYPE (SkWalkCard, sk_walk_card, SK, WALK_CARD, GtkWidget)

GtkWidget *sk_walk_card_new             (void);
/* Shows @walk's step, and follows it; NULL hides the card. */
void       sk_walk_card_set_walkthrough (SkWalkCard    *self,
                                         SkWalkthrough *walk);

G_END_DECLS
