/* sk-export-report.c — the workshop report: the map with its notes
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Notes are for the people who build the map, never for families: no
 * family export shows them, and this report is where they are printed.
 * Page 1 is the poster, painted by the one renderer exactly as the poster
 * export paints it, with a numbered sticky-note marker over it where each
 * note is pinned: on the service's card, on the level's band at its left
 * edge, on the card of a pathway's first step (ringed in the pathway's
 * colour), or on the pathway's legend entry when no step is on the map.
 * The markers are painted after the poster, from the layout's geometry, so
 * the poster itself is untouched. The pages after it list the notes by
 * place in the order of the map (each level followed by its services, then
 * the side column, then the pathways), numbered in that order so a place's
 * notes have consecutive numbers; the text flows over as many pages as it
 * needs. The PDF is tagged, has its language set and a bookmark per place.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "sk-atomic-file.h"
#include "sk-export.h"
#include "sk-layout.h"
#include "sk-level.h"
#include "sk-note.h"
#include "sk-pathway.h"
#include "sk-pdf-flow.h"
#include "sk-pdf-writer.h"
#include "sk-render.h"
#include "sk-service.h"
#include "sk-typeset.h"

#define BODY_PT 10.0          /* on A4; the text grows with the paper */
#define MARKER_RADIUS 5.2     /* in card units (the badges' are 3.8) */
#define MARKER_MIN_RADIUS 3.0 /* in poster units: the number stays legible */
#define MARKER_STEP 2.2       /* from one marker's centre to the next, in radii */
#define RING 1.3              /* a pathway note's ring, in radii */
#define RING_STEP 2.8         /* the step in a cluster with rings, in radii */

/* Sticky-note yellow, with a dark brown outline and number: 12:1 for the
 * number, and the outline stands out on white cards and on pale bands. */
static const SkColor marker_fill = { 1.0, 0.871, 0.302 };
static const SkColor marker_ink = { 58 / 255.0, 44 / 255.0, 0 };

/* The notes pinned to one service, level or pathway. */
typedef struct {
  SkKind     kind;
  char      *id;
  char      *key;
  char      *heading;
  SkColor    accent;
  gboolean   has_accent;
  GPtrArray *notes;   /* of SkNote, in the map's order */
  guint      order;   /* where the place comes in the map's order */
  guint      first;   /* the number of its first note */
  char      *where;   /* where its markers are, if that needs saying */
} Place;

typedef struct {
  guint    number;
  gboolean ring;
  SkColor  ring_color;
} Marker;

/* Markers in rows from (x, y), wrapping downwards. A row going right starts
 * at (x, y); one going left ends there, so its numbers still read left to
 * right. */
typedef struct {
  double  x;
  double  y;
  int     direction;
  guint   per_row;
  GArray *markers;  /* of Marker */
} Cluster;

static void
place_free (Place *place)
{
  g_free (place->id);
  g_free (place->key);
  g_free (place->heading);
  g_free (place->where);
  g_ptr_array_unref (place->notes);
  g_free (place);
}

static void
cluster_free (Cluster *cluster)
{
  g_array_unref (cluster->markers);
  g_free (cluster);
}

static char *
place_key (SkKind      kind,
           const char *id)
{
  return g_strdup_printf ("%d:%s", kind, id);
}

static void
describe_place (SkMap      *map,
                Place      *place,
                const char *lang)
{
  SkItem *item = sk_map_lookup (map, place->kind, place->id);

  if (item == NULL)
    {
      place->heading = sk_map_describe (map, place->kind, place->id);
      return;
    }
  switch (place->kind)
    {
    case SK_KIND_SERVICE:
      /* Plain, where levels and pathways have their colour: a service's
       * heading does not look like its level's. */
      place->heading = g_strdup (sk_service_get_name (SK_SERVICE (item), lang));
      break;
    case SK_KIND_LEVEL:
      /* TRANSLATORS: a heading in the workshop report: "Level 2: Lavterskel
       * hjelp i kommunen" */
      place->heading = g_strdup_printf (_("Level %u: %s"), sk_map_get_level_number (map, place->id),
                                        sk_level_get_name (SK_LEVEL (item), lang));
      place->accent = sk_color_parse (sk_level_get_color (SK_LEVEL (item)));
      place->has_accent = TRUE;
      break;
    case SK_KIND_PATHWAY:
    default:
      /* TRANSLATORS: a heading in the workshop report: "Pathway: Angstplager" */
      place->heading = g_strdup_printf (_("Pathway: %s"), sk_pathway_get_name (SK_PATHWAY (item), lang));
      place->accent = sk_color_parse (sk_pathway_get_color (SK_PATHWAY (item)));
      place->has_accent = TRUE;
      break;
    }
}

/* Gives the place of (@kind, @id), if it has notes, the next position. */
static void
visit (GHashTable *places,
       SkKind      kind,
       const char *id,
       guint      *order)
{
  g_autofree char *key = place_key (kind, id);
  Place *place = g_hash_table_lookup (places, key);

  if (place != NULL && place->order == G_MAXUINT)
    place->order = (*order)++;
}

static int
compare_places (gconstpointer a,
                gconstpointer b)
{
  const Place *pa = *(Place * const *) a;
  const Place *pb = *(Place * const *) b;

  return pa->order < pb->order ? -1 : pa->order > pb->order;
}

/* The places that have notes, in the map's order, their notes numbered. */
static GPtrArray *
collect_places (SkMap      *map,
                const char *lang,
                guint      *n_notes)
{
  GListModel *notes = sk_map_get_notes (map);
  GListModel *levels = sk_map_get_levels (map);
  GListModel *pathways = sk_map_get_pathways (map);
  GPtrArray *places = g_ptr_array_new_with_free_func ((GDestroyNotify) place_free);
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) side = NULL;
  guint order = 0, number = 1;

  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(SkNote) note = g_list_model_get_item (notes, i);
      g_autofree char *key = place_key (sk_note_get_target_kind (note), sk_note_get_target_id (note));
      Place *place = g_hash_table_lookup (by_key, key);

      if (place == NULL)
        {
          place = g_new0 (Place, 1);
          place->kind = sk_note_get_target_kind (note);
          place->id = g_strdup (sk_note_get_target_id (note));
          place->key = g_steal_pointer (&key);
          place->notes = g_ptr_array_new_with_free_func (g_object_unref);
          place->order = G_MAXUINT;
          g_hash_table_insert (by_key, place->key, place);
          g_ptr_array_add (places, place);
        }
      g_ptr_array_add (place->notes, g_object_ref (note));
    }

  /* Each level, then the services on it; the side column; the pathways. */
  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(SkItem) level = g_list_model_get_item (levels, i);
      g_autoptr(GPtrArray) services = sk_map_get_services_on_level (map, sk_item_get_id (level));

      visit (by_key, SK_KIND_LEVEL, sk_item_get_id (level), &order);
      for (guint j = 0; j < services->len; j++)
        visit (by_key, SK_KIND_SERVICE, sk_item_get_id (g_ptr_array_index (services, j)), &order);
    }
  side = sk_map_get_services_on_level (map, NULL);
  for (guint j = 0; j < side->len; j++)
    visit (by_key, SK_KIND_SERVICE, sk_item_get_id (g_ptr_array_index (side, j)), &order);
  for (guint i = 0; i < g_list_model_get_n_items (pathways); i++)
    {
      g_autoptr(SkItem) pathway = g_list_model_get_item (pathways, i);
      visit (by_key, SK_KIND_PATHWAY, sk_item_get_id (pathway), &order);
    }
  /* A note whose place the walk did not reach still gets printed, last. */
  for (guint i = 0; i < places->len; i++)
    {
      Place *place = g_ptr_array_index (places, i);
      if (place->order == G_MAXUINT)
        place->order = order++;
    }
  g_ptr_array_sort (places, compare_places);

  for (guint i = 0; i < places->len; i++)
    {
      Place *place = g_ptr_array_index (places, i);

      describe_place (map, place, lang);
      place->first = number;
      number += place->notes->len;
    }
  *n_notes = number - 1;
  return places;
}

/* The x of a band's slanted left edge at height @y. */
static double
band_left_at (const SkBandLayout *band,
              double              y)
{
  double x_top = band->corners[6], y_top = band->corners[7];
  double x_bottom = band->corners[0], y_bottom = band->corners[1];

  if (y_bottom - y_top < 1e-6)
    return x_top;
  return x_top + (x_bottom - x_top) * CLAMP ((y - y_top) / (y_bottom - y_top), 0, 1);
}

static const SkBandLayout *
find_band (SkLayout   *layout,
           const char *level_id)
{
  for (guint i = 0; i < layout->bands->len; i++)
    {
      const SkBandLayout *band = g_ptr_array_index (layout->bands, i);
      if (g_strcmp0 (band->level_id, level_id) == 0)
        return band;
    }
  return NULL;
}

/* The legend entry of the pathway at @position: the legend's lines are the
 * pathways, in the map's order. */
static const SkLegendEntry *
find_pathway_entry (SkLayout *layout,
                    int       position)
{
  int seen = 0;

  for (guint i = 0; i < layout->legend->len; i++)
    {
      const SkLegendEntry *entry = g_ptr_array_index (layout->legend, i);

      if (entry->mark == SK_LEGEND_LINE && seen++ == position)
        return entry;
    }
  return NULL;
}

/* The cluster at @key, made with @x, @y, @direction and @per_row if it is
 * not there yet. */
static Cluster *
cluster_at (GHashTable *clusters,
            GPtrArray  *ordered,
            const char *key,
            double      x,
            double      y,
            int         direction,
            guint       per_row)
{
  Cluster *cluster = g_hash_table_lookup (clusters, key);

  if (cluster == NULL)
    {
      cluster = g_new0 (Cluster, 1);
      *cluster = (Cluster) { x, y, direction, MAX (per_row, 1), g_array_new (FALSE, FALSE, sizeof (Marker)) };
      g_hash_table_insert (clusters, g_strdup (key), cluster);
      g_ptr_array_add (ordered, cluster);
    }
  return cluster;
}

/* A service's notes sit along its card's top edge from the top left corner,
 * over at most half the card (the pathways' badges run in from the right). */
static Cluster *
card_cluster (GHashTable         *clusters,
              GPtrArray          *ordered,
              const SkCardLayout *card,
              double              r)
{
  g_autofree char *key = g_strdup_printf ("card:%s", card->service_id);

  return cluster_at (clusters, ordered, key, card->rect.x + r * 0.9, card->rect.y, 1,
                     (guint) (card->rect.width * 0.5 / (MARKER_STEP * r)) + 1);
}

/* Where a place's markers go, or NULL if it is not on the poster. */
static Cluster *
place_cluster (SkMap      *map,
               SkLayout   *layout,
               const char *lang,
               Place      *place,
               GHashTable *clusters,
               GPtrArray  *ordered,
               double      r,
               Marker     *marker)
{
  switch (place->kind)
    {
    case SK_KIND_SERVICE:
      {
        const SkCardLayout *card = sk_layout_find_card (layout, place->id);
        return card != NULL ? card_cluster (clusters, ordered, card, r) : NULL;
      }
    case SK_KIND_LEVEL:
      {
        const SkBandLayout *band = find_band (layout, place->id);
        g_autofree char *key = NULL;
        double y;

        if (band == NULL)
          return NULL;
        /* On the band's left edge, beside its name; more go outwards, onto
         * the white of the page. */
        key = g_strdup_printf ("band:%s", place->id);
        y = band->label.y + sk_typeset_height (band->label.layout) / 2;
        return cluster_at (clusters, ordered, key, band_left_at (band, y), y, -1, 4);
      }
    case SK_KIND_PATHWAY:
    default:
      {
        SkItem *item = sk_map_lookup (map, SK_KIND_PATHWAY, place->id);
        SkPathway *pathway = item != NULL ? SK_PATHWAY (item) : NULL;
        const SkLegendEntry *entry;
        g_autofree char *key = NULL;

        if (pathway == NULL)
          return NULL;
        marker->ring = TRUE;
        marker->ring_color = sk_color_parse (sk_pathway_get_color (pathway));
        for (guint s = 0; s < sk_pathway_get_n_steps (pathway); s++)
          {
            const char *service_id = sk_pathway_get_step_service (pathway, s);
            const SkCardLayout *card = sk_layout_find_card (layout, service_id);
            SkItem *service = sk_map_lookup (map, SK_KIND_SERVICE, service_id);

            if (card != NULL && service != NULL)
              {
                place->where = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "The marker is ringed in the pathway's colour, "
                                                             "on the card of its first step, «%s».",
                                                             "The markers are ringed in the pathway's colour, "
                                                             "on the card of its first step, «%s».",
                                                             place->notes->len),
                                                sk_service_get_name (SK_SERVICE (service), lang));
                return card_cluster (clusters, ordered, card, r);
              }
          }
        entry = find_pathway_entry (layout, sk_map_get_position (map, SK_KIND_PATHWAY, place->id));
        if (entry == NULL)
          return NULL;
        place->where = g_strdup (g_dngettext (GETTEXT_PACKAGE,
                                              "The pathway has no steps on the map: the marker is on its "
                                              "line in the legend.",
                                              "The pathway has no steps on the map: the markers are on its "
                                              "line in the legend.",
                                              place->notes->len));
        /* Along its line, from the line's left end, clear of its name. */
        key = g_strdup_printf ("legend:%s", place->id);
        return cluster_at (clusters, ordered, key, entry->mark_rect.x,
                           entry->mark_rect.y + entry->mark_rect.height / 2, 1,
                           (guint) (entry->mark_rect.width / (RING_STEP * r)) + 1);
      }
    }
}

static void
marker_centre (const Cluster *cluster,
               guint          index,
               double         step,
               double        *cx,
               double        *cy)
{
  guint row = index / cluster->per_row, column = index % cluster->per_row;
  guint in_row = MIN (cluster->per_row, cluster->markers->len - row * cluster->per_row);

  if (cluster->direction > 0)
    *cx = cluster->x + column * step;
  else
    *cx = cluster->x - (in_row - 1 - column) * step;
  *cy = cluster->y + row * step;
}

static void
paint_marker (SkPainter    *painter,
              PangoContext *context,
              const char   *lang,
              const Marker *marker,
              double        cx,
              double        cy,
              double        r)
{
  g_autofree char *number = g_strdup_printf ("%u", marker->number);
  double size = r * (marker->number < 100 ? 1.2 : 0.9);
  g_autoptr(PangoLayout) text = sk_typeset_text (context, number, lang, size, TRUE, 0);
  SkTextBox box = { text, cx - sk_typeset_width (text) / 2, cy - sk_typeset_height (text) / 2, marker_ink };

  if (marker->ring)
    painter->klass->circle (painter, cx, cy, r * RING, &marker->ring_color, NULL, 0);
  painter->klass->circle (painter, cx, cy, r, &marker_fill, &marker_ink, r * 0.16);
  painter->klass->text (painter, &box);
}

/* Paints the clusters, each moved onto the page if it would run off it. */
static void
paint_clusters (SkPainter  *painter,
                SkLayout   *layout,
                GPtrArray  *clusters,
                double      r,
                const char *alt)
{
  PangoContext *context = sk_typeset_context_new ();

  painter->klass->begin_structure (painter, "Figure", alt);
  for (guint i = 0; i < clusters->len; i++)
    {
      Cluster *cluster = g_ptr_array_index (clusters, i);
      double x0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y0 = G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
      double dx = 0, dy = 0, pad = r * 0.5;
      double step = MARKER_STEP * r;

      /* Rings side by side, not over each other. */
      for (guint j = 0; j < cluster->markers->len; j++)
        if (g_array_index (cluster->markers, Marker, j).ring)
          step = RING_STEP * r;

      for (guint j = 0; j < cluster->markers->len; j++)
        {
          const Marker *marker = &g_array_index (cluster->markers, Marker, j);
          double e = marker->ring ? r * RING : r;
          double cx, cy;

          marker_centre (cluster, j, step, &cx, &cy);
          x0 = MIN (x0, cx - e);
          x1 = MAX (x1, cx + e);
          y0 = MIN (y0, cy - e);
          y1 = MAX (y1, cy + e);
        }
      if (x0 < pad)
        dx = pad - x0;
      else if (x1 > layout->width - pad)
        dx = layout->width - pad - x1;
      if (y0 < pad)
        dy = pad - y0;
      else if (y1 > layout->height - pad)
        dy = layout->height - pad - y1;

      for (guint j = 0; j < cluster->markers->len; j++)
        {
          double cx, cy;

          marker_centre (cluster, j, step, &cx, &cy);
          paint_marker (painter, context, layout->lang, &g_array_index (cluster->markers, Marker, j),
                        cx + dx, cy + dy, r);
        }
    }
  painter->klass->end_structure (painter, "Figure");
  g_object_unref (context);
}

/* A marker for every note, at its place on the poster. Returns the text
 * alternative of the markers' figure. */
static char *
paint_markers (SkMap     *map,
               SkLayout  *layout,
               SkPainter *painter,
               GPtrArray *places,
               guint      n_notes)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) clusters = g_ptr_array_new_with_free_func ((GDestroyNotify) cluster_free);
  double r = MAX (MARKER_RADIUS * layout->unit * layout->card_scale, MARKER_MIN_RADIUS * layout->unit);

  for (guint i = 0; i < places->len; i++)
    {
      Place *place = g_ptr_array_index (places, i);
      Marker marker = { 0 };
      Cluster *cluster = place_cluster (map, layout, layout->lang, place, by_key, clusters, r, &marker);

      if (cluster == NULL)
        {
          g_free (place->where);
          place->where = g_strdup (_("This is not on the map, so its notes have no marker there."));
          continue;
        }
      for (guint j = 0; j < place->notes->len; j++)
        {
          marker.number = place->first + j;
          g_array_append_val (cluster->markers, marker);
        }
    }

  {
    char *alt = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u numbered marker for a workshop note, listed after the map",
                                              "%u numbered markers for the workshop notes, listed after the map",
                                              n_notes),
                                 n_notes);
    paint_clusters (painter, layout, clusters, r, alt);
    return alt;
  }
}

/* "2026-03-02 14:05", in the time zone the note was written in. */
static char *
format_created (const char *created)
{
  g_autoptr(GDateTime) time = created != NULL ? g_date_time_new_from_iso8601 (created, NULL) : NULL;

  if (time == NULL)
    return g_strdup (created != NULL ? created : "");
  return g_date_time_format (time, "%Y-%m-%d %H:%M");
}

static void
list_notes (SkFlow     *flow,
            SkMap      *map,
            GPtrArray  *places,
            guint       n_notes,
            const char *lang)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  const char *region = sk_item_get_text (sk_map_get_properties (map), "region", lang);
  g_autofree char *made = NULL;

  sk_flow_heading (flow, 1, _("Workshop report"), NULL, FALSE);
  sk_flow_paragraph (flow, sk_map_get_title (map, lang), 1.3, TRUE);
  sk_flow_paragraph (flow, region, 1, FALSE);
  /* TRANSLATORS: under the workshop report's title: "Made on 2026-03-02 ·
   * 5 notes" */
  made = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Made on %s · %u note", "Made on %s · %u notes", n_notes),
                          today, n_notes);
  sk_flow_paragraph (flow, made, 1, FALSE);

  if (n_notes == 0)
    {
      sk_flow_paragraph (flow, _("The map has no workshop notes."), 1, TRUE);
      return;
    }
  sk_flow_paragraph (flow, _("The notes are listed by the level, service or pathway they are pinned to. "
                             "Each has the number of its yellow marker on the map on page 1."), 1, FALSE);

  for (guint i = 0; i < places->len; i++)
    {
      Place *place = g_ptr_array_index (places, i);

      sk_flow_heading (flow, 2, place->heading, place->has_accent ? &place->accent : NULL, TRUE);
      if (place->where != NULL)
        sk_flow_paragraph (flow, place->where, 0.9, FALSE);
      sk_flow_begin_list (flow);
      for (guint j = 0; j < place->notes->len; j++)
        {
          SkNote *note = g_ptr_array_index (place->notes, j);
          const char *author = sk_note_get_author (note);
          g_autofree char *number = g_strdup_printf ("%u", place->first + j);
          g_autofree char *when = format_created (sk_note_get_created (note));
          g_autofree char *text = NULL;

          if (author != NULL && *author != '\0')
            text = g_strdup_printf ("%s\n— %s, %s", sk_note_get_text (note), author, when);
          else
            text = g_strdup_printf ("%s\n— %s", sk_note_get_text (note), when);
          sk_flow_list_item (flow, number, text, NULL);
        }
      sk_flow_end_list (flow);
    }
}

/**
 * sk_export_report:
 * @options: the paper (A4 to A0, either way round) and language; the
 *   format must be PDF
 * @path: the file to write
 * @warnings: (out) (optional) (transfer full): what did not fit, for people
 *
 * Writes the workshop report: the poster with a numbered marker where each
 * note is pinned, then the notes by place with their authors and times.
 * A map without notes still gets the poster and a page that says so.
 *
 * Returns: whether the report was written; on failure nothing changed on
 *   disk and @error says why
 */
gboolean
sk_export_report (SkMap                  *map,
                  const SkExportOptions  *options,
                  const char             *path,
                  GPtrArray             **warnings,
                  GError                **error)
{
  const char *lang;
  SkLayoutOptions layout_options = { 0 };
  g_autoptr(SkLayout) layout = NULL;
  g_autoptr(GPtrArray) places = NULL;
  g_autoptr(GPtrArray) alts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) flow_warnings = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *footer = NULL;
  SkPdfPost post = { FALSE, { 0 }, { 0 }, NULL, NULL };
  SkPdfWriter *pdf;
  SkFlow *flow;
  guint n_notes = 0;

  g_return_val_if_fail (SK_IS_MAP (map), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (options->format != SK_EXPORT_FORMAT_PDF)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("The workshop report can only be written as PDF"));
      return FALSE;
    }
  if (!(options->width > 0 && options->height > 0))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The workshop report needs a paper size"));
      return FALSE;
    }

  lang = options->lang != NULL ? options->lang : sk_map_get_language (map);
  layout_options = (SkLayoutOptions) { options->width, options->height, lang };
  layout = sk_layout_new_poster (map, &layout_options);
  places = collect_places (map, lang, &n_notes);

  pdf = sk_pdf_writer_new (map, lang, _("Workshop report"), options->width, options->height);

  /* Page 1: the poster as the poster export draws it, the markers over it. */
  cairo_pdf_surface_add_outline (pdf->surface, CAIRO_PDF_OUTLINE_ROOT, _("The map with the notes' markers"),
                                 "page=1", 0);
  sk_render_poster (layout, pdf->painter);
  g_ptr_array_add (alts, sk_render_describe_poster (layout));
  if (n_notes > 0)
    g_ptr_array_add (alts, paint_markers (map, layout, pdf->painter, places, n_notes));
  cairo_show_page (pdf->cr);

  footer = g_strdup_printf ("%s · %s", sk_map_get_title (map, lang), _("Workshop report"));
  flow = sk_flow_new (pdf, lang, options->width, options->height,
                      0.075 * MIN (options->width, options->height), BODY_PT * layout->unit, footer);
  sk_flow_set_page (flow, 2);
  list_notes (flow, map, places, n_notes, lang);
  flow_warnings = sk_flow_finish (flow);

  post.lang = lang;
  post.figure_alts = alts;
  bytes = sk_pdf_writer_finish (pdf, &post, error);
  if (bytes == NULL)
    return FALSE;

  if (warnings != NULL)
    {
      for (guint i = 0; i < layout->warnings->len; i++)
        g_ptr_array_add (problems, g_strdup (g_ptr_array_index (layout->warnings, i)));
      for (guint i = 0; i < flow_warnings->len; i++)
        g_ptr_array_add (problems, g_strdup (g_ptr_array_index (flow_warnings, i)));
      *warnings = g_steal_pointer (&problems);
    }
  return sk_atomic_file_replace (path, bytes, FALSE, error);
}
