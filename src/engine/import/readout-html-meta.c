/* readout-html-meta.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Article metadata of an HTML page. Sources in order of trust: schema.org
 * JSON-LD, OpenGraph and other <meta> tags, then the markup itself (<time>,
 * <link rel=canonical>, <html lang>, <title>, <h1>). A later source only
 * fills what an earlier one left empty.
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <string.h>

#include "readout-date.h"
#include "readout-html-extract-private.h"
#include "readout-html-private.h"

/* JSON-LD graphs are shallow; anything deeper is not an article. */
#define MAX_JSON_DEPTH 16

typedef struct
{
  char *title;
  char *og_title;
  char *html_title;
  char *h1;
  char *site;
  char *url;
  char *canonical;
  char *date;
  char *time_date;
  char *language;
  char *section;
  GPtrArray *bylines;
  gboolean have_ld_authors;
} Meta;

static void
meta_clear (Meta *meta)
{
  g_free (meta->title);
  g_free (meta->og_title);
  g_free (meta->html_title);
  g_free (meta->h1);
  g_free (meta->site);
  g_free (meta->url);
  g_free (meta->canonical);
  g_free (meta->date);
  g_free (meta->time_date);
  g_free (meta->language);
  g_free (meta->section);
  g_clear_pointer (&meta->bylines, g_ptr_array_unref);
}

/* Character references left in metadata: JSON-LD and <meta> content are
 * often HTML-escaped twice ("doesn&#8217;t"). */
static char *
decode_entities (const char *text)
{
  GString *out;

  if (strchr (text, '&') == NULL)
    return g_strdup (text);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p++)
    {
      const char *semi = *p == '&' ? strchr (p, ';') : NULL;
      gunichar ch = 0;

      if (semi != NULL && semi - p > 1 && semi - p <= 12)
        {
          g_autofree char *name = g_strndup (p + 1, semi - p - 1);

          if (name[0] == '#')
            ch = (name[1] == 'x' || name[1] == 'X') ? strtoul (name + 2, NULL, 16)
                                                    : strtoul (name + 1, NULL, 10);
          else
            {
              const htmlEntityDesc *entity = htmlEntityLookup ((const xmlChar *)name);

              ch = entity != NULL ? entity->value : 0;
            }
        }

      if (ch != 0 && g_unichar_validate (ch))
        {
          g_string_append_unichar (out, ch);
          p = semi;
        }
      else
        {
          g_string_append_c (out, *p);
        }
    }

  return g_string_free (out, FALSE);
}

/* Stores @value in @field unless the field is set or @value is empty. */
static void
fill (char       **field,
      const char  *value)
{
  if (*field == NULL && value != NULL)
    {
      g_autofree char *decoded = decode_entities (value);

      *field = readout_normalize_metadata (decoded);
    }
}

static void
fill_date (char       **field,
           const char  *value)
{
  if (*field == NULL && value != NULL)
    *field = readout_date_to_iso8601 (value);
}

static gboolean
looks_like_url (const char *text)
{
  return g_str_has_prefix (text, "http:") || g_str_has_prefix (text, "https:") ||
         g_str_has_prefix (text, "//") || strchr (text, '/') != NULL;
}

/* --- JSON-LD ----------------------------------------------------------- */

static const char *
json_string (JsonObject *object,
             const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);

  return NULL;
}

/* A string member, or the "name" / "@id" of an object member, or the
 * first such item of an array member. */
static const char *
json_text (JsonObject *object,
           const char *member,
           const char *key)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node) &&
      json_array_get_length (json_node_get_array (node)) > 0)
    node = json_array_get_element (json_node_get_array (node), 0);

  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  if (JSON_NODE_HOLDS_OBJECT (node))
    return json_string (json_node_get_object (node), key);

  return NULL;
}

static gboolean
is_article_type (const char *type)
{
  if (type == NULL)
    return FALSE;

  if (g_str_has_prefix (type, "http://schema.org/") || g_str_has_prefix (type, "https://schema.org/"))
    type = strrchr (type, '/') + 1;

  /* NewsArticle, ReportageNewsArticle, AnalysisNewsArticle, Article,
   * BlogPosting, LiveBlogPosting, … */
  return g_str_has_suffix (type, "Article") || g_str_has_suffix (type, "BlogPosting");
}

static gboolean
has_article_type (JsonObject *object)
{
  JsonNode *node = json_object_get_member (object, "@type");

  if (node == NULL)
    return FALSE;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return is_article_type (json_node_get_string (node));

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *types = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (types); i++)
        {
          JsonNode *item = json_array_get_element (types, i);

          if (JSON_NODE_HOLDS_VALUE (item) && json_node_get_value_type (item) == G_TYPE_STRING &&
              is_article_type (json_node_get_string (item)))
            return TRUE;
        }
    }

  return FALSE;
}

static void
add_ld_author (Meta     *meta,
               JsonNode *node)
{
  const char *name = NULL;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    name = json_node_get_string (node);
  else if (JSON_NODE_HOLDS_OBJECT (node))
    name = json_string (json_node_get_object (node), "name");

  if (name != NULL && !looks_like_url (name))
    {
      g_ptr_array_add (meta->bylines, decode_entities (name));
      meta->have_ld_authors = TRUE;
    }
}

static void
read_ld_article (Meta       *meta,
                 JsonObject *article)
{
  JsonNode *authors = json_object_get_member (article, "author");
  const char *url;

  fill (&meta->title, json_string (article, "headline"));
  fill (&meta->title, json_string (article, "name"));
  fill_date (&meta->date, json_string (article, "datePublished"));
  fill_date (&meta->date, json_string (article, "dateCreated"));
  fill (&meta->site, json_text (article, "publisher", "name"));
  fill (&meta->section, json_text (article, "articleSection", "name"));
  fill (&meta->language, json_text (article, "inLanguage", "name"));

  url = json_string (article, "url");
  if (url == NULL)
    url = json_text (article, "mainEntityOfPage", "@id");
  fill (&meta->url, url);

  if (authors != NULL && !meta->have_ld_authors)
    {
      if (JSON_NODE_HOLDS_ARRAY (authors))
        {
          JsonArray *array = json_node_get_array (authors);

          for (guint i = 0; i < json_array_get_length (array); i++)
            add_ld_author (meta, json_array_get_element (array, i));
        }
      else
        {
          add_ld_author (meta, authors);
        }
    }
}

/* Finds article objects at the top, in arrays and in "@graph". */
static void
read_ld_node (Meta     *meta,
              JsonNode *node,
              guint     depth)
{
  if (node == NULL || depth > MAX_JSON_DEPTH)
    return;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        read_ld_node (meta, json_array_get_element (array, i), depth + 1);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);

      if (has_article_type (object))
        read_ld_article (meta, object);
      if (json_object_has_member (object, "@graph"))
        read_ld_node (meta, json_object_get_member (object, "@graph"), depth + 1);
      if (json_object_has_member (object, "mainEntity"))
        read_ld_node (meta, json_object_get_member (object, "mainEntity"), depth + 1);
    }
}

static void
read_ld_script (Meta    *meta,
                xmlNode *script)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *text = _readout_xml_node_text (script);

  /* Broken JSON-LD is common and not worth a warning: the page has other
   * sources of the same facts. */
  if (!json_parser_load_from_data (parser, text, -1, NULL))
    return;

  read_ld_node (meta, json_parser_get_root (parser), 0);
}

/* --- <meta> and markup ------------------------------------------------- */

static gboolean
name_in (const char         *name,
         const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      return TRUE;

  return FALSE;
}

static void
read_meta_tag (Meta    *meta,
               xmlNode *node,
               Meta    *fallback)
{
  static const char * const author_names[] = {
    "author", "byl", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author",
    "article:author", "og:article:author", NULL
  };
  static const char * const date_names[] = {
    "article:published_time", "og:article:published_time", "date", "pubdate", "publishdate",
    "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.created",
    "dcterms.date", "article.published", "sailthru.date", "parsely-pub-date", "datepublished",
    "og:published_time", NULL
  };
  g_autofree char *key = NULL;
  g_autofree char *content = NULL;

  key = _readout_xml_get_attr (node, "property");
  if (key == NULL)
    key = _readout_xml_get_attr (node, "name");
  if (key == NULL)
    key = _readout_xml_get_attr (node, "itemprop");
  content = _readout_xml_get_attr (node, "content");
  if (key == NULL || content == NULL)
    return;

  if (g_ascii_strcasecmp (key, "og:title") == 0)
    fill (&meta->og_title, content);
  else if (g_ascii_strcasecmp (key, "og:site_name") == 0)
    fill (&meta->site, content);
  else if (g_ascii_strcasecmp (key, "og:url") == 0)
    fill (&meta->url, content);
  else if (g_ascii_strcasecmp (key, "article:section") == 0)
    fill (&meta->section, content);
  else if (g_ascii_strcasecmp (key, "og:locale") == 0 && fallback->language == NULL)
    fallback->language = g_strdelimit (readout_normalize_metadata (content), "_", '-');
  else if (g_ascii_strcasecmp (key, "twitter:title") == 0)
    fill (&fallback->og_title, content);
  else if (g_ascii_strcasecmp (key, "application-name") == 0)
    fill (&fallback->site, content);
  else if (name_in (key, date_names))
    fill_date (&meta->date, content);
  else if (name_in (key, author_names) && !looks_like_url (content))
    g_ptr_array_add (fallback->bylines, decode_entities (content));
}

static void
collect (Meta    *meta,
         Meta    *fallback,
         xmlDoc  *doc)
{
  xmlNode *root = (xmlNode *)doc;

  for (xmlNode *node = root->children; node != NULL;)
    {
      gboolean descend = TRUE;

      if (node->type == XML_ELEMENT_NODE)
        {
          if (_readout_xml_name_is (node, "script"))
            {
              g_autofree char *type = _readout_xml_get_attr (node, "type");

              if (type != NULL && g_ascii_strcasecmp (g_strstrip (type), "application/ld+json") == 0)
                read_ld_script (meta, node);
              descend = FALSE;
            }
          else if (_readout_xml_name_is (node, "style") || _readout_xml_name_is (node, "svg"))
            {
              descend = FALSE;
            }
          else if (_readout_xml_name_is (node, "meta"))
            {
              read_meta_tag (meta, node, fallback);
            }
          else if (_readout_xml_name_is (node, "html"))
            {
              g_autofree char *lang = _readout_xml_get_attr (node, "lang");

              if (lang == NULL)
                lang = _readout_xml_get_attr (node, "xml:lang");
              fill (&fallback->language, lang);
            }
          else if (_readout_xml_name_is (node, "title") && meta->html_title == NULL)
            {
              g_autofree char *text = _readout_xml_node_text (node);

              fill (&meta->html_title, text);
              descend = FALSE;
            }
          else if (_readout_xml_name_is (node, "h1") && meta->h1 == NULL)
            {
              g_autofree char *text = _readout_xml_node_text (node);

              fill (&meta->h1, text);
            }
          else if (_readout_xml_name_is (node, "link"))
            {
              g_autofree char *rel = _readout_xml_get_attr (node, "rel");

              if (rel != NULL && g_ascii_strcasecmp (rel, "canonical") == 0)
                {
                  g_autofree char *href = _readout_xml_get_attr (node, "href");

                  fill (&meta->canonical, href);
                }
            }
          else if (_readout_xml_name_is (node, "time") && meta->time_date == NULL)
            {
              g_autofree char *datetime = _readout_xml_get_attr (node, "datetime");

              fill_date (&meta->time_date, datetime);
            }
        }

      node = _readout_html_next (node, root, descend);
    }
}

/* --- Titles and bylines ------------------------------------------------ */

static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  if (a == NULL || b == NULL)
    return FALSE;

  fa = g_utf8_casefold (a, -1);
  fb = g_utf8_casefold (b, -1);
  return strcmp (fa, fb) == 0;
}

static guint
count_words (const char *text,
             gsize       len)
{
  guint words = 0;
  gboolean in_word = FALSE;

  for (gsize i = 0; i < len && text[i] != '\0'; i++)
    {
      gboolean space = text[i] == ' ';

      if (!space && !in_word)
        words++;
      in_word = !space;
    }

  return words;
}

char *
_readout_html_strip_title_suffix (const char  *title,
                                  const char  *site,
                                  char       **suffix)
{
  static const char *separators[] = { " | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " :: ", " \xc2\xb7 ", " \xc2\xbb " };
  g_autofree char *result = readout_normalize_metadata (title);

  if (result == NULL)
    return NULL;

  /* Twice, for "Headline - Section | Site". */
  for (guint round = 0; round < 2; round++)
    {
      const char *best = NULL;
      gsize sep_len = 0;
      g_autofree char *head = NULL;
      const char *tail;

      for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
        {
          const char *found = g_strrstr (result, separators[i]);

          if (found != NULL && (best == NULL || found > best))
            {
              best = found;
              sep_len = strlen (separators[i]);
            }
        }

      if (best == NULL)
        break;

      head = g_strndup (result, best - result);
      tail = best + sep_len;

      if ((site != NULL && same_text (head, site)) && count_words (tail, strlen (tail)) >= 3)
        {
          /* "Site | Headline" */
          char *rest = g_strdup (tail);

          g_free (result);
          result = rest;
          continue;
        }

      /* Keep the whole title when cutting would leave a stub, or when the
       * tail reads like part of the headline rather than a site name. */
      if (count_words (head, strlen (head)) < 3)
        break;
      if (!(site != NULL && same_text (tail, site)) && count_words (tail, strlen (tail)) > 4)
        break;

      if (suffix != NULL && *suffix == NULL)
        *suffix = g_strdup (tail);
      g_free (result);
      result = g_steal_pointer (&head);
    }

  return g_steal_pointer (&result);
}

gboolean
_readout_html_is_byline (const char *text)
{
  gsize len = strlen (text);

  if (len < 4 || len > 160)
    return FALSE;

  if ((g_str_has_prefix (text, "By ") || g_str_has_prefix (text, "BY ") ||
       g_str_has_prefix (text, "by ")) && g_unichar_isupper (g_utf8_get_char (text + 3)))
    return TRUE;

  return FALSE;
}

/* Words that end up in bylines but are not names. */
static gboolean
is_not_a_name (const char *part)
{
  static const char * const words[] = {
    "staff", "staff writer", "staff reporter", "reporter", "correspondent", "editor",
    "contributor", "the associated press", "associated press", "wire services", "agencies",
    "updated", "published", "editorial", "editorial board", "admin", "administrator",
    "the editors", "editors", NULL
  };

  /* Organisations: "NJ Advance Media", "Tribune News Service". */
  static const char * const last_words[] = {
    "media", "news", "press", "agency", "agencies", "service", "services", "wire", "staff",
    "desk", "group", "network", "newsroom", "reports", "writer", "correspondent", "reporter",
    "editor", "columnist", "contributor", "producer", NULL
  };
  const char *last = strrchr (part, ' ');

  if (last != NULL && name_in (last + 1, last_words))
    return TRUE;

  return name_in (part, words) || strchr (part, '@') != NULL || strstr (part, "http") != NULL;
}

/* Alphanumerics only, casefolded: "Al-Bawaba" and "Al Bawaba" compare
 * equal. */
static char *
squash (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));

  return g_string_free (out, FALSE);
}

/* "TOM KRISHER" → "Tom Krisher"; names in mixed case stay as written. */
static char *
name_case (const char *name)
{
  g_autofree char *lower = NULL;
  GString *out;
  gboolean start = TRUE;

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      return g_strdup (name);

  lower = g_utf8_strdown (name, -1);
  out = g_string_new (NULL);
  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      g_string_append_unichar (out, start ? g_unichar_toupper (ch) : ch);
      start = ch == ' ' || ch == '-' || ch == '\'' || ch == 0x2019;
    }

  return g_string_free (out, FALSE);
}

static gboolean
has_upper (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isupper (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

void
_readout_add_byline (ReadoutDocument *document,
                     const char      *byline)
{
  static GRegex *splitter;
  static gsize initialized;
  g_autofree char *norm = readout_normalize_metadata (byline);
  g_autofree char *source = NULL;
  g_auto(GStrv) parts = NULL;
  char *text;
  guint multi_word = 0;

  if (norm == NULL)
    return;

  text = norm;
  if (g_ascii_strncasecmp (text, "by ", 3) == 0)
    text += 3;
  else if (g_ascii_strncasecmp (text, "by: ", 4) == 0)
    text += 4;

  /* A comma lists names only beside "and" ("A, B and C"); otherwise what
   * follows it is a role or an employer ("Tom Krisher, AP Auto Writer"). */
  if (!g_regex_match_simple ("\\band\\b|&", text, G_REGEX_CASELESS, 0) && strchr (text, ',') != NULL)
    *strchr (text, ',') = '\0';

  if (g_once_init_enter (&initialized))
    {
      splitter = g_regex_new ("\\s*(?:,|;|&|\\||\\band\\b)\\s*",
                              G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&initialized, 1);
    }
  parts = g_regex_split (splitter, text, 0);
  if (readout_document_get_source (document) != NULL)
    source = squash (readout_document_get_source (document));

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *affiliation = strstr (parts[i], " for ");
      char *place = strstr (parts[i], " in ");

      /* "Jane Doe for The Daily Example", "Ana Ruiz in Geneva" */
      if (affiliation != NULL)
        *affiliation = '\0';
      if (place != NULL && g_unichar_isupper (g_utf8_get_char (place + 4)))
        *place = '\0';
      g_strstrip (parts[i]);
      if (count_words (parts[i], strlen (parts[i])) >= 2 && !is_not_a_name (parts[i]))
        multi_word++;
    }

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *key = NULL;
      g_autofree char *name = NULL;

      /* No capital at all: a user name ("admin", "jdoe"), not a byline. */
      if (parts[i][0] == '\0' || is_not_a_name (parts[i]) || !has_upper (parts[i]))
        continue;
      /* "Jane Doe, Reuters": a lone word beside full names is an agency. */
      if (multi_word > 0 && count_words (parts[i], strlen (parts[i])) < 2)
        continue;
      /* The publication signing as itself. */
      key = squash (parts[i]);
      if (source != NULL && (strcmp (key, source) == 0 ||
                             (count_words (parts[i], strlen (parts[i])) == 1 &&
                              g_str_has_prefix (source, key))))
        continue;
      /* One word in capitals is an agency code ("PTI"), not a name. */
      name = name_case (parts[i]);
      if (count_words (parts[i], strlen (parts[i])) == 1 && strcmp (name, parts[i]) != 0)
        continue;

      readout_document_add_author (document, name);
    }
}

/* --- Entry point ------------------------------------------------------- */

void
_readout_html_read_metadata (ReadoutDocument *document,
                             xmlDoc          *doc)
{
  Meta meta = { 0 };
  Meta fallback = { 0 };
  g_autofree char *title = NULL;
  g_autofree char *suffix = NULL;
  const char *raw_title;

  meta.bylines = g_ptr_array_new_with_free_func (g_free);
  fallback.bylines = g_ptr_array_new_with_free_func (g_free);

  collect (&meta, &fallback, doc);

  fill (&meta.site, fallback.site);
  fill (&meta.og_title, fallback.og_title);
  fill (&meta.language, fallback.language);
  fill (&meta.url, meta.canonical);
  if (meta.date == NULL)
    meta.date = g_steal_pointer (&meta.time_date);

  /* A headline from JSON-LD or og:title may still carry the site name. */
  raw_title = meta.title ? meta.title : meta.og_title ? meta.og_title : meta.html_title ? meta.html_title : meta.h1;
  title = _readout_html_strip_title_suffix (raw_title, meta.site, &suffix);
  /* The page's own headline, when the title only adds to it ("Briefing -
   * March 3 - Ministry"): cutting at separators cannot know where the
   * headline ends, the <h1> does. */
  if (meta.h1 != NULL && raw_title != NULL && count_words (meta.h1, strlen (meta.h1)) >= 3 &&
      !same_text (meta.h1, meta.site) && g_ascii_strncasecmp (raw_title, meta.h1, strlen (meta.h1)) == 0)
    {
      g_free (title);
      title = g_strdup (meta.h1);
    }
  readout_document_set_title (document, title);
  /* "Headline | Site" names the site when nothing else does. */
  if (meta.site == NULL && suffix != NULL && count_words (suffix, strlen (suffix)) <= 4)
    meta.site = g_steal_pointer (&suffix);

  readout_document_set_source (document, meta.site);

  /* <meta name=author> only when JSON-LD named nobody. */
  if (meta.bylines->len == 0)
    g_ptr_array_extend_and_steal (meta.bylines, g_steal_pointer (&fallback.bylines));
  for (guint i = 0; i < meta.bylines->len; i++)
    _readout_add_byline (document, g_ptr_array_index (meta.bylines, i));

  readout_document_set_date (document, meta.date);
  readout_document_set_url (document, meta.url);
  readout_document_set_language (document, meta.language);
  readout_document_set_section (document, meta.section);

  meta_clear (&meta);
  meta_clear (&fallback);
}
