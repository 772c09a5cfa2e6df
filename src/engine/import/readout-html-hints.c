/* readout-html-hints.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What an element's name, role, visibility and class/id words say about
 * whether it is article text or page furniture. The words are generic web
 * vocabulary, matched per word of the class and id ("share-bar" is
 * "share" + "bar"), never a particular site's markup.
 */

#include "config.h"

#include <string.h>

#include "readout-html-extract-private.h"

#define MAX_HINT_TEXT 256

/* Elements that are never article text. */
static const char * const dropped_elements[] = {
  "script", "style", "noscript", "template", "svg", "math", "canvas", "button", "head",
  "title", "meta", "link", "nav", "aside", "footer", "header", "dialog", "menu", "figcaption",
  "label", "map", NULL
};

static const char * const input_elements[] = { "input", "select", "textarea", NULL };
static const char * const embed_elements[] = { "iframe", "object", "embed", "video", "audio", NULL };

static const char * const dropped_roles[] = {
  "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu",
  "menubar", "search", "toolbar", "tablist", "alert", NULL
};

/* Words naming what furniture is; matched as word prefixes. */
static const char * const furniture_words[] = {
  "comment", "disqus", "related", "social", "share", "sharing", "newsletter", "subscri",
  "signup", "cookie", "consent", "gdpr", "promo", "sponsor", "advert", "outbrain", "taboola",
  "recommend", "breadcrumb", "byline", "author", "caption", "credit", "popup", "modal",
  "paywall", "login", "trending", "popular", "banner", "masthead", "toolbar", "pagination",
  "pager", "timestamp", "dateline", "print", "skip", "tags", "tagline", "topics", "follow",
  "donate", "overlay", "readmore", "read-more", "more-stories", "most-read", "mostread",
  "jump", "toc", "disclaimer", "copyright", "visuallyhidden", "offscreen", "newsfeed",
  "partner", NULL
};

/* Short words that must match a whole word ("ad", not "header"). */
static const char * const furniture_tokens[] = {
  "ad", "ads", "adv", "dfp", "nav", "tag", "meta", "hide", "rss", "cta", "sr", "promos",
  "share", "subnav", "adslot", "adunit", "upsell", "teaser", "teasers", "date", "time",
  "posted", "pubdate", "published", "updated", NULL
};

/* Page layout: furniture unless it turns out to hold the article. */
static const char * const layout_words[] = {
  "sidebar", "header", "footer", "menu", "navbar", "navigation", "widget", "extra", "aside",
  "rail", "supplement", "secondary", "complementary", "links", "utility", "image", "photo",
  "img", "gallery", "figure", "thumbnail", "slideshow", "carousel", NULL
};

/* Readability's positive class words. */
static const char * const positive_words[] = {
  "article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog",
  "story", NULL
};

/* Readability's negative class words, plus the furniture above. */
static const char * const negative_words[] = {
  "combx", "contact", "foot", "footnote", "media", "scroll", "shopping", "tool", "shoutbox",
  "skyscraper", "remark", "replies", "community", "hidden", NULL
};

static gboolean
word_in (const char         *word,
         gsize               len,
         const char * const *list,
         gboolean            prefix)
{
  for (guint i = 0; list[i] != NULL; i++)
    {
      gsize n = strlen (list[i]);

      if (prefix ? (len >= n && memcmp (word, list[i], n) == 0)
                 : (len == n && memcmp (word, list[i], n) == 0))
        return TRUE;
    }

  return FALSE;
}

/* Word prefix match that also finds words inside run-together names
 * ("relatedlinks", "socialshare"). */
static gboolean
word_contains (const char         *word,
               gsize               len,
               const char * const *list)
{
  char buf[MAX_HINT_TEXT + 1];

  if (len < 4)
    return word_in (word, len, list, TRUE);

  memcpy (buf, word, len);
  buf[len] = '\0';
  for (guint i = 0; list[i] != NULL; i++)
    {
      gsize n = strlen (list[i]);

      /* Short words only at the start: "toc" is not in "protocol". */
      if (n >= 5 ? strstr (buf, list[i]) != NULL : (len >= n && memcmp (buf, list[i], n) == 0))
        return TRUE;
    }

  return FALSE;
}

typedef struct
{
  guint furniture : 1;
  guint layout : 1;
  guint positive : 1;
  guint negative : 1;
} Words;

/* What one lower-case word of a class or id says, as Words bits. */
static guint
classify_word (const char *word,
               gsize       n)
{
  guint bits = 0;

  /* "commentary" is an opinion column, not reader comments. */
  if (n >= 10 && memcmp (word, "commentary", 10) == 0)
    return 0;

  if (word_in (word, n, furniture_tokens, FALSE) || word_contains (word, n, furniture_words))
    bits |= 1;
  else if (word_contains (word, n, layout_words))
    bits |= 2;
  else if (word_contains (word, n, negative_words))
    bits |= 8;
  if (word_contains (word, n, positive_words))
    bits |= 4;

  return bits;
}

/* Pages repeat the same words on hundreds of elements ("col", "row",
 * "post"): @cache (word → bits + 1) reads each distinct word once. */
static guint
cached_word (GHashTable *cache,
             char       *word,
             gsize       n)
{
  char saved = word[n];
  gpointer hit;
  guint bits;

  if (cache == NULL)
    return classify_word (word, n);

  word[n] = '\0';
  hit = g_hash_table_lookup (cache, word);
  if (hit != NULL)
    bits = GPOINTER_TO_UINT (hit) - 1;
  else
    {
      bits = classify_word (word, n);
      g_hash_table_insert (cache, g_strdup (word), GUINT_TO_POINTER (bits + 1));
    }
  word[n] = saved;

  return bits;
}

static void
read_words (GHashTable *cache,
            const char *value,
            Words      *words)
{
  char buf[MAX_HINT_TEXT + 1];
  gsize len = 0;

  for (const char *p = value; *p != '\0' && len < MAX_HINT_TEXT; p++)
    buf[len++] = g_ascii_tolower (*p);
  buf[len] = '\0';

  for (gsize i = 0; i < len;)
    {
      gsize start;
      guint bits;

      while (i < len && !g_ascii_isalnum (buf[i]))
        i++;

      /* WordPress names an entry's taxonomy in its classes ("tag-social",
       * "category-comment"): those words are the author's, not layout. */
      if ((i == 0 || buf[i - 1] == ' ') &&
          (strncmp (buf + i, "tag-", 4) == 0 || strncmp (buf + i, "category-", 9) == 0))
        {
          while (i < len && buf[i] != ' ')
            i++;
          continue;
        }

      start = i;
      while (i < len && g_ascii_isalnum (buf[i]))
        i++;
      if (i == start)
        continue;

      bits = cached_word (cache, buf + start, i - start);
      words->furniture |= (bits & 1) != 0;
      words->layout |= (bits & 2) != 0;
      words->positive |= (bits & 4) != 0;
      words->negative |= (bits & 8) != 0;
    }

  /* Compound names: "ad-slot", "read-more", "sr-only". */
  if (strchr (buf, '-') != NULL &&
      (strstr (buf, "read-more") || strstr (buf, "sr-only") || strstr (buf, "more-stories") ||
       strstr (buf, "screen-reader") || strstr (buf, "ad-slot") || strstr (buf, "ad-container") ||
       strstr (buf, "visually-hidden") || strstr (buf, "element-hidden") ||
       strstr (buf, "element-invisible")))
    words->furniture = TRUE;
}

static const char *
attr_value (xmlNode    *node,
            const char *name)
{
  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    if (attr->name != NULL && g_ascii_strcasecmp ((const char *)attr->name, name) == 0)
      {
        if (attr->children != NULL && attr->children->type == XML_TEXT_NODE &&
            attr->children->content != NULL)
          return (const char *)attr->children->content;
        return "";
      }

  return NULL;
}

static gboolean
is_hidden (xmlNode *node)
{
  const char *value;

  if (attr_value (node, "hidden") != NULL)
    return TRUE;

  value = attr_value (node, "aria-hidden");
  if (value != NULL && g_ascii_strcasecmp (value, "true") == 0)
    return TRUE;

  value = attr_value (node, "style");
  if (value != NULL)
    {
      g_autofree char *style = g_ascii_strdown (value, -1);
      char *out = style;

      for (const char *p = style; *p != '\0'; p++)
        if (*p != ' ')
          *out++ = *p;
      *out = '\0';

      if (strstr (style, "display:none") || strstr (style, "visibility:hidden"))
        return TRUE;
    }

  return FALSE;
}

static gboolean
name_in (xmlNode            *node,
         const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_ascii_strcasecmp ((const char *)node->name, names[i]) == 0)
      return TRUE;

  return FALSE;
}

ReadoutHtmlHint
_readout_html_hint (xmlNode    *node,
                    gboolean    relaxed,
                    int        *weight,
                    GHashTable *cache)
{
  const char *value;
  Words class_words = { 0 };
  Words id_words = { 0 };
  gboolean protected;

  if (weight != NULL)
    *weight = 0;

  if (node->type != XML_ELEMENT_NODE || node->name == NULL)
    return READOUT_HTML_HINT_NONE;

  /* The commonest elements (p, a, b, i, em, li, td …) are in none of the
   * lists: skip the comparisons for them. */
  if (node->name[0] != '\0' && (node->name[1] == '\0' || node->name[2] == '\0'))
    ;
  else if (name_in (node, dropped_elements))
    return READOUT_HTML_HINT_DROP;
  else if (name_in (node, input_elements))
    return READOUT_HTML_HINT_INPUT;
  else if (name_in (node, embed_elements))
    return READOUT_HTML_HINT_EMBED;
  if (is_hidden (node))
    return READOUT_HTML_HINT_DROP;

  value = attr_value (node, "role");
  if (value != NULL)
    {
      const char *roles[] = { value, NULL };

      for (guint i = 0; dropped_roles[i] != NULL; i++)
        if (g_ascii_strcasecmp (roles[0], dropped_roles[i]) == 0)
          return READOUT_HTML_HINT_DROP;
    }

  value = attr_value (node, "itemprop");
  if (value != NULL && (g_ascii_strcasecmp (value, "articleBody") == 0 ||
                        g_ascii_strcasecmp (value, "reviewBody") == 0))
    {
      if (weight != NULL)
        *weight = 25;
      return READOUT_HTML_HINT_BODY;
    }

  if ((value = attr_value (node, "class")) != NULL)
    read_words (cache, value, &class_words);
  if ((value = attr_value (node, "id")) != NULL)
    read_words (cache, value, &id_words);

  if (weight != NULL)
    {
      if (class_words.furniture || class_words.layout || class_words.negative)
        *weight -= 25;
      if (class_words.positive)
        *weight += 25;
      if (id_words.furniture || id_words.layout || id_words.negative)
        *weight -= 25;
      if (id_words.positive)
        *weight += 25;
    }

  protected = _readout_xml_name_is (node, "body") || _readout_xml_name_is (node, "html") ||
              _readout_xml_name_is (node, "main");
  if (relaxed || protected)
    return READOUT_HTML_HINT_NONE;

  /* "main-content has-section-nav": a positive word makes furniture words
   * doubtful, so the element's content decides (as for layout words). */
  if ((class_words.furniture && !class_words.positive) || (id_words.furniture && !id_words.positive))
    return READOUT_HTML_HINT_FURNITURE;
  if (class_words.furniture || id_words.furniture)
    return READOUT_HTML_HINT_LAYOUT;
  /* "content-with-sidebar": the positive word wins over layout words. */
  if ((class_words.layout || id_words.layout) && !class_words.positive && !id_words.positive)
    return READOUT_HTML_HINT_LAYOUT;

  return READOUT_HTML_HINT_NONE;
}
