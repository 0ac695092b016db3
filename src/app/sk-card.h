/* sk-card.h — one service's card on the canvas: focusable, accessible
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sk-layout.h"

G_BEGIN_DECLS

#define SK_TYPE_CARD (sk_card_get_type ())

G_DECLARE_FINAL_TYPE (SkCard, sk_card, SK, CARD, GtkWidget)

GtkWidget    *sk_card_new            (const char         *service_id);
const char   *sk_card_get_service_id (SkCard             *self);
void          sk_card_set_card_layout (SkCard            *self,
                                       const SkCardLayout *card);
const SkCardLayout *sk_card_get_card_layout (SkCard      *self);
void          sk_card_set_selected   (SkCard             *self,
                                      gboolean            selected);
/* What assistive technology says: "PPT — level 3, Tidlig innsats — sector". */
void          sk_card_set_description (SkCard            *self,
                                       const char        *label,
                                       const char        *description);
G_END_DECLS
