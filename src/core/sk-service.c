/* sk-service.c — a service families meet
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sk-service.h"
#include "sk-text.h"

struct _SkService
{
  SkItem parent_instance;
};

G_DEFINE_FINAL_TYPE (SkService, sk_service, SK_TYPE_ITEM)

static void
sk_service_class_init (SkServiceClass *klass)
{
}

static void
sk_service_init (SkService *self)
{
}

const char *
sk_service_get_name (SkService  *self,
                     const char *lang)
{
  return sk_item_get_text (SK_ITEM (self), "name", lang);
}

/**
 * sk_service_get_short_name:
 *
 * Returns: (nullable): the abbreviation (BUP, PPT), if it has one
 */
const char *
sk_service_get_short_name (SkService *self)
{
  return sk_item_get_string (SK_ITEM (self), "short_name");
}

/**
 * sk_service_get_label:
 *
 * Returns: the short name if there is one, else the name: what a command
 *   label or a list calls the service
 */
const char *
sk_service_get_label (SkService  *self,
                      const char *lang)
{
  const char *short_name = sk_service_get_short_name (self);

  return short_name != NULL ? short_name : sk_service_get_name (self, lang);
}

const char *
sk_service_get_sector_id (SkService *self)
{
  return sk_item_get_string (SK_ITEM (self), "sector");
}

/**
 * sk_service_get_level_id:
 *
 * Returns: (nullable): the level id, or %NULL for the side column
 */
const char *
sk_service_get_level_id (SkService *self)
{
  return sk_item_get_string (SK_ITEM (self), "level");
}

const char *
sk_service_get_owner (SkService *self)
{
  return sk_item_get_string (SK_ITEM (self), "owner");
}

gboolean
sk_service_needs_referral (SkService *self)
{
  JsonObject *access = sk_item_get_object (SK_ITEM (self), "access");

  return access != NULL
         && g_strcmp0 (json_object_get_string_member (access, "mode"), "referral") == 0;
}

/* A service with no "municipalities" list serves them all. */
gboolean
sk_service_serves (SkService  *self,
                   const char *municipality_id)
{
  JsonArray *list = sk_item_get_array (SK_ITEM (self), "municipalities");

  if (list == NULL)
    return TRUE;
  for (guint i = 0; i < json_array_get_length (list); i++)
    if (g_strcmp0 (json_array_get_string_element (list, i), municipality_id) == 0)
      return TRUE;
  return FALSE;
}
