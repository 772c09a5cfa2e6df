/* readout-html-importer.c — placeholder, to be replaced by the HTML importer work. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "readout-error.h"
#include "readout-html-private.h"
#include "readout-import-private.h"

ReadoutDocument *
_readout_html_document_from_tree (xmlDoc  *doc,
                                  GError **error)
{
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  xmlNode *root = xmlDocGetRootElement (doc);

  _readout_html_append_blocks (document, root);
  return g_steal_pointer (&document);
}

GPtrArray *
_readout_html_import (const char  *text,
                      gsize        len,
                      GError     **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  ReadoutDocument *document;

  doc = htmlReadMemory (text, (int)len, NULL, "UTF-8", READOUT_HTML_PARSE_OPTIONS);
  if (doc == NULL)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED, _("The HTML cannot be parsed"));
      return NULL;
    }

  document = _readout_html_document_from_tree (doc, error);
  if (document == NULL)
    return NULL;
  g_ptr_array_add (docs, document);
  return g_steal_pointer (&docs);
}
