/* sk-pdf-flow.c — tagged text that flows over the pages of a PDF
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Blocks (headings, paragraphs, list items, links, figures) are laid out with
 * Pango and placed down the page, each inside its structure tag, so the PDF's
 * reading order is the order they are added in. A block that does not fit
 * goes to the next page; a heading goes with room for the text after it.
 * Level 1 and 2 headings become bookmarks. Each page gets a footer with its
 * number. Links are written only for https, mailto and tel.
 */
#include "config.h"

#include <string.h>
#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "sk-pdf-flow.h"
#include "sk-render.h"
#include "sk-typeset.h"

struct _SkFlow {
  SkPdfWriter  *pdf;
  PangoContext *context;
  char         *lang;
  char         *footer;
  double        width;
  double        height;
  double        margin;
  double        body;
  double        y;
  guint         page;
  gboolean      list_open;
  GPtrArray    *warnings;
};

static PangoLayout *
flow_text (SkFlow     *self,
           const char *text,
           double      size,
           gboolean    bold,
           double      width)
{
  PangoLayout *layout = sk_typeset_text (self->context, text, self->lang, size, bold, width);

  sk_typeset_set_spacing (layout, size * 0.15);
  return layout;
}

static double
bottom (SkFlow *self)
{
  return self->height - self->margin - self->body * 1.6;
}

static void
paint_footer (SkFlow *self)
{
  g_autofree char *text = g_strdup_printf ("%s  ·  %u", self->footer, self->page);
  g_autoptr(PangoLayout) layout = flow_text (self, text, MAX (9, self->body * 0.82), FALSE,
                                             self->width - 2 * self->margin);
  SkTextBox box = { layout, self->margin, self->height - self->margin - sk_typeset_height (layout),
                    { 0.3, 0.3, 0.33 } };
  SkPainter *painter = self->pdf->painter;

  pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  sk_painter_text_in (painter, "P", &box);
}

void
sk_flow_new_page (SkFlow *self)
{
  paint_footer (self);
  cairo_show_page (self->pdf->cr);
  self->page++;
  self->y = self->margin;
}

/**
 * sk_flow_set_page:
 * @page: the number of the page the flow is on, counted from the
 *   document's first page
 *
 * For a flow that starts after pages drawn without it: its footers and
 * bookmarks then name the right pages.
 */
void
sk_flow_set_page (SkFlow *self,
                  guint   page)
{
  g_return_if_fail (page >= 1);
  self->page = page;
}

double
sk_flow_room_left (SkFlow *self)
{
  return bottom (self) - self->y;
}

/* Moves to a new page unless @height fits on this one. */
static void
need (SkFlow *self,
      double  height)
{
  if (self->y + height > bottom (self) && self->y > self->margin + 1)
    sk_flow_new_page (self);
  if (self->y + height > bottom (self))
    g_ptr_array_add (self->warnings, g_strdup (_("a block of text is taller than a page")));
}

/**
 * sk_flow_new:
 * @margin: the page margin in points
 * @body_size: the body text size in points
 * @footer: the text on every page's foot, before the page number
 *
 * Returns: (transfer full): a flow onto @pdf's pages
 */
SkFlow *
sk_flow_new (SkPdfWriter *pdf,
             const char  *lang,
             double       page_width,
             double       page_height,
             double       margin,
             double       body_size,
             const char  *footer)
{
  SkFlow *self = g_new0 (SkFlow, 1);

  self->pdf = pdf;
  self->context = sk_typeset_context_new ();
  self->lang = g_strdup (lang);
  self->footer = g_strdup (footer);
  self->width = page_width;
  self->height = page_height;
  self->margin = margin;
  self->body = body_size;
  self->y = margin;
  self->page = 1;
  self->warnings = g_ptr_array_new_with_free_func (g_free);
  return self;
}

void
sk_flow_heading (SkFlow        *self,
                 int            level,
                 const char    *text,
                 const SkColor *accent,
                 gboolean       bookmark)
{
  static const char * const tags[] = { "H1", "H2", "H3" };
  static const double sizes[] = { 2.0, 1.45, 1.12 };
  SkPainter *painter = self->pdf->painter;
  double size = self->body * sizes[CLAMP (level, 1, 3) - 1];
  double pad = accent != NULL ? size * 0.35 : 0;
  double width = self->width - 2 * self->margin - 2 * pad;
  g_autoptr(PangoLayout) layout = flow_text (self, text, size, TRUE, width);
  double h = sk_typeset_height (layout) + 2 * pad;
  SkTextBox box = { layout, self->margin + pad, 0, SK_COLOR_TEXT };

  self->y += level == 3 ? self->body * 0.5 : self->body * 0.9;
  /* A heading keeps three lines of what follows with it; a section heading
   * also the heading of its first entry. */
  need (self, h + self->body * (level == 3 ? 4.2 : 7.5));

  if (accent != NULL)
    {
      SkRect band = { self->margin, self->y, self->width - 2 * self->margin, h };
      painter->klass->rounded_rect (painter, &band, size * 0.3, accent, NULL, 0);
      box.color = sk_color_text_on (*accent);
    }
  box.y = self->y + pad;

  sk_painter_text_in (painter, tags[CLAMP (level, 1, 3) - 1], &box);

  /* Sections (level 2) are the bookmarks; a level 1 heading is the title. */
  if (bookmark && level == 2)
    {
      char x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *link = NULL;

      /* Numbers with a dot in any locale: cairo parses them. */
      g_ascii_formatd (x, sizeof x, "%.1f", self->margin);
      g_ascii_formatd (y, sizeof y, "%.1f", self->y);
      link = g_strdup_printf ("page=%u pos=[%s %s]", self->page, x, y);
      cairo_pdf_surface_add_outline (self->pdf->surface, CAIRO_PDF_OUTLINE_ROOT, text, link, 0);
    }
  self->y += h + self->body * 0.35;
}

void
sk_flow_paragraph (SkFlow     *self,
                   const char *text,
                   double      scale,
                   gboolean    bold)
{
  SkPainter *painter = self->pdf->painter;
  g_autoptr(PangoLayout) layout = NULL;
  SkTextBox box;
  double h;

  if (text == NULL || *text == '\0')
    return;
  layout = flow_text (self, text, self->body * (scale > 0 ? scale : 1), bold,
                      self->width - 2 * self->margin);
  h = sk_typeset_height (layout);
  need (self, h);
  box = (SkTextBox) { layout, self->margin, self->y, SK_COLOR_TEXT };
  sk_painter_text_in (painter, "P", &box);
  self->y += h + self->body * 0.45;
}

/* "Telefon: 116 117" with the number as a link to @uri. The link is written
 * only for https, mailto and tel; anything else stays plain text. */
void
sk_flow_link (SkFlow     *self,
              const char *label,
              const char *text,
              const char *uri)
{
  SkPainter *painter = self->pdf->painter;
  double width = self->width - 2 * self->margin;
  g_autoptr(PangoLayout) label_layout = flow_text (self, label, self->body, TRUE, width);
  SkTextExtents label_extent;
  g_autoptr(PangoLayout) layout = NULL;
  double h;

  label_extent = sk_typeset_extents (label_layout);
  layout = flow_text (self, text, self->body, FALSE, width - label_extent.width - self->body * 0.4);
  h = MAX (sk_typeset_height (layout), sk_typeset_height (label_layout));
  need (self, h);

  painter->klass->begin_structure (painter, "P", NULL);
  {
    SkTextBox label_box = { label_layout, self->margin, self->y, SK_COLOR_TEXT };
    SkTextBox box = { layout, self->margin + label_extent.width + self->body * 0.4,
                      self->y, { 0.1, 0.36, 0.7 } };

    painter->klass->text (painter, &label_box);
    if (sk_painter_is_allowed_uri (uri))
      {
        painter->klass->begin_link (painter, uri);
        painter->klass->text (painter, &box);
        painter->klass->end_link (painter);
      }
    else
      {
        box.color = SK_COLOR_TEXT;
        painter->klass->text (painter, &box);
      }
  }
  painter->klass->end_structure (painter, "P");
  self->y += h + self->body * 0.25;
}

void
sk_flow_begin_list (SkFlow *self)
{
  g_return_if_fail (!self->list_open);
  self->pdf->painter->klass->begin_structure (self->pdf->painter, "L", NULL);
  self->list_open = TRUE;
}

void
sk_flow_list_item (SkFlow        *self,
                   const char    *label,
                   const char    *text,
                   const SkColor *label_color)
{
  SkPainter *painter = self->pdf->painter;
  double indent = self->body * 1.8;
  g_autoptr(PangoLayout) label_layout = flow_text (self, label, self->body, TRUE, indent);
  g_autoptr(PangoLayout) layout = flow_text (self, text, self->body, FALSE,
                                             self->width - 2 * self->margin - indent);
  double h = sk_typeset_height (layout);
  SkTextBox label_box = { label_layout, self->margin, 0, label_color != NULL ? *label_color : SK_COLOR_TEXT };
  SkTextBox box = { layout, self->margin + indent, 0, SK_COLOR_TEXT };

  g_return_if_fail (self->list_open);
  need (self, h);
  label_box.y = box.y = self->y;
  painter->klass->begin_structure (painter, "LI", NULL);
  sk_painter_text_in (painter, "Lbl", &label_box);
  sk_painter_text_in (painter, "LBody", &box);
  painter->klass->end_structure (painter, "LI");
  self->y += h + self->body * 0.3;
}

void
sk_flow_end_list (SkFlow *self)
{
  g_return_if_fail (self->list_open);
  self->pdf->painter->klass->end_structure (self->pdf->painter, "L");
  self->list_open = FALSE;
  self->y += self->body * 0.3;
}

/* A pyramid laid out for the text width. Its text alternative goes into
 * the PDF afterwards (SkPdfPost.figure_alts). */
void
sk_flow_figure (SkFlow   *self,
                SkLayout *figure)
{
  need (self, figure->height);
  cairo_save (self->pdf->cr);
  cairo_translate (self->pdf->cr, self->margin, self->y);
  /* The renderer tags the pyramid as one Figure. */
  sk_render_poster (figure, self->pdf->painter);
  cairo_restore (self->pdf->cr);
  self->y += figure->height + self->body * 0.6;
}

void
sk_flow_space (SkFlow *self,
               double  points)
{
  self->y += points;
}

/**
 * sk_flow_finish:
 *
 * Ends the last page and frees @self.
 *
 * Returns: (transfer full): the warnings: what did not fit
 */
GPtrArray *
sk_flow_finish (SkFlow *self)
{
  GPtrArray *warnings = self->warnings;

  paint_footer (self);
  cairo_show_page (self->pdf->cr);
  g_object_unref (self->context);
  g_free (self->lang);
  g_free (self->footer);
  g_free (self);
  return warnings;
}
