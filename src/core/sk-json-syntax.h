/* sk-json-syntax.h — a strict check of JSON text before it is parsed
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SK_JSON_MAX_NESTING 64

gboolean sk_json_check_syntax (const char  *data,
                               gsize        len,
                               const char  *name,
                               GString     *compact,
                               GError     **error);

G_END_DECLS
