/* sk-map-load.c — reading a .sammenkart file
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading never trusts the file: the bytes are checked for size and UTF-8,
 * then strictly as JSON (sk-json-syntax.c: json-glib alone is lenient and
 * recursive) before json-glib parses them; then the version, alone; then
 * every object against the schema, the ids (duplicates) and every reference
 * between objects. All problems are collected so that one read lists them
 * all, each with the file name, the JSON path and what was expected; a map
 * is returned only if there were none.
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <glib/gi18n-lib.h>

#include "sk-error.h"
#include "sk-json-syntax.h"
#include "sk-map-private.h"
#include "sk-memory.h"
#include "sk-schema.h"

#define SK_MAX_FILE_BYTES (64 * 1024 * 1024)

/* Line and column (both from 1, column in bytes) of @offset. */
static void
offset_to_line (const char *data,
                gsize       offset,
                guint      *line,
                guint      *column)
{
  *line = 1;
  *column = 1;
  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else
        (*column)++;
    }
}

static gboolean
check_bytes (const char  *data,
             gsize        len,
             const char  *name,
             GString     *compact,
             GError     **error)
{
  const char *end = NULL;
  guint line, column;

  if (len > SK_MAX_FILE_BYTES)
    {
      g_set_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_TOO_LARGE,
                   _("%s: the file is %zu MB; a map can be at most %d MB"),
                   name, len / (1024 * 1024), SK_MAX_FILE_BYTES / (1024 * 1024));
      return FALSE;
    }
  if (len == 0)
    {
      g_set_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_NOT_A_MAP,
                   _("%s: the file is empty"), name);
      return FALSE;
    }
  if (len >= 2 && ((guchar) data[0] == 0xff || (guchar) data[0] == 0xfe
                   || data[0] == '\0' || data[1] == '\0')
      && memchr (data, '\0', MIN (len, 64)) != NULL)
    {
      g_set_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_INVALID,
                   _("%s: the file is in UTF-16; a map must be saved as UTF-8"), name);
      return FALSE;
    }
  if (!g_utf8_validate_len (data, len, &end))
    {
      offset_to_line (data, end - data, &line, &column);
      if (memchr (data, '\0', len) != NULL && *end == '\0')
        g_set_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_INVALID,
                     _("%s: line %u, column %u: the file contains a zero byte; it is not a text file"),
                     name, line, column);
      else
        g_set_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_INVALID,
                     _("%s: line %u, column %u: the text is not valid UTF-8"),
                     name, line, column);
      return FALSE;
    }
  return sk_json_check_syntax (data, len, name, compact, error);
}

/* Parses @compact, the checked text without the space between its tokens
 * (check_bytes); if json-glib finds something wrong there after all, the
 * file's own text is parsed instead, for a message whose line and column
 * are those of the file. */
static JsonNode *
parse_json (const char  *data,
            gsize        len,
            GString     *compact,
            const char  *name,
            GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  const char *message;

  if (json_parser_load_from_data (parser, compact->str, (gssize) compact->len, NULL)
      || json_parser_load_from_data (parser, data, (gssize) len, &local_error))
    {
      if (json_parser_get_root (parser) == NULL)
        {
          g_set_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_NOT_A_MAP,
                       _("%s: the file holds no JSON value"), name);
          return NULL;
        }
      return json_node_ref (json_parser_get_root (parser));
    }

  /* json-glib says "<data>:LINE:COL: Parse error: …"; keep the place. */
  message = local_error->message;
  if (g_str_has_prefix (message, "<data>:"))
    message += strlen ("<data>:");
  g_set_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_INVALID,
               _("%s:%s (the file is not valid JSON)"), name, message);
  return NULL;
}

/* The format name and version are checked first and alone: a newer major
 * version is refused whatever else it holds. */
static gboolean
check_version (JsonObject  *root,
               const char  *name,
               GError     **error)
{
  JsonNode *format = json_object_get_member (root, "format");
  JsonNode *version = json_object_get_member (root, "version");
  gint64 v;

  if (format == NULL)
    {
      g_set_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_NOT_A_MAP,
                   _("%s: format: missing; this is not a Sammenkart map"), name);
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_VALUE (format)
      || json_node_get_value_type (format) != G_TYPE_STRING
      || g_strcmp0 (json_node_get_string (format), SK_FORMAT_NAME) != 0)
    {
      g_autofree char *got = sk_schema_describe_node (format);

      g_set_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_NOT_A_MAP,
                   _("%s: format: expected «%s», got %s; this is not a Sammenkart map"),
                   name, SK_FORMAT_NAME, got);
      return FALSE;
    }
  if (version == NULL)
    {
      g_set_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_INVALID,
                   _("%s: version: missing (expected the format's major version, 1)"), name);
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_VALUE (version)
      || json_node_get_value_type (version) != G_TYPE_INT64)
    {
      g_autofree char *got = sk_schema_describe_node (version);

      g_set_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_INVALID,
                   _("%s: version: expected a whole number, the format's major version, got %s"),
                   name, got);
      return FALSE;
    }
  v = json_node_get_int (version);
  if (v > SK_FORMAT_VERSION)
    {
      g_set_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_VERSION,
                   _("%s: version: the map is in format version %lld"
                     ", made by a newer Sammenkart; this Sammenkart reads version %d. "
                     "Update Sammenkart to open it."),
                   name, (long long) v, SK_FORMAT_VERSION);
      return FALSE;
    }
  if (v < 1)
    {
      g_set_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_INVALID,
                   _("%s: version: expected 1, got %lld"),
                   name, (long long) v);
      return FALSE;
    }
  return TRUE;
}

typedef struct {
  GHashTable *ids[SK_N_KINDS];  /* id → path of first use */
} IdSets;

/* The id of an object as read, if it is a valid one. */
static const char *
raw_id (JsonNode *element)
{
  JsonNode *id;

  if (!JSON_NODE_HOLDS_OBJECT (element))
    return NULL;
  id = json_object_get_member (json_node_get_object (element), "id");
  if (id == NULL || !JSON_NODE_HOLDS_VALUE (id) || json_node_get_value_type (id) != G_TYPE_STRING
      || !sk_is_valid_id (json_node_get_string (id)))
    return NULL;
  return json_node_get_string (id);
}

static gboolean
id_in_sets (SkKind      kind,
            const char *id,
            gpointer    user_data)
{
  IdSets *sets = user_data;

  return g_hash_table_contains (sets->ids[kind], id);
}

/**
 * sk_map_load_from_bytes:
 * @bytes: the file's content
 * @display_name: the file's name for messages
 *
 * Returns: (transfer full) (nullable): the map, or %NULL with @error
 *   listing every problem found
 */
SkMap *
sk_map_load_from_bytes (GBytes      *bytes,
                        const char  *display_name,
                        GError     **error)
{
  g_autoptr(SkMap) map = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GString) compact = NULL;
  g_autoptr(JsonObject) properties = NULL;
  GPtrArray *items[SK_N_KINDS] = { NULL, };
  const SkSchema *map_schema = sk_schema_for_kind (SK_KIND_MAP);
  const char *data;
  gsize len;
  SkProblems problems;
  IdSets sets = { { NULL, } };
  gboolean ok;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  if (data == NULL)
    data = "";

  /* A byte-order mark is tolerated on reading (Windows editors add one). */
  if (len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      len -= 3;
    }

  compact = g_string_sized_new (len);
  if (!check_bytes (data, len, display_name, compact, error))
    return NULL;
  root = parse_json (data, len, compact, display_name, error);
  g_string_free (g_steal_pointer (&compact), TRUE);
  if (root == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_NOT_A_MAP,
                   _("%s: expected an object at the top level; this is not a Sammenkart map"),
                   display_name);
      return NULL;
    }
  if (!check_version (json_node_get_object (root), display_name, error))
    return NULL;

  sk_problems_init (&problems);
  properties = sk_schema_normalize_parsed (map_schema, root, "", &problems);

  for (guint i = 0; i < map_schema->n_fields; i++)
    {
      const SkField *field = &map_schema->fields[i];
      SkKind kind = field->kind;
      const SkSchema *schema;
      JsonNode *list;
      JsonArray *array;
      guint n;

      if (field->type != SK_VALUE_ITEMS)
        continue;

      schema = sk_schema_for_kind (kind);
      sets.ids[kind] = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
      items[kind] = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);

      list = json_object_get_member (json_node_get_object (root), field->key);
      if (list == NULL)
        {
          if (field->flags & SK_FIELD_REQUIRED)
            sk_problems_add (&problems, field->key, _("missing (expected an array, [] if empty)"));
          continue;
        }
      if (!JSON_NODE_HOLDS_ARRAY (list))
        {
          sk_schema_add_expected (&problems, field->key, _("an array"), list);
          continue;
        }
      array = json_node_get_array (list);
      n = json_array_get_length (array);
      if (n > SK_MAX_LIST_LENGTH)
        {
          sk_problems_add (&problems, field->key,
                           _("the list has %u entries; at most %d are allowed"),
                           n, SK_MAX_LIST_LENGTH);
          continue;
        }

      for (guint j = 0; j < n; j++)
        {
          g_autofree char *path = sk_path_index (field->key, j);
          JsonNode *element = json_array_get_element (array, j);
          JsonObject *object = sk_schema_normalize_parsed (schema, element, path, &problems);
          const char *id = raw_id (element);
          const char *first;

          if (id == NULL)
            {
              g_clear_pointer (&object, json_object_unref);
              continue;
            }

          first = g_hash_table_lookup (sets.ids[kind], id);
          if (first != NULL)
            {
              g_autofree char *id_path = sk_path_key (path, "id");
              sk_problems_add (&problems, id_path,
                               _("the id «%s» is used twice (also at %s)"), id, first);
              g_clear_pointer (&object, json_object_unref);
              continue;
            }

          /* An object with problems still has its id, so that what refers
           * to it is not reported as well; its own references are checked
           * from what was read. */
          g_hash_table_insert (sets.ids[kind], (gpointer) id, g_strdup (path));
          if (object != NULL)
            g_ptr_array_add (items[kind], object);
        }
    }

  /* References are checked once every id is known, also in the objects
   * that had other problems. */
  for (guint kind = SK_FIRST_LIST_KIND; kind < SK_N_KINDS; kind++)
    {
      JsonArray *array = NULL;
      JsonNode *list = json_object_get_member (json_node_get_object (root), sk_kind_get_key (kind));

      if (list != NULL && JSON_NODE_HOLDS_ARRAY (list))
        array = json_node_get_array (list);
      for (guint j = 0; array != NULL && j < json_array_get_length (array); j++)
        {
          JsonNode *element = json_array_get_element (array, j);
          const char *id = raw_id (element);
          g_autofree char *path = sk_path_index (sk_kind_get_key (kind), j);
          const char *first = id != NULL ? g_hash_table_lookup (sets.ids[kind], id) : NULL;

          /* Once per id: a repeated id was reported already. */
          if (first == NULL || g_strcmp0 (first, path) != 0)
            continue;
          sk_schema_check_refs (sk_schema_for_kind (kind), json_node_get_object (element), path,
                                id_in_sets, &sets, &problems);
        }
    }

  ok = sk_problems_to_error (&problems, display_name,
                             SK_FORMAT_ERROR, SK_FORMAT_ERROR_INVALID, error);
  sk_problems_clear (&problems);
  for (guint kind = SK_FIRST_LIST_KIND; kind < SK_N_KINDS; kind++)
    g_clear_pointer (&sets.ids[kind], g_hash_table_unref);
  if (!ok)
    goto out;

  map = g_object_new (SK_TYPE_MAP, NULL);
  _sk_map_set_properties (map, properties);
  for (guint kind = SK_FIRST_LIST_KIND; kind < SK_N_KINDS; kind++)
    for (guint j = 0; j < items[kind]->len; j++)
      {
        g_autoptr(SkItem) item = _sk_item_new (kind, g_ptr_array_index (items[kind], j));
        _sk_map_insert (map, kind, j, item);
      }

out:
  for (guint kind = SK_FIRST_LIST_KIND; kind < SK_N_KINDS; kind++)
    g_clear_pointer (&items[kind], g_ptr_array_unref);
  /* The text as parsed: the map keeps the parts it needed unchanged. */
  sk_memory_release (g_steal_pointer (&root), (GDestroyNotify) json_node_unref);
  return g_steal_pointer (&map);
}

/**
 * sk_map_load_from_file:
 * @path: a file name
 *
 * Returns: (transfer full) (nullable): the map, or %NULL with @error
 */
SkMap *
sk_map_load_from_file (const char  *path,
                       GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GByteArray) contents = NULL;
  g_autofree char *display_name = NULL;
  GStatBuf st;
  int fd, saved_errno;
  gsize len = 0;
  gssize n;

  g_return_val_if_fail (path != NULL, NULL);

  display_name = g_filename_display_name (path);

  /* Read, not mapped: a file truncated by another program while mapped
   * would crash us. Too large a file is refused before it is read. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0 || fstat (fd, &st) != 0)
    goto failed;
  if (S_ISDIR (st.st_mode))
    {
      close (fd);
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                   _("%s: is a folder, not a map"), display_name);
      return NULL;
    }

  /* Read straight into a buffer of the size the file has now; it may
   * still grow or shrink while it is read. */
  contents = g_byte_array_new ();
  g_byte_array_set_size (contents, (guint) CLAMP (st.st_size, 0, SK_MAX_FILE_BYTES) + 1);
  for (;;)
    {
      if (len == contents->len)
        g_byte_array_set_size (contents, (guint) MIN ((gsize) contents->len * 2 + 65536,
                                                      (gsize) SK_MAX_FILE_BYTES + 1));
      n = read (fd, contents->data + len, contents->len - len);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        goto failed;
      if (n == 0)
        break;
      len += (gsize) n;
      if (len > SK_MAX_FILE_BYTES)
        {
          close (fd);
          g_set_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_TOO_LARGE,
                       _("%s: the file is larger than %d MB, the most a map can be"),
                       display_name, SK_MAX_FILE_BYTES / (1024 * 1024));
          return NULL;
        }
    }
  close (fd);
  g_byte_array_set_size (contents, (guint) len);

  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&contents));
  return sk_map_load_from_bytes (bytes, display_name, error);

failed:
  saved_errno = errno;
  if (fd >= 0)
    close (fd);
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("%s: could not be read: %s"), display_name, g_strerror (saved_errno));
  return NULL;
}
