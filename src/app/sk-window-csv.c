/* sk-window-csv.c — the window's spreadsheets: import services, export them
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A spreadsheet comes in through the Import dialog (preview and column
 * mapping, see sk-csv-dialog.c): chosen from the menu, dropped on the
 * window, or opened with Sammenkart while a map is open. Export writes
 * every service, one row each, as Excel and LibreOffice read it in Norway.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-atomic-file.h"
#include "sk-csv-dialog.h"
#include "sk-csv.h"
#include "sk-window-private.h"

static GtkFileFilter *
csv_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Spreadsheets (CSV)"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  return filter;
}

gboolean
sk_window_is_spreadsheet (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = name != NULL ? g_ascii_strdown (name, -1) : NULL;

  return lower != NULL && g_str_has_suffix (lower, ".csv");
}

void
sk_window_import_spreadsheet (SkWindow *self,
                              GFile    *file)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (self->document == NULL)
    {
      sk_window_error (self, _("No map is open"),
                       _("Open a map, or start one from a template, before importing services into it."));
      return;
    }
  dialog = sk_csv_dialog_new (GTK_WINDOW (self), self->document, file, GTK_WIDGET (self->toasts), &error);
  if (dialog == NULL)
    {
      sk_window_error (self, _("The spreadsheet could not be read"), error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_import_response (GtkNativeDialog *chooser,
                    int              response,
                    SkWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      sk_window_import_spreadsheet (self, file);
    }
  g_object_unref (chooser);
}

static void
action_import_csv (GtkWidget  *widget,
                   const char *name,
                   GVariant   *parameter)
{
  SkWindow *self = SK_WINDOW (widget);
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Import Services from a Spreadsheet"),
                                                               GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                                               _("_Open"), NULL);
  g_autoptr(GtkFileFilter) filter = csv_filter ();

  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_export_response (GtkNativeDialog *chooser,
                    int              response,
                    SkWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->document != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *name = g_file_get_basename (file);
      g_autoptr(GBytes) csv = sk_csv_export_services (sk_document_get_map (self->document), NULL, ';');
      g_autoptr(GError) error = NULL;

      if (path == NULL || !sk_atomic_file_replace (path, csv, FALSE, &error))
        {
          g_autofree char *message = g_strdup_printf ("%s: %s", name, error != NULL ? error->message
                                                                                 : _("not a local file"));

          sk_window_error (self, _("The spreadsheet could not be written"), message);
        }
      else
        {
          g_autofree char *message = g_strdup_printf (_("Services written to %s"), name);

          sk_window_toast (self, message);
        }
    }
  g_object_unref (chooser);
}

static void
action_export_csv (GtkWidget  *widget,
                   const char *name,
                   GVariant   *parameter)
{
  SkWindow *self = SK_WINDOW (widget);
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Export Services to a Spreadsheet"),
                                                               GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                                               _("_Export"), NULL);
  g_autoptr(GtkFileFilter) filter = csv_filter ();
  g_autofree char *stem = sk_map_get_file_stem (sk_document_get_map (self->document), NULL);
  /* TRANSLATORS: the suggested file name: "<map>-tjenester.csv" */
  g_autofree char *suggested = g_strdup_printf (_("%s-services.csv"), stem);

  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
sk_window_class_init_csv (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import-csv", NULL, action_import_csv);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, action_export_csv);
}
