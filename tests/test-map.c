/* test-map.c — the model: lists, lookups, levels, change notification
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sk-commands.h"
#include "sk-level.h"
#include "sk-municipality.h"
#include "sk-note.h"
#include "sk-pathway.h"
#include "sk-sector.h"
#include "sk-service.h"
#include "sk-test-util.h"
#include "sk-undo-stack.h"

static void
test_lists (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("sondre-trondelag");

  g_assert_cmpuint (g_list_model_get_n_items (sk_map_get_levels (map)), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (sk_map_get_pathways (map)), ==, 7);
  g_assert_cmpuint (g_list_model_get_n_items (sk_map_get_municipalities (map)), ==, 22);
  g_assert_cmpuint (g_list_model_get_n_items (sk_map_get_groups (map)), ==, 5);
  g_assert_true (g_list_model_get_item_type (sk_map_get_services (map)) == SK_TYPE_SERVICE);
  g_assert_true (g_list_model_get_item_type (sk_map_get_levels (map)) == SK_TYPE_LEVEL);
  g_assert_true (g_list_model_get_item_type (sk_map_get_pathways (map)) == SK_TYPE_PATHWAY);
  g_assert_true (g_list_model_get_item_type (sk_map_get_notes (map)) == SK_TYPE_NOTE);
  g_assert_cmpstr (sk_map_get_language (map), ==, "nb");
}

static void
test_lookup (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("sondre-trondelag");
  SkService *ppt = SK_SERVICE (sk_map_lookup (map, SK_KIND_SERVICE, "ppt"));
  SkMunicipality *roros = SK_MUNICIPALITY (sk_map_lookup (map, SK_KIND_MUNICIPALITY, "roros"));
  g_autofree char *name = NULL;

  g_assert_nonnull (ppt);
  g_assert_cmpstr (sk_service_get_short_name (ppt), ==, "PPT");
  g_assert_cmpstr (sk_service_get_label (ppt, "nn"), ==, "PPT");
  g_assert_cmpstr (sk_service_get_name (ppt, "nn"), ==, "Pedagogisk-psykologisk teneste (PPT)");
  g_assert_cmpstr (sk_service_get_name (ppt, "nb"), ==, "Pedagogisk-psykologisk tjeneste (PPT)");
  /* Southern Sami falls back to bokmål while the map has no sma text. */
  g_assert_cmpstr (sk_service_get_name (ppt, "sma"), ==, "Pedagogisk-psykologisk tjeneste (PPT)");
  g_assert_cmpuint (sk_map_get_level_number (map, sk_service_get_level_id (ppt)), ==, 3);
  g_assert_true (sk_service_needs_referral (ppt));
  g_assert_true (sk_service_serves (ppt, "roros"));

  g_assert_cmpstr (sk_municipality_get_sami_name (roros), ==, "Rossen tjïelte");
  g_assert_cmpstr (sk_municipality_get_group_id (roros), ==, "sor");
  g_assert_true (sk_municipality_offers (roros, "ppt"));

  g_assert_null (sk_map_lookup (map, SK_KIND_SERVICE, "nope"));
  g_assert_null (sk_map_lookup (map, SK_KIND_LEVEL, "ppt"));
  g_assert_cmpint (sk_map_get_position (map, SK_KIND_SERVICE, "nope"), ==, -1);
  name = sk_map_describe (map, SK_KIND_SERVICE, "ppt");
  g_assert_cmpstr (name, ==, "«PPT»");
}

static void
test_services_on_level (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("generisk");
  GListModel *levels = sk_map_get_levels (map);
  guint total = 0;
  g_autoptr(GPtrArray) side = sk_map_get_services_on_level (map, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(SkLevel) level = g_list_model_get_item (levels, i);
      g_autoptr(GPtrArray) services = sk_map_get_services_on_level (map, sk_item_get_id (SK_ITEM (level)));

      g_assert_cmpuint (services->len, >, 0);
      for (guint j = 0; j < services->len; j++)
        g_assert_cmpstr (sk_service_get_level_id (g_ptr_array_index (services, j)), ==,
                         sk_item_get_id (SK_ITEM (level)));
      total += services->len;
    }
  g_assert_cmpuint (side->len, >, 0);
  g_assert_cmpuint (total + side->len, ==, g_list_model_get_n_items (sk_map_get_services (map)));
}

static void
test_new_map (void)
{
  g_autoptr(SkMap) map = sk_map_new ("Kart over Frøya", "nn");
  g_autoptr(GBytes) bytes = sk_map_serialize (map);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkMap) again = sk_map_load_from_bytes (bytes, "new", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (sk_map_get_title (again, "nn"), ==, "Kart over Frøya");
  g_assert_cmpstr (sk_map_get_language (again), ==, "nn");
  g_assert_finalize_object (g_steal_pointer (&again));
}

typedef struct {
  GPtrArray *keys;
  guint      items_changed;
} Seen;

static void
on_item_changed (SkMap *map, SkItem *item, const char *key, Seen *seen)
{
  g_ptr_array_add (seen->keys, g_strdup_printf ("%s:%s", sk_item_get_id (item), key));
}

static void
on_items_changed (GListModel *list, guint position, guint removed, guint added, Seen *seen)
{
  seen->items_changed++;
}

static void
count_change (SkItem *item, const char *key, guint *count)
{
  g_assert_cmpstr (key, ==, "level");
  (*count)++;
}

static void
test_notification (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("generisk");
  g_autoptr(SkUndoStack) stack = sk_undo_stack_new (map);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkCommand) rename = NULL;
  g_autoptr(SkCommand) move = NULL;
  Seen seen = { g_ptr_array_new_with_free_func (g_free), 0 };
  guint level_changes = 0;
  SkItem *ppt = sk_map_lookup (map, SK_KIND_SERVICE, "ppt");

  g_signal_connect (map, "item-changed", G_CALLBACK (on_item_changed), &seen);
  g_signal_connect (sk_map_get_services (map), "items-changed", G_CALLBACK (on_items_changed), &seen);
  g_signal_connect (ppt, "changed::level", G_CALLBACK (count_change), &level_changes);

  /* A rename tells exactly the name changed, and moves nothing. */
  rename = sk_command_new_set_text (map, SK_KIND_SERVICE, "ppt", "name", "nb", "PP-tjenesten", &error);
  g_assert_no_error (error);
  sk_undo_stack_push (stack, rename);
  g_assert_cmpuint (seen.keys->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (seen.keys, 0), ==, "ppt:name");
  g_assert_cmpuint (seen.items_changed, ==, 0);
  g_assert_cmpuint (level_changes, ==, 0);

  /* A move to another level tells the level changed and the list moved. */
  move = sk_command_new_move_service (map, "ppt", "niva-2", 0, &error);
  g_assert_no_error (error);
  sk_undo_stack_push (stack, move);
  g_assert_cmpuint (seen.keys->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (seen.keys, 1), ==, "ppt:level");
  g_assert_cmpuint (seen.items_changed, ==, 2);  /* out, and in elsewhere */
  g_assert_cmpuint (level_changes, ==, 1);

  sk_undo_stack_undo (stack);
  g_assert_cmpuint (level_changes, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (seen.keys, seen.keys->len - 1), ==, "ppt:level");

  g_ptr_array_unref (seen.keys);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map/lists", test_lists);
  g_test_add_func ("/map/lookup", test_lookup);
  g_test_add_func ("/map/services-on-level", test_services_on_level);
  g_test_add_func ("/map/new", test_new_map);
  g_test_add_func ("/map/notification", test_notification);

  return g_test_run ();
}
