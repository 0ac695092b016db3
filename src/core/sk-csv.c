/* sk-csv.c — services to and from spreadsheets (CSV)
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libcsv splits the file into fields; this file checks the bytes around it
 * (size, encoding, limits, line numbers for messages) and guesses what each
 * column holds. sk-csv-import.c turns rows into commands, sk-csv-export.c
 * writes services out.
 */
#include "config.h"

#include <csv.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "sk-csv-private.h"
#include "sk-error.h"

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

/* --- shared by import and export ----------------------------------------- */

/* What a spreadsheet takes for the start of a formula (OWASP's list). */
gboolean
sk_csv_is_formula_start (char c)
{
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

const char *
sk_csv_get_text (JsonObject *object,
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

/* The object at @key, made when @create. */
JsonObject *
sk_csv_child (JsonObject *object,
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
