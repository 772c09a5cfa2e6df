/* readout-html-importer.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * HTML pages: metadata (readout-html-meta.c) and the article body without
 * page furniture (readout-html-extract.c).
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "readout-boilerplate-private.h"
#include "readout-error.h"
#include "readout-html-extract-private.h"
#include "readout-html-private.h"
#include "readout-import-private.h"

ReadoutDocument *
_readout_html_document_from_tree (xmlDoc  *doc,
                                  GError **error)
{
  g_autoptr(ReadoutDocument) document = readout_document_new ();

  g_return_val_if_fail (doc != NULL, NULL);

  /* Metadata first: the body extraction leaves out the headline and byline
   * lines it names. */
  _readout_html_read_metadata (document, doc);

  if (!_readout_html_extract_body (document, doc))
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_NO_CONTENT,
                   _("No article text was found in the page"));
      return NULL;
    }

  /* "RIGA, March 12 (Agency) — …" opening the body: kept in the text, and
   * recorded as the dateline. */
  if (readout_document_get_dateline (document) == NULL)
    {
      const ReadoutBlock *block = readout_document_get_block (document, 0);
      const char *text = readout_document_get_text (document);
      g_autofree char *head = g_utf8_substring (text, block->start, MIN (block->end, block->start + 160));
      g_autofree char *dateline = NULL;

      /* Table cells and menus joined by " | " are not datelines. */
      if (_readout_parse_dateline (head, &dateline, NULL) > 0 && dateline != NULL &&
          strchr (dateline, '|') == NULL)
        readout_document_set_dateline (document, dateline);
    }

  return g_steal_pointer (&document);
}

/* libxml2 stops reading a page nested deeper than its limit (256 levels)
 * and says so only through the parser context. */
static gboolean
stopped_too_deep (xmlParserCtxt *ctxt)
{
  return ctxt->errNo == XML_ERR_INTERNAL_ERROR && ctxt->lastError.message != NULL &&
         strstr (ctxt->lastError.message, "depth") != NULL;
}

GPtrArray *
_readout_html_import (const char  *text,
                      gsize        len,
                      GError     **error)
{
  g_autoptr(xmlParserCtxt) ctxt = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(GError) local_error = NULL;
  ReadoutDocument *document;
  gboolean too_deep;

  if (len > G_MAXINT)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_TOO_LARGE,
                   _("The page is too large to parse"));
      return NULL;
    }

  ctxt = htmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED, _("The HTML cannot be parsed"));
      return NULL;
    }

  doc = htmlCtxtReadMemory (ctxt, text, (int)len, NULL, "UTF-8", READOUT_HTML_PARSE_OPTIONS);
  if (doc == NULL)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED, _("The HTML cannot be parsed"));
      return NULL;
    }

  too_deep = stopped_too_deep (ctxt);
  document = _readout_html_document_from_tree (doc, &local_error);
  if (document == NULL)
    {
      if (too_deep)
        g_set_error (error, READOUT_ERROR, READOUT_ERROR_HOSTILE,
                     _("The page is nested too deeply to read (more than %d levels)"), 256);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (too_deep)
    readout_document_add_warning (document,
                                  _("The page is nested too deeply; the text below level 256 was not read"));

  docs = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (docs, document);
  return g_steal_pointer (&docs);
}
