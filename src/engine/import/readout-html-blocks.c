/* readout-html-blocks.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Turns an HTML (or XHTML) subtree that is known to be article body into
 * ReadoutDocument blocks.
 */

#include "config.h"

#include <string.h>

#include "readout-html-extract-private.h"
#include "readout-html-private.h"

typedef struct
{
  ReadoutDocument     *document;
  ReadoutHtmlSkipFunc  skip;
  gpointer             user_data;
} Walk;

static gboolean
is_skipped_tag (xmlNode *node)
{
  static const char *skipped[] = {
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
    "embed", "button", "form", "select", "textarea", "input", "head", "title",
  };

  for (guint i = 0; i < G_N_ELEMENTS (skipped); i++)
    if (_readout_xml_name_is (node, skipped[i]))
      return TRUE;

  return FALSE;
}

static gboolean
is_skipped (Walk    *walk,
            xmlNode *node)
{
  return is_skipped_tag (node) || (walk->skip != NULL && walk->skip (node, walk->user_data));
}

static gboolean
block_kind (xmlNode          *node,
            ReadoutBlockKind *kind)
{
  const char *name = (const char *)node->name;

  if (node->type != XML_ELEMENT_NODE || name == NULL)
    return FALSE;

  if ((name[0] == 'h' || name[0] == 'H') && name[1] >= '1' && name[1] <= '6' && name[2] == '\0')
    *kind = READOUT_BLOCK_HEADING;
  else if (g_ascii_strcasecmp (name, "li") == 0 || g_ascii_strcasecmp (name, "dd") == 0 ||
           g_ascii_strcasecmp (name, "dt") == 0)
    *kind = READOUT_BLOCK_LIST_ITEM;
  else if (g_ascii_strcasecmp (name, "blockquote") == 0)
    *kind = READOUT_BLOCK_BLOCKQUOTE;
  else if (g_ascii_strcasecmp (name, "p") == 0 || g_ascii_strcasecmp (name, "pre") == 0 ||
           g_ascii_strcasecmp (name, "figcaption") == 0 || g_ascii_strcasecmp (name, "address") == 0 ||
           g_ascii_strcasecmp (name, "td") == 0 || g_ascii_strcasecmp (name, "th") == 0)
    *kind = READOUT_BLOCK_PARAGRAPH;
  else
    return FALSE;

  return TRUE;
}

/* Elements that break the flow of text, so loose text around them forms
 * paragraphs of its own. */
static gboolean
is_flow_break (xmlNode *node)
{
  static const char *breaks[] = {
    "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol",
    "dl", "table", "tr", "tbody", "thead", "figure", "body", "html", "hr", "br", "center",
  };
  ReadoutBlockKind kind;

  if (block_kind (node, &kind))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (breaks); i++)
    if (_readout_xml_name_is (node, breaks[i]))
      return TRUE;

  return FALSE;
}

static void
inline_text (Walk    *walk,
             xmlNode *node,
             GString *out,
             guint    depth)
{
  if (depth > READOUT_XML_MAX_DEPTH)
    return;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          if (child->content != NULL)
            g_string_append (out, (const char *)child->content);
        }
      else if (child->type == XML_ELEMENT_NODE && !is_skipped (walk, child))
        {
          if (_readout_xml_name_is (child, "br"))
            g_string_append_c (out, ' ');
          else
            inline_text (walk, child, out, depth + 1);
        }
    }
}

static void
flush (Walk    *walk,
       GString *pending)
{
  if (pending->len > 0)
    readout_document_add_paragraph (walk->document, pending->str);
  g_string_truncate (pending, 0);
}

static void
append_blocks (Walk    *walk,
               xmlNode *node,
               GString *pending,
               guint    depth)
{
  if (depth > READOUT_XML_MAX_DEPTH)
    return;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      ReadoutBlockKind kind;

      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          if (child->content != NULL)
            g_string_append (pending, (const char *)child->content);
          continue;
        }

      if (child->type != XML_ELEMENT_NODE || is_skipped (walk, child))
        continue;

      if (block_kind (child, &kind))
        {
          g_autoptr(GString) text = g_string_new (NULL);

          flush (walk, pending);

          /* A blockquote or list item holding paragraphs is read block by
           * block, keeping the outer kind for the inner paragraphs. */
          if (kind == READOUT_BLOCK_BLOCKQUOTE || kind == READOUT_BLOCK_LIST_ITEM)
            {
              gboolean nested = FALSE;

              for (xmlNode *c = child->children; c != NULL; c = c->next)
                {
                  ReadoutBlockKind inner;

                  if (block_kind (c, &inner) || _readout_xml_name_is (c, "ul") ||
                      _readout_xml_name_is (c, "ol") || _readout_xml_name_is (c, "div"))
                    nested = TRUE;
                }

              if (nested)
                {
                  for (xmlNode *c = child->children; c != NULL; c = c->next)
                    {
                      g_autoptr(GString) inner_text = g_string_new (NULL);

                      if (c->type == XML_ELEMENT_NODE && !is_skipped (walk, c))
                        inline_text (walk, c, inner_text, depth + 1);
                      else if (c->type == XML_TEXT_NODE && c->content != NULL)
                        g_string_append (inner_text, (const char *)c->content);
                      readout_document_add_block (walk->document, kind, inner_text->str, NULL);
                    }
                  continue;
                }
            }

          inline_text (walk, child, text, depth + 1);
          if (kind == READOUT_BLOCK_PARAGRAPH)
            readout_document_add_paragraph (walk->document, text->str);
          else
            readout_document_add_block (walk->document, kind, text->str, NULL);
          continue;
        }

      if (is_flow_break (child))
        {
          flush (walk, pending);
          append_blocks (walk, child, pending, depth + 1);
          flush (walk, pending);
        }
      else
        {
          /* Inline element in loose text (a, span, em …). */
          inline_text (walk, child, pending, depth + 1);
        }
    }
}

void
_readout_html_append_blocks_filtered (ReadoutDocument     *document,
                                      xmlNode             *node,
                                      ReadoutHtmlSkipFunc  skip,
                                      gpointer             user_data)
{
  g_autoptr(GString) pending = g_string_new (NULL);
  Walk walk = { document, skip, user_data };
  ReadoutBlockKind kind;

  g_return_if_fail (READOUT_IS_DOCUMENT (document));

  if (node == NULL)
    return;

  /* @node itself may be a block (a lone <p> chosen as the body). */
  if (block_kind (node, &kind) && kind != READOUT_BLOCK_BLOCKQUOTE && kind != READOUT_BLOCK_LIST_ITEM)
    {
      inline_text (&walk, node, pending, 0);
      if (kind == READOUT_BLOCK_PARAGRAPH)
        flush (&walk, pending);
      else
        readout_document_add_block (document, kind, pending->str, NULL);
      return;
    }

  append_blocks (&walk, node, pending, 0);
  flush (&walk, pending);
}

void
_readout_html_append_blocks (ReadoutDocument *document,
                             xmlNode         *node)
{
  _readout_html_append_blocks_filtered (document, node, NULL, NULL);
}

void
_readout_html_append_fragment (ReadoutDocument *document,
                               const char      *html,
                               gsize            len)
{
  g_autoptr(xmlDoc) doc = NULL;
  xmlNode *root;

  g_return_if_fail (READOUT_IS_DOCUMENT (document));

  if (html == NULL || len == 0 || len > G_MAXINT)
    return;

  doc = htmlReadMemory (html, (int)len, NULL, "UTF-8",
                        READOUT_HTML_PARSE_OPTIONS & ~HTML_PARSE_NOIMPLIED);
  if (doc == NULL)
    return;

  root = xmlDocGetRootElement (doc);
  if (root != NULL)
    _readout_html_append_blocks (document, root);
}
