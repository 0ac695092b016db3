/* sk-preferences-window.c — Preferences: posters' paper, new maps' language,
 * the name notes are signed with
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each row is bound to its key in GSettings: a change applies at once, as
 * everywhere in GNOME. The paper and orientation are where every poster
 * export and print starts; one export may choose another without changing
 * them. The language is the one a map made from a template is written in
 * first. The name signs new workshop notes; empty, the system's name for
 * the person does.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-preferences-window.h"
#include "sk-settings.h"

struct _SkPreferencesWindow
{
  AdwPreferencesWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (SkPreferencesWindow, sk_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static const char * const papers[] = { "A0", "A1", "A2", "A3", "A4", NULL };
static const char * const languages[] = { "nb", "nn", "sma", "en", NULL };

/* A combo row's position ↔ a string key, through the row's own list of
 * values. */
static gboolean
position_from_string (GValue   *value,
                      GVariant *variant,
                      gpointer  values)
{
  const char *string = g_variant_get_string (variant, NULL);

  for (guint i = 0; ((const char * const *) values)[i] != NULL; i++)
    if (g_str_equal (((const char * const *) values)[i], string))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
string_from_position (const GValue       *value,
                      const GVariantType *type,
                      gpointer            values)
{
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **) values))
    return NULL;
  return g_variant_new_string (((const char * const *) values)[position]);
}

static GtkWidget *
combo_row (const char         *title,
           const char         *subtitle,
           const char * const *labels,
           GSettings          *settings,
           const char         *key,
           const char * const *values)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (labels);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  if (settings != NULL)
    {
      if (values != NULL)
        g_settings_bind_with_mapping (settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                      position_from_string, string_from_position, (gpointer) values, NULL);
      else
        g_settings_bind (settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT);
    }
  return row;
}

/* Landscape is a boolean; the row shows Portrait and Landscape. */
static gboolean
position_from_boolean (GValue   *value,
                       GVariant *variant,
                       gpointer  data)
{
  g_value_set_uint (value, g_variant_get_boolean (variant) ? 1 : 0);
  return TRUE;
}

static GVariant *
boolean_from_position (const GValue       *value,
                       const GVariantType *type,
                       gpointer            data)
{
  return g_variant_new_boolean (g_value_get_uint (value) == 1);
}

static void
sk_preferences_window_class_init (SkPreferencesWindowClass *klass)
{
}

static void
sk_preferences_window_init (SkPreferencesWindow *self)
{
  GSettings *settings = sk_settings_get ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *paper_group = adw_preferences_group_new ();
  GtkWidget *maps_group = adw_preferences_group_new ();
  GtkWidget *notes_group = adw_preferences_group_new ();
  const char *paper_labels[] = { "A0", "A1", "A2", "A3", "A4", NULL };
  const char *orientation_labels[] = { _("Portrait"), _("Landscape"), NULL };
  const char *language_labels[] = { _("Bokmål"), _("Nynorsk"), _("Southern Sami"), _("English"), NULL };
  GtkWidget *orientation, *author;
  g_autofree char *hint = NULL;
  const char *system_name = g_get_real_name ();

  gtk_window_set_title (GTK_WINDOW (self), _("Preferences"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 560);
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (self), FALSE);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (paper_group), _("Posters"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (paper_group),
                                         _("Where every poster export and print starts; one export can still choose "
                                           "another paper"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (paper_group),
                             combo_row (_("_Paper"), NULL, paper_labels, settings, "default-paper", papers));
  orientation = combo_row (_("_Orientation"), NULL, orientation_labels, NULL, NULL, NULL);
  if (settings != NULL)
    g_settings_bind_with_mapping (settings, "default-landscape", orientation, "selected", G_SETTINGS_BIND_DEFAULT,
                                  position_from_boolean, boolean_from_position, NULL, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (paper_group), orientation);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (maps_group), _("New Maps"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (maps_group),
                             combo_row (_("_Language"), _("The language a map made from a template is written in first"),
                                        language_labels, settings, "new-map-language", languages));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (notes_group), _("Workshop Notes"));
  if (system_name == NULL || *system_name == '\0' || g_str_equal (system_name, "Unknown"))
    system_name = g_get_user_name ();
  /* TRANSLATORS: %s is the name the system has for the user */
  hint = g_strdup_printf (_("New notes are signed with this name; left empty, with “%s”"), system_name);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (notes_group), hint);
  author = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (author), _("Your _Name"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (author), TRUE);
  if (settings != NULL)
    g_settings_bind (settings, "note-author", author, "text", G_SETTINGS_BIND_DEFAULT);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (notes_group), author);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (paper_group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (maps_group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (notes_group));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (page));
}

GtkWidget *
sk_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (SK_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
}
