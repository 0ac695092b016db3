/* sk-cairo-painter.c — painting with cairo: PDF, PNG and the canvas
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In a PDF, structure becomes tags (cairo_tag_begin), which makes the PDF
 * tagged. cairo 1.16 writes a broken file if a link is tagged outside any
 * structure, and fails on an unclipped cairo_paint() inside one, so this
 * painter only fills paths (see TOOLCHAIN.md).
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "sk-cairo-painter.h"
#include "sk-sector-icons.h"
#include "sk-typeset.h"

typedef struct {
  SkPainter   parent;
  cairo_t    *cr;
  gboolean    tagged;
  GHashTable *icons;  /* name → recording surface, made once per painter */
} SkCairoPainter;

static void
set_color (cairo_t *cr,
           SkColor  color)
{
  cairo_set_source_rgb (cr, color.red, color.green, color.blue);
}

static void
fill_and_stroke (cairo_t       *cr,
                 const SkColor *fill,
                 const SkColor *stroke,
                 double         stroke_width)
{
  if (fill != NULL)
    {
      set_color (cr, *fill);
      cairo_fill_preserve (cr);
    }
  if (stroke != NULL && stroke_width > 0)
    {
      set_color (cr, *stroke);
      cairo_set_line_width (cr, stroke_width);
      cairo_stroke_preserve (cr);
    }
  cairo_new_path (cr);
}

static void
begin_structure (SkPainter  *painter,
                 const char *tag,
                 const char *alt)
{
  SkCairoPainter *self = (SkCairoPainter *) painter;

  if (self->tagged)
    cairo_tag_begin (self->cr, tag, NULL);
}

static void
end_structure (SkPainter  *painter,
               const char *tag)
{
  SkCairoPainter *self = (SkCairoPainter *) painter;

  if (self->tagged)
    cairo_tag_end (self->cr, tag);
}

static void
polygon (SkPainter     *painter,
         const double  *points,
         guint          n_points,
         const SkColor *fill,
         const SkColor *stroke,
         double         stroke_width)
{
  cairo_t *cr = ((SkCairoPainter *) painter)->cr;

  cairo_new_path (cr);
  for (guint i = 0; i < n_points; i++)
    cairo_line_to (cr, points[2 * i], points[2 * i + 1]);
  cairo_close_path (cr);
  fill_and_stroke (cr, fill, stroke, stroke_width);
}

static void
rounded_rect (SkPainter     *painter,
              const SkRect  *r,
              double         radius,
              const SkColor *fill,
              const SkColor *stroke,
              double         stroke_width)
{
  cairo_t *cr = ((SkCairoPainter *) painter)->cr;
  double x = r->x, y = r->y, w = r->width, h = r->height;

  radius = MIN (radius, MIN (w, h) / 2);
  cairo_new_path (cr);
  cairo_arc (cr, x + w - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + w - radius, y + h - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + h - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  fill_and_stroke (cr, fill, stroke, stroke_width);
}

static void
line (SkPainter    *painter,
      const double *points,
      guint         n_points,
      SkColor       color,
      double        width)
{
  cairo_t *cr = ((SkCairoPainter *) painter)->cr;

  if (n_points < 2)
    return;
  cairo_new_path (cr);
  cairo_move_to (cr, points[0], points[1]);
  for (guint i = 1; i < n_points; i++)
    cairo_line_to (cr, points[2 * i], points[2 * i + 1]);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_width (cr, width);
  set_color (cr, color);
  cairo_stroke (cr);
}

static void
circle (SkPainter     *painter,
        double         cx,
        double         cy,
        double         radius,
        const SkColor *fill,
        const SkColor *stroke,
        double         stroke_width)
{
  cairo_t *cr = ((SkCairoPainter *) painter)->cr;

  cairo_new_path (cr);
  cairo_arc (cr, cx, cy, radius, 0, 2 * G_PI);
  fill_and_stroke (cr, fill, stroke, stroke_width);
}

static void
text (SkPainter       *painter,
      const SkTextBox *box)
{
  cairo_t *cr = ((SkCairoPainter *) painter)->cr;
  double scale;

  if (box->layout == NULL)
    return;
  /* Text is laid out at one size and drawn at its own (sk-typeset.c). */
  scale = sk_typeset_scale (box->layout);
  cairo_save (cr);
  cairo_move_to (cr, box->x, box->y);
  cairo_scale (cr, scale, scale);
  set_color (cr, box->color);
  pango_cairo_show_layout (cr, box->layout);
  cairo_restore (cr);
}

static void
icon (SkPainter    *painter,
      const char   *name,
      const SkRect *rect)
{
  SkCairoPainter *self = (SkCairoPainter *) painter;
  cairo_surface_t *surface = g_hash_table_lookup (self->icons, name);
  cairo_pattern_t *pattern;
  cairo_matrix_t matrix;
  cairo_rectangle_t extents;

  /* Drawn once per painter into a recording surface: in a PDF, an icon is
   * then one form that every card refers to. */
  if (surface == NULL)
    {
      surface = sk_sector_icon_record (name);
      if (surface == NULL)
        return;
      g_hash_table_insert (self->icons, g_strdup (name), surface);
    }
  if (rect->width <= 0 || rect->height <= 0
      || !cairo_recording_surface_get_extents (surface, &extents))
    return;

  /* Filled, not painted: see the top of this file. */
  pattern = cairo_pattern_create_for_surface (surface);
  cairo_matrix_init_scale (&matrix, extents.width / rect->width, extents.height / rect->height);
  cairo_matrix_translate (&matrix, -rect->x, -rect->y);
  cairo_pattern_set_matrix (pattern, &matrix);
  cairo_save (self->cr);
  cairo_set_source (self->cr, pattern);
  cairo_rectangle (self->cr, rect->x, rect->y, rect->width, rect->height);
  cairo_fill (self->cr);
  cairo_restore (self->cr);
  cairo_pattern_destroy (pattern);
}

static void
begin_link (SkPainter  *painter,
            const char *uri)
{
  SkCairoPainter *self = (SkCairoPainter *) painter;
  g_autofree char *attributes = NULL;

  if (!self->tagged)
    return;
  g_return_if_fail (sk_painter_is_allowed_uri (uri));
  attributes = g_strdup_printf ("uri='%s'", uri);
  cairo_tag_begin (self->cr, CAIRO_TAG_LINK, attributes);
}

static void
end_link (SkPainter *painter)
{
  SkCairoPainter *self = (SkCairoPainter *) painter;

  if (self->tagged)
    cairo_tag_end (self->cr, CAIRO_TAG_LINK);
}

static void
painter_free (SkPainter *painter)
{
  SkCairoPainter *self = (SkCairoPainter *) painter;

  g_hash_table_unref (self->icons);
  cairo_destroy (self->cr);
  g_free (self);
}

static const SkPainterClass cairo_painter_class = {
  begin_structure, end_structure, polygon, rounded_rect, line, circle, text, icon, begin_link, end_link,
  painter_free,
};

/**
 * sk_cairo_painter_new:
 * @cr: where to paint (a reference is taken)
 * @tagged: write structure tags (for PDF)
 *
 * Returns: (transfer full): a painter
 */
SkPainter *
sk_cairo_painter_new (cairo_t  *cr,
                      gboolean  tagged)
{
  SkCairoPainter *self = g_new0 (SkCairoPainter, 1);

  self->parent.klass = &cairo_painter_class;
  self->cr = cairo_reference (cr);
  self->tagged = tagged;
  self->icons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) cairo_surface_destroy);
  return &self->parent;
}

/* A cairo_write_func_t that collects what cairo writes in a GByteArray:
 * exports are made in memory, then written atomically. */
cairo_status_t
sk_cairo_append_to_byte_array (void                *byte_array,
                               const unsigned char *data,
                               unsigned int         length)
{
  g_byte_array_append (byte_array, data, length);
  return CAIRO_STATUS_SUCCESS;
}
