/* sk-group.c — a group of municipalities
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sk-group.h"
#include "sk-text.h"

struct _SkGroup
{
  SkItem parent_instance;
};

G_DEFINE_FINAL_TYPE (SkGroup, sk_group, SK_TYPE_ITEM)

static void
sk_group_class_init (SkGroupClass *klass)
{
}

static void
sk_group_init (SkGroup *self)
{
}

const char *
sk_group_get_name (SkGroup    *self,
                   const char *lang)
{
  return sk_item_get_text (SK_ITEM (self), "name", lang);
}
