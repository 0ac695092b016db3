/* main.c — the sammenkart program
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One program, two faces. `sammenkart export …` and the other commands run
 * the command line; `sammenkart [FILE…]` opens the editor. The editor is a
 * module loaded only then, so the command line never loads GTK: it starts
 * as fast as it can and runs where there is no display.
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>
#include <gmodule.h>

#include "sk-cli.h"

#define APP_MODULE "libsammenkart-app.so"

typedef int (*SkAppRun) (int argc, char **argv);

/* Where the program's files are. Run from a build tree, it finds its
 * modules (src/modules/, src/app/), translations (po/) and the settings
 * schema compiled there (data/) beside it. Installed, it finds them from
 * its own place, PREFIX/bin/sammenkart: an install into any prefix (a
 * user's ~/.local, a test's temporary folder) works without setting
 * anything. Elsewhere, the configured paths. */
typedef struct
{
  char *module_dir;
  char *app_module;
  char *locale_dir;
  char *schema_dir;
} SkPlaces;

static void
sk_places_clear (SkPlaces *places)
{
  g_free (places->module_dir);
  g_free (places->app_module);
  g_free (places->locale_dir);
  g_free (places->schema_dir);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SkPlaces, sk_places_clear)

/* The configured folder @dir, below @prefix when it is relative to the
 * configured prefix. */
static char *
below (const char *prefix,
       const char *dir)
{
  return g_path_is_absolute (dir) ? g_strdup (dir) : g_build_filename (prefix, dir, NULL);
}

static void
find_places (SkPlaces *places)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = exe != NULL ? g_path_get_dirname (exe) : NULL;
  g_autofree char *modules = dir != NULL ? g_build_filename (dir, "modules", NULL) : NULL;
  g_autofree char *prefix = NULL;

  if (modules != NULL && g_file_test (modules, G_FILE_TEST_IS_DIR))
    {
      places->module_dir = g_steal_pointer (&modules);
      places->app_module = g_build_filename (dir, "app", APP_MODULE, NULL);
      places->locale_dir = g_build_filename (dir, "..", "po", NULL);
      places->schema_dir = g_build_filename (dir, "..", "data", NULL);
      return;
    }
  if (dir != NULL && !g_path_is_absolute (BINDIR) && g_str_has_suffix (dir, "/" BINDIR))
    prefix = g_strndup (dir, strlen (dir) - strlen ("/" BINDIR));
  else
    prefix = g_strdup (PREFIX);
  places->module_dir = below (prefix, PKGLIBDIR_IN_PREFIX);
  places->app_module = g_build_filename (places->module_dir, APP_MODULE, NULL);
  places->locale_dir = below (prefix, LOCALEDIR_IN_PREFIX);
  places->schema_dir = below (prefix, SCHEMADIR_IN_PREFIX);
}

static int
run_editor (const SkPlaces  *places,
            int              argc,
            char           **argv)
{
  GModule *module;

  /* Where the settings schema was compiled, unless the system has it. */
  if (g_file_test (places->schema_dir, G_FILE_TEST_IS_DIR))
    g_setenv ("GSETTINGS_SCHEMA_DIR", places->schema_dir, FALSE);
  module = g_module_open (places->app_module, G_MODULE_BIND_LOCAL);
  SkAppRun run = NULL;

  if (module == NULL || !g_module_symbol (module, "sk_app_run", (gpointer *) &run))
    {
      g_printerr (_("sammenkart: the editor could not be loaded: %s\n"), g_module_error ());
      g_printerr (_("The command line works without it: “sammenkart --help” tells how.\n"));
      return 1;
    }
  /* The module stays loaded for the program's life. */
  return run (argc, argv);
}

int
main (int    argc,
      char **argv)
{
  g_auto(SkPlaces) places = { NULL, };

  find_places (&places);
  g_setenv ("SK_MODULE_DIR", places.module_dir, FALSE);
  g_set_prgname ("sammenkart");
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, places.locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (sk_cli_wants (argc, argv))
    return sk_cli_run (argc, argv);
  return run_editor (&places, argc, argv);
}
