/* sk-window.h — one map's window: start page, canvas, side panel
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-document.h"

G_BEGIN_DECLS

#define SK_TYPE_WINDOW (sk_window_get_type ())

G_DECLARE_FINAL_TYPE (SkWindow, sk_window, SK, WINDOW, AdwApplicationWindow)

SkWindow   *sk_window_new          (GtkApplication *application);
/* Whether the window shows a map (else its start page). */
gboolean    sk_window_has_document (SkWindow       *self);
/* Shows @document (NULL: the start page), with a journal of its edits;
 * @recovered: its map was recovered from a journal. */
void        sk_window_open_document (SkWindow      *self,
                                     SkDocument    *document,
                                     gboolean       recovered);
/* Opens a file in the background; errors are shown in a dialog. */
void        sk_window_open_file    (SkWindow       *self,
                                    GFile          *file);

G_END_DECLS
