/* sk-notes-panel.c — the workshop's notes, pinned to services, levels and
 * pathways
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The side panel's page for workshop notes: the sticky notes a workshop
 * puts on the map where it does not match the terrain ("mangler fastlege og
 * psykolog"). Notes are grouped by the place they are pinned to, in the
 * order of the pyramid: each level, then the services on it, from the
 * bottom up; then the side column's services, then the pathways. A place's
 * heading is a button that asks the window to show the place on the map
 * (the "show-item" signal).
 *
 * New notes go on the place the window names with
 * sk_notes_panel_set_target(), the selected card, level or pathway. A note
 * is edited in place (click it, or press Enter on it) and the edit is
 * applied as one command when Enter is pressed or the focus leaves, so
 * every edit is one undo step; Escape gives up the edit.
 *
 * Rows are kept by the note's id and places by their target, and refreshed
 * in place on every change of the map, so the row that has the focus (or a
 * note being edited) stays where it is through undo, redo and other edits.
 *
 * The notes look like paper notes through these rules, which are also
 * ui/notes.css, for the application's stylesheet:
 *
 *   list.sk-notes {
 *     background: none;
 *   }
 *   list.sk-notes > row.sk-note {
 *     margin: 0 2px 8px 2px;
 *     padding: 8px 10px 4px 12px;
 *     border-radius: 2px 2px 12px 2px;
 *     background-color: #fff4a3;
 *     color: #2e2a14;
 *     box-shadow: 0 1px 3px rgba(0, 0, 0, 0.3);
 *   }
 *   list.sk-notes > row.sk-note.activatable:hover {
 *     background-color: #ffef85;
 *   }
 *   list.sk-notes > row.sk-note.activatable:active {
 *     background-color: #ffe96a;
 *   }
 *   list.sk-notes > row.sk-note .sk-note-text {
 *     font-size: 1.05em;
 *   }
 *   list.sk-notes > row.sk-note .dim-label {
 *     opacity: 0.7;
 *   }
 *   list.sk-notes > row.sk-note textview,
 *   list.sk-notes > row.sk-note textview > text {
 *     background-color: rgba(255, 255, 255, 0.75);
 *     color: #2e2a14;
 *     border-radius: 4px;
 *   }
 *   list.sk-notes > row.sk-note button {
 *     color: #2e2a14;
 *   }
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-commands.h"
#include "sk-level.h"
#include "sk-note.h"
#include "sk-notes-panel.h"
#include "sk-pathway.h"
#include "sk-service.h"
#include "sk-settings.h"

/* A place notes are pinned to: a heading and the list of its notes. */
typedef struct
{
  SkNotesPanel *panel;
  SkKind        kind;
  char         *id;
  GtkWidget    *box;      /* owned: holds a reference */
  GtkWidget    *heading;
  GtkWidget    *heading_label;
  GtkWidget    *list;
  guint         generation;
  /* The place in the pyramid's reading order, see place_compare(). */
  guint         rank;
  guint         level_number;
  guint         sub_rank;
  int           position;
} Place;

/* A note's row; it belongs to the row widget (the "sk-note-row" data). */
typedef struct
{
  SkNotesPanel *panel;
  Place        *place;
  char         *id;
  GtkWidget    *row;
  GtkWidget    *text_label;
  GtkWidget    *editor;
  GtkWidget    *meta_label;
  guint         position;    /* in the map's list of notes */
  guint         generation;
  gboolean      editing;
} NoteRow;

struct _SkNotesPanel
{
  AdwBin      parent_instance;

  SkDocument *document;
  SkMap      *map;
  SkKind      target_kind;
  char       *target_id;
  guint       updating;      /* rows are being set from the map */
  guint       generation;
  guint       error_timeout;

  GHashTable *places;        /* "kind/id" → Place */
  GHashTable *note_rows;     /* note id → row widget (a reference) */

  GtkWidget  *error_revealer;
  GtkWidget  *error_label;
  GtkWidget  *group;
  GtkWidget  *add_button;
  GtkWidget  *add_popover;
  GtkWidget  *add_title;
  GtkWidget  *add_entry;
  GtkWidget  *signed_label;  /* under the new note: who signs it */
  GtkWidget  *empty_page;
  GtkWidget  *places_box;
};

G_DEFINE_FINAL_TYPE (SkNotesPanel, sk_notes_panel, ADW_TYPE_BIN)

enum {
  SHOW_ITEM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void refresh (SkNotesPanel *self);

/* --- helpers ----------------------------------------------------------- */

static gboolean
hide_error (gpointer user_data)
{
  SkNotesPanel *self = user_data;

  self->error_timeout = 0;
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->error_revealer), FALSE);
  return G_SOURCE_REMOVE;
}

static void
show_error (SkNotesPanel *self,
            const char   *message)
{
  gtk_label_set_text (GTK_LABEL (self->error_label), message);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->error_revealer), TRUE);
  g_clear_handle_id (&self->error_timeout, g_source_remove);
  self->error_timeout = g_timeout_add_seconds (8, hide_error, self);
}

/* Applies @command (taking it) as an undo step of its own; or shows
 * @error, if the constructor set one. A NULL command without an error
 * changed nothing and is no failure. */
static gboolean
apply (SkNotesPanel *self,
       SkCommand    *command,
       const GError *error)
{
  SkUndoStack *undo_stack;

  if (command == NULL)
    {
      if (error != NULL)
        show_error (self, error->message);
      return error == NULL;
    }
  undo_stack = sk_document_get_undo_stack (self->document);
  sk_undo_stack_break_merge (undo_stack);
  sk_document_apply (self->document, command);
  sk_undo_stack_break_merge (undo_stack);
  g_clear_handle_id (&self->error_timeout, g_source_remove);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->error_revealer), FALSE);
  return TRUE;
}

/* Who writes: the name in Preferences, or the system's name for the
 * person, or the login if the system has no name. */
static const char *
get_author (void)
{
  static char *chosen;
  GSettings *settings = sk_settings_get ();
  const char *name;

  g_clear_pointer (&chosen, g_free);
  if (settings != NULL)
    {
      chosen = g_strstrip (g_settings_get_string (settings, "note-author"));
      if (*chosen != '\0')
        return chosen;
    }
  name = g_get_real_name ();

  if (name == NULL || *name == '\0' || g_strcmp0 (name, "Unknown") == 0)
    name = g_get_user_name ();
  return name;
}

/* "Today, 10:15", "Yesterday, 14:02", "4 March, 09:30", "4 March 2025,
 * 09:30", in local time. */
static char *
format_created (const char *created)
{
  g_autoptr(GDateTime) parsed = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  const char *format;
  char *text;
  int year, month, day;

  if (created == NULL)
    return g_strdup ("");
  parsed = g_date_time_new_from_iso8601 (created, NULL);
  if (parsed == NULL)
    return g_strdup (created);
  local = g_date_time_to_local (parsed);

  g_date_time_get_ymd (local, &year, &month, &day);
  if (year == g_date_time_get_year (now) && month == g_date_time_get_month (now)
      && day == g_date_time_get_day_of_month (now))
    /* TRANSLATORS: when a note was written, a time today; see
     * g_date_time_format() for the codes */
    format = _("Today, %H:%M");
  else if (year == g_date_time_get_year (yesterday) && month == g_date_time_get_month (yesterday)
           && day == g_date_time_get_day_of_month (yesterday))
    /* TRANSLATORS: when a note was written; see g_date_time_format() */
    format = _("Yesterday, %H:%M");
  else if (year == g_date_time_get_year (now))
    /* TRANSLATORS: when a note was written, this year: "4 March, 09:30";
     * see g_date_time_format() */
    format = _("%-d %B, %H:%M");
  else
    /* TRANSLATORS: when a note was written, another year: "4 March 2025,
     * 09:30"; see g_date_time_format() */
    format = _("%-d %B %Y, %H:%M");

  text = g_date_time_format (local, format);
  return text != NULL ? text : g_strdup (created);
}

/* How the place is headed: the service's name, "Level 2 · Lavterskel hjelp
 * i kommunen", the pathway's name; in the map's language. */
static char *
describe_place (SkMap      *map,
                SkKind      kind,
                const char *id)
{
  const char *lang = sk_map_get_language (map);
  SkItem *item = sk_map_lookup (map, kind, id);
  const char *name = NULL;

  if (item == NULL)
    return sk_map_describe (map, kind, id);

  switch (kind)
    {
    case SK_KIND_SERVICE:
      name = sk_service_get_name (SK_SERVICE (item), lang);
      if (name == NULL || *name == '\0')
        name = sk_service_get_short_name (SK_SERVICE (item));
      break;
    case SK_KIND_LEVEL:
      name = sk_level_get_name (SK_LEVEL (item), lang);
      break;
    case SK_KIND_PATHWAY:
      name = sk_pathway_get_name (SK_PATHWAY (item), lang);
      break;
    default:
      break;
    }
  if (name == NULL || *name == '\0')
    name = id;
  if (kind == SK_KIND_LEVEL)
    /* TRANSLATORS: the heading of a level's notes: "Level 2 · Lavterskel
     * hjelp i kommunen" */
    return g_strdup_printf (_("Level %u · %s"), sk_map_get_level_number (map, id), name);
  return g_strdup (name);
}

/* --- places ------------------------------------------------------------ */

static char *
place_key (SkKind      kind,
           const char *id)
{
  return g_strdup_printf ("%d/%s", (int) kind, id);
}

static void
place_free (gpointer data)
{
  Place *place = data;
  GtkWidget *parent = gtk_widget_get_parent (place->box);

  if (parent != NULL)
    gtk_box_remove (GTK_BOX (parent), place->box);
  g_object_unref (place->box);
  g_free (place->id);
  g_free (place);
}

static void
on_heading_clicked (GtkButton *button,
                    Place     *place)
{
  SkNotesPanel *self = place->panel;

  if (self->map != NULL && sk_map_lookup (self->map, place->kind, place->id) != NULL)
    g_signal_emit (self, signals[SHOW_ITEM], 0, (guint) place->kind, place->id);
}

static int
sort_note_rows (GtkListBoxRow *row1,
                GtkListBoxRow *row2,
                gpointer       user_data)
{
  NoteRow *nrow1 = g_object_get_data (G_OBJECT (row1), "sk-note-row");
  NoteRow *nrow2 = g_object_get_data (G_OBJECT (row2), "sk-note-row");

  return (nrow1->position > nrow2->position) - (nrow1->position < nrow2->position);
}

static void on_note_row_activated (GtkListBox    *list,
                                   GtkListBoxRow *row,
                                   gpointer       user_data);

static Place *
place_new (SkNotesPanel *self,
           SkKind        kind,
           const char   *id)
{
  Place *place = g_new0 (Place, 1);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name ("find-location-symbolic");

  place->panel = self;
  place->kind = kind;
  place->id = g_strdup (id);

  place->heading_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (place->heading_label), 0);
  gtk_label_set_wrap (GTK_LABEL (place->heading_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (place->heading_label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (place->heading_label, TRUE);
  gtk_widget_add_css_class (place->heading_label, "heading");
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (icon, "dim-label");
  gtk_box_append (GTK_BOX (content), place->heading_label);
  gtk_box_append (GTK_BOX (content), icon);

  place->heading = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (place->heading), content);
  gtk_widget_add_css_class (place->heading, "flat");
  gtk_widget_set_tooltip_text (place->heading, _("Show on the map"));
  g_signal_connect (place->heading, "clicked", G_CALLBACK (on_heading_clicked), place);

  place->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (place->list), GTK_SELECTION_NONE);
  gtk_list_box_set_sort_func (GTK_LIST_BOX (place->list), sort_note_rows, NULL, NULL);
  gtk_widget_add_css_class (place->list, "sk-notes");
  g_signal_connect (place->list, "row-activated", G_CALLBACK (on_note_row_activated), NULL);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (place->list), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  place->heading_label, NULL, -1);

  place->box = g_object_ref_sink (gtk_box_new (GTK_ORIENTATION_VERTICAL, 4));
  gtk_box_append (GTK_BOX (place->box), place->heading);
  gtk_box_append (GTK_BOX (place->box), place->list);
  gtk_box_append (GTK_BOX (self->places_box), place->box);
  return place;
}

static void
update_place (SkNotesPanel *self,
              Place        *place)
{
  g_autofree char *name = describe_place (self->map, place->kind, place->id);
  g_autofree char *label = NULL;
  SkItem *item = sk_map_lookup (self->map, place->kind, place->id);

  if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (place->heading_label)), name) != 0)
    gtk_label_set_text (GTK_LABEL (place->heading_label), name);
  /* TRANSLATORS: a place's heading among the notes, for screen readers:
   * "PPT, show on the map" */
  label = g_strdup_printf (_("%s, show on the map"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (place->heading), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  /* Reading order: the pyramid from the bottom, each level's notes before
   * those of its services; then the side column; then the pathways. A
   * place that is gone (a file that refers to nothing) comes last. */
  place->level_number = 0;
  place->sub_rank = 0;
  place->position = sk_map_get_position (self->map, place->kind, place->id);
  if (item == NULL)
    place->rank = 3;
  else if (place->kind == SK_KIND_LEVEL)
    {
      place->rank = 0;
      place->level_number = sk_map_get_level_number (self->map, place->id);
    }
  else if (place->kind == SK_KIND_SERVICE)
    {
      const char *level_id = sk_service_get_level_id (SK_SERVICE (item));

      place->level_number = level_id != NULL ? sk_map_get_level_number (self->map, level_id) : 0;
      place->rank = place->level_number > 0 ? 0 : 1;
      place->sub_rank = 1;
    }
  else
    place->rank = 2;
}

static int
place_compare (gconstpointer a,
               gconstpointer b)
{
  const Place *place1 = *(Place * const *) a;
  const Place *place2 = *(Place * const *) b;

  if (place1->rank != place2->rank)
    return place1->rank < place2->rank ? -1 : 1;
  if (place1->level_number != place2->level_number)
    return place1->level_number < place2->level_number ? -1 : 1;
  if (place1->sub_rank != place2->sub_rank)
    return place1->sub_rank < place2->sub_rank ? -1 : 1;
  if (place1->position != place2->position)
    return place1->position < place2->position ? -1 : 1;
  return g_strcmp0 (place1->id, place2->id);
}

/* --- a note's row ------------------------------------------------------- */

static SkNote *
note_row_get_note (NoteRow *nrow)
{
  SkMap *map = nrow->panel->map;

  return map != NULL ? SK_NOTE (sk_map_lookup (map, SK_KIND_NOTE, nrow->id)) : NULL;
}

static void
note_row_show_editor (NoteRow  *nrow,
                      gboolean  editing)
{
  nrow->editing = editing;
  gtk_widget_set_visible (nrow->editor, editing);
  gtk_widget_set_visible (nrow->text_label, !editing);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (nrow->row), !editing);
}

static void
note_row_begin_edit (NoteRow *nrow)
{
  SkNote *note = note_row_get_note (nrow);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (nrow->editor));
  GtkTextIter end;

  if (note == NULL || nrow->editing)
    return;
  gtk_text_buffer_set_text (buffer, sk_note_get_text (note), -1);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  note_row_show_editor (nrow, TRUE);
  gtk_widget_grab_focus (nrow->editor);
}

/* Ends editing; applies the text unless @cancel. With @keep_focus, the
 * focus goes back to the row (Enter, Escape), not wherever GTK puts it
 * when the editor hides. */
static void
note_row_end_edit (NoteRow  *nrow,
                   gboolean  cancel,
                   gboolean  keep_focus)
{
  SkNotesPanel *self = nrow->panel;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (nrow->editor));
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  GtkTextIter start, end;
  SkNote *note;
  SkCommand *command;

  if (!nrow->editing)
    return;
  /* Cleared first: hiding the editor takes its focus, which ends editing. */
  nrow->editing = FALSE;
  if (keep_focus)
    gtk_widget_grab_focus (nrow->row);
  note_row_show_editor (nrow, FALSE);

  note = note_row_get_note (nrow);
  if (cancel || self->updating > 0 || note == NULL)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  /* An emptied note keeps its text: deleting is the delete button's. */
  if (*text == '\0' || g_strcmp0 (text, sk_note_get_text (note)) == 0)
    return;
  command = sk_command_new_set_string (self->map, SK_KIND_NOTE, nrow->id, "text", text, &error);
  apply (self, command, error);
}

static gboolean
on_editor_key_pressed (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       NoteRow               *nrow)
{
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter)
      && (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK | GDK_ALT_MASK)) == 0)
    {
      note_row_end_edit (nrow, FALSE, TRUE);
      return GDK_EVENT_STOP;
    }
  if (keyval == GDK_KEY_Escape)
    {
      note_row_end_edit (nrow, TRUE, TRUE);
      return GDK_EVENT_STOP;
    }
  return GDK_EVENT_PROPAGATE;
}

static void
on_editor_focus_leave (NoteRow *nrow)
{
  note_row_end_edit (nrow, FALSE, FALSE);
}

static void
on_note_row_activated (GtkListBox    *list,
                       GtkListBoxRow *row,
                       gpointer       user_data)
{
  NoteRow *nrow = g_object_get_data (G_OBJECT (row), "sk-note-row");

  if (nrow != NULL)
    note_row_begin_edit (nrow);
}

static void
on_edit_clicked (NoteRow *nrow)
{
  note_row_begin_edit (nrow);
}

static void
on_delete_clicked (NoteRow *nrow)
{
  SkNotesPanel *self = nrow->panel;
  GtkWidget *neighbour;
  g_autoptr(GError) error = NULL;
  g_autofree char *next_id = NULL;
  SkCommand *command;

  if (self->map == NULL || note_row_get_note (nrow) == NULL)
    return;

  /* The focus goes on to the next note of the place, or the one before. */
  neighbour = gtk_widget_get_next_sibling (nrow->row);
  if (neighbour == NULL)
    neighbour = gtk_widget_get_prev_sibling (nrow->row);
  if (neighbour != NULL)
    {
      NoteRow *next = g_object_get_data (G_OBJECT (neighbour), "sk-note-row");

      if (next != NULL)
        next_id = g_strdup (next->id);
    }

  nrow->editing = FALSE;
  command = sk_command_new_remove (self->map, SK_KIND_NOTE, nrow->id, NULL, NULL, &error);
  /* The row may be gone now: @nrow is not to be used below. */
  if (apply (self, command, error))
    {
      GtkWidget *row = next_id != NULL ? g_hash_table_lookup (self->note_rows, next_id) : NULL;

      gtk_widget_grab_focus (row != NULL ? row : self->add_button);
    }
}

static GtkWidget *
new_row_button (const char *icon_name,
                const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return button;
}

static void
note_row_free (gpointer data)
{
  NoteRow *nrow = data;

  g_free (nrow->id);
  g_free (nrow);
}

static NoteRow *
note_row_new (SkNotesPanel *self,
              Place        *place,
              const char   *id)
{
  NoteRow *nrow = g_new0 (NoteRow, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *foot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *edit = new_row_button ("document-edit-symbolic", _("Edit Note"));
  GtkWidget *delete = new_row_button ("user-trash-symbolic", _("Delete Note"));
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  nrow->panel = self;
  nrow->place = place;
  nrow->id = g_strdup (id);

  nrow->text_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (nrow->text_label), 0);
  gtk_label_set_wrap (GTK_LABEL (nrow->text_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (nrow->text_label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (nrow->text_label, "sk-note-text");

  /* Enter applies, Shift+Enter starts a new line, Escape gives up. */
  nrow->editor = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (nrow->editor), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (nrow->editor), FALSE);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (nrow->editor), 4);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (nrow->editor), 4);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (nrow->editor), 4);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (nrow->editor), 4);
  gtk_widget_set_visible (nrow->editor, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (nrow->editor), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Note Text"), -1);
  gtk_widget_set_tooltip_text (nrow->editor, _("Enter to save, Shift+Enter for a new line, Escape to cancel"));
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_editor_key_pressed), nrow);
  gtk_widget_add_controller (nrow->editor, keys);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_editor_focus_leave), nrow);
  gtk_widget_add_controller (nrow->editor, focus);

  nrow->meta_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (nrow->meta_label), 0);
  gtk_label_set_wrap (GTK_LABEL (nrow->meta_label), TRUE);
  gtk_widget_set_hexpand (nrow->meta_label, TRUE);
  gtk_widget_set_valign (nrow->meta_label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (nrow->meta_label, "caption");
  gtk_widget_add_css_class (nrow->meta_label, "dim-label");
  g_signal_connect_swapped (edit, "clicked", G_CALLBACK (on_edit_clicked), nrow);
  g_signal_connect_swapped (delete, "clicked", G_CALLBACK (on_delete_clicked), nrow);
  gtk_box_append (GTK_BOX (foot), nrow->meta_label);
  gtk_box_append (GTK_BOX (foot), edit);
  gtk_box_append (GTK_BOX (foot), delete);

  gtk_box_append (GTK_BOX (box), nrow->text_label);
  gtk_box_append (GTK_BOX (box), nrow->editor);
  gtk_box_append (GTK_BOX (box), foot);

  nrow->row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (nrow->row), box);
  gtk_widget_add_css_class (nrow->row, "sk-note");
  g_object_set_data_full (G_OBJECT (nrow->row), "sk-note-row", nrow, note_row_free);
  gtk_list_box_append (GTK_LIST_BOX (place->list), nrow->row);
  g_hash_table_insert (self->note_rows, g_strdup (id), g_object_ref (nrow->row));
  return nrow;
}

/* The hash table's values: a row leaves its list with its note. */
static void
note_row_widget_release (gpointer data)
{
  GtkWidget *row = data;
  NoteRow *nrow = g_object_get_data (G_OBJECT (row), "sk-note-row");
  GtkWidget *parent = gtk_widget_get_parent (row);

  /* Losing the focus must not apply anything now. */
  nrow->editing = FALSE;
  if (parent != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (parent), row);
  g_object_unref (row);
}

static void
update_note_row (NoteRow *nrow,
                 SkNote  *note)
{
  const char *text = sk_note_get_text (note);
  const char *author = sk_note_get_author (note);
  g_autofree char *when = format_created (sk_note_get_created (note));
  g_autofree char *meta = NULL;
  g_autofree char *label = NULL;

  if (text == NULL)
    text = "";
  if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (nrow->text_label)), text) != 0)
    gtk_label_set_text (GTK_LABEL (nrow->text_label), text);
  if (author != NULL && *author != '\0')
    /* TRANSLATORS: who wrote a note, and when: "Kari Nordmann · Today, 10:15" */
    meta = g_strdup_printf (_("%s · %s"), author, when);
  else
    meta = g_strdup (when);
  gtk_label_set_text (GTK_LABEL (nrow->meta_label), meta);
  /* TRANSLATORS: a note, for screen readers: "mangler fastlege og
   * psykolog, Kari Nordmann · Today, 10:15" */
  label = g_strdup_printf (_("%s, %s"), text, meta);
  gtk_accessible_update_property (GTK_ACCESSIBLE (nrow->row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* --- adding notes ------------------------------------------------------ */

static gboolean
has_target (SkNotesPanel *self)
{
  return self->map != NULL && self->target_id != NULL
         && sk_map_lookup (self->map, self->target_kind, self->target_id) != NULL;
}

static void
update_target (SkNotesPanel *self)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (!has_target (self))
    {
      gtk_widget_set_sensitive (self->add_button, FALSE);
      gtk_widget_set_tooltip_text (self->add_button, _("Select a card, level or pathway first"));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group),
                                             _("Select a card, level or pathway to pin a note to it."));
      if (gtk_widget_get_visible (self->add_popover))
        gtk_popover_popdown (GTK_POPOVER (self->add_popover));
      return;
    }
  name = describe_place (self->map, self->target_kind, self->target_id);
  gtk_widget_set_sensitive (self->add_button, TRUE);
  /* TRANSLATORS: the "Add Note" button's tooltip: "Add a note to PPT" */
  text = g_strdup_printf (_("Add a note to %s"), name);
  gtk_widget_set_tooltip_text (self->add_button, text);
  g_free (text);
  /* TRANSLATORS: "New notes are pinned to PPT." */
  text = g_strdup_printf (_("New notes are pinned to %s."), name);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group), text);
  g_free (text);
  /* TRANSLATORS: the title of the popover that adds a note: "Note on PPT" */
  text = g_strdup_printf (_("Note on %s"), name);
  gtk_label_set_text (GTK_LABEL (self->add_title), text);
  gtk_widget_set_tooltip_text (self->add_title, text);
}

static void
on_add_activate (SkNotesPanel *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_entry))));
  g_autofree char *new_id = NULL;
  g_autoptr(GError) error = NULL;
  SkCommand *command;
  GtkWidget *row;

  if (*text == '\0' || !has_target (self))
    {
      gtk_popover_popdown (GTK_POPOVER (self->add_popover));
      return;
    }
  command = sk_command_new_add_note (self->map, self->target_kind, self->target_id,
                                     text, get_author (), &new_id, &error);
  if (command == NULL)
    {
      /* The text stays, to try again. */
      apply (self, NULL, error);
      return;
    }
  apply (self, command, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->add_entry), "");
  gtk_popover_popdown (GTK_POPOVER (self->add_popover));
  /* The new note gets the focus, which scrolls it into view. */
  row = g_hash_table_lookup (self->note_rows, new_id);
  if (row != NULL)
    gtk_widget_grab_focus (row);
}

/* The name may change in Preferences while the window is open. */
static void
update_signed (SkNotesPanel *self)
{
  /* TRANSLATORS: under the new note's text: "Signed Kari Nordmann" */
  g_autofree char *signed_by = g_strdup_printf (_("Signed %s"), get_author ());

  gtk_label_set_text (GTK_LABEL (self->signed_label), signed_by);
}

static void
on_add_popover_map (SkNotesPanel *self)
{
  update_signed (self);
  gtk_widget_grab_focus (self->add_entry);
}

/* --- refreshing ---------------------------------------------------------- */

static void
refresh (SkNotesPanel *self)
{
  GListModel *notes = self->map != NULL ? sk_map_get_notes (self->map) : NULL;
  guint n = notes != NULL ? g_list_model_get_n_items (notes) : 0;
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;
  GtkWidget *previous = NULL;

  self->updating++;
  self->generation++;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkNote) note = g_list_model_get_item (notes, i);
      const char *id = sk_item_get_id (SK_ITEM (note));
      SkKind kind = sk_note_get_target_kind (note);
      const char *target_id = sk_note_get_target_id (note);
      g_autofree char *key = place_key (kind, target_id);
      Place *place = g_hash_table_lookup (self->places, key);
      GtkWidget *row = g_hash_table_lookup (self->note_rows, id);
      NoteRow *nrow = row != NULL ? g_object_get_data (G_OBJECT (row), "sk-note-row") : NULL;

      if (place == NULL)
        {
          place = place_new (self, kind, target_id);
          g_hash_table_insert (self->places, g_steal_pointer (&key), place);
        }
      if (place->generation != self->generation)
        {
          place->generation = self->generation;
          g_ptr_array_add (order, place);
        }
      /* A note that moved to another place (an edit of its target) gets
       * a new row there. */
      if (nrow != NULL && nrow->place != place)
        {
          g_hash_table_remove (self->note_rows, id);
          nrow = NULL;
        }
      if (nrow == NULL)
        nrow = note_row_new (self, place, id);
      nrow->generation = self->generation;
      nrow->position = i;
      update_note_row (nrow, note);
    }

  /* Notes first: a place that goes takes its list with it. */
  g_hash_table_iter_init (&iter, self->note_rows);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      NoteRow *nrow = g_object_get_data (G_OBJECT (value), "sk-note-row");

      if (nrow->generation != self->generation)
        g_hash_table_iter_remove (&iter);
    }
  g_hash_table_iter_init (&iter, self->places);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (((Place *) value)->generation != self->generation)
      g_hash_table_iter_remove (&iter);

  /* Moved, not re-added: the focus stays in a place that moves. */
  for (guint i = 0; i < order->len; i++)
    update_place (self, g_ptr_array_index (order, i));
  g_ptr_array_sort (order, place_compare);
  for (guint i = 0; i < order->len; i++)
    {
      Place *place = g_ptr_array_index (order, i);

      gtk_box_reorder_child_after (GTK_BOX (self->places_box), place->box, previous);
      gtk_list_box_invalidate_sort (GTK_LIST_BOX (place->list));
      previous = place->box;
    }

  gtk_widget_set_visible (self->empty_page, n == 0);
  gtk_widget_set_visible (self->places_box, n > 0);
  update_target (self);
  self->updating--;
}

static void
disconnect_map (SkNotesPanel *self)
{
  if (self->map == NULL)
    return;
  g_signal_handlers_disconnect_by_data (sk_document_get_undo_stack (self->document), self);
  g_clear_object (&self->map);
}

void
sk_notes_panel_set_document (SkNotesPanel *self,
                             SkDocument   *document)
{
  g_return_if_fail (SK_IS_NOTES_PANEL (self));
  g_return_if_fail (document == NULL || SK_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  disconnect_map (self);
  g_set_object (&self->document, document);
  /* Another map: no row stands for any of its notes. */
  self->updating++;
  g_hash_table_remove_all (self->note_rows);
  g_hash_table_remove_all (self->places);
  self->updating--;
  if (document != NULL)
    {
      self->map = g_object_ref (sk_document_get_map (document));
      /* Notes change, and so do the names of the places they are on:
       * every change is a step of the undo stack. */
      g_signal_connect_swapped (sk_document_get_undo_stack (document), "changed", G_CALLBACK (refresh), self);
    }
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->error_revealer), FALSE);
  refresh (self);
}

void
sk_notes_panel_set_target (SkNotesPanel *self,
                           SkKind        kind,
                           const char   *id)
{
  g_return_if_fail (SK_IS_NOTES_PANEL (self));
  g_return_if_fail (id == NULL || kind == SK_KIND_SERVICE || kind == SK_KIND_LEVEL
                    || kind == SK_KIND_PATHWAY);

  if (self->target_kind == kind && g_strcmp0 (self->target_id, id) == 0)
    return;
  self->target_kind = kind;
  g_free (self->target_id);
  self->target_id = g_strdup (id);
  update_target (self);
}

/* --- the widget ---------------------------------------------------------- */

static void
sk_notes_panel_dispose (GObject *object)
{
  SkNotesPanel *self = SK_NOTES_PANEL (object);

  self->updating++;
  disconnect_map (self);
  g_clear_object (&self->document);
  g_clear_handle_id (&self->error_timeout, g_source_remove);
  g_hash_table_remove_all (self->note_rows);
  g_hash_table_remove_all (self->places);

  G_OBJECT_CLASS (sk_notes_panel_parent_class)->dispose (object);
}

static void
sk_notes_panel_finalize (GObject *object)
{
  SkNotesPanel *self = SK_NOTES_PANEL (object);

  g_free (self->target_id);
  g_hash_table_unref (self->note_rows);
  g_hash_table_unref (self->places);

  G_OBJECT_CLASS (sk_notes_panel_parent_class)->finalize (object);
}

static void
sk_notes_panel_class_init (SkNotesPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sk_notes_panel_dispose;
  object_class->finalize = sk_notes_panel_finalize;

  /**
   * SkNotesPanel::show-item:
   * @kind: an #SkKind: %SK_KIND_SERVICE, %SK_KIND_LEVEL or %SK_KIND_PATHWAY
   * @id: the place's id
   *
   * The person asked to see the place a group of notes is pinned to.
   */
  signals[SHOW_ITEM] =
    g_signal_new ("show-item",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_STRING);
}

static GtkWidget *
new_add_button (SkNotesPanel *self)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *content = adw_button_content_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add"));
  GtkWidget *author = gtk_label_new (NULL);

  self->add_title = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->add_title, "heading");
  gtk_label_set_xalign (GTK_LABEL (self->add_title), 0);
  /* One line: GTK 4.8 sizes a popover too short for a label that wraps.
   * The whole name is in the tooltip, and in the panel's description. */
  gtk_label_set_ellipsize (GTK_LABEL (self->add_title), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (self->add_title), 36);
  self->add_entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->add_entry), _("e.g. mangler fastlege og psykolog"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Text of the new note"), -1);
  gtk_widget_set_size_request (self->add_entry, 260, -1);
  g_signal_connect_swapped (self->add_entry, "activate", G_CALLBACK (on_add_activate), self);
  self->signed_label = author;
  update_signed (self);
  gtk_label_set_xalign (GTK_LABEL (author), 0);
  gtk_label_set_ellipsize (GTK_LABEL (author), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (author, "caption");
  gtk_widget_add_css_class (author, "dim-label");
  gtk_widget_add_css_class (add, "suggested-action");
  gtk_widget_set_halign (add, GTK_ALIGN_END);
  gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add"), -1);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_add_activate), self);
  gtk_box_append (GTK_BOX (box), self->add_title);
  gtk_box_append (GTK_BOX (box), self->add_entry);
  gtk_box_append (GTK_BOX (box), author);
  gtk_box_append (GTK_BOX (box), add);

  self->add_popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->add_popover), box);
  g_signal_connect_swapped (self->add_popover, "map", G_CALLBACK (on_add_popover_map), self);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), self->add_popover);

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("_Add Note"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_menu_button_set_child (GTK_MENU_BUTTON (button), content);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  /* GTK 4.8 would read the mnemonic's underscore; say the name once. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add Note"), -1);
  return button;
}

static void
sk_notes_panel_init (SkNotesPanel *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, place_free);
  self->note_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, note_row_widget_release);
  self->target_kind = SK_KIND_SERVICE;

  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);

  /* Errors from the model show here, for a while. */
  self->error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0);
  gtk_widget_add_css_class (self->error_label, "error");
  self->error_revealer = gtk_revealer_new ();
  gtk_revealer_set_child (GTK_REVEALER (self->error_revealer), self->error_label);
  gtk_box_append (GTK_BOX (content), self->error_revealer);

  self->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group), _("Workshop Notes"));
  self->add_button = new_add_button (self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->group), self->add_button);
  gtk_box_append (GTK_BOX (content), self->group);

  self->empty_page = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->empty_page), "edit-paste-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (self->empty_page), _("No Notes Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (self->empty_page),
                                   _("Where the map does not match the terrain, pin a note to the card, "
                                     "level or pathway."));
  gtk_widget_add_css_class (self->empty_page, "compact");
  gtk_box_append (GTK_BOX (content), self->empty_page);

  self->places_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_box_append (GTK_BOX (content), self->places_box);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), content);
  adw_bin_set_child (ADW_BIN (self), scrolled);

  refresh (self);
}

GtkWidget *
sk_notes_panel_new (void)
{
  return g_object_new (SK_TYPE_NOTES_PANEL, NULL);
}
