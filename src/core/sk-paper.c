/* sk-paper.c — paper sizes for exports
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "sk-paper.h"

static const struct { const char *name; double width_mm; double height_mm; } iso_sizes[] = {
  { "A0", 841, 1189 },
  { "A1", 594, 841 },
  { "A2", 420, 594 },
  { "A3", 297, 420 },
  { "A4", 210, 297 },
  { "A5", 148, 210 },
};

/**
 * sk_paper_parse:
 * @name: "A4" … "A0", "A5", or a custom size "WIDTHxHEIGHTmm" ("500x700mm")
 * @landscape: turn the paper so that it is wider than high
 * @width: (out): the width in points
 * @height: (out): the height in points
 *
 * Returns: whether @name is a paper size; otherwise @error says which are
 */
gboolean
sk_paper_parse (const char  *name,
                gboolean     landscape,
                double      *width,
                double      *height,
                GError     **error)
{
  double w = 0, h = 0;
  char tail[4] = { 0 };

  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (iso_sizes); i++)
    if (g_ascii_strcasecmp (name, iso_sizes[i].name) == 0)
      {
        w = iso_sizes[i].width_mm;
        h = iso_sizes[i].height_mm;
      }

  if (w == 0 && sscanf (name, "%lfx%lf%3s", &w, &h, tail) == 3 && g_str_equal (tail, "mm"))
    {
      if (w < 50 || h < 50 || w > 5000 || h > 5000)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("The paper %s is outside 50–5000 mm"), name);
          return FALSE;
        }
    }
  else if (w == 0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("«%s» is not a paper size; use A0, A1, A2, A3, A4, A5 or WIDTHxHEIGHTmm such as 500x700mm"),
                   name);
      return FALSE;
    }

  if ((landscape && w < h) || (!landscape && w > h && tail[0] == '\0'))
    {
      double t = w;
      w = h;
      h = t;
    }
  *width = SK_MM_TO_PT (w);
  *height = SK_MM_TO_PT (h);
  return TRUE;
}
