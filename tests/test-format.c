/* test-format.c — reading and writing .sammenkart files
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sk-error.h"
#include "sk-json-syntax.h"
#include "sk-service.h"
#include "sk-test-util.h"

static char *
template_file_contents (const char *name)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  path = g_strdup_printf ("%s/%s.sammenkart", g_getenv ("SK_TEMPLATES_DIR"), name);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* Loading and saving a template gives back the very same bytes. */
static void
test_template_round_trip (gconstpointer data)
{
  const char *name = data;
  g_autofree char *original = template_file_contents (name);
  g_autoptr(SkMap) map = sk_test_load_template (name);
  g_autofree char *first = sk_test_serialize (map);
  g_autofree char *second = sk_test_serialize (map);

  sk_test_assert_same_text (original, first);
  g_assert_cmpstr (first, ==, second);
  g_assert_finalize_object (g_steal_pointer (&map));
}

static SkMap *
load_string (const char  *json,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  return sk_map_load_from_bytes (bytes, "test.sammenkart", error);
}

#define MINIMAL_HEAD "{\"format\": \"sammenkart\", \"version\": 1, \"title\": {\"nb\": \"T\"}, \"languages\": [\"nb\"]"
#define MINIMAL_LISTS \
  ", \"levels\": [{\"id\": \"l1\", \"name\": {\"nb\": \"N\"}, \"color\": \"#aabbcc\"}]" \
  ", \"sectors\": [{\"id\": \"h\", \"name\": {\"nb\": \"H\"}, \"color\": \"#112233\", \"icon\": \"health\"}]"

static void
test_unknown_keys_kept (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkMap) map = load_string (MINIMAL_HEAD ", \"future_top\": {\"b\": [1, 2], \"a\": \"x\"}" MINIMAL_LISTS
                                      ", \"services\": [{\"future\": true, \"id\": \"s\", \"name\": {\"nb\": \"S\"},"
                                      " \"owner\": \"kommune\", \"sector\": \"h\", \"level\": null,"
                                      " \"contact\": {\"fax\": \"1\", \"phone\": \"113\"}}]}", &error);
  g_autofree char *text = NULL;
  g_autoptr(GError) again_error = NULL;
  g_autoptr(SkMap) again = NULL;
  g_autofree char *text_again = NULL;

  g_assert_no_error (error);
  text = sk_test_serialize (map);
  /* Unknown keys stay, after the known ones, at every depth. */
  g_assert_nonnull (strstr (text, "\"future_top\" : {\n    \"b\" : [\n      1,\n      2\n    ],\n    \"a\" : \"x\"\n  }\n}\n"));
  g_assert_nonnull (strstr (text, "\"level\" : null,\n      \"contact\" : {\n        \"phone\" : \"113\",\n        \"fax\" : \"1\"\n      },\n      \"future\" : true\n"));
  g_assert_null (sk_service_get_level_id (SK_SERVICE (sk_map_lookup (map, SK_KIND_SERVICE, "s"))));

  again = load_string (text, &again_error);
  g_assert_no_error (again_error);
  text_again = sk_test_serialize (again);
  g_assert_cmpstr (text, ==, text_again);
}

static void
test_bom_and_whitespace (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkMap) map = load_string ("\xef\xbb\xbf\n  " MINIMAL_HEAD MINIMAL_LISTS ", \"services\": []}\n\n", &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  text = sk_test_serialize (map);
  g_assert_true (g_str_has_prefix (text, "{\n  \"format\" : \"sammenkart\",\n  \"version\" : 1,\n"));
  g_assert_true (g_str_has_suffix (text, "\"notes\" : []\n}\n"));
}

static void
test_newer_version (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkMap) map = load_string ("{\"format\": \"sammenkart\", \"version\": 2, \"title\": 5}", &error);

  g_assert_null (map);
  g_assert_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_VERSION);
  g_assert_cmpstr (error->message, ==,
                   "test.sammenkart: version: the map is in format version 2, made by a newer "
                   "Sammenkart; this Sammenkart reads version 1. Update Sammenkart to open it.");
}

static void
test_every_problem_listed (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkMap) map = load_string (MINIMAL_HEAD MINIMAL_LISTS
                                      ", \"services\": [{\"id\": \"s\", \"name\": {\"nb\": \"S\"}, \"owner\": \"kommune\","
                                      " \"sector\": \"nope\", \"level\": \"l9\"},"
                                      " {\"id\": \"s\", \"name\": {\"nb\": \"S2\"}, \"owner\": \"kommune\", \"sector\": \"h\", \"level\": null}],"
                                      " \"pathways\": [{\"id\": \"p\", \"name\": {\"nb\": \"P\"}, \"color\": \"#000000\","
                                      " \"steps\": [{\"service\": \"s\", \"kind\": \"refer\"}, {\"service\": \"x\", \"kind\": \"jump\"}]}]}",
                                      &error);

  g_assert_null (map);
  g_assert_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "test.sammenkart: services[1].id: the id «s» is used twice (also at services[0])\n"
                   "test.sammenkart: pathways[0].steps[1].kind: expected one of «notice», «assess», «intervene», «evaluate», «cooperate», «refer», «follow-up», got the string «jump»\n"
                   "test.sammenkart: services[0].sector: there is no sector with the id «nope»\n"
                   "test.sammenkart: services[0].level: there is no level with the id «l9»\n"
                   "test.sammenkart: pathways[0].steps[1].service: there is no service with the id «x»");
}

/* The checked text is parsed without the space between its tokens; the
 * space inside strings stays. */
static void
test_compact_text (void)
{
  static const char text[] = " {\n  \"a b\" : [ 1 , \"x \\\" y\"\t] ,\r\n  \"c\": {} }\n";
  g_autoptr(GString) compact = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (sk_json_check_syntax (text, strlen (text), "test.sammenkart", compact, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (compact->str, ==, "{\"a b\":[1,\"x \\\" y\"],\"c\":{}}");
}

static void
test_problem_cap (void)
{
  g_autoptr(GString) json = g_string_new (MINIMAL_HEAD MINIMAL_LISTS ", \"services\": [");
  g_autoptr(GError) error = NULL;
  g_autoptr(SkMap) map = NULL;
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < 250; i++)
    g_string_append_printf (json, "%s{\"id\": \"s%u\", \"name\": {\"nb\": \"S\"}, \"owner\": \"kommune\", "
                            "\"sector\": \"h\", \"level\": \"missing\"}", i ? ", " : "", i);
  g_string_append (json, "]}");

  map = load_string (json->str, &error);
  g_assert_null (map);
  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 101);
  g_assert_true (g_str_has_suffix (error->message, "test.sammenkart: and 150 more problems"));
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkMap) map = sk_map_load_from_file ("/nonexistent/kart.sammenkart", &error);

  g_assert_null (map);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_cmpstr (error->message, ==,
                   "/nonexistent/kart.sammenkart: could not be read: No such file or directory");
}

static void
test_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkMap) map = sk_map_load_from_file ("/", &error);

  g_assert_null (map);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/format/round-trip/generisk", "generisk", test_template_round_trip);
  g_test_add_data_func ("/format/round-trip/sondre-trondelag", "sondre-trondelag", test_template_round_trip);
  g_test_add_func ("/format/unknown-keys-kept", test_unknown_keys_kept);
  g_test_add_func ("/format/bom-and-whitespace", test_bom_and_whitespace);
  g_test_add_func ("/format/newer-version", test_newer_version);
  g_test_add_func ("/format/every-problem-listed", test_every_problem_listed);
  g_test_add_func ("/format/problem-cap", test_problem_cap);
  g_test_add_func ("/format/compact-text", test_compact_text);
  g_test_add_func ("/format/missing-file", test_missing_file);
  g_test_add_func ("/format/folder", test_folder);

  return g_test_run ();
}
