/* sk-window-private.h — what the window's files share
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-canvas.h"
#include "sk-inspector.h"
#include "sk-journal.h"
#include "sk-levels-panel.h"
#include "sk-pathway-panel.h"
#include "sk-walkthrough.h"
#include "sk-window.h"

G_BEGIN_DECLS

struct _SkWindow
{
  AdwApplicationWindow parent_instance;

  /* From the template. */
  AdwToastOverlay *toasts;
  AdwWindowTitle  *title;
  GtkStack        *stack;
  GtkPaned        *paned;
  SkCanvas        *canvas;
  GtkWidget       *side_panel;
  AdwViewStack    *side_stack;
  AdwPreferencesGroup *templates_group;
  AdwPreferencesGroup *recent_group;
  GtkDropDown     *municipality_dropdown;
  GtkWidget       *undo_button;
  GtkWidget       *redo_button;
  GtkWidget       *save_button;
  GtkWidget       *export_button;
  GtkWidget       *panel_button;
  GtkWidget       *present_button;
  GtkWidget       *header;
  GtkOverlay      *canvas_overlay;

  GtkWidget       *inspector;
  GtkWidget       *pathway_panel;
  GtkWidget       *levels_panel;
  GtkWidget       *notes_panel;
  GtkWidget       *gaps_panel;
  GList           *recent_rows;

  SkDocument      *document;
  SkJournal       *journal;            /* see sk-window-journal.c */
  GPtrArray       *municipality_ids;   /* by the dropdown's position − 1 */
  gboolean         closing;            /* close once saved */
  gboolean         saving;
  GCancellable    *cancellable;

  /* Workshops: see sk-window-present.c. */
  gboolean         presenting;
  gboolean         panel_was_visible;
  GtkWidget       *audience;           /* SkAudienceWindow, or NULL */
  SkWalkthrough   *walk;               /* or NULL */
  GtkWidget       *walk_card;
};

/* sk-window.c */
void sk_window_toast         (SkWindow   *self,
                              const char *message);
void sk_window_error         (SkWindow   *self,
                              const char *heading,
                              const char *message);

/* sk-window-files.c */
void     sk_window_init_files        (SkWindow *self);
void     sk_window_fill_start_page   (SkWindow *self);
void     sk_window_open              (SkWindow *self);
void     sk_window_save              (SkWindow *self,
                                      gboolean  choose_file);
gboolean sk_window_confirm_close     (SkWindow *self);

/* sk-window-journal.c */
void     sk_window_start_journal     (SkWindow            *self,
                                      gboolean             recovered);
void     sk_window_stop_journal      (SkWindow            *self,
                                      gboolean             keep);
void     sk_window_journal_saved     (SkWindow            *self);
gboolean sk_window_journal_ok        (SkWindow            *self);
void     sk_window_offer_recovery    (SkWindow            *self,
                                      SkDocument          *document);
guint    sk_window_fill_recoverable  (SkWindow            *self,
                                      AdwPreferencesGroup *group,
                                      GList              **rows);

/* sk-window-present.c */
void sk_window_class_init_present (GtkWidgetClass *widget_class);
void sk_window_init_present       (SkWindow *self);
void sk_window_present_follow     (SkWindow *self);
void sk_window_present_stop       (SkWindow *self);

/* sk-window-csv.c */
void     sk_window_class_init_csv     (GtkWidgetClass *widget_class);
gboolean sk_window_is_spreadsheet     (GFile          *file);
void     sk_window_import_spreadsheet (SkWindow       *self,
                                       GFile          *file);

/* sk-window-notes.c */
GtkWidget *sk_window_notes_new_page     (SkWindow   *self,
                                         gboolean    gaps);
void       sk_window_notes_set_document (SkWindow   *self,
                                         SkDocument *document);
void       sk_window_notes_follow       (SkWindow   *self);

/* sk-window-edit.c */
void sk_window_delete_selection (SkWindow *self);
void sk_window_add_service      (SkWindow *self);
void sk_window_type_to_add      (SkWindow   *self,
                                 const char *level_id,
                                 double      x,
                                 double      y,
                                 const char *typed);

G_END_DECLS
