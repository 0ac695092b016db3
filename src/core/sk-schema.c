/* sk-schema.c — the .sammenkart format as data: what each object holds
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table per kind says which keys an object has, in the order they are
 * written. The same tables validate a file being read and every edit made
 * through a command (sk-schema-check.c), so a map in memory is always one
 * that could be saved and read again; data/FORMAT.md documents them key by
 * key.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "sk-json.h"
#include "sk-schema.h"

#define N_ELEMENTS(a) G_N_ELEMENTS (a)
#define REQ SK_FIELD_REQUIRED

static const char * const format_names[] = { SK_FORMAT_NAME, NULL };
static const char * const access_modes[] = { "direct", "referral", NULL };
static const char * const note_target_types[] = { "service", "level", "pathway", NULL };
static const char * const step_kinds[] = {
  "notice", "assess", "intervene", "evaluate", "cooperate", "refer",
  "follow-up", NULL
};
static const char * const owners[] = {
  "kommune", "interkommunal", "fylkeskommune", "helseforetak", "stat",
  "frivillig", "kommune+helseforetak", NULL
};
static const char * const sector_icons[] = {
  "health", "education", "child-welfare", "welfare", "family", "county",
  "voluntary", "state", NULL
};

static void check_ages (JsonObject *object, const char *path, SkProblems *problems);
static void check_overrides (JsonObject *object, const char *path, SkProblems *problems);

static const SkField contact_fields[] = {
  { "phone", SK_VALUE_PHONE },
  { "email", SK_VALUE_EMAIL },
  { "web", SK_VALUE_URL },
  { "address", SK_VALUE_STRING },
  { "hours", SK_VALUE_TEXT },
};
static const SkSchema contact_schema = { contact_fields, N_ELEMENTS (contact_fields) };

static const SkField ages_fields[] = {
  { "min", SK_VALUE_INT, .min = 0, .max = 99 },
  { "max", SK_VALUE_INT, .min = 0, .max = 99 },
};
static const SkSchema ages_schema = { ages_fields, N_ELEMENTS (ages_fields), check_ages };

static const SkField access_fields[] = {
  { "mode", SK_VALUE_CHOICE, REQ, .choices = access_modes },
  { "referrers", SK_VALUE_REF_LIST, .kind = SK_KIND_SERVICE },
  { "note", SK_VALUE_TEXT },
};
static const SkSchema access_schema = { access_fields, N_ELEMENTS (access_fields) };

static const SkField step_fields[] = {
  { "service", SK_VALUE_REF, REQ, .kind = SK_KIND_SERVICE },
  { "kind", SK_VALUE_CHOICE, REQ, .choices = step_kinds },
  { "text", SK_VALUE_TEXT },
};
static const SkSchema step_schema = { step_fields, N_ELEMENTS (step_fields) };

static const SkField override_fields[] = {
  { "service", SK_VALUE_REF, REQ, .kind = SK_KIND_SERVICE },
  { "name", SK_VALUE_TEXT },
  { "contact", SK_VALUE_OBJECT, .schema = &contact_schema },
  { "offered", SK_VALUE_BOOL },
  { "provider", SK_VALUE_STRING },
};
static const SkSchema override_schema = { override_fields, N_ELEMENTS (override_fields) };

static const SkField target_fields[] = {
  { "type", SK_VALUE_CHOICE, REQ, .choices = note_target_types },
  { "id", SK_VALUE_REF, REQ, .kind = SK_REF_BY_TYPE },
};
static const SkSchema target_schema = { target_fields, N_ELEMENTS (target_fields) };

static const SkField map_fields[] = {
  { "format", SK_VALUE_CHOICE, REQ, .choices = format_names },
  { "version", SK_VALUE_INT, REQ, .min = 1, .max = SK_FORMAT_VERSION },
  { "title", SK_VALUE_TEXT, REQ },
  { "region", SK_VALUE_TEXT },
  { "languages", SK_VALUE_LANG_LIST, REQ },
  { "created", SK_VALUE_DATE },
  { "checked", SK_VALUE_DATE },
  { "levels", SK_VALUE_ITEMS, REQ, .kind = SK_KIND_LEVEL },
  { "sectors", SK_VALUE_ITEMS, REQ, .kind = SK_KIND_SECTOR },
  { "services", SK_VALUE_ITEMS, REQ, .kind = SK_KIND_SERVICE },
  { "pathways", SK_VALUE_ITEMS, .kind = SK_KIND_PATHWAY },
  { "groups", SK_VALUE_ITEMS, .kind = SK_KIND_GROUP },
  { "municipalities", SK_VALUE_ITEMS, .kind = SK_KIND_MUNICIPALITY },
  { "notes", SK_VALUE_ITEMS, .kind = SK_KIND_NOTE },
};

static const SkField level_fields[] = {
  { "id", SK_VALUE_ID, REQ },
  { "name", SK_VALUE_TEXT, REQ },
  { "description", SK_VALUE_TEXT },
  { "color", SK_VALUE_COLOR, REQ },
};

static const SkField sector_fields[] = {
  { "id", SK_VALUE_ID, REQ },
  { "name", SK_VALUE_TEXT, REQ },
  { "color", SK_VALUE_COLOR, REQ },
  { "icon", SK_VALUE_CHOICE, REQ, .choices = sector_icons },
};

static const SkField service_fields[] = {
  { "id", SK_VALUE_ID, REQ },
  { "name", SK_VALUE_TEXT, REQ },
  { "short_name", SK_VALUE_STRING },
  { "owner", SK_VALUE_CHOICE, REQ, .choices = owners },
  { "organisation", SK_VALUE_TEXT },
  { "sector", SK_VALUE_REF, REQ, .kind = SK_KIND_SECTOR },
  { "level", SK_VALUE_REF, REQ | SK_FIELD_NULLABLE, .kind = SK_KIND_LEVEL },
  { "description", SK_VALUE_TEXT },
  { "ages", SK_VALUE_OBJECT, .schema = &ages_schema },
  { "access", SK_VALUE_OBJECT, .schema = &access_schema },
  { "free", SK_VALUE_BOOL },
  { "confidential", SK_VALUE_BOOL },
  { "contact", SK_VALUE_OBJECT, .schema = &contact_schema },
  { "municipalities", SK_VALUE_REF_LIST, .kind = SK_KIND_MUNICIPALITY },
};

static const SkField pathway_fields[] = {
  { "id", SK_VALUE_ID, REQ },
  { "name", SK_VALUE_TEXT, REQ },
  { "color", SK_VALUE_COLOR, REQ },
  { "description", SK_VALUE_TEXT },
  { "steps", SK_VALUE_OBJECT_LIST, .schema = &step_schema },
};

static const SkField group_fields[] = {
  { "id", SK_VALUE_ID, REQ },
  { "name", SK_VALUE_TEXT, REQ },
};

static const SkField municipality_fields[] = {
  { "id", SK_VALUE_ID, REQ },
  { "name", SK_VALUE_STRING, REQ },
  { "sami_name", SK_VALUE_STRING },
  { "number", SK_VALUE_STRING },
  { "group", SK_VALUE_REF, .kind = SK_KIND_GROUP },
  { "provider", SK_VALUE_STRING },
  { "overrides", SK_VALUE_OBJECT_LIST, .schema = &override_schema },
};

static const SkField note_fields[] = {
  { "id", SK_VALUE_ID, REQ },
  { "target", SK_VALUE_OBJECT, REQ, .schema = &target_schema },
  { "text", SK_VALUE_STRING, REQ },
  { "author", SK_VALUE_STRING },
  { "created", SK_VALUE_DATETIME, REQ },
};

static const SkSchema kind_schemas[SK_N_KINDS] = {
  [SK_KIND_MAP] = { map_fields, N_ELEMENTS (map_fields) },
  [SK_KIND_LEVEL] = { level_fields, N_ELEMENTS (level_fields) },
  [SK_KIND_SECTOR] = { sector_fields, N_ELEMENTS (sector_fields) },
  [SK_KIND_SERVICE] = { service_fields, N_ELEMENTS (service_fields) },
  [SK_KIND_PATHWAY] = { pathway_fields, N_ELEMENTS (pathway_fields) },
  [SK_KIND_GROUP] = { group_fields, N_ELEMENTS (group_fields) },
  [SK_KIND_MUNICIPALITY] = { municipality_fields, N_ELEMENTS (municipality_fields), check_overrides },
  [SK_KIND_NOTE] = { note_fields, N_ELEMENTS (note_fields) },
};

static const char * const kind_keys[SK_N_KINDS] = {
  [SK_KIND_MAP] = "",
  [SK_KIND_LEVEL] = "levels",
  [SK_KIND_SECTOR] = "sectors",
  [SK_KIND_SERVICE] = "services",
  [SK_KIND_PATHWAY] = "pathways",
  [SK_KIND_GROUP] = "groups",
  [SK_KIND_MUNICIPALITY] = "municipalities",
  [SK_KIND_NOTE] = "notes",
};

const char *
sk_kind_get_key (SkKind kind)
{
  g_return_val_if_fail (kind < SK_N_KINDS, NULL);
  return kind_keys[kind];
}

/**
 * sk_kind_describe:
 *
 * Returns: the kind as people call it, for messages: "service", "level"
 */
const char *
sk_kind_describe (SkKind kind)
{
  switch (kind)
    {
    case SK_KIND_LEVEL: return _("level");
    case SK_KIND_SECTOR: return _("sector");
    case SK_KIND_SERVICE: return _("service");
    case SK_KIND_PATHWAY: return _("pathway");
    case SK_KIND_GROUP: return _("group");
    case SK_KIND_MUNICIPALITY: return _("municipality");
    case SK_KIND_NOTE: return _("note");
    case SK_KIND_MAP:
    case SK_N_KINDS:
    default: return _("map");
    }
}

const SkSchema *
sk_schema_for_kind (SkKind kind)
{
  g_return_val_if_fail (kind < SK_N_KINDS, NULL);
  return &kind_schemas[kind];
}

const SkField *
sk_schema_lookup (const SkSchema *schema,
                  const char     *key)
{
  for (guint i = 0; i < schema->n_fields; i++)
    if (g_str_equal (schema->fields[i].key, key))
      return &schema->fields[i];
  return NULL;
}

const char * const *
sk_step_kinds (void)
{
  return step_kinds;
}

const char * const *
sk_service_owners (void)
{
  return owners;
}

const char * const *
sk_sector_icons (void)
{
  return sector_icons;
}

gboolean
sk_is_valid_id (const char *id)
{
  gsize len = 0;

  if (id == NULL)
    return FALSE;
  for (const char *p = id; *p; p++, len++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-' && *p != '.')
      return FALSE;
  return len >= 1 && len <= SK_MAX_ID_CHARS;
}

/* Language codes are two or three lowercase ASCII letters: nb, nn, sma, en. */
gboolean
sk_is_valid_language (const char *code)
{
  gsize len = strlen (code);

  if (len < 2 || len > 3)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (code[i] < 'a' || code[i] > 'z')
      return FALSE;
  return TRUE;
}

static void
check_ages (JsonObject *object,
            const char *path,
            SkProblems *problems)
{
  if (json_object_has_member (object, "min")
      && json_object_has_member (object, "max")
      && json_object_get_int_member (object, "min") > json_object_get_int_member (object, "max"))
    sk_problems_add (problems, path,
                     _("the lowest age (%lld) is above the highest (%lld)"),
                     (long long) json_object_get_int_member (object, "min"),
                     (long long) json_object_get_int_member (object, "max"));
}

static void
check_overrides (JsonObject *object,
                 const char *path,
                 SkProblems *problems)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *overrides;

  if (!json_object_has_member (object, "overrides"))
    return;
  overrides = json_object_get_array_member (object, "overrides");
  for (guint i = 0; i < json_array_get_length (overrides); i++)
    {
      JsonObject *override = json_array_get_object_element (overrides, i);
      const char *service = json_object_get_string_member (override, "service");

      if (!g_hash_table_add (seen, (gpointer) service))
        {
          g_autofree char *overrides_path = sk_path_key (path, "overrides");
          g_autofree char *element_path = sk_path_index (overrides_path, i);
          g_autofree char *service_path = sk_path_key (element_path, "service");

          sk_problems_add (problems, service_path,
                           _("the service «%s» already has local changes in this municipality"),
                           service);
        }
    }
}
