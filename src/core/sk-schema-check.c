/* sk-schema-check.c — checking values read or edited against the schema
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sk_schema_normalize() checks one object against its table in sk-schema.c
 * and returns it in the order the file is written in; sk_schema_check_refs()
 * checks the ids it refers to. Every problem goes into an SkProblems with
 * its JSON path and what was expected, so one read reports them all.
 *
 * A file Sammenkart wrote is in that order already. When a map is read,
 * sk_schema_normalize_parsed() therefore keeps every part of the parsed
 * tree that needs no change instead of copying it: a 300-service map then
 * takes 2 MB less memory, and on the project's machines each new megabyte
 * costs about 2 ms to touch.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "sk-json.h"
#include "sk-schema.h"

/**
 * sk_schema_describe_node:
 *
 * Returns: (transfer full): what @node is, for "expected X, got Y":
 *   "a number", "an object", "the string «…»"
 */
char *
sk_schema_describe_node (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return g_strdup (_("an object"));
    case JSON_NODE_ARRAY:
      return g_strdup (_("an array"));
    case JSON_NODE_NULL:
      return g_strdup (_("null"));
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      {
        const char *s = json_node_get_string (node);
        g_autofree char *shown = NULL;

        if (g_utf8_strlen (s, -1) > 40)
          {
            g_autofree char *start = g_utf8_substring (s, 0, 40);
            shown = g_strconcat (start, "…", NULL);
          }
        else
          shown = g_strdup (s);
        return g_strdup_printf (_("the string «%s»"), shown);
      }
    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? "true" : "false");
    case G_TYPE_INT64:
      return g_strdup_printf (_("the number %lld"),
                              (long long) json_node_get_int (node));
    case G_TYPE_DOUBLE:
      return g_strdup (_("a decimal number"));
    default:
      return g_strdup (_("an unknown value"));
    }
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node)
         && json_node_get_value_type (node) == G_TYPE_STRING;
}

void
sk_schema_add_expected (SkProblems *problems,
                        const char *path,
                        const char *what,
                        JsonNode   *node)
{
  g_autofree char *got = sk_schema_describe_node (node);

  /* TRANSLATORS: "expected a colour like #1a2b3c, got the number 3" */
  sk_problems_add (problems, path, _("expected %s, got %s"), what, got);
}

/* Checks the length and characters of a string that came from a file
 * (valid UTF-8). One pass over the bytes, as every text of a map comes
 * here: a character starts at each byte that is not 10xxxxxx; the control
 * characters are the bytes below 0x20 and 0x7f, and U+0080–U+009F, which
 * are 0xc2 followed by 0x80–0x9f. */
static gboolean
check_plain_string (const char *s,
                    const char *path,
                    SkProblems *problems)
{
  gunichar control = G_MAXUINT32;  /* the first one, if any */
  glong n_chars = 0;

  for (const guchar *p = (const guchar *) s; *p; p++)
    {
      if (control == G_MAXUINT32)
        {
          if ((*p < 0x20 && *p != '\n' && *p != '\t') || *p == 0x7f)
            control = *p;
          else if (*p == 0xc2 && p[1] >= 0x80 && p[1] < 0xa0)
            control = p[1];
        }
      n_chars += (*p & 0xc0) != 0x80;
    }
  if (n_chars > SK_MAX_STRING_CHARS)
    {
      sk_problems_add (problems, path,
                       _("text is %ld characters long; at most %d are allowed"),
                       n_chars, SK_MAX_STRING_CHARS);
      return FALSE;
    }
  if (control != G_MAXUINT32)
    {
      sk_problems_add (problems, path,
                       _("text contains the control character U+%04X"), control);
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_valid_color (const char *s)
{
  if (strlen (s) != 7 || s[0] != '#')
    return FALSE;
  for (int i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (s[i]))
      return FALSE;
  return TRUE;
}

static gboolean
is_valid_date (const char *s)
{
  guint y, m, d;
  char tail;

  if (strlen (s) != 10 || s[4] != '-' || s[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (s[i]))
      return FALSE;
  if (sscanf (s, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3)
    return FALSE;
  return g_date_valid_dmy (d, m, y);
}

static gboolean
is_valid_datetime (const char *s)
{
  g_autoptr(GDateTime) dt = NULL;

  /* With no default zone, a time without a zone is refused. */
  dt = g_date_time_new_from_iso8601 (s, NULL);
  return dt != NULL && strchr (s, 'T') != NULL;
}

static gboolean
is_valid_phone (const char *s)
{
  guint digits = 0;
  gsize len = strlen (s);

  if (len > 32)
    return FALSE;
  for (const char *p = s; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (!strchr (" +-()", *p))
        return FALSE;
    }
  return digits >= 3;
}

static gboolean
is_valid_email (const char *s)
{
  const char *at = strchr (s, '@');
  const char *dot;

  if (at == NULL || at == s || strchr (at + 1, '@') != NULL || strlen (s) > 254)
    return FALSE;
  for (const char *p = s; *p; p++)
    if ((guchar) *p <= ' ' || strchr ("<>\"(),;:[]\\", *p))
      return FALSE;
  dot = strrchr (at + 1, '.');
  return dot != NULL && dot > at + 1 && dot[1] != '\0';
}

static gboolean
is_valid_url (const char *s)
{
  const char *host;

  if (g_str_has_prefix (s, "https://"))
    host = s + 8;
  else if (g_str_has_prefix (s, "http://"))
    host = s + 7;
  else
    return FALSE;
  if (*host == '\0' || *host == '/' || strlen (s) > 2048)
    return FALSE;
  for (const char *p = s; *p; p++)
    if ((guchar) *p <= ' ' || strchr ("<>\"\\", *p))
      return FALSE;
  return TRUE;
}

static char *
describe_choices (const char * const *choices)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; choices[i]; i++)
    g_string_append_printf (s, "%s«%s»", i > 0 ? ", " : "", choices[i]);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static JsonNode *normalize_value (const SkField *field,
                                  JsonNode      *node,
                                  const char    *path,
                                  SkProblems    *problems,
                                  gboolean       reuse);
static JsonObject *normalize_object (const SkSchema *schema,
                                     JsonNode       *node,
                                     const char     *path,
                                     SkProblems     *problems,
                                     gboolean        reuse);

/* @node itself if @reuse (the tree is the caller's to share), else a copy
 * that shares nothing with it. */
static JsonNode *
keep_value (JsonNode *node,
            gboolean  reuse)
{
  return reuse ? json_node_ref (node) : sk_json_node_copy (node);
}

/* The order the languages of a text are written in; others follow. */
static const char * const text_order[] = { "nb", "nn", "sma", "en" };

/* Whether the text @in is written as normalize_text() would write it:
 * its languages in text_order, then the others, and no string empty. */
static gboolean
text_is_normal (JsonObject *in)
{
  JsonObjectIter iter;
  const char *lang;
  JsonNode *value;
  guint previous = 0;  /* rank of the last language, 1-based */

  if (json_object_get_size (in) == 0)
    return FALSE;
  json_object_iter_init_ordered (&iter, in);
  while (json_object_iter_next_ordered (&iter, &lang, &value))
    {
      guint rank = G_N_ELEMENTS (text_order) + 1;

      for (guint i = 0; i < G_N_ELEMENTS (text_order); i++)
        if (strcmp (lang, text_order[i]) == 0)
          rank = i + 1;
      if (rank <= G_N_ELEMENTS (text_order) && rank <= previous)
        return FALSE;
      previous = rank;
      if (*json_node_get_string (value) == '\0')
        return FALSE;
    }
  return TRUE;
}

/* A text is an object of language code → string. Written in a fixed order
 * (nb, nn, sma, en, then the others as read) with empty strings left out. */
static JsonNode *
normalize_text (JsonNode   *node,
                const char *path,
                SkProblems *problems,
                gboolean    reuse)
{
  g_autoptr(JsonObject) out = NULL;
  JsonObject *in;
  guint before = problems->count;
  GList *members;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      sk_schema_add_expected (problems, path,
                _("a text per language, like {\"nb\": \"…\", \"nn\": \"…\"}"),
                node);
      return NULL;
    }

  in = json_node_get_object (node);
  members = json_object_get_members (in);
  for (GList *l = members; l; l = l->next)
    {
      const char *lang = l->data;
      JsonNode *value = json_object_get_member (in, lang);
      g_autofree char *lang_path = sk_path_key (path, lang);

      if (!sk_is_valid_language (lang))
        sk_problems_add (problems, lang_path,
                         _("«%s» is not a language code (expected nb, nn, sma, en or another code of 2–3 lowercase letters)"),
                         lang);
      else if (!is_string (value))
        sk_schema_add_expected (problems, lang_path, _("a string"), value);
      else
        check_plain_string (json_node_get_string (value), lang_path, problems);
    }
  g_list_free (members);

  if (problems->count != before)
    return NULL;
  if (reuse && text_is_normal (in))
    return json_node_ref (node);

  out = json_object_new ();
  for (guint i = 0; i < G_N_ELEMENTS (text_order); i++)
    {
      const char *s = json_object_get_string_member_with_default (in, text_order[i], "");
      if (*s)
        json_object_set_string_member (out, text_order[i], s);
    }
  members = json_object_get_members (in);
  for (GList *l = members; l; l = l->next)
    {
      const char *lang = l->data;
      const char *s = json_object_get_string_member (in, lang);

      if (*s && !json_object_has_member (out, lang))
        json_object_set_string_member (out, lang, s);
    }
  g_list_free (members);

  if (json_object_get_size (out) == 0)
    return NULL;
  return json_node_init_object (json_node_alloc (), out);
}

static JsonNode *
normalize_string_like (const SkField *field,
                       JsonNode      *node,
                       const char    *path,
                       SkProblems    *problems,
                       gboolean       reuse)
{
  const char *s;
  gboolean ok = TRUE;
  const char *what = NULL;

  switch (field->type)
    {
    case SK_VALUE_ID: what = _("an id (1–64 letters, digits, _ - or .)"); break;
    case SK_VALUE_REF: what = _("an id (1–64 letters, digits, _ - or .)"); break;
    case SK_VALUE_COLOR: what = _("a colour like #1a7f5a"); break;
    case SK_VALUE_DATE: what = _("a date like 2026-11-23"); break;
    case SK_VALUE_DATETIME: what = _("a date and time with zone like 2026-11-23T14:05:00+01:00"); break;
    case SK_VALUE_PHONE: what = _("a phone number (digits, spaces, + - and parentheses)"); break;
    case SK_VALUE_EMAIL: what = _("an e-mail address like post@kommune.no"); break;
    case SK_VALUE_URL: what = _("a web address starting with https://"); break;
    default: what = _("a string"); break;
    }

  if (!is_string (node))
    {
      if (field->type == SK_VALUE_CHOICE)
        {
          g_autofree char *choices = describe_choices (field->choices);
          g_autofree char *one_of = g_strdup_printf (_("one of %s"), choices);
          sk_schema_add_expected (problems, path, one_of, node);
        }
      else
        sk_schema_add_expected (problems, path, what, node);
      return NULL;
    }

  s = json_node_get_string (node);
  if (!check_plain_string (s, path, problems))
    return NULL;
  if ((field->type == SK_VALUE_ID || field->type == SK_VALUE_REF)
      && g_utf8_strlen (s, -1) > SK_MAX_ID_CHARS)
    {
      sk_problems_add (problems, path,
                       _("the id is %ld characters long; at most %d are allowed"),
                       g_utf8_strlen (s, -1), SK_MAX_ID_CHARS);
      return NULL;
    }

  switch (field->type)
    {
    case SK_VALUE_ID:
    case SK_VALUE_REF: ok = sk_is_valid_id (s); break;
    case SK_VALUE_COLOR: ok = is_valid_color (s); break;
    case SK_VALUE_DATE: ok = is_valid_date (s); break;
    case SK_VALUE_DATETIME: ok = is_valid_datetime (s); break;
    case SK_VALUE_PHONE: ok = is_valid_phone (s); break;
    case SK_VALUE_EMAIL: ok = is_valid_email (s); break;
    case SK_VALUE_URL: ok = is_valid_url (s); break;
    case SK_VALUE_CHOICE: ok = g_strv_contains (field->choices, s); break;
    case SK_VALUE_STRING:
    default:
      break;
    }

  if (!ok && field->type == SK_VALUE_CHOICE)
    {
      g_autofree char *choices = describe_choices (field->choices);
      g_autofree char *one_of = g_strdup_printf (_("one of %s"), choices);
      sk_schema_add_expected (problems, path, one_of, node);
      return NULL;
    }
  if (!ok)
    {
      sk_schema_add_expected (problems, path, what, node);
      return NULL;
    }

  /* An optional string that is empty is the same as an absent one. */
  if (*s == '\0')
    {
      if (field->flags & SK_FIELD_REQUIRED)
        sk_problems_add (problems, path, _("must not be empty"));
      return NULL;
    }
  return keep_value (node, reuse);
}

static JsonNode *
normalize_list (const SkField *field,
                JsonNode      *node,
                const char    *path,
                SkProblems    *problems,
                gboolean       reuse)
{
  g_autoptr(JsonArray) out = json_array_new ();
  gboolean same = reuse;  /* whether every element is kept as it is */
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *in;
  guint before = problems->count;
  guint len;
  const char *what;

  switch (field->type)
    {
    case SK_VALUE_REF_LIST: what = _("an array of ids"); break;
    case SK_VALUE_LANG_LIST: what = _("an array of language codes like [\"nb\", \"nn\"]"); break;
    default: what = _("an array of objects"); break;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      sk_schema_add_expected (problems, path, what, node);
      return NULL;
    }

  in = json_node_get_array (node);
  len = json_array_get_length (in);
  if (len > SK_MAX_LIST_LENGTH)
    {
      sk_problems_add (problems, path,
                       _("the list has %u entries; at most %d are allowed"),
                       len, SK_MAX_LIST_LENGTH);
      return NULL;
    }

  for (guint i = 0; i < len; i++)
    {
      JsonNode *element = json_array_get_element (in, i);
      g_autofree char *element_path = sk_path_index (path, i);

      if (field->type == SK_VALUE_OBJECT_LIST)
        {
          JsonObject *object = normalize_object (field->schema, element,
                                                 element_path, problems, reuse);
          if (object != NULL)
            json_array_add_object_element (out, object);
          same = same && object != NULL && object == json_node_get_object (element);
          continue;
        }

      if (!is_string (element))
        {
          sk_schema_add_expected (problems, element_path,
                    field->type == SK_VALUE_LANG_LIST ? _("a language code") : _("an id"),
                    element);
          continue;
        }

      {
        const char *s = json_node_get_string (element);

        if (field->type == SK_VALUE_LANG_LIST && !sk_is_valid_language (s))
          sk_schema_add_expected (problems, element_path,
                    _("a language code (nb, nn, sma, en or another code of 2–3 lowercase letters)"),
                    element);
        else if (field->type == SK_VALUE_REF_LIST && !sk_is_valid_id (s))
          sk_schema_add_expected (problems, element_path,
                    _("an id (1–64 letters, digits, _ - or .)"), element);
        else if (!g_hash_table_add (seen, (gpointer) s))
          sk_problems_add (problems, element_path,
                           _("«%s» is listed more than once"), s);
        else
          json_array_add_string_element (out, s);
      }
    }

  if (problems->count != before)
    return NULL;
  if (field->type == SK_VALUE_LANG_LIST && len == 0)
    {
      sk_problems_add (problems, path, _("expected at least one language"));
      return NULL;
    }
  if (json_array_get_length (out) == 0
      && field->type != SK_VALUE_REF_LIST
      && !(field->flags & SK_FIELD_REQUIRED))
    return NULL;
  /* Every element was kept (strings are, when valid and not repeated). */
  if (same && json_array_get_length (out) == len)
    return json_node_ref (node);
  return json_node_init_array (json_node_alloc (), out);
}

static JsonNode *
normalize_value (const SkField *field,
                 JsonNode      *node,
                 const char    *path,
                 SkProblems    *problems,
                 gboolean       reuse)
{
  if (JSON_NODE_HOLDS_NULL (node) && (field->flags & SK_FIELD_NULLABLE))
    return reuse ? json_node_ref (node) : json_node_init_null (json_node_alloc ());

  switch (field->type)
    {
    case SK_VALUE_TEXT:
      {
        guint before = problems->count;
        JsonNode *text = normalize_text (node, path, problems, reuse);

        if (text == NULL && (field->flags & SK_FIELD_REQUIRED)
            && problems->count == before)
          sk_problems_add (problems, path,
                           _("expected a text in at least one language"));
        return text;
      }

    case SK_VALUE_INT:
      {
        gint64 v;

        if (!JSON_NODE_HOLDS_VALUE (node)
            || json_node_get_value_type (node) != G_TYPE_INT64)
          {
            sk_schema_add_expected (problems, path, _("a whole number"), node);
            return NULL;
          }
        v = json_node_get_int (node);
        if (v < field->min || v > field->max)
          {
            sk_problems_add (problems, path,
                             _("expected a whole number from %d to %d, got %lld"),
                             field->min, field->max, (long long) v);
            return NULL;
          }
        return keep_value (node, reuse);
      }

    case SK_VALUE_BOOL:
      if (!JSON_NODE_HOLDS_VALUE (node)
          || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        {
          sk_schema_add_expected (problems, path, _("true or false"), node);
          return NULL;
        }
      return keep_value (node, reuse);

    case SK_VALUE_OBJECT:
      {
        g_autoptr(JsonObject) object = normalize_object (field->schema, node, path, problems, reuse);

        if (object == NULL || json_object_get_size (object) == 0)
          return NULL;
        if (object == json_node_get_object (node))
          return json_node_ref (node);
        return json_node_init_object (json_node_alloc (), object);
      }

    case SK_VALUE_REF_LIST:
    case SK_VALUE_LANG_LIST:
    case SK_VALUE_OBJECT_LIST:
      return normalize_list (field, node, path, problems, reuse);

    case SK_VALUE_ITEMS:
      g_assert_not_reached ();

    case SK_VALUE_ID:
    case SK_VALUE_STRING:
    case SK_VALUE_COLOR:
    case SK_VALUE_DATE:
    case SK_VALUE_DATETIME:
    case SK_VALUE_PHONE:
    case SK_VALUE_EMAIL:
    case SK_VALUE_URL:
    case SK_VALUE_CHOICE:
    case SK_VALUE_REF:
    default:
      return normalize_string_like (field, node, path, problems, reuse);
    }
}

/* Whether @in, whose known keys normalized to themselves, is in the order
 * the file is written in: its known keys in the schema's order, then the
 * unknown ones. */
static gboolean
keys_in_order (const SkSchema *schema,
               JsonObject     *in)
{
  JsonObjectIter iter;
  const char *key;
  const SkField *last = NULL;
  gboolean unknown_seen = FALSE;

  json_object_iter_init_ordered (&iter, in);
  while (json_object_iter_next_ordered (&iter, &key, NULL))
    {
      const SkField *field = sk_schema_lookup (schema, key);

      if (field == NULL)
        unknown_seen = TRUE;
      else if (unknown_seen || (last != NULL && field <= last))
        return FALSE;
      else
        last = field;
    }
  return TRUE;
}

static JsonObject *
normalize_object (const SkSchema *schema,
                  JsonNode       *node,
                  const char     *path,
                  SkProblems     *problems,
                  gboolean        reuse)
{
  g_autoptr(JsonObject) out = NULL;
  g_autofree JsonNode **normals = NULL;
  JsonObject *in;
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;
  guint before = problems->count;
  gboolean same = reuse;  /* whether @in is its own normal form so far */

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      sk_schema_add_expected (problems, path, _("an object"), node);
      return NULL;
    }

  in = json_node_get_object (node);
  normals = g_new0 (JsonNode *, schema->n_fields);
  for (guint i = 0; i < schema->n_fields; i++)
    {
      const SkField *field = &schema->fields[i];
      g_autofree char *field_path = NULL;

      value = json_object_get_member (in, field->key);
      /* Items are left out: @in changes if it has them. */
      if (field->type == SK_VALUE_ITEMS)
        {
          same = same && value == NULL;
          continue;
        }
      if (value == NULL)
        {
          field_path = sk_path_key (path, field->key);
          if (field->flags & SK_FIELD_NULLABLE)
            sk_problems_add (problems, field_path,
                             _("missing (expected a level id, or null for the side column)"));
          else if (field->flags & SK_FIELD_REQUIRED)
            sk_problems_add (problems, field_path, _("missing"));
          continue;
        }

      field_path = sk_path_key (path, field->key);
      normals[i] = normalize_value (field, value, field_path, problems, reuse);
      same = same && normals[i] == value;
    }

  if (same && problems->count == before && keys_in_order (schema, in))
    {
      for (guint i = 0; i < schema->n_fields; i++)
        g_clear_pointer (&normals[i], json_node_unref);
      out = json_object_ref (in);
    }
  else
    {
      out = json_object_new ();
      for (guint i = 0; i < schema->n_fields; i++)
        if (normals[i] != NULL)
          json_object_set_member (out, schema->fields[i].key, g_steal_pointer (&normals[i]));
      /* Unknown keys are kept as they are, after the known ones. */
      json_object_iter_init_ordered (&iter, in);
      while (json_object_iter_next_ordered (&iter, &key, &value))
        if (sk_schema_lookup (schema, key) == NULL)
          json_object_set_member (out, key, keep_value (value, reuse));
    }

  if (problems->count == before && schema->check != NULL)
    schema->check (out, path, problems);

  if (problems->count != before)
    return NULL;
  return g_steal_pointer (&out);
}

/**
 * sk_schema_normalize:
 * @schema: what the object must hold
 * @node: the value read
 * @path: its JSON path, for messages
 * @problems: where problems are added
 *
 * Checks @node against @schema and returns a new object with the known keys
 * in the schema's order and unknown keys after them as read. Fields of type
 * %SK_VALUE_ITEMS are left out: the map reads those itself.
 *
 * Returns: (transfer full) (nullable): the normalized object, which shares
 *   nothing with @node, or %NULL if a problem was found
 */
JsonObject *
sk_schema_normalize (const SkSchema *schema,
                     JsonNode       *node,
                     const char     *path,
                     SkProblems     *problems)
{
  return normalize_object (schema, node, path, problems, FALSE);
}

/**
 * sk_schema_normalize_parsed:
 *
 * Like sk_schema_normalize(), for a tree that was just parsed and that
 * nothing else uses or changes: the result keeps the parts of @node that
 * are in their normal form already (all of a file Sammenkart wrote) rather
 * than copying them, and is @node's own object if nothing in it changes.
 */
JsonObject *
sk_schema_normalize_parsed (const SkSchema *schema,
                            JsonNode       *node,
                            const char     *path,
                            SkProblems     *problems)
{
  return normalize_object (schema, node, path, problems, TRUE);
}

static SkKind
kind_for_target_type (const char *type)
{
  if (g_strcmp0 (type, "service") == 0)
    return SK_KIND_SERVICE;
  if (g_strcmp0 (type, "level") == 0)
    return SK_KIND_LEVEL;
  return SK_KIND_PATHWAY;
}

static void
check_ref (SkKind      kind,
           const char *id,
           const char *path,
           SkIdExists  exists,
           gpointer    user_data,
           SkProblems *problems)
{
  if (!exists (kind, id, user_data))
    /* TRANSLATORS: "there is no sector with the id «helse»" */
    sk_problems_add (problems, path, _("there is no %s with the id «%s»"),
                     sk_kind_describe (kind), id);
}

/**
 * sk_schema_check_refs:
 *
 * Checks that every id that @object refers to exists, through @exists.
 * @object may be as read: values of the wrong type are left to
 * sk_schema_normalize() to report.
 */
void
sk_schema_check_refs (const SkSchema *schema,
                      JsonObject     *object,
                      const char     *path,
                      SkIdExists      exists,
                      gpointer        user_data,
                      SkProblems     *problems)
{
  for (guint i = 0; i < schema->n_fields; i++)
    {
      const SkField *field = &schema->fields[i];
      JsonNode *value = json_object_get_member (object, field->key);
      g_autofree char *field_path = NULL;

      if (value == NULL || JSON_NODE_HOLDS_NULL (value))
        continue;

      switch (field->type)
        {
        case SK_VALUE_REF:
          {
            SkKind kind = field->kind;

            if (!is_string (value) || !sk_is_valid_id (json_node_get_string (value)))
              break;  /* reported by the schema */
            if (kind == SK_REF_BY_TYPE)
              kind = kind_for_target_type (json_object_get_string_member_with_default (object, "type", ""));
            field_path = sk_path_key (path, field->key);
            check_ref (kind, json_node_get_string (value), field_path,
                       exists, user_data, problems);
          }
          break;

        case SK_VALUE_REF_LIST:
          {
            JsonArray *array;

            if (!JSON_NODE_HOLDS_ARRAY (value))
              break;
            array = json_node_get_array (value);
            field_path = sk_path_key (path, field->key);
            for (guint j = 0; j < json_array_get_length (array); j++)
              {
                JsonNode *element = json_array_get_element (array, j);
                g_autofree char *element_path = NULL;

                if (!is_string (element) || !sk_is_valid_id (json_node_get_string (element)))
                  continue;
                element_path = sk_path_index (field_path, j);
                check_ref (field->kind, json_node_get_string (element),
                           element_path, exists, user_data, problems);
              }
          }
          break;

        case SK_VALUE_OBJECT:
          if (!JSON_NODE_HOLDS_OBJECT (value))
            break;
          field_path = sk_path_key (path, field->key);
          sk_schema_check_refs (field->schema, json_node_get_object (value),
                                field_path, exists, user_data, problems);
          break;

        case SK_VALUE_OBJECT_LIST:
          {
            JsonArray *array;

            if (!JSON_NODE_HOLDS_ARRAY (value))
              break;
            array = json_node_get_array (value);
            field_path = sk_path_key (path, field->key);
            for (guint j = 0; j < json_array_get_length (array); j++)
              {
                JsonNode *element = json_array_get_element (array, j);
                g_autofree char *element_path = NULL;

                if (!JSON_NODE_HOLDS_OBJECT (element))
                  continue;
                element_path = sk_path_index (field_path, j);
                sk_schema_check_refs (field->schema, json_node_get_object (element),
                                      element_path, exists, user_data, problems);
              }
          }
          break;

        default:
          break;
        }
    }
}
