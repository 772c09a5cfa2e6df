/* readout-html-private.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * HTML pieces the XML and JSON importers reuse: XHTML pages, NewsML-G2
 * inline XHTML, RSS content:encoded and HTML article bodies in JSON.
 */

#pragma once

#include "readout-document.h"
#include "readout-libxml-private.h"

G_BEGIN_DECLS

/* A whole page (HTML or XHTML tree): metadata plus the extracted body.
 * Returns NULL with READOUT_ERROR_NO_CONTENT when no body was found. */
ReadoutDocument *_readout_html_document_from_tree (xmlDoc          *doc,
                                                   GError         **error);
/* Appends every block under @node (p, h1-h6, blockquote, li, …) without
 * boilerplate scoring: for markup that is known to be the body. */
void             _readout_html_append_blocks      (ReadoutDocument *document,
                                                   xmlNode         *node);
/* Parses an HTML fragment and appends its blocks as above. */
void             _readout_html_append_fragment    (ReadoutDocument *document,
                                                   const char      *html,
                                                   gsize            len);

/* Adds the people a byline names as authors ("By Jane Doe and John Roe",
 * "Ana Ruiz in Geneva", "Tom Hale for The Daily Example", "Sofia Almeida,
 * Reuters"), leaving out roles, agencies, user names and the publication
 * signing as itself. The one byline splitter for HTML, XML and JSON. */
void             _readout_add_byline              (ReadoutDocument *document,
                                                   const char      *byline);

G_END_DECLS
