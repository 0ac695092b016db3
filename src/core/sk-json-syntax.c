/* sk-json-syntax.c — a strict check of JSON text before it is parsed
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib 1.6 is lenient where a map file must not be: it ignores what
 * follows the first value, accepts single quotes, lets a repeated key
 * silently replace the first, cuts strings at \u0000, lets lone surrogates
 * through as invalid UTF-8, and parses nesting by recursion. This checks
 * the text against RFC 8259 first, without recursion, and says where and
 * what is wrong in words a person can act on; json-glib then only ever
 * parses text that is valid. The text must already be valid UTF-8.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sk-error.h"
#include "sk-json-syntax.h"

typedef struct {
  const char *data;
  gsize       len;
  gsize       pos;
  const char *name;
  GError    **error;
  GString    *compact;  /* the text without the space between tokens, or NULL */
  gsize       copied;   /* how much of data is in compact */
} Scanner;

typedef struct {
  gboolean    is_object;
  GHashTable *keys;  /* raw keys of an object, to find repeated ones */
} Container;

static void
container_clear (Container *container)
{
  g_clear_pointer (&container->keys, g_hash_table_unref);
}

static gboolean G_GNUC_PRINTF (3, 4)
fail_at (Scanner    *s,
         gsize       pos,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  guint line = 1, column = 1;
  va_list args;

  for (gsize i = 0; i < pos && i < s->len; i++)
    {
      if (s->data[i] == '\n')
        {
          line++;
          column = 1;
        }
      else if (((guchar) s->data[i] & 0xc0) != 0x80)
        column++;
    }

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (s->error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_INVALID,
               /* TRANSLATORS: "kart.sammenkart: line 3, column 14: …" */
               _("%s: line %u, column %u: %s"), s->name, line, column, message);
  return FALSE;
}

static gboolean
fail_end (Scanner *s)
{
  return fail_at (s, s->len, _("the file ends too early; it may have been cut off"));
}

/* Names the character at the position for a message: «x», or a word. */
static char *
describe_char (Scanner *s)
{
  gunichar c = g_utf8_get_char (s->data + s->pos);
  char buffer[8] = { 0 };

  if (c == '\n' || c == '\r')
    return g_strdup (_("a line break"));
  if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))
    return g_strdup_printf (_("the control character U+%04X"), c);
  if (c == 0xfeff)
    return g_strdup (_("a byte-order mark"));
  g_unichar_to_utf8 (c, buffer);
  return g_strdup_printf ("«%s»", buffer);
}

/* Skips the space between tokens, which compact does not get. */
static void
skip_space (Scanner *s)
{
  gsize start = s->pos;

  while (s->pos < s->len)
    {
      char c = s->data[s->pos];

      if (c != ' ' && c != '\n' && c != '\t' && c != '\r')
        break;
      s->pos++;
    }
  if (s->compact != NULL && s->pos > start)
    {
      g_string_append_len (s->compact, s->data + s->copied, (gssize) (start - s->copied));
      s->copied = s->pos;
    }
}

static gboolean
at_end (Scanner *s)
{
  return s->pos >= s->len;
}

static int
hex_value (char c)
{
  return g_ascii_xdigit_value (c);
}

static gboolean
read_hex4 (Scanner *s, gsize at, guint *value)
{
  *value = 0;
  if (at + 4 > s->len)
    return FALSE;
  for (int i = 0; i < 4; i++)
    {
      int v = hex_value (s->data[at + i]);
      if (v < 0)
        return FALSE;
      *value = *value * 16 + (guint) v;
    }
  return TRUE;
}

/* A string from the opening quote; leaves pos after the closing one. */
static gboolean
scan_string (Scanner *s)
{
  s->pos++;
  while (!at_end (s))
    {
      guchar c = (guchar) s->data[s->pos];

      if (c == '"')
        {
          s->pos++;
          return TRUE;
        }
      if (c < 0x20)
        return fail_at (s, s->pos,
                        _("%s inside a string; strings end on the line they start, and a line break is written \\n"),
                        c == '\n' ? _("a line break") : _("a control character"));
      if (c != '\\')
        {
          s->pos++;
          continue;
        }

      if (s->pos + 1 >= s->len)
        break;
      switch (s->data[s->pos + 1])
        {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
          s->pos += 2;
          break;
        case 'u':
          {
            guint unit, low;

            if (!read_hex4 (s, s->pos + 2, &unit))
              return fail_at (s, s->pos, _("\\u must be followed by four hexadecimal digits"));
            if (unit == 0)
              return fail_at (s, s->pos, _("a string contains \\u0000, which is not allowed"));
            if (unit >= 0xdc00 && unit <= 0xdfff)
              return fail_at (s, s->pos, _("\\u%04x is half of a character (a lone surrogate)"), unit);
            if (unit >= 0xd800 && unit <= 0xdbff)
              {
                if (s->pos + 12 > s->len || s->data[s->pos + 6] != '\\' || s->data[s->pos + 7] != 'u'
                    || !read_hex4 (s, s->pos + 8, &low) || low < 0xdc00 || low > 0xdfff)
                  return fail_at (s, s->pos, _("\\u%04x is half of a character (a lone surrogate)"), unit);
                s->pos += 12;
              }
            else
              s->pos += 6;
          }
          break;
        default:
          {
            g_autofree char *what = NULL;

            s->pos++;
            what = describe_char (s);
            return fail_at (s, s->pos - 1, _("unknown escape \\ followed by %s in a string"), what);
          }
        }
    }
  return fail_end (s);
}

static gboolean
scan_number (Scanner *s)
{
  gsize start = s->pos;
  gsize digits = 0;
  gboolean integer = TRUE;

  if (s->data[s->pos] == '-')
    s->pos++;
  if (at_end (s) || !g_ascii_isdigit (s->data[s->pos]))
    return fail_at (s, start, _("not a valid number"));
  if (s->data[s->pos] == '0' && s->pos + 1 < s->len && g_ascii_isdigit (s->data[s->pos + 1]))
    return fail_at (s, start, _("numbers must not start with 0"));
  while (!at_end (s) && g_ascii_isdigit (s->data[s->pos]))
    s->pos++, digits++;
  if (!at_end (s) && s->data[s->pos] == '.')
    {
      integer = FALSE;
      s->pos++;
      if (at_end (s) || !g_ascii_isdigit (s->data[s->pos]))
        return fail_at (s, start, _("not a valid number"));
      while (!at_end (s) && g_ascii_isdigit (s->data[s->pos]))
        s->pos++;
    }
  if (!at_end (s) && (s->data[s->pos] == 'e' || s->data[s->pos] == 'E'))
    {
      integer = FALSE;
      s->pos++;
      if (!at_end (s) && (s->data[s->pos] == '+' || s->data[s->pos] == '-'))
        s->pos++;
      if (at_end (s) || !g_ascii_isdigit (s->data[s->pos]))
        return fail_at (s, start, _("not a valid number"));
      while (!at_end (s) && g_ascii_isdigit (s->data[s->pos]))
        s->pos++;
    }
  /* Whole numbers past 64 bits would be read wrapped around. */
  if (integer && digits > 18)
    {
      g_autofree char *token = g_strndup (s->data + start, s->pos - start);
      gint64 value;

      if (digits > 19 || !g_ascii_string_to_signed (token, 10, G_MININT64, G_MAXINT64, &value, NULL))
        return fail_at (s, start, _("the number is too large"));
    }
  return TRUE;
}

static gboolean
scan_literal (Scanner *s)
{
  static const char * const literals[] = { "true", "false", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (literals); i++)
    {
      gsize n = strlen (literals[i]);

      if (s->pos + n <= s->len && memcmp (s->data + s->pos, literals[i], n) == 0
          && (s->pos + n == s->len || !g_ascii_isalnum (s->data[s->pos + n])))
        {
          s->pos += n;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
expected_value (Scanner *s)
{
  g_autofree char *what = describe_char (s);
  char c = s->data[s->pos];

  if (c == '\'')
    return fail_at (s, s->pos, _("strings must be in double quotes, found %s"), what);
  if (c == '/')
    return fail_at (s, s->pos, _("comments are not allowed in a map file"));
  if (c == ']' || c == '}')
    return fail_at (s, s->pos, _("expected a value, found %s; is there a comma too many?"), what);
  return fail_at (s, s->pos, _("expected a value (text in double quotes, a number, true, false, null, [ or {), found %s"),
                  what);
}

/**
 * sk_json_check_syntax:
 * @data: UTF-8 text
 * @name: the file's name, for messages
 * @compact: (nullable): gets @data without the space between its tokens
 *   (json-glib's parser reads that in a third of the time)
 *
 * Returns: whether @data is one valid JSON value, with no repeated keys,
 *   nested at most %SK_JSON_MAX_NESTING deep
 */
gboolean
sk_json_check_syntax (const char  *data,
                      gsize        len,
                      const char  *name,
                      GString     *compact,
                      GError     **error)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, TRUE, sizeof (Container));
  Scanner s = { data, len, 0, name, error, compact, 0 };

  g_array_set_clear_func (stack, (GDestroyNotify) container_clear);

  skip_space (&s);
  if (at_end (&s))
    {
      g_set_error (error, SK_FORMAT_ERROR, SK_FORMAT_ERROR_NOT_A_MAP,
                   _("%s: the file holds no JSON value"), name);
      return FALSE;
    }

  /* One loop iteration reads one value, then what may follow it. */
  for (;;)
    {
      char c;

      skip_space (&s);
      if (at_end (&s))
        return fail_end (&s);
      c = s.data[s.pos];

      if (c == '{' || c == '[')
        {
          Container container = { c == '{', NULL };

          if (stack->len >= SK_JSON_MAX_NESTING)
            return fail_at (&s, s.pos, _("arrays and objects are nested more than %d deep"),
                            SK_JSON_MAX_NESTING);
          if (container.is_object)
            container.keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          g_array_append_val (stack, container);
          s.pos++;
          skip_space (&s);
          if (at_end (&s))
            return fail_end (&s);
          if (s.data[s.pos] == (container.is_object ? '}' : ']'))
            {
              s.pos++;
              g_array_set_size (stack, stack->len - 1);
              goto after_value;
            }
          if (container.is_object)
            goto read_key;
          continue;
        }
      else if (c == '"')
        {
          if (!scan_string (&s))
            return FALSE;
        }
      else if (c == '-' || g_ascii_isdigit (c))
        {
          if (!scan_number (&s))
            return FALSE;
        }
      else if (!scan_literal (&s))
        return expected_value (&s);

    after_value:
      for (;;)
        {
          Container *top;

          skip_space (&s);
          if (stack->len == 0)
            {
              if (!at_end (&s))
                {
                  g_autofree char *what = describe_char (&s);
                  return fail_at (&s, s.pos, _("there is more after the end of the map (%s)"), what);
                }
              if (compact != NULL)
                g_string_append_len (compact, data + s.copied, (gssize) (len - s.copied));
              return TRUE;
            }
          if (at_end (&s))
            return fail_end (&s);

          top = &g_array_index (stack, Container, stack->len - 1);
          c = s.data[s.pos];
          if (c == (top->is_object ? '}' : ']'))
            {
              s.pos++;
              g_array_set_size (stack, stack->len - 1);
              continue;
            }
          if (c != ',')
            {
              g_autofree char *what = describe_char (&s);
              return fail_at (&s, s.pos,
                              top->is_object ? _("expected , or } after a value, found %s")
                                             : _("expected , or ] after a value, found %s"),
                              what);
            }
          s.pos++;
          if (!top->is_object)
            break;  /* the next value */

        read_key:
          top = &g_array_index (stack, Container, stack->len - 1);
          skip_space (&s);
          if (at_end (&s))
            return fail_end (&s);
          if (s.data[s.pos] != '"')
            {
              g_autofree char *what = describe_char (&s);

              if (s.data[s.pos] == '}')
                return fail_at (&s, s.pos, _("expected a key after the comma, found %s; is there a comma too many?"),
                                what);
              return fail_at (&s, s.pos, _("expected a key in double quotes, found %s"), what);
            }
          {
            gsize key_start = s.pos;
            char *key;

            if (!scan_string (&s))
              return FALSE;
            key = g_strndup (s.data + key_start + 1, s.pos - key_start - 2);
            if (!g_hash_table_add (top->keys, key))
              return fail_at (&s, key_start, _("the key «%s» appears twice in the same object"), key);
          }
          skip_space (&s);
          if (at_end (&s))
            return fail_end (&s);
          if (s.data[s.pos] != ':')
            {
              g_autofree char *what = describe_char (&s);
              return fail_at (&s, s.pos, _("expected : after the key, found %s"), what);
            }
          s.pos++;
          break;  /* the member's value */
        }
    }
}
