/* sk-step-list.h — one pathway's steps, edited in place (a part of the
 * pathway panel)
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-document.h"

G_BEGIN_DECLS

#define SK_TYPE_STEP_LIST (sk_step_list_get_type ())

G_DECLARE_FINAL_TYPE (SkStepList, sk_step_list, SK, STEP_LIST, AdwBin)

GtkWidget *sk_step_list_new         (void);
/* The pathway whose steps are shown; a NULL document or id shows none.
 * The list follows the map's changes by itself. */
void       sk_step_list_set_pathway (SkStepList *self,
                                     SkDocument *document,
                                     const char *pathway_id);
/* Appends a step on the service, of the kind it most likely has, as one
 * command; FALSE if it was refused (told by the "error" signal). */
gboolean   sk_step_list_append      (SkStepList *self,
                                     const char *service_id);

G_END_DECLS
