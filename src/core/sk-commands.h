/* sk-commands.h — every change a person can make to a map, as a command
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sk-command.h"
#include "sk-map.h"

G_BEGIN_DECLS

/* Any field of any object, by path ("name.nb", "contact.phone",
 * "steps[2].kind"); a NULL value removes it. */
SkCommand *sk_command_new_edit          (SkMap       *map,
                                         SkKind       kind,
                                         const char  *id,
                                         const char  *path,
                                         JsonNode    *value,
                                         GError     **error);
SkCommand *sk_command_new_set_string    (SkMap       *map,
                                         SkKind       kind,
                                         const char  *id,
                                         const char  *path,
                                         const char  *value,
                                         GError     **error);
SkCommand *sk_command_new_set_text      (SkMap       *map,
                                         SkKind       kind,
                                         const char  *id,
                                         const char  *key,
                                         const char  *lang,
                                         const char  *value,
                                         GError     **error);

SkCommand *sk_command_new_add           (SkMap       *map,
                                         SkKind       kind,
                                         int          position,
                                         JsonObject  *json,
                                         GError     **error);
SkCommand *sk_command_new_remove        (SkMap       *map,
                                         SkKind       kind,
                                         const char  *id,
                                         const char  *replacement_id,
                                         GPtrArray  **changed_pathways,
                                         GError     **error);
SkCommand *sk_command_new_reorder       (SkMap       *map,
                                         SkKind       kind,
                                         const char  *id,
                                         guint        position,
                                         GError     **error);

SkCommand *sk_command_new_add_service   (SkMap       *map,
                                         const char  *level_id,
                                         int          position,
                                         const char  *name,
                                         char       **new_id,
                                         GError     **error);
SkCommand *sk_command_new_move_service  (SkMap       *map,
                                         const char  *id,
                                         const char  *level_id,
                                         guint        position,
                                         GError     **error);
SkCommand *sk_command_new_add_level     (SkMap       *map,
                                         int          position,
                                         const char  *name,
                                         const char  *color,
                                         char       **new_id,
                                         GError     **error);
SkCommand *sk_command_new_add_pathway   (SkMap       *map,
                                         const char  *name,
                                         const char  *color,
                                         char       **new_id,
                                         GError     **error);

SkCommand *sk_command_new_add_step      (SkMap       *map,
                                         const char  *pathway_id,
                                         int          index,
                                         const char  *service_id,
                                         const char  *kind,
                                         const char  *text,
                                         GError     **error);
SkCommand *sk_command_new_remove_step   (SkMap       *map,
                                         const char  *pathway_id,
                                         guint        index,
                                         GError     **error);
SkCommand *sk_command_new_move_step     (SkMap       *map,
                                         const char  *pathway_id,
                                         guint        from,
                                         guint        to,
                                         GError     **error);

SkCommand *sk_command_new_set_override  (SkMap       *map,
                                         const char  *municipality_id,
                                         const char  *service_id,
                                         const char  *path,
                                         JsonNode    *value,
                                         GError     **error);

SkCommand *sk_command_new_add_note      (SkMap       *map,
                                         SkKind       target_kind,
                                         const char  *target_id,
                                         const char  *text,
                                         const char  *author,
                                         char       **new_id,
                                         GError     **error);

char      *sk_map_make_id               (SkMap       *map,
                                         SkKind       kind,
                                         const char  *name);

G_END_DECLS
