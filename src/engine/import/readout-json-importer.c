/* readout-json-importer.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * JSON articles: a plain article object ("headline", "author",
 * "articleBody"…), schema.org JSON-LD (also inside "@graph"), and arrays or
 * wrapper objects holding several articles — one document each.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "readout-boilerplate-private.h"
#include "readout-date.h"
#include "readout-error.h"
#include "readout-html-private.h"
#include "readout-import-private.h"

/* json-glib 1.6 parses recursively; deeper input could exhaust the stack. */
#define MAX_JSON_DEPTH 512
/* Articles are searched for this deep inside wrapper objects. */
#define MAX_SEARCH_DEPTH 8

static const char *body_keys[] = { "articleBody", "body", "content", "text" };

/* Scans nesting depth without parsing; strings are skipped so brackets in
 * them do not count. */
static gboolean
nesting_too_deep (const char *text,
                  gsize       len)
{
  gsize depth = 0;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      char c = text[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }

      if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > MAX_JSON_DEPTH)
            return TRUE;
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }

  return FALSE;
}

/* The string of @node: a string, or an object's "name", "rendered",
 * "@value" or "@id" member ({"name": "Reuters"}, {"rendered": "…"}). */
static const char *
node_string (JsonNode *node)
{
  static const char *members[] = { "name", "rendered", "@value", "value", "@id" };

  if (node == NULL)
    return NULL;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);

      for (guint i = 0; i < G_N_ELEMENTS (members); i++)
        {
          JsonNode *member = json_object_get_member (object, members[i]);

          if (member != NULL && JSON_NODE_HOLDS_VALUE (member) &&
              json_node_get_value_type (member) == G_TYPE_STRING)
            return json_node_get_string (member);
        }
    }

  if (JSON_NODE_HOLDS_ARRAY (node) && json_array_get_length (json_node_get_array (node)) > 0)
    return node_string (json_array_get_element (json_node_get_array (node), 0));

  return NULL;
}

static JsonNode *
first_member (JsonObject  *object,
              const char **keys,
              gsize        n_keys)
{
  for (gsize i = 0; i < n_keys; i++)
    {
      JsonNode *node = json_object_get_member (object, keys[i]);

      if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
        return node;
    }

  return NULL;
}

#define FIRST_MEMBER(object, ...) \
  first_member ((object), (const char *[]) { __VA_ARGS__ }, \
                sizeof ((const char *[]) { __VA_ARGS__ }) / sizeof (const char *))

static const char *
first_string (JsonObject  *object,
              const char **keys,
              gsize        n_keys)
{
  for (gsize i = 0; i < n_keys; i++)
    {
      const char *value = node_string (json_object_get_member (object, keys[i]));

      if (value != NULL && value[0] != '\0')
        return value;
    }

  return NULL;
}

#define FIRST_STRING(object, ...) \
  first_string ((object), (const char *[]) { __VA_ARGS__ }, \
                sizeof ((const char *[]) { __VA_ARGS__ }) / sizeof (const char *))

static gboolean
type_is_article (JsonObject *object)
{
  const char *type = node_string (json_object_get_member (object, "@type"));
  JsonNode *node = json_object_get_member (object, "@type");

  /* "@type" may be an array: ["NewsArticle", "ReportageNewsArticle"] */
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          const char *t = node_string (json_array_get_element (array, i));

          if (t != NULL && (strstr (t, "Article") != NULL || strstr (t, "BlogPosting") != NULL))
            return TRUE;
        }
      return FALSE;
    }

  return type != NULL && (strstr (type, "Article") != NULL || strstr (type, "BlogPosting") != NULL ||
                          strstr (type, "Report") != NULL);
}

/* The body member holding text: a string, an array of strings, or an
 * object with "rendered"/"html"/"text". */
static JsonNode *
body_node (JsonObject *object,
           gboolean    top_level)
{
  for (guint i = 0; i < G_N_ELEMENTS (body_keys); i++)
    {
      JsonNode *node = json_object_get_member (object, body_keys[i]);

      if (node == NULL || JSON_NODE_HOLDS_NULL (node))
        continue;
      /* "text" and "content" are common words in any JSON; nested objects
       * must also look like articles. */
      if (!top_level && i >= 2 && !type_is_article (object) &&
          FIRST_STRING (object, "headline", "title") == NULL)
        continue;
      if (JSON_NODE_HOLDS_VALUE (node) || JSON_NODE_HOLDS_ARRAY (node))
        return node;
      if (JSON_NODE_HOLDS_OBJECT (node) &&
          FIRST_STRING (json_node_get_object (node), "rendered", "html", "text", "value") != NULL)
        return node;
    }

  return NULL;
}

static gboolean
looks_like_html (const char *text)
{
  for (const char *p = strchr (text, '<'); p != NULL; p = strchr (p + 1, '<'))
    if (g_ascii_isalpha (p[1]) || (p[1] == '/' && g_ascii_isalpha (p[2])))
      {
        const char *close = strchr (p, '>');

        if (close != NULL && close - p < 200)
          return TRUE;
      }

  return FALSE;
}

/* Plain text: paragraphs at blank lines when there are any, else at line
 * breaks. The first may open with a dateline, as in plain-text files. */
static void
add_plain_text (ReadoutDocument *document,
                const char      *text,
                char           **dateline_agency)
{
  g_auto(GStrv) paras = NULL;
  gboolean blank = FALSE;
  gboolean first = TRUE;
  const char *p;

  for (p = strchr (text, '\n'); p != NULL && !blank; p = strchr (p + 1, '\n'))
    {
      const char *q = p + 1;

      while (*q == ' ' || *q == '\t' || *q == '\r')
        q++;
      blank = *q == '\n';
    }

  if (blank)
    {
      g_autoptr(GRegex) regex = g_regex_new ("\\n[ \\t\\r]*\\n", 0, 0, NULL);

      paras = g_regex_split (regex, text, 0);
    }
  else
    paras = g_strsplit (text, "\n", -1);

  for (guint i = 0; paras[i] != NULL; i++)
    {
      const char *start = paras[i];

      while (g_ascii_isspace (*start))
        start++;
      if (*start == '\0')
        continue;

      if (first && readout_document_get_dateline (document) == NULL)
        {
          g_autofree char *dateline = NULL;
          /* Recorded, and left in the text as written (see the text importer). */
          if (_readout_parse_dateline (start, &dateline, dateline_agency) > 0)
            readout_document_set_dateline (document, dateline);
        }
      first = FALSE;
      readout_document_add_paragraph (document, start);
    }
}

static void
add_body_string (ReadoutDocument *document,
                 const char      *text,
                 char           **dateline_agency)
{
  if (looks_like_html (text))
    _readout_html_append_fragment (document, text, strlen (text));
  else
    add_plain_text (document, text, dateline_agency);
}

static void
add_body (ReadoutDocument *document,
          JsonNode        *node,
          char           **dateline_agency)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          const char *para = node_string (json_array_get_element (array, i));

          if (para != NULL)
            add_body_string (document, para, dateline_agency);
        }
      return;
    }

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      const char *text = FIRST_STRING (json_node_get_object (node), "rendered", "html", "text", "value");

      if (text != NULL)
        add_body_string (document, text, dateline_agency);
      return;
    }

  if (json_node_get_value_type (node) == G_TYPE_STRING)
    add_body_string (document, json_node_get_string (node), dateline_agency);
}

static void
add_authors (ReadoutDocument *document,
             JsonNode        *node,
             char           **org_source)
{
  if (node == NULL)
    return;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        add_authors (document, json_array_get_element (array, i), org_source);
      return;
    }

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      const char *type = node_string (json_object_get_member (object, "@type"));
      const char *name = FIRST_STRING (object, "name");

      /* An organisation credited as author is the publisher. */
      if (g_strcmp0 (type, "Organization") == 0 || g_strcmp0 (type, "NewsMediaOrganization") == 0)
        {
          if (*org_source == NULL && name != NULL)
            *org_source = g_strdup (name);
          return;
        }
      if (name != NULL)
        readout_document_add_author (document, name);
      return;
    }

  if (json_node_get_value_type (node) == G_TYPE_STRING)
    _readout_add_byline (document, json_node_get_string (node));
}

static char *
date_of (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;

  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return readout_date_to_iso8601 (json_node_get_string (node));

  if (json_node_get_value_type (node) == G_TYPE_INT64)
    {
      gint64 stamp = json_node_get_int (node);
      g_autoptr(GDateTime) dt = NULL;

      /* Unix time, in milliseconds when it is that large. */
      if (stamp > G_GINT64_CONSTANT (100000000000))
        stamp /= 1000;
      dt = g_date_time_new_from_unix_utc (stamp);
      if (dt != NULL)
        return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%SZ");
    }

  return NULL;
}

static ReadoutDocument *
document_from_object (JsonObject *object,
                      JsonNode   *body)
{
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  g_autofree char *org_source = NULL;
  g_autofree char *agency = NULL;
  g_autofree char *date = NULL;
  const char *title, *source, *url, *language, *section, *dateline;
  JsonNode *node;

  title = FIRST_STRING (object, "headline", "title", "name");
  if (title != NULL && looks_like_html (title))
    {
      g_autoptr(ReadoutDocument) scratch = readout_document_new ();

      _readout_html_append_fragment (scratch, title, strlen (title));
      readout_document_set_title (document, readout_document_get_text (scratch));
    }
  else
    readout_document_set_title (document, title);

  add_authors (document, FIRST_MEMBER (object, "author", "authors", "byline", "creator"), &org_source);

  node = FIRST_MEMBER (object, "datePublished", "date", "published", "publishedAt",
                       "pubDate", "dateCreated", "dateModified");
  date = date_of (node);
  readout_document_set_date (document, date);

  dateline = FIRST_STRING (object, "dateline");
  readout_document_set_dateline (document, dateline);

  add_body (document, body, &agency);

  source = FIRST_STRING (object, "publisher", "source", "provider", "sourceOrganization");
  readout_document_set_source (document, source != NULL ? source :
                                         org_source != NULL ? org_source : agency);

  url = FIRST_STRING (object, "url", "link", "mainEntityOfPage");
  readout_document_set_url (document, url);

  language = FIRST_STRING (object, "inLanguage", "language", "lang");
  readout_document_set_language (document, language);

  section = FIRST_STRING (object, "articleSection", "section", "category");
  readout_document_set_section (document, section);

  return g_steal_pointer (&document);
}

static void
collect (JsonNode  *node,
         guint      depth,
         GPtrArray *docs,
         gboolean  *saw_article)
{
  if (depth > MAX_SEARCH_DEPTH || node == NULL)
    return;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        collect (json_array_get_element (array, i), depth + 1, docs, saw_article);
      return;
    }

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      JsonNode *body = body_node (object, depth == 0);
      g_autoptr(GList) members = NULL;

      if (type_is_article (object))
        *saw_article = TRUE;

      if (body != NULL)
        {
          g_ptr_array_add (docs, document_from_object (object, body));
          return;
        }

      members = json_object_get_values (object);
      for (GList *l = members; l != NULL; l = l->next)
        if (!JSON_NODE_HOLDS_VALUE (l->data))
          collect (l->data, depth + 1, docs, saw_article);
    }
}

GPtrArray *
_readout_json_import (const char  *text,
                      gsize        len,
                      GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean saw_article = FALSE;

  if (nesting_too_deep (text, len))
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_HOSTILE,
                   _("The JSON is nested more than %d levels deep"), MAX_JSON_DEPTH);
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, text, len, &local_error))
    {
      const char *message = local_error->message;
      guint line = 0, column = 0;
      int skip = 0;

      /* json-glib says "<data>:2:14: Parse error: …" */
      if (sscanf (message, "<data>:%u:%u: %n", &line, &column, &skip) == 2 && skip > 0)
        g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                     /* Translators: line and column numbers, then the JSON parser's message */
                     _("The JSON is not valid at line %u, column %u: %s"),
                     line, column, message + skip);
      else
        g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                     _("The JSON is not valid: %s"), message);
      return NULL;
    }

  docs = g_ptr_array_new_with_free_func (g_object_unref);
  collect (json_parser_get_root (parser), 0, docs, &saw_article);

  if (docs->len == 0)
    {
      g_set_error_literal (error, READOUT_ERROR, READOUT_ERROR_NO_CONTENT,
                           saw_article
                           ? _("The JSON describes an article but holds none of its text "
                               "(no “articleBody”, “body”, “content” or “text”)")
                           : _("The JSON holds no article: no object with an "
                               "“articleBody”, “body”, “content” or “text” member was found"));
      return NULL;
    }

  return g_steal_pointer (&docs);
}
