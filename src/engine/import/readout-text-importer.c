/* readout-text-importer.c — placeholder, to be replaced by the plain-text importer work. */

#include "config.h"

#include "readout-import-private.h"

GPtrArray *
_readout_text_import (const char  *text,
                      gsize        len,
                      GError     **error)
{
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  g_auto(GStrv) paras = NULL;
  g_autofree char *copy = g_strndup (text, len);

  paras = g_regex_split_simple ("\\n\\s*\\n", copy, 0, 0);
  for (guint i = 0; paras[i]; i++)
    readout_document_add_paragraph (document, paras[i]);
  g_ptr_array_add (docs, g_steal_pointer (&document));
  return g_steal_pointer (&docs);
}
