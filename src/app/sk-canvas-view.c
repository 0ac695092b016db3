/* sk-canvas-view.c — going to places on the map, and presenting it
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In a workshop the facilitator jumps to a level, a pathway or the card
 * of a step; the view glides there so that the room can follow. While
 * presenting, card text is never drawn smaller than a room can read at a
 * distance, and the pointer has a halo that a projector shows.
 */
#include "config.h"

#include <math.h>

#include "sk-canvas-private.h"
#include "sk-typeset.h"

#define MIN_SCALE 0.05
#define MOVE_USEC (350 * 1000)
/* The smallest card text while presenting, in pixels. */
#define PRESENTING_MIN_TEXT_PX 16.0
#define HALO_RADIUS 30.0

/* The size of the cards' text in the layout, in points. */
static double
card_text_size (SkCanvas *self)
{
  SkCardLayout *card;

  if (self->layout == NULL || self->layout->cards->len == 0)
    return 0;
  card = g_ptr_array_index (self->layout->cards, 0);
  return card->name.layout != NULL ? sk_typeset_font_size (card->name.layout) : 0;
}

double
sk_canvas_min_scale (SkCanvas *self)
{
  double text = card_text_size (self);

  if (!self->presenting || text <= 0)
    return MIN_SCALE;
  return MAX (MIN_SCALE, PRESENTING_MIN_TEXT_PX / text);
}

void
sk_canvas_get_visible (SkCanvas        *self,
                       graphene_rect_t *visible)
{
  double x0, y0, x1, y1;

  sk_canvas_to_layout (self, 0, 0, &x0, &y0);
  sk_canvas_to_layout (self, gtk_widget_get_width (GTK_WIDGET (self)),
                       gtk_widget_get_height (GTK_WIDGET (self)), &x1, &y1);
  graphene_rect_init (visible, x0, y0, x1 - x0, y1 - y0);
}

void
sk_canvas_stop_moving (SkCanvas *self)
{
  if (self->move_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->move_tick);
  self->move_tick = 0;
}

static gboolean
move_step (GtkWidget     *widget,
           GdkFrameClock *clock,
           gpointer       data)
{
  SkCanvas *self = SK_CANVAS (widget);
  double t = MIN (1.0, (double) (gdk_frame_clock_get_frame_time (clock) - self->move_start) / MOVE_USEC);
  double eased = 1 - pow (1 - t, 3);
  double v[3];

  /* The scale moves evenly on a log scale, as zooming feels even. */
  v[0] = exp (log (self->move_from[0]) + (log (self->move_to[0]) - log (self->move_from[0])) * eased);
  for (int i = 1; i < 3; i++)
    v[i] = self->move_from[i] + (self->move_to[i] - self->move_from[i]) * eased;
  sk_canvas_set_view (self, v[0], v[1], v[2]);
  if (t < 1.0)
    return G_SOURCE_CONTINUE;
  self->move_tick = 0;
  return G_SOURCE_REMOVE;
}

void
sk_canvas_show_rect (SkCanvas              *self,
                     const graphene_rect_t *rect,
                     gboolean               animate)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self));
  double h = gtk_widget_get_height (GTK_WIDGET (self));
  double scale, tx, ty;

  if (w <= 0 || h <= 0 || rect->size.width <= 0 || rect->size.height <= 0)
    return;
  scale = MIN (w / rect->size.width, h / rect->size.height) * 0.94;
  scale = MAX (scale, sk_canvas_min_scale (self));
  tx = w / 2 - (rect->origin.x + rect->size.width / 2) * scale;
  ty = h / 2 - (rect->origin.y + rect->size.height / 2) * scale;

  sk_canvas_stop_moving (self);
  if (!animate || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      sk_canvas_set_view (self, scale, tx, ty);
      return;
    }
  self->move_from[0] = self->scale;
  self->move_from[1] = self->tx;
  self->move_from[2] = self->ty;
  self->move_to[0] = scale;
  self->move_to[1] = tx;
  self->move_to[2] = ty;
  self->move_start = gdk_frame_clock_get_frame_time (gtk_widget_get_frame_clock (GTK_WIDGET (self)));
  self->move_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), move_step, NULL, NULL);
}

gboolean
sk_canvas_get_level_rect (SkCanvas        *self,
                          guint            number,
                          graphene_rect_t *rect)
{
  SkBandLayout *band;
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  if (self->layout == NULL || number == 0 || number > self->layout->bands->len)
    return FALSE;
  band = g_ptr_array_index (self->layout->bands, number - 1);
  for (int i = 0; i < 8; i += 2)
    {
      x0 = MIN (x0, band->corners[i]);
      x1 = MAX (x1, band->corners[i]);
      y0 = MIN (y0, band->corners[i + 1]);
      y1 = MAX (y1, band->corners[i + 1]);
    }
  graphene_rect_init (rect, x0, y0, x1 - x0, y1 - y0);
  return TRUE;
}

gboolean
sk_canvas_get_pathway_rect (SkCanvas        *self,
                            const char      *pathway_id,
                            graphene_rect_t *rect)
{
  for (guint i = 0; self->layout != NULL && i < self->layout->routes->len; i++)
    {
      SkRouteLayout *route = g_ptr_array_index (self->layout->routes, i);
      double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

      if (g_strcmp0 (route->pathway_id, pathway_id) != 0 || route->points->len < 2)
        continue;
      for (guint p = 0; p + 1 < route->points->len; p += 2)
        {
          double x = g_array_index (route->points, double, p);
          double y = g_array_index (route->points, double, p + 1);

          x0 = MIN (x0, x);
          x1 = MAX (x1, x);
          y0 = MIN (y0, y);
          y1 = MAX (y1, y);
        }
      /* The cards at the ends of the line are shown whole. */
      graphene_rect_init (rect, x0, y0, x1 - x0, y1 - y0);
      graphene_rect_inset (rect, -80, -60);
      return TRUE;
    }
  return FALSE;
}

gboolean
sk_canvas_get_card_rect (SkCanvas        *self,
                         const char      *service_id,
                         graphene_rect_t *rect)
{
  SkCardLayout *card = self->layout != NULL ? g_hash_table_lookup (self->layout->card_index, service_id) : NULL;

  if (card == NULL)
    return FALSE;
  graphene_rect_init (rect, card->rect.x, card->rect.y, card->rect.width, card->rect.height);
  return TRUE;
}

void
sk_canvas_set_presenting (SkCanvas *self,
                          gboolean  presenting)
{
  self->presenting = presenting;
  if (presenting)
    gtk_widget_add_css_class (GTK_WIDGET (self), "presenting");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "presenting");
  if (self->scale < sk_canvas_min_scale (self))
    sk_canvas_zoom_by (self, sk_canvas_min_scale (self) / self->scale);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
sk_canvas_set_interactive (SkCanvas *self,
                           gboolean  interactive)
{
  gtk_widget_set_can_target (GTK_WIDGET (self), interactive);
  gtk_widget_set_can_focus (GTK_WIDGET (self), interactive);
}

/* A halo around the pointer, which a projector shows and a mouse pointer
 * alone is too small for. */
void
sk_canvas_snapshot_pointer (SkCanvas    *self,
                            GtkSnapshot *snapshot)
{
  GskRoundedRect halo;
  graphene_rect_t bounds;

  if (!self->presenting || !self->pointer_inside)
    return;
  graphene_rect_init (&bounds, self->pointer_x - HALO_RADIUS, self->pointer_y - HALO_RADIUS,
                      2 * HALO_RADIUS, 2 * HALO_RADIUS);
  gsk_rounded_rect_init_from_rect (&halo, &bounds, HALO_RADIUS);
  gtk_snapshot_push_rounded_clip (snapshot, &halo);
  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 1.0, 0.85, 0.0, 0.45 }, &bounds);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_border (snapshot, &halo, (float[4]) { 3, 3, 3, 3 },
                              (GdkRGBA[4]) { { 0.75, 0.45, 0, 0.9 }, { 0.75, 0.45, 0, 0.9 },
                                             { 0.75, 0.45, 0, 0.9 }, { 0.75, 0.45, 0, 0.9 } });
}
