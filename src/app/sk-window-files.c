/* sk-window-files.c — the window's files: the start page (templates and
 * recent maps), open, save, save as, a dropped file, and closing with
 * changes not saved
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading and saving run in a thread: the window never waits for a disk.
 * A map that cannot be read is shown in a dialog with the loader's own
 * message, which names the file and the place in it.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sk-app.h"
#include "sk-settings.h"
#include "sk-templates.h"
#include "sk-window-private.h"

#define MAX_RECENT 8
#define MIME_TYPE "application/x-sammenkart"

static void
remember (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .mime_type = (char *) MIME_TYPE,
    .app_name = (char *) "Sammenkart",
    .app_exec = (char *) "sammenkart %f",
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

/* --- opening ---------------------------------------------------------- */

static void
load_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  SkDocument *document = sk_document_load (data, &error);

  if (document != NULL)
    g_task_return_pointer (task, document, g_object_unref);
  else
    g_task_return_error (task, error);
}

/* The loader's message has a line per problem, each starting with the
 * file's path: the dialog names the file once and lists the places. */
static void
show_load_error (SkWindow   *self,
                 const char *path,
                 const char *message)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *heading = g_strdup_printf (_("«%s» could not be opened"), name);
  g_autofree char *prefix = g_strconcat (path, ": ", NULL);
  g_auto(GStrv) lines = g_strsplit (message, "\n", -1);
  g_autoptr(GString) places = g_string_new (NULL);
  guint n = 0;
  GtkWidget *dialog, *label, *scrolled;
  g_autofree char *body = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_str_has_prefix (lines[i], prefix) ? lines[i] + strlen (prefix) : lines[i];

      if (*line == '\0')
        continue;
      g_string_append_printf (places, "%s• %s", n > 0 ? "\n" : "", line);
      n++;
    }
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s has %u problem. Nothing was changed on disk.",
                                       "%s has %u problems. Nothing was changed on disk.", n), path, n);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  label = gtk_label_new (places->str);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 560, -1);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
loaded (GObject      *source,
        GAsyncResult *result,
        gpointer      data)
{
  SkWindow *self = SK_WINDOW (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkDocument) document = g_task_propagate_pointer (G_TASK (result), &error);
  const char *path = g_task_get_task_data (G_TASK (result));

  if (document == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_load_error (self, path, error->message);
      return;
    }
  remember (path);
  /* A window with a map keeps it; the file gets a window of its own. */
  if (sk_window_has_document (self))
    {
      SkWindow *other = sk_window_new (gtk_window_get_application (GTK_WINDOW (self)));

      gtk_window_present (GTK_WINDOW (other));
      self = other;
    }
  sk_window_offer_recovery (self, document);
}

void
sk_window_open_file (SkWindow *self,
                     GFile    *file)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, loaded, NULL);
  char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_autofree char *message = g_strdup_printf (_("%s: only files on this computer can be opened"), uri);

      sk_window_error (self, _("The map could not be opened"), message);
      return;
    }
  g_task_set_task_data (task, path, g_free);
  g_task_run_in_thread (task, load_in_thread);
}

static GtkFileFilter *
map_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Sammenkart maps"));
  gtk_file_filter_add_pattern (filter, "*.sammenkart");
  return filter;
}

static void
on_open_response (GtkNativeDialog *chooser,
                  int              response,
                  SkWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      sk_window_open_file (self, file);
    }
  g_object_unref (chooser);
}

void
sk_window_open (SkWindow *self)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Open a Map"), GTK_WINDOW (self),
                                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), NULL);
  g_autoptr(GtkFileFilter) filter = map_filter ();

  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         SkWindow      *self)
{
  GSList *files = g_value_get_boxed (value);

  for (GSList *l = files; l != NULL; l = l->next)
    if (sk_window_is_spreadsheet (l->data))
      sk_window_import_spreadsheet (self, l->data);
    else
      sk_window_open_file (self, l->data);
  return files != NULL;
}

/* --- saving ----------------------------------------------------------- */

static void
saved (GObject      *source,
       GAsyncResult *result,
       gpointer      data)
{
  SkDocument *document = SK_DOCUMENT (source);
  g_autoptr(SkWindow) self = data;
  g_autoptr(GError) error = NULL;

  self->saving = FALSE;
  if (!sk_document_save_finish (document, result, &error))
    {
      self->closing = FALSE;
      sk_window_error (self, _("The map could not be saved"), error->message);
      return;
    }
  remember (sk_document_get_path (document));
  sk_window_journal_saved (self);
  /* For the GUI tests: the save is on disk. */
  if (sk_app_debug (SK_DEBUG_GEOMETRY))
    g_printerr ("sammenkart-debug: saved %s\n", sk_document_get_path (document));
  if (self->closing)
    gtk_window_close (GTK_WINDOW (self));
  else
    sk_window_toast (self, _("Saved"));
}

static void
save_to (SkWindow   *self,
         const char *path)
{
  if (self->saving)
    return;
  self->saving = TRUE;
  sk_document_save_async (self->document, path, NULL, saved, g_object_ref (self));
}

static void
on_save_response (GtkNativeDialog *chooser,
                  int              response,
                  SkWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL && !g_str_has_suffix (path, ".sammenkart"))
        {
          char *named = g_strconcat (path, ".sammenkart", NULL);

          g_free (path);
          path = named;
        }
      if (path != NULL)
        save_to (self, path);
    }
  else
    self->closing = FALSE;
  g_object_unref (chooser);
}

void
sk_window_save (SkWindow *self,
                gboolean  choose_file)
{
  const char *path;

  if (self->document == NULL)
    return;
  path = sk_document_get_path (self->document);
  if (path == NULL || choose_file)
    {
      GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Save the Map"), GTK_WINDOW (self),
                                                                   GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), NULL);
      g_autoptr(GtkFileFilter) filter = map_filter ();
      g_autofree char *stem = sk_map_get_file_stem (sk_document_get_map (self->document), NULL);
      g_autofree char *name = g_strconcat (stem, ".sammenkart", NULL);

      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
      gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
      g_signal_connect (chooser, "response", G_CALLBACK (on_save_response), self);
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
      return;
    }
  save_to (self, path);
}

/* --- closing with changes --------------------------------------------- */

static void
on_close_response (AdwMessageDialog *dialog,
                   const char       *response,
                   SkWindow         *self)
{
  if (g_str_equal (response, "discard"))
    {
      self->closing = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "save"))
    {
      self->closing = TRUE;
      sk_window_save (self, FALSE);
    }
}

/* Asks what to do with changes not saved; TRUE keeps the window open for
 * now. */
gboolean
sk_window_confirm_close (SkWindow *self)
{
  g_autofree char *heading = g_strdup_printf (_("Save changes to «%s»?"),
                                              sk_map_get_title (sk_document_get_map (self->document), NULL));
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                              _("If you close without saving, your changes are lost."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_close_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* --- the start page --------------------------------------------------- */

static void
on_template_activated (AdwActionRow *row,
                       SkWindow     *self)
{
  const char *name = g_object_get_data (G_OBJECT (row), "sk-template");
  g_autoptr(GError) error = NULL;
  g_autoptr(SkDocument) document = sk_document_new_from_template (name, &error);
  GSettings *settings = sk_settings_get ();
  g_autofree char *lang = settings != NULL ? g_settings_get_string (settings, "new-map-language") : NULL;

  if (document == NULL)
    {
      sk_window_error (self, _("The template could not be loaded"), error->message);
      return;
    }
  /* Written first in the language chosen in Preferences. */
  if (lang != NULL && *lang != '\0' && !sk_templates_set_language (sk_document_get_map (document), lang, &error))
    g_warning ("The new map's language could not be set: %s", error->message);
  sk_window_open_document (self, document, FALSE);
}

static void
on_recent_activated (AdwActionRow *row,
                     SkWindow     *self)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_object_get_data (G_OBJECT (row), "sk-uri"));

  sk_window_open_file (self, file);
}

static GtkWidget *
start_row (const char *title,
           const char *subtitle,
           const char *icon)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon));
  return row;
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  GDateTime *ta = gtk_recent_info_get_modified ((GtkRecentInfo *) a);
  GDateTime *tb = gtk_recent_info_get_modified ((GtkRecentInfo *) b);

  return g_date_time_compare (tb, ta);
}

void
sk_window_fill_start_page (SkWindow *self)
{
  GList *items;
  guint shown = 0;

  for (GList *l = self->recent_rows; l != NULL; l = l->next)
    adw_preferences_group_remove (self->recent_group, l->data);
  g_clear_pointer (&self->recent_rows, g_list_free);

  /* Maps never saved whose window did not close properly come first. */
  shown = sk_window_fill_recoverable (self, self->recent_group, &self->recent_rows);
  items = g_list_sort (gtk_recent_manager_get_items (gtk_recent_manager_get_default ()), newest_first);
  for (GList *l = items; l != NULL && shown < MAX_RECENT; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autoptr(GFile) file = g_file_new_for_uri (uri);
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *name = NULL;
      g_autofree char *dir = NULL;
      GtkWidget *row;

      if (path == NULL || !g_str_has_suffix (path, ".sammenkart") || !g_file_test (path, G_FILE_TEST_EXISTS))
        continue;
      name = g_path_get_basename (path);
      dir = g_path_get_dirname (path);
      row = start_row (name, dir, "go-next-symbolic");
      g_object_set_data_full (G_OBJECT (row), "sk-uri", g_strdup (uri), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (on_recent_activated), self);
      adw_preferences_group_add (self->recent_group, row);
      self->recent_rows = g_list_prepend (self->recent_rows, row);
      shown++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  adw_preferences_group_set_description (self->recent_group,
                                         shown == 0 ? _("Maps you open or save are listed here.") : NULL);
}

static void
fill_templates (SkWindow *self)
{
  g_auto(GStrv) names = sk_templates_list ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(SkMap) map = sk_templates_load (names[i], NULL);
      g_autofree char *services = NULL;
      g_autofree char *pathways = NULL;
      g_autofree char *subtitle = NULL;
      guint ns, np;
      GtkWidget *row;

      if (map == NULL)
        continue;
      ns = g_list_model_get_n_items (sk_map_get_services (map));
      np = g_list_model_get_n_items (sk_map_get_pathways (map));
      services = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u service", "%u services", ns), ns);
      pathways = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u pathway", "%u pathways", np), np);
      subtitle = g_strdup_printf ("%s · %s", services, pathways);
      row = start_row (sk_map_get_title (map, NULL), subtitle, "list-add-symbolic");
      g_object_set_data_full (G_OBJECT (row), "sk-template", g_strdup (names[i]), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (on_template_activated), self);
      adw_preferences_group_add (self->templates_group, row);
    }
}

void
sk_window_init_files (SkWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  fill_templates (self);
}
