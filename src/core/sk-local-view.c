/* sk-local-view.c — a service as one municipality sees it
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A regional map holds each service once; a municipality's brochure (and the
 * editor's municipality view) shows it as that municipality has it: left out
 * where it is not offered or not served, under its local name, with the local
 * contact details over the regional ones, key by key, and the local provider.
 */
#include "config.h"

#include "sk-json.h"
#include "sk-local-view.h"
#include "sk-text.h"

/**
 * sk_local_service_new:
 * @municipality: (nullable): the municipality, or %NULL for the whole region
 *
 * Returns: (transfer full) (nullable): the service as @municipality has it,
 *   or %NULL if it is not offered there
 */
SkLocalService *
sk_local_service_new (SkMap          *map,
                      SkMunicipality *municipality,
                      SkService      *service,
                      const char     *lang)
{
  SkLocalService *self;
  JsonObject *override = NULL;
  JsonObject *contact = sk_item_get_object (SK_ITEM (service), "contact");
  const char *id = sk_item_get_id (SK_ITEM (service));

  if (municipality != NULL)
    {
      if (!sk_service_serves (service, sk_item_get_id (SK_ITEM (municipality)))
          || !sk_municipality_offers (municipality, id))
        return NULL;
      override = sk_municipality_get_override (municipality, id);
    }

  self = g_new0 (SkLocalService, 1);
  self->service = service;
  self->contact = contact != NULL ? sk_json_object_copy (contact) : json_object_new ();

  if (override != NULL)
    {
      JsonNode *name = json_object_get_member (override, "name");
      JsonNode *local = json_object_get_member (override, "contact");

      if (name != NULL && *sk_text_get_best (json_node_get_object (name), lang))
        self->name = g_strdup (sk_text_get_best (json_node_get_object (name), lang));
      if (local != NULL)
        {
          GList *keys = json_object_get_members (json_node_get_object (local));

          for (GList *l = keys; l; l = l->next)
            json_object_set_member (self->contact, l->data,
                                    sk_json_node_copy (json_object_get_member (json_node_get_object (local), l->data)));
          g_list_free (keys);
        }
      self->provider = g_strdup (json_object_get_string_member_with_default (override, "provider", NULL));
    }
  if (self->name == NULL)
    self->name = g_strdup (sk_service_get_name (service, lang));
  return self;
}

void
sk_local_service_free (SkLocalService *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_free (self->provider);
  json_object_unref (self->contact);
  g_free (self);
}
