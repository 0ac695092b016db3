/* sk-module.c — the core's parts that live in modules, loaded when needed
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A part of the core needs a large library: finishing PDFs needs qpdf (with
 * libstdc++ and GnuTLS). Linked into the program, loading it made every
 * start several milliseconds slower, also of commands that do not need it.
 * As a module (src/modules/) it is loaded on first use, or early, on
 * another thread, while the program does something else
 * (sk_module_load_soon).
 *
 * The modules are in $SK_MODULE_DIR if it is set (a build tree: the
 * program and the tests set it), else where they are installed.
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <gmodule.h>

#include "sk-module.h"

static const char * const module_names[SK_N_MODULES] = {
  [SK_MODULE_QPDF] = "libsammenkart-qpdf.so",
};

static GMutex lock;
static GModule *loaded[SK_N_MODULES];
static char *failed[SK_N_MODULES];  /* why a module could not be loaded */

/* Loads @module once; call with the lock held. */
static GModule *
load (SkModule module)
{
  if (loaded[module] == NULL && failed[module] == NULL)
    {
      const char *dir = g_getenv ("SK_MODULE_DIR");
      g_autofree char *path = g_build_filename (dir != NULL && *dir ? dir : PKGLIBDIR, module_names[module], NULL);

      loaded[module] = g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
      if (loaded[module] != NULL)
        g_module_make_resident (loaded[module]);
      else
        failed[module] = g_strdup (g_module_error ());
    }
  return loaded[module];
}

/**
 * sk_module_symbol:
 * @module: which module
 * @symbol: a function it has
 *
 * Loads @module if it is not loaded yet (it then stays loaded).
 *
 * Returns: the function, or %NULL with @error if the module cannot be
 *   loaded
 */
gpointer
sk_module_symbol (SkModule     module,
                  const char  *symbol,
                  GError     **error)
{
  gpointer function = NULL;
  GModule *handle;

  g_return_val_if_fail (module < SK_N_MODULES, NULL);

  g_mutex_lock (&lock);
  handle = load (module);
  if (handle == NULL || !g_module_symbol (handle, symbol, &function))
    {
      function = NULL;
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("A part of Sammenkart is missing; reinstalling it should help (%s)"),
                   failed[module] != NULL ? failed[module] : symbol);
    }
  g_mutex_unlock (&lock);
  return function;
}

static gpointer
load_in_thread (gpointer data)
{
  g_mutex_lock (&lock);
  load (GPOINTER_TO_UINT (data));
  g_mutex_unlock (&lock);
  return NULL;
}

/**
 * sk_module_load_soon:
 *
 * Starts loading @module on a thread of its own, once, and returns: for
 * a module that will be needed later, such as qpdf, which finishes a PDF
 * only after all of it is drawn. Loading it takes 8 to 12 ms (mostly the
 * linker's work on libqpdf and libstdc++), which then overlaps with the
 * drawing. Whoever needs the module meanwhile waits for it in
 * sk_module_symbol().
 */
void
sk_module_load_soon (SkModule module)
{
  static gsize started[SK_N_MODULES];

  g_return_if_fail (module < SK_N_MODULES);

  if (g_once_init_enter (&started[module]))
    {
      g_thread_unref (g_thread_new ("sammenkart-load", load_in_thread, GUINT_TO_POINTER (module)));
      g_once_init_leave (&started[module], 1);
    }
}
