/* test-random-commands.c — thousands of random edits, all undone, all redone
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Applies SK_RANDOM_COMMANDS (default 10 000) random commands of every kind
 * to the regional template, with random undo/redo and groups in between;
 * every 500 commands the map must save and load again unchanged. Then
 * undoing everything must give back the template byte for byte, and redoing
 * everything the final map byte for byte. Run with --seed to repeat a run.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sk-commands.h"
#include "sk-journal.h"
#include "sk-pathway.h"
#include "sk-schema.h"
#include "sk-test-util.h"
#include "sk-undo-stack.h"

static const char * const words[] = {
  "Helsestasjon", "BUP", "Røros", "tjïelte", "skulehelseteneste", "Åfjord",
  "«sitat»", "ærlig", "ønske", "<b>ikke markup</b>", "a & b", "\"fnutter\"",
  "linje\nto", "tab\there", "😀", "Sámi", "čđŋšŧž", "", "x",
};

static const char * const languages[] = { "nb", "nn", "sma", "en" };

typedef struct {
  SkMap       *map;
  SkUndoStack *stack;
  guint        applied;
  guint        refused;
  guint        counts[32];
} Run;

static guint
rnd (guint n)
{
  return n == 0 ? 0 : (guint) g_test_rand_int_range (0, (gint32) n);
}

static char *
random_text (void)
{
  g_autoptr(GString) s = g_string_new (NULL);
  guint n = 1 + rnd (4);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s%s", i ? " " : "", words[rnd (G_N_ELEMENTS (words))]);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static const char *
random_id (Run *run, SkKind kind)
{
  GListModel *list = sk_map_get_list (run->map, kind);
  guint n = g_list_model_get_n_items (list);
  g_autoptr(SkItem) item = NULL;

  if (n == 0)
    return NULL;
  item = g_list_model_get_item (list, rnd (n));
  /* Items live in the map; the id outlives this reference. */
  return sk_item_get_id (item);
}

static guint
count (Run *run, SkKind kind)
{
  return g_list_model_get_n_items (sk_map_get_list (run->map, kind));
}

static char *
random_color (void)
{
  return g_strdup_printf ("#%02x%02x%02x", rnd (256), rnd (256), rnd (256));
}

/* Makes one random command; NULL when the dice chose something impossible
 * (which must then come with an error, or be a change to nothing). */
static SkCommand *
random_command (Run *run, guint *kind_out, GError **error)
{
  SkMap *map = run->map;
  g_autofree char *text = random_text ();
  g_autofree char *color = random_color ();
  const char *lang = languages[rnd (G_N_ELEMENTS (languages))];
  const char *service = random_id (run, SK_KIND_SERVICE);
  const char *level = random_id (run, SK_KIND_LEVEL);
  const char *pathway = random_id (run, SK_KIND_PATHWAY);
  const char *municipality = random_id (run, SK_KIND_MUNICIPALITY);
  guint kind = rnd (22);

  *kind_out = kind;
  switch (kind)
    {
    case 0:
      return sk_command_new_set_text (map, SK_KIND_SERVICE, service, "name", lang, text, error);
    case 1:
      return sk_command_new_set_text (map, SK_KIND_SERVICE, service, "description", lang, text, error);
    case 2:
      {
        g_autofree char *phone = g_strdup_printf ("%u %u %u", 10 + rnd (90), 10 + rnd (90), 100 + rnd (900));
        return sk_command_new_set_string (map, SK_KIND_SERVICE, service, "contact.phone",
                                          rnd (4) ? phone : NULL, error);
      }
    case 3:
    case 4:
      return sk_command_new_move_service (map, service, rnd (10) ? level : NULL, rnd (12), error);
    case 5:
      return sk_command_new_add_service (map, rnd (10) ? level : NULL, (int) rnd (12) - 1,
                                         *text ? text : "Ny tjeneste", NULL, error);
    case 6:
      if (count (run, SK_KIND_SERVICE) < 20)
        return NULL;
      return sk_command_new_remove (map, SK_KIND_SERVICE, service, NULL, NULL, error);
    case 7:
      if (count (run, SK_KIND_LEVEL) < 8)
        return sk_command_new_add_level (map, (int) rnd (7) - 1, *text ? text : "Nytt nivå", color, NULL, error);
      G_GNUC_FALLTHROUGH;
    case 8:
      {
        const char *other = random_id (run, SK_KIND_LEVEL);

        if (count (run, SK_KIND_LEVEL) <= 3 || g_strcmp0 (other, level) == 0)
          return NULL;
        return sk_command_new_remove (map, SK_KIND_LEVEL, level, other, NULL, error);
      }
    case 9:
      return rnd (2) ? sk_command_new_set_text (map, SK_KIND_LEVEL, level, "name", lang, text, error)
                     : sk_command_new_set_string (map, SK_KIND_LEVEL, level, "color", color, error);
    case 10:
      return sk_command_new_reorder (map, SK_KIND_LEVEL, level, rnd (8), error);
    case 11:
      return sk_command_new_add_step (map, pathway, (int) rnd (14) - 1, service,
                                      sk_step_kinds ()[rnd (7)], text, error);
    case 12:
      {
        guint n = sk_pathway_get_n_steps (SK_PATHWAY (sk_map_lookup (map, SK_KIND_PATHWAY, pathway)));
        if (n == 0)
          return NULL;
        if (rnd (2))
          return sk_command_new_remove_step (map, pathway, rnd (n), error);
        return sk_command_new_move_step (map, pathway, rnd (n), rnd (n), error);
      }
    case 13:
      {
        guint n = sk_pathway_get_n_steps (SK_PATHWAY (sk_map_lookup (map, SK_KIND_PATHWAY, pathway)));
        g_autofree char *path = g_strdup_printf ("steps[%u].text", rnd (n + 1));
        return sk_command_new_set_text (map, SK_KIND_PATHWAY, pathway, path, lang, text, error);
      }
    case 14:
      if (count (run, SK_KIND_PATHWAY) < 9)
        return sk_command_new_add_pathway (map, *text ? text : "Nytt forløp", color, NULL, error);
      return sk_command_new_remove (map, SK_KIND_PATHWAY, pathway, NULL, NULL, error);
    case 15:
      {
        static const char * const paths[] = { "name.nb", "contact.phone", "contact.hours.nn", "offered", "provider" };
        const char *path = paths[rnd (G_N_ELEMENTS (paths))];
        g_autoptr(JsonNode) value = NULL;

        if (g_str_equal (path, "offered"))
          value = rnd (2) ? json_node_init_boolean (json_node_alloc (), FALSE) : NULL;
        else if (g_str_equal (path, "contact.phone"))
          value = rnd (3) ? json_node_init_string (json_node_alloc (), "73 00 00 00") : NULL;
        else if (rnd (4))
          value = json_node_init_string (json_node_alloc (), *text ? text : "lokalt");
        return sk_command_new_set_override (map, municipality, service, path, value, error);
      }
    case 16:
      {
        static const SkKind targets[] = { SK_KIND_SERVICE, SK_KIND_LEVEL, SK_KIND_PATHWAY };
        SkKind target = targets[rnd (3)];
        return sk_command_new_add_note (map, target, random_id (run, target),
                                        *text ? text : "notat", rnd (2) ? "Kari" : NULL, NULL, error);
      }
    case 17:
      {
        const char *note = random_id (run, SK_KIND_NOTE);
        if (note == NULL)
          return NULL;
        if (rnd (2))
          return sk_command_new_set_string (map, SK_KIND_NOTE, note, "text", *text ? text : "endret", error);
        return sk_command_new_remove (map, SK_KIND_NOTE, note, NULL, NULL, error);
      }
    case 18:
      return sk_command_new_reorder (map, rnd (2) ? SK_KIND_PATHWAY : SK_KIND_MUNICIPALITY,
                                     rnd (2) ? pathway : municipality, rnd (25), error);
    case 19:
      return sk_command_new_set_text (map, SK_KIND_MAP, "", rnd (2) ? "title" : "region", lang, text, error);
    case 20:
      {
        g_autofree char *list = g_strdup_printf ("[\"%s\"]", municipality);
        g_autoptr(JsonNode) value = rnd (3) ? json_from_string (list, NULL) : NULL;
        return sk_command_new_edit (map, SK_KIND_SERVICE, service, "municipalities", value, error);
      }
    default:
      {
        g_autofree char *list = g_strdup_printf ("[\"%s\"]", random_id (run, SK_KIND_SERVICE));
        g_autoptr(JsonNode) value = json_from_string (list, NULL);
        return sk_command_new_edit (map, SK_KIND_SERVICE, service, "access.referrers", value, error);
      }
    }
}

static void
check_reloads (Run *run)
{
  g_autoptr(GBytes) bytes = sk_map_serialize (run->map);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkMap) again = sk_map_load_from_bytes (bytes, "random", &error);
  g_autoptr(GBytes) bytes_again = NULL;

  g_assert_no_error (error);
  bytes_again = sk_map_serialize (again);
  g_assert_true (g_bytes_equal (bytes, bytes_again));
}

/* The journal, replayed, gives the map as it is. */
static void
check_journal (SkJournal *journal,
               SkMap     *map)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;
  g_autoptr(SkMap) recovered = sk_journal_recover (sk_journal_get_path (journal), NULL, &n, &error);
  g_autofree char *expected = sk_test_serialize (map);
  g_autofree char *got = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, sk_journal_get_n_records (journal));
  got = sk_test_serialize (recovered);
  sk_test_assert_same_text (expected, got);
}

static void
test_random_commands (void)
{
  g_autoptr(SkMap) map = sk_test_load_template ("sondre-trondelag");
  g_autoptr(SkUndoStack) stack = sk_undo_stack_new (map);
  g_autofree char *original = sk_test_serialize (map);
  g_autofree char *final = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  const char *env = g_getenv ("SK_RANDOM_COMMANDS");
  guint target = env != NULL ? (guint) g_ascii_strtoull (env, NULL, 10) : 10000;
  guint undos = 0, groups = 0;
  gboolean in_group = FALSE;
  Run run = { map, stack, 0, 0, { 0, } };
  g_autofree char *folder = g_dir_make_tmp ("sk-journal-XXXXXX", NULL);
  g_autofree char *journal_path = g_build_filename (folder, "unsaved.sammenkart-journal", NULL);
  g_autoptr(GError) journal_error = NULL;
  g_autoptr(SkJournal) journal = sk_journal_new (stack, journal_path, NULL, &journal_error);

  g_assert_no_error (journal_error);

  sk_undo_stack_set_max_depth (stack, 0);
  /* Merge only what the dice put next to each other. */
  sk_undo_stack_set_merge_window (stack, G_MAXUINT);

  while (run.applied < target)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SkCommand) command = NULL;
      guint kind;

      /* Now and then: undo a few steps and redo some, or open a group. */
      if (!in_group && rnd (50) == 0)
        {
          guint n = 1 + rnd (5);
          for (guint i = 0; i < n; i++)
            undos += sk_undo_stack_undo (stack);
          n = rnd (n + 1);
          for (guint i = 0; i < n; i++)
            sk_undo_stack_redo (stack);
        }
      if (rnd (200) == 0)
        {
          if (in_group)
            sk_undo_stack_end_group (stack);
          else
            sk_undo_stack_begin_group (stack, "random group"), groups++;
          in_group = !in_group;
        }
      if (rnd (10) == 0)
        sk_undo_stack_break_merge (stack);

      command = random_command (&run, &kind, &error);
      if (command == NULL)
        {
          run.refused += error != NULL;
          continue;
        }
      g_assert_no_error (error);
      sk_undo_stack_push (stack, command);
      run.applied++;
      run.counts[kind]++;

      if (run.applied % 500 == 0)
        check_reloads (&run);
      /* Every edit completed so far is in the journal (inside a group,
       * the group is one edit, written when it ends). */
      if (run.applied % 1000 == 0 && !in_group)
        check_journal (journal, map);
    }
  if (in_group)
    sk_undo_stack_end_group (stack);

  g_test_message ("%u commands applied (%u refused as invalid), %u undos, %u groups; %u steps on the stack",
                  run.applied, run.refused, undos, groups, sk_undo_stack_get_n_undo (stack));
  for (guint i = 0; i < 22; i++)
    g_assert_cmpuint (run.counts[i], >, 0);

  final = sk_test_serialize (map);
  g_assert_cmpstr (final, !=, original);
  check_reloads (&run);

  while (sk_undo_stack_undo (stack))
    ;
  undone = sk_test_serialize (map);
  sk_test_assert_same_text (original, undone);
  g_assert_false (sk_undo_stack_get_modified (stack));

  while (sk_undo_stack_redo (stack))
    ;
  redone = sk_test_serialize (map);
  sk_test_assert_same_text (final, redone);
  check_journal (journal, map);
  g_test_message ("the journal holds %u records", sk_journal_get_n_records (journal));

  sk_journal_discard (journal);
  g_assert_false (g_file_test (journal_path, G_FILE_TEST_EXISTS));
  g_rmdir (folder);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/random-commands/undo-all-redo-all", test_random_commands);

  return g_test_run ();
}
