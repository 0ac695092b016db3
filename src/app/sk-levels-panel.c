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

/* The symbols of the file format; a new sector takes the first unused. */
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
  GtkWidget *parts[N_PARTS];
  guint      index;
} ItemRow;

struct _Section
{
  SkLevelsPanel *panel;
  SkKind         kind;
  GtkWidget     *group;
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

static void refresh (SkLevelsPanel *self);

/* --- helpers ----------------------------------------------------------- */

static GListModel *
section_list (Section *section)
{
  return sk_map_get_list (section->panel->map, section->kind);
}

static Section *
section_for (SkLevelsPanel *self,
             SkKind         kind)
{
  return kind == SK_KIND_LEVEL ? &self->levels : &self->sectors;
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
            const GError  *error)
{
  gtk_label_set_text (GTK_LABEL (self->error_label), error->message);
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
        show_error (self, error);
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

/* Of @palette, the colour the fewest items of @list use, the earliest of
 * those; colours below @min_contrast on white are skipped. */
static const char *
pick_color (GListModel        *list,
            const char * const *palette,
            guint               n_colors,
            double              min_contrast)
{
  guint n = g_list_model_get_n_items (list);
  guint best_uses = G_MAXUINT;
  const char *best = palette[0];

  for (guint i = 0; i < n_colors; i++)
    {
      guint uses = 0;

      if (sk_color_contrast (sk_color_parse (palette[i]), SK_COLOR_WHITE) < min_contrast)
        continue;
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(SkItem) item = g_list_model_get_item (list, j);
          const char *color = sk_item_get_string (item, "color");

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

static const char *
pick_icon (GListModel *sectors)
{
  guint n = g_list_model_get_n_items (sectors);

  for (guint i = 0; i < G_N_ELEMENTS (sector_icons); i++)
    {
      gboolean used = FALSE;

      for (guint j = 0; j < n && !used; j++)
        {
          g_autoptr(SkItem) sector = g_list_model_get_item (sectors, j);
          used = g_strcmp0 (sk_item_get_string (sector, "icon"), sector_icons[i]) == 0;
        }
      if (!used)
        return sector_icons[i];
    }
  return sector_icons[G_N_ELEMENTS (sector_icons) - 1];
}

static guint
count_services_with (SkMap      *map,
                     SkKind      kind,
                     const char *id)
{
  GListModel *services = sk_map_get_services (map);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr(SkService) service = g_list_model_get_item (services, i);
      const char *ref = kind == SK_KIND_LEVEL ? sk_service_get_level_id (service)
                                              : sk_service_get_sector_id (service);
      if (g_strcmp0 (ref, id) == 0)
        n++;
    }
  return n;
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
  Section *section = section_for (self, kind);
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
      /* TRANSLATORS: "Cannot delete «Helse»" */
      heading = g_strdup_printf (_("Cannot Delete %s"), name);
      body = g_strdup_printf (kind == SK_KIND_LEVEL
                              ? g_dngettext (GETTEXT_PACKAGE,
                                             "%u service is on this level, and there is no other level for it. Add a level first.",
                                             "%u services are on this level, and there is no other level for them. Add a level first.",
                                             n_services)
                              : g_dngettext (GETTEXT_PACKAGE,
                                             "%u service belongs to this sector, and there is no other sector for it. Add a sector first.",
                                             "%u services belong to this sector, and there is no other sector for them. Add a sector first.",
                                             n_services),
                              n_services);
      dialog = adw_message_dialog_new (GTK_WINDOW (root), heading, body);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
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
  n_services = count_services_with (self->map, kind, id);
  if (n_services == 0)
    remove_item (self, kind, id, NULL);
  else
    ask_replacement (self, kind, id, n_services);
}

