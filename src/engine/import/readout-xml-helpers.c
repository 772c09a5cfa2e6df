/* readout-xml-helpers.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tree and metadata helpers shared by the XML news-format readers.
 */

#define G_LOG_DOMAIN "readout-xml"

#include "config.h"

#include <string.h>

#include "readout-date.h"
#include "readout-xml-private.h"

gboolean
_readout_xml_is (xmlNode    *node,
                 const char *name)
{
  const char *colon;

  if (_readout_xml_name_is (node, name))
    return TRUE;
  if (node == NULL || node->type != XML_ELEMENT_NODE || node->name == NULL || node->ns != NULL)
    return FALSE;

  colon = strchr ((const char *)node->name, ':');
  return colon != NULL && g_ascii_strcasecmp (colon + 1, name) == 0;
}

static gboolean
same_namespace (xmlNode *a,
                xmlNode *b)
{
  if (a->ns == NULL || b->ns == NULL)
    return a->ns == b->ns;

  return g_strcmp0 ((const char *)a->ns->href, (const char *)b->ns->href) == 0;
}

xmlNode *
_readout_xml_child (xmlNode    *node,
                    const char *name)
{
  xmlNode *other = NULL;

  /* A child in the parent's namespace wins over an extension element of
   * the same local name (<title> over <media:title> in an RSS item). */
  READOUT_XML_FOREACH_CHILD (node, child)
    if (_readout_xml_is (child, name))
      {
        if (same_namespace (node, child))
          return child;
        if (other == NULL)
          other = child;
      }

  return other;
}

static xmlNode *
find_descendant (xmlNode    *node,
                 const char *name,
                 guint       depth)
{
  if (depth > READOUT_XML_MAX_DEPTH)
    return NULL;

  READOUT_XML_FOREACH_CHILD (node, child)
    {
      xmlNode *found;

      if (_readout_xml_is (child, name))
        return child;
      if ((found = find_descendant (child, name, depth + 1)) != NULL)
        return found;
    }

  return NULL;
}

xmlNode *
_readout_xml_descendant (xmlNode    *node,
                         const char *name)
{
  return node != NULL ? find_descendant (node, name, 0) : NULL;
}

char *
_readout_xml_text (xmlNode *node)
{
  g_autofree char *raw = NULL;

  if (node == NULL)
    return NULL;

  raw = _readout_xml_node_text (node);
  return readout_normalize_metadata (raw);
}

char *
_readout_xml_child_text (xmlNode    *node,
                         const char *name)
{
  return _readout_xml_text (_readout_xml_child (node, name));
}

gboolean
_readout_xml_set_date (ReadoutDocument *document,
                       const char      *text)
{
  g_autofree char *iso = NULL;

  if (text == NULL || readout_document_get_date (document) != NULL)
    return FALSE;

  iso = readout_date_to_iso8601 (text);
  if (iso == NULL)
    return FALSE;

  readout_document_set_date (document, iso);
  return TRUE;
}

void
_readout_xml_append_plain (ReadoutDocument *document,
                           const char      *text)
{
  g_auto(GStrv) chunks = NULL;

  if (text == NULL)
    return;

  chunks = g_regex_split_simple ("\\n[ \\t\\r]*\\n", text, 0, 0);
  if (g_strv_length (chunks) <= 1)
    {
      g_strfreev (chunks);
      chunks = g_strsplit (text, "\n", -1);
    }

  for (guint i = 0; chunks[i] != NULL; i++)
    readout_document_add_paragraph (document, chunks[i]);
}

void
_readout_xml_take_body (ReadoutDocument *document,
                        ReadoutDocument *body)
{
  const char *title = readout_document_get_title (document);
  g_autofree char *folded_title = title != NULL ? g_utf8_casefold (title, -1) : NULL;
  const char *cursor = readout_document_get_text (body);
  guint cursor_offset = 0;
  guint n = readout_document_get_n_blocks (body);
  gboolean leading = TRUE;

  /* Blocks come in text order: walk forward from the previous one, as
   * offsetting from the start each time is quadratic on long bodies. */
  for (guint i = 0; i < n; i++)
    {
      const ReadoutBlock *block = readout_document_get_block (body, i);
      const char *start = g_utf8_offset_to_pointer (cursor, block->start - cursor_offset);
      const char *end = g_utf8_offset_to_pointer (start, block->end - block->start);
      g_autofree char *piece = g_strndup (start, end - start);

      cursor = end;
      cursor_offset = block->end;

      if (leading && folded_title != NULL && i < 2)
        {
          g_autofree char *folded = g_utf8_casefold (piece, -1);

          if (g_str_equal (folded, folded_title))
            continue;
        }
      leading = FALSE;

      readout_document_add_block (document, block->kind, piece, block->label);
    }
}
