/* test-csv.c — services to and from spreadsheets: reading what Excel and
 * LibreOffice write, the column guess, import as one undo step, formula
 * guard, round trips
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sk-commands.h"
#include "sk-csv.h"
#include "sk-error.h"
#include "sk-item.h"
#include "sk-test-util.h"

/* As Excel saves "CSV UTF-8" in Norway: byte order mark, ';', CRLF, a
 * quoted description with a line break and quotes in it. */
static const char excel_csv[] =
  "\xef\xbb\xbfNavn;Nivå;Sektor;Beskrivelse;Telefon;E-post;Tilgang\r\n"
  "Helsestasjon for ungdom;2;helse;\"Åpen for alle \"\"unge\"\"\r\nfra 13 år.\";+47 72 00 00 01;hfu@example.no;direkte\r\n"
  "Familiesenter;Lavterskel;helse;Råd til foreldre;72 00 00 02;;\r\n"
  "Ukjent nivå;9;helse;;;;\r\n";

static SkCsvTable *
parse (const char *text,
       gsize       length)
{
  g_autoptr(GError) error = NULL;
  SkCsvTable *table = sk_csv_table_parse ("tjenester.csv", text, length, &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

static const char *
cell (SkCsvTable *table,
      guint       row,
      guint       column)
{
  return ((char **) g_ptr_array_index (table->rows, row))[column];
}

static void
test_parse_excel (void)
{
  g_autoptr(SkCsvTable) table = parse (excel_csv, sizeof excel_csv - 1);

  g_assert_cmpint (table->delimiter, ==, ';');
  g_assert_cmpuint (table->rows->len, ==, 4);
  g_assert_cmpuint (table->n_columns, ==, 7);
  g_assert_cmpstr (cell (table, 0, 0), ==, "Navn");
  g_assert_cmpstr (cell (table, 1, 3), ==, "Åpen for alle \"unge\"\nfra 13 år.");
  g_assert_cmpstr (cell (table, 1, 4), ==, "+47 72 00 00 01");
  g_assert_cmpstr (cell (table, 2, 5), ==, "");
}

static void
test_parse_libreoffice (void)
{
  /* ',' with no byte order mark, LF, spaces kept, a short row padded. */
  static const char text[] = "name,level,phone\n PPT ,3\n\"Skole, Røros\",1,\"72 00\"\n";
  g_autoptr(SkCsvTable) table = parse (text, sizeof text - 1);

  g_assert_cmpint (table->delimiter, ==, ',');
  g_assert_cmpuint (table->rows->len, ==, 3);
  g_assert_cmpstr (cell (table, 1, 0), ==, " PPT ");
  g_assert_cmpstr (cell (table, 1, 2), ==, "");
  g_assert_cmpstr (cell (table, 2, 0), ==, "Skole, Røros");
}

static void
assert_refused (const char *text,
                gsize       length,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkCsvTable) table = NULL;

  table = sk_csv_table_parse ("tjenester.csv", text, length == (gsize) -1 ? strlen (text) : length, &error);
  g_assert_null (table);
  g_assert_nonnull (error);
  if (strstr (error->message, message) == NULL)
    g_error ("expected «%s» in «%s»", message, error->message);
}

static void
test_parse_bad (void)
{
  g_autoptr(GString) wide = g_string_new (NULL);

  assert_refused ("a;b\n\"open;x\ny\n", -1, "tjenester.csv, line 2: a quoted field is not closed");
  assert_refused ("a;b\nx;\"y\"z\n", -1, "tjenester.csv, line 2: a quote in the middle of a field");
  assert_refused ("a;b\n\xe5r;1\n", -1, "tjenester.csv, line 2: the text is not UTF-8");
  assert_refused ("\xff\xfe" "a\0;\0", 6, "UTF-16");
  assert_refused ("a;b\nc\0d\n", 8, "line 2: the file has a NUL byte");
  assert_refused ("", 0, "tjenester.csv: the file has no rows");
  assert_refused ("\r\n\n", -1, "tjenester.csv: the file has no rows");
  for (guint i = 0; i <= SK_CSV_MAX_COLUMNS; i++)
    g_string_append (wide, "x;");
  assert_refused (wide->str, wide->len, "more than 64 columns");
}

static void
test_guess (void)
{
  static const char text[] = "Navn;Ukjent;nivå;TELEFON;E-post;Kommuner;name\n";
  g_autoptr(SkCsvTable) table = parse (text, sizeof text - 1);
  g_autofree SkCsvField *fields = NULL;
  gboolean has_header = FALSE;

  fields = sk_csv_guess_fields (table, &has_header);
  g_assert_true (has_header);
  g_assert_cmpint (fields[0], ==, SK_CSV_FIELD_NAME);
  g_assert_cmpint (fields[1], ==, SK_CSV_FIELD_IGNORE);
  g_assert_cmpint (fields[2], ==, SK_CSV_FIELD_LEVEL);
  g_assert_cmpint (fields[3], ==, SK_CSV_FIELD_PHONE);
  g_assert_cmpint (fields[4], ==, SK_CSV_FIELD_EMAIL);
  g_assert_cmpint (fields[5], ==, SK_CSV_FIELD_MUNICIPALITIES);
  /* A second name column is not a second name. */
  g_assert_cmpint (fields[6], ==, SK_CSV_FIELD_IGNORE);
}

static SkMap *
map_without_services (void)
{
  static const char text[] =
    "{\"format\": \"sammenkart\", \"version\": 1, \"title\": {\"nb\": \"Test\"}, \"languages\": [\"nb\"],"
    " \"levels\": [{\"id\": \"l1\", \"name\": {\"nb\": \"Tilbud til alle\"}, \"color\": \"#e1f3e3\"},"
    "  {\"id\": \"l2\", \"name\": {\"nb\": \"Lavterskel\"}, \"color\": \"#f2efc4\"},"
    "  {\"id\": \"l3\", \"name\": {\"nb\": \"Oppfølging\"}, \"color\": \"#fcdcb4\"}],"
    " \"sectors\": [{\"id\": \"helse\", \"name\": {\"nb\": \"Helse\"}, \"color\": \"#2e7d32\", \"icon\": \"health\"}],"
    " \"services\": [{\"id\": \"ppt\", \"name\": {\"nb\": \"PPT\"}, \"owner\": \"kommune\", \"sector\": \"helse\","
    "   \"level\": \"l3\", \"contact\": {\"phone\": \"72 00 00 09\"}}],"
    " \"pathways\": [], \"groups\": [], \"municipalities\": [{\"id\": \"roros\", \"name\": \"Røros\"}], \"notes\": []}\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(GError) error = NULL;
  SkMap *map = sk_map_load_from_bytes (bytes, "test", &error);

  g_assert_no_error (error);
  return map;
}

static void
test_import_excel (void)
{
  g_autoptr(SkMap) map = map_without_services ();
  g_autoptr(SkCsvTable) table = parse (excel_csv, sizeof excel_csv - 1);
  g_autofree SkCsvField *fields = NULL;
  g_autoptr(SkCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = sk_test_serialize (map);
  g_autofree char *after_revert = NULL;
  gboolean has_header;
  GListModel *services = sk_map_get_services (map);
  SkItem *hfu;

  fields = sk_csv_guess_fields (table, &has_header);
  import = sk_csv_import_new (map, "tjenester.csv", table, fields, has_header, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < import->problems->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (import->problems, i));
  g_assert_cmpuint (import->n_added, ==, 2);
  g_assert_cmpuint (import->n_updated, ==, 0);
  g_assert_cmpuint (import->n_skipped, ==, 1);
  /* The bad row is line 5: the quoted description took two lines. */
  g_assert_cmpuint (import->problems->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (import->problems, 0), ==,
                   "tjenester.csv, line 5, column «Level»: the map has no level «9»; the row is left out");

  /* Nothing changed yet. */
  g_assert_cmpuint (g_list_model_get_n_items (services), ==, 1);
  g_assert_nonnull (import->command);
  sk_command_apply (import->command, map);
  g_assert_cmpuint (g_list_model_get_n_items (services), ==, 3);
  hfu = g_list_model_get_item (services, 1);
  g_assert_cmpstr (sk_item_get_text (hfu, "name", "nb"), ==, "Helsestasjon for ungdom");
  g_assert_cmpstr (sk_item_get_string (hfu, "level"), ==, "l2");
  g_assert_cmpstr (sk_item_get_text (hfu, "description", "nb"), ==, "Åpen for alle \"unge\"\nfra 13 år.");
  g_assert_cmpstr (json_object_get_string_member (sk_item_get_object (hfu, "contact"), "phone"), ==,
                   "+47 72 00 00 01");
  g_assert_cmpstr (json_object_get_string_member (sk_item_get_object (hfu, "access"), "mode"), ==, "direct");
  g_object_unref (hfu);
  {
    g_autoptr(SkItem) family = g_list_model_get_item (services, 2);

    /* The level by its name. */
    g_assert_cmpstr (sk_item_get_string (family, "level"), ==, "l2");
  }

  /* One undo step takes it all back. */
  sk_command_revert (import->command, map);
  after_revert = sk_test_serialize (map);
  sk_test_assert_same_text (before, after_revert);
}

static void
test_import_updates (void)
{
  static const char text[] = "id;phone;level\nppt;73 00 00 00;1\nppt;1;1\n";
  g_autoptr(SkMap) map = map_without_services ();
  g_autoptr(SkCsvTable) table = parse (text, sizeof text - 1);
  g_autofree SkCsvField *fields = NULL;
  g_autoptr(SkCsvImport) import = NULL;
  g_autoptr(SkItem) ppt = NULL;
  gboolean has_header;

  fields = sk_csv_guess_fields (table, &has_header);
  import = sk_csv_import_new (map, "t.csv", table, fields, has_header, NULL, NULL);
  g_assert_cmpuint (import->n_added, ==, 0);
  g_assert_cmpuint (import->n_updated, ==, 1);
  g_assert_cmpuint (import->n_skipped, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (import->problems, 0), ==,
                   "t.csv, line 3: the same service as line 2; the row is left out");
  sk_command_apply (import->command, map);
  ppt = g_list_model_get_item (sk_map_get_services (map), 0);
  g_assert_cmpstr (json_object_get_string_member (sk_item_get_object (ppt, "contact"), "phone"), ==, "73 00 00 00");
  g_assert_cmpstr (sk_item_get_string (ppt, "level"), ==, "l1");
}

static void
test_import_needs_name (void)
{
  static const char text[] = "phone;level\n1;2\n";
  g_autoptr(SkMap) map = map_without_services ();
  g_autoptr(SkCsvTable) table = parse (text, sizeof text - 1);
  g_autofree SkCsvField *fields = NULL;
  g_autoptr(GError) error = NULL;
  SkCsvImport *import;
  gboolean has_header;

  fields = sk_csv_guess_fields (table, &has_header);
  import = sk_csv_import_new (map, "t.csv", table, fields, has_header, NULL, &error);
  g_assert_null (import);
  g_assert_error (error, SK_EDIT_ERROR, SK_EDIT_ERROR_INVALID);
}

/* What a spreadsheet would run is written with an apostrophe before it, and
 * read back without. */
static void
test_formula_guard (void)
{
  static const char text[] =
    "name;description;phone;address\n"
    "Farlig;\"=HYPERLINK(\"\"https://evil.example\"\",\"\"klikk\"\")\";+47 73 00 00 00;@SUM(A1)\n"
    "Trygg;'vanlig tekst;;-\n"
    "Tab;\"\t=1+1\";;\n";
  g_autoptr(SkMap) map = map_without_services ();
  g_autoptr(SkCsvTable) table = parse (text, sizeof text - 1);
  g_autofree SkCsvField *fields = NULL;
  g_autoptr(SkCsvImport) import = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(SkCsvTable) again = NULL;
  gboolean has_header;
  gsize length;
  const char *data;

  fields = sk_csv_guess_fields (table, &has_header);
  import = sk_csv_import_new (map, "t.csv", table, fields, has_header, NULL, NULL);
  for (guint i = 0; i < import->problems->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (import->problems, i));
  g_assert_cmpuint (import->n_added, ==, 3);
  sk_command_apply (import->command, map);

  csv = sk_csv_export_services (map, NULL, ';');
  data = g_bytes_get_data (csv, &length);
  g_assert_true (sk_test_contains (data, length, ";\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"klikk\"\")\";"));
  g_assert_true (sk_test_contains (data, length, ";'+47 73 00 00 00;"));
  g_assert_true (sk_test_contains (data, length, ";'@SUM(A1);"));
  g_assert_true (sk_test_contains (data, length, ";'-;"));
  g_assert_true (sk_test_contains (data, length, ";'\t=1+1;"));
  /* Not a formula: as it was. */
  g_assert_true (sk_test_contains (data, length, ";'vanlig tekst;"));
  /* No cell starts with what a spreadsheet runs. */
  again = parse (data, length);
  for (guint r = 0; r < again->rows->len; r++)
    for (guint c = 0; c < again->n_columns; c++)
      g_assert_null (strchr ("=+-@\t\r", cell (again, r, c)[0] == '\0' ? 'x' : cell (again, r, c)[0]));
}

/* The regional template's services out, into a map with none, and out
 * again: the same bytes. */
static void
test_round_trip (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("sondre-trondelag");
  g_autoptr(SkMap) empty = sk_test_load_template ("sondre-trondelag");
  g_autoptr(GBytes) first = sk_csv_export_services (map, NULL, ';');
  g_autoptr(GBytes) second = NULL;
  g_autoptr(SkCsvTable) table = NULL;
  g_autofree SkCsvField *fields = NULL;
  g_autoptr(SkCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *services = sk_map_get_services (empty);
  gboolean has_header;
  gsize length;
  const char *data = g_bytes_get_data (first, &length);

  /* A map with the same levels, sectors and municipalities, and no
   * services (nor the pathways and overrides that name them). */
  while (g_list_model_get_n_items (sk_map_get_pathways (empty)) > 0)
    {
      g_autoptr(SkItem) pathway = g_list_model_get_item (sk_map_get_pathways (empty), 0);
      g_autoptr(SkCommand) remove = sk_command_new_remove (empty, SK_KIND_PATHWAY, sk_item_get_id (pathway),
                                                           NULL, NULL, &error);

      g_assert_no_error (error);
      sk_command_apply (remove, empty);
    }
  while (g_list_model_get_n_items (services) > 0)
    {
      g_autoptr(SkItem) service = g_list_model_get_item (services, g_list_model_get_n_items (services) - 1);
      g_autoptr(SkCommand) remove = sk_command_new_remove (empty, SK_KIND_SERVICE, sk_item_get_id (service),
                                                           NULL, NULL, &error);

      g_assert_no_error (error);
      sk_command_apply (remove, empty);
    }

  g_assert_true (g_str_has_prefix (data, "\xef\xbb\xbfid;name;short_name;level;sector;"));
  g_assert_true (sk_test_contains (data, length, "\r\n"));
  table = parse (data, length);
  fields = sk_csv_guess_fields (table, &has_header);
  import = sk_csv_import_new (empty, "tjenester.csv", table, fields, has_header, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < import->problems->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (import->problems, i));
  g_assert_cmpuint (import->problems->len, ==, 0);
  g_assert_cmpuint (import->n_added, ==, g_list_model_get_n_items (sk_map_get_services (map)));
  sk_command_apply (import->command, empty);
  second = sk_csv_export_services (empty, NULL, ';');
  g_assert_true (g_bytes_equal (first, second));

  /* Into the map it came from: nothing to change. */
  g_clear_pointer (&import, sk_csv_import_free);
  import = sk_csv_import_new (map, "tjenester.csv", table, fields, has_header, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (import->command);
  g_assert_cmpuint (import->n_added + import->n_updated + import->n_skipped, ==, 0);
  g_assert_cmpuint (import->n_unchanged, ==, g_list_model_get_n_items (sk_map_get_services (map)));
}

static void
test_cli (void)
{
  g_autofree char *dir = sk_test_make_temp_dir ();
  g_autofree char *map = g_build_filename (dir, "kart.sammenkart", NULL);
  g_autofree char *csv = g_build_filename (dir, "tjenester.csv", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.csv", NULL);
  g_autofree char *map_before = NULL;
  g_autofree char *out = NULL;
  g_autofree char *contents = NULL;
  const char *sammenkart = g_getenv ("SK_SAMMENKART");
  int status = -1;

  g_assert_nonnull (sammenkart);
  g_assert_true (g_spawn_sync (NULL, (char *[]) { (char *) sammenkart, "new", "--template", "generisk", "-o", map, NULL },
                               NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_spawn_sync (NULL, (char *[]) { (char *) sammenkart, "export", "csv", map, "-o", csv, NULL },
                               NULL, 0, NULL, NULL, &out, NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "tjenester.csv: 40 services written"));
  g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xef\xbb\xbfid;name;"));
  g_clear_pointer (&out, g_free);

  /* Importing what was exported changes nothing. */
  g_assert_true (g_file_get_contents (map, &map_before, NULL, NULL));
  g_assert_true (g_spawn_sync (NULL, (char *[]) { (char *) sammenkart, "import", map, csv, NULL },
                               NULL, 0, NULL, NULL, &out, NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "0 added, 0 updated, 40 as they were, 0 left out"));
  g_clear_pointer (&out, g_free);

  /* A broken file: a message naming it and the line, exit 2, the map as
   * it was. */
  g_assert_true (g_file_set_contents (bad, "name;level\n\"open;1\n", -1, NULL));
  g_assert_true (g_spawn_sync (NULL, (char *[]) { (char *) sammenkart, "import", map, bad, NULL },
                               NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &out, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL) == FALSE);
  g_assert_nonnull (strstr (out, "bad.csv, line 2: a quoted field is not closed"));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (map, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, map_before);
  sk_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/csv/parse/excel", test_parse_excel);
  g_test_add_func ("/csv/parse/libreoffice", test_parse_libreoffice);
  g_test_add_func ("/csv/parse/bad", test_parse_bad);
  g_test_add_func ("/csv/guess", test_guess);
  g_test_add_func ("/csv/import/excel", test_import_excel);
  g_test_add_func ("/csv/import/updates", test_import_updates);
  g_test_add_func ("/csv/import/needs-name", test_import_needs_name);
  g_test_add_func ("/csv/formula-guard", test_formula_guard);
  g_test_add_func ("/csv/round-trip", test_round_trip);
  g_test_add_func ("/csv/cli", test_cli);
  return g_test_run ();
}
