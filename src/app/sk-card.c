/* sk-card.c — one service's card on the canvas: focusable, accessible
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On GTK 4.8 only widgets can be accessible, so every card is a small
 * widget: it takes the keyboard focus and tells assistive technology its
 * name, level and sector. The canvas paints the cards themselves (the
 * renderer's card routine, as on the poster) in its picture of the view;
 * a card widget adds only its selection, hover and focus rings.
 */
#include "config.h"

#include "sk-card.h"

struct _SkCard
{
  GtkWidget           parent_instance;
  char               *service_id;
  const SkCardLayout *card;
  gboolean            selected;
};

G_DEFINE_FINAL_TYPE (SkCard, sk_card, GTK_TYPE_WIDGET)

static void
sk_card_snapshot (GtkWidget   *widget,
                  GtkSnapshot *snapshot)
{
  SkCard *self = SK_CARD (widget);
  GtkStateFlags state = gtk_widget_get_state_flags (widget);
  double w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  GskRoundedRect outline;
  GdkRGBA accent = { 0.21, 0.52, 0.89, 1 };
  GdkRGBA hover = { 0.21, 0.52, 0.89, 0.45 };
  GdkRGBA focus = { 0.1, 0.1, 0.13, 0.8 };

  if (self->card == NULL)
    return;

  /* Selection, focus and hover: rings around the card, thick enough to be
   * seen from the back of a room. */
  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (-3, -3, w + 6, h + 6), 6);
  if (self->selected)
    gtk_snapshot_append_border (snapshot, &outline, (float[4]) { 3, 3, 3, 3 },
                                (GdkRGBA[4]) { accent, accent, accent, accent });
  else if (state & GTK_STATE_FLAG_PRELIGHT)
    gtk_snapshot_append_border (snapshot, &outline, (float[4]) { 2, 2, 2, 2 },
                                (GdkRGBA[4]) { hover, hover, hover, hover });
  if (state & GTK_STATE_FLAG_FOCUS_VISIBLE)
    {
      gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (-6, -6, w + 12, h + 12), 8);
      gtk_snapshot_append_border (snapshot, &outline, (float[4]) { 2, 2, 2, 2 },
                                  (GdkRGBA[4]) { focus, focus, focus, focus });
    }
}

static void
sk_card_state_flags_changed (GtkWidget     *widget,
                             GtkStateFlags  previous)
{
  GtkStateFlags now = gtk_widget_get_state_flags (widget);
  GtkStateFlags shown = GTK_STATE_FLAG_PRELIGHT | GTK_STATE_FLAG_FOCUS_VISIBLE | GTK_STATE_FLAG_FOCUSED;

  if ((now ^ previous) & shown)
    gtk_widget_queue_draw (widget);
  GTK_WIDGET_CLASS (sk_card_parent_class)->state_flags_changed (widget, previous);
}

static void
sk_card_finalize (GObject *object)
{
  SkCard *self = SK_CARD (object);

  g_free (self->service_id);
  G_OBJECT_CLASS (sk_card_parent_class)->finalize (object);
}

static void
sk_card_class_init (SkCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sk_card_finalize;
  widget_class->snapshot = sk_card_snapshot;
  widget_class->state_flags_changed = sk_card_state_flags_changed;
  gtk_widget_class_set_css_name (widget_class, "card");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
sk_card_init (SkCard *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "sk-card");
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_VISIBLE);
}

GtkWidget *
sk_card_new (const char *service_id)
{
  SkCard *self = g_object_new (SK_TYPE_CARD, NULL);

  self->service_id = g_strdup (service_id);
  return GTK_WIDGET (self);
}

const char *
sk_card_get_service_id (SkCard *self)
{
  return self->service_id;
}

/* Where the card is in the canvas's layout; the canvas places the widget
 * there (its rings follow its size). */
void
sk_card_set_card_layout (SkCard             *self,
                         const SkCardLayout *card)
{
  self->card = card;
}

const SkCardLayout *
sk_card_get_card_layout (SkCard *self)
{
  return self->card;
}

void
sk_card_set_selected (SkCard   *self,
                      gboolean  selected)
{
  if (self->selected == selected)
    return;
  self->selected = selected;
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_SELECTED, selected, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
sk_card_set_description (SkCard     *self,
                         const char *label,
                         const char *description)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}
