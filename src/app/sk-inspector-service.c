/* sk-inspector-service.c — the inspector's form for a service
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every field of a service as data/FORMAT.md lists it, in the order a
 * workshop fills them in: its name, its place on the map, what families
 * read, how to get in, how to reach it and where it is offered. Most rows
 * are fields of sk-inspector.c; the lists of services that may refer and
 * of municipalities served are check rows built here, because one click
 * there changes a whole array.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-commands.h"
#include "sk-group.h"
#include "sk-inspector-private.h"
#include "sk-level.h"
#include "sk-municipality.h"
#include "sk-schema.h"
#include "sk-sector.h"
#include "sk-service.h"

static const struct {
  const char *owner;
  const char *label;
} owner_labels[] = {
  { "kommune", N_("Municipality") },
  { "interkommunal", N_("Inter-municipal") },
  { "fylkeskommune", N_("County") },
  { "helseforetak", N_("Hospital trust") },
  { "stat", N_("State") },
  { "frivillig", N_("Voluntary or non-profit") },
  { "kommune+helseforetak", N_("Municipality and hospital trust together") },
};

/* --- choices ---------------------------------------------------------- */

static void
fill_levels (SkInspector      *self,
             SkInspectorField *field)
{
  SkMap *map = sk_inspector_get_map (self);
  GListModel *levels = sk_map_get_levels (map);

  /* Top first, as the pyramid reads. */
  for (guint i = g_list_model_get_n_items (levels); i > 0; i--)
    {
      g_autoptr(SkLevel) level = g_list_model_get_item (levels, i - 1);
      /* TRANSLATORS: a level's number and name: "3 – Kommunal oppfølging" */
      g_autofree char *label = g_strdup_printf (_("%u – %s"), i,
                                                sk_level_get_name (level, sk_map_get_language (map)));

      sk_inspector_choice_add_string (field, label, sk_item_get_id (SK_ITEM (level)));
    }
  sk_inspector_choice_add (field, _("Beside the pyramid"), json_node_init_null (json_node_alloc ()));
}

static void
fill_sectors (SkInspector      *self,
              SkInspectorField *field)
{
  SkMap *map = sk_inspector_get_map (self);
  GListModel *sectors = sk_map_get_sectors (map);

  for (guint i = 0; i < g_list_model_get_n_items (sectors); i++)
    {
      g_autoptr(SkSector) sector = g_list_model_get_item (sectors, i);

      sk_inspector_choice_add_string (field, sk_sector_get_name (sector, sk_map_get_language (map)),
                                      sk_item_get_id (SK_ITEM (sector)));
    }
}

static void
fill_owners (SkInspector      *self,
             SkInspectorField *field)
{
  const char * const *owners = sk_service_owners ();

  for (guint i = 0; owners[i] != NULL; i++)
    {
      const char *label = owners[i];

      for (guint j = 0; j < G_N_ELEMENTS (owner_labels); j++)
        if (g_str_equal (owners[i], owner_labels[j].owner))
          label = _(owner_labels[j].label);
      sk_inspector_choice_add_string (field, label, owners[i]);
    }
}

/* "free" and "confidential": absent means the map does not say. */
static void
fill_yes_no (SkInspector      *self,
             SkInspectorField *field)
{
  sk_inspector_choice_add (field, _("Not stated"), NULL);
  sk_inspector_choice_add (field, _("Yes"), json_node_init_boolean (json_node_alloc (), TRUE));
  sk_inspector_choice_add (field, _("No"), json_node_init_boolean (json_node_alloc (), FALSE));
}

static void
fill_access_modes (SkInspector      *self,
                   SkInspectorField *field)
{
  sk_inspector_choice_add_string (field, _("Not stated"), NULL);
  sk_inspector_choice_add_string (field, _("Contact it directly"), "direct");
  sk_inspector_choice_add_string (field, _("Referral required"), "referral");
}

/* --- lists of services and municipalities ----------------------------- */

static JsonNode *
ids_of_active (GPtrArray *checks)
{
  g_autoptr(JsonArray) ids = json_array_new ();

  for (guint i = 0; i < checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (checks, i);

      if (gtk_check_button_get_active (check))
        json_array_add_string_element (ids, g_object_get_data (G_OBJECT (check), "sk-id"));
    }
  return json_node_init_array (json_node_alloc (), ids);
}

static gboolean
array_has (JsonArray  *array,
           const char *id)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_array_get_string_element (array, i), id) == 0)
      return TRUE;
  return FALSE;
}

static void
apply_edit (SkInspector *self,
            const char  *path,
            JsonNode    *value)
{
  g_autoptr(GError) error = NULL;
  SkCommand *command;

  if (sk_inspector_get_item (self) == NULL)
    return;
  command = sk_command_new_edit (sk_inspector_get_map (self), SK_KIND_SERVICE, self->id,
                                 path, value, &error);
  sk_inspector_apply (self, command, error);
}

static void
on_referrer_toggled (SkInspector *self)
{
  g_autoptr(JsonNode) referrers = NULL;

  if (self->updating)
    return;
  referrers = ids_of_active (self->referrer_checks);
  apply_edit (self, "access.referrers",
              json_array_get_length (json_node_get_array (referrers)) > 0 ? referrers : NULL);
}

static void
on_served_toggled (SkInspector *self)
{
  g_autoptr(JsonNode) served = NULL;

  if (self->updating)
    return;
  served = ids_of_active (self->served_checks);
  apply_edit (self, "municipalities", served);
}

static void
on_all_toggled (SkInspector *self)
{
  g_autoptr(JsonArray) ids = json_array_new ();
  g_autoptr(JsonNode) all = NULL;
  GListModel *municipalities;

  if (self->updating)
    return;
  if (gtk_switch_get_active (GTK_SWITCH (self->all_switch)))
    {
      apply_edit (self, "municipalities", NULL);
      return;
    }

  /* Listing every municipality changes nothing that is printed, and is
   * where "all but one" starts. */
  municipalities = sk_map_get_municipalities (sk_inspector_get_map (self));
  for (guint i = 0; i < g_list_model_get_n_items (municipalities); i++)
    {
      g_autoptr(SkItem) municipality = g_list_model_get_item (municipalities, i);

      json_array_add_string_element (ids, sk_item_get_id (municipality));
    }
  all = json_node_init_array (json_node_alloc (), ids);
  apply_edit (self, "municipalities", all);
}

static GtkWidget *
new_check_row (SkInspector *self,
               const char  *title,
               const char  *id,
               GPtrArray   *checks,
               GCallback    toggled)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data_full (G_OBJECT (check), "sk-id", g_strdup (id), g_free);
  g_signal_connect_swapped (check, "toggled", toggled, self);
  g_ptr_array_add (checks, check);
  return row;
}

static void
refill_referrers (SkInspector *self)
{
  SkMap *map = sk_inspector_get_map (self);
  GListModel *services = sk_map_get_services (map);

  for (guint i = 0; i < self->referrer_checks->len; i++)
    {
      GtkWidget *row = gtk_widget_get_ancestor (g_ptr_array_index (self->referrer_checks, i),
                                                ADW_TYPE_ACTION_ROW);

      g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->referrer_checks, i), self);
      if (row != NULL)
        adw_expander_row_remove (ADW_EXPANDER_ROW (self->referrers_row), row);
    }
  g_ptr_array_set_size (self->referrer_checks, 0);

  /* A row per service is built when the list is opened: on a map of
   * 2,000 services, building them all made choosing a card take 2.5 s. */
  if (!adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self->referrers_row)))
    return;
  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr(SkService) service = g_list_model_get_item (services, i);
      const char *id = sk_item_get_id (SK_ITEM (service));

      if (g_strcmp0 (id, self->id) == 0)
        continue;
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self->referrers_row),
                                new_check_row (self, sk_service_get_label (service, sk_map_get_language (map)),
                                               id, self->referrer_checks,
                                               G_CALLBACK (on_referrer_toggled)));
    }
}

static void
on_referrers_expanded (SkInspector *self)
{
  SkItem *service = sk_map_lookup (sk_inspector_get_map (self), SK_KIND_SERVICE, self->id);

  refill_referrers (self);
  if (service != NULL)
    sk_inspector_refresh_service (self, service);
}

static GtkWidget *
new_group_row (SkInspector *self,
               SkGroup     *group,
               GHashTable  *expanded)
{
  GtkWidget *row = adw_expander_row_new ();
  const char *id = sk_item_get_id (SK_ITEM (group));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 sk_group_get_name (group, sk_map_get_language (sk_inspector_get_map (self))));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), g_hash_table_contains (expanded, id));
  g_object_set_data_full (G_OBJECT (row), "sk-id", g_strdup (id), g_free);
  g_object_set_data_full (G_OBJECT (row), "sk-checks", g_ptr_array_new (), (GDestroyNotify) g_ptr_array_unref);
  return row;
}

static void
refill_served (SkInspector *self)
{
  AdwPreferencesGroup *served_group = ADW_PREFERENCES_GROUP (self->served_group);
  SkMap *map = sk_inspector_get_map (self);
  GListModel *groups = sk_map_get_groups (map);
  GListModel *municipalities = sk_map_get_municipalities (map);
  guint n = g_list_model_get_n_items (municipalities);
  g_autoptr(GHashTable) expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) grouped = g_hash_table_new (g_str_hash, g_str_equal);

  /* Keep open what was open: this runs whenever a list changes. */
  for (guint i = 0; i < self->served_expanders->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->served_expanders, i);

      if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
        g_hash_table_add (expanded, g_strdup (g_object_get_data (G_OBJECT (row), "sk-id")));
    }
  for (guint i = 0; i < self->served_checks->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->served_checks, i), self);
  for (guint i = 0; i < self->served_rows->len; i++)
    adw_preferences_group_remove (served_group, g_ptr_array_index (self->served_rows, i));
  g_ptr_array_set_size (self->served_rows, 0);
  g_ptr_array_set_size (self->served_checks, 0);
  g_ptr_array_set_size (self->served_expanders, 0);

  for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
    {
      g_autoptr(SkGroup) group = g_list_model_get_item (groups, g);
      const char *group_id = sk_item_get_id (SK_ITEM (group));
      GtkWidget *group_row = NULL;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SkMunicipality) municipality = g_list_model_get_item (municipalities, i);
          const char *id = sk_item_get_id (SK_ITEM (municipality));
          GtkWidget *row;

          if (g_strcmp0 (sk_municipality_get_group_id (municipality), group_id) != 0)
            continue;
          if (group_row == NULL)
            group_row = new_group_row (self, group, expanded);
          row = new_check_row (self, sk_municipality_get_name (municipality), id,
                               self->served_checks, G_CALLBACK (on_served_toggled));
          g_ptr_array_add (g_object_get_data (G_OBJECT (group_row), "sk-checks"),
                           g_ptr_array_index (self->served_checks, self->served_checks->len - 1));
          adw_expander_row_add_row (ADW_EXPANDER_ROW (group_row), row);
          g_hash_table_add (grouped, (gpointer) id);
        }
      if (group_row != NULL)
        {
          adw_preferences_group_add (served_group, group_row);
          g_ptr_array_add (self->served_rows, group_row);
          g_ptr_array_add (self->served_expanders, group_row);
        }
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkMunicipality) municipality = g_list_model_get_item (municipalities, i);
      const char *id = sk_item_get_id (SK_ITEM (municipality));
      GtkWidget *row;

      if (g_hash_table_contains (grouped, id))
        continue;
      row = new_check_row (self, sk_municipality_get_name (municipality), id,
                           self->served_checks, G_CALLBACK (on_served_toggled));
      adw_preferences_group_add (served_group, row);
      g_ptr_array_add (self->served_rows, row);
    }

  adw_preferences_group_set_description (served_group,
                                         n == 0 ? _("The map lists no municipalities yet.") : NULL);
}

void
sk_inspector_refill_service (SkInspector *self)
{
  refill_referrers (self);
  refill_served (self);
}

/* --- the form --------------------------------------------------------- */

void
sk_inspector_build_service (SkInspector *self,
                            GtkBox      *form)
{
  gboolean local = sk_inspector_is_local (self);
  const char *town = sk_inspector_get_municipality_name (self);
  g_autofree char *description = NULL;
  AdwPreferencesGroup *group;
  SkInspectorField *field;
  GtkWidget *row;

  if (local)
    description = g_strdup_printf (_("The name in %s is local; left empty, the region’s name is used."), town);
  group = sk_inspector_add_group (form, _("Name"), description);
  self->name_field = sk_inspector_add_text (self, group, SK_INSPECTOR_ENTRY, _("Name"), "name", TRUE);
  sk_inspector_add_field (self, group, SK_INSPECTOR_ENTRY, _("Short name (PPT, BUP)"), "short_name", FALSE);

  group = sk_inspector_add_group (form, _("On the Map"), NULL);
  sk_inspector_add_choice (self, group, _("Level"), "level", fill_levels);
  sk_inspector_add_choice (self, group, _("Sector"), "sector", fill_sectors);
  sk_inspector_add_choice (self, group, _("Owner"), "owner", fill_owners);
  sk_inspector_add_text (self, group, SK_INSPECTOR_ENTRY, _("Organisation on the card"), "organisation", FALSE);

  group = sk_inspector_add_group (form, _("For Families"),
                                  _("In plain language: what the service does and who it is for."));
  sk_inspector_add_text (self, group, SK_INSPECTOR_PARAGRAPH, _("What it does"), "description", FALSE);
  sk_inspector_add_field (self, group, SK_INSPECTOR_NUMBER, _("From age"), "ages.min", FALSE);
  sk_inspector_add_field (self, group, SK_INSPECTOR_NUMBER, _("To age"), "ages.max", FALSE);
  sk_inspector_add_choice (self, group, _("Free of charge"), "free", fill_yes_no);
  sk_inspector_add_choice (self, group, _("Confidential"), "confidential", fill_yes_no);

  group = sk_inspector_add_group (form, _("Access"), NULL);
  field = sk_inspector_add_choice (self, group, _("How to get in"), "access.mode", fill_access_modes);
  /* Access is an object whose mode is required: "not stated" removes it. */
  field->remove_path = g_strdup ("access");
  self->referrers_row = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->referrers_row), _("Who may refer"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->referrers_row), FALSE);
  adw_preferences_group_add (group, self->referrers_row);
  g_signal_connect_swapped (self->referrers_row, "notify::expanded", G_CALLBACK (on_referrers_expanded), self);
  sk_inspector_add_text (self, group, SK_INSPECTOR_ENTRY, _("More about access"), "access.note", FALSE);

  g_clear_pointer (&description, g_free);
  if (local)
    description = g_strdup_printf (_("Contact details in %s are local; a field left empty uses the region’s."),
                                   town);
  group = sk_inspector_add_group (form, _("Contact"), description);
  field = sk_inspector_add_field (self, group, SK_INSPECTOR_ENTRY, _("Phone"), "contact.phone", TRUE);
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (field->row), GTK_INPUT_PURPOSE_PHONE);
  field = sk_inspector_add_field (self, group, SK_INSPECTOR_ENTRY, _("E-mail"), "contact.email", TRUE);
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (field->row), GTK_INPUT_PURPOSE_EMAIL);
  field = sk_inspector_add_field (self, group, SK_INSPECTOR_ENTRY, _("Web address"), "contact.web", TRUE);
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (field->row), GTK_INPUT_PURPOSE_URL);
  sk_inspector_add_field (self, group, SK_INSPECTOR_ENTRY, _("Address"), "contact.address", TRUE);
  sk_inspector_add_text (self, group, SK_INSPECTOR_ENTRY, _("Opening hours"), "contact.hours", TRUE);

  group = sk_inspector_add_group (form, _("Municipalities Served"), NULL);
  self->served_group = GTK_WIDGET (group);
  if (local)
    {
      g_autofree char *title = g_strdup_printf (_("Offered in %s"), town);

      /* "offered" is true unless it says false, so "on" removes it. */
      sk_inspector_add_switch (self, group, title, "offered", NULL,
                               json_node_init_boolean (json_node_alloc (), FALSE), TRUE);
      /* A municipality's overrides may also name who provides it there
       * (another hospital trust); the region has no such field. */
      sk_inspector_add_field (self, group, SK_INSPECTOR_ENTRY, _("Provided here by"), "provider", TRUE);
    }
  row = adw_action_row_new ();
  self->all_switch = gtk_switch_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("All municipalities"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Turn off to choose them one by one"));
  gtk_widget_set_valign (self->all_switch, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->all_switch);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), self->all_switch);
  g_signal_connect_swapped (self->all_switch, "notify::active", G_CALLBACK (on_all_toggled), self);
  adw_preferences_group_add (group, row);
}

void
sk_inspector_refresh_service (SkInspector *self,
                              SkItem      *service)
{
  SkMap *map = sk_inspector_get_map (self);
  JsonObject *access = sk_item_get_object (service, "access");
  const char *mode = access != NULL ? json_object_get_string_member_with_default (access, "mode", NULL) : NULL;
  JsonArray *referrers = NULL;
  JsonArray *served = sk_item_get_array (service, "municipalities");
  g_autoptr(GString) names = g_string_new (NULL);

  if (access != NULL && json_object_has_member (access, "referrers"))
    referrers = json_object_get_array_member (access, "referrers");

  self->updating++;

  for (guint i = 0; i < self->referrer_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->referrer_checks, i);

      gtk_check_button_set_active (check, array_has (referrers, g_object_get_data (G_OBJECT (check), "sk-id")));
    }
  for (guint i = 0; referrers != NULL && i < json_array_get_length (referrers); i++)
    {
      const char *id = json_array_get_string_element (referrers, i);
      SkItem *referrer = sk_map_lookup (map, SK_KIND_SERVICE, id);

      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, referrer != NULL
                       ? sk_service_get_label (SK_SERVICE (referrer), sk_map_get_language (map)) : id);
    }
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->referrers_row),
                                 names->len > 0 ? names->str : _("Not stated"));
  /* Who may refer only means something when a referral is required, and
   * a note on access needs a way in to be about. */
  gtk_widget_set_sensitive (self->referrers_row, g_strcmp0 (mode, "referral") == 0);
  for (guint i = 0; i < self->fields->len; i++)
    {
      SkInspectorField *field = g_ptr_array_index (self->fields, i);

      if (g_str_has_prefix (field->path, "access.note."))
        gtk_widget_set_sensitive (field->row, mode != NULL);
    }

  gtk_switch_set_active (GTK_SWITCH (self->all_switch), served == NULL);
  for (guint i = 0; i < self->served_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->served_checks, i);
      const char *id = g_object_get_data (G_OBJECT (check), "sk-id");

      GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (check), ADW_TYPE_ACTION_ROW);

      gtk_check_button_set_active (check, served == NULL || array_has (served, id));
      gtk_widget_set_sensitive (row != NULL ? row : GTK_WIDGET (check), served != NULL);
    }
  for (guint i = 0; i < self->served_expanders->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->served_expanders, i);
      GPtrArray *checks = g_object_get_data (G_OBJECT (row), "sk-checks");
      g_autofree char *subtitle = NULL;
      guint on = 0;

      for (guint j = 0; j < checks->len; j++)
        if (gtk_check_button_get_active (g_ptr_array_index (checks, j)))
          on++;
      /* TRANSLATORS: municipalities of a group that the service serves: "3 of 5" */
      subtitle = g_strdup_printf (_("%u of %u"), on, checks->len);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
    }

  self->updating--;
}
