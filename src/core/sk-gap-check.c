/* sk-gap-check.c — does the map match the terrain? The workshop's gap check
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * At a workshop, staff from every service go over the map and ask "stemmer
 * kart og terreng?": is everything a family or a colleague needs there? A
 * file can be valid and still leave a family with a service it cannot
 * reach, or staff with a pathway that skips the referral. This lists such
 * gaps, each with the object it is on, a message naming the object, and one
 * sentence on why it matters, so a workshop can go through them one by one.
 *
 * Findings come in a fixed order, by kind and then in the order of the file,
 * so two checks of the same map read the same and can be compared.
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "sk-color.h"
#include "sk-gap-check.h"
#include "sk-level.h"
#include "sk-local-view.h"
#include "sk-municipality.h"
#include "sk-pathway.h"
#include "sk-problems.h"
#include "sk-schema.h"
#include "sk-service.h"
#include "sk-text.h"

/* WCAG 2.1 AA, 1.4.3: the contrast normal text needs. */
#define TEXT_CONTRAST 4.5

/* A municipality's finding names this many services, then says how many
 * more there are. */
#define MAX_NAMED_SERVICES 5

static const char * const whys[SK_N_GAPS] = {
  [SK_GAP_NO_DESCRIPTION] =
    N_("Families read the description to learn what the service does and whether it is for them."),
  [SK_GAP_NO_CONTACT] =
    N_("A family that finds the service on the map has no way to reach it."),
  [SK_GAP_EMPTY_LEVEL] =
    N_("An empty level tells families and staff that there is no help at that stage, which is rarely true."),
  [SK_GAP_NO_STEPS] =
    N_("Without steps the pathway cannot show staff who does what from the first worry to follow-up."),
  [SK_GAP_LEVEL_JUMP] =
    N_("Staff cannot see who sends the child on to the more specialised service, so the handover may not happen."),
  [SK_GAP_WRONG_REFERRER] =
    N_("Staff who follow the pathway would send a referral the receiving service does not take, and the child waits longer for help."),
  [SK_GAP_NO_LOCAL_CONTACT] =
    N_("Families in this municipality get a brochure that lists these services with no way to reach them."),
  [SK_GAP_PROVIDER_CONTACT] =
    N_("Someone else runs these services here, so the region's contact sends families to the wrong place."),
  [SK_GAP_MISSING_TEXT] =
    N_("Families who read that language get these texts in another language instead, which they may not understand as well."),
  [SK_GAP_LOW_CONTRAST] =
    N_("Text with less contrast than 4.5:1 is hard to read, above all for people with low vision, and public documents must meet WCAG 2.1 AA."),
};

typedef struct {
  SkMap      *map;
  const char *lang;       /* the map's language, for names in messages */
  GPtrArray  *findings;
} Check;

/**
 * sk_gap_finding_free:
 * @finding: (nullable): a finding
 */
void
sk_gap_finding_free (SkGapFinding *finding)
{
  if (finding == NULL)
    return;
  g_free (finding->target_id);
  g_free (finding->path);
  g_free (finding->message);
  g_free (finding->why);
  g_free (finding);
}

/* Takes @message. */
static void
add_finding (Check      *check,
             SkGapKind   kind,
             SkKind      target_kind,
             const char *target_id,
             const char *path,
             char       *message)
{
  SkGapFinding *finding = g_new0 (SkGapFinding, 1);

  finding->kind = kind;
  finding->target_kind = target_kind;
  finding->target_id = g_strdup (target_id);
  finding->path = g_strdup (path);
  finding->message = message;
  finding->why = g_strdup (_(whys[kind]));
  g_ptr_array_add (check->findings, finding);
}

/* "services[21]": where the object at @position of its list is in the file. */
static char *
item_path (SkKind kind,
           guint  position)
{
  return sk_path_index (sk_kind_get_key (kind), position);
}

/* Whether @contact gives a family a way to reach a service: a phone number,
 * an e-mail or a web address. An address or opening hours alone do not. */
static gboolean
has_contact (JsonObject *contact)
{
  static const char * const keys[] = { "phone", "email", "web" };

  if (contact == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      const char *value = json_object_get_string_member_with_default (contact, keys[i], NULL);

      if (value != NULL && *value != '\0')
        return TRUE;
    }
  return FALSE;
}

static JsonObject *
get_object_member (JsonObject *object,
                   const char *key)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, key) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
get_array_member (JsonObject *object,
                  const char *key)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, key) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* Whether some municipality gives @service_id a local contact. */
static gboolean
has_local_contact (SkMap      *map,
                   const char *service_id)
{
  GListModel *municipalities = sk_map_get_municipalities (map);

  for (guint i = 0; i < g_list_model_get_n_items (municipalities); i++)
    {
      g_autoptr(SkMunicipality) municipality = g_list_model_get_item (municipalities, i);
      JsonObject *override = sk_municipality_get_override (municipality, service_id);

      if (has_contact (get_object_member (override, "contact")))
        return TRUE;
    }
  return FALSE;
}

static void
check_services (Check     *check,
                SkGapKind  kind)
{
  GListModel *services = sk_map_get_services (check->map);

  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr(SkService) service = g_list_model_get_item (services, i);
      const char *id = sk_item_get_id (SK_ITEM (service));
      g_autofree char *name = sk_map_describe (check->map, SK_KIND_SERVICE, id);
      g_autofree char *path = item_path (SK_KIND_SERVICE, i);

      if (kind == SK_GAP_NO_DESCRIPTION
          && *sk_item_get_text (SK_ITEM (service), "description", check->lang) == '\0')
        add_finding (check, kind, SK_KIND_SERVICE, id, path,
                     g_strdup_printf (_("%s has no description for families"), name));
      else if (kind == SK_GAP_NO_CONTACT
               && !has_contact (sk_item_get_object (SK_ITEM (service), "contact"))
               && !has_local_contact (check->map, id))
        add_finding (check, kind, SK_KIND_SERVICE, id, path,
                     g_strdup_printf (_("%s has no phone, e-mail or web address"), name));
    }
}

static void
check_empty_levels (Check *check)
{
  GListModel *levels = sk_map_get_levels (check->map);

  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(SkLevel) level = g_list_model_get_item (levels, i);
      const char *id = sk_item_get_id (SK_ITEM (level));
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;

      if (sk_map_count_services_with (check->map, "level", id) > 0)
        continue;
      name = sk_map_describe (check->map, SK_KIND_LEVEL, id);
      path = item_path (SK_KIND_LEVEL, i);
      add_finding (check, SK_GAP_EMPTY_LEVEL, SK_KIND_LEVEL, id, path,
                   g_strdup_printf (_("level %u %s has no services"), i + 1, name));
    }
}

/* The level number of a step's service; 0 for the side column. */
static guint
step_level (Check     *check,
            SkPathway *pathway,
            guint      step)
{
  SkItem *service = sk_map_lookup (check->map, SK_KIND_SERVICE,
                                   sk_pathway_get_step_service (pathway, step));

  if (service == NULL)
    return 0;
  return sk_map_get_level_number (check->map, sk_service_get_level_id (SK_SERVICE (service)));
}

static gboolean
service_comes_before (SkPathway  *pathway,
                      guint       step,
                      const char *service_id)
{
  for (guint i = 0; i < step; i++)
    if (g_strcmp0 (sk_pathway_get_step_service (pathway, i), service_id) == 0)
      return TRUE;
  return FALSE;
}

/* A step high above the one before it needs that one to be the referral;
 * going back to a service the child has already been referred to (treatment
 * after waiting with municipal follow-up) does not. Services beside the
 * pyramid have no level to jump from or to. */
static void
check_level_jumps (Check     *check,
                   SkPathway *pathway,
                   guint      position)
{
  const char *id = sk_item_get_id (SK_ITEM (pathway));
  guint n = sk_pathway_get_n_steps (pathway);

  for (guint s = 1; s < n; s++)
    {
      const char *service_id = sk_pathway_get_step_service (pathway, s);
      const char *previous_id = sk_pathway_get_step_service (pathway, s - 1);
      guint level = step_level (check, pathway, s);
      guint previous = step_level (check, pathway, s - 1);
      g_autofree char *name = NULL;
      g_autofree char *service = NULL;
      g_autofree char *previous_service = NULL;
      g_autofree char *pathway_path = NULL;
      g_autofree char *steps_path = NULL;
      g_autofree char *path = NULL;

      if (level == 0 || previous == 0 || level <= previous + 1
          || g_strcmp0 (sk_pathway_get_step_kind (pathway, s - 1), "refer") == 0
          || service_comes_before (pathway, s, service_id))
        continue;

      name = sk_map_describe (check->map, SK_KIND_PATHWAY, id);
      service = sk_map_describe (check->map, SK_KIND_SERVICE, service_id);
      previous_service = sk_map_describe (check->map, SK_KIND_SERVICE, previous_id);
      pathway_path = item_path (SK_KIND_PATHWAY, position);
      steps_path = sk_path_key (pathway_path, "steps");
      path = sk_path_index (steps_path, s);
      add_finding (check, SK_GAP_LEVEL_JUMP, SK_KIND_PATHWAY, id, path,
                   g_strdup_printf (_("%s: step %u (%s, level %u) comes after step %u (%s, level %u) with no referral between them"),
                                    name, s + 1, service, level, s, previous_service, previous));
    }
}

static gboolean
array_has_string (JsonArray  *array,
                  const char *value)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_array_get_string_element (array, i), value) == 0)
      return TRUE;
  return FALSE;
}

/* A "refer" step refers to the next service the pathway goes to. A service
 * that needs a referral and lists who may refer does not take one from
 * anyone else; one that lists no one says nothing either way. */
static void
check_referrers (Check     *check,
                 SkPathway *pathway,
                 guint      position)
{
  const char *id = sk_item_get_id (SK_ITEM (pathway));
  guint n = sk_pathway_get_n_steps (pathway);

  for (guint s = 0; s < n; s++)
    {
      const char *referrer_id = sk_pathway_get_step_service (pathway, s);
      const char *target_id = NULL;
      SkItem *target;
      JsonArray *referrers;
      g_autofree char *name = NULL;
      g_autofree char *referrer = NULL;
      g_autofree char *receiver = NULL;
      g_autofree char *pathway_path = NULL;
      g_autofree char *steps_path = NULL;
      g_autofree char *path = NULL;

      if (g_strcmp0 (sk_pathway_get_step_kind (pathway, s), "refer") != 0)
        continue;
      for (guint t = s + 1; t < n && target_id == NULL; t++)
        if (g_strcmp0 (sk_pathway_get_step_service (pathway, t), referrer_id) != 0)
          target_id = sk_pathway_get_step_service (pathway, t);
      target = sk_map_lookup (check->map, SK_KIND_SERVICE, target_id);
      if (target == NULL || !sk_service_needs_referral (SK_SERVICE (target)))
        continue;
      referrers = get_array_member (sk_item_get_object (target, "access"), "referrers");
      if (referrers == NULL || json_array_get_length (referrers) == 0
          || array_has_string (referrers, referrer_id))
        continue;

      name = sk_map_describe (check->map, SK_KIND_PATHWAY, id);
      referrer = sk_map_describe (check->map, SK_KIND_SERVICE, referrer_id);
      receiver = sk_map_describe (check->map, SK_KIND_SERVICE, target_id);
      pathway_path = item_path (SK_KIND_PATHWAY, position);
      steps_path = sk_path_key (pathway_path, "steps");
      path = sk_path_index (steps_path, s);
      add_finding (check, SK_GAP_WRONG_REFERRER, SK_KIND_PATHWAY, id, path,
                   g_strdup_printf (_("%s: at step %u %s refers to %s, which does not list %s among those who may refer"),
                                    name, s + 1, referrer, receiver, referrer));
    }
}

static void
check_pathways (Check     *check,
                SkGapKind  kind)
{
  GListModel *pathways = sk_map_get_pathways (check->map);

  for (guint i = 0; i < g_list_model_get_n_items (pathways); i++)
    {
      g_autoptr(SkPathway) pathway = g_list_model_get_item (pathways, i);
      const char *id = sk_item_get_id (SK_ITEM (pathway));

      if (kind == SK_GAP_NO_STEPS && sk_pathway_get_n_steps (pathway) == 0)
        {
          g_autofree char *name = sk_map_describe (check->map, SK_KIND_PATHWAY, id);
          g_autofree char *path = item_path (SK_KIND_PATHWAY, i);

          add_finding (check, kind, SK_KIND_PATHWAY, id, path,
                       g_strdup_printf (_("%s has no steps"), name));
        }
      else if (kind == SK_GAP_LEVEL_JUMP)
        check_level_jumps (check, pathway, i);
      else if (kind == SK_GAP_WRONG_REFERRER)
        check_referrers (check, pathway, i);
    }
}

/* "«PPT», «HFU», «Helsestasjon» and 30 more"; takes @names. */
static char *
join_names (GPtrArray *names)
{
  g_autoptr(GString) list = g_string_new (NULL);
  guint shown = MIN (names->len, MAX_NAMED_SERVICES);
  guint more = names->len - shown;

  for (guint i = 0; i < shown; i++)
    g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", (const char *) g_ptr_array_index (names, i));
  g_ptr_array_unref (names);
  if (more == 0)
    return g_string_free (g_steal_pointer (&list), FALSE);
  /* TRANSLATORS: "«PPT», «HFU», «Helsestasjon», «SFO», «Skole» and 30 more" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s and %u more", "%s and %u more", more),
                          list->str, more);
}

/* What a family in a municipality sees of each service offered there is its
 * local view (sk-local-view.c): the region's contact with the local one over
 * it. A service nobody can be reached at is one gap; a service someone else
 * provides here ("provider" in the local changes) with only the region's
 * contact is another, since that contact is the region's provider's. */
static void
check_municipalities (Check     *check,
                      SkGapKind  kind)
{
  GListModel *municipalities = sk_map_get_municipalities (check->map);
  GListModel *services = sk_map_get_services (check->map);

  for (guint i = 0; i < g_list_model_get_n_items (municipalities); i++)
    {
      g_autoptr(SkMunicipality) municipality = g_list_model_get_item (municipalities, i);
      const char *id = sk_item_get_id (SK_ITEM (municipality));
      GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;
      g_autofree char *list = NULL;
      guint count;

      for (guint j = 0; j < g_list_model_get_n_items (services); j++)
        {
          g_autoptr(SkService) service = g_list_model_get_item (services, j);
          const char *service_id = sk_item_get_id (SK_ITEM (service));
          g_autoptr(SkLocalService) here = sk_local_service_new (check->map, municipality, service, check->lang);
          JsonObject *override;

          if (here == NULL)
            continue;
          if (kind == SK_GAP_NO_LOCAL_CONTACT && !has_contact (here->contact))
            g_ptr_array_add (names, sk_map_describe (check->map, SK_KIND_SERVICE, service_id));

          override = sk_municipality_get_override (municipality, service_id);
          if (kind == SK_GAP_PROVIDER_CONTACT && here->provider != NULL
              && has_contact (here->contact)
              && !has_contact (get_object_member (override, "contact")))
            {
              g_autofree char *service_name = sk_map_describe (check->map, SK_KIND_SERVICE, service_id);

              /* TRANSLATORS: a service and who provides it in a municipality:
               * "«BUP» (Helse Nord-Trøndelag)" */
              g_ptr_array_add (names, g_strdup_printf (_("%s (%s)"), service_name, here->provider));
            }
        }

      count = names->len;
      if (count == 0)
        {
          g_ptr_array_unref (names);
          continue;
        }
      name = sk_map_describe (check->map, SK_KIND_MUNICIPALITY, id);
      path = item_path (SK_KIND_MUNICIPALITY, i);
      list = join_names (names);
      if (kind == SK_GAP_NO_LOCAL_CONTACT)
        add_finding (check, kind, SK_KIND_MUNICIPALITY, id, path,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%s has no contact for %u service offered there: %s",
                                                   "%s has no contact for %u services offered there: %s",
                                                   count),
                                      name, count, list));
      else
        add_finding (check, kind, SK_KIND_MUNICIPALITY, id, path,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%s has only the region's contact for %u service someone else provides there: %s",
                                                   "%s has only the region's contact for %u services someone else provides there: %s",
                                                   count),
                                      name, count, list));
    }
}

/* Adds to @missing the paths of the texts in @object, as @schema describes
 * it, that have no @lang text. */
static void
collect_missing_texts (const SkSchema *schema,
                       JsonObject     *object,
                       const char     *path,
                       const char     *lang,
                       GPtrArray      *missing)
{
  for (guint i = 0; i < schema->n_fields; i++)
    {
      const SkField *field = &schema->fields[i];
      JsonNode *node = json_object_get_member (object, field->key);
      g_autofree char *field_path = NULL;
      const char *text;

      if (node == NULL)
        continue;
      field_path = sk_path_key (path, field->key);
      switch (field->type)
        {
        case SK_VALUE_TEXT:
          if (!JSON_NODE_HOLDS_OBJECT (node))
            break;
          text = sk_text_get (json_node_get_object (node), lang);
          if (text == NULL || *text == '\0')
            g_ptr_array_add (missing, g_steal_pointer (&field_path));
          break;

        case SK_VALUE_OBJECT:
          if (JSON_NODE_HOLDS_OBJECT (node))
            collect_missing_texts (field->schema, json_node_get_object (node), field_path, lang, missing);
          break;

        case SK_VALUE_OBJECT_LIST:
          if (!JSON_NODE_HOLDS_ARRAY (node))
            break;
          for (guint j = 0; j < json_array_get_length (json_node_get_array (node)); j++)
            {
              JsonNode *element = json_array_get_element (json_node_get_array (node), j);
              g_autofree char *element_path = sk_path_index (field_path, j);

              if (JSON_NODE_HOLDS_OBJECT (element))
                collect_missing_texts (field->schema, json_node_get_object (element), element_path, lang, missing);
            }
          break;

        case SK_VALUE_ID:
        case SK_VALUE_STRING:
        case SK_VALUE_COLOR:
        case SK_VALUE_INT:
        case SK_VALUE_BOOL:
        case SK_VALUE_DATE:
        case SK_VALUE_DATETIME:
        case SK_VALUE_PHONE:
        case SK_VALUE_EMAIL:
        case SK_VALUE_URL:
        case SK_VALUE_CHOICE:
        case SK_VALUE_REF:
        case SK_VALUE_REF_LIST:
        case SK_VALUE_LANG_LIST:
        case SK_VALUE_ITEMS:
        default:
          break;
        }
    }
}

/* One finding per object and language, listing the texts missing in it. */
static void
check_item_texts (Check      *check,
                  SkItem     *item,
                  const char *path,
                  JsonArray  *languages)
{
  SkKind kind = sk_item_get_kind (item);
  const char *id = sk_item_get_id (item);

  for (guint l = 0; l < json_array_get_length (languages); l++)
    {
      const char *lang = json_array_get_string_element (languages, l);
      g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *name = NULL;
      g_autofree char *fields = NULL;

      collect_missing_texts (sk_schema_for_kind (kind), sk_item_get_json (item), "", lang, missing);
      if (missing->len == 0)
        continue;

      g_ptr_array_add (missing, NULL);
      fields = g_strjoinv (", ", (char **) missing->pdata);
      name = sk_map_describe (check->map, kind, id);
      if (kind == SK_KIND_MAP)
        add_finding (check, SK_GAP_MISSING_TEXT, kind, id, path,
                     /* TRANSLATORS: "the map «Title» has no text in sma: title, region" */
                     g_strdup_printf (_("the map %s has no text in %s: %s"), name, lang, fields));
      else
        add_finding (check, SK_GAP_MISSING_TEXT, kind, id, path,
                     /* TRANSLATORS: "«PPT» has no text in sma: name, description" */
                     g_strdup_printf (_("%s has no text in %s: %s"), name, lang, fields));
    }
}

static void
check_texts (Check *check)
{
  SkItem *properties = sk_map_get_properties (check->map);
  JsonArray *languages = sk_item_get_array (properties, "languages");

  check_item_texts (check, properties, "", languages);
  for (SkKind kind = SK_FIRST_LIST_KIND; kind < SK_N_KINDS; kind++)
    {
      GListModel *list = sk_map_get_list (check->map, kind);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(SkItem) item = g_list_model_get_item (list, i);
          g_autofree char *path = item_path (kind, i);

          check_item_texts (check, item, path, languages);
        }
    }
}

/* The contrast of the text drawn on @color, which is dark or white, whichever
 * stands out more (sk_color_text_on()): a band's name on a level's colour on
 * posters and brochures, the step numbers on a pathway's badges. It is
 * rounded down, so a ratio just below 4.5 never reads "4.5:1". */
static double
text_contrast_on (const char *color)
{
  SkColor background = sk_color_parse (color);

  return floor (sk_color_contrast (sk_color_text_on (background), background) * 10) / 10;
}

static void
check_contrast (Check *check)
{
  GListModel *levels = sk_map_get_levels (check->map);
  GListModel *pathways = sk_map_get_pathways (check->map);

  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(SkLevel) level = g_list_model_get_item (levels, i);
      const char *id = sk_item_get_id (SK_ITEM (level));
      const char *color = sk_level_get_color (level);
      double contrast = text_contrast_on (color);
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;

      if (contrast >= TEXT_CONTRAST)
        continue;
      name = sk_map_describe (check->map, SK_KIND_LEVEL, id);
      path = item_path (SK_KIND_LEVEL, i);
      add_finding (check, SK_GAP_LOW_CONTRAST, SK_KIND_LEVEL, id, path,
                   g_strdup_printf (_("level %u %s: its name has a contrast of %.1f:1 on the level's colour %s; text needs 4.5:1"),
                                    i + 1, name, contrast, color));
    }

  for (guint i = 0; i < g_list_model_get_n_items (pathways); i++)
    {
      g_autoptr(SkPathway) pathway = g_list_model_get_item (pathways, i);
      const char *id = sk_item_get_id (SK_ITEM (pathway));
      const char *color = sk_pathway_get_color (pathway);
      double contrast = text_contrast_on (color);
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;

      if (contrast >= TEXT_CONTRAST)
        continue;
      name = sk_map_describe (check->map, SK_KIND_PATHWAY, id);
      path = item_path (SK_KIND_PATHWAY, i);
      add_finding (check, SK_GAP_LOW_CONTRAST, SK_KIND_PATHWAY, id, path,
                   g_strdup_printf (_("%s: the step numbers have a contrast of %.1f:1 on the pathway's colour %s; text needs 4.5:1"),
                                    name, contrast, color));
    }
}

/**
 * sk_gap_check:
 * @map: a map
 *
 * Looks for what a workshop should fill in or fix before the map is handed
 * to families: services with no description or contact, empty levels,
 * pathways with no steps, with a jump upwards that no referral explains or
 * with a referral the receiving service does not take, municipalities whose
 * services cannot be reached there, texts missing in one of the map's
 * languages, and text with too little contrast on a level's or a pathway's
 * colour. Every finding names the object and says why it matters.
 *
 * Returns: (transfer container) (element-type SkGapFinding): the findings
 *   (none if the map has no gaps), ordered by #SkGapKind and then as the
 *   objects are in the file
 */
GPtrArray *
sk_gap_check (SkMap *map)
{
  Check check;

  g_return_val_if_fail (SK_IS_MAP (map), NULL);

  check.map = map;
  check.lang = sk_map_get_language (map);
  check.findings = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_gap_finding_free);

  for (SkGapKind kind = 0; kind < SK_N_GAPS; kind++)
    switch (kind)
      {
      case SK_GAP_NO_DESCRIPTION:
      case SK_GAP_NO_CONTACT:
        check_services (&check, kind);
        break;
      case SK_GAP_EMPTY_LEVEL:
        check_empty_levels (&check);
        break;
      case SK_GAP_NO_STEPS:
      case SK_GAP_LEVEL_JUMP:
      case SK_GAP_WRONG_REFERRER:
        check_pathways (&check, kind);
        break;
      case SK_GAP_NO_LOCAL_CONTACT:
      case SK_GAP_PROVIDER_CONTACT:
        check_municipalities (&check, kind);
        break;
      case SK_GAP_MISSING_TEXT:
        check_texts (&check);
        break;
      case SK_GAP_LOW_CONTRAST:
        check_contrast (&check);
        break;
      case SK_N_GAPS:
      default:
        g_assert_not_reached ();
      }
  return check.findings;
}
