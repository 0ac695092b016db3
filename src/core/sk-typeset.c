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

#include "sk-typeset.h"

#define FONT_FAMILY "Noto Sans"

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
        config = own;
      else
        {
          g_warning ("The export font Noto Sans is not in %s; using the system's fonts", SK_EXPORT_FONT_DIR);
          FcConfigDestroy (own);
        }
      g_once_init_leave (&once, 1);
    }
  return config;
}

/* One font map per thread (Pango's are not thread-safe), kept for the
 * thread's life. */
static PangoFontMap *
export_font_map (void)
{
  static GPrivate font_map = G_PRIVATE_INIT (g_object_unref);
  PangoFontMap *map = g_private_get (&font_map);

  if (map == NULL)
    {
      FcConfig *config = export_font_config ();

      map = pango_cairo_font_map_new_for_font_type (CAIRO_FONT_TYPE_FT);
      if (config != NULL)
        pango_fc_font_map_set_config (PANGO_FC_FONT_MAP (map), config);
      g_private_set (&font_map, map);
    }
  return map;
}

static void
run_job (gpointer data,
         gpointer unused)
{
  SkTypesetJob *job = data;

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

/**
 * sk_typeset_prepare:
 *
 * Opens the export font on this thread: the font configuration, built
 * once, takes a few milliseconds, and cairo then keeps the font files
 * open for every thread. See sk_export_warm_up().
 */
void
sk_typeset_prepare (void)
{
  PangoContext *context = sk_typeset_context_new ();

  for (int bold = 0; bold <= 1; bold++)
    {
      g_autoptr(PangoLayout) layout = sk_typeset_text (context, "Sammenkart ÆØÅ æøå", "nb", 10, bold, 0);

      pango_layout_get_line_count (layout);
    }
  g_object_unref (context);
}

/**
 * sk_typeset_context_new:
 *
 * Returns: (transfer full): a context for export text on this thread
 */
PangoContext *
sk_typeset_context_new (void)
{
  PangoContext *context = pango_font_map_create_context (export_font_map ());
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Exports are vector: positions must not snap to whole points (Pango
   * would print "Tver r f aglg"), and sizes must scale exactly. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);
  return context;
}

/**
 * sk_typeset_text:
 * @size: the font size in points
 * @width: where to wrap, in points; ≤ 0 for no wrapping
 *
 * Returns: (transfer full): @text laid out in the export font, in @lang
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

  pango_font_description_set_family (font, FONT_FAMILY);
  pango_font_description_set_absolute_size (font, MAX (size, 0.1) * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_attr_list_insert (attrs, pango_attr_language_new (pango_language_from_string (lang)));
  pango_layout_set_attributes (layout, attrs);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text, -1);
  pango_attr_list_unref (attrs);
  pango_font_description_free (font);
  return layout;
}

double
sk_typeset_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return logical.height / (double) PANGO_SCALE;
}

double
sk_typeset_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return logical.width / (double) PANGO_SCALE;
}
