/* sk-settings.c — the editor's GSettings
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Installed, the schema is where GLib looks. Run from a build tree, it is
 * compiled in the tree's data/ folder, beside src/.
 */
#include "config.h"

#include "sk-settings.h"

static GSettingsSchema *
find_schema (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  GSettingsSchema *schema = source != NULL ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;
  g_autofree char *exe = NULL;

  if (schema != NULL)
    return schema;
  exe = g_file_read_link ("/proc/self/exe", NULL);
  if (exe != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (exe);
      g_autofree char *data = g_build_filename (dir, "..", "data", NULL);
      g_autoptr(GSettingsSchemaSource) built = g_settings_schema_source_new_from_directory (data, source, FALSE, NULL);

      if (built != NULL)
        schema = g_settings_schema_source_lookup (built, APP_ID, FALSE);
    }
  return schema;
}

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

  if (settings == NULL)
    {
      g_autoptr(GSettingsSchema) schema = find_schema ();

      if (schema != NULL)
        settings = g_settings_new_full (schema, NULL, NULL);
      else
        g_warning ("The settings schema %s is not installed; settings are not kept", APP_ID);
    }
  return settings;
}
