/* sk-problems.c — collects the problems found while reading or checking a map
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-problems.h"

void
sk_problems_init (SkProblems *problems)
{
  problems->lines = g_ptr_array_new_with_free_func (g_free);
  problems->count = 0;
}

void
sk_problems_clear (SkProblems *problems)
{
  g_clear_pointer (&problems->lines, g_ptr_array_unref);
  problems->count = 0;
}

void
sk_problems_add (SkProblems *problems,
                 const char *path,
                 const char *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list args;

  problems->count++;
  if (problems->lines->len >= SK_PROBLEMS_MAX_LISTED)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (path != NULL && *path != '\0')
    g_ptr_array_add (problems->lines, g_strdup_printf ("%s: %s", path, message));
  else
    g_ptr_array_add (problems->lines, g_steal_pointer (&message));
}

/* Turns the problems into one error whose message has one line per problem,
 * each starting with the file name. Returns TRUE if there were none. */
gboolean
sk_problems_to_error (SkProblems *problems,
                      const char *filename,
                      GQuark      domain,
                      int         code,
                      GError    **error)
{
  g_autoptr(GString) message = NULL;

  if (problems->count == 0)
    return TRUE;

  message = g_string_new (NULL);
  for (guint i = 0; i < problems->lines->len; i++)
    {
      if (i > 0)
        g_string_append_c (message, '\n');
      if (filename != NULL)
        g_string_append_printf (message, "%s: ", filename);
      g_string_append (message, g_ptr_array_index (problems->lines, i));
    }
  if (problems->count > problems->lines->len)
    {
      guint more = problems->count - problems->lines->len;

      g_string_append_c (message, '\n');
      if (filename != NULL)
        g_string_append_printf (message, "%s: ", filename);
      g_string_append_printf (message,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "and %u more problem",
                                           "and %u more problems", more),
                              more);
    }

  g_set_error_literal (error, domain, code, message->str);
  return FALSE;
}

char *
sk_path_key (const char *path,
             const char *key)
{
  if (path == NULL || *path == '\0')
    return g_strdup (key);
  return g_strconcat (path, ".", key, NULL);
}

char *
sk_path_index (const char *path,
               guint       index)
{
  return g_strdup_printf ("%s[%u]", path != NULL ? path : "", index);
}
