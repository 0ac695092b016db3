/* sk-text.h — texts per language ({"nb": "…", "nn": "…"})
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

const char *sk_text_get      (JsonObject *text,
                              const char *lang);
const char *sk_text_get_best (JsonObject *text,
                              const char *lang);

G_END_DECLS
