/* sk-test-util.h — what the core tests share
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-map.h"

G_BEGIN_DECLS

SkMap *sk_test_load_template     (const char *name);
SkMap *sk_test_load_data         (const char *relative_path);
char  *sk_test_data_path         (const char *relative_path);
char  *sk_test_serialize         (SkMap      *map);
void   sk_test_assert_same_text  (const char *expected,
                                  const char *actual);
char  *sk_test_make_temp_dir     (void);
void     sk_test_remove_dir      (const char *path);
char    *sk_test_run_tool        (const char *first,
                                  ...) G_GNUC_NULL_TERMINATED;
gboolean sk_test_contains        (const char *data,
                                  gsize       len,
                                  const char *needle);

G_END_DECLS
