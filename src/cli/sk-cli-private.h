/* sk-cli-private.h — what the command line's files share
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int      sk_cli_usage_error    (const char    *verb,
                                const char    *message);
gboolean sk_cli_parse_options  (const char    *verb,
                                const char    *parameters,
                                const char    *summary,
                                GOptionEntry  *entries,
                                int           *argc,
                                char        ***argv,
                                int           *status);

int      sk_cli_run_export_csv (int            argc,
                                char         **argv);
int      sk_cli_run_import     (int            argc,
                                char         **argv);

G_END_DECLS
