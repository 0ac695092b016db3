/* sk-municipality.h — a municipality and its local changes to services
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-item.h"

G_BEGIN_DECLS

#define SK_TYPE_MUNICIPALITY (sk_municipality_get_type ())

G_DECLARE_FINAL_TYPE (SkMunicipality, sk_municipality, SK, MUNICIPALITY, SkItem)

const char *sk_municipality_get_name      (SkMunicipality *self);
const char *sk_municipality_get_sami_name (SkMunicipality *self);
const char *sk_municipality_get_group_id  (SkMunicipality *self);
const char *sk_municipality_get_provider  (SkMunicipality *self);
JsonObject *sk_municipality_get_override  (SkMunicipality *self,
                                           const char     *service_id);
gboolean    sk_municipality_offers        (SkMunicipality *self,
                                           const char     *service_id);

G_END_DECLS
