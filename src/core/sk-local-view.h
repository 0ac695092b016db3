/* sk-local-view.h — a service as one municipality sees it
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sk-municipality.h"
#include "sk-service.h"

G_BEGIN_DECLS

typedef struct {
  SkService  *service;    /* borrowed */
  char       *name;       /* the local name, or the service's */
  JsonObject *contact;    /* the service's contact with the local one over it */
  char       *provider;   /* who provides it here, or NULL */
} SkLocalService;

SkLocalService *sk_local_service_new  (SkMap          *map,
                                       SkMunicipality *municipality,
                                       SkService      *service,
                                       const char     *lang);
void            sk_local_service_free (SkLocalService *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkLocalService, sk_local_service_free)

G_END_DECLS
