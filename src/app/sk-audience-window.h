/* sk-audience-window.h — the map for the room, on the projector
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sk-canvas.h"
#include "sk-walkthrough.h"

G_BEGIN_DECLS

#define SK_TYPE_AUDIENCE_WINDOW (sk_audience_window_get_type ())

G_DECLARE_FINAL_TYPE (SkAudienceWindow, sk_audience_window, SK, AUDIENCE_WINDOW, GtkWindow)

/* A window that shows what @source (the facilitator's canvas) shows. */
GtkWidget *sk_audience_window_new             (SkCanvas      *source,
                                               SkDocument    *document);
SkCanvas  *sk_audience_window_get_canvas      (SkAudienceWindow *self);
void       sk_audience_window_set_walkthrough (SkAudienceWindow *self,
                                               SkWalkthrough    *walk);

G_END_DECLS
