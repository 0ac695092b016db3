/* sk-print.c — printing the poster: fitted to the printer's paper, or tiled
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GtkPrintOperation with a "Poster" tab. Fitted, the poster (laid out for
 * its own paper, A1 unless chosen otherwise, turned the way the page is)
 * is scaled into the printable part of one sheet and centred. Tiled, it is
 * printed at full size across the printer's sheets, with the same plan,
 * cut and glue lines and assembly page as the tiled export (sk-tiling.h).
 * Both draw with the one renderer.
 *
 * GTK's own print preview starts an outside viewer, which a machine may
 * not have; this one is a window of the application. The print settings,
 * the page setup and the tab's choices are kept between uses in a key file,
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
/* Sharp enough for a page filling the preview window. */
#define PREVIEW_DPI 144.0

/* A4 is a poster's paper too: a Preferences choice, and fitted on an A4
 * sheet it gives the largest text. */
static const char * const poster_papers[] = { "A0", "A1", "A2", "A3", "A4", NULL };

typedef struct
{
  SkMap        *map;
  char         *municipality_id;
  SkPrintMode   mode;
  char         *paper;        /* the poster's, one of poster_papers */
  double        overlap_mm;
  gboolean      cut_marks;
  GWeakRef      parent;       /* for a failure's message */
  gboolean      reported;     /* a failure was shown already */

  SkLayout     *layout;
  SkTiling      tiling;
  PangoContext *context;

  /* The Poster tab, and the sheet the dialog has chosen, in points. */
  GtkWidget    *fit_button;
  GtkWidget    *paper_dropdown;
  GtkWidget    *overlap_spin;
  GtkWidget    *cut_marks_button;
  GtkWidget    *sheets_label;
  double        sheet_w;
  double        sheet_h;
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
  g_weak_ref_clear (&job->parent);
  g_clear_pointer (&job->layout, sk_layout_free);
  g_clear_object (&job->context);
  g_free (job);
}

static SkPrintJob *
job_of (GtkPrintOperation *operation)
{
  return g_object_get_data (G_OBJECT (operation), "sk-print-job");
}

static void
report_failure (SkPrintJob *job,
                const char *message)
{
  g_autoptr(GtkWindow) parent = g_weak_ref_get (&job->parent);
  GtkWidget *dialog;

  if (job->reported)
    return;
  job->reported = TRUE;
  if (parent == NULL)
    {
      g_message ("The poster could not be printed: %s", message);
      return;
    }
  dialog = adw_message_dialog_new (parent, _("The poster could not be printed"), message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --- remembered choices ------------------------------------------------------ */

static char *
settings_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "sammenkart", "print.ini", NULL);
}

/* What was chosen the last time, if anything. A damaged file is passed
 * over: the next print writes a good one. */
static void
load_settings (GtkPrintOperation *operation,
               SkPrintJob        *job)
{
  g_autofree char *path = settings_path ();
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *mode = NULL;
  g_autofree char *paper = NULL;

  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, &error))
    {
      if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_message ("The print settings in %s are not used: %s", path, error->message);
      return;
    }
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
  if (g_key_file_has_key (file, GROUP, "cut-marks", NULL))
    job->cut_marks = g_key_file_get_boolean (file, GROUP, "cut-marks", NULL);
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
  g_key_file_set_boolean (file, GROUP, "cut-marks", job->cut_marks);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    g_message ("The print settings could not be kept in %s: %s", path, g_strerror (errno));
  else if (!g_key_file_save_to_file (file, path, &error))
    g_message ("The print settings could not be kept in %s: %s", path, error->message);
}

/* --- the Poster tab ------------------------------------------------------------ */

static guint
selected_paper (SkPrintJob *job)
{
  return gtk_drop_down_get_selected (GTK_DROP_DOWN (job->paper_dropdown));
}

/* How many sheets the tab's choices take on the dialog's paper. */
static void
update_tab (SkPrintJob *job)
{
  gboolean tiles = !gtk_check_button_get_active (GTK_CHECK_BUTTON (job->fit_button));
  guint paper = selected_paper (job);
  double poster_w, poster_h, overlap;
  g_autofree char *text = NULL;
  SkTiling plan, turned;

  gtk_widget_set_sensitive (job->overlap_spin, tiles);
  gtk_widget_set_sensitive (job->cut_marks_button, tiles);
  gtk_widget_set_visible (job->sheets_label, tiles && job->sheet_w > 0);
  if (!tiles || job->sheet_w <= 0 || paper >= g_strv_length ((char **) poster_papers)
      || !sk_paper_parse (poster_papers[paper], FALSE, &poster_w, &poster_h, NULL))
    return;

  overlap = SK_MM_TO_PT (gtk_spin_button_get_value (GTK_SPIN_BUTTON (job->overlap_spin)));
  plan = sk_tiling_plan (poster_w, poster_h, job->sheet_w, job->sheet_h, overlap);
  turned = sk_tiling_plan (poster_w, poster_h, job->sheet_h, job->sheet_w, overlap);
  text = g_strdup_printf (_("Sheets: %u across, %u down, and the assembly page"), plan.columns, plan.rows);
  if (turned.columns * turned.rows < plan.columns * plan.rows)
    {
      guint n = turned.columns * turned.rows;
      g_autofree char *fewer = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "Turning the paper (Page Setup) takes only %u sheet",
                                                             "Turning the paper (Page Setup) takes only %u sheets", n),
                                                n);
      char *both = g_strconcat (text, "\n", fewer, NULL);

      g_free (text);
      text = both;
    }
  gtk_label_set_text (GTK_LABEL (job->sheets_label), text);
}

static GtkWidget *
tab_label (const char *text,
           GtkWidget  *widget)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

static GObject *
on_create_custom_widget (GtkPrintOperation *operation,
                         SkPrintJob        *job)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *fit = gtk_check_button_new_with_mnemonic (_("_Fit the poster on one sheet"));
  GtkWidget *tiles = gtk_check_button_new_with_mnemonic (_("_Tile it across sheets, at full size"));
  GtkWidget *hint = gtk_label_new (_("Tiled, the first sheet shows where each sheet goes; cut along the dashed "
                                     "line and glue over the neighbour's margin."));
  GtkPageSetup *setup = gtk_print_operation_get_default_page_setup (operation);
  guint selected = 0;

  /* Until the dialog tells of its paper (on_update_custom_widget). */
  if (setup != NULL)
    {
      job->sheet_w = gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS);
      job->sheet_h = gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS);
    }

  gtk_widget_set_margin_start (grid, 18);
  gtk_widget_set_margin_end (grid, 18);
  gtk_widget_set_margin_top (grid, 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);

  gtk_check_button_set_group (GTK_CHECK_BUTTON (tiles), GTK_CHECK_BUTTON (fit));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (job->mode == SK_PRINT_TILES ? tiles : fit), TRUE);
  job->fit_button = fit;
  gtk_grid_attach (GTK_GRID (grid), fit, 0, 0, 2, 1);
  gtk_grid_attach (GTK_GRID (grid), tiles, 0, 1, 2, 1);

  job->paper_dropdown = gtk_drop_down_new_from_strings (poster_papers);
  for (guint i = 0; poster_papers[i] != NULL; i++)
    if (g_str_equal (poster_papers[i], job->paper))
      selected = i;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (job->paper_dropdown), selected);
  gtk_grid_attach (GTK_GRID (grid), tab_label (_("Poster _size"), job->paper_dropdown), 0, 2, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), job->paper_dropdown, 1, 2, 1, 1);

  job->overlap_spin = gtk_spin_button_new_with_range (0, 30, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (job->overlap_spin), job->overlap_mm);
  gtk_grid_attach (GTK_GRID (grid), tab_label (_("_Glue margin (mm)"), job->overlap_spin), 0, 3, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), job->overlap_spin, 1, 3, 1, 1);

  job->cut_marks_button = gtk_check_button_new_with_mnemonic (_("_Mark where to cut and glue"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (job->cut_marks_button), job->cut_marks);
  gtk_grid_attach (GTK_GRID (grid), job->cut_marks_button, 0, 4, 2, 1);

  job->sheets_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (job->sheets_label), 0);
  gtk_grid_attach (GTK_GRID (grid), job->sheets_label, 0, 5, 2, 1);

  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (hint), 50);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_grid_attach (GTK_GRID (grid), hint, 0, 6, 2, 1);

  g_signal_connect_swapped (fit, "toggled", G_CALLBACK (update_tab), job);
  g_signal_connect_swapped (job->paper_dropdown, "notify::selected", G_CALLBACK (update_tab), job);
  g_signal_connect_swapped (job->overlap_spin, "value-changed", G_CALLBACK (update_tab), job);
  update_tab (job);
  return G_OBJECT (grid);
}

/* The dialog's paper changed: the sheet count with it. */
static void
on_update_custom_widget (GtkPrintOperation *operation,
                         GtkWidget         *widget,
                         GtkPageSetup      *setup,
                         GtkPrintSettings  *settings,
                         SkPrintJob        *job)
{
  if (setup == NULL || job->fit_button == NULL)
    return;
  job->sheet_w = gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS);
  job->sheet_h = gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS);
  update_tab (job);
}

static void
on_custom_widget_apply (GtkPrintOperation *operation,
                        GtkWidget         *widget,
                        SkPrintJob        *job)
{
  guint selected = selected_paper (job);

  job->mode = gtk_check_button_get_active (GTK_CHECK_BUTTON (job->fit_button)) ? SK_PRINT_FIT : SK_PRINT_TILES;
  if (selected < g_strv_length ((char **) poster_papers))
    set_string (&job->paper, poster_papers[selected]);
  job->overlap_mm = gtk_spin_button_get_value (GTK_SPIN_BUTTON (job->overlap_spin));
  job->cut_marks = gtk_check_button_get_active (GTK_CHECK_BUTTON (job->cut_marks_button));
}

/* --- pages ------------------------------------------------------------------------ */

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                SkPrintJob        *job)
{
  SkLayoutOptions options = { 0 };
  /* The printable area as drawn: already turned for a landscape page. */
  gboolean landscape = gtk_print_context_get_width (context) > gtk_print_context_get_height (context);
  double width = 0, height = 0;

  /* Fitted, the poster is turned the way the page is, so that it fills it;
   * tiled, it keeps its own shape and the sheets follow the page. */
  if (!sk_paper_parse (job->paper, job->mode == SK_PRINT_FIT && landscape, &width, &height, NULL))
    sk_paper_parse ("A1", FALSE, &width, &height, NULL);
  options.width = width;
  options.height = height;
  if (job->municipality_id != NULL)
    options.municipality = SK_MUNICIPALITY (sk_map_lookup (job->map, SK_KIND_MUNICIPALITY, job->municipality_id));
  g_clear_pointer (&job->layout, sk_layout_free);
  job->layout = sk_layout_new_poster (job->map, &options);

  if (job->mode == SK_PRINT_TILES)
    {
      /* The whole sheet, turned as the page is: the plan keeps its own
       * margin, wider than a printer's. */
      GtkPageSetup *setup = gtk_print_context_get_page_setup (context);

      job->tiling = sk_tiling_plan (job->layout->width, job->layout->height,
                                    gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS),
                                    gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS),
                                    SK_MM_TO_PT (job->overlap_mm));
      job->tiling.cut_marks = job->cut_marks;
      /* The plan measures from the sheet's corner, not the printable
       * area's (whose margins GTK turns with the page). */
      gtk_print_operation_set_use_full_page (operation, TRUE);
      if (job->context == NULL)
        job->context = sk_typeset_context_new ();
      gtk_print_operation_set_n_pages (operation, 1 + (int) (job->tiling.rows * job->tiling.columns));
    }
  else
    {
      gtk_print_operation_set_use_full_page (operation, FALSE);
      gtk_print_operation_set_n_pages (operation, 1);
    }
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

/* --- preview -------------------------------------------------------------------- */

typedef struct
{
  GtkPrintOperation        *operation;
  GtkPrintContext          *context;
  GtkWidget                *window;
  GtkWidget                *area;
  GtkWidget                *label;
  GtkWidget                *previous;
  GtkWidget                *next;
  cairo_surface_t          *surface;
  int                       page;
  int                       n_pages;
} Preview;

static void
preview_free (Preview *preview)
{
  g_clear_object (&preview->operation);
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
  gtk_print_operation_preview_render_page (GTK_PRINT_OPERATION_PREVIEW (preview->operation), preview->page);
  /* TRANSLATORS: "Page 2 of 9" */
  text = g_strdup_printf (_("Page %d of %d"), preview->page + 1, preview->n_pages);
  gtk_label_set_text (GTK_LABEL (preview->label), text);
  gtk_widget_set_sensitive (preview->previous, preview->page > 0);
  gtk_widget_set_sensitive (preview->next, preview->page + 1 < preview->n_pages);
  gtk_widget_queue_draw (preview->area);
}

/* A fresh white page of the right size for each page rendered. GTK then
 * turns it for the orientation and moves into the margins itself. */
static void
on_got_page_size (GtkPrintOperationPreview *operation_preview,
                  GtkPrintContext          *context,
                  GtkPageSetup             *setup,
                  Preview                  *preview)
{
  double w = gtk_page_setup_get_paper_width (setup, GTK_UNIT_INCH) * PREVIEW_DPI;
  double h = gtk_page_setup_get_paper_height (setup, GTK_UNIT_INCH) * PREVIEW_DPI;
  cairo_t *cr;

  g_clear_pointer (&preview->surface, cairo_surface_destroy);
  preview->surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (w), (int) ceil (h));
  cr = cairo_create (preview->surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  gtk_print_context_set_cairo_context (context, cr, PREVIEW_DPI, PREVIEW_DPI);
  cairo_destroy (cr);
}

static void
on_preview_ready (GtkPrintOperationPreview *operation_preview,
                  GtkPrintContext          *context,
                  Preview                  *preview)
{
  g_object_get (preview->operation, "n-pages", &preview->n_pages, NULL);
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
  cairo_translate (cr, round ((width - sw * scale) / 2), round ((height - sh * scale) / 2));
  cairo_set_source_rgba (cr, 0, 0, 0, 0.3);
  cairo_rectangle (cr, 2, 3, sw * scale, sh * scale);
  cairo_fill (cr);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, preview->surface, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_paint (cr);
}

static void
on_previous (Preview *preview)
{
  preview->page--;
  preview_render (preview);
}

static void
on_next (Preview *preview)
{
  preview->page++;
  preview_render (preview);
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

/* Print what was previewed: a new operation with the same choices, through
 * the print dialog (a preview has ended its own operation). */
static void
on_preview_print (Preview *preview)
{
  SkPrintJob *job = job_of (preview->operation);
  g_autoptr(GtkWindow) parent = g_weak_ref_get (&job->parent);
  g_autoptr(GtkPrintOperation) operation = sk_print_operation_new (job->map, job->municipality_id, job->paper);
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (preview->operation);

  sk_print_operation_set_poster (operation, job->mode, job->paper, job->overlap_mm, job->cut_marks);
  if (settings != NULL)
    gtk_print_operation_set_print_settings (operation, settings);
  gtk_print_operation_set_default_page_setup (operation,
                                              gtk_print_operation_get_default_page_setup (preview->operation));
  gtk_window_close (GTK_WINDOW (preview->window));
  sk_print_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent);
}

static gboolean
on_preview_close_request (GtkWindow *window,
                          Preview   *preview)
{
  gtk_print_operation_preview_end_preview (GTK_PRINT_OPERATION_PREVIEW (preview->operation));
  return FALSE;
}

static GtkWidget *
icon_button (const char *icon,
             const char *text)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  return button;
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
  GtkWidget *print = gtk_button_new_with_mnemonic (_("_Print…"));
  GtkEventController *keys = gtk_event_controller_key_new ();

  preview->operation = g_object_ref (operation);
  preview->context = g_object_ref (context);

  preview->window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (preview->window), _("Print Preview"));
  gtk_window_set_transient_for (GTK_WINDOW (preview->window), parent);
  gtk_window_set_modal (GTK_WINDOW (preview->window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (preview->window), 720, 860);

  preview->previous = icon_button ("go-previous-symbolic", _("Previous Page"));
  preview->next = icon_button ("go-next-symbolic", _("Next Page"));
  g_signal_connect_swapped (preview->previous, "clicked", G_CALLBACK (on_previous), preview);
  g_signal_connect_swapped (preview->next, "clicked", G_CALLBACK (on_next), preview);
  gtk_widget_add_css_class (print, "suggested-action");
  g_signal_connect_swapped (print, "clicked", G_CALLBACK (on_preview_print), preview);
  preview->label = gtk_label_new (NULL);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), preview->previous);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), preview->next);
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
  on_got_page_size (operation_preview, context, gtk_print_context_get_page_setup (context), preview);

  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_preview_key), preview);
  gtk_widget_add_controller (preview->window, keys);
  g_signal_connect (operation_preview, "ready", G_CALLBACK (on_preview_ready), preview);
  g_signal_connect (operation_preview, "got-page-size", G_CALLBACK (on_got_page_size), preview);
  g_signal_connect (preview->window, "close-request", G_CALLBACK (on_preview_close_request), preview);
  g_object_set_data_full (G_OBJECT (preview->window), "sk-preview", preview, (GDestroyNotify) preview_free);
  gtk_window_present (GTK_WINDOW (preview->window));
  return TRUE;
}

/* --- the operation -------------------------------------------------------------- */

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
      report_failure (job, error != NULL ? error->message : _("The printer gave no reason"));
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
  GtkPrintOperation *operation;
  SkPrintJob *job;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPaperSize) a4 = NULL;

  g_return_val_if_fail (SK_IS_MAP (map), NULL);

  operation = gtk_print_operation_new ();
  job = g_new0 (SkPrintJob, 1);
  job->map = g_object_ref (map);
  job->municipality_id = g_strdup (municipality_id);
  job->paper = g_strdup (paper != NULL && g_strv_contains (poster_papers, paper) ? paper : "A1");
  job->overlap_mm = 10;
  job->cut_marks = TRUE;
  g_weak_ref_init (&job->parent, NULL);

  /* A poster is tall: portrait A4 unless the last print said otherwise. */
  setup = gtk_page_setup_new ();
  a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_job_name (operation, sk_map_get_title (map, NULL));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_show_progress (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_custom_tab_label (operation, _("Poster"));
  load_settings (operation, job);

  g_object_set_data_full (G_OBJECT (operation), "sk-print-job", job, (GDestroyNotify) sk_print_job_free);
  g_signal_connect (operation, "create-custom-widget", G_CALLBACK (on_create_custom_widget), job);
  g_signal_connect (operation, "update-custom-widget", G_CALLBACK (on_update_custom_widget), job);
  g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (on_custom_widget_apply), job);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);
  g_signal_connect (operation, "preview", G_CALLBACK (on_preview), job);
  g_signal_connect (operation, "done", G_CALLBACK (on_done), job);
  return operation;
}

/**
 * sk_print_operation_set_poster:
 * @paper: (nullable): the poster's paper, "A0"…"A4"; %NULL keeps it
 * @overlap_mm: the glue margin of tiles, 0–30 mm
 * @cut_marks: whether tiles show where to cut and glue
 *
 * Chooses what the Poster tab chooses, for a print without the dialog or
 * as the tab's starting point.
 */
void
sk_print_operation_set_poster (GtkPrintOperation *operation,
                               SkPrintMode        mode,
                               const char        *paper,
                               double             overlap_mm,
                               gboolean           cut_marks)
{
  SkPrintJob *job;

  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation));
  job = job_of (operation);
  g_return_if_fail (job != NULL);

  job->mode = mode;
  if (paper != NULL && g_strv_contains (poster_papers, paper))
    set_string (&job->paper, paper);
  job->overlap_mm = CLAMP (overlap_mm, 0, 30);
  job->cut_marks = cut_marks;
}

/**
 * sk_print_run:
 * @parent: (nullable): the window the dialogs belong to
 *
 * Runs @operation, without blocking @parent where GTK can (everything but
 * an export to a file); a failure is shown in a dialog on @parent, now or
 * when the job ends.
 *
 * Returns: what became of it; %GTK_PRINT_OPERATION_RESULT_IN_PROGRESS
 *   until #GtkPrintOperation::done
 */
GtkPrintOperationResult
sk_print_run (GtkPrintOperation       *operation,
              GtkPrintOperationAction  action,
              GtkWindow               *parent)
{
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;
  SkPrintJob *job;

  g_return_val_if_fail (GTK_IS_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_RESULT_ERROR);
  job = job_of (operation);
  g_return_val_if_fail (job != NULL, GTK_PRINT_OPERATION_RESULT_ERROR);

  g_weak_ref_set (&job->parent, parent);
  gtk_print_operation_set_allow_async (operation, TRUE);
  result = gtk_print_operation_run (operation, action, parent, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    report_failure (job, error != NULL ? error->message : _("The printer gave no reason"));
  return result;
}
