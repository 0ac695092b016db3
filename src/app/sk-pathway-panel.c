/* sk-pathway-panel.c — the pathways: list, colours, steps
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The side panel's page for care pathways. The list on top chooses the
 * pathway that the canvas shows alone (the "selected-pathway" property);
 * below it the selected pathway's name, colour and steps are edited. In
 * "add steps" mode (the "adding-steps" property) the window hands every
 * card that is clicked to sk_pathway_panel_add_step().
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
#include "sk-service.h"
#include "sk-text.h"

/* The step kinds of the file format, in the order of a pathway. */
static const struct {
  const char *kind;
  const char *label;
} step_kinds[] = {
  { "notice", N_("Notice a concern") },
  { "assess", N_("Assess") },
  { "intervene", N_("Intervene") },
  { "evaluate", N_("Evaluate") },
  { "cooperate", N_("Cooperate") },
  { "refer", N_("Refer") },
  { "follow-up", N_("Follow up") },
};

/* Colours for new pathways, as distinct from each other as metro lines.
 * pick_color() also skips any below 3:1 on white, the contrast WCAG asks
 * of lines and symbols, so the list can be changed without checking. */
static const char * const palette[] = {
  "#1251a3", "#b71c1c", "#00695c", "#a84300", "#6a1b9a", "#ad1457", "#2e7d32",
  "#5d4037", "#0277bd", "#e65100", "#827717", "#37474f", "#8e24aa", "#00838f",
};

typedef struct
{
  SkPathwayPanel *panel;
  GtkWidget      *row;
  GtkWidget      *swatch;
  GtkWidget      *name;
  GtkWidget      *count;
  GtkWidget      *check;
  GdkRGBA         color;
  guint           index;
} PathwayRow;

/* The parts of a step row that can hold the focus, so that the focus can
 * follow a step that moves. */
enum {
  PART_ROW,
  PART_KIND,
  PART_TEXT,
  PART_UP,
  PART_DOWN,
  PART_REMOVE,
  N_PARTS
};

typedef struct
{
  SkPathwayPanel *panel;
  GtkWidget      *row;
  GtkWidget      *parts[N_PARTS];
  GtkWidget      *badge;
  GtkWidget      *service;
  GtkWidget      *level;
  guint           index;
  double          drag_x;
  double          drag_y;
} StepRow;

/* What a dragged step carries: a type of its own, so that entries and
 * other drop targets do not take it for text. */
typedef struct
{
  char  *pathway_id;
  guint  index;
} SkStepDrag;

static GType sk_step_drag_get_type (void);

static SkStepDrag *
sk_step_drag_copy (SkStepDrag *drag)
{
  SkStepDrag *copy = g_new (SkStepDrag, 1);

  copy->pathway_id = g_strdup (drag->pathway_id);
  copy->index = drag->index;
  return copy;
}

static void
sk_step_drag_free (SkStepDrag *drag)
{
  g_free (drag->pathway_id);
  g_free (drag);
}

G_DEFINE_BOXED_TYPE (SkStepDrag, sk_step_drag, sk_step_drag_copy, sk_step_drag_free)

struct _SkPathwayPanel
{
  AdwBin      parent_instance;

  SkDocument *document;
  SkMap      *map;
  char       *selected;
  gboolean    adding_steps;
  gboolean    updating;      /* the rows are being set from the map */
  GdkRGBA     color;         /* the selected pathway's, for the badges */
  guint       error_timeout;
  guint       scroll_tick;
  guint       scroll_frames;

  GtkWidget  *scrolled;
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
  GPtrArray  *step_rows;     /* StepRow, each owned by its row widget */
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
            const GError   *error)
{
  gtk_label_set_text (GTK_LABEL (self->error_label), error->message);
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
        show_error (self, error);
      return error == NULL;
    }
  sk_document_apply (self->document, command);
  g_clear_handle_id (&self->error_timeout, g_source_remove);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->error_revealer), FALSE);
  return TRUE;
}

static GtkWidget *
icon_button (const char *icon_name,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  return button;
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

  prow->panel = self;
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

  /* A mark besides the row's colour, which is not all can see. */
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
        show_error (self, error);
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
  GdkRGBA current;
  double contrast;

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->name_row)), name != NULL ? name : "") != 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), name != NULL ? name : "");
      gtk_widget_remove_css_class (self->name_row, "error");
    }

  color_to_rgba (hex, &self->color);
  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (self->color_button), &current);
  shown = sk_color_to_hex (rgba_to_color (&current));
  if (hex != NULL && g_ascii_strcasecmp (shown, hex) != 0)
    gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->color_button), &self->color);

  /* A facilitator may pick any colour; say so when paper will hide it. */
  contrast = sk_color_contrast (rgba_to_color (&self->color), SK_COLOR_WHITE);
  if (contrast < 3.0)
    /* TRANSLATORS: %.1f is a contrast ratio such as 2.1 */
    subtitle = g_strdup_printf (_("Hard to see on white paper (contrast %.1f:1, at least 3:1 is needed)"), contrast);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->color_row), subtitle != NULL ? subtitle : "");
}

/* --- the steps ----------------------------------------------------------- */

static void
draw_badge (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  StepRow *srow = user_data;
  SkColor text = sk_color_text_on (rgba_to_color (&srow->panel->color));
  g_autofree char *markup = g_strdup_printf ("<b>%u</b>", srow->index + 1);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (area), NULL);
  int text_width, text_height;

  /* The numbered badge of the map, so the list reads like the canvas. */
  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.0, 0, 2 * G_PI);
  gdk_cairo_set_source_rgba (cr, &srow->panel->color);
  cairo_fill (cr);

  pango_layout_set_markup (layout, markup, -1);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  cairo_set_source_rgb (cr, text.red, text.green, text.blue);
  cairo_move_to (cr, (width - text_width) / 2.0, (height - text_height) / 2.0);
  pango_cairo_show_layout (cr, layout);
}

static guint
focused_part (StepRow *srow)
{
  GtkRoot *root = gtk_widget_get_root (srow->row);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL)
    return PART_ROW;
  for (guint part = N_PARTS - 1; part > PART_ROW; part--)
    if (focus == srow->parts[part] || gtk_widget_is_ancestor (focus, srow->parts[part]))
      return part;
  return PART_ROW;
}

static void
focus_step (SkPathwayPanel *self,
            guint           index,
            guint           part)
{
  StepRow *srow;
  GtkWidget *widget;

  if (index >= self->step_rows->len)
    return;
  srow = g_ptr_array_index (self->step_rows, index);
  widget = srow->parts[part];
  if (!gtk_widget_get_sensitive (widget))
    widget = srow->row;
  if (GTK_IS_ENTRY (widget))
    gtk_entry_grab_focus_without_selecting (GTK_ENTRY (widget));
  else
    gtk_widget_grab_focus (widget);
}

/* Moves a step; the focus goes with it, to the same part of its row. */
static void
move_step (SkPathwayPanel *self,
           guint           from,
           int             to,
           guint           part)
{
  g_autoptr(GError) error = NULL;
  SkCommand *command;
  gboolean moves;

  if (get_selected_pathway (self) == NULL || to < 0 || (guint) to >= self->step_rows->len)
    return;
  command = sk_command_new_move_step (self->map, self->selected, from, (guint) to, &error);
  moves = command != NULL;
  if (apply (self, command, error) && moves)
    focus_step (self, (guint) to, part);
}

static void
on_step_up_clicked (GtkButton *button,
                    StepRow   *srow)
{
  /* The rows are refreshed while the command applies: copy first. */
  SkPathwayPanel *self = srow->panel;
  guint index = srow->index;

  move_step (self, index, (int) index - 1, PART_UP);
}

static void
on_step_down_clicked (GtkButton *button,
                      StepRow   *srow)
{
  SkPathwayPanel *self = srow->panel;
  guint index = srow->index;

  move_step (self, index, (int) index + 1, PART_DOWN);
}

static gboolean
on_step_shortcut (GtkWidget *row,
                  GVariant  *args,
                  gpointer   user_data)
{
  StepRow *srow = g_object_get_data (G_OBJECT (row), "sk-step-row");
  SkPathwayPanel *self = srow->panel;
  guint index = srow->index;

  move_step (self, index, (int) index + GPOINTER_TO_INT (user_data), focused_part (srow));
  return TRUE;
}

static void
on_step_remove_clicked (GtkButton *button,
                        StepRow   *srow)
{
  SkPathwayPanel *self = srow->panel;
  guint index = srow->index;
  g_autoptr(GError) error = NULL;
  SkCommand *command;

  if (get_selected_pathway (self) == NULL)
    return;
  command = sk_command_new_remove_step (self->map, self->selected, index, &error);
  if (apply (self, command, error))
    {
      /* The next step takes the place, or the one before at the end. */
      if (self->step_rows->len > 0)
        focus_step (self, MIN (index, self->step_rows->len - 1), PART_REMOVE);
      else
        gtk_widget_grab_focus (self->adding_button);
    }
}

static void
on_step_kind_changed (GtkDropDown *dropdown,
                      GParamSpec  *pspec,
                      StepRow     *srow)
{
  SkPathwayPanel *self = srow->panel;
  guint selected = gtk_drop_down_get_selected (dropdown);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  SkCommand *command;

  if (self->updating || get_selected_pathway (self) == NULL || selected >= G_N_ELEMENTS (step_kinds))
    return;
  path = g_strdup_printf ("steps[%u].kind", srow->index);
  command = sk_command_new_set_string (self->map, SK_KIND_PATHWAY, self->selected, path,
                                       step_kinds[selected].kind, &error);
  apply (self, command, error);
}

static void
on_step_text_changed (GtkEditable *editable,
                      StepRow     *srow)
{
  SkPathwayPanel *self = srow->panel;
  g_autofree char *key = NULL;
  g_autoptr(GError) error = NULL;
  SkCommand *command;

  if (self->updating || get_selected_pathway (self) == NULL)
    return;
  key = g_strdup_printf ("steps[%u].text", srow->index);
  command = sk_command_new_set_text (self->map, SK_KIND_PATHWAY, self->selected, key,
                                     sk_map_get_language (self->map),
                                     gtk_editable_get_text (editable), &error);
  if (apply (self, command, error))
    gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
}

static GdkContentProvider *
on_step_drag_prepare (GtkDragSource *source,
                      double         x,
                      double         y,
                      StepRow       *srow)
{
  SkStepDrag drag = { srow->panel->selected, srow->index };

  if (drag.pathway_id == NULL)
    return NULL;
  srow->drag_x = x;
  srow->drag_y = y;
  return gdk_content_provider_new_typed (sk_step_drag_get_type (), &drag);
}

static void
on_step_drag_begin (GtkDragSource *source,
                    GdkDrag       *drag,
                    StepRow       *srow)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (srow->row);

  gtk_drag_source_set_icon (source, icon, (int) srow->drag_x, (int) srow->drag_y);
}

static gboolean
on_step_drop (GtkDropTarget *target,
              const GValue  *value,
              double         x,
              double         y,
              StepRow       *srow)
{
  SkStepDrag *drag = g_value_get_boxed (value);
  SkPathwayPanel *self = srow->panel;
  guint index = srow->index;

  if (drag == NULL || g_strcmp0 (drag->pathway_id, self->selected) != 0)
    return FALSE;
  move_step (self, drag->index, (int) index, PART_ROW);
  return TRUE;
}

static void
add_step_shortcut (GtkShortcutController *controller,
                   const char            *accelerator,
                   int                    delta)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string (accelerator),
                                            gtk_callback_action_new (on_step_shortcut,
                                                                     GINT_TO_POINTER (delta), NULL));
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

static void
add_step_row (SkPathwayPanel *self)
{
  StepRow *srow = g_new0 (StepRow, 1);
  g_autofree const char **labels = g_new0 (const char *, G_N_ELEMENTS (step_kinds) + 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *names = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (sk_step_drag_get_type (), GDK_ACTION_MOVE);
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  srow->panel = self;
  srow->index = self->step_rows->len;

  srow->badge = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (srow->badge), 28);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (srow->badge), 28);
  gtk_widget_set_valign (srow->badge, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (srow->badge), draw_badge, srow, NULL);

  srow->service = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (srow->service), 0);
  gtk_label_set_ellipsize (GTK_LABEL (srow->service), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (srow->service, "heading");
  srow->level = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (srow->level), 0);
  gtk_widget_add_css_class (srow->level, "caption");
  gtk_widget_add_css_class (srow->level, "dim-label");
  gtk_box_append (GTK_BOX (names), srow->service);
  gtk_box_append (GTK_BOX (names), srow->level);
  gtk_widget_set_hexpand (names, TRUE);
  gtk_widget_set_valign (names, GTK_ALIGN_CENTER);

  srow->parts[PART_UP] = icon_button ("go-up-symbolic", _("Move Step Up (Alt+Up)"));
  srow->parts[PART_DOWN] = icon_button ("go-down-symbolic", _("Move Step Down (Alt+Down)"));
  srow->parts[PART_REMOVE] = icon_button ("user-trash-symbolic", _("Remove Step"));
  g_signal_connect (srow->parts[PART_UP], "clicked", G_CALLBACK (on_step_up_clicked), srow);
  g_signal_connect (srow->parts[PART_DOWN], "clicked", G_CALLBACK (on_step_down_clicked), srow);
  g_signal_connect (srow->parts[PART_REMOVE], "clicked", G_CALLBACK (on_step_remove_clicked), srow);

  gtk_box_append (GTK_BOX (header), srow->badge);
  gtk_box_append (GTK_BOX (header), names);
  gtk_box_append (GTK_BOX (header), srow->parts[PART_UP]);
  gtk_box_append (GTK_BOX (header), srow->parts[PART_DOWN]);
  gtk_box_append (GTK_BOX (header), srow->parts[PART_REMOVE]);

  for (guint i = 0; i < G_N_ELEMENTS (step_kinds); i++)
    labels[i] = _(step_kinds[i].label);
  srow->parts[PART_KIND] = gtk_drop_down_new_from_strings (labels);
  gtk_accessible_update_property (GTK_ACCESSIBLE (srow->parts[PART_KIND]),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Kind of step"), -1);
  g_signal_connect (srow->parts[PART_KIND], "notify::selected", G_CALLBACK (on_step_kind_changed), srow);

  srow->parts[PART_TEXT] = gtk_entry_new ();
  /* Ctrl+Z is the map's undo, not the entry's own. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (srow->parts[PART_TEXT]), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (srow->parts[PART_TEXT]),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("What happens in this step"), -1);
  g_signal_connect (srow->parts[PART_TEXT], "changed", G_CALLBACK (on_step_text_changed), srow);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), srow->parts[PART_KIND]);
  gtk_box_append (GTK_BOX (box), srow->parts[PART_TEXT]);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 10);
  gtk_widget_set_margin_end (box, 6);

  srow->row = srow->parts[PART_ROW] = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (srow->row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (srow->row), box);
  g_object_set_data_full (G_OBJECT (srow->row), "sk-step-row", srow, g_free);

  /* Dragging starts on the header only: below it, the drop-down and the
   * entry keep their own clicks and text selection. */
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_step_drag_prepare), srow);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_step_drag_begin), srow);
  gtk_widget_add_controller (header, GTK_EVENT_CONTROLLER (source));
  gtk_widget_set_cursor_from_name (header, "grab");
  g_signal_connect (target, "drop", G_CALLBACK (on_step_drop), srow);
  gtk_widget_add_controller (srow->row, GTK_EVENT_CONTROLLER (target));

  add_step_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Alt>Up", -1);
  add_step_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Alt>Down", 1);
  gtk_widget_add_controller (srow->row, shortcuts);

  gtk_list_box_append (GTK_LIST_BOX (self->step_list), srow->row);
  g_ptr_array_add (self->step_rows, srow);
}

static void
update_step_row (SkPathwayPanel *self,
                 StepRow        *srow,
                 SkPathway      *pathway,
                 JsonObject     *step,
                 guint           n_steps)
{
  const char *lang = sk_map_get_language (self->map);
  const char *service_id = sk_pathway_get_step_service (pathway, srow->index);
  const char *kind = sk_pathway_get_step_kind (pathway, srow->index);
  SkItem *service = sk_map_lookup (self->map, SK_KIND_SERVICE, service_id);
  JsonNode *text_node = json_object_get_member (step, "text");
  JsonObject *text_object = text_node != NULL && JSON_NODE_HOLDS_OBJECT (text_node)
                            ? json_node_get_object (text_node) : NULL;
  const char *text = sk_text_get (text_object, lang);
  const char *other = sk_text_get_best (text_object, lang);
  const char *name;
  const char *level_id;
  guint kind_index = GTK_INVALID_LIST_POSITION;
  g_autofree char *level = NULL;
  g_autofree char *description = NULL;

  if (service != NULL)
    {
      name = sk_service_get_name (SK_SERVICE (service), lang);
      level_id = sk_service_get_level_id (SK_SERVICE (service));
      if (level_id == NULL)
        level = g_strdup (_("Beside the pyramid"));
      else
        level = g_strdup_printf (_("Level %u"), sk_map_get_level_number (self->map, level_id));
    }
  else
    {
      name = service_id;
      level = g_strdup (_("Unknown service"));
    }
  gtk_label_set_text (GTK_LABEL (srow->service), name);
  gtk_widget_set_tooltip_text (srow->service, name);
  gtk_label_set_text (GTK_LABEL (srow->level), level);
  gtk_widget_queue_draw (srow->badge);

  for (guint i = 0; i < G_N_ELEMENTS (step_kinds); i++)
    if (g_strcmp0 (kind, step_kinds[i].kind) == 0)
      kind_index = i;
  if (gtk_drop_down_get_selected (GTK_DROP_DOWN (srow->parts[PART_KIND])) != kind_index)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (srow->parts[PART_KIND]), kind_index);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (srow->parts[PART_TEXT])), text != NULL ? text : "") != 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (srow->parts[PART_TEXT]), text != NULL ? text : "");
      gtk_widget_remove_css_class (srow->parts[PART_TEXT], "error");
    }
  /* A text only in another language is shown as a hint to translate. */
  gtk_entry_set_placeholder_text (GTK_ENTRY (srow->parts[PART_TEXT]),
                                  text == NULL && *other != '\0' ? other : _("What happens here, in a sentence or two"));

  gtk_widget_set_sensitive (srow->parts[PART_UP], srow->index > 0);
  gtk_widget_set_sensitive (srow->parts[PART_DOWN], srow->index + 1 < n_steps);

  /* TRANSLATORS: a step for screen readers: "Step 2: Helsestasjon, Assess" */
  description = g_strdup_printf (_("Step %u: %s, %s"), srow->index + 1, name,
                                 kind_index < G_N_ELEMENTS (step_kinds) ? _(step_kinds[kind_index].label) : kind);
  gtk_accessible_update_property (GTK_ACCESSIBLE (srow->row), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
}

static void
refresh_steps (SkPathwayPanel *self,
               SkPathway      *pathway)
{
  JsonArray *steps = pathway != NULL ? sk_item_get_array (SK_ITEM (pathway), "steps") : NULL;
  guint n = pathway != NULL ? sk_pathway_get_n_steps (pathway) : 0;

  while (self->step_rows->len > n)
    {
      StepRow *srow = g_ptr_array_steal_index (self->step_rows, self->step_rows->len - 1);
      gtk_list_box_remove (GTK_LIST_BOX (self->step_list), srow->row);
    }
  while (self->step_rows->len < n)
    add_step_row (self);
  for (guint i = 0; i < n; i++)
    update_step_row (self, g_ptr_array_index (self->step_rows, i), pathway,
                     json_array_get_object_element (steps, i), n);
}

/* The kind a new step most likely has: the first notices; going up the
 * pyramid is a referral and coming down a return to follow-up, as in the
 * pathways of Barn og unges helsetjeneste; the rest are measures. */
static const char *
guess_step_kind (SkPathwayPanel *self,
                 SkPathway      *pathway,
                 const char     *service_id)
{
  guint n = sk_pathway_get_n_steps (pathway);
  SkItem *previous, *next;
  guint from, to;

  if (n == 0)
    return "notice";
  previous = sk_map_lookup (self->map, SK_KIND_SERVICE, sk_pathway_get_step_service (pathway, n - 1));
  next = sk_map_lookup (self->map, SK_KIND_SERVICE, service_id);
  if (previous == NULL || next == NULL)
    return "intervene";
  from = sk_map_get_level_number (self->map, sk_service_get_level_id (SK_SERVICE (previous)));
  to = sk_map_get_level_number (self->map, sk_service_get_level_id (SK_SERVICE (next)));
  if (from > 0 && to > from)
    return "refer";
  if (to > 0 && to < from)
    return "follow-up";
  return "intervene";
}

/* Scrolls to the new step on the second frame: the first lays it out. */
static gboolean
scroll_to_end (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  SkPathwayPanel *self = user_data;
  GtkAdjustment *adjustment;

  if (self->scroll_frames++ < 1)
    return G_SOURCE_CONTINUE;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment)
                                        - gtk_adjustment_get_page_size (adjustment));
  self->scroll_tick = 0;
  return G_SOURCE_REMOVE;
}

void
sk_pathway_panel_add_step (SkPathwayPanel *self,
                           const char     *service_id)
{
  g_autoptr(GError) error = NULL;
  SkPathway *pathway;
  SkCommand *command;

  g_return_if_fail (SK_IS_PATHWAY_PANEL (self));
  g_return_if_fail (service_id != NULL);

  if ((pathway = get_selected_pathway (self)) == NULL)
    return;
  command = sk_command_new_add_step (self->map, self->selected, -1, service_id,
                                     guess_step_kind (self, pathway, service_id), NULL, &error);
  if (apply (self, command, error) && self->scroll_tick == 0)
    {
      self->scroll_frames = 0;
      self->scroll_tick = gtk_widget_add_tick_callback (self->scrolled, scroll_to_end, self, NULL);
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
  refresh_steps (self, pathway);
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
  g_signal_handlers_disconnect_by_data (self->map, self);
  g_signal_handlers_disconnect_by_data (sk_map_get_pathways (self->map), self);
  g_signal_handlers_disconnect_by_data (sk_map_get_services (self->map), self);
  g_signal_handlers_disconnect_by_data (sk_map_get_levels (self->map), self);
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
      /* Every change may show here: names and colours of pathways, steps,
       * the names and levels of the services the steps sit on. */
      g_signal_connect_swapped (self->map, "item-changed", G_CALLBACK (refresh), self);
      g_signal_connect_swapped (sk_map_get_pathways (self->map), "items-changed", G_CALLBACK (refresh), self);
      g_signal_connect_swapped (sk_map_get_services (self->map), "items-changed", G_CALLBACK (refresh), self);
      g_signal_connect_swapped (sk_map_get_levels (self->map), "items-changed", G_CALLBACK (refresh), self);
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
  if (self->scroll_tick != 0)
    {
      gtk_widget_remove_tick_callback (self->scrolled, self->scroll_tick);
      self->scroll_tick = 0;
    }

  G_OBJECT_CLASS (sk_pathway_panel_parent_class)->dispose (object);
}

static void
sk_pathway_panel_finalize (GObject *object)
{
  SkPathwayPanel *self = SK_PATHWAY_PANEL (object);

  g_free (self->selected);
  g_ptr_array_unref (self->pathway_rows);
  g_ptr_array_unref (self->step_rows);

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
  GtkWidget *placeholder;
  GtkWidget *delete;

  self->pathway_rows = g_ptr_array_new ();
  self->step_rows = g_ptr_array_new ();

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
  gtk_widget_set_valign (self->adding_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->adding_button, _("While on, each card clicked on the map becomes the next step"));
  g_signal_connect (self->adding_button, "toggled", G_CALLBACK (on_adding_toggled), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->steps_group), self->adding_button);

  self->step_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->step_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->step_list, "boxed-list");
  placeholder = gtk_label_new (_("No steps yet. Turn on Add Steps and click the cards on the map in order."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_label_set_justify (GTK_LABEL (placeholder), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->step_list), placeholder);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->steps_group), self->step_list);
  gtk_box_append (GTK_BOX (content), self->steps_group);

  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (self->scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), content);
  adw_bin_set_child (ADW_BIN (self), self->scrolled);

  refresh (self);
}

GtkWidget *
sk_pathway_panel_new (void)
{
  return g_object_new (SK_TYPE_PATHWAY_PANEL, NULL);
}
