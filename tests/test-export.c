/* test-export.c — posters as files, checked with the tools printers use
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pdfinfo, pdffonts (poppler-utils), qpdf, mutool (mupdf-tools), xmllint
 * (libxml2-utils) and rsvg-convert (librsvg2-bin) read the exports; they are
 * installed by .ci/run.
 */
#include "config.h"

#include <math.h>
#include <cairo.h>

#include "sk-commands.h"
#include "sk-export.h"
#include "sk-paper.h"
#include "sk-pathway.h"
#include "sk-service.h"
#include "sk-test-util.h"
#include "sk-undo-stack.h"

static guint
count_of (const char *text, const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* Text with all white space removed: names may wrap anywhere. */
static char *
squeeze (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)) && g_utf8_get_char (p) != 0xad)
      g_string_append_unichar (s, g_utf8_get_char (p));
  return g_string_free (s, FALSE);
}

static void
assert_names_in (SkMap *map, const char *text)
{
  g_autofree char *all = squeeze (text);
  GListModel *services = sk_map_get_services (map);

  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr(SkService) service = g_list_model_get_item (services, i);
      g_autofree char *name = squeeze (sk_service_get_name (service, sk_map_get_language (map)));

      if (strstr (all, name) == NULL)
        g_error ("«%s» is not in the poster's text", sk_service_get_name (service, "nb"));
    }
}

static char *
export (SkMap *map, SkExportFormat format, const char *paper, gboolean landscape, double dpi, const char *name)
{
  g_autofree char *dir = sk_test_make_temp_dir ();
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  SkExportOptions options = { format, 0, 0, NULL, dpi, FALSE, FALSE };

  g_assert_true (sk_paper_parse (paper, landscape, &options.width, &options.height, &error));
  g_assert_true (sk_export_poster (map, &options, path, &warnings, &error));
  g_assert_no_error (error);
  g_assert_nonnull (warnings);
  return path;
}

static void
remove_export (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  sk_test_remove_dir (dir);
}

static void
test_pdf (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("sondre-trondelag");
  static const struct { const char *paper; gboolean landscape; const char *size; } cases[] = {
    { "A4", FALSE, "Page size:       595.276 x 841.89 pts (A4)" },
    { "A1", FALSE, "Page size:       1683.78 x 2383.94 pts (A1)" },
    { "A0", TRUE, "Page size:       3370.39 x 2383.94 pts" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = export (map, SK_EXPORT_FORMAT_PDF, cases[i].paper, cases[i].landscape, 0, "plakat.pdf");
      g_autofree char *info = sk_test_run_tool ("pdfinfo", path, NULL);
      g_autofree char *check = sk_test_run_tool ("qpdf", "--check", path, NULL);
      g_autofree char *fonts = sk_test_run_tool ("pdffonts", path, NULL);
      g_autofree char *text = sk_test_run_tool ("mutool", "draw", "-F", "txt", "-o", "-", path, NULL);
      g_auto(GStrv) font_lines = g_strsplit (fonts, "\n", -1);
      guint n_fonts = 0;

      g_assert_nonnull (strstr (info, cases[i].size));
      g_assert_nonnull (strstr (info, "Tagged:          yes"));
      g_assert_nonnull (strstr (info, "Pages:           1\n"));
      g_assert_nonnull (strstr (info, "Title:           Barn og unges helsetjeneste i søndre Trøndelag"));
      g_assert_nonnull (strstr (info, "Creator:         Sammenkart " PACKAGE_VERSION));
      g_assert_nonnull (strstr (check, "No syntax or stream encoding errors found"));

      /* Every font is embedded, and it is the export font. */
      for (guint l = 2; font_lines[l] != NULL && *font_lines[l]; l++, n_fonts++)
        {
          g_assert_nonnull (strstr (font_lines[l], "NotoSans"));
          g_assert_nonnull (strstr (font_lines[l], " yes yes "));
        }
      g_assert_cmpuint (n_fonts, >, 0);

      assert_names_in (map, text);
      remove_export (path);
    }
}

static void
test_bleed_and_marks (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("generisk");
  g_autofree char *dir = sk_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "trykk.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *boxes = NULL;
  g_autofree char *check = NULL;
  g_autofree char *raw = NULL;
  gsize raw_len = 0;
  SkExportOptions options = { SK_EXPORT_FORMAT_PDF, 0, 0, NULL, 0, TRUE, TRUE };

  sk_paper_parse ("A3", FALSE, &options.width, &options.height, NULL);
  g_assert_true (sk_export_poster (map, &options, path, NULL, &error));
  g_assert_no_error (error);
  boxes = sk_test_run_tool ("pdfinfo", "-box", path, NULL);
  check = sk_test_run_tool ("qpdf", "--check", path, NULL);

  /* The trim box is the A3 sheet, the bleed 3 mm (8.50 pt) around it, and
   * the crop marks 5 mm beyond. */
  g_assert_nonnull (strstr (boxes, "MediaBox:            0.00     0.00   887.24  1235.91"));
  g_assert_nonnull (strstr (boxes, "BleedBox:           14.17    14.17   873.07  1221.73"));
  g_assert_nonnull (strstr (boxes, "TrimBox:            22.68    22.68   864.57  1213.23"));
  g_assert_nonnull (strstr (check, "No syntax or stream encoding errors found"));
  g_file_get_contents (path, &raw, &raw_len, NULL);
  /* The catalog, written again at the end, has the document's language. */
  g_assert_true (sk_test_contains (raw, raw_len, "/Lang (nb)"));
  sk_test_remove_dir (dir);
}

static void
test_tiles (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("sondre-trondelag");
  g_autofree char *dir = sk_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "ark.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  g_autofree char *check = NULL;
  g_autofree char *assembly = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *last = NULL;
  SkExportOptions options = { SK_EXPORT_FORMAT_PDF, 0, 0, NULL, 0, FALSE, FALSE };

  /* A1 (594 × 841 mm) on A4 with 10 mm margins and a 10 mm glue edge:
   * landscape sheets show 277 × 190 mm, step 267 × 180 mm: 3 × 5 sheets. */
  sk_paper_parse ("A1", FALSE, &options.width, &options.height, NULL);
  g_assert_true (sk_export_tiles (map, &options, "A4", 10, path, NULL, &error));
  g_assert_no_error (error);

  info = sk_test_run_tool ("pdfinfo", path, NULL);
  check = sk_test_run_tool ("qpdf", "--check", path, NULL);
  assembly = sk_test_run_tool ("mutool", "draw", "-F", "txt", "-o", "-", path, "1", NULL);
  sheet = sk_test_run_tool ("mutool", "draw", "-F", "txt", "-o", "-", path, "2", NULL);
  last = sk_test_run_tool ("mutool", "draw", "-F", "txt", "-o", "-", path, "16", NULL);

  g_assert_nonnull (strstr (info, "Pages:           16\n"));
  g_assert_nonnull (strstr (info, "Page size:       841.89 x 595.276 pts (A4)"));
  g_assert_nonnull (strstr (check, "No syntax or stream encoding errors found"));
  g_assert_nonnull (strstr (assembly, "Slik settes arkene sammen"));
  for (guint r = 1; r <= 5; r++)
    for (char c = 'A'; c <= 'C'; c++)
      {
        g_autofree char *name = g_strdup_printf ("%c%u", c, r);
        g_assert_nonnull (strstr (assembly, name));
      }
  g_assert_nonnull (strstr (sheet, "Ark A1: rad 1, kolonne A (av 15 ark)"));
  /* The first sheet shows the title, in vector text. */
  g_assert_nonnull (strstr (sheet, "Barn og unges"));
  g_assert_nonnull (strstr (last, "Ark C5: rad 5, kolonne C (av 15 ark)"));

  /* Glue margins out of range are refused. */
  g_assert_false (sk_export_tiles (map, &options, "A4", 80, path, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  sk_test_remove_dir (dir);
}

static void
test_pathway_sheets (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("sondre-trondelag");
  g_autofree char *dir = sk_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "forlop.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *info = NULL;
  g_autofree char *check = NULL;
  GListModel *pathways = sk_map_get_pathways (map);
  SkExportOptions options = { SK_EXPORT_FORMAT_PDF, 0, 0, "nn", 0, FALSE, FALSE };

  sk_paper_parse ("A4", FALSE, &options.width, &options.height, NULL);
  g_assert_true (sk_export_pathways (map, &options, path, &warnings, &error));
  g_assert_no_error (error);
  /* Every pathway of the template fits its page. */
  g_assert_cmpuint (warnings->len, ==, 0);

  info = sk_test_run_tool ("pdfinfo", path, NULL);
  check = sk_test_run_tool ("qpdf", "--check", path, NULL);
  g_assert_nonnull (strstr (info, "Pages:           7\n"));
  g_assert_nonnull (strstr (info, "Tagged:          yes"));
  g_assert_nonnull (strstr (check, "No syntax or stream encoding errors found"));

  /* Page by page: the pathway's name, then each step's service, in nynorsk. */
  for (guint i = 0; i < g_list_model_get_n_items (pathways); i++)
    {
      g_autoptr(SkPathway) pathway = g_list_model_get_item (pathways, i);
      g_autofree char *page = g_strdup_printf ("%u", i + 1);
      g_autofree char *text = sk_test_run_tool ("mutool", "draw", "-F", "txt", "-o", "-", path, page, NULL);
      g_autofree char *all = squeeze (text);
      g_autofree char *name = squeeze (sk_pathway_get_name (pathway, "nn"));

      g_assert_true (g_str_has_prefix (all, name));
      for (guint s = 0; s < sk_pathway_get_n_steps (pathway); s++)
        {
          SkService *service = SK_SERVICE (sk_map_lookup (map, SK_KIND_SERVICE, sk_pathway_get_step_service (pathway, s)));
          g_autofree char *service_name = squeeze (sk_service_get_name (service, "nn"));
          g_assert_nonnull (strstr (all, service_name));
        }
    }
  sk_test_remove_dir (dir);
}

static void
test_svg (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("sondre-trondelag");
  g_autoptr(SkUndoStack) stack = sk_undo_stack_new (map);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkCommand) command = NULL;
  g_autofree char *path = NULL;
  g_autofree char *svg = NULL;
  g_autofree char *png = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GString) joined = g_string_new (NULL);
  g_autoptr(GRegex) text_element = g_regex_new ("<text[^>]*>([^<]*)</text>", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  /* User text that must not become markup. */
  command = sk_command_new_set_text (map, SK_KIND_SERVICE, "ppt", "name", "nb",
                                     "<script>alert(\"x\")</script> & 'PPT'", &error);
  g_assert_no_error (error);
  sk_undo_stack_push (stack, command);
  g_clear_object (&command);
  /* A web page makes the card a link. */
  command = sk_command_new_set_string (map, SK_KIND_SERVICE, "ppt", "contact.web",
                                       "https://www.example.no/ppt?a=1&b=2", &error);
  g_assert_no_error (error);
  sk_undo_stack_push (stack, command);

  path = export (map, SK_EXPORT_FORMAT_SVG, "A2", FALSE, 0, "plakat.svg");
  g_file_get_contents (path, &svg, NULL, &error);
  g_assert_no_error (error);

  g_free (sk_test_run_tool ("xmllint", "--noout", path, NULL));
  dir = g_path_get_dirname (path);
  png = g_build_filename (dir, "rendered.png", NULL);
  g_free (sk_test_run_tool ("rsvg-convert", "-w", "400", "-o", png, path, NULL));
  g_assert_true (g_file_test (png, G_FILE_TEST_EXISTS));

  g_assert_nonnull (strstr (svg, "width=\"420mm\" height=\"594mm\" viewBox=\"0 0 1190.55 1683.78\""));
  g_assert_nonnull (strstr (svg, "<title>Barn og unges helsetjeneste i søndre Trøndelag</title>"));
  g_assert_nonnull (strstr (svg, "lang=\"nb\""));
  g_assert_null (strstr (svg, "<script"));
  g_assert_nonnull (strstr (svg, "&lt;script&gt;alert(&quot;x&quot;)"));
  g_assert_nonnull (strstr (svg, "<a href=\"https://www.example.no/ppt?a=1&amp;b=2\">"));
  g_assert_cmpuint (count_of (svg, "<a "), ==, 1);

  /* The same link in a PDF, which stays valid. */
  {
    g_autofree char *pdf = export (map, SK_EXPORT_FORMAT_PDF, "A3", FALSE, 0, "lenke.pdf");
    g_autofree char *check = sk_test_run_tool ("qpdf", "--check", pdf, NULL);
    g_autofree char *raw = NULL;
    gsize raw_len;

    g_assert_nonnull (strstr (check, "No syntax or stream encoding errors found"));
    g_file_get_contents (pdf, &raw, &raw_len, NULL);
    g_assert_true (sk_test_contains (raw, raw_len, "/URI (https://www.example.no/ppt?a=1&b=2)"));
    remove_export (pdf);
  }
  /* Text is text, not glyph outlines: the only paths are in the sector
   * icons, each a nested <svg> on one line. */
  {
    g_autoptr(GRegex) icons = g_regex_new ("<svg x=[^\n]*</svg>", 0, 0, NULL);
    g_autofree char *without_icons = g_regex_replace_literal (icons, svg, -1, 0, "", 0, NULL);

    g_assert_nonnull (strstr (svg, "viewBox=\"0 0 16 16\"><title>Health</title>"));
    g_assert_null (strstr (without_icons, "<path"));
  }

  /* Every service's name is there as text (wrapped over <text> lines). */
  g_regex_match (text_element, svg, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *t = g_match_info_fetch (match, 1);
      g_string_append (joined, t);
      g_match_info_next (match, NULL);
    }
  {
    /* Compare unescaped: turn the entities back. */
    g_autoptr(GString) plain = g_string_new (joined->str);
    g_string_replace (plain, "&lt;", "<", 0);
    g_string_replace (plain, "&gt;", ">", 0);
    g_string_replace (plain, "&quot;", "\"", 0);
    g_string_replace (plain, "&apos;", "'", 0);
    g_string_replace (plain, "&#39;", "'", 0);
    g_string_replace (plain, "&amp;", "&", 0);
    assert_names_in (map, plain->str);
  }
  remove_export (path);
}

static guint32
read_be32 (const guchar *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static void
test_png (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("generisk");
  g_autofree char *path = export (map, SK_EXPORT_FORMAT_PNG, "A3", TRUE, 96, "plakat.png");
  g_autofree char *data = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  g_assert_cmpuint (len, >, 24);
  g_assert_cmpint (memcmp (data, "\x89PNG\r\n\x1a\n", 8), ==, 0);
  /* A3 landscape at 96 dpi: 420 × 297 mm. */
  g_assert_cmpuint (read_be32 ((guchar *) data + 16), ==, (guint32) lround (420 / 25.4 * 96));
  g_assert_cmpuint (read_be32 ((guchar *) data + 20), ==, (guint32) lround (297 / 25.4 * 96));
  remove_export (path);
}

/* The renderer's pixels against a reviewed image. Antialiasing may move by
 * a level with a library update, never the drawing: at most 0.5 % of the
 * pixels may differ by more than 2 levels in a channel. A failed run keeps
 * its image beside the test for a look. */
static void
test_golden_png (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("generisk");
  g_autofree char *golden_path = sk_test_data_path ("golden/poster-generisk-a4.png");
  g_autofree char *path = export (map, SK_EXPORT_FORMAT_PNG, "A4", FALSE, 60, "golden.png");
  cairo_surface_t *golden = cairo_image_surface_create_from_png (golden_path);
  cairo_surface_t *actual = cairo_image_surface_create_from_png (path);
  int width, height, golden_stride, actual_stride;
  guint different = 0;
  const guchar *g, *a;

  g_assert_cmpint (cairo_surface_status (golden), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_surface_status (actual), ==, CAIRO_STATUS_SUCCESS);
  width = cairo_image_surface_get_width (golden);
  height = cairo_image_surface_get_height (golden);
  g_assert_cmpint (cairo_image_surface_get_width (actual), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (actual), ==, height);

  g = cairo_image_surface_get_data (golden);
  a = cairo_image_surface_get_data (actual);
  golden_stride = cairo_image_surface_get_stride (golden);
  actual_stride = cairo_image_surface_get_stride (actual);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      for (int c = 0; c < 3; c++)
        if (ABS (g[y * golden_stride + 4 * x + c] - a[y * actual_stride + 4 * x + c]) > 2)
          {
            different++;
            break;
          }

  if (different > (guint) (width * height) / 200)
    {
      g_autofree char *kept = g_build_filename (g_get_tmp_dir (), "sammenkart-golden-actual.png", NULL);

      cairo_surface_write_to_png (actual, kept);
      g_error ("%u of %d pixels differ from the golden image; this run's image is %s",
               different, width * height, kept);
    }
  cairo_surface_destroy (golden);
  cairo_surface_destroy (actual);
  remove_export (path);
}

static void
test_png_too_large (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("generisk");
  g_autoptr(GError) error = NULL;
  SkExportOptions options = { SK_EXPORT_FORMAT_PNG, 0, 0, NULL, 1200, FALSE, FALSE };

  sk_paper_parse ("A0", FALSE, &options.width, &options.height, NULL);
  g_assert_false (sk_export_poster (map, &options, "/nonexistent/x.png", NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

/* The same map and options give the same file. */
static void
test_deterministic (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("generisk");
  g_autofree char *a = export (map, SK_EXPORT_FORMAT_SVG, "A3", FALSE, 0, "a.svg");
  g_autofree char *b = export (map, SK_EXPORT_FORMAT_SVG, "A3", FALSE, 0, "b.svg");
  g_autofree char *da = NULL;
  g_autofree char *db = NULL;

  g_file_get_contents (a, &da, NULL, NULL);
  g_file_get_contents (b, &db, NULL, NULL);
  g_assert_cmpstr (da, ==, db);
  remove_export (a);
  remove_export (b);
}

static void
test_cli (void)
{
  g_autofree char *dir = sk_test_make_temp_dir ();
  g_autofree char *out = g_build_filename (dir, "plakat.pdf", NULL);
  g_autofree char *map = g_strdup_printf ("%s/sondre-trondelag.sammenkart", g_getenv ("SK_TEMPLATES_DIR"));
  g_autofree char *printed = sk_test_run_tool (g_getenv ("SK_SAMMENKART"), "export", "poster", map, "-o", out,
                                       "--paper", "A3", "--landscape", "--language", "nn", NULL);
  g_autofree char *info = sk_test_run_tool ("pdfinfo", out, NULL);
  g_autofree char *text = sk_test_run_tool ("mutool", "draw", "-F", "txt", "-o", "-", out, NULL);

  g_assert_nonnull (strstr (printed, "plakat.pdf: poster written"));
  g_assert_nonnull (strstr (info, "Page size:       1190.55 x 841.89 pts (A3)"));
  /* Nynorsk, asked for on the command line. */
  g_assert_nonnull (strstr (text, "helseteneste"));
  g_assert_nonnull (strstr (text, "Innhaldet sist kontrollert: 23.11.2026"));
  /* The footer names the region. */
  g_assert_nonnull (strstr (text, "Helsefellesskapet i søndre Trøndelag · Laga med Sammenkart"));
  sk_test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/pdf", test_pdf);
  g_test_add_func ("/export/bleed-and-marks", test_bleed_and_marks);
  g_test_add_func ("/export/tiles", test_tiles);
  g_test_add_func ("/export/pathway-sheets", test_pathway_sheets);
  g_test_add_func ("/export/svg", test_svg);
  g_test_add_func ("/export/png", test_png);
  g_test_add_func ("/export/golden-png", test_golden_png);
  g_test_add_func ("/export/png-too-large", test_png_too_large);
  g_test_add_func ("/export/deterministic", test_deterministic);
  g_test_add_func ("/export/cli", test_cli);

  return g_test_run ();
}
