/* fuzz-csv-import.c — libFuzzer target: a spreadsheet from anyone
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes are either read as a table or refused with a message naming
 * the file, never a crash. A table is imported with the guessed columns
 * (and with every column as every field, in turn, so that each field's
 * reading sees the bytes); what it adds applies and reverts to the same
 * map, and the map's services written as CSV read back. See README.md.
 */
#include "config.h"

#include <stdint.h>

#include "sk-command.h"
#include "sk-csv.h"
#include "sk-map.h"
#include "fuzz-target.h"

static const char small_map[] =
  "{\"format\": \"sammenkart\", \"version\": 1, \"title\": {\"nb\": \"Fuzz\"}, \"languages\": [\"nb\", \"nn\"],"
  " \"levels\": [{\"id\": \"l1\", \"name\": {\"nb\": \"Tilbud til alle\"}, \"color\": \"#e1f3e3\"},"
  "  {\"id\": \"l2\", \"name\": {\"nb\": \"Lavterskel\"}, \"color\": \"#f2efc4\"}],"
  " \"sectors\": [{\"id\": \"helse\", \"name\": {\"nb\": \"Helse\"}, \"color\": \"#2e7d32\", \"icon\": \"health\"}],"
  " \"services\": [{\"id\": \"ppt\", \"name\": {\"nb\": \"PPT\"}, \"owner\": \"kommune\", \"sector\": \"helse\","
  "   \"level\": \"l2\", \"access\": {\"mode\": \"referral\", \"referrers\": [\"skole\"]}},"
  "  {\"id\": \"skole\", \"name\": {\"nb\": \"Skole\"}, \"owner\": \"kommune\", \"sector\": \"helse\", \"level\": \"l1\"}],"
  " \"pathways\": [], \"groups\": [], \"municipalities\": [{\"id\": \"roros\", \"name\": \"Røros\"}], \"notes\": []}\n";

static void
import_and_check (SkMap            *map,
                  const SkCsvTable *table,
                  const SkCsvField *fields,
                  gboolean          has_header)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkCsvImport) import = sk_csv_import_new (map, "fuzz.csv", table, fields, has_header, NULL, &error);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(SkCsvTable) again = NULL;
  gsize length;
  const char *data;

  g_assert_true ((import == NULL) != (error == NULL));
  if (import == NULL)
    return;
  for (guint i = 0; i < import->problems->len; i++)
    g_assert_true (g_str_has_prefix (g_ptr_array_index (import->problems, i), "fuzz.csv, line "));
  if (import->command == NULL)
    return;

  before = sk_map_serialize (map);
  sk_command_apply (import->command, map);
  csv = sk_csv_export_services (map, NULL, ';');
  data = g_bytes_get_data (csv, &length);
  again = sk_csv_table_parse ("export.csv", data, length, &error);
  g_assert_no_error (error);
  sk_command_revert (import->command, map);
  after = sk_map_serialize (map);
  g_assert_true (g_bytes_equal (before, after));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static SkMap *map;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkCsvTable) table = NULL;
  g_autofree SkCsvField *fields = NULL;
  gboolean has_header = FALSE;

  if (map == NULL)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (small_map, sizeof small_map - 1);

      map = sk_map_load_from_bytes (bytes, "fuzz.sammenkart", &error);
      g_assert_no_error (error);
    }

  table = sk_csv_table_parse ("fuzz.csv", (const char *) data, size, &error);
  g_assert_true ((table == NULL) != (error == NULL));
  if (table == NULL)
    {
      g_assert_true (g_str_has_prefix (error->message, "fuzz.csv"));
      return 0;
    }
  g_assert_cmpuint (table->rows->len, >, 0);
  g_assert_cmpuint (table->n_columns, <=, SK_CSV_MAX_COLUMNS);

  fields = sk_csv_guess_fields (table, &has_header);
  import_and_check (map, table, fields, has_header);

  /* The first column as each field, the second as the name: every reading
   * of a cell meets the bytes. */
  if (table->n_columns >= 2 && table->rows->len <= 8)
    for (SkCsvField f = SK_CSV_FIELD_IGNORE; f < SK_CSV_N_FIELDS; f++)
      {
        fields[0] = f;
        fields[1] = f == SK_CSV_FIELD_NAME ? SK_CSV_FIELD_ID : SK_CSV_FIELD_NAME;
        import_and_check (map, table, fields, FALSE);
      }
  return 0;
}
