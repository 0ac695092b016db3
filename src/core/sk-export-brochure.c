/* sk-export-brochure.c — a family brochure for one municipality
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * From the regional map, the services as the municipality has them (see
 * sk-local-view.c), in the map's language, A5 or A4: a cover with the
 * municipality and a small pyramid; where to start; the services level by
 * level with what they do, for whom, how to get in and how to reach them;
 * the pathways in plain language; urgent help; rights; the abbreviations
 * used; the date the content was checked. The PDF is tagged in reading order
 * (headings, paragraphs, lists, links, a figure with its text alternative),
 * has its language set and a bookmark per section; links are written only
 * for https, mailto and tel. Body text is 11 pt, nothing is under 9 pt.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-atomic-file.h"
#include "sk-brochure-text.h"
#include "sk-export.h"
#include "sk-level.h"
#include "sk-local-view.h"
#include "sk-municipality.h"
#include "sk-paper.h"
#include "sk-pathway.h"
#include "sk-pdf-flow.h"
#include "sk-print-strings.h"
#include "sk-render.h"
#include "sk-service.h"
#include "sk-text.h"

#define BODY_PT 11.0

typedef struct {
  SkMap                *map;
  SkMunicipality       *municipality;  /* NULL: the whole region */
  const char           *lang;
  const SkBrochureText *text;
  SkFlow               *flow;
  double                width;
  double                height;
} Brochure;

static SkLocalService *
local (Brochure  *b,
       SkService *service)
{
  return sk_local_service_new (b->map, b->municipality, service, b->lang);
}

/* "tel:+4773…" from "+47 73 …": digits and a leading plus only. */
static char *
tel_uri (const char *phone)
{
  GString *uri = g_string_new ("tel:");

  for (const char *p = phone; *p; p++)
    if (g_ascii_isdigit (*p) || (*p == '+' && uri->len == 4))
      g_string_append_c (uri, *p);
  return g_string_free (uri, FALSE);
}

static void
contact_lines (Brochure   *b,
               JsonObject *contact)
{
  const char *phone = json_object_get_string_member_with_default (contact, "phone", NULL);
  const char *email = json_object_get_string_member_with_default (contact, "email", NULL);
  const char *web = json_object_get_string_member_with_default (contact, "web", NULL);
  const char *address = json_object_get_string_member_with_default (contact, "address", NULL);
  JsonNode *hours = json_object_get_member (contact, "hours");

  if (phone != NULL)
    {
      g_autofree char *uri = tel_uri (phone);
      g_autofree char *label = g_strconcat (b->text->phone, ":", NULL);
      sk_flow_link (b->flow, label, phone, uri);
    }
  if (email != NULL)
    {
      g_autofree char *uri = g_strconcat ("mailto:", email, NULL);
      g_autofree char *label = g_strconcat (b->text->email, ":", NULL);
      sk_flow_link (b->flow, label, email, uri);
    }
  if (web != NULL)
    {
      g_autofree char *label = g_strconcat (b->text->web, ":", NULL);
      /* Only https becomes a link; an http address is printed as text. */
      sk_flow_link (b->flow, label, web, g_str_has_prefix (web, "https://") ? web : NULL);
    }
  if (address != NULL)
    {
      g_autofree char *label = g_strconcat (b->text->address, ":", NULL);
      sk_flow_link (b->flow, label, address, NULL);
    }
  if (hours != NULL)
    {
      g_autofree char *label = g_strconcat (b->text->hours, ":", NULL);
      sk_flow_link (b->flow, label, sk_text_get_best (json_node_get_object (hours), b->lang), NULL);
    }
}

/* Ages, access, price and confidentiality in one short paragraph. */
static char *
facts (Brochure  *b,
       SkService *service)
{
  GString *s = g_string_new (NULL);
  JsonObject *ages = sk_item_get_object (SK_ITEM (service), "ages");
  JsonObject *access = sk_item_get_object (SK_ITEM (service), "access");
  JsonObject *json = sk_item_get_json (SK_ITEM (service));

  if (ages != NULL)
    {
      g_autofree char *text = sk_brochure_ages (b->lang,
                                                (int) json_object_get_int_member_with_default (ages, "min", -1),
                                                (int) json_object_get_int_member_with_default (ages, "max", -1));
      if (text != NULL)
        g_string_append_printf (s, "%s ", text);
    }
  if (access != NULL)
    {
      gboolean referral = g_strcmp0 (json_object_get_string_member (access, "mode"), "referral") == 0;
      JsonNode *note = json_object_get_member (access, "note");

      g_string_append_printf (s, "%s ", referral ? b->text->referral : b->text->direct);
      if (referral && json_object_has_member (access, "referrers"))
        {
          JsonArray *referrers = json_object_get_array_member (access, "referrers");
          g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

          for (guint i = 0; i < json_array_get_length (referrers); i++)
            {
              SkItem *referrer = sk_map_lookup (b->map, SK_KIND_SERVICE, json_array_get_string_element (referrers, i));
              g_autoptr(SkLocalService) here = referrer != NULL ? local (b, SK_SERVICE (referrer)) : NULL;

              if (here != NULL)
                g_ptr_array_add (names, g_strdup (here->name));
            }
          if (names->len > 0)
            {
              g_autofree char *joined = NULL;

              g_ptr_array_add (names, NULL);
              joined = g_strjoinv (", ", (char **) names->pdata);
              g_string_append_printf (s, "%s: %s. ", b->text->referral_from, joined);
            }
        }
      if (note != NULL)
        g_string_append_printf (s, "%s ", sk_text_get_best (json_node_get_object (note), b->lang));
    }
  if (json_object_get_boolean_member_with_default (json, "free", FALSE))
    g_string_append_printf (s, "%s ", b->text->free);
  if (json_object_get_boolean_member_with_default (json, "confidential", FALSE))
    g_string_append_printf (s, "%s ", b->text->confidential);
  g_strchomp (s->str);
  return g_string_free (s, FALSE);
}

/* The services on a level (NULL: the side column) as the municipality has
 * them, in order. */
static GPtrArray *
local_services (Brochure   *b,
                const char *level_id)
{
  g_autoptr(GPtrArray) services = sk_map_get_services_on_level (b->map, level_id);
  GPtrArray *here = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_local_service_free);

  for (guint i = 0; i < services->len; i++)
    {
      SkLocalService *service = local (b, g_ptr_array_index (services, i));
      if (service != NULL)
        g_ptr_array_add (here, service);
    }
  return here;
}

static void
service_entry (Brochure       *b,
               SkLocalService *here)
{
  SkService *service = here->service;
  g_autofree char *about = NULL;

  sk_flow_heading (b->flow, 3, here->name, NULL, FALSE);
  sk_flow_paragraph (b->flow, sk_item_get_text (SK_ITEM (service), "description", b->lang), 1, FALSE);
  about = facts (b, service);
  sk_flow_paragraph (b->flow, about, 1, FALSE);
  if (here->provider != NULL)
    {
      g_autofree char *provider = sk_brochure_provider (b->lang, here->provider);
      sk_flow_paragraph (b->flow, provider, 1, FALSE);
    }
  contact_lines (b, here->contact);
  sk_flow_space (b->flow, BODY_PT * 0.4);
}

static void
cover (Brochure *b)
{
  const char *checked = sk_item_get_string (sk_map_get_properties (b->map), "checked");
  SkLayoutOptions options = { b->width - 0.15 * b->width, 0, b->lang, TRUE, NULL, b->municipality, TRUE };
  g_autoptr(SkLayout) figure = NULL;

  sk_flow_heading (b->flow, 1, sk_map_get_title (b->map, b->lang), NULL, FALSE);
  if (b->municipality != NULL)
    {
      const char *sami = sk_municipality_get_sami_name (b->municipality);
      g_autofree char *name = sami != NULL
                              ? g_strdup_printf ("%s · %s", sk_municipality_get_name (b->municipality), sami)
                              : g_strdup (sk_municipality_get_name (b->municipality));
      sk_flow_paragraph (b->flow, name, 1.6, TRUE);
    }
  else
    sk_flow_paragraph (b->flow, sk_item_get_text (sk_map_get_properties (b->map), "region", b->lang), 1.6, TRUE);
  sk_flow_paragraph (b->flow, b->text->for_families, 1.1, FALSE);

  options.height = MAX (sk_flow_room_left (b->flow) - BODY_PT * 4, b->height * 0.3);
  figure = sk_layout_new_poster (b->map, &options);
  sk_flow_figure (b->flow, figure);
  if (checked != NULL)
    {
      g_autofree char *date = sk_print_format_date (checked, b->lang);
      g_autofree char *line = g_strdup_printf ("%s: %s", b->text->checked, date);
      sk_flow_paragraph (b->flow, line, 0.85, FALSE);
    }
  sk_flow_new_page (b->flow);
}

static void
where_to_start (Brochure *b)
{
  GListModel *levels = sk_map_get_levels (b->map);

  sk_flow_heading (b->flow, 2, b->text->where_to_start, NULL, TRUE);
  sk_flow_paragraph (b->flow, b->text->where_to_start_text, 1, FALSE);
  sk_flow_begin_list (b->flow);
  /* The services on the two lowest levels that take people without a
   * referral. */
  for (guint i = 0; i < MIN (2, g_list_model_get_n_items (levels)); i++)
    {
      g_autoptr(SkItem) level = g_list_model_get_item (levels, i);
      g_autoptr(GPtrArray) services = local_services (b, sk_item_get_id (level));

      for (guint j = 0; j < services->len; j++)
        {
          SkLocalService *here = g_ptr_array_index (services, j);

          if (!sk_service_needs_referral (here->service)
              && sk_item_get_object (SK_ITEM (here->service), "access") != NULL)
            sk_flow_list_item (b->flow, "•", here->name, NULL);
        }
    }
  sk_flow_end_list (b->flow);
}

/* A section with its heading, unless the municipality has none of its
 * services. */
static void
services_section (Brochure      *b,
                  const char    *heading,
                  const SkColor *color,
                  const char    *level_id)
{
  g_autoptr(GPtrArray) services = local_services (b, level_id);

  if (services->len == 0)
    return;
  sk_flow_heading (b->flow, 2, heading, color, TRUE);
  for (guint i = 0; i < services->len; i++)
    service_entry (b, g_ptr_array_index (services, i));
}

static void
services_by_level (Brochure *b)
{
  GListModel *levels = sk_map_get_levels (b->map);

  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(SkLevel) level = g_list_model_get_item (levels, i);
      g_autofree char *heading = g_strdup_printf ("%u  %s", i + 1, sk_level_get_name (level, b->lang));
      SkColor color = sk_color_parse (sk_level_get_color (level));

      services_section (b, heading, &color, sk_item_get_id (SK_ITEM (level)));
    }
  services_section (b, b->text->services_beside, NULL, NULL);
}

static void
pathways (Brochure *b)
{
  GListModel *list = sk_map_get_pathways (b->map);

  if (g_list_model_get_n_items (list) == 0)
    return;
  sk_flow_heading (b->flow, 2, b->text->pathways, NULL, TRUE);
  sk_flow_paragraph (b->flow, b->text->pathways_text, 1, FALSE);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SkPathway) pathway = g_list_model_get_item (list, i);
      SkColor color = sk_color_parse (sk_pathway_get_color (pathway));

      sk_flow_heading (b->flow, 3, sk_pathway_get_name (pathway, b->lang), NULL, FALSE);
      sk_flow_paragraph (b->flow, sk_item_get_text (SK_ITEM (pathway), "description", b->lang), 1, FALSE);
      sk_flow_begin_list (b->flow);
      for (guint s = 0, shown = 0; s < sk_pathway_get_n_steps (pathway); s++)
        {
          SkItem *service = sk_map_lookup (b->map, SK_KIND_SERVICE, sk_pathway_get_step_service (pathway, s));
          g_autoptr(SkLocalService) here = local (b, SK_SERVICE (service));
          g_autofree char *number = NULL;
          g_autofree char *line = NULL;

          /* A step at a service the municipality does not have would send
           * a family nowhere: the pathway goes on without it. */
          if (here == NULL)
            continue;
          number = g_strdup_printf ("%u.", ++shown);
          line = g_strdup_printf ("%s: %s", here->name, sk_pathway_get_step_text (pathway, s, b->lang));
          sk_flow_list_item (b->flow, number, line, &color);
        }
      sk_flow_end_list (b->flow);
    }
}

static gboolean
is_urgent (SkService  *service,
           JsonObject *contact)
{
  static const char * const urgent[] = { "112", "113", "116 117", "116 111", NULL };
  const char *phone = json_object_get_string_member_with_default (contact, "phone", NULL);

  return phone != NULL && (g_strv_contains (urgent, phone) || sk_service_get_level_id (service) == NULL);
}

static void
urgent_help (Brochure *b)
{
  GListModel *services = sk_map_get_services (b->map);

  sk_flow_heading (b->flow, 2, b->text->urgent, NULL, TRUE);
  sk_flow_paragraph (b->flow, b->text->urgent_text, 1, TRUE);
  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr(SkService) service = g_list_model_get_item (services, i);
      g_autoptr(SkLocalService) here = local (b, service);

      if (here != NULL && is_urgent (service, here->contact))
        {
          const char *phone = json_object_get_string_member (here->contact, "phone");
          g_autofree char *uri = tel_uri (phone);
          g_autofree char *label = g_strconcat (here->name, ":", NULL);
          sk_flow_link (b->flow, label, phone, uri);
        }
    }
}

static void
rights (Brochure *b)
{
  sk_flow_heading (b->flow, 2, b->text->rights, NULL, TRUE);
  for (guint i = 0; b->text->rights_text[i]; i++)
    sk_flow_paragraph (b->flow, b->text->rights_text[i], 1, FALSE);
}

static int
compare_abbreviations (gconstpointer a,
                       gconstpointer b)
{
  return g_utf8_collate (*(char * const *) a, *(char * const *) b);
}

/* Every abbreviation used on a service shown, once, with what it stands for
 * ("BUP: Barne- og ungdomspsykiatrisk poliklinikk"). */
static void
glossary (Brochure *b)
{
  GListModel *services = sk_map_get_services (b->map);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr(SkService) service = g_list_model_get_item (services, i);
      g_autoptr(SkLocalService) here = local (b, service);
      const char *short_name = sk_service_get_short_name (service);
      g_autofree char *suffix = NULL;
      g_autofree char *long_name = NULL;

      if (here == NULL || short_name == NULL || g_hash_table_contains (seen, short_name))
        continue;
      long_name = g_strdup (sk_service_get_name (service, b->lang));
      suffix = g_strdup_printf (" (%s)", short_name);
      if (g_str_has_suffix (long_name, suffix))
        long_name[strlen (long_name) - strlen (suffix)] = '\0';
      if (g_strcmp0 (long_name, short_name) == 0)
        continue;
      g_hash_table_insert (seen, (gpointer) short_name, g_steal_pointer (&long_name));
      g_ptr_array_add (keys, (gpointer) short_name);
    }
  if (keys->len == 0)
    return;

  g_ptr_array_sort (keys, compare_abbreviations);
  sk_flow_heading (b->flow, 2, b->text->glossary, NULL, TRUE);
  sk_flow_begin_list (b->flow);
  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);
      g_autofree char *line = g_strdup_printf ("%s: %s", key, (const char *) g_hash_table_lookup (seen, key));
      sk_flow_list_item (b->flow, "•", line, NULL);
    }
  sk_flow_end_list (b->flow);
}

/**
 * sk_export_brochure:
 * @options: the paper (A5 or A4) and language
 * @municipality_id: (nullable): the municipality, or %NULL for the region
 *
 * Returns: whether the brochure was written; @warnings tells what did not fit
 */
gboolean
sk_export_brochure (SkMap                  *map,
                    const SkExportOptions  *options,
                    const char             *municipality_id,
                    const char             *path,
                    GPtrArray             **warnings,
                    GError                **error)
{
  Brochure b = { map, NULL, NULL, NULL, NULL, options->width, options->height };
  g_autoptr(GPtrArray) alts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *footer = NULL;
  SkPdfWriter *pdf;
  SkPdfPost post = { FALSE, { 0 }, { 0 }, NULL, NULL };

  g_return_val_if_fail (SK_IS_MAP (map), FALSE);

  if (municipality_id != NULL)
    {
      SkItem *item = sk_map_lookup (map, SK_KIND_MUNICIPALITY, municipality_id);

      if (item == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       _("There is no municipality with the id «%s» in the map"), municipality_id);
          return FALSE;
        }
      b.municipality = SK_MUNICIPALITY (item);
    }
  b.lang = options->lang != NULL ? options->lang : sk_map_get_language (map);
  b.text = sk_brochure_text (b.lang);

  footer = g_strdup_printf ("%s · %s", sk_map_get_title (map, b.lang),
                            b.municipality != NULL ? sk_municipality_get_name (b.municipality)
                                                   : sk_item_get_text (sk_map_get_properties (map), "region", b.lang));
  pdf = sk_pdf_writer_new (map, b.lang, b.text->for_families, b.width, b.height);
  b.flow = sk_flow_new (pdf, b.lang, b.width, b.height, 0.075 * b.width, BODY_PT, footer);

  cover (&b);
  where_to_start (&b);
  services_by_level (&b);
  pathways (&b);
  urgent_help (&b);
  rights (&b);
  glossary (&b);
  problems = sk_flow_finish (b.flow);

  {
    SkLayoutOptions options_for_alt = { b.width, b.height * 0.4, b.lang, TRUE, NULL, b.municipality, TRUE };
    g_autoptr(SkLayout) figure = sk_layout_new_poster (map, &options_for_alt);
    g_autofree char *pyramid = sk_render_describe_poster (figure);

    g_ptr_array_add (alts, b.municipality != NULL
                           ? g_strdup_printf ("%s: %s", sk_municipality_get_name (b.municipality), pyramid)
                           : g_strdup (pyramid));
  }
  post.lang = b.lang;
  post.figure_alts = alts;
  bytes = sk_pdf_writer_finish (pdf, &post, error);
  if (bytes == NULL)
    return FALSE;
  if (warnings != NULL)
    *warnings = g_steal_pointer (&problems);
  return sk_atomic_file_replace (path, bytes, FALSE, error);
}
