/* sk-export-preview.h — a small picture of what an export will look like
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sk-export-job.h"

G_BEGIN_DECLS

GdkTexture *sk_export_preview_new (SkMap                 *map,
                                   const SkExportChoices *choices,
                                   int                    size,
                                   char                 **caption);

G_END_DECLS
