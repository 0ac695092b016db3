/* sk-canvas.c — the map, drawn by the shared renderer, to edit by hand
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The canvas shows the poster's figure (the pyramid and the side column),
 * laid out by the same code as every export. The renderer paints it once
 * into a picture of the view (bands, pathway lines, cards, badges), kept
 * until the layout or the view changes; replaying the drawing every frame
 * cost 14 ms at 300 services. Over it, each card is a child widget (see
 * sk-card.c) that draws only its selection, hover and focus rings, and a
 * drag paints only the ghost and the drop marker.
 *
 * Widgets never change the map: a finished gesture becomes one command on
 * the document's undo stack (sk-canvas-edit.c), and the map's change
 * signals bring the new layout.
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "sk-app.h"
#include "sk-band.h"
#include "sk-canvas-private.h"
#include "sk-cairo-painter.h"
#include "sk-level.h"
#include "sk-municipality.h"
#include "sk-pathway.h"
#include "sk-render.h"
#include "sk-sector.h"
#include "sk-service.h"

#define MAX_SCALE 8.0

G_DEFINE_FINAL_TYPE (SkCanvas, sk_canvas, GTK_TYPE_WIDGET)

enum {
  CARD_ACTIVATED,
  CARD_CLICKED,
  SELECTION_CHANGED,
  MESSAGE,
  VIEW_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* --- view ------------------------------------------------------------- */

void
sk_canvas_to_layout (SkCanvas *self,
                     double    x,
                     double    y,
                     double   *lx,
                     double   *ly)
{
  *lx = (x - self->tx) / self->scale;
  *ly = (y - self->ty) / self->scale;
}

static void
invalidate_view (SkCanvas *self)
{
  /* What is painted for a drag is placed for the old view too. */
  g_clear_pointer (&self->outline, gsk_render_node_unref);
  g_clear_pointer (&self->picture, gsk_render_node_unref);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[VIEW_CHANGED], 0);
}

void
sk_canvas_set_view (SkCanvas *self,
                    double    scale,
                    double    tx,
                    double    ty)
{
  self->scale = CLAMP (scale, sk_canvas_min_scale (self), MAX_SCALE);
  self->tx = tx;
  self->ty = ty;
  self->fitted = FALSE;
  invalidate_view (self);
}

/* Zooms by @factor, keeping the point (@x, @y) of the widget in place. */
static void
zoom_at (SkCanvas *self,
         double    factor,
         double    x,
         double    y)
{
  double scale = CLAMP (self->scale * factor, sk_canvas_min_scale (self), MAX_SCALE);

  factor = scale / self->scale;
  self->tx = x - (x - self->tx) * factor;
  self->ty = y - (y - self->ty) * factor;
  self->scale = scale;
  self->fitted = FALSE;
  invalidate_view (self);
}

void
sk_canvas_zoom_by (SkCanvas *self,
                   double    factor)
{
  zoom_at (self, factor, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
           gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

void
sk_canvas_zoom_at_pointer (SkCanvas *self,
                           double    factor)
{
  zoom_at (self, factor, self->pointer_x, self->pointer_y);
}

static void
fit (SkCanvas *self)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self));
  double h = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->layout == NULL || w <= 0 || h <= 0)
    return;
  self->scale = CLAMP (MIN (w / self->layout->width, h / self->layout->height) * 0.96,
                       sk_canvas_min_scale (self), MAX_SCALE);
  self->tx = (w - self->layout->width * self->scale) / 2;
  self->ty = (h - self->layout->height * self->scale) / 2;
}

void
sk_canvas_zoom_fit (SkCanvas *self)
{
  self->fitted = TRUE;
  fit (self);
  invalidate_view (self);
}

void
sk_canvas_pan (SkCanvas *self,
               double    dx,
               double    dy)
{
  self->tx += dx;
  self->ty += dy;
  self->fitted = FALSE;
  invalidate_view (self);
}

/* --- layout and cards ------------------------------------------------- */

static char *
describe_card (SkCanvas  *self,
               SkService *service)
{
  const char *lang = self->layout->lang;
  const char *level_id = sk_service_get_level_id (service);
  SkItem *level = level_id != NULL ? sk_map_lookup (self->map, SK_KIND_LEVEL, level_id) : NULL;
  SkItem *sector = sk_map_lookup (self->map, SK_KIND_SECTOR, sk_service_get_sector_id (service));
  g_autofree char *where = NULL;

  if (level != NULL)
    where = g_strdup_printf (_("level %u, %s"), sk_map_get_level_number (self->map, level_id),
                             sk_level_get_name (SK_LEVEL (level), lang));
  else
    where = g_strdup (_("beside the pyramid"));
  return g_strdup_printf ("%s — %s — %s", sk_service_get_name (service, lang), where,
                          sector != NULL ? sk_sector_get_name (SK_SECTOR (sector), lang) : _("no sector"));
}

/* Makes the card widgets match the layout: one per card, kept by service
 * id across layouts so that focus and selection stay. */
static void
sync_cards (SkCanvas *self)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key, value;
  GtkWidget *previous = NULL;

  for (guint i = 0; i < self->layout->cards->len; i++)
    {
      SkCardLayout *card = g_ptr_array_index (self->layout->cards, i);
      SkService *service = SK_SERVICE (sk_map_lookup (self->map, SK_KIND_SERVICE, card->service_id));
      GtkWidget *widget = g_hash_table_lookup (self->cards, card->service_id);
      g_autofree char *description = NULL;

      if (widget == NULL)
        {
          widget = sk_card_new (card->service_id);
          g_hash_table_insert (self->cards, g_strdup (card->service_id), widget);
          gtk_widget_set_parent (widget, GTK_WIDGET (self));
        }
      /* Tab order follows the reading order of the cards. */
      if (gtk_widget_get_prev_sibling (widget) != previous)
        gtk_widget_insert_after (widget, GTK_WIDGET (self), previous);
      previous = widget;
      g_hash_table_add (wanted, card->service_id);
      sk_card_set_card_layout (SK_CARD (widget), card);
      sk_card_set_selected (SK_CARD (widget), g_hash_table_contains (self->selection, card->service_id));
      if (service != NULL)
        {
          description = describe_card (self, service);
          sk_card_set_description (SK_CARD (widget), description, NULL);
        }
    }

  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (wanted, key))
      {
        gtk_widget_unparent (value);
        g_hash_table_iter_remove (&iter);
      }
}

/* A level reached with the keyboard is the place for new notes, as a
 * click on its empty space makes it. */
static void
on_band_focus (SkCanvas   *self,
               GParamSpec *pspec,
               SkBand     *band)
{
  if (gtk_widget_has_focus (GTK_WIDGET (band)))
    g_signal_emit_by_name (self, "level-clicked", sk_band_get_level_id (band));
}

/* One band widget per level, after the cards among the children (so the
 * arrows start at the first card), named for assistive technology with
 * its number, name and services. */
static void
sync_bands (SkCanvas *self)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < self->layout->cards->len; i++)
    {
      SkCardLayout *card = g_ptr_array_index (self->layout->cards, i);
      SkItem *service = sk_map_lookup (self->map, SK_KIND_SERVICE, card->service_id);
      const char *level_id = service != NULL ? sk_service_get_level_id (SK_SERVICE (service)) : NULL;

      if (level_id != NULL)
        g_hash_table_insert (counts, (gpointer) level_id,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, level_id)) + 1));
    }

  for (guint i = 0; i < self->layout->bands->len; i++)
    {
      SkBandLayout *band = g_ptr_array_index (self->layout->bands, i);
      SkItem *level = sk_map_lookup (self->map, SK_KIND_LEVEL, band->level_id);
      GtkWidget *widget = g_hash_table_lookup (self->bands, band->level_id);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, band->level_id));
      g_autofree char *services = NULL;
      g_autofree char *label = NULL;

      if (widget == NULL)
        {
          widget = sk_band_new (band->level_id);
          g_hash_table_insert (self->bands, g_strdup (band->level_id), widget);
          gtk_widget_set_parent (widget, GTK_WIDGET (self));
          g_signal_connect_swapped (widget, "notify::has-focus", G_CALLBACK (on_band_focus), self);
        }
      g_hash_table_add (wanted, band->level_id);
      sk_band_set_band_layout (SK_BAND (widget), band);
      services = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u service", "%u services", n), n);
      /* TRANSLATORS: a level on the map, for screen readers: "Level 3:
       * Spesialiserte tjenester, 5 services". */
      label = g_strdup_printf (_("Level %u: %s, %s"), band->number,
                               level != NULL ? sk_level_get_name (SK_LEVEL (level), self->layout->lang) : "",
                               services);
      sk_band_set_label (SK_BAND (widget), label);
    }

  g_hash_table_iter_init (&iter, self->bands);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (wanted, key))
      {
        gtk_widget_unparent (value);
        g_hash_table_iter_remove (&iter);
      }
}

static void
relayout (SkCanvas *self)
{
  SkLayoutOptions options = {
    .width = SK_CANVAS_PAGE_WIDTH,
    .height = SK_CANVAS_PAGE_HEIGHT,
    .figure_only = TRUE,
  };
  SkLayout *old = self->layout;

  g_clear_handle_id (&self->relayout_idle, g_source_remove);
  if (self->map == NULL)
    return;
  if (self->municipality_id != NULL)
    options.municipality = SK_MUNICIPALITY (sk_map_lookup (self->map, SK_KIND_MUNICIPALITY, self->municipality_id));
  self->layout = sk_layout_new_poster (self->map, &options);
  sync_cards (self);
  sync_bands (self);
  /* The cards and bands no longer point into the old layout. */
  g_clear_pointer (&old, sk_layout_free);
  if (self->fitted)
    fit (self);
  invalidate_view (self);
}

static gboolean
relayout_idle (gpointer data)
{
  SkCanvas *self = data;

  self->relayout_idle = 0;
  relayout (self);
  return G_SOURCE_REMOVE;
}

/* Lays out again before the next frame, once however many steps came in
 * this turn of the main loop. */
static void
queue_relayout (SkCanvas *self)
{
  if (self->relayout_idle == 0)
    self->relayout_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, relayout_idle, self, NULL);
}

static void
on_map_changed (SkCanvas *self)
{
  /* A removed service leaves the selection. */
  GHashTableIter iter;
  gpointer key;
  gboolean changed = FALSE;

  g_hash_table_iter_init (&iter, self->selection);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (sk_map_lookup (self->map, SK_KIND_SERVICE, key) == NULL)
      {
        g_hash_table_iter_remove (&iter);
        changed = TRUE;
      }
  if (changed)
    g_signal_emit (self, signals[SELECTION_CHANGED], 0);
  queue_relayout (self);
}

static void
disconnect_map (SkCanvas *self)
{
  if (self->map == NULL)
    return;
  g_signal_handlers_disconnect_by_data (sk_document_get_undo_stack (self->document), self);
  self->map = NULL;
}

void
sk_canvas_set_document (SkCanvas   *self,
                        SkDocument *document)
{
  g_return_if_fail (SK_IS_CANVAS (self));

  sk_canvas_cancel_drag (self);
  disconnect_map (self);
  g_set_object (&self->document, document);
  g_hash_table_remove_all (self->selection);
  g_clear_pointer (&self->municipality_id, g_free);
  g_clear_pointer (&self->focus_pathway, g_free);
  if (document != NULL)
    {
      self->map = sk_document_get_map (document);
      /* Every change to the map is a step of the undo stack. */
      g_signal_connect_swapped (sk_document_get_undo_stack (document), "changed",
                                G_CALLBACK (on_map_changed), self);
    }
  self->fitted = TRUE;
  relayout (self);
  if (self->map == NULL)
    {
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, self->cards);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        gtk_widget_unparent (value);
      g_hash_table_remove_all (self->cards);
      g_hash_table_iter_init (&iter, self->bands);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        gtk_widget_unparent (value);
      g_hash_table_remove_all (self->bands);
      g_clear_pointer (&self->layout, sk_layout_free);
    }
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

void
sk_canvas_set_municipality (SkCanvas   *self,
                            const char *municipality_id)
{
  if (g_strcmp0 (self->municipality_id, municipality_id) == 0)
    return;
  g_free (self->municipality_id);
  self->municipality_id = g_strdup (municipality_id);
  relayout (self);
}

void
sk_canvas_set_focus_pathway (SkCanvas   *self,
                             const char *pathway_id)
{
  if (g_strcmp0 (self->focus_pathway, pathway_id) == 0)
    return;
  g_free (self->focus_pathway);
  self->focus_pathway = g_strdup (pathway_id);
  invalidate_view (self);
}

/* --- selection and focus ---------------------------------------------- */

SkCard *
sk_canvas_card_at (SkCanvas *self,
                   double    x,
                   double    y)
{
  double lx, ly;

  if (self->layout == NULL)
    return NULL;
  sk_canvas_to_layout (self, x, y, &lx, &ly);
  for (guint i = self->layout->cards->len; i > 0; i--)
    {
      SkCardLayout *card = g_ptr_array_index (self->layout->cards, i - 1);
      const SkRect *r = &card->rect;

      if (lx >= r->x && lx <= r->x + r->width && ly >= r->y && ly <= r->y + r->height)
        return g_hash_table_lookup (self->cards, card->service_id);
    }
  return NULL;
}

void
sk_canvas_set_selected (SkCanvas   *self,
                        const char *service_id,
                        gboolean    selected)
{
  SkCard *card = g_hash_table_lookup (self->cards, service_id);

  if (selected)
    g_hash_table_add (self->selection, g_strdup (service_id));
  else
    g_hash_table_remove (self->selection, service_id);
  if (card != NULL)
    sk_card_set_selected (card, selected);
}

void
sk_canvas_clear_selection (SkCanvas *self)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->selection);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      SkCard *card = g_hash_table_lookup (self->cards, key);

      if (card != NULL)
        sk_card_set_selected (card, FALSE);
    }
  g_hash_table_remove_all (self->selection);
}

void
sk_canvas_select (SkCanvas   *self,
                  const char *service_id)
{
  sk_canvas_clear_selection (self);
  if (service_id != NULL)
    sk_canvas_set_selected (self, service_id, TRUE);
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

/* Selects exactly the services @ids. */
void
sk_canvas_set_selection (SkCanvas  *self,
                         GPtrArray *ids)
{
  sk_canvas_clear_selection (self);
  for (guint i = 0; i < ids->len; i++)
    sk_canvas_set_selected (self, g_ptr_array_index (ids, i), TRUE);
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

GPtrArray *
sk_canvas_get_selection (SkCanvas *self)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  GListModel *services;

  if (self->map == NULL)
    return ids;
  services = sk_map_get_services (self->map);
  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr(SkItem) service = g_list_model_get_item (services, i);

      if (g_hash_table_contains (self->selection, sk_item_get_id (service)))
        g_ptr_array_add (ids, g_strdup (sk_item_get_id (service)));
    }
  return ids;
}

const char *
sk_canvas_get_focus_service (SkCanvas *self)
{
  GtkWidget *focus = gtk_widget_get_focus_child (GTK_WIDGET (self));

  return focus != NULL && SK_IS_CARD (focus) ? sk_card_get_service_id (SK_CARD (focus)) : NULL;
}

const char *
sk_canvas_get_focus_level (SkCanvas *self)
{
  GtkWidget *focus = gtk_widget_get_focus_child (GTK_WIDGET (self));
  const char *id = sk_canvas_get_focus_service (self);
  SkItem *service = id != NULL && self->map != NULL ? sk_map_lookup (self->map, SK_KIND_SERVICE, id) : NULL;
  GListModel *levels;
  g_autoptr(SkItem) bottom = NULL;

  if (focus != NULL && SK_IS_BAND (focus))
    return sk_band_get_level_id (SK_BAND (focus));
  if (service != NULL && sk_service_get_level_id (SK_SERVICE (service)) != NULL)
    return sk_service_get_level_id (SK_SERVICE (service));
  if (self->map == NULL)
    return NULL;
  levels = sk_map_get_levels (self->map);
  if (g_list_model_get_n_items (levels) == 0)
    return NULL;
  bottom = g_list_model_get_item (levels, 0);
  return sk_item_get_id (bottom);
}

void
sk_canvas_focus_service (SkCanvas   *self,
                         const char *service_id)
{
  GtkWidget *card;

  /* A new service has no card until the next layout. */
  if (self->relayout_idle != 0)
    relayout (self);
  card = g_hash_table_lookup (self->cards, service_id);
  if (card != NULL)
    gtk_widget_grab_focus (card);
}

static gboolean
contains_id (GPtrArray  *ids,
             const char *id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_str_equal (g_ptr_array_index (ids, i), id))
      return TRUE;
  return FALSE;
}

char *
sk_canvas_get_neighbour (SkCanvas  *self,
                         GPtrArray *leaving)
{
  const char *focus = sk_canvas_get_focus_service (self);
  GPtrArray *cards = self->layout != NULL ? self->layout->cards : NULL;
  int at = -1;

  if (cards == NULL || focus == NULL)
    return NULL;
  for (guint i = 0; i < cards->len; i++)
    if (g_str_equal (((SkCardLayout *) g_ptr_array_index (cards, i))->service_id, focus))
      at = (int) i;
  if (at < 0)
    return NULL;
  for (guint i = at + 1; i < cards->len; i++)
    if (!contains_id (leaving, ((SkCardLayout *) g_ptr_array_index (cards, i))->service_id))
      return g_strdup (((SkCardLayout *) g_ptr_array_index (cards, i))->service_id);
  for (int i = at - 1; i >= 0; i--)
    if (!contains_id (leaving, ((SkCardLayout *) g_ptr_array_index (cards, i))->service_id))
      return g_strdup (((SkCardLayout *) g_ptr_array_index (cards, i))->service_id);
  return NULL;
}

gboolean
sk_canvas_get_card_bounds (SkCanvas        *self,
                           const char      *service_id,
                           graphene_rect_t *bounds)
{
  SkCardLayout *card = self->layout != NULL ? sk_layout_find_card (self->layout, service_id) : NULL;

  if (card == NULL)
    return FALSE;
  graphene_rect_init (bounds, self->tx + card->rect.x * self->scale, self->ty + card->rect.y * self->scale,
                      card->rect.width * self->scale, card->rect.height * self->scale);
  return TRUE;
}

/* --- for the GUI tests ------------------------------------------------- */

/* With SAMMENKART_DEBUG=geometry the canvas prints where its cards and
 * bands are on the screen after each layout, so that a test can point at
 * them with a real pointer. */
static gboolean
print_geometry (gpointer data)
{
  SkCanvas *self = data;
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  double sx = 0, sy = 0;
  graphene_point_t origin;

  self->geometry_idle = 0;
  /* An audience window's canvas is not pointed at. */
  if (self->layout == NULL || native == NULL || !gtk_widget_get_can_target (GTK_WIDGET (self))
      || !gtk_widget_compute_point (GTK_WIDGET (self), root, &GRAPHENE_POINT_INIT (0, 0), &origin))
    return G_SOURCE_REMOVE;
  gtk_native_get_surface_transform (native, &sx, &sy);
  origin.x += sx;
  origin.y += sy;
  for (guint i = 0; i < self->layout->cards->len; i++)
    {
      SkCardLayout *card = g_ptr_array_index (self->layout->cards, i);

      g_printerr ("sammenkart-geometry: card %s %.0f %.0f %.0f %.0f\n", card->service_id,
                  origin.x + self->tx + card->rect.x * self->scale, origin.y + self->ty + card->rect.y * self->scale,
                  card->rect.width * self->scale, card->rect.height * self->scale);
    }
  for (guint i = 0; i < self->layout->bands->len; i++)
    {
      SkBandLayout *band = g_ptr_array_index (self->layout->bands, i);
      double left = band->corners[6], right = band->corners[4], top = band->corners[7], bottom = band->corners[1];

      g_printerr ("sammenkart-geometry: band %s %.0f %.0f %.0f %.0f\n", band->level_id,
                  origin.x + self->tx + left * self->scale, origin.y + self->ty + top * self->scale,
                  (right - left) * self->scale, (bottom - top) * self->scale);
    }
  g_printerr ("sammenkart-geometry: end\n");
  return G_SOURCE_REMOVE;
}

static void
queue_print_geometry (SkCanvas *self)
{
  if (sk_app_debug (SK_DEBUG_GEOMETRY) && self->geometry_idle == 0)
    self->geometry_idle = g_timeout_add (200, print_geometry, self);
}

/* --- painting --------------------------------------------------------- */

/* A card is faded while it is dragged, or when a pathway in focus does not
 * pass it. */
static gboolean
is_faded (SkCanvas   *self,
          SkItem     *pathway,
          const char *service_id)
{
  for (guint i = 0; self->dragged != NULL && i < self->dragged->len; i++)
    if (g_str_equal (g_ptr_array_index (self->dragged, i), service_id))
      return TRUE;
  return pathway != NULL && !sk_pathway_uses_service (SK_PATHWAY (pathway), service_id);
}

/* The view, painted by the renderer into a picture of the widget's size.
 * The node only shows the picture: drawing it is one copy of the pixels
 * that changed, where a texture was converted whole on every frame. */
static GskRenderNode *
paint_picture (SkCanvas *self)
{
  int factor = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  int w = gtk_widget_get_width (GTK_WIDGET (self));
  int h = gtk_widget_get_height (GTK_WIDGET (self));
  SkItem *pathway = self->focus_pathway != NULL
                    ? sk_map_lookup (self->map, SK_KIND_PATHWAY, self->focus_pathway) : NULL;
  cairo_surface_t *surface;
  g_autoptr(SkPainter) painter = NULL;
  GtkSnapshot *snapshot;
  cairo_t *cr;

  if (w <= 0 || h <= 0)
    return NULL;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w * factor, h * factor);
  cairo_surface_set_device_scale (surface, factor, factor);
  cr = cairo_create (surface);
  cairo_translate (cr, self->tx, self->ty);
  cairo_scale (cr, self->scale, self->scale);
  painter = sk_cairo_painter_new (cr, FALSE);
  sk_render_poster_parts (self->layout, painter, SK_RENDER_SCENE, self->focus_pathway);
  for (guint i = 0; i < self->layout->cards->len; i++)
    {
      SkCardLayout *card = g_ptr_array_index (self->layout->cards, i);

      if (!is_faded (self, pathway, card->service_id))
        {
          sk_render_card (painter, self->layout, card);
          continue;
        }
      cairo_push_group (cr);
      sk_render_card (painter, self->layout, card);
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, 0.3);
    }
  sk_render_poster_parts (self->layout, painter, SK_RENDER_BADGES, self->focus_pathway);
  sk_canvas_paint_notes (self, cr);
  g_clear_pointer (&painter, sk_painter_free);
  cairo_destroy (cr);

  snapshot = gtk_snapshot_new ();
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return gtk_snapshot_free_to_node (snapshot);
}

/* Painted anew with the cards that are dragged faded, or no longer. */
void
sk_canvas_repaint (SkCanvas *self)
{
  g_clear_pointer (&self->picture, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
sk_canvas_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  SkCanvas *self = SK_CANVAS (widget);

  if (self->layout == NULL)
    return;
  if (self->picture == NULL)
    self->picture = paint_picture (self);
  if (self->picture != NULL)
    gtk_snapshot_append_node (snapshot, self->picture);

  /* The cards' rings, and the focused level's outline. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (SK_IS_CARD (child) || SK_IS_BAND (child))
      gtk_widget_snapshot_child (widget, child, snapshot);

  sk_canvas_snapshot_drag (self, snapshot);
  sk_canvas_snapshot_pointer (self, snapshot);
}

static void
sk_canvas_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  SkCanvas *self = SK_CANVAS (widget);

  if (self->layout == NULL)
    return;
  if (width != self->allocated_width || height != self->allocated_height)
    {
      if (self->fitted)
        fit (self);
      g_clear_pointer (&self->picture, gsk_render_node_unref);
    }
  self->allocated_width = width;
  self->allocated_height = height;
  queue_print_geometry (self);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const SkCardLayout *card;
      graphene_point_t at;

      /* A popover on the canvas (the new service's name) places itself. */
      if (GTK_IS_POPOVER (child))
        {
          gtk_popover_present (GTK_POPOVER (child));
          continue;
        }
      if (SK_IS_BAND (child))
        {
          SkRect bounds;

          if (sk_band_get_bounds (SK_BAND (child), &bounds))
            gtk_widget_allocate (child, MAX (1, (int) ceil (bounds.width * self->scale)),
                                 MAX (1, (int) ceil (bounds.height * self->scale)), -1,
                                 gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (self->tx + bounds.x * self->scale,
                                                                                      self->ty + bounds.y * self->scale)));
          continue;
        }
      card = sk_card_get_card_layout (SK_CARD (child));
      if (card == NULL)
        continue;
      at = GRAPHENE_POINT_INIT (self->tx + card->rect.x * self->scale, self->ty + card->rect.y * self->scale);
      gtk_widget_allocate (child, MAX (1, (int) ceil (card->rect.width * self->scale)),
                           MAX (1, (int) ceil (card->rect.height * self->scale)), -1,
                           gsk_transform_translate (NULL, &at));
    }
}

static void
sk_canvas_measure (GtkWidget      *widget,
                   GtkOrientation  orientation,
                   int             for_size,
                   int            *minimum,
                   int            *natural,
                   int            *minimum_baseline,
                   int            *natural_baseline)
{
  *minimum = 200;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 900 : 640;
}

/* --- the object ------------------------------------------------------- */

void
sk_canvas_emit_card_activated (SkCanvas   *self,
                               const char *service_id)
{
  g_signal_emit (self, signals[CARD_ACTIVATED], 0, service_id);
}

void
sk_canvas_emit_card_clicked (SkCanvas   *self,
                             const char *service_id)
{
  g_signal_emit (self, signals[CARD_CLICKED], 0, service_id);
}

void
sk_canvas_emit_selection_changed (SkCanvas *self)
{
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

void
sk_canvas_emit_message (SkCanvas   *self,
                        const char *message)
{
  g_signal_emit (self, signals[MESSAGE], 0, message);
}

static void
sk_canvas_dispose (GObject *object)
{
  SkCanvas *self = SK_CANVAS (object);
  GtkWidget *child;

  g_clear_handle_id (&self->relayout_idle, g_source_remove);
  g_clear_handle_id (&self->geometry_idle, g_source_remove);
  sk_canvas_stop_moving (self);
  sk_canvas_cancel_drag (self);
  disconnect_map (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->cards, g_hash_table_unref);
  g_clear_pointer (&self->bands, g_hash_table_unref);
  g_clear_object (&self->document);
  g_clear_pointer (&self->picture, gsk_render_node_unref);
  g_clear_pointer (&self->layout, sk_layout_free);
  G_OBJECT_CLASS (sk_canvas_parent_class)->dispose (object);
}

static void
sk_canvas_finalize (GObject *object)
{
  SkCanvas *self = SK_CANVAS (object);

  g_hash_table_unref (self->selection);
  g_free (self->municipality_id);
  g_free (self->focus_pathway);
  G_OBJECT_CLASS (sk_canvas_parent_class)->finalize (object);
}

static void
sk_canvas_class_init (SkCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_canvas_dispose;
  object_class->finalize = sk_canvas_finalize;
  widget_class->snapshot = sk_canvas_snapshot;
  widget_class->size_allocate = sk_canvas_size_allocate;
  widget_class->measure = sk_canvas_measure;
  gtk_widget_class_set_css_name (widget_class, "canvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  /* A card was activated (Enter, double click): edit its service. */
  signals[CARD_ACTIVATED] = g_signal_new ("card-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* A card was clicked (adding steps to a pathway listens). */
  signals[CARD_CLICKED] = g_signal_new ("card-clicked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Something to tell the person (an edit that was refused). */
  signals[MESSAGE] = g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* Typing over a level (quick capture): the level, where the pointer is,
   * and the text typed so far. */
  g_signal_new ("type-to-add", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                G_TYPE_NONE, 4, G_TYPE_STRING, G_TYPE_DOUBLE, G_TYPE_DOUBLE, G_TYPE_STRING);
  /* A click on a level's empty space (the level's id), or on none (NULL). */
  g_signal_new ("level-clicked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                G_TYPE_NONE, 1, G_TYPE_STRING);
  /* The view moved or zoomed (an audience window follows it). */
  signals[VIEW_CHANGED] = g_signal_new ("view-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sk_canvas_init (SkCanvas *self)
{
  self->scale = 0.5;
  self->fitted = TRUE;
  self->cards = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->bands = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->selection = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self), "sk-canvas");
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("The map"), -1);
  sk_canvas_init_input (self);
}

GtkWidget *
sk_canvas_new (void)
{
  return g_object_new (SK_TYPE_CANVAS, NULL);
}
