/* sk-inspector.h — the side panel's editor for one service, level or pathway
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-document.h"

G_BEGIN_DECLS

#define SK_TYPE_INSPECTOR (sk_inspector_get_type ())

G_DECLARE_FINAL_TYPE (SkInspector, sk_inspector, SK, INSPECTOR, AdwBin)

GtkWidget *sk_inspector_new              (void);
void       sk_inspector_set_document     (SkInspector *self,
                                          SkDocument  *document);
/* What to edit: a service, a level or a pathway; NULL id for nothing. */
void       sk_inspector_show             (SkInspector *self,
                                          SkKind       kind,
                                          const char  *id);
/* NULL for the whole region; else edits to a service go into that
 * municipality's overrides (local name, contact, offered). */
void       sk_inspector_set_municipality (SkInspector *self,
                                          const char  *municipality_id);
/* Puts the keyboard in the name field (Enter on a card). */
void       sk_inspector_focus_name       (SkInspector *self);

G_END_DECLS
