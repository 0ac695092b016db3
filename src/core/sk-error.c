/* sk-error.c — error domains of the core
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sk-error.h"

G_DEFINE_QUARK (sk-format-error-quark, sk_format_error)
G_DEFINE_QUARK (sk-edit-error-quark, sk_edit_error)
