/* sk-color.c — colours, and their contrast as WCAG 2.1 measures it
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sk-color.h"

/* "#rrggbb" (already validated by the schema); anything else is grey. */
SkColor
sk_color_parse (const char *hex)
{
  int v[3];

  if (hex == NULL || hex[0] != '#' || strlen (hex) != 7)
    return (SkColor) { 0.5, 0.5, 0.5 };
  for (int i = 0; i < 3; i++)
    {
      int hi = g_ascii_xdigit_value (hex[1 + 2 * i]);
      int lo = g_ascii_xdigit_value (hex[2 + 2 * i]);
      if (hi < 0 || lo < 0)
        return (SkColor) { 0.5, 0.5, 0.5 };
      v[i] = hi * 16 + lo;
    }
  return (SkColor) { v[0] / 255.0, v[1] / 255.0, v[2] / 255.0 };
}

char *
sk_color_to_hex (SkColor color)
{
  return g_strdup_printf ("#%02x%02x%02x",
                          (int) lround (CLAMP (color.red, 0, 1) * 255),
                          (int) lround (CLAMP (color.green, 0, 1) * 255),
                          (int) lround (CLAMP (color.blue, 0, 1) * 255));
}

static double
channel (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (SkColor c)
{
  return 0.2126 * channel (c.red) + 0.7152 * channel (c.green) + 0.0722 * channel (c.blue);
}

/* The contrast ratio, 1 to 21: text needs 4.5, graphics 3. */
double
sk_color_contrast (SkColor a,
                   SkColor b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* Dark text, or white where dark text would not stand out. */
SkColor
sk_color_text_on (SkColor background)
{
  return sk_color_contrast (SK_COLOR_TEXT, background) >= sk_color_contrast (SK_COLOR_WHITE, background)
         ? SK_COLOR_TEXT : SK_COLOR_WHITE;
}

SkColor
sk_color_mix (SkColor a,
              SkColor b,
              double  amount)
{
  return (SkColor) {
    a.red + (b.red - a.red) * amount,
    a.green + (b.green - a.green) * amount,
    a.blue + (b.blue - a.blue) * amount,
  };
}
