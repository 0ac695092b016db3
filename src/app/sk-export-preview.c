/* sk-export-preview.c — a small picture of what an export will look like
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawn by the exports' own layout and renderer, so the picture is the
 * poster, not an impression of it. Pathway sheets and brochures are text
 * pages; their picture is the figure they carry (the pathway alone on the
 * pyramid, the cover's small pyramid), and the caption says so.
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "sk-cairo-painter.h"
#include "sk-export-preview.h"
#include "sk-layout.h"
#include "sk-paper.h"
#include "sk-pathway.h"
#include "sk-render.h"

/* cairo's ARGB32 is premultiplied native-endian ARGB, which is what
 * GDK_MEMORY_DEFAULT means on either byte order. */
static GdkTexture *
render (SkLayout *layout,
        int       size)
{
  double scale = size / MAX (layout->width, layout->height);
  int width = MAX (1, (int) ceil (layout->width * scale));
  int height = MAX (1, (int) ceil (layout->height * scale));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(SkPainter) painter = NULL;
  g_autoptr(GBytes) bytes = NULL;
  int stride;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  painter = sk_cairo_painter_new (cr, FALSE);
  sk_render_poster (layout, painter);
  g_clear_pointer (&painter, sk_painter_free);
  /* The page's edge, for a white page on a light window. */
  cairo_identity_matrix (cr);
  cairo_rectangle (cr, 0.5, 0.5, width - 1, height - 1);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.3);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  cairo_destroy (cr);

  cairo_surface_flush (surface);
  stride = cairo_image_surface_get_stride (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface), (gsize) stride * height,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
}

/**
 * sk_export_preview_new:
 * @size: pixels of the longer side
 * @caption: (out) (transfer full): what the picture shows, for people
 *
 * Lays out and draws on the calling thread: call it with the document's
 * map on the main thread only.
 *
 * Returns: (transfer full) (nullable): the picture, or %NULL if there is
 *   nothing to show (the caption says why)
 */
GdkTexture *
sk_export_preview_new (SkMap                 *map,
                       const SkExportChoices *choices,
                       int                    size,
                       char                 **caption)
{
  GListModel *pathways = sk_map_get_pathways (map);
  SkLayoutOptions options = { 0, 0, choices->lang };
  g_autoptr(SkItem) pathway = NULL;
  g_autoptr(SkLayout) layout = NULL;
  const char *place;
  double width, height;

  *caption = NULL;
  if (!sk_paper_parse (choices->paper, choices->landscape, &width, &height, NULL))
    return NULL;

  switch (choices->kind)
    {
    case SK_EXPORT_KIND_TILES:
      options.width = width;
      options.height = height;
      *caption = g_strdup_printf (_("The %s poster, to be printed across %s sheets"),
                                  choices->paper, choices->sheet);
      break;

    case SK_EXPORT_KIND_PATHWAYS:
      if (g_list_model_get_n_items (pathways) == 0)
        {
          *caption = g_strdup (_("The map has no pathways yet"));
          return NULL;
        }
      /* As at the top of each sheet (sk-export-pathways.c). */
      pathway = g_list_model_get_item (pathways, 0);
      options.width = width * 0.86;
      options.height = height * 0.34;
      options.figure_only = TRUE;
      options.only_pathway = sk_item_get_id (pathway);
      *caption = g_strdup_printf (_("The figure on the first sheet: %s"),
                                  sk_pathway_get_name (SK_PATHWAY (pathway), choices->lang));
      break;

    case SK_EXPORT_KIND_BROCHURE:
      /* As on the cover (sk-export-brochure.c): the municipality's own
       * services, without text. */
      options.municipality = choices->municipality;
      options.width = width * 0.85;
      options.height = height * 0.45;
      options.figure_only = TRUE;
      options.schematic = TRUE;
      place = choices->municipality != NULL
              ? sk_municipality_get_name (choices->municipality)
              : sk_item_get_text (sk_map_get_properties (map), "region", choices->lang);
      *caption = g_strdup_printf (choices->all_municipalities
                                  ? _("The small pyramid on the cover of the first brochure, for %s")
                                  : _("The small pyramid on the cover of the brochure for %s"),
                                  place);
      break;

    case SK_EXPORT_KIND_POSTER:
    default:
      options.width = width;
      options.height = height;
      *caption = g_strdup_printf (choices->landscape ? _("The poster on %s paper, landscape")
                                                     : _("The poster on %s paper, portrait"),
                                  choices->paper);
      break;
    }

  layout = sk_layout_new_poster (map, &options);
  return render (layout, size);
}
