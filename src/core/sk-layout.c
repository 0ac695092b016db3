/* sk-layout.c — where everything on a poster goes: pure geometry
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The poster is laid out once, in points, for a page size: title and
 * subtitle at the top, the pyramid with a side column in the middle, the
 * legend and a footer at the bottom. Every size is a multiple of a unit that
 * grows with the paper (1 on A4), so a poster looks the same from A4 to A0.
 *
 * The pyramid is a stack of trapezoid bands, level 1 at the bottom; each band
 * is as high as its rows of cards, and each row holds as many cards as the
 * band is wide there. The cards' size is the largest that lets every band
 * (and the side column) fit, found by bisection. Text is laid out here with
 * Pango, so the rectangles hold what is drawn in them; a name that does not
 * fit its card even in a smaller size is shortened with an ellipsis and
 * reported in the warnings, never cut silently.
 *
 * Renderers (sk-render.c) only paint what this decides; hit-testing in the
 * editor uses the same rectangles.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "sk-layout-private.h"
#include "sk-level.h"
#include "sk-local-view.h"
#include "sk-painter.h"
#include "sk-pathway.h"
#include "sk-print-strings.h"
#include "sk-sector.h"
#include "sk-service.h"
#include "sk-typeset.h"

#define A4_AREA (595.28 * 841.89)
#define APEX_NARROWING 0.72      /* the top of the pyramid is 28 % as wide */
#define MIN_READABLE_PT 4.0
#define MIN_CARD_SCALE 0.15
#define MAX_CARD_SCALE 2.0

/* The sizes of one card scale k. */
typedef struct {
  double width;
  double height;
  double gap;
  double pad;
  double label;       /* the height of a band's label line */
  double font;        /* the card name's size */
} CardMetrics;

static CardMetrics
card_metrics (SkLayoutBuilder *b,
              double   k)
{
  double u = b->unit;

  return (CardMetrics) {
    .width = 84 * u * k,
    .height = 40 * u * k,
    .gap = 6 * u * k,
    .pad = 7 * u * k,
    .label = 9.5 * u * CLAMP (k, 0.6, 1.6) * 1.5,
    .font = 6 * u * k,
  };
}

/* Half the pyramid's width at height @t above its bottom. */
static double
half_width (const SkRect *pyramid,
            double        t)
{
  return pyramid->width / 2 * (1 - APEX_NARROWING * CLAMP (t / pyramid->height, 0, 1));
}

/* How many cards fit in a row whose bottom is @t above the pyramid's. */
static guint
row_capacity (const SkRect      *pyramid,
              const CardMetrics *m,
              double             t)
{
  double usable = 2 * half_width (pyramid, t + m->height) - 2 * m->pad;

  return usable < m->width ? 0 : (guint) ((usable + m->gap) / (m->width + m->gap));
}

/* Rows needed for @n cards on a band starting @t above the bottom, and the
 * capacity of each (bottom row first). Returns FALSE if a row holds none. */
static gboolean
band_rows (const SkRect      *pyramid,
           const CardMetrics *m,
           double             t,
           guint              n,
           GArray            *capacities)
{
  guint placed = 0;
  double row_t = t + m->pad;

  g_array_set_size (capacities, 0);
  while (placed < n)
    {
      guint capacity = row_capacity (pyramid, m, row_t);

      if (capacity == 0)
        return FALSE;
      g_array_append_val (capacities, capacity);
      placed += capacity;
      row_t += m->height + m->gap;
    }
  return TRUE;
}

static double
band_height (const CardMetrics *m,
             guint              rows)
{
  if (rows == 0)
    return m->label + 2 * m->pad;
  return m->pad + rows * m->height + (rows - 1) * m->gap + m->pad + m->label;
}

/* The height the pyramid needs at card scale @k, or G_MAXDOUBLE. */
static double
pyramid_height (SkLayoutBuilder      *b,
                const SkRect *pyramid,
                double        k)
{
  CardMetrics m = card_metrics (b, k);
  g_autoptr(GArray) capacities = g_array_new (FALSE, FALSE, sizeof (guint));
  double t = 0;

  for (guint i = 0; i < b->levels->len; i++)
    {
      GPtrArray *services = g_ptr_array_index (b->per_level, i);

      if (!band_rows (pyramid, &m, t, services->len, capacities))
        return G_MAXDOUBLE;
      t += band_height (&m, capacities->len);
    }
  return t;
}

static double
side_height (SkLayoutBuilder *b,
             double   k)
{
  CardMetrics m = card_metrics (b, k);

  if (b->side->len == 0)
    return 0;
  return m.label * 1.4 + b->side->len * (m.height + m.gap);
}

static SkCardLayout *
add_card (SkLayoutBuilder   *b,
          SkService *service,
          SkRect     rect,
          double     font)
{
  SkCardLayout *card = g_new0 (SkCardLayout, 1);
  SkSector *sector = SK_SECTOR (sk_map_lookup (b->map, SK_KIND_SECTOR, sk_service_get_sector_id (service)));

  card->rect = rect;
  card->service_id = g_strdup (sk_item_get_id (SK_ITEM (service)));
  card->sector_color = sk_color_parse (sector != NULL ? sk_sector_get_color (sector) : NULL);
  /* A schematic card is only its shape and colour. */
  if (!b->schematic)
    sk_layout_prepare_card (b, card, service, sector, font);
  g_ptr_array_add (b->layout->cards, card);
  g_hash_table_insert (b->layout->card_index, card->service_id, card);
  return card;
}

static void
place_pyramid (SkLayoutBuilder *b,
               double   k)
{
  SkLayout *layout = b->layout;
  const SkRect *pyramid = &layout->pyramid;
  CardMetrics m = card_metrics (b, k);
  g_autoptr(GArray) capacities = g_array_new (FALSE, FALSE, sizeof (guint));
  double bottom = pyramid->y + pyramid->height;
  double cx = pyramid->x + pyramid->width / 2;
  double t = 0;

  for (guint i = 0; i < b->levels->len; i++)
    {
      SkLevel *level = g_ptr_array_index (b->levels, i);
      GPtrArray *services = g_ptr_array_index (b->per_level, i);
      SkBandLayout *band = g_new0 (SkBandLayout, 1);
      double height, top_t, row_t;
      guint next = 0;
      g_autofree char *label = NULL;
      SkTextStyle style;

      band_rows (pyramid, &m, t, services->len, capacities);
      height = band_height (&m, capacities->len);
      top_t = t + height;

      band->level_id = g_strdup (sk_item_get_id (SK_ITEM (level)));
      band->number = i + 1;
      band->color = sk_color_parse (sk_level_get_color (level));
      band->corners[0] = cx - half_width (pyramid, t);
      band->corners[1] = bottom - t;
      band->corners[2] = cx + half_width (pyramid, t);
      band->corners[3] = bottom - t;
      band->corners[4] = cx + half_width (pyramid, top_t);
      band->corners[5] = bottom - top_t;
      band->corners[6] = cx - half_width (pyramid, top_t);
      band->corners[7] = bottom - top_t;

      /* The number says the level where colour cannot. A schematic pyramid
       * has only the number, at 9 pt or more; the text around it names
       * the levels. */
      label = b->schematic ? g_strdup_printf ("%u", i + 1)
                           : g_strdup_printf ("%u  %s", i + 1, sk_level_get_name (level, b->lang));
      {
        const double shrink[] = { 1.0, 0.9, 0.8, 0.72 };
        PangoLayout *text = NULL;

        for (guint s = 0; s < G_N_ELEMENTS (shrink); s++)
          {
            style = (SkTextStyle) { b->schematic ? MAX (9, m.label / 1.5) : m.label / 1.5 * shrink[s], TRUE,
                                  2 * half_width (pyramid, top_t) - 2 * m.pad, 1, PANGO_ALIGN_CENTER };
            g_clear_object (&text);
            text = sk_layout_text (b, label, &style);
            if (!sk_layout_was_shortened (text))
              break;
          }
        band->label = sk_text_box (text, cx - half_width (pyramid, top_t) + m.pad,
                                bottom - top_t + m.pad * 0.5, sk_color_text_on (band->color));
      }
      if (sk_layout_was_shortened (band->label.layout))
        sk_layout_warn (b, _("«%s»: the level's name does not fit its band"), sk_level_get_name (level, b->lang));
      g_ptr_array_add (layout->bands, band);

      /* Cards in reading order: the top row first. */
      row_t = t + m.pad + (capacities->len - 1) * (m.height + m.gap);
      for (guint r = capacities->len; r > 0; r--)
        {
          guint in_row = MIN (g_array_index (capacities, guint, r - 1), services->len - next);
          double row_width = in_row * m.width + (in_row - 1) * m.gap;
          double x = cx - row_width / 2;

          for (guint c = 0; c < in_row; c++, next++)
            add_card (b, g_ptr_array_index (services, next),
                      (SkRect) { x + c * (m.width + m.gap), bottom - row_t - m.height, m.width, m.height },
                      m.font);
          row_t -= m.height + m.gap;
        }
      t = top_t;
    }
}

static void
place_side (SkLayoutBuilder *b,
            double   k)
{
  SkLayout *layout = b->layout;
  CardMetrics m = card_metrics (b, k);
  SkTextStyle style = { m.label / 1.5, TRUE, layout->side.width, 2, PANGO_ALIGN_LEFT };
  double y;

  if (b->side->len == 0)
    return;
  if (!b->schematic)
    layout->side_heading = sk_text_box (sk_layout_text (b, sk_print_string (SK_PRINT_BESIDE_PYRAMID, b->lang), &style),
                                     layout->side.x, layout->side.y, SK_COLOR_TEXT);
  y = layout->side.y + m.label * 1.4;
  for (guint i = 0; i < b->side->len; i++)
    {
      add_card (b, g_ptr_array_index (b->side, i),
                (SkRect) { layout->side.x, y, layout->side.width, m.height }, m.font);
      y += m.height + m.gap;
    }
}

/**
 * sk_layout_find_card:
 *
 * Returns: (transfer none) (nullable): the card of a service
 */
SkCardLayout *
sk_layout_find_card (SkLayout   *self,
                     const char *service_id)
{
  return g_hash_table_lookup (self->card_index, service_id);
}

static void free_badge (SkBadgeLayout *badge);

/* Pathways are drawn like metro lines through their steps' cards, each
 * shifted a little so that lines sharing a stretch run side by side; a
 * numbered badge in the pathway's colour sits on the top edge of each card
 * a step happens at. */
static void
place_routes (SkLayoutBuilder    *b,
              double      k,
              const char *only_pathway)
{
  SkLayout *layout = b->layout;
  GListModel *pathways = sk_map_get_pathways (b->map);
  guint n = g_list_model_get_n_items (pathways);
  double u = b->unit;
  double line_width = 2.4 * u * k;
  double radius = 3.8 * u * k;
  g_autoptr(GHashTable) badges_on = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint p = 0; p < n; p++)
    {
      g_autoptr(SkPathway) pathway = g_list_model_get_item (pathways, p);
      SkRouteLayout *route;
      double offset = only_pathway != NULL ? 0 : (p - (n - 1) / 2.0) * line_width * 1.25;
      const char *previous = NULL;

      if (only_pathway != NULL && g_strcmp0 (only_pathway, sk_item_get_id (SK_ITEM (pathway))) != 0)
        continue;
      route = g_new0 (SkRouteLayout, 1);

      route->pathway_id = g_strdup (sk_item_get_id (SK_ITEM (pathway)));
      route->color = sk_color_parse (sk_pathway_get_color (pathway));
      route->line_width = line_width;
      route->points = g_array_new (FALSE, FALSE, sizeof (double));
      route->badges = g_ptr_array_new_with_free_func ((GDestroyNotify) free_badge);

      for (guint s = 0; s < sk_pathway_get_n_steps (pathway); s++)
        {
          const char *service_id = sk_pathway_get_step_service (pathway, s);
          SkCardLayout *card = sk_layout_find_card (layout, service_id);
          SkBadgeLayout *badge;
          g_autofree char *number = NULL;
          guint on_card;
          SkTextStyle style = { radius * 1.15, TRUE, 0, 0, PANGO_ALIGN_CENTER };
          double x, y;

          if (card == NULL)
            continue;
          if (g_strcmp0 (previous, service_id) != 0)
            {
              x = card->rect.x + card->rect.width / 2 + offset;
              y = card->rect.y + card->rect.height / 2 + offset * 0.6;
              g_array_append_val (route->points, x);
              g_array_append_val (route->points, y);
            }
          previous = service_id;

          /* Badges run from the card's top right corner to the left. */
          on_card = GPOINTER_TO_UINT (g_hash_table_lookup (badges_on, service_id));
          g_hash_table_insert (badges_on, (gpointer) card->service_id, GUINT_TO_POINTER (on_card + 1));
          badge = g_new0 (SkBadgeLayout, 1);
          badge->radius = radius;
          badge->color = route->color;
          {
            guint per_line = MAX (1, (guint) ((card->rect.width - radius) / (radius * 2.2)));
            guint line = on_card / per_line, column = on_card % per_line;

            badge->cx = card->rect.x + card->rect.width - radius * 1.3 - column * radius * 2.2;
            badge->cy = card->rect.y + line * radius * 2.2;
          }
          number = g_strdup_printf ("%u", s + 1);
          badge->number.layout = sk_layout_text (b, number, &style);
          badge->number.x = badge->cx - sk_typeset_width (badge->number.layout) / 2;
          badge->number.y = badge->cy - sk_typeset_height (badge->number.layout) / 2;
          badge->number.color = sk_color_text_on (badge->color);
          g_ptr_array_add (route->badges, badge);
        }
      g_ptr_array_add (layout->routes, route);
    }
}

/* Colour must not be all that tells things apart, and lines must stand out
 * from the bands they cross (3:1 for graphics, WCAG 1.4.11). */
static void
check_contrast (SkLayoutBuilder *b)
{
  SkLayout *layout = b->layout;

  for (guint i = 0; i < layout->bands->len; i++)
    {
      SkBandLayout *band = g_ptr_array_index (layout->bands, i);
      double text = sk_color_contrast (band->label.color, band->color);

      if (text < 4.5)
        sk_layout_warn (b, _("level %u: its name has a contrast of %.1f:1 on the band's colour; text needs 4.5:1"),
              band->number, text);
      for (guint p = 0; p < layout->routes->len; p++)
        {
          SkRouteLayout *route = g_ptr_array_index (layout->routes, p);
          double line = sk_color_contrast (route->color, band->color);

          if (line < 3 && route->points->len > 0)
            {
              SkItem *pathway = sk_map_lookup (b->map, SK_KIND_PATHWAY, route->pathway_id);
              sk_layout_warn (b, _("«%s»: its line has a contrast of %.1f:1 on level %u; lines need 3:1"),
                    sk_pathway_get_name (SK_PATHWAY (pathway), b->lang), line, band->number);
            }
        }
    }
}

static void
place_legend_column (SkLayoutBuilder       *b,
                     SkPrintString  heading,
                     GListModel    *items,
                     SkLegendMark   mark,
                     double         x,
                     double         y,
                     double         width)
{
  SkLayout *layout = b->layout;
  double u = b->unit;
  double size = 6.5 * u;
  SkTextStyle heading_style = { size * 1.15, TRUE, width, 1, PANGO_ALIGN_LEFT };
  SkTextBox *box = g_new0 (SkTextBox, 1);
  double mark_w = size * 2.6;

  *box = sk_text_box (sk_layout_text (b, sk_print_string (heading, b->lang), &heading_style), x, y, SK_COLOR_TEXT);
  g_ptr_array_add (layout->legend_headings, box);
  y += sk_typeset_height (box->layout) + size * 0.3;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(SkItem) item = g_list_model_get_item (items, i);
      SkLegendEntry *entry = g_new0 (SkLegendEntry, 1);
      g_autofree char *text = NULL;
      SkTextStyle style = { size, FALSE, width - mark_w - size * 0.6, 2, PANGO_ALIGN_LEFT };
      double h;

      if (sk_item_get_kind (item) == SK_KIND_LEVEL)
        text = g_strdup_printf ("%u  %s", i + 1, sk_item_get_text (item, "name", b->lang));
      else
        text = g_strdup (sk_item_get_text (item, "name", b->lang));

      entry->mark = mark;
      entry->color = sk_color_parse (sk_item_get_string (item, "color"));
      entry->text = sk_text_box (sk_layout_text (b, text, &style), x + mark_w + size * 0.6, y, SK_COLOR_TEXT);
      if (sk_item_get_kind (item) == SK_KIND_SECTOR)
        {
          entry->icon = g_strdup (sk_item_get_string (item, "icon"));
          entry->icon_rect = (SkRect) { x + mark_w * 0.55, y + size * 0.05, size * 1.15, size * 1.15 };
        }
      if (sk_layout_was_shortened (entry->text.layout))
        sk_layout_warn (b, _("«%s»: the name does not fit in the legend"), text);
      h = MAX (sk_typeset_height (entry->text.layout), size * 1.3);
      entry->mark_rect = mark == SK_LEGEND_LINE
                         ? (SkRect) { x, y + size * 0.45, mark_w, size * 0.45 }
                         : (SkRect) { x, y + size * 0.1, entry->icon != NULL ? mark_w * 0.45 : mark_w, size * 1.05 };
      g_ptr_array_add (layout->legend, entry);
      y += h + size * 0.35;
    }
}

/* The legend's height for the three columns, without placing them. */
static double
legend_height (SkLayoutBuilder *b)
{
  double u = b->unit;
  double size = 6.5 * u;
  guint rows = MAX (g_list_model_get_n_items (sk_map_get_levels (b->map)),
                    MAX (g_list_model_get_n_items (sk_map_get_sectors (b->map)),
                         g_list_model_get_n_items (sk_map_get_pathways (b->map))));

  /* Entries take one or two lines; plan for names that wrap once. */
  return size * 1.6 + rows * (size * 1.3 * 1.45 + size * 0.35);
}

static void
free_sk_text_box (SkTextBox *box)
{
  g_clear_object (&box->layout);
}

static void
free_band (SkBandLayout *band)
{
  g_free (band->level_id);
  free_sk_text_box (&band->label);
  g_free (band);
}

static void
free_card (SkCardLayout *card)
{
  g_free (card->service_id);
  g_free (card->icon);
  g_free (card->link);
  free_sk_text_box (&card->name);
  free_sk_text_box (&card->owner);
  g_free (card);
}

static void
free_badge (SkBadgeLayout *badge)
{
  free_sk_text_box (&badge->number);
  g_free (badge);
}

static void
free_route (SkRouteLayout *route)
{
  g_free (route->pathway_id);
  g_array_unref (route->points);
  g_ptr_array_unref (route->badges);
  g_free (route);
}

static void
free_legend_entry (SkLegendEntry *entry)
{
  g_free (entry->icon);
  free_sk_text_box (&entry->text);
  g_free (entry);
}

static void
free_heading (SkTextBox *box)
{
  free_sk_text_box (box);
  g_free (box);
}

void
sk_layout_free (SkLayout *self)
{
  if (self == NULL)
    return;
  g_free (self->lang);
  free_sk_text_box (&self->title);
  free_sk_text_box (&self->subtitle);
  free_sk_text_box (&self->footer_left);
  free_sk_text_box (&self->footer_right);
  free_sk_text_box (&self->side_heading);
  g_ptr_array_unref (self->bands);
  g_ptr_array_unref (self->cards);
  g_ptr_array_unref (self->routes);
  g_ptr_array_unref (self->legend_headings);
  g_ptr_array_unref (self->legend);
  g_ptr_array_unref (self->warnings);
  g_hash_table_unref (self->card_index);
  g_free (self);
}

/* Title and region at the top, the footer (region, date checked) at the
 * bottom and the legend above it. Returns where the room for the pyramid
 * starts (*top) and ends (*bottom). */
static void
place_frame (SkLayoutBuilder *b,
             double   margin,
             double   gap,
             double  *top,
             double  *bottom)
{
  SkLayout *layout = b->layout;
  SkItem *properties = sk_map_get_properties (b->map);
  const char *region = sk_item_get_text (properties, "region", b->lang);
  const char *checked = sk_item_get_string (properties, "checked");
  double w = layout->width, h = layout->height, u = b->unit;
  double y, footer_top, legend_h;
  g_autofree char *left = NULL;
  g_autofree char *footer = NULL;
  SkTextStyle style;

  /* Title and region. */
  style = (SkTextStyle) { 20 * u, TRUE, w - 2 * margin, 2, PANGO_ALIGN_LEFT };
  layout->title = sk_text_box (sk_layout_text (b, sk_map_get_title (b->map, b->lang), &style), margin, margin, SK_COLOR_TEXT);
  y = margin + sk_typeset_height (layout->title.layout);
  style = (SkTextStyle) { 10.5 * u, FALSE, w - 2 * margin, 1, PANGO_ALIGN_LEFT };
  layout->subtitle = sk_text_box (sk_layout_text (b, region, &style),
                               margin, y, (SkColor) { 0.24, 0.22, 0.27 });
  *top = y + sk_typeset_height (layout->subtitle.layout) + gap;

  /* Footer: the region, and the date the content was checked. */
  style = (SkTextStyle) { 6.5 * u, FALSE, (w - 2 * margin) / 2, 1, PANGO_ALIGN_LEFT };
  left = *region ? g_strdup_printf ("%s · %s", region, sk_print_string (SK_PRINT_MADE_WITH, b->lang))
                 : g_strdup (sk_print_string (SK_PRINT_MADE_WITH, b->lang));
  layout->footer_left = sk_text_box (sk_layout_text (b, left, &style), margin, 0, (SkColor) { 0.37, 0.36, 0.39 });
  if (checked != NULL)
    {
      g_autofree char *date = sk_print_format_date (checked, b->lang);
      footer = g_strdup_printf ("%s: %s", sk_print_string (SK_PRINT_CHECKED, b->lang), date);
    }
  style.align = PANGO_ALIGN_RIGHT;
  layout->footer_right = sk_text_box (sk_layout_text (b, footer != NULL ? footer : "", &style),
                                   w / 2, 0, (SkColor) { 0.37, 0.36, 0.39 });
  footer_top = h - margin - sk_typeset_height (layout->footer_left.layout);
  layout->footer_left.y = layout->footer_right.y = footer_top;

  /* Legend above the footer, in three columns. */
  legend_h = legend_height (b);
  *bottom = footer_top - gap - legend_h;
  {
    double column = (w - 2 * margin - 2 * gap) / 3;

    place_legend_column (b, SK_PRINT_LEVELS, sk_map_get_levels (b->map), SK_LEGEND_SWATCH,
                         margin, *bottom, column);
    place_legend_column (b, SK_PRINT_SECTORS, sk_map_get_sectors (b->map), SK_LEGEND_SWATCH,
                         margin + column + gap, *bottom, column);
    place_legend_column (b, SK_PRINT_PATHWAYS, sk_map_get_pathways (b->map), SK_LEGEND_LINE,
                         margin + 2 * (column + gap), *bottom, column);
  }
}

/* The services on a level that the municipality (if any) has. */
static GPtrArray *
services_on (SkLayoutBuilder    *b,
             const char *level_id)
{
  GPtrArray *services = sk_map_get_services_on_level (b->map, level_id);

  if (b->municipality != NULL)
    for (guint i = services->len; i > 0; i--)
      {
        SkService *service = g_ptr_array_index (services, i - 1);
        g_autoptr(SkLocalService) local = sk_local_service_new (b->map, b->municipality, service, b->lang);

        if (local == NULL)
          g_ptr_array_remove_index (services, i - 1);
      }
  return services;
}

static void
collect_services (SkLayoutBuilder *b)
{
  GListModel *levels = sk_map_get_levels (b->map);

  b->levels = g_ptr_array_new_with_free_func (g_object_unref);
  b->per_level = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      SkLevel *level = g_list_model_get_item (levels, i);

      g_ptr_array_add (b->levels, level);
      g_ptr_array_add (b->per_level, services_on (b, sk_item_get_id (SK_ITEM (level))));
    }
  b->side = services_on (b, NULL);
}

/**
 * sk_layout_new_poster:
 * @options: the page size and language
 *
 * Returns: (transfer full): the poster's layout; its warnings list what did
 *   not fit or is hard to read
 */
SkLayout *
sk_layout_new_poster (SkMap                 *map,
                      const SkLayoutOptions *options)
{
  SkLayout *layout = g_new0 (SkLayout, 1);
  SkLayoutBuilder b = { .map = map, .municipality = options->municipality, .schematic = options->schematic,
                        .layout = layout, .unit = 1 };
  double w = options->width, h = options->height;
  double margin, header_bottom, legend_top, lo, hi, main_w, side_w, gap, used;

  g_return_val_if_fail (SK_IS_MAP (map), NULL);
  g_return_val_if_fail (options->width > 0 && options->height > 0, NULL);

  layout->width = w;
  layout->height = h;
  layout->lang = g_strdup (options->lang != NULL ? options->lang : sk_map_get_language (map));
  layout->bands = g_ptr_array_new_with_free_func ((GDestroyNotify) free_band);
  layout->cards = g_ptr_array_new_with_free_func ((GDestroyNotify) free_card);
  layout->routes = g_ptr_array_new_with_free_func ((GDestroyNotify) free_route);
  layout->legend_headings = g_ptr_array_new_with_free_func ((GDestroyNotify) free_heading);
  layout->legend = g_ptr_array_new_with_free_func ((GDestroyNotify) free_legend_entry);
  layout->warnings = g_ptr_array_new_with_free_func (g_free);
  layout->card_index = g_hash_table_new (g_str_hash, g_str_equal);

  b.lang = layout->lang;
  b.unit = layout->unit = sqrt (w * h / A4_AREA);
  b.context = sk_typeset_context_new ();
  b.texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  b.warnings = layout->warnings;
  b.fills = g_array_new (FALSE, FALSE, sizeof (SkCardFill));
  collect_services (&b);

  margin = 0.045 * MIN (w, h);
  gap = margin * 0.5;

  if (options->figure_only)
    {
      margin = 0;
      gap = 0.02 * MIN (w, h);
      header_bottom = 0;
      legend_top = h + gap;
    }
  else
    place_frame (&b, margin, gap, &header_bottom, &legend_top);

  /* The pyramid, and the side column to its right. */
  main_w = w - 2 * margin;
  side_w = b.side->len > 0 ? MAX (main_w * (w > h ? 0.16 : 0.2), 0) : 0;
  layout->side = (SkRect) { w - margin - side_w, header_bottom, side_w, legend_top - gap - header_bottom };
  layout->pyramid = (SkRect) { margin, header_bottom, main_w - (side_w > 0 ? side_w + gap : 0),
                               legend_top - gap - header_bottom };

  /* The largest cards with which everything fits. */
  lo = MIN_CARD_SCALE;
  hi = MAX_CARD_SCALE;
  for (int i = 0; i < 24; i++)
    {
      double k = (lo + hi) / 2;
      gboolean fits = pyramid_height (&b, &layout->pyramid, k) <= layout->pyramid.height
                      && side_height (&b, k) <= layout->side.height;

      if (fits)
        lo = k;
      else
        hi = k;
    }
  layout->card_scale = lo;
  used = pyramid_height (&b, &layout->pyramid, lo);
  if (used > layout->pyramid.height || side_height (&b, lo) > layout->side.height)
    sk_layout_warn (&b, _("the map does not fit on this paper; choose a larger paper"));
  if (card_metrics (&b, lo).font < MIN_READABLE_PT)
    sk_layout_warn (&b, _("the text on the cards is %.1f pt, too small to read; choose a larger paper"),
          card_metrics (&b, lo).font);

  /* Centre the pyramid in the room it has; its slant stays that of the
   * whole room, so the bands keep the widths they were fitted with. */
  if (used < layout->pyramid.height)
    layout->pyramid.y -= (layout->pyramid.height - used) / 2;

  place_pyramid (&b, lo);
  place_side (&b, lo);
  sk_layout_fill_cards (&b);
  if (!options->schematic)
    place_routes (&b, lo, options->only_pathway);
  check_contrast (&b);

  g_ptr_array_unref (b.levels);
  g_ptr_array_unref (b.per_level);
  g_ptr_array_unref (b.side);
  g_hash_table_unref (b.texts);
  g_array_unref (b.fills);
  g_object_unref (b.context);
  return layout;
}
