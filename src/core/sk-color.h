/* sk-color.h — colours, and their contrast as WCAG 2.1 measures it
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  double red;
  double green;
  double blue;
} SkColor;

#define SK_COLOR_BLACK ((SkColor) { 0, 0, 0 })
#define SK_COLOR_WHITE ((SkColor) { 1, 1, 1 })
#define SK_COLOR_TEXT ((SkColor) { 0.118, 0.118, 0.133 })

SkColor sk_color_parse         (const char *hex);
char   *sk_color_to_hex        (SkColor     color);
double  sk_color_contrast      (SkColor     a,
                                SkColor     b);
SkColor sk_color_text_on       (SkColor     background);
SkColor sk_color_mix           (SkColor     a,
                                SkColor     b,
                                double      amount);

G_END_DECLS
