/* sk-band.h — one level's band on the canvas, for assistive technology
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sk-layout.h"

G_BEGIN_DECLS

#define SK_TYPE_BAND (sk_band_get_type ())

G_DECLARE_FINAL_TYPE (SkBand, sk_band, SK, BAND, GtkWidget)

GtkWidget          *sk_band_new             (const char         *level_id);
const char         *sk_band_get_level_id    (SkBand             *self);
void                sk_band_set_band_layout (SkBand             *self,
                                             const SkBandLayout *band);
/* The smallest rectangle around the band's trapezoid, in layout points. */
gboolean            sk_band_get_bounds      (SkBand             *self,
                                             SkRect             *bounds);
/* What assistive technology says: "Level 3: Spesialiserte tjenester, 5
 * services". */
void                sk_band_set_label       (SkBand             *self,
                                             const char         *label);

G_END_DECLS
