/* sk-icon-script.c — a sector icon turned into cairo's own script, at build
 * time
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: sk-icon-script ICON.svg OUT.cs SIZE
 *
 * librsvg draws the icon, fitted into SIZE × SIZE points, on a cairo script
 * surface, which writes down every cairo call it gets. The program replays
 * that script with cairo's own interpreter (src/core/sk-sector-icons.c)
 * and so never loads librsvg, libxml2 and ICU: on the project's machines
 * that load took a tenth of a poster's export time. The icons are ours and
 * fixed, so nothing is lost by reading them once, here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <cairo-script.h>
#include <librsvg/rsvg.h>

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  RsvgHandle *handle;
  cairo_device_t *script;
  cairo_surface_t *surface;
  cairo_t *cr;
  double size;
  RsvgRectangle viewport;
  gboolean drawn;

  if (argc != 4 || (size = g_ascii_strtod (argv[3], NULL)) <= 0)
    {
      fprintf (stderr, "usage: %s ICON.svg OUT.cs SIZE\n", argv[0]);
      return 2;
    }
  handle = rsvg_handle_new_from_file (argv[1], &error);
  if (handle == NULL)
    {
      fprintf (stderr, "%s: %s\n", argv[1], error->message);
      return 1;
    }

  script = cairo_script_create (argv[2]);
  if (cairo_device_status (script) != CAIRO_STATUS_SUCCESS)
    {
      fprintf (stderr, "%s: %s\n", argv[2], cairo_status_to_string (cairo_device_status (script)));
      return 1;
    }
  cairo_script_set_mode (script, CAIRO_SCRIPT_MODE_ASCII);
  surface = cairo_script_surface_create (script, CAIRO_CONTENT_COLOR_ALPHA, size, size);
  cr = cairo_create (surface);
  viewport = (RsvgRectangle) { 0, 0, size, size };
  drawn = rsvg_handle_render_document (handle, cr, &viewport, &error);
  g_object_unref (handle);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  cairo_device_finish (script);
  if (!drawn || cairo_device_status (script) != CAIRO_STATUS_SUCCESS)
    {
      fprintf (stderr, "%s: %s\n", argv[1],
               !drawn ? error->message : cairo_status_to_string (cairo_device_status (script)));
      cairo_device_destroy (script);
      remove (argv[2]);
      return 1;
    }
  cairo_device_destroy (script);
  return 0;
}
