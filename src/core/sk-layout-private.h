/* sk-layout-private.h — what the poster layout's files share
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-layout.h"
#include "sk-sector.h"
#include "sk-service.h"

G_BEGIN_DECLS

/* What one layout is being built from, and with. */
typedef struct {
  SkMap          *map;
  SkMunicipality *municipality;
  gboolean        schematic;
  SkLayout       *layout;
  PangoContext   *context;      /* of the thread that lays out */
  const char     *lang;
  double          unit;         /* 1 on A4 */
  GPtrArray      *levels;       /* SkLevel, bottom first */
  GPtrArray      *per_level;    /* GPtrArray of SkService, per level */
  GPtrArray      *side;         /* SkService in the side column */
  GHashTable     *texts;        /* style and text → PangoLayout, shared */
  GPtrArray      *warnings;     /* where sk_layout_warn() adds */
  GArray         *fills;        /* of SkCardFill: cards whose text is still to come */
} SkLayoutBuilder;

typedef struct {
  double         size;
  gboolean       bold;
  double         width;      /* ≤ 0: no wrapping */
  int            max_lines;  /* ≤ 0: any */
  PangoAlignment align;
} SkTextStyle;

/* A card whose name and owner line are still to be laid out. */
typedef struct {
  SkCardLayout *card;
  char         *name;
  const char   *owner;       /* the service's, "" for none */
  double        font;        /* the name's size */
  GPtrArray    *warnings;    /* what did not fit */
} SkCardFill;

static inline SkTextBox
sk_text_box (PangoLayout *layout,
             double       x,
             double       y,
             SkColor      color)
{
  return (SkTextBox) { layout, x, y, color };
}

PangoLayout *sk_layout_text          (SkLayoutBuilder   *b,
                                      const char        *text,
                                      const SkTextStyle *style);
gboolean     sk_layout_was_shortened (PangoLayout       *layout);
void         sk_layout_warn          (SkLayoutBuilder   *b,
                                      const char        *format,
                                      ...) G_GNUC_PRINTF (2, 3);
void         sk_layout_prepare_card  (SkLayoutBuilder   *b,
                                      SkCardLayout      *card,
                                      SkService         *service,
                                      SkSector          *sector,
                                      double             font);
void         sk_layout_fill_cards    (SkLayoutBuilder   *b);

G_END_DECLS
