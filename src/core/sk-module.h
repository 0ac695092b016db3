/* sk-module.h — the core's parts that live in modules, loaded when needed
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  SK_MODULE_QPDF,  /* finishing PDFs: sk_qpdf_post_process (sk-pdf-post.h) */
  SK_N_MODULES
} SkModule;

gpointer sk_module_symbol    (SkModule     module,
                              const char  *symbol,
                              GError     **error);
void     sk_module_load_soon (SkModule     module);

G_END_DECLS
