/* sk-sector-icons.c — the symbols that tell sectors apart without colour
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Colour must never be the only thing that tells a sector (WCAG 1.4.1), so
 * every card and the legend carry the sector's icon (icons/sectors/, drawn
 * for Sammenkart on a 16 px grid, one colour). They are compiled in.
 */
#include "config.h"

#include <string.h>
#include <gio/gio.h>

#include "sk-sector-icons.h"
#include "sk-sector-icons-resources.h"

#define ICONS_PATH "/io/github/sammenkart/Sammenkart/sectors/"

/**
 * sk_sector_icon_data:
 * @name: an icon name from the schema (health, education, …)
 *
 * Returns: (transfer full) (nullable): the icon's SVG
 */
GBytes *
sk_sector_icon_data (const char *name)
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
  path = g_strconcat (ICONS_PATH, name, ".svg", NULL);
  return g_resources_lookup_data (path, 0, NULL);
}
