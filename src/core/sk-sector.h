/* sk-sector.h — a sector in the legend (helse, oppvekst, …)
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-item.h"

G_BEGIN_DECLS

#define SK_TYPE_SECTOR (sk_sector_get_type ())

G_DECLARE_FINAL_TYPE (SkSector, sk_sector, SK, SECTOR, SkItem)

const char *sk_sector_get_name  (SkSector   *self,
                                 const char *lang);
const char *sk_sector_get_color (SkSector   *self);
const char *sk_sector_get_icon  (SkSector   *self);

G_END_DECLS
