/* sk-app.c — where the program enters the editor module
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gmodule.h>

#include "sk-app.h"
#include "sk-application.h"

gboolean
sk_app_debug (SkDebugFlags flag)
{
  static const GDebugKey keys[] = {
    { "geometry", SK_DEBUG_GEOMETRY },
    { "frames", SK_DEBUG_FRAMES },
  };
  static int flags = -1;

  /* Read once, on the main thread, where the editor runs. */
  if (flags < 0)
    flags = (int) g_parse_debug_string (g_getenv ("SAMMENKART_DEBUG"), keys, G_N_ELEMENTS (keys));
  return (flags & flag) != 0;
}

G_MODULE_EXPORT int sk_app_run (int    argc,
                                char **argv);

/**
 * sk_app_run:
 *
 * Runs the editor; src/main.c calls it for `sammenkart [FILE…]`.
 */
G_MODULE_EXPORT int
sk_app_run (int    argc,
            char **argv)
{
  g_autoptr(SkApplication) application = sk_application_new ();

  return g_application_run (G_APPLICATION (application), argc, argv);
}
