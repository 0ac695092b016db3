/* sk-municipality.c — a municipality and its local changes to services
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sk-municipality.h"
#include "sk-text.h"

struct _SkMunicipality
{
  SkItem parent_instance;
};

G_DEFINE_FINAL_TYPE (SkMunicipality, sk_municipality, SK_TYPE_ITEM)

static void
sk_municipality_class_init (SkMunicipalityClass *klass)
{
}

static void
sk_municipality_init (SkMunicipality *self)
{
}

const char *
sk_municipality_get_name (SkMunicipality *self)
{
  return sk_item_get_string (SK_ITEM (self), "name");
}

/**
 * sk_municipality_get_sami_name:
 *
 * Returns: (nullable): the name in Sami (Røros: Rossen tjïelte)
 */
const char *
sk_municipality_get_sami_name (SkMunicipality *self)
{
  return sk_item_get_string (SK_ITEM (self), "sami_name");
}

/**
 * sk_municipality_get_group_id:
 *
 * Returns: (nullable): the id of its group
 */
const char *
sk_municipality_get_group_id (SkMunicipality *self)
{
  return sk_item_get_string (SK_ITEM (self), "group");
}

/**
 * sk_municipality_get_provider:
 *
 * Returns: (nullable): the hospital trust serving it, when not the map's own
 */
const char *
sk_municipality_get_provider (SkMunicipality *self)
{
  return sk_item_get_string (SK_ITEM (self), "provider");
}

/**
 * sk_municipality_get_override:
 *
 * Returns: (transfer none) (nullable): the local changes to a service
 */
JsonObject *
sk_municipality_get_override (SkMunicipality *self,
                              const char     *service_id)
{
  JsonArray *overrides = sk_item_get_array (SK_ITEM (self), "overrides");

  for (guint i = 0; overrides != NULL && i < json_array_get_length (overrides); i++)
    {
      JsonObject *override = json_array_get_object_element (overrides, i);

      if (g_strcmp0 (json_object_get_string_member (override, "service"), service_id) == 0)
        return override;
    }
  return NULL;
}

/* Whether the municipality offers the service: not when its local changes
 * say "offered": false. Whether the service serves it at all is
 * sk_service_serves(). */
gboolean
sk_municipality_offers (SkMunicipality *self,
                        const char     *service_id)
{
  JsonObject *override = sk_municipality_get_override (self, service_id);

  return override == NULL
         || json_object_get_boolean_member_with_default (override, "offered", TRUE);
}
