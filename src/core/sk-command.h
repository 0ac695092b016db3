/* sk-command.h — one undoable change to a map
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-types.h"

G_BEGIN_DECLS

#define SK_TYPE_COMMAND (sk_command_get_type ())

G_DECLARE_DERIVABLE_TYPE (SkCommand, sk_command, SK, COMMAND, GObject)

struct _SkCommandClass
{
  GObjectClass parent_class;

  void     (*apply)  (SkCommand *self,
                      SkMap     *map);
  void     (*revert) (SkCommand *self,
                      SkMap     *map);
  gboolean (*merge)  (SkCommand *self,
                      SkCommand *next);
};

const char *sk_command_get_label     (SkCommand  *self);
void        sk_command_set_label     (SkCommand  *self,
                                      const char *label);
const char *sk_command_get_merge_key (SkCommand  *self);
void        sk_command_set_merge_key (SkCommand  *self,
                                      const char *merge_key);
void        sk_command_apply         (SkCommand  *self,
                                      SkMap      *map);
void        sk_command_revert        (SkCommand  *self,
                                      SkMap      *map);
gboolean    sk_command_merge         (SkCommand  *self,
                                      SkCommand  *next);

G_END_DECLS
