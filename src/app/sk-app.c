/* sk-app.c — where the program enters the editor module
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gmodule.h>

#include "sk-application.h"

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
