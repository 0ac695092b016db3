/* sk-journal.h — every completed edit on disk before it shows as done
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-map.h"
#include "sk-undo-stack.h"

G_BEGIN_DECLS

#define SK_TYPE_JOURNAL (sk_journal_get_type ())

G_DECLARE_FINAL_TYPE (SkJournal, sk_journal, SK, JOURNAL, GObject)

SkJournal  *sk_journal_new          (SkUndoStack  *stack,
                                     const char   *journal_path,
                                     const char   *document_path,
                                     GError      **error);
SkJournal  *sk_journal_new_recovered (SkUndoStack *stack,
                                     const char   *journal_path,
                                     const char   *document_path,
                                     GError      **error);
const char *sk_journal_get_path     (SkJournal    *self);
guint       sk_journal_get_n_records (SkJournal   *self);
gboolean    sk_journal_rotate       (SkJournal    *self,
                                     const char   *document_path,
                                     GError      **error);
void        sk_journal_discard      (SkJournal    *self);

char       *sk_journal_path_for     (const char   *document_path);
char       *sk_journal_path_unsaved (void);
SkMap      *sk_journal_recover      (const char   *journal_path,
                                     char        **document_path,
                                     guint        *n_records,
                                     GError      **error);

G_END_DECLS
