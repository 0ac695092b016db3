/* sk-canvas-notes.c — workshop notes on the map
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A place with workshop notes (a service's card, a level's name, the start
 * of a pathway's line) gets a small sticky note with how many there are.
 * Only the editor draws them: notes never reach a family's poster or
 * brochure (the workshop report has them, numbered).
 */
#include "config.h"

#include <math.h>

#include "sk-canvas-private.h"
#include "sk-note.h"

#define BADGE_PX 20.0  /* the sticky note's side on the screen */

/* How many notes each place has: "kind:id" → count. */
static GHashTable *
count_notes (SkMap *map)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *notes = sk_map_get_notes (map);

  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(SkNote) note = g_list_model_get_item (notes, i);
      char *key = g_strdup_printf ("%d:%s", sk_note_get_target_kind (note), sk_note_get_target_id (note));
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));

      g_hash_table_replace (counts, key, GUINT_TO_POINTER (count + 1));
    }
  return counts;
}

static guint
count_for (GHashTable *counts,
           SkKind      kind,
           const char *id)
{
  g_autofree char *key = g_strdup_printf ("%d:%s", kind, id);

  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));
}

/* A sticky note with @count, its top left corner at (@x, @y) of the layout;
 * it keeps its size on the screen whatever the zoom. */
static void
badge (cairo_t *cr,
       double   scale,
       double   x,
       double   y,
       guint    count)
{
  double side = BADGE_PX / scale, fold = side * 0.28;
  char text[16];
  cairo_text_extents_t extents;

  cairo_save (cr);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + side, y);
  cairo_line_to (cr, x + side, y + side - fold);
  cairo_line_to (cr, x + side - fold, y + side);
  cairo_line_to (cr, x, y + side);
  cairo_close_path (cr);
  cairo_set_source_rgb (cr, 1.0, 0.91, 0.45);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0.45, 0.36, 0.0);
  cairo_set_line_width (cr, 1.0 / scale);
  cairo_stroke (cr);

  g_snprintf (text, sizeof text, "%u", count);
  cairo_select_font_face (cr, "Noto Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
  cairo_set_font_size (cr, side * 0.62);
  cairo_text_extents (cr, text, &extents);
  cairo_move_to (cr, x + (side - extents.width) / 2 - extents.x_bearing,
                 y + (side - extents.height) / 2 - extents.y_bearing);
  cairo_set_source_rgb (cr, 0.2, 0.16, 0.0);
  cairo_show_text (cr, text);
  cairo_restore (cr);
}

/* Draws the notes' badges over the map; @cr is in the layout's units. */
void
sk_canvas_paint_notes (SkCanvas *self,
                       cairo_t  *cr)
{
  g_autoptr(GHashTable) counts = count_notes (self->map);
  double side = BADGE_PX / self->scale;
  guint count;

  if (g_hash_table_size (counts) == 0)
    return;
  for (guint i = 0; i < self->layout->cards->len; i++)
    {
      SkCardLayout *card = g_ptr_array_index (self->layout->cards, i);

      if ((count = count_for (counts, SK_KIND_SERVICE, card->service_id)) > 0)
        badge (cr, self->scale, card->rect.x - side * 0.35, card->rect.y - side * 0.35, count);
    }
  for (guint i = 0; i < self->layout->bands->len; i++)
    {
      SkBandLayout *band = g_ptr_array_index (self->layout->bands, i);

      if ((count = count_for (counts, SK_KIND_LEVEL, band->level_id)) > 0)
        badge (cr, self->scale, band->label.x - side * 1.3, band->label.y, count);
    }
  for (guint i = 0; i < self->layout->routes->len; i++)
    {
      SkRouteLayout *route = g_ptr_array_index (self->layout->routes, i);

      if (route->points->len >= 2 && (count = count_for (counts, SK_KIND_PATHWAY, route->pathway_id)) > 0)
        badge (cr, self->scale, g_array_index (route->points, double, 0) - side / 2,
               g_array_index (route->points, double, 1) - side / 2, count);
    }
}
