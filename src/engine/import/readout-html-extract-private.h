/* readout-html-extract-private.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pieces of the HTML importer: metadata (readout-html-meta.c), body
 * extraction (readout-html-extract.c) and block output
 * (readout-html-blocks.c).
 */

#pragma once

#include "readout-document.h"
#include "readout-libxml-private.h"

G_BEGIN_DECLS

/* Pre-order walk without recursion, so deep trees cannot exhaust the
 * stack: the node after @node below @root, entering @node's children only
 * when @descend. NULL at the end. */
static inline xmlNode *
_readout_html_next (xmlNode  *node,
                    xmlNode  *root,
                    gboolean  descend)
{
  if (descend && node->children != NULL)
    return node->children;

  while (node != root && node->next == NULL)
    node = node->parent;

  return node == root ? NULL : node->next;
}

typedef enum
{
  READOUT_HTML_HINT_NONE,
  READOUT_HTML_HINT_BODY,     /* marked as the article body */
  READOUT_HTML_HINT_DROP,     /* furniture by its element or role */
  READOUT_HTML_HINT_FURNITURE,/* furniture by class/id: comments, share bars, … */
  READOUT_HTML_HINT_LAYOUT,   /* sidebar, header …: furniture unless it holds the article */
  READOUT_HTML_HINT_INPUT,    /* form controls */
  READOUT_HTML_HINT_EMBED,    /* iframes, video, objects */
} ReadoutHtmlHint;

/* readout-html-hints.c: what @node's element name, role and class/id
 * words say about it. @weight (may be NULL) receives Readability's class
 * weight (+/-25 for class and id each). With @relaxed, class and id words
 * drop nothing. @cache (may be NULL) is a g_str_hash table owning its
 * keys, in which the words already read are remembered. */
ReadoutHtmlHint _readout_html_hint (xmlNode    *node,
                                    gboolean    relaxed,
                                    int        *weight,
                                    GHashTable *cache);

/* Returns TRUE when @node and everything under it is to be left out. */
typedef gboolean (*ReadoutHtmlSkipFunc) (xmlNode  *node,
                                         gpointer  user_data);

/* Like _readout_html_append_blocks(), leaving out the elements below @node
 * for which @skip returns TRUE. */
void      _readout_html_append_blocks_filtered (ReadoutDocument     *document,
                                                xmlNode             *node,
                                                ReadoutHtmlSkipFunc  skip,
                                                gpointer             user_data);

/* Title, authors, date, source, URL, language and section from JSON-LD,
 * OpenGraph, <meta>, <time>, <link rel=canonical>, <html lang>, <title>. */
void      _readout_html_read_metadata          (ReadoutDocument     *document,
                                                xmlDoc              *doc);

/* Finds the article body of @doc and appends it as blocks; headline and
 * byline lines matching @document's title and authors are left out.
 * Returns FALSE when no text was found. */
gboolean  _readout_html_extract_body           (ReadoutDocument     *document,
                                                xmlDoc              *doc);

/* @title without a trailing " | Site" / " - Site" part; @suffix (may be
 * NULL) receives the last part cut off. */
char     *_readout_html_strip_title_suffix     (const char          *title,
                                                const char          *site,
                                                char               **suffix);

/* TRUE when @text, a short line, is a byline ("By Jane Doe"). */
gboolean  _readout_html_is_byline              (const char          *text);

G_END_DECLS
