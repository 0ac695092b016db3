/* sk-inspector-private.h — what the inspector's files share
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-inspector.h"
#include "sk-types.h"

G_BEGIN_DECLS

/* How a field shows its value. */
typedef enum {
  SK_INSPECTOR_ENTRY,      /* a string in an AdwEntryRow */
  SK_INSPECTOR_NUMBER,     /* a whole number in an AdwEntryRow; empty removes it */
  SK_INSPECTOR_PARAGRAPH,  /* a longer string in a GtkTextView */
  SK_INSPECTOR_CHOICE,     /* one of a list of values in an AdwComboRow */
  SK_INSPECTOR_SWITCH,     /* one of two values in a GtkSwitch */
} SkInspectorWidget;

typedef struct _SkInspectorField SkInspectorField;

/* Fills a choice with sk_inspector_choice_add(), again whenever the lists
 * it is made from may have changed. */
typedef void (*SkInspectorFill) (SkInspector      *self,
                                 SkInspectorField *field);

/* One value of the shown item, at a path in its JSON ("contact.phone",
 * "name.nb"), bound to one widget. */
struct _SkInspectorField
{
  SkInspector       *inspector;
  SkInspectorWidget  widget;
  char              *path;
  char              *remove_path;   /* what a NULL value removes, if not path */
  gboolean           local;         /* in a municipality's overrides when editing as one */
  GtkWidget         *row;
  GtkWidget         *editable;      /* what takes the input: the entry row,
                                       text view, combo row or switch */
  GtkWidget         *color_button;  /* a colour entry's button */
  GtkWidget         *message_row;
  GtkWidget         *message;
  GtkStringList     *labels;        /* CHOICE */
  GPtrArray         *values;        /* CHOICE: JsonNode or NULL per label;
                                       SWITCH: the values for on and off */
  SkInspectorFill    fill;
  char              *synced;        /* the model's value the widget last showed */
  char              *error;         /* why the text typed was not applied */
  char              *hint;          /* the region's value, beside a local one */
};

struct _SkInspector
{
  AdwBin             parent_instance;

  SkDocument        *document;
  SkKind             kind;
  char              *id;
  char              *municipality_id;
  GStrv              languages;

  GtkStack          *stack;
  GtkScrolledWindow *scrolled;
  GtkWidget         *form;
  GtkWidget         *heading;
  GtkWidget         *subheading;
  GtkWidget         *banner_label;
  GtkWidget         *form_message;

  GPtrArray         *fields;        /* SkInspectorField, owned */
  SkInspectorField  *name_field;

  /* The service form's lists of services and municipalities. */
  GtkWidget         *referrers_row;
  GPtrArray         *referrer_checks;
  GtkWidget         *served_group;
  GtkWidget         *all_switch;
  GPtrArray         *served_rows;
  GPtrArray         *served_checks;
  GPtrArray         *served_expanders;

  guint              updating;
  guint              sync_id;
  gboolean           lists_dirty;
  gboolean           rebuild_needed;
};

/* sk-inspector.c */
SkMap            *sk_inspector_get_map          (SkInspector         *self);
SkItem           *sk_inspector_get_item         (SkInspector         *self);
SkMunicipality   *sk_inspector_get_municipality (SkInspector         *self);
const char       *sk_inspector_get_municipality_name (SkInspector    *self);
gboolean          sk_inspector_is_local         (SkInspector         *self);
const char       *sk_inspector_describe_language (const char         *lang);

/* sk-inspector-field.c */
void              sk_inspector_apply            (SkInspector         *self,
                                                 SkCommand           *command,
                                                 GError              *error);
void              sk_inspector_field_free       (gpointer             field);
void              sk_inspector_field_refresh    (SkInspectorField    *field);
void              sk_inspector_field_refill     (SkInspectorField    *field);

AdwPreferencesGroup *sk_inspector_add_group     (GtkBox              *form,
                                                 const char          *title,
                                                 const char          *description);
SkInspectorField *sk_inspector_add_field        (SkInspector         *self,
                                                 AdwPreferencesGroup *group,
                                                 SkInspectorWidget    widget,
                                                 const char          *title,
                                                 const char          *path,
                                                 gboolean             local);
SkInspectorField *sk_inspector_add_text         (SkInspector         *self,
                                                 AdwPreferencesGroup *group,
                                                 SkInspectorWidget    widget,
                                                 const char          *title,
                                                 const char          *key,
                                                 gboolean             local);
SkInspectorField *sk_inspector_add_choice       (SkInspector         *self,
                                                 AdwPreferencesGroup *group,
                                                 const char          *title,
                                                 const char          *path,
                                                 SkInspectorFill      fill);
SkInspectorField *sk_inspector_add_switch       (SkInspector         *self,
                                                 AdwPreferencesGroup *group,
                                                 const char          *title,
                                                 const char          *path,
                                                 JsonNode            *on,
                                                 JsonNode            *off,
                                                 gboolean             local);
void              sk_inspector_add_color        (SkInspector         *self,
                                                 AdwPreferencesGroup *group);
void              sk_inspector_choice_add       (SkInspectorField    *field,
                                                 const char          *label,
                                                 JsonNode            *value);
void              sk_inspector_choice_add_string (SkInspectorField   *field,
                                                 const char          *label,
                                                 const char          *value);

/* sk-inspector-service.c */
void              sk_inspector_build_service    (SkInspector         *self,
                                                 GtkBox              *form);
void              sk_inspector_refill_service   (SkInspector         *self);
void              sk_inspector_refresh_service  (SkInspector         *self,
                                                 SkItem              *service);

G_END_DECLS
