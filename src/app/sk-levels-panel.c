/* sk-levels-panel.c — the levels and sectors: add, rename, recolour,
 * reorder, delete
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two lists of the same shape, one for the pyramid's levels (level 1, the
 * bottom, first, as the map numbers them) and one for the legend's sectors.
 * Each row edits the name in the map's language and the colour, moves the
 * level or sector, or deletes it; a level or sector that services use is
 * only deleted with a place for those services to go.
 *
 * As in the pathway panel, rows stand for places in the list and are
 * refreshed in place on every change of the map, so typing, undo and
 * reordering never disturb the entry that has the focus.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-color.h"
#include "sk-commands.h"
#include "sk-levels-panel.h"
#include "sk-service.h"
#include "sk-text.h"

/* Band colours: light, so that dark text on them reads well. */
static const char * const level_palette[] = {
  "#e1f3e3", "#f2efc4", "#fcdcb4", "#f8c2a6", "#f1a7a9", "#dce8f5", "#e8def3",
  "#e6e6e6",
};

/* Legend colours: strong enough for symbols on white paper. */
static const char * const sector_palette[] = {
  "#1f63a8", "#2b7a3b", "#7b3f9e", "#b8312f", "#9b3d6b", "#00727d", "#866a00",
  "#4a5568", "#c75000", "#0b7a75",
};

/* The symbols of the file format; a new sector takes the least used. */
static const char * const sector_icons[] = {
  "health", "education", "child-welfare", "welfare", "family", "county",
  "voluntary", "state",
};

/* The parts of a row that can hold the focus, so that it can follow a
 * level that moves. */
enum {
  PART_NAME,
  PART_COLOR,
  PART_UP,
  PART_DOWN,
  PART_REMOVE,
  N_PARTS
};

typedef struct _Section Section;

typedef struct
{
  Section   *section;
  GtkWidget *row;
  GtkWidget *title;
  GtkWidget *parts[N_PARTS];
  guint      index;
} ItemRow;

struct _Section
{
  SkLevelsPanel *panel;
  SkKind         kind;
  GtkWidget     *group;
  GtkWidget     *list_box;
  GtkWidget     *add_popover;
  GtkWidget     *add_entry;
  GPtrArray     *rows;  /* ItemRow, each owned by its row widget */
};

struct _SkLevelsPanel
{
  AdwBin      parent_instance;

  SkDocument *document;
  SkMap      *map;
  gboolean    updating;  /* the rows are being set from the map */
  guint       error_timeout;

  GtkWidget  *error_revealer;
  GtkWidget  *error_label;
  Section     levels;
  Section     sectors;
};

G_DEFINE_FINAL_TYPE (SkLevelsPanel, sk_levels_panel, ADW_TYPE_BIN)

/* --- helpers ----------------------------------------------------------- */

static GListModel *
section_list (Section *section)
{
  return sk_map_get_list (section->panel->map, section->kind);
}

static gboolean
hide_error (gpointer user_data)
{
  SkLevelsPanel *self = user_data;

  self->error_timeout = 0;
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->error_revealer), FALSE);
  return G_SOURCE_REMOVE;
}

static void
show_error (SkLevelsPanel *self,
            const char    *message)
{
  gtk_label_set_text (GTK_LABEL (self->error_label), message);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->error_revealer), TRUE);
  g_clear_handle_id (&self->error_timeout, g_source_remove);
  self->error_timeout = g_timeout_add_seconds (8, hide_error, self);
}

/* Applies @command (taking it); or shows @error, if the constructor set
 * one. A NULL command without an error changed nothing and is no failure. */
static gboolean
apply (SkLevelsPanel *self,
       SkCommand     *command,
       const GError  *error)
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

static GtkWidget *
icon_button (const char *icon_name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

static void
set_tooltip (GtkWidget  *widget,
             const char *tooltip)
{
  gtk_widget_set_tooltip_text (widget, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
}

/* Of @choices, the value of @key that the fewest items of @list have, the
 * earliest of those; for colours, @min_contrast on white skips the faint. */
static const char *
pick_least_used (GListModel        *list,
                 const char         *key,
                 const char * const *choices,
                 guint               n_choices,
                 double              min_contrast)
{
  guint n = g_list_model_get_n_items (list);
  guint best_uses = G_MAXUINT;
  const char *best = choices[0];

  for (guint i = 0; i < n_choices; i++)
    {
      guint uses = 0;

      if (min_contrast > 0
          && sk_color_contrast (sk_color_parse (choices[i]), SK_COLOR_WHITE) < min_contrast)
        continue;
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(SkItem) item = g_list_model_get_item (list, j);
          const char *value = sk_item_get_string (item, key);

          if (value != NULL && g_ascii_strcasecmp (value, choices[i]) == 0)
            uses++;
        }
      if (uses < best_uses)
        {
          best = choices[i];
          best_uses = uses;
        }
    }
  return best;
}

/* "Level 2: Lavterskel hjelp i kommunen", or a sector's name. */
static char *
describe_item (SkLevelsPanel *self,
               SkKind         kind,
               SkItem        *item,
               guint          index)
{
  const char *name = sk_item_get_text (item, "name", sk_map_get_language (self->map));

  if (*name == '\0')
    name = sk_item_get_id (item);
  if (kind == SK_KIND_LEVEL)
    /* TRANSLATORS: a level in a list: "Level 2: Lavterskel hjelp i kommunen" */
    return g_strdup_printf (_("Level %u: %s"), index + 1, name);
  return g_strdup (name);
}

/* --- editing a row ------------------------------------------------------- */

static char *
row_item_id (ItemRow *irow)
{
  g_autoptr(SkItem) item = g_list_model_get_item (section_list (irow->section), irow->index);

  return item != NULL ? g_strdup (sk_item_get_id (item)) : NULL;
}

static void
on_name_changed (GtkEditable *editable,
                 ItemRow     *irow)
{
  SkLevelsPanel *self = irow->section->panel;
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;
  SkCommand *command;

  if (self->updating || self->map == NULL || (id = row_item_id (irow)) == NULL)
    return;
  command = sk_command_new_set_text (self->map, irow->section->kind, id, "name",
                                     sk_map_get_language (self->map),
                                     gtk_editable_get_text (editable), &error);
  if (apply (self, command, error))
    gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
}

static void
on_color_set (GtkColorButton *button,
              ItemRow        *irow)
{
  SkLevelsPanel *self = irow->section->panel;
  g_autofree char *id = NULL;
  g_autofree char *hex = NULL;
  g_autoptr(GError) error = NULL;
  SkCommand *command;
  GdkRGBA rgba;

  if (self->updating || self->map == NULL || (id = row_item_id (irow)) == NULL)
    return;
  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (button), &rgba);
  hex = sk_color_to_hex ((SkColor) { rgba.red, rgba.green, rgba.blue });
  command = sk_command_new_set_string (self->map, irow->section->kind, id, "color", hex, &error);
  apply (self, command, error);
}

static void
focus_row (Section *section,
           guint    index,
           guint    part)
{
  ItemRow *irow;
  GtkWidget *widget;

  if (index >= section->rows->len)
    return;
  irow = g_ptr_array_index (section->rows, index);
  widget = irow->parts[part];
  if (!gtk_widget_get_sensitive (widget))
    widget = irow->parts[PART_NAME];
  if (GTK_IS_ENTRY (widget))
    gtk_entry_grab_focus_without_selecting (GTK_ENTRY (widget));
  else
    gtk_widget_grab_focus (widget);
}

/* Moves a level or sector; the focus goes with it, so a button pressed
 * again moves it further. */
static void
move_item (ItemRow *irow,
           int      delta,
           guint    part)
{
  /* The rows are refreshed while the command applies: copy first. */
  Section *section = irow->section;
  SkLevelsPanel *self = section->panel;
  int to = (int) irow->index + delta;
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;
  SkCommand *command;
  gboolean moves;

  if (self->map == NULL || to < 0 || (guint) to >= section->rows->len
      || (id = row_item_id (irow)) == NULL)
    return;
  command = sk_command_new_reorder (self->map, section->kind, id, (guint) to, &error);
  moves = command != NULL;
  if (apply (self, command, error) && moves)
    focus_row (section, (guint) to, part);
}

static void
on_up_clicked (GtkButton *button,
               ItemRow   *irow)
{
  move_item (irow, -1, PART_UP);
}

static void
on_down_clicked (GtkButton *button,
                 ItemRow   *irow)
{
  move_item (irow, 1, PART_DOWN);
}

/* --- deleting ------------------------------------------------------------ */

static void
remove_item (SkLevelsPanel *self,
             SkKind         kind,
             const char    *id,
             const char    *replacement_id)
{
  Section *section = kind == SK_KIND_LEVEL ? &self->levels : &self->sectors;
  int index = sk_map_get_position (self->map, kind, id);
  g_autoptr(GError) error = NULL;
  SkCommand *command;

  command = sk_command_new_remove (self->map, kind, id, replacement_id, NULL, &error);
  if (!apply (self, command, error))
    return;
  /* The next row takes the place, or the one before at the end; its name,
   * not its delete button, so that a second Enter deletes nothing. */
  if (section->rows->len > 0 && index >= 0)
    focus_row (section, MIN ((guint) index, section->rows->len - 1), PART_NAME);
}

static void
on_replacement_response (AdwMessageDialog *dialog,
                         const char       *response,
                         SkLevelsPanel    *self)
{
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (dialog), "sk-dropdown");
  const char * const *others = g_object_get_data (G_OBJECT (dialog), "sk-others");
  const char *id = g_object_get_data (G_OBJECT (dialog), "sk-id");
  SkKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "sk-kind"));
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (!g_str_equal (response, "delete") || self->map == NULL
      || selected >= g_strv_length ((char **) others))
    return;
  remove_item (self, kind, id, others[selected]);
}

/* Asks where the services of the level or sector go, then deletes it. */
static void
ask_replacement (SkLevelsPanel *self,
                 SkKind         kind,
                 const char    *id,
                 guint          n_services)
{
  GListModel *list = sk_map_get_list (self->map, kind);
  guint n = g_list_model_get_n_items (list);
  int index = sk_map_get_position (self->map, kind, id);
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *name = sk_map_describe (self->map, kind, id);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;
  GtkWidget *dropdown;

  if (!GTK_IS_WINDOW (root))
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkItem) item = g_list_model_get_item (list, i);

      if (g_strcmp0 (sk_item_get_id (item), id) == 0)
        continue;
      g_ptr_array_add (others, g_strdup (sk_item_get_id (item)));
      g_ptr_array_add (labels, describe_item (self, kind, item, i));
    }

  if (others->len == 0)
    {
      g_autofree char *message = NULL;

      /* TRANSLATORS: "«Helse» cannot be deleted: 7 services use it, and there is nowhere else for them" */
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%s cannot be deleted: %u service uses it, and there is nowhere else for it",
                                              "%s cannot be deleted: %u services use it, and there is nowhere else for them",
                                              n_services),
                                 name, n_services);
      show_error (self, message);
      return;
    }

  /* TRANSLATORS: "Delete «Tilbud til alle»?" */
  heading = g_strdup_printf (_("Delete %s?"), name);
  body = g_strdup_printf (kind == SK_KIND_LEVEL
                          ? g_dngettext (GETTEXT_PACKAGE,
                                         "%u service is on this level. Choose the level it moves to.",
                                         "%u services are on this level. Choose the level they move to.",
                                         n_services)
                          : g_dngettext (GETTEXT_PACKAGE,
                                         "%u service belongs to this sector. Choose the sector it moves to.",
                                         "%u services belong to this sector. Choose the sector they move to.",
                                         n_services),
                          n_services);
  g_ptr_array_add (labels, NULL);
  g_ptr_array_add (others, NULL);

  dropdown = gtk_drop_down_new_from_strings ((const char * const *) labels->pdata);
  /* The neighbour below (or above, for the first): the nearest in kind. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), index > 0 ? (guint) index - 1 : 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  kind == SK_KIND_LEVEL ? _("Level the services move to")
                                                        : _("Sector the services move to"),
                                  -1);

  dialog = adw_message_dialog_new (GTK_WINDOW (root), heading, body);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), dropdown);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete and Move"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "sk-dropdown", dropdown);
  g_object_set_data_full (G_OBJECT (dialog), "sk-others",
                          g_ptr_array_free (g_steal_pointer (&others), FALSE), (GDestroyNotify) g_strfreev);
  g_object_set_data_full (G_OBJECT (dialog), "sk-id", g_strdup (id), g_free);
  g_object_set_data (G_OBJECT (dialog), "sk-kind", GINT_TO_POINTER (kind));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_replacement_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_remove_clicked (GtkButton *button,
                   ItemRow   *irow)
{
  SkLevelsPanel *self = irow->section->panel;
  SkKind kind = irow->section->kind;
  g_autofree char *id = NULL;
  guint n_services;

  if (self->map == NULL || (id = row_item_id (irow)) == NULL)
    return;
  /* Unused, it goes at once: undo brings it back. */
  n_services = sk_map_count_services_with (self->map, kind == SK_KIND_LEVEL ? "level" : "sector", id);
  if (n_services == 0)
    remove_item (self, kind, id, NULL);
  else
    ask_replacement (self, kind, id, n_services);
}

/* --- adding -------------------------------------------------------------- */

static SkCommand *
new_add_sector (SkLevelsPanel  *self,
                const char     *name,
                GError        **error)
{
  g_autoptr(JsonObject) json = json_object_new ();
  g_autofree char *id = sk_map_make_id (self->map, SK_KIND_SECTOR, name);
  JsonObject *text = json_object_new ();
  GListModel *sectors = sk_map_get_sectors (self->map);

  json_object_set_string_member (text, sk_map_get_language (self->map), name);
  json_object_set_string_member (json, "id", id);
  json_object_set_object_member (json, "name", text);
  json_object_set_string_member (json, "color",
                                 pick_least_used (sectors, "color", sector_palette,
                                                  G_N_ELEMENTS (sector_palette), 3.0));
  json_object_set_string_member (json, "icon",
                                 pick_least_used (sectors, "icon", sector_icons,
                                                  G_N_ELEMENTS (sector_icons), 0));
  return sk_command_new_add (self->map, SK_KIND_SECTOR, -1, json, error);
}

static void
on_add_activate (Section *section)
{
  SkLevelsPanel *self = section->panel;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (section->add_entry))));
  g_autoptr(GError) error = NULL;
  SkCommand *command;

  if (*name == '\0' || self->map == NULL)
    {
      gtk_popover_popdown (GTK_POPOVER (section->add_popover));
      return;
    }

  if (section->kind == SK_KIND_LEVEL)
    /* A new level goes on top: workshops mostly add at the specialised end,
     * and the up and down buttons put it anywhere else. */
    command = sk_command_new_add_level (self->map, -1, name,
                                        pick_least_used (section_list (section), "color", level_palette,
                                                         G_N_ELEMENTS (level_palette), 0),
                                        NULL, &error);
  else
    command = new_add_sector (self, name, &error);

  if (command == NULL)
    {
      /* The name stays, to be put right. */
      gtk_widget_add_css_class (section->add_entry, "error");
      if (error != NULL)
        show_error (self, error->message);
      return;
    }
  apply (self, command, NULL);
  gtk_widget_remove_css_class (section->add_entry, "error");
  gtk_editable_set_text (GTK_EDITABLE (section->add_entry), "");
  gtk_popover_popdown (GTK_POPOVER (section->add_popover));
}

static void
on_add_popover_map (Section *section)
{
  gtk_widget_grab_focus (section->add_entry);
}

/* --- the rows ------------------------------------------------------------ */

/* Two lines, as in the pathway panel's steps: the number and the buttons,
 * then the colour and the name, which gets the panel's whole width. */
static void
add_row (Section *section)
{
  ItemRow *irow = g_new0 (ItemRow, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *fields = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *color = gtk_color_button_new ();
  GtkWidget *entry = gtk_entry_new ();

  irow->section = section;
  irow->index = section->rows->len;
  irow->parts[PART_NAME] = entry;
  irow->parts[PART_COLOR] = color;
  irow->parts[PART_UP] = icon_button ("go-up-symbolic");
  irow->parts[PART_DOWN] = icon_button ("go-down-symbolic");
  irow->parts[PART_REMOVE] = icon_button ("user-trash-symbolic");
  set_tooltip (irow->parts[PART_REMOVE], section->kind == SK_KIND_LEVEL ? _("Delete Level") : _("Delete Sector"));

  irow->title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (irow->title), 0);
  gtk_widget_set_hexpand (irow->title, TRUE);
  gtk_widget_add_css_class (irow->title, "heading");
  gtk_box_append (GTK_BOX (header), irow->title);
  gtk_box_append (GTK_BOX (header), irow->parts[PART_UP]);
  gtk_box_append (GTK_BOX (header), irow->parts[PART_DOWN]);
  gtk_box_append (GTK_BOX (header), irow->parts[PART_REMOVE]);

  gtk_color_button_set_title (GTK_COLOR_BUTTON (color),
                              section->kind == SK_KIND_LEVEL ? _("Level Colour") : _("Sector Colour"));
  gtk_color_chooser_set_use_alpha (GTK_COLOR_CHOOSER (color), FALSE);
  gtk_widget_set_valign (color, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (entry, TRUE);
  /* Ctrl+Z is the map's undo, not the entry's own. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (entry), FALSE);
  gtk_box_append (GTK_BOX (fields), color);
  gtk_box_append (GTK_BOX (fields), entry);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), fields);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);

  irow->row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (irow->row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (irow->row), box);
  g_object_set_data_full (G_OBJECT (irow->row), "sk-item-row", irow, g_free);

  g_signal_connect (entry, "changed", G_CALLBACK (on_name_changed), irow);
  g_signal_connect (color, "color-set", G_CALLBACK (on_color_set), irow);
  g_signal_connect (irow->parts[PART_UP], "clicked", G_CALLBACK (on_up_clicked), irow);
  g_signal_connect (irow->parts[PART_DOWN], "clicked", G_CALLBACK (on_down_clicked), irow);
  g_signal_connect (irow->parts[PART_REMOVE], "clicked", G_CALLBACK (on_remove_clicked), irow);

  gtk_list_box_append (GTK_LIST_BOX (section->list_box), irow->row);
  g_ptr_array_add (section->rows, irow);
}

/* The colour button's tooltip, with a warning where the colour is hard to
 * see: text on a band needs 4.5:1, a sector's symbol on paper 3:1. */
static char *
describe_color (SkKind      kind,
                const char *hex)
{
  SkColor color = sk_color_parse (hex);
  double contrast;

  if (kind == SK_KIND_LEVEL)
    {
      contrast = sk_color_contrast (sk_color_text_on (color), color);
      if (contrast < 4.5)
        /* TRANSLATORS: %.1f is a contrast ratio such as 3.2 */
        return g_strdup_printf (_("Level colour: text on it is hard to read (contrast %.1f:1, at least 4.5:1 is needed)"),
                                contrast);
      return g_strdup (_("Level Colour"));
    }
  contrast = sk_color_contrast (color, SK_COLOR_WHITE);
  if (contrast < 3.0)
    /* TRANSLATORS: %.1f is a contrast ratio such as 2.1 */
    return g_strdup_printf (_("Sector colour: hard to see on white paper (contrast %.1f:1, at least 3:1 is needed)"),
                            contrast);
  return g_strdup (_("Sector Colour"));
}

static void
update_row (Section *section,
            ItemRow *irow,
            SkItem  *item,
            guint    n)
{
  SkLevelsPanel *self = section->panel;
  const char *lang = sk_map_get_language (self->map);
  const char *name = sk_text_get (sk_item_get_object (item, "name"), lang);
  const char *hex = sk_item_get_string (item, "color");
  GtkWidget *entry = irow->parts[PART_NAME];
  g_autofree char *title = NULL;
  g_autofree char *entry_label = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *color_tip = NULL;
  GdkRGBA rgba;

  if (section->kind == SK_KIND_LEVEL)
    {
      title = g_strdup_printf (_("Level %u"), irow->index + 1);
      entry_label = g_strdup_printf (_("Name of level %u"), irow->index + 1);
    }
  else
    {
      title = g_strdup_printf (_("Sector %u"), irow->index + 1);
      entry_label = g_strdup_printf (_("Name of sector %u"), irow->index + 1);
    }
  gtk_label_set_text (GTK_LABEL (irow->title), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, entry_label, -1);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), name != NULL ? name : "") != 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (entry), name != NULL ? name : "");
      gtk_widget_remove_css_class (entry, "error");
    }

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (irow->parts[PART_COLOR]), &rgba);
  shown = sk_color_to_hex ((SkColor) { rgba.red, rgba.green, rgba.blue });
  if (hex != NULL && g_ascii_strcasecmp (shown, hex) != 0)
    {
      SkColor color = sk_color_parse (hex);

      rgba = (GdkRGBA) { color.red, color.green, color.blue, 1 };
      gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (irow->parts[PART_COLOR]), &rgba);
    }
  color_tip = describe_color (section->kind, hex != NULL ? hex : "#000000");
  set_tooltip (irow->parts[PART_COLOR], color_tip);

  gtk_widget_set_sensitive (irow->parts[PART_UP], irow->index > 0);
  gtk_widget_set_sensitive (irow->parts[PART_DOWN], irow->index + 1 < n);
  if (section->kind == SK_KIND_LEVEL)
    {
      /* Level 1 is listed first, so "up" in the list is down the pyramid:
       * the tooltips name the level it becomes. */
      g_autofree char *up = g_strdup_printf (_("Move to Level %u"), irow->index);
      g_autofree char *down = g_strdup_printf (_("Move to Level %u"), irow->index + 2);

      set_tooltip (irow->parts[PART_UP], irow->index > 0 ? up : _("Move Down the Pyramid"));
      set_tooltip (irow->parts[PART_DOWN], irow->index + 1 < n ? down : _("Move Up the Pyramid"));
    }
  else
    {
      set_tooltip (irow->parts[PART_UP], _("Move Up"));
      set_tooltip (irow->parts[PART_DOWN], _("Move Down"));
    }
}

static void
refresh_section (Section *section)
{
  SkLevelsPanel *self = section->panel;
  GListModel *list = self->map != NULL ? section_list (section) : NULL;
  guint n = list != NULL ? g_list_model_get_n_items (list) : 0;

  while (section->rows->len > n)
    {
      ItemRow *irow = g_ptr_array_steal_index (section->rows, section->rows->len - 1);
      gtk_list_box_remove (GTK_LIST_BOX (section->list_box), irow->row);
    }
  while (section->rows->len < n)
    add_row (section);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkItem) item = g_list_model_get_item (list, i);
      update_row (section, g_ptr_array_index (section->rows, i), item, n);
    }
}

static void
refresh (SkLevelsPanel *self)
{
  self->updating = TRUE;
  refresh_section (&self->levels);
  refresh_section (&self->sectors);
  self->updating = FALSE;
}

static void
disconnect_map (SkLevelsPanel *self)
{
  if (self->map == NULL)
    return;
  g_signal_handlers_disconnect_by_data (sk_document_get_undo_stack (self->document), self);
  g_clear_object (&self->map);
}

void
sk_levels_panel_set_document (SkLevelsPanel *self,
                              SkDocument    *document)
{
  g_return_if_fail (SK_IS_LEVELS_PANEL (self));
  g_return_if_fail (document == NULL || SK_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  disconnect_map (self);
  g_set_object (&self->document, document);
  if (document != NULL)
    {
      self->map = g_object_ref (sk_document_get_map (document));
      /* Every change to the map is a step of the undo stack (an edit, an
       * undo, a redo): the rows follow it once per step. */
      g_signal_connect_swapped (sk_document_get_undo_stack (document), "changed", G_CALLBACK (refresh), self);
    }
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->error_revealer), FALSE);
  refresh (self);
}

/* --- the widget ---------------------------------------------------------- */

static void
sk_levels_panel_dispose (GObject *object)
{
  SkLevelsPanel *self = SK_LEVELS_PANEL (object);

  disconnect_map (self);
  g_clear_object (&self->document);
  g_clear_handle_id (&self->error_timeout, g_source_remove);

  G_OBJECT_CLASS (sk_levels_panel_parent_class)->dispose (object);
}

static void
sk_levels_panel_finalize (GObject *object)
{
  SkLevelsPanel *self = SK_LEVELS_PANEL (object);

  g_ptr_array_unref (self->levels.rows);
  g_ptr_array_unref (self->sectors.rows);

  G_OBJECT_CLASS (sk_levels_panel_parent_class)->finalize (object);
}

static void
sk_levels_panel_class_init (SkLevelsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sk_levels_panel_dispose;
  object_class->finalize = sk_levels_panel_finalize;
}

static void
init_section (SkLevelsPanel *self,
              Section       *section,
              SkKind         kind,
              GtkWidget     *content)
{
  gboolean level = kind == SK_KIND_LEVEL;
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *title = gtk_label_new (level ? _("New Level") : _("New Sector"));
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add"));

  section->panel = self;
  section->kind = kind;
  section->rows = g_ptr_array_new ();

  section->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (section->group), level ? _("Levels") : _("Sectors"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (section->group),
                                         level ? _("Level 1 is the bottom of the pyramid: services for everyone.")
                                               : _("The sectors in the legend, each with its colour and symbol."));

  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  section->add_entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (section->add_entry),
                                  level ? _("Name, e.g. Tilbud til alle") : _("Name, e.g. Helse"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (section->add_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  level ? _("Name of the new level") : _("Name of the new sector"), -1);
  gtk_widget_set_size_request (section->add_entry, 240, -1);
  g_signal_connect_swapped (section->add_entry, "activate", G_CALLBACK (on_add_activate), section);
  gtk_widget_add_css_class (add, "suggested-action");
  gtk_widget_set_halign (add, GTK_ALIGN_END);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_add_activate), section);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), section->add_entry);
  gtk_box_append (GTK_BOX (box), add);

  section->add_popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (section->add_popover), box);
  g_signal_connect_swapped (section->add_popover, "map", G_CALLBACK (on_add_popover_map), section);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), section->add_popover);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), level ? _("_Add Level…") : _("Add _Sector…"));
  gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (button), TRUE);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_margin_top (button, 12);

  /* Not rows of the group's own list: those would be the group's single-line
   * rows, too narrow for a name beside four buttons in a side panel. */
  section->list_box = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (section->list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (section->list_box, "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (section->group), section->list_box);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (section->group), button);
  gtk_box_append (GTK_BOX (content), section->group);
}

static void
sk_levels_panel_init (SkLevelsPanel *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

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

  init_section (self, &self->levels, SK_KIND_LEVEL, content);
  init_section (self, &self->sectors, SK_KIND_SECTOR, content);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), content);
  adw_bin_set_child (ADW_BIN (self), scrolled);
}

GtkWidget *
sk_levels_panel_new (void)
{
  return g_object_new (SK_TYPE_LEVELS_PANEL, NULL);
}
