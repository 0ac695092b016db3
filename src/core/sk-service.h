/* sk-service.h — a service families meet
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-item.h"

G_BEGIN_DECLS

#define SK_TYPE_SERVICE (sk_service_get_type ())

G_DECLARE_FINAL_TYPE (SkService, sk_service, SK, SERVICE, SkItem)

const char *sk_service_get_name        (SkService  *self,
                                        const char *lang);
const char *sk_service_get_short_name  (SkService  *self);
const char *sk_service_get_label       (SkService  *self,
                                        const char *lang);
const char *sk_service_get_sector_id   (SkService  *self);
const char *sk_service_get_level_id    (SkService  *self);
const char *sk_service_get_owner       (SkService  *self);
gboolean    sk_service_needs_referral  (SkService  *self);
gboolean    sk_service_serves          (SkService  *self,
                                        const char *municipality_id);

G_END_DECLS
