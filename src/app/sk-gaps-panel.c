/* sk-gaps-panel.c — does the map match reality? The gap check's findings
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The side panel's page for the workshop's question "does the map match
 * the terrain?": what sk_gap_check() finds missing, each with why it
 * matters to families. A finding, activated, asks the window to show its
 * object on the map (the "show-item" signal).
 *
 * The check runs over the whole map, so it does not run on every change:
 * changes start a short low-priority timeout, and a burst of them (typing a
 * service's description) is checked once, when it pauses. Rows stand for
 * places in the list and are updated in place, so the row that has the
 * focus keeps it while the findings change around it.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-gap-check.h"
#include "sk-gaps-panel.h"

/* How long after the last change the check runs, in milliseconds. */
#define RECHECK_DELAY 300

struct _SkGapsPanel
{
  AdwBin      parent_instance;

  SkDocument *document;
  SkMap      *map;
  GPtrArray  *findings;  /* SkGapFinding */
  GPtrArray  *rows;      /* AdwActionRow, owned by the list */
  guint       recheck_source;

  GtkWidget  *stack;
  GtkWidget  *group;
  GtkWidget  *list;
};

G_DEFINE_FINAL_TYPE (SkGapsPanel, sk_gaps_panel, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_N_GAPS,
  N_PROPS
};

enum {
  SHOW_ITEM,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The icons of the side panel's pages, so a finding shows where to look. */
static const char *
kind_icon_name (SkKind kind)
{
  switch (kind)
    {
    case SK_KIND_SERVICE: return "document-properties-symbolic";
    case SK_KIND_LEVEL: return "view-list-symbolic";
    case SK_KIND_PATHWAY: return "mail-forward-symbolic";
    case SK_KIND_MUNICIPALITY: return "find-location-symbolic";
    case SK_KIND_MAP:
    case SK_KIND_SECTOR:
    case SK_KIND_GROUP:
    case SK_KIND_NOTE:
    case SK_N_KINDS:
    default: return "x-office-document-symbolic";
    }
}

/* The map itself has no place to show. */
static gboolean
finding_has_place (const SkGapFinding *finding)
{
  return finding->target_kind != SK_KIND_MAP
         && finding->target_id != NULL && *finding->target_id != '\0';
}

static GtkWidget *
add_row (SkGapsPanel *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new ();

  /* Messages name objects as they are named: «Barn & unge» is no markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (icon, "dim-label");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  g_object_set_data (G_OBJECT (row), "sk-gap-icon", icon);
  g_object_set_data (G_OBJECT (row), "sk-gap-index", GUINT_TO_POINTER (self->rows->len));
  gtk_list_box_append (GTK_LIST_BOX (self->list), row);
  g_ptr_array_add (self->rows, row);
  return row;
}

static void
update_row (GtkWidget          *row,
            const SkGapFinding *finding)
{
  GtkWidget *icon = g_object_get_data (G_OBJECT (row), "sk-gap-icon");
  gboolean has_place = finding_has_place (finding);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), finding->message);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), finding->why);
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), kind_icon_name (finding->target_kind));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), has_place);
  gtk_widget_set_tooltip_text (row, has_place ? _("Show on the map") : NULL);
}

static void
show_findings (SkGapsPanel *self)
{
  guint n = self->findings != NULL ? self->findings->len : 0;
  guint old_n = self->rows->len;
  g_autofree char *count = NULL;

  while (self->rows->len > n)
    {
      GtkWidget *row = g_ptr_array_steal_index (self->rows, self->rows->len - 1);

      gtk_list_box_remove (GTK_LIST_BOX (self->list), row);
    }
  while (self->rows->len < n)
    add_row (self);
  for (guint i = 0; i < n; i++)
    update_row (g_ptr_array_index (self->rows, i), g_ptr_array_index (self->findings, i));

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u gap to look at", "%u gaps to look at", n), n);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group), count);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack),
                                    self->map == NULL ? "none" : n == 0 ? "empty" : "findings");

  if (n != old_n)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_GAPS]);
}

static void
recheck (SkGapsPanel *self)
{
  g_clear_handle_id (&self->recheck_source, g_source_remove);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  if (self->map != NULL)
    self->findings = sk_gap_check (self->map);
  show_findings (self);
}

static gboolean
on_recheck_timeout (gpointer user_data)
{
  SkGapsPanel *self = user_data;

  self->recheck_source = 0;
  recheck (self);
  return G_SOURCE_REMOVE;
}

/* Every change restarts the wait: a burst of changes is checked once. */
static void
on_undo_stack_changed (SkGapsPanel *self)
{
  g_clear_handle_id (&self->recheck_source, g_source_remove);
  self->recheck_source = g_timeout_add_full (G_PRIORITY_LOW, RECHECK_DELAY,
                                             on_recheck_timeout, self, NULL);
}

static void
on_row_activated (GtkListBox    *list,
                  GtkListBoxRow *row,
                  SkGapsPanel   *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "sk-gap-index"));
  const SkGapFinding *finding;

  if (self->findings == NULL || index >= self->findings->len)
    return;
  finding = g_ptr_array_index (self->findings, index);
  if (finding_has_place (finding))
    g_signal_emit (self, signals[SHOW_ITEM], 0, (guint) finding->target_kind, finding->target_id);
}

static void
disconnect_map (SkGapsPanel *self)
{
  if (self->map == NULL)
    return;
  g_signal_handlers_disconnect_by_data (sk_document_get_undo_stack (self->document), self);
  g_clear_object (&self->map);
}

void
sk_gaps_panel_set_document (SkGapsPanel *self,
                            SkDocument  *document)
{
  g_return_if_fail (SK_IS_GAPS_PANEL (self));
  g_return_if_fail (document == NULL || SK_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  disconnect_map (self);
  g_set_object (&self->document, document);
  if (document != NULL)
    {
      self->map = g_object_ref (sk_document_get_map (document));
      g_signal_connect_swapped (sk_document_get_undo_stack (document), "changed",
                                G_CALLBACK (on_undo_stack_changed), self);
    }
  /* A new map is checked at once: the page is right when first seen. */
  recheck (self);
}

guint
sk_gaps_panel_get_n_gaps (SkGapsPanel *self)
{
  g_return_val_if_fail (SK_IS_GAPS_PANEL (self), 0);
  return self->rows->len;
}

/* --- the widget ---------------------------------------------------------- */

static void
sk_gaps_panel_dispose (GObject *object)
{
  SkGapsPanel *self = SK_GAPS_PANEL (object);

  disconnect_map (self);
  g_clear_object (&self->document);
  g_clear_handle_id (&self->recheck_source, g_source_remove);

  G_OBJECT_CLASS (sk_gaps_panel_parent_class)->dispose (object);
}

static void
sk_gaps_panel_finalize (GObject *object)
{
  SkGapsPanel *self = SK_GAPS_PANEL (object);

  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (sk_gaps_panel_parent_class)->finalize (object);
}

static void
sk_gaps_panel_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SkGapsPanel *self = SK_GAPS_PANEL (object);

  switch (prop_id)
    {
    case PROP_N_GAPS:
      g_value_set_uint (value, sk_gaps_panel_get_n_gaps (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_gaps_panel_class_init (SkGapsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sk_gaps_panel_dispose;
  object_class->finalize = sk_gaps_panel_finalize;
  object_class->get_property = sk_gaps_panel_get_property;

  /**
   * SkGapsPanel:n-gaps:
   *
   * How many gaps the check found in the map, as listed.
   */
  properties[PROP_N_GAPS] =
    g_param_spec_uint ("n-gaps", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SkGapsPanel::show-item:
   * @kind: an #SkKind, the kind of object a gap is on
   * @id: the object's id
   *
   * The person asked to see where a gap is.
   */
  signals[SHOW_ITEM] =
    g_signal_new ("show-item",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_STRING);
}

static void
sk_gaps_panel_init (SkGapsPanel *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *empty = adw_status_page_new ();
  GtkWidget *none = adw_status_page_new ();

  self->rows = g_ptr_array_new ();

  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);

  self->group = adw_preferences_group_new ();
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group),
                                         _("Does the map match reality? Each gap is something "
                                           "families would miss. Choose one to see it on the map."));
  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Gaps"), -1);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), self->list);
  gtk_box_append (GTK_BOX (content), self->group);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), content);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "emblem-ok-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Gaps Found"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Everything the gap check looks for is on the map. "
                                     "Ask the workshop what it still misses."));
  gtk_widget_add_css_class (empty, "compact");

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (none), "x-office-document-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (none), _("No Map"));
  gtk_widget_add_css_class (none, "compact");

  self->stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), none, "none");
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  gtk_stack_add_named (GTK_STACK (self->stack), scrolled, "findings");
  adw_bin_set_child (ADW_BIN (self), self->stack);

  show_findings (self);
}

GtkWidget *
sk_gaps_panel_new (void)
{
  return g_object_new (SK_TYPE_GAPS_PANEL, NULL);
}
