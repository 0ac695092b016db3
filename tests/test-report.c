/* test-report.c — the workshop report, and notes kept out of family exports
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report is read back with the tools printers use: pdfinfo and pdffonts
 * (poppler-utils), qpdf, mutool (mupdf-tools). The markers are found on
 * page 1 by the colour of their numbers, and must sit at their notes'
 * places as the poster's layout has them.
 */
#include "config.h"

#include <math.h>

#include "sk-commands.h"
#include "sk-export.h"
#include "sk-layout.h"
#include "sk-note.h"
#include "sk-paper.h"
#include "sk-pathway.h"
#include "sk-service.h"
#include "sk-test-util.h"
#include "sk-undo-stack.h"

/* The markers' numbers are printed in this dark brown, and nothing else
 * (read back within a level per channel: cairo and mupdf round). */
static const guint marker_ink[3] = { 0x3a, 0x2c, 0x00 };

/* A word no map, template or translation has. */
#define SECRET "Zqxvyblomst"

typedef struct {
  double x;
  double y;
  char   c[8];
} MarkerChar;

static void
push (SkUndoStack *stack,
      SkCommand   *command)
{
  g_assert_nonnull (command);
  sk_undo_stack_push (stack, command);
  g_object_unref (command);
}

static char *
add_note (SkMap       *map,
          SkUndoStack *stack,
          SkKind       kind,
          const char  *target,
          const char  *text,
          const char  *author)
{
  g_autoptr(GError) error = NULL;
  char *id = NULL;

  push (stack, sk_command_new_add_note (map, kind, target, text, author, &id, &error));
  g_assert_no_error (error);
  return id;
}

static SkExportOptions
paper (const char *name,
       gboolean    landscape)
{
  SkExportOptions options = { SK_EXPORT_FORMAT_PDF, 0, 0, NULL, 0, FALSE, FALSE };

  g_assert_true (sk_paper_parse (name, landscape, &options.width, &options.height, NULL));
  return options;
}

/* Text with all white space removed: text may wrap anywhere. */
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
assert_contains (const char *haystack,
                 const char *needle)
{
  g_autofree char *all = squeeze (haystack);
  g_autofree char *part = squeeze (needle);

  if (strstr (all, part) == NULL)
    g_error ("«%s» is not in the report's text", needle);
}

static char *
page_text (const char *path,
           const char *pages)
{
  return sk_test_run_tool ("mutool", "draw", "-F", "txt", "-o", "-", path, pages, NULL);
}

/* The characters on a page printed in the markers' colour. */
static GArray *
marker_chars (const char *path,
              const char *page)
{
  g_autofree char *stext = sk_test_run_tool ("mutool", "draw", "-F", "stext", "-o", "-", path, page, NULL);
  g_autoptr(GRegex) regex = g_regex_new ("x=\"([-0-9.]+)\" y=\"([-0-9.]+)\" color=\"#([0-9a-f]{6})\" c=\"([^\"]*)\"",
                                         0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GArray *chars = g_array_new (FALSE, TRUE, sizeof (MarkerChar));

  g_regex_match (regex, stext, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *x = g_match_info_fetch (match, 1);
      g_autofree char *y = g_match_info_fetch (match, 2);
      g_autofree char *color = g_match_info_fetch (match, 3);
      g_autofree char *c = g_match_info_fetch (match, 4);
      guint32 rgb = (guint32) g_ascii_strtoull (color, NULL, 16);
      MarkerChar mc = { g_ascii_strtod (x, NULL), g_ascii_strtod (y, NULL), { 0 } };
      gboolean ink = TRUE;

      for (int i = 0; i < 3; i++)
        ink &= ABS ((int) ((rgb >> (16 - 8 * i)) & 0xff) - (int) marker_ink[i]) <= 1;
      /* mupdf puts in a space where glyphs are apart. */
      if (ink && *g_strstrip (c) != '\0')
        {
          g_strlcpy (mc.c, c, sizeof mc.c);
          g_array_append_val (chars, mc);
        }
      g_match_info_next (match, NULL);
    }
  return chars;
}

/* Asserts that marker @number (one digit) is printed inside @area. */
static void
assert_marker_in (GArray       *chars,
                  guint         number,
                  const SkRect *area)
{
  char digit[2] = { (char) ('0' + number), '\0' };

  g_assert_cmpuint (number, <, 10);
  for (guint i = 0; i < chars->len; i++)
    {
      const MarkerChar *mc = &g_array_index (chars, MarkerChar, i);

      if (g_strcmp0 (mc->c, digit) == 0
          && mc->x >= area->x && mc->x <= area->x + area->width
          && mc->y >= area->y && mc->y <= area->y + area->height)
        return;
    }
  g_error ("marker %u is not in (%.0f, %.0f) to (%.0f, %.0f)", number, area->x, area->y,
           area->x + area->width, area->y + area->height);
}

/* The card of a service, grown by half its height all round: the markers
 * sit on its top edge, from the left. */
static SkRect
around_card (SkLayout   *layout,
             const char *service_id)
{
  SkCardLayout *card = sk_layout_find_card (layout, service_id);
  double m;

  g_assert_nonnull (card);
  m = card->rect.height / 2;
  return (SkRect) { card->rect.x - m, card->rect.y - m, card->rect.width / 2 + 2 * m, card->rect.height };
}

static char *
note_time (SkMap      *map,
           const char *note_id)
{
  SkNote *note = SK_NOTE (sk_map_lookup (map, SK_KIND_NOTE, note_id));
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (sk_note_get_created (note), NULL);

  g_assert_nonnull (time);
  return g_date_time_format (time, "%Y-%m-%d %H:%M");
}

static void
assert_clean_pdf (const char *path,
                  const char *size)
{
  g_autofree char *info = sk_test_run_tool ("pdfinfo", path, NULL);
  g_autofree char *check = sk_test_run_tool ("qpdf", "--check", path, NULL);
  g_autofree char *fonts = sk_test_run_tool ("pdffonts", path, NULL);
  g_auto(GStrv) font_lines = g_strsplit (fonts, "\n", -1);
  g_autofree char *raw = NULL;
  gsize raw_len;
  guint n_fonts = 0;

  g_assert_nonnull (strstr (info, size));
  g_assert_nonnull (strstr (info, "Tagged:          yes"));
  g_assert_nonnull (strstr (info, "Title:           Barn og unges helsetjeneste i søndre Trøndelag"));
  g_assert_nonnull (strstr (check, "No syntax or stream encoding errors found"));
  /* Every font is embedded, and it is the export font. */
  for (guint l = 2; font_lines[l] != NULL && *font_lines[l]; l++, n_fonts++)
    {
      g_assert_nonnull (strstr (font_lines[l], "NotoSans"));
      g_assert_nonnull (strstr (font_lines[l], " yes yes "));
    }
  g_assert_cmpuint (n_fonts, >, 0);
  g_file_get_contents (path, &raw, &raw_len, NULL);
  g_assert_true (sk_test_contains (raw, raw_len, "/Lang (nb)"));
}

static guint
n_pages (const char *path)
{
  g_autofree char *info = sk_test_run_tool ("pdfinfo", path, NULL);
  const char *line = strstr (info, "Pages:");

  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
}

static void
test_report (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("sondre-trondelag");
  g_autoptr(SkUndoStack) stack = sk_undo_stack_new (map);
  g_autofree char *dir = sk_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "verksted.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *new_pathway = NULL;
  g_autofree char *list = NULL;
  g_autofree char *poster = NULL;
  g_autofree char *outline = NULL;
  g_autoptr(GArray) chars = NULL;
  g_autoptr(SkLayout) layout = NULL;
  SkExportOptions options = paper ("A3", FALSE);
  SkLayoutOptions layout_options = { options.width, options.height, NULL };
  const char *first_step;
  char *ids[7];
  guint pages;

  /* Put in a mixed order: the report lists them by place, in the map's
   * order, and numbers them so. */
  ids[4] = add_note (map, stack, SK_KIND_SERVICE, "politi", "Politikontakten er ny i år", "Per");
  ids[2] = add_note (map, stack, SK_KIND_SERVICE, "ppt", "Ventetid på seks måneder for utredning", "Ola");
  ids[5] = add_note (map, stack, SK_KIND_PATHWAY, "angst", "Hvem følger opp i ventetiden?", "Kari");
  ids[1] = add_note (map, stack, SK_KIND_LEVEL, "niva-2", "Mangler fastlege og psykolog i flere kommuner", NULL);
  ids[3] = add_note (map, stack, SK_KIND_SERVICE, "ppt", "Hvem tar kontakt med skolen?", "Kari");
  /* A pathway with no steps: its note's marker is on the legend. */
  push (stack, sk_command_new_add_pathway (map, "Overgang til voksen", "#7a3b00", &new_pathway, &error));
  g_assert_no_error (error);
  ids[6] = add_note (map, stack, SK_KIND_PATHWAY, new_pathway, "Trenger et eget forløp", "Kari");

  g_assert_true (sk_export_report (map, &options, path, &warnings, &error));
  g_assert_no_error (error);
  g_assert_nonnull (warnings);

  assert_clean_pdf (path, "Page size:       841.89 x 1190.55 pts (A3)");
  pages = n_pages (path);
  g_assert_cmpuint (pages, >=, 2);

  /* Page 1 is the poster: its title and every service. */
  poster = page_text (path, "1");
  assert_contains (poster, "Barn og unges helsetjeneste i søndre Trøndelag");
  assert_contains (poster, "Pedagogisk-psykologisk tjeneste (PPT)");
  assert_contains (poster, "Angstplager");

  /* The list: the title, each place's heading, and each note with its
   * number, text, author and time, in order. */
  list = page_text (path, "2-N");
  {
    g_autofree char *all = squeeze (list);
    g_autofree char *p1 = NULL, *p2 = NULL, *p3 = NULL, *p4 = NULL, *p5 = NULL, *p6 = NULL;
    const char *order[] = {
      "Level 2: Lavterskel hjelp i kommunen",
      "Pedagogisk-psykologisk tjeneste (PPT)",
      "Politiet",
      "Pathway: Angstplager",
      "Pathway: Overgang til voksen",
    };
    const char *last = all;

    assert_contains (list, "Workshop report");
    assert_contains (list, "Barn og unges helsetjeneste i søndre Trøndelag");
    assert_contains (list, "6 notes");
    for (guint i = 0; i < G_N_ELEMENTS (order); i++)
      {
        g_autofree char *heading = squeeze (order[i]);
        const char *at = strstr (last, heading);

        if (at == NULL)
          g_error ("«%s» is not in the report, or out of order", order[i]);
        last = at;
      }

    p1 = note_time (map, ids[1]);
    p2 = note_time (map, ids[2]);
    p3 = note_time (map, ids[3]);
    p4 = note_time (map, ids[4]);
    p5 = note_time (map, ids[5]);
    p6 = note_time (map, ids[6]);
    {
      g_autofree char *n1 = g_strdup_printf ("1 Mangler fastlege og psykolog i flere kommuner — %s", p1);
      g_autofree char *n2 = g_strdup_printf ("2 Ventetid på seks måneder for utredning — Ola, %s", p2);
      g_autofree char *n3 = g_strdup_printf ("3 Hvem tar kontakt med skolen? — Kari, %s", p3);
      g_autofree char *n4 = g_strdup_printf ("4 Politikontakten er ny i år — Per, %s", p4);
      g_autofree char *n5 = g_strdup_printf ("5 Hvem følger opp i ventetiden? — Kari, %s", p5);
      g_autofree char *n6 = g_strdup_printf ("6 Trenger et eget forløp — Kari, %s", p6);

      assert_contains (list, n1);
      assert_contains (list, n2);
      assert_contains (list, n3);
      assert_contains (list, n4);
      assert_contains (list, n5);
      assert_contains (list, n6);
    }
  }
  /* Each place is a bookmark to the page its notes are on. */
  outline = sk_test_run_tool ("mutool", "show", path, "outline", NULL);
  g_assert_nonnull (strstr (outline, "\"The map with the notes' markers\"\t#page=1"));
  g_assert_nonnull (strstr (outline, "\"Pedagogisk-psykologisk tjeneste (PPT)\"\t#page=2"));

  /* The markers: one per note, on page 1 only, at its place. */
  chars = marker_chars (path, "1");
  g_assert_cmpuint (chars->len, ==, 6);
  layout = sk_layout_new_poster (map, &layout_options);
  {
    SkRect ppt = around_card (layout, "ppt");
    SkRect politi = around_card (layout, "politi");
    SkBandLayout *band = g_ptr_array_index (layout->bands, 1);
    /* The band's left edge, at its top, where its name is. */
    SkRect edge = { band->corners[6] - 40, band->corners[7] - 5, 60, 30 };
    SkPathway *angst = SK_PATHWAY (sk_map_lookup (map, SK_KIND_PATHWAY, "angst"));
    SkLegendEntry *entry = g_ptr_array_index (layout->legend, layout->legend->len - 1);
    SkRect legend = { entry->mark_rect.x - 10, entry->mark_rect.y - 10, entry->mark_rect.width + 20, 20 };
    SkRect first;

    g_assert_cmpstr (band->level_id, ==, "niva-2");
    g_assert_cmpint (entry->mark, ==, SK_LEGEND_LINE);
    first_step = sk_pathway_get_step_service (angst, 0);
    first = around_card (layout, first_step);

    assert_marker_in (chars, 1, &edge);
    assert_marker_in (chars, 2, &ppt);
    assert_marker_in (chars, 3, &ppt);
    assert_marker_in (chars, 4, &politi);
    assert_marker_in (chars, 5, &first);
    assert_marker_in (chars, 6, &legend);
  }
  /* No marker on the list pages. */
  for (guint page = 2; page <= pages; page++)
    {
      g_autofree char *number = g_strdup_printf ("%u", page);
      g_autoptr(GArray) on_page = marker_chars (path, number);

      g_assert_cmpuint (on_page->len, ==, 0);
    }

  for (guint i = 1; i < G_N_ELEMENTS (ids); i++)
    g_free (ids[i]);
  sk_test_remove_dir (dir);
}

/* Without notes: the poster, exactly as the poster export has it, and a
 * page that says there are none. */
static void
test_no_notes (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("sondre-trondelag");
  g_autofree char *dir = sk_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "verksted.pdf", NULL);
  g_autofree char *poster_path = g_build_filename (dir, "plakat.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *report_poster = NULL;
  g_autofree char *poster = NULL;
  g_autofree char *list = NULL;
  g_autoptr(GArray) chars = NULL;
  SkExportOptions options = paper ("A4", TRUE);

  g_assert_cmpuint (g_list_model_get_n_items (sk_map_get_notes (map)), ==, 0);
  g_assert_true (sk_export_report (map, &options, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (sk_export_poster (map, &options, poster_path, NULL, &error));
  g_assert_no_error (error);

  assert_clean_pdf (path, "Page size:       841.89 x 595.276 pts (A4)");
  g_assert_cmpuint (n_pages (path), ==, 2);
  report_poster = page_text (path, "1");
  poster = page_text (poster_path, "1");
  g_assert_cmpstr (report_poster, ==, poster);
  list = page_text (path, "2");
  assert_contains (list, "Workshop report");
  assert_contains (list, "The map has no workshop notes.");
  chars = marker_chars (path, "1");
  g_assert_cmpuint (chars->len, ==, 0);
  sk_test_remove_dir (dir);
}

/* Many long notes flow over pages; every page's foot has its number. */
static void
test_many_notes (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("sondre-trondelag");
  g_autoptr(SkUndoStack) stack = sk_undo_stack_new (map);
  g_autofree char *dir = sk_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "verksted.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *list = NULL;
  g_autoptr(GArray) chars = NULL;
  SkExportOptions options = paper ("A4", FALSE);
  guint pages, digits = 0;

  for (guint i = 1; i <= 40; i++)
    {
      g_autofree char *text = g_strdup_printf ("Merknad %u: ventetiden er for lang, og foreldrene vet ikke hvem "
                                               "de skal ringe mens de venter; det bør stå på kartet hvem som "
                                               "har ansvaret (punkt %u).", i, i);
      g_free (add_note (map, stack, SK_KIND_SERVICE, i % 2 ? "fastlege" : "bup", text, "Fasilitator"));
      digits += i < 10 ? 1 : 2;
    }
  g_assert_true (sk_export_report (map, &options, path, &warnings, &error));
  g_assert_no_error (error);
  /* Every note fits a page (the poster's own warnings may be there). */
  for (guint i = 0; i < warnings->len; i++)
    g_assert_null (strstr (g_ptr_array_index (warnings, i), "taller than a page"));

  assert_clean_pdf (path, "Page size:       595.276 x 841.89 pts (A4)");
  pages = n_pages (path);
  g_assert_cmpuint (pages, >=, 4);
  list = page_text (path, "2-N");
  for (guint i = 1; i <= 40; i++)
    {
      g_autofree char *text = g_strdup_printf ("Merknad %u: ventetiden", i);
      g_autofree char *end = g_strdup_printf ("(punkt %u). — Fasilitator", i);

      assert_contains (list, text);
      assert_contains (list, end);
    }
  for (guint page = 2; page <= pages; page++)
    {
      g_autofree char *number = g_strdup_printf ("%u", page);
      g_autofree char *text = page_text (path, number);
      g_autofree char *foot = g_strdup_printf ("Workshop report · %u", page);

      assert_contains (text, foot);
    }
  /* Each marker's number is on the map, digit by digit. */
  chars = marker_chars (path, "1");
  g_assert_cmpuint (chars->len, ==, digits);
  sk_test_remove_dir (dir);
}

static void
test_pdf_only (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("generisk");
  g_autoptr(GError) error = NULL;
  SkExportOptions options = paper ("A4", FALSE);

  options.format = SK_EXPORT_FORMAT_SVG;
  g_assert_false (sk_export_report (map, &options, "/nonexistent/verksted.svg", NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
}

/* Overwrites, in a PDF, what changes from one run to the next: the
 * creation time, and the /ID made from what cairo wrote. */
static void
mask_run (char       *data,
          gsize       len,
          const char *start,
          char        end)
{
  gsize n = strlen (start);

  for (gsize i = 0; i + n <= len; i++)
    if (memcmp (data + i, start, n) == 0)
      for (gsize j = i + n; j < len && data[j] != end; j++)
        data[j] = 'x';
}

static void
assert_same_pdf (const char *a,
                 const char *b)
{
  g_autofree char *da = NULL;
  g_autofree char *db = NULL;
  gsize la, lb;

  g_assert_true (g_file_get_contents (a, &da, &la, NULL));
  g_assert_true (g_file_get_contents (b, &db, &lb, NULL));
  g_assert_cmpuint (la, ==, lb);
  mask_run (da, la, "/CreationDate (", ')');
  mask_run (db, lb, "/CreationDate (", ')');
  mask_run (da, la, "/ID [", ']');
  mask_run (db, lb, "/ID [", ']');
  g_assert_true (memcmp (da, db, la) == 0);
}

static char *
read_text_file (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* Notes are for the workshop: no family export shows them, and they
 * change nothing in a poster. */
static void
test_family_exports_leave_notes_out (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("sondre-trondelag");
  g_autoptr(SkUndoStack) stack = sk_undo_stack_new (map);
  g_autofree char *dir = sk_test_make_temp_dir ();
  g_autofree char *before_pdf = g_build_filename (dir, "før.pdf", NULL);
  g_autofree char *before_svg = g_build_filename (dir, "før.svg", NULL);
  g_autofree char *poster_pdf = g_build_filename (dir, "plakat.pdf", NULL);
  g_autofree char *poster_svg = g_build_filename (dir, "plakat.svg", NULL);
  g_autofree char *tiles = g_build_filename (dir, "ark.pdf", NULL);
  g_autofree char *pathways = g_build_filename (dir, "forlop.pdf", NULL);
  g_autofree char *brochure = g_build_filename (dir, "brosjyre.pdf", NULL);
  g_autofree char *local = g_build_filename (dir, "roros.pdf", NULL);
  g_autofree char *report = g_build_filename (dir, "verksted.pdf", NULL);
  g_autoptr(GError) error = NULL;
  SkExportOptions a3 = paper ("A3", FALSE);
  SkExportOptions a4 = paper ("A4", FALSE);
  SkExportOptions a5 = paper ("A5", FALSE);
  SkExportOptions svg = a3;
  const char *family[] = { poster_pdf, tiles, pathways, brochure, local };

  svg.format = SK_EXPORT_FORMAT_SVG;
  g_assert_true (sk_export_poster (map, &a3, before_pdf, NULL, &error));
  g_assert_true (sk_export_poster (map, &svg, before_svg, NULL, &error));
  g_assert_no_error (error);

  g_free (add_note (map, stack, SK_KIND_SERVICE, "ppt", "Ventetiden er " SECRET " lang", "Ola"));
  g_free (add_note (map, stack, SK_KIND_LEVEL, "niva-3", SECRET " på nivå 3", "Kari"));
  g_free (add_note (map, stack, SK_KIND_PATHWAY, "angst", "Forløpet mangler " SECRET, SECRET "forfatter"));

  g_assert_true (sk_export_poster (map, &a3, poster_pdf, NULL, &error));
  g_assert_true (sk_export_poster (map, &svg, poster_svg, NULL, &error));
  g_assert_true (sk_export_tiles (map, &a3, "A4", 10, tiles, NULL, &error));
  g_assert_true (sk_export_pathways (map, &a4, pathways, NULL, &error));
  g_assert_true (sk_export_brochure (map, &a5, NULL, brochure, NULL, &error));
  g_assert_true (sk_export_brochure (map, &a5, "roros", local, NULL, &error));
  g_assert_true (sk_export_report (map, &a3, report, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (family); i++)
    {
      g_autofree char *text = sk_test_run_tool ("mutool", "draw", "-F", "txt", "-o", "-", family[i], NULL);
      g_autofree char *all = squeeze (text);

      g_assert_cmpuint (strlen (all), >, 100);
      if (strstr (all, SECRET) != NULL)
        g_error ("a note is in %s", family[i]);
    }
  {
    g_autofree char *text = read_text_file (poster_svg);
    g_autofree char *before = read_text_file (before_svg);

    g_assert_null (strstr (text, SECRET));
    /* The posters are the same with notes as without. */
    g_assert_cmpstr (text, ==, before);
    assert_same_pdf (before_pdf, poster_pdf);
  }
  /* The report is where they are. */
  {
    g_autofree char *text = page_text (report, "2-N");
    g_autofree char *all = squeeze (text);

    g_assert_nonnull (strstr (all, "Ventetidener" SECRET "lang"));
    g_assert_nonnull (strstr (all, SECRET "forfatter"));
  }
  sk_test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/pdf", test_report);
  g_test_add_func ("/report/no-notes", test_no_notes);
  g_test_add_func ("/report/many-notes", test_many_notes);
  g_test_add_func ("/report/pdf-only", test_pdf_only);
  g_test_add_func ("/report/family-exports-leave-notes-out", test_family_exports_leave_notes_out);

  return g_test_run ();
}
