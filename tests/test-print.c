/* test-print.c — printing the poster through GtkPrintOperation: fitted on one
 * sheet, tiled across sheets, sent to a PDF printer, through the dialog's
 * Poster tab, and previewed
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built with src/app/sk-print.c itself. Needs a display (the print dialog's
 * machinery is GTK's); without one the test is skipped. The PDFs are read
 * with poppler-utils and mupdf-tools, as a person would see them.
 */
#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <glib/gstdio.h>
#include <gtk/gtkunixprint.h>

#include "sk-paper.h"
#include "sk-print.h"
#include "sk-test-util.h"
#include "sk-tiling.h"

static char *folder;

/* --- reading the PDFs ------------------------------------------------------ */

static char *
pdf_info (const char *path)
{
  return sk_test_run_tool ("pdfinfo", path, NULL);
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *info = pdf_info (path);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

/* Every page @width × @height points (pdfinfo rounds to 2 or 3 places). */
static void
assert_page_size (const char *path,
                  double      width,
                  double      height)
{
  g_autofree char *info = pdf_info (path);
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  gboolean seen = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      double w, h;
      char *end;

      if (!g_str_has_prefix (lines[i], "Page size:"))
        continue;
      w = g_ascii_strtod (lines[i] + strlen ("Page size:"), &end);
      g_assert_true (g_str_has_prefix (end, " x "));
      h = g_ascii_strtod (end + 3, NULL);
      if (G_APPROX_VALUE (w, width, 0.5) && G_APPROX_VALUE (h, height, 0.5))
        seen = TRUE;
      else
        g_error ("%s: pages of %g × %g pt, not %g × %g pt:\n%s", path, w, h, width, height, info);
    }
  g_assert_true (seen);
}

static void
assert_a4 (const char *path,
           gboolean    landscape)
{
  double w = SK_MM_TO_PT (210), h = SK_MM_TO_PT (297);

  assert_page_size (path, landscape ? h : w, landscape ? w : h);
}

/* Text of the pages, as a reader of the PDF gets it (mutool reads small
 * text that pdftotext drops). */
static char *
pdf_text (const char *path)
{
  return sk_test_run_tool ("mutool", "draw", "-F", "txt", "-o", "-", path, NULL);
}

/* What is printed on a page, as fractions of the page's width and height
 * (x0, y0, x1, y1): the box around everything that is not white. */
typedef struct {
  double x0, y0, x1, y1;
} Ink;

static Ink
ink_of_pixels (const guchar *pixels,
               gsize         stride,
               int           x0,
               int           y0,
               int           width,
               int           height)
{
  int left = width, top = height, right = -1, bottom = -1;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guchar *p = pixels + (gsize) (y0 + y) * stride + (gsize) (x0 + x) * 4;

        if (MIN (MIN (p[0], p[1]), p[2]) < 200)
          {
            left = MIN (left, x);
            right = MAX (right, x);
            top = MIN (top, y);
            bottom = MAX (bottom, y);
          }
      }
  g_assert_cmpint (right, >=, 0);
  return (Ink) { left / (double) width, top / (double) height,
                 (right + 1) / (double) width, (bottom + 1) / (double) height };
}

static guchar *
download (GdkTexture *texture,
          gsize      *stride)
{
  guchar *pixels;

  *stride = (gsize) gdk_texture_get_width (texture) * 4;
  pixels = g_malloc (*stride * (gsize) gdk_texture_get_height (texture));
  gdk_texture_download (texture, pixels, *stride);
  return pixels;
}

/* Page @page (from 1) of the PDF, drawn by poppler at 30 dpi. */
static Ink
pdf_ink (const char *path,
         guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  g_autofree char *stem = g_build_filename (folder, "ink", NULL);
  g_autofree char *png = g_strconcat (stem, ".png", NULL);
  g_autofree char *out = sk_test_run_tool ("pdftoppm", "-png", "-r", "30", "-f", number, "-l", number,
                                           "-singlefile", path, stem, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = gdk_texture_new_from_filename (png, &error);
  g_autofree guchar *pixels = NULL;
  gsize stride;

  g_assert_no_error (error);
  pixels = download (texture, &stride);
  return ink_of_pixels (pixels, stride, 0, 0, gdk_texture_get_width (texture), gdk_texture_get_height (texture));
}

static void
assert_same_ink (Ink         a,
                 Ink         b,
                 const char *what)
{
  /* About 2 mm on an A4 page: blur and rounding, not a misplaced page. */
  const double slack = 0.01;

  if (!G_APPROX_VALUE (a.x0, b.x0, slack) || !G_APPROX_VALUE (a.y0, b.y0, slack)
      || !G_APPROX_VALUE (a.x1, b.x1, slack) || !G_APPROX_VALUE (a.y1, b.y1, slack))
    g_error ("%s: printed within (%.3f, %.3f)–(%.3f, %.3f) of the page, expected (%.3f, %.3f)–(%.3f, %.3f)",
             what, a.x0, a.y0, a.x1, a.y1, b.x0, b.y0, b.x1, b.y1);
}

/* --- running operations ------------------------------------------------------- */

static gboolean
tick (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @done says so; fails after @seconds. */
static void
wait_until (gboolean  (*done) (gpointer),
            gpointer    data,
            int         seconds,
            const char *what)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;
  guint ticker = g_timeout_add (20, tick, NULL);

  while (!done (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("still waiting after %d s: %s", seconds, what);
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (ticker);
}

typedef struct {
  gboolean                done;
  GtkPrintOperationResult result;
} Outcome;

static void
on_done (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         Outcome                 *outcome)
{
  outcome->done = TRUE;
  outcome->result = result;
}

static gboolean
is_done (gpointer data)
{
  return ((Outcome *) data)->done;
}

/* The file printer writes the file after GTK reports the job done. */
static gboolean
is_finished (gpointer data)
{
  return gtk_print_operation_is_finished (data);
}

static void
set_page (GtkPrintOperation  *operation,
          GtkPageOrientation  orientation)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, orientation);
  gtk_print_operation_set_default_page_setup (operation, setup);
}

static GtkPrintOperation *
operation_for (SkMap       *map,
               SkPrintMode  mode,
               gboolean     cut_marks)
{
  GtkPrintOperation *operation = sk_print_operation_new (map, NULL, NULL);

  /* Not what an earlier case left in print.ini. */
  sk_print_operation_set_poster (operation, mode, "A1", 10, cut_marks);
  set_page (operation, GTK_PAGE_ORIENTATION_PORTRAIT);
  return operation;
}

static void
export (GtkPrintOperation *operation,
        const char        *path)
{
  g_autoptr(GError) error = NULL;

  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
}

/* The core's plan for an A1 poster on A4 sheets with 10 mm glue margins:
 * what the tiled export prints. */
static guint
a1_on_a4_sheets (void)
{
  double a1_w, a1_h, a4_w, a4_h;
  SkTiling plan;

  g_assert_true (sk_paper_parse ("A1", FALSE, &a1_w, &a1_h, NULL));
  g_assert_true (sk_paper_parse ("A4", FALSE, &a4_w, &a4_h, NULL));
  plan = sk_tiling_plan (a1_w, a1_h, a4_w, a4_h, SK_MM_TO_PT (10));
  g_assert_cmpuint (plan.rows * plan.columns, >, 1);
  return plan.rows * plan.columns;
}

/* --- widgets ------------------------------------------------------------------ */

static GtkWidget *
find_widget (GtkWidget  *widget,
             gboolean  (*match) (GtkWidget *, const char *),
             const char *text)
{
  if (match (widget, text))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_check_button (GtkWidget  *widget,
                 const char *label)
{
  return GTK_IS_CHECK_BUTTON (widget) && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), label) == 0;
}

static gboolean
is_label_starting (GtkWidget  *widget,
                   const char *prefix)
{
  return GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix);
}

static gboolean
is_button_for (GtkWidget  *widget,
               const char *tooltip)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

static gboolean
is_drawing_area (GtkWidget  *widget,
                 const char *unused)
{
  return GTK_IS_DRAWING_AREA (widget);
}

static GtkWindow *
find_toplevel (GType       type,
               const char *title)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_mapped (GTK_WIDGET (window))
          && (title == NULL || g_strcmp0 (gtk_window_get_title (window), title) == 0))
        return window;
    }
  return NULL;
}

/* --- the cases ---------------------------------------------------------------- */

static void
test_fit (void)
{
  SkMap *map = sk_test_load_template ("generisk");
  GtkPrintOperation *operation = operation_for (map, SK_PRINT_FIT, TRUE);
  g_autofree char *path = g_build_filename (folder, "fit.pdf", NULL);
  g_autofree char *text = NULL;
  Ink ink;

  export (operation, path);
  g_assert_cmpuint (pdf_pages (path), ==, 1);
  assert_a4 (path, FALSE);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Helsestasjon"));
  g_assert_nonnull (strstr (text, "Barnevernstjenesten"));

  /* The poster fills the sheet's width, inside the printer's margins. */
  ink = pdf_ink (path, 1);
  g_assert_cmpfloat (ink.x1 - ink.x0, >, 0.8);
  g_assert_cmpfloat (ink.x0, >, 0.02);
  g_assert_cmpfloat (ink.x1, <, 0.98);

  /* The job lets go of the map with the operation. */
  g_assert_finalize_object (operation);
  g_assert_finalize_object (map);
}

/* On a landscape page the poster is laid out landscape too, and so fills
 * the page: turned upright, it would cover half its width. */
static void
test_fit_landscape (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("generisk");
  g_autoptr(GtkPrintOperation) operation = operation_for (map, SK_PRINT_FIT, TRUE);
  g_autofree char *path = g_build_filename (folder, "fit-landscape.pdf", NULL);
  g_autofree char *text = NULL;
  Ink ink;

  set_page (operation, GTK_PAGE_ORIENTATION_LANDSCAPE);
  export (operation, path);
  g_assert_cmpuint (pdf_pages (path), ==, 1);
  assert_a4 (path, TRUE);
  ink = pdf_ink (path, 1);
  g_assert_cmpfloat (ink.x1 - ink.x0, >, 0.8);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Helsestasjon"));
}

/* Sheet A1 (page 2): its part of the poster, clipped at the sheet's own
 * 10 mm margin on the left and the right, where the title runs across. */
static void
assert_first_sheet_in_margins (const char *path,
                               double      sheet_w)
{
  double m = SK_MM_TO_PT (10) / sheet_w;
  Ink ink = pdf_ink (path, 2);

  assert_same_ink ((Ink) { ink.x0, 0, ink.x1, 0 }, (Ink) { m, 0, 1 - m, 0 }, path);
}

/* Landscape sheets: the plan turns with them (the page's own orientation,
 * unlike the tiled export, which picks the one with fewer sheets). */
static void
test_tiles_landscape (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("generisk");
  g_autoptr(GtkPrintOperation) operation = operation_for (map, SK_PRINT_TILES, TRUE);
  g_autofree char *path = g_build_filename (folder, "tiles-landscape.pdf", NULL);
  double a1_w, a1_h;
  SkTiling plan;

  set_page (operation, GTK_PAGE_ORIENTATION_LANDSCAPE);
  export (operation, path);
  g_assert_true (sk_paper_parse ("A1", FALSE, &a1_w, &a1_h, NULL));
  plan = sk_tiling_plan (a1_w, a1_h, SK_MM_TO_PT (297), SK_MM_TO_PT (210), SK_MM_TO_PT (10));
  g_assert_cmpuint (pdf_pages (path), ==, 1 + plan.rows * plan.columns);
  assert_a4 (path, TRUE);
  assert_first_sheet_in_margins (path, SK_MM_TO_PT (297));
}

static void
test_tiles (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("generisk");
  g_autoptr(GtkPrintOperation) operation = operation_for (map, SK_PRINT_TILES, TRUE);
  g_autofree char *path = g_build_filename (folder, "tiles.pdf", NULL);
  g_autofree char *text = NULL;

  export (operation, path);
  /* The same plan as the tiled export, and its assembly page first. */
  g_assert_cmpuint (pdf_pages (path), ==, 1 + a1_on_a4_sheets ());
  assert_a4 (path, FALSE);
  text = pdf_text (path);
  /* Sheets named by row and column, cut and glue lines named. */
  g_assert_nonnull (strstr (text, "A1"));
  g_assert_nonnull (strstr (text, "B2"));
  g_assert_nonnull (strstr (text, "klipp"));
  g_assert_nonnull (strstr (text, "Helsestasjon"));
  assert_first_sheet_in_margins (path, SK_MM_TO_PT (210));
}

static void
test_tiles_without_cut_marks (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("generisk");
  g_autoptr(GtkPrintOperation) operation = operation_for (map, SK_PRINT_TILES, FALSE);
  g_autofree char *path = g_build_filename (folder, "tiles-unmarked.pdf", NULL);
  g_autofree char *text = NULL;

  export (operation, path);
  g_assert_cmpuint (pdf_pages (path), ==, 1 + a1_on_a4_sheets ());
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "B2"));
  g_assert_null (strstr (text, "klipp"));
}

typedef struct {
  gboolean tiles;    /* choose tiles without cut marks on the Poster tab */
  gboolean pressed;
  char    *sheets;   /* the tab's sheet count, as shown */
} DialogRun;

/* In the print dialog: GTK's file printer, maybe tiles on the Poster tab,
 * then Print. */
static gboolean
press_print (gpointer data)
{
  DialogRun *run = data;
  GtkWindow *window = find_toplevel (GTK_TYPE_PRINT_UNIX_DIALOG, NULL);
  GtkPrinter *printer;
  GtkWidget *tiles, *marks, *sheets;

  if (window == NULL)
    return G_SOURCE_CONTINUE;
  printer = gtk_print_unix_dialog_get_selected_printer (GTK_PRINT_UNIX_DIALOG (window));
  if (printer == NULL || g_strcmp0 (gtk_printer_get_name (printer), "Print to File") != 0)
    return G_SOURCE_CONTINUE;

  tiles = find_widget (GTK_WIDGET (window), is_check_button, "_Tile it across sheets, at full size");
  marks = find_widget (GTK_WIDGET (window), is_check_button, "_Mark where to cut and glue");
  g_assert_nonnull (tiles);
  g_assert_nonnull (marks);
  if (run->tiles)
    {
      gtk_check_button_set_active (GTK_CHECK_BUTTON (tiles), TRUE);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (marks), FALSE);
      sheets = find_widget (GTK_WIDGET (window), is_label_starting, "Sheets:");
      g_assert_nonnull (sheets);
      g_assert_true (gtk_widget_get_visible (sheets));
      run->sheets = g_strdup (gtk_label_get_text (GTK_LABEL (sheets)));
    }

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (window), GTK_RESPONSE_OK);
  G_GNUC_END_IGNORE_DEPRECATIONS
  run->pressed = TRUE;
  return G_SOURCE_REMOVE;
}

/* Prints @operation to a PDF through the print dialog and GTK's file
 * printer ("Print to File"), as a person would, and waits for the file.
 * (Printing without the dialog cannot reach that printer: GTK 4.8 passes
 * over virtual printers when it looks one up by name.) */
static void
print_to_file_printer (GtkPrintOperation *operation,
                       const char        *path,
                       DialogRun         *run)
{
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  Outcome outcome = { 0 };
  gulong handler;

  gtk_print_settings_set_printer (settings, "Print to File");
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
  gtk_print_operation_set_print_settings (operation, settings);
  handler = g_signal_connect (operation, "done", G_CALLBACK (on_done), &outcome);
  g_timeout_add (100, press_print, run);

  /* Not blocking the window: the result comes with "done". */
  g_assert_cmpint (sk_print_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL), ==,
                   GTK_PRINT_OPERATION_RESULT_IN_PROGRESS);
  wait_until (is_done, &outcome, 60, "the print job to be sent");
  g_assert_true (run->pressed);
  g_assert_cmpint (outcome.result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  wait_until (is_finished, operation, 60, "the file printer to write the PDF");
  g_assert_cmpint (gtk_print_operation_get_status (operation), ==, GTK_PRINT_STATUS_FINISHED);
  g_signal_handler_disconnect (operation, handler);
}

/* "Prints to a PDF printer": the poster fitted on A4, from the file
 * printer. */
static void
test_print_to_file_printer (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("generisk");
  g_autoptr(GtkPrintOperation) operation = operation_for (map, SK_PRINT_FIT, TRUE);
  g_autofree char *path = g_build_filename (folder, "printer.pdf", NULL);
  g_autofree char *ini = g_build_filename (folder, "sammenkart", "print.ini", NULL);
  g_autofree char *text = NULL;
  g_autofree char *kept = NULL;
  DialogRun run = { FALSE };

  g_remove (ini);
  print_to_file_printer (operation, path, &run);
  g_assert_cmpuint (pdf_pages (path), ==, 1);
  assert_a4 (path, FALSE);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Helsestasjon"));
  g_assert_nonnull (strstr (text, "Barnevernstjenesten"));

  /* The choices are kept for the next print. */
  g_assert_true (g_file_get_contents (ini, &kept, NULL, NULL));
  g_assert_nonnull (strstr (kept, "printer=Print to File"));
  g_assert_nonnull (strstr (kept, "mode=fit"));
}

static void
test_dialog_poster_tab (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("generisk");
  g_autoptr(GtkPrintOperation) operation = operation_for (map, SK_PRINT_FIT, TRUE);
  g_autoptr(GtkPrintOperation) next = NULL;
  g_autofree char *path = g_build_filename (folder, "dialog.pdf", NULL);
  g_autofree char *again = g_build_filename (folder, "again.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  DialogRun run = { TRUE };
  double a1_w, a1_h;
  SkTiling plan;

  print_to_file_printer (operation, path, &run);

  /* The tab counted the sheets the print then took. */
  g_assert_true (sk_paper_parse ("A1", FALSE, &a1_w, &a1_h, NULL));
  plan = sk_tiling_plan (a1_w, a1_h, SK_MM_TO_PT (210), SK_MM_TO_PT (297), SK_MM_TO_PT (10));
  expected = g_strdup_printf ("Sheets: %u across, %u down,", plan.columns, plan.rows);
  g_assert_true (g_str_has_prefix (run.sheets, expected));
  g_free (run.sheets);
  g_assert_cmpuint (pdf_pages (path), ==, 1 + a1_on_a4_sheets ());
  assert_a4 (path, FALSE);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "B2"));
  g_assert_null (strstr (text, "klipp"));

  /* The next print starts from the tab's choices. */
  next = sk_print_operation_new (map, NULL, NULL);
  export (next, again);
  g_assert_cmpuint (pdf_pages (again), ==, 1 + a1_on_a4_sheets ());
  g_clear_pointer (&text, g_free);
  text = pdf_text (again);
  g_assert_null (strstr (text, "klipp"));
}

typedef struct {
  GtkWindow *window;
  GtkWidget *label;
  const char *want;
} PreviewWait;

static gboolean
preview_shows (gpointer data)
{
  PreviewWait *wait = data;

  if (wait->window == NULL)
    wait->window = find_toplevel (ADW_TYPE_WINDOW, "Print Preview");
  if (wait->window == NULL)
    return FALSE;
  wait->label = find_widget (GTK_WIDGET (wait->window), is_label_starting, "Page ");
  return wait->label != NULL && g_strcmp0 (gtk_label_get_text (GTK_LABEL (wait->label)), wait->want) == 0;
}

/* The page in the preview window, where it is printed on. */
static Ink
preview_ink (GtkWindow *window)
{
  GtkWidget *area = find_widget (GTK_WIDGET (window), is_drawing_area, NULL);
  int width = gtk_widget_get_width (area), height = gtk_widget_get_height (area);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  int left = width, top = height, right = -1, bottom = -1;
  gsize stride;

  g_assert_cmpint (width, >, 100);
  /* What the widget draws, whether or not a frame has shown it yet. */
  GTK_WIDGET_GET_CLASS (area)->snapshot (area, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  pixels = download (texture, &stride);

  /* The sheet is what is white; around it is grey. */
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guchar *p = pixels + (gsize) y * stride + (gsize) x * 4;

        if (p[0] == 255 && p[1] == 255 && p[2] == 255)
          {
            left = MIN (left, x);
            right = MAX (right, x);
            top = MIN (top, y);
            bottom = MAX (bottom, y);
          }
      }
  g_assert_cmpint (right - left, >, 100);
  return ink_of_pixels (pixels, stride, left, top, right + 1 - left, bottom + 1 - top);
}

/* Print Preview shows, in a window of its own, the pages the print makes,
 * where it makes them. */
static void
test_preview (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("generisk");
  g_autoptr(GtkPrintOperation) operation = operation_for (map, SK_PRINT_TILES, TRUE);
  g_autoptr(GtkPrintOperation) printed = operation_for (map, SK_PRINT_TILES, TRUE);
  g_autofree char *path = g_build_filename (folder, "previewed.pdf", NULL);
  g_autofree char *first = g_strdup_printf ("Page 1 of %u", 1 + a1_on_a4_sheets ());
  g_autofree char *second = g_strdup_printf ("Page 2 of %u", 1 + a1_on_a4_sheets ());
  PreviewWait wait = { NULL, NULL, first };
  Outcome outcome = { 0 };
  GtkWidget *next;

  export (printed, path);

  g_signal_connect (operation, "done", G_CALLBACK (on_done), &outcome);
  sk_print_run (operation, GTK_PRINT_OPERATION_ACTION_PREVIEW, NULL);
  wait_until (preview_shows, &wait, 30, first);
  assert_same_ink (preview_ink (wait.window), pdf_ink (path, 1), "the assembly page");

  next = find_widget (GTK_WIDGET (wait.window), is_button_for, "Next Page");
  g_assert_nonnull (next);
  g_signal_emit_by_name (next, "clicked");
  wait.want = second;
  wait_until (preview_shows, &wait, 30, second);
  assert_same_ink (preview_ink (wait.window), pdf_ink (path, 2), "the first sheet");

  gtk_window_close (wait.window);
  wait_until (is_done, &outcome, 30, "the preview to end");
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  /* The remembered settings of a user's own prints stay out. */
  folder = sk_test_make_temp_dir ();
  g_setenv ("XDG_CONFIG_HOME", folder, TRUE);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      sk_test_remove_dir (folder);
      return 0;
    }
  adw_init ();
  g_test_add_func ("/print/fit", test_fit);
  g_test_add_func ("/print/fit-landscape", test_fit_landscape);
  g_test_add_func ("/print/tiles", test_tiles);
  g_test_add_func ("/print/tiles-landscape", test_tiles_landscape);
  g_test_add_func ("/print/tiles-without-cut-marks", test_tiles_without_cut_marks);
  g_test_add_func ("/print/to-file-printer", test_print_to_file_printer);
  g_test_add_func ("/print/dialog-poster-tab", test_dialog_poster_tab);
  g_test_add_func ("/print/preview", test_preview);
  status = g_test_run ();
  sk_test_remove_dir (folder);
  g_free (folder);
  return status;
}
