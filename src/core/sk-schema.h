/* sk-schema.h — the .sammenkart format as data: what each object holds
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sk-problems.h"
#include "sk-types.h"

G_BEGIN_DECLS

#define SK_FORMAT_NAME    "sammenkart"
#define SK_FORMAT_VERSION 1

/* Limits that no real map meets; they keep hostile files cheap to refuse. */
#define SK_MAX_STRING_CHARS 10000
#define SK_MAX_ID_CHARS     64
#define SK_MAX_LIST_LENGTH  10000

typedef enum {
  SK_VALUE_ID,
  SK_VALUE_STRING,
  SK_VALUE_TEXT,
  SK_VALUE_COLOR,
  SK_VALUE_INT,
  SK_VALUE_BOOL,
  SK_VALUE_DATE,
  SK_VALUE_DATETIME,
  SK_VALUE_PHONE,
  SK_VALUE_EMAIL,
  SK_VALUE_URL,
  SK_VALUE_CHOICE,
  SK_VALUE_REF,
  SK_VALUE_REF_LIST,
  SK_VALUE_LANG_LIST,
  SK_VALUE_OBJECT,
  SK_VALUE_OBJECT_LIST,
  SK_VALUE_ITEMS,
} SkValueType;

typedef enum {
  SK_FIELD_REQUIRED = 1 << 0,
  SK_FIELD_NULLABLE = 1 << 1,
} SkFieldFlags;

typedef struct _SkSchema SkSchema;

/* A REF whose kind is SK_REF_BY_TYPE names its kind in the sibling "type"
 * (a note's target). */
#define SK_REF_BY_TYPE SK_N_KINDS

typedef struct {
  const char          *key;
  SkValueType          type;
  SkFieldFlags         flags;
  SkKind               kind;     /* REF, REF_LIST, ITEMS */
  const char * const  *choices;  /* CHOICE, NULL-terminated */
  const SkSchema      *schema;   /* OBJECT, OBJECT_LIST */
  int                  min;      /* INT */
  int                  max;      /* INT */
} SkField;

struct _SkSchema {
  const SkField *fields;
  guint          n_fields;
  /* Checks that need more than one field (ages.min <= ages.max). */
  void         (*check) (JsonObject *object,
                         const char *path,
                         SkProblems *problems);
};

typedef gboolean (*SkIdExists) (SkKind      kind,
                                const char *id,
                                gpointer    user_data);

const SkSchema     *sk_schema_for_kind         (SkKind            kind);
const SkField      *sk_schema_lookup           (const SkSchema   *schema,
                                                const char       *key);

JsonObject         *sk_schema_normalize        (const SkSchema   *schema,
                                                JsonNode         *node,
                                                const char       *path,
                                                SkProblems       *problems);
JsonObject         *sk_schema_normalize_parsed (const SkSchema   *schema,
                                                JsonNode         *node,
                                                const char       *path,
                                                SkProblems       *problems);
void                sk_schema_check_refs       (const SkSchema   *schema,
                                                JsonObject       *object,
                                                const char       *path,
                                                SkIdExists        exists,
                                                gpointer          user_data,
                                                SkProblems       *problems);

char               *sk_schema_describe_node    (JsonNode         *node);
void                sk_schema_add_expected     (SkProblems       *problems,
                                                const char       *path,
                                                const char       *what,
                                                JsonNode         *node);

const char * const *sk_step_kinds              (void);
const char * const *sk_service_owners          (void);
const char * const *sk_sector_icons            (void);
gboolean            sk_is_valid_id             (const char       *id);
gboolean            sk_is_valid_language       (const char       *code);

G_END_DECLS
