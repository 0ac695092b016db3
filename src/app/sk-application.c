/* sk-application.c — the editor's application: windows, actions, accels
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-application.h"
#include "sk-preferences-window.h"
#include "sk-window.h"
#include "sk-window-private.h"

struct _SkApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (SkApplication, sk_application, ADW_TYPE_APPLICATION)

static SkWindow *
new_window (GApplication *application)
{
  SkWindow *window = sk_window_new (GTK_APPLICATION (application));

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
sk_application_activate (GApplication *application)
{
  new_window (application);
}

/* Each map in a window of its own; a window showing its start page takes
 * the first. A spreadsheet goes to the map in the active window, to be
 * imported there. */
static void
sk_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (application));
      SkWindow *window;

      if (sk_window_is_spreadsheet (files[i]) && active != NULL && SK_IS_WINDOW (active)
          && sk_window_has_document (SK_WINDOW (active)))
        {
          sk_window_import_spreadsheet (SK_WINDOW (active), files[i]);
          continue;
        }
      window = active != NULL && SK_IS_WINDOW (active) && !sk_window_has_document (SK_WINDOW (active))
               ? SK_WINDOW (active) : new_window (application);

      sk_window_open_file (window, files[i]);
    }
}

static void
action_new_window (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       application)
{
  new_window (application);
}

static void
action_quit (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       application)
{
  /* Each window asks about its own changes. */
  GList *windows = g_list_copy (gtk_application_get_windows (application));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static void
action_preferences (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       application)
{
  GtkWidget *window = sk_preferences_window_new (gtk_application_get_active_window (application));

  gtk_window_present (GTK_WINDOW (window));
}

static void
action_about (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       application)
{
  const char *developers[] = { "The Sammenkart developers", NULL };
  const char *artists[] = { _("The Sammenkart developers (app, file and sector icons)"), NULL };
  const char *libraries[] = { "GTK https://gtk.org", "libadwaita https://gnome.pages.gitlab.gnome.org/libadwaita/",
                              "cairo https://cairographics.org", "Pango https://pango.gnome.org",
                              "librsvg https://gitlab.gnome.org/GNOME/librsvg",
                              "json-glib https://gitlab.gnome.org/GNOME/json-glib", "qpdf https://qpdf.sourceforge.io",
                              "libcsv https://github.com/rgamble/libcsv", "Noto Sans https://notofonts.github.io",
                              NULL };
  const char *content[] = { _("Helsefellesskapet i søndre Trøndelag: the regional template's region (the "
                              "template is an example, not the region's official map)"), NULL };
  GtkWidget *about = adw_about_window_new ();

  g_object_set (about,
                "transient-for", gtk_application_get_active_window (application),
                "application-name", _("Sammenkart"),
                "application-icon", APP_ID,
                "version", PACKAGE_VERSION,
                "developer-name", _("The Sammenkart developers"),
                "developers", developers,
                "artists", artists,
                "copyright", "© 2026 The Sammenkart developers",
                "license-type", GTK_LICENSE_GPL_3_0,
                "website", "https://github.com/sammenkart/sammenkart",
                "issue-url", "https://github.com/sammenkart/sammenkart/issues",
                "comments", _("Map the services for children and youth on a pyramid, link them into pathways, "
                              "and print posters and family brochures."),
                "release-notes-version", "0.1.0",
                "release-notes", _("<p>The first release: the map editor, workshops, posters, brochures, "
                                   "spreadsheets and printing.</p>"),
                /* TRANSLATORS: your names, one per line, as "Name <e-mail>" or "Name https://…" */
                "translator-credits", _("translator-credits"),
                NULL);
  adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about), _("Built with"), libraries);
  adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about), _("Map content"), content);
  gtk_window_present (GTK_WINDOW (about));
}

static void
sk_application_startup (GApplication *application)
{
  static const GActionEntry actions[] = {
    { .name = "new-window", .activate = action_new_window },
    { .name = "quit", .activate = action_quit },
    { .name = "preferences", .activate = action_preferences },
    { .name = "about", .activate = action_about },
  };
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.new-window", { "<Control><Shift>n", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.export", { "<Control>e", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "win.print-preview", { "<Control><Shift>p", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
    { "win.add-service", { "<Control>n", NULL } },
    { "win.zoom-in", { "<Control>plus", "<Control>equal", "<Control>KP_Add" } },
    { "win.zoom-out", { "<Control>minus", "<Control>KP_Subtract", NULL } },
    { "win.zoom-fit", { "<Control>0", "<Control>KP_0", NULL } },
    { "win.present", { "F5", NULL } },
    { "win.audience", { "<Shift>F5", NULL } },
    { "win.walkthrough", { "<Control>F5", NULL } },
    { "panel.side-panel", { "F9", NULL } },
    { "window.close", { "<Control>w", NULL } },
  };

  G_APPLICATION_CLASS (sk_application_parent_class)->startup (application);
  g_action_map_add_action_entries (G_ACTION_MAP (application), actions, G_N_ELEMENTS (actions), application);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    {
      const char *list[4] = { accels[i].accels[0], accels[i].accels[1], accels[i].accels[2], NULL };

      gtk_application_set_accels_for_action (GTK_APPLICATION (application), accels[i].action, list);
    }
}

static void
sk_application_class_init (SkApplicationClass *klass)
{
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  application_class->activate = sk_application_activate;
  application_class->open = sk_application_open;
  application_class->startup = sk_application_startup;
}

static void
sk_application_init (SkApplication *self)
{
}

SkApplication *
sk_application_new (void)
{
  return g_object_new (SK_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/sammenkart/Sammenkart",
                       NULL);
}
