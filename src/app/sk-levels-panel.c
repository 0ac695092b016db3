/* PLACEHOLDER — being written; not to be committed */
#include "config.h"
#include "sk-levels-panel.h"
struct _SkLevelsPanel { AdwBin parent_instance; };
G_DEFINE_FINAL_TYPE (SkLevelsPanel, sk_levels_panel, ADW_TYPE_BIN)
static void sk_levels_panel_class_init (SkLevelsPanelClass *klass) {}
static void sk_levels_panel_init (SkLevelsPanel *self) { adw_bin_set_child (ADW_BIN (self), gtk_label_new ("LevelsPanel")); }
GtkWidget *sk_levels_panel_new (void) { return g_object_new (SK_TYPE_LEVELS_PANEL, NULL); }
void sk_levels_panel_set_document (SkLevelsPanel *self, SkDocument *document) {}
