/* sk-note.c — a workshop note pinned to a service, level or pathway
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sk-note.h"
#include "sk-text.h"

struct _SkNote
{
  SkItem parent_instance;
};

G_DEFINE_FINAL_TYPE (SkNote, sk_note, SK_TYPE_ITEM)

static void
sk_note_class_init (SkNoteClass *klass)
{
}

static void
sk_note_init (SkNote *self)
{
}

const char *
sk_note_get_text (SkNote *self)
{
  return sk_item_get_string (SK_ITEM (self), "text");
}

/**
 * sk_note_get_author:
 *
 * Returns: (nullable): who wrote it
 */
const char *
sk_note_get_author (SkNote *self)
{
  return sk_item_get_string (SK_ITEM (self), "author");
}

const char *
sk_note_get_created (SkNote *self)
{
  return sk_item_get_string (SK_ITEM (self), "created");
}

SkKind
sk_note_get_target_kind (SkNote *self)
{
  JsonObject *target = sk_item_get_object (SK_ITEM (self), "target");
  const char *type = json_object_get_string_member (target, "type");

  if (g_strcmp0 (type, "service") == 0)
    return SK_KIND_SERVICE;
  if (g_strcmp0 (type, "level") == 0)
    return SK_KIND_LEVEL;
  return SK_KIND_PATHWAY;
}

const char *
sk_note_get_target_id (SkNote *self)
{
  JsonObject *target = sk_item_get_object (SK_ITEM (self), "target");

  return json_object_get_string_member (target, "id");
}
