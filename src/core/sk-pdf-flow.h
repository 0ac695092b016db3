/* sk-pdf-flow.h — tagged text that flows over the pages of a PDF
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-layout.h"
#include "sk-pdf-writer.h"

G_BEGIN_DECLS

typedef struct _SkFlow SkFlow;

SkFlow    *sk_flow_new          (SkPdfWriter   *pdf,
                                 const char    *lang,
                                 double         page_width,
                                 double         page_height,
                                 double         margin,
                                 double         body_size,
                                 const char    *footer);
void       sk_flow_heading      (SkFlow        *self,
                                 int            level,
                                 const char    *text,
                                 const SkColor *accent,
                                 gboolean       bookmark);
void       sk_flow_paragraph    (SkFlow        *self,
                                 const char    *text,
                                 double         scale,
                                 gboolean       bold);
void       sk_flow_link         (SkFlow        *self,
                                 const char    *label,
                                 const char    *text,
                                 const char    *uri);
void       sk_flow_begin_list   (SkFlow        *self);
void       sk_flow_list_item    (SkFlow        *self,
                                 const char    *label,
                                 const char    *text,
                                 const SkColor *label_color);
void       sk_flow_end_list     (SkFlow        *self);
void       sk_flow_figure       (SkFlow        *self,
                                 SkLayout      *figure);
void       sk_flow_space        (SkFlow        *self,
                                 double         points);
void       sk_flow_new_page     (SkFlow        *self);
void       sk_flow_set_page     (SkFlow        *self,
                                 guint          page);
double     sk_flow_room_left    (SkFlow        *self);
GPtrArray *sk_flow_finish       (SkFlow        *self);

G_END_DECLS
