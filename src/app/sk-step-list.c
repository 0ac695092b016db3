/* sk-step-list.c — one pathway's steps, edited in place (a part of the
 * pathway panel)
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row per step: its number in the pathway's colour, the service it sits
 * on, its kind and its text. Steps move by drag and drop, by Alt+Up and
 * Alt+Down on a row, or by the small arrow buttons, and the focus moves
 * with them, so a key pressed again moves the same step further.
 *
 * Rows stand for places in the pathway, not for steps: on any change of the
 * map the rows are refreshed in place, and an entry's text is only set
 * when it differs from the map's, so typing is never disturbed.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-color.h"
#include "sk-commands.h"
#include "sk-pathway.h"
#include "sk-service.h"
#include "sk-step-list.h"
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

/* The parts of a row that can hold the focus, so that the focus can
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
  SkStepList *owner;
  GtkWidget  *row;
  GtkWidget  *parts[N_PARTS];
  GtkWidget  *badge;
  GtkWidget  *service;
  GtkWidget  *level;
  guint       index;
  double      drag_x;
  double      drag_y;
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

struct _SkStepList
{
  AdwBin      parent_instance;

  SkDocument *document;
  SkMap      *map;
  char       *pathway_id;
  gboolean    updating;      /* the rows are being set from the map */
  GdkRGBA     color;         /* the pathway's, for the badges */
  guint       scroll_tick;
  guint       scroll_frames;

  GtkWidget  *list_box;
  GPtrArray  *rows;          /* StepRow, each owned by its row widget */
};

G_DEFINE_FINAL_TYPE (SkStepList, sk_step_list, ADW_TYPE_BIN)

enum {
  ERROR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* --- helpers ----------------------------------------------------------- */

static SkPathway *
get_pathway (SkStepList *self)
{
  if (self->map == NULL || self->pathway_id == NULL)
    return NULL;
  return SK_PATHWAY (sk_map_lookup (self->map, SK_KIND_PATHWAY, self->pathway_id));
}

static SkColor
rgba_to_color (const GdkRGBA *rgba)
{
  return (SkColor) { rgba->red, rgba->green, rgba->blue };
}

/* Applies @command (taking it); or tells @error, if the constructor set
 * one. A NULL command without an error changed nothing and is no failure. */
static gboolean
apply (SkStepList   *self,
       SkCommand    *command,
       const GError *error)
{
  if (command == NULL)
    {
      if (error != NULL)
        g_signal_emit (self, signals[ERROR], 0, error->message);
      return error == NULL;
    }
  sk_document_apply (self->document, command);
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

static void
draw_badge (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  StepRow *srow = user_data;
  const GdkRGBA *color = &srow->owner->color;
  SkColor text = sk_color_text_on (rgba_to_color (color));
  g_autofree char *markup = g_strdup_printf ("<b>%u</b>", srow->index + 1);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (area), NULL);
  int text_width, text_height;

  /* The numbered badge of the map, so the list reads like the canvas. */
  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.0, 0, 2 * G_PI);
  gdk_cairo_set_source_rgba (cr, color);
  cairo_fill (cr);

  pango_layout_set_markup (layout, markup, -1);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  cairo_set_source_rgb (cr, text.red, text.green, text.blue);
  cairo_move_to (cr, (width - text_width) / 2.0, (height - text_height) / 2.0);
  pango_cairo_show_layout (cr, layout);
}

/* --- moving, removing, editing ----------------------------------------- */

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
focus_step (SkStepList *self,
            guint       index,
            guint       part)
{
  StepRow *srow;
  GtkWidget *widget;

  if (index >= self->rows->len)
    return;
  srow = g_ptr_array_index (self->rows, index);
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
move_step (SkStepList *self,
           guint       from,
           int         to,
           guint       part)
{
  g_autoptr(GError) error = NULL;
  SkCommand *command;
  gboolean moves;

  if (get_pathway (self) == NULL || to < 0 || (guint) to >= self->rows->len)
    return;
  command = sk_command_new_move_step (self->map, self->pathway_id, from, (guint) to, &error);
  moves = command != NULL;
  if (apply (self, command, error) && moves)
    focus_step (self, (guint) to, part);
}

/* The handlers below copy what they need from the row first: the rows are
 * refreshed while a command applies, and the row may be gone after. */

static void
on_up_clicked (GtkButton *button,
               StepRow   *srow)
{
  SkStepList *self = srow->owner;
  guint index = srow->index;

  move_step (self, index, (int) index - 1, PART_UP);
}

static void
on_down_clicked (GtkButton *button,
                 StepRow   *srow)
{
  SkStepList *self = srow->owner;
  guint index = srow->index;

  move_step (self, index, (int) index + 1, PART_DOWN);
}

static gboolean
on_move_shortcut (GtkWidget *row,
                  GVariant  *args,
                  gpointer   user_data)
{
  StepRow *srow = g_object_get_data (G_OBJECT (row), "sk-step-row");
  SkStepList *self = srow->owner;
  guint index = srow->index;
  guint part = focused_part (srow);

  move_step (self, index, (int) index + GPOINTER_TO_INT (user_data), part);
  return TRUE;
}

static void
on_remove_clicked (GtkButton *button,
                   StepRow   *srow)
{
  SkStepList *self = srow->owner;
  guint index = srow->index;
  g_autoptr(GError) error = NULL;
  SkCommand *command;

  if (get_pathway (self) == NULL)
    return;
  command = sk_command_new_remove_step (self->map, self->pathway_id, index, &error);
  /* The next step takes the focus, or the one before at the end; the row,
   * not its remove button, so that a second Enter removes nothing. */
  if (apply (self, command, error) && self->rows->len > 0)
    focus_step (self, MIN (index, self->rows->len - 1), PART_ROW);
}

static void
on_kind_changed (GtkDropDown *dropdown,
                 GParamSpec  *pspec,
                 StepRow     *srow)
{
  SkStepList *self = srow->owner;
  guint selected = gtk_drop_down_get_selected (dropdown);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  SkCommand *command;

  if (self->updating || get_pathway (self) == NULL || selected >= G_N_ELEMENTS (step_kinds))
    return;
  path = g_strdup_printf ("steps[%u].kind", srow->index);
  command = sk_command_new_set_string (self->map, SK_KIND_PATHWAY, self->pathway_id, path,
                                       step_kinds[selected].kind, &error);
  apply (self, command, error);
}

static void
on_text_changed (GtkEditable *editable,
                 StepRow     *srow)
{
  SkStepList *self = srow->owner;
  g_autofree char *key = NULL;
  g_autoptr(GError) error = NULL;
  SkCommand *command;

  if (self->updating || get_pathway (self) == NULL)
    return;
  /* Applied at every keystroke: the undo stack merges them into one. */
  key = g_strdup_printf ("steps[%u].text", srow->index);
  command = sk_command_new_set_text (self->map, SK_KIND_PATHWAY, self->pathway_id, key,
                                     sk_map_get_language (self->map),
                                     gtk_editable_get_text (editable), &error);
  if (apply (self, command, error))
    gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
}

/* --- drag and drop ------------------------------------------------------- */

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 StepRow       *srow)
{
  SkStepDrag drag = { srow->owner->pathway_id, srow->index };

  if (drag.pathway_id == NULL)
    return NULL;
  srow->drag_x = x;
  srow->drag_y = y;
  return gdk_content_provider_new_typed (sk_step_drag_get_type (), &drag);
}

static void
on_drag_begin (GtkDragSource *source,
               GdkDrag       *drag,
               StepRow       *srow)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (srow->row);

  gtk_drag_source_set_icon (source, icon, (int) srow->drag_x, (int) srow->drag_y);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         StepRow       *srow)
{
  SkStepDrag *drag = g_value_get_boxed (value);
  SkStepList *self = srow->owner;
  guint index = srow->index;

  if (drag == NULL || g_strcmp0 (drag->pathway_id, self->pathway_id) != 0)
    return FALSE;
  move_step (self, drag->index, (int) index, PART_ROW);
  return TRUE;
}

/* --- the rows ------------------------------------------------------------ */

static void
add_move_shortcut (GtkShortcutController *controller,
                   const char            *accelerator,
                   int                    delta)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string (accelerator),
                                            gtk_callback_action_new (on_move_shortcut,
                                                                     GINT_TO_POINTER (delta), NULL));
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

static GtkWidget *
new_header (StepRow *srow)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *names = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

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
  g_signal_connect (srow->parts[PART_UP], "clicked", G_CALLBACK (on_up_clicked), srow);
  g_signal_connect (srow->parts[PART_DOWN], "clicked", G_CALLBACK (on_down_clicked), srow);
  g_signal_connect (srow->parts[PART_REMOVE], "clicked", G_CALLBACK (on_remove_clicked), srow);

  gtk_box_append (GTK_BOX (header), srow->badge);
  gtk_box_append (GTK_BOX (header), names);
  gtk_box_append (GTK_BOX (header), srow->parts[PART_UP]);
  gtk_box_append (GTK_BOX (header), srow->parts[PART_DOWN]);
  gtk_box_append (GTK_BOX (header), srow->parts[PART_REMOVE]);
  return header;
}

static void
add_row (SkStepList *self)
{
  StepRow *srow = g_new0 (StepRow, 1);
  g_autofree const char **labels = g_new0 (const char *, G_N_ELEMENTS (step_kinds) + 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header;
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (sk_step_drag_get_type (), GDK_ACTION_MOVE);
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  srow->owner = self;
  srow->index = self->rows->len;
  header = new_header (srow);

  for (guint i = 0; i < G_N_ELEMENTS (step_kinds); i++)
    labels[i] = _(step_kinds[i].label);
  srow->parts[PART_KIND] = gtk_drop_down_new_from_strings (labels);
  gtk_accessible_update_property (GTK_ACCESSIBLE (srow->parts[PART_KIND]),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Kind of step"), -1);
  g_signal_connect (srow->parts[PART_KIND], "notify::selected", G_CALLBACK (on_kind_changed), srow);

  srow->parts[PART_TEXT] = gtk_entry_new ();
  /* Ctrl+Z is the map's undo, not the entry's own. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (srow->parts[PART_TEXT]), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (srow->parts[PART_TEXT]),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("What happens in this step"), -1);
  g_signal_connect (srow->parts[PART_TEXT], "changed", G_CALLBACK (on_text_changed), srow);

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
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), srow);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin), srow);
  gtk_widget_add_controller (header, GTK_EVENT_CONTROLLER (source));
  gtk_widget_set_cursor_from_name (header, "grab");
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), srow);
  gtk_widget_add_controller (srow->row, GTK_EVENT_CONTROLLER (target));

  add_move_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Alt>Up", -1);
  add_move_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Alt>Down", 1);
  gtk_widget_add_controller (srow->row, shortcuts);

  gtk_list_box_append (GTK_LIST_BOX (self->list_box), srow->row);
  g_ptr_array_add (self->rows, srow);
}

static void
update_row (SkStepList *self,
            StepRow    *srow,
            SkPathway  *pathway,
            JsonObject *step,
            guint       n_steps)
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
refresh (SkStepList *self)
{
  SkPathway *pathway = get_pathway (self);
  JsonArray *steps = pathway != NULL ? sk_item_get_array (SK_ITEM (pathway), "steps") : NULL;
  guint n = pathway != NULL ? sk_pathway_get_n_steps (pathway) : 0;
  SkColor color = sk_color_parse (pathway != NULL ? sk_pathway_get_color (pathway) : "#000000");

  self->updating = TRUE;
  self->color = (GdkRGBA) { color.red, color.green, color.blue, 1 };
  while (self->rows->len > n)
    {
      StepRow *srow = g_ptr_array_steal_index (self->rows, self->rows->len - 1);
      gtk_list_box_remove (GTK_LIST_BOX (self->list_box), srow->row);
    }
  while (self->rows->len < n)
    add_row (self);
  for (guint i = 0; i < n; i++)
    update_row (self, g_ptr_array_index (self->rows, i), pathway,
                json_array_get_object_element (steps, i), n);
  self->updating = FALSE;
}

/* --- appending ----------------------------------------------------------- */

/* The kind a new step most likely has: the first notices; going up the
 * pyramid is a referral and coming down a return to follow-up, as in the
 * pathways of Barn og unges helsetjeneste; the rest are measures. */
static const char *
guess_kind (SkStepList *self,
            SkPathway  *pathway,
            const char *service_id)
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

/* Scrolls to the new step on the second frame: the first lays it out.
 * (GTK 4.8 has no way to scroll a widget into view without focusing it,
 * and the focus belongs to the map being clicked.) */
static gboolean
scroll_to_end (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  SkStepList *self = SK_STEP_LIST (widget);
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;

  if (self->scroll_frames++ < 1)
    return G_SOURCE_CONTINUE;
  self->scroll_tick = 0;
  if (scrolled == NULL)
    return G_SOURCE_REMOVE;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment)
                                        - gtk_adjustment_get_page_size (adjustment));
  return G_SOURCE_REMOVE;
}

gboolean
sk_step_list_append (SkStepList *self,
                     const char *service_id)
{
  g_autoptr(GError) error = NULL;
  SkPathway *pathway;
  SkCommand *command;

  g_return_val_if_fail (SK_IS_STEP_LIST (self), FALSE);
  g_return_val_if_fail (service_id != NULL, FALSE);

  if ((pathway = get_pathway (self)) == NULL)
    return FALSE;
  command = sk_command_new_add_step (self->map, self->pathway_id, -1, service_id,
                                     guess_kind (self, pathway, service_id), NULL, &error);
  if (!apply (self, command, error))
    return FALSE;
  if (self->scroll_tick == 0)
    {
      self->scroll_frames = 0;
      self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_end, NULL, NULL);
    }
  return TRUE;
}

/* --- the widget ---------------------------------------------------------- */

static void
disconnect_map (SkStepList *self)
{
  if (self->map == NULL)
    return;
  g_signal_handlers_disconnect_by_data (sk_document_get_undo_stack (self->document), self);
  g_clear_object (&self->map);
}

void
sk_step_list_set_pathway (SkStepList *self,
                          SkDocument *document,
                          const char *pathway_id)
{
  g_return_if_fail (SK_IS_STEP_LIST (self));
  g_return_if_fail (document == NULL || SK_IS_DOCUMENT (document));

  if (document == NULL)
    pathway_id = NULL;
  if (self->document == document && g_strcmp0 (self->pathway_id, pathway_id) == 0)
    return;

  if (self->document != document)
    {
      disconnect_map (self);
      g_set_object (&self->document, document);
      if (document != NULL)
        {
          self->map = g_object_ref (sk_document_get_map (document));
          /* The steps, and the names and levels of their services: once
           * per step of the undo stack, through which every change goes. */
          g_signal_connect_swapped (sk_document_get_undo_stack (document), "changed", G_CALLBACK (refresh), self);
        }
    }
  g_free (self->pathway_id);
  self->pathway_id = g_strdup (pathway_id);
  refresh (self);
}

static void
sk_step_list_dispose (GObject *object)
{
  SkStepList *self = SK_STEP_LIST (object);

  disconnect_map (self);
  g_clear_object (&self->document);
  if (self->scroll_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
      self->scroll_tick = 0;
    }

  G_OBJECT_CLASS (sk_step_list_parent_class)->dispose (object);
}

static void
sk_step_list_finalize (GObject *object)
{
  SkStepList *self = SK_STEP_LIST (object);

  g_free (self->pathway_id);
  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (sk_step_list_parent_class)->finalize (object);
}

static void
sk_step_list_class_init (SkStepListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sk_step_list_dispose;
  object_class->finalize = sk_step_list_finalize;

  /**
   * SkStepList::error:
   * @message: why an edit was refused
   */
  signals[ERROR] =
    g_signal_new ("error",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
sk_step_list_init (SkStepList *self)
{
  GtkWidget *placeholder;

  self->rows = g_ptr_array_new ();

  self->list_box = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list_box, "boxed-list");
  placeholder = gtk_label_new (_("No steps yet. Turn on Add Steps and click the cards on the map in order."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_label_set_justify (GTK_LABEL (placeholder), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list_box), placeholder);
  adw_bin_set_child (ADW_BIN (self), self->list_box);
}

GtkWidget *
sk_step_list_new (void)
{
  return g_object_new (SK_TYPE_STEP_LIST, NULL);
}
