/* sk-export-pathways.c — one sheet per pathway: where it goes, step by step
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each page names the pathway and who it is for, shows it alone on a small
 * pyramid (the poster's layout and renderer, for the top of the page), then
 * lists its steps in order: the number on the badge, the service, what kind
 * of step it is, and what the service does there. The list is tagged as a
 * list; text that does not fit is made smaller, down to 8 pt, and then
 * reported.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "sk-atomic-file.h"
#include "sk-export.h"
#include "sk-layout.h"
#include "sk-paper.h"
#include "sk-pathway.h"
#include "sk-pdf-writer.h"
#include "sk-print-strings.h"
#include "sk-render.h"
#include "sk-service.h"
#include "sk-typeset.h"

#define FIGURE_MIN_SHARE 0.26
#define FIGURE_MAX_SHARE 0.42

/* Paints @text at (x, y) inside @tag; returns its height. */
static double
paint (SkPainter    *painter,
       PangoContext *context,
       const char   *tag,
       const char   *text,
       const char   *lang,
       double        size,
       gboolean      bold,
       double        x,
       double        y,
       double        width)
{
  g_autoptr(PangoLayout) layout = sk_typeset_text (context, text, lang, size, bold, width);
  SkTextBox box = { layout, x, y, SK_COLOR_TEXT };
  double h = sk_typeset_height (layout);

  sk_painter_text_in (painter, tag, &box);
  return h;
}

typedef struct {
  char *heading;  /* "Skolehelsetjenesten · Kartlegge" */
  char *body;     /* what happens */
} StepText;

static void
step_text_clear (StepText *step)
{
  g_free (step->heading);
  g_free (step->body);
}

/* The height the list of steps takes at @size. */
static double
list_height (PangoContext *context,
             GArray       *steps,
             const char   *lang,
             double        size,
             double        width)
{
  double h = 0;

  for (guint i = 0; i < steps->len; i++)
    {
      StepText *step = &g_array_index (steps, StepText, i);
      g_autoptr(PangoLayout) heading = sk_typeset_text (context, step->heading, lang, size, TRUE, width);
      g_autoptr(PangoLayout) body = sk_typeset_text (context, step->body, lang, size, FALSE, width);

      h += sk_typeset_height (heading) + (*step->body ? sk_typeset_height (body) : 0) + size * 0.7;
    }
  return h;
}

static void
pathway_page (SkPdfWriter  *pdf,
              PangoContext *context,
              SkMap        *map,
              SkPathway    *pathway,
              const char   *lang,
              double        page_w,
              double        page_h,
              GPtrArray    *warnings)
{
  SkPainter *painter = pdf->painter;
  double m = 0.07 * MIN (page_w, page_h);
  double u = page_w / 595.28;
  double width = page_w - 2 * m, y = m, size, badge = 9 * u;
  SkLayoutOptions options = { width, 0, lang, TRUE, sk_item_get_id (SK_ITEM (pathway)) };
  g_autoptr(SkLayout) figure = NULL;
  g_autoptr(GArray) steps = g_array_new (FALSE, TRUE, sizeof (StepText));
  const char *description = sk_item_get_text (SK_ITEM (pathway), "description", lang);
  SkColor color = sk_color_parse (sk_pathway_get_color (pathway));

  g_array_set_clear_func (steps, (GDestroyNotify) step_text_clear);

  y += paint (painter, context, "H1", sk_pathway_get_name (pathway, lang), lang, 20 * u, TRUE, m, y, width);
  if (*description)
    y += paint (painter, context, "P", description, lang, 10.5 * u, FALSE, m, y + 4 * u, width) + 4 * u;
  y += 8 * u;

  for (guint i = 0; i < sk_pathway_get_n_steps (pathway); i++)
    {
      SkService *service = SK_SERVICE (sk_map_lookup (map, SK_KIND_SERVICE, sk_pathway_get_step_service (pathway, i)));
      StepText step = {
        g_strdup_printf ("%s · %s", sk_service_get_name (service, lang),
                         sk_print_step_kind (sk_pathway_get_step_kind (pathway, i), lang)),
        g_strdup (sk_pathway_get_step_text (pathway, i, lang)),
      };
      g_array_append_val (steps, step);
    }

  /* The pathway alone on the pyramid, as large as the steps leave room for. */
  options.height = CLAMP (page_h - m - y - 10 * u - list_height (context, steps, lang, 10.5 * u, width - 2.6 * badge),
                          page_h * FIGURE_MIN_SHARE, page_h * FIGURE_MAX_SHARE);
  figure = sk_layout_new_poster (map, &options);
  cairo_save (pdf->cr);
  cairo_translate (pdf->cr, m, y);
  sk_render_poster (figure, painter);
  cairo_restore (pdf->cr);
  y += options.height + 10 * u;

  /* The list at the largest size from 10.5 pt down to 8 pt that fits. */
  for (size = 10.5 * u; size > 8 * u; size -= 0.5 * u)
    if (y + list_height (context, steps, lang, size, width - 2.6 * badge) <= page_h - m)
      break;
  if (y + list_height (context, steps, lang, size, width - 2.6 * badge) > page_h - m)
    g_ptr_array_add (warnings, g_strdup_printf (_("«%s»: the steps do not fit on one page"),
                                                sk_pathway_get_name (pathway, lang)));

  painter->klass->begin_structure (painter, "L", NULL);
  for (guint i = 0; i < steps->len; i++)
    {
      StepText *step = &g_array_index (steps, StepText, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autoptr(PangoLayout) number_layout = sk_typeset_text (context, number, lang, size * 0.9, TRUE, badge * 2);
      SkTextBox number_box = { number_layout, m, y + size * 0.6 - sk_typeset_height (number_layout) / 2,
                               sk_color_text_on (color) };
      SkColor white = SK_COLOR_WHITE;

      pango_layout_set_alignment (number_layout, PANGO_ALIGN_CENTER);
      painter->klass->begin_structure (painter, "LI", NULL);
      painter->klass->begin_structure (painter, "Lbl", NULL);
      painter->klass->circle (painter, m + badge, y + size * 0.6, badge, &color, &white, 0.8 * u);
      painter->klass->text (painter, &number_box);
      painter->klass->end_structure (painter, "Lbl");
      painter->klass->begin_structure (painter, "LBody", NULL);
      y += paint (painter, context, NULL, step->heading, lang, size, TRUE, m + 2.6 * badge, y, width - 2.6 * badge);
      if (*step->body)
        y += paint (painter, context, NULL, step->body, lang, size, FALSE, m + 2.6 * badge, y, width - 2.6 * badge);
      painter->klass->end_structure (painter, "LBody");
      painter->klass->end_structure (painter, "LI");
      y += size * 0.7;
    }
  painter->klass->end_structure (painter, "L");
  cairo_show_page (pdf->cr);
}

/**
 * sk_export_pathways:
 * @options: the page size (A4 or A3) and language
 *
 * Writes a PDF with one page per pathway.
 */
gboolean
sk_export_pathways (SkMap                  *map,
                    const SkExportOptions  *options,
                    const char             *path,
                    GPtrArray             **warnings,
                    GError                **error)
{
  GListModel *pathways = sk_map_get_pathways (map);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) bytes = NULL;
  const char *lang = options->lang != NULL ? options->lang : sk_map_get_language (map);
  PangoContext *context;
  SkPdfWriter *pdf;
  SkPdfPost post = { FALSE, { 0 }, { 0 }, lang };

  g_return_val_if_fail (SK_IS_MAP (map), FALSE);

  if (g_list_model_get_n_items (pathways) == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The map has no pathways to export"));
      return FALSE;
    }

  context = sk_typeset_context_new ();
  pdf = sk_pdf_writer_new (map, lang, sk_map_get_title (map, lang), options->width, options->height);
  for (guint i = 0; i < g_list_model_get_n_items (pathways); i++)
    {
      g_autoptr(SkPathway) pathway = g_list_model_get_item (pathways, i);
      pathway_page (pdf, context, map, pathway, lang, options->width, options->height, problems);
    }
  g_object_unref (context);

  bytes = sk_pdf_writer_finish (pdf, &post, error);
  if (bytes == NULL)
    return FALSE;
  if (warnings != NULL)
    *warnings = g_steal_pointer (&problems);
  return sk_atomic_file_replace (path, bytes, FALSE, error);
}
