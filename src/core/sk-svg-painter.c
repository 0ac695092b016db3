/* sk-svg-painter.c — painting as SVG, with real text
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cairo 1.16's SVG surface turns every glyph into a path and drops links and
 * structure, so SVG is written here: each line of a laid-out text becomes a
 * <text> at the position Pango gave it, structure becomes groups, and every
 * piece of user text is escaped. Numbers are written with a dot whatever the
 * locale.
 */
#include "config.h"

#include <string.h>

#include "sk-sector-icons.h"
#include "sk-svg-painter.h"
#include "sk-typeset.h"

typedef struct {
  SkPainter  parent;
  GString   *out;
  guint      depth;
} SkSvgPainter;

void
sk_svg_append_number (GString *out,
                      double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.2f", value);
  /* "12.50" → "12.5", "3.00" → "3" */
  if (strchr (buffer, '.') != NULL)
    {
      char *end = buffer + strlen (buffer) - 1;
      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }
  if (g_str_equal (buffer, "-0"))
    g_strlcpy (buffer, "0", sizeof buffer);
  g_string_append (out, buffer);
}

void
sk_svg_append_escaped (GString    *out,
                       const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, escaped);
}

static void
indent (SkSvgPainter *self)
{
  for (guint i = 0; i < self->depth + 1; i++)
    g_string_append (self->out, "  ");
}

static void
append_color (GString       *out,
              const char    *attribute,
              const SkColor *color)
{
  g_autofree char *hex = color != NULL ? sk_color_to_hex (*color) : g_strdup ("none");

  g_string_append_printf (out, " %s=\"%s\"", attribute, hex);
}

static void
append_paint (GString       *out,
              const SkColor *fill,
              const SkColor *stroke,
              double         stroke_width)
{
  append_color (out, "fill", fill);
  if (stroke != NULL && stroke_width > 0)
    {
      append_color (out, "stroke", stroke);
      g_string_append (out, " stroke-width=\"");
      sk_svg_append_number (out, stroke_width);
      g_string_append_c (out, '"');
    }
}

static void
append_attribute (GString    *out,
                  const char *name,
                  double      value)
{
  g_string_append_printf (out, " %s=\"", name);
  sk_svg_append_number (out, value);
  g_string_append_c (out, '"');
}

static void
append_points (GString      *out,
               const double *points,
               guint         n_points)
{
  g_string_append (out, " points=\"");
  for (guint i = 0; i < n_points; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      sk_svg_append_number (out, points[2 * i]);
      g_string_append_c (out, ',');
      sk_svg_append_number (out, points[2 * i + 1]);
    }
  g_string_append_c (out, '"');
}

static void
begin_structure (SkPainter  *painter,
                 const char *tag,
                 const char *alt)
{
  SkSvgPainter *self = (SkSvgPainter *) painter;
  g_autofree char *class_name = g_ascii_strdown (tag, -1);

  indent (self);
  g_string_append_printf (self->out, "<g class=\"%s\"", class_name);
  if (alt != NULL)
    {
      g_string_append (self->out, " role=\"img\" aria-label=\"");
      sk_svg_append_escaped (self->out, alt);
      g_string_append (self->out, "\">\n");
      self->depth++;
      indent (self);
      g_string_append (self->out, "<desc>");
      sk_svg_append_escaped (self->out, alt);
      g_string_append (self->out, "</desc>\n");
      return;
    }
  g_string_append (self->out, ">\n");
  self->depth++;
}

static void
end_structure (SkPainter  *painter,
               const char *tag)
{
  SkSvgPainter *self = (SkSvgPainter *) painter;

  self->depth--;
  indent (self);
  g_string_append (self->out, "</g>\n");
}

static void
polygon (SkPainter     *painter,
         const double  *points,
         guint          n_points,
         const SkColor *fill,
         const SkColor *stroke,
         double         stroke_width)
{
  SkSvgPainter *self = (SkSvgPainter *) painter;

  indent (self);
  g_string_append (self->out, "<polygon");
  append_points (self->out, points, n_points);
  append_paint (self->out, fill, stroke, stroke_width);
  g_string_append (self->out, "/>\n");
}

static void
rounded_rect (SkPainter     *painter,
              const SkRect  *r,
              double         radius,
              const SkColor *fill,
              const SkColor *stroke,
              double         stroke_width)
{
  SkSvgPainter *self = (SkSvgPainter *) painter;

  indent (self);
  g_string_append (self->out, "<rect");
  append_attribute (self->out, "x", r->x);
  append_attribute (self->out, "y", r->y);
  append_attribute (self->out, "width", r->width);
  append_attribute (self->out, "height", r->height);
  append_attribute (self->out, "rx", MIN (radius, MIN (r->width, r->height) / 2));
  append_paint (self->out, fill, stroke, stroke_width);
  g_string_append (self->out, "/>\n");
}

static void
line (SkPainter    *painter,
      const double *points,
      guint         n_points,
      SkColor       color,
      double        width)
{
  SkSvgPainter *self = (SkSvgPainter *) painter;

  if (n_points < 2)
    return;
  indent (self);
  g_string_append (self->out, "<polyline");
  append_points (self->out, points, n_points);
  append_paint (self->out, NULL, &color, width);
  g_string_append (self->out, " stroke-linecap=\"round\" stroke-linejoin=\"round\"/>\n");
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
  SkSvgPainter *self = (SkSvgPainter *) painter;

  indent (self);
  g_string_append (self->out, "<circle");
  append_attribute (self->out, "cx", cx);
  append_attribute (self->out, "cy", cy);
  append_attribute (self->out, "r", radius);
  append_paint (self->out, fill, stroke, stroke_width);
  g_string_append (self->out, "/>\n");
}

static void
text (SkPainter       *painter,
      const SkTextBox *box)
{
  SkSvgPainter *self = (SkSvgPainter *) painter;
  const PangoFontDescription *font;
  PangoLayoutIter *iter;
  const char *all;
  const char *lang = NULL;
  PangoAttrIterator *attrs;
  PangoAttribute *language;
  double scale;

  if (box->layout == NULL)
    return;

  /* From Pango's units at the size the text was laid out at to points. */
  scale = sk_typeset_scale (box->layout) / PANGO_SCALE;
  font = pango_layout_get_font_description (box->layout);
  all = pango_layout_get_text (box->layout);
  attrs = pango_attr_list_get_iterator (pango_layout_get_attributes (box->layout));
  language = pango_attr_iterator_get (attrs, PANGO_ATTR_LANGUAGE);
  if (language != NULL)
    lang = pango_language_to_string (((PangoAttrLanguage *) language)->value);
  pango_attr_iterator_destroy (attrs);

  iter = pango_layout_get_iter (box->layout);
  do
    {
      PangoLayoutLine *layout_line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      g_autofree char *line_text = g_strndup (all + layout_line->start_index, layout_line->length);

      g_strchomp (line_text);
      if (*line_text == '\0')
        continue;
      pango_layout_iter_get_line_extents (iter, NULL, &logical);

      indent (self);
      g_string_append (self->out, "<text");
      append_attribute (self->out, "x", box->x + logical.x * scale);
      append_attribute (self->out, "y", box->y + pango_layout_iter_get_baseline (iter) * scale);
      g_string_append_printf (self->out, " font-family=\"%s\"", pango_font_description_get_family (font));
      append_attribute (self->out, "font-size", sk_typeset_font_size (box->layout));
      if (pango_font_description_get_weight (font) >= PANGO_WEIGHT_BOLD)
        g_string_append (self->out, " font-weight=\"bold\"");
      append_color (self->out, "fill", &box->color);
      if (lang != NULL)
        g_string_append_printf (self->out, " xml:lang=\"%s\"", lang);
      g_string_append_c (self->out, '>');
      sk_svg_append_escaped (self->out, line_text);
      g_string_append (self->out, "</text>\n");
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* The icon's own shapes inside a nested <svg> that places and scales them.
 * The icons are Sammenkart's own files, not user data. */
static void
icon (SkPainter    *painter,
      const char   *name,
      const SkRect *rect)
{
  SkSvgPainter *self = (SkSvgPainter *) painter;
  g_autoptr(GBytes) data = sk_sector_icon_data (name);
  g_autofree char *svg = NULL;
  const char *start, *end;

  if (data == NULL)
    return;
  svg = g_strndup (g_bytes_get_data (data, NULL), g_bytes_get_size (data));
  start = strstr (svg, "<svg");
  start = start != NULL ? strchr (start, '>') : NULL;
  end = g_strrstr (svg, "</svg>");
  if (start == NULL || end == NULL || end < start)
    return;

  indent (self);
  g_string_append (self->out, "<svg");
  append_attribute (self->out, "x", rect->x);
  append_attribute (self->out, "y", rect->y);
  append_attribute (self->out, "width", rect->width);
  append_attribute (self->out, "height", rect->height);
  g_string_append (self->out, " viewBox=\"0 0 16 16\">");
  /* On one line: the file's line breaks and indentation are left out. */
  for (const char *p = start + 1; p < end; p++)
    {
      if (*p == '\n')
        {
          while (p + 1 < end && p[1] == ' ')
            p++;
          continue;
        }
      g_string_append_c (self->out, *p);
    }
  g_string_append (self->out, "</svg>\n");
}

static void
begin_link (SkPainter  *painter,
            const char *uri)
{
  SkSvgPainter *self = (SkSvgPainter *) painter;

  g_return_if_fail (sk_painter_is_allowed_uri (uri));
  indent (self);
  g_string_append (self->out, "<a href=\"");
  sk_svg_append_escaped (self->out, uri);
  g_string_append (self->out, "\">\n");
  self->depth++;
}

static void
end_link (SkPainter *painter)
{
  SkSvgPainter *self = (SkSvgPainter *) painter;

  self->depth--;
  indent (self);
  g_string_append (self->out, "</a>\n");
}

static void
painter_free (SkPainter *painter)
{
  g_free (painter);
}

static const SkPainterClass svg_painter_class = {
  begin_structure, end_structure, polygon, rounded_rect, line, circle, text, icon, begin_link, end_link,
  painter_free,
};

/**
 * sk_svg_painter_new:
 * @out: where the SVG elements are appended (not owned)
 *
 * Returns: (transfer full): a painter
 */
SkPainter *
sk_svg_painter_new (GString *out)
{
  SkSvgPainter *self = g_new0 (SkSvgPainter, 1);

  self->parent.klass = &svg_painter_class;
  self->out = out;
  return &self->parent;
}
