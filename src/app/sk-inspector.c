/* sk-inspector.c — the side panel's editor for one service, level or pathway
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The inspector shows a form for the selected object, made of fields
 * (sk-inspector-field.c) that each edit one value through a command; the
 * service form is in sk-inspector-service.c. This file builds the forms
 * and follows the map.
 *
 * The form never keeps its own copy of the model: when the map says the
 * shown item changed (an edit here or elsewhere, an undo) every field
 * refreshes from the model at once. Changes to the lists (levels,
 * sectors, services, municipalities) are gathered and handled once, when
 * idle, because a move is a removal and an insertion and the object only
 * looks gone in between.
 *
 * When the window picks a municipality, the fields a municipality may
 * change locally (name, contact, "offered here") read and write that
 * municipality's overrides instead; a banner says so and they are marked
 * "Local".
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-inspector-private.h"
#include "sk-level.h"
#include "sk-municipality.h"
#include "sk-pathway.h"
#include "sk-sector.h"
#include "sk-service.h"

G_DEFINE_FINAL_TYPE (SkInspector, sk_inspector, ADW_TYPE_BIN)

/* --- the model -------------------------------------------------------- */

SkMap *
sk_inspector_get_map (SkInspector *self)
{
  return self->document != NULL ? sk_document_get_map (self->document) : NULL;
}

/* Looked up each time: commands and undo may replace the object. */
SkItem *
sk_inspector_get_item (SkInspector *self)
{
  if (self->document == NULL || self->id == NULL)
    return NULL;
  return sk_map_lookup (sk_inspector_get_map (self), self->kind, self->id);
}

SkMunicipality *
sk_inspector_get_municipality (SkInspector *self)
{
  SkItem *item;

  if (self->document == NULL || self->municipality_id == NULL)
    return NULL;
  item = sk_map_lookup (sk_inspector_get_map (self), SK_KIND_MUNICIPALITY, self->municipality_id);
  return item != NULL ? SK_MUNICIPALITY (item) : NULL;
}

/* Whether local fields go into a municipality's overrides. */
gboolean
sk_inspector_is_local (SkInspector *self)
{
  return self->kind == SK_KIND_SERVICE && sk_inspector_get_municipality (self) != NULL;
}

const char *
sk_inspector_get_municipality_name (SkInspector *self)
{
  SkMunicipality *municipality = sk_inspector_get_municipality (self);

  return municipality != NULL ? sk_municipality_get_name (municipality) : NULL;
}

const char *
sk_inspector_describe_language (const char *lang)
{
  if (g_strcmp0 (lang, "nb") == 0)
    return _("Bokmål");
  if (g_strcmp0 (lang, "nn") == 0)
    return _("Nynorsk");
  if (g_strcmp0 (lang, "sma") == 0)
    return _("Southern Sami");
  if (g_strcmp0 (lang, "se") == 0)
    return _("Northern Sami");
  if (g_strcmp0 (lang, "en") == 0)
    return _("English");
  return lang;
}

static GStrv
get_languages (SkMap *map)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *languages = sk_item_get_array (sk_map_get_properties (map), "languages");
  guint n = languages != NULL ? json_array_get_length (languages) : 0;

  for (guint i = 0; i < n; i++)
    g_strv_builder_add (builder, json_array_get_string_element (languages, i));
  if (n == 0)
    g_strv_builder_add (builder, sk_map_get_language (map));
  return g_strv_builder_end (builder);
}

/* --- the forms -------------------------------------------------------- */

static void
build_level (SkInspector *self,
             GtkBox      *form)
{
  AdwPreferencesGroup *group = sk_inspector_add_group (form, _("Level"), NULL);

  self->name_field = sk_inspector_add_text (self, group, SK_INSPECTOR_ENTRY, _("Name"), "name", FALSE);
  sk_inspector_add_text (self, group, SK_INSPECTOR_ENTRY, _("Description"), "description", FALSE);
  sk_inspector_add_color (self, group);
}

static void
build_pathway (SkInspector *self,
               GtkBox      *form)
{
  AdwPreferencesGroup *group = sk_inspector_add_group (form, _("Pathway"),
                                                       _("Its steps are edited in the Pathways panel."));

  self->name_field = sk_inspector_add_text (self, group, SK_INSPECTOR_ENTRY, _("Name"), "name", FALSE);
  sk_inspector_add_color (self, group);
  group = sk_inspector_add_group (form, _("Who It Is For"), NULL);
  sk_inspector_add_text (self, group, SK_INSPECTOR_PARAGRAPH, _("Description"), "description", FALSE);
}

static void
clear_form (SkInspector *self)
{
  /* Fields first, while their widgets are alive to disconnect from. */
  g_ptr_array_set_size (self->fields, 0);
  self->name_field = NULL;
  self->referrers_row = NULL;
  self->served_group = NULL;
  self->all_switch = NULL;
  g_ptr_array_set_size (self->referrer_checks, 0);
  g_ptr_array_set_size (self->served_rows, 0);
  g_ptr_array_set_size (self->served_checks, 0);
  g_ptr_array_set_size (self->served_expanders, 0);
  self->heading = self->subheading = self->banner_label = self->form_message = NULL;
  if (self->form != NULL)
    {
      gtk_scrolled_window_set_child (self->scrolled, NULL);
      self->form = NULL;
    }
}

static GtkWidget *
new_banner (SkInspector *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name ("mark-location-symbolic");

  self->banner_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->banner_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->banner_label), 0);
  gtk_widget_set_hexpand (self->banner_label, TRUE);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (box, "card");
  gtk_widget_set_margin_top (self->banner_label, 12);
  gtk_widget_set_margin_bottom (self->banner_label, 12);
  gtk_widget_set_margin_end (self->banner_label, 12);
  gtk_widget_set_margin_start (icon, 12);
  gtk_widget_set_margin_top (icon, 12);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), self->banner_label);
  return box;
}

static GtkWidget *
new_heading_label (GtkBox     *box,
                   const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
  return label;
}

static void
refill (SkInspector *self)
{
  self->lists_dirty = FALSE;
  if (self->form == NULL)
    return;
  for (guint i = 0; i < self->fields->len; i++)
    {
      SkInspectorField *field = g_ptr_array_index (self->fields, i);

      if (field->fill != NULL)
        sk_inspector_field_refill (field);
    }
  if (self->kind == SK_KIND_SERVICE)
    sk_inspector_refill_service (self);
}

static void
build_form (SkInspector *self)
{
  GtkWidget *form, *header;

  clear_form (self);
  self->rebuild_needed = FALSE;
  self->lists_dirty = FALSE;
  if (sk_inspector_get_item (self) == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  g_strfreev (self->languages);
  self->languages = get_languages (sk_inspector_get_map (self));

  form = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_start (form, 12);
  gtk_widget_set_margin_end (form, 12);
  gtk_widget_set_margin_top (form, 12);
  gtk_widget_set_margin_bottom (form, 24);

  header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  self->heading = new_heading_label (GTK_BOX (header), "title-3");
  self->subheading = new_heading_label (GTK_BOX (header), "dim-label");
  gtk_box_append (GTK_BOX (form), header);

  if (sk_inspector_is_local (self))
    gtk_box_append (GTK_BOX (form), new_banner (self));

  self->form_message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->form_message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->form_message), 0);
  gtk_widget_add_css_class (self->form_message, "error");
  gtk_widget_set_visible (self->form_message, FALSE);
  gtk_box_append (GTK_BOX (form), self->form_message);

  switch (self->kind)
    {
    case SK_KIND_SERVICE:
      sk_inspector_build_service (self, GTK_BOX (form));
      break;
    case SK_KIND_LEVEL:
      build_level (self, GTK_BOX (form));
      break;
    case SK_KIND_PATHWAY:
      build_pathway (self, GTK_BOX (form));
      break;
    case SK_KIND_MAP:
    case SK_KIND_SECTOR:
    case SK_KIND_GROUP:
    case SK_KIND_MUNICIPALITY:
    case SK_KIND_NOTE:
    case SK_N_KINDS:
    default:
      g_assert_not_reached ();
    }

  self->form = form;
  gtk_scrolled_window_set_child (self->scrolled, form);
  gtk_stack_set_visible_child_name (self->stack, "form");
  refill (self);
}

static void
refresh_heading (SkInspector *self,
                 SkItem      *item)
{
  SkMap *map = sk_inspector_get_map (self);
  const char *name = sk_item_get_text (item, "name", sk_map_get_language (map));
  g_autofree char *subheading = NULL;

  gtk_label_set_text (GTK_LABEL (self->heading), *name != '\0' ? name : _("Unnamed"));
  switch (self->kind)
    {
    case SK_KIND_SERVICE:
      {
        const char *level_id = sk_service_get_level_id (SK_SERVICE (item));
        SkItem *sector = sk_map_lookup (map, SK_KIND_SECTOR, sk_service_get_sector_id (SK_SERVICE (item)));
        g_autofree char *place = level_id != NULL
          ? g_strdup_printf (_("Service on level %u"), sk_map_get_level_number (map, level_id))
          : g_strdup (_("Service beside the pyramid"));

        if (sector != NULL)
          /* TRANSLATORS: "Service on level 3 · Helse" */
          subheading = g_strdup_printf (_("%s · %s"), place,
                                        sk_sector_get_name (SK_SECTOR (sector), sk_map_get_language (map)));
        else
          subheading = g_steal_pointer (&place);
        break;
      }
    case SK_KIND_LEVEL:
      subheading = g_strdup_printf (_("Level %u of %u"), sk_map_get_level_number (map, self->id),
                                    g_list_model_get_n_items (sk_map_get_levels (map)));
      break;
    case SK_KIND_PATHWAY:
      {
        guint n = sk_pathway_get_n_steps (SK_PATHWAY (item));

        subheading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Pathway with %u step",
                                                   "Pathway with %u steps", n), n);
        break;
      }
    case SK_KIND_MAP:
    case SK_KIND_SECTOR:
    case SK_KIND_GROUP:
    case SK_KIND_MUNICIPALITY:
    case SK_KIND_NOTE:
    case SK_N_KINDS:
    default:
      break;
    }
  gtk_label_set_text (GTK_LABEL (self->subheading), subheading != NULL ? subheading : "");

  if (self->banner_label != NULL)
    {
      g_autofree char *banner =
        g_strdup_printf (_("Editing as %s: changes to the fields marked Local (the name, the contact "
                           "details, whether and by whom the service is offered here) go into the "
                           "municipality’s local details. Other fields change the service for the "
                           "whole region."),
                         sk_inspector_get_municipality_name (self));

      gtk_label_set_text (GTK_LABEL (self->banner_label), banner);
    }
}

static void
refresh (SkInspector *self)
{
  SkItem *item = sk_inspector_get_item (self);

  if (item == NULL || self->form == NULL)
    return;
  refresh_heading (self, item);
  for (guint i = 0; i < self->fields->len; i++)
    sk_inspector_field_refresh (g_ptr_array_index (self->fields, i));
  if (self->kind == SK_KIND_SERVICE)
    sk_inspector_refresh_service (self, item);
}

/* --- following the map ------------------------------------------------ */

static gboolean
sync_cb (gpointer data)
{
  SkInspector *self = data;

  self->sync_id = 0;
  /* While the municipality is gone (deleted, until an undo brings it
   * back) the form edits for the whole region. */
  if (self->form != NULL && sk_inspector_is_local (self) != (self->banner_label != NULL))
    self->rebuild_needed = TRUE;
  if (self->id != NULL && sk_inspector_get_item (self) == NULL)
    {
      g_clear_pointer (&self->id, g_free);
      self->rebuild_needed = TRUE;
    }
  if (self->rebuild_needed)
    build_form (self);
  else if (self->lists_dirty)
    refill (self);
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
queue_sync (SkInspector *self)
{
  if (self->sync_id == 0)
    self->sync_id = g_idle_add (sync_cb, self);
}

static void
on_items_changed (SkInspector *self)
{
  self->lists_dirty = TRUE;
  queue_sync (self);
}

static void
on_item_changed (SkMap       *map,
                 SkItem      *item,
                 const char  *key,
                 SkInspector *self)
{
  SkKind kind = sk_item_get_kind (item);
  const char *id = sk_item_get_id (item);
  gboolean shown = kind == self->kind && g_strcmp0 (id, self->id) == 0;

  if (kind == SK_KIND_MAP)
    {
      if (g_str_equal (key, "languages"))
        {
          self->rebuild_needed = TRUE;
          queue_sync (self);
        }
      return;
    }

  /* Now, not when idle: the next keystroke compares with what this shows. */
  if (shown || (kind == SK_KIND_MUNICIPALITY && g_strcmp0 (id, self->municipality_id) == 0))
    refresh (self);

  /* Names shown in the lists of levels, sectors, services and
   * municipalities, and how municipalities are grouped. The shown item is
   * in none of its own lists: typing its name rebuilds nothing. */
  if (!shown && kind != SK_KIND_PATHWAY && kind != SK_KIND_NOTE
      && (g_str_equal (key, "name") || g_str_equal (key, "short_name") || g_str_equal (key, "group")))
    {
      self->lists_dirty = TRUE;
      queue_sync (self);
    }
}

static void
disconnect_document (SkInspector *self)
{
  SkMap *map = sk_inspector_get_map (self);

  if (map == NULL)
    return;
  g_signal_handlers_disconnect_by_data (map, self);
  for (SkKind kind = SK_FIRST_LIST_KIND; kind < SK_N_KINDS; kind++)
    g_signal_handlers_disconnect_by_data (sk_map_get_list (map, kind), self);
}

/* --- the widget ------------------------------------------------------- */

static void
sk_inspector_dispose (GObject *object)
{
  SkInspector *self = SK_INSPECTOR (object);

  g_clear_handle_id (&self->sync_id, g_source_remove);
  disconnect_document (self);
  g_clear_object (&self->document);
  if (self->fields != NULL)
    g_ptr_array_set_size (self->fields, 0);
  self->name_field = NULL;

  G_OBJECT_CLASS (sk_inspector_parent_class)->dispose (object);
}

static void
sk_inspector_finalize (GObject *object)
{
  SkInspector *self = SK_INSPECTOR (object);

  g_free (self->id);
  g_free (self->municipality_id);
  g_strfreev (self->languages);
  g_ptr_array_unref (self->fields);
  g_ptr_array_unref (self->referrer_checks);
  g_ptr_array_unref (self->served_rows);
  g_ptr_array_unref (self->served_checks);
  g_ptr_array_unref (self->served_expanders);

  G_OBJECT_CLASS (sk_inspector_parent_class)->finalize (object);
}

static void
sk_inspector_class_init (SkInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sk_inspector_dispose;
  object_class->finalize = sk_inspector_finalize;
}

static void
sk_inspector_init (SkInspector *self)
{
  GtkWidget *empty = adw_status_page_new ();

  self->kind = SK_KIND_SERVICE;
  self->fields = g_ptr_array_new_with_free_func (sk_inspector_field_free);
  self->referrer_checks = g_ptr_array_new ();
  self->served_rows = g_ptr_array_new ();
  self->served_checks = g_ptr_array_new ();
  self->served_expanders = g_ptr_array_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "document-properties-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Service Selected"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Select a card on the map to edit its details"));
  gtk_widget_add_css_class (empty, "compact");

  self->scrolled = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_policy (self->scrolled, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->scrolled), "form");
  gtk_stack_set_visible_child_name (self->stack, "empty");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
}

GtkWidget *
sk_inspector_new (void)
{
  return g_object_new (SK_TYPE_INSPECTOR, NULL);
}

void
sk_inspector_set_document (SkInspector *self,
                           SkDocument  *document)
{
  SkMap *map;

  g_return_if_fail (SK_IS_INSPECTOR (self));
  g_return_if_fail (document == NULL || SK_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  disconnect_document (self);
  g_set_object (&self->document, document);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->municipality_id, g_free);
  g_clear_handle_id (&self->sync_id, g_source_remove);

  if (document != NULL)
    {
      map = sk_document_get_map (document);
      g_signal_connect (map, "item-changed", G_CALLBACK (on_item_changed), self);
      for (SkKind kind = SK_FIRST_LIST_KIND; kind < SK_N_KINDS; kind++)
        if (kind != SK_KIND_NOTE)
          g_signal_connect_swapped (sk_map_get_list (map, kind), "items-changed",
                                    G_CALLBACK (on_items_changed), self);
    }
  build_form (self);
}

void
sk_inspector_show (SkInspector *self,
                   SkKind       kind,
                   const char  *id)
{
  g_return_if_fail (SK_IS_INSPECTOR (self));
  g_return_if_fail (kind == SK_KIND_SERVICE || kind == SK_KIND_LEVEL || kind == SK_KIND_PATHWAY);

  if (kind == self->kind && g_strcmp0 (id, self->id) == 0 && !self->rebuild_needed)
    {
      refresh (self);
      return;
    }

  self->kind = kind;
  g_free (self->id);
  self->id = g_strdup (id);
  build_form (self);
  refresh (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
}

void
sk_inspector_set_municipality (SkInspector *self,
                               const char  *municipality_id)
{
  g_return_if_fail (SK_IS_INSPECTOR (self));

  if (g_strcmp0 (municipality_id, self->municipality_id) == 0)
    return;
  g_free (self->municipality_id);
  self->municipality_id = g_strdup (municipality_id);
  /* Which fields are local changes with it; levels and pathways have none. */
  if (self->kind == SK_KIND_SERVICE && self->form != NULL)
    {
      build_form (self);
      refresh (self);
    }
}

void
sk_inspector_focus_name (SkInspector *self)
{
  g_return_if_fail (SK_IS_INSPECTOR (self));

  if (self->name_field == NULL)
    return;
  gtk_widget_grab_focus (self->name_field->editable);
  /* Put the cursor at the end, not selecting the name: a key pressed
   * next should not replace it. */
  gtk_editable_set_position (GTK_EDITABLE (self->name_field->editable), -1);
}
