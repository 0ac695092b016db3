/* sk-window.c — one map's window: start page, canvas, side panel
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window ties the parts together: the canvas and the side panel's
 * pages (inspector, pathways, levels and sectors) edit one document; the
 * header bar's buttons are the window's actions, and undo and redo name
 * what they will do. Files are in sk-window-files.c, deleting and adding
 * services in sk-window-edit.c.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sk-export-dialog.h"
#include "sk-municipality.h"
#include "sk-print.h"
#include "sk-settings.h"
#include "sk-window-private.h"

G_DEFINE_FINAL_TYPE (SkWindow, sk_window, ADW_TYPE_APPLICATION_WINDOW)

void
sk_window_toast (SkWindow   *self,
                 const char *message)
{
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
}

void
sk_window_error (SkWindow   *self,
                 const char *heading,
                 const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --- title, undo and redo --------------------------------------------- */

static void
update_title (SkWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *window_title = NULL;
  const char *path;
  SkMap *map;

  if (self->document == NULL)
    {
      adw_window_title_set_title (self->title, _("Sammenkart"));
      adw_window_title_set_subtitle (self->title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Sammenkart"));
      return;
    }
  map = sk_document_get_map (self->document);
  path = sk_document_get_path (self->document);
  /* A dot before the name says there are changes not yet saved. */
  title = g_strdup_printf ("%s%s", sk_document_get_modified (self->document) ? "• " : "",
                           sk_map_get_title (map, NULL));
  if (path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *dir = g_path_get_dirname (path);
      g_autofree char *home = g_strdup (g_get_home_dir ());
      const char *shown = g_str_has_prefix (dir, home) ? dir + strlen (home) : dir;

      subtitle = g_strdup_printf ("%s — %s%s", name, g_str_has_prefix (dir, home) ? "~" : "", shown);
    }
  else
    subtitle = g_strdup (_("Not saved yet"));
  /* Changes not saved are safe in the journal: say so. */
  if (sk_document_get_modified (self->document) && sk_window_journal_ok (self))
    {
      char *kept = g_strdup_printf ("%s · %s", subtitle, _("all changes kept"));

      g_free (subtitle);
      subtitle = kept;
    }
  adw_window_title_set_title (self->title, title);
  adw_window_title_set_subtitle (self->title, subtitle);
  window_title = g_strdup_printf ("%s — %s", title, _("Sammenkart"));
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

static void
update_undo (SkWindow *self)
{
  SkUndoStack *stack = self->document != NULL ? sk_document_get_undo_stack (self->document) : NULL;
  const char *undo = stack != NULL ? sk_undo_stack_get_undo_label (stack) : NULL;
  const char *redo = stack != NULL ? sk_undo_stack_get_redo_label (stack) : NULL;
  g_autofree char *undo_tip = undo != NULL ? g_strdup_printf (_("Undo %s"), undo) : g_strdup (_("Nothing to undo"));
  g_autofree char *redo_tip = redo != NULL ? g_strdup_printf (_("Redo %s"), redo) : g_strdup (_("Nothing to redo"));

  gtk_widget_set_tooltip_text (self->undo_button, undo_tip);
  gtk_widget_set_tooltip_text (self->redo_button, redo_tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->undo_button), GTK_ACCESSIBLE_PROPERTY_LABEL, undo_tip, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->redo_button), GTK_ACCESSIBLE_PROPERTY_LABEL, redo_tip, -1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", stack != NULL && sk_undo_stack_can_undo (stack));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", stack != NULL && sk_undo_stack_can_redo (stack));
  update_title (self);
}

/* --- municipalities --------------------------------------------------- */

static void
fill_municipalities (SkWindow *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *municipalities;
  guint n;

  g_ptr_array_set_size (self->municipality_ids, 0);
  gtk_string_list_append (names, _("Whole region"));
  municipalities = self->document != NULL ? sk_map_get_municipalities (sk_document_get_map (self->document)) : NULL;
  n = municipalities != NULL ? g_list_model_get_n_items (municipalities) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkMunicipality) municipality = g_list_model_get_item (municipalities, i);

      gtk_string_list_append (names, sk_municipality_get_name (municipality));
      g_ptr_array_add (self->municipality_ids, g_strdup (sk_item_get_id (SK_ITEM (municipality))));
    }
  gtk_drop_down_set_model (self->municipality_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->municipality_dropdown, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->municipality_dropdown), n > 0);
}

static void
on_municipality_selected (SkWindow *self)
{
  guint position = gtk_drop_down_get_selected (self->municipality_dropdown);
  const char *id = position > 0 && position <= self->municipality_ids->len
                   ? g_ptr_array_index (self->municipality_ids, position - 1) : NULL;

  sk_canvas_set_municipality (self->canvas, id);
  sk_inspector_set_municipality (SK_INSPECTOR (self->inspector), id);
  sk_window_present_follow (self);
}

/* --- the document ----------------------------------------------------- */

gboolean
sk_window_has_document (SkWindow *self)
{
  return self->document != NULL;
}

/**
 * sk_window_open_document:
 * @recovered: the document's map was recovered from a journal
 *
 * Shows @document in this window, with a journal of its edits.
 */
void
sk_window_open_document (SkWindow   *self,
                         SkDocument *document,
                         gboolean    recovered)
{
  gboolean has = document != NULL;

  /* A window only leaves its start page; a journal it had stays on disk. */
  sk_window_stop_journal (self, TRUE);
  sk_window_present_stop (self);

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (sk_document_get_undo_stack (self->document), self);
      g_signal_handlers_disconnect_by_data (self->document, self);
    }
  g_set_object (&self->document, document);
  if (has)
    {
      SkUndoStack *stack = sk_document_get_undo_stack (document);

      g_signal_connect_swapped (stack, "notify::undo-label", G_CALLBACK (update_undo), self);
      g_signal_connect_swapped (stack, "notify::redo-label", G_CALLBACK (update_undo), self);
      g_signal_connect_swapped (stack, "notify::can-undo", G_CALLBACK (update_undo), self);
      g_signal_connect_swapped (stack, "notify::can-redo", G_CALLBACK (update_undo), self);
      /* The map's title changes with a step; the file and the modified
       * mark with the document's properties. */
      g_signal_connect_swapped (stack, "changed", G_CALLBACK (update_title), self);
      g_signal_connect_swapped (document, "notify", G_CALLBACK (update_title), self);
    }
  if (has)
    sk_window_start_journal (self, recovered);
  sk_canvas_set_document (self->canvas, document);
  sk_inspector_set_document (SK_INSPECTOR (self->inspector), document);
  sk_pathway_panel_set_document (SK_PATHWAY_PANEL (self->pathway_panel), document);
  sk_levels_panel_set_document (SK_LEVELS_PANEL (self->levels_panel), document);
  sk_window_notes_set_document (self, document);
  fill_municipalities (self);

  for (const char * const *name = (const char *[]) { "win.save", "win.save-as", "win.export", "win.delete",
                                                     "win.add-service", "win.zoom-in", "win.zoom-out",
                                                     "win.zoom-fit", "win.present", "win.audience",
                                                     "win.walkthrough", "win.import-csv", "win.export-csv",
                                                     "win.print", "win.print-preview", NULL };
       *name != NULL; name++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), *name, has);
  gtk_widget_set_visible (self->save_button, has);
  gtk_widget_set_visible (self->undo_button, has);
  gtk_widget_set_visible (self->redo_button, has);
  gtk_widget_set_visible (self->export_button, has);
  gtk_widget_set_visible (self->present_button, has);
  gtk_widget_set_visible (self->panel_button, has);
  gtk_stack_set_visible_child_name (self->stack, has ? "editor" : "start");
  if (!has)
    sk_window_fill_start_page (self);
  update_undo (self);
  if (has)
    gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

/* --- the canvas and the panels ---------------------------------------- */

static void
on_selection_changed (SkWindow *self)
{
  g_autoptr(GPtrArray) selection = sk_canvas_get_selection (self->canvas);

  sk_inspector_show (SK_INSPECTOR (self->inspector), SK_KIND_SERVICE,
                     selection->len == 1 ? g_ptr_array_index (selection, 0) : NULL);
  sk_window_notes_follow (self);
}

static void
on_card_activated (SkWindow   *self,
                   const char *service_id)
{
  sk_canvas_select (self->canvas, service_id);
  gtk_widget_set_visible (self->side_panel, TRUE);
  adw_view_stack_set_visible_child_name (self->side_stack, "inspector");
  sk_inspector_show (SK_INSPECTOR (self->inspector), SK_KIND_SERVICE, service_id);
  sk_inspector_focus_name (SK_INSPECTOR (self->inspector));
}

static void
on_card_clicked (SkWindow   *self,
                 const char *service_id)
{
  SkPathwayPanel *panel = SK_PATHWAY_PANEL (self->pathway_panel);

  if (sk_pathway_panel_get_adding_steps (panel))
    sk_pathway_panel_add_step (panel, service_id);
}

static void
on_focus_pathway (SkWindow *self)
{
  sk_canvas_set_focus_pathway (self->canvas, sk_pathway_panel_get_selected (SK_PATHWAY_PANEL (self->pathway_panel)));
  sk_window_present_follow (self);
  sk_window_notes_follow (self);
}

static void
on_canvas_message (SkWindow   *self,
                   const char *message)
{
  sk_window_toast (self, message);
}

/* --- actions ---------------------------------------------------------- */

static void
action_open (GtkWidget  *widget,
             const char *name,
             GVariant   *parameter)
{
  sk_window_open (SK_WINDOW (widget));
}

static void
action_save (GtkWidget  *widget,
             const char *name,
             GVariant   *parameter)
{
  sk_window_save (SK_WINDOW (widget), g_str_equal (name, "win.save-as"));
}

static void
action_export (GtkWidget  *widget,
               const char *name,
               GVariant   *parameter)
{
  SkWindow *self = SK_WINDOW (widget);
  guint position = gtk_drop_down_get_selected (self->municipality_dropdown);

  sk_export_dialog_present (GTK_WINDOW (self), self->document,
                            position > 0 && position <= self->municipality_ids->len
                            ? g_ptr_array_index (self->municipality_ids, position - 1) : NULL);
}

/* Ctrl+P prints through the print dialog; Print Preview shows the pages
 * first (see sk-print.c). */
static void
action_print (GtkWidget  *widget,
              const char *name,
              GVariant   *parameter)
{
  SkWindow *self = SK_WINDOW (widget);
  guint position = gtk_drop_down_get_selected (self->municipality_dropdown);
  GSettings *settings = sk_settings_get ();
  g_autofree char *paper = settings != NULL ? g_settings_get_string (settings, "default-paper") : NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;

  operation = sk_print_operation_new (sk_document_get_map (self->document),
                                      position > 0 && position <= self->municipality_ids->len
                                      ? g_ptr_array_index (self->municipality_ids, position - 1) : NULL,
                                      paper);
  sk_print_run (operation,
                g_str_equal (name, "win.print-preview") ? GTK_PRINT_OPERATION_ACTION_PREVIEW
                                                        : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                GTK_WINDOW (self));
}

static void
action_undo (GtkWidget  *widget,
             const char *name,
             GVariant   *parameter)
{
  SkWindow *self = SK_WINDOW (widget);
  SkUndoStack *stack = self->document != NULL ? sk_document_get_undo_stack (self->document) : NULL;

  if (stack == NULL)
    return;
  if (g_str_equal (name, "win.undo"))
    sk_undo_stack_undo (stack);
  else
    sk_undo_stack_redo (stack);
}

static void
action_edit (GtkWidget  *widget,
             const char *name,
             GVariant   *parameter)
{
  SkWindow *self = SK_WINDOW (widget);

  if (g_str_equal (name, "win.delete"))
    sk_window_delete_selection (self);
  else
    sk_window_add_service (self);
}

static void
action_zoom (GtkWidget  *widget,
             const char *name,
             GVariant   *parameter)
{
  SkWindow *self = SK_WINDOW (widget);

  if (g_str_equal (name, "win.zoom-in"))
    sk_canvas_zoom_by (self->canvas, 1.25);
  else if (g_str_equal (name, "win.zoom-out"))
    sk_canvas_zoom_by (self->canvas, 0.8);
  else
    sk_canvas_zoom_fit (self->canvas);
}

/* --- settings --------------------------------------------------------- */

static void
restore_settings (SkWindow *self)
{
  GSettings *settings = sk_settings_get ();

  if (settings == NULL)
    return;
  gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  gtk_widget_set_visible (self->side_panel, g_settings_get_boolean (settings, "side-panel-visible"));
  {
    g_autofree char *page = g_settings_get_string (settings, "side-panel-page");

    if (adw_view_stack_get_child_by_name (self->side_stack, page) != NULL)
      adw_view_stack_set_visible_child_name (self->side_stack, page);
  }
}

static void
save_settings (SkWindow *self)
{
  GSettings *settings = sk_settings_get ();
  int width, height;

  if (settings == NULL)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (settings);
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }
  g_settings_set_boolean (settings, "side-panel-visible", gtk_widget_get_visible (self->side_panel));
  g_settings_set_string (settings, "side-panel-page", adw_view_stack_get_visible_child_name (self->side_stack));
  g_settings_apply (settings);
}

static gboolean
sk_window_close_request (GtkWindow *window)
{
  SkWindow *self = SK_WINDOW (window);

  if (!self->closing && self->document != NULL && sk_document_get_modified (self->document))
    return sk_window_confirm_close (self);
  /* Saved, or changes discarded on purpose: the journal has done its job. */
  sk_window_stop_journal (self, FALSE);
  save_settings (self);
  return GTK_WINDOW_CLASS (sk_window_parent_class)->close_request (window);
}

/* --- the object ------------------------------------------------------- */

static void
sk_window_dispose (GObject *object)
{
  SkWindow *self = SK_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  sk_window_stop_journal (self, TRUE);
  sk_window_present_stop (self);
  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (sk_document_get_undo_stack (self->document), self);
      g_signal_handlers_disconnect_by_data (self->document, self);
    }
  g_clear_object (&self->document);
  g_clear_pointer (&self->recent_rows, g_list_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_WINDOW);
  G_OBJECT_CLASS (sk_window_parent_class)->dispose (object);
}

static void
sk_window_finalize (GObject *object)
{
  SkWindow *self = SK_WINDOW (object);

  g_ptr_array_unref (self->municipality_ids);
  G_OBJECT_CLASS (sk_window_parent_class)->finalize (object);
}

static void
sk_window_class_init (SkWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sk_window_dispose;
  object_class->finalize = sk_window_finalize;
  window_class->close_request = sk_window_close_request;

  g_type_ensure (SK_TYPE_CANVAS);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/sammenkart/Sammenkart/sk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SkWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, title);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, canvas);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, side_panel);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, side_stack);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, templates_group);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, recent_group);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, municipality_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, panel_button);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, present_button);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, header);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, canvas_overlay);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, action_open);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, action_save);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, action_save);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, action_export);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, action_print);
  gtk_widget_class_install_action (widget_class, "win.print-preview", NULL, action_print);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, action_undo);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, action_undo);
  gtk_widget_class_install_action (widget_class, "win.delete", NULL, action_edit);
  gtk_widget_class_install_action (widget_class, "win.add-service", NULL, action_edit);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, action_zoom);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, action_zoom);
  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, action_zoom);
  sk_window_class_init_present (widget_class);
  sk_window_class_init_csv (widget_class);
}

/* Keys nothing else took: typing over a level adds a service there. */
static gboolean
on_key_unhandled (GtkEventControllerKey *controller,
                  guint                  keyval,
                  guint                  keycode,
                  GdkModifierType        state,
                  SkWindow              *self)
{
  return self->document != NULL && sk_canvas_type_to_add (self->canvas, keyval, state);
}

static void
add_side_page (SkWindow   *self,
               GtkWidget  *page,
               const char *name,
               const char *title,
               const char *icon)
{
  AdwViewStackPage *stack_page = adw_view_stack_add_titled (self->side_stack, page, name, title);

  adw_view_stack_page_set_icon_name (stack_page, icon);
}

static void
sk_window_init (SkWindow *self)
{
  g_autoptr(GPropertyAction) side_panel = NULL;
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->municipality_ids = g_ptr_array_new_with_free_func (g_free);
  self->cancellable = g_cancellable_new ();

  self->inspector = sk_inspector_new ();
  self->pathway_panel = sk_pathway_panel_new ();
  self->levels_panel = sk_levels_panel_new ();
  add_side_page (self, self->inspector, "inspector", _("Service"), "document-properties-symbolic");
  add_side_page (self, self->pathway_panel, "pathways", _("Pathways"), "mail-forward-symbolic");
  add_side_page (self, self->levels_panel, "levels", _("Levels"), "view-list-symbolic");
  self->notes_panel = sk_window_notes_new_page (self, FALSE);
  self->gaps_panel = sk_window_notes_new_page (self, TRUE);
  add_side_page (self, self->notes_panel, "notes", _("Notes"), "document-edit-symbolic");
  add_side_page (self, self->gaps_panel, "gaps", _("Gaps"), "dialog-warning-symbolic");

  /* F9 and the header bar's toggle show and hide the side panel. */
  side_panel = g_property_action_new ("side-panel", self->side_panel, "visible");
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (side_panel));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "panel", G_ACTION_GROUP (group));

  g_signal_connect_swapped (self->canvas, "selection-changed", G_CALLBACK (on_selection_changed), self);
  g_signal_connect_swapped (self->canvas, "card-activated", G_CALLBACK (on_card_activated), self);
  g_signal_connect_swapped (self->canvas, "card-clicked", G_CALLBACK (on_card_clicked), self);
  g_signal_connect_swapped (self->canvas, "message", G_CALLBACK (on_canvas_message), self);
  g_signal_connect_swapped (self->canvas, "type-to-add", G_CALLBACK (sk_window_type_to_add), self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_unhandled), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect_swapped (self->pathway_panel, "notify::selected-pathway", G_CALLBACK (on_focus_pathway), self);
  g_signal_connect_swapped (self->municipality_dropdown, "notify::selected",
                            G_CALLBACK (on_municipality_selected), self);

  sk_window_init_files (self);
  sk_window_init_present (self);
  restore_settings (self);
  sk_window_open_document (self, NULL, FALSE);
}

SkWindow *
sk_window_new (GtkApplication *application)
{
  return g_object_new (SK_TYPE_WINDOW, "application", application, NULL);
}
