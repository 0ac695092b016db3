/* sk-window-edit.c — deleting the selected services (with Undo in a
 * toast) and adding one on the focused level, its name typed in place
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-commands.h"
#include "sk-window-private.h"

void
sk_window_delete_selection (SkWindow *self)
{
  g_autoptr(GPtrArray) ids = sk_canvas_get_selection (self->canvas);
  SkMap *map = sk_document_get_map (self->document);
  SkUndoStack *stack = sk_document_get_undo_stack (self->document);
  g_autofree char *what = NULL;
  g_autofree char *message = NULL;
  g_autofree char *neighbour = NULL;
  guint deleted = 0, pathways = 0;
  AdwToast *toast;

  if (ids->len == 0 && sk_canvas_get_focus_service (self->canvas) != NULL)
    g_ptr_array_add (ids, g_strdup (sk_canvas_get_focus_service (self->canvas)));
  if (ids->len == 0)
    return;

  /* The keyboard stays on the map: on the next card. */
  neighbour = sk_canvas_get_neighbour (self->canvas, ids);
  what = ids->len == 1 ? sk_map_describe (map, SK_KIND_SERVICE, g_ptr_array_index (ids, 0)) : NULL;
  if (ids->len > 1)
    {
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Delete %u service",
                                                             "Delete %u services", ids->len), ids->len);
      sk_undo_stack_begin_group (stack, label);
    }
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) changed = NULL;
      SkCommand *command = sk_command_new_remove (map, SK_KIND_SERVICE, g_ptr_array_index (ids, i), NULL,
                                                  &changed, &error);

      if (command == NULL)
        {
          if (error != NULL)
            sk_window_toast (self, error->message);
          continue;
        }
      if (sk_document_apply (self->document, command))
        {
          deleted++;
          pathways += changed != NULL ? changed->len : 0;
        }
    }
  if (ids->len > 1)
    sk_undo_stack_end_group (stack);
  if (deleted == 0)
    return;
  if (neighbour != NULL)
    sk_canvas_focus_service (self->canvas, neighbour);

  if (what != NULL && pathways > 0)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s deleted, and its steps in %u pathway",
                                            "%s deleted, and its steps in %u pathways", pathways), what, pathways);
  else if (what != NULL)
    message = g_strdup_printf (_("%s deleted"), what);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u service deleted", "%u services deleted", deleted),
                               deleted);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

/* --- adding ----------------------------------------------------------- */

static void
on_name_activate (GtkEntry *entry,
                  SkWindow *self)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (entry), GTK_TYPE_POPOVER);
  const char *level_id = g_object_get_data (G_OBJECT (popover), "sk-level");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;
  SkCommand *command;

  if (*name == '\0')
    {
      gtk_popover_popdown (GTK_POPOVER (popover));
      return;
    }
  command = sk_command_new_add_service (sk_document_get_map (self->document), level_id, -1, name, &id, &error);
  if (command == NULL)
    {
      /* The name stays, to be put right. */
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (entry), error != NULL ? error->message : NULL);
      return;
    }
  sk_document_apply (self->document, command);
  gtk_popover_popdown (GTK_POPOVER (popover));
  sk_canvas_select (self->canvas, id);
  sk_canvas_focus_service (self->canvas, id);
}

static gboolean
unparent_later (gpointer popover)
{
  gtk_widget_unparent (popover);
  g_object_unref (popover);
  return G_SOURCE_REMOVE;
}

static void
on_popover_closed (GtkPopover *popover)
{
  g_idle_add (unparent_later, g_object_ref (popover));
}

/* Ctrl+N: a new service on the focused card's level (or the bottom one);
 * its name is typed in a small field where it will appear. */
/* A small field on the map for the new service's name: Enter adds it. */
static void
ask_name (SkWindow           *self,
          const char         *level_id,
          const GdkRectangle *at,
          const char         *typed)
{
  GtkWidget *popover, *box, *entry, *label;

  popover = gtk_popover_new ();
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  label = gtk_label_new (_("New service on this level"));
  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("The service's name"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The new service's name"), -1);
  gtk_widget_set_size_request (entry, 280, -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_widget_set_parent (popover, GTK_WIDGET (self->canvas));
  gtk_popover_set_pointing_to (GTK_POPOVER (popover), at);
  gtk_popover_set_position (GTK_POPOVER (popover), GTK_POS_BOTTOM);
  g_object_set_data_full (G_OBJECT (popover), "sk-level", g_strdup (level_id), g_free);
  g_signal_connect (entry, "activate", G_CALLBACK (on_name_activate), self);
  g_signal_connect (popover, "closed", G_CALLBACK (on_popover_closed), NULL);
  gtk_popover_popup (GTK_POPOVER (popover));
  gtk_widget_grab_focus (entry);
  if (typed != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (entry), typed);
      gtk_editable_set_position (GTK_EDITABLE (entry), -1);
    }
}

void
sk_window_add_service (SkWindow *self)
{
  const char *level_id = sk_canvas_get_focus_level (self->canvas);
  const char *focus = sk_canvas_get_focus_service (self->canvas);
  graphene_rect_t bounds;
  GdkRectangle at;

  if (self->document == NULL || level_id == NULL)
    return;
  if (focus != NULL && sk_canvas_get_card_bounds (self->canvas, focus, &bounds))
    at = (GdkRectangle) { (int) bounds.origin.x, (int) bounds.origin.y, (int) bounds.size.width,
                          (int) bounds.size.height };
  else
    at = (GdkRectangle) { gtk_widget_get_width (GTK_WIDGET (self->canvas)) / 2,
                          gtk_widget_get_height (GTK_WIDGET (self->canvas)) / 2, 1, 1 };
  ask_name (self, level_id, &at, NULL);
}

/* Quick capture: typing over a level on the map starts a service there. */
void
sk_window_type_to_add (SkWindow   *self,
                       const char *level_id,
                       double      x,
                       double      y,
                       const char *typed)
{
  if (self->document == NULL)
    return;
  ask_name (self, level_id, &(GdkRectangle) { (int) x, (int) y, 1, 1 }, typed);
}
