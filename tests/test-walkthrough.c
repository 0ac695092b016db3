/* test-walkthrough.c — walking a case through a pathway
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sk-test-util.h"
#include "sk-walkthrough.h"

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* The regional template's "Angstplager", step by step, in bokmål. */
static void
test_steps (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("sondre-trondelag");
  g_autoptr(SkWalkthrough) walk = sk_walkthrough_new (map, "angst", "  Lasse, 15 år, angst ");
  guint notified = 0;

  g_assert_nonnull (walk);
  g_signal_connect (walk, "notify::index", G_CALLBACK (count_notify), &notified);
  g_assert_cmpstr (sk_walkthrough_get_pathway_name (walk), ==, "Angstplager");
  g_assert_cmpstr (sk_walkthrough_get_case (walk), ==, "Lasse, 15 år, angst");
  g_assert_cmpuint (sk_walkthrough_get_n_steps (walk), ==, 10);

  /* The first step: the school notices. */
  g_assert_cmpuint (sk_walkthrough_get_index (walk), ==, 0);
  g_assert_cmpstr (sk_walkthrough_get_service_id (walk), ==, "skole");
  g_assert_cmpstr (sk_walkthrough_get_kind_label (walk), ==, "Oppdage");
  g_assert_true (g_str_has_prefix (sk_walkthrough_get_step_text (walk), "Læreren merker"));
  g_assert_cmpstr (sk_walkthrough_get_service_name (walk), !=, "");
  g_assert_false (sk_walkthrough_previous (walk));
  g_assert_cmpuint (notified, ==, 0);

  g_assert_true (sk_walkthrough_next (walk));
  g_assert_cmpuint (sk_walkthrough_get_index (walk), ==, 1);
  g_assert_true (g_str_has_prefix (sk_walkthrough_get_step_text (walk), "Kontaktlæreren"));
  g_assert_cmpuint (notified, ==, 1);

  /* To the end, and no further. */
  while (sk_walkthrough_next (walk))
    ;
  g_assert_cmpuint (sk_walkthrough_get_index (walk), ==, 9);
  g_assert_cmpuint (notified, ==, 9);
  sk_walkthrough_set_index (walk, 100);
  g_assert_cmpuint (sk_walkthrough_get_index (walk), ==, 9);
  g_assert_cmpuint (notified, ==, 9);
  g_assert_true (sk_walkthrough_previous (walk));
  g_assert_cmpuint (sk_walkthrough_get_index (walk), ==, 8);
}

static void
test_unknown_pathway (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("generisk");

  g_assert_null (sk_walkthrough_new (map, "no-such-pathway", NULL));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/walkthrough/steps", test_steps);
  g_test_add_func ("/walkthrough/unknown-pathway", test_unknown_pathway);
  return g_test_run ();
}
