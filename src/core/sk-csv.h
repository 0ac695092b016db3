/* sk-csv.h — services to and from spreadsheets (CSV)
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading is libcsv's (Debian's libcsv3): the file as Excel and LibreOffice
 * save it, ';' or ',' between fields, UTF-8 with or without a byte order
 * mark, quoted fields with line breaks. A table is read first and shown
 * (the editor's preview); a column mapping then turns its rows into one
 * command, one undo step. Writing guards every cell against formula
 * injection; reading undoes exactly that guard, so a round trip
 * CSV → map → CSV keeps every value.
 */
#pragma once

#include "sk-command.h"
#include "sk-map.h"

G_BEGIN_DECLS

/* The limits of a table (a CSV file is refused past them, with a message). */
#define SK_CSV_MAX_BYTES   (16 * 1024 * 1024)
#define SK_CSV_MAX_ROWS    10000
#define SK_CSV_MAX_COLUMNS 64

/**
 * SkCsvTable:
 * @rows: (element-type GStrv): every row as read, the first one included
 *   (it is usually the header); each a %NULL-terminated array of UTF-8
 *   strings, short rows padded with "" to @n_columns
 * @n_columns: the widest row's width
 * @delimiter: ';' or ',', as found
 */
typedef struct
{
  GPtrArray *rows;
  guint      n_columns;
  char       delimiter;
} SkCsvTable;

/* @name is the file's name, for messages ("services.csv, line 12: …"). */
SkCsvTable *sk_csv_table_parse (const char  *name,
                                const char  *data,
                                gsize        length,
                                GError     **error);
SkCsvTable *sk_csv_table_read  (const char  *path,
                                GError     **error);
void        sk_csv_table_free  (SkCsvTable  *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkCsvTable, sk_csv_table_free)

/**
 * SkCsvField:
 * What a column holds. Text fields are in the import's language.
 * @SK_CSV_FIELD_IGNORE: the column is not imported
 * @SK_CSV_FIELD_LEVEL: a level's number (1 at the bottom), id or name;
 *   empty: the side column
 * @SK_CSV_FIELD_SECTOR: a sector's id or name
 * @SK_CSV_FIELD_ACCESS: "direct" or "referral" (also Norwegian: "direkte",
 *   "henvisning", "tilvising")
 * @SK_CSV_FIELD_REFERRERS, @SK_CSV_FIELD_MUNICIPALITIES: ids (or names),
 *   separated by ", "
 * @SK_CSV_FIELD_FREE, @SK_CSV_FIELD_CONFIDENTIAL: "yes"/"no" (also
 *   "ja"/"nei", "true"/"false", "1"/"0"); empty: not stated
 */
typedef enum
{
  SK_CSV_FIELD_IGNORE,
  SK_CSV_FIELD_ID,
  SK_CSV_FIELD_NAME,
  SK_CSV_FIELD_SHORT_NAME,
  SK_CSV_FIELD_LEVEL,
  SK_CSV_FIELD_SECTOR,
  SK_CSV_FIELD_OWNER,
  SK_CSV_FIELD_ORGANISATION,
  SK_CSV_FIELD_DESCRIPTION,
  SK_CSV_FIELD_AGE_MIN,
  SK_CSV_FIELD_AGE_MAX,
  SK_CSV_FIELD_ACCESS,
  SK_CSV_FIELD_REFERRERS,
  SK_CSV_FIELD_ACCESS_NOTE,
  SK_CSV_FIELD_FREE,
  SK_CSV_FIELD_CONFIDENTIAL,
  SK_CSV_FIELD_PHONE,
  SK_CSV_FIELD_EMAIL,
  SK_CSV_FIELD_WEB,
  SK_CSV_FIELD_ADDRESS,
  SK_CSV_FIELD_HOURS,
  SK_CSV_FIELD_MUNICIPALITIES,
  SK_CSV_N_FIELDS
} SkCsvField;

/* The column header export writes ("level", "phone"…), also recognised on
 * import; and the field's name for people, translated. */
const char *sk_csv_field_get_key   (SkCsvField field);
const char *sk_csv_field_get_title (SkCsvField field);

/* A guess at each column's field from the first row (English keys as
 * export writes them, and the usual Norwegian headings: "Navn", "Nivå",
 * "Telefon", "E-post"…); IGNORE where there is no guess. Returns an array
 * of @table->n_columns fields; *@has_header is set when the first row
 * looks like headings. */
SkCsvField *sk_csv_guess_fields (const SkCsvTable *table,
                                 gboolean         *has_header);

/**
 * SkCsvImport:
 * What a mapping makes of a table, before anything changes.
 * @command: one command that adds the new services and updates those whose
 *   id (or, with no id column, name) is already in the map; %NULL when no
 *   row gives a change
 * @n_added, @n_updated, @n_unchanged, @n_skipped: rows that add a service,
 *   change one, match one as it is, or are left out
 * @problems: (element-type utf8): one message per skipped row or dropped
 *   value, naming the file, the line and the column
 */
typedef struct
{
  SkCommand *command;
  guint      n_added;
  guint      n_updated;
  guint      n_unchanged;
  guint      n_skipped;
  GPtrArray *problems;
} SkCsvImport;

/* @name is the file's name, for messages; @fields has @table->n_columns
 * entries; @lang is the language of the text columns (NULL: the map's
 * first). Fails only when the mapping has no name or id column. */
SkCsvImport *sk_csv_import_new  (SkMap             *map,
                                 const char        *name,
                                 const SkCsvTable  *table,
                                 const SkCsvField  *fields,
                                 gboolean           has_header,
                                 const char        *lang,
                                 GError           **error);
void         sk_csv_import_free (SkCsvImport       *import);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkCsvImport, sk_csv_import_free)

/* Every service of @map in the map's order, one row each under a header of
 * the fields' keys: UTF-8 with a byte order mark (Excel reads it right),
 * @delimiter between fields, CRLF line ends, text in @lang (NULL: the
 * map's first), cells that a spreadsheet would take for a formula made
 * safe. */
GBytes      *sk_csv_export_services (SkMap       *map,
                                     const char  *lang,
                                     char         delimiter);

G_END_DECLS
