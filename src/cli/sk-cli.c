/* sk-cli.c — the command line: validate, check, info, new, templates, export,
 * import (see sk-cli-csv.c)
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs with no display and links only the core. Results go to standard
 * output, problems to standard error; the exit status says which of
 * SK_CLI_OK, SK_CLI_INVALID or SK_CLI_USAGE happened.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sk-cli.h"
#include "sk-cli-private.h"
#include "sk-error.h"
#include "sk-export.h"
#include "sk-memory.h"
#include "sk-typeset.h"
#include "sk-gap-check.h"
#include "sk-group.h"
#include "sk-level.h"
#include "sk-map.h"
#include "sk-municipality.h"
#include "sk-paper.h"
#include "sk-pathway.h"
#include "sk-schema.h"
#include "sk-service.h"
#include "sk-templates.h"

typedef int (*VerbFunc) (int argc, char **argv);

int
sk_cli_usage_error (const char *verb,
                    const char *message)
{
  g_printerr ("sammenkart%s%s: %s\n", verb ? " " : "", verb ? verb : "", message);
  g_printerr (_("Run “sammenkart --help” to see how to use it.\n"));
  return SK_CLI_USAGE;
}

/* Parses the options of a verb; on failure prints why. */
gboolean
sk_cli_parse_options (const char    *verb,
                      const char    *parameters,
                      const char    *summary,
                      GOptionEntry  *entries,
                      int           *argc,
                      char        ***argv,
                      int           *status)
{
  g_autofree char *usage = g_strjoin (" ", verb, parameters, NULL);
  g_autoptr(GOptionContext) context = g_option_context_new (usage);
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_strict_posix (context, FALSE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *status = sk_cli_usage_error (verb, error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_file_error (const GError *error)
{
  return error->domain == G_FILE_ERROR;
}

static int
run_validate (int    argc,
              char **argv)
{
  GOptionEntry entries[] = { G_OPTION_ENTRY_NULL };
  int status = SK_CLI_OK;

  if (!sk_cli_parse_options ("validate", _("FILE…"),
                             _("Checks maps and lists every problem in them."),
                             entries, &argc, &argv, &status))
    return status;
  if (argc < 2)
    return sk_cli_usage_error ("validate", _("name at least one map to check"));

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SkMap) map = sk_map_load_from_file (argv[i], &error);
      g_autofree char *name = g_filename_display_name (argv[i]);

      if (map != NULL)
        {
          g_print (_("%s: valid\n"), name);
          continue;
        }
      g_printerr ("%s\n", error->message);
      if (is_file_error (error))
        status = SK_CLI_USAGE;
      else if (status == SK_CLI_OK)
        status = SK_CLI_INVALID;
    }
  return status;
}

/* The workshop's "stemmer kart og terreng?": one gap per line, where it is,
 * what is missing and why it matters, then how many. A map with gaps is
 * still valid, but a script (or CI on a shared map) can tell by the exit
 * status whether there is anything left to fill in. */
static int
run_check (int    argc,
           char **argv)
{
  GOptionEntry entries[] = { G_OPTION_ENTRY_NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(SkMap) map = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *name = NULL;
  int status = SK_CLI_OK;

  if (!sk_cli_parse_options ("check", _("FILE"),
                             _("Lists the gaps a workshop should look at: services with no description or contact, "
                        "empty levels, pathways that skip a referral, municipalities with no local contact, "
                        "texts missing in one of the map's languages and text with too little contrast. "
                        "Each line says where the gap is, what is missing and why it matters.\n\n"
                        "Exit status: 0 no gaps, 1 gaps found or a map that is not valid, "
                        "2 wrong use or a file that cannot be read."),
                      entries, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return sk_cli_usage_error ("check", _("name one map"));

  map = sk_map_load_from_file (argv[1], &error);
  if (map == NULL)
    {
      g_printerr ("%s\n", error->message);
      return is_file_error (error) ? SK_CLI_USAGE : SK_CLI_INVALID;
    }

  name = g_filename_display_name (argv[1]);
  findings = sk_gap_check (map);
  for (guint i = 0; i < findings->len; i++)
    {
      SkGapFinding *finding = g_ptr_array_index (findings, i);

      /* TRANSLATORS: "services[21]: «PPT» has no description for families — why it matters" */
      g_print (_("%s: %s — %s\n"), *finding->path ? finding->path : name,
               finding->message, finding->why);
    }
  if (findings->len == 0)
    {
      g_print (_("%s: no gaps found\n"), name);
      return SK_CLI_OK;
    }
  g_print (g_dngettext (GETTEXT_PACKAGE, "%s: %u gap to look at\n", "%s: %u gaps to look at\n",
                        findings->len),
           name, findings->len);
  return SK_CLI_INVALID;
}

/* Prints @text padded with spaces to @width characters. */
static void
print_padded (const char *text,
              guint       width)
{
  glong len = g_utf8_strlen (text, -1);

  g_print ("%s", text);
  for (glong i = len; i < (glong) width; i++)
    g_print (" ");
}

static void
print_count_line (const char *number,
                  const char *name,
                  const char *count)
{
  g_print ("  ");
  print_padded (number, 4);
  print_padded (name, 56);
  g_print (" %s\n", count);
}

static void
print_levels (SkMap      *map,
              const char *lang)
{
  GListModel *levels = sk_map_get_levels (map);
  guint n = g_list_model_get_n_items (levels);
  g_autoptr(GPtrArray) side = sk_map_get_services_on_level (map, NULL);

  g_print (_("Levels, from the top of the pyramid:\n"));
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(SkLevel) level = g_list_model_get_item (levels, i - 1);
      g_autoptr(GPtrArray) services = sk_map_get_services_on_level (map, sk_item_get_id (SK_ITEM (level)));
      g_autofree char *number = g_strdup_printf ("%u", i);
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u service", "%u services", services->len),
                                                services->len);

      print_count_line (number, sk_level_get_name (level, lang), count);
    }
  if (side->len > 0)
    {
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u service", "%u services", side->len),
                                                side->len);
      print_count_line ("", _("Beside the pyramid"), count);
    }
}

static void
print_pathways (SkMap      *map,
                const char *lang)
{
  GListModel *pathways = sk_map_get_pathways (map);
  guint n = g_list_model_get_n_items (pathways);

  g_print (g_dngettext (GETTEXT_PACKAGE, "%u pathway:\n", "%u pathways:\n", n), n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkPathway) pathway = g_list_model_get_item (pathways, i);
      guint steps = sk_pathway_get_n_steps (pathway);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u step", "%u steps", steps),
                                                steps);

      print_count_line (number, sk_pathway_get_name (pathway, lang), count);
    }
}

static void
print_municipality_list (GPtrArray *names)
{
  g_ptr_array_add (names, NULL);
  {
    g_autofree char *joined = g_strjoinv (", ", (char **) names->pdata);
    g_print ("%s\n", joined);
  }
}

static void
print_municipalities (SkMap      *map,
                      const char *lang)
{
  GListModel *municipalities = sk_map_get_municipalities (map);
  GListModel *groups = sk_map_get_groups (map);
  guint n = g_list_model_get_n_items (municipalities);
  g_autoptr(GPtrArray) ungrouped = g_ptr_array_new_with_free_func (g_free);

  g_print (g_dngettext (GETTEXT_PACKAGE, "%u municipality", "%u municipalities", n), n);
  g_print (g_dngettext (GETTEXT_PACKAGE, " in %u group:\n", " in %u groups:\n",
                        g_list_model_get_n_items (groups)),
           g_list_model_get_n_items (groups));

  for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
    {
      g_autoptr(SkGroup) group = g_list_model_get_item (groups, g);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SkMunicipality) municipality = g_list_model_get_item (municipalities, i);

          if (g_strcmp0 (sk_municipality_get_group_id (municipality),
                         sk_item_get_id (SK_ITEM (group))) == 0)
            {
              const char *sami = sk_municipality_get_sami_name (municipality);

              g_ptr_array_add (names, sami != NULL
                               ? g_strdup_printf ("%s (%s)", sk_municipality_get_name (municipality), sami)
                               : g_strdup (sk_municipality_get_name (municipality)));
            }
        }
      g_print ("  ");
      print_padded (sk_group_get_name (group, lang), 12);
      g_print (" ");
      print_municipality_list (names);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkMunicipality) municipality = g_list_model_get_item (municipalities, i);
      if (sk_municipality_get_group_id (municipality) == NULL)
        g_ptr_array_add (ungrouped, g_strdup (sk_municipality_get_name (municipality)));
    }
  if (ungrouped->len > 0)
    {
      g_print ("  ");
      print_padded (_("No group"), 12);
      g_print (" ");
      print_municipality_list (ungrouped);
    }
}

static int
run_info (int    argc,
          char **argv)
{
  g_autofree char *lang = NULL;
  GOptionEntry entries[] = {
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang,
      N_("Show texts in this language (nb, nn, sma, en)"), N_("LANG") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SkMap) map = NULL;
  SkItem *properties;
  const char *region, *checked;
  int status = SK_CLI_OK;

  if (!sk_cli_parse_options ("info", _("FILE"),
                             _("Shows the levels, pathways and municipalities of a map."),
                             entries, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return sk_cli_usage_error ("info", _("name one map"));

  map = sk_map_load_from_file (argv[1], &error);
  if (map == NULL)
    {
      g_printerr ("%s\n", error->message);
      return is_file_error (error) ? SK_CLI_USAGE : SK_CLI_INVALID;
    }
  if (lang == NULL)
    lang = g_strdup (sk_map_get_language (map));

  properties = sk_map_get_properties (map);
  region = sk_item_get_text (properties, "region", lang);
  checked = sk_item_get_string (properties, "checked");

  g_print ("%s\n", sk_map_get_title (map, lang));
  if (*region)
    g_print ("%s\n", region);
  {
    JsonArray *languages = sk_item_get_array (properties, "languages");
    g_autoptr(GString) list = g_string_new (NULL);

    for (guint i = 0; i < json_array_get_length (languages); i++)
      g_string_append_printf (list, "%s%s", i ? ", " : "", json_array_get_string_element (languages, i));
    g_print (_("Languages: %s\n"), list->str);
  }
  if (checked != NULL)
    g_print (_("Content last checked: %s\n"), checked);
  g_print ("\n");
  print_levels (map, lang);
  g_print ("\n");
  print_pathways (map, lang);
  g_print ("\n");
  print_municipalities (map, lang);
  return SK_CLI_OK;
}

static int
run_new (int    argc,
         char **argv)
{
  g_autofree char *template_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *lang = NULL;
  gboolean force = FALSE;
  GOptionEntry entries[] = {
    { "template", 't', 0, G_OPTION_ARG_STRING, &template_name,
      N_("The template to start from (see “sammenkart templates”)"), N_("NAME") },
    { "language", 'l', 0, G_OPTION_ARG_STRING, &lang,
      N_("The map's own language: nb, nn, sma or en (default: the template's)"), N_("LANG") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write"), N_("FILE") },
    { "force", 'f', 0, G_OPTION_ARG_NONE, &force,
      N_("Replace the file if it exists"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SkMap) map = NULL;
  g_autofree char *name = NULL;
  int status = SK_CLI_OK;

  if (!sk_cli_parse_options ("new", NULL,
                             _("Starts a new map from a template."),
                             entries, &argc, &argv, &status))
    return status;
  if (argc > 1)
    return sk_cli_usage_error ("new", _("give the file with -o FILE"));
  if (template_name == NULL)
    return sk_cli_usage_error ("new", _("choose a template with --template NAME"));
  if (output == NULL)
    return sk_cli_usage_error ("new", _("choose the file to write with -o FILE"));

  map = sk_templates_load (template_name, &error);
  if (map == NULL)
    return sk_cli_usage_error ("new", error->message);
  if (lang != NULL && !sk_templates_set_language (map, lang, &error))
    return sk_cli_usage_error ("new", error->message);

  name = g_filename_display_name (output);
  if (!force && g_file_test (output, G_FILE_TEST_EXISTS))
    {
      g_printerr (_("%s: the file exists; use --force to replace it\n"), name);
      return SK_CLI_INVALID;
    }
  if (!sk_map_save_to_file (map, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return SK_CLI_INVALID;
    }
  g_print (_("%s: new map from the template «%s»\n"), name, template_name);
  return SK_CLI_OK;
}

static int
run_templates (int    argc,
               char **argv)
{
  GOptionEntry entries[] = { G_OPTION_ENTRY_NULL };
  g_auto(GStrv) names = NULL;
  int status = SK_CLI_OK;

  if (!sk_cli_parse_options ("templates", NULL, _("Lists the templates."),
                             entries, &argc, &argv, &status))
    return status;
  if (argc > 1)
    return sk_cli_usage_error ("templates", _("takes no file"));

  names = sk_templates_list ();
  for (guint i = 0; names[i]; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SkMap) map = sk_templates_load (names[i], &error);

      print_padded (names[i], 20);
      g_print (" %s\n", map != NULL ? sk_map_get_title (map, sk_map_get_language (map))
                                    : error->message);
    }
  return SK_CLI_OK;
}

typedef enum {
  EXPORT_POSTER,
  EXPORT_TILES,
  EXPORT_PATHWAYS,
  EXPORT_BROCHURE,
  EXPORT_REPORT,
} ExportKind;

/* What `sammenkart export KIND` can write, its paper unless one is given,
 * and what it says when done. */
static const struct {
  const char *name;
  const char *paper;
  const char *written;
} export_kinds[] = {
  [EXPORT_POSTER] = { "poster", "A1", N_("poster written") },
  [EXPORT_TILES] = { "tiles", "A1", N_("tiled poster written") },
  [EXPORT_PATHWAYS] = { "pathways", "A4", N_("pathway sheets written") },
  [EXPORT_BROCHURE] = { "brochure", "A5", N_("brochure written") },
  [EXPORT_REPORT] = { "report", "A3", N_("workshop report written") },
};

/* "[ 3/22] roros.pdf: written", as each brochure of a batch is done. */
static void
print_progress (const SkBatchResult *result,
                guint                done,
                guint                total,
                gpointer             user_data)
{
  g_autofree char *name = g_filename_display_basename (result->path);

  if (result->error != NULL)
    g_printerr (_("[%2u/%u] %s: failed: %s\n"), done, total, name, result->error->message);
  else
    g_print (_("[%2u/%u] %s: written\n"), done, total, name);
  for (guint i = 0; result->warnings != NULL && i < result->warnings->len; i++)
    g_printerr (_("%s: warning: %s\n"), name, (const char *) g_ptr_array_index (result->warnings, i));
}

static int
run_export (int    argc,
            char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *paper = NULL;
  g_autofree char *lang = NULL;
  gboolean landscape = FALSE;
  gboolean bleed = FALSE;
  gboolean marks = FALSE;
  g_autofree char *sheet = NULL;
  g_autofree char *municipality = NULL;
  gboolean all_municipalities = FALSE;
  double overlap = 10;
  double dpi = SK_EXPORT_DEFAULT_DPI;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), N_("FILE") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("pdf, svg or png (default: from the file name)"), N_("FORMAT") },
    { "paper", 'p', 0, G_OPTION_ARG_STRING, &paper,
      N_("A0, A1, A2, A3, A4, A5 or WIDTHxHEIGHTmm (default: A1)"), N_("PAPER") },
    { "landscape", 0, 0, G_OPTION_ARG_NONE, &landscape, N_("Turn the paper to landscape"), NULL },
    { "bleed", 0, 0, G_OPTION_ARG_NONE, &bleed, N_("Add 3 mm of bleed around the page (PDF)"), NULL },
    { "marks", 0, 0, G_OPTION_ARG_NONE, &marks, N_("Add crop marks outside the page (PDF)"), NULL },
    { "sheet", 0, 0, G_OPTION_ARG_STRING, &sheet, N_("Tiles: the sheets' paper, A4 or A3 (default: A4)"), N_("PAPER") },
    { "overlap", 0, 0, G_OPTION_ARG_DOUBLE, &overlap, N_("Tiles: the glue margin in mm (default: 10)"), N_("MM") },
    { "municipality", 'm', 0, G_OPTION_ARG_STRING, &municipality,
      N_("Brochure: the municipality's id (default: the whole region)"), N_("ID") },
    { "all-municipalities", 0, 0, G_OPTION_ARG_NONE, &all_municipalities,
      N_("Brochure: one for every municipality, into the folder given with -o"), NULL },
    { "dpi", 0, 0, G_OPTION_ARG_DOUBLE, &dpi, N_("Pixels per inch of a PNG (default: 150)"), N_("DPI") },
    { "language", 'l', 0, G_OPTION_ARG_STRING, &lang,
      N_("The language of the texts (nb, nn, sma, en; default: the map's)"), N_("LANG") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SkMap) map = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *name = NULL;
  SkExportOptions options = { SK_EXPORT_FORMAT_PDF, 0, 0, NULL, 0, FALSE, FALSE };
  ExportKind kind;
  gboolean written;
  int status = SK_CLI_OK;

  if (argc > 1 && g_str_equal (argv[1], "csv"))
    return sk_cli_run_export_csv (argc - 1, argv + 1);
  if (!sk_cli_parse_options ("export", _("poster|tiles|pathways|brochure|report FILE"),
                             _("Exports a map as a poster, a poster across A4 or A3 sheets, pathway sheets, family brochures "
                        "or a workshop report (the map with its workshop notes)."),
                      entries, &argc, &argv, &status))
    return status;
  if (argc != 3)
    return sk_cli_usage_error ("export", _("give what to export and the map: export poster FILE -o OUT"));
  for (kind = 0; kind < G_N_ELEMENTS (export_kinds); kind++)
    if (g_str_equal (argv[1], export_kinds[kind].name))
      break;
  if (kind == G_N_ELEMENTS (export_kinds))
    {
      g_autofree char *message = g_strdup_printf (_("«%s» is not something to export; choose poster, tiles, pathways, brochure or report"),
                                                  argv[1]);
      return sk_cli_usage_error ("export", message);
    }
  if ((municipality != NULL || all_municipalities) && kind != EXPORT_BROCHURE)
    return sk_cli_usage_error ("export", _("--municipality and --all-municipalities are for brochures"));
  if (municipality != NULL && all_municipalities)
    return sk_cli_usage_error ("export", _("choose either --municipality or --all-municipalities"));
  if (output == NULL)
    return sk_cli_usage_error ("export", _("choose the file to write with -o FILE"));

  if (format_name == NULL)
    {
      const char *dot = strrchr (output, '.');
      format_name = g_strdup (all_municipalities ? "pdf" : dot != NULL ? dot + 1 : "");
    }
  if (!sk_export_format_parse (format_name, &options.format))
    {
      g_autofree char *message = g_strdup_printf (_("«%s» is not a format; use pdf, svg or png"), format_name);
      return sk_cli_usage_error ("export", message);
    }
  if (!sk_paper_parse (paper != NULL ? paper : export_kinds[kind].paper, landscape,
                       &options.width, &options.height, &error))
    return sk_cli_usage_error ("export", error->message);
  if (lang != NULL && !sk_is_valid_language (lang))
    {
      g_autofree char *message = g_strdup_printf (_("«%s» is not a language code; use nb, nn, sma or en"), lang);
      return sk_cli_usage_error ("export", message);
    }
  if ((bleed || marks) && (options.format != SK_EXPORT_FORMAT_PDF || kind != EXPORT_POSTER))
    return sk_cli_usage_error ("export", _("--bleed and --marks are for PDF posters"));
  if (kind != EXPORT_POSTER && options.format != SK_EXPORT_FORMAT_PDF)
    return sk_cli_usage_error ("export", _("tiles, pathway sheets, brochures and reports are written as PDF"));
  options.lang = lang;
  options.dpi = dpi;
  options.bleed = bleed;
  options.marks = marks;

  /* The fonts and the modules are made ready while the map is read. */
  /* Set up before the first allocation and the first text of the export. */
  sk_memory_prefer_huge_pages ();
  sk_memory_keep_until_exit ();
  sk_typeset_use_only_export_font ();
  sk_export_warm_up ();
  map = sk_map_load_from_file (argv[2], &error);
  if (map == NULL)
    {
      g_printerr ("%s\n", error->message);
      return is_file_error (error) ? SK_CLI_USAGE : SK_CLI_INVALID;
    }

  name = g_filename_display_name (output);
  if (all_municipalities)
    {
      int failed = sk_export_brochures (map, &options, output, print_progress, NULL, NULL, &error);

      if (failed < 0)
        {
          g_printerr ("%s\n", error->message);
          return SK_CLI_INVALID;
        }
      if (failed > 0)
        {
          g_printerr (g_dngettext (GETTEXT_PACKAGE, "%d brochure failed\n", "%d brochures failed\n", failed),
                      failed);
          return SK_CLI_INVALID;
        }
      return SK_CLI_OK;
    }
  switch (kind)
    {
    case EXPORT_TILES:
      written = sk_export_tiles (map, &options, sheet != NULL ? sheet : "A4", overlap, output, &warnings, &error);
      break;
    case EXPORT_PATHWAYS:
      written = sk_export_pathways (map, &options, output, &warnings, &error);
      break;
    case EXPORT_BROCHURE:
      written = sk_export_brochure (map, &options, municipality, output, &warnings, &error);
      break;
    case EXPORT_REPORT:
      written = sk_export_report (map, &options, output, &warnings, &error);
      break;
    case EXPORT_POSTER:
    default:
      written = sk_export_poster (map, &options, output, &warnings, &error);
      break;
    }
  if (!written)
    {
      g_printerr ("%s\n", error->message);
      return SK_CLI_INVALID;
    }
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    g_printerr (_("%s: warning: %s\n"), name, (const char *) g_ptr_array_index (warnings, i));
  /* TRANSLATORS: "plakat.pdf: poster written" */
  g_print (_("%s: %s\n"), name, _(export_kinds[kind].written));
  /* The program ends now: the map is left for the exit to free. */
  sk_memory_release (g_steal_pointer (&map), g_object_unref);
  return SK_CLI_OK;
}

static void
print_help (void)
{
  g_print ("%s\n", _("Sammenkart — maps of the services for children and youth"));
  g_print ("\n%s\n", _("Usage:"));
  g_print ("  sammenkart validate FILE…                 %s\n", _("check maps and list every problem"));
  g_print ("  sammenkart check FILE                     %s\n", _("list the gaps a workshop should fill (exit status 1 if any)"));
  g_print ("  sammenkart info FILE [--lang LANG]        %s\n", _("show levels, pathways and municipalities"));
  g_print ("  sammenkart new --template NAME -o FILE    %s\n", _("start a map from a template"));
  g_print ("  sammenkart templates                      %s\n", _("list the templates"));
  g_print ("  sammenkart export poster FILE -o OUT      %s\n", _("export a poster (PDF, SVG or PNG)"));
  g_print ("  sammenkart export tiles FILE -o OUT.pdf   %s\n", _("the poster across A4 or A3 sheets"));
  g_print ("  sammenkart export pathways FILE -o OUT.pdf %s\n", _("one page per pathway"));
  g_print ("  sammenkart export brochure FILE -o OUT.pdf %s\n", _("a family brochure (--municipality ID, --all-municipalities)"));
  g_print ("  sammenkart export report FILE -o OUT.pdf   %s\n", _("the map with its workshop notes, numbered and listed"));
  g_print ("  sammenkart export csv FILE -o OUT.csv     %s\n", _("the services as a spreadsheet"));
  g_print ("  sammenkart import FILE SERVICES.csv       %s\n", _("add or update services from a spreadsheet"));
  g_print ("\n%s\n", _("Options:"));
  g_print ("  -h, --help                                %s\n", _("show this help"));
  g_print ("  --version                                 %s\n", _("show the version"));
  g_print ("\n%s\n", _("“sammenkart COMMAND --help” tells more about a command."));
  g_print ("%s\n", _("Exit status: 0 success, 1 a map is not valid or could not be written, 2 wrong use or a file that cannot be read."));
}

static const struct { const char *name; VerbFunc run; } verbs[] = {
  { "validate", run_validate },
  { "check", run_check },
  { "info", run_info },
  { "new", run_new },
  { "templates", run_templates },
  { "export", run_export },
  { "import", sk_cli_run_import },
};

/**
 * sk_cli_wants:
 *
 * Returns: whether these arguments are for the command line (a command, an
 *   option, or a word that is no file), not for the editor
 */
gboolean
sk_cli_wants (int    argc,
              char **argv)
{
  if (argc < 2)
    return FALSE;
  if (argv[1][0] == '-' || g_str_equal (argv[1], "help"))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_str_equal (argv[1], verbs[i].name))
      return TRUE;
  return !g_file_test (argv[1], G_FILE_TEST_EXISTS) && !g_str_has_suffix (argv[1], ".sammenkart");
}

/**
 * sk_cli_run:
 *
 * Runs the command line; returns the exit status.
 */
int
sk_cli_run (int    argc,
            char **argv)
{
  if (argc < 2)
    {
      print_help ();
      return SK_CLI_USAGE;
    }
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")
      || g_str_equal (argv[1], "help"))
    {
      print_help ();
      return SK_CLI_OK;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("sammenkart %s\n", PACKAGE_VERSION);
      return SK_CLI_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_str_equal (argv[1], verbs[i].name))
      return verbs[i].run (argc - 1, argv + 1);

  if (argv[1][0] == '-')
    {
      g_autofree char *message = g_strdup_printf (_("unknown option %s"), argv[1]);
      return sk_cli_usage_error (NULL, message);
    }
  {
    g_autofree char *message = g_strdup_printf (_("unknown command «%s»"), argv[1]);
    return sk_cli_usage_error (NULL, message);
  }
}
