/* sk-note.h — a workshop note pinned to a service, level or pathway
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-item.h"

G_BEGIN_DECLS

#define SK_TYPE_NOTE (sk_note_get_type ())

G_DECLARE_FINAL_TYPE (SkNote, sk_note, SK, NOTE, SkItem)

const char *sk_note_get_text        (SkNote *self);
const char *sk_note_get_author      (SkNote *self);
const char *sk_note_get_created     (SkNote *self);
SkKind      sk_note_get_target_kind (SkNote *self);
const char *sk_note_get_target_id   (SkNote *self);

G_END_DECLS
