/* sk-band.c — one level's band on the canvas, for assistive technology
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The canvas paints the bands in its picture of the view; like the cards
 * (see sk-card.c), each band is also a small widget, because on GTK 4.8
 * only widgets reach assistive technology. A band takes no pointer: it
 * gives a screen reader, and an AT-SPI test, the level's number, name and
 * how many services it holds, where the band is. It takes the keyboard
 * focus (Tab goes down the screen: a level, then its cards), so that a level with no
 * services can be reached too: Ctrl+N adds a service there, and the Notes
 * page pins new notes to it. It draws only its focus ring.
 */
#include "config.h"

#include "sk-band.h"

struct _SkBand
{
  GtkWidget           parent_instance;
  char               *level_id;
  const SkBandLayout *band;
};

G_DEFINE_FINAL_TYPE (SkBand, sk_band, GTK_TYPE_WIDGET)

static void
sk_band_snapshot (GtkWidget   *widget,
                  GtkSnapshot *snapshot)
{
  SkBand *self = SK_BAND (widget);
  double w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  SkRect bounds;
  cairo_t *cr;

  if (!(gtk_widget_get_state_flags (widget) & GTK_STATE_FLAG_FOCUS_VISIBLE)
      || !sk_band_get_bounds (self, &bounds) || bounds.width <= 0 || bounds.height <= 0)
    return;
  /* The trapezoid's outline, in the widget's scale of the layout. */
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (-4, -4, w + 8, h + 8));
  cairo_scale (cr, w / bounds.width, h / bounds.height);
  cairo_translate (cr, -bounds.x, -bounds.y);
  for (guint i = 0; i < 8; i += 2)
    cairo_line_to (cr, self->band->corners[i], self->band->corners[i + 1]);
  cairo_close_path (cr);
  cairo_identity_matrix (cr);
  cairo_set_source_rgba (cr, 0.1, 0.1, 0.13, 0.8);
  cairo_set_line_width (cr, 3);
  cairo_set_dash (cr, (double[]) { 8, 5 }, 2, 0);
  cairo_stroke (cr);
  cairo_destroy (cr);
}

static void
sk_band_state_flags_changed (GtkWidget     *widget,
                             GtkStateFlags  previous)
{
  if ((gtk_widget_get_state_flags (widget) ^ previous) & GTK_STATE_FLAG_FOCUS_VISIBLE)
    gtk_widget_queue_draw (widget);
  GTK_WIDGET_CLASS (sk_band_parent_class)->state_flags_changed (widget, previous);
}

static void
sk_band_finalize (GObject *object)
{
  SkBand *self = SK_BAND (object);

  g_free (self->level_id);
  G_OBJECT_CLASS (sk_band_parent_class)->finalize (object);
}

static void
sk_band_class_init (SkBandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sk_band_finalize;
  widget_class->snapshot = sk_band_snapshot;
  widget_class->state_flags_changed = sk_band_state_flags_changed;
  gtk_widget_class_set_css_name (widget_class, "band");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sk_band_init (SkBand *self)
{
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_VISIBLE);
}

GtkWidget *
sk_band_new (const char *level_id)
{
  SkBand *self = g_object_new (SK_TYPE_BAND, NULL);

  self->level_id = g_strdup (level_id);
  return GTK_WIDGET (self);
}

const char *
sk_band_get_level_id (SkBand *self)
{
  return self->level_id;
}

/* Where the band is in the canvas's layout; the canvas places the widget
 * there. */
void
sk_band_set_band_layout (SkBand             *self,
                         const SkBandLayout *band)
{
  self->band = band;
}

gboolean
sk_band_get_bounds (SkBand *self,
                    SkRect *bounds)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  if (self->band == NULL)
    return FALSE;
  for (guint i = 0; i < 8; i += 2)
    {
      x0 = MIN (x0, self->band->corners[i]);
      x1 = MAX (x1, self->band->corners[i]);
      y0 = MIN (y0, self->band->corners[i + 1]);
      y1 = MAX (y1, self->band->corners[i + 1]);
    }
  *bounds = (SkRect) { x0, y0, x1 - x0, y1 - y0 };
  return TRUE;
}

void
sk_band_set_label (SkBand     *self,
                   const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}
