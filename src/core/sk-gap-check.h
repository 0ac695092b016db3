/* sk-gap-check.h — does the map match the terrain? The workshop's gap check
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-map.h"

G_BEGIN_DECLS

/**
 * SkGapKind:
 * @SK_GAP_NO_DESCRIPTION: a service has no description for families
 * @SK_GAP_NO_CONTACT: a service has no phone, e-mail or web address, neither
 *   its own nor a local one in any municipality
 * @SK_GAP_EMPTY_LEVEL: a level has no services
 * @SK_GAP_NO_STEPS: a pathway has no steps
 * @SK_GAP_LEVEL_JUMP: a pathway step is more than one level above the step
 *   before it, and that step is not a referral
 * @SK_GAP_WRONG_REFERRER: a pathway refers to a service whose access rules
 *   name who may refer, and the referring service is not among them
 * @SK_GAP_NO_LOCAL_CONTACT: services offered in a municipality can be
 *   reached neither through the region's contact nor a local one
 * @SK_GAP_PROVIDER_CONTACT: services another provider runs in a
 *   municipality have only the region's contact there
 * @SK_GAP_MISSING_TEXT: texts of an object are missing in one of the map's
 *   languages
 * @SK_GAP_LOW_CONTRAST: text on a level's or a pathway's colour has less
 *   contrast than 4.5:1
 *
 * What the gap check looks for, in the order it reports them.
 */
typedef enum {
  SK_GAP_NO_DESCRIPTION,
  SK_GAP_NO_CONTACT,
  SK_GAP_EMPTY_LEVEL,
  SK_GAP_NO_STEPS,
  SK_GAP_LEVEL_JUMP,
  SK_GAP_WRONG_REFERRER,
  SK_GAP_NO_LOCAL_CONTACT,
  SK_GAP_PROVIDER_CONTACT,
  SK_GAP_MISSING_TEXT,
  SK_GAP_LOW_CONTRAST,
  SK_N_GAPS
} SkGapKind;

/**
 * SkGapFinding:
 * @kind: what is missing
 * @target_kind: the kind of object it is missing on
 * @target_id: the object's id ("" for the map itself)
 * @path: where it is in the file, as `sammenkart validate` names places:
 *   "services[21]", "pathways[2].steps[4]"; "" for the map itself
 * @message: what is missing, naming the object: "«PPT» has no description
 *   for families"
 * @why: one sentence on why it matters to families or staff
 *
 * One gap found in a map.
 */
typedef struct {
  SkGapKind  kind;
  SkKind     target_kind;
  char      *target_id;
  char      *path;
  char      *message;
  char      *why;
} SkGapFinding;

void       sk_gap_finding_free (SkGapFinding *finding);
GPtrArray *sk_gap_check        (SkMap        *map);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkGapFinding, sk_gap_finding_free)

G_END_DECLS
