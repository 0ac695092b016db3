/* sk-commands-private.h — what the files of commands share
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sk-command.h"
#include "sk-map.h"

G_BEGIN_DECLS

SkItem     *sk_commands_lookup                (SkMap       *map,
                                               SkKind       kind,
                                               const char  *id,
                                               GError     **error);
gboolean    sk_commands_set_path              (JsonObject  *root,
                                               const char  *path,
                                               JsonNode    *value,
                                               GError     **error);
SkCommand  *sk_commands_edit_from             (SkMap       *map,
                                               SkItem      *item,
                                               JsonObject  *changed,
                                               const char  *label,
                                               const char  *merge_key,
                                               GError     **error);
JsonObject *sk_commands_text_object           (const char  *lang,
                                               const char  *value);
JsonObject *sk_commands_new_named             (SkMap       *map,
                                               SkKind       kind,
                                               const char  *name);
SkCommand  *sk_commands_add_named             (SkMap       *map,
                                               SkKind       kind,
                                               int          position,
                                               JsonObject  *json,
                                               char       **new_id,
                                               GError     **error);
gboolean    sk_commands_remove_objects_with   (JsonObject  *object,
                                               const char  *key,
                                               const char  *field,
                                               const char  *id);

G_END_DECLS
