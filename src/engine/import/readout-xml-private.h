/* readout-xml-private.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the XML news-format readers (readout-xml-news.c: NITF and
 * NewsML-G2; readout-xml-feed.c: RSS and Atom) share with the entry point
 * in readout-xml-importer.c and the helpers in readout-xml-helpers.c.
 * Every reader gets a tree parsed with the safe options and appends
 * finished documents to @docs.
 */

#pragma once

#include "readout-document.h"
#include "readout-libxml-private.h"

G_BEGIN_DECLS

void      _readout_nitf_read            (xmlNode          *root,
                                         GPtrArray        *docs);
void      _readout_newsml_read          (xmlNode          *root,
                                         GPtrArray        *docs);
void      _readout_rss_read             (xmlNode          *root,
                                         GPtrArray        *docs);
void      _readout_atom_read            (xmlNode          *root,
                                         GPtrArray        *docs);

/* The NITF body.content walker, also used for NITF inside NewsML-G2. */
void      _readout_nitf_append_content  (ReadoutDocument  *document,
                                         xmlNode          *content);

/* Element children of @node named @name (local name, any namespace). */
#define READOUT_XML_FOREACH_CHILD(node, child) \
  for (xmlNode *child = (node) != NULL ? (node)->children : NULL; child != NULL; child = child->next) \
    if (child->type == XML_ELEMENT_NODE)

/* Like _readout_xml_name_is, but also matches a name whose prefix was
 * never declared ("dc:creator" in a feed that forgot xmlns:dc). */
gboolean  _readout_xml_is               (xmlNode          *node,
                                         const char       *name);
/* First element child named @name (see above), or NULL. */
xmlNode  *_readout_xml_child            (xmlNode          *node,
                                         const char       *name);
/* First descendant named @name, breadth-first is not needed: depth-first,
 * bounded by READOUT_XML_MAX_DEPTH. */
xmlNode  *_readout_xml_descendant       (xmlNode          *node,
                                         const char       *name);
/* Normalised text of @node (entity references not followed), NULL when
 * empty. */
char     *_readout_xml_text             (xmlNode          *node);
/* Normalised text of the first child named @name, or NULL. */
char     *_readout_xml_child_text       (xmlNode          *node,
                                         const char       *name);

/* Sets the date from @text when it parses; returns whether it did. */
gboolean  _readout_xml_set_date         (ReadoutDocument  *document,
                                         const char       *text);
/* Plain text body: paragraphs split at blank lines (or at line breaks
 * when the text has no blank line). */
void      _readout_xml_append_plain     (ReadoutDocument  *document,
                                         const char       *text);
/* Moves the blocks of @body into @document, dropping leading blocks that
 * repeat the title (feeds and inline XHTML often open with an <h1>). */
void      _readout_xml_take_body        (ReadoutDocument  *document,
                                         ReadoutDocument  *body);

G_END_DECLS
