/* sk-preferences-window.h — Preferences: posters' paper, new maps' language,
 * the name notes are signed with
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SK_TYPE_PREFERENCES_WINDOW (sk_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (SkPreferencesWindow, sk_preferences_window, SK, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *sk_preferences_window_new (GtkWindow *parent);

G_END_DECLS
