/* sk-csv-export.c — services to a spreadsheet
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per service under a header of the fields' keys, as Excel in
 * Norway opens it. A cell a spreadsheet would take for a formula gets an
 * apostrophe before it; import takes it off again (sk-csv-import.c).
 */
#include "config.h"

#include <csv.h>
#include <string.h>

#include "sk-csv-private.h"

/* What a spreadsheet would run, made text. */
static char *
guard (const char *value)
{
  return sk_csv_is_formula_start (value[0]) ? g_strconcat ("'", value, NULL) : g_strdup (value);
}

static void
append_cell (GString    *out,
             const char *value,
             char        delimiter)
{
  g_autofree char *safe = guard (value != NULL ? value : "");
  gsize length = strlen (safe);
  gboolean quote = length > 0 && (g_ascii_isspace (safe[0]) || g_ascii_isspace (safe[length - 1]));

  for (const char *p = safe; *p != '\0' && !quote; p++)
    quote = *p == delimiter || *p == '"' || *p == '\n' || *p == '\r';
  if (quote)
    {
      /* libcsv's writer: quotes around, quotes inside doubled. */
      gsize size = csv_write2 (NULL, 0, safe, length, '"');
      gsize at = out->len;

      g_string_set_size (out, at + size);
      csv_write2 (out->str + at, size, safe, length, '"');
    }
  else
    g_string_append (out, safe);
}

static char *
join_ids (JsonArray *array)
{
  GString *joined = g_string_new (NULL);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        continue;
      if (joined->len > 0)
        g_string_append (joined, ", ");
      g_string_append (joined, json_node_get_string (node));
    }
  return g_string_free (joined, FALSE);
}

static char *
value_of (SkMap      *map,
          JsonObject *json,
          SkCsvField  field,
          const char *lang)
{
  JsonObject *inner;

  switch (field)
    {
    case SK_CSV_FIELD_ID:
      return g_strdup (json_object_get_string_member (json, "id"));
    case SK_CSV_FIELD_NAME:
    case SK_CSV_FIELD_ORGANISATION:
    case SK_CSV_FIELD_DESCRIPTION:
      return g_strdup (sk_csv_get_text (json, sk_csv_field_get_key (field), lang));
    case SK_CSV_FIELD_SHORT_NAME:
    case SK_CSV_FIELD_OWNER:
    case SK_CSV_FIELD_SECTOR:
      return g_strdup (json_object_get_string_member_with_default (json, sk_csv_field_get_key (field), NULL));
    case SK_CSV_FIELD_LEVEL:
      {
        const char *level = json_object_get_string_member_with_default (json, "level", NULL);

        return level != NULL ? g_strdup_printf ("%u", sk_map_get_level_number (map, level)) : NULL;
      }
    case SK_CSV_FIELD_AGE_MIN:
    case SK_CSV_FIELD_AGE_MAX:
      {
        const char *key = field == SK_CSV_FIELD_AGE_MIN ? "min" : "max";

        inner = sk_csv_child (json, "ages", FALSE);
        return inner != NULL && json_object_has_member (inner, key)
               ? g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (inner, key)) : NULL;
      }
    case SK_CSV_FIELD_ACCESS:
      inner = sk_csv_child (json, "access", FALSE);
      return inner != NULL ? g_strdup (json_object_get_string_member_with_default (inner, "mode", NULL)) : NULL;
    case SK_CSV_FIELD_REFERRERS:
      inner = sk_csv_child (json, "access", FALSE);
      return inner != NULL && json_object_has_member (inner, "referrers")
             ? join_ids (json_object_get_array_member (inner, "referrers")) : NULL;
    case SK_CSV_FIELD_ACCESS_NOTE:
      return g_strdup (sk_csv_get_text (sk_csv_child (json, "access", FALSE), "note", lang));
    case SK_CSV_FIELD_FREE:
    case SK_CSV_FIELD_CONFIDENTIAL:
      return json_object_has_member (json, sk_csv_field_get_key (field))
             ? g_strdup (json_object_get_boolean_member (json, sk_csv_field_get_key (field)) ? "yes" : "no") : NULL;
    case SK_CSV_FIELD_PHONE:
    case SK_CSV_FIELD_EMAIL:
    case SK_CSV_FIELD_WEB:
    case SK_CSV_FIELD_ADDRESS:
      inner = sk_csv_child (json, "contact", FALSE);
      return inner != NULL ? g_strdup (json_object_get_string_member_with_default (inner, sk_csv_field_get_key (field), NULL))
                           : NULL;
    case SK_CSV_FIELD_HOURS:
      return g_strdup (sk_csv_get_text (sk_csv_child (json, "contact", FALSE), "hours", lang));
    case SK_CSV_FIELD_MUNICIPALITIES:
      return json_object_has_member (json, "municipalities")
             ? join_ids (json_object_get_array_member (json, "municipalities")) : NULL;
    case SK_CSV_FIELD_IGNORE:
    case SK_CSV_N_FIELDS:
    default:
      return NULL;
    }
}

/**
 * sk_csv_export_services:
 * @delimiter: ';' or ','
 *
 * Returns: (transfer full): the CSV file's bytes
 */
GBytes *
sk_csv_export_services (SkMap      *map,
                        const char *lang,
                        char        delimiter)
{
  GListModel *services;
  GString *out;

  g_return_val_if_fail (SK_IS_MAP (map), NULL);
  g_return_val_if_fail (delimiter == ';' || delimiter == ',', NULL);

  if (lang == NULL)
    lang = sk_map_get_language (map);
  services = sk_map_get_services (map);
  out = g_string_new ("\xef\xbb\xbf");
  for (SkCsvField f = SK_CSV_FIELD_IGNORE + 1; f < SK_CSV_N_FIELDS; f++)
    {
      if (f > SK_CSV_FIELD_IGNORE + 1)
        g_string_append_c (out, delimiter);
      append_cell (out, sk_csv_field_get_key (f), delimiter);
    }
  g_string_append (out, "\r\n");
  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr(SkItem) service = g_list_model_get_item (services, i);

      for (SkCsvField f = SK_CSV_FIELD_IGNORE + 1; f < SK_CSV_N_FIELDS; f++)
        {
          g_autofree char *value = value_of (map, sk_item_get_json (service), f, lang);

          if (f > SK_CSV_FIELD_IGNORE + 1)
            g_string_append_c (out, delimiter);
          append_cell (out, value, delimiter);
        }
      g_string_append (out, "\r\n");
    }
  return g_string_free_to_bytes (out);
}
