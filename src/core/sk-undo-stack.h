/* sk-undo-stack.h — the commands applied to a map, to undo and redo
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-command.h"
#include "sk-map.h"

G_BEGIN_DECLS

#define SK_TYPE_UNDO_STACK (sk_undo_stack_get_type ())

G_DECLARE_FINAL_TYPE (SkUndoStack, sk_undo_stack, SK, UNDO_STACK, GObject)

/**
 * SkUndoAction:
 * @SK_UNDO_ACTION_DO: a command was applied for the first time (or merged)
 * @SK_UNDO_ACTION_UNDO: a command was reverted
 * @SK_UNDO_ACTION_REDO: a command was applied again
 */
typedef enum {
  SK_UNDO_ACTION_DO,
  SK_UNDO_ACTION_UNDO,
  SK_UNDO_ACTION_REDO,
} SkUndoAction;

#define SK_UNDO_STACK_DEFAULT_DEPTH 1000
#define SK_UNDO_STACK_DEFAULT_MERGE_MS 1500

SkUndoStack *sk_undo_stack_new              (SkMap       *map);
SkMap       *sk_undo_stack_get_map          (SkUndoStack *self);
void         sk_undo_stack_push             (SkUndoStack *self,
                                             SkCommand   *command);
gboolean     sk_undo_stack_undo             (SkUndoStack *self);
gboolean     sk_undo_stack_redo             (SkUndoStack *self);
void         sk_undo_stack_begin_group      (SkUndoStack *self,
                                             const char  *label);
void         sk_undo_stack_end_group        (SkUndoStack *self);
void         sk_undo_stack_break_merge      (SkUndoStack *self);

gboolean     sk_undo_stack_can_undo         (SkUndoStack *self);
gboolean     sk_undo_stack_can_redo         (SkUndoStack *self);
const char  *sk_undo_stack_get_undo_label   (SkUndoStack *self);
const char  *sk_undo_stack_get_redo_label   (SkUndoStack *self);
guint        sk_undo_stack_get_n_undo       (SkUndoStack *self);
guint        sk_undo_stack_get_n_redo       (SkUndoStack *self);
guint64      sk_undo_stack_get_serial       (SkUndoStack *self);

void         sk_undo_stack_set_saved        (SkUndoStack *self);
void         sk_undo_stack_set_unsaved      (SkUndoStack *self);
gboolean     sk_undo_stack_get_modified     (SkUndoStack *self);

guint        sk_undo_stack_get_max_depth    (SkUndoStack *self);
void         sk_undo_stack_set_max_depth    (SkUndoStack *self,
                                             guint        max_depth);
guint        sk_undo_stack_get_merge_window (SkUndoStack *self);
void         sk_undo_stack_set_merge_window (SkUndoStack *self,
                                             guint        milliseconds);

G_END_DECLS
