/* sk-json.h — deep copies of JSON values
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

JsonNode   *sk_json_node_copy   (JsonNode   *node);
JsonObject *sk_json_object_copy (JsonObject *object);

G_END_DECLS
