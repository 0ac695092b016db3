/* sk-text.c — texts per language ({"nb": "…", "nn": "…"})
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sk-text.h"

/**
 * sk_text_get:
 * @text: (nullable): a text object
 * @lang: a language code
 *
 * Returns: (nullable): the text in @lang exactly, or %NULL
 */
const char *
sk_text_get (JsonObject *text,
             const char *lang)
{
  JsonNode *node;

  if (text == NULL || lang == NULL)
    return NULL;
  node = json_object_get_member (text, lang);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;
  return json_node_get_string (node);
}

/**
 * sk_text_get_best:
 * @text: (nullable): a text object
 * @lang: the language wanted
 *
 * The text in @lang, or else the nearest one a reader of @lang understands:
 * bokmål and nynorsk stand in for each other, then English, then any.
 *
 * Returns: the text, or "" if there is none
 */
const char *
sk_text_get_best (JsonObject *text,
                  const char *lang)
{
  static const char * const fallbacks[] = { "nb", "nn", "en", "sma" };
  const char *s;
  GList *members;

  if ((s = sk_text_get (text, lang)) != NULL)
    return s;
  if (g_strcmp0 (lang, "nn") == 0 && (s = sk_text_get (text, "nb")) != NULL)
    return s;
  for (guint i = 0; i < G_N_ELEMENTS (fallbacks); i++)
    if ((s = sk_text_get (text, fallbacks[i])) != NULL)
      return s;
  if (text == NULL)
    return "";

  members = json_object_get_members (text);
  s = members != NULL ? sk_text_get (text, members->data) : NULL;
  g_list_free (members);
  return s != NULL ? s : "";
}
