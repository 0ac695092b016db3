/* sk-canvas-input.c — the canvas's pointer and keyboard: select, drag,
 * pan, zoom, and the keyboard twin of each
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A drag moves a ghost of the cards only; the map changes once, when they
 * are dropped (sk-canvas-edit.c). While dragging, the band under the
 * pointer is outlined and a bar shows where the cards will land. Escape
 * cancels; near the window's edge the view scrolls along.
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "sk-app.h"
#include "sk-cairo-painter.h"
#include "sk-canvas-private.h"
#include "sk-render.h"
#include "sk-service.h"

#define DRAG_THRESHOLD 8      /* pixels before a press becomes a drag */
#define EDGE 36               /* pixels from the edge where dragging scrolls */
#define SCROLL_STEP 48        /* pixels per wheel click */

static const GdkRGBA accent = { 0.21, 0.52, 0.89, 1 };

static SkBandLayout *band_at (SkCanvas *self,
                              double    x,
                              double    y);

static void
clear_drop (SkCanvas *self)
{
  self->drop_valid = FALSE;
  g_clear_pointer (&self->drop_level, g_free);
  g_clear_pointer (&self->drop_before, g_free);
}

/* --- frame times (SAMMENKART_DEBUG=frames, for tests/bench/canvas) ----- */

static void
on_frame_begin (GdkFrameClock *clock,
                 SkCanvas      *self)
{
  self->frame_start = g_get_monotonic_time ();
}

static void
on_frame_painted (GdkFrameClock *clock,
                  SkCanvas      *self)
{
  if (self->drag == SK_DRAG_CARDS && self->frame_start != 0)
    {
      double ms = (g_get_monotonic_time () - self->frame_start) / 1000.0;

      g_array_append_val (self->frame_times, ms);
    }
  self->frame_start = 0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Prints the frames of the drag that ends: how long each took from layout
 * to painted. */
static void
report_frames (SkCanvas *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  GArray *t = self->frame_times;

  if (clock != NULL)
    {
      g_signal_handlers_disconnect_by_func (clock, on_frame_begin, self);
      g_signal_handlers_disconnect_by_func (clock, on_frame_painted, self);
    }
  if (t == NULL)
    return;
  if (t->len > 0)
    {
      g_array_sort (t, compare_doubles);
      g_printerr ("sammenkart-frames: %u cards, %u frames, median %.2f ms, p90 %.2f ms, max %.2f ms\n",
                  self->layout != NULL ? self->layout->cards->len : 0, t->len,
                  g_array_index (t, double, t->len / 2), g_array_index (t, double, t->len * 9 / 10),
                  g_array_index (t, double, t->len - 1));
    }
  g_clear_pointer (&self->frame_times, g_array_unref);
}

static void
watch_frames (SkCanvas *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (!sk_app_debug (SK_DEBUG_FRAMES) || clock == NULL)
    return;
  self->frame_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_frame_begin), self);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_frame_painted), self);
}

void
sk_canvas_cancel_drag (SkCanvas *self)
{
  report_frames (self);
  if (self->dragged != NULL)
    {
      /* The cards left behind are shown whole again. */
      g_clear_pointer (&self->dragged, g_ptr_array_unref);
      sk_canvas_repaint (self);
    }
  g_clear_pointer (&self->press_card, g_free);
  g_clear_pointer (&self->ghost, gsk_render_node_unref);
  g_clear_pointer (&self->outline, gsk_render_node_unref);
  clear_drop (self);
  if (self->autoscroll_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->autoscroll_tick);
      self->autoscroll_tick = 0;
    }
  self->drag = SK_DRAG_NONE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* --- where the cards would land --------------------------------------- */

static const char *
level_of (SkCanvas   *self,
          const char *service_id)
{
  SkItem *service = sk_map_lookup (self->map, SK_KIND_SERVICE, service_id);

  return service != NULL ? sk_service_get_level_id (SK_SERVICE (service)) : NULL;
}

static gboolean
is_dragged (SkCanvas   *self,
            const char *service_id)
{
  for (guint i = 0; i < self->dragged->len; i++)
    if (g_str_equal (g_ptr_array_index (self->dragged, i), service_id))
      return TRUE;
  return FALSE;
}

/* The band (or the side column) under the pointer, the card to drop
 * before, and the marker that shows it, from the pointer's position. */
static void
update_drop (SkCanvas *self)
{
  SkLayout *layout = self->layout;
  gboolean side;
  const char *level_id = NULL;
  SkCardLayout *before = NULL, *last = NULL;
  double lx, ly, bar = 4 / self->scale;
  g_autofree char *was = g_strdup (self->drop_level);

  clear_drop (self);
  if (layout == NULL || layout->bands->len == 0)
    return;
  sk_canvas_to_layout (self, self->pointer_x, self->pointer_y, &lx, &ly);
  side = layout->side.width > 0 && lx >= layout->side.x - layout->side.width * 0.05;
  if (!side)
    {
      /* Bands from the bottom: the first whose top is above the pointer. */
      SkBandLayout *band = g_ptr_array_index (layout->bands, 0);

      for (guint i = 0; i < layout->bands->len; i++)
        {
          band = g_ptr_array_index (layout->bands, i);
          if (ly >= band->corners[7])
            break;
        }
      level_id = band->level_id;
    }

  for (guint i = 0; i < layout->cards->len; i++)
    {
      SkCardLayout *card = g_ptr_array_index (layout->cards, i);
      const SkRect *r = &card->rect;
      gboolean passed;

      if (is_dragged (self, card->service_id) || g_strcmp0 (level_of (self, card->service_id), level_id) != 0)
        continue;
      /* Cards are in reading order: rows top down, each left to right. */
      passed = side ? ly > r->y + r->height / 2
                    : ly > r->y + r->height || (ly >= r->y && lx > r->x + r->width / 2);
      if (!passed)
        {
          before = card;
          break;
        }
      last = card;
    }

  self->drop_valid = TRUE;
  self->drop_level = g_strdup (level_id);
  if (g_strcmp0 (was, level_id) != 0)
    g_clear_pointer (&self->outline, gsk_render_node_unref);
  self->drop_before = before != NULL ? g_strdup (before->service_id) : NULL;
  if (side)
    {
      double y = before != NULL ? before->rect.y - bar * 1.5
                 : last != NULL ? last->rect.y + last->rect.height + bar * 0.5 : layout->side.y;
      self->drop_marker = GRAPHENE_RECT_INIT (layout->side.x, y, layout->side.width, bar);
    }
  else if (before != NULL)
    self->drop_marker = GRAPHENE_RECT_INIT (before->rect.x - bar * 1.5, before->rect.y, bar, before->rect.height);
  else if (last != NULL)
    self->drop_marker = GRAPHENE_RECT_INIT (last->rect.x + last->rect.width + bar * 0.5, last->rect.y,
                                            bar, last->rect.height);
  else
    {
      /* An empty band: the marker in its middle. */
      SkBandLayout *band = NULL;

      for (guint i = 0; i < layout->bands->len; i++)
        if (g_str_equal (((SkBandLayout *) g_ptr_array_index (layout->bands, i))->level_id, level_id))
          band = g_ptr_array_index (layout->bands, i);
      if (band != NULL)
        self->drop_marker = GRAPHENE_RECT_INIT ((band->corners[0] + band->corners[2]) / 2 - bar / 2,
                                                band->corners[7], bar, band->corners[1] - band->corners[7]);
    }
}

/* The band a drop would go to, outlined, over just its own bounds: a
 * node the size of the canvas would repaint all of it on every frame. */
static GskRenderNode *
paint_outline (SkCanvas   *self,
               const char *level_id)
{
  double line = 3, x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  SkBandLayout *band = NULL;
  GtkSnapshot *snapshot;
  cairo_t *cr;

  for (guint i = 0; i < self->layout->bands->len; i++)
    if (g_str_equal (((SkBandLayout *) g_ptr_array_index (self->layout->bands, i))->level_id, level_id))
      band = g_ptr_array_index (self->layout->bands, i);
  if (band == NULL)
    return NULL;
  for (int c = 0; c < 4; c++)
    {
      x0 = MIN (x0, self->tx + band->corners[2 * c] * self->scale);
      x1 = MAX (x1, self->tx + band->corners[2 * c] * self->scale);
      y0 = MIN (y0, self->ty + band->corners[2 * c + 1] * self->scale);
      y1 = MAX (y1, self->ty + band->corners[2 * c + 1] * self->scale);
    }
  snapshot = gtk_snapshot_new ();
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (x0 - line, y0 - line, x1 - x0 + 2 * line,
                                                                 y1 - y0 + 2 * line));
  cairo_translate (cr, self->tx, self->ty);
  cairo_scale (cr, self->scale, self->scale);
  cairo_move_to (cr, band->corners[0], band->corners[1]);
  for (int c = 1; c < 4; c++)
    cairo_line_to (cr, band->corners[2 * c], band->corners[2 * c + 1]);
  cairo_close_path (cr);
  cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 0.12);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 0.9);
  cairo_set_line_width (cr, line / self->scale);
  cairo_stroke (cr);
  cairo_destroy (cr);
  return gtk_snapshot_free_to_node (snapshot);
}

/* A card as the renderer paints it, at a scale, at (0, 0). */
static void
paint_card (GtkSnapshot        *snapshot,
            SkLayout           *layout,
            const SkCardLayout *card,
            double              scale)
{
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, card->rect.width * scale, card->rect.height * scale);
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  g_autoptr(SkPainter) painter = NULL;

  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -card->rect.x, -card->rect.y);
  painter = sk_cairo_painter_new (cr, FALSE);
  sk_render_card (painter, layout, card);
  cairo_destroy (cr);
}

/* The ghost of the dragged cards, the target band's outline and the bar
 * where they will land. */
void
sk_canvas_snapshot_drag (SkCanvas    *self,
                         GtkSnapshot *snapshot)
{
  double dx = self->pointer_x - self->start_x, dy = self->pointer_y - self->start_y;

  if (self->drag != SK_DRAG_CARDS || self->layout == NULL)
    return;

  if (self->drop_valid)
    {
      graphene_rect_t bar = GRAPHENE_RECT_INIT (self->tx + self->drop_marker.origin.x * self->scale,
                                                self->ty + self->drop_marker.origin.y * self->scale,
                                                MAX (4, self->drop_marker.size.width * self->scale),
                                                MAX (4, self->drop_marker.size.height * self->scale));

      if (self->outline == NULL && self->drop_level != NULL)
        self->outline = paint_outline (self, self->drop_level);
      if (self->outline != NULL)
        gtk_snapshot_append_node (snapshot, self->outline);
      gtk_snapshot_append_color (snapshot, &accent, &bar);
    }

  /* The ghost is painted once per drag, and moved. */
  if (self->ghost == NULL)
    {
      GtkSnapshot *ghost = gtk_snapshot_new ();

      gtk_snapshot_push_opacity (ghost, 0.85);
      for (guint i = 0; i < self->dragged->len; i++)
        {
          SkCardLayout *card = sk_layout_find_card (self->layout, g_ptr_array_index (self->dragged, i));

          if (card == NULL)
            continue;
          gtk_snapshot_save (ghost);
          gtk_snapshot_translate (ghost, &GRAPHENE_POINT_INIT (self->tx + card->rect.x * self->scale,
                                                               self->ty + card->rect.y * self->scale));
          paint_card (ghost, self->layout, card, self->scale);
          gtk_snapshot_restore (ghost);
        }
      gtk_snapshot_pop (ghost);
      self->ghost = gtk_snapshot_free_to_node (ghost);
    }
  if (self->ghost == NULL)
    return;
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (dx, dy));
  gtk_snapshot_append_node (snapshot, self->ghost);
  gtk_snapshot_restore (snapshot);
}

/* --- dragging --------------------------------------------------------- */

static gboolean
autoscroll (GtkWidget     *widget,
            GdkFrameClock *clock,
            gpointer       data)
{
  SkCanvas *self = SK_CANVAS (widget);
  double w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  double dx = 0, dy = 0;

  if (self->pointer_x < EDGE)
    dx = EDGE - self->pointer_x;
  else if (self->pointer_x > w - EDGE)
    dx = (w - EDGE) - self->pointer_x;
  if (self->pointer_y < EDGE)
    dy = EDGE - self->pointer_y;
  else if (self->pointer_y > h - EDGE)
    dy = (h - EDGE) - self->pointer_y;
  if (dx != 0 || dy != 0)
    {
      /* The view moves under the pointer; the ghost stays with it. */
      sk_canvas_pan (self, dx * 0.4, dy * 0.4);
      self->start_x += dx * 0.4;
      self->start_y += dy * 0.4;
      update_drop (self);
    }
  return G_SOURCE_CONTINUE;
}

static void
begin_card_drag (SkCanvas       *self,
                 GtkGesture     *gesture)
{
  self->drag = SK_DRAG_CARDS;
  gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_CLAIMED);
  /* The selection moves if the card is in it, else the card alone. */
  if (!g_hash_table_contains (self->selection, self->press_card))
    {
      sk_canvas_clear_selection (self);
      sk_canvas_set_selected (self, self->press_card, TRUE);
      sk_canvas_emit_selection_changed (self);
    }
  self->dragged = sk_canvas_get_selection (self);
  sk_canvas_repaint (self);
  self->autoscroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), autoscroll, NULL, NULL);
  watch_frames (self);
}

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               SkCanvas       *self)
{
  SkCard *card = sk_canvas_card_at (self, x, y);

  sk_canvas_cancel_drag (self);
  self->start_x = self->pointer_x = x;
  self->start_y = self->pointer_y = y;
  if (card != NULL && !self->space_down)
    {
      self->drag = SK_DRAG_PRESSED;
      self->press_card = g_strdup (sk_card_get_service_id (card));
    }
  else
    {
      /* Empty space (or Space held): the press pans the view. */
      self->drag = SK_DRAG_PAN;
      self->pan_tx = self->tx;
      self->pan_ty = self->ty;
    }
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          ox,
                double          oy,
                SkCanvas       *self)
{
  self->pointer_x = self->start_x + ox;
  self->pointer_y = self->start_y + oy;
  switch (self->drag)
    {
    case SK_DRAG_PAN:
      if (hypot (ox, oy) >= DRAG_THRESHOLD)
        gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      sk_canvas_pan (self, self->pan_tx + ox - self->tx, self->pan_ty + oy - self->ty);
      break;
    case SK_DRAG_PRESSED:
      if (hypot (ox, oy) < DRAG_THRESHOLD)
        break;
      begin_card_drag (self, GTK_GESTURE (gesture));
      G_GNUC_FALLTHROUGH;
    case SK_DRAG_CARDS:
      update_drop (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      break;
    case SK_DRAG_NONE:
    default:
      break;
    }
}

static void
click_card (SkCanvas        *self,
            const char      *service_id,
            GdkModifierType  state)
{
  SkCard *card = g_hash_table_lookup (self->cards, service_id);

  if (state & GDK_CONTROL_MASK)
    sk_canvas_set_selected (self, service_id, !g_hash_table_contains (self->selection, service_id));
  else if (state & GDK_SHIFT_MASK)
    sk_canvas_set_selected (self, service_id, TRUE);
  else
    {
      sk_canvas_clear_selection (self);
      sk_canvas_set_selected (self, service_id, TRUE);
    }
  if (card != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (card));
  sk_canvas_emit_selection_changed (self);
  sk_canvas_emit_card_clicked (self, service_id);
}

static void
on_drag_end (GtkGestureDrag *gesture,
             double          ox,
             double          oy,
             SkCanvas       *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

  switch (self->drag)
    {
    case SK_DRAG_PRESSED:
      {
        g_autofree char *id = g_strdup (self->press_card);

        sk_canvas_cancel_drag (self);
        click_card (self, id, state);
      }
      break;
    case SK_DRAG_CARDS:
      {
        g_autoptr(GPtrArray) ids = g_ptr_array_ref (self->dragged);
        g_autofree char *level = g_strdup (self->drop_level);
        g_autofree char *before = g_strdup (self->drop_before);
        gboolean valid = self->drop_valid;

        sk_canvas_cancel_drag (self);
        if (valid)
          sk_canvas_move_services (self, ids, level, before);
      }
      break;
    case SK_DRAG_PAN:
      /* A click on empty space clears the selection; on a level, it picks
       * the level (for a note). */
      if (hypot (ox, oy) < DRAG_THRESHOLD && !(state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK)))
        {
          SkBandLayout *band;
          double lx, ly;

          if (g_hash_table_size (self->selection) > 0)
            {
              sk_canvas_clear_selection (self);
              sk_canvas_emit_selection_changed (self);
            }
          sk_canvas_to_layout (self, self->start_x, self->start_y, &lx, &ly);
          band = band_at (self, lx, ly);
          g_signal_emit_by_name (self, "level-clicked", band != NULL ? band->level_id : NULL);
        }
      sk_canvas_cancel_drag (self);
      break;
    case SK_DRAG_NONE:
    default:
      break;
    }
}

static void
on_double_click (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 SkCanvas        *self)
{
  SkCard *card = sk_canvas_card_at (self, x, y);

  if (n_press == 2 && card != NULL)
    sk_canvas_emit_card_activated (self, sk_card_get_service_id (card));
}

/* The middle button always pans. */
static void
on_pan_begin (GtkGestureDrag *gesture,
              double          x,
              double          y,
              SkCanvas       *self)
{
  self->pan_tx = self->tx;
  self->pan_ty = self->ty;
}

static void
on_pan_update (GtkGestureDrag *gesture,
               double          ox,
               double          oy,
               SkCanvas       *self)
{
  sk_canvas_pan (self, self->pan_tx + ox - self->tx, self->pan_ty + oy - self->ty);
}

/* --- wheel, touchpad, pinch ------------------------------------------- */

static void
on_motion (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           SkCanvas                 *self)
{
  if (self->drag == SK_DRAG_NONE)
    {
      self->pointer_x = x;
      self->pointer_y = y;
    }
  self->pointer_inside = TRUE;
  if (self->presenting)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_leave (GtkEventControllerMotion *motion,
          SkCanvas                 *self)
{
  self->pointer_inside = FALSE;
  if (self->presenting)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
on_scroll (GtkEventControllerScroll *scroll,
           double                    dx,
           double                    dy,
           SkCanvas                 *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (scroll));
  double step = gtk_event_controller_scroll_get_unit (scroll) == GDK_SCROLL_UNIT_WHEEL ? SCROLL_STEP : 1;

  if (state & GDK_CONTROL_MASK)
    {
      sk_canvas_zoom_at_pointer (self, pow (1.15, -dy));
      return TRUE;
    }
  if (state & GDK_SHIFT_MASK && dx == 0)
    {
      dx = dy;
      dy = 0;
    }
  sk_canvas_pan (self, -dx * step, -dy * step);
  return TRUE;
}

static void
on_zoom_begin (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               SkCanvas         *self)
{
  self->zoom_start_scale = self->scale;
}

static void
on_zoom_changed (GtkGestureZoom *gesture,
                 double          scale,
                 SkCanvas       *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    return;
  self->pointer_x = x;
  self->pointer_y = y;
  sk_canvas_zoom_at_pointer (self, self->zoom_start_scale * scale / self->scale);
}

/* --- keyboard --------------------------------------------------------- */

/* The nearest card in a direction from the focused one. */
static SkCard *
card_towards (SkCanvas *self,
              SkCard   *from,
              int       dx,
              int       dy)
{
  const SkCardLayout *origin = sk_card_get_card_layout (from);
  double ox, oy, best_score = G_MAXDOUBLE;
  SkCard *best = NULL;

  if (origin == NULL)
    return NULL;
  ox = origin->rect.x + origin->rect.width / 2;
  oy = origin->rect.y + origin->rect.height / 2;
  for (guint i = 0; i < self->layout->cards->len; i++)
    {
      SkCardLayout *card = g_ptr_array_index (self->layout->cards, i);
      double cx = card->rect.x + card->rect.width / 2 - ox;
      double cy = card->rect.y + card->rect.height / 2 - oy;
      double along = cx * dx + cy * dy, across = fabs (cx * dy) + fabs (cy * dx);
      double score;

      if (card == origin || along <= 1)
        continue;
      /* Straight ahead wins over nearer but off to the side. */
      score = along + 3 * across;
      if (score < best_score)
        {
          best_score = score;
          best = g_hash_table_lookup (self->cards, card->service_id);
        }
    }
  return best;
}

/* The band (level) under a point of the layout, or NULL. */
static SkBandLayout *
band_at (SkCanvas *self,
         double    x,
         double    y)
{
  for (guint i = 0; self->layout != NULL && i < self->layout->bands->len; i++)
    {
      SkBandLayout *band = g_ptr_array_index (self->layout->bands, i);
      gboolean inside = TRUE;

      /* Inside a convex quadrilateral: on the same side of all four edges
       * (corners go bottom left, bottom right, top right, top left). */
      for (int c = 0; c < 4 && inside; c++)
        {
          const double *a = &band->corners[2 * c], *b = &band->corners[2 * ((c + 1) % 4)];

          inside = (b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0]) <= 0;
        }
      if (inside)
        return band;
    }
  return NULL;
}

/* Quick capture: typing with the pointer over a level starts a new
 * service there, with what was typed as the start of its name. The window
 * passes on keys that nothing else took, so this works wherever the
 * keyboard focus is, unless it is in a text field. */
gboolean
sk_canvas_type_to_add (SkCanvas        *self,
                       guint            keyval,
                       GdkModifierType  state)
{
  gunichar c = gdk_keyval_to_unicode (keyval);
  char text[7] = { 0 };
  SkBandLayout *band;
  double lx, ly;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0 || c == 0 || !g_unichar_isgraph (c)
      || !self->pointer_inside || self->drag != SK_DRAG_NONE)
    return FALSE;
  sk_canvas_to_layout (self, self->pointer_x, self->pointer_y, &lx, &ly);
  band = band_at (self, lx, ly);
  if (band == NULL)
    return FALSE;
  g_unichar_to_utf8 (c, text);
  g_signal_emit_by_name (self, "type-to-add", band->level_id, self->pointer_x, self->pointer_y, text);
  return TRUE;
}

static gboolean
on_key_pressed (GtkEventControllerKey *key,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SkCanvas              *self)
{
  GtkWidget *focus = gtk_widget_get_focus_child (GTK_WIDGET (self));
  SkCard *card = focus != NULL && SK_IS_CARD (focus) ? SK_CARD (focus) : NULL;
  gboolean alt = (state & GDK_ALT_MASK) != 0, ctrl = (state & GDK_CONTROL_MASK) != 0;
  int dx = 0, dy = 0;

  switch (keyval)
    {
    case GDK_KEY_space:
      if (ctrl && card != NULL)
        {
          const char *id = sk_card_get_service_id (card);

          sk_canvas_set_selected (self, id, !g_hash_table_contains (self->selection, id));
          sk_canvas_emit_selection_changed (self);
        }
      else if (card != NULL && self->drag == SK_DRAG_NONE && !self->space_down)
        click_card (self, sk_card_get_service_id (card), 0);
      /* Held, it turns a drag into panning. */
      self->space_down = TRUE;
      return TRUE;
    case GDK_KEY_Escape:
      if (self->drag == SK_DRAG_CARDS)
        {
          sk_canvas_cancel_drag (self);
          return TRUE;
        }
      if (g_hash_table_size (self->selection) > 0)
        {
          sk_canvas_clear_selection (self);
          sk_canvas_emit_selection_changed (self);
          return TRUE;
        }
      return FALSE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      if (card == NULL)
        return FALSE;
      sk_canvas_emit_card_activated (self, sk_card_get_service_id (card));
      return TRUE;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
      return gtk_widget_activate_action (GTK_WIDGET (self), "win.delete", NULL);
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      dx = -1;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      dx = 1;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      dy = -1;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      dy = 1;
      break;
    default:
      return sk_canvas_type_to_add (self, keyval, state);
    }

  if (card == NULL)
    {
      /* Arrows start at the first card. */
      GtkWidget *first = gtk_widget_get_first_child (GTK_WIDGET (self));

      if (first != NULL)
        gtk_widget_grab_focus (first);
      return first != NULL;
    }
  if (alt)
    {
      if (dy != 0)
        sk_canvas_move_focused_level (self, -dy);
      else
        sk_canvas_move_focused_along (self, dx);
      return TRUE;
    }
  {
    SkCard *next = card_towards (self, card, dx, dy);

    if (next == NULL)
      return TRUE;
    gtk_widget_grab_focus (GTK_WIDGET (next));
    /* Ctrl+arrow moves the focus alone, to select several with
     * Ctrl+Space; a plain arrow selects as it goes. */
    if (!ctrl)
      click_card (self, sk_card_get_service_id (next), 0);
  }
  return TRUE;
}

static void
on_key_released (GtkEventControllerKey *key,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 SkCanvas              *self)
{
  if (keyval == GDK_KEY_space)
    self->space_down = FALSE;
}

void
sk_canvas_init_input (SkCanvas *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *pan = gtk_gesture_drag_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *zoom = gtk_gesture_zoom_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *key = gtk_event_controller_key_new ();

  /* In the capture phase: a press on a card is the canvas's to handle. */
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (drag), GTK_PHASE_CAPTURE);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (pan), GDK_BUTTON_MIDDLE);
  g_signal_connect (pan, "drag-begin", G_CALLBACK (on_pan_begin), self);
  g_signal_connect (pan, "drag-update", G_CALLBACK (on_pan_update), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (pan));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_double_click), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect (zoom, "begin", G_CALLBACK (on_zoom_begin), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (on_zoom_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));

  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed), self);
  g_signal_connect (key, "key-released", G_CALLBACK (on_key_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
}
