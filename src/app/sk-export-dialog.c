/* sk-export-dialog.c — the export dialog: poster, tiles, pathway sheets,
 * brochures, with a preview, in a thread with progress and Cancel
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The choices are the command line's (sk-cli.c, "export") and end in the
 * same export functions, run by a job in a thread (sk-export-job.c), so the
 * editor and the command line make the same file. The preview is the real
 * layout and renderer drawn small, on the main thread, a moment after the
 * choices stop changing; its caption says what it shows.
 *
 * The dialog stays open when an export is done: what the export warns
 * about (text that did not fit, colours hard to read) is listed in it,
 * beside a button that opens the file, or the folder of a batch.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-export-dialog.h"
#include "sk-export-job.h"
#include "sk-export-preview.h"
#include "sk-paper.h"
#include "sk-settings.h"

#define PREVIEW_SIZE 300      /* pixels, the longer side */
#define PREVIEW_DELAY_MS 150  /* after the last change of a choice */
#define PULSE_MS 120

#define SK_TYPE_EXPORT_DIALOG (sk_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SkExportDialog, sk_export_dialog, SK, EXPORT_DIALOG, AdwWindow)

static const char * const poster_papers[] = { "A0", "A1", "A2", "A3", "A4", "A5", NULL };
static const char * const tiles_papers[] = { "A0", "A1", "A2", "A3", NULL };
static const char * const sheet_papers[] = { "A4", "A3", NULL };
static const char * const brochure_papers[] = { "A5", "A4", NULL };
static const char * const formats[] = { "pdf", "svg", "png", NULL };

static const struct {
  const char         *id;           /* in GSettings, as on the command line */
  const char         *label;
  const char         *description;
  const char         *paper;        /* the default */
  const char * const *papers;
  gboolean            turnable;     /* may be landscape */
} kinds[] = {
  [SK_EXPORT_KIND_POSTER] = { "poster", N_("Poster"),
                              N_("One page, from A5 to A0"), "A1", poster_papers, TRUE },
  [SK_EXPORT_KIND_TILES] = { "tiles", N_("Poster on small sheets"),
                             N_("The poster across A4 or A3 sheets, with glue margins and an assembly page"),
                             "A1", tiles_papers, TRUE },
  [SK_EXPORT_KIND_PATHWAYS] = { "pathways", N_("Pathway sheets"),
                                N_("One page per pathway, its steps in order"), "A4", sheet_papers, TRUE },
  [SK_EXPORT_KIND_BROCHURE] = { "brochure", N_("Family brochure"),
                                N_("Services, pathways, urgent help and rights, for families"),
                                "A5", brochure_papers, FALSE },
  [SK_EXPORT_KIND_REPORT] = { "report", N_("Workshop report"),
                              N_("The map with numbered notes, then the notes"),
                              "A3", poster_papers, TRUE },
};

struct _SkExportDialog
{
  AdwWindow       parent_instance;

  SkDocument     *document;
  GPtrArray      *municipality_ids;  /* by the municipality row's position − 1 */
  GPtrArray      *languages;         /* codes, by the language row's position */
  SkExportKind    kind;

  AdwWindowTitle *title;
  GtkButton      *cancel_button;
  GtkWidget      *export_button;
  GtkWidget      *choices;           /* insensitive while exporting */
  AdwComboRow    *kind_row;
  AdwComboRow    *format_row;
  AdwComboRow    *paper_row;
  GtkWidget      *landscape_row;
  GtkSwitch      *landscape;
  AdwComboRow    *sheet_row;
  GtkWidget      *overlap_row;
  GtkSpinButton  *overlap;
  AdwComboRow    *municipality_row;
  AdwComboRow    *language_row;
  GtkImage       *preview;
  GtkLabel       *preview_caption;
  GtkWidget      *status_box;
  GtkImage       *status_icon;
  GtkLabel       *status;
  GtkButton      *open_button;
  GtkProgressBar *progress;
  GtkExpander    *details;
  GtkLabel       *details_text;

  GtkFileChooserNative *chooser;
  guint           preview_timeout;
  char           *preview_key;       /* the choices the preview shows */
  guint           pulse_timeout;
  GCancellable   *cancellable;       /* of the export under way, or NULL */
  guint           serial;            /* of the latest export: older results are dropped */
  gboolean        batch;             /* it is a batch of brochures */
  char           *result_uri;        /* what Open shows */
};

G_DEFINE_FINAL_TYPE (SkExportDialog, sk_export_dialog, ADW_TYPE_WINDOW)

/* --- the choices ------------------------------------------------------ */

/* @s's position in @list, or @fallback */
static guint
find (const char * const *list,
      const char         *s,
      guint               fallback)
{
  for (guint i = 0; s != NULL && list[i] != NULL; i++)
    if (g_ascii_strcasecmp (list[i], s) == 0)
      return i;
  return fallback;
}

static GtkStringList *
paper_list (const char * const *papers)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; papers[i] != NULL; i++)
    {
      g_autofree char *label = NULL;
      double width, height;

      sk_paper_parse (papers[i], FALSE, &width, &height, NULL);
      label = g_strdup_printf (_("%s · %.0f × %.0f mm"), papers[i], width * 25.4 / 72, height * 25.4 / 72);
      gtk_string_list_append (list, label);
    }
  return list;
}

static const char *
selected_paper (SkExportDialog *self)
{
  const char * const *papers = kinds[self->kind].papers;
  guint position = adw_combo_row_get_selected (self->paper_row);

  return position < g_strv_length ((char **) papers) ? papers[position] : kinds[self->kind].paper;
}

static gboolean
selected_landscape (SkExportDialog *self)
{
  return kinds[self->kind].turnable && gtk_switch_get_active (self->landscape);
}

static const char *
selected_sheet (SkExportDialog *self)
{
  return sheet_papers[MIN (adw_combo_row_get_selected (self->sheet_row), 1)];
}

static const char *
selected_format (SkExportDialog *self)
{
  if (self->kind != SK_EXPORT_KIND_POSTER)
    return "pdf";
  return formats[MIN (adw_combo_row_get_selected (self->format_row), G_N_ELEMENTS (formats) - 2)];
}

static const char *
selected_language (SkExportDialog *self)
{
  guint position = adw_combo_row_get_selected (self->language_row);

  return g_ptr_array_index (self->languages, MIN (position, self->languages->len - 1));
}

static gboolean
is_batch (SkExportDialog *self)
{
  return self->kind == SK_EXPORT_KIND_BROCHURE && self->municipality_ids->len > 0
         && adw_combo_row_get_selected (self->municipality_row) == self->municipality_ids->len + 1;
}

/* The municipality of a brochure; NULL for the whole region. For all
 * municipalities, the first: its brochure is the one previewed. */
static SkMunicipality *
selected_municipality (SkExportDialog *self)
{
  SkMap *map = sk_document_get_map (self->document);
  guint position = adw_combo_row_get_selected (self->municipality_row);
  const char *id;

  if (self->municipality_ids->len == 0 || position == 0 || position == GTK_INVALID_LIST_POSITION)
    return NULL;
  id = g_ptr_array_index (self->municipality_ids, position <= self->municipality_ids->len ? position - 1 : 0);
  return SK_MUNICIPALITY (sk_map_lookup (map, SK_KIND_MUNICIPALITY, id));
}

static SkExportChoices
get_choices (SkExportDialog *self)
{
  SkExportChoices choices = {
    self->kind, selected_paper (self), selected_landscape (self), selected_format (self),
    selected_language (self), selected_sheet (self), gtk_spin_button_get_value (self->overlap),
    selected_municipality (self), is_batch (self),
  };

  return choices;
}

/* The municipalities and languages come from the map, once. */
static void
fill_from_map (SkExportDialog *self,
               const char     *municipality_id)
{
  SkMap *map = sk_document_get_map (self->document);
  GListModel *municipalities = sk_map_get_municipalities (map);
  g_autoptr(GtkStringList) places = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (municipalities);

  adw_window_title_set_subtitle (self->title, sk_map_get_title (map, sk_map_get_language (map)));

  gtk_string_list_append (places, _("Whole region"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkItem) item = g_list_model_get_item (municipalities, i);

      g_ptr_array_add (self->municipality_ids, g_strdup (sk_item_get_id (item)));
      gtk_string_list_append (places, sk_municipality_get_name (SK_MUNICIPALITY (item)));
    }
  if (n > 0)
    gtk_string_list_append (places, _("All municipalities, one brochure each"));
  adw_combo_row_set_model (self->municipality_row, G_LIST_MODEL (places));

  self->languages = sk_export_languages (map);
  for (guint i = 0; i < self->languages->len; i++)
    gtk_string_list_append (names, sk_export_language_name (g_ptr_array_index (self->languages, i)));
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (names));

  for (guint i = 0; municipality_id != NULL && i < n; i++)
    if (g_str_equal (g_ptr_array_index (self->municipality_ids, i), municipality_id))
      adw_combo_row_set_selected (self->municipality_row, i + 1);
}

static void
update_rows (SkExportDialog *self)
{
  gboolean tiles = self->kind == SK_EXPORT_KIND_TILES;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->kind_row), _(kinds[self->kind].description));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->paper_row), tiles ? _("Poster size") : _("Paper"));
  gtk_widget_set_visible (GTK_WIDGET (self->format_row), self->kind == SK_EXPORT_KIND_POSTER);
  gtk_widget_set_visible (self->landscape_row, kinds[self->kind].turnable);
  gtk_widget_set_visible (GTK_WIDGET (self->sheet_row), tiles);
  gtk_widget_set_visible (self->overlap_row, tiles);
  gtk_widget_set_visible (GTK_WIDGET (self->municipality_row), self->kind == SK_EXPORT_KIND_BROCHURE);
}

/* --- the preview ------------------------------------------------------ */

static void
update_preview (SkExportDialog *self)
{
  SkExportChoices choices = get_choices (self);
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *key = NULL;

  key = g_strdup_printf ("%d %s %d %s %s %s %d", choices.kind, choices.paper, choices.landscape,
                         choices.lang, choices.sheet,
                         choices.municipality != NULL ? sk_item_get_id (SK_ITEM (choices.municipality)) : "",
                         choices.all_municipalities);
  if (g_strcmp0 (key, self->preview_key) == 0)
    return;
  g_free (self->preview_key);
  self->preview_key = g_steal_pointer (&key);
  texture = sk_export_preview_new (sk_document_get_map (self->document), &choices,
                                   PREVIEW_SIZE * gtk_widget_get_scale_factor (GTK_WIDGET (self)), &caption);
  gtk_image_set_from_paintable (self->preview, GDK_PAINTABLE (texture));
  gtk_label_set_text (self->preview_caption, caption);
}

static gboolean
preview_timeout (gpointer data)
{
  SkExportDialog *self = data;

  self->preview_timeout = 0;
  update_preview (self);
  return G_SOURCE_REMOVE;
}

/* Laying out an A0 poster takes a while: not on every click through the
 * paper sizes. */
static void
on_choice_changed (SkExportDialog *self)
{
  g_clear_handle_id (&self->preview_timeout, g_source_remove);
  self->preview_timeout = g_timeout_add (PREVIEW_DELAY_MS, preview_timeout, self);
}

static void
set_kind (SkExportDialog *self,
          SkExportKind    kind,
          const char     *paper)
{
  g_autoptr(GtkStringList) papers = paper_list (kinds[kind].papers);

  self->kind = kind;
  adw_combo_row_set_model (self->paper_row, G_LIST_MODEL (papers));
  adw_combo_row_set_selected (self->paper_row,
                              find (kinds[kind].papers, paper, find (kinds[kind].papers, kinds[kind].paper, 0)));
  update_rows (self);
  on_choice_changed (self);
}

static void
on_kind_changed (SkExportDialog *self)
{
  SkExportKind kind = MIN (adw_combo_row_get_selected (self->kind_row), SK_EXPORT_KIND_REPORT);

  /* Keep the paper if the new kind has it, else the kind's own. */
  if (kind != self->kind)
    set_kind (self, kind, selected_paper (self));
}

/* --- settings ----------------------------------------------------------- */

static void
load_settings (SkExportDialog *self,
               const char     *municipality_id)
{
  GSettings *settings = sk_settings_get ();
  g_autofree char *kind = NULL;
  g_autofree char *paper = NULL;
  g_autofree char *format = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *sheet = NULL;
  guint position;

  if (settings == NULL)
    {
      set_kind (self, SK_EXPORT_KIND_POSTER, NULL);
      return;
    }
  kind = g_settings_get_string (settings, "export-kind");
  /* Posters start on the Preferences' paper, whatever the last export. */
  paper = g_settings_get_string (settings, "default-paper");
  format = g_settings_get_string (settings, "export-format");
  lang = g_settings_get_string (settings, "export-language");
  sheet = g_settings_get_string (settings, "export-sheet");

  for (position = 0; position < G_N_ELEMENTS (kinds); position++)
    if (g_str_equal (kinds[position].id, kind))
      break;
  position = position < G_N_ELEMENTS (kinds) ? position : SK_EXPORT_KIND_POSTER;
  set_kind (self, position, paper);
  adw_combo_row_set_selected (self->kind_row, position);
  gtk_switch_set_active (self->landscape, g_settings_get_boolean (settings, "default-landscape"));
  adw_combo_row_set_selected (self->format_row, find (formats, format, 0));
  adw_combo_row_set_selected (self->sheet_row, find (sheet_papers, sheet, 0));
  if (g_ptr_array_find_with_equal_func (self->languages, lang, g_str_equal, &position))
    adw_combo_row_set_selected (self->language_row, position);
  /* The municipality the window shows wins over a batch last time. */
  if (municipality_id == NULL && self->municipality_ids->len > 0
      && g_settings_get_boolean (settings, "export-all-municipalities"))
    adw_combo_row_set_selected (self->municipality_row, self->municipality_ids->len + 1);
}

static void
save_settings (SkExportDialog *self,
               const char     *folder)
{
  GSettings *settings = sk_settings_get ();
  gboolean own_language = adw_combo_row_get_selected (self->language_row) == 0;

  if (settings == NULL)
    return;
  g_settings_set_string (settings, "export-kind", kinds[self->kind].id);
  g_settings_set_string (settings, "export-format", selected_format (self));
  /* The map's first language is kept as "the map's", for the next map. */
  g_settings_set_string (settings, "export-language", own_language ? "" : selected_language (self));
  g_settings_set_string (settings, "export-sheet", selected_sheet (self));
  if (self->kind == SK_EXPORT_KIND_BROCHURE)
    g_settings_set_boolean (settings, "export-all-municipalities", is_batch (self));
  g_settings_set_string (settings, "export-folder", folder);
}

/* --- the export under way and its result ------------------------------ */

static void
update_actions (SkExportDialog *self)
{
  gboolean running = self->cancellable != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.run", !running && self->chooser == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.open", !running && self->result_uri != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->open_button), !running && self->result_uri != NULL);
  gtk_widget_set_sensitive (self->choices, !running);
  gtk_button_set_label (self->cancel_button, !running && self->result_uri != NULL ? _("_Close") : _("_Cancel"));
}

/* @style: "success", "warning", "error" or NULL (no icon) */
static void
show_status (SkExportDialog *self,
             const char     *style,
             const char     *text,
             const char     *uri)
{
  static const char * const icons[][2] = {
    { "success", "emblem-ok-symbolic" },
    { "warning", "dialog-warning-symbolic" },
    { "error", "dialog-error-symbolic" },
  };

  gtk_widget_set_visible (self->status_box, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->status_icon), style != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (icons); i++)
    if (g_strcmp0 (style, icons[i][0]) == 0)
      {
        gtk_image_set_from_icon_name (self->status_icon, icons[i][1]);
        gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), icons[i][0]);
      }
    else
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), icons[i][0]);
  gtk_label_set_text (self->status, text);
  gtk_button_set_label (self->open_button, self->batch ? _("Open _Folder") : _("_Open"));
  g_free (self->result_uri);
  self->result_uri = g_strdup (uri);
  update_actions (self);
}

static void
show_details (SkExportDialog  *self,
              SkExportOutcome *outcome)
{
  g_autofree char *heading = NULL;
  g_autofree char *text = outcome != NULL ? sk_export_outcome_list (outcome, &heading) : NULL;

  /* Open from the start: warnings are what a proofreader must see. */
  gtk_expander_set_label (self->details, heading);
  gtk_label_set_text (self->details_text, text);
  gtk_expander_set_expanded (self->details, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->details), text != NULL && *text != '\0');
}

static gboolean
pulse (gpointer data)
{
  gtk_progress_bar_pulse (GTK_PROGRESS_BAR (data));
  return G_SOURCE_CONTINUE;
}

static void
set_running (SkExportDialog *self,
             gboolean        running)
{
  g_clear_handle_id (&self->pulse_timeout, g_source_remove);
  gtk_widget_set_visible (GTK_WIDGET (self->progress), running);
  /* A single export cannot say how far it is: it pulses, without text. */
  gtk_progress_bar_set_show_text (self->progress, self->batch);
  if (running && !self->batch)
    self->pulse_timeout = g_timeout_add (PULSE_MS, pulse, self->progress);
  update_actions (self);
}

static void
on_progress (GObject *source,
             guint    done,
             guint    total)
{
  SkExportDialog *self = SK_EXPORT_DIALOG (source);
  g_autofree char *text = NULL;

  if (self->cancellable == NULL)
    return;
  /* TRANSLATORS: brochures written, "12 of 22" */
  text = g_strdup_printf (_("%u of %u"), done, total);
  gtk_progress_bar_set_fraction (self->progress, total > 0 ? (double) done / total : 1);
  gtk_progress_bar_set_text (self->progress, text);
}

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  SkExportDialog *self = SK_EXPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkExportOutcome) outcome = sk_export_job_run_finish (result, &error);
  g_autofree char *text = NULL;
  g_autofree char *uri = NULL;
  const char *style;

  /* A later export has begun, or the dialog was closed. A cancelled one
   * still reports, since it tells what was written after all. */
  if (GPOINTER_TO_UINT (data) != self->serial)
    return;
  g_clear_object (&self->cancellable);
  set_running (self, FALSE);
  show_details (self, outcome);
  if (outcome == NULL)
    {
      show_status (self, "error", error->message, NULL);
      return;
    }

  text = sk_export_outcome_describe (outcome, &style);
  if (outcome->written > 0)
    {
      g_autoptr(GFile) file = g_file_new_for_path (outcome->path);

      uri = g_file_get_uri (file);
    }
  show_status (self, style, text, uri);
}

static void
cancel_export (SkExportDialog *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  set_running (self, FALSE);
  /* The job still reports when it ends (see on_export_done): what is
   * said here is only what is known now. */
  show_status (self, NULL,
               self->batch
               ? _("Cancelled: no further brochures are started; those being made are finished")
               : _("Cancelled; the file is not written"),
               NULL);
}

static void
start_export (SkExportDialog *self,
              const char     *path)
{
  SkExportChoices choices = get_choices (self);
  g_autoptr(SkExportJob) job = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  show_details (self, NULL);
  job = sk_export_job_new (sk_document_get_map (self->document), &choices, path, &error);
  if (job == NULL)
    {
      show_status (self, "error", error->message, NULL);
      return;
    }
  folder = choices.all_municipalities ? g_strdup (path) : g_path_get_dirname (sk_export_job_get_path (job));
  save_settings (self, folder);

  self->serial++;
  self->cancellable = g_cancellable_new ();
  self->batch = choices.all_municipalities;
  name = g_filename_display_basename (sk_export_job_get_path (job));
  text = g_strdup_printf (self->batch ? _("Writing the brochures to %s…") : _("Writing %s…"), name);
  show_status (self, NULL, text, NULL);
  gtk_progress_bar_set_fraction (self->progress, 0);
  gtk_progress_bar_set_text (self->progress, NULL);
  if (self->batch)
    on_progress (G_OBJECT (self), 0, self->municipality_ids->len);
  set_running (self, TRUE);
  sk_export_job_run_async (g_steal_pointer (&job), G_OBJECT (self), self->cancellable, on_progress,
                           on_export_done, GUINT_TO_POINTER (self->serial));
}

/* --- choosing the file ------------------------------------------------- */

static GtkFileFilter *
format_filter (const char *format)
{
  GtkFileFilter *filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strconcat ("*.", format, NULL);
  g_autofree char *name = g_ascii_strup (format, -1);

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  return filter;
}

/* Where the last export went, else beside the map. */
static GFile *
start_folder (SkExportDialog *self)
{
  GSettings *settings = sk_settings_get ();
  g_autofree char *folder = settings != NULL ? g_settings_get_string (settings, "export-folder") : NULL;
  const char *map_path = sk_document_get_path (self->document);

  if (folder != NULL && *folder != '\0' && g_file_test (folder, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (folder);
  if (map_path != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (map_path);

      return g_file_new_for_path (dir);
    }
  return NULL;
}

static void
on_chooser_response (GtkNativeDialog *dialog,
                     int              response,
                     SkExportDialog  *self)
{
  g_autoptr(GtkFileChooserNative) chooser = g_steal_pointer (&self->chooser);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  update_actions (self);
  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path == NULL)
    {
      show_details (self, NULL);
      show_status (self, "error", _("Exports can only be written to folders on this computer"), NULL);
      return;
    }
  start_export (self, path);
}

static void
action_run (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SkExportDialog *self = SK_EXPORT_DIALOG (widget);
  gboolean batch = is_batch (self);
  g_autoptr(GFile) folder = start_folder (self);

  if (self->cancellable != NULL || self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (batch ? _("Choose a Folder for the Brochures") : _("Export"),
                                               GTK_WINDOW (self),
                                               batch ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                                                     : GTK_FILE_CHOOSER_ACTION_SAVE,
                                               batch ? _("_Select") : _("_Export"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  if (!batch)
    {
      SkExportChoices choices = get_choices (self);
      g_autofree char *name = sk_export_suggest_name (sk_document_get_map (self->document), &choices);
      g_autoptr(GtkFileFilter) filter = format_filter (selected_format (self));

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
    }
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
  update_actions (self);
}

static void
action_cancel (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SkExportDialog *self = SK_EXPORT_DIALOG (widget);

  if (self->cancellable != NULL)
    cancel_export (self);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
action_open (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SkExportDialog *self = SK_EXPORT_DIALOG (widget);

  if (self->result_uri != NULL)
    gtk_show_uri (GTK_WINDOW (self), self->result_uri, GDK_CURRENT_TIME);
}

/* --- the dialog -------------------------------------------------------- */

static void
sk_export_dialog_dispose (GObject *object)
{
  SkExportDialog *self = SK_EXPORT_DIALOG (object);

  /* Closing cancels: a result that comes later finds another serial. */
  self->serial++;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->preview_timeout, g_source_remove);
  g_clear_handle_id (&self->pulse_timeout, g_source_remove);
  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sk_export_dialog_parent_class)->dispose (object);
}

static void
sk_export_dialog_finalize (GObject *object)
{
  SkExportDialog *self = SK_EXPORT_DIALOG (object);

  g_clear_pointer (&self->municipality_ids, g_ptr_array_unref);
  g_clear_pointer (&self->languages, g_ptr_array_unref);
  g_free (self->preview_key);
  g_free (self->result_uri);

  G_OBJECT_CLASS (sk_export_dialog_parent_class)->finalize (object);
}

static void
sk_export_dialog_class_init (SkExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_export_dialog_dispose;
  object_class->finalize = sk_export_dialog_finalize;

  gtk_widget_class_install_action (widget_class, "export.run", NULL, action_run);
  gtk_widget_class_install_action (widget_class, "export.cancel", NULL, action_cancel);
  gtk_widget_class_install_action (widget_class, "export.open", NULL, action_open);
  /* Enter exports through the window's default widget. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static GtkLabel *
new_label (gboolean selectable)
{
  GtkLabel *label = GTK_LABEL (gtk_label_new (NULL));

  gtk_label_set_wrap (label, TRUE);
  gtk_label_set_selectable (label, selectable);
  gtk_label_set_xalign (label, 0);
  return label;
}

static AdwComboRow *
add_combo_row (AdwPreferencesGroup *group,
               const char          *title,
               GtkStringList       *model)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (model != NULL)
    adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_preferences_group_add (group, row);
  return ADW_COMBO_ROW (row);
}

static GtkWidget *
add_row (AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle,
         GtkWidget           *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), suffix);
  adw_preferences_group_add (group, row);
  return row;
}

static AdwPreferencesGroup *
add_group (GtkWidget  *page,
           const char *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  return ADW_PREFERENCES_GROUP (group);
}

static void
sk_export_dialog_init (SkExportDialog *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *preview_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  g_autoptr(GtkStringList) kind_labels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) format_labels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) sheets = paper_list (sheet_papers);
  g_autofree char *png = g_strdup_printf (_("PNG, %d dpi"), SK_EXPORT_DEFAULT_DPI);
  AdwPreferencesGroup *group;

  self->municipality_ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (kind_labels, _(kinds[i].label));
  gtk_string_list_append (format_labels, "PDF");
  gtk_string_list_append (format_labels, "SVG");
  gtk_string_list_append (format_labels, png);

  gtk_window_set_title (GTK_WINDOW (self), _("Export"));
  gtk_window_set_default_size (GTK_WINDOW (self), 820, 640);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);

  /* Header: Cancel (or Close) and Export, no window buttons. */
  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_("Export"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  self->cancel_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Cancel")));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->cancel_button), "export.cancel");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), GTK_WIDGET (self->cancel_button));
  self->export_button = gtk_button_new_with_mnemonic (_("_Export…"));
  gtk_widget_add_css_class (self->export_button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->export_button), "export.run");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->export_button);
  gtk_box_append (GTK_BOX (content), header);

  /* The preview, left: a fixed square, the page fitted into it: the choices beside it do
   * not move when the page turns. */
  self->preview = GTK_IMAGE (gtk_image_new ());
  gtk_image_set_pixel_size (self->preview, PREVIEW_SIZE);
  self->preview_caption = new_label (FALSE);
  gtk_label_set_xalign (self->preview_caption, 0.5);
  gtk_label_set_max_width_chars (self->preview_caption, 36);
  gtk_label_set_justify (self->preview_caption, GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->preview_caption), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->preview_caption), "caption");
  gtk_box_append (GTK_BOX (preview_box), GTK_WIDGET (self->preview));
  gtk_box_append (GTK_BOX (preview_box), GTK_WIDGET (self->preview_caption));
  gtk_widget_set_margin_start (preview_box, 18);
  gtk_widget_set_margin_top (preview_box, 24);
  gtk_box_append (GTK_BOX (body), preview_box);

  /* The choices, right. */
  self->choices = adw_preferences_page_new ();
  gtk_widget_set_hexpand (self->choices, TRUE);
  group = add_group (self->choices, _("What"));
  self->kind_row = add_combo_row (group, _("Export"), kind_labels);
  self->format_row = add_combo_row (group, _("Format"), format_labels);
  group = add_group (self->choices, _("Paper"));
  self->paper_row = add_combo_row (group, _("Paper"), NULL);
  self->landscape = GTK_SWITCH (gtk_switch_new ());
  self->landscape_row = add_row (group, _("Landscape"), NULL, GTK_WIDGET (self->landscape));
  self->sheet_row = add_combo_row (group, _("Sheets"), sheets);
  self->overlap = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 50, 1));
  gtk_spin_button_set_value (self->overlap, 10);
  self->overlap_row = add_row (group, _("Glue margin"), _("Millimetres that neighbouring sheets overlap"),
                               GTK_WIDGET (self->overlap));
  group = add_group (self->choices, _("Content"));
  self->municipality_row = add_combo_row (group, _("Municipality"), NULL);
  self->language_row = add_combo_row (group, _("Language"), NULL);
  gtk_box_append (GTK_BOX (body), self->choices);
  gtk_widget_set_vexpand (body, TRUE);
  gtk_box_append (GTK_BOX (content), body);

  /* What the export is doing, or did. */
  self->status_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  self->status_icon = GTK_IMAGE (gtk_image_new ());
  self->status = new_label (TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->status), TRUE);
  self->open_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Open")));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->open_button), "export.open");
  gtk_widget_set_valign (GTK_WIDGET (self->open_button), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->status_icon));
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->status));
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->open_button));
  gtk_box_append (GTK_BOX (self->status_box), line);
  self->progress = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_progress_bar_set_pulse_step (self->progress, 0.08);
  gtk_box_append (GTK_BOX (self->status_box), GTK_WIDGET (self->progress));
  self->details_text = new_label (TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->details_text));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 140);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  self->details = GTK_EXPANDER (gtk_expander_new (NULL));
  gtk_expander_set_child (self->details, scrolled);
  gtk_box_append (GTK_BOX (self->status_box), GTK_WIDGET (self->details));
  g_object_set (self->status_box, "margin-start", 18, "margin-end", 18, "margin-bottom", 18, NULL);
  gtk_widget_set_visible (self->status_box, FALSE);
  gtk_box_append (GTK_BOX (content), self->status_box);

  adw_window_set_content (ADW_WINDOW (self), content);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->export_button);
  update_actions (self);
}

/**
 * sk_export_dialog_present:
 * @parent: the window of the map
 * @municipality_id: (nullable): the municipality the window shows; the
 *   brochure's default
 *
 * Shows the export dialog for @document's map, with the last choices.
 */
void
sk_export_dialog_present (GtkWindow  *parent,
                          SkDocument *document,
                          const char *municipality_id)
{
  SkExportDialog *self;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (SK_IS_DOCUMENT (document));

  self = g_object_new (SK_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  fill_from_map (self, municipality_id);
  load_settings (self, municipality_id);

  /* Connected last: filling the rows is no change by the user. */
  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (on_kind_changed), self);
  g_signal_connect_swapped (self->paper_row, "notify::selected", G_CALLBACK (on_choice_changed), self);
  g_signal_connect_swapped (self->landscape, "notify::active", G_CALLBACK (on_choice_changed), self);
  g_signal_connect_swapped (self->sheet_row, "notify::selected", G_CALLBACK (on_choice_changed), self);
  g_signal_connect_swapped (self->municipality_row, "notify::selected", G_CALLBACK (on_choice_changed), self);
  g_signal_connect_swapped (self->language_row, "notify::selected", G_CALLBACK (on_choice_changed), self);
  /* Else the first button, Cancel, has the focus and takes Enter. */
  gtk_window_set_focus (GTK_WINDOW (self), self->export_button);
  gtk_window_present (GTK_WINDOW (self));
}
