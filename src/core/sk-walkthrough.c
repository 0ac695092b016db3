/* sk-walkthrough.c — walking a case through a pathway, step by step
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The practice tool of a workshop: a pathway (and a short case, "Lasse,
 * 15 år, angst") is walked one step at a time, and the room sees which
 * service does what. This holds where the walk is; the editor shows it
 * (the facilitator's window and the audience window follow the same
 * object through notify::index). What it shows is the map's content, in
 * the map's language.
 */
#include "config.h"

#include "sk-pathway.h"
#include "sk-print-strings.h"
#include "sk-service.h"
#include "sk-walkthrough.h"

struct _SkWalkthrough
{
  GObject    parent_instance;

  SkMap     *map;
  SkPathway *pathway;
  char      *case_text;
  guint      index;
};

enum {
  PROP_0,
  PROP_INDEX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SkWalkthrough, sk_walkthrough, G_TYPE_OBJECT)

static void
sk_walkthrough_finalize (GObject *object)
{
  SkWalkthrough *self = SK_WALKTHROUGH (object);

  g_clear_object (&self->map);
  g_clear_object (&self->pathway);
  g_free (self->case_text);
  G_OBJECT_CLASS (sk_walkthrough_parent_class)->finalize (object);
}

static void
sk_walkthrough_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SkWalkthrough *self = SK_WALKTHROUGH (object);

  switch (prop_id)
    {
    case PROP_INDEX:
      g_value_set_uint (value, self->index);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_walkthrough_class_init (SkWalkthroughClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sk_walkthrough_finalize;
  object_class->get_property = sk_walkthrough_get_property;

  /* The step shown, from 0. */
  properties[PROP_INDEX] = g_param_spec_uint ("index", NULL, NULL, 0, G_MAXUINT, 0,
                                              G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sk_walkthrough_init (SkWalkthrough *self)
{
}

/**
 * sk_walkthrough_new:
 * @case_text: (nullable): a short case to walk, as the room is told it
 *
 * Returns: (transfer full) (nullable): a walk through the pathway, at its
 *   first step, or %NULL if @map has no such pathway
 */
SkWalkthrough *
sk_walkthrough_new (SkMap      *map,
                    const char *pathway_id,
                    const char *case_text)
{
  SkItem *pathway = sk_map_lookup (map, SK_KIND_PATHWAY, pathway_id);
  SkWalkthrough *self;

  if (pathway == NULL)
    return NULL;
  self = g_object_new (SK_TYPE_WALKTHROUGH, NULL);
  self->map = g_object_ref (map);
  self->pathway = g_object_ref (SK_PATHWAY (pathway));
  self->case_text = g_strstrip (g_strdup (case_text != NULL ? case_text : ""));
  return self;
}

const char *
sk_walkthrough_get_pathway_id (SkWalkthrough *self)
{
  return sk_item_get_id (SK_ITEM (self->pathway));
}

const char *
sk_walkthrough_get_pathway_name (SkWalkthrough *self)
{
  return sk_pathway_get_name (self->pathway, sk_map_get_language (self->map));
}

const char *
sk_walkthrough_get_case (SkWalkthrough *self)
{
  return self->case_text;
}

/* Steps are counted now, not when the walk began: the pathway may be
 * edited during a workshop. */
guint
sk_walkthrough_get_n_steps (SkWalkthrough *self)
{
  return sk_pathway_get_n_steps (self->pathway);
}

guint
sk_walkthrough_get_index (SkWalkthrough *self)
{
  guint n = sk_walkthrough_get_n_steps (self);

  return n > 0 ? MIN (self->index, n - 1) : 0;
}

void
sk_walkthrough_set_index (SkWalkthrough *self,
                          guint          index)
{
  guint n = sk_walkthrough_get_n_steps (self);

  index = n > 0 ? MIN (index, n - 1) : 0;
  if (index == self->index)
    return;
  self->index = index;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDEX]);
}

/* Returns FALSE at the last step. */
gboolean
sk_walkthrough_next (SkWalkthrough *self)
{
  guint index = sk_walkthrough_get_index (self);

  if (index + 1 >= sk_walkthrough_get_n_steps (self))
    return FALSE;
  sk_walkthrough_set_index (self, index + 1);
  return TRUE;
}

/* Returns FALSE at the first step. */
gboolean
sk_walkthrough_previous (SkWalkthrough *self)
{
  guint index = sk_walkthrough_get_index (self);

  if (index == 0)
    return FALSE;
  sk_walkthrough_set_index (self, index - 1);
  return TRUE;
}

const char *
sk_walkthrough_get_service_id (SkWalkthrough *self)
{
  if (sk_walkthrough_get_n_steps (self) == 0)
    return NULL;
  return sk_pathway_get_step_service (self->pathway, sk_walkthrough_get_index (self));
}

static SkService *
current_service (SkWalkthrough *self)
{
  const char *id = sk_walkthrough_get_service_id (self);
  SkItem *item = id != NULL ? sk_map_lookup (self->map, SK_KIND_SERVICE, id) : NULL;

  return item != NULL ? SK_SERVICE (item) : NULL;
}

const char *
sk_walkthrough_get_service_name (SkWalkthrough *self)
{
  SkService *service = current_service (self);

  return service != NULL ? sk_service_get_name (service, sk_map_get_language (self->map)) : "";
}

const char *
sk_walkthrough_get_kind_label (SkWalkthrough *self)
{
  if (sk_walkthrough_get_n_steps (self) == 0)
    return "";
  return sk_print_step_kind (sk_pathway_get_step_kind (self->pathway, sk_walkthrough_get_index (self)),
                             sk_map_get_language (self->map));
}

const char *
sk_walkthrough_get_step_text (SkWalkthrough *self)
{
  const char *text;

  if (sk_walkthrough_get_n_steps (self) == 0)
    return "";
  text = sk_pathway_get_step_text (self->pathway, sk_walkthrough_get_index (self),
                                   sk_map_get_language (self->map));
  return text != NULL ? text : "";
}

const char *
sk_walkthrough_get_service_role (SkWalkthrough *self)
{
  SkService *service = current_service (self);
  const char *role = service != NULL ? sk_item_get_text (SK_ITEM (service), "description",
                                                         sk_map_get_language (self->map)) : NULL;

  return role != NULL ? role : "";
}
