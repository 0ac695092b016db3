/* sk-cli-csv.c — the command line's spreadsheets: export csv, import
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-atomic-file.h"
#include "sk-cli.h"
#include "sk-cli-private.h"
#include "sk-csv.h"
#include "sk-map.h"

/* A map read for a command: NULL after saying why, with the exit status. */
static SkMap *
load_map (const char *path,
          int        *status)
{
  g_autoptr(GError) error = NULL;
  SkMap *map = sk_map_load_from_file (path, &error);

  if (map == NULL)
    {
      g_printerr ("%s\n", error->message);
      *status = error->domain == G_FILE_ERROR ? SK_CLI_USAGE : SK_CLI_INVALID;
    }
  return map;
}

static gboolean
check_delimiter (const char *delimiter,
                 char       *result)
{
  if (delimiter == NULL)
    *result = ';';
  else if (g_str_equal (delimiter, ";") || g_str_equal (delimiter, ","))
    *result = delimiter[0];
  else
    return FALSE;
  return TRUE;
}

int
sk_cli_run_export_csv (int    argc,
                       char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *delimiter_name = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), N_("FILE") },
    { "language", 'l', 0, G_OPTION_ARG_STRING, &lang,
      N_("The language of the texts (nb, nn, sma, en; default: the map's)"), N_("LANG") },
    { "delimiter", 'd', 0, G_OPTION_ARG_STRING, &delimiter_name,
      N_("“;” (as Excel and LibreOffice write in Norway; the default) or “,”"), N_("CHAR") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SkMap) map = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autofree char *name = NULL;
  int status = SK_CLI_OK;
  char delimiter;

  if (!sk_cli_parse_options ("export csv", _("FILE"),
                             _("Writes every service of a map to a spreadsheet (CSV, UTF-8): level, sector, "
                               "contacts, municipalities and the rest, one row each. Cells a spreadsheet would "
                               "take for a formula start with an apostrophe."),
                             entries, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return sk_cli_usage_error ("export csv", _("name one map: export csv FILE -o OUT.csv"));
  if (output == NULL)
    return sk_cli_usage_error ("export csv", _("choose the file to write with -o FILE"));
  if (!check_delimiter (delimiter_name, &delimiter))
    return sk_cli_usage_error ("export csv", _("the delimiter is “;” or “,”"));
  if (!(map = load_map (argv[1], &status)))
    return status;

  csv = sk_csv_export_services (map, lang, delimiter);
  name = g_filename_display_name (output);
  if (!sk_atomic_file_replace (output, csv, FALSE, &error))
    {
      g_printerr ("%s: %s\n", name, error->message);
      return SK_CLI_INVALID;
    }
  g_print (g_dngettext (GETTEXT_PACKAGE, "%s: %u service written\n", "%s: %u services written\n",
                        g_list_model_get_n_items (sk_map_get_services (map))),
           name, g_list_model_get_n_items (sk_map_get_services (map)));
  return SK_CLI_OK;
}

int
sk_cli_run_import (int    argc,
                   char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *lang = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the map here (default: the map itself)"), N_("FILE") },
    { "language", 'l', 0, G_OPTION_ARG_STRING, &lang,
      N_("The language of the texts (nb, nn, sma, en; default: the map's)"), N_("LANG") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SkMap) map = NULL;
  g_autoptr(SkCsvTable) table = NULL;
  g_autoptr(SkCsvImport) import = NULL;
  g_autofree SkCsvField *fields = NULL;
  g_autofree char *csv_name = NULL;
  g_autofree char *name = NULL;
  gboolean has_header = FALSE;
  int status = SK_CLI_OK;

  if (!sk_cli_parse_options ("import", _("FILE SERVICES.csv"),
                             _("Adds the services of a spreadsheet (CSV, “;” or “,”, UTF-8) to a map, and updates "
                               "those it already has (by the id column, or by name). The columns are found by "
                               "their headings, as “sammenkart export csv” writes them or in Norwegian "
                               "(Navn, Nivå, Sektor, Telefon…)."),
                             entries, &argc, &argv, &status))
    return status;
  if (argc != 3)
    return sk_cli_usage_error ("import", _("name the map and the spreadsheet: import FILE SERVICES.csv"));
  if (!(map = load_map (argv[1], &status)))
    return status;
  csv_name = g_filename_display_basename (argv[2]);
  if (!(table = sk_csv_table_read (argv[2], &error)))
    {
      g_printerr ("%s\n", error->message);
      return SK_CLI_USAGE;
    }
  fields = sk_csv_guess_fields (table, &has_header);
  if (!(import = sk_csv_import_new (map, csv_name, table, fields, has_header, lang, &error)))
    {
      g_printerr ("%s: %s\n", csv_name, error->message);
      return SK_CLI_INVALID;
    }
  for (guint i = 0; i < import->problems->len; i++)
    g_printerr ("%s\n", (const char *) g_ptr_array_index (import->problems, i));
  if (import->command != NULL)
    sk_command_apply (import->command, map);

  name = g_filename_display_name (output != NULL ? output : argv[1]);
  if (!sk_map_save_to_file (map, output != NULL ? output : argv[1], &error))
    {
      g_printerr ("%s\n", error->message);
      return SK_CLI_INVALID;
    }
  /* TRANSLATORS: "kart.sammenkart: 12 added, 3 updated, 30 as they were, 1 left out" */
  g_print (_("%s: %u added, %u updated, %u as they were, %u left out\n"), name, import->n_added,
           import->n_updated, import->n_unchanged, import->n_skipped);
  return SK_CLI_OK;
}
