/* test-commands.c — every kind of change, applied and reverted
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each command is applied, reverted (the file must be byte-identical to
 * before) and applied again (byte-identical to after); the map after it must
 * be one that loads again.
 */
#include "config.h"

#include "sk-commands.h"
#include "sk-error.h"
#include "sk-municipality.h"
#include "sk-note.h"
#include "sk-pathway.h"
#include "sk-service.h"
#include "sk-test-util.h"
#include "sk-undo-stack.h"

typedef struct {
  SkMap       *map;
  SkUndoStack *stack;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->map = sk_test_load_template ("sondre-trondelag");
  f->stack = sk_undo_stack_new (f->map);
  sk_undo_stack_set_merge_window (f->stack, 0);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_assert_finalize_object (f->stack);
  g_assert_finalize_object (f->map);
}

/* Applies @command (taking it) and checks revert and re-apply. */
static void
check (Fixture    *f,
       SkCommand  *command,
       const char *label)
{
  g_autoptr(SkCommand) owned = command;
  g_autofree char *before = sk_test_serialize (f->map);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkMap) reloaded = NULL;

  g_assert_nonnull (owned);
  if (label != NULL)
    g_assert_cmpstr (sk_command_get_label (owned), ==, label);

  sk_undo_stack_push (f->stack, owned);
  after = sk_test_serialize (f->map);
  g_assert_cmpstr (before, !=, after);

  sk_undo_stack_undo (f->stack);
  undone = sk_test_serialize (f->map);
  sk_test_assert_same_text (before, undone);

  sk_undo_stack_redo (f->stack);
  redone = sk_test_serialize (f->map);
  sk_test_assert_same_text (after, redone);

  bytes = sk_map_serialize (f->map);
  reloaded = sk_map_load_from_bytes (bytes, "after", &error);
  g_assert_no_error (error);
}

static SkService *
service (Fixture *f, const char *id)
{
  SkItem *item = sk_map_lookup (f->map, SK_KIND_SERVICE, id);
  g_assert_nonnull (item);
  return SK_SERVICE (item);
}

static void
test_edit_service (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) ages = json_from_string ("{\"min\": 6, \"max\": 16}", NULL);

  check (f, sk_command_new_set_text (f->map, SK_KIND_SERVICE, "ppt", "name", "nn", "PP-tenesta", &error),
         "Rename «PPT»");
  g_assert_cmpstr (sk_service_get_name (service (f, "ppt"), "nn"), ==, "PP-tenesta");

  check (f, sk_command_new_set_string (f->map, SK_KIND_SERVICE, "ppt", "contact.phone", "72 00 00 00", &error),
         "Change contact details of «PPT»");
  check (f, sk_command_new_set_text (f->map, SK_KIND_SERVICE, "ppt", "description", "sma", "PPT viehkie", &error),
         "Change description of «PPT»");
  check (f, sk_command_new_edit (f->map, SK_KIND_SERVICE, "ppt", "ages", ages, &error),
         "Change ages of «PPT»");
  check (f, sk_command_new_set_string (f->map, SK_KIND_SERVICE, "ppt", "sector", "helse", &error),
         "Change sector of «PPT»");
  /* Removing a field. */
  check (f, sk_command_new_edit (f->map, SK_KIND_SERVICE, "ppt", "free", NULL, &error),
         "Change price of «PPT»");
  g_assert_no_error (error);
}

static void
test_edit_invalid (Fixture *f, gconstpointer data)
{
  g_autofree char *before = sk_test_serialize (f->map);
  g_autofree char *after = NULL;
  struct { const char *path; const char *value; const char *message; } cases[] = {
    { "contact.phone", "ring oss", "contact.phone: expected a phone number (digits, spaces, + - and parentheses), got the string «ring oss»" },
    { "contact.email", "post-at-ppt", "contact.email: expected an e-mail address like post@kommune.no, got the string «post-at-ppt»" },
    { "contact.web", "javascript:alert(1)", "contact.web: expected a web address starting with https://, got the string «javascript:alert(1)»" },
    { "sector", "finnes-ikke", "sector: there is no sector with the id «finnes-ikke»" },
    { "owner", "privat", "owner: expected one of «kommune»" },
    { "id", "ny-id", "The field «id» cannot be changed" },
    { "steps[0]", "x", "There is no field «steps[0]» to change" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SkCommand) command = sk_command_new_set_string (f->map, SK_KIND_SERVICE, "ppt",
                                                                cases[i].path, cases[i].value, &error);
      g_assert_null (command);
      g_assert_nonnull (error);
      g_assert_true (error->domain == SK_EDIT_ERROR);
      if (!g_str_has_prefix (error->message, cases[i].message))
        g_error ("%s: got «%s»", cases[i].path, error->message);
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SkCommand) command = sk_command_new_set_string (f->map, SK_KIND_SERVICE, "ingen", "name.nb", "x", &error);
    g_assert_error (error, SK_EDIT_ERROR, SK_EDIT_ERROR_NOT_FOUND);
    g_assert_cmpstr (error->message, ==, "There is no service with the id «ingen»");
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SkCommand) command = sk_command_new_set_string (f->map, SK_KIND_MAP, "", "version", "2", &error);
    g_assert_error (error, SK_EDIT_ERROR, SK_EDIT_ERROR_INVALID);
  }
  /* Setting what is already there is no command at all. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SkCommand) command = sk_command_new_set_string (f->map, SK_KIND_SERVICE, "ppt", "short_name", "PPT", &error);
    g_assert_null (command);
    g_assert_no_error (error);
  }

  after = sk_test_serialize (f->map);
  g_assert_cmpstr (before, ==, after);
}

static void
test_add_and_remove_service (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autoptr(GPtrArray) services = NULL;

  check (f, sk_command_new_add_service (f->map, "niva-2", 1, "Helsestasjon for ungdom på Røros", &id, &error),
         "Add «Helsestasjon for ungdom på Røros»");
  g_assert_cmpstr (id, ==, "helsestasjon-for-ungdom-pa-roros");
  services = sk_map_get_services_on_level (f->map, "niva-2");
  g_assert_cmpstr (sk_item_get_id (g_ptr_array_index (services, 1)), ==, id);

  check (f, sk_command_new_remove (f->map, SK_KIND_SERVICE, id, NULL, NULL, &error), NULL);
  g_assert_null (sk_map_lookup (f->map, SK_KIND_SERVICE, id));
  g_assert_no_error (error);
}

static void
test_remove_used_service (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changed = NULL;
  g_autoptr(JsonNode) phone = json_node_init_string (json_node_alloc (), "72 40 00 00");
  g_autofree char *note_id = NULL;
  SkCommand *command;
  GListModel *pathways = sk_map_get_pathways (f->map);
  JsonArray *referrers;
  guint using = 0;

  /* A local change and a note, so the removal reaches those too. */
  check (f, sk_command_new_set_override (f->map, "roros", "fastlege", "contact.phone", phone, &error),
         "Change «Fastlege» in «Røros»");
  check (f, sk_command_new_add_note (f->map, SK_KIND_SERVICE, "fastlege", "Mangler fastlege og psykolog",
                                     "Kari", &note_id, &error),
         "Add note to «Fastlege»");
  g_assert_no_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (pathways); i++)
    {
      g_autoptr(SkPathway) pathway = g_list_model_get_item (pathways, i);
      using += sk_pathway_uses_service (pathway, "fastlege");
    }
  g_assert_cmpuint (using, >, 0);

  command = sk_command_new_remove (f->map, SK_KIND_SERVICE, "fastlege", NULL, &changed, &error);
  g_assert_no_error (error);
  g_assert_nonnull (changed);
  g_assert_cmpuint (changed->len, ==, using);
  check (f, command, "Delete «Fastlege»");

  for (guint i = 0; i < g_list_model_get_n_items (pathways); i++)
    {
      g_autoptr(SkPathway) pathway = g_list_model_get_item (pathways, i);
      g_assert_false (sk_pathway_uses_service (pathway, "fastlege"));
    }
  g_assert_null (sk_municipality_get_override (SK_MUNICIPALITY (sk_map_lookup (f->map, SK_KIND_MUNICIPALITY, "roros")),
                                               "fastlege"));
  g_assert_null (sk_map_lookup (f->map, SK_KIND_NOTE, note_id));
  referrers = json_object_get_array_member (sk_item_get_object (sk_map_lookup (f->map, SK_KIND_SERVICE, "bup"), "access"),
                                            "referrers");
  for (guint i = 0; i < json_array_get_length (referrers); i++)
    g_assert_cmpstr (json_array_get_string_element (referrers, i), !=, "fastlege");
}

static void
test_move_service (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) on_two = NULL;
  g_autoptr(GPtrArray) on_three = NULL;
  g_autoptr(GPtrArray) side = NULL;
  SkCommand *none;

  check (f, sk_command_new_move_service (f->map, "ppt", "niva-2", 0, &error), "Move «PPT» to level 2");
  on_two = sk_map_get_services_on_level (f->map, "niva-2");
  g_assert_cmpstr (sk_item_get_id (g_ptr_array_index (on_two, 0)), ==, "ppt");

  /* Past the end means last. */
  check (f, sk_command_new_move_service (f->map, "ppt", "niva-3", 99, &error), "Move «PPT» to level 3");
  on_three = sk_map_get_services_on_level (f->map, "niva-3");
  g_assert_cmpstr (sk_item_get_id (g_ptr_array_index (on_three, on_three->len - 1)), ==, "ppt");

  /* Within the level. */
  check (f, sk_command_new_move_service (f->map, "ppt", "niva-3", 0, &error), "Move «PPT» to place 1 on level 3");
  g_clear_pointer (&on_three, g_ptr_array_unref);
  on_three = sk_map_get_services_on_level (f->map, "niva-3");
  g_assert_cmpstr (sk_item_get_id (g_ptr_array_index (on_three, 0)), ==, "ppt");

  check (f, sk_command_new_move_service (f->map, "ppt", NULL, 0, &error), "Move «PPT» to the side column");
  side = sk_map_get_services_on_level (f->map, NULL);
  g_assert_cmpstr (sk_item_get_id (g_ptr_array_index (side, 0)), ==, "ppt");
  g_assert_null (sk_service_get_level_id (service (f, "ppt")));

  /* Already there: nothing to do. */
  none = sk_command_new_move_service (f->map, "ppt", NULL, 0, &error);
  g_assert_null (none);
  g_assert_no_error (error);

  none = sk_command_new_move_service (f->map, "ppt", "niva-9", 0, &error);
  g_assert_null (none);
  g_assert_error (error, SK_EDIT_ERROR, SK_EDIT_ERROR_NOT_FOUND);
}

static void
test_levels (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autoptr(SkCommand) in_use = NULL;
  g_autoptr(GPtrArray) on_four = NULL;
  guint before;

  check (f, sk_command_new_add_level (f->map, -1, "Nasjonale tjenester", "#f0e0e0", &id, &error),
         "Add «Nasjonale tjenester»");
  g_assert_cmpuint (sk_map_get_level_number (f->map, id), ==, 6);
  check (f, sk_command_new_set_text (f->map, SK_KIND_LEVEL, id, "name", "nb", "Nasjonalt", &error),
         "Rename «Nasjonale tjenester»");
  check (f, sk_command_new_set_string (f->map, SK_KIND_LEVEL, id, "color", "#ffeeee", &error),
         "Recolour «Nasjonalt»");
  check (f, sk_command_new_reorder (f->map, SK_KIND_LEVEL, id, 0, &error), "Move level «Nasjonalt» down");
  g_assert_cmpuint (sk_map_get_level_number (f->map, id), ==, 1);
  check (f, sk_command_new_remove (f->map, SK_KIND_LEVEL, id, NULL, NULL, &error), "Delete level «Nasjonalt»");

  /* A level with services asks where they go. */
  in_use = sk_command_new_remove (f->map, SK_KIND_LEVEL, "niva-5", NULL, NULL, &error);
  g_assert_null (in_use);
  g_assert_error (error, SK_EDIT_ERROR, SK_EDIT_ERROR_IN_USE);
  g_assert_cmpstr (error->message, ==,
                   "«Døgn, akutt og langvarig samarbeid» is used by 5 services; choose where they go instead");
  g_clear_error (&error);

  on_four = sk_map_get_services_on_level (f->map, "niva-4");
  before = on_four->len;
  check (f, sk_command_new_remove (f->map, SK_KIND_LEVEL, "niva-5", "niva-4", NULL, &error),
         "Delete level «Døgn, akutt og langvarig samarbeid»");
  g_clear_pointer (&on_four, g_ptr_array_unref);
  on_four = sk_map_get_services_on_level (f->map, "niva-4");
  g_assert_cmpuint (on_four->len, ==, before + 5);
  g_assert_cmpuint (g_list_model_get_n_items (sk_map_get_levels (f->map)), ==, 4);
}

static void
test_sectors_and_groups (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkCommand) in_use = NULL;

  in_use = sk_command_new_remove (f->map, SK_KIND_SECTOR, "helse", NULL, NULL, &error);
  g_assert_error (error, SK_EDIT_ERROR, SK_EDIT_ERROR_IN_USE);
  g_clear_error (&error);

  check (f, sk_command_new_remove (f->map, SK_KIND_SECTOR, "helse", "oppvekst", NULL, &error), "Delete «Helse»");
  g_assert_cmpstr (sk_service_get_sector_id (service (f, "bup")), ==, "oppvekst");

  check (f, sk_command_new_remove (f->map, SK_KIND_GROUP, "sor", NULL, NULL, &error), "Delete «Sør»");
  g_assert_null (sk_municipality_get_group_id (SK_MUNICIPALITY (sk_map_lookup (f->map, SK_KIND_MUNICIPALITY, "roros"))));
  check (f, sk_command_new_remove (f->map, SK_KIND_GROUP, "fosen", "trondheim", NULL, &error), "Delete «Fosen»");
  g_assert_cmpstr (sk_municipality_get_group_id (SK_MUNICIPALITY (sk_map_lookup (f->map, SK_KIND_MUNICIPALITY, "osen"))),
                   ==, "trondheim");
  g_assert_no_error (error);
}

static void
test_pathways_and_steps (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  SkPathway *pathway;
  g_autoptr(JsonNode) kind = json_node_init_string (json_node_alloc (), "cooperate");

  check (f, sk_command_new_add_pathway (f->map, "Rus og avhengighet", "#7a1f5c", &id, &error),
         "Add «Rus og avhengighet»");
  pathway = SK_PATHWAY (sk_map_lookup (f->map, SK_KIND_PATHWAY, id));
  check (f, sk_command_new_add_step (f->map, id, -1, "skolehelsetjeneste", "notice", "Helsesykepleier ser tegn.", &error),
         "Add step 1 to «Rus og avhengighet»");
  check (f, sk_command_new_add_step (f->map, id, -1, "fastlege", "refer", NULL, &error),
         "Add step 2 to «Rus og avhengighet»");
  check (f, sk_command_new_add_step (f->map, id, 0, "hfu", "notice", NULL, &error),
         "Add step 1 to «Rus og avhengighet»");
  g_assert_cmpuint (sk_pathway_get_n_steps (pathway), ==, 3);
  g_assert_cmpstr (sk_pathway_get_step_service (pathway, 0), ==, "hfu");

  check (f, sk_command_new_move_step (f->map, id, 0, 2, &error), "Move step 1 of «Rus og avhengighet» to place 3");
  g_assert_cmpstr (sk_pathway_get_step_service (pathway, 0), ==, "skolehelsetjeneste");
  g_assert_cmpstr (sk_pathway_get_step_service (pathway, 1), ==, "fastlege");
  g_assert_cmpstr (sk_pathway_get_step_service (pathway, 2), ==, "hfu");

  check (f, sk_command_new_edit (f->map, SK_KIND_PATHWAY, id, "steps[1].kind", kind, &error),
         "Change steps of «Rus og avhengighet»");
  check (f, sk_command_new_set_text (f->map, SK_KIND_PATHWAY, id, "steps[1].text", "nn", "Fastlegen tilviser.", &error),
         NULL);
  g_assert_cmpstr (sk_pathway_get_step_kind (pathway, 1), ==, "cooperate");
  g_assert_cmpstr (sk_pathway_get_step_text (pathway, 1, "nn"), ==, "Fastlegen tilviser.");

  check (f, sk_command_new_remove_step (f->map, id, 1, &error), "Remove step 2 from «Rus og avhengighet»");
  g_assert_cmpuint (sk_pathway_get_n_steps (pathway), ==, 2);

  check (f, sk_command_new_set_text (f->map, SK_KIND_PATHWAY, id, "name", "nn", "Rus og avhengnad", &error), NULL);
  check (f, sk_command_new_reorder (f->map, SK_KIND_PATHWAY, id, 0, &error), "Move «Rus og avhengighet» to place 1");
  check (f, sk_command_new_remove (f->map, SK_KIND_PATHWAY, id, NULL, NULL, &error), "Delete «Rus og avhengighet»");
  g_assert_no_error (error);

  g_assert_null (sk_command_new_remove_step (f->map, "angst", 99, &error));
  g_assert_error (error, SK_EDIT_ERROR, SK_EDIT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (sk_command_new_add_step (f->map, "angst", 0, "ppt", "jump", NULL, &error));
  g_assert_error (error, SK_EDIT_ERROR, SK_EDIT_ERROR_INVALID);
}

static void
test_overrides (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) no = json_node_init_boolean (json_node_alloc (), FALSE);
  g_autoptr(JsonNode) local_name = json_node_init_string (json_node_alloc (), "PPT Fjellregionen");
  g_autoptr(JsonNode) hours = json_node_init_string (json_node_alloc (), "Onsdag 12–15");
  SkMunicipality *roros = SK_MUNICIPALITY (sk_map_lookup (f->map, SK_KIND_MUNICIPALITY, "roros"));

  check (f, sk_command_new_set_override (f->map, "roros", "ppt", "name.nb", local_name, &error),
         "Change «PPT» in «Røros»");
  check (f, sk_command_new_set_override (f->map, "roros", "ppt", "contact.hours.nb", hours, &error), NULL);
  check (f, sk_command_new_set_override (f->map, "roros", "hfu", "offered", no, &error), "Change «HFU» in «Røros»");
  g_assert_false (sk_municipality_offers (roros, "hfu"));
  g_assert_true (sk_municipality_offers (roros, "ppt"));
  check (f, sk_command_new_set_string (f->map, SK_KIND_MUNICIPALITY, "stjordal", "provider", "Helse Midt-Norge", &error),
         "Change provider of «Stjørdal»");

  /* Clearing every local change of a service removes its entry. */
  check (f, sk_command_new_set_override (f->map, "roros", "hfu", "offered", NULL, &error), NULL);
  g_assert_null (sk_municipality_get_override (roros, "hfu"));
  g_assert_nonnull (sk_municipality_get_override (roros, "ppt"));
  g_assert_no_error (error);

  /* A service that is not in the map cannot be changed locally. */
  g_assert_null (sk_command_new_set_override (f->map, "roros", "nope", "offered", no, &error));
  g_assert_error (error, SK_EDIT_ERROR, SK_EDIT_ERROR_NOT_FOUND);
}

static void
test_municipality_removal (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) list = json_from_string ("[\"roros\", \"holtalen\"]", NULL);
  JsonArray *served;

  check (f, sk_command_new_edit (f->map, SK_KIND_SERVICE, "bup-roros", "municipalities", list, &error),
         "Change municipalities served of «BUP»");
  check (f, sk_command_new_remove (f->map, SK_KIND_MUNICIPALITY, "holtalen", NULL, NULL, &error),
         "Delete «Holtålen»");
  served = sk_item_get_array (sk_map_lookup (f->map, SK_KIND_SERVICE, "bup-roros"), "municipalities");
  g_assert_cmpuint (json_array_get_length (served), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (served, 0), ==, "roros");
  g_assert_no_error (error);
}

static void
test_notes (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *service_note = NULL;
  g_autofree char *level_note = NULL;
  g_autofree char *pathway_note = NULL;
  SkNote *note;

  check (f, sk_command_new_add_note (f->map, SK_KIND_SERVICE, "ppt", "Ventetid på 6 måneder", "Ola", &service_note, &error),
         "Add note to «PPT»");
  check (f, sk_command_new_add_note (f->map, SK_KIND_LEVEL, "niva-2", "Mangler fastlege og psykolog", NULL, &level_note, &error),
         "Add note to «Lavterskel hjelp i kommunen»");
  check (f, sk_command_new_add_note (f->map, SK_KIND_PATHWAY, "angst", "Hvem følger opp i ventetiden?", "Kari", &pathway_note, &error),
         "Add note to «Angstplager»");
  g_assert_cmpstr (service_note, ==, "note-1");
  g_assert_cmpstr (level_note, ==, "note-2");

  note = SK_NOTE (sk_map_lookup (f->map, SK_KIND_NOTE, level_note));
  g_assert_cmpint (sk_note_get_target_kind (note), ==, SK_KIND_LEVEL);
  g_assert_cmpstr (sk_note_get_target_id (note), ==, "niva-2");
  g_assert_null (sk_note_get_author (note));

  check (f, sk_command_new_set_string (f->map, SK_KIND_NOTE, service_note, "text", "Ventetid på 3 måneder", &error),
         "Change text of «Ventetid på 6 måneder»");
  check (f, sk_command_new_remove (f->map, SK_KIND_NOTE, pathway_note, NULL, NULL, &error),
         "Delete «Hvem følger opp i ventetiden?»");

  /* Removing the pathway a note is pinned to removes the note. */
  g_clear_pointer (&pathway_note, g_free);
  check (f, sk_command_new_add_note (f->map, SK_KIND_PATHWAY, "angst", "Sjekk med BUP", NULL, &pathway_note, &error), NULL);
  check (f, sk_command_new_remove (f->map, SK_KIND_PATHWAY, "angst", NULL, NULL, &error), "Delete «Angstplager»");
  g_assert_null (sk_map_lookup (f->map, SK_KIND_NOTE, pathway_note));
  g_assert_no_error (error);

  g_assert_null (sk_command_new_add_note (f->map, SK_KIND_SERVICE, "ppt", "", NULL, NULL, &error));
  g_assert_error (error, SK_EDIT_ERROR, SK_EDIT_ERROR_INVALID);
}

static void
test_map_properties (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) languages = json_from_string ("[\"nb\", \"nn\", \"sma\"]", NULL);

  check (f, sk_command_new_set_text (f->map, SK_KIND_MAP, "", "title", "nb", "Tjenestekart for Røros", &error),
         "Rename «Barn og unges helsetjeneste i søndre Trøndelag»");
  check (f, sk_command_new_edit (f->map, SK_KIND_MAP, "", "languages", languages, &error), NULL);
  check (f, sk_command_new_set_string (f->map, SK_KIND_MAP, "", "checked", "2027-01-15", &error), NULL);
  g_assert_cmpstr (sk_map_get_title (f->map, "nb"), ==, "Tjenestekart for Røros");
  g_assert_no_error (error);

  g_assert_null (sk_command_new_set_string (f->map, SK_KIND_MAP, "", "checked", "15.01.2027", &error));
  g_assert_error (error, SK_EDIT_ERROR, SK_EDIT_ERROR_INVALID);
}

static void
test_make_id (Fixture *f, gconstpointer data)
{
  g_autofree char *a = sk_map_make_id (f->map, SK_KIND_SERVICE, "Pedagogisk-psykologisk tjeneste (PPT)");
  g_autofree char *b = sk_map_make_id (f->map, SK_KIND_SERVICE, "PPT");
  g_autofree char *c = sk_map_make_id (f->map, SK_KIND_SERVICE, "Åfjord ærlig øy");
  g_autofree char *d = sk_map_make_id (f->map, SK_KIND_SERVICE, "!!!");

  g_assert_cmpstr (a, ==, "pedagogisk-psykologisk-tjeneste-ppt");
  g_assert_cmpstr (b, ==, "ppt-2");
  g_assert_cmpstr (c, ==, "afjord-aerlig-oy");
  g_assert_cmpstr (d, ==, "item");
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/commands/edit-service", test_edit_service);
  ADD ("/commands/edit-invalid", test_edit_invalid);
  ADD ("/commands/add-and-remove-service", test_add_and_remove_service);
  ADD ("/commands/remove-used-service", test_remove_used_service);
  ADD ("/commands/move-service", test_move_service);
  ADD ("/commands/levels", test_levels);
  ADD ("/commands/sectors-and-groups", test_sectors_and_groups);
  ADD ("/commands/pathways-and-steps", test_pathways_and_steps);
  ADD ("/commands/overrides", test_overrides);
  ADD ("/commands/municipality-removal", test_municipality_removal);
  ADD ("/commands/notes", test_notes);
  ADD ("/commands/map-properties", test_map_properties);
  ADD ("/commands/make-id", test_make_id);

  return g_test_run ();
}
