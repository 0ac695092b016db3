/* sk-brochure-text.h — the fixed words of a family brochure, per language
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *for_families;       /* cover: who it is for */
  const char *where_to_start;     /* section heading */
  const char *where_to_start_text;
  const char *services_beside;    /* section heading for the side column */
  const char *pathways;           /* section heading */
  const char *pathways_text;
  const char *urgent;             /* section heading */
  const char *urgent_text;
  const char *rights;             /* section heading */
  const char * const *rights_text;  /* paragraphs, NULL-terminated */
  const char *glossary;           /* section heading */
  const char *checked;            /* "Content last checked" */
  const char *direct;             /* access: you may contact it yourself */
  const char *referral;           /* access: a referral is needed */
  const char *referral_from;      /* "Referral from:" */
  const char *free;
  const char *confidential;
  const char *phone;
  const char *email;
  const char *web;
  const char *address;
  const char *hours;
} SkBrochureText;

const SkBrochureText *sk_brochure_text      (const char *lang);
char                 *sk_brochure_ages      (const char *lang,
                                             int         min,
                                             int         max);
char                 *sk_brochure_provider  (const char *lang,
                                             const char *provider);

G_END_DECLS
