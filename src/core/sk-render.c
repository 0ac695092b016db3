/* sk-render.c — the one renderer: paints a layout through a painter
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every format paints the poster here, in reading order inside structure a
 * tagged PDF keeps: the title, the pyramid as one figure (bands, pathway
 * lines under the cards, cards, numbered badges on top), the legend, the
 * footer.
 */
#include "config.h"

#include "sk-print-strings.h"
#include "sk-render.h"
#include "sk-typeset.h"

#define PAINT(p, method, ...) ((p)->klass->method ((p), __VA_ARGS__))

static const SkColor card_fill = { 1, 1, 1 };
static const SkColor card_border = { 0.72, 0.71, 0.7 };
static const SkColor band_border = { 1, 1, 1 };

/**
 * sk_render_card:
 *
 * Paints one card: what the poster shows, and what the editor's card
 * widgets show.
 */
void
sk_render_card (SkPainter          *painter,
                const SkLayout     *layout,
                const SkCardLayout *card)
{
  double k = layout->card_scale * layout->unit;
  const SkRect *r = &card->rect;
  double strip = r->height * 0.09;
  double corners[8] = {
    r->x + 0.6 * k, r->y + r->height * 0.14,
    r->x + 0.6 * k + strip, r->y + r->height * 0.14,
    r->x + 0.6 * k + strip, r->y + r->height * 0.86,
    r->x + 0.6 * k, r->y + r->height * 0.86,
  };

  if (card->link != NULL)
    painter->klass->begin_link (painter, card->link);
  PAINT (painter, rounded_rect, r, 3 * k, &card_fill, &card_border, 0.6 * k);
  /* The sector's colour, beside the text that names the service's owner. */
  PAINT (painter, polygon, corners, 4, &card->sector_color, NULL, 0);
  sk_painter_text_in (painter, "P", &card->name);
  sk_painter_text_in (painter, "P", &card->owner);
  if (card->icon != NULL)
    PAINT (painter, icon, card->icon, &card->icon_rect);
  if (card->link != NULL)
    painter->klass->end_link (painter);
}

char *
sk_render_describe_poster (SkLayout *layout)
{
  return sk_print_describe_pyramid (layout->lang, layout->bands->len, layout->cards->len);
}

/* A pathway's colour, faded when another is in focus. */
static SkColor
route_color (const SkRouteLayout *route,
             const char          *focus_pathway)
{
  if (focus_pathway == NULL || g_strcmp0 (route->pathway_id, focus_pathway) == 0)
    return route->color;
  return sk_color_mix (route->color, (SkColor) { 1, 1, 1 }, 0.78);
}

void
sk_render_poster (SkLayout  *layout,
                  SkPainter *painter)
{
  sk_render_poster_parts (layout, painter, SK_RENDER_ALL, NULL);
}

/**
 * sk_render_poster_parts:
 * @parts: what to paint
 * @focus_pathway: (nullable): a pathway to show alone: the others' lines
 *   are faded and their badges left out
 *
 * Paints some parts of a poster: the editor paints the scene, then its card
 * widgets, then the badges over them.
 */
void
sk_render_poster_parts (SkLayout      *layout,
                        SkPainter     *painter,
                        SkRenderParts  parts,
                        const char    *focus_pathway)
{
  g_autofree char *alt = sk_render_describe_poster (layout);
  double u = layout->unit;

  if (parts & SK_RENDER_FRAME)
    {
      sk_painter_text_in (painter, "H1", &layout->title);
      sk_painter_text_in (painter, "P", &layout->subtitle);
    }

  PAINT (painter, begin_structure, "Figure", alt);
  if (parts & SK_RENDER_SCENE)
    {
      for (guint i = 0; i < layout->bands->len; i++)
        {
          SkBandLayout *band = g_ptr_array_index (layout->bands, i);
          PAINT (painter, polygon, band->corners, 4, &band->color, &band_border, 1.2 * u);
        }
      for (guint i = 0; i < layout->routes->len; i++)
        {
          SkRouteLayout *route = g_ptr_array_index (layout->routes, i);
          PAINT (painter, line, (double *) route->points->data, route->points->len / 2,
                 route_color (route, focus_pathway), route->line_width);
        }
      /* Level names over the lines, on a patch of their band's colour. */
      for (guint i = 0; i < layout->bands->len; i++)
        {
          SkBandLayout *band = g_ptr_array_index (layout->bands, i);
          SkTextExtents label = sk_typeset_extents (band->label.layout);
          SkRect patch = { band->label.x + label.x - 3 * u, band->label.y, label.width + 6 * u, label.height };

          PAINT (painter, rounded_rect, &patch, patch.height / 2, &band->color, NULL, 0);
          PAINT (painter, text, &band->label);
        }
      if (layout->side_heading.layout != NULL)
        PAINT (painter, text, &layout->side_heading);
    }
  if (parts & SK_RENDER_CARDS)
    for (guint i = 0; i < layout->cards->len; i++)
      sk_render_card (painter, layout, g_ptr_array_index (layout->cards, i));
  if (parts & SK_RENDER_BADGES)
    for (guint i = 0; i < layout->routes->len; i++)
      {
        SkRouteLayout *route = g_ptr_array_index (layout->routes, i);

        if (focus_pathway != NULL && g_strcmp0 (route->pathway_id, focus_pathway) != 0)
          continue;
        for (guint j = 0; j < route->badges->len; j++)
          {
            SkBadgeLayout *badge = g_ptr_array_index (route->badges, j);

            PAINT (painter, circle, badge->cx, badge->cy, badge->radius, &badge->color,
                   &card_fill, badge->radius * 0.18);
            PAINT (painter, text, &badge->number);
          }
      }
  PAINT (painter, end_structure, "Figure");

  if (!(parts & SK_RENDER_FRAME))
    return;
  PAINT (painter, begin_structure, "Part", NULL);
  for (guint i = 0; i < layout->legend_headings->len; i++)
    sk_painter_text_in (painter, "H2", g_ptr_array_index (layout->legend_headings, i));
  for (guint i = 0; i < layout->legend->len; i++)
    {
      SkLegendEntry *entry = g_ptr_array_index (layout->legend, i);

      if (entry->mark == SK_LEGEND_LINE)
        {
          double y = entry->mark_rect.y + entry->mark_rect.height / 2;
          double points[4] = { entry->mark_rect.x, y, entry->mark_rect.x + entry->mark_rect.width, y };
          PAINT (painter, line, points, 2, entry->color, entry->mark_rect.height);
        }
      else
        PAINT (painter, rounded_rect, &entry->mark_rect, entry->mark_rect.height * 0.2,
               &entry->color, &card_border, 0.4 * u);
      if (entry->icon != NULL)
        PAINT (painter, icon, entry->icon, &entry->icon_rect);
      sk_painter_text_in (painter, "P", &entry->text);
    }
  PAINT (painter, end_structure, "Part");

  sk_painter_text_in (painter, "P", &layout->footer_left);
  sk_painter_text_in (painter, "P", &layout->footer_right);
}
