/* sk-settings.h — the editor's GSettings
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GSettings *sk_settings_get (void);

G_END_DECLS
