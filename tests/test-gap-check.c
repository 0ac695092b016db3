/* test-gap-check.c — the workshop's gap check: each gap found, and gone when
 * it is filled
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every check runs on a small map with no gaps: an edit makes the gap, the
 * check must name it, and the edit that fills it must make it go away. The
 * templates show what a workshop starting from them is told.
 */
#include "config.h"

#include "sk-commands.h"
#include "sk-gap-check.h"
#include "sk-test-util.h"

/* Three levels, a school, a GP and PPT (referral from the two others), one
 * pathway school → GP refers → PPT, and one municipality: nothing missing. */
static const char clean_map[] =
  "{\"format\": \"sammenkart\", \"version\": 1,"
  " \"title\": {\"nb\": \"Testkart\", \"nn\": \"Testkart\"},"
  " \"languages\": [\"nb\", \"nn\"],"
  " \"levels\": ["
  "  {\"id\": \"l1\", \"name\": {\"nb\": \"Tilbud til alle\", \"nn\": \"Tilbod til alle\"}, \"color\": \"#e1f3e3\"},"
  "  {\"id\": \"l2\", \"name\": {\"nb\": \"Lavterskel\", \"nn\": \"Lågterskel\"}, \"color\": \"#f2efc4\"},"
  "  {\"id\": \"l3\", \"name\": {\"nb\": \"Oppfølging\", \"nn\": \"Oppfølging\"}, \"color\": \"#fcdcb4\"}],"
  " \"sectors\": ["
  "  {\"id\": \"helse\", \"name\": {\"nb\": \"Helse\", \"nn\": \"Helse\"}, \"color\": \"#2e7d32\", \"icon\": \"health\"}],"
  " \"services\": ["
  "  {\"id\": \"skole\", \"name\": {\"nb\": \"Skole\", \"nn\": \"Skule\"}, \"owner\": \"kommune\","
  "   \"sector\": \"helse\", \"level\": \"l1\","
  "   \"description\": {\"nb\": \"Undervisning.\", \"nn\": \"Undervising.\"},"
  "   \"access\": {\"mode\": \"direct\"}, \"contact\": {\"web\": \"https://skole.example.no\"}},"
  "  {\"id\": \"fastlege\", \"name\": {\"nb\": \"Fastlege\", \"nn\": \"Fastlege\"}, \"owner\": \"kommune\","
  "   \"sector\": \"helse\", \"level\": \"l2\","
  "   \"description\": {\"nb\": \"Legen din.\", \"nn\": \"Legen din.\"},"
  "   \"access\": {\"mode\": \"direct\"}, \"contact\": {\"phone\": \"72 00 00 00\"}},"
  "  {\"id\": \"ppt\", \"name\": {\"nb\": \"Pedagogisk-psykologisk tjeneste\", \"nn\": \"Pedagogisk-psykologisk teneste\"},"
  "   \"short_name\": \"PPT\", \"owner\": \"kommune\", \"sector\": \"helse\", \"level\": \"l3\","
  "   \"description\": {\"nb\": \"Hjelp med læring.\", \"nn\": \"Hjelp med læring.\"},"
  "   \"access\": {\"mode\": \"referral\", \"referrers\": [\"skole\", \"fastlege\"]},"
  "   \"contact\": {\"email\": \"ppt@example.no\"}}],"
  " \"pathways\": ["
  "  {\"id\": \"angst\", \"name\": {\"nb\": \"Angstplager\", \"nn\": \"Angstplager\"}, \"color\": \"#1251a3\","
  "   \"steps\": [{\"service\": \"skole\", \"kind\": \"notice\"},"
  "             {\"service\": \"fastlege\", \"kind\": \"refer\"},"
  "             {\"service\": \"ppt\", \"kind\": \"assess\"}]}],"
  " \"groups\": [],"
  " \"municipalities\": [{\"id\": \"roros\", \"name\": \"Røros\"}],"
  " \"notes\": []}\n";

static SkMap *
load_clean_map (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (clean_map, sizeof clean_map - 1);
  g_autoptr(GError) error = NULL;
  SkMap *map = sk_map_load_from_bytes (bytes, "clean", &error);

  g_assert_no_error (error);
  return map;
}

/* Applies an edit a person could make; @command is taken. */
static void
apply (SkMap     *map,
       SkCommand *command,
       GError    *error)
{
  g_assert_no_error (error);
  g_assert_nonnull (command);
  sk_command_apply (command, map);
  g_object_unref (command);
}

static void
edit_json (SkMap      *map,
           SkKind      kind,
           const char *id,
           const char *path,
           const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) value = NULL;

  if (json != NULL)
    {
      value = json_from_string (json, &error);
      g_assert_no_error (error);
    }
  apply (map, sk_command_new_edit (map, kind, id, path, value, &error), error);
}

static void
set_override (SkMap      *map,
              const char *municipality_id,
              const char *service_id,
              const char *path,
              const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) value = NULL;

  if (json != NULL)
    {
      value = json_from_string (json, &error);
      g_assert_no_error (error);
    }
  apply (map, sk_command_new_set_override (map, municipality_id, service_id, path, value, &error), error);
}

static guint
count_kind (GPtrArray *findings,
            SkGapKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    if (((SkGapFinding *) g_ptr_array_index (findings, i))->kind == kind)
      n++;
  return n;
}

/* The only finding of @kind; fails unless there is exactly one. */
static SkGapFinding *
only_finding (GPtrArray *findings,
              SkGapKind  kind)
{
  SkGapFinding *found = NULL;

  for (guint i = 0; i < findings->len; i++)
    {
      SkGapFinding *finding = g_ptr_array_index (findings, i);

      if (finding->kind != kind)
        continue;
      g_assert_null (found);
      found = finding;
    }
  if (found == NULL)
    g_error ("no finding of kind %d", kind);
  return found;
}

static SkGapFinding *
find_at (GPtrArray  *findings,
         SkGapKind   kind,
         const char *path)
{
  for (guint i = 0; i < findings->len; i++)
    {
      SkGapFinding *finding = g_ptr_array_index (findings, i);

      if (finding->kind == kind && g_str_equal (finding->path, path))
        return finding;
    }
  return NULL;
}

/* The finding of @kind at @path; fails if there is none. */
static SkGapFinding *
finding_at (GPtrArray  *findings,
            SkGapKind   kind,
            const char *path)
{
  SkGapFinding *finding = find_at (findings, kind, path);

  if (finding == NULL)
    g_error ("no finding of kind %d at %s", kind, path);
  return finding;
}

/* Every finding has a message, its why is one sentence, and they come
 * ordered by kind. */
static void
assert_well_formed (GPtrArray *findings)
{
  for (guint i = 0; i < findings->len; i++)
    {
      SkGapFinding *finding = g_ptr_array_index (findings, i);

      g_assert_cmpstr (finding->message, !=, "");
      g_assert_true (g_str_has_suffix (finding->why, "."));
      g_assert_null (strstr (finding->why, ". "));
      if (i > 0)
        g_assert_cmpint (finding->kind, >=, ((SkGapFinding *) g_ptr_array_index (findings, i - 1))->kind);
    }
}

static void
test_clean_map (void)
{
  g_autoptr(SkMap) map = load_clean_map ();
  g_autoptr(GPtrArray) findings = sk_gap_check (map);

  g_assert_cmpuint (findings->len, ==, 0);
  g_clear_pointer (&findings, g_ptr_array_unref);
  g_assert_finalize_object (g_steal_pointer (&map));
}

static void
test_description (void)
{
  g_autoptr(SkMap) map = load_clean_map ();
  g_autoptr(GPtrArray) gap = NULL;
  g_autoptr(GPtrArray) filled = NULL;
  g_autoptr(GError) error = NULL;
  SkGapFinding *finding;

  edit_json (map, SK_KIND_SERVICE, "ppt", "description", NULL);
  gap = sk_gap_check (map);
  g_assert_cmpuint (gap->len, ==, 1);
  finding = only_finding (gap, SK_GAP_NO_DESCRIPTION);
  g_assert_cmpint (finding->target_kind, ==, SK_KIND_SERVICE);
  g_assert_cmpstr (finding->target_id, ==, "ppt");
  g_assert_cmpstr (finding->path, ==, "services[2]");
  g_assert_cmpstr (finding->message, ==, "«PPT» has no description for families");
  g_assert_cmpstr (finding->why, ==,
                   "Families read the description to learn what the service does and whether it is for them.");
  assert_well_formed (gap);

  apply (map, sk_command_new_set_text (map, SK_KIND_SERVICE, "ppt", "description", "nb",
                                       "Hjelp med læring og utvikling.", &error), error);
  apply (map, sk_command_new_set_text (map, SK_KIND_SERVICE, "ppt", "description", "nn",
                                       "Hjelp med læring og utvikling.", &error), error);
  filled = sk_gap_check (map);
  g_assert_cmpuint (filled->len, ==, 0);
}

static void
test_contact (void)
{
  g_autoptr(SkMap) map = load_clean_map ();
  g_autoptr(GPtrArray) gap = NULL;
  g_autoptr(GPtrArray) local = NULL;
  g_autoptr(GPtrArray) regional = NULL;
  g_autoptr(GError) error = NULL;
  SkGapFinding *finding;

  /* An address and opening hours do not let a family reach anyone. */
  edit_json (map, SK_KIND_SERVICE, "ppt", "contact", "{\"address\": \"Skolegata 1\"}");
  gap = sk_gap_check (map);
  g_assert_cmpuint (gap->len, ==, 2);
  finding = only_finding (gap, SK_GAP_NO_CONTACT);
  g_assert_cmpstr (finding->target_id, ==, "ppt");
  g_assert_cmpstr (finding->path, ==, "services[2]");
  g_assert_cmpstr (finding->message, ==, "«PPT» has no phone, e-mail or web address");
  g_assert_cmpstr (finding->why, ==, "A family that finds the service on the map has no way to reach it.");
  /* Nor can families in the one municipality. */
  finding = only_finding (gap, SK_GAP_NO_LOCAL_CONTACT);
  g_assert_cmpint (finding->target_kind, ==, SK_KIND_MUNICIPALITY);
  g_assert_cmpstr (finding->target_id, ==, "roros");
  g_assert_cmpstr (finding->path, ==, "municipalities[0]");
  g_assert_cmpstr (finding->message, ==, "«Røros» has no contact for 1 service offered there: «PPT»");
  assert_well_formed (gap);

  /* A local contact is enough for a service run by each municipality. */
  set_override (map, "roros", "ppt", "contact.phone", "\"72 41 00 00\"");
  local = sk_gap_check (map);
  g_assert_cmpuint (local->len, ==, 0);

  apply (map, sk_command_new_set_string (map, SK_KIND_SERVICE, "ppt", "contact.web",
                                         "https://ppt.example.no", &error), error);
  edit_json (map, SK_KIND_MUNICIPALITY, "roros", "overrides", "[]");
  regional = sk_gap_check (map);
  g_assert_cmpuint (regional->len, ==, 0);
}

static void
test_local_contact (void)
{
  g_autoptr(SkMap) map = load_clean_map ();
  g_autoptr(GPtrArray) gap = NULL;
  g_autoptr(GPtrArray) other = NULL;
  g_autoptr(GPtrArray) not_offered = NULL;
  g_autoptr(GPtrArray) filled = NULL;
  g_autoptr(JsonObject) holtalen = json_object_new ();
  g_autoptr(GError) error = NULL;
  SkGapFinding *finding;

  json_object_set_string_member (holtalen, "id", "holtalen");
  json_object_set_string_member (holtalen, "name", "Holtålen");

  /* A second municipality with a local contact: the service can be
   * reached somewhere, but not in Røros. */
  edit_json (map, SK_KIND_SERVICE, "ppt", "contact", NULL);
  edit_json (map, SK_KIND_SERVICE, "fastlege", "contact", NULL);
  apply (map, sk_command_new_add (map, SK_KIND_MUNICIPALITY, -1, holtalen, &error), error);
  set_override (map, "holtalen", "ppt", "contact.phone", "\"72 41 50 00\"");
  set_override (map, "holtalen", "fastlege", "contact.phone", "\"72 41 50 10\"");
  gap = sk_gap_check (map);
  g_assert_cmpuint (count_kind (gap, SK_GAP_NO_CONTACT), ==, 0);
  finding = only_finding (gap, SK_GAP_NO_LOCAL_CONTACT);
  g_assert_cmpstr (finding->target_id, ==, "roros");
  g_assert_cmpstr (finding->message, ==, "«Røros» has no contact for 2 services offered there: «Fastlege», «PPT»");
  g_assert_cmpstr (finding->why, ==,
                   "Families in this municipality get a brochure that lists these services with no way to reach them.");

  /* A service not offered there is no gap there. */
  set_override (map, "roros", "fastlege", "offered", "false");
  not_offered = sk_gap_check (map);
  finding = only_finding (not_offered, SK_GAP_NO_LOCAL_CONTACT);
  g_assert_cmpstr (finding->message, ==, "«Røros» has no contact for 1 service offered there: «PPT»");

  /* Another provider with only the region's contact is a gap; its own
   * contact fills it. */
  set_override (map, "roros", "ppt", "contact.phone", "\"72 41 00 00\"");
  edit_json (map, SK_KIND_SERVICE, "fastlege", "contact", "{\"phone\": \"72 00 00 00\"}");
  set_override (map, "holtalen", "fastlege", "provider", "\"Holtålen legekontor\"");
  set_override (map, "holtalen", "fastlege", "contact", NULL);
  other = sk_gap_check (map);
  g_assert_cmpuint (other->len, ==, 1);
  finding = only_finding (other, SK_GAP_PROVIDER_CONTACT);
  g_assert_cmpstr (finding->target_id, ==, "holtalen");
  g_assert_cmpstr (finding->path, ==, "municipalities[1]");
  g_assert_cmpstr (finding->message, ==,
                   "«Holtålen» has only the region's contact for 1 service someone else provides there: "
                   "«Fastlege» (Holtålen legekontor)");
  g_assert_cmpstr (finding->why, ==,
                   "Someone else runs these services here, so the region's contact sends families to the wrong place.");

  set_override (map, "holtalen", "fastlege", "contact.phone", "\"72 41 50 10\"");
  filled = sk_gap_check (map);
  g_assert_cmpuint (filled->len, ==, 0);
}

static void
test_empty_level (void)
{
  g_autoptr(SkMap) map = load_clean_map ();
  g_autoptr(GPtrArray) gap = NULL;
  g_autoptr(GPtrArray) filled = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *level_id = NULL;
  SkGapFinding *finding;

  apply (map, sk_command_new_add_level (map, -1, "Spesialisthelsetjeneste", "#f8c2a6", &level_id, &error), error);
  apply (map, sk_command_new_set_text (map, SK_KIND_LEVEL, level_id, "name", "nn",
                                       "Spesialisthelseteneste", &error), error);
  gap = sk_gap_check (map);
  g_assert_cmpuint (gap->len, ==, 1);
  finding = only_finding (gap, SK_GAP_EMPTY_LEVEL);
  g_assert_cmpint (finding->target_kind, ==, SK_KIND_LEVEL);
  g_assert_cmpstr (finding->target_id, ==, level_id);
  g_assert_cmpstr (finding->path, ==, "levels[3]");
  g_assert_cmpstr (finding->message, ==, "level 4 «Spesialisthelsetjeneste» has no services");

  /* Moving PPT up fills level 4 and empties level 3. */
  apply (map, sk_command_new_move_service (map, "ppt", level_id, 0, &error), error);
  filled = sk_gap_check (map);
  finding = only_finding (filled, SK_GAP_EMPTY_LEVEL);
  g_assert_cmpstr (finding->message, ==, "level 3 «Oppfølging» has no services");
}

static void
test_no_steps (void)
{
  g_autoptr(SkMap) map = load_clean_map ();
  g_autoptr(GPtrArray) gap = NULL;
  g_autoptr(GPtrArray) filled = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pathway_id = NULL;
  SkGapFinding *finding;

  apply (map, sk_command_new_add_pathway (map, "Tristhet", "#5d4037", &pathway_id, &error), error);
  apply (map, sk_command_new_set_text (map, SK_KIND_PATHWAY, pathway_id, "name", "nn", "Tristleik", &error), error);
  gap = sk_gap_check (map);
  g_assert_cmpuint (gap->len, ==, 1);
  finding = only_finding (gap, SK_GAP_NO_STEPS);
  g_assert_cmpint (finding->target_kind, ==, SK_KIND_PATHWAY);
  g_assert_cmpstr (finding->path, ==, "pathways[1]");
  g_assert_cmpstr (finding->message, ==, "«Tristhet» has no steps");
  g_assert_cmpstr (finding->why, ==,
                   "Without steps the pathway cannot show staff who does what from the first worry to follow-up.");

  apply (map, sk_command_new_add_step (map, pathway_id, -1, "skole", "notice", NULL, &error), error);
  filled = sk_gap_check (map);
  g_assert_cmpuint (filled->len, ==, 0);
}

static void
test_level_jump (void)
{
  g_autoptr(SkMap) map = load_clean_map ();
  g_autoptr(GPtrArray) gap = NULL;
  g_autoptr(GPtrArray) referred = NULL;
  g_autoptr(GPtrArray) back = NULL;
  g_autoptr(GError) error = NULL;
  SkGapFinding *finding;

  /* School straight to PPT, two levels up, with no one referring. */
  apply (map, sk_command_new_remove_step (map, "angst", 1, &error), error);
  gap = sk_gap_check (map);
  g_assert_cmpuint (gap->len, ==, 1);
  finding = only_finding (gap, SK_GAP_LEVEL_JUMP);
  g_assert_cmpint (finding->target_kind, ==, SK_KIND_PATHWAY);
  g_assert_cmpstr (finding->target_id, ==, "angst");
  g_assert_cmpstr (finding->path, ==, "pathways[0].steps[1]");
  g_assert_cmpstr (finding->message, ==,
                   "«Angstplager»: step 2 («PPT», level 3) comes after step 1 («Skole», level 1) with no referral between them");
  g_assert_cmpstr (finding->why, ==,
                   "Staff cannot see who sends the child on to the more specialised service, so the handover may not happen.");

  /* The school refers (PPT takes referrals from it). */
  edit_json (map, SK_KIND_PATHWAY, "angst", "steps[0].kind", "\"refer\"");
  referred = sk_gap_check (map);
  g_assert_cmpuint (referred->len, ==, 0);

  /* Back at school, then to PPT again: the child was referred already. */
  apply (map, sk_command_new_add_step (map, "angst", -1, "skole", "follow-up", NULL, &error), error);
  apply (map, sk_command_new_add_step (map, "angst", -1, "ppt", "evaluate", NULL, &error), error);
  back = sk_gap_check (map);
  g_assert_cmpuint (back->len, ==, 0);
}

static void
test_wrong_referrer (void)
{
  g_autoptr(SkMap) map = load_clean_map ();
  g_autoptr(GPtrArray) gap = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GPtrArray) direct = NULL;
  SkGapFinding *finding;

  edit_json (map, SK_KIND_SERVICE, "ppt", "access.referrers", "[\"skole\"]");
  gap = sk_gap_check (map);
  g_assert_cmpuint (gap->len, ==, 1);
  finding = only_finding (gap, SK_GAP_WRONG_REFERRER);
  g_assert_cmpstr (finding->target_id, ==, "angst");
  g_assert_cmpstr (finding->path, ==, "pathways[0].steps[1]");
  g_assert_cmpstr (finding->message, ==,
                   "«Angstplager»: at step 2 «Fastlege» refers to «PPT», which does not list «Fastlege» among those who may refer");
  g_assert_cmpstr (finding->why, ==,
                   "Staff who follow the pathway would send a referral the receiving service does not take, "
                   "and the child waits longer for help.");

  edit_json (map, SK_KIND_SERVICE, "ppt", "access.referrers", "[\"skole\", \"fastlege\"]");
  listed = sk_gap_check (map);
  g_assert_cmpuint (listed->len, ==, 0);

  /* A service families contact themselves takes anyone's referral. */
  edit_json (map, SK_KIND_SERVICE, "ppt", "access", "{\"mode\": \"direct\", \"referrers\": [\"skole\"]}");
  direct = sk_gap_check (map);
  g_assert_cmpuint (direct->len, ==, 0);
}

static void
test_missing_text (void)
{
  g_autoptr(SkMap) map = load_clean_map ();
  g_autoptr(GPtrArray) gap = NULL;
  g_autoptr(GPtrArray) sami = NULL;
  g_autoptr(GPtrArray) filled = NULL;
  g_autoptr(GError) error = NULL;
  SkGapFinding *finding;

  edit_json (map, SK_KIND_SERVICE, "ppt", "name.nn", NULL);
  edit_json (map, SK_KIND_SERVICE, "ppt", "access.note", "{\"nb\": \"Elever over 15 år kan ta kontakt selv.\"}");
  gap = sk_gap_check (map);
  g_assert_cmpuint (gap->len, ==, 1);
  finding = only_finding (gap, SK_GAP_MISSING_TEXT);
  g_assert_cmpint (finding->target_kind, ==, SK_KIND_SERVICE);
  g_assert_cmpstr (finding->target_id, ==, "ppt");
  g_assert_cmpstr (finding->path, ==, "services[2]");
  g_assert_cmpstr (finding->message, ==, "«PPT» has no text in nn: name, access.note");
  g_assert_cmpstr (finding->why, ==,
                   "Families who read that language get these texts in another language instead, "
                   "which they may not understand as well.");

  apply (map, sk_command_new_set_text (map, SK_KIND_SERVICE, "ppt", "name", "nn",
                                       "Pedagogisk-psykologisk teneste", &error), error);
  apply (map, sk_command_new_set_text (map, SK_KIND_SERVICE, "ppt", "access.note", "nn",
                                       "Elevar over 15 år kan ta kontakt sjølve.", &error), error);
  filled = sk_gap_check (map);
  g_assert_cmpuint (filled->len, ==, 0);

  /* A language added to the map (Røros: Southern Sami) is missing
   * everywhere, the map's own title included, in file order. */
  edit_json (map, SK_KIND_MAP, "", "languages", "[\"nb\", \"nn\", \"sma\"]");
  sami = sk_gap_check (map);
  g_assert_cmpuint (sami->len, ==, count_kind (sami, SK_GAP_MISSING_TEXT));
  g_assert_cmpuint (sami->len, ==, 1 + 3 + 1 + 3 + 1);
  finding = g_ptr_array_index (sami, 0);
  g_assert_cmpint (finding->target_kind, ==, SK_KIND_MAP);
  g_assert_cmpstr (finding->path, ==, "");
  g_assert_cmpstr (finding->message, ==, "the map «Testkart» has no text in sma: title");
  finding = finding_at (sami, SK_GAP_MISSING_TEXT, "services[2]");
  g_assert_cmpstr (finding->message, ==, "«PPT» has no text in sma: name, description, access.note");
  assert_well_formed (sami);
}

static void
test_contrast (void)
{
  g_autoptr(SkMap) map = load_clean_map ();
  g_autoptr(GPtrArray) gap = NULL;
  g_autoptr(GPtrArray) filled = NULL;
  g_autoptr(GError) error = NULL;
  SkGapFinding *finding;

  /* Mid grey: neither dark nor white text reaches 4.5:1 on it. */
  apply (map, sk_command_new_set_string (map, SK_KIND_LEVEL, "l2", "color", "#808080", &error), error);
  apply (map, sk_command_new_set_string (map, SK_KIND_PATHWAY, "angst", "color", "#e0403a", &error), error);
  gap = sk_gap_check (map);
  g_assert_cmpuint (gap->len, ==, 2);
  g_assert_cmpuint (count_kind (gap, SK_GAP_LOW_CONTRAST), ==, 2);
  finding = g_ptr_array_index (gap, 0);
  g_assert_cmpint (finding->target_kind, ==, SK_KIND_LEVEL);
  g_assert_cmpstr (finding->path, ==, "levels[1]");
  g_assert_cmpstr (finding->message, ==,
                   "level 2 «Lavterskel»: its name has a contrast of 4.2:1 on the level's colour #808080; text needs 4.5:1");
  finding = g_ptr_array_index (gap, 1);
  g_assert_cmpint (finding->target_kind, ==, SK_KIND_PATHWAY);
  g_assert_cmpstr (finding->path, ==, "pathways[0]");
  g_assert_cmpstr (finding->message, ==,
                   "«Angstplager»: the step numbers have a contrast of 4.2:1 on the pathway's colour #e0403a; text needs 4.5:1");
  g_assert_cmpstr (finding->why, ==,
                   "Text with less contrast than 4.5:1 is hard to read, above all for people with low vision, "
                   "and public documents must meet WCAG 2.1 AA.");
  assert_well_formed (gap);

  apply (map, sk_command_new_set_string (map, SK_KIND_LEVEL, "l2", "color", "#c8c8c8", &error), error);
  apply (map, sk_command_new_set_string (map, SK_KIND_PATHWAY, "angst", "color", "#b71c1c", &error), error);
  filled = sk_gap_check (map);
  g_assert_cmpuint (filled->len, ==, 0);
}

/* What a workshop starting from the generic template is told: the
 * services have no contact yet (contacts are local data), and the
 * pathway for worries about 0–3-year-olds goes up two levels twice with no
 * referral. Descriptions, languages and colours are complete. */
static void
test_generic_template (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("generisk");
  g_autoptr(GPtrArray) findings = sk_gap_check (map);
  g_autoptr(GPtrArray) again = sk_gap_check (map);
  g_autoptr(GPtrArray) fixed = NULL;
  g_autoptr(GError) error = NULL;
  SkGapFinding *finding;

  assert_well_formed (findings);
  g_assert_cmpuint (count_kind (findings, SK_GAP_NO_DESCRIPTION), ==, 0);
  g_assert_cmpuint (count_kind (findings, SK_GAP_NO_CONTACT), ==, 34);
  g_assert_cmpuint (count_kind (findings, SK_GAP_EMPTY_LEVEL), ==, 0);
  g_assert_cmpuint (count_kind (findings, SK_GAP_NO_STEPS), ==, 0);
  g_assert_cmpuint (count_kind (findings, SK_GAP_LEVEL_JUMP), ==, 2);
  g_assert_cmpuint (count_kind (findings, SK_GAP_WRONG_REFERRER), ==, 0);
  g_assert_cmpuint (count_kind (findings, SK_GAP_MISSING_TEXT), ==, 0);
  g_assert_cmpuint (count_kind (findings, SK_GAP_LOW_CONTRAST), ==, 0);
  g_assert_cmpuint (findings->len, ==, 36);

  /* Helplines have their number; PPT has none yet. */
  g_assert_null (find_at (findings, SK_GAP_NO_CONTACT, "services[14]"));
  finding = finding_at (findings, SK_GAP_NO_CONTACT, "services[18]");
  g_assert_cmpstr (finding->message, ==, "«PPT» has no phone, e-mail or web address");
  finding = finding_at (findings, SK_GAP_LEVEL_JUMP, "pathways[2].steps[3]");
  g_assert_cmpstr (finding->message, ==,
                   "«Bekymring for barn 0–3 år»: step 4 («Barnevernstjenesten», level 3) comes after "
                   "step 3 («COS», level 1) with no referral between them");
  g_assert_nonnull (find_at (findings, SK_GAP_LEVEL_JUMP, "pathways[2].steps[5]"));

  /* The same map, the same findings in the same order. */
  g_assert_cmpuint (again->len, ==, findings->len);
  for (guint i = 0; i < findings->len; i++)
    g_assert_cmpstr (((SkGapFinding *) g_ptr_array_index (findings, i))->message, ==,
                     ((SkGapFinding *) g_ptr_array_index (again, i))->message);

  /* The workshop fills in PPT's phone and says COS hands the family on. */
  apply (map, sk_command_new_set_string (map, SK_KIND_SERVICE, "ppt", "contact.phone", "72 00 00 00", &error), error);
  edit_json (map, SK_KIND_PATHWAY, "bekymring-0-3", "steps[2].kind", "\"refer\"");
  fixed = sk_gap_check (map);
  g_assert_cmpuint (fixed->len, ==, 34);
  g_assert_null (find_at (fixed, SK_GAP_NO_CONTACT, "services[18]"));
  g_assert_null (find_at (fixed, SK_GAP_LEVEL_JUMP, "pathways[2].steps[3]"));
  g_assert_nonnull (find_at (fixed, SK_GAP_LEVEL_JUMP, "pathways[2].steps[5]"));

  g_clear_pointer (&findings, g_ptr_array_unref);
  g_clear_pointer (&again, g_ptr_array_unref);
  g_clear_pointer (&fixed, g_ptr_array_unref);
  g_assert_finalize_object (g_steal_pointer (&map));
}

/* The regional template: every municipality's brochure would list services
 * no one can be reached at; a local contact in Røros shortens Røros's list
 * and no other. */
static void
test_regional_template (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("sondre-trondelag");
  g_autoptr(GPtrArray) findings = sk_gap_check (map);
  g_autoptr(GPtrArray) fixed = NULL;
  SkGapFinding *finding;

  assert_well_formed (findings);
  g_assert_cmpuint (count_kind (findings, SK_GAP_NO_LOCAL_CONTACT), ==, 22);
  g_assert_cmpuint (count_kind (findings, SK_GAP_PROVIDER_CONTACT), ==, 0);
  g_assert_cmpuint (count_kind (findings, SK_GAP_WRONG_REFERRER), ==, 0);
  finding = finding_at (findings, SK_GAP_NO_LOCAL_CONTACT, "municipalities[19]");
  g_assert_cmpstr (finding->target_id, ==, "roros");
  g_assert_cmpstr (finding->message, ==,
                   "«Røros» has no contact for 40 services offered there: «Barnehage», «Skole (1.–10. trinn)», "
                   "«SFO», «Videregående skole», «Fritidsklubb og fritidstilbud» and 35 more");

  set_override (map, "roros", "barnehage", "contact.web", "\"https://roros.kommune.no/barnehage\"");
  fixed = sk_gap_check (map);
  finding = finding_at (fixed, SK_GAP_NO_LOCAL_CONTACT, "municipalities[19]");
  g_assert_true (g_str_has_prefix (finding->message, "«Røros» has no contact for 39 services offered there: «Skole"));
  finding = finding_at (fixed, SK_GAP_NO_LOCAL_CONTACT, "municipalities[18]");
  g_assert_true (g_str_has_prefix (finding->message, "«Holtålen» has no contact for 40 services offered there: «Barnehage»"));
  /* A local contact counts for the service as a whole, too. */
  g_assert_null (find_at (fixed, SK_GAP_NO_CONTACT, "services[0]"));
  g_assert_nonnull (find_at (findings, SK_GAP_NO_CONTACT, "services[0]"));

  g_clear_pointer (&findings, g_ptr_array_unref);
  g_clear_pointer (&fixed, g_ptr_array_unref);
  g_assert_finalize_object (g_steal_pointer (&map));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/gap-check/clean-map", test_clean_map);
  g_test_add_func ("/gap-check/description", test_description);
  g_test_add_func ("/gap-check/contact", test_contact);
  g_test_add_func ("/gap-check/local-contact", test_local_contact);
  g_test_add_func ("/gap-check/empty-level", test_empty_level);
  g_test_add_func ("/gap-check/no-steps", test_no_steps);
  g_test_add_func ("/gap-check/level-jump", test_level_jump);
  g_test_add_func ("/gap-check/wrong-referrer", test_wrong_referrer);
  g_test_add_func ("/gap-check/missing-text", test_missing_text);
  g_test_add_func ("/gap-check/contrast", test_contrast);
  g_test_add_func ("/gap-check/generic-template", test_generic_template);
  g_test_add_func ("/gap-check/regional-template", test_regional_template);

  return g_test_run ();
}
