/* sk-csv-import.c — services from a spreadsheet's table: one command
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The commands are made on a private copy of the map, each applied to the
 * copy as soon as it is made, so that every command is checked against the
 * map as it will be when the ones before it have run: new services get ids
 * that differ from each other, and a row may name as a referrer a service
 * that a later row adds (referrers are set in a second pass). The copy is
 * then thrown away; the group of commands applies to the real map as one
 * undo step.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-command-types.h"
#include "sk-commands-private.h"
#include "sk-commands.h"
#include "sk-csv-private.h"
#include "sk-error.h"
#include "sk-schema.h"

static gboolean
text_equal_ci (const char *a,
               const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return g_str_equal (fa, fb);
}

/* An object of @kind by its id or by its name in any language. */
static SkItem *
find_item (SkMap      *map,
           SkKind      kind,
           const char *value)
{
  GListModel *list = sk_map_get_list (map, kind);
  SkItem *item = sk_map_lookup (map, kind, value);

  if (item != NULL)
    return item;
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SkItem) candidate = g_list_model_get_item (list, i);
      JsonObject *name = sk_item_get_object (candidate, "name");
      JsonObjectIter iter;
      const char *lang;
      JsonNode *node;

      if (name == NULL)
        continue;
      json_object_iter_init (&iter, name);
      while (json_object_iter_next (&iter, &lang, &node))
        if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
            && text_equal_ci (json_node_get_string (node), value))
          return candidate;
    }
  return NULL;
}


/* Sets a text in one language, keeping the others; "" removes it. */
static void
set_text (JsonObject *object,
          const char *key,
          const char *lang,
          const char *value)
{
  JsonObject *text = NULL;

  if (json_object_has_member (object, key) && JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, key)))
    text = json_object_get_object_member (object, key);
  if (*value == '\0')
    {
      if (text != NULL)
        {
          json_object_remove_member (text, lang);
          if (json_object_get_size (text) == 0)
            json_object_remove_member (object, key);
        }
      return;
    }
  if (text == NULL)
    {
      text = json_object_new ();
      json_object_set_object_member (object, key, text);
    }
  json_object_set_string_member (text, lang, value);
}

static void
set_string (JsonObject *object,
            const char *key,
            const char *value)
{
  if (*value == '\0')
    json_object_remove_member (object, key);
  else
    json_object_set_string_member (object, key, value);
}


static void
drop_if_empty (JsonObject *object,
               const char *key)
{
  JsonObject *inner = sk_csv_child (object, key, FALSE);

  if (inner != NULL && json_object_get_size (inner) == 0)
    json_object_remove_member (object, key);
}

static gboolean
parse_bool (const char *value,
            gboolean   *result)
{
  static const char * const yes[] = { "yes", "ja", "true", "1", "x", NULL };
  static const char * const no[] = { "no", "nei", "false", "0", NULL };
  g_autofree char *lower = g_utf8_strdown (value, -1);

  g_strstrip (lower);
  if (g_strv_contains (yes, lower))
    *result = TRUE;
  else if (g_strv_contains (no, lower))
    *result = FALSE;
  else
    return FALSE;
  return TRUE;
}

static gboolean
parse_age (const char *value,
           gint64     *age)
{
  g_autofree char *copy = g_strstrip (g_strdup (value));

  return g_ascii_string_to_signed (copy, 10, 0, 99, age, NULL);
}

/* A cell as written, less the apostrophe that export puts before what a
 * spreadsheet would take for a formula. */
static const char *
unguard (const char *cell)
{
  return cell[0] == '\'' && sk_csv_is_formula_start (cell[1]) ? cell + 1 : cell;
}

/* --- import --------------------------------------------------------------- */

typedef struct
{
  SkMap            *copy;       /* the map as the commands so far left it */
  const char       *name;
  const char       *lang;
  const SkCsvTable *table;
  const SkCsvField *fields;
  SkCsvImport      *import;
  SkCommandGroup   *group;
  GHashTable       *rows_of;    /* service id → the line it was imported from */
} ImportState;

static void
problem (ImportState *state,
         guint        line,
         SkCsvField   field,
         const char  *format,
         ...) G_GNUC_PRINTF (4, 5);

static void
problem (ImportState *state,
         guint        line,
         SkCsvField   field,
         const char  *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (field != SK_CSV_FIELD_IGNORE)
    /* TRANSLATORS: "services.csv, line 7, column «Level»: no level «9»" */
    g_ptr_array_add (state->import->problems,
                     g_strdup_printf (_("%s, line %u, column «%s»: %s"), state->name, line,
                                      sk_csv_field_get_title (field), message));
  else
    g_ptr_array_add (state->import->problems,
                     g_strdup_printf (_("%s, line %u: %s"), state->name, line, message));
}

static const char *
cell (ImportState *state,
      char       **row,
      SkCsvField   field)
{
  for (guint c = 0; c < state->table->n_columns; c++)
    if (state->fields[c] == field)
      return unguard (row[c]);
  return NULL;
}

/* Applies @command to the copy and keeps it for the group, which takes
 * it. */
static void
keep (ImportState *state,
      SkCommand   *command)
{
  g_autoptr(SkCommand) owned = command;

  sk_command_apply (owned, state->copy);
  sk_command_group_add (state->group, owned);
}

/* Fills @json from the row's cells; FALSE when the row cannot be used. */
static gboolean
fill_service (ImportState *state,
              guint        line,
              char       **row,
              JsonObject  *json,
              gboolean     is_new)
{
  const char *value;
  JsonObject *ages, *access, *contact;

  if ((value = cell (state, row, SK_CSV_FIELD_NAME)) != NULL)
    {
      if (*value != '\0')
        set_text (json, "name", state->lang, value);
      else if (!is_new)
        problem (state, line, SK_CSV_FIELD_NAME, _("a service needs a name; the name stays"));
    }
  if ((value = cell (state, row, SK_CSV_FIELD_SHORT_NAME)) != NULL)
    set_string (json, "short_name", value);
  if ((value = cell (state, row, SK_CSV_FIELD_LEVEL)) != NULL)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (value));
      GListModel *levels = sk_map_get_levels (state->copy);
      guint64 number = 0;
      SkItem *level = NULL;
      g_autoptr(SkItem) by_number = NULL;

      if (*stripped == '\0')
        json_object_set_null_member (json, "level");
      else
        {
          if (g_ascii_string_to_unsigned (stripped, 10, 1, g_list_model_get_n_items (levels), &number, NULL))
            level = by_number = g_list_model_get_item (levels, (guint) number - 1);
          else
            level = find_item (state->copy, SK_KIND_LEVEL, stripped);
          if (level == NULL)
            {
              problem (state, line, SK_CSV_FIELD_LEVEL, _("the map has no level «%s»; the row is left out"), value);
              return FALSE;
            }
          json_object_set_string_member (json, "level", sk_item_get_id (level));
        }
    }
  if ((value = cell (state, row, SK_CSV_FIELD_SECTOR)) != NULL && *value != '\0')
    {
      SkItem *sector = find_item (state->copy, SK_KIND_SECTOR, value);

      if (sector == NULL)
        {
          problem (state, line, SK_CSV_FIELD_SECTOR, _("the map has no sector «%s»; the row is left out"), value);
          return FALSE;
        }
      json_object_set_string_member (json, "sector", sk_item_get_id (sector));
    }
  if ((value = cell (state, row, SK_CSV_FIELD_OWNER)) != NULL && *value != '\0')
    {
      if (g_strv_contains (sk_service_owners (), value))
        json_object_set_string_member (json, "owner", value);
      else
        problem (state, line, SK_CSV_FIELD_OWNER, _("«%s» is not an owner the format knows; it is left out"), value);
    }
  if ((value = cell (state, row, SK_CSV_FIELD_ORGANISATION)) != NULL)
    set_text (json, "organisation", state->lang, value);
  if ((value = cell (state, row, SK_CSV_FIELD_DESCRIPTION)) != NULL)
    set_text (json, "description", state->lang, value);

  ages = sk_csv_child (json, "ages", TRUE);
  for (SkCsvField f = SK_CSV_FIELD_AGE_MIN; f <= SK_CSV_FIELD_AGE_MAX; f++)
    if ((value = cell (state, row, f)) != NULL)
      {
        const char *key = f == SK_CSV_FIELD_AGE_MIN ? "min" : "max";
        gint64 age;

        if (*value == '\0')
          json_object_remove_member (ages, key);
        else if (parse_age (value, &age))
          json_object_set_int_member (ages, key, age);
        else
          problem (state, line, f, _("«%s» is not an age in whole years from 0 to 99; it is left out"), value);
      }
  drop_if_empty (json, "ages");

  access = sk_csv_child (json, "access", TRUE);
  if ((value = cell (state, row, SK_CSV_FIELD_ACCESS)) != NULL)
    {
      g_autofree char *lower = g_utf8_strdown (value, -1);

      g_strstrip (lower);
      if (*lower == '\0')
        json_object_remove_member (access, "mode");
      else if (g_str_equal (lower, "direct") || g_str_equal (lower, "direkte"))
        json_object_set_string_member (access, "mode", "direct");
      else if (g_str_equal (lower, "referral") || g_str_equal (lower, "henvisning") || g_str_equal (lower, "tilvising"))
        json_object_set_string_member (access, "mode", "referral");
      else
        problem (state, line, SK_CSV_FIELD_ACCESS, _("«%s» is neither «direct» nor «referral»; it is left out"), value);
    }
  if ((value = cell (state, row, SK_CSV_FIELD_ACCESS_NOTE)) != NULL)
    set_text (access, "note", state->lang, value);
  /* Referrers come in the second pass, when every service is there. */
  if (json_object_get_size (access) > 0 && !json_object_has_member (access, "mode"))
    {
      problem (state, line, SK_CSV_FIELD_ACCESS, _("how to get in (direct or referral) is missing; access is left out"));
      json_object_remove_member (json, "access");
    }
  drop_if_empty (json, "access");

  contact = sk_csv_child (json, "contact", TRUE);
  for (SkCsvField f = SK_CSV_FIELD_PHONE; f <= SK_CSV_FIELD_HOURS; f++)
    if ((value = cell (state, row, f)) != NULL)
      {
        if (f == SK_CSV_FIELD_HOURS)
          set_text (contact, "hours", state->lang, value);
        else
          set_string (contact, sk_csv_field_get_key (f), value);
      }
  drop_if_empty (json, "contact");

  for (SkCsvField f = SK_CSV_FIELD_FREE; f <= SK_CSV_FIELD_CONFIDENTIAL; f++)
    if ((value = cell (state, row, f)) != NULL)
      {
        gboolean yes;

        if (*value == '\0')
          json_object_remove_member (json, sk_csv_field_get_key (f));
        else if (parse_bool (value, &yes))
          json_object_set_boolean_member (json, sk_csv_field_get_key (f), yes);
        else
          problem (state, line, f, _("«%s» is neither yes nor no; it is left out"), value);
      }

  if ((value = cell (state, row, SK_CSV_FIELD_MUNICIPALITIES)) != NULL)
    {
      g_auto(GStrv) names = g_strsplit (value, ",", -1);
      JsonArray *ids = json_array_new ();

      for (guint i = 0; names[i] != NULL; i++)
        {
          SkItem *municipality;

          g_strstrip (names[i]);
          if (*names[i] == '\0')
            continue;
          if ((municipality = find_item (state->copy, SK_KIND_MUNICIPALITY, names[i])) != NULL)
            json_array_add_string_element (ids, sk_item_get_id (municipality));
          else
            problem (state, line, SK_CSV_FIELD_MUNICIPALITIES, _("the map has no municipality «%s»; it is left out"),
                     names[i]);
        }
      if (json_array_get_length (ids) > 0)
        json_object_set_array_member (json, "municipalities", ids);
      else
        {
          json_object_remove_member (json, "municipalities");
          json_array_unref (ids);
        }
    }
  return TRUE;
}

/* The service a row updates, if any: by its id, or with no id column by
 * its name. */
static SkItem *
existing_service (ImportState *state,
                  char       **row)
{
  const char *id = cell (state, row, SK_CSV_FIELD_ID);
  const char *name = cell (state, row, SK_CSV_FIELD_NAME);

  if (id != NULL)
    return *id != '\0' ? sk_map_lookup (state->copy, SK_KIND_SERVICE, id) : NULL;
  if (name == NULL || *name == '\0')
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (sk_map_get_services (state->copy)); i++)
    {
      g_autoptr(SkItem) service = g_list_model_get_item (sk_map_get_services (state->copy), i);
      const char *its = sk_csv_get_text (sk_item_get_json (service), "name", state->lang);

      if (its != NULL && g_str_equal (its, name))
        return service;
    }
  return NULL;
}

/* First pass: a service per row, added or updated. Returns its id, or NULL
 * for a row left out. */
static char *
import_row (ImportState *state,
            guint        line,
            char       **row)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) json = NULL;
  SkItem *service = existing_service (state, row);
  SkCommand *command;
  const char *name = cell (state, row, SK_CSV_FIELD_NAME);
  const char *id = cell (state, row, SK_CSV_FIELD_ID);
  g_autofree char *new_id = NULL;

  if (service != NULL)
    {
      gpointer before = g_hash_table_lookup (state->rows_of, sk_item_get_id (service));

      if (before != NULL)
        {
          problem (state, line, SK_CSV_FIELD_IGNORE, _("the same service as line %u; the row is left out"),
                   GPOINTER_TO_UINT (before));
          return NULL;
        }
      json = sk_item_dup_json (service);
      if (!fill_service (state, line, row, json, FALSE))
        return NULL;
      command = sk_commands_edit_from (state->copy, service, json, "", NULL, &error);
      if (command == NULL && error == NULL)
        {
          state->import->n_unchanged++;
          return g_strdup (sk_item_get_id (service));
        }
      if (command == NULL)
        {
          problem (state, line, SK_CSV_FIELD_IGNORE, _("%s; the row is left out"), error->message);
          return NULL;
        }
      keep (state, command);
      state->import->n_updated++;
      return g_strdup (sk_item_get_id (service));
    }

  if (name == NULL || *name == '\0')
    {
      problem (state, line, SK_CSV_FIELD_NAME, _("a new service needs a name; the row is left out"));
      return NULL;
    }
  new_id = id != NULL && *id != '\0' && sk_map_lookup (state->copy, SK_KIND_SERVICE, id) == NULL
           ? g_strdup (id) : sk_map_make_id (state->copy, SK_KIND_SERVICE, name);
  json = json_object_new ();
  json_object_set_string_member (json, "id", new_id);
  json_object_set_string_member (json, "owner", "kommune");
  json_object_set_null_member (json, "level");
  {
    g_autoptr(SkItem) sector = g_list_model_get_n_items (sk_map_get_sectors (state->copy)) > 0
                               ? g_list_model_get_item (sk_map_get_sectors (state->copy), 0) : NULL;

    if (sector != NULL)
      json_object_set_string_member (json, "sector", sk_item_get_id (sector));
  }
  if (!fill_service (state, line, row, json, TRUE))
    return NULL;
  command = sk_command_new_add (state->copy, SK_KIND_SERVICE, -1, json, &error);
  if (command == NULL)
    {
      problem (state, line, SK_CSV_FIELD_IGNORE, _("%s; the row is left out"), error->message);
      return NULL;
    }
  keep (state, command);
  state->import->n_added++;
  return g_steal_pointer (&new_id);
}

/* Second pass: who may refer, now that every service of the file is on the
 * copy. */
static void
import_referrers (ImportState *state,
                  guint        line,
                  char       **row,
                  const char  *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) json = NULL;
  const char *value = cell (state, row, SK_CSV_FIELD_REFERRERS);
  SkItem *service = sk_map_lookup (state->copy, SK_KIND_SERVICE, id);
  g_auto(GStrv) names = NULL;
  JsonObject *access;
  JsonArray *ids;
  SkCommand *command;

  if (value == NULL || service == NULL)
    return;
  json = sk_item_dup_json (service);
  access = sk_csv_child (json, "access", FALSE);
  names = g_strsplit (value, ",", -1);
  ids = json_array_new ();
  for (guint i = 0; names[i] != NULL; i++)
    {
      SkItem *referrer;

      g_strstrip (names[i]);
      if (*names[i] == '\0')
        continue;
      if ((referrer = find_item (state->copy, SK_KIND_SERVICE, names[i])) != NULL)
        json_array_add_string_element (ids, sk_item_get_id (referrer));
      else
        problem (state, line, SK_CSV_FIELD_REFERRERS, _("the map has no service «%s»; it is left out"), names[i]);
    }
  if (json_array_get_length (ids) > 0 && access == NULL)
    {
      problem (state, line, SK_CSV_FIELD_REFERRERS, _("who may refer needs how to get in (referral); it is left out"));
      json_array_unref (ids);
      return;
    }
  if (access == NULL)
    {
      json_array_unref (ids);
      return;
    }
  if (json_array_get_length (ids) > 0)
    json_object_set_array_member (access, "referrers", ids);
  else
    {
      json_object_remove_member (access, "referrers");
      json_array_unref (ids);
    }
  command = sk_commands_edit_from (state->copy, service, json, "", NULL, &error);
  if (command != NULL)
    keep (state, command);
  else if (error != NULL)
    problem (state, line, SK_CSV_FIELD_REFERRERS, _("%s; it is left out"), error->message);
}

/**
 * sk_csv_import_new:
 *
 * Returns: (transfer full) (nullable): what the mapping makes of the table,
 *   or %NULL with @error
 */
SkCsvImport *
sk_csv_import_new (SkMap             *map,
                   const char        *name,
                   const SkCsvTable  *table,
                   const SkCsvField  *fields_of,
                   gboolean           has_header,
                   const char        *lang,
                   GError           **error)
{
  g_autoptr(SkCsvImport) import = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SkMap) copy = NULL;
  g_autoptr(SkCommand) group = NULL;
  g_autoptr(GHashTable) rows_of = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  gboolean has_key = FALSE;
  ImportState state;
  guint line, first;

  g_return_val_if_fail (SK_IS_MAP (map), NULL);
  g_return_val_if_fail (name != NULL && table != NULL, NULL);
  g_return_val_if_fail (fields_of != NULL || table->n_columns == 0, NULL);

  for (guint c = 0; c < table->n_columns; c++)
    has_key |= fields_of[c] == SK_CSV_FIELD_NAME || fields_of[c] == SK_CSV_FIELD_ID;
  if (!has_key)
    {
      g_set_error (error, SK_EDIT_ERROR, SK_EDIT_ERROR_INVALID,
                   _("No column is the services’ name or id: choose which column holds the name"));
      return NULL;
    }

  bytes = sk_map_serialize (map);
  copy = sk_map_load_from_bytes (bytes, name, error);
  if (copy == NULL)
    return NULL;

  import = g_new0 (SkCsvImport, 1);
  import->problems = g_ptr_array_new_with_free_func (g_free);
  group = sk_command_group_new ("");
  rows_of = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ids = g_ptr_array_new_with_free_func (g_free);
  state = (ImportState) {
    .copy = copy, .name = name, .lang = lang != NULL ? lang : sk_map_get_language (map),
    .table = table, .fields = fields_of, .import = import, .group = SK_COMMAND_GROUP (group),
    .rows_of = rows_of,
  };

  /* Lines are counted as people see them: a field with a line break in it
   * takes more than one. */
  first = has_header ? 1 : 0;
  line = 1;
  for (guint r = 0; r < table->rows->len; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);
      char *id = NULL;
      gboolean blank = TRUE;

      for (guint c = 0; row[c] != NULL; c++)
        blank &= *row[c] == '\0';
      if (r >= first && !blank)
        {
          id = import_row (&state, line, row);
          if (id == NULL)
            import->n_skipped++;
          else
            g_hash_table_insert (rows_of, g_strdup (id), GUINT_TO_POINTER (line));
        }
      g_ptr_array_add (ids, id);
      for (guint c = 0; row[c] != NULL; c++)
        for (const char *p = row[c]; *p != '\0'; p++)
          line += *p == '\n';
      line++;
    }
  line = 1;
  for (guint r = 0; r < table->rows->len; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);
      const char *id = g_ptr_array_index (ids, r);

      if (id != NULL)
        import_referrers (&state, line, row, id);
      for (guint c = 0; row[c] != NULL; c++)
        for (const char *p = row[c]; *p != '\0'; p++)
          line += *p == '\n';
      line++;
    }

  if (sk_command_group_get_size (SK_COMMAND_GROUP (group)) > 0)
    {
      g_autofree char *label = NULL;
      guint n = import->n_added + import->n_updated;

      /* TRANSLATORS: an undo label */
      label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Import %u Service", "Import %u Services", MAX (n, 1)),
                               MAX (n, 1));
      sk_command_set_label (group, label);
      import->command = g_steal_pointer (&group);
    }
  return g_steal_pointer (&import);
}

void
sk_csv_import_free (SkCsvImport *import)
{
  if (import == NULL)
    return;
  g_clear_object (&import->command);
  g_clear_pointer (&import->problems, g_ptr_array_unref);
  g_free (import);
}
