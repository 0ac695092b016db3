/* test-undo-stack.c — undo, redo, merging, groups, saved point, depth
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sk-commands.h"
#include "sk-service.h"
#include "sk-test-util.h"
#include "sk-undo-stack.h"

typedef struct {
  SkMap       *map;
  SkUndoStack *stack;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->map = sk_test_load_template ("generisk");
  f->stack = sk_undo_stack_new (f->map);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_assert_finalize_object (f->stack);
  g_assert_finalize_object (f->map);
}

/* Types @text into the bokmål name of @id one character at a time, as the
 * inspector would. */
static void
type_name (Fixture *f, const char *id, const char *text)
{
  for (glong i = 1; i <= g_utf8_strlen (text, -1); i++)
    {
      g_autofree char *prefix = g_utf8_substring (text, 0, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(SkCommand) command = sk_command_new_set_text (f->map, SK_KIND_SERVICE, id, "name", "nb", prefix, &error);

      g_assert_no_error (error);
      sk_undo_stack_push (f->stack, command);
    }
}

static const char *
name_of (Fixture *f, const char *id)
{
  return sk_service_get_name (SK_SERVICE (sk_map_lookup (f->map, SK_KIND_SERVICE, id)), "nb");
}

static void
move (Fixture *f, const char *id, const char *level, guint position)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkCommand) command = sk_command_new_move_service (f->map, id, level, position, &error);

  g_assert_no_error (error);
  g_assert_nonnull (command);
  sk_undo_stack_push (f->stack, command);
}

static void
test_undo_redo_labels (Fixture *f, gconstpointer data)
{
  g_assert_false (sk_undo_stack_can_undo (f->stack));
  g_assert_null (sk_undo_stack_get_undo_label (f->stack));

  move (f, "ppt", "niva-4", 0);
  g_assert_true (sk_undo_stack_can_undo (f->stack));
  g_assert_cmpstr (sk_undo_stack_get_undo_label (f->stack), ==, "Move «PPT» to level 4");

  g_assert_true (sk_undo_stack_undo (f->stack));
  g_assert_false (sk_undo_stack_can_undo (f->stack));
  g_assert_cmpstr (sk_undo_stack_get_redo_label (f->stack), ==, "Move «PPT» to level 4");
  g_assert_cmpstr (sk_service_get_level_id (SK_SERVICE (sk_map_lookup (f->map, SK_KIND_SERVICE, "ppt"))), ==, "niva-3");

  g_assert_true (sk_undo_stack_redo (f->stack));
  g_assert_false (sk_undo_stack_redo (f->stack));
  g_assert_cmpstr (sk_service_get_level_id (SK_SERVICE (sk_map_lookup (f->map, SK_KIND_SERVICE, "ppt"))), ==, "niva-4");
}

static void
test_typing_merges (Fixture *f, gconstpointer data)
{
  g_autofree char *original = g_strdup (name_of (f, "ppt"));

  sk_undo_stack_set_merge_window (f->stack, G_MAXUINT);
  type_name (f, "ppt", "PP-tjenesten");
  g_assert_cmpstr (name_of (f, "ppt"), ==, "PP-tjenesten");
  g_assert_cmpuint (sk_undo_stack_get_n_undo (f->stack), ==, 1);
  g_assert_cmpstr (sk_undo_stack_get_undo_label (f->stack), ==, "Rename «PPT»");

  /* Leaving the field starts a new step. */
  sk_undo_stack_break_merge (f->stack);
  type_name (f, "ppt", "PPT Røros");
  g_assert_cmpuint (sk_undo_stack_get_n_undo (f->stack), ==, 2);

  /* Another field never merges into this one. */
  type_name (f, "hfu", "Ungdomshelse");
  g_assert_cmpuint (sk_undo_stack_get_n_undo (f->stack), ==, 3);

  sk_undo_stack_undo (f->stack);
  sk_undo_stack_undo (f->stack);
  g_assert_cmpstr (name_of (f, "ppt"), ==, "PP-tjenesten");
  sk_undo_stack_undo (f->stack);
  g_assert_cmpstr (name_of (f, "ppt"), ==, original);
}

static void
test_no_merge_outside_window (Fixture *f, gconstpointer data)
{
  sk_undo_stack_set_merge_window (f->stack, 0);
  type_name (f, "ppt", "PPT");
  /* "P", "PP" and "PPT" each change the name: three steps. */
  g_assert_cmpuint (sk_undo_stack_get_n_undo (f->stack), ==, 3);
}

static void
test_nudges_merge (Fixture *f, gconstpointer data)
{
  g_autofree char *before = sk_test_serialize (f->map);
  g_autofree char *after = NULL;

  sk_undo_stack_set_merge_window (f->stack, G_MAXUINT);
  move (f, "ppt", "niva-3", 2);
  move (f, "ppt", "niva-3", 3);
  move (f, "ppt", "niva-4", 0);
  g_assert_cmpuint (sk_undo_stack_get_n_undo (f->stack), ==, 1);
  g_assert_cmpstr (sk_undo_stack_get_undo_label (f->stack), ==, "Move «PPT» to level 4");

  sk_undo_stack_undo (f->stack);
  after = sk_test_serialize (f->map);
  sk_test_assert_same_text (before, after);
}

static void
test_groups (Fixture *f, gconstpointer data)
{
  g_autofree char *before = sk_test_serialize (f->map);
  g_autofree char *after = NULL;

  sk_undo_stack_begin_group (f->stack, "Move two services");
  move (f, "ppt", "niva-4", 0);
  sk_undo_stack_begin_group (f->stack, "inner");
  move (f, "hfu", "niva-4", 0);
  sk_undo_stack_end_group (f->stack);
  g_assert_cmpuint (sk_undo_stack_get_n_undo (f->stack), ==, 0);
  sk_undo_stack_end_group (f->stack);

  g_assert_cmpuint (sk_undo_stack_get_n_undo (f->stack), ==, 1);
  g_assert_cmpstr (sk_undo_stack_get_undo_label (f->stack), ==, "Move two services");

  sk_undo_stack_undo (f->stack);
  after = sk_test_serialize (f->map);
  sk_test_assert_same_text (before, after);

  /* An empty group leaves no step. */
  sk_undo_stack_begin_group (f->stack, "nothing");
  sk_undo_stack_end_group (f->stack);
  g_assert_cmpuint (sk_undo_stack_get_n_undo (f->stack), ==, 0);
}

static void
count_notify (GObject *object, GParamSpec *pspec, guint *count)
{
  (*count)++;
}

static void
test_saved_point (Fixture *f, gconstpointer data)
{
  guint notified = 0;

  g_signal_connect (f->stack, "notify::modified", G_CALLBACK (count_notify), &notified);
  g_assert_false (sk_undo_stack_get_modified (f->stack));

  move (f, "ppt", "niva-4", 0);
  g_assert_true (sk_undo_stack_get_modified (f->stack));
  g_assert_cmpuint (notified, ==, 1);

  sk_undo_stack_set_saved (f->stack);
  g_assert_false (sk_undo_stack_get_modified (f->stack));
  g_assert_cmpuint (notified, ==, 2);

  /* No merging across the saved point: undo must come back to it. */
  sk_undo_stack_set_merge_window (f->stack, G_MAXUINT);
  move (f, "ppt", "niva-4", 2);
  g_assert_cmpuint (sk_undo_stack_get_n_undo (f->stack), ==, 2);
  g_assert_true (sk_undo_stack_get_modified (f->stack));

  sk_undo_stack_undo (f->stack);
  g_assert_false (sk_undo_stack_get_modified (f->stack));
  sk_undo_stack_undo (f->stack);
  g_assert_true (sk_undo_stack_get_modified (f->stack));
  sk_undo_stack_redo (f->stack);
  g_assert_false (sk_undo_stack_get_modified (f->stack));

  /* Undo before the saved point, then a new edit: the saved state can no
   * longer be reached, and the map stays modified. */
  sk_undo_stack_undo (f->stack);
  move (f, "hfu", "niva-1", 0);
  g_assert_true (sk_undo_stack_get_modified (f->stack));
  sk_undo_stack_undo (f->stack);
  g_assert_true (sk_undo_stack_get_modified (f->stack));
}

static void
test_depth_limit (Fixture *f, gconstpointer data)
{
  sk_undo_stack_set_merge_window (f->stack, 0);
  sk_undo_stack_set_max_depth (f->stack, 3);
  sk_undo_stack_set_saved (f->stack);

  move (f, "ppt", "niva-4", 0);
  move (f, "ppt", "niva-2", 0);
  move (f, "ppt", "niva-1", 0);
  g_assert_cmpuint (sk_undo_stack_get_n_undo (f->stack), ==, 3);
  move (f, "ppt", "niva-5", 0);
  g_assert_cmpuint (sk_undo_stack_get_n_undo (f->stack), ==, 3);

  /* The saved state fell off the bottom: undoing all is not "saved". */
  while (sk_undo_stack_undo (f->stack))
    ;
  g_assert_true (sk_undo_stack_get_modified (f->stack));
  g_assert_cmpstr (sk_service_get_level_id (SK_SERVICE (sk_map_lookup (f->map, SK_KIND_SERVICE, "ppt"))), ==, "niva-4");
}

typedef struct {
  guint do_count;
  guint undo_count;
  guint redo_count;
} Actions;

static void
on_changed (SkUndoStack *stack, SkCommand *command, int action, Actions *actions)
{
  g_assert_true (SK_IS_COMMAND (command));
  if (action == SK_UNDO_ACTION_DO)
    actions->do_count++;
  else if (action == SK_UNDO_ACTION_UNDO)
    actions->undo_count++;
  else
    actions->redo_count++;
}

static void
test_changed_signal (Fixture *f, gconstpointer data)
{
  Actions actions = { 0, };

  g_signal_connect (f->stack, "changed", G_CALLBACK (on_changed), &actions);
  move (f, "ppt", "niva-4", 0);
  sk_undo_stack_begin_group (f->stack, "two");
  move (f, "ppt", "niva-5", 0);
  move (f, "hfu", "niva-5", 0);
  g_assert_cmpuint (actions.do_count, ==, 1);
  sk_undo_stack_end_group (f->stack);
  sk_undo_stack_undo (f->stack);
  sk_undo_stack_redo (f->stack);

  g_assert_cmpuint (actions.do_count, ==, 2);
  g_assert_cmpuint (actions.undo_count, ==, 1);
  g_assert_cmpuint (actions.redo_count, ==, 1);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/undo-stack/undo-redo-labels", test_undo_redo_labels);
  ADD ("/undo-stack/typing-merges", test_typing_merges);
  ADD ("/undo-stack/no-merge-outside-window", test_no_merge_outside_window);
  ADD ("/undo-stack/nudges-merge", test_nudges_merge);
  ADD ("/undo-stack/groups", test_groups);
  ADD ("/undo-stack/saved-point", test_saved_point);
  ADD ("/undo-stack/depth-limit", test_depth_limit);
  ADD ("/undo-stack/changed-signal", test_changed_signal);

  return g_test_run ();
}
