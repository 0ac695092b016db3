/* sk-document.h — a map being edited: its undo stack and its file
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sk-map.h"
#include "sk-undo-stack.h"

G_BEGIN_DECLS

#define SK_TYPE_DOCUMENT (sk_document_get_type ())

G_DECLARE_FINAL_TYPE (SkDocument, sk_document, SK, DOCUMENT, GObject)

SkDocument  *sk_document_new               (SkMap                *map);
SkDocument  *sk_document_new_from_template (const char           *template_name,
                                            GError              **error);
SkDocument  *sk_document_load              (const char           *path,
                                            GError              **error);
SkDocument  *sk_document_new_recovered     (SkMap                *map,
                                            const char           *path);
gboolean     sk_document_save              (SkDocument           *self,
                                            const char           *path,
                                            GError              **error);
void         sk_document_save_async        (SkDocument           *self,
                                            const char           *path,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
gboolean     sk_document_save_finish       (SkDocument           *self,
                                            GAsyncResult         *result,
                                            GError              **error);

SkMap       *sk_document_get_map           (SkDocument           *self);
SkUndoStack *sk_document_get_undo_stack    (SkDocument           *self);
const char  *sk_document_get_path          (SkDocument           *self);
gboolean     sk_document_get_modified      (SkDocument           *self);
gboolean     sk_document_apply             (SkDocument           *self,
                                            SkCommand            *command);

G_END_DECLS
