/* sk-memory.h — the heap of a short export, in large pages
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void sk_memory_prefer_huge_pages (void);
void sk_memory_thread_started    (void);
void sk_memory_keep_until_exit   (void);
void sk_memory_release           (gpointer       data,
                                  GDestroyNotify free_func);

G_END_DECLS
