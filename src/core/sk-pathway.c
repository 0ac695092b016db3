/* sk-pathway.c — a care pathway (samhandlingsforløp) with ordered steps
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sk-pathway.h"
#include "sk-text.h"

struct _SkPathway
{
  SkItem parent_instance;
};

G_DEFINE_FINAL_TYPE (SkPathway, sk_pathway, SK_TYPE_ITEM)

static void
sk_pathway_class_init (SkPathwayClass *klass)
{
}

static void
sk_pathway_init (SkPathway *self)
{
}

const char *
sk_pathway_get_name (SkPathway  *self,
                     const char *lang)
{
  return sk_item_get_text (SK_ITEM (self), "name", lang);
}

const char *
sk_pathway_get_color (SkPathway *self)
{
  return sk_item_get_string (SK_ITEM (self), "color");
}

guint
sk_pathway_get_n_steps (SkPathway *self)
{
  JsonArray *steps = sk_item_get_array (SK_ITEM (self), "steps");

  return steps != NULL ? json_array_get_length (steps) : 0;
}

static JsonObject *
get_step (SkPathway *self,
          guint      index)
{
  g_return_val_if_fail (index < sk_pathway_get_n_steps (self), NULL);
  return json_array_get_object_element (sk_item_get_array (SK_ITEM (self), "steps"), index);
}

const char *
sk_pathway_get_step_service (SkPathway *self,
                             guint      index)
{
  JsonObject *step = get_step (self, index);

  return step != NULL ? json_object_get_string_member (step, "service") : NULL;
}

const char *
sk_pathway_get_step_kind (SkPathway *self,
                          guint      index)
{
  JsonObject *step = get_step (self, index);

  return step != NULL ? json_object_get_string_member (step, "kind") : NULL;
}

const char *
sk_pathway_get_step_text (SkPathway  *self,
                          guint       index,
                          const char *lang)
{
  JsonObject *step = get_step (self, index);
  JsonNode *text = step != NULL ? json_object_get_member (step, "text") : NULL;

  return sk_text_get_best (text != NULL ? json_node_get_object (text) : NULL, lang);
}

gboolean
sk_pathway_uses_service (SkPathway  *self,
                         const char *service_id)
{
  guint n = sk_pathway_get_n_steps (self);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (sk_pathway_get_step_service (self, i), service_id) == 0)
      return TRUE;
  return FALSE;
}
