/* sk-templates.c — the maps that ship with Sammenkart
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The templates (data/templates/NAME.sammenkart) are compiled into the
 * program, so they load by name from a build folder or an install alike.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include "sk-commands.h"
#include "sk-templates.h"
#include "sk-templates-resources.h"

#define TEMPLATES_PATH "/io/github/sammenkart/Sammenkart/templates/"
#define SUFFIX ".sammenkart"

static int
compare_names (const void *a,
               const void *b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static void
ensure_registered (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      g_resources_register (sk_templates_get_resource ());
      g_once_init_leave (&registered, 1);
    }
}

/**
 * sk_templates_list:
 *
 * Returns: (transfer full): the names of the templates, sorted
 */
char **
sk_templates_list (void)
{
  g_auto(GStrv) children = NULL;
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  char **result;

  ensure_registered ();
  children = g_resources_enumerate_children (TEMPLATES_PATH, 0, NULL);
  for (guint i = 0; children != NULL && children[i]; i++)
    if (g_str_has_suffix (children[i], SUFFIX))
      {
        g_autofree char *name = g_strndup (children[i], strlen (children[i]) - strlen (SUFFIX));
        g_strv_builder_add (names, name);
      }

  result = g_strv_builder_end (names);
  qsort (result, g_strv_length (result), sizeof (char *), compare_names);
  return result;
}

/**
 * sk_templates_load:
 * @name: a template's name ("generisk", "sondre-trondelag")
 *
 * Returns: (transfer full) (nullable): a new map from the template
 */
SkMap *
sk_templates_load (const char  *name,
                   GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  g_autofree char *display_name = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  ensure_registered ();
  path = g_strconcat (TEMPLATES_PATH, name, SUFFIX, NULL);
  bytes = strchr (name, '/') == NULL
          ? g_resources_lookup_data (path, 0, NULL) : NULL;
  if (bytes == NULL)
    {
      g_auto(GStrv) names = sk_templates_list ();
      g_autofree char *known = g_strjoinv (", ", names);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("There is no template called «%s». The templates are: %s"),
                   name, known);
      return NULL;
    }

  display_name = g_strdup_printf (_("template %s"), name);
  return sk_map_load_from_bytes (bytes, display_name, error);
}

/**
 * sk_templates_set_language:
 * @lang: a language code ("nb", "nn", "sma", "en")
 *
 * Makes @lang the map's own language: the first of its languages, added
 * when the map has none of its texts in it yet. Meant for a map just made
 * from a template, before anyone edits it: it is not an undo step.
 *
 * Returns: %FALSE with @error if @lang is not a language code
 */
gboolean
sk_templates_set_language (SkMap       *map,
                           const char  *lang,
                           GError     **error)
{
  JsonArray *old = sk_item_get_array (sk_map_get_properties (map), "languages");
  g_autoptr(JsonArray) languages = json_array_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(SkCommand) command = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (SK_IS_MAP (map), FALSE);
  g_return_val_if_fail (lang != NULL, FALSE);

  json_array_add_string_element (languages, lang);
  for (guint i = 0; old != NULL && i < json_array_get_length (old); i++)
    if (g_strcmp0 (json_array_get_string_element (old, i), lang) != 0)
      json_array_add_string_element (languages, json_array_get_string_element (old, i));
  node = json_node_init_array (json_node_alloc (), languages);
  command = sk_command_new_edit (map, SK_KIND_MAP, NULL, "languages", node, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (command != NULL)
    sk_command_apply (command, map);
  return TRUE;
}
