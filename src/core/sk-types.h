/* sk-types.h — forward declarations and enums shared by the core
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _SkCommand      SkCommand;
typedef struct _SkDocument     SkDocument;
typedef struct _SkGroup        SkGroup;
typedef struct _SkItem         SkItem;
typedef struct _SkLevel        SkLevel;
typedef struct _SkMap          SkMap;
typedef struct _SkMunicipality SkMunicipality;
typedef struct _SkNote         SkNote;
typedef struct _SkPathway      SkPathway;
typedef struct _SkSector       SkSector;
typedef struct _SkService      SkService;
typedef struct _SkUndoStack    SkUndoStack;

/**
 * SkKind:
 *
 * The kinds of objects a map holds. Every object of a kind has an id that is
 * unique among the objects of that kind; %SK_KIND_MAP is the map's own
 * properties (title, languages, dates) and has the empty id.
 */
typedef enum {
  SK_KIND_MAP,
  SK_KIND_LEVEL,
  SK_KIND_SECTOR,
  SK_KIND_SERVICE,
  SK_KIND_PATHWAY,
  SK_KIND_GROUP,
  SK_KIND_MUNICIPALITY,
  SK_KIND_NOTE,
  SK_N_KINDS
} SkKind;

/* The kinds that are lists in the map, in file order. */
#define SK_FIRST_LIST_KIND SK_KIND_LEVEL

const char *sk_kind_get_key  (SkKind kind);
const char *sk_kind_describe (SkKind kind);

G_END_DECLS
