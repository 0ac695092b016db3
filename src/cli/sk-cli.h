/* sk-cli.h — the command line: validate, info, new, templates
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses: success, a map that is not valid, a wrong command line or
 * a file that cannot be read. */
#define SK_CLI_OK      0
#define SK_CLI_INVALID 1
#define SK_CLI_USAGE   2

gboolean sk_cli_wants (int    argc,
                       char **argv);
int      sk_cli_run   (int    argc,
                       char **argv);

G_END_DECLS
