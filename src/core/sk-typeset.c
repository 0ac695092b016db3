/* sk-typeset.c — text in the export font, laid out by Pango
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every export lays out its text here: in the export font, at one unit to
 * the point, with positions and sizes neither rounded nor hinted.
 */
#include "config.h"

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include "sk-memory.h"
#include "sk-typeset.h"

#define FONT_FAMILY "Noto Sans"

/* One unit to the point: the resolution of every export text. */
#define EXPORT_DPI 72

static gboolean only_export_font = FALSE;  /* see sk_typeset_use_only_export_font() */

/* Exports use exactly the export font, whatever else the machine has: a
 * fontconfig of its own with only the Noto Sans files. It also spares every
 * export fontconfig's start-up and a sort of all the system's fonts for each
 * text size (two thirds of a small poster's time). If the files are missing,
 * the system's fonts are used. */
static FcConfig *
export_font_config (void)
{
  static const char * const files[] = {
    "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf",
  };
  static gsize once = 0;
  static FcConfig *config = NULL;

  if (g_once_init_enter (&once))
    {
      FcConfig *own = FcConfigCreate ();
      gboolean ok = TRUE;

      for (guint i = 0; i < G_N_ELEMENTS (files); i++)
        {
          g_autofree char *path = g_build_filename (SK_EXPORT_FONT_DIR, files[i], NULL);
          ok &= FcConfigAppFontAddFile (own, (const FcChar8 *) path);
        }
      if (ok)
        {
          config = own;
          if (only_export_font)
            FcConfigSetCurrent (config);
        }
      else
        {
          g_warning ("The export font Noto Sans is not in %s; using the system's fonts", SK_EXPORT_FONT_DIR);
          FcConfigDestroy (own);
        }
      g_once_init_leave (&once, 1);
    }
  return config;
}

/**
 * sk_typeset_use_only_export_font:
 *
 * Makes the export font's configuration the process's own, for a program
 * that draws no other text (the command line). Pango starts fontconfig's
 * default configuration on a thread of its own even when a font map has
 * its own: it reads every file in /etc/fonts, about 14 million
 * instructions and 6 ms before the first text (callgrind). With a current
 * configuration, there is nothing for it to start. Call it before any
 * text; the editor must not, as its window needs the system's fonts.
 */
void
sk_typeset_use_only_export_font (void)
{
  only_export_font = TRUE;
}

/* A font map made ready by sk_typeset_prepare() for the next thread that
 * needs one, with its fonts open and its shapers made. */
static GMutex spare_lock;
static PangoFontMap *spare_font_map = NULL;

static PangoFontMap *
new_font_map (void)
{
  FcConfig *config = export_font_config ();
  PangoFontMap *map = pango_cairo_font_map_new_for_font_type (CAIRO_FONT_TYPE_FT);

  if (config != NULL)
    pango_fc_font_map_set_config (PANGO_FC_FONT_MAP (map), config);
  /* At the contexts' resolution: else Pango matches every font twice,
   * once at the font map's 96 dpi, each time with two threads of its own. */
  pango_cairo_font_map_set_resolution (PANGO_CAIRO_FONT_MAP (map), EXPORT_DPI);
  return map;
}

/* One font map per thread (Pango's are not thread-safe), kept for the
 * thread's life: the spare one if there is one, else a new one. */
static PangoFontMap *
export_font_map (void)
{
  static GPrivate font_map = G_PRIVATE_INIT (g_object_unref);
  PangoFontMap *map = g_private_get (&font_map);

  if (map == NULL)
    {
      g_mutex_lock (&spare_lock);
      map = g_steal_pointer (&spare_font_map);
      g_mutex_unlock (&spare_lock);
      if (map == NULL)
        map = new_font_map ();
      g_private_set (&font_map, map);
    }
  return map;
}

static PangoContext *
context_new_for_font_map (PangoFontMap *map)
{
  PangoContext *context = pango_font_map_create_context (map);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Exports are vector: positions must not snap to whole points (Pango
   * would print "Tver r f aglg"), and sizes must scale exactly. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, EXPORT_DPI);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);
  return context;
}

static void
run_job (gpointer data,
         gpointer unused)
{
  SkTypesetJob *job = data;

  sk_memory_thread_started ();
  job->func (job->data);
  g_mutex_lock (&job->lock);
  job->done = TRUE;
  g_cond_signal (&job->cond);
  g_mutex_unlock (&job->lock);
}

/**
 * sk_typeset_job_push:
 *
 * Runs @job->func on a thread of a pool kept for laying out export text.
 * A pool thread keeps its font map from one job to the next, so a job
 * finds the fonts open. Wait for the job with sk_typeset_job_wait().
 */
void
sk_typeset_job_push (SkTypesetJob *job)
{
  static GThreadPool *pool = NULL;

  if (g_once_init_enter (&pool))
    g_once_init_leave (&pool, g_thread_pool_new (run_job, NULL, -1, FALSE, NULL));
  g_mutex_init (&job->lock);
  g_cond_init (&job->cond);
  job->done = FALSE;
  g_thread_pool_push (pool, job, NULL);
}

/* Returns when @job has run. */
void
sk_typeset_job_wait (SkTypesetJob *job)
{
  g_mutex_lock (&job->lock);
  while (!job->done)
    g_cond_wait (&job->cond, &job->lock);
  g_mutex_unlock (&job->lock);
  g_mutex_clear (&job->lock);
  g_cond_clear (&job->cond);
}

/* Lays out a little text in both weights, which opens the fonts and
 * makes Pango's and HarfBuzz's shapers for them. */
static void
warm_up_font_map (PangoFontMap *map)
{
  PangoContext *context = context_new_for_font_map (map);

  for (int bold = 0; bold <= 1; bold++)
    {
      g_autoptr(PangoLayout) layout = sk_typeset_text (context, "Sammenkart ÆØÅ æøå", "nb", 10, bold, 0);

      pango_layout_get_line_count (layout);
    }
  g_object_unref (context);
}

/**
 * sk_typeset_prepare:
 *
 * Makes the export font ready on this thread, and a font map for the
 * next thread that lays out text, typically the one that called
 * sk_export_warm_up(): the font configuration (built once), then for
 * each font map opening the fonts and making their shapers, a few
 * milliseconds the other thread then need not wait for. cairo keeps the
 * font files open for every thread.
 */
void
sk_typeset_prepare (void)
{
  PangoFontMap *spare;

  warm_up_font_map (export_font_map ());

  spare = new_font_map ();
  warm_up_font_map (spare);
  g_mutex_lock (&spare_lock);
  if (spare_font_map == NULL)
    spare_font_map = g_steal_pointer (&spare);
  g_mutex_unlock (&spare_lock);
  g_clear_object (&spare);
}

/**
 * sk_typeset_context_new:
 *
 * Returns: (transfer full): a context for export text on this thread
 */
PangoContext *
sk_typeset_context_new (void)
{
  return context_new_for_font_map (export_font_map ());
}

/* Every text is laid out at LAYOUT_SIZE and drawn scaled to its own size.
 * Pango makes a font set for every size it meets, each in two threads of
 * its own and about 0.75 ms on the project's machines; a poster met a
 * dozen sizes on each of its two threads, a third of its layout time.
 * Without hinting and rounding (see context_new_for_font_map) a text's
 * metrics scale exactly with its size, so one size per weight is enough.
 * The scale is kept with the layout; use the functions below for its
 * metrics, not Pango's, which are at LAYOUT_SIZE. */
#define LAYOUT_SIZE 10.0

static G_DEFINE_QUARK (sk-typeset-scale, scale)

/**
 * sk_typeset_scale:
 *
 * Returns: how much @layout is scaled when drawn: its size over the size
 *   it was laid out at (1 for a layout not made by sk_typeset_text())
 */
double
sk_typeset_scale (PangoLayout *layout)
{
  double *scale = layout != NULL ? g_object_get_qdata (G_OBJECT (layout), scale_quark ()) : NULL;

  return scale != NULL ? *scale : 1.0;
}

/**
 * sk_typeset_text:
 * @size: the font size in points
 * @width: where to wrap, in points; ≤ 0 for no wrapping
 *
 * Returns: (transfer full): @text laid out in the export font, in @lang;
 *   draw it scaled by sk_typeset_scale()
 */
PangoLayout *
sk_typeset_text (PangoContext *context,
                 const char   *text,
                 const char   *lang,
                 double        size,
                 gboolean      bold,
                 double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_new ();
  PangoAttrList *attrs = pango_attr_list_new ();
  double *scale = g_new (double, 1);

  *scale = MAX (size, 0.1) / LAYOUT_SIZE;
  g_object_set_qdata_full (G_OBJECT (layout), scale_quark (), scale, g_free);
  pango_font_description_set_family (font, FONT_FAMILY);
  pango_font_description_set_absolute_size (font, LAYOUT_SIZE * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_attr_list_insert (attrs, pango_attr_language_new (pango_language_from_string (lang)));
  pango_layout_set_attributes (layout, attrs);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width / *scale * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text, -1);
  pango_attr_list_unref (attrs);
  pango_font_description_free (font);
  return layout;
}

/**
 * sk_typeset_set_spacing:
 * @points: the room between lines
 */
void
sk_typeset_set_spacing (PangoLayout *layout,
                        double       points)
{
  pango_layout_set_spacing (layout, (int) (points / sk_typeset_scale (layout) * PANGO_SCALE));
}

/**
 * sk_typeset_extents:
 *
 * Returns: @layout's logical extents as drawn, in points
 */
SkTextExtents
sk_typeset_extents (PangoLayout *layout)
{
  double scale = sk_typeset_scale (layout) / PANGO_SCALE;
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (SkTextExtents) { logical.x * scale, logical.y * scale, logical.width * scale, logical.height * scale };
}

/**
 * sk_typeset_font_size:
 *
 * Returns: the size @layout's text is drawn at, in points
 */
double
sk_typeset_font_size (PangoLayout *layout)
{
  const PangoFontDescription *font = pango_layout_get_font_description (layout);

  if (font == NULL)
    return 0;
  return pango_font_description_get_size (font) / (double) PANGO_SCALE * sk_typeset_scale (layout);
}

double
sk_typeset_height (PangoLayout *layout)
{
  return sk_typeset_extents (layout).height;
}

double
sk_typeset_width (PangoLayout *layout)
{
  return sk_typeset_extents (layout).width;
}
