/* sk-problems.h — collects the problems found while reading or checking a map
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Reading a file reports every problem, not just the first, so that
 * `sammenkart validate` can list them all; past this many it stops listing. */
#define SK_PROBLEMS_MAX_LISTED 100

typedef struct {
  GPtrArray *lines;  /* "path: message" */
  guint      count;  /* all problems, including those not listed */
} SkProblems;

void      sk_problems_init     (SkProblems *problems);
void      sk_problems_clear    (SkProblems *problems);
void      sk_problems_add      (SkProblems *problems,
                                const char *path,
                                const char *format,
                                ...) G_GNUC_PRINTF (3, 4);
gboolean  sk_problems_to_error (SkProblems *problems,
                                const char *filename,
                                GQuark      domain,
                                int         code,
                                GError    **error);

char     *sk_path_key          (const char *path,
                                const char *key);
char     *sk_path_index        (const char *path,
                                guint       index);

G_END_DECLS
