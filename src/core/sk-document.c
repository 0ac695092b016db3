/* sk-document.c — a map being edited: its undo stack and its file
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saving serializes the map on the calling thread (the map is not
 * thread-safe) and writes the bytes on a worker thread, so the window never
 * waits for the disk. The saved point is set to the state that was
 * serialized, even if edits were made while the write went on.
 */
#include "config.h"

#include "sk-atomic-file.h"
#include "sk-document.h"
#include "sk-templates.h"

struct _SkDocument
{
  GObject      parent_instance;

  SkMap       *map;
  SkUndoStack *undo_stack;
  char        *path;
};

G_DEFINE_FINAL_TYPE (SkDocument, sk_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MAP,
  PROP_PATH,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_modified_changed (SkDocument *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
sk_document_constructed (GObject *object)
{
  SkDocument *self = SK_DOCUMENT (object);

  G_OBJECT_CLASS (sk_document_parent_class)->constructed (object);

  self->undo_stack = sk_undo_stack_new (self->map);
  g_signal_connect_object (self->undo_stack, "notify::modified",
                           G_CALLBACK (on_modified_changed), self, G_CONNECT_SWAPPED);
}

static void
sk_document_finalize (GObject *object)
{
  SkDocument *self = SK_DOCUMENT (object);

  g_clear_object (&self->undo_stack);
  g_clear_object (&self->map);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (sk_document_parent_class)->finalize (object);
}

static void
sk_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SkDocument *self = SK_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_MAP:
      g_value_set_object (value, self->map);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, sk_document_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_document_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SkDocument *self = SK_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_MAP:
      self->map = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_document_class_init (SkDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = sk_document_constructed;
  object_class->finalize = sk_document_finalize;
  object_class->get_property = sk_document_get_property;
  object_class->set_property = sk_document_set_property;

  properties[PROP_MAP] =
    g_param_spec_object ("map", NULL, NULL, SK_TYPE_MAP,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sk_document_init (SkDocument *self)
{
}

/**
 * sk_document_new:
 *
 * Returns: (transfer full): a document for @map, never saved
 */
SkDocument *
sk_document_new (SkMap *map)
{
  g_return_val_if_fail (SK_IS_MAP (map), NULL);
  return g_object_new (SK_TYPE_DOCUMENT, "map", map, NULL);
}

/**
 * sk_document_new_from_template:
 * @template_name: a name from sk_templates_list()
 *
 * Returns: (transfer full) (nullable): a new, never saved document
 */
SkDocument *
sk_document_new_from_template (const char  *template_name,
                               GError     **error)
{
  g_autoptr(SkMap) map = sk_templates_load (template_name, error);

  return map != NULL ? sk_document_new (map) : NULL;
}

/**
 * sk_document_load:
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error
 */
SkDocument *
sk_document_load (const char  *path,
                  GError     **error)
{
  g_autoptr(SkMap) map = sk_map_load_from_file (path, error);
  SkDocument *self;

  if (map == NULL)
    return NULL;
  self = sk_document_new (map);
  self->path = g_strdup (path);
  return self;
}

/**
 * sk_document_new_recovered:
 * @map: a map recovered from a journal (sk_journal_recover())
 * @path: (nullable): the file it continues, or %NULL for a map never saved
 *
 * Returns: (transfer full): a document with changes not yet saved
 */
SkDocument *
sk_document_new_recovered (SkMap      *map,
                           const char *path)
{
  SkDocument *self = sk_document_new (map);

  self->path = g_strdup (path);
  sk_undo_stack_set_unsaved (self->undo_stack);
  return self;
}

static void
set_path (SkDocument *self,
          const char *path)
{
  if (g_strcmp0 (self->path, path) == 0)
    return;
  g_free (self->path);
  self->path = g_strdup (path);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
}

/**
 * sk_document_save:
 * @path: (nullable): where to save; %NULL for the document's own file
 *
 * Saves atomically (see sk_map_save_to_file()) and marks the document
 * saved. On failure nothing on disk changes and @error says why.
 */
gboolean
sk_document_save (SkDocument  *self,
                  const char  *path,
                  GError     **error)
{
  g_return_val_if_fail (SK_IS_DOCUMENT (self), FALSE);

  if (path == NULL)
    path = self->path;
  g_return_val_if_fail (path != NULL, FALSE);

  if (!sk_map_save_to_file (self->map, path, error))
    return FALSE;
  set_path (self, path);
  sk_undo_stack_set_saved (self->undo_stack);
  return TRUE;
}

typedef struct {
  char   *path;
  GBytes *bytes;
  guint64 serial;  /* the state that was serialized */
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_free (job->path);
  g_bytes_unref (job->bytes);
  g_free (job);
}

static void
save_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  SaveJob *job = task_data;
  GError *error = NULL;

  if (sk_atomic_file_replace (job->path, job->bytes, TRUE, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * sk_document_save_async:
 * @path: (nullable): where to save; %NULL for the document's own file
 *
 * Like sk_document_save() without blocking: the map is serialized now and
 * written on a worker thread.
 */
void
sk_document_save_async (SkDocument          *self,
                        const char          *path,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveJob *job;

  g_return_if_fail (SK_IS_DOCUMENT (self));

  if (path == NULL)
    path = self->path;
  g_return_if_fail (path != NULL);

  job = g_new0 (SaveJob, 1);
  job->path = g_strdup (path);
  job->bytes = sk_map_serialize (self->map);
  job->serial = sk_undo_stack_get_serial (self->undo_stack);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sk_document_save_async);
  g_task_set_task_data (task, job, (GDestroyNotify) save_job_free);
  g_task_run_in_thread (task, save_in_thread);
}

gboolean
sk_document_save_finish (SkDocument    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  SaveJob *job;

  g_return_val_if_fail (SK_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  job = g_task_get_task_data (G_TASK (result));
  set_path (self, job->path);
  /* Only if nothing changed while writing is what is on disk the map. */
  if (sk_undo_stack_get_serial (self->undo_stack) == job->serial)
    sk_undo_stack_set_saved (self->undo_stack);
  return TRUE;
}

/**
 * sk_document_get_map:
 *
 * Returns: (transfer none): the map
 */
SkMap *
sk_document_get_map (SkDocument *self)
{
  g_return_val_if_fail (SK_IS_DOCUMENT (self), NULL);
  return self->map;
}

/**
 * sk_document_get_undo_stack:
 *
 * Returns: (transfer none): the undo stack
 */
SkUndoStack *
sk_document_get_undo_stack (SkDocument *self)
{
  g_return_val_if_fail (SK_IS_DOCUMENT (self), NULL);
  return self->undo_stack;
}

/**
 * sk_document_get_path:
 *
 * Returns: (nullable): the file, or %NULL if never saved
 */
const char *
sk_document_get_path (SkDocument *self)
{
  g_return_val_if_fail (SK_IS_DOCUMENT (self), NULL);
  return self->path;
}

gboolean
sk_document_get_modified (SkDocument *self)
{
  g_return_val_if_fail (SK_IS_DOCUMENT (self), FALSE);
  return sk_undo_stack_get_modified (self->undo_stack);
}

/**
 * sk_document_apply:
 * @command: (nullable) (transfer full): a command, or %NULL
 *
 * Pushes @command onto the undo stack. Takes it, so that
 * `sk_document_apply (doc, sk_command_new_… (…, &error))` reads as one
 * step; a %NULL command (nothing to change, or an error) does nothing.
 *
 * Returns: whether a command was applied
 */
gboolean
sk_document_apply (SkDocument *self,
                   SkCommand  *command)
{
  g_autoptr(SkCommand) owned = command;

  g_return_val_if_fail (SK_IS_DOCUMENT (self), FALSE);

  if (owned == NULL)
    return FALSE;
  sk_undo_stack_push (self->undo_stack, owned);
  return TRUE;
}
