/* sk-window-present.c — the window in a workshop: presenting, the
 * audience window and walking through a pathway
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * F5 presents: the window goes full screen with only the map, on white,
 * its text never smaller than a room can read, the pointer haloed. 1–9 go
 * to a level, Alt+1–9 to a pathway, 0 shows the whole map, Esc leaves.
 * Editing still works.
 *
 * Shift+F5 opens the audience window for the projector; it follows this
 * window's view, selection, pathway and municipality.
 *
 * Ctrl+F5 walks a case through a pathway: each step's card is selected and
 * shown, and the step is written large over the map, in both windows.
 * Page Down, →, ↓ and Space go on (a presentation clicker sends Page
 * Down), Page Up, ←, ↑ and Backspace go back, Esc ends the walk.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sk-audience-window.h"
#include "sk-document.h"
#include "sk-pathway.h"
#include "sk-walk-card.h"
#include "sk-window-private.h"

/* --- following ---------------------------------------------------------- */

/* The audience window shows the pathway and municipality this one does. */
void
sk_window_present_follow (SkWindow *self)
{
  SkCanvas *audience;
  guint position;
  const char *municipality;

  if (self->audience == NULL)
    return;
  audience = sk_audience_window_get_canvas (SK_AUDIENCE_WINDOW (self->audience));
  position = gtk_drop_down_get_selected (self->municipality_dropdown);
  municipality = position > 0 && position <= self->municipality_ids->len
                 ? g_ptr_array_index (self->municipality_ids, position - 1) : NULL;
  sk_canvas_set_municipality (audience, municipality);
  sk_canvas_set_focus_pathway (audience, sk_pathway_panel_get_selected (SK_PATHWAY_PANEL (self->pathway_panel)));
}

/* --- walking through a pathway ----------------------------------------- */

static void
show_step (SkWindow *self)
{
  const char *service_id = sk_walkthrough_get_service_id (self->walk);
  graphene_rect_t rect;

  if (service_id == NULL)
    return;
  sk_canvas_select (self->canvas, service_id);
  if (!sk_canvas_get_card_rect (self->canvas, service_id, &rect))
    return;
  /* The card with its neighbours around it, above the step written at the
   * foot of the map. */
  graphene_rect_inset (&rect, -rect.size.width * 1.5, -rect.size.height * 2.5);
  rect.origin.y += rect.size.height * 0.25;
  sk_canvas_show_rect (self->canvas, &rect, TRUE);
}

static void
set_walk (SkWindow      *self,
          SkWalkthrough *walk)
{
  if (self->walk != NULL)
    g_signal_handlers_disconnect_by_data (self->walk, self);
  g_set_object (&self->walk, walk);
  sk_walk_card_set_walkthrough (SK_WALK_CARD (self->walk_card), walk);
  if (self->audience != NULL)
    sk_audience_window_set_walkthrough (SK_AUDIENCE_WINDOW (self->audience), walk);
  if (walk == NULL)
    return;
  g_signal_connect_swapped (walk, "notify::index", G_CALLBACK (show_step), self);
  /* The pathway alone, the others faded. */
  sk_pathway_panel_set_selected (SK_PATHWAY_PANEL (self->pathway_panel), sk_walkthrough_get_pathway_id (walk));
  show_step (self);
}

static void
on_walk_response (AdwMessageDialog *dialog,
                  const char       *response,
                  SkWindow         *self)
{
  GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
  GtkDropDown *pathways = GTK_DROP_DOWN (gtk_widget_get_first_child (box));
  GtkEditable *case_entry = GTK_EDITABLE (gtk_widget_get_next_sibling (GTK_WIDGET (pathways)));
  GPtrArray *ids = g_object_get_data (G_OBJECT (dialog), "pathway-ids");
  guint position = gtk_drop_down_get_selected (pathways);
  g_autoptr(SkWalkthrough) walk = NULL;

  if (g_strcmp0 (response, "walk") != 0 || self->document == NULL || position >= ids->len)
    return;
  walk = sk_walkthrough_new (sk_document_get_map (self->document), g_ptr_array_index (ids, position),
                             gtk_editable_get_text (case_entry));
  if (walk != NULL)
    set_walk (self, walk);
}

static void
choose_walk (SkWindow *self)
{
  SkMap *map = sk_document_get_map (self->document);
  GListModel *pathways = sk_map_get_pathways (map);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *dialog, *box, *dropdown, *entry;
  const char *focused = sk_pathway_panel_get_selected (SK_PATHWAY_PANEL (self->pathway_panel));
  guint selected = 0;

  if (g_list_model_get_n_items (pathways) == 0)
    {
      sk_window_toast (self, _("This map has no pathways to walk through yet"));
      g_ptr_array_unref (ids);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (pathways); i++)
    {
      g_autoptr(SkPathway) pathway = g_list_model_get_item (pathways, i);

      gtk_string_list_append (names, sk_pathway_get_name (pathway, sk_map_get_language (map)));
      g_ptr_array_add (ids, g_strdup (sk_item_get_id (SK_ITEM (pathway))));
      if (g_strcmp0 (focused, sk_item_get_id (SK_ITEM (pathway))) == 0)
        selected = i;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Walk Through a Pathway"),
                                   _("Follow a case through a pathway, one step at a time. "
                                     "Page Down goes on, Page Up goes back, Esc ends the walk."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pathway"), -1);
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("A case, if you like: Lasse, 15, anxiety"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Case"), -1);
  gtk_box_append (GTK_BOX (box), dropdown);
  gtk_box_append (GTK_BOX (box), entry);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "walk", _("_Walk Through"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "walk", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "walk");
  g_object_set_data_full (G_OBJECT (dialog), "pathway-ids", ids, (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_walk_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
  /* The pathway in focus is chosen already: type the case, press Enter. */
  gtk_widget_grab_focus (entry);
}

/* --- presenting --------------------------------------------------------- */

static void
set_presenting (SkWindow *self,
                gboolean  presenting)
{
  if (presenting == self->presenting)
    return;
  self->presenting = presenting;
  if (presenting)
    self->panel_was_visible = gtk_widget_get_visible (self->side_panel);
  gtk_widget_set_visible (self->side_panel, !presenting && self->panel_was_visible);
  gtk_widget_set_visible (self->header, !presenting);
  sk_canvas_set_presenting (self->canvas, presenting);
  if (presenting)
    {
      gtk_window_fullscreen (GTK_WINDOW (self));
      sk_canvas_zoom_fit (self->canvas);
      sk_window_toast (self, _("Presenting: 1–9 go to a level, Alt+1–9 to a pathway, 0 shows as much as the room can read, Ctrl+F5 walks through a pathway, Esc leaves"));
    }
  else
    {
      gtk_window_unfullscreen (GTK_WINDOW (self));
      sk_canvas_zoom_fit (self->canvas);
    }
}

static void
show_level (SkWindow *self,
            guint     number)
{
  graphene_rect_t rect;

  if (sk_canvas_get_level_rect (self->canvas, number, &rect))
    sk_canvas_show_rect (self->canvas, &rect, TRUE);
}

static void
show_pathway (SkWindow *self,
              guint     number)
{
  GListModel *pathways = sk_map_get_pathways (sk_document_get_map (self->document));
  g_autoptr(SkPathway) pathway = number >= 1 ? g_list_model_get_item (pathways, number - 1) : NULL;
  graphene_rect_t rect;

  if (pathway == NULL)
    return;
  sk_pathway_panel_set_selected (SK_PATHWAY_PANEL (self->pathway_panel), sk_item_get_id (SK_ITEM (pathway)));
  if (sk_canvas_get_pathway_rect (self->canvas, sk_item_get_id (SK_ITEM (pathway)), &rect))
    sk_canvas_show_rect (self->canvas, &rect, TRUE);
}

/* Keys of a workshop, from this window or the audience window. Typing in
 * a field keeps its keys, except a clicker's. */
static gboolean
handle_key (SkWindow        *self,
            guint            keyval,
            GdkModifierType  state)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean typing = focus != NULL && GTK_IS_EDITABLE (focus);
  gboolean clicker = keyval == GDK_KEY_Page_Down || keyval == GDK_KEY_Page_Up;
  guint digit = keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9 ? keyval - GDK_KEY_0 : G_MAXUINT;

  state &= gtk_accelerator_get_default_mod_mask ();
  if (self->document == NULL || (typing && !clicker))
    return FALSE;

  if (self->walk != NULL && state == 0)
    switch (keyval)
      {
      case GDK_KEY_Page_Down: case GDK_KEY_Right: case GDK_KEY_Down: case GDK_KEY_space:
        sk_walkthrough_next (self->walk);
        return TRUE;
      case GDK_KEY_Page_Up: case GDK_KEY_Left: case GDK_KEY_Up: case GDK_KEY_BackSpace:
        sk_walkthrough_previous (self->walk);
        return TRUE;
      case GDK_KEY_Escape:
        set_walk (self, NULL);
        return TRUE;
      default:
        break;
      }

  if (!self->presenting)
    return FALSE;
  if (keyval == GDK_KEY_Escape && state == 0)
    {
      set_presenting (self, FALSE);
      return TRUE;
    }
  if (digit == 0 && state == 0)
    {
      sk_canvas_zoom_fit (self->canvas);
      return TRUE;
    }
  if (digit != G_MAXUINT && state == 0)
    {
      show_level (self, digit);
      return TRUE;
    }
  if (digit != G_MAXUINT && state == GDK_ALT_MASK)
    {
      show_pathway (self, digit);
      return TRUE;
    }
  return FALSE;
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SkWindow              *self)
{
  return handle_key (self, keyval, state);
}

/* The audience window may have the keyboard (it was opened last, or
 * clicked): its keys work as they do here, shortcuts included. */
static gboolean
on_audience_key (SkWindow        *self,
                 guint            keyval,
                 GdkModifierType  state)
{
  g_autofree char *accel = NULL;
  g_auto(GStrv) actions = NULL;

  if (handle_key (self, keyval, state))
    return TRUE;
  accel = gtk_accelerator_name (keyval, state & gtk_accelerator_get_default_mod_mask ());
  actions = gtk_application_get_actions_for_accel (gtk_window_get_application (GTK_WINDOW (self)), accel);
  for (guint i = 0; actions != NULL && actions[i] != NULL; i++)
    if (g_str_has_prefix (actions[i], "win."))
      return gtk_widget_activate_action (GTK_WIDGET (self), actions[i], NULL);
  return FALSE;
}

static void
open_audience (SkWindow *self)
{
  if (self->audience == NULL)
    {
      self->audience = sk_audience_window_new (self->canvas, self->document);
      g_object_add_weak_pointer (G_OBJECT (self->audience), (gpointer *) &self->audience);
      gtk_window_set_transient_for (GTK_WINDOW (self->audience), NULL);
      gtk_window_set_application (GTK_WINDOW (self->audience), gtk_window_get_application (GTK_WINDOW (self)));
      g_signal_connect_swapped (self->audience, "key", G_CALLBACK (on_audience_key), self);
      sk_audience_window_set_walkthrough (SK_AUDIENCE_WINDOW (self->audience), self->walk);
      sk_window_present_follow (self);
    }
  gtk_window_present (GTK_WINDOW (self->audience));
}

static void
action_workshop (GtkWidget  *widget,
                 const char *name,
                 GVariant   *parameter)
{
  SkWindow *self = SK_WINDOW (widget);

  if (self->document == NULL)
    return;
  if (g_str_equal (name, "win.present"))
    set_presenting (self, !self->presenting);
  else if (g_str_equal (name, "win.audience"))
    open_audience (self);
  else if (g_str_equal (name, "win.walkthrough"))
    choose_walk (self);
}

/* A new document, or none: the walk ends, and the audience window closes. */
void
sk_window_present_stop (SkWindow *self)
{
  set_walk (self, NULL);
  if (self->audience != NULL)
    gtk_window_destroy (GTK_WINDOW (self->audience));
  set_presenting (self, FALSE);
}

void
sk_window_init_present (SkWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->walk_card = sk_walk_card_new ();
  gtk_overlay_add_overlay (self->canvas_overlay, self->walk_card);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

void
sk_window_class_init_present (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.present", NULL, action_workshop);
  gtk_widget_class_install_action (widget_class, "win.audience", NULL, action_workshop);
  gtk_widget_class_install_action (widget_class, "win.walkthrough", NULL, action_workshop);
}
