/* sk-pathway-panel.c — the pathways: list, colours, steps
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The side panel's page for care pathways. The list on top chooses the
 * pathway that the canvas shows alone (the "selected-pathway" property);
 * below it the selected pathway's name, colour and steps are edited. In
 * "add steps" mode (the "adding-steps" property) the window hands every
 * card that is clicked to sk_pathway_panel_add_step(). The steps themselves
 * are an SkStepList (sk-step-list.c).
 *
 * Rows stand for places in a list, not for objects: whatever changes in the
 * map (an edit here, undo, redo, a service deleted on the canvas), the rows
 * are refreshed in place. An entry being typed in keeps its focus and its
 * cursor, because its text is only set when it differs from the map's.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-color.h"
#include "sk-commands.h"
#include "sk-pathway.h"
#include "sk-pathway-panel.h"
#include "sk-step-list.h"
#include "sk-text.h"

/* Colours for new pathways, as distinct from each other as metro lines.
 * pick_color() also skips any below 3:1 on white, the contrast WCAG asks
 * of lines and symbols, so the list can be changed without checking. */
static const char * const palette[] = {
  "#1251a3", "#b71c1c", "#00695c", "#a84300", "#6a1b9a", "#ad1457", "#2e7d32",
  "#5d4037", "#0277bd", "#e65100", "#827717", "#37474f", "#8e24aa", "#00838f",
};

typedef struct
{
  GtkWidget      *row;
  GtkWidget      *swatch;
  GtkWidget      *name;
  GtkWidget      *count;
  GtkWidget      *check;
  GdkRGBA         color;
  guint           index;
} PathwayRow;

struct _SkPathwayPanel
{
  AdwBin      parent_instance;

  SkDocument *document;
  SkMap      *map;
  char       *selected;
  gboolean    adding_steps;
  gboolean    updating;      /* the rows are being set from the map */
  guint       error_timeout;

  GtkWidget  *error_revealer;
  GtkWidget  *error_label;
  GtkWidget  *show_all_button;
  GtkWidget  *add_popover;
  GtkWidget  *add_entry;
  GtkWidget  *pathway_list;
  GPtrArray  *pathway_rows;  /* PathwayRow, each owned by its row widget */

  GtkWidget  *editor;
  GtkWidget  *name_row;
  GtkWidget  *color_row;
  GtkWidget  *color_button;
  GtkWidget  *steps_group;
  GtkWidget  *adding_button;
  GtkWidget  *step_list;
};

G_DEFINE_FINAL_TYPE (SkPathwayPanel, sk_pathway_panel, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SELECTED_PATHWAY,
  PROP_ADDING_STEPS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void refresh (SkPathwayPanel *self);

/* --- helpers ----------------------------------------------------------- */

static void
color_to_rgba (const char *hex,
               GdkRGBA    *rgba)
{
  SkColor color = sk_color_parse (hex != NULL ? hex : "#000000");

  *rgba = (GdkRGBA) { color.red, color.green, color.blue, 1 };
}

static SkColor
rgba_to_color (const GdkRGBA *rgba)
{
  return (SkColor) { rgba->red, rgba->green, rgba->blue };
}

static SkPathway *
get_selected_pathway (SkPathwayPanel *self)
{
  if (self->map == NULL || self->selected == NULL)
    return NULL;
  return SK_PATHWAY (sk_map_lookup (self->map, SK_KIND_PATHWAY, self->selected));
}

/* The palette colour that the fewest pathways use, the earliest of those. */
static const char *
pick_color (SkMap *map)
{
  GListModel *pathways = sk_map_get_pathways (map);
  guint n = g_list_model_get_n_items (pathways);
  guint best_uses = G_MAXUINT;
  const char *best = palette[0];

  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    {
      guint uses = 0;

      if (sk_color_contrast (sk_color_parse (palette[i]), SK_COLOR_WHITE) < 3.0)
        continue;
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(SkPathway) pathway = g_list_model_get_item (pathways, j);
          const char *color = sk_pathway_get_color (pathway);

          if (color != NULL && g_ascii_strcasecmp (color, palette[i]) == 0)
            uses++;
        }
      if (uses < best_uses)
        {
          best = palette[i];
          best_uses = uses;
        }
    }
  return best;
}

static gboolean
hide_error (gpointer user_data)
{
  SkPathwayPanel *self = user_data;

  self->error_timeout = 0;
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->error_revealer), FALSE);
  return G_SOURCE_REMOVE;
}

static void
show_error (SkPathwayPanel *self,
            const char     *message)
{
  gtk_label_set_text (GTK_LABEL (self->error_label), message);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->error_revealer), TRUE);
  g_clear_handle_id (&self->error_timeout, g_source_remove);
  self->error_timeout = g_timeout_add_seconds (8, hide_error, self);
}

/* Applies @command (taking it); or shows @error, if the constructor set
 * one. A NULL command without an error changed nothing and is no failure. */
static gboolean
apply (SkPathwayPanel *self,
       SkCommand      *command,
       const GError   *error)
{
  if (command == NULL)
    {
      if (error != NULL)
        show_error (self, error->message);
      return error == NULL;
    }
  sk_document_apply (self->document, command);
  g_clear_handle_id (&self->error_timeout, g_source_remove);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->error_revealer), FALSE);
  return TRUE;
}

/* --- selection and "add steps" mode ---------------------------------- */

static void
set_adding_steps (SkPathwayPanel *self,
                  gboolean        adding)
{
  adding = adding && self->selected != NULL;
  if (self->adding_steps == adding)
    return;
  self->adding_steps = adding;
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDING_STEPS]);
}

void
sk_pathway_panel_set_selected (SkPathwayPanel *self,
                               const char     *pathway_id)
{
  g_return_if_fail (SK_IS_PATHWAY_PANEL (self));

  if (pathway_id != NULL
      && (self->map == NULL || sk_map_lookup (self->map, SK_KIND_PATHWAY, pathway_id) == NULL))
    pathway_id = NULL;
  if (g_strcmp0 (self->selected, pathway_id) == 0)
    return;

  g_free (self->selected);
  self->selected = g_strdup (pathway_id);
  if (pathway_id == NULL)
    set_adding_steps (self, FALSE);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_PATHWAY]);
}

const char *
sk_pathway_panel_get_selected (SkPathwayPanel *self)
{
  g_return_val_if_fail (SK_IS_PATHWAY_PANEL (self), NULL);
  return self->selected;
}

gboolean
sk_pathway_panel_get_adding_steps (SkPathwayPanel *self)
{
  g_return_val_if_fail (SK_IS_PATHWAY_PANEL (self), FALSE);
  return self->adding_steps;
}

static void
on_adding_toggled (GtkToggleButton *button,
                   SkPathwayPanel  *self)
{
  if (self->updating)
    return;
  set_adding_steps (self, gtk_toggle_button_get_active (button));
  /* Refused without a pathway: the button shows what holds. */
  if (gtk_toggle_button_get_active (button) != self->adding_steps)
    gtk_toggle_button_set_active (button, self->adding_steps);
}

static void
on_show_all_clicked (SkPathwayPanel *self)
{
  sk_pathway_panel_set_selected (self, NULL);
}

/* --- the list of pathways ---------------------------------------------- */

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  PathwayRow *prow = user_data;

  /* A short thick line, as the pathway is drawn on the map. */
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_width (cr, height * 0.45);
  cairo_move_to (cr, height * 0.3, height / 2.0);
  cairo_line_to (cr, width - height * 0.3, height / 2.0);
  gdk_cairo_set_source_rgba (cr, &prow->color);
  cairo_stroke (cr);
}

static void
add_pathway_row (SkPathwayPanel *self)
{
  PathwayRow *prow = g_new0 (PathwayRow, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  prow->index = self->pathway_rows->len;

  prow->swatch = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (prow->swatch), 28);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (prow->swatch), 16);
  gtk_widget_set_valign (prow->swatch, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (prow->swatch), draw_swatch, prow, NULL);

  prow->name = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (prow->name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (prow->name), PANGO_ELLIPSIZE_END);
  prow->count = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (prow->count), 0);
  gtk_widget_add_css_class (prow->count, "caption");
  gtk_widget_add_css_class (prow->count, "dim-label");
  gtk_box_append (GTK_BOX (labels), prow->name);
  gtk_box_append (GTK_BOX (labels), prow->count);
  gtk_widget_set_hexpand (labels, TRUE);

  /* A check mark besides the highlight, which is faint on a projector. */
  prow->check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_box_append (GTK_BOX (box), prow->swatch);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_box_append (GTK_BOX (box), prow->check);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  prow->row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (prow->row), box);
  g_object_set_data_full (G_OBJECT (prow->row), "sk-pathway-row", prow, g_free);
  gtk_list_box_append (GTK_LIST_BOX (self->pathway_list), prow->row);
  g_ptr_array_add (self->pathway_rows, prow);
}

static void
update_pathway_row (SkPathwayPanel *self,
                    PathwayRow     *prow,
                    SkPathway      *pathway)
{
  const char *lang = sk_map_get_language (self->map);
  const char *id = sk_item_get_id (SK_ITEM (pathway));
  const char *name = sk_pathway_get_name (pathway, lang);
  guint n_steps = sk_pathway_get_n_steps (pathway);
  gboolean selected = g_strcmp0 (id, self->selected) == 0;
  g_autofree char *count = NULL;
  g_autofree char *description = NULL;
  GdkRGBA color;

  if (name == NULL || *name == '\0')
    name = id;
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u step", "%u steps", n_steps), n_steps);
  gtk_label_set_text (GTK_LABEL (prow->name), name);
  gtk_label_set_text (GTK_LABEL (prow->count), count);

  color_to_rgba (sk_pathway_get_color (pathway), &color);
  if (!gdk_rgba_equal (&color, &prow->color))
    {
      prow->color = color;
      gtk_widget_queue_draw (prow->swatch);
    }

  /* The list has no selection of its own (a second click must clear it,
   * and arrow keys must only move the focus), so the row shows ours. */
  gtk_widget_set_opacity (prow->check, selected ? 1 : 0);
  if (selected)
    gtk_widget_set_state_flags (prow->row, GTK_STATE_FLAG_SELECTED, FALSE);
  else
    gtk_widget_unset_state_flags (prow->row, GTK_STATE_FLAG_SELECTED);
  gtk_accessible_update_state (GTK_ACCESSIBLE (prow->row), GTK_ACCESSIBLE_STATE_SELECTED, selected, -1);
  /* TRANSLATORS: a pathway in the list, for screen readers: "Angstplager, 5 steps" */
  description = g_strdup_printf (_("%s, %s"), name, count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (prow->row), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
}

static void
refresh_pathway_rows (SkPathwayPanel *self)
{
  GListModel *pathways = self->map != NULL ? sk_map_get_pathways (self->map) : NULL;
  guint n = pathways != NULL ? g_list_model_get_n_items (pathways) : 0;

  while (self->pathway_rows->len > n)
    {
      PathwayRow *prow = g_ptr_array_steal_index (self->pathway_rows, self->pathway_rows->len - 1);
      gtk_list_box_remove (GTK_LIST_BOX (self->pathway_list), prow->row);
    }
  while (self->pathway_rows->len < n)
    add_pathway_row (self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkPathway) pathway = g_list_model_get_item (pathways, i);
      update_pathway_row (self, g_ptr_array_index (self->pathway_rows, i), pathway);
    }
}

static void
on_pathway_row_activated (GtkListBox     *list,
                          GtkListBoxRow  *row,
                          SkPathwayPanel *self)
{
  PathwayRow *prow = g_object_get_data (G_OBJECT (row), "sk-pathway-row");
  g_autoptr(SkPathway) pathway = NULL;
  const char *id;

  if (prow == NULL || self->map == NULL)
    return;
  pathway = g_list_model_get_item (sk_map_get_pathways (self->map), prow->index);
  if (pathway == NULL)
    return;
  id = sk_item_get_id (SK_ITEM (pathway));
  sk_pathway_panel_set_selected (self, g_strcmp0 (id, self->selected) == 0 ? NULL : id);
}

/* --- adding and deleting pathways -------------------------------------- */

static void
on_add_activate (SkPathwayPanel *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_entry))));
  g_autofree char *new_id = NULL;
  g_autoptr(GError) error = NULL;
  SkCommand *command;

  if (*name == '\0' || self->map == NULL)
    {
      gtk_popover_popdown (GTK_POPOVER (self->add_popover));
      return;
    }
  command = sk_command_new_add_pathway (self->map, name, pick_color (self->map), &new_id, &error);
  if (command == NULL)
    {
      /* The name stays, to be put right. */
      gtk_widget_add_css_class (self->add_entry, "error");
      if (error != NULL)
        show_error (self, error->message);
      return;
    }
  apply (self, command, NULL);
  gtk_widget_remove_css_class (self->add_entry, "error");
  gtk_editable_set_text (GTK_EDITABLE (self->add_entry), "");
  gtk_popover_popdown (GTK_POPOVER (self->add_popover));
  sk_pathway_panel_set_selected (self, new_id);
}

static void
on_add_popover_map (SkPathwayPanel *self)
{
  gtk_widget_grab_focus (self->add_entry);
}

static void
on_delete_response (AdwMessageDialog *dialog,
                    const char       *response,
                    SkPathwayPanel   *self)
{
  const char *id = g_object_get_data (G_OBJECT (dialog), "sk-pathway");
  g_autoptr(GError) error = NULL;
  SkCommand *command;

  if (!g_str_equal (response, "delete") || self->map == NULL)
    return;
  command = sk_command_new_remove (self->map, SK_KIND_PATHWAY, id, NULL, NULL, &error);
  if (apply (self, command, error))
    {
      /* The button that had the focus is gone with the pathway. */
      if (self->pathway_rows->len > 0)
        gtk_widget_grab_focus (((PathwayRow *) g_ptr_array_index (self->pathway_rows, 0))->row);
    }
}

static void
on_delete_clicked (SkPathwayPanel *self)
{
  SkPathway *pathway = get_selected_pathway (self);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  guint n_steps;
  GtkWidget *dialog;

  if (pathway == NULL || !GTK_IS_WINDOW (root))
    return;

  name = sk_map_describe (self->map, SK_KIND_PATHWAY, self->selected);
  n_steps = sk_pathway_get_n_steps (pathway);
  /* TRANSLATORS: "Delete «Angstplager»?" */
  heading = g_strdup_printf (_("Delete %s?"), name);
  if (n_steps == 0)
    body = g_strdup (_("The pathway will be removed from the map. Undo brings it back."));
  else
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The pathway and its %u step will be removed from the map. Undo brings them back.",
                                         "The pathway and its %u steps will be removed from the map. Undo brings them back.",
                                         n_steps),
                            n_steps);

  dialog = adw_message_dialog_new (GTK_WINDOW (root), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "sk-pathway", g_strdup (self->selected), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --- the selected pathway's name and colour ---------------------------- */

static void
on_name_changed (GtkEditable    *editable,
                 SkPathwayPanel *self)
{
  g_autoptr(GError) error = NULL;
  SkCommand *command;

  if (self->updating || get_selected_pathway (self) == NULL)
    return;
  command = sk_command_new_set_text (self->map, SK_KIND_PATHWAY, self->selected, "name",
                                     sk_map_get_language (self->map),
                                     gtk_editable_get_text (editable), &error);
  if (apply (self, command, error))
    gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
}

static void
on_color_set (GtkColorButton *button,
              SkPathwayPanel *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *hex = NULL;
  GdkRGBA rgba;
  SkCommand *command;

  if (self->updating || get_selected_pathway (self) == NULL)
    return;
  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (button), &rgba);
  hex = sk_color_to_hex (rgba_to_color (&rgba));
  command = sk_command_new_set_string (self->map, SK_KIND_PATHWAY, self->selected, "color", hex, &error);
  apply (self, command, error);
}

static void
refresh_editor (SkPathwayPanel *self,
                SkPathway      *pathway)
{
  const char *lang = sk_map_get_language (self->map);
  const char *name = sk_text_get (sk_item_get_object (SK_ITEM (pathway), "name"), lang);
  const char *hex = sk_pathway_get_color (pathway);
  g_autofree char *shown = NULL;
  g_autofree char *subtitle = NULL;
  GdkRGBA color, current;
  double contrast;

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->name_row)), name != NULL ? name : "") != 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), name != NULL ? name : "");
      gtk_widget_remove_css_class (self->name_row, "error");
    }

  color_to_rgba (hex, &color);
  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (self->color_button), &current);
  shown = sk_color_to_hex (rgba_to_color (&current));
  if (hex != NULL && g_ascii_strcasecmp (shown, hex) != 0)
    gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->color_button), &color);

  /* A facilitator may pick any colour; say so when paper will hide it. */
  contrast = sk_color_contrast (rgba_to_color (&color), SK_COLOR_WHITE);
  if (contrast < 3.0)
    /* TRANSLATORS: %.1f is a contrast ratio such as 2.1 */
    subtitle = g_strdup_printf (_("Hard to see on white paper (contrast %.1f:1, at least 3:1 is needed)"), contrast);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->color_row), subtitle != NULL ? subtitle : "");
}

void
sk_pathway_panel_add_step (SkPathwayPanel *self,
                           const char     *service_id)
{
  g_return_if_fail (SK_IS_PATHWAY_PANEL (self));
  g_return_if_fail (service_id != NULL);

  if (get_selected_pathway (self) != NULL
      && sk_step_list_append (SK_STEP_LIST (self->step_list), service_id))
    {
      g_clear_handle_id (&self->error_timeout, g_source_remove);
      gtk_revealer_set_reveal_child (GTK_REVEALER (self->error_revealer), FALSE);
    }
}

/* --- refreshing ---------------------------------------------------------- */

static void
refresh (SkPathwayPanel *self)
{
  SkPathway *pathway;
  gboolean lost = FALSE;

  /* Undo of "add pathway", or a new document, takes the selection away. */
  if (self->selected != NULL && get_selected_pathway (self) == NULL)
    {
      g_clear_pointer (&self->selected, g_free);
      lost = TRUE;
    }
  pathway = get_selected_pathway (self);
  if (pathway == NULL && self->adding_steps)
    {
      self->adding_steps = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDING_STEPS]);
    }

  self->updating = TRUE;
  refresh_pathway_rows (self);
  gtk_widget_set_visible (self->editor, pathway != NULL);
  gtk_widget_set_visible (self->steps_group, pathway != NULL);
  if (pathway != NULL)
    refresh_editor (self, pathway);
  sk_step_list_set_pathway (SK_STEP_LIST (self->step_list), self->document,
                            pathway != NULL ? self->selected : NULL);
  gtk_widget_set_sensitive (self->show_all_button, pathway != NULL);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->adding_button), self->adding_steps);
  if (self->adding_steps)
    {
      gtk_widget_add_css_class (self->adding_button, "suggested-action");
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->steps_group),
                                             _("Click cards on the map, in order: each click adds a step."));
    }
  else
    {
      gtk_widget_remove_css_class (self->adding_button, "suggested-action");
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->steps_group),
                                             _("Drag a step by its number to move it, or use Alt+Up and Alt+Down."));
    }
  self->updating = FALSE;

  if (lost)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_PATHWAY]);
}

static void
disconnect_map (SkPathwayPanel *self)
{
  if (self->map == NULL)
    return;
  g_signal_handlers_disconnect_by_data (sk_document_get_undo_stack (self->document), self);
  g_clear_object (&self->map);
}

void
sk_pathway_panel_set_document (SkPathwayPanel *self,
                               SkDocument     *document)
{
  g_return_if_fail (SK_IS_PATHWAY_PANEL (self));
  g_return_if_fail (document == NULL || SK_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  disconnect_map (self);
  g_set_object (&self->document, document);
  if (document != NULL)
    {
      self->map = g_object_ref (sk_document_get_map (document));
      /* Every change may show here (names and colours of pathways, steps,
       * the names and levels of the services the steps sit on), and every
       * change is a step of the undo stack: follow it once per step. */
      g_signal_connect_swapped (sk_document_get_undo_stack (document), "changed", G_CALLBACK (refresh), self);
    }
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->error_revealer), FALSE);
  refresh (self);
}

/* --- the widget ---------------------------------------------------------- */

static void
sk_pathway_panel_dispose (GObject *object)
{
  SkPathwayPanel *self = SK_PATHWAY_PANEL (object);

  disconnect_map (self);
  g_clear_object (&self->document);
  g_clear_handle_id (&self->error_timeout, g_source_remove);

  G_OBJECT_CLASS (sk_pathway_panel_parent_class)->dispose (object);
}

static void
sk_pathway_panel_finalize (GObject *object)
{
  SkPathwayPanel *self = SK_PATHWAY_PANEL (object);

  g_free (self->selected);
  g_ptr_array_unref (self->pathway_rows);

  G_OBJECT_CLASS (sk_pathway_panel_parent_class)->finalize (object);
}

static void
sk_pathway_panel_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SkPathwayPanel *self = SK_PATHWAY_PANEL (object);

  switch (prop_id)
    {
    case PROP_SELECTED_PATHWAY:
      g_value_set_string (value, self->selected);
      break;
    case PROP_ADDING_STEPS:
      g_value_set_boolean (value, self->adding_steps);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_pathway_panel_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SkPathwayPanel *self = SK_PATHWAY_PANEL (object);

  switch (prop_id)
    {
    case PROP_SELECTED_PATHWAY:
      sk_pathway_panel_set_selected (self, g_value_get_string (value));
      break;
    case PROP_ADDING_STEPS:
      set_adding_steps (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_pathway_panel_class_init (SkPathwayPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sk_pathway_panel_dispose;
  object_class->finalize = sk_pathway_panel_finalize;
  object_class->get_property = sk_pathway_panel_get_property;
  object_class->set_property = sk_pathway_panel_set_property;

  /**
   * SkPathwayPanel:selected-pathway:
   *
   * The id of the pathway chosen in the list, which the canvas shows
   * alone; %NULL shows all.
   */
  properties[PROP_SELECTED_PATHWAY] =
    g_param_spec_string ("selected-pathway", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * SkPathwayPanel:adding-steps:
   *
   * Whether a click on a card appends a step to the selected pathway.
   */
  properties[PROP_ADDING_STEPS] =
    g_param_spec_boolean ("adding-steps", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static GtkWidget *
new_add_button (SkPathwayPanel *self)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *title = gtk_label_new (_("New Pathway"));
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add"));

  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  self->add_entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->add_entry), _("Name, e.g. Angstplager"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name of the new pathway"), -1);
  gtk_widget_set_size_request (self->add_entry, 240, -1);
  g_signal_connect_swapped (self->add_entry, "activate", G_CALLBACK (on_add_activate), self);
  gtk_widget_add_css_class (add, "suggested-action");
  gtk_widget_set_halign (add, GTK_ALIGN_END);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_add_activate), self);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), self->add_entry);
  gtk_box_append (GTK_BOX (box), add);

  self->add_popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->add_popover), box);
  g_signal_connect_swapped (self->add_popover, "map", G_CALLBACK (on_add_popover_map), self);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), self->add_popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "list-add-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Add Pathway"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add Pathway"), -1);
  return button;
}

static void
sk_pathway_panel_init (SkPathwayPanel *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *pathways = adw_preferences_group_new ();
  GtkWidget *suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *placeholder;
  GtkWidget *delete;

  self->pathway_rows = g_ptr_array_new ();

  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);

  /* Errors from the model ("a name is needed") show here, for a while. */
  self->error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0);
  gtk_widget_add_css_class (self->error_label, "error");
  self->error_revealer = gtk_revealer_new ();
  gtk_revealer_set_child (GTK_REVEALER (self->error_revealer), self->error_label);
  gtk_box_append (GTK_BOX (content), self->error_revealer);

  /* The pathways. */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (pathways), _("Pathways"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (pathways),
                                         _("Choose a pathway to show it alone on the map."));
  self->show_all_button = gtk_button_new_with_mnemonic (_("Show _All"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->show_all_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Show All"), -1);
  gtk_widget_add_css_class (self->show_all_button, "flat");
  gtk_widget_set_valign (self->show_all_button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->show_all_button, "clicked", G_CALLBACK (on_show_all_clicked), self);
  gtk_box_append (GTK_BOX (suffix), self->show_all_button);
  gtk_box_append (GTK_BOX (suffix), new_add_button (self));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (pathways), suffix);

  self->pathway_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->pathway_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->pathway_list, "boxed-list");
  placeholder = gtk_label_new (_("No pathways yet. Add one with +."));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->pathway_list), placeholder);
  g_signal_connect (self->pathway_list, "row-activated", G_CALLBACK (on_pathway_row_activated), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (pathways), self->pathway_list);
  gtk_box_append (GTK_BOX (content), pathways);

  /* The selected pathway. */
  self->editor = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->editor), _("Pathway"));
  self->name_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), _("Name"));
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->name_row), FALSE);
  g_signal_connect (self->name_row, "changed", G_CALLBACK (on_name_changed), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->editor), self->name_row);

  self->color_button = gtk_color_button_new ();
  gtk_color_button_set_title (GTK_COLOR_BUTTON (self->color_button), _("Pathway Colour"));
  gtk_color_chooser_set_use_alpha (GTK_COLOR_CHOOSER (self->color_button), FALSE);
  gtk_widget_set_valign (self->color_button, GTK_ALIGN_CENTER);
  g_signal_connect (self->color_button, "color-set", G_CALLBACK (on_color_set), self);
  self->color_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->color_row), _("Colour"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->color_row), self->color_button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self->color_row), self->color_button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->editor), self->color_row);

  delete = gtk_button_new_with_mnemonic (_("_Delete Pathway…"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Delete Pathway…"), -1);
  gtk_widget_add_css_class (delete, "destructive-action");
  gtk_widget_set_halign (delete, GTK_ALIGN_START);
  gtk_widget_set_margin_top (delete, 12);
  g_signal_connect_swapped (delete, "clicked", G_CALLBACK (on_delete_clicked), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->editor), delete);
  gtk_box_append (GTK_BOX (content), self->editor);

  /* Its steps. */
  self->steps_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->steps_group), _("Steps"));
  self->adding_button = gtk_toggle_button_new_with_mnemonic (_("Add _Steps"));
  /* GTK 4.8 names a mnemonic button "Add _Steps Add Steps"; say it once. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->adding_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add Steps"), -1);
  gtk_widget_set_valign (self->adding_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->adding_button, _("While on, each card clicked on the map becomes the next step"));
  g_signal_connect (self->adding_button, "toggled", G_CALLBACK (on_adding_toggled), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->steps_group), self->adding_button);

  self->step_list = sk_step_list_new ();
  g_signal_connect_swapped (self->step_list, "error", G_CALLBACK (show_error), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->steps_group), self->step_list);
  gtk_box_append (GTK_BOX (content), self->steps_group);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), content);
  adw_bin_set_child (ADW_BIN (self), scrolled);

  refresh (self);
}

GtkWidget *
sk_pathway_panel_new (void)
{
  return g_object_new (SK_TYPE_PATHWAY_PANEL, NULL);
}
