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
#include <glib/gi18n.h>
#include <gmodule.h>

#include "sk-cli.h"

#define APP_MODULE "libsammenkart-app.so"

typedef int (*SkAppRun) (int argc, char **argv);

/* Run from a build tree, the program finds its modules (src/modules/,
 * src/app/) and the settings schema compiled there (data/) beside it;
 * installed, where they were installed. Returns the build tree's src/. */
static char *
build_tree (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = exe != NULL ? g_path_get_dirname (exe) : NULL;
  g_autofree char *modules = dir != NULL ? g_build_filename (dir, "modules", NULL) : NULL;

  if (modules == NULL || !g_file_test (modules, G_FILE_TEST_IS_DIR))
    return NULL;
  g_setenv ("SK_MODULE_DIR", modules, FALSE);
  return g_steal_pointer (&dir);
}

static char *
app_module_path (const char *built)
{
  if (built != NULL)
    {
      g_autofree char *schemas = g_build_filename (built, "..", "data", NULL);

      g_setenv ("GSETTINGS_SCHEMA_DIR", schemas, FALSE);
      return g_build_filename (built, "app", APP_MODULE, NULL);
    }
  return g_build_filename (PKGLIBDIR, APP_MODULE, NULL);
}

static int
run_editor (const char  *built,
            int          argc,
            char       **argv)
{
  g_autofree char *path = app_module_path (built);
  GModule *module = g_module_open (path, G_MODULE_BIND_LOCAL);
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
  g_autofree char *built = build_tree ();

  g_set_prgname ("sammenkart");
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (sk_cli_wants (argc, argv))
    return sk_cli_run (argc, argv);
  return run_editor (built, argc, argv);
}
