/* sk-app.h — the editor module's entry, and its debug flags
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* SAMMENKART_DEBUG=geometry,frames: what the editor tells the GUI tests
 * and the canvas benchmark on stderr. */
typedef enum {
  SK_DEBUG_GEOMETRY = 1 << 0,  /* where the cards and bands are; saves done */
  SK_DEBUG_FRAMES   = 1 << 1,  /* frame times while dragging */
} SkDebugFlags;

gboolean sk_app_debug (SkDebugFlags flag);

G_END_DECLS
