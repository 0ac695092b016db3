/* sk-audience-window.c — the map for the room, on the projector
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A second window, meant to be dragged to the projector and made full
 * screen (F11 or a double click), while the facilitator keeps the editor on
 * the laptop. It shows the same part of the map as the facilitator's
 * canvas, the same selection and pathway, and a walkthrough's step; it
 * never shows a menu, a dialog or a panel, and cannot be edited. Keys
 * pressed in it (a presentation clicker sends Page Up/Down to whichever
 * window has the focus) go to the facilitator's window.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-audience-window.h"
#include "sk-walk-card.h"

struct _SkAudienceWindow
{
  GtkWindow  parent_instance;

  SkCanvas  *source;   /* not owned: the window closes with its owner */
  SkCanvas  *canvas;
  GtkWidget *walk_card;
};

G_DEFINE_FINAL_TYPE (SkAudienceWindow, sk_audience_window, GTK_TYPE_WINDOW)

enum {
  KEY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The same part of the map, however large each window is. */
static void
follow_view (SkAudienceWindow *self)
{
  graphene_rect_t visible;

  sk_canvas_get_visible (self->source, &visible);
  sk_canvas_show_rect (self->canvas, &visible, FALSE);
}

static void
follow_selection (SkAudienceWindow *self)
{
  g_autoptr(GPtrArray) ids = sk_canvas_get_selection (self->source);

  sk_canvas_set_selection (self->canvas, ids);
}

static gboolean
forward_key (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             SkAudienceWindow      *self)
{
  gboolean handled = FALSE;

  if (keyval == GDK_KEY_F11)
    {
      if (gtk_window_is_fullscreen (GTK_WINDOW (self)))
        gtk_window_unfullscreen (GTK_WINDOW (self));
      else
        gtk_window_fullscreen (GTK_WINDOW (self));
      return TRUE;
    }
  g_signal_emit (self, signals[KEY], 0, keyval, state, &handled);
  return handled;
}

static void
toggle_fullscreen (GtkGestureClick  *click,
                   int               n_press,
                   double            x,
                   double            y,
                   SkAudienceWindow *self)
{
  if (n_press != 2)
    return;
  if (gtk_window_is_fullscreen (GTK_WINDOW (self)))
    gtk_window_unfullscreen (GTK_WINDOW (self));
  else
    gtk_window_fullscreen (GTK_WINDOW (self));
}

static void
sk_audience_window_dispose (GObject *object)
{
  SkAudienceWindow *self = SK_AUDIENCE_WINDOW (object);

  if (self->source != NULL)
    g_signal_handlers_disconnect_by_data (self->source, self);
  self->source = NULL;
  G_OBJECT_CLASS (sk_audience_window_parent_class)->dispose (object);
}

static void
sk_audience_window_class_init (SkAudienceWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sk_audience_window_dispose;

  /* A key pressed in this window, for the facilitator's window to act on
   * (a clicker's Page Down); returns TRUE if it did. */
  signals[KEY] = g_signal_new ("key", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                               g_signal_accumulator_true_handled, NULL, NULL,
                               G_TYPE_BOOLEAN, 2, G_TYPE_UINT, GDK_TYPE_MODIFIER_TYPE);
}

static void
sk_audience_window_init (SkAudienceWindow *self)
{
  GtkWidget *overlay = gtk_overlay_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->canvas = SK_CANVAS (sk_canvas_new ());
  sk_canvas_set_interactive (self->canvas, FALSE);
  sk_canvas_set_presenting (self->canvas, TRUE);
  self->walk_card = sk_walk_card_new ();
  gtk_overlay_set_child (GTK_OVERLAY (overlay), GTK_WIDGET (self->canvas));
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->walk_card);
  gtk_window_set_child (GTK_WINDOW (self), overlay);
  gtk_window_set_title (GTK_WINDOW (self), _("Sammenkart — Audience"));
  gtk_window_set_default_size (GTK_WINDOW (self), 1024, 640);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (forward_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect (click, "pressed", G_CALLBACK (toggle_fullscreen), self);
  gtk_widget_add_controller (overlay, GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
sk_audience_window_new (SkCanvas   *source,
                        SkDocument *document)
{
  SkAudienceWindow *self = g_object_new (SK_TYPE_AUDIENCE_WINDOW, NULL);

  self->source = source;
  sk_canvas_set_document (self->canvas, document);
  g_signal_connect_swapped (source, "view-changed", G_CALLBACK (follow_view), self);
  g_signal_connect_swapped (source, "selection-changed", G_CALLBACK (follow_selection), self);
  /* Its own size is known once shown: then it follows. */
  g_signal_connect_swapped (self->canvas, "map", G_CALLBACK (follow_view), self);
  return GTK_WIDGET (self);
}

SkCanvas *
sk_audience_window_get_canvas (SkAudienceWindow *self)
{
  return self->canvas;
}

void
sk_audience_window_set_walkthrough (SkAudienceWindow *self,
                                    SkWalkthrough    *walk)
{
  sk_walk_card_set_walkthrough (SK_WALK_CARD (self->walk_card), walk);
}
