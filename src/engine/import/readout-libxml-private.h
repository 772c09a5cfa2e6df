/* readout-libxml-private.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlParserCtxt, xmlFreeParserCtxt)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlXPathContext, xmlXPathFreeContext)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlXPathObject, xmlXPathFreeObject)

/* Never XML_PARSE_NOENT (substitutes entities: billion laughs), never
 * XML_PARSE_DTDLOAD / DTDATTR (reads external files), never XML_PARSE_HUGE
 * (lifts libxml2's depth and size limits). Network access is off. */
#define READOUT_XML_PARSE_OPTIONS \
  (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA)
#define READOUT_HTML_PARSE_OPTIONS \
  (HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER | \
   HTML_PARSE_NOIMPLIED | HTML_PARSE_COMPACT)

/* Tree walks stop this deep; libxml2 itself stops parsing XML at 256
 * levels, and its HTML parser flattens past a similar depth. */
#define READOUT_XML_MAX_DEPTH 512

/* Text of @node and its descendants, entity references *not* followed. */
char     *_readout_xml_node_text       (xmlNode     *node);
/* Local name comparison that ignores the namespace and ASCII case. */
gboolean  _readout_xml_name_is         (xmlNode     *node,
                                        const char  *name);
/* Attribute value (no namespace) or NULL; free with g_free(). */
char     *_readout_xml_get_attr        (xmlNode     *node,
                                        const char  *name);
/* First element child of @node named @name (any namespace), or NULL. */
xmlNode  *_readout_xml_find_child      (xmlNode     *node,
                                        const char  *name);

G_END_DECLS
