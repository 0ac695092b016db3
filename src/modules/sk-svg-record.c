/* sk-svg-record.c — an SVG drawn into a cairo recording surface
 * (the rsvg module: see src/core/sk-module.c)
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawn once into a recording surface, an icon is in a PDF once, as a
 * form that every card refers to.
 */
#include "config.h"

#include <gmodule.h>
#include <librsvg/rsvg.h>

#include "sk-svg-record.h"

/**
 * sk_rsvg_record:
 * @data: an SVG document
 * @size: the side of the square it is fitted into, in points
 *
 * Returns: (transfer full) (nullable): a recording surface of @size ×
 *   @size, or %NULL if librsvg cannot read @data
 */
G_MODULE_EXPORT cairo_surface_t *
sk_rsvg_record (const guint8 *data,
                gsize         len,
                double        size)
{
  RsvgHandle *handle = rsvg_handle_new_from_data (data, len, NULL);
  RsvgRectangle viewport = { 0, 0, size, size };
  cairo_rectangle_t extents = { 0, 0, size, size };
  cairo_surface_t *surface;
  cairo_t *cr;

  if (handle == NULL)
    return NULL;
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cr = cairo_create (surface);
  rsvg_handle_render_document (handle, cr, &viewport, NULL);
  cairo_destroy (cr);
  g_object_unref (handle);
  return surface;
}
