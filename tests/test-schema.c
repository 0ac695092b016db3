/* test-schema.c — the format's value rules and normalization
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sk-schema.h"

static char *
to_string (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);
  return json_to_string (node, FALSE);
}

/* Normalizes @json as an object of @kind; returns the problems as one
 * string ("" if none) and the normalized object in @out. */
static char *
normalize (SkKind       kind,
           const char  *json,
           JsonObject **out)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) normal = NULL;
  SkProblems problems;
  guint count;
  char *result;

  node = json_from_string (json, &error);
  g_assert_no_error (error);

  sk_problems_init (&problems);
  normal = sk_schema_normalize (sk_schema_for_kind (kind), node, "x", &problems);
  if (problems.count == 0)
    {
      g_assert_nonnull (normal);
      result = g_strdup ("");
    }
  else
    {
      g_assert_null (normal);
      g_ptr_array_add (problems.lines, NULL);
      result = g_strjoinv ("\n", (char **) problems.lines->pdata);
      g_ptr_array_remove_index (problems.lines, problems.lines->len - 1);
    }
  count = problems.count;
  sk_problems_clear (&problems);

  /* Reading a file normalizes what it parsed, sharing what needs no
   * change: the result and the problems must be the same. */
  {
    g_autoptr(JsonNode) parsed = json_from_string (json, NULL);
    g_autoptr(JsonObject) kept = NULL;
    SkProblems read_problems;

    sk_problems_init (&read_problems);
    kept = sk_schema_normalize_parsed (sk_schema_for_kind (kind), parsed, "x", &read_problems);
    g_assert_cmpuint (read_problems.count, ==, count);
    g_assert_true ((kept == NULL) == (normal == NULL));
    if (normal != NULL)
      {
        g_autofree char *a = to_string (normal);
        g_autofree char *b = to_string (kept);
        g_assert_cmpstr (a, ==, b);
      }
    sk_problems_clear (&read_problems);
  }

  if (out != NULL)
    *out = g_steal_pointer (&normal);
  return result;
}

/* A tree in its normal form is kept as it is when it is read; one that is
 * not is rewritten, and the tree read is left as it was. */
static void
test_parsed_reuse (void)
{
  const char *normal_json =
    "{\"id\":\"l1\",\"name\":{\"nb\":\"A\",\"nn\":\"B\"},\"color\":\"#aabbcc\"}";
  const char *other_json =
    "{\"color\":\"#aabbcc\",\"name\":{\"nn\":\"B\",\"nb\":\"A\",\"en\":\"\"},\"id\":\"l1\"}";
  g_autoptr(JsonNode) a = json_from_string (normal_json, NULL);
  g_autoptr(JsonNode) b = json_from_string (other_json, NULL);
  g_autoptr(JsonObject) kept = NULL;
  g_autoptr(JsonObject) rewritten = NULL;
  g_autofree char *b_before = json_to_string (b, FALSE);
  g_autofree char *b_after = NULL;
  g_autofree char *text = NULL;
  SkProblems problems;

  sk_problems_init (&problems);
  kept = sk_schema_normalize_parsed (sk_schema_for_kind (SK_KIND_LEVEL), a, "x", &problems);
  rewritten = sk_schema_normalize_parsed (sk_schema_for_kind (SK_KIND_LEVEL), b, "x", &problems);
  g_assert_cmpuint (problems.count, ==, 0);
  sk_problems_clear (&problems);

  g_assert_true (kept == json_node_get_object (a));
  g_assert_true (rewritten != json_node_get_object (b));
  text = to_string (rewritten);
  g_assert_cmpstr (text, ==, normal_json);
  b_after = json_to_string (b, FALSE);
  g_assert_cmpstr (b_after, ==, b_before);
}

#define LEVEL(extra) "{\"id\": \"l1\", \"name\": {\"nb\": \"A\"}, \"color\": \"#aabbcc\"" extra "}"

static void
test_ids (void)
{
  g_assert_true (sk_is_valid_id ("a"));
  g_assert_true (sk_is_valid_id ("niva-1_x.y"));
  g_assert_false (sk_is_valid_id (""));
  g_assert_false (sk_is_valid_id ("a b"));
  g_assert_false (sk_is_valid_id ("nivå"));
  g_assert_false (sk_is_valid_id ("1234567890123456789012345678901234567890123456789012345678901234X"));
  g_assert_true (sk_is_valid_id ("123456789012345678901234567890123456789012345678901234567890123X"));
}

static void
test_languages (void)
{
  g_assert_true (sk_is_valid_language ("nb"));
  g_assert_true (sk_is_valid_language ("sma"));
  g_assert_false (sk_is_valid_language ("NB"));
  g_assert_false (sk_is_valid_language ("norsk"));
  g_assert_false (sk_is_valid_language ("n"));
}

static void
test_key_order (void)
{
  g_autoptr(JsonObject) out = NULL;
  g_autofree char *problems = normalize (SK_KIND_LEVEL,
    "{\"zeta\": 1, \"color\": \"#AABBCC\", \"alpha\": [true], \"name\": {\"en\": \"E\", \"nn\": \"N\", \"se\": \"S\", \"nb\": \"B\", \"sma\": \"\"}, \"id\": \"l1\"}",
    &out);
  g_autofree char *text = NULL;

  g_assert_cmpstr (problems, ==, "");
  text = to_string (out);
  /* Known keys in schema order, unknown after as read; texts in the fixed
   * language order with empty ones dropped. */
  g_assert_cmpstr (text, ==,
                   "{\"id\":\"l1\",\"name\":{\"nb\":\"B\",\"nn\":\"N\",\"en\":\"E\",\"se\":\"S\"},"
                   "\"color\":\"#AABBCC\",\"zeta\":1,\"alpha\":[true]}");
}

static void
test_colors (void)
{
  const char *bad[] = { "\"red\"", "\"#12345\"", "\"#1234567\"", "\"#gggggg\"", "12" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *json = g_strdup_printf ("{\"id\": \"l1\", \"name\": {\"nb\": \"A\"}, \"color\": %s}", bad[i]);
      g_autofree char *problems = normalize (SK_KIND_LEVEL, json, NULL);
      g_assert_true (g_str_has_prefix (problems, "x.color: expected a colour like #1a7f5a, got"));
    }
}

static void
test_required_and_types (void)
{
  g_autofree char *missing = normalize (SK_KIND_LEVEL, "{\"id\": \"l1\"}", NULL);
  g_autofree char *wrong = normalize (SK_KIND_LEVEL, "{\"id\": 7, \"name\": \"A\", \"color\": \"#aabbcc\"}", NULL);
  g_autofree char *empty = normalize (SK_KIND_LEVEL, LEVEL (", \"description\": {}"), NULL);
  g_autofree char *not_object = normalize (SK_KIND_LEVEL, "[1]", NULL);

  g_assert_cmpstr (missing, ==, "x.name: missing\nx.color: missing");
  g_assert_cmpstr (wrong, ==,
                   "x.id: expected an id (1–64 letters, digits, _ - or .), got the number 7\n"
                   "x.name: expected a text per language, like {\"nb\": \"…\", \"nn\": \"…\"}, got the string «A»");
  /* An optional empty text is the same as none. */
  g_assert_cmpstr (empty, ==, "");
  g_assert_cmpstr (not_object, ==, "x: expected an object, got an array");
}

static void
test_contact_values (void)
{
  struct { const char *contact; const char *problem; } cases[] = {
    { "{\"phone\": \"116 117\"}", "" },
    { "{\"phone\": \"+47 73 86 40 00\"}", "" },
    { "{\"phone\": \"(+47) 22-40-00-40\"}", "" },
    { "{\"phone\": \"ring meg\"}", "x.contact.phone: expected a phone number" },
    { "{\"phone\": \"12\"}", "x.contact.phone: expected a phone number" },
    { "{\"email\": \"post@kommune.no\"}", "" },
    { "{\"email\": \"post.kommune.no\"}", "x.contact.email: expected an e-mail address" },
    { "{\"email\": \"a b@c.no\"}", "x.contact.email: expected an e-mail address" },
    { "{\"web\": \"https://www.stolav.no/bup\"}", "" },
    { "{\"web\": \"javascript:alert(1)\"}", "x.contact.web: expected a web address starting with https://" },
    { "{\"web\": \"ftp://x.no\"}", "x.contact.web: expected a web address" },
    { "{\"web\": \"https://\"}", "x.contact.web: expected a web address" },
    { "{\"address\": \"a\\u0001b\"}", "x.contact.address: text contains the control character U+0001" },
    { "{\"hours\": {\"nb\": \"Man–fre 8–15\\nDrop-in onsdag\"}}", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = g_strdup_printf ("{\"id\": \"s\", \"name\": {\"nb\": \"S\"}, \"owner\": \"kommune\","
                                               " \"sector\": \"h\", \"level\": null, \"contact\": %s}",
                                               cases[i].contact);
      g_autofree char *problems = normalize (SK_KIND_SERVICE, json, NULL);

      if (*cases[i].problem == '\0')
        g_assert_cmpstr (problems, ==, "");
      else
        g_assert_true (g_str_has_prefix (problems, cases[i].problem));
    }
}

static void
test_dates (void)
{
  g_autofree char *ok = normalize (SK_KIND_NOTE,
    "{\"id\": \"n\", \"target\": {\"type\": \"service\", \"id\": \"s\"}, \"text\": \"t\", \"created\": \"2026-11-23T14:05:00+01:00\"}", NULL);
  g_autofree char *no_zone = normalize (SK_KIND_NOTE,
    "{\"id\": \"n\", \"target\": {\"type\": \"service\", \"id\": \"s\"}, \"text\": \"t\", \"created\": \"2026-11-23T14:05:00\"}", NULL);
  g_autofree char *bad_target = normalize (SK_KIND_NOTE,
    "{\"id\": \"n\", \"target\": {\"type\": \"map\", \"id\": \"s\"}, \"text\": \"t\", \"created\": \"2026-11-23T14:05:00Z\"}", NULL);

  g_assert_cmpstr (ok, ==, "");
  g_assert_true (g_str_has_prefix (no_zone, "x.created: expected a date and time with zone"));
  g_assert_true (g_str_has_prefix (bad_target, "x.target.type: expected one of «service», «level», «pathway»"));
}

static void
test_ages (void)
{
  g_autofree char *reversed = normalize (SK_KIND_SERVICE,
    "{\"id\": \"s\", \"name\": {\"nb\": \"S\"}, \"owner\": \"kommune\", \"sector\": \"h\", \"level\": \"l\", \"ages\": {\"min\": 18, \"max\": 6}}", NULL);
  g_autofree char *fraction = normalize (SK_KIND_SERVICE,
    "{\"id\": \"s\", \"name\": {\"nb\": \"S\"}, \"owner\": \"kommune\", \"sector\": \"h\", \"level\": \"l\", \"ages\": {\"min\": 1.5}}", NULL);
  g_autofree char *negative = normalize (SK_KIND_SERVICE,
    "{\"id\": \"s\", \"name\": {\"nb\": \"S\"}, \"owner\": \"kommune\", \"sector\": \"h\", \"level\": \"l\", \"ages\": {\"max\": -1}}", NULL);

  g_assert_cmpstr (reversed, ==, "x.ages: the lowest age (18) is above the highest (6)");
  g_assert_cmpstr (fraction, ==, "x.ages.min: expected a whole number, got a decimal number");
  g_assert_cmpstr (negative, ==, "x.ages.max: expected a whole number from 0 to 99, got -1");
}

static void
test_long_string (void)
{
  g_autoptr(GString) json = g_string_new ("{\"id\": \"l1\", \"color\": \"#aabbcc\", \"name\": {\"nb\": \"");
  g_autofree char *problems = NULL;

  for (int i = 0; i < SK_MAX_STRING_CHARS + 1; i++)
    g_string_append (json, "ø");
  g_string_append (json, "\"}}");
  problems = normalize (SK_KIND_LEVEL, json->str, NULL);
  g_assert_cmpstr (problems, ==, "x.name.nb: text is 10001 characters long; at most 10000 are allowed");
}

static gboolean
only_s_and_h (SkKind kind, const char *id, gpointer data)
{
  return g_str_equal (id, "s") || g_str_equal (id, "h");
}

static void
test_refs (void)
{
  g_autoptr(JsonObject) out = NULL;
  g_autofree char *problems = normalize (SK_KIND_NOTE,
    "{\"id\": \"n\", \"target\": {\"type\": \"pathway\", \"id\": \"p\"}, \"text\": \"t\", \"created\": \"2026-11-23T14:05:00Z\"}", &out);
  SkProblems refs;

  g_assert_cmpstr (problems, ==, "");
  sk_problems_init (&refs);
  sk_schema_check_refs (sk_schema_for_kind (SK_KIND_NOTE), out, "notes[0]", only_s_and_h, NULL, &refs);
  g_assert_cmpuint (refs.count, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (refs.lines, 0), ==,
                   "notes[0].target.id: there is no pathway with the id «p»");
  sk_problems_clear (&refs);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/schema/ids", test_ids);
  g_test_add_func ("/schema/languages", test_languages);
  g_test_add_func ("/schema/key-order", test_key_order);
  g_test_add_func ("/schema/colors", test_colors);
  g_test_add_func ("/schema/required-and-types", test_required_and_types);
  g_test_add_func ("/schema/contact-values", test_contact_values);
  g_test_add_func ("/schema/dates", test_dates);
  g_test_add_func ("/schema/ages", test_ages);
  g_test_add_func ("/schema/long-string", test_long_string);
  g_test_add_func ("/schema/refs", test_refs);
  g_test_add_func ("/schema/parsed-reuse", test_parsed_reuse);

  return g_test_run ();
}
