/* test-templates.c — the shipped templates hold what the issue promises
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sk-level.h"
#include "sk-municipality.h"
#include "sk-pathway.h"
#include "sk-service.h"
#include "sk-templates.h"
#include "sk-test-util.h"
#include "sk-text.h"

static void
test_list (void)
{
  g_auto(GStrv) names = sk_templates_list ();

  g_assert_cmpuint (g_strv_length (names), ==, 2);
  g_assert_cmpstr (names[0], ==, "generisk");
  g_assert_cmpstr (names[1], ==, "sondre-trondelag");
}

/* Every text that families read exists in bokmål and in nynorsk. */
static void
assert_texts_in_both (JsonNode *node, const char *path)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *child = g_strdup_printf ("%s[%u]", path, i);
          assert_texts_in_both (json_array_get_element (array, i), child);
        }
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      if (json_object_has_member (object, "nb") || json_object_has_member (object, "nn"))
        {
          if (sk_text_get (object, "nb") == NULL || sk_text_get (object, "nn") == NULL)
            g_error ("%s has no text in both nb and nn", path);
          return;
        }
      for (GList *l = members; l; l = l->next)
        {
          g_autofree char *child = g_strdup_printf ("%s.%s", path, (char *) l->data);
          assert_texts_in_both (json_object_get_member (object, l->data), child);
        }
    }
}

static void
assert_generic_content (SkMap *map)
{
  GListModel *services = sk_map_get_services (map);
  GListModel *pathways = sk_map_get_pathways (map);
  g_autoptr(GBytes) bytes = sk_map_serialize (map);
  g_autoptr(JsonNode) root = json_from_string (g_bytes_get_data (bytes, NULL), NULL);
  static const char * const national[] = { "112", "113", "116 117", "116 111", "22 40 00 40", "800 33 321", NULL };
  static const char * const pathway_names[] = {
    "Angstplager", "Autismespekterforstyrrelser", "Bekymring for barn 0–3 år",
    "Oppmerksomhetsvansker og uro", "Spisevansker og spiseforstyrrelser",
    "Tristhet og depresjonsplager", "Vold, overgrep og omsorgssvikt",
  };
  gboolean found_116_117 = FALSE;

  g_assert_cmpuint (g_list_model_get_n_items (sk_map_get_levels (map)), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (services), >=, 30);
  g_assert_cmpuint (g_list_model_get_n_items (pathways), ==, 7);

  for (guint i = 0; i < G_N_ELEMENTS (pathway_names); i++)
    {
      g_autoptr(SkPathway) pathway = g_list_model_get_item (pathways, i);
      g_assert_cmpstr (sk_pathway_get_name (pathway, "nb"), ==, pathway_names[i]);
      g_assert_cmpuint (sk_pathway_get_n_steps (pathway), >=, 6);
      for (guint j = 0; j < sk_pathway_get_n_steps (pathway); j++)
        g_assert_cmpstr (sk_pathway_get_step_text (pathway, j, "nn"), !=, "");
    }

  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr(SkService) service = g_list_model_get_item (services, i);
      JsonObject *contact = sk_item_get_object (SK_ITEM (service), "contact");
      const char *phone = contact ? json_object_get_string_member_with_default (contact, "phone", NULL) : NULL;

      /* Every service tells families what it does and how to get in. */
      g_assert_cmpstr (sk_item_get_text (SK_ITEM (service), "description", "nb"), !=, "");
      g_assert_nonnull (sk_item_get_object (SK_ITEM (service), "access"));
      /* Local numbers are never invented: only national ones appear. */
      if (phone != NULL && !g_strv_contains (national, phone))
        g_error ("%s has the phone number %s", sk_item_get_id (SK_ITEM (service)), phone);
      found_116_117 |= g_strcmp0 (phone, "116 117") == 0;
      g_assert_null (contact ? json_object_get_member (contact, "email") : NULL);
      g_assert_null (contact ? json_object_get_member (contact, "address") : NULL);
    }
  g_assert_true (found_116_117);

  assert_texts_in_both (root, "");
}

static void
test_generic (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("generisk");

  assert_generic_content (map);
  g_assert_cmpuint (g_list_model_get_n_items (sk_map_get_municipalities (map)), ==, 0);
}

static void
test_regional (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("sondre-trondelag");
  GListModel *municipalities = sk_map_get_municipalities (map);
  static const char * const st_olavs[] = {
    "bup-orkdal", "bup-roros", "bup-klostergata", "bup-nidaro", "bup-rosten",
    "bup-akutt", "bup-akuttenhet-lian", "buk", "buk-innleggelse", "habu", "statens-barnehus",
  };
  SkMunicipality *roros;
  guint with_sami_name = 0;

  assert_generic_content (map);
  g_assert_cmpuint (g_list_model_get_n_items (municipalities), ==, 22);
  g_assert_cmpuint (g_list_model_get_n_items (sk_map_get_groups (map)), ==, 5);

  for (guint i = 0; i < g_list_model_get_n_items (municipalities); i++)
    {
      g_autoptr(SkMunicipality) municipality = g_list_model_get_item (municipalities, i);
      g_assert_nonnull (sk_municipality_get_group_id (municipality));
      with_sami_name += sk_municipality_get_sami_name (municipality) != NULL;
    }
  roros = SK_MUNICIPALITY (sk_map_lookup (map, SK_KIND_MUNICIPALITY, "roros"));
  g_assert_cmpstr (sk_municipality_get_name (roros), ==, "Røros");
  g_assert_cmpstr (sk_municipality_get_sami_name (roros), ==, "Rossen tjïelte");
  g_assert_cmpuint (with_sami_name, ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (st_olavs); i++)
    {
      SkItem *service = sk_map_lookup (map, SK_KIND_SERVICE, st_olavs[i]);
      if (service == NULL)
        g_error ("no service %s", st_olavs[i]);
    }
  g_assert_null (sk_service_get_level_id (SK_SERVICE (sk_map_lookup (map, SK_KIND_SERVICE, "statens-barnehus"))));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/templates/list", test_list);
  g_test_add_func ("/templates/generic", test_generic);
  g_test_add_func ("/templates/regional", test_regional);

  return g_test_run ();
}
