/* sk-canvas-edit.c — what the canvas's gestures and keys change: each
 * finished gesture is one command on the document's undo stack
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-canvas-private.h"
#include "sk-commands.h"
#include "sk-level.h"
#include "sk-service.h"

/* Where @id is among the services on @level_id, leaving out @leaving; -1
 * if it is not there. */
static int
index_on_level (SkMap      *map,
                const char *level_id,
                const char *id,
                const char *leaving)
{
  g_autoptr(GPtrArray) services = sk_map_get_services_on_level (map, level_id);
  int index = 0;

  for (guint i = 0; i < services->len; i++)
    {
      const char *other = sk_item_get_id (g_ptr_array_index (services, i));

      if (g_strcmp0 (other, leaving) == 0)
        continue;
      if (g_strcmp0 (other, id) == 0)
        return index;
      index++;
    }
  return -1;
}

static gboolean
apply (SkCanvas  *self,
       SkCommand *command,
       GError    *error)
{
  if (command != NULL)
    return sk_document_apply (self->document, command);
  if (error != NULL)
    sk_canvas_emit_message (self, error->message);
  return FALSE;
}

/**
 * sk_canvas_move_services:
 * @ids: the services, in the map's order
 * @level_id: (nullable): their new level, or %NULL for the side column
 * @before_id: (nullable): the service they go before, or %NULL for last
 *
 * Moves services to a place on a level, as one step to undo.
 */
void
sk_canvas_move_services (SkCanvas   *self,
                         GPtrArray  *ids,
                         const char *level_id,
                         const char *before_id)
{
  SkUndoStack *stack = sk_document_get_undo_stack (self->document);

  if (ids->len > 1)
    {
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Move %u service", "Move %u services",
                                                             ids->len), ids->len);
      sk_undo_stack_begin_group (stack, label);
    }
  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      int position = before_id != NULL ? index_on_level (self->map, level_id, before_id, id) : -1;
      g_autoptr(GError) error = NULL;
      SkCommand *command = sk_command_new_move_service (self->map, id, level_id,
                                                        position >= 0 ? (guint) position : G_MAXUINT, &error);

      apply (self, command, error);
    }
  if (ids->len > 1)
    sk_undo_stack_end_group (stack);
}

/* The selection, if the focused card is in it; else the focused card. */
static GPtrArray *
moving (SkCanvas *self)
{
  const char *focus = sk_canvas_get_focus_service (self);
  GPtrArray *ids;

  if (focus == NULL)
    return NULL;
  if (g_hash_table_contains (self->selection, focus))
    return sk_canvas_get_selection (self);
  ids = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (ids, g_strdup (focus));
  return ids;
}

/**
 * sk_canvas_move_focused_level:
 * @delta: +1 a level up, -1 down
 *
 * Alt+Up and Alt+Down: the focused service (or the selection) to the
 * level above or below, at the same place in its row order.
 */
void
sk_canvas_move_focused_level (SkCanvas *self,
                              int       delta)
{
  g_autoptr(GPtrArray) ids = moving (self);
  const char *focus = sk_canvas_get_focus_service (self);
  SkItem *service = focus != NULL ? sk_map_lookup (self->map, SK_KIND_SERVICE, focus) : NULL;
  GListModel *levels = sk_map_get_levels (self->map);
  const char *level_id;
  int from, to, position;
  g_autoptr(SkItem) target = NULL;
  g_autoptr(GPtrArray) on_target = NULL;

  if (ids == NULL || service == NULL)
    return;
  level_id = sk_service_get_level_id (SK_SERVICE (service));
  if (level_id == NULL)
    {
      sk_canvas_emit_message (self, _("Services beside the pyramid are on no level; drag them onto one"));
      return;
    }
  from = sk_map_get_position (self->map, SK_KIND_LEVEL, level_id);
  to = from + delta;
  if (to < 0 || to >= (int) g_list_model_get_n_items (levels))
    {
      sk_canvas_emit_message (self, delta > 0 ? _("This is the top level") : _("This is the bottom level"));
      return;
    }
  target = g_list_model_get_item (levels, (guint) to);
  position = index_on_level (self->map, level_id, focus, NULL);
  on_target = sk_map_get_services_on_level (self->map, sk_item_get_id (target));
  sk_canvas_move_services (self, ids, sk_item_get_id (target),
                           position >= 0 && (guint) position < on_target->len
                           ? sk_item_get_id (g_ptr_array_index (on_target, position)) : NULL);
}

/**
 * sk_canvas_move_focused_along:
 * @delta: +1 one place right (later), -1 left
 *
 * Alt+Left and Alt+Right: the focused service one place along its level.
 */
void
sk_canvas_move_focused_along (SkCanvas *self,
                              int       delta)
{
  const char *focus = sk_canvas_get_focus_service (self);
  SkItem *service = focus != NULL ? sk_map_lookup (self->map, SK_KIND_SERVICE, focus) : NULL;
  const char *level_id;
  int index;
  g_autoptr(GError) error = NULL;
  SkCommand *command;

  if (service == NULL)
    return;
  level_id = sk_service_get_level_id (SK_SERVICE (service));
  index = index_on_level (self->map, level_id, focus, NULL) + delta;
  if (index < 0)
    return;
  command = sk_command_new_move_service (self->map, focus, level_id, (guint) index, &error);
  apply (self, command, error);
}
