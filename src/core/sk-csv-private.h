/* sk-csv-private.h — what the spreadsheet files share
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sk-csv.h"

G_BEGIN_DECLS

gboolean    sk_csv_is_formula_start (char        c);
const char *sk_csv_get_text         (JsonObject *object,
                                     const char *key,
                                     const char *lang);
JsonObject *sk_csv_child            (JsonObject *object,
                                     const char *key,
                                     gboolean    create);

G_END_DECLS
