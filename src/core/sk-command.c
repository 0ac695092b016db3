/* sk-command.c — one undoable change to a map
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A command is made (and validated) against the map as it is, then applied
 * and reverted any number of times by the undo stack. Commands refer to
 * objects by id and keep whole snapshots of what they replace, so reverting
 * gives back exactly the map that was, byte for byte.
 *
 * Two commands with the same merge key (typing into one field, nudging one
 * card) may merge into one undo step: the first keeps its "before", the
 * second gives its "after".
 */
#include "config.h"

#include "sk-command.h"

typedef struct
{
  char *label;
  char *merge_key;
} SkCommandPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (SkCommand, sk_command, G_TYPE_OBJECT)

static void
sk_command_finalize (GObject *object)
{
  SkCommandPrivate *priv = sk_command_get_instance_private (SK_COMMAND (object));

  g_clear_pointer (&priv->label, g_free);
  g_clear_pointer (&priv->merge_key, g_free);

  G_OBJECT_CLASS (sk_command_parent_class)->finalize (object);
}

static void
sk_command_class_init (SkCommandClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sk_command_finalize;
}

static void
sk_command_init (SkCommand *self)
{
}

/**
 * sk_command_get_label:
 *
 * Returns: what the command does, for people: "Move «PPT» to level 3"
 */
const char *
sk_command_get_label (SkCommand *self)
{
  SkCommandPrivate *priv = sk_command_get_instance_private (self);

  g_return_val_if_fail (SK_IS_COMMAND (self), NULL);
  return priv->label != NULL ? priv->label : "";
}

void
sk_command_set_label (SkCommand  *self,
                      const char *label)
{
  SkCommandPrivate *priv = sk_command_get_instance_private (self);

  g_return_if_fail (SK_IS_COMMAND (self));
  g_free (priv->label);
  priv->label = g_strdup (label);
}

/**
 * sk_command_get_merge_key:
 *
 * Returns: (nullable): the key under which repeated commands merge
 */
const char *
sk_command_get_merge_key (SkCommand *self)
{
  SkCommandPrivate *priv = sk_command_get_instance_private (self);

  g_return_val_if_fail (SK_IS_COMMAND (self), NULL);
  return priv->merge_key;
}

void
sk_command_set_merge_key (SkCommand  *self,
                          const char *merge_key)
{
  SkCommandPrivate *priv = sk_command_get_instance_private (self);

  g_return_if_fail (SK_IS_COMMAND (self));
  g_free (priv->merge_key);
  priv->merge_key = g_strdup (merge_key);
}

void
sk_command_apply (SkCommand *self,
                  SkMap     *map)
{
  g_return_if_fail (SK_IS_COMMAND (self));
  SK_COMMAND_GET_CLASS (self)->apply (self, map);
}

void
sk_command_revert (SkCommand *self,
                   SkMap     *map)
{
  g_return_if_fail (SK_IS_COMMAND (self));
  SK_COMMAND_GET_CLASS (self)->revert (self, map);
}

/**
 * sk_command_merge:
 * @next: a command applied right after @self
 *
 * Folds @next into @self when both have the same merge key and are of the
 * same class; @self then does what both did.
 *
 * Returns: whether @next was merged
 */
gboolean
sk_command_merge (SkCommand *self,
                  SkCommand *next)
{
  SkCommandPrivate *priv = sk_command_get_instance_private (self);
  SkCommandPrivate *next_priv = sk_command_get_instance_private (next);

  g_return_val_if_fail (SK_IS_COMMAND (self), FALSE);
  g_return_val_if_fail (SK_IS_COMMAND (next), FALSE);

  if (priv->merge_key == NULL
      || g_strcmp0 (priv->merge_key, next_priv->merge_key) != 0
      || G_OBJECT_TYPE (self) != G_OBJECT_TYPE (next)
      || SK_COMMAND_GET_CLASS (self)->merge == NULL)
    return FALSE;
  if (!SK_COMMAND_GET_CLASS (self)->merge (self, next))
    return FALSE;

  /* The label of the last change describes the merged one. */
  sk_command_set_label (self, next_priv->label);
  return TRUE;
}
