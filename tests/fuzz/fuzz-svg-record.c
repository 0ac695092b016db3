/* fuzz-svg-record.c — libFuzzer target: an SVG drawn by the rsvg module
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Icons (and, when maps carry them, logos) are SVG drawn by librsvg into a
 * cairo recording surface (src/modules/sk-svg-record.c). Any bytes give a
 * surface or NULL, never a crash, and reading them never reaches outside
 * (no file or network is read: the SVG has no base location).
 */
#include "config.h"

#include <cairo.h>

#include "sk-svg-record.h"
#include "fuzz-target.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  cairo_surface_t *surface = sk_rsvg_record (data, size, 100);
  cairo_surface_t *image;
  cairo_t *cr;

  if (surface == NULL)
    return 0;
  /* Replayed as a card's icon is. */
  image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 32, 32);
  cr = cairo_create (image);
  cairo_scale (cr, 0.32, 0.32);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (image);
  cairo_surface_destroy (surface);
  return 0;
}
