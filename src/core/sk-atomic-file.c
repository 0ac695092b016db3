/* sk-atomic-file.c — replacing a file so that it is never half written
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GLib's g_file_set_contents_full() writes a temporary file in the same
 * folder, fsyncs it and renames it over the old one, so a crash or a full
 * disk leaves either the old file or the new one. Before that, the old file
 * is kept as "NAME~" (a hard link, so no copy is made), which GNOME's file
 * manager treats as a backup.
 */
#include "config.h"

#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sk-atomic-file.h"

/**
 * sk_atomic_file_backup_path:
 *
 * Returns: (transfer full): where the previous version of @path is kept
 */
char *
sk_atomic_file_backup_path (const char *path)
{
  return g_strconcat (path, "~", NULL);
}

static void
backup (const char *path)
{
  g_autofree char *backup = sk_atomic_file_backup_path (path);
  g_autofree char *contents = NULL;
  gsize len;

  if (g_unlink (backup) != 0 && errno != ENOENT)
    return;  /* an old backup we cannot replace does not stop a save */
  if (link (path, backup) == 0)
    return;

  /* No hard links on this file system: copy. */
  if (g_file_get_contents (path, &contents, &len, NULL))
    g_file_set_contents_full (backup, contents, len,
                              G_FILE_SET_CONTENTS_CONSISTENT, 0644, NULL);
}

/**
 * sk_atomic_file_replace:
 * @path: the file to write
 * @keep_backup: keep the old content as "@path~" (maps; not exports)
 *
 * Writes @contents to @path so that @path holds either its old or its new
 * content whatever happens. On failure
 * @path is untouched and @error says why, naming the file.
 */
gboolean
sk_atomic_file_replace (const char  *path,
                        GBytes      *contents,
                        gboolean     keep_backup,
                        GError     **error)
{
  gsize len;
  const char *data = g_bytes_get_data (contents, &len);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *real_path = NULL;
  g_autofree char *display_name = NULL;
  g_autofree char *dir = NULL;
  GStatBuf st;
  int mode = 0644;

  g_return_val_if_fail (path != NULL, FALSE);

  /* Saving through a symbolic link replaces the file it points to. */
  real_path = realpath (path, NULL);
  if (real_path == NULL)
    real_path = g_strdup (path);
  display_name = g_filename_display_basename (path);
  dir = g_path_get_dirname (real_path);

  if (g_stat (real_path, &st) == 0)
    {
      if (!S_ISREG (st.st_mode))
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                       _("Could not save “%s” in %s: it is not a regular file"),
                       display_name, dir);
          return FALSE;
        }
      mode = st.st_mode & 0777;
      if (keep_backup)
        backup (real_path);
    }

  if (!g_file_set_contents_full (real_path, data, (gssize) len,
                                 G_FILE_SET_CONTENTS_CONSISTENT
                                 | G_FILE_SET_CONTENTS_DURABLE,
                                 mode, &local_error))
    {
      /* GLib's message names its temporary file; the reason is at its end
       * ("…: write() failed: No space left on device"). */
      const char *reason = g_strrstr (local_error->message, ": ");

      reason = reason != NULL ? reason + 2 : local_error->message;
      g_set_error (error, G_FILE_ERROR, local_error->code,
                   _("Could not save “%s” in %s: %s. The file on disk is unchanged."),
                   display_name, dir, reason);
      return FALSE;
    }
  return TRUE;
}
