/* readout-xml-feed.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * RSS 2.0, RSS 1.0 (RDF) and Atom: one document per item or entry, with
 * the feed's title as the source.
 */

#define G_LOG_DOMAIN "readout-xml"

#include "config.h"

#include <string.h>

#include "readout-html-private.h"
#include "readout-xml-private.h"

static gboolean
is_web_url (const char *url)
{
  return url != NULL &&
         (g_str_has_prefix (url, "http://") || g_str_has_prefix (url, "https://"));
}

static gsize
text_length (xmlNode *node,
             gsize   *in_links,
             guint    depth)
{
  gsize total = 0;

  if (depth > READOUT_XML_MAX_DEPTH)
    return 0;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE && child->content != NULL)
        {
          gsize n = 0;

          for (const char *p = (const char *)child->content; *p != '\0'; p++)
            if (!g_ascii_isspace (*p))
              n++;

          total += n;
          for (xmlNode *up = child->parent; up != NULL && up != node->parent; up = up->parent)
            if (_readout_xml_name_is (up, "a"))
              {
                *in_links += n;
                break;
              }
        }
      else if (child->type == XML_ELEMENT_NODE)
        total += text_length (child, in_links, depth + 1);
    }

  return total;
}

/* Feed bodies are the article, but publishers append share and "read
 * more" bars: short blocks that are nothing but links (lengths count
 * non-space bytes). */
static void
drop_link_bars (xmlNode *node,
                guint    depth)
{
  xmlNode *next;

  if (depth > READOUT_XML_MAX_DEPTH)
    return;

  for (xmlNode *child = node->children; child != NULL; child = next)
    {
      gsize in_links = 0;
      gsize total;

      next = child->next;
      if (child->type != XML_ELEMENT_NODE || _readout_xml_name_is (child, "a"))
        continue;

      total = text_length (child, &in_links, 0);
      if (total > 0 && total < 80 && in_links == total)
        {
          xmlUnlinkNode (child);
          xmlFreeNode (child);
        }
      else
        drop_link_bars (child, depth + 1);
    }
}

/* Text of an element holding escaped or CDATA HTML: appended as blocks. */
static void
append_html_text (ReadoutDocument *document,
                  xmlNode         *node)
{
  g_autofree char *html = _readout_xml_node_text (node);
  g_autoptr(xmlDoc) doc = NULL;
  xmlNode *root;

  if (html == NULL || html[0] == '\0' || strlen (html) > G_MAXINT)
    return;

  doc = htmlReadMemory (html, (int)strlen (html), NULL, "UTF-8",
                        READOUT_HTML_PARSE_OPTIONS & ~HTML_PARSE_NOIMPLIED);
  root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;
  if (root == NULL)
    return;

  drop_link_bars (root, 0);
  _readout_html_append_blocks (document, root);
}

/* RSS */

/* RSS 2.0 <author> is an e-mail address, usually "ana@example.org (Ana
 * Ruiz)": the name in parentheses is what readers want. */
static void
add_rss_author (ReadoutDocument *document,
                const char      *author)
{
  const char *open;
  const char *close;

  if (author == NULL)
    return;

  open = strchr (author, '(');
  close = open != NULL ? strrchr (open, ')') : NULL;
  if (open != NULL && close != NULL)
    {
      g_autofree char *name = g_strndup (open + 1, close - open - 1);

      readout_document_add_author (document, name);
    }
  else if (strchr (author, '@') == NULL)
    _readout_add_byline (document, author);
}

static ReadoutDocument *
read_rss_item (xmlNode    *item,
               const char *channel_title,
               const char *channel_language)
{
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  g_autoptr(ReadoutDocument) body = readout_document_new ();
  g_autofree char *title = _readout_xml_child_text (item, "title");
  g_autofree char *link = _readout_xml_child_text (item, "link");
  g_autofree char *category = _readout_xml_child_text (item, "category");
  g_autofree char *subject = _readout_xml_child_text (item, "subject");
  g_autofree char *language = _readout_xml_child_text (item, "language");
  xmlNode *encoded = _readout_xml_child (item, "encoded");
  xmlNode *description = _readout_xml_child (item, "description");
  xmlNode *guid = _readout_xml_child (item, "guid");
  static const char *dates[] = { "pubDate", "date", "issued" };

  readout_document_set_title (document, title);

  READOUT_XML_FOREACH_CHILD (item, child)
    if (_readout_xml_is (child, "creator"))
      {
        g_autofree char *creator = _readout_xml_text (child);

        _readout_add_byline (document, creator);
      }
  if (readout_document_get_authors (document)[0] == NULL)
    {
      g_autofree char *author = _readout_xml_child_text (item, "author");

      add_rss_author (document, author);
    }

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *date = _readout_xml_child_text (item, dates[i]);

      _readout_xml_set_date (document, date);
    }

  if (!is_web_url (link) && guid != NULL)
    {
      g_autofree char *permalink = _readout_xml_get_attr (guid, "isPermaLink");

      if (g_strcmp0 (permalink, "false") != 0)
        {
          g_free (link);
          link = _readout_xml_text (guid);
        }
    }
  if (is_web_url (link))
    readout_document_set_url (document, link);

  readout_document_set_section (document, category != NULL ? category : subject);
  readout_document_set_source (document, channel_title);
  readout_document_set_language (document, language != NULL ? language : channel_language);

  /* content:encoded is the full article; description is often a teaser,
   * in HTML or, without any markup, plain text whose blank lines still
   * separate paragraphs. */
  append_html_text (body, encoded);
  if (readout_document_get_n_blocks (body) == 0 && description != NULL)
    {
      g_autofree char *raw = _readout_xml_node_text (description);

      if (strpbrk (raw, "<&") == NULL)
        _readout_xml_append_plain (body, raw);
      else
        append_html_text (body, description);
    }
  _readout_xml_take_body (document, body);

  return g_steal_pointer (&document);
}

void
_readout_rss_read (xmlNode   *root,
                   GPtrArray *docs)
{
  xmlNode *channel = _readout_xml_child (root, "channel");
  g_autofree char *title = _readout_xml_child_text (channel, "title");
  g_autofree char *language = _readout_xml_child_text (channel, "language");

  /* Items are children of <channel> in RSS 2.0 and of the root in RSS
   * 1.0; the loop over both also accepts either mistake. */
  READOUT_XML_FOREACH_CHILD (channel, item)
    if (_readout_xml_is (item, "item"))
      g_ptr_array_add (docs, read_rss_item (item, title, language));

  READOUT_XML_FOREACH_CHILD (root, item)
    if (_readout_xml_is (item, "item"))
      g_ptr_array_add (docs, read_rss_item (item, title, language));
}

/* Atom */

typedef enum
{
  ATOM_TEXT,
  ATOM_HTML,
  ATOM_XHTML,
  ATOM_OTHER,
} AtomType;

static AtomType
atom_type (xmlNode *node)
{
  g_autofree char *type = _readout_xml_get_attr (node, "type");

  if (type == NULL || g_ascii_strcasecmp (type, "text") == 0 ||
      g_ascii_strncasecmp (type, "text/plain", 10) == 0)
    return ATOM_TEXT;
  if (g_ascii_strcasecmp (type, "xhtml") == 0 || strstr (type, "xhtml") != NULL)
    return ATOM_XHTML;
  if (g_ascii_strcasecmp (type, "html") == 0 || strstr (type, "html") != NULL)
    return ATOM_HTML;
  /* Other text/ types read as text; images and the like (base64) not. */
  if (g_ascii_strncasecmp (type, "text/", 5) == 0)
    return ATOM_TEXT;
  return ATOM_OTHER;
}

/* An Atom text construct (title, summary, content) appended as blocks. */
static void
append_atom_text (ReadoutDocument *document,
                  xmlNode         *node)
{
  g_autofree char *src = _readout_xml_get_attr (node, "src");
  g_autofree char *text = NULL;

  /* Out-of-line content is elsewhere, and never fetched. */
  if (node == NULL || src != NULL)
    return;

  switch (atom_type (node))
    {
    case ATOM_XHTML:
      {
        xmlNode *div = _readout_xml_child (node, "div");

        _readout_html_append_blocks (document, div != NULL ? div : node);
      }
      break;

    case ATOM_HTML:
      append_html_text (document, node);
      break;

    case ATOM_TEXT:
      text = _readout_xml_node_text (node);
      _readout_xml_append_plain (document, text);
      break;

    case ATOM_OTHER:
    default:
      break;
    }
}

/* A one-line text construct (a title) as plain text. */
static char *
atom_inline_text (xmlNode *node)
{
  g_autoptr(ReadoutDocument) scratch = NULL;
  g_autofree char *joined = NULL;

  if (node == NULL)
    return NULL;
  if (atom_type (node) == ATOM_TEXT)
    return _readout_xml_text (node);

  scratch = readout_document_new ();
  append_atom_text (scratch, node);
  joined = g_strdelimit (g_strdup (readout_document_get_text (scratch)), "\n", ' ');
  return readout_normalize_metadata (joined);
}

static char *
atom_link (xmlNode *entry)
{
  READOUT_XML_FOREACH_CHILD (entry, child)
    if (_readout_xml_is (child, "link"))
      {
        g_autofree char *rel = _readout_xml_get_attr (child, "rel");
        g_autofree char *href = _readout_xml_get_attr (child, "href");

        if (!is_web_url (href))
          continue;
        if (rel == NULL || g_ascii_strcasecmp (rel, "alternate") == 0)
          return g_steal_pointer (&href);
      }

  return NULL;
}

static void
add_atom_authors (ReadoutDocument *document,
                  xmlNode         *parent)
{
  READOUT_XML_FOREACH_CHILD (parent, child)
    if (_readout_xml_is (child, "author"))
      {
        g_autofree char *name = _readout_xml_child_text (child, "name");

        readout_document_add_author (document, name);
      }
}

static char *
atom_language (xmlNode *node)
{
  for (xmlNode *n = node; n != NULL && n->type == XML_ELEMENT_NODE; n = n->parent)
    {
      char *lang = _readout_xml_get_attr (n, "lang");

      if (lang != NULL)
        return lang;
    }

  return NULL;
}

static ReadoutDocument *
read_atom_entry (xmlNode    *entry,
                 xmlNode    *feed,
                 const char *feed_title)
{
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  g_autoptr(ReadoutDocument) body = readout_document_new ();
  g_autofree char *title = atom_inline_text (_readout_xml_child (entry, "title"));
  g_autofree char *url = atom_link (entry);
  g_autofree char *published = _readout_xml_child_text (entry, "published");
  g_autofree char *updated = _readout_xml_child_text (entry, "updated");
  g_autofree char *source = atom_inline_text (_readout_xml_child (_readout_xml_child (entry, "source"),
                                                                  "title"));
  xmlNode *content = _readout_xml_child (entry, "content");
  xmlNode *category = _readout_xml_child (entry, "category");
  g_autofree char *language = atom_language (content != NULL ? content : entry);

  readout_document_set_title (document, title);
  readout_document_set_url (document, url);
  readout_document_set_language (document, language);
  readout_document_set_source (document, source != NULL ? source : feed_title);

  add_atom_authors (document, entry);
  if (readout_document_get_authors (document)[0] == NULL)
    add_atom_authors (document, feed);

  if (!_readout_xml_set_date (document, published))
    _readout_xml_set_date (document, updated);

  if (category != NULL)
    {
      g_autofree char *label = _readout_xml_get_attr (category, "label");
      g_autofree char *term = _readout_xml_get_attr (category, "term");

      readout_document_set_section (document, label != NULL ? label : term);
    }

  append_atom_text (body, content);
  if (readout_document_get_n_blocks (body) == 0)
    append_atom_text (body, _readout_xml_child (entry, "summary"));
  _readout_xml_take_body (document, body);

  return g_steal_pointer (&document);
}

void
_readout_atom_read (xmlNode   *root,
                    GPtrArray *docs)
{
  g_autofree char *title = NULL;

  if (_readout_xml_is (root, "entry"))
    {
      g_ptr_array_add (docs, read_atom_entry (root, NULL, NULL));
      return;
    }

  title = atom_inline_text (_readout_xml_child (root, "title"));
  READOUT_XML_FOREACH_CHILD (root, entry)
    if (_readout_xml_is (entry, "entry"))
      g_ptr_array_add (docs, read_atom_entry (entry, root, title));
}
