/* sk-sector-icons.c — the symbols that tell sectors apart without colour
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Colour must never be the only thing that tells a sector (WCAG 1.4.1), so
 * every card and the legend carry the sector's icon (icons/sectors/, drawn
 * for Sammenkart on a 16 px grid, one colour). They are compiled in, each
 * as its SVG, which SVG exports write as it is, and as a cairo script made
 * from the SVG at build time (icons/sk-icon-script.c), which cairo's script
 * interpreter draws into a recording surface for everything cairo paints.
 */
#include "config.h"

#include <string.h>
#include <gio/gio.h>
#include <cairo-script-interpreter.h>

#include "sk-sector-icons.h"
#include "sk-sector-icons-resources.h"

#define ICONS_PATH "/io/github/sammenkart/Sammenkart/sectors/"

/* An icon's resource: NAME.svg or NAME.cs. */
static GBytes *
icon_resource (const char *name,
               const char *suffix)
{
  static gsize registered = 0;
  g_autofree char *path = NULL;

  if (g_once_init_enter (&registered))
    {
      g_resources_register (sk_sector_icons_get_resource ());
      g_once_init_leave (&registered, 1);
    }
  if (name == NULL || strchr (name, '/') != NULL)
    return NULL;
  path = g_strconcat (ICONS_PATH, name, suffix, NULL);
  return g_resources_lookup_data (path, 0, NULL);
}

/**
 * sk_sector_icon_data:
 * @name: an icon name from the schema (health, education, …)
 *
 * Returns: (transfer full) (nullable): the icon's SVG
 */
GBytes *
sk_sector_icon_data (const char *name)
{
  return icon_resource (name, ".svg");
}

/* One interpreter for the process, made once (a few tenths of a
 * millisecond) and used by one thread at a time. */
static GMutex interpreter_lock;
static cairo_script_interpreter_t *interpreter;
static cairo_surface_t *recorded;  /* what the running script draws on */

static cairo_surface_t *
make_recording_surface (void            *closure,
                        cairo_content_t  content,
                        double           width,
                        double           height,
                        long             uid)
{
  cairo_rectangle_t extents = { 0, 0, width, height };

  g_clear_pointer (&recorded, cairo_surface_destroy);
  recorded = cairo_recording_surface_create (content, &extents);
  return cairo_surface_reference (recorded);
}

/* Call with the lock held. */
static void
ensure_interpreter (void)
{
  if (interpreter == NULL)
    {
      cairo_script_interpreter_hooks_t hooks = { .surface_create = make_recording_surface };

      interpreter = cairo_script_interpreter_create ();
      cairo_script_interpreter_install_hooks (interpreter, &hooks);
    }
}

/**
 * sk_sector_icons_prepare:
 *
 * Makes the icons' interpreter, so that the first icon drawn need not wait
 * for it (sk_export_warm_up() calls this on another thread).
 */
void
sk_sector_icons_prepare (void)
{
  g_mutex_lock (&interpreter_lock);
  ensure_interpreter ();
  g_mutex_unlock (&interpreter_lock);
}

/**
 * sk_sector_icon_record:
 * @name: an icon name from the schema
 *
 * Returns: (transfer full) (nullable): the icon drawn into a new recording
 *   surface, whose extents are the square the icon fills, or %NULL if
 *   there is no such icon
 */
cairo_surface_t *
sk_sector_icon_record (const char *name)
{
  g_autoptr(GBytes) script = icon_resource (name, ".cs");
  cairo_surface_t *surface = NULL;
  cairo_status_t status;
  gsize length;
  const char *data;

  if (script == NULL)
    return NULL;
  data = g_bytes_get_data (script, &length);

  g_mutex_lock (&interpreter_lock);
  ensure_interpreter ();
  status = cairo_script_interpreter_feed_string (interpreter, data, (int) length);
  if (status == CAIRO_STATUS_SUCCESS && recorded != NULL)
    surface = g_steal_pointer (&recorded);
  else
    g_warning ("The sector icon «%s» cannot be drawn: %s", name, cairo_status_to_string (status));
  g_clear_pointer (&recorded, cairo_surface_destroy);
  g_mutex_unlock (&interpreter_lock);
  return surface;
}
