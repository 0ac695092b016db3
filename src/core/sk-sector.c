/* sk-sector.c — a sector in the legend (helse, oppvekst, …)
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sk-sector.h"
#include "sk-text.h"

struct _SkSector
{
  SkItem parent_instance;
};

G_DEFINE_FINAL_TYPE (SkSector, sk_sector, SK_TYPE_ITEM)

static void
sk_sector_class_init (SkSectorClass *klass)
{
}

static void
sk_sector_init (SkSector *self)
{
}

const char *
sk_sector_get_name (SkSector   *self,
                    const char *lang)
{
  return sk_item_get_text (SK_ITEM (self), "name", lang);
}

const char *
sk_sector_get_color (SkSector *self)
{
  return sk_item_get_string (SK_ITEM (self), "color");
}

const char *
sk_sector_get_icon (SkSector *self)
{
  return sk_item_get_string (SK_ITEM (self), "icon");
}
