/* sk-canvas-private.h — what the canvas's files share
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-canvas.h"
#include "sk-card.h"
#include "sk-layout.h"

G_BEGIN_DECLS

/* The canvas lays the map out on A1 landscape: a wide page, as a projector
 * is wide. */
#define SK_CANVAS_PAGE_WIDTH  2383.94
#define SK_CANVAS_PAGE_HEIGHT 1683.78

typedef enum {
  SK_DRAG_NONE,
  SK_DRAG_PRESSED,   /* on a card, not yet moved far enough */
  SK_DRAG_CARDS,     /* moving cards */
  SK_DRAG_PAN,
} SkDragState;

struct _SkCanvas
{
  GtkWidget      parent_instance;

  SkDocument    *document;
  SkMap         *map;             /* the document's */
  char          *municipality_id;
  char          *focus_pathway;
  SkLayout      *layout;
  guint          relayout_idle;
  guint          geometry_idle;   /* SAMMENKART_DEBUG=geometry */
  GHashTable    *cards;           /* service id → SkCard (owned by the widget tree) */
  GHashTable    *bands;           /* level id → SkBand (owned by the widget tree) */
  GHashTable    *selection;       /* service ids */

  /* The view: widget = layout × scale + t. */
  double         scale;
  double         tx;
  double         ty;
  gboolean       fitted;          /* follows the window's size until zoomed */
  int            allocated_width;
  int            allocated_height;
  GskRenderNode *picture;         /* the view, painted: see sk-canvas.c */

  /* Pointer gestures. */
  SkDragState    drag;
  char          *press_card;      /* the card pressed on */
  double         start_x;         /* where the drag started, widget coords */
  double         start_y;
  double         pointer_x;       /* where it is now */
  double         pointer_y;
  double         pan_tx;          /* the view when a pan started */
  double         pan_ty;
  GPtrArray     *dragged;         /* service ids, in the map's order */
  GskRenderNode *ghost;           /* the dragged cards, painted once */
  GskRenderNode *outline;         /* the target band, painted once per target */
  gboolean       drop_valid;
  char          *drop_level;      /* NULL: the side column */
  char          *drop_before;     /* the service to drop before, NULL: last */
  graphene_rect_t drop_marker;
  guint          autoscroll_tick;
  gboolean       space_down;
  double         zoom_start_scale;
  gint64         frame_start;     /* SAMMENKART_DEBUG=frames */
  GArray        *frame_times;

  /* Presenting: see sk-canvas-view.c. */
  gboolean       presenting;
  gboolean       pointer_inside;
  guint          move_tick;       /* moving the view to a place */
  gint64         move_start;
  double         move_from[3];    /* scale, tx, ty */
  double         move_to[3];
};

/* sk-canvas.c */
void    sk_canvas_to_layout              (SkCanvas   *self,
                                          double      x,
                                          double      y,
                                          double     *lx,
                                          double     *ly);
void    sk_canvas_zoom_at_pointer        (SkCanvas   *self,
                                          double      factor);
void    sk_canvas_pan                    (SkCanvas   *self,
                                          double      dx,
                                          double      dy);
SkCard *sk_canvas_card_at                (SkCanvas   *self,
                                          double      x,
                                          double      y);
void    sk_canvas_set_selected           (SkCanvas   *self,
                                          const char *service_id,
                                          gboolean    selected);
void    sk_canvas_clear_selection        (SkCanvas   *self);
void    sk_canvas_repaint                (SkCanvas   *self);
void    sk_canvas_emit_card_activated    (SkCanvas   *self,
                                          const char *service_id);
void    sk_canvas_emit_card_clicked      (SkCanvas   *self,
                                          const char *service_id);
void    sk_canvas_emit_selection_changed (SkCanvas   *self);
void    sk_canvas_emit_message           (SkCanvas   *self,
                                          const char *message);

/* sk-canvas-view.c: going to places, presenting */
double   sk_canvas_min_scale             (SkCanvas    *self);
void     sk_canvas_stop_moving           (SkCanvas    *self);
void     sk_canvas_snapshot_pointer      (SkCanvas    *self,
                                          GtkSnapshot *snapshot);

/* sk-canvas-notes.c */
void     sk_canvas_paint_notes           (SkCanvas    *self,
                                          cairo_t     *cr);

/* sk-canvas-input.c: pointer, keyboard, drag and drop */
void     sk_canvas_init_input            (SkCanvas    *self);
void     sk_canvas_cancel_drag           (SkCanvas    *self);
void     sk_canvas_snapshot_drag         (SkCanvas    *self,
                                          GtkSnapshot *snapshot);

/* sk-canvas-edit.c: gestures become commands */
void     sk_canvas_move_services         (SkCanvas    *self,
                                          GPtrArray   *ids,
                                          const char  *level_id,
                                          const char  *before_id);
void     sk_canvas_move_focused_level    (SkCanvas    *self,
                                          int          delta);
void     sk_canvas_move_focused_along    (SkCanvas    *self,
                                          int          delta);

G_END_DECLS
