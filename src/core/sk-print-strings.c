/* sk-print-strings.c — the words printed on posters, in the map's language
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A poster is printed in the language of the map (or the one asked for),
 * whatever language the person exporting it runs the program in, and
 * several languages may be exported at once from threads: gettext follows
 * the process's locale, so the few words a poster needs are kept here, per
 * language. Southern Sami falls back to bokmål until it has its own.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "sk-print-strings.h"

typedef struct {
  const char *nb;
  const char *nn;
  const char *en;
} Words;

static const Words words[SK_N_PRINT_STRINGS] = {
  [SK_PRINT_BESIDE_PYRAMID] = { "Hjelp ved siden av", "Hjelp ved sida av", "Help beside the pyramid" },
  [SK_PRINT_LEVELS] = { "Nivåer", "Nivå", "Levels" },
  [SK_PRINT_SECTORS] = { "Sektorer", "Sektorar", "Sectors" },
  [SK_PRINT_PATHWAYS] = { "Forløp", "Forløp", "Pathways" },
  [SK_PRINT_CHECKED] = { "Innholdet sist kontrollert", "Innhaldet sist kontrollert", "Content last checked" },
  [SK_PRINT_MADE_WITH] = { "Laget med Sammenkart", "Laga med Sammenkart", "Made with Sammenkart" },
  [SK_PRINT_LEVEL] = { "Nivå", "Nivå", "Level" },
  [SK_PRINT_ASSEMBLY_TITLE] = { "Slik settes arkene sammen", "Slik set du saman arka", "How the sheets fit together" },
  [SK_PRINT_ASSEMBLY_HOW] = {
    "Klipp hvert ark langs den stiplede linjen til venstre og øverst, legg det over naboarket slik at bildet passer, og lim det fast på limkanten.",
    "Klipp kvart ark langs den stipla linja til venstre og øvst, legg det over nabo-arket slik at biletet passar, og lim det fast på limkanten.",
    "Cut each sheet along the dashed line on its left and top, lay it over the next sheet so that the picture lines up, and glue it on the glue edge." },
  [SK_PRINT_CUT] = { "klipp", "klipp", "cut" },
  [SK_PRINT_GLUE] = { "lim", "lim", "glue" },

};

const char *
sk_print_string (SkPrintString  id,
                 const char    *lang)
{
  g_return_val_if_fail (id < SK_N_PRINT_STRINGS, "");

  if (g_strcmp0 (lang, "nn") == 0)
    return words[id].nn;
  if (g_strcmp0 (lang, "en") == 0)
    return words[id].en;
  return words[id].nb;
}

/* "2026-11-23" → "23.11.2026" (Norwegian) or "23 November 2026" (English). */
char *
sk_print_format_date (const char *iso_date,
                      const char *lang)
{
  static const char * const months[] = {
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December"
  };
  int y, m, d;

  if (iso_date == NULL || sscanf (iso_date, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12)
    return g_strdup (iso_date != NULL ? iso_date : "");
  if (g_strcmp0 (lang, "en") == 0)
    return g_strdup_printf ("%d %s %d", d, months[m - 1], y);
  return g_strdup_printf ("%02d.%02d.%d", d, m, y);
}

/* The text alternative of the pyramid figure. */
char *
sk_print_describe_pyramid (const char *lang,
                           guint       n_levels,
                           guint       n_services)
{
  if (g_strcmp0 (lang, "nn") == 0)
    return g_strdup_printf ("Tiltakspyramide med %u nivå og %u tenester", n_levels, n_services);
  if (g_strcmp0 (lang, "en") == 0)
    return g_strdup_printf ("Intervention pyramid with %u levels and %u services", n_levels, n_services);
  return g_strdup_printf ("Tiltakspyramide med %u nivåer og %u tjenester", n_levels, n_services);
}

/* Sheets are named like map squares: column letter, row number ("B3"). */
char *
sk_print_sheet_name (guint row,
                     guint column)
{
  if (column < 26)
    return g_strdup_printf ("%c%u", 'A' + column, row + 1);
  return g_strdup_printf ("%c%c%u", 'A' + column / 26 - 1, 'A' + column % 26, row + 1);
}

char *
sk_print_sheet_label (const char *lang,
                      guint       row,
                      guint       column,
                      guint       n_sheets)
{
  g_autofree char *name = sk_print_sheet_name (row, column);
  g_autofree char *column_name = sk_print_sheet_name (0, column);

  column_name[strlen (column_name) - 1] = '\0';
  if (g_strcmp0 (lang, "en") == 0)
    return g_strdup_printf ("Sheet %s: row %u, column %s (of %u sheets)", name, row + 1, column_name, n_sheets);
  if (g_strcmp0 (lang, "nn") == 0)
    return g_strdup_printf ("Ark %s: rad %u, kolonne %s (av %u ark)", name, row + 1, column_name, n_sheets);
  return g_strdup_printf ("Ark %s: rad %u, kolonne %s (av %u ark)", name, row + 1, column_name, n_sheets);
}

/* What a step's kind is called: "refer" → "henvise" (nb), "tilvise" (nn). */
const char *
sk_print_step_kind (const char *kind,
                    const char *lang)
{
  static const struct { const char *kind; Words words; } kinds[] = {
    { "notice", { "Oppdage", "Oppdage", "Notice" } },
    { "assess", { "Kartlegge", "Kartleggje", "Assess" } },
    { "intervene", { "Tiltak", "Tiltak", "Intervene" } },
    { "evaluate", { "Evaluere", "Evaluere", "Evaluate" } },
    { "cooperate", { "Samarbeide", "Samarbeide", "Cooperate" } },
    { "refer", { "Henvise", "Tilvise", "Refer" } },
    { "follow-up", { "Følge opp", "Følgje opp", "Follow up" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i].kind, kind) == 0)
      {
        if (g_strcmp0 (lang, "nn") == 0)
          return kinds[i].words.nn;
        if (g_strcmp0 (lang, "en") == 0)
          return kinds[i].words.en;
        return kinds[i].words.nb;
      }
  return kind;
}
