/* test-layout.c — the poster's geometry holds for any paper and any map
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "sk-layout.h"
#include "sk-paper.h"
#include "sk-service.h"
#include "sk-test-util.h"
#include "sk-typeset.h"

#define EPSILON 0.01

static double
edge_x (const double *corners, gboolean right, double y)
{
  /* The band's left edge runs from bottom left (0,1) to top left (6,7); the
   * right from bottom right (2,3) to top right (4,5). */
  double x0 = corners[right ? 2 : 0], y0 = corners[right ? 3 : 1];
  double x1 = corners[right ? 4 : 6], y1 = corners[right ? 5 : 7];

  return x0 + (x1 - x0) * (y - y0) / (y1 - y0);
}

static gboolean
rects_overlap (const SkRect *a, const SkRect *b)
{
  return a->x < b->x + b->width - EPSILON && b->x < a->x + a->width - EPSILON
         && a->y < b->y + b->height - EPSILON && b->y < a->y + a->height - EPSILON;
}

/* Everything a poster must be, whatever the paper and the map. */
static void
assert_layout_sound (SkMap *map, SkLayout *layout)
{
  GListModel *services = sk_map_get_services (map);

  g_assert_cmpuint (layout->cards->len, ==, g_list_model_get_n_items (services));
  g_assert_cmpuint (layout->bands->len, ==, g_list_model_get_n_items (sk_map_get_levels (map)));

  for (guint i = 0; i < layout->cards->len; i++)
    {
      SkCardLayout *card = g_ptr_array_index (layout->cards, i);
      SkService *service = SK_SERVICE (sk_map_lookup (map, SK_KIND_SERVICE, card->service_id));
      const char *level_id = sk_service_get_level_id (service);

      /* On the page. */
      g_assert_cmpfloat (card->rect.x, >=, -EPSILON);
      g_assert_cmpfloat (card->rect.y, >=, -EPSILON);
      g_assert_cmpfloat (card->rect.x + card->rect.width, <=, layout->width + EPSILON);
      g_assert_cmpfloat (card->rect.y + card->rect.height, <=, layout->height + EPSILON);

      /* Inside its band: between its top and bottom, and its slanted sides. */
      if (level_id != NULL)
        {
          SkBandLayout *band = g_ptr_array_index (layout->bands, sk_map_get_level_number (map, level_id) - 1);
          double top = card->rect.y, bottom = card->rect.y + card->rect.height;

          g_assert_cmpstr (band->level_id, ==, level_id);
          g_assert_cmpfloat (top, >=, band->corners[7] - EPSILON);
          g_assert_cmpfloat (bottom, <=, band->corners[1] + EPSILON);
          g_assert_cmpfloat (card->rect.x, >=, edge_x (band->corners, FALSE, top) - EPSILON);
          g_assert_cmpfloat (card->rect.x + card->rect.width, <=, edge_x (band->corners, TRUE, top) + EPSILON);
        }
      else
        {
          g_assert_cmpfloat (card->rect.x, >=, layout->side.x - EPSILON);
          g_assert_cmpfloat (card->rect.x + card->rect.width, <=, layout->side.x + layout->side.width + EPSILON);
        }

      /* No two cards overlap. */
      for (guint j = i + 1; j < layout->cards->len; j++)
        {
          SkCardLayout *other = g_ptr_array_index (layout->cards, j);
          if (rects_overlap (&card->rect, &other->rect))
            g_error ("cards %s and %s overlap", card->service_id, other->service_id);
        }

      /* The name is inside the card. */
      {
        SkTextExtents logical = sk_typeset_extents (card->name.layout);

        g_assert_cmpfloat (card->name.x + logical.width, <=, card->rect.x + card->rect.width + EPSILON);
        g_assert_cmpfloat (card->name.y + logical.height, <=, card->rect.y + card->rect.height + EPSILON);
      }
    }

  /* Bands stack from the bottom up without gaps or overlaps. */
  for (guint i = 1; i < layout->bands->len; i++)
    {
      SkBandLayout *below = g_ptr_array_index (layout->bands, i - 1);
      SkBandLayout *band = g_ptr_array_index (layout->bands, i);

      g_assert_cmpfloat (fabs (band->corners[1] - below->corners[7]), <, EPSILON);
      /* Narrower upwards. */
      g_assert_cmpfloat (band->corners[4] - band->corners[6], <, below->corners[2] - below->corners[0] + EPSILON);
    }
}

/* Cards of a level are in the services' order: reading order, rows from the
 * top, left to right. */
static void
assert_reading_order (SkMap *map, SkLayout *layout)
{
  GListModel *levels = sk_map_get_levels (map);

  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(SkItem) level = g_list_model_get_item (levels, i);
      g_autoptr(GPtrArray) services = sk_map_get_services_on_level (map, sk_item_get_id (level));

      for (guint j = 1; j < services->len; j++)
        {
          SkCardLayout *a = sk_layout_find_card (layout, sk_item_get_id (g_ptr_array_index (services, j - 1)));
          SkCardLayout *b = sk_layout_find_card (layout, sk_item_get_id (g_ptr_array_index (services, j)));

          g_assert_true (b->rect.y > a->rect.y + EPSILON
                         || (fabs (b->rect.y - a->rect.y) < EPSILON && b->rect.x > a->rect.x));
        }
    }
}

static void
test_templates_on_every_paper (void)
{
  static const char * const papers[] = { "A4", "A3", "A2", "A1", "A0", "500x700mm", "1000x300mm" };
  static const char * const templates[] = { "generisk", "sondre-trondelag" };

  for (guint t = 0; t < G_N_ELEMENTS (templates); t++)
    {
      g_autoptr(SkMap) map = sk_test_load_template (templates[t]);

      for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
        for (int landscape = 0; landscape < 2; landscape++)
          {
            SkLayoutOptions options = { 0, 0, NULL };
            g_autoptr(SkLayout) layout = NULL;
            g_autoptr(GError) error = NULL;

            g_assert_true (sk_paper_parse (papers[p], landscape, &options.width, &options.height, &error));
            layout = sk_layout_new_poster (map, &options);
            assert_layout_sound (map, layout);
            assert_reading_order (map, layout);
            /* The template fits every paper from A3 up with readable text. */
            if (options.width * options.height >= 841.0 * 1190.0 * 0.99)
              for (guint w = 0; w < layout->warnings->len; w++)
                g_assert_null (strstr (g_ptr_array_index (layout->warnings, w), "too small"));
          }
    }
}

static void
test_page_size_exact (void)
{
  g_autoptr(GError) error = NULL;
  double w, h;

  g_assert_true (sk_paper_parse ("A4", FALSE, &w, &h, &error));
  g_assert_cmpfloat (fabs (w - 595.2756), <, 0.001);
  g_assert_cmpfloat (fabs (h - 841.8898), <, 0.001);
  g_assert_true (sk_paper_parse ("a0", TRUE, &w, &h, &error));
  g_assert_cmpfloat (fabs (w - 3370.3937), <, 0.001);
  g_assert_true (sk_paper_parse ("500x700mm", FALSE, &w, &h, &error));
  g_assert_cmpfloat (fabs (w - 1417.3228), <, 0.001);
  g_assert_false (sk_paper_parse ("B5", FALSE, &w, &h, &error));
  g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
  g_clear_error (&error);
  g_assert_false (sk_paper_parse ("10x10mm", FALSE, &w, &h, &error));
  g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
}

/* A map of @n_levels levels and @n_services services spread over them and
 * the side column, with @n_pathways pathways of a few steps each. */
static SkMap *
generated_map (guint n_levels, guint n_services, guint n_pathways, guint name_words)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"sammenkart\", \"version\": 1, "
                                          "\"title\": {\"nb\": \"Generert kart\"}, \"languages\": [\"nb\"], \"levels\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  SkMap *map;

  for (guint i = 0; i < n_levels; i++)
    g_string_append_printf (json, "%s{\"id\": \"l%u\", \"name\": {\"nb\": \"Nivå %u\"}, \"color\": \"#%02x%02xe0\"}",
                            i ? ", " : "", i, i + 1, 200 + i * 6, 230 - i * 12);
  g_string_append (json, "], \"sectors\": [{\"id\": \"s\", \"name\": {\"nb\": \"Helse\"}, \"color\": \"#1c71d8\", \"icon\": \"health\"}], \"services\": [");
  for (guint i = 0; i < n_services; i++)
    {
      g_autoptr(GString) name = g_string_new (NULL);

      for (guint w = 0; w < name_words; w++)
        g_string_append_printf (name, "%sTjeneste%u", w ? " " : "", i);
      if (i % 17 == 16)
        g_string_append_printf (json, "%s{\"id\": \"t%u\", \"name\": {\"nb\": \"%s\"}, \"owner\": \"kommune\", \"sector\": \"s\", \"level\": null}",
                                i ? ", " : "", i, name->str);
      else
        g_string_append_printf (json, "%s{\"id\": \"t%u\", \"name\": {\"nb\": \"%s\"}, \"organisation\": {\"nb\": \"Kommunen\"}, "
                                "\"owner\": \"kommune\", \"sector\": \"s\", \"level\": \"l%u\"}",
                                i ? ", " : "", i, name->str, (i * 7 + i / 3) % n_levels);
    }
  g_string_append (json, "], \"pathways\": [");
  for (guint p = 0; p < n_pathways; p++)
    {
      g_string_append_printf (json, "%s{\"id\": \"p%u\", \"name\": {\"nb\": \"Forløp %u\"}, \"color\": \"#%02x3050\", \"steps\": [",
                              p ? ", " : "", p, p, (p * 37) % 200);
      for (guint s = 0; s < 6; s++)
        g_string_append_printf (json, "%s{\"service\": \"t%u\", \"kind\": \"assess\"}", s ? ", " : "",
                                (p * 13 + s * 29) % n_services);
      g_string_append (json, "]}");
    }
  g_string_append (json, "]}");

  bytes = g_bytes_new (json->str, json->len);
  map = sk_map_load_from_bytes (bytes, "generated", &error);
  g_assert_no_error (error);
  return map;
}

static void
test_generated_maps (void)
{
  static const guint levels[] = { 3, 5, 8 };
  static const guint services[] = { 1, 50, 300, 500 };

  for (guint l = 0; l < G_N_ELEMENTS (levels); l++)
    for (guint s = 0; s < G_N_ELEMENTS (services); s++)
      {
        g_autoptr(SkMap) map = generated_map (levels[l], services[s], MIN (services[s], 20), 1);
        SkLayoutOptions options = { 0, 0, NULL };
        g_autoptr(SkLayout) layout = NULL;

        sk_paper_parse (services[s] > 100 ? "A0" : "A3", FALSE, &options.width, &options.height, NULL);
        layout = sk_layout_new_poster (map, &options);
        assert_layout_sound (map, layout);
        assert_reading_order (map, layout);
        g_assert_cmpuint (layout->routes->len, ==, MIN (services[s], 20));
      }
}

/* What does not fit is reported, naming the service. */
static void
test_overflow_is_reported (void)
{
  g_autoptr(SkMap) map = generated_map (5, 40, 3, 14);
  SkLayoutOptions options = { 0, 0, NULL };
  g_autoptr(SkLayout) layout = NULL;
  gboolean named = FALSE;

  sk_paper_parse ("A3", FALSE, &options.width, &options.height, NULL);
  layout = sk_layout_new_poster (map, &options);
  assert_layout_sound (map, layout);
  for (guint i = 0; i < layout->warnings->len; i++)
    named |= g_str_has_prefix (g_ptr_array_index (layout->warnings, i), "«Tjeneste0 Tjeneste0")
             && strstr (g_ptr_array_index (layout->warnings, i), "does not fit on its card") != NULL;
  g_assert_true (named);

  /* A map far too big for the paper says so. */
  {
    g_autoptr(SkMap) huge = generated_map (3, 500, 5, 2);
    g_autoptr(SkLayout) small = NULL;
    gboolean told = FALSE;

    sk_paper_parse ("A4", FALSE, &options.width, &options.height, NULL);
    small = sk_layout_new_poster (huge, &options);
    for (guint i = 0; i < small->warnings->len; i++)
      told |= strstr (g_ptr_array_index (small->warnings, i), "choose a larger paper") != NULL;
    g_assert_true (told);
  }
}

static void
test_contrast (void)
{
  g_assert_cmpfloat (fabs (sk_color_contrast (SK_COLOR_BLACK, SK_COLOR_WHITE) - 21), <, 0.01);
  g_assert_cmpfloat (sk_color_contrast (sk_color_parse ("#777777"), SK_COLOR_WHITE), <, 4.5);
  g_assert_cmpfloat (sk_color_contrast (sk_color_text_on (sk_color_parse ("#1c71d8")), sk_color_parse ("#1c71d8")), >=, 4.5);
  g_assert_cmpfloat (sk_color_contrast (sk_color_text_on (sk_color_parse ("#f6d32d")), sk_color_parse ("#f6d32d")), >=, 4.5);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/layout/page-size-exact", test_page_size_exact);
  g_test_add_func ("/layout/templates-on-every-paper", test_templates_on_every_paper);
  g_test_add_func ("/layout/generated-maps", test_generated_maps);
  g_test_add_func ("/layout/overflow-is-reported", test_overflow_is_reported);
  g_test_add_func ("/layout/contrast", test_contrast);

  return g_test_run ();
}
