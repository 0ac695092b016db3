/* sk-window-journal.c — the window's edit journal: started with every map,
 * started again at every save, and offered back after a crash
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * See src/core/sk-journal.c for what is written. A map opened from a file
 * whose journal holds edits (the editor did not close properly) asks
 * whether to recover them; the start page offers the journals of maps
 * never saved. A journal is deleted only when its window closes normally
 * (saved, or changes discarded on purpose).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sk-window-private.h"

#define JOURNAL_SUFFIX ".sammenkart-journal"

/* The journals this program is writing: the start page must not offer a
 * live one for recovery. */
static GHashTable *
live_journals (void)
{
  static GHashTable *live = NULL;

  if (live == NULL)
    live = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return live;
}

static void
set_journal (SkWindow  *self,
             SkJournal *journal)
{
  if (self->journal != NULL)
    g_hash_table_remove (live_journals (), sk_journal_get_path (self->journal));
  g_set_object (&self->journal, journal);
  if (journal != NULL)
    g_hash_table_add (live_journals (), g_strdup (sk_journal_get_path (journal)));
}

/**
 * sk_window_start_journal:
 * @recovered: the map was just recovered: the journal carries it whole
 *
 * From now on, every edit of the window's map is on disk when it is done.
 */
void
sk_window_start_journal (SkWindow *self,
                         gboolean  recovered)
{
  const char *path = sk_document_get_path (self->document);
  g_autofree char *journal_path = path != NULL ? sk_journal_path_for (path) : sk_journal_path_unsaved ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SkJournal) journal = NULL;
  SkUndoStack *stack = sk_document_get_undo_stack (self->document);

  if (recovered || path == NULL)
    journal = sk_journal_new_recovered (stack, journal_path, path, &error);
  else
    journal = sk_journal_new (stack, journal_path, path, &error);
  if (journal == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Edits are not kept in a journal: %s"), error->message);

      sk_window_toast (self, message);
    }
  set_journal (self, journal);
}

/* @keep: leave the file for a later recovery. */
void
sk_window_stop_journal (SkWindow *self,
                        gboolean  keep)
{
  if (self->journal != NULL && !keep)
    sk_journal_discard (self->journal);
  set_journal (self, NULL);
}

/* After a save: the journal starts again from the saved file. Saved as
 * another file, or for the first time, the journal moves beside it. */
void
sk_window_journal_saved (SkWindow *self)
{
  const char *path = sk_document_get_path (self->document);
  g_autofree char *journal_path = sk_journal_path_for (path);
  g_autoptr(GError) error = NULL;

  if (self->journal != NULL && g_str_equal (sk_journal_get_path (self->journal), journal_path))
    {
      if (sk_journal_rotate (self->journal, path, &error))
        return;
      g_warning ("%s", error->message);
    }
  sk_window_stop_journal (self, FALSE);
  sk_window_start_journal (self, FALSE);
}

gboolean
sk_window_journal_ok (SkWindow *self)
{
  return self->journal != NULL;
}

/* --- recovering a file's edits ---------------------------------------- */

typedef struct {
  SkWindow   *window;
  SkDocument *saved;      /* the file as saved */
  SkMap      *recovered;
  char       *journal_path;
} Offer;

static void
offer_free (Offer *offer)
{
  g_object_unref (offer->window);
  g_object_unref (offer->saved);
  g_object_unref (offer->recovered);
  g_free (offer->journal_path);
  g_free (offer);
}

/* The old journal is kept aside, not deleted: it is the person's work. */
static void
set_aside (const char *journal_path)
{
  g_autofree char *aside = g_strconcat (journal_path, ".old", NULL);

  g_rename (journal_path, aside);
}

static void
on_offer_response (AdwMessageDialog *dialog,
                   const char       *response,
                   Offer            *offer)
{
  SkWindow *self = offer->window;

  if (g_str_equal (response, "recover"))
    {
      g_autoptr(SkDocument) document = sk_document_new_recovered (offer->recovered,
                                                                  sk_document_get_path (offer->saved));

      sk_window_open_document (self, document, TRUE);
    }
  else
    {
      set_aside (offer->journal_path);
      sk_window_open_document (self, offer->saved, FALSE);
    }
  offer_free (offer);
}

/**
 * sk_window_offer_recovery:
 * @document: a document just read from its file
 *
 * If the file has a journal with edits, asks whether to recover them; then
 * shows the document (or the recovered one).
 */
void
sk_window_offer_recovery (SkWindow   *self,
                          SkDocument *document)
{
  const char *path = sk_document_get_path (document);
  g_autofree char *journal_path = sk_journal_path_for (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkMap) recovered = NULL;
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  guint n = 0;
  GtkWidget *dialog;
  Offer *offer;

  if (!g_file_test (journal_path, G_FILE_TEST_EXISTS)
      || g_hash_table_contains (live_journals (), journal_path))
    {
      sk_window_open_document (self, document, FALSE);
      return;
    }
  recovered = sk_journal_recover (journal_path, NULL, &n, &error);
  if (recovered == NULL || n == 0)
    {
      /* Nothing to recover, or a journal of another version of the file. */
      if (error != NULL)
        g_warning ("%s", error->message);
      set_aside (journal_path);
      sk_window_open_document (self, document, FALSE);
      return;
    }

  name = g_path_get_basename (path);
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "«%s» was not closed properly. %u change made after it was last saved "
                                       "can be recovered.",
                                       "«%s» was not closed properly. %u changes made after it was last saved "
                                       "can be recovered.", n), name, n);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Recover Unsaved Changes?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "saved", _("Open the _Saved Version"),
                                    "recover", _("_Recover Changes"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "recover", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "recover");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "recover");
  offer = g_new0 (Offer, 1);
  offer->window = g_object_ref (self);
  offer->saved = g_object_ref (document);
  offer->recovered = g_steal_pointer (&recovered);
  offer->journal_path = g_steal_pointer (&journal_path);
  g_signal_connect (dialog, "response", G_CALLBACK (on_offer_response), offer);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --- maps never saved, on the start page ------------------------------ */

static void
on_recover_unsaved (AdwActionRow *row,
                    SkWindow     *self)
{
  const char *journal_path = g_object_get_data (G_OBJECT (row), "sk-journal");
  g_autoptr(GError) error = NULL;
  g_autoptr(SkMap) map = sk_journal_recover (journal_path, NULL, NULL, &error);
  g_autoptr(SkDocument) document = NULL;
  g_autofree char *old = g_strdup (journal_path);

  if (map == NULL)
    {
      sk_window_error (self, _("The map could not be recovered"), error->message);
      return;
    }
  document = sk_document_new_recovered (map, NULL);
  sk_window_open_document (self, document, TRUE);
  /* The recovered map has a journal of its own now. */
  if (sk_window_journal_ok (self))
    g_unlink (old);
}

/* Rows on the start page for the journals of maps never saved. */
guint
sk_window_fill_recoverable (SkWindow            *self,
                            AdwPreferencesGroup *group,
                            GList              **rows)
{
  g_autofree char *folder = g_build_filename (g_get_user_state_dir (), "sammenkart", "journals", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint shown = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autoptr(SkMap) map = NULL;
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;
      guint n = 0;

      if (!g_str_has_suffix (name, JOURNAL_SUFFIX) || g_hash_table_contains (live_journals (), path))
        continue;
      map = sk_journal_recover (path, NULL, &n, NULL);
      if (map == NULL)
        continue;
      title = g_strdup_printf (_("Recover «%s»"), sk_map_get_title (map, NULL));
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Never saved · %u change", "Never saved · %u changes",
                                               n), n);
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("document-revert-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "sk-journal", g_steal_pointer (&path), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (on_recover_unsaved), self);
      adw_preferences_group_add (group, row);
      *rows = g_list_prepend (*rows, row);
      shown++;
    }
  return shown;
}
