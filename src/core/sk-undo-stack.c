/* sk-undo-stack.c — the commands applied to a map, to undo and redo
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change to a document goes through sk_undo_stack_push(), which
 * applies the command and records it. A command with the same merge key as
 * the last one, pushed within the merge window, folds into it (typing in a
 * field, nudging a card), except across the point where the map was saved.
 * Between begin_group() and end_group() all pushes become one step.
 *
 * The saved point is the number of applied commands when the map was last
 * saved; the map is modified whenever the count differs, so undoing back to
 * it clears the modified mark. When the depth limit drops the oldest
 * commands, or a new command replaces the redo steps, the saved point may
 * become unreachable: then the map stays modified until it is saved again.
 */
#include "config.h"

#include "sk-command-types.h"
#include "sk-undo-stack.h"

#define SAVED_UNREACHABLE (-1)

struct _SkUndoStack
{
  GObject    parent_instance;

  SkMap     *map;
  GPtrArray *done;    /* applied commands, oldest first */
  GPtrArray *undone;  /* reverted commands, the next to redo last */
  GPtrArray *groups;  /* open groups, innermost last */
  gint64     last_push_time;
  gint64     saved;   /* len of done when saved, or SAVED_UNREACHABLE */
  guint64    serial;  /* grows with every change to the map */
  gboolean   merge_broken;
  guint      max_depth;
  guint      merge_window_ms;
};

G_DEFINE_FINAL_TYPE (SkUndoStack, sk_undo_stack, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MAP,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_MODIFIED,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct {
  gboolean    can_undo;
  gboolean    can_redo;
  const char *undo_label;
  const char *redo_label;
  gboolean    modified;
} State;

static State
get_state (SkUndoStack *self)
{
  return (State) {
    sk_undo_stack_can_undo (self),
    sk_undo_stack_can_redo (self),
    sk_undo_stack_get_undo_label (self),
    sk_undo_stack_get_redo_label (self),
    sk_undo_stack_get_modified (self),
  };
}

/* Notifies the properties that differ from @before, and only those. */
static void
notify_changes (SkUndoStack *self,
                const State *before)
{
  State after = get_state (self);

  if (before->can_undo != after.can_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (before->can_redo != after.can_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (before->undo_label != after.undo_label)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  if (before->redo_label != after.redo_label)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
  if (before->modified != after.modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
sk_undo_stack_finalize (GObject *object)
{
  SkUndoStack *self = SK_UNDO_STACK (object);

  g_clear_object (&self->map);
  g_clear_pointer (&self->done, g_ptr_array_unref);
  g_clear_pointer (&self->undone, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (sk_undo_stack_parent_class)->finalize (object);
}

static void
sk_undo_stack_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SkUndoStack *self = SK_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_MAP:
      g_value_set_object (value, self->map);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, sk_undo_stack_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, sk_undo_stack_can_redo (self));
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, sk_undo_stack_get_undo_label (self));
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, sk_undo_stack_get_redo_label (self));
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, sk_undo_stack_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_undo_stack_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SkUndoStack *self = SK_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_MAP:
      self->map = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_undo_stack_class_init (SkUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sk_undo_stack_finalize;
  object_class->get_property = sk_undo_stack_get_property;
  object_class->set_property = sk_undo_stack_set_property;

  properties[PROP_MAP] =
    g_param_spec_object ("map", NULL, NULL, SK_TYPE_MAP,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SkUndoStack::changed:
   * @self: the stack
   * @command: the command
   * @action: what was done with it
   *
   * Emitted after @command changed the map (the edit journal listens here).
   * Inside a group, emitted once for the whole group when it ends.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, SK_TYPE_COMMAND, G_TYPE_INT);
}

static void
sk_undo_stack_init (SkUndoStack *self)
{
  self->done = g_ptr_array_new_with_free_func (g_object_unref);
  self->undone = g_ptr_array_new_with_free_func (g_object_unref);
  self->groups = g_ptr_array_new_with_free_func (g_object_unref);
  self->max_depth = SK_UNDO_STACK_DEFAULT_DEPTH;
  self->merge_window_ms = SK_UNDO_STACK_DEFAULT_MERGE_MS;
}

/**
 * sk_undo_stack_new:
 *
 * Returns: (transfer full): an empty stack for @map, at its saved point
 */
SkUndoStack *
sk_undo_stack_new (SkMap *map)
{
  g_return_val_if_fail (SK_IS_MAP (map), NULL);
  return g_object_new (SK_TYPE_UNDO_STACK, "map", map, NULL);
}

/**
 * sk_undo_stack_get_map:
 *
 * Returns: (transfer none): the map
 */
SkMap *
sk_undo_stack_get_map (SkUndoStack *self)
{
  g_return_val_if_fail (SK_IS_UNDO_STACK (self), NULL);
  return self->map;
}

static void
trim_to_depth (SkUndoStack *self)
{
  guint excess;

  if (self->max_depth == 0 || self->done->len <= self->max_depth)
    return;
  excess = self->done->len - self->max_depth;
  g_ptr_array_remove_range (self->done, 0, excess);
  if (self->saved != SAVED_UNREACHABLE)
    self->saved = self->saved >= (gint64) excess ? self->saved - excess : SAVED_UNREACHABLE;
}

static void
record (SkUndoStack *self,
        SkCommand   *command)
{
  gint64 now = g_get_monotonic_time ();
  SkCommand *top = self->done->len > 0
                   ? g_ptr_array_index (self->done, self->done->len - 1) : NULL;
  gboolean may_merge = top != NULL
                       && !self->merge_broken
                       && self->saved != (gint64) self->done->len
                       && self->undone->len == 0
                       && now - self->last_push_time <= (gint64) self->merge_window_ms * 1000;

  self->last_push_time = now;
  self->merge_broken = FALSE;

  if (self->undone->len > 0)
    {
      if (self->saved > (gint64) self->done->len)
        self->saved = SAVED_UNREACHABLE;
      g_ptr_array_set_size (self->undone, 0);
    }

  self->serial++;
  if (may_merge && sk_command_merge (top, command))
    {
      g_signal_emit (self, signals[CHANGED], 0, top, SK_UNDO_ACTION_DO);
      return;
    }

  g_ptr_array_add (self->done, g_object_ref (command));
  trim_to_depth (self);
  g_signal_emit (self, signals[CHANGED], 0, command, SK_UNDO_ACTION_DO);
}

/**
 * sk_undo_stack_push:
 * @command: a command made for this stack's map
 *
 * Applies @command to the map and records it, merging it into the last one
 * when they share a merge key; the redo steps are dropped.
 */
void
sk_undo_stack_push (SkUndoStack *self,
                    SkCommand   *command)
{
  State before;

  g_return_if_fail (SK_IS_UNDO_STACK (self));
  g_return_if_fail (SK_IS_COMMAND (command));

  before = get_state (self);
  sk_command_apply (command, self->map);
  self->serial++;

  if (self->groups->len > 0)
    {
      SkCommandGroup *group = g_ptr_array_index (self->groups, self->groups->len - 1);
      sk_command_group_add (group, command);
      return;
    }

  record (self, command);
  notify_changes (self, &before);
}

/**
 * sk_undo_stack_begin_group:
 * @label: what the whole group does, for people
 *
 * Until the matching sk_undo_stack_end_group(), pushed commands are
 * applied at once and undone together as one step. Groups nest.
 */
void
sk_undo_stack_begin_group (SkUndoStack *self,
                           const char  *label)
{
  g_return_if_fail (SK_IS_UNDO_STACK (self));
  g_ptr_array_add (self->groups, sk_command_group_new (label));
}

void
sk_undo_stack_end_group (SkUndoStack *self)
{
  g_autoptr(SkCommand) group = NULL;
  State before;

  g_return_if_fail (SK_IS_UNDO_STACK (self));
  g_return_if_fail (self->groups->len > 0);

  before = get_state (self);
  group = g_ptr_array_steal_index (self->groups, self->groups->len - 1);
  if (sk_command_group_get_size (SK_COMMAND_GROUP (group)) == 0)
    return;

  if (self->groups->len > 0)
    {
      sk_command_group_add (g_ptr_array_index (self->groups, self->groups->len - 1), group);
      return;
    }
  self->merge_broken = TRUE;  /* a group never merges into what was before */
  record (self, group);
  self->merge_broken = TRUE;  /* nor does what comes after merge into it */
  notify_changes (self, &before);
}

/**
 * sk_undo_stack_break_merge:
 *
 * The next command starts a new undo step even if it could merge (the user
 * left the field, or let go of the key).
 */
void
sk_undo_stack_break_merge (SkUndoStack *self)
{
  g_return_if_fail (SK_IS_UNDO_STACK (self));
  self->merge_broken = TRUE;
}

gboolean
sk_undo_stack_undo (SkUndoStack *self)
{
  SkCommand *command;
  State before;

  g_return_val_if_fail (SK_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (self->groups->len == 0, FALSE);

  if (self->done->len == 0)
    return FALSE;

  before = get_state (self);
  command = g_ptr_array_steal_index (self->done, self->done->len - 1);
  sk_command_revert (command, self->map);
  self->serial++;
  g_ptr_array_add (self->undone, command);
  self->merge_broken = TRUE;
  g_signal_emit (self, signals[CHANGED], 0, command, SK_UNDO_ACTION_UNDO);
  notify_changes (self, &before);
  return TRUE;
}

gboolean
sk_undo_stack_redo (SkUndoStack *self)
{
  SkCommand *command;
  State before;

  g_return_val_if_fail (SK_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (self->groups->len == 0, FALSE);

  if (self->undone->len == 0)
    return FALSE;

  before = get_state (self);
  command = g_ptr_array_steal_index (self->undone, self->undone->len - 1);
  sk_command_apply (command, self->map);
  self->serial++;
  g_ptr_array_add (self->done, command);
  self->merge_broken = TRUE;
  g_signal_emit (self, signals[CHANGED], 0, command, SK_UNDO_ACTION_REDO);
  notify_changes (self, &before);
  return TRUE;
}

gboolean
sk_undo_stack_can_undo (SkUndoStack *self)
{
  g_return_val_if_fail (SK_IS_UNDO_STACK (self), FALSE);
  return self->done->len > 0;
}

gboolean
sk_undo_stack_can_redo (SkUndoStack *self)
{
  g_return_val_if_fail (SK_IS_UNDO_STACK (self), FALSE);
  return self->undone->len > 0;
}

/**
 * sk_undo_stack_get_undo_label:
 *
 * Returns: (nullable): the label of the command Undo would revert
 */
const char *
sk_undo_stack_get_undo_label (SkUndoStack *self)
{
  g_return_val_if_fail (SK_IS_UNDO_STACK (self), NULL);
  if (self->done->len == 0)
    return NULL;
  return sk_command_get_label (g_ptr_array_index (self->done, self->done->len - 1));
}

/**
 * sk_undo_stack_get_redo_label:
 *
 * Returns: (nullable): the label of the command Redo would apply
 */
const char *
sk_undo_stack_get_redo_label (SkUndoStack *self)
{
  g_return_val_if_fail (SK_IS_UNDO_STACK (self), NULL);
  if (self->undone->len == 0)
    return NULL;
  return sk_command_get_label (g_ptr_array_index (self->undone, self->undone->len - 1));
}

guint
sk_undo_stack_get_n_undo (SkUndoStack *self)
{
  g_return_val_if_fail (SK_IS_UNDO_STACK (self), 0);
  return self->done->len;
}

guint
sk_undo_stack_get_n_redo (SkUndoStack *self)
{
  g_return_val_if_fail (SK_IS_UNDO_STACK (self), 0);
  return self->undone->len;
}

/**
 * sk_undo_stack_set_saved:
 *
 * Marks the map as saved as it is now.
 */
void
sk_undo_stack_set_saved (SkUndoStack *self)
{
  State before;

  g_return_if_fail (SK_IS_UNDO_STACK (self));

  before = get_state (self);
  self->saved = self->done->len;
  notify_changes (self, &before);
}

/**
 * sk_undo_stack_set_unsaved:
 *
 * Marks the map as differing from its file, whatever is undone: a map
 * recovered from a journal is not the file it continues.
 */
void
sk_undo_stack_set_unsaved (SkUndoStack *self)
{
  State before;

  g_return_if_fail (SK_IS_UNDO_STACK (self));

  before = get_state (self);
  self->saved = SAVED_UNREACHABLE;
  notify_changes (self, &before);
}

/**
 * sk_undo_stack_get_serial:
 *
 * Returns: a number that changes whenever the map changes through the
 *   stack (a command, a merge, undo, redo); the same number means the
 *   same map
 */
guint64
sk_undo_stack_get_serial (SkUndoStack *self)
{
  g_return_val_if_fail (SK_IS_UNDO_STACK (self), 0);
  return self->serial;
}

gboolean
sk_undo_stack_get_modified (SkUndoStack *self)
{
  g_return_val_if_fail (SK_IS_UNDO_STACK (self), FALSE);
  return self->saved != (gint64) self->done->len;
}

guint
sk_undo_stack_get_max_depth (SkUndoStack *self)
{
  g_return_val_if_fail (SK_IS_UNDO_STACK (self), 0);
  return self->max_depth;
}

/**
 * sk_undo_stack_set_max_depth:
 * @max_depth: how many steps can be undone; 0 for no limit
 */
void
sk_undo_stack_set_max_depth (SkUndoStack *self,
                             guint        max_depth)
{
  State before;

  g_return_if_fail (SK_IS_UNDO_STACK (self));

  before = get_state (self);
  self->max_depth = max_depth;
  trim_to_depth (self);
  notify_changes (self, &before);
}

guint
sk_undo_stack_get_merge_window (SkUndoStack *self)
{
  g_return_val_if_fail (SK_IS_UNDO_STACK (self), 0);
  return self->merge_window_ms;
}

/**
 * sk_undo_stack_set_merge_window:
 * @milliseconds: how close together mergeable commands must come; 0 never
 *   merges, G_MAXUINT always does
 */
void
sk_undo_stack_set_merge_window (SkUndoStack *self,
                                guint        milliseconds)
{
  g_return_if_fail (SK_IS_UNDO_STACK (self));
  self->merge_window_ms = milliseconds;
}
