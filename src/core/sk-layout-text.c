/* sk-layout-text.c — the poster's text: laid out, shortened if it must be,
 * and the cards' text on two threads
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shaping the cards' names and owner lines is most of a layout's time. It
 * touches nothing but Pango, so on a large map it is shared between this
 * thread and one of the export text pool's; each has its own Pango context
 * (Pango's font maps are per thread) and its own cache. What is read from
 * the map (names, links, icons) is read before, on the calling thread: the
 * map's JSON is not for two threads at once.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "sk-layout-private.h"
#include "sk-local-view.h"
#include "sk-painter.h"
#include "sk-typeset.h"

/* Below this many cards a second thread costs more than it saves. */
#define PARALLEL_MIN_CARDS 32

static PangoLayout *
make_text_uncached (SkLayoutBuilder   *b,
                    const char        *text,
                    const SkTextStyle *style)
{
  PangoLayout *layout = sk_typeset_text (b->context, text, b->lang, style->size, style->bold, style->width);

  pango_layout_set_alignment (layout, style->align);

  /* Text longer than its lines is shortened here, with "…", rather than by
   * Pango's ellipsizing: then the layout's text is what is shown, which the
   * SVG writer and PDF text extraction rely on. It is cut where the last
   * line allowed ends, then a word at a time until "…" fits too. */
  if (style->max_lines > 0 && style->width > 0
      && pango_layout_get_line_count (layout) > style->max_lines)
    {
      PangoLayoutLine *last = pango_layout_get_line_readonly (layout, style->max_lines - 1);
      g_autofree char *start = g_strndup (text, last->start_index + last->length);

      for (;;)
        {
          g_autofree char *shortened = NULL;
          char *cut;

          g_strchomp (start);
          shortened = g_strconcat (start, "…", NULL);
          pango_layout_set_text (layout, shortened, -1);
          if (pango_layout_get_line_count (layout) <= style->max_lines || *start == '\0')
            break;
          /* Drop the last word, or the last character of a single word. */
          cut = strrchr (start, ' ');
          if (cut != NULL && cut != start)
            *cut = '\0';
          else
            *g_utf8_prev_char (start + strlen (start)) = '\0';
        }
      g_object_set_data (G_OBJECT (layout), "sk-shortened", GINT_TO_POINTER (TRUE));
    }
  return layout;
}

/* A laid-out text (a new reference). Identical texts in the same style (the
 * owner lines, the badges' numbers) share one layout. */
PangoLayout *
sk_layout_text (SkLayoutBuilder   *b,
                const char        *text,
                const SkTextStyle *style)
{
  g_autofree char *key = g_strdup_printf ("%a|%d|%a|%d|%d|%s", style->size, style->bold, style->width,
                                          style->max_lines, style->align, text);
  PangoLayout *layout = g_hash_table_lookup (b->texts, key);

  if (layout == NULL)
    {
      layout = make_text_uncached (b, text, style);
      g_hash_table_insert (b->texts, g_steal_pointer (&key), layout);
    }
  return g_object_ref (layout);
}

gboolean
sk_layout_was_shortened (PangoLayout *layout)
{
  return g_object_get_data (G_OBJECT (layout), "sk-shortened") != NULL;
}

void
sk_layout_warn (SkLayoutBuilder *b,
                const char      *format,
                ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (b->warnings, g_strdup_vprintf (format, args));
  va_end (args);
}

/* Reads what a card shows from the map: its (local) name, its owner, its
 * link and its sector's icon. The text itself is laid out later. */
void
sk_layout_prepare_card (SkLayoutBuilder *b,
                        SkCardLayout    *card,
                        SkService       *service,
                        SkSector        *sector,
                        double           font)
{
  g_autoptr(SkLocalService) local = sk_local_service_new (b->map, b->municipality, service, b->lang);
  const char *web = local != NULL ? json_object_get_string_member_with_default (local->contact, "web", NULL) : NULL;
  SkRect *r = &card->rect;
  SkCardFill fill = {
    .card = card,
    .name = g_strdup (local != NULL ? local->name : sk_service_get_name (service, b->lang)),
    .owner = sk_item_get_text (SK_ITEM (service), "organisation", b->lang),
    .font = font,
  };

  /* The card opens the service's (local) web page, if it is on https. */
  if (sk_painter_is_allowed_uri (web) && g_str_has_prefix (web, "https://"))
    card->link = g_strdup (web);
  /* The sector's icon in the bottom right corner, beside the owner line. */
  if (sector != NULL)
    {
      double size = r->height * 0.26;

      card->icon = g_strdup (sk_sector_get_icon (sector));
      card->icon_rect = (SkRect) { r->x + r->width - size - r->height * 0.08,
                                   r->y + r->height - size - r->height * 0.07, size, size };
    }
  g_array_append_val (b->fills, fill);
}

/* Lays out a card's name (shrinking it a little if need be) and owner
 * line. Only Pango is used here. */
static void
fill_card (SkLayoutBuilder *b,
           SkCardFill      *fill)
{
  SkCardLayout *card = fill->card;
  const char *name = fill->name, *owner = fill->owner;
  SkRect *r = &card->rect;
  double strip = r->height * 0.09;
  double inner_x = r->x + strip + r->height * 0.1;
  double inner_w = r->x + r->width - inner_x - r->height * 0.08;
  double top = r->y + r->height * 0.12;
  double owner_size = fill->font * 0.82;
  double owner_w = inner_w - (card->icon != NULL ? card->icon_rect.width + r->height * 0.05 : 0);
  PangoLayout *layout = NULL;
  PangoLayout *owner_layout = NULL;
  const double shrink[] = { 1.0, 0.9, 0.8 };

  /* The owner line may take two lines if the name still fits whole; else
   * it gets one, and the name the room. */
  for (int owner_lines = *owner ? 2 : 0; owner_lines >= 0; owner_lines--)
    {
      double owner_room = 0;

      g_clear_object (&owner_layout);
      if (owner_lines > 0)
        {
          SkTextStyle style = { owner_size, FALSE, owner_w, owner_lines, PANGO_ALIGN_LEFT };

          owner_layout = sk_layout_text (b, owner, &style);
          owner_room = sk_typeset_height (owner_layout);
          /* Two lines only when two are needed. */
          if (owner_lines == 2 && pango_layout_get_line_count (owner_layout) < 2)
            owner_lines = 1;
        }

      for (guint i = 0; i < G_N_ELEMENTS (shrink); i++)
        {
          double size = fill->font * shrink[i];
          double room = r->y + r->height - top - owner_room - r->height * 0.06;
          int lines = MAX (1, (int) floor (room / (size * 1.25)));
          SkTextStyle style = { size, TRUE, inner_w, lines, PANGO_ALIGN_LEFT };

          g_clear_object (&layout);
          layout = sk_layout_text (b, name, &style);
          if (!sk_layout_was_shortened (layout))
            break;
        }
      if (!sk_layout_was_shortened (layout) || owner_lines <= 1)
        break;
    }

  if (sk_layout_was_shortened (layout))
    sk_layout_warn (b, _("«%s»: the name does not fit on its card"), name);
  card->name = sk_text_box (layout, inner_x, top, SK_COLOR_TEXT);

  if (owner_layout != NULL)
    {
      if (sk_layout_was_shortened (owner_layout))
        sk_layout_warn (b, _("«%s»: the owner line «%s» does not fit on its card"), name, owner);
      card->owner = sk_text_box (owner_layout, inner_x,
                                 r->y + r->height - r->height * 0.06 - sk_typeset_height (owner_layout),
                                 (SkColor) { 0.37, 0.36, 0.39 });
    }
}

/* Fills the cards not yet taken, one at a time, with @b's context and
 * cache, until none is left; each card's warnings are kept with it, to be
 * reported in the cards' order. Taking cards as they come, rather than
 * every other one, keeps both threads busy to the end when one of them
 * starts late. */
static void
fill_cards_from (SkLayoutBuilder *b,
                 gint            *next)
{
  SkLayoutBuilder own = *b;
  guint i;

  while ((i = (guint) g_atomic_int_add (next, 1)) < b->fills->len)
    {
      SkCardFill *fill = &g_array_index (b->fills, SkCardFill, i);

      own.warnings = fill->warnings = g_ptr_array_new_with_free_func (g_free);
      fill_card (&own, fill);
    }
}

typedef struct {
  SkLayoutBuilder builder;
  gint           *next;
} Share;

static void
fill_share (gpointer data)
{
  Share *share = data;
  PangoContext *context = sk_typeset_context_new ();
  g_autoptr(GHashTable) texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  share->builder.context = context;
  share->builder.texts = texts;
  fill_cards_from (&share->builder, share->next);
  g_object_unref (context);
}

/* Lays out the text of every card prepared so far. */
void
sk_layout_fill_cards (SkLayoutBuilder *b)
{
  gint next = 0;

  if (b->fills->len >= PARALLEL_MIN_CARDS && g_get_num_processors () > 1)
    {
      Share share = { *b, &next };
      SkTypesetJob job = { fill_share, &share };

      sk_typeset_job_push (&job);
      fill_cards_from (b, &next);
      sk_typeset_job_wait (&job);
    }
  else
    fill_cards_from (b, &next);

  for (guint i = 0; i < b->fills->len; i++)
    {
      SkCardFill *fill = &g_array_index (b->fills, SkCardFill, i);

      for (guint w = 0; w < fill->warnings->len; w++)
        g_ptr_array_add (b->warnings, g_steal_pointer (&fill->warnings->pdata[w]));
      g_clear_pointer (&fill->warnings, g_ptr_array_unref);
      g_clear_pointer (&fill->name, g_free);
    }
  g_array_set_size (b->fills, 0);
}
