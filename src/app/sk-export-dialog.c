/* PLACEHOLDER — being written; not to be committed */
#include "config.h"
#include "sk-export-dialog.h"
void sk_export_dialog_present (GtkWindow *parent, SkDocument *document, const char *municipality_id) {}
