/* sk-command-types.c — the few kinds of change every command is made of
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Edit: replace one item's content (a snapshot before and after).
 * Insert/remove: one item into or out of its list at a position; the item
 * object itself is kept while it is out, so views see the same object back.
 * Move: one item to another position in its list, optionally with new
 * content (a service moved to another level).
 * Group: several commands as one undo step.
 */
#include "config.h"

#include "sk-command-types.h"
#include "sk-map-private.h"

/* Edit */

struct _SkEditCommand
{
  SkCommand   parent_instance;
  SkKind      kind;
  char       *id;
  JsonObject *before;
  JsonObject *after;
};

G_DEFINE_FINAL_TYPE (SkEditCommand, sk_edit_command, SK_TYPE_COMMAND)

static void
sk_edit_command_apply (SkCommand *command,
                       SkMap     *map)
{
  SkEditCommand *self = SK_EDIT_COMMAND (command);

  _sk_map_set_json (map, self->kind, self->id, self->after);
}

static void
sk_edit_command_revert (SkCommand *command,
                        SkMap     *map)
{
  SkEditCommand *self = SK_EDIT_COMMAND (command);

  _sk_map_set_json (map, self->kind, self->id, self->before);
}

static gboolean
sk_edit_command_merge (SkCommand *command,
                       SkCommand *next)
{
  SkEditCommand *self = SK_EDIT_COMMAND (command);
  SkEditCommand *other = SK_EDIT_COMMAND (next);

  if (self->kind != other->kind || g_strcmp0 (self->id, other->id) != 0)
    return FALSE;
  g_clear_pointer (&self->after, json_object_unref);
  self->after = json_object_ref (other->after);
  return TRUE;
}

static void
sk_edit_command_finalize (GObject *object)
{
  SkEditCommand *self = SK_EDIT_COMMAND (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->before, json_object_unref);
  g_clear_pointer (&self->after, json_object_unref);

  G_OBJECT_CLASS (sk_edit_command_parent_class)->finalize (object);
}

static void
sk_edit_command_class_init (SkEditCommandClass *klass)
{
  SkCommandClass *command_class = SK_COMMAND_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = sk_edit_command_finalize;
  command_class->apply = sk_edit_command_apply;
  command_class->revert = sk_edit_command_revert;
  command_class->merge = sk_edit_command_merge;
}

static void
sk_edit_command_init (SkEditCommand *self)
{
}

/* Takes references on @before and @after, both normalized for @kind. */
SkCommand *
sk_edit_command_new (SkKind      kind,
                     const char *id,
                     JsonObject *before,
                     JsonObject *after)
{
  SkEditCommand *self = g_object_new (SK_TYPE_EDIT_COMMAND, NULL);

  self->kind = kind;
  self->id = g_strdup (id);
  self->before = json_object_ref (before);
  self->after = json_object_ref (after);
  return SK_COMMAND (self);
}

/* Insert and remove */

struct _SkInsertCommand
{
  SkCommand   parent_instance;
  SkKind      kind;
  guint       position;
  gboolean    remove;
  char       *id;
  JsonObject *json;   /* for the first insertion */
  SkItem     *item;   /* while it is out of the map */
};

G_DEFINE_FINAL_TYPE (SkInsertCommand, sk_insert_command, SK_TYPE_COMMAND)

static void
put_in (SkInsertCommand *self,
        SkMap           *map)
{
  if (self->item == NULL)
    self->item = _sk_item_new (self->kind, self->json);
  _sk_map_insert (map, self->kind, self->position, self->item);
  g_clear_object (&self->item);
}

static void
take_out (SkInsertCommand *self,
          SkMap           *map)
{
  g_assert (self->item == NULL);
  self->item = _sk_map_remove (map, self->kind, self->position);
  g_assert (g_strcmp0 (sk_item_get_id (self->item), self->id) == 0);
}

static void
sk_insert_command_apply (SkCommand *command,
                         SkMap     *map)
{
  SkInsertCommand *self = SK_INSERT_COMMAND (command);

  if (self->remove)
    take_out (self, map);
  else
    put_in (self, map);
}

static void
sk_insert_command_revert (SkCommand *command,
                          SkMap     *map)
{
  SkInsertCommand *self = SK_INSERT_COMMAND (command);

  if (self->remove)
    put_in (self, map);
  else
    take_out (self, map);
}

static void
sk_insert_command_finalize (GObject *object)
{
  SkInsertCommand *self = SK_INSERT_COMMAND (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->json, json_object_unref);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (sk_insert_command_parent_class)->finalize (object);
}

static void
sk_insert_command_class_init (SkInsertCommandClass *klass)
{
  SkCommandClass *command_class = SK_COMMAND_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = sk_insert_command_finalize;
  command_class->apply = sk_insert_command_apply;
  command_class->revert = sk_insert_command_revert;
}

static void
sk_insert_command_init (SkInsertCommand *self)
{
}

/* Takes a reference on @json, normalized for @kind. */
SkCommand *
sk_insert_command_new (SkKind      kind,
                       guint       position,
                       JsonObject *json)
{
  SkInsertCommand *self = g_object_new (SK_TYPE_INSERT_COMMAND, NULL);

  self->kind = kind;
  self->position = position;
  self->json = json_object_ref (json);
  self->id = g_strdup (json_object_get_string_member (json, "id"));
  return SK_COMMAND (self);
}

SkCommand *
sk_remove_command_new (SkKind      kind,
                       guint       position,
                       const char *id)
{
  SkInsertCommand *self = g_object_new (SK_TYPE_INSERT_COMMAND, NULL);

  self->kind = kind;
  self->position = position;
  self->remove = TRUE;
  self->id = g_strdup (id);
  return SK_COMMAND (self);
}

/* Move */

struct _SkMoveCommand
{
  SkCommand   parent_instance;
  SkKind      kind;
  char       *id;
  guint       from;
  guint       to;
  JsonObject *before;  /* both NULL when only the position changes */
  JsonObject *after;
};

G_DEFINE_FINAL_TYPE (SkMoveCommand, sk_move_command, SK_TYPE_COMMAND)

static void
sk_move_command_apply (SkCommand *command,
                       SkMap     *map)
{
  SkMoveCommand *self = SK_MOVE_COMMAND (command);

  _sk_map_move (map, self->kind, self->from, self->to);
  if (self->after != NULL)
    _sk_map_set_json (map, self->kind, self->id, self->after);
}

static void
sk_move_command_revert (SkCommand *command,
                        SkMap     *map)
{
  SkMoveCommand *self = SK_MOVE_COMMAND (command);

  if (self->before != NULL)
    _sk_map_set_json (map, self->kind, self->id, self->before);
  _sk_map_move (map, self->kind, self->to, self->from);
}

static gboolean
sk_move_command_merge (SkCommand *command,
                       SkCommand *next)
{
  SkMoveCommand *self = SK_MOVE_COMMAND (command);
  SkMoveCommand *other = SK_MOVE_COMMAND (next);

  if (self->kind != other->kind || g_strcmp0 (self->id, other->id) != 0)
    return FALSE;

  self->to = other->to;
  if (other->after != NULL)
    {
      if (self->before == NULL)
        self->before = json_object_ref (other->before);
      g_clear_pointer (&self->after, json_object_unref);
      self->after = json_object_ref (other->after);
    }
  return TRUE;
}

static void
sk_move_command_finalize (GObject *object)
{
  SkMoveCommand *self = SK_MOVE_COMMAND (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->before, json_object_unref);
  g_clear_pointer (&self->after, json_object_unref);

  G_OBJECT_CLASS (sk_move_command_parent_class)->finalize (object);
}

static void
sk_move_command_class_init (SkMoveCommandClass *klass)
{
  SkCommandClass *command_class = SK_COMMAND_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = sk_move_command_finalize;
  command_class->apply = sk_move_command_apply;
  command_class->revert = sk_move_command_revert;
  command_class->merge = sk_move_command_merge;
}

static void
sk_move_command_init (SkMoveCommand *self)
{
}

/* @before and @after are both %NULL or both set (references are taken). */
SkCommand *
sk_move_command_new (SkKind      kind,
                     const char *id,
                     guint       from,
                     guint       to,
                     JsonObject *before,
                     JsonObject *after)
{
  SkMoveCommand *self = g_object_new (SK_TYPE_MOVE_COMMAND, NULL);

  g_assert ((before == NULL) == (after == NULL));

  self->kind = kind;
  self->id = g_strdup (id);
  self->from = from;
  self->to = to;
  self->before = before != NULL ? json_object_ref (before) : NULL;
  self->after = after != NULL ? json_object_ref (after) : NULL;
  return SK_COMMAND (self);
}

/* Group */

struct _SkCommandGroup
{
  SkCommand  parent_instance;
  GPtrArray *commands;
};

G_DEFINE_FINAL_TYPE (SkCommandGroup, sk_command_group, SK_TYPE_COMMAND)

static void
sk_command_group_apply (SkCommand *command,
                        SkMap     *map)
{
  SkCommandGroup *self = SK_COMMAND_GROUP (command);

  for (guint i = 0; i < self->commands->len; i++)
    sk_command_apply (g_ptr_array_index (self->commands, i), map);
}

static void
sk_command_group_revert (SkCommand *command,
                         SkMap     *map)
{
  SkCommandGroup *self = SK_COMMAND_GROUP (command);

  for (guint i = self->commands->len; i > 0; i--)
    sk_command_revert (g_ptr_array_index (self->commands, i - 1), map);
}

static void
sk_command_group_finalize (GObject *object)
{
  SkCommandGroup *self = SK_COMMAND_GROUP (object);

  g_clear_pointer (&self->commands, g_ptr_array_unref);

  G_OBJECT_CLASS (sk_command_group_parent_class)->finalize (object);
}

static void
sk_command_group_class_init (SkCommandGroupClass *klass)
{
  SkCommandClass *command_class = SK_COMMAND_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = sk_command_group_finalize;
  command_class->apply = sk_command_group_apply;
  command_class->revert = sk_command_group_revert;
}

static void
sk_command_group_init (SkCommandGroup *self)
{
  self->commands = g_ptr_array_new_with_free_func (g_object_unref);
}

SkCommand *
sk_command_group_new (const char *label)
{
  SkCommand *self = g_object_new (SK_TYPE_COMMAND_GROUP, NULL);

  sk_command_set_label (self, label);
  return self;
}

/* Adds @command as the group's last step (a reference is taken). */
void
sk_command_group_add (SkCommandGroup *self,
                      SkCommand      *command)
{
  g_ptr_array_add (self->commands, g_object_ref (command));
}

guint
sk_command_group_get_size (SkCommandGroup *self)
{
  return self->commands->len;
}
