/* sk-print.c — printing the poster: fitted to the printer's paper, or tiled
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GtkPrintOperation with a "Poster" tab. Fitted, the poster (laid out for
 * its own paper, A1 unless chosen otherwise) is scaled into the printable
 * part of one sheet. Tiled, it is printed at full size across the
 * printer's sheets, with the same plan, cut and glue lines and assembly
 * page as the tiled export (sk-tiling.h). Both draw with the one renderer.
 *
 * GTK's own print preview starts an outside viewer; this one is a window of
 * the application, so it works on any machine. The print settings, the
 * page setup and the tab's choices are kept between uses in
 * ~/.config/sammenkart/print.ini, as GNOME Text Editor keeps its own.
 *
 * Only the core and GTK are used here, so a test can build this file on
 * its own (tests/test-print.c).
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <glib/gi18n-lib.h>

#include "sk-cairo-painter.h"
#include "sk-layout.h"
#include "sk-municipality.h"
#include "sk-paper.h"
#include "sk-print.h"
#include "sk-render.h"
#include "sk-tiling.h"
#include "sk-typeset.h"

#define GROUP "Poster"
#define PREVIEW_DPI 72.0

static const char * const poster_papers[] = { "A0", "A1", "A2", "A3", "A4", NULL };

typedef struct
{
  SkMap        *map;
  char         *municipality_id;
  SkPrintMode   mode;
  char         *paper;        /* the poster's, "A0"…"A4" */
  double        overlap_mm;

  SkLayout     *layout;
  SkTiling      tiling;
  PangoContext *context;

  /* The Poster tab. */
  GtkWidget    *fit_button;
  GtkWidget    *paper_dropdown;
  GtkWidget    *overlap_spin;
} SkPrintJob;

static void
set_string (char       **place,
            const char  *value)
{
  char *copy = g_strdup (value);

  g_free (*place);
  *place = copy;
}

static void
sk_print_job_free (SkPrintJob *job)
{
  g_clear_object (&job->map);
  g_free (job->municipality_id);
  g_free (job->paper);
  g_clear_pointer (&job->layout, sk_layout_free);
  g_clear_object (&job->context);
  g_free (job);
}

static char *
settings_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "sammenkart", "print.ini", NULL);
}

/* What was chosen the last time, if anything. */
static void
load_settings (GtkPrintOperation *operation,
               SkPrintJob        *job)
{
  g_autofree char *path = settings_path ();
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *mode = NULL;
  g_autofree char *paper = NULL;

  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL))
    return;
  if (g_key_file_has_group (file, "Print Settings"))
    {
      g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new_from_key_file (file, NULL, NULL);

      if (settings != NULL)
        gtk_print_operation_set_print_settings (operation, settings);
    }
  if (g_key_file_has_group (file, "Page Setup"))
    {
      g_autoptr(GtkPageSetup) setup = gtk_page_setup_new_from_key_file (file, NULL, NULL);

      if (setup != NULL)
        gtk_print_operation_set_default_page_setup (operation, setup);
    }
  mode = g_key_file_get_string (file, GROUP, "mode", NULL);
  job->mode = g_strcmp0 (mode, "tiles") == 0 ? SK_PRINT_TILES : SK_PRINT_FIT;
  paper = g_key_file_get_string (file, GROUP, "paper", NULL);
  if (paper != NULL && g_strv_contains (poster_papers, paper))
    set_string (&job->paper, paper);
  if (g_key_file_has_key (file, GROUP, "overlap", NULL))
    job->overlap_mm = CLAMP (g_key_file_get_double (file, GROUP, "overlap", NULL), 0, 30);
}

static void
save_settings (GtkPrintOperation *operation,
               SkPrintJob        *job)
{
  g_autofree char *path = settings_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
  GtkPageSetup *setup = gtk_print_operation_get_default_page_setup (operation);

  if (settings != NULL)
    gtk_print_settings_to_key_file (settings, file, NULL);
  if (setup != NULL)
    gtk_page_setup_to_key_file (setup, file, NULL);
  g_key_file_set_string (file, GROUP, "mode", job->mode == SK_PRINT_TILES ? "tiles" : "fit");
  g_key_file_set_string (file, GROUP, "paper", job->paper);
  g_key_file_set_double (file, GROUP, "overlap", job->overlap_mm);
  if (g_mkdir_with_parents (folder, 0700) != 0 || !g_key_file_save_to_file (file, path, &error))
    g_warning ("The print settings could not be kept in %s: %s", path,
               error != NULL ? error->message : g_strerror (errno));
}

/* --- the Poster tab -------------------------------------------------------- */

static void
update_tab (SkPrintJob *job)
{
  gboolean tiles = !gtk_check_button_get_active (GTK_CHECK_BUTTON (job->fit_button));

  gtk_widget_set_sensitive (job->overlap_spin, tiles);
}

static GObject *
on_create_custom_widget (GtkPrintOperation *operation,
                         SkPrintJob        *job)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *fit = gtk_check_button_new_with_mnemonic (_("_Fit the poster on one sheet"));
  GtkWidget *tiles = gtk_check_button_new_with_mnemonic (_("_Tile it across sheets, at full size"));
  GtkWidget *paper_label = gtk_label_new_with_mnemonic (_("Poster _size"));
  GtkWidget *overlap_label = gtk_label_new_with_mnemonic (_("_Glue margin (mm)"));
  GtkWidget *hint = gtk_label_new (_("Tiled, the first sheet shows where each sheet goes; cut along the dashed "
                                     "line and glue over the neighbour's margin."));
  guint selected = 0;

  gtk_widget_set_margin_start (grid, 18);
  gtk_widget_set_margin_end (grid, 18);
  gtk_widget_set_margin_top (grid, 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);

  gtk_check_button_set_group (GTK_CHECK_BUTTON (tiles), GTK_CHECK_BUTTON (fit));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (job->mode == SK_PRINT_TILES ? tiles : fit), TRUE);
  job->fit_button = fit;
  g_signal_connect_swapped (fit, "toggled", G_CALLBACK (update_tab), job);
  gtk_grid_attach (GTK_GRID (grid), fit, 0, 0, 2, 1);
  gtk_grid_attach (GTK_GRID (grid), tiles, 0, 1, 2, 1);

  job->paper_dropdown = gtk_drop_down_new_from_strings (poster_papers);
  for (guint i = 0; poster_papers[i] != NULL; i++)
    if (g_str_equal (poster_papers[i], job->paper))
      selected = i;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (job->paper_dropdown), selected);
  gtk_label_set_mnemonic_widget (GTK_LABEL (paper_label), job->paper_dropdown);
  gtk_label_set_xalign (GTK_LABEL (paper_label), 0);
  gtk_grid_attach (GTK_GRID (grid), paper_label, 0, 2, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), job->paper_dropdown, 1, 2, 1, 1);

  job->overlap_spin = gtk_spin_button_new_with_range (0, 30, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (job->overlap_spin), job->overlap_mm);
  gtk_label_set_mnemonic_widget (GTK_LABEL (overlap_label), job->overlap_spin);
  gtk_label_set_xalign (GTK_LABEL (overlap_label), 0);
  gtk_grid_attach (GTK_GRID (grid), overlap_label, 0, 3, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), job->overlap_spin, 1, 3, 1, 1);

  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (hint), 50);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_grid_attach (GTK_GRID (grid), hint, 0, 4, 2, 1);
  update_tab (job);
  return G_OBJECT (grid);
}

static void
on_custom_widget_apply (GtkPrintOperation *operation,
                        GtkWidget         *widget,
                        SkPrintJob        *job)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (job->paper_dropdown));

  job->mode = gtk_check_button_get_active (GTK_CHECK_BUTTON (job->fit_button)) ? SK_PRINT_FIT : SK_PRINT_TILES;
  if (selected < g_strv_length ((char **) poster_papers))
    set_string (&job->paper, poster_papers[selected]);
  job->overlap_mm = gtk_spin_button_get_value (GTK_SPIN_BUTTON (job->overlap_spin));
}

/* --- pages ------------------------------------------------------------------ */

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                SkPrintJob        *job)
{
  SkLayoutOptions options = { 0 };
  double width = 0, height = 0;

  sk_paper_parse (job->paper, FALSE, &width, &height, NULL);
  options.width = width;
  options.height = height;
  if (job->municipality_id != NULL)
    options.municipality = SK_MUNICIPALITY (sk_map_lookup (job->map, SK_KIND_MUNICIPALITY, job->municipality_id));
  g_clear_pointer (&job->layout, sk_layout_free);
  job->layout = sk_layout_new_poster (job->map, &options);

  if (job->mode == SK_PRINT_TILES)
    {
      /* The whole sheet: the plan keeps its own margin. */
      GtkPageSetup *setup = gtk_print_context_get_page_setup (context);
      double sheet_w = gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS);
      double sheet_h = gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS);

      if (gtk_page_setup_get_orientation (setup) == GTK_PAGE_ORIENTATION_LANDSCAPE
          || gtk_page_setup_get_orientation (setup) == GTK_PAGE_ORIENTATION_REVERSE_LANDSCAPE)
        {
          double swap = sheet_w;

          sheet_w = sheet_h;
          sheet_h = swap;
        }
      job->tiling = sk_tiling_plan (job->layout->width, job->layout->height, sheet_w, sheet_h,
                                    SK_MM_TO_PT (job->overlap_mm));
      if (job->context == NULL)
        job->context = sk_typeset_context_new ();
      gtk_print_operation_set_n_pages (operation, 1 + (int) (job->tiling.rows * job->tiling.columns));
    }
  else
    gtk_print_operation_set_n_pages (operation, 1);
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              SkPrintJob        *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  g_autoptr(SkPainter) painter = sk_cairo_painter_new (cr, FALSE);

  if (job->mode == SK_PRINT_TILES)
    {
      /* The print context starts at the printable area's corner; the plan
       * measures from the sheet's. */
      GtkPageSetup *setup = gtk_print_context_get_page_setup (context);

      cairo_translate (cr, -gtk_page_setup_get_left_margin (setup, GTK_UNIT_POINTS),
                       -gtk_page_setup_get_top_margin (setup, GTK_UNIT_POINTS));
      if (page == 0)
        sk_tiling_draw_assembly (&job->tiling, job->layout, cr, painter, job->context);
      else
        sk_tiling_draw_sheet (&job->tiling, job->layout, cr, painter, job->context,
                              (guint) (page - 1) / job->tiling.columns, (guint) (page - 1) % job->tiling.columns);
    }
  else
    {
      double w = gtk_print_context_get_width (context), h = gtk_print_context_get_height (context);
      double scale = MIN (w / job->layout->width, h / job->layout->height);

      cairo_translate (cr, (w - job->layout->width * scale) / 2, (h - job->layout->height * scale) / 2);
      cairo_scale (cr, scale, scale);
      sk_render_poster (job->layout, painter);
    }
}

/* --- preview -------------------------------------------------------------- */

typedef struct
{
  GtkPrintOperationPreview *preview;
  GtkPrintContext          *context;
  GtkWidget                *window;
  GtkWidget                *area;
  GtkWidget                *label;
  cairo_surface_t          *surface;
  int                       page;
  int                       n_pages;
} Preview;

static void
preview_free (Preview *preview)
{
  g_clear_object (&preview->preview);
  g_clear_object (&preview->context);
  g_clear_pointer (&preview->surface, cairo_surface_destroy);
  g_free (preview);
}

static void
preview_render (Preview *preview)
{
  g_autofree char *text = NULL;

  if (preview->n_pages <= 0)
    return;
  preview->page = CLAMP (preview->page, 0, preview->n_pages - 1);
  gtk_print_operation_preview_render_page (preview->preview, preview->page);
  /* TRANSLATORS: "Page 2 of 9" */
  text = g_strdup_printf (_("Page %d of %d"), preview->page + 1, preview->n_pages);
  gtk_label_set_text (GTK_LABEL (preview->label), text);
  gtk_widget_queue_draw (preview->area);
}

/* A fresh page of the right size for each page rendered. */
static void
on_got_page_size (GtkPrintOperationPreview *operation_preview,
                  GtkPrintContext          *context,
                  GtkPageSetup             *setup,
                  Preview                  *preview)
{
  double w = gtk_page_setup_get_paper_width (setup, GTK_UNIT_INCH) * PREVIEW_DPI * 2;
  double h = gtk_page_setup_get_paper_height (setup, GTK_UNIT_INCH) * PREVIEW_DPI * 2;
  cairo_t *cr;

  g_clear_pointer (&preview->surface, cairo_surface_destroy);
  preview->surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (w), (int) ceil (h));
  cr = cairo_create (preview->surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  /* The print context draws from the printable area's corner. */
  cairo_translate (cr, gtk_page_setup_get_left_margin (setup, GTK_UNIT_INCH) * PREVIEW_DPI * 2,
                   gtk_page_setup_get_top_margin (setup, GTK_UNIT_INCH) * PREVIEW_DPI * 2);
  gtk_print_context_set_cairo_context (context, cr, PREVIEW_DPI * 2, PREVIEW_DPI * 2);
  cairo_destroy (cr);
}

static void
on_preview_ready (GtkPrintOperationPreview *operation_preview,
                  GtkPrintContext          *context,
                  Preview                  *preview)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (operation_preview);

  g_object_get (operation, "n-pages", &preview->n_pages, NULL);
  preview_render (preview);
}

static void
draw_preview (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        data)
{
  Preview *preview = data;
  double sw, sh, scale;

  cairo_set_source_rgb (cr, 0.6, 0.6, 0.62);
  cairo_paint (cr);
  if (preview->surface == NULL)
    return;
  sw = cairo_image_surface_get_width (preview->surface);
  sh = cairo_image_surface_get_height (preview->surface);
  scale = MIN ((width - 24) / sw, (height - 24) / sh);
  cairo_translate (cr, (width - sw * scale) / 2, (height - sh * scale) / 2);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.3);
  cairo_rectangle (cr, 2, 3, sw * scale, sh * scale);
  cairo_fill (cr);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, preview->surface, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_paint (cr);
}

static void
preview_step (Preview *preview,
              int      by)
{
  preview->page += by;
  preview_render (preview);
}

static void
on_previous (Preview *preview)
{
  preview_step (preview, -1);
}

static void
on_next (Preview *preview)
{
  preview_step (preview, 1);
}

static gboolean
on_preview_key (GtkEventControllerKey *key,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                Preview               *preview)
{
  switch (keyval)
    {
    case GDK_KEY_Page_Down:
    case GDK_KEY_Right:
    case GDK_KEY_space:
      on_next (preview);
      return TRUE;
    case GDK_KEY_Page_Up:
    case GDK_KEY_Left:
    case GDK_KEY_BackSpace:
      on_previous (preview);
      return TRUE;
    case GDK_KEY_Escape:
      gtk_window_close (GTK_WINDOW (preview->window));
      return TRUE;
    default:
      return FALSE;
    }
}

static void
on_preview_print (Preview *preview)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (preview->window));
  /* The preview is the operation itself. */
  SkPrintJob *job = g_object_get_data (G_OBJECT (preview->preview), "sk-print-job");
  GtkPrintOperation *operation;

  operation = sk_print_operation_new (job->map, job->municipality_id, job->paper);
  gtk_window_close (GTK_WINDOW (preview->window));
  sk_print_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent);
  g_object_unref (operation);
}

static void
on_preview_closed (GtkWindow *window,
                   Preview   *preview)
{
  gtk_print_operation_preview_end_preview (preview->preview);
}

static gboolean
on_preview (GtkPrintOperation        *operation,
            GtkPrintOperationPreview *operation_preview,
            GtkPrintContext          *context,
            GtkWindow                *parent,
            SkPrintJob               *job)
{
  Preview *preview = g_new0 (Preview, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *previous = gtk_button_new_from_icon_name ("go-previous-symbolic");
  GtkWidget *next = gtk_button_new_from_icon_name ("go-next-symbolic");
  GtkWidget *print = gtk_button_new_with_mnemonic (_("_Print…"));
  GtkEventController *keys = gtk_event_controller_key_new ();

  preview->preview = g_object_ref (operation_preview);
  preview->context = g_object_ref (context);

  preview->window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (preview->window), _("Print Preview"));
  gtk_window_set_transient_for (GTK_WINDOW (preview->window), parent);
  gtk_window_set_modal (GTK_WINDOW (preview->window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (preview->window), 720, 860);

  gtk_widget_set_tooltip_text (previous, _("Previous Page"));
  gtk_widget_set_tooltip_text (next, _("Next Page"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (previous), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Previous Page"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (next), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Next Page"), -1);
  g_signal_connect_swapped (previous, "clicked", G_CALLBACK (on_previous), preview);
  g_signal_connect_swapped (next, "clicked", G_CALLBACK (on_next), preview);
  gtk_widget_add_css_class (print, "suggested-action");
  g_signal_connect_swapped (print, "clicked", G_CALLBACK (on_preview_print), preview);
  preview->label = gtk_label_new (NULL);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), previous);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), next);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), preview->label);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), print);
  gtk_box_append (GTK_BOX (box), header);

  preview->area = gtk_drawing_area_new ();
  gtk_widget_set_vexpand (preview->area, TRUE);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (preview->area), draw_preview, preview, NULL);
  gtk_box_append (GTK_BOX (box), preview->area);
  adw_window_set_content (ADW_WINDOW (preview->window), box);

  /* GTK wants a cairo context on the print context before the preview
   * starts; each page then gets its own (on_got_page_size). */
  on_got_page_size (operation_preview, context, gtk_print_operation_get_default_page_setup (operation), preview);

  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_preview_key), preview);
  gtk_widget_add_controller (preview->window, keys);
  g_signal_connect (operation_preview, "ready", G_CALLBACK (on_preview_ready), preview);
  g_signal_connect (operation_preview, "got-page-size", G_CALLBACK (on_got_page_size), preview);
  g_signal_connect (preview->window, "close-request", G_CALLBACK (on_preview_closed), preview);
  g_object_set_data_full (G_OBJECT (preview->window), "sk-preview", preview, (GDestroyNotify) preview_free);
  gtk_window_present (GTK_WINDOW (preview->window));
  return TRUE;
}

/* --- the operation ---------------------------------------------------------- */

static void
on_done (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         SkPrintJob              *job)
{
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    save_settings (operation, job);
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      g_object_set_data_full (G_OBJECT (operation), "sk-print-error",
                              g_strdup (error != NULL ? error->message : _("The printer gave no reason")), g_free);
    }
}

/**
 * sk_print_operation_new:
 * @municipality_id: (nullable): print the map as this municipality sees it
 * @paper: (nullable): the poster's paper unless the last print chose
 *   another ("A0"…"A4"; %NULL: A1)
 *
 * Returns: (transfer full): a print operation for the poster, with the
 *   choices of the last print
 */
GtkPrintOperation *
sk_print_operation_new (SkMap      *map,
                        const char *municipality_id,
                        const char *paper)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  SkPrintJob *job = g_new0 (SkPrintJob, 1);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autofree char *title = g_strdup (sk_map_get_title (map, NULL));

  job->map = g_object_ref (map);
  job->municipality_id = g_strdup (municipality_id);
  job->paper = g_strdup (paper != NULL && g_strv_contains (poster_papers, paper) ? paper : "A1");
  job->overlap_mm = 10;

  /* A poster is tall: portrait A4 unless the last print said otherwise. */
  gtk_page_setup_set_paper_size (setup, gtk_paper_size_new (GTK_PAPER_NAME_A4));
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_job_name (operation, title);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_show_progress (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_custom_tab_label (operation, _("Poster"));
  load_settings (operation, job);

  g_object_set_data_full (G_OBJECT (operation), "sk-print-job", job, (GDestroyNotify) sk_print_job_free);
  g_signal_connect (operation, "create-custom-widget", G_CALLBACK (on_create_custom_widget), job);
  g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (on_custom_widget_apply), job);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);
  g_signal_connect (operation, "preview", G_CALLBACK (on_preview), job);
  g_signal_connect (operation, "done", G_CALLBACK (on_done), job);
  return operation;
}

/* For callers that choose without the dialog (tests, a remembered job). */
void
sk_print_operation_set_poster (GtkPrintOperation *operation,
                               SkPrintMode        mode,
                               const char        *paper,
                               double             overlap_mm)
{
  SkPrintJob *job = g_object_get_data (G_OBJECT (operation), "sk-print-job");

  g_return_if_fail (job != NULL);
  job->mode = mode;
  if (paper != NULL && g_strv_contains (poster_papers, paper))
    set_string (&job->paper, paper);
  job->overlap_mm = CLAMP (overlap_mm, 0, 30);
}

/**
 * sk_print_run:
 *
 * Runs @operation; a failure is shown in a dialog on @parent.
 *
 * Returns: what became of it
 */
GtkPrintOperationResult
sk_print_run (GtkPrintOperation       *operation,
              GtkPrintOperationAction  action,
              GtkWindow               *parent)
{
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result = gtk_print_operation_run (operation, action, parent, &error);

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && parent != NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (parent, _("The poster could not be printed"),
                                                  error != NULL ? error->message : NULL);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  return result;
}
