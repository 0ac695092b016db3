/* sk-journal.c — every completed edit on disk before it shows as done
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The journal is a text file beside the document (".NAME.sammenkart-journal"),
 * or in the user's state folder for a map never saved. Its first line names
 * the version of the document it continues (the SHA-256 of the file's bytes);
 * a map never saved, or one just recovered, is written whole on the second
 * line instead. Then each completed
 * change of the undo stack (an edit, an undo, a redo) is one line, appended
 * and flushed with fsync() before the stack's "changed" signal returns:
 *
 *   {"n":3,"set":[["services","ppt",7,{…}]],"del":[["notes","n1"]]}
 *
 * A record holds the items the change touched as they are after it, with
 * their places, and the ids of those it removed; it does not depend on what
 * the command was, so every command, undo and redo is journalled alike. A
 * line cut short by a crash is an edit that never completed, and is left
 * out. Recovery replays the records on the document (or the embedded map)
 * and checks the result as if it were a file just opened.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sk-error.h"
#include "sk-item-private.h"
#include "sk-journal.h"
#include "sk-map-private.h"
#include "sk-problems.h"
#include "sk-schema.h"

#define JOURNAL_FORMAT "sammenkart-journal"
#define JOURNAL_VERSION 1

typedef struct {
  SkJournal *journal;
  SkKind     kind;
} ListWatch;

struct _SkJournal
{
  GObject      parent_instance;
  SkUndoStack *stack;
  SkMap       *map;
  char        *path;
  int          fd;
  guint        n_records;
  gboolean     warned;
  GHashTable  *touched[SK_N_KINDS];  /* ids */
  GPtrArray   *ids[SK_N_KINDS];      /* each list's ids, in order */
  ListWatch    watches[SK_N_KINDS];
};

G_DEFINE_FINAL_TYPE (SkJournal, sk_journal, G_TYPE_OBJECT)

/* --- writing ---------------------------------------------------------- */

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        len,
           GError     **error)
{
  while (len > 0)
    {
      gssize n = write (fd, data, len);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s", g_strerror (saved));
          return FALSE;
        }
      data += n;
      len -= (gsize) n;
    }
  return TRUE;
}

static gboolean
write_line (int          fd,
            JsonNode    *node,
            GError     **error)
{
  g_autofree char *text = json_to_string (node, FALSE);
  g_autofree char *line = g_strconcat (text, "\n", NULL);

  if (!write_all (fd, line, strlen (line), error))
    return FALSE;
  if (fsync (fd) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s", g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

static char *
file_sha256 (const char  *path,
             GError     **error)
{
  g_autofree char *data = NULL;
  gsize len;

  if (!g_file_get_contents (path, &data, &len, error))
    return NULL;
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, len);
}

/* Writes a fresh journal for the document's current version to @path,
 * through a temporary file, and opens it for appending. */
static int
start_file (SkJournal   *self,
            const char  *path,
            const char  *document_path,
            gboolean     embed,
            GError     **error)
{
  g_autoptr(JsonBuilder) header = json_builder_new ();
  g_autoptr(JsonNode) header_node = NULL;
  g_autofree char *tmp = g_strconcat (path, ".new", NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *sha = NULL;
  int fd, dir_fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s: %s", dir, g_strerror (saved));
      return -1;
    }
  if (!embed && (sha = file_sha256 (document_path, error)) == NULL)
    return -1;

  json_builder_begin_object (header);
  json_builder_set_member_name (header, "format");
  json_builder_add_string_value (header, JOURNAL_FORMAT);
  json_builder_set_member_name (header, "version");
  json_builder_add_int_value (header, JOURNAL_VERSION);
  json_builder_set_member_name (header, "document");
  if (document_path != NULL)
    json_builder_add_string_value (header, document_path);
  else
    json_builder_add_null_value (header);
  json_builder_set_member_name (header, "sha256");
  if (sha != NULL)
    json_builder_add_string_value (header, sha);
  else
    json_builder_add_null_value (header);
  json_builder_end_object (header);
  header_node = json_builder_get_root (header);

  fd = g_open (tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s: %s", tmp, g_strerror (saved));
      return -1;
    }
  if (!write_line (fd, header_node, error))
    goto fail;
  if (embed)
    {
      /* A map never saved, or recovered: the journal carries it whole. */
      g_autoptr(GBytes) bytes = sk_map_serialize (self->map);
      g_autoptr(JsonParser) parser = json_parser_new ();
      gsize len;
      const char *data = g_bytes_get_data (bytes, &len);

      if (!json_parser_load_from_data (parser, data, (gssize) len, error))
        goto fail;
      if (!write_line (fd, json_parser_get_root (parser), error))
        goto fail;
    }
  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s: %s", path, g_strerror (saved));
      goto fail;
    }
  /* The new name is on disk too. */
  dir_fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (dir_fd >= 0)
    {
      fsync (dir_fd);
      close (dir_fd);
    }
  return fd;

fail:
  close (fd);
  g_unlink (tmp);
  return -1;
}

static void
add_change (JsonBuilder *set,
            JsonBuilder *del,
            SkMap       *map,
            SkKind       kind,
            const char  *id)
{
  SkItem *item = sk_map_lookup (map, kind, id);

  if (item == NULL)
    {
      json_builder_begin_array (del);
      json_builder_add_string_value (del, sk_kind_get_key (kind));
      json_builder_add_string_value (del, id);
      json_builder_end_array (del);
      return;
    }
  json_builder_begin_array (set);
  json_builder_add_string_value (set, sk_kind_get_key (kind));
  json_builder_add_string_value (set, id);
  json_builder_add_int_value (set, sk_map_get_position (map, kind, id));
  {
    JsonNode *json = json_node_new (JSON_NODE_OBJECT);

    json_node_set_object (json, sk_item_get_json (item));
    json_builder_add_value (set, json);
  }
  json_builder_end_array (set);
}

static void
on_stack_changed (SkJournal *self)
{
  g_autoptr(JsonBuilder) record = json_builder_new ();
  g_autoptr(JsonBuilder) set = json_builder_new ();
  g_autoptr(JsonBuilder) del = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  gboolean any = FALSE;

  json_builder_begin_array (set);
  json_builder_begin_array (del);
  for (SkKind kind = SK_FIRST_LIST_KIND; kind < SK_N_KINDS; kind++)
    {
      GHashTableIter iter;
      gpointer id;

      g_hash_table_iter_init (&iter, self->touched[kind]);
      while (g_hash_table_iter_next (&iter, &id, NULL))
        {
          add_change (set, del, self->map, kind, id);
          any = TRUE;
        }
      g_hash_table_remove_all (self->touched[kind]);
    }
  json_builder_end_array (set);
  json_builder_end_array (del);

  json_builder_begin_object (record);
  json_builder_set_member_name (record, "n");
  json_builder_add_int_value (record, self->n_records + 1);
  json_builder_set_member_name (record, "set");
  json_builder_add_value (record, json_builder_get_root (set));
  json_builder_set_member_name (record, "del");
  json_builder_add_value (record, json_builder_get_root (del));
  if (g_hash_table_size (self->touched[SK_KIND_MAP]) > 0)
    {
      JsonNode *json = json_node_new (JSON_NODE_OBJECT);

      json_node_set_object (json, sk_item_get_json (sk_map_get_properties (self->map)));
      json_builder_set_member_name (record, "map");
      json_builder_add_value (record, json);
      g_hash_table_remove_all (self->touched[SK_KIND_MAP]);
      any = TRUE;
    }
  json_builder_end_object (record);
  if (!any || self->fd < 0)
    return;

  root = json_builder_get_root (record);
  if (write_line (self->fd, root, &error))
    self->n_records++;
  else if (!self->warned)
    {
      /* The edit stands; only its safety net is torn. */
      g_warning ("%s: the edit journal could not be written: %s", self->path, error->message);
      self->warned = TRUE;
    }
}

/* --- what changed ----------------------------------------------------- */

static void
on_item_changed (SkJournal  *self,
                 SkItem     *item,
                 const char *key)
{
  SkKind kind = sk_item_get_kind (item);

  g_hash_table_add (self->touched[kind], g_strdup (kind == SK_KIND_MAP ? "" : sk_item_get_id (item)));
}

static void
on_items_changed (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  ListWatch  *watch)
{
  SkJournal *self = watch->journal;
  GPtrArray *ids = self->ids[watch->kind];

  /* Those that left (or moved) and those that came. */
  for (guint i = position; i < position + removed && i < ids->len; i++)
    g_hash_table_add (self->touched[watch->kind], g_strdup (g_ptr_array_index (ids, i)));
  g_ptr_array_remove_range (ids, position, MIN (removed, ids->len - position));
  for (guint i = 0; i < added; i++)
    {
      g_autoptr(SkItem) item = g_list_model_get_item (list, position + i);

      g_ptr_array_insert (ids, (int) (position + i), g_strdup (sk_item_get_id (item)));
      g_hash_table_add (self->touched[watch->kind], g_strdup (sk_item_get_id (item)));
    }
}

static void
watch_map (SkJournal *self)
{
  g_signal_connect_swapped (self->map, "item-changed", G_CALLBACK (on_item_changed), self);
  for (SkKind kind = SK_FIRST_LIST_KIND; kind < SK_N_KINDS; kind++)
    {
      GListModel *list = sk_map_get_list (self->map, kind);

      self->watches[kind] = (ListWatch) { self, kind };
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(SkItem) item = g_list_model_get_item (list, i);

          g_ptr_array_add (self->ids[kind], g_strdup (sk_item_get_id (item)));
        }
      g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &self->watches[kind]);
    }
  g_signal_connect_swapped (self->stack, "changed", G_CALLBACK (on_stack_changed), self);
}

/* --- the object ------------------------------------------------------- */

static void
sk_journal_dispose (GObject *object)
{
  SkJournal *self = SK_JOURNAL (object);

  if (self->map != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->map, self);
      for (SkKind kind = SK_FIRST_LIST_KIND; kind < SK_N_KINDS; kind++)
        g_signal_handlers_disconnect_by_data (sk_map_get_list (self->map, kind), &self->watches[kind]);
    }
  if (self->stack != NULL)
    g_signal_handlers_disconnect_by_data (self->stack, self);
  g_clear_object (&self->stack);
  g_clear_object (&self->map);
  if (self->fd >= 0)
    close (self->fd);
  self->fd = -1;
  G_OBJECT_CLASS (sk_journal_parent_class)->dispose (object);
}

static void
sk_journal_finalize (GObject *object)
{
  SkJournal *self = SK_JOURNAL (object);

  for (SkKind kind = 0; kind < SK_N_KINDS; kind++)
    {
      g_hash_table_unref (self->touched[kind]);
      g_ptr_array_unref (self->ids[kind]);
    }
  g_free (self->path);
  G_OBJECT_CLASS (sk_journal_parent_class)->finalize (object);
}

static void
sk_journal_class_init (SkJournalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sk_journal_dispose;
  object_class->finalize = sk_journal_finalize;
}

static void
sk_journal_init (SkJournal *self)
{
  self->fd = -1;
  for (SkKind kind = 0; kind < SK_N_KINDS; kind++)
    {
      self->touched[kind] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      self->ids[kind] = g_ptr_array_new_with_free_func (g_free);
    }
}

static SkJournal *
journal_start (SkUndoStack  *stack,
               const char   *journal_path,
               const char   *document_path,
               gboolean      embed,
               GError      **error)
{
  g_autoptr(SkJournal) self = g_object_new (SK_TYPE_JOURNAL, NULL);

  g_return_val_if_fail (SK_IS_UNDO_STACK (stack), NULL);
  self->stack = g_object_ref (stack);
  self->map = g_object_ref (sk_undo_stack_get_map (stack));
  self->path = g_strdup (journal_path);
  self->fd = start_file (self, journal_path, document_path, embed, error);
  if (self->fd < 0)
    return NULL;
  watch_map (self);
  return g_steal_pointer (&self);
}

/**
 * sk_journal_new:
 * @journal_path: where the journal goes (see sk_journal_path_for())
 * @document_path: (nullable): the saved document the edits continue, or
 *   %NULL for a map never saved (then the journal carries it whole)
 *
 * Starts a journal of @stack's map: from now on every change is on disk
 * before the stack's "changed" signal returns.
 *
 * Returns: (transfer full) (nullable): the journal, or %NULL with @error
 */
SkJournal *
sk_journal_new (SkUndoStack  *stack,
                const char   *journal_path,
                const char   *document_path,
                GError      **error)
{
  return journal_start (stack, journal_path, document_path, document_path == NULL, error);
}

/**
 * sk_journal_new_recovered:
 * @document_path: (nullable): the file the recovered map continues
 *
 * Like sk_journal_new() for a map just recovered from a journal: the new
 * journal carries the recovered map whole, so a second crash loses nothing
 * either.
 */
SkJournal *
sk_journal_new_recovered (SkUndoStack  *stack,
                          const char   *journal_path,
                          const char   *document_path,
                          GError      **error)
{
  return journal_start (stack, journal_path, document_path, TRUE, error);
}

const char *
sk_journal_get_path (SkJournal *self)
{
  return self->path;
}

guint
sk_journal_get_n_records (SkJournal *self)
{
  return self->n_records;
}

/**
 * sk_journal_rotate:
 * @document_path: the file the map was just saved to
 *
 * After a save: the journal starts again from the saved version.
 */
gboolean
sk_journal_rotate (SkJournal   *self,
                   const char  *document_path,
                   GError     **error)
{
  int fd = start_file (self, self->path, document_path, FALSE, error);

  if (fd < 0)
    return FALSE;
  if (self->fd >= 0)
    close (self->fd);
  self->fd = fd;
  self->n_records = 0;
  return TRUE;
}

/* The document is closed with nothing to keep: the journal goes. */
void
sk_journal_discard (SkJournal *self)
{
  if (self->fd >= 0)
    close (self->fd);
  self->fd = -1;
  g_unlink (self->path);
}

/**
 * sk_journal_path_for:
 *
 * Returns: (transfer full): the journal beside a document:
 *   DIR/.NAME.sammenkart-journal
 */
char *
sk_journal_path_for (const char *document_path)
{
  g_autofree char *dir = g_path_get_dirname (document_path);
  g_autofree char *name = g_path_get_basename (document_path);
  g_autofree char *hidden = g_strconcat (".", name, "-journal", NULL);

  return g_build_filename (dir, hidden, NULL);
}

/**
 * sk_journal_path_unsaved:
 *
 * Returns: (transfer full): a new journal path in the user's state folder,
 *   for a map never saved
 */
char *
sk_journal_path_unsaved (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%S");
  g_autofree char *name = g_strdup_printf ("unsaved-%s-%d-%u.sammenkart-journal", stamp, (int) getpid (),
                                          g_random_int ());

  return g_build_filename (g_get_user_state_dir (), "sammenkart", "journals", name, NULL);
}

/* --- recovering ------------------------------------------------------- */

static gboolean
kind_for_key (const char *key,
              SkKind     *kind)
{
  for (SkKind k = SK_FIRST_LIST_KIND; k < SK_N_KINDS; k++)
    if (g_strcmp0 (sk_kind_get_key (k), key) == 0)
      {
        *kind = k;
        return TRUE;
      }
  return FALSE;
}

typedef struct {
  SkKind      kind;
  const char *id;
  gint64      position;
  JsonObject *json;
} Placed;

static int
by_position (gconstpointer a,
             gconstpointer b)
{
  const Placed *x = a, *y = b;

  if (x->kind != y->kind)
    return (int) x->kind - (int) y->kind;
  return (x->position > y->position) - (x->position < y->position);
}

/* Safe getters: a journal may have been tampered with. */
static JsonArray *
member_array (JsonObject *object,
              const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static JsonObject *
member_object (JsonObject *object,
               const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
array_at (JsonArray *array,
          guint      i)
{
  JsonNode *node = i < json_array_get_length (array) ? json_array_get_element (array, i) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static const char *
string_at (JsonArray *array,
           guint      i)
{
  JsonNode *node = i < json_array_get_length (array) ? json_array_get_element (array, i) : NULL;

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
         ? json_node_get_string (node) : NULL;
}

/* Applies one record; FALSE if it is not one. */
static gboolean
apply_record (SkMap      *map,
              JsonObject *record)
{
  JsonArray *set = member_array (record, "set");
  JsonArray *del = member_array (record, "del");
  JsonObject *properties = member_object (record, "map");
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (Placed));
  gboolean ok = FALSE;

  if (set == NULL || del == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (del); i++)
    {
      JsonArray *entry = array_at (del, i);
      SkKind kind;
      int position;

      if (entry == NULL || json_array_get_length (entry) != 2 || string_at (entry, 1) == NULL
          || !kind_for_key (string_at (entry, 0), &kind))
        goto fail;
      position = sk_map_get_position (map, kind, string_at (entry, 1));
      if (position >= 0)
        g_object_unref (_sk_map_remove (map, kind, (guint) position));
    }
  for (guint i = 0; i < json_array_get_length (set); i++)
    {
      JsonArray *entry = array_at (set, i);
      JsonNode *position;
      Placed p;

      if (entry == NULL || json_array_get_length (entry) != 4
          || !kind_for_key (string_at (entry, 0), &p.kind) || string_at (entry, 1) == NULL
          || !JSON_NODE_HOLDS_OBJECT (json_array_get_element (entry, 3)))
        goto fail;
      position = json_array_get_element (entry, 2);
      if (!JSON_NODE_HOLDS_VALUE (position) || json_node_get_value_type (position) != G_TYPE_INT64)
        goto fail;
      p.id = string_at (entry, 1);
      p.position = json_node_get_int (position);
      /* An item as any file would give it: normalized, or refused. */
      {
        SkProblems problems;

        sk_problems_init (&problems);
        p.json = sk_schema_normalize (sk_schema_for_kind (p.kind), json_array_get_element (entry, 3), "",
                                      &problems);
        if (p.json != NULL && problems.count > 0)
          g_clear_pointer (&p.json, json_object_unref);
        sk_problems_clear (&problems);
      }
      if (p.json == NULL || g_strcmp0 (json_object_get_string_member_with_default (p.json, "id", NULL), p.id) != 0)
        {
          g_clear_pointer (&p.json, json_object_unref);
          goto fail;
        }
      g_array_append_val (placed, p);
    }
  /* Take the touched items out, then put each at its place, lowest place
   * first: the items not touched keep their order between them. */
  for (guint i = 0; i < placed->len; i++)
    {
      Placed *p = &g_array_index (placed, Placed, i);
      int position = sk_map_get_position (map, p->kind, p->id);

      if (position >= 0)
        g_object_unref (_sk_map_remove (map, p->kind, (guint) position));
    }
  g_array_sort (placed, by_position);
  for (guint i = 0; i < placed->len; i++)
    {
      Placed *p = &g_array_index (placed, Placed, i);
      guint n = g_list_model_get_n_items (sk_map_get_list (map, p->kind));
      g_autoptr(SkItem) item = NULL;

      /* The same id twice in one record is no record of ours. */
      if (sk_map_lookup (map, p->kind, p->id) != NULL)
        goto fail;
      item = _sk_item_new (p->kind, p->json);
      _sk_map_insert (map, p->kind, (guint) CLAMP (p->position, 0, (gint64) n), item);
    }
  if (properties != NULL)
    {
      SkProblems problems;
      g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), properties);
      g_autoptr(JsonObject) normalized = NULL;

      sk_problems_init (&problems);
      normalized = sk_schema_normalize (sk_schema_for_kind (SK_KIND_MAP), node, "", &problems);
      if (normalized != NULL && problems.count == 0)
        _sk_map_set_properties (map, normalized);
      sk_problems_clear (&problems);
      if (normalized == NULL)
        goto fail;
    }
  ok = TRUE;

fail:
  for (guint i = 0; i < placed->len; i++)
    json_object_unref (g_array_index (placed, Placed, i).json);
  return ok;
}

/**
 * sk_journal_recover:
 * @document_path: (out) (optional) (nullable): the document the journal
 *   continues, or %NULL for a map never saved
 * @n_records: (out) (optional): how many completed edits were replayed
 *
 * Replays a journal: the map as it was after the last completed edit. It
 * is checked like a file being opened.
 *
 * Returns: (transfer full) (nullable): the map, or %NULL with @error
 */
SkMap *
sk_journal_recover (const char  *journal_path,
                    char       **document_path,
                    guint       *n_records,
                    GError     **error)
{
  g_autofree char *data = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(SkMap) map = NULL;
  g_autoptr(GBytes) bytes = NULL;
  JsonObject *header;
  JsonNode *root;
  const char *document, *sha;
  guint line = 1, replayed = 0;
  gsize len;

  if (!g_file_get_contents (journal_path, &data, &len, error))
    return NULL;
  lines = g_strsplit (data, "\n", -1);
  if (lines[0] == NULL || !json_parser_load_from_data (parser, lines[0], -1, NULL)
      || !JSON_NODE_HOLDS_OBJECT (root = json_parser_get_root (parser))
      || g_strcmp0 (json_object_get_string_member_with_default (json_node_get_object (root), "format", ""),
                    JOURNAL_FORMAT) != 0)
    {
      g_set_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_INVALID, _("%s: not an edit journal of Sammenkart"),
                   journal_path);
      return NULL;
    }
  header = json_node_get_object (json_parser_get_root (parser));
  document = json_object_get_string_member_with_default (header, "document", NULL);
  sha = json_object_get_string_member_with_default (header, "sha256", NULL);

  if (sha != NULL)
    {
      g_autofree char *now = NULL;

      if (document == NULL)
        {
          g_set_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_INVALID, _("%s: not an edit journal of Sammenkart"),
                       journal_path);
          return NULL;
        }
      g_autofree char *contents = NULL;
      gsize size;

      /* Read once: the bytes checked are the bytes loaded. */
      if (!g_file_get_contents (document, &contents, &size, error))
        return NULL;
      now = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, size);
      if (g_strcmp0 (now, sha) != 0)
        {
          g_set_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_INVALID,
                       _("%s: the journal continues another version of %s"), journal_path, document);
          return NULL;
        }
      bytes = g_bytes_new_take (g_steal_pointer (&contents), size);
      map = sk_map_load_from_bytes (bytes, document, error);
    }
  else
    {
      if (lines[1] == NULL)
        {
          g_set_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_INVALID, _("%s: the journal is cut short"),
                       journal_path);
          return NULL;
        }
      bytes = g_bytes_new (lines[1], strlen (lines[1]));
      map = sk_map_load_from_bytes (bytes, journal_path, error);
      line = 2;
    }
  if (map == NULL)
    return NULL;

  /* Each complete line is a completed edit; a line cut short by a crash
   * (or anything else) ends the replay. */
  for (; lines[line] != NULL && lines[line + 1] != NULL; line++)
    {
      g_autoptr(JsonParser) record = json_parser_new ();

      if (!json_parser_load_from_data (record, lines[line], -1, NULL)
          || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (record))
          || !apply_record (map, json_node_get_object (json_parser_get_root (record))))
        break;
      replayed++;
    }

  /* Whatever the journal said, the result must be a valid map. */
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = sk_map_serialize (map);
  g_clear_object (&map);
  map = sk_map_load_from_bytes (bytes, journal_path, error);
  if (map == NULL)
    return NULL;
  if (document_path != NULL)
    *document_path = g_strdup (document);
  if (n_records != NULL)
    *n_records = replayed;
  return g_steal_pointer (&map);
}
