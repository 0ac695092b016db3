/* sk-canvas.h — the map, drawn by the shared renderer, to edit by hand
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sk-document.h"

G_BEGIN_DECLS

#define SK_TYPE_CANVAS (sk_canvas_get_type ())

G_DECLARE_FINAL_TYPE (SkCanvas, sk_canvas, SK, CANVAS, GtkWidget)

GtkWidget  *sk_canvas_new                (void);
void        sk_canvas_set_document       (SkCanvas   *self,
                                          SkDocument *document);
/* The municipality whose view is shown, or NULL for the whole region. */
void        sk_canvas_set_municipality   (SkCanvas   *self,
                                          const char *municipality_id);
/* A pathway shown alone (the rest dimmed), or NULL. */
void        sk_canvas_set_focus_pathway  (SkCanvas   *self,
                                          const char *pathway_id);

/* The selected services, in the map's order (a new array of ids). */
GPtrArray  *sk_canvas_get_selection      (SkCanvas   *self);
void        sk_canvas_select             (SkCanvas   *self,
                                          const char *service_id);
void        sk_canvas_set_selection      (SkCanvas   *self,
                                          GPtrArray  *service_ids);
/* The service whose card has the keyboard focus, or NULL. */
const char *sk_canvas_get_focus_service  (SkCanvas   *self);
/* The level of the focused card, else the bottom level, or NULL. */
const char *sk_canvas_get_focus_level    (SkCanvas   *self);
void        sk_canvas_focus_service      (SkCanvas   *self,
                                          const char *service_id);
/* The card to focus once @leaving are gone: the next in reading order,
 * else the one before (a new string, or NULL). */
char       *sk_canvas_get_neighbour      (SkCanvas   *self,
                                          GPtrArray  *leaving);

void        sk_canvas_zoom_by            (SkCanvas   *self,
                                          double      factor);
void        sk_canvas_zoom_fit           (SkCanvas   *self);
/* The view: widget = layout × scale + (tx, ty). */
void        sk_canvas_set_view           (SkCanvas   *self,
                                          double      scale,
                                          double      tx,
                                          double      ty);
/* What part of the layout is seen. */
void        sk_canvas_get_visible        (SkCanvas        *self,
                                          graphene_rect_t *visible);
/* Moves the view (over a moment, if @animate) to show @rect of the layout
 * whole, as large as it fits. */
void        sk_canvas_show_rect          (SkCanvas              *self,
                                          const graphene_rect_t *rect,
                                          gboolean               animate);
/* Where a level's band, a pathway's line, a service's card are in the
 * layout; FALSE if not laid out. */
gboolean    sk_canvas_get_level_rect     (SkCanvas        *self,
                                          guint            number,
                                          graphene_rect_t *rect);
gboolean    sk_canvas_get_pathway_rect   (SkCanvas        *self,
                                          const char      *pathway_id,
                                          graphene_rect_t *rect);
gboolean    sk_canvas_get_card_rect      (SkCanvas        *self,
                                          const char      *service_id,
                                          graphene_rect_t *rect);
/* Presenting: card text never smaller than a room can read, and the
 * pointer highlighted. */
void        sk_canvas_set_presenting     (SkCanvas   *self,
                                          gboolean    presenting);
/* Quick capture: a key typed with the pointer over a level starts a new
 * service there ("type-to-add"); TRUE if it did. */
gboolean    sk_canvas_type_to_add        (SkCanvas        *self,
                                          guint            keyval,
                                          GdkModifierType  state);
/* An audience's canvas: shown, never touched. */
void        sk_canvas_set_interactive    (SkCanvas   *self,
                                          gboolean    interactive);

/* Where a service's card is, in the canvas's coordinates; FALSE if it has
 * none (filtered out, or not laid out yet). */
gboolean    sk_canvas_get_card_bounds    (SkCanvas        *self,
                                          const char      *service_id,
                                          graphene_rect_t *bounds);

G_END_DECLS
