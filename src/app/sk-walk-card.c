/* sk-walk-card.c — the step of a walkthrough, large, for a room to read
 *
 * Copyright 2026 The Sammenkart developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Laid over the map, at its foot: the case and the pathway, "Step 3 of
 * 10", what happens in the step, and the service that does it with what
 * it does. The facilitator's window and the audience window each have
 * one, following the same walkthrough.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-walk-card.h"

struct _SkWalkCard
{
  GtkWidget      parent_instance;

  GtkWidget     *box;
  GtkWidget     *where;    /* case · pathway · step n of m */
  GtkWidget     *kind;
  GtkWidget     *text;
  GtkWidget     *service;
  GtkWidget     *role;
  SkWalkthrough *walk;
};

G_DEFINE_FINAL_TYPE (SkWalkCard, sk_walk_card, GTK_TYPE_WIDGET)

static GtkWidget *
add_label (SkWalkCard *self,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 64);
  gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (self->box), label);
  return label;
}

static void
update (SkWalkCard *self)
{
  g_autofree char *step = NULL;
  g_autofree char *where = NULL;
  g_autofree char *accessible = NULL;
  const char *case_text;

  gtk_widget_set_visible (GTK_WIDGET (self), self->walk != NULL);
  if (self->walk == NULL)
    {
      /* Nothing of an ended walk stays for a screen reader to find. */
      for (GtkWidget *label = gtk_widget_get_first_child (self->box); label != NULL;
           label = gtk_widget_get_next_sibling (label))
        gtk_label_set_text (GTK_LABEL (label), "");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      return;
    }

  if (sk_walkthrough_get_n_steps (self->walk) == 0)
    step = g_strdup (_("This pathway has no steps yet"));
  else
    /* TRANSLATORS: a walkthrough's place, e.g. "Step 3 of 10" */
    step = g_strdup_printf (_("Step %u of %u"), sk_walkthrough_get_index (self->walk) + 1,
                            sk_walkthrough_get_n_steps (self->walk));
  case_text = sk_walkthrough_get_case (self->walk);
  where = g_strdup_printf ("%s%s%s · %s", case_text, *case_text ? " · " : "",
                           sk_walkthrough_get_pathway_name (self->walk), step);
  gtk_label_set_text (GTK_LABEL (self->where), where);
  gtk_label_set_text (GTK_LABEL (self->kind), sk_walkthrough_get_kind_label (self->walk));
  gtk_label_set_text (GTK_LABEL (self->text), sk_walkthrough_get_step_text (self->walk));
  gtk_label_set_text (GTK_LABEL (self->service), sk_walkthrough_get_service_name (self->walk));
  gtk_label_set_text (GTK_LABEL (self->role), sk_walkthrough_get_service_role (self->walk));
  gtk_widget_set_visible (self->role, *sk_walkthrough_get_service_role (self->walk) != '\0');

  accessible = g_strdup_printf ("%s. %s: %s %s", where, sk_walkthrough_get_kind_label (self->walk),
                                sk_walkthrough_get_step_text (self->walk),
                                sk_walkthrough_get_service_name (self->walk));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

void
sk_walk_card_set_walkthrough (SkWalkCard    *self,
                              SkWalkthrough *walk)
{
  if (self->walk != NULL)
    g_signal_handlers_disconnect_by_data (self->walk, self);
  g_set_object (&self->walk, walk);
  if (walk != NULL)
    g_signal_connect_swapped (walk, "notify::index", G_CALLBACK (update), self);
  update (self);
}

static void
sk_walk_card_dispose (GObject *object)
{
  SkWalkCard *self = SK_WALK_CARD (object);

  sk_walk_card_set_walkthrough (self, NULL);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (sk_walk_card_parent_class)->dispose (object);
}

static void
sk_walk_card_class_init (SkWalkCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_walk_card_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "walkcard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_STATUS);
}

static void
sk_walk_card_init (SkWalkCard *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  self->where = add_label (self, "walk-where");
  self->kind = add_label (self, "walk-kind");
  self->text = add_label (self, "walk-text");
  self->service = add_label (self, "walk-service");
  self->role = add_label (self, "walk-role");
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_END);
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
sk_walk_card_new (void)
{
  return g_object_new (SK_TYPE_WALK_CARD, NULL);
}
