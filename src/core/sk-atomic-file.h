/* sk-atomic-file.h — replacing a file so that it is never half written
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *sk_atomic_file_backup_path (const char  *path);
gboolean  sk_atomic_file_replace     (const char  *path,
                                      GBytes      *contents,
                                      gboolean     keep_backup,
                                      GError     **error);

G_END_DECLS
