/* readout-libxml.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "readout-libxml-private.h"

static void
collect_text (xmlNode *node,
              GString *out,
              guint    depth)
{
  /* Depth-limited so a hostile tree cannot exhaust the stack. */
  if (depth > READOUT_XML_MAX_DEPTH)
    return;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      switch (child->type)
        {
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
          if (child->content != NULL)
            g_string_append (out, (const char *)child->content);
          break;

        case XML_ELEMENT_NODE:
          collect_text (child, out, depth + 1);
          break;

        case XML_ENTITY_REF_NODE:
          /* Not followed: that is where billion-laughs payloads live. */
        default:
          break;
        }
    }
}

char *
_readout_xml_node_text (xmlNode *node)
{
  GString *out = g_string_new (NULL);

  if (node != NULL)
    {
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
        g_string_append (out, node->content ? (const char *)node->content : "");
      else
        collect_text (node, out, 0);
    }

  return g_string_free (out, FALSE);
}

gboolean
_readout_xml_name_is (xmlNode    *node,
                      const char *name)
{
  return node != NULL &&
         node->type == XML_ELEMENT_NODE &&
         node->name != NULL &&
         g_ascii_strcasecmp ((const char *)node->name, name) == 0;
}

char *
_readout_xml_get_attr (xmlNode    *node,
                       const char *name)
{
  xmlChar *value;
  char *ret;

  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return NULL;

  /* xmlGetNoNsProp would expand entity references in attribute values; read
   * the attribute's own text children instead. */
  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      if (attr->name == NULL || g_ascii_strcasecmp ((const char *)attr->name, name) != 0)
        continue;

      value = NULL;
      if (attr->children != NULL && attr->children->next == NULL &&
          attr->children->type == XML_TEXT_NODE)
        value = attr->children->content;

      if (value != NULL)
        return g_strdup ((const char *)value);

      ret = _readout_xml_node_text ((xmlNode *)attr);
      return ret;
    }

  return NULL;
}

xmlNode *
_readout_xml_find_child (xmlNode    *node,
                         const char *name)
{
  if (node == NULL)
    return NULL;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (_readout_xml_name_is (child, name))
      return child;

  return NULL;
}
