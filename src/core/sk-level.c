/* sk-level.c — a level of the pyramid
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sk-level.h"
#include "sk-text.h"

struct _SkLevel
{
  SkItem parent_instance;
};

G_DEFINE_FINAL_TYPE (SkLevel, sk_level, SK_TYPE_ITEM)

static void
sk_level_class_init (SkLevelClass *klass)
{
}

static void
sk_level_init (SkLevel *self)
{
}

const char *
sk_level_get_name (SkLevel    *self,
                   const char *lang)
{
  return sk_item_get_text (SK_ITEM (self), "name", lang);
}

const char *
sk_level_get_color (SkLevel *self)
{
  return sk_item_get_string (SK_ITEM (self), "color");
}
