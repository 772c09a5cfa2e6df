/* readout-xml-news.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The IPTC wire formats: NITF 3.x and NewsML-G2 (newsItem, or a
 * newsMessage carrying several). Their metadata sits in known places, so
 * there is no guessing here; the body is known to be article text.
 */

#define G_LOG_DOMAIN "readout-xml"

#include "config.h"

#include <string.h>

#include "readout-html-private.h"
#include "readout-xml-private.h"

/* NITF */

static void
append_nitf_blocks (ReadoutDocument  *document,
                    xmlNode          *node,
                    ReadoutBlockKind  inherited,
                    guint             depth)
{
  if (depth > READOUT_XML_MAX_DEPTH)
    return;

  READOUT_XML_FOREACH_CHILD (node, child)
    {
      g_autofree char *text = NULL;

      if (_readout_xml_is (child, "p") || _readout_xml_is (child, "pre"))
        {
          text = _readout_xml_node_text (child);
          if (inherited == READOUT_BLOCK_PARAGRAPH)
            readout_document_add_paragraph (document, text);
          else
            readout_document_add_block (document, inherited, text, NULL);
        }
      else if (_readout_xml_is (child, "hl2") || _readout_xml_is (child, "hl1"))
        {
          text = _readout_xml_node_text (child);
          readout_document_add_block (document, READOUT_BLOCK_HEADING, text, NULL);
        }
      else if (_readout_xml_is (child, "li") || _readout_xml_is (child, "dd") ||
               _readout_xml_is (child, "dt"))
        {
          text = _readout_xml_node_text (child);
          readout_document_add_block (document, READOUT_BLOCK_LIST_ITEM, text, NULL);
        }
      else if (_readout_xml_is (child, "bq"))
        append_nitf_blocks (document, child, READOUT_BLOCK_BLOCKQUOTE, depth + 1);
      else if (_readout_xml_is (child, "block") || _readout_xml_is (child, "ul") ||
               _readout_xml_is (child, "ol") || _readout_xml_is (child, "dl") ||
               _readout_xml_is (child, "nitf-table") || _readout_xml_is (child, "table") ||
               _readout_xml_is (child, "tbody") || _readout_xml_is (child, "tr"))
        append_nitf_blocks (document, child, inherited, depth + 1);
      else if (_readout_xml_is (child, "td") || _readout_xml_is (child, "th"))
        {
          text = _readout_xml_node_text (child);
          readout_document_add_block (document, READOUT_BLOCK_PARAGRAPH, text, NULL);
        }
      /* media, fn, note, the credit of a bq (its speaker is named in the
       * story) and the rest are not body text. */
    }
}

void
_readout_nitf_append_content (ReadoutDocument *document,
                              xmlNode         *content)
{
  append_nitf_blocks (document, content, READOUT_BLOCK_PARAGRAPH, 0);
}

static void
read_nitf_byline (ReadoutDocument *document,
                  xmlNode         *byline)
{
  GString *rest = g_string_new (NULL);
  gboolean has_person = FALSE;

  /* <person> marks the names; without it the byline is free text, minus
   * the job title in <byttl>. */
  READOUT_XML_FOREACH_CHILD (byline, child)
    if (_readout_xml_is (child, "person"))
      {
        g_autofree char *name = _readout_xml_text (child);

        readout_document_add_author (document, name);
        has_person = TRUE;
      }

  if (!has_person)
    {
      for (xmlNode *child = byline->children; child != NULL; child = child->next)
        {
          g_autofree char *text = NULL;

          if (child->type == XML_ELEMENT_NODE && _readout_xml_is (child, "byttl"))
            continue;
          text = _readout_xml_node_text (child);
          g_string_append (rest, text);
        }
      _readout_add_byline (document, rest->str);
    }

  g_string_free (rest, TRUE);
}

static void
read_nitf_head (ReadoutDocument *document,
                xmlNode         *head)
{
  xmlNode *docdata = _readout_xml_child (head, "docdata");
  xmlNode *pubdata = _readout_xml_child (head, "pubdata");
  static const char *date_elements[] = { "date.issue", "date.release" };

  for (guint i = 0; i < G_N_ELEMENTS (date_elements); i++)
    {
      g_autofree char *norm = _readout_xml_get_attr (_readout_xml_child (docdata, date_elements[i]),
                                                     "norm");

      _readout_xml_set_date (document, norm);
    }

  if (pubdata != NULL)
    {
      g_autofree char *section = _readout_xml_get_attr (pubdata, "position.section");
      g_autofree char *url = _readout_xml_get_attr (pubdata, "ex-ref");
      g_autofree char *date = _readout_xml_get_attr (pubdata, "date.publication");

      readout_document_set_section (document, section);
      if (url != NULL && (g_str_has_prefix (url, "http://") || g_str_has_prefix (url, "https://")))
        readout_document_set_url (document, url);
      _readout_xml_set_date (document, date);
    }
}

static void
read_nitf_body_head (ReadoutDocument *document,
                     xmlNode         *body_head)
{
  xmlNode *hedline = _readout_xml_child (body_head, "hedline");
  xmlNode *dateline = _readout_xml_child (body_head, "dateline");
  g_autofree char *hl1 = _readout_xml_child_text (hedline, "hl1");
  g_autofree char *distributor = _readout_xml_child_text (body_head, "distributor");

  if (hl1 != NULL)
    readout_document_set_title (document, hl1);

  READOUT_XML_FOREACH_CHILD (body_head, child)
    if (_readout_xml_is (child, "byline"))
      read_nitf_byline (document, child);

  if (dateline != NULL)
    {
      g_autofree char *text = _readout_xml_text (dateline);
      g_autofree char *norm = _readout_xml_get_attr (_readout_xml_child (dateline, "story.date"), "norm");

      readout_document_set_dateline (document, text);
      _readout_xml_set_date (document, norm);
    }

  readout_document_set_source (document, distributor);
}

static ReadoutDocument *
read_nitf (xmlNode *nitf)
{
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  g_autoptr(ReadoutDocument) body_doc = readout_document_new ();
  xmlNode *head = _readout_xml_child (nitf, "head");
  xmlNode *body = _readout_xml_child (nitf, "body");
  xmlNode *docdata = _readout_xml_child (head, "docdata");
  g_autofree char *lang = _readout_xml_get_attr (nitf, "lang");

  /* docdata's dates are the issue time, more precise than the dateline's
   * day; body.head's hl1 is the headline proper, head/title the document's
   * label, often a slug. */
  read_nitf_head (document, head);
  read_nitf_body_head (document, _readout_xml_child (body, "body.head"));

  if (readout_document_get_title (document) == NULL)
    {
      g_autofree char *title = _readout_xml_child_text (head, "title");

      readout_document_set_title (document, title);
    }

  if (readout_document_get_source (document) == NULL)
    {
      g_autofree char *name = _readout_xml_get_attr (_readout_xml_child (head, "pubdata"), "name");
      g_autofree char *holder = _readout_xml_get_attr (_readout_xml_child (docdata, "doc.copyright"),
                                                       "holder");

      readout_document_set_source (document, name != NULL ? name : holder);
    }

  if (lang == NULL)
    lang = _readout_xml_get_attr (body, "lang");
  readout_document_set_language (document, lang);

  _readout_nitf_append_content (body_doc, _readout_xml_child (body, "body.content"));
  _readout_xml_take_body (document, body_doc);

  return g_steal_pointer (&document);
}

void
_readout_nitf_read (xmlNode   *root,
                    GPtrArray *docs)
{
  if (_readout_xml_is (root, "nitf"))
    g_ptr_array_add (docs, read_nitf (root));
}

/* NewsML-G2 */

static char *
name_of (xmlNode *node)
{
  char *name = _readout_xml_child_text (node, "name");

  if (name == NULL)
    {
      g_autofree char *literal = _readout_xml_get_attr (node, "literal");

      name = readout_normalize_metadata (literal);
    }

  return name;
}

static void
read_newsml_body (ReadoutDocument *body,
                  xmlNode         *content_set)
{
  /* Alternative renditions of one text: the first usable one wins,
   * inline XML (structure) before inline data (plain text). */
  READOUT_XML_FOREACH_CHILD (content_set, child)
    if (_readout_xml_is (child, "inlineXML"))
      {
        xmlNode *nitf = _readout_xml_descendant (child, "nitf");
        xmlNode *html_body = _readout_xml_descendant (child, "body");

        if (nitf != NULL)
          _readout_nitf_append_content (body, _readout_xml_descendant (nitf, "body.content"));
        else if (html_body != NULL)
          _readout_html_append_blocks (body, html_body);
        else
          _readout_html_append_blocks (body, child);

        if (readout_document_get_n_blocks (body) > 0)
          return;
      }

  READOUT_XML_FOREACH_CHILD (content_set, child)
    if (_readout_xml_is (child, "inlineData"))
      {
        g_autofree char *text = _readout_xml_node_text (child);

        _readout_xml_append_plain (body, text);
        if (readout_document_get_n_blocks (body) > 0)
          return;
      }
}

static ReadoutDocument *
read_news_item (xmlNode *item,
                xmlNode *message_header)
{
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  g_autoptr(ReadoutDocument) body = readout_document_new ();
  xmlNode *item_meta = _readout_xml_child (item, "itemMeta");
  xmlNode *content_meta = _readout_xml_child (item, "contentMeta");
  g_autofree char *headline = _readout_xml_child_text (content_meta, "headline");
  g_autofree char *by = _readout_xml_child_text (content_meta, "by");
  g_autofree char *creditline = _readout_xml_child_text (content_meta, "creditline");
  g_autofree char *dateline = _readout_xml_child_text (content_meta, "dateline");
  g_autofree char *lang = _readout_xml_get_attr (_readout_xml_child (content_meta, "language"), "tag");
  static const char *dates[] = { "contentCreated", "firstCreated", "versionCreated" };

  if (headline == NULL)
    headline = _readout_xml_child_text (item_meta, "title");
  readout_document_set_title (document, headline);

  READOUT_XML_FOREACH_CHILD (content_meta, child)
    if (_readout_xml_is (child, "creator"))
      {
        g_autofree char *name = name_of (child);

        /* Creators may be organisations: keep only what reads as a name. */
        if (name != NULL)
          _readout_add_byline (document, name);
      }
  if (readout_document_get_authors (document)[0] == NULL)
    _readout_add_byline (document, by);

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *date = _readout_xml_child_text (content_meta, dates[i]);

      if (date == NULL)
        date = _readout_xml_child_text (item_meta, dates[i]);
      _readout_xml_set_date (document, date);
    }

  if (creditline == NULL)
    creditline = name_of (_readout_xml_child (item_meta, "provider"));
  if (creditline == NULL && message_header != NULL)
    creditline = _readout_xml_child_text (message_header, "sender");
  readout_document_set_source (document, creditline);

  if (dateline == NULL)
    dateline = name_of (_readout_xml_child (content_meta, "located"));
  readout_document_set_dateline (document, dateline);

  if (lang == NULL)
    lang = _readout_xml_get_attr (item, "lang");
  readout_document_set_language (document, lang);

  READOUT_XML_FOREACH_CHILD (content_meta, child)
    if (_readout_xml_is (child, "subject"))
      {
        g_autofree char *subject = name_of (child);

        if (subject != NULL)
          {
            readout_document_set_section (document, subject);
            break;
          }
      }

  read_newsml_body (body, _readout_xml_child (item, "contentSet"));
  _readout_xml_take_body (document, body);

  return g_steal_pointer (&document);
}

void
_readout_newsml_read (xmlNode   *root,
                      GPtrArray *docs)
{
  xmlNode *header;

  if (_readout_xml_is (root, "newsItem"))
    {
      g_ptr_array_add (docs, read_news_item (root, NULL));
      return;
    }

  if (!_readout_xml_is (root, "newsMessage"))
    return;

  /* Pictures and packages in the message carry no text; the dispatcher
   * drops the empty documents they would make. */
  header = _readout_xml_child (root, "header");
  READOUT_XML_FOREACH_CHILD (root, set)
    if (_readout_xml_is (set, "itemSet"))
      READOUT_XML_FOREACH_CHILD (set, item)
        if (_readout_xml_is (item, "newsItem"))
          g_ptr_array_add (docs, read_news_item (item, header));
}
