/* sk-settings.c — the editor's GSettings
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Installed, the schema is where GLib looks; run from a build tree, the
 * program points GLib at the one compiled there (see src/main.c).
 */
#include "config.h"

#include "sk-settings.h"

/**
 * sk_settings_get:
 *
 * Returns: (transfer none) (nullable): the editor's settings, or %NULL if
 *   their schema is not installed
 */
GSettings *
sk_settings_get (void)
{
  static GSettings *settings = NULL;
  static gboolean looked = FALSE;

  if (!looked)
    {
      looked = TRUE;
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchema) schema = source != NULL ? g_settings_schema_source_lookup (source, APP_ID, TRUE)
                                                         : NULL;

      if (schema != NULL)
        settings = g_settings_new_full (schema, NULL, NULL);
      else
        g_warning ("The settings schema %s is not installed; settings are not kept", APP_ID);
    }
  return settings;
}
