/* sk-csv-dialog.c — services from a spreadsheet: preview and column mapping
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file is read once (sk_csv_table_read); each change of a column's
 * field, of the heading switch or of the language makes the import anew
 * (sk_csv_import_new, on a copy of the map), so that the summary under the
 * preview always says what Import will do. Import applies its one command
 * to the document: one undo step.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-csv-dialog.h"
#include "sk-csv.h"

#define PREVIEW_ROWS 50
#define SHOWN_PROBLEMS 20

struct _SkCsvDialog
{
  AdwWindow    parent_instance;

  SkDocument  *document;
  char        *name;           /* the file's, for messages */
  SkCsvTable  *table;
  SkCsvField  *fields;
  SkCsvImport *import;
  char       **languages;      /* the map's, for the dropdown */

  GtkWidget   *import_button;
  GtkWidget   *header_switch;
  GtkWidget   *language_dropdown;
  GtkWidget   *grid;
  GtkWidget   *summary;
  GtkWidget   *problems;
  GPtrArray   *header_cells;   /* the first row's labels */
};

G_DEFINE_FINAL_TYPE (SkCsvDialog, sk_csv_dialog, ADW_TYPE_WINDOW)

static const char *
selected_language (SkCsvDialog *self)
{
  guint i = self->language_dropdown != NULL
            ? gtk_drop_down_get_selected (GTK_DROP_DOWN (self->language_dropdown)) : 0;

  return self->languages != NULL && i < g_strv_length (self->languages) ? self->languages[i] : NULL;
}

/* The import as the choices now make it, and the summary of it. */
static void
update (SkCsvDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  gboolean has_header = gtk_switch_get_active (GTK_SWITCH (self->header_switch));
  g_autofree char *summary = NULL;

  for (guint i = 0; i < self->header_cells->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (self->header_cells, i);

      if (has_header)
        gtk_widget_add_css_class (label, "dim-label");
      else
        gtk_widget_remove_css_class (label, "dim-label");
    }

  g_clear_pointer (&self->import, sk_csv_import_free);
  self->import = sk_csv_import_new (sk_document_get_map (self->document), self->name, self->table,
                                    self->fields, has_header, selected_language (self), &error);
  if (self->import == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->summary), error->message);
      gtk_label_set_text (GTK_LABEL (self->problems), "");
      gtk_widget_set_sensitive (self->import_button, FALSE);
      return;
    }

  {
    g_autofree char *added = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new service", "%u new services",
                                                           self->import->n_added), self->import->n_added);
    g_autofree char *updated = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u updated", "%u updated",
                                                             self->import->n_updated), self->import->n_updated);
    g_autofree char *skipped = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row left out", "%u rows left out",
                                                             self->import->n_skipped), self->import->n_skipped);

    g_autofree char *unchanged = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u as on the map",
                                                               "%u as on the map", self->import->n_unchanged),
                                                  self->import->n_unchanged);

    /* TRANSLATORS: "12 new services, 3 updated, 30 as on the map, 1 row left out" */
    summary = g_strdup_printf (_("%s, %s, %s, %s"), added, updated, unchanged, skipped);
    if (self->import->command == NULL)
      {
        g_autofree char *nothing = g_strdup_printf (_("%s — nothing to import"), summary);

        g_free (summary);
        summary = g_steal_pointer (&nothing);
      }
  }
  gtk_label_set_text (GTK_LABEL (self->summary), summary);

  for (guint i = 0; i < self->import->problems->len && i < SHOWN_PROBLEMS; i++)
    g_string_append_printf (problems, "%s%s", i > 0 ? "\n" : "",
                            (const char *) g_ptr_array_index (self->import->problems, i));
  if (self->import->problems->len > SHOWN_PROBLEMS)
    {
      guint more = self->import->problems->len - SHOWN_PROBLEMS;

      g_string_append_c (problems, '\n');
      g_string_append_printf (problems, g_dngettext (GETTEXT_PACKAGE, "… and %u more", "… and %u more", more), more);
    }
  gtk_label_set_text (GTK_LABEL (self->problems), problems->str);
  gtk_widget_set_visible (self->problems, problems->len > 0);
  gtk_widget_set_sensitive (self->import_button, self->import->command != NULL);
}

static void
on_field_chosen (GtkDropDown *dropdown,
                 GParamSpec  *pspec,
                 SkCsvDialog *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dropdown), "sk-column"));
  SkCsvField field = gtk_drop_down_get_selected (dropdown);

  if (field >= SK_CSV_N_FIELDS || self->fields[column] == field)
    return;
  /* A field comes from one column: the one it was in lets it go. */
  for (GtkWidget *child = gtk_widget_get_first_child (self->grid); child != NULL && field != SK_CSV_FIELD_IGNORE;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_DROP_DOWN (child) && child != GTK_WIDGET (dropdown)
        && gtk_drop_down_get_selected (GTK_DROP_DOWN (child)) == field)
      {
        guint other = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), "sk-column"));

        self->fields[other] = SK_CSV_FIELD_IGNORE;
        g_signal_handlers_block_by_func (child, on_field_chosen, self);
        gtk_drop_down_set_selected (GTK_DROP_DOWN (child), SK_CSV_FIELD_IGNORE);
        g_signal_handlers_unblock_by_func (child, on_field_chosen, self);
      }
  self->fields[column] = field;
  update (self);
}

static void
on_import (SkCsvDialog *self)
{
  GtkWidget *toasts = g_object_get_data (G_OBJECT (self), "sk-toasts");
  g_autofree char *message = NULL;
  guint n;

  if (self->import == NULL || self->import->command == NULL)
    return;
  n = self->import->n_added + self->import->n_updated;
  /* The document takes the command. */
  sk_document_apply (self->document, g_steal_pointer (&self->import->command));
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u service imported", "%u services imported", n), n);
  if (toasts != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (toasts), adw_toast_new (message));
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
on_import_shortcut (GtkWidget *widget,
                    GVariant  *arguments,
                    gpointer   self)
{
  on_import (self);
  return TRUE;
}

static GtkWidget *
preview_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_widget_set_tooltip_text (label, text);
  return label;
}

static void
fill_grid (SkCsvDialog *self)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  for (SkCsvField f = 0; f < SK_CSV_N_FIELDS; f++)
    g_ptr_array_add (titles, (gpointer) sk_csv_field_get_title (f));
  g_ptr_array_add (titles, NULL);

  for (guint c = 0; c < self->table->n_columns; c++)
    {
      GtkWidget *dropdown = gtk_drop_down_new_from_strings ((const char * const *) titles->pdata);
      const char *heading = ((char **) g_ptr_array_index (self->table->rows, 0))[c];
      g_autofree char *label = g_strdup_printf (_("Column %u: %s"), c + 1, heading);

      g_object_set_data (G_OBJECT (dropdown), "sk-column", GUINT_TO_POINTER (c));
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), self->fields[c]);
      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_field_chosen), self);
      gtk_grid_attach (GTK_GRID (self->grid), dropdown, (int) c, 0, 1, 1);
    }
  for (guint r = 0; r < self->table->rows->len && r < PREVIEW_ROWS; r++)
    {
      char **row = g_ptr_array_index (self->table->rows, r);

      for (guint c = 0; c < self->table->n_columns; c++)
        {
          GtkWidget *cell = preview_label (row[c]);

          if (r == 0)
            g_ptr_array_add (self->header_cells, cell);
          gtk_grid_attach (GTK_GRID (self->grid), cell, (int) c, (int) r + 1, 1, 1);
        }
    }
}

static void
sk_csv_dialog_dispose (GObject *object)
{
  SkCsvDialog *self = SK_CSV_DIALOG (object);

  g_clear_object (&self->document);
  g_clear_pointer (&self->import, sk_csv_import_free);
  g_clear_pointer (&self->table, sk_csv_table_free);
  G_OBJECT_CLASS (sk_csv_dialog_parent_class)->dispose (object);
}

static void
sk_csv_dialog_finalize (GObject *object)
{
  SkCsvDialog *self = SK_CSV_DIALOG (object);

  g_free (self->name);
  g_free (self->fields);
  g_strfreev (self->languages);
  g_ptr_array_unref (self->header_cells);
  G_OBJECT_CLASS (sk_csv_dialog_parent_class)->finalize (object);
}

static void
sk_csv_dialog_class_init (SkCsvDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_csv_dialog_dispose;
  object_class->finalize = sk_csv_dialog_finalize;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sk_csv_dialog_init (SkCsvDialog *self)
{
  self->header_cells = g_ptr_array_new ();
}

/* The map's languages, as the dropdown offers them. */
static char **
map_languages (SkMap *map)
{
  JsonArray *array = sk_item_get_array (sk_map_get_properties (map), "languages");
  GStrvBuilder *builder = g_strv_builder_new ();
  char **languages;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    g_strv_builder_add (builder, json_array_get_string_element (array, i));
  languages = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return languages;
}

static void
build (SkCsvDialog *self,
       gboolean     has_header)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *options = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *switch_label = gtk_label_new_with_mnemonic (_("First Row Is _Headings"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *hint = gtk_label_new (_("Choose what each column holds. Rows with the id (or, without an id column, "
                                     "the name) of a service on the map update it; the others are added."));
  GtkShortcutController *shortcuts;

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (_("Import Services"), self->name));
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->import_button = gtk_button_new_with_mnemonic (_("_Import"));
  gtk_widget_add_css_class (self->import_button, "suggested-action");
  g_signal_connect_swapped (self->import_button, "clicked", G_CALLBACK (on_import), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->import_button);
  gtk_box_append (GTK_BOX (box), header);

  gtk_widget_set_margin_start (body, 18);
  gtk_widget_set_margin_end (body, 18);
  gtk_widget_set_margin_top (body, 12);
  gtk_widget_set_margin_bottom (body, 18);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_box_append (GTK_BOX (body), hint);

  self->header_switch = gtk_switch_new ();
  gtk_switch_set_active (GTK_SWITCH (self->header_switch), has_header);
  gtk_label_set_mnemonic_widget (GTK_LABEL (switch_label), self->header_switch);
  g_signal_connect_swapped (self->header_switch, "notify::active", G_CALLBACK (update), self);
  gtk_box_append (GTK_BOX (options), switch_label);
  gtk_box_append (GTK_BOX (options), self->header_switch);
  if (g_strv_length (self->languages) > 1)
    {
      GtkWidget *language_label = gtk_label_new_with_mnemonic (_("Text _Language"));

      self->language_dropdown = gtk_drop_down_new_from_strings ((const char * const *) self->languages);
      gtk_label_set_mnemonic_widget (GTK_LABEL (language_label), self->language_dropdown);
      gtk_widget_set_margin_start (language_label, 24);
      g_signal_connect_swapped (self->language_dropdown, "notify::selected", G_CALLBACK (update), self);
      gtk_box_append (GTK_BOX (options), language_label);
      gtk_box_append (GTK_BOX (options), self->language_dropdown);
    }
  gtk_box_append (GTK_BOX (body), options);

  self->grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 4);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->grid);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_widget_set_margin_bottom (self->grid, 6);
  fill_grid (self);
  gtk_box_append (GTK_BOX (body), scrolled);

  self->summary = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->summary), 0);
  gtk_label_set_wrap (GTK_LABEL (self->summary), TRUE);
  gtk_widget_add_css_class (self->summary, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->summary), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Summary"), -1);
  gtk_box_append (GTK_BOX (body), self->summary);
  self->problems = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->problems), 0);
  gtk_label_set_wrap (GTK_LABEL (self->problems), TRUE);
  gtk_label_set_selectable (GTK_LABEL (self->problems), TRUE);
  gtk_widget_add_css_class (self->problems, "dim-label");
  gtk_box_append (GTK_BOX (body), self->problems);
  gtk_box_append (GTK_BOX (box), body);

  /* Ctrl+Enter imports from wherever the focus is. */
  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_set_scope (shortcuts, GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (shortcuts,
    gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>Return"),
                      gtk_callback_action_new (on_import_shortcut, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (shortcuts));

  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->import_button);
  update (self);
}

/**
 * sk_csv_dialog_new:
 * @toasts: (nullable): where to say how many services came in
 *
 * Returns: (transfer floating) (nullable): the dialog, or %NULL with @error
 *   when the file cannot be read as a table
 */
GtkWidget *
sk_csv_dialog_new (GtkWindow   *parent,
                   SkDocument  *document,
                   GFile       *file,
                   GtkWidget   *toasts,
                   GError     **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(SkCsvTable) table = NULL;
  SkCsvDialog *self;
  gboolean has_header = FALSE;

  g_return_val_if_fail (SK_IS_DOCUMENT (document), NULL);

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Only local files can be imported"));
      return NULL;
    }
  if (!(table = sk_csv_table_read (path, error)))
    return NULL;

  self = g_object_new (SK_TYPE_CSV_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "default-width", 960,
                       "default-height", 640,
                       "title", _("Import Services"),
                       NULL);
  self->document = g_object_ref (document);
  self->name = g_file_get_basename (file);
  self->table = g_steal_pointer (&table);
  self->fields = sk_csv_guess_fields (self->table, &has_header);
  self->languages = map_languages (sk_document_get_map (document));
  if (toasts != NULL)
    g_object_set_data (G_OBJECT (self), "sk-toasts", toasts);
  build (self, has_header);
  return GTK_WIDGET (self);
}
