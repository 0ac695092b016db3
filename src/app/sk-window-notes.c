/* sk-window-notes.c — the window's Notes and Gaps pages, and showing a
 * place they name on the map
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * New notes are pinned to the selected service, or the level last clicked
 * on empty space, or, with neither, the pathway shown alone. A note's place, or a gap's, is shown on the map
 * when its row is activated: the card selected, the level or the pathway
 * brought into view.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-gaps-panel.h"
#include "sk-notes-panel.h"
#include "sk-window-private.h"

/* Where new notes go: the one selected service, else the pathway shown. */
void
sk_window_notes_follow (SkWindow *self)
{
  g_autoptr(GPtrArray) selection = sk_canvas_get_selection (self->canvas);
  const char *pathway = sk_pathway_panel_get_selected (SK_PATHWAY_PANEL (self->pathway_panel));

  if (selection->len == 1)
    sk_notes_panel_set_target (SK_NOTES_PANEL (self->notes_panel), SK_KIND_SERVICE,
                               g_ptr_array_index (selection, 0));
  else
    sk_notes_panel_set_target (SK_NOTES_PANEL (self->notes_panel), SK_KIND_PATHWAY, pathway);
}

/* A click on a level's empty space pins new notes to the level. */
static void
on_level_clicked (SkWindow   *self,
                  const char *level_id)
{
  if (level_id != NULL)
    sk_notes_panel_set_target (SK_NOTES_PANEL (self->notes_panel), SK_KIND_LEVEL, level_id);
}

static void
show_item (SkWindow   *self,
           guint       kind,
           const char *id)
{
  graphene_rect_t rect;
  gboolean found = FALSE;

  if (self->document == NULL || id == NULL)
    return;
  switch (kind)
    {
    case SK_KIND_SERVICE:
      sk_canvas_select (self->canvas, id);
      found = sk_canvas_get_card_rect (self->canvas, id, &rect);
      if (found)
        graphene_rect_inset (&rect, -rect.size.width * 1.5, -rect.size.height * 1.5);
      break;
    case SK_KIND_LEVEL:
      found = sk_canvas_get_level_rect (self->canvas,
                                        sk_map_get_position (sk_document_get_map (self->document), SK_KIND_LEVEL, id) + 1,
                                        &rect);
      break;
    case SK_KIND_PATHWAY:
      sk_pathway_panel_set_selected (SK_PATHWAY_PANEL (self->pathway_panel), id);
      found = sk_canvas_get_pathway_rect (self->canvas, id, &rect);
      break;
    default:
      break;
    }
  if (found)
    sk_canvas_show_rect (self->canvas, &rect, TRUE);
}

void
sk_window_notes_set_document (SkWindow   *self,
                              SkDocument *document)
{
  sk_notes_panel_set_document (SK_NOTES_PANEL (self->notes_panel), document);
  sk_gaps_panel_set_document (SK_GAPS_PANEL (self->gaps_panel), document);
  sk_window_notes_follow (self);
}

GtkWidget *
sk_window_notes_new_page (SkWindow *self,
                          gboolean  gaps)
{
  GtkWidget *page = gaps ? sk_gaps_panel_new () : sk_notes_panel_new ();

  g_signal_connect_swapped (page, "show-item", G_CALLBACK (show_item), self);
  if (!gaps)
    g_signal_connect_swapped (self->canvas, "level-clicked", G_CALLBACK (on_level_clicked), self);
  return page;
}
