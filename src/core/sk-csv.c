/* sk-csv.c — services to and from spreadsheets (CSV)
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libcsv splits the file into fields; this file checks the bytes around it
 * (size, encoding, limits, line numbers for messages), guesses what each
 * column holds, and turns rows into commands.
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

#include <csv.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "sk-command-types.h"
#include "sk-commands-private.h"
#include "sk-commands.h"
#include "sk-csv.h"
#include "sk-error.h"
#include "sk-level.h"
#include "sk-schema.h"

/* --- reading the table -------------------------------------------------- */

typedef struct
{
  const char *name;
  SkCsvTable *table;
  GPtrArray  *row;          /* of char *, the record being read */
  guint       line;         /* the physical line being fed to libcsv */
  guint       record_line;  /* where the record being read began */
  gboolean    in_record;    /* a record has begun and not ended */
  GError     *error;
} ReadState;

/* A line break inside a cell as the map keeps it: "\n" (Windows programs
 * may write "\r\n"). */
static char *
normalize_newlines (const char *text,
                    gsize       length)
{
  char *copy = g_malloc (length + 1);
  gsize n = 0;

  for (gsize i = 0; i < length; i++)
    {
      if (text[i] == '\r')
        {
          copy[n++] = '\n';
          if (i + 1 < length && text[i + 1] == '\n')
            i++;
        }
      else
        copy[n++] = text[i];
    }
  copy[n] = '\0';
  return copy;
}

static void
on_field (void   *text,
          size_t  length,
          void   *data)
{
  ReadState *state = data;

  if (state->error != NULL)
    return;
  if (state->row->len >= SK_CSV_MAX_COLUMNS)
    {
      g_set_error (&state->error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_TOO_LARGE,
                   _("%s, line %u: more than %d columns"), state->name, state->record_line, SK_CSV_MAX_COLUMNS);
      return;
    }
  g_ptr_array_add (state->row, normalize_newlines (text != NULL ? text : "", length));
}

static void
on_record (int   terminator,
           void *data)
{
  ReadState *state = data;
  GPtrArray *row = state->row;

  if (state->error != NULL)
    return;
  state->in_record = FALSE;
  if (state->table->rows->len >= SK_CSV_MAX_ROWS)
    {
      g_set_error (&state->error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_TOO_LARGE,
                   _("%s: more than %d rows"), state->name, SK_CSV_MAX_ROWS);
      return;
    }
  state->table->n_columns = MAX (state->table->n_columns, row->len);
  g_ptr_array_add (row, NULL);
  g_ptr_array_add (state->table->rows, g_ptr_array_free (row, FALSE));
  state->row = g_ptr_array_new_with_free_func (g_free);
}

/* Spaces around an unquoted field are part of its value: a cell is what
 * the spreadsheet showed. */
static int
no_spaces (unsigned char c)
{
  return 0;
}

/* ';' (what Excel and LibreOffice write where the decimal sign is a comma,
 * as in Norway) or ',': whichever the first record has more of, outside
 * quotes. */
static char
guess_delimiter (const char *data,
                 gsize       length)
{
  guint semicolons = 0, commas = 0;
  gboolean quoted = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (c == '"')
        quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r'))
        break;
      else if (!quoted && c == ';')
        semicolons++;
      else if (!quoted && c == ',')
        commas++;
    }
  return semicolons > commas ? ';' : ',';
}

static guint
line_of (const char *data,
         const char *at)
{
  guint line = 1;

  for (const char *p = data; p < at; p++)
    if (*p == '\n')
      line++;
  return line;
}

/* The bytes as text: UTF-8 (its byte order mark dropped), no NUL, within
 * the size limit. Returns where the text starts. */
static const char *
check_bytes (const char  *name,
             const char  *data,
             gsize        length,
             gsize       *text_length,
             GError     **error)
{
  const char *end = NULL;
  const char *nul;

  if (length > SK_CSV_MAX_BYTES)
    {
      g_set_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_TOO_LARGE,
                   _("%s: the file is larger than %d MB"), name, SK_CSV_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  if (length >= 2 && (((guchar) data[0] == 0xff && (guchar) data[1] == 0xfe)
                      || ((guchar) data[0] == 0xfe && (guchar) data[1] == 0xff)))
    {
      g_set_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_INVALID,
                   _("%s: the file is UTF-16; save it as CSV in UTF-8 (“CSV UTF-8” in Excel)"), name);
      return NULL;
    }
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if ((nul = memchr (data, '\0', length)) != NULL)
    {
      g_set_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_INVALID,
                   _("%s, line %u: the file has a NUL byte; it is not a text file"), name, line_of (data, nul));
      return NULL;
    }
  if (!g_utf8_validate (data, (gssize) length, &end))
    {
      g_set_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_INVALID,
                   _("%s, line %u: the text is not UTF-8; save it as CSV in UTF-8 (“CSV UTF-8” in Excel)"),
                   name, line_of (data, end));
      return NULL;
    }
  *text_length = length;
  return data;
}

/**
 * sk_csv_table_parse:
 * @name: the file's name, for messages
 *
 * Returns: (transfer full) (nullable): the table, or %NULL with @error
 */
SkCsvTable *
sk_csv_table_parse (const char  *name,
                    const char  *data,
                    gsize        length,
                    GError     **error)
{
  g_autoptr(SkCsvTable) table = NULL;
  struct csv_parser parser;
  ReadState state = { .name = name, .line = 1 };
  const char *text;
  gsize text_length = 0, done = 0;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!(text = check_bytes (name, data != NULL ? data : "", length, &text_length, error)))
    return NULL;

  table = g_new0 (SkCsvTable, 1);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  table->delimiter = guess_delimiter (text, text_length);
  state.table = table;
  state.row = g_ptr_array_new_with_free_func (g_free);

  if (csv_init (&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
    g_error ("libcsv could not start");
  csv_set_delim (&parser, (unsigned char) table->delimiter);
  csv_set_space_func (&parser, no_spaces);

  /* Line by line, to know where a record began. */
  while (done < text_length && state.error == NULL)
    {
      const char *newline = memchr (text + done, '\n', text_length - done);
      gsize chunk = newline != NULL ? (gsize) (newline - (text + done)) + 1 : text_length - done;

      /* libcsv skips blank lines; any other line outside a record begins
       * one. */
      if (!state.in_record && strspn (text + done, "\r\n") < chunk)
        {
          state.in_record = TRUE;
          state.record_line = state.line;
        }

      if (csv_parse (&parser, text + done, chunk, on_field, on_record, &state) != chunk)
        {
          if (state.error == NULL)
            g_set_error (&state.error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_INVALID,
                         _("%s, line %u: a quote in the middle of a field (%s)"), name, state.line,
                         csv_strerror (csv_error (&parser)));
          break;
        }
      done += chunk;
      state.line++;
    }
  if (state.error == NULL && csv_fini (&parser, on_field, on_record, &state) != 0 && state.error == NULL)
    g_set_error (&state.error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_INVALID,
                 _("%s, line %u: a quoted field is not closed before the end of the file"), name,
                 state.record_line);
  csv_free (&parser);
  g_ptr_array_free (state.row, TRUE);
  if (state.error != NULL)
    {
      g_propagate_error (error, state.error);
      return NULL;
    }
  if (table->rows->len == 0)
    {
      g_set_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_INVALID, _("%s: the file has no rows"), name);
      return NULL;
    }

  /* Every row as wide as the widest. */
  for (guint i = 0; i < table->rows->len; i++)
    {
      char **row = g_ptr_array_index (table->rows, i);
      guint n = g_strv_length (row);

      if (n < table->n_columns)
        {
          row = g_renew (char *, row, table->n_columns + 1);
          for (guint j = n; j < table->n_columns; j++)
            row[j] = g_strdup ("");
          row[table->n_columns] = NULL;
          table->rows->pdata[i] = row;
        }
    }
  return g_steal_pointer (&table);
}

SkCsvTable *
sk_csv_table_read (const char  *path,
                   GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GError) local = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);

  name = g_filename_display_basename (path);
  file = g_file_new_for_path (path);
  /* Refused before it is read, when it is too large. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL && g_file_info_get_size (info) > SK_CSV_MAX_BYTES)
    {
      g_set_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_TOO_LARGE,
                   _("%s: the file is larger than %d MB"), name, SK_CSV_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  if (!g_file_get_contents (path, &data, &length, &local))
    {
      g_set_error (error, local->domain, local->code, "%s: %s", name, local->message);
      return NULL;
    }
  return sk_csv_table_parse (name, data, length, error);
}

void
sk_csv_table_free (SkCsvTable *table)
{
  if (table == NULL)
    return;
  g_ptr_array_unref (table->rows);
  g_free (table);
}

/* --- fields --------------------------------------------------------------- */

static const struct
{
  const char *key;
  const char *title;
  const char *aliases;  /* headings people write, lowercase, '|'-separated */
} fields[SK_CSV_N_FIELDS] = {
  [SK_CSV_FIELD_IGNORE] = { "", N_("Don’t Import"), "" },
  [SK_CSV_FIELD_ID] = { "id", N_("Id"), "id|kode" },
  [SK_CSV_FIELD_NAME] = { "name", N_("Name"), "navn|namn|tjeneste|teneste|tjenestenavn|tenestenamn|service" },
  [SK_CSV_FIELD_SHORT_NAME] = { "short_name", N_("Short Name"), "short name|kortnavn|kortnamn|forkortelse|forkorting" },
  [SK_CSV_FIELD_LEVEL] = { "level", N_("Level"), "nivå|niva|nivå (1–5)" },
  [SK_CSV_FIELD_SECTOR] = { "sector", N_("Sector"), "sektor" },
  [SK_CSV_FIELD_OWNER] = { "owner", N_("Owner"), "eier|eigar|eierskap|eigarskap" },
  [SK_CSV_FIELD_ORGANISATION] = { "organisation", N_("Organisation"), "organization|organisasjon|virksomhet|verksemd" },
  [SK_CSV_FIELD_DESCRIPTION] = { "description", N_("Description"), "beskrivelse|skildring|om tjenesten|om tenesta|hva|kva" },
  [SK_CSV_FIELD_AGE_MIN] = { "age_min", N_("Age From"), "age from|alder fra|alder frå|fra alder|frå alder|min alder" },
  [SK_CSV_FIELD_AGE_MAX] = { "age_max", N_("Age To"), "age to|alder til|til alder|maks alder" },
  [SK_CSV_FIELD_ACCESS] = { "access", N_("Access"), "tilgang|henvisning|tilvising" },
  [SK_CSV_FIELD_REFERRERS] = { "referrers", N_("Who May Refer"), "who may refer|henvisere|tilvisarar|henvises fra|tilvisast frå" },
  [SK_CSV_FIELD_ACCESS_NOTE] = { "access_note", N_("About Access"), "about access|om tilgang|merknad om tilgang" },
  [SK_CSV_FIELD_FREE] = { "free", N_("Free"), "gratis|kostnadsfri" },
  [SK_CSV_FIELD_CONFIDENTIAL] = { "confidential", N_("Confidential"), "taushetsplikt|teieplikt|konfidensiell" },
  [SK_CSV_FIELD_PHONE] = { "phone", N_("Phone"), "telefon|tlf|tlf.|telefonnummer" },
  [SK_CSV_FIELD_EMAIL] = { "email", N_("E-mail"), "e-mail|e-post|epost|e-postadresse" },
  [SK_CSV_FIELD_WEB] = { "web", N_("Web Page"), "web page|nettside|nettstad|hjemmeside|heimeside|url|lenke" },
  [SK_CSV_FIELD_ADDRESS] = { "address", N_("Address"), "adresse|besøksadresse|besøksadresse" },
  [SK_CSV_FIELD_HOURS] = { "hours", N_("Opening Hours"), "opening hours|åpningstid|åpningstider|opningstid|opningstider" },
  [SK_CSV_FIELD_MUNICIPALITIES] = { "municipalities", N_("Municipalities"), "kommuner|kommunar|kommune" },
};

const char *
sk_csv_field_get_key (SkCsvField field)
{
  g_return_val_if_fail (field < SK_CSV_N_FIELDS, "");
  return fields[field].key;
}

const char *
sk_csv_field_get_title (SkCsvField field)
{
  g_return_val_if_fail (field < SK_CSV_N_FIELDS, "");
  return _(fields[field].title);
}

static SkCsvField
field_for_heading (const char *heading)
{
  g_autofree char *stripped = g_strstrip (g_strdup (heading));
  g_autofree char *lower = g_utf8_strdown (stripped, -1);

  if (*lower == '\0')
    return SK_CSV_FIELD_IGNORE;
  for (guint f = SK_CSV_FIELD_IGNORE + 1; f < SK_CSV_N_FIELDS; f++)
    {
      g_auto(GStrv) aliases = g_strsplit (fields[f].aliases, "|", -1);
      g_autofree char *title = g_utf8_strdown (_(fields[f].title), -1);
      g_autofree char *english = g_utf8_strdown (fields[f].title, -1);

      if (g_str_equal (lower, fields[f].key) || g_str_equal (lower, title) || g_str_equal (lower, english)
          || g_strv_contains ((const char * const *) aliases, lower))
        return f;
    }
  return SK_CSV_FIELD_IGNORE;
}

/**
 * sk_csv_guess_fields:
 *
 * Returns: (transfer full) (array): one field per column
 */
SkCsvField *
sk_csv_guess_fields (const SkCsvTable *table,
                     gboolean         *has_header)
{
  SkCsvField *guess;
  char **first;
  gboolean known = FALSE;

  g_return_val_if_fail (table != NULL && table->rows->len > 0, NULL);

  guess = g_new0 (SkCsvField, MAX (table->n_columns, 1));
  first = g_ptr_array_index (table->rows, 0);
  for (guint c = 0; c < table->n_columns; c++)
    {
      SkCsvField field = field_for_heading (first[c]);
      gboolean taken = FALSE;

      /* One column per field: the first with that heading. */
      for (guint before = 0; before < c; before++)
        taken |= guess[before] == field;
      guess[c] = taken ? SK_CSV_FIELD_IGNORE : field;
      known |= guess[c] != SK_CSV_FIELD_IGNORE;
    }
  /* No heading known: the first column is the name, and the first row a
   * service. */
  if (!known && table->n_columns > 0)
    guess[0] = SK_CSV_FIELD_NAME;
  if (has_header != NULL)
    *has_header = known;
  return guess;
}

/* --- cells ---------------------------------------------------------------- */

static gboolean
is_formula_start (char c)
{
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

/* A cell as written, less the apostrophe that export puts before what a
 * spreadsheet would take for a formula. */
static const char *
unguard (const char *cell)
{
  return cell[0] == '\'' && is_formula_start (cell[1]) ? cell + 1 : cell;
}

static char *
guard (const char *value)
{
  return is_formula_start (value[0]) ? g_strconcat ("'", value, NULL) : g_strdup (value);
}

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

static const char *
get_text (JsonObject *object,
          const char *key,
          const char *lang)
{
  JsonObject *text;

  if (object == NULL || !json_object_has_member (object, key)
      || !JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, key)))
    return NULL;
  text = json_object_get_object_member (object, key);
  if (!json_object_has_member (text, lang) || !JSON_NODE_HOLDS_VALUE (json_object_get_member (text, lang)))
    return NULL;
  return json_object_get_string_member (text, lang);
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

/* The object at @key, made when @create. */
static JsonObject *
child (JsonObject *object,
       const char *key,
       gboolean    create)
{
  if (json_object_has_member (object, key) && JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, key)))
    return json_object_get_object_member (object, key);
  if (!create)
    return NULL;
  json_object_set_object_member (object, key, json_object_new ());
  return json_object_get_object_member (object, key);
}

static void
drop_if_empty (JsonObject *object,
               const char *key)
{
  JsonObject *inner = child (object, key, FALSE);

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

/* Applies @command to the copy and keeps it for the group. */
static void
keep (ImportState *state,
      SkCommand   *command)
{
  sk_command_apply (command, state->copy);
  sk_command_group_add (state->group, command);
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

  ages = child (json, "ages", TRUE);
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

  access = child (json, "access", TRUE);
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

  contact = child (json, "contact", TRUE);
  for (SkCsvField f = SK_CSV_FIELD_PHONE; f <= SK_CSV_FIELD_HOURS; f++)
    if ((value = cell (state, row, f)) != NULL)
      {
        if (f == SK_CSV_FIELD_HOURS)
          set_text (contact, "hours", state->lang, value);
        else
          set_string (contact, fields[f].key, value);
      }
  drop_if_empty (json, "contact");

  for (SkCsvField f = SK_CSV_FIELD_FREE; f <= SK_CSV_FIELD_CONFIDENTIAL; f++)
    if ((value = cell (state, row, f)) != NULL)
      {
        gboolean yes;

        if (*value == '\0')
          json_object_remove_member (json, fields[f].key);
        else if (parse_bool (value, &yes))
          json_object_set_boolean_member (json, fields[f].key, yes);
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
      const char *its = get_text (sk_item_get_json (service), "name", state->lang);

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
  access = child (json, "access", FALSE);
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

/* --- export --------------------------------------------------------------- */

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
      return g_strdup (get_text (json, fields[field].key, lang));
    case SK_CSV_FIELD_SHORT_NAME:
    case SK_CSV_FIELD_OWNER:
    case SK_CSV_FIELD_SECTOR:
      return g_strdup (json_object_get_string_member_with_default (json, fields[field].key, NULL));
    case SK_CSV_FIELD_LEVEL:
      {
        const char *level = json_object_get_string_member_with_default (json, "level", NULL);

        return level != NULL ? g_strdup_printf ("%u", sk_map_get_level_number (map, level)) : NULL;
      }
    case SK_CSV_FIELD_AGE_MIN:
    case SK_CSV_FIELD_AGE_MAX:
      {
        const char *key = field == SK_CSV_FIELD_AGE_MIN ? "min" : "max";

        inner = child (json, "ages", FALSE);
        return inner != NULL && json_object_has_member (inner, key)
               ? g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (inner, key)) : NULL;
      }
    case SK_CSV_FIELD_ACCESS:
      inner = child (json, "access", FALSE);
      return inner != NULL ? g_strdup (json_object_get_string_member_with_default (inner, "mode", NULL)) : NULL;
    case SK_CSV_FIELD_REFERRERS:
      inner = child (json, "access", FALSE);
      return inner != NULL && json_object_has_member (inner, "referrers")
             ? join_ids (json_object_get_array_member (inner, "referrers")) : NULL;
    case SK_CSV_FIELD_ACCESS_NOTE:
      return g_strdup (get_text (child (json, "access", FALSE), "note", lang));
    case SK_CSV_FIELD_FREE:
    case SK_CSV_FIELD_CONFIDENTIAL:
      return json_object_has_member (json, fields[field].key)
             ? g_strdup (json_object_get_boolean_member (json, fields[field].key) ? "yes" : "no") : NULL;
    case SK_CSV_FIELD_PHONE:
    case SK_CSV_FIELD_EMAIL:
    case SK_CSV_FIELD_WEB:
    case SK_CSV_FIELD_ADDRESS:
      inner = child (json, "contact", FALSE);
      return inner != NULL ? g_strdup (json_object_get_string_member_with_default (inner, fields[field].key, NULL))
                           : NULL;
    case SK_CSV_FIELD_HOURS:
      return g_strdup (get_text (child (json, "contact", FALSE), "hours", lang));
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
      append_cell (out, fields[f].key, delimiter);
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
