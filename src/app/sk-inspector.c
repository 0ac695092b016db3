/* PLACEHOLDER — being written; not to be committed */
#include "config.h"
#include "sk-inspector.h"
struct _SkInspector { AdwBin parent_instance; };
G_DEFINE_FINAL_TYPE (SkInspector, sk_inspector, ADW_TYPE_BIN)
static void sk_inspector_class_init (SkInspectorClass *klass) {}
static void sk_inspector_init (SkInspector *self) { adw_bin_set_child (ADW_BIN (self), gtk_label_new ("Inspector")); }
GtkWidget *sk_inspector_new (void) { return g_object_new (SK_TYPE_INSPECTOR, NULL); }
void sk_inspector_set_document (SkInspector *self, SkDocument *document) {}
void sk_inspector_show (SkInspector *self, SkKind kind, const char *id) {}
void sk_inspector_set_municipality (SkInspector *self, const char *municipality_id) {}
void sk_inspector_focus_name (SkInspector *self) {}
