/* sk-layout.h — where everything on a poster goes: pure geometry
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

#include "sk-color.h"
#include "sk-map.h"

G_BEGIN_DECLS

typedef struct {
  double x;
  double y;
  double width;
  double height;
} SkRect;

/* A block of text, already laid out (wrapped, sized) by Pango; (x, y) is
 * the top left corner of the layout. */
typedef struct {
  PangoLayout *layout;
  double       x;
  double       y;
  SkColor      color;
} SkTextBox;

typedef struct {
  char      *level_id;
  guint      number;
  SkColor    color;
  double     corners[8];  /* bottom left, bottom right, top right, top left */
  SkTextBox  label;
} SkBandLayout;

typedef struct {
  char      *service_id;
  SkRect     rect;
  SkColor    sector_color;
  char      *icon;        /* the sector's icon, or NULL */
  SkRect     icon_rect;
  char      *link;        /* the service's web page (https), or NULL */
  SkTextBox  name;
  SkTextBox  owner;
} SkCardLayout;

typedef struct {
  double     cx;
  double     cy;
  double     radius;
  SkColor    color;
  SkTextBox  number;
} SkBadgeLayout;

typedef struct {
  char      *pathway_id;
  SkColor    color;
  double     line_width;
  GArray    *points;   /* of double, x y x y … */
  GPtrArray *badges;   /* of SkBadgeLayout */
} SkRouteLayout;

typedef enum {
  SK_LEGEND_SWATCH,
  SK_LEGEND_LINE,
} SkLegendMark;

typedef struct {
  SkLegendMark mark;
  SkRect       mark_rect;
  SkColor      color;
  char        *icon;       /* a sector's icon, or NULL */
  SkRect       icon_rect;
  SkTextBox    text;
} SkLegendEntry;

typedef struct {
  double       width;
  double       height;
  char        *lang;
  SkTextBox    title;
  SkTextBox    subtitle;
  SkTextBox    footer_left;
  SkTextBox    footer_right;
  SkRect       pyramid;
  GPtrArray   *bands;            /* of SkBandLayout, bottom first */
  GPtrArray   *cards;            /* of SkCardLayout, pyramid then side */
  GHashTable  *card_index;       /* service id → SkCardLayout */
  SkRect       side;
  SkTextBox    side_heading;
  GPtrArray   *routes;           /* of SkRouteLayout */
  GPtrArray   *legend_headings;  /* of SkTextBox */
  GPtrArray   *legend;           /* of SkLegendEntry */
  GPtrArray   *warnings;         /* of char *, for people */
  double       unit;             /* 1 on A4, grows with the paper */
  double       card_scale;
} SkLayout;

typedef struct {
  double      width;         /* points */
  double      height;
  const char *lang;          /* NULL: the map's language */
  gboolean    figure_only;   /* just the pyramid and side column */
  const char *only_pathway;  /* draw this pathway alone, or NULL for all */
  SkMunicipality *municipality;  /* as it sees the map, or NULL */
  gboolean    schematic;     /* cards without text, levels by number only,
                              * no pathways: a small picture of the map */
} SkLayoutOptions;

SkLayout       *sk_layout_new_poster (SkMap                 *map,
                                      const SkLayoutOptions *options);
void            sk_layout_free       (SkLayout              *self);
SkCardLayout   *sk_layout_find_card  (SkLayout              *self,
                                      const char            *service_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkLayout, sk_layout_free)

G_END_DECLS
