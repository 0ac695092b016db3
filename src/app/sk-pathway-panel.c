/* PLACEHOLDER — being written; not to be committed */
#include "config.h"
#include "sk-pathway-panel.h"
struct _SkPathwayPanel { AdwBin parent_instance; };
G_DEFINE_FINAL_TYPE (SkPathwayPanel, sk_pathway_panel, ADW_TYPE_BIN)
static void sk_pathway_panel_class_init (SkPathwayPanelClass *klass) {}
static void sk_pathway_panel_init (SkPathwayPanel *self) { adw_bin_set_child (ADW_BIN (self), gtk_label_new ("PathwayPanel")); }
GtkWidget *sk_pathway_panel_new (void) { return g_object_new (SK_TYPE_PATHWAY_PANEL, NULL); }
void sk_pathway_panel_set_document (SkPathwayPanel *self, SkDocument *document) {}
const char *sk_pathway_panel_get_selected (SkPathwayPanel *self) { return NULL; }
void sk_pathway_panel_set_selected (SkPathwayPanel *self, const char *pathway_id) {}
gboolean sk_pathway_panel_get_adding_steps (SkPathwayPanel *self) { return FALSE; }
void sk_pathway_panel_add_step (SkPathwayPanel *self, const char *service_id) {}
