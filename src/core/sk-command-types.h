/* sk-command-types.h — the few kinds of change every command is made of
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sk-command.h"

G_BEGIN_DECLS

#define SK_TYPE_EDIT_COMMAND (sk_edit_command_get_type ())
G_DECLARE_FINAL_TYPE (SkEditCommand, sk_edit_command, SK, EDIT_COMMAND, SkCommand)

#define SK_TYPE_INSERT_COMMAND (sk_insert_command_get_type ())
G_DECLARE_FINAL_TYPE (SkInsertCommand, sk_insert_command, SK, INSERT_COMMAND, SkCommand)

#define SK_TYPE_MOVE_COMMAND (sk_move_command_get_type ())
G_DECLARE_FINAL_TYPE (SkMoveCommand, sk_move_command, SK, MOVE_COMMAND, SkCommand)

#define SK_TYPE_COMMAND_GROUP (sk_command_group_get_type ())
G_DECLARE_FINAL_TYPE (SkCommandGroup, sk_command_group, SK, COMMAND_GROUP, SkCommand)

SkCommand *sk_edit_command_new      (SkKind          kind,
                                     const char     *id,
                                     JsonObject     *before,
                                     JsonObject     *after);
SkCommand *sk_insert_command_new    (SkKind          kind,
                                     guint           position,
                                     JsonObject     *json);
SkCommand *sk_remove_command_new    (SkKind          kind,
                                     guint           position,
                                     const char     *id);
SkCommand *sk_move_command_new      (SkKind          kind,
                                     const char     *id,
                                     guint           from,
                                     guint           to,
                                     JsonObject     *before,
                                     JsonObject     *after);
SkCommand *sk_command_group_new     (const char     *label);
void       sk_command_group_add     (SkCommandGroup *self,
                                     SkCommand      *command);
guint      sk_command_group_get_size (SkCommandGroup *self);

G_END_DECLS
