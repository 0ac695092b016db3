/* sk-inspector-field.c — the inspector's rows: one value of the shown item each
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A field binds a widget to a path in the item's JSON ("contact.phone",
 * "name.nb"). An edit becomes a command at once, on every keystroke, and
 * the undo stack merges the commands for one field into one step. A value
 * the schema refuses is not applied: the row shows why, under it, and the
 * text stays for the person to fix.
 *
 * A refresh compares the model's value with the one the field last showed
 * and updates the widget only if the model moved, so text being typed is
 * never replaced by itself and the cursor stays put. Local fields read and
 * write the overrides of the municipality the inspector edits as.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sk-commands.h"
#include "sk-inspector-private.h"
#include "sk-municipality.h"

/* --- the model -------------------------------------------------------- */

static JsonNode *
lookup_path (JsonObject *root,
             const char *path)
{
  g_auto(GStrv) keys = g_strsplit (path, ".", -1);
  JsonNode *node = NULL;

  for (guint i = 0; keys[i] != NULL; i++)
    {
      if (root == NULL)
        return NULL;
      node = json_object_get_member (root, keys[i]);
      if (node == NULL)
        return NULL;
      root = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
    }
  return node;
}

static gboolean
nodes_equal (JsonNode *a,
             JsonNode *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return json_node_equal (a, b);
}

static char *
node_to_text (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return g_strdup ("");
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  return g_strdup ("");
}

/* The object a field's path starts from: the item, or with @regional FALSE
 * and a local field, the municipality's overrides of the service (which
 * may not exist yet). */
static JsonObject *
field_source (SkInspectorField *field,
              gboolean          regional)
{
  SkInspector *self = field->inspector;
  SkItem *item = sk_inspector_get_item (self);
  SkMunicipality *municipality;

  if (item == NULL)
    return NULL;
  if (field->local && !regional)
    {
      municipality = sk_inspector_get_municipality (self);
      return municipality != NULL ? sk_municipality_get_override (municipality, self->id) : NULL;
    }
  return sk_item_get_json (item);
}

/* The schema's messages start with the JSON path ("contact.phone: expected
 * …"); under the field itself the path says nothing to a person. */
static char *
describe_error (const GError *error)
{
  g_auto(GStrv) lines = g_strsplit (error->message, "\n", -1);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *colon = strstr (line, ": ");
      gsize start;

      if (colon != NULL && memchr (line, ' ', colon - line) == NULL)
        line = colon + 2;
      if (i > 0)
        g_string_append_c (text, '\n');
      start = text->len;
      g_string_append (text, line);
      if (text->len > start && g_ascii_islower (text->str[start]))
        text->str[start] = g_ascii_toupper (text->str[start]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Applies @command (taken; NULL when nothing changes), or shows @error
 * above the form: for edits that belong to no one field. */
void
sk_inspector_apply (SkInspector *self,
                    SkCommand   *command,
                    GError      *error)
{
  if (error != NULL)
    {
      g_autofree char *message = describe_error (error);

      gtk_label_set_text (GTK_LABEL (self->form_message), message);
      gtk_widget_set_visible (self->form_message, TRUE);
      return;
    }
  gtk_widget_set_visible (self->form_message, FALSE);
  if (command != NULL && self->document != NULL)
    sk_document_apply (self->document, command);
}

/* --- fields ----------------------------------------------------------- */

static void
clear_node (gpointer data)
{
  if (data != NULL)
    json_node_unref (data);
}

void
sk_inspector_field_free (gpointer data)
{
  SkInspectorField *field = data;
  GtkWidget *widgets[] = { field->row, field->editable, field->color_button };

  /* A widget may outlive the form for a moment (the focus, assistive
   * technology): it must not call back into a freed field. */
  for (guint i = 0; i < G_N_ELEMENTS (widgets); i++)
    if (widgets[i] != NULL)
      g_signal_handlers_disconnect_by_data (widgets[i], field);
  if (field->widget == SK_INSPECTOR_PARAGRAPH)
    g_signal_handlers_disconnect_by_data (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->editable)), field);

  g_free (field->path);
  g_free (field->remove_path);
  g_clear_object (&field->labels);
  g_clear_pointer (&field->values, g_ptr_array_unref);
  g_free (field->synced);
  g_free (field->error);
  g_free (field->hint);
  g_free (field);
}

static void
field_update_message (SkInspectorField *field)
{
  const char *message = field->error != NULL ? field->error : field->hint;
  GtkAccessible *accessible = GTK_ACCESSIBLE (field->editable);

  if (field->message_row == NULL)
    return;

  gtk_widget_set_visible (field->message_row, message != NULL);
  gtk_label_set_text (GTK_LABEL (field->message), message != NULL ? message : "");
  if (field->error != NULL)
    {
      gtk_widget_add_css_class (field->message, "error");
      gtk_widget_remove_css_class (field->message, "dim-label");
      gtk_widget_add_css_class (field->row, "error");
      gtk_accessible_update_state (accessible, GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  else
    {
      gtk_widget_remove_css_class (field->message, "error");
      gtk_widget_add_css_class (field->message, "dim-label");
      gtk_widget_remove_css_class (field->row, "error");
      gtk_accessible_reset_state (accessible, GTK_ACCESSIBLE_STATE_INVALID);
    }
  if (message != NULL)
    gtk_accessible_update_property (accessible, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
  else
    gtk_accessible_reset_property (accessible, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
field_set_error (SkInspectorField *field,
                 const char       *error)
{
  if (g_strcmp0 (error, field->error) == 0)
    return;
  g_free (field->error);
  field->error = g_strdup (error);
  field_update_message (field);
}

static char *
field_get_text (SkInspectorField *field)
{
  if (field->widget == SK_INSPECTOR_PARAGRAPH)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->editable));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->editable)));
}

static void
field_set_text (SkInspectorField *field,
                const char       *text)
{
  field->inspector->updating++;
  if (field->widget == SK_INSPECTOR_PARAGRAPH)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->editable)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (field->editable), text);
  field->inspector->updating--;
}

/* Makes the command that sets the field to @value (NULL removes it), and
 * applies it, or shows why it cannot be. */
static void
field_apply (SkInspectorField *field,
             JsonNode         *value)
{
  SkInspector *self = field->inspector;
  SkMap *map = sk_inspector_get_map (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *path = value == NULL && field->remove_path != NULL ? field->remove_path : field->path;
  SkCommand *command;

  if (sk_inspector_get_item (self) == NULL)
    return;

  if (field->local)
    command = sk_command_new_set_override (map, self->municipality_id, self->id, path, value, &error);
  else if (self->kind == SK_KIND_SERVICE && g_str_equal (field->path, "level"))
    /* A new level puts the card last on it, as a drop on the band does. */
    command = sk_command_new_move_service (map, self->id,
                                           value != NULL && JSON_NODE_HOLDS_VALUE (value)
                                           ? json_node_get_string (value) : NULL,
                                           G_MAXUINT, &error);
  else
    command = sk_command_new_edit (map, self->kind, self->id, path, value, &error);

  /* Before applying: the refresh the command sets off brings back to the
   * model only the fields without an error. */
  if (error != NULL)
    message = describe_error (error);
  field_set_error (field, message);
  if (command != NULL)
    sk_document_apply (self->document, command);
}

static void
on_text_changed (SkInspectorField *field)
{
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) value = NULL;

  if (field->inspector->updating)
    return;

  text = field_get_text (field);
  if (field->widget == SK_INSPECTOR_NUMBER && *g_strstrip (text) != '\0')
    {
      gint64 number;

      if (!g_ascii_string_to_signed (text, 10, 0, 999, &number, NULL))
        {
          field_set_error (field, _("Enter a whole number, or leave the field empty"));
          return;
        }
      value = json_node_init_int (json_node_alloc (), number);
    }
  else if (*text != '\0')
    value = json_node_init_string (json_node_alloc (), text);
  field_apply (field, value);
}

static void
on_choice_selected (SkInspectorField *field)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (field->row));

  if (field->inspector->updating || selected >= field->values->len)
    return;
  field_apply (field, g_ptr_array_index (field->values, selected));
}

static void
on_switch_active (SkInspectorField *field)
{
  gboolean active = gtk_switch_get_active (GTK_SWITCH (field->editable));

  if (field->inspector->updating)
    return;
  field_apply (field, g_ptr_array_index (field->values, active ? 0 : 1));
}

static void
on_color_set (SkInspectorField *field)
{
  GdkRGBA rgba;
  g_autofree char *text = NULL;

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (field->color_button), &rgba);
  text = g_strdup_printf ("#%02x%02x%02x",
                          (guint) CLAMP (rgba.red * 255 + 0.5, 0, 255),
                          (guint) CLAMP (rgba.green * 255 + 0.5, 0, 255),
                          (guint) CLAMP (rgba.blue * 255 + 0.5, 0, 255));
  /* Through the entry, which applies it like typing would. */
  gtk_editable_set_text (GTK_EDITABLE (field->editable), text);
}

/* Typing in a field again later is a new undo step. */
static void
on_focus_leave (SkInspector *self)
{
  if (self->document != NULL)
    sk_undo_stack_break_merge (sk_document_get_undo_stack (self->document));
}

void
sk_inspector_field_refresh (SkInspectorField *field)
{
  JsonNode *node = lookup_path (field_source (field, FALSE), field->path);
  SkInspector *self = field->inspector;

  switch (field->widget)
    {
    case SK_INSPECTOR_CHOICE:
      {
        guint selected = GTK_INVALID_LIST_POSITION;

        for (guint i = 0; i < field->values->len && selected == GTK_INVALID_LIST_POSITION; i++)
          if (nodes_equal (g_ptr_array_index (field->values, i), node))
            selected = i;
        self->updating++;
        adw_combo_row_set_selected (ADW_COMBO_ROW (field->row), selected);
        self->updating--;
        g_clear_pointer (&field->error, g_free);
        break;
      }

    case SK_INSPECTOR_SWITCH:
      self->updating++;
      gtk_switch_set_active (GTK_SWITCH (field->editable),
                             !nodes_equal (node, g_ptr_array_index (field->values, 1)));
      self->updating--;
      g_clear_pointer (&field->error, g_free);
      break;

    case SK_INSPECTOR_ENTRY:
    case SK_INSPECTOR_NUMBER:
    case SK_INSPECTOR_PARAGRAPH:
    default:
      {
        g_autofree char *model = node_to_text (node);

        /* Text the schema refused stays while the model keeps its value,
         * so the person can fix what they typed. */
        if (field->error == NULL || g_strcmp0 (model, field->synced) != 0)
          {
            g_autofree char *shown = field_get_text (field);

            g_free (field->synced);
            field->synced = g_strdup (model);
            if (!g_str_equal (shown, model))
              field_set_text (field, model);
            g_clear_pointer (&field->error, g_free);
          }
        if (field->color_button != NULL)
          {
            GdkRGBA rgba;

            if (gdk_rgba_parse (&rgba, model))
              gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (field->color_button), &rgba);
          }
        g_clear_pointer (&field->hint, g_free);
        if (field->local)
          {
            g_autofree char *regional = node_to_text (lookup_path (field_source (field, TRUE), field->path));

            if (*regional != '\0')
              /* TRANSLATORS: under a local field: the value the rest of the region has */
              field->hint = g_strdup_printf (_("Region-wide: %s"), regional);
          }
        break;
      }
    }
  field_update_message (field);
}

void
sk_inspector_field_refill (SkInspectorField *field)
{
  SkInspector *self = field->inspector;

  g_clear_object (&field->labels);
  field->labels = gtk_string_list_new (NULL);
  g_ptr_array_set_size (field->values, 0);
  field->fill (self, field);
  self->updating++;
  adw_combo_row_set_model (ADW_COMBO_ROW (field->row), G_LIST_MODEL (field->labels));
  self->updating--;
}

/* @value: (transfer full) (nullable) */
void
sk_inspector_choice_add (SkInspectorField *field,
                         const char       *label,
                         JsonNode         *value)
{
  gtk_string_list_append (field->labels, label);
  g_ptr_array_add (field->values, value);
}

void
sk_inspector_choice_add_string (SkInspectorField *field,
                                const char       *label,
                                const char       *value)
{
  sk_inspector_choice_add (field, label,
                           value != NULL ? json_node_init_string (json_node_alloc (), value) : NULL);
}

AdwPreferencesGroup *
sk_inspector_add_group (GtkBox     *form,
                        const char *title,
                        const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (form, group);
  return ADW_PREFERENCES_GROUP (group);
}

/* The line under a field for its error, or for the region's value. */
static void
add_message_row (SkInspectorField    *field,
                 AdwPreferencesGroup *group)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_add_css_class (label, "caption");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  /* The field tells assistive technology the same text as its description. */
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_visible (row, FALSE);
  adw_preferences_group_add (group, row);
  field->message_row = row;
  field->message = label;
}

static GtkWidget *
new_local_tag (SkInspector *self)
{
  GtkWidget *tag = gtk_label_new (_("Local"));
  g_autofree char *tooltip = g_strdup_printf (_("Changes here apply in %s only"),
                                              sk_inspector_get_municipality_name (self));

  gtk_widget_add_css_class (tag, "caption");
  gtk_widget_add_css_class (tag, "accent");
  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (tag, tooltip);
  return tag;
}

static SkInspectorField *
field_new (SkInspector       *self,
           SkInspectorWidget  widget,
           const char        *path,
           gboolean           local)
{
  SkInspectorField *field = g_new0 (SkInspectorField, 1);

  field->inspector = self;
  field->widget = widget;
  field->path = g_strdup (path);
  field->local = local && sk_inspector_is_local (self);
  field->values = g_ptr_array_new_with_free_func (clear_node);
  g_ptr_array_add (self->fields, field);
  return field;
}

static void
add_focus_leave (SkInspector *self,
                 GtkWidget   *widget)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_object (focus, "leave", G_CALLBACK (on_focus_leave), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, focus);
}

static GtkWidget *
new_paragraph_row (SkInspectorField *field,
                   const char       *title)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *view = gtk_text_view_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_pixels_below_lines (GTK_TEXT_VIEW (view), 2);
  gtk_widget_set_size_request (view, -1, 64);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), view);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);

  field->editable = view;
  g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                            G_CALLBACK (on_text_changed), field);
  add_focus_leave (field->inspector, view);
  return row;
}

/* A field for text typed in: ENTRY, NUMBER or PARAGRAPH. */
SkInspectorField *
sk_inspector_add_field (SkInspector         *self,
                        AdwPreferencesGroup *group,
                        SkInspectorWidget    widget,
                        const char          *title,
                        const char          *path,
                        gboolean             local)
{
  SkInspectorField *field = field_new (self, widget, path, local);

  g_assert (widget == SK_INSPECTOR_ENTRY || widget == SK_INSPECTOR_NUMBER
            || widget == SK_INSPECTOR_PARAGRAPH);

  if (widget == SK_INSPECTOR_PARAGRAPH)
    field->row = new_paragraph_row (field, title);
  else
    {
      field->row = field->editable = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (field->row), FALSE);
      if (widget == SK_INSPECTOR_NUMBER)
        adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (field->row), GTK_INPUT_PURPOSE_DIGITS);
      if (field->local)
        adw_entry_row_add_suffix (ADW_ENTRY_ROW (field->row), new_local_tag (self));
      g_signal_connect_swapped (field->row, "changed", G_CALLBACK (on_text_changed), field);
      add_focus_leave (self, field->row);
    }
  adw_preferences_group_add (group, field->row);
  add_message_row (field, group);
  return field;
}

/* One field per language of the map for the text at @key; returns the
 * field of the map's main language. */
SkInspectorField *
sk_inspector_add_text (SkInspector         *self,
                       AdwPreferencesGroup *group,
                       SkInspectorWidget    widget,
                       const char          *title,
                       const char          *key,
                       gboolean             local)
{
  SkInspectorField *first = NULL;
  guint n = g_strv_length (self->languages);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_strconcat (key, ".", self->languages[i], NULL);
      g_autofree char *row_title = NULL;
      SkInspectorField *field;

      if (n > 1)
        /* TRANSLATORS: a field and its language: "Name (Nynorsk)" */
        row_title = g_strdup_printf (_("%s (%s)"), title,
                                     sk_inspector_describe_language (self->languages[i]));
      field = sk_inspector_add_field (self, group, widget, row_title != NULL ? row_title : title,
                                      path, local);
      if (first == NULL)
        first = field;
    }
  return first;
}

SkInspectorField *
sk_inspector_add_choice (SkInspector         *self,
                         AdwPreferencesGroup *group,
                         const char          *title,
                         const char          *path,
                         SkInspectorFill      fill)
{
  SkInspectorField *field = field_new (self, SK_INSPECTOR_CHOICE, path, FALSE);

  field->row = field->editable = adw_combo_row_new ();
  field->fill = fill;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (field->row), FALSE);
  g_signal_connect_swapped (field->row, "notify::selected", G_CALLBACK (on_choice_selected), field);
  adw_preferences_group_add (group, field->row);
  add_message_row (field, group);
  return field;
}

/* A switch that sets @on or @off (each NULL to remove the value; taken);
 * it shows "on" unless the model holds @off. */
SkInspectorField *
sk_inspector_add_switch (SkInspector         *self,
                         AdwPreferencesGroup *group,
                         const char          *title,
                         const char          *path,
                         JsonNode            *on,
                         JsonNode            *off,
                         gboolean             local)
{
  SkInspectorField *field = field_new (self, SK_INSPECTOR_SWITCH, path, local);

  field->row = adw_action_row_new ();
  field->editable = gtk_switch_new ();
  g_ptr_array_add (field->values, on);
  g_ptr_array_add (field->values, off);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (field->row), FALSE);
  gtk_widget_set_valign (field->editable, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (field->row), field->editable);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (field->row), field->editable);
  if (field->local)
    adw_action_row_add_suffix (ADW_ACTION_ROW (field->row), new_local_tag (self));
  g_signal_connect_swapped (field->editable, "notify::active", G_CALLBACK (on_switch_active), field);
  adw_preferences_group_add (group, field->row);
  add_message_row (field, group);
  return field;
}

/* A colour as #rrggbb, typed or chosen. */
void
sk_inspector_add_color (SkInspector         *self,
                        AdwPreferencesGroup *group)
{
  SkInspectorField *field = sk_inspector_add_field (self, group, SK_INSPECTOR_ENTRY,
                                                    _("Colour"), "color", FALSE);
  GtkWidget *button = gtk_color_button_new ();

  gtk_color_chooser_set_use_alpha (GTK_COLOR_CHOOSER (button), FALSE);
  gtk_color_button_set_title (GTK_COLOR_BUTTON (button), _("Choose a Colour"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Choose a colour"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Choose a colour"), -1);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (field->row), button);
  field->color_button = button;
  g_signal_connect_swapped (button, "color-set", G_CALLBACK (on_color_set), field);
}
