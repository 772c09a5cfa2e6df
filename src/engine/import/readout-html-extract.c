/* readout-html-extract.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Finds the article body of an HTML page in the manner of Readability:
 * page furniture is recognised by element and class/id words and dropped,
 * paragraphs score their ancestors by length and commas, the best
 * container (weighed by link density and semantic hints) wins together
 * with sibling content, and link-heavy or form-like parts of it are
 * cleaned out. Statistics are computed once per element, bottom-up, in a
 * walk that uses no recursion; per-element data hangs off node->_private
 * for the duration of the extraction.
 */

#define G_LOG_DOMAIN "readout-html"

#include "config.h"

#include <string.h>

#include "readout-boilerplate-private.h"
#include "readout-html-extract-private.h"

/* Readability retries without furniture rules when less was found. */
#define MIN_ARTICLE_LENGTH 500
#define MIN_PARAGRAPH_LENGTH 25
#define SCORE_LEVELS 5

enum
{
  FLAG_DROPPED = 1 << 0,   /* furniture: not part of the body */
  FLAG_SCORED  = 1 << 1,   /* holds a candidate score */
  FLAG_BODY    = 1 << 2,   /* itemprop=articleBody or similar */
  FLAG_HOLDS_BODY = 1 << 3, /* has a FLAG_BODY element below */
};

typedef struct
{
  guint   text;            /* code points of text, furniture excluded */
  guint   links;           /* of @text, inside <a> */
  guint   commas;
  guint   own_text;        /* in direct text children */
  guint   own_commas;
  guint   paragraphs;      /* <p> with text */
  guint   items;           /* <li> */
  guint   images;
  guint   inputs;
  guint   embeds;
  gint    weight;          /* class/id hints, as Readability weighs them */
  guint8  hint;            /* ReadoutHtmlHint */
  guint8  flags;
  double  score;
} Info;

typedef struct
{
  ReadoutDocument *document;
  GArray          *infos;
  GPtrArray       *nodes;        /* every element with an Info */
  GPtrArray       *candidates;
  GHashTable      *words;        /* class/id words read, see _readout_html_hint() */
  char            *title_key;    /* casefolded title, to drop the headline */
  gboolean         relaxed;      /* second attempt: no furniture by class */
} Extract;

static inline Info *
info_of (Extract *ex,
         xmlNode *node)
{
  guint index = GPOINTER_TO_UINT (node->_private);

  if (index == 0 || node->type != XML_ELEMENT_NODE)
    return NULL;

  return &g_array_index (ex->infos, Info, index - 1);
}

/* Code points with white-space runs counted once, and commas. */
static void
measure_text (const char *text,
              guint      *length,
              guint      *commas)
{
  gboolean space = TRUE;

  for (const guchar *p = (const guchar *)text; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
        {
          if (!space)
            (*length)++;
          space = TRUE;
          continue;
        }

      space = FALSE;
      if ((*p & 0xc0) != 0x80)
        (*length)++;
      if (*p == ',')
        (*commas)++;
      /* U+FF0C fullwidth comma, U+3001 ideographic comma */
      else if ((p[0] == 0xef && p[1] == 0xbc && p[2] == 0x8c) ||
               (p[0] == 0xe3 && p[1] == 0x80 && p[2] == 0x81))
        (*commas)++;
    }
}

/* --- Pass 1: statistics and furniture, bottom-up ------------------------ */

static gboolean
visit_pre (Extract *ex,
           xmlNode *node)
{
  Info info = { 0 };
  ReadoutHtmlHint hint;
  Info *parent;

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      parent = node->parent != NULL ? info_of (ex, node->parent) : NULL;
      if (parent != NULL && node->content != NULL)
        {
          guint len = 0;
          guint commas = 0;

          measure_text ((const char *)node->content, &len, &commas);
          parent->own_text += len;
          parent->own_commas += commas;
          parent->text += len;
          parent->commas += commas;
        }
      return FALSE;
    }

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;

  hint = _readout_html_hint (node, ex->relaxed, &info.weight, ex->words);
  info.hint = hint;

  parent = node->parent != NULL ? info_of (ex, node->parent) : NULL;
  if (parent != NULL)
    {
      if (hint == READOUT_HTML_HINT_INPUT)
        parent->inputs++;
      else if (hint == READOUT_HTML_HINT_EMBED)
        parent->embeds++;
      else if (_readout_xml_name_is (node, "img"))
        parent->images++;
    }

  if (hint == READOUT_HTML_HINT_BODY)
    info.flags |= FLAG_BODY;
  if (hint == READOUT_HTML_HINT_DROP || hint == READOUT_HTML_HINT_INPUT ||
      hint == READOUT_HTML_HINT_EMBED)
    info.flags |= FLAG_DROPPED;

  g_array_append_val (ex->infos, info);
  g_ptr_array_add (ex->nodes, node);
  node->_private = GUINT_TO_POINTER (ex->infos->len);

  /* Furniture for certain: nothing below it counts. */
  return !(info.flags & FLAG_DROPPED);
}

static void
visit_post (Extract *ex,
            xmlNode *node)
{
  Info *info = info_of (ex, node);
  Info *parent;

  if (info == NULL)
    return;

  if (!(info->flags & FLAG_DROPPED))
    {
      if (_readout_xml_name_is (node, "a"))
        info->links = info->text;
      else if (_readout_xml_name_is (node, "p") && info->text > 0)
        info->paragraphs++;
      else if (_readout_xml_name_is (node, "li"))
        info->items++;

      /* Furniture by class words, unless it holds the marked article
       * body; layout words ("sidebar", "header") on a wrapper that turns
       * out to hold the article do not make it furniture either. */
      if ((info->hint == READOUT_HTML_HINT_FURNITURE || info->hint == READOUT_HTML_HINT_LAYOUT) &&
          !(info->flags & (FLAG_BODY | FLAG_HOLDS_BODY)) &&
          !(info->hint == READOUT_HTML_HINT_LAYOUT && info->paragraphs >= 3 &&
            info->text >= 600 && info->links * 4 < info->text))
        {
          info->flags |= FLAG_DROPPED;
          if (info->text > 400)
            g_debug ("dropped <%s> with %u characters of text by its class/id", node->name, info->text);
        }
    }

  parent = node->parent != NULL ? info_of (ex, node->parent) : NULL;
  if (parent == NULL || (info->flags & FLAG_DROPPED))
    return;

  if (info->flags & (FLAG_BODY | FLAG_HOLDS_BODY))
    parent->flags |= FLAG_HOLDS_BODY;
  parent->text += info->text;
  parent->links += info->links;
  parent->commas += info->commas;
  parent->paragraphs += info->paragraphs;
  parent->items += info->items;
  parent->images += info->images;
  parent->inputs += info->inputs;
  parent->embeds += info->embeds;
}

static void
measure_tree (Extract *ex,
              xmlNode *root)
{
  xmlNode *node = root->children;

  while (node != NULL)
    {
      if (visit_pre (ex, node) && node->children != NULL)
        {
          node = node->children;
          continue;
        }

      visit_post (ex, node);
      while (node->next == NULL)
        {
          node = node->parent;
          if (node == NULL || node == root)
            return;
          visit_post (ex, node);
        }
      node = node->next;
    }
}

/* --- Pass 2: candidate scores ------------------------------------------ */

static double
link_density (Info *info)
{
  return info != NULL && info->text > 0 ? (double)info->links / info->text : 0.0;
}

static double
score_of (Extract *ex,
          xmlNode *node)
{
  Info *info = info_of (ex, node);

  return info != NULL ? info->score : 0.0;
}

static gboolean
is_heading (xmlNode *node)
{
  const char *name = (const char *)node->name;

  return (name[0] == 'h' || name[0] == 'H') && name[1] >= '1' && name[1] <= '6' && name[2] == '\0';
}

static double
initial_score (xmlNode *node,
               Info    *info)
{
  double score = info->weight;

  if (_readout_xml_name_is (node, "div") || _readout_xml_name_is (node, "section"))
    score += 5;
  else if (_readout_xml_name_is (node, "article"))
    score += 10;
  else if (_readout_xml_name_is (node, "pre") || _readout_xml_name_is (node, "td") ||
           _readout_xml_name_is (node, "blockquote"))
    score += 3;
  else if (_readout_xml_name_is (node, "address") || _readout_xml_name_is (node, "ol") ||
           _readout_xml_name_is (node, "ul") || _readout_xml_name_is (node, "dl") ||
           _readout_xml_name_is (node, "dd") || _readout_xml_name_is (node, "dt") ||
           _readout_xml_name_is (node, "li") || _readout_xml_name_is (node, "form"))
    score -= 3;
  else if (is_heading (node) || _readout_xml_name_is (node, "th"))
    score -= 5;

  if (info->flags & FLAG_BODY)
    score += 25;

  return score;
}

static void
score_paragraph (Extract *ex,
                 xmlNode *node,
                 Info    *info)
{
  guint length;
  guint commas;
  double score;
  xmlNode *ancestor = node->parent;

  if (_readout_xml_name_is (node, "p") || _readout_xml_name_is (node, "pre") ||
      _readout_xml_name_is (node, "td"))
    {
      length = info->text;
      commas = info->commas;
    }
  else if (_readout_xml_name_is (node, "div") || _readout_xml_name_is (node, "section") ||
           _readout_xml_name_is (node, "article") || _readout_xml_name_is (node, "main") ||
           _readout_xml_name_is (node, "font") || _readout_xml_name_is (node, "center"))
    {
      /* Loose text in a container reads as paragraphs of its own. */
      length = info->own_text;
      commas = info->own_commas;
    }
  else
    {
      return;
    }

  if (length < MIN_PARAGRAPH_LENGTH)
    return;

  score = 1 + commas + MIN (length / 100, 3);

  for (guint level = 0; level < SCORE_LEVELS && ancestor != NULL; level++, ancestor = ancestor->parent)
    {
      Info *a = info_of (ex, ancestor);

      if (a == NULL || _readout_xml_name_is (ancestor, "html"))
        break;

      if (!(a->flags & FLAG_SCORED))
        {
          a->flags |= FLAG_SCORED;
          a->score = initial_score (ancestor, a);
          g_ptr_array_add (ex->candidates, ancestor);
        }

      a->score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
    }
}

static void
score_tree (Extract *ex,
            xmlNode *root)
{
  xmlNode *node = root->children;

  while (node != NULL)
    {
      Info *info = info_of (ex, node);
      gboolean descend = info != NULL && !(info->flags & FLAG_DROPPED);

      if (descend)
        score_paragraph (ex, node, info);
      node = _readout_html_next (node, root, descend);
    }
}

/* --- Choosing the body ------------------------------------------------- */

static gboolean
is_ancestor (xmlNode *ancestor,
             xmlNode *node)
{
  for (xmlNode *n = node->parent; n != NULL; n = n->parent)
    if (n == ancestor)
      return TRUE;

  return FALSE;
}

static xmlNode *
top_candidate (Extract *ex)
{
  xmlNode *top = NULL;
  xmlNode *best[5] = { NULL };
  double threshold;
  double last_score;

  for (guint i = 0; i < ex->candidates->len; i++)
    {
      xmlNode *node = g_ptr_array_index (ex->candidates, i);
      Info *info = info_of (ex, node);

      if (info == NULL)
        continue;
      info->score *= 1.0 - link_density (info);

      for (guint j = 0; j < G_N_ELEMENTS (best); j++)
        if (best[j] == NULL || score_of (ex, best[j]) < info->score)
          {
            memmove (&best[j + 1], &best[j], (G_N_ELEMENTS (best) - j - 1) * sizeof (xmlNode *));
            best[j] = node;
            break;
          }
    }

  top = best[0];
  if (top == NULL)
    return NULL;

  /* When several strong candidates share an ancestor, the article is
   * split across them (paragraph groups around inline furniture). */
  for (xmlNode *ancestor = top->parent; ancestor != NULL && info_of (ex, ancestor) != NULL;
       ancestor = ancestor->parent)
    {
      guint shared = 0;

      if (_readout_xml_name_is (ancestor, "body") || _readout_xml_name_is (ancestor, "html"))
        break;

      for (guint j = 1; j < G_N_ELEMENTS (best) && best[j] != NULL; j++)
        if (score_of (ex, best[j]) >= score_of (ex, top) * 0.75 && is_ancestor (ancestor, best[j]))
          shared++;

      if (shared >= 2)
        {
          top = ancestor;
          break;
        }
    }

  /* A parent scoring higher holds more of the article. */
  last_score = score_of (ex, top);
  threshold = last_score / 3;
  for (xmlNode *parent = top->parent; parent != NULL && !_readout_xml_name_is (parent, "body");
       parent = parent->parent)
    {
      Info *p = info_of (ex, parent);

      if (p == NULL)
        break;
      if (!(p->flags & FLAG_SCORED))
        continue;
      if (p->score < threshold)
        break;
      if (p->score > last_score)
        {
          top = parent;
          break;
        }
      last_score = p->score;
    }

  /* An only child stands for its parent. */
  while (top->parent != NULL && info_of (ex, top->parent) != NULL &&
         !_readout_xml_name_is (top->parent, "body") && xmlChildElementCount (top->parent) == 1)
    top = top->parent;

  return top;
}

static gboolean
ends_sentence (xmlNode *node)
{
  g_autofree char *text = _readout_xml_node_text (node);
  const char *dot = strchr (text, '.');

  return dot != NULL && (dot[1] == ' ' || dot[1] == '\0' || dot[1] == '\n');
}

static gboolean
is_sibling_content (Extract *ex,
                    xmlNode *top,
                    xmlNode *sibling)
{
  Info *top_info = info_of (ex, top);
  Info *info = info_of (ex, sibling);
  double threshold;
  double bonus = 0;

  if (top_info == NULL || info == NULL || (info->flags & FLAG_DROPPED))
    return FALSE;
  threshold = MAX (10, top_info->score * 0.2);

  {
    g_autofree char *a = _readout_xml_get_attr (top, "class");
    g_autofree char *b = _readout_xml_get_attr (sibling, "class");

    if (a != NULL && a[0] != '\0' && g_strcmp0 (a, b) == 0)
      bonus = top_info->score * 0.2;
  }

  if ((info->flags & FLAG_SCORED) && info->score + bonus >= threshold)
    return TRUE;

  if (_readout_xml_name_is (sibling, "p"))
    {
      double density = link_density (info);

      if (info->text > 80 && density < 0.25)
        return TRUE;
      if (info->text < 80 && info->text > 0 && density == 0 && ends_sentence (sibling))
        return TRUE;
    }

  return FALSE;
}

/* --- Output ------------------------------------------------------------ */

static gboolean
is_list (xmlNode *node)
{
  return _readout_xml_name_is (node, "ul") || _readout_xml_name_is (node, "ol");
}

/* Readability's conditional cleaning: containers inside the body that
 * look like link lists, forms or image galleries rather than prose. */
static gboolean
is_unlike_prose (xmlNode *node,
                 Info    *info)
{
  gboolean list = is_list (node);
  double density;
  guint p = info->paragraphs;

  if (!(_readout_xml_name_is (node, "div") || _readout_xml_name_is (node, "section") ||
        _readout_xml_name_is (node, "table") || _readout_xml_name_is (node, "form") ||
        _readout_xml_name_is (node, "fieldset") || list))
    return FALSE;

  if (info->flags & (FLAG_BODY | FLAG_HOLDS_BODY))
    return FALSE;
  /* Readability weighs class words against the paragraphs found inside. */
  if (info->weight + ((info->flags & FLAG_SCORED) ? info->score : 0) < 0)
    return TRUE;
  if (info->commas >= 10)
    return FALSE;

  density = link_density (info);
  /* Paragraphs of prose with inline links are still prose. */
  if (p >= 3 && density < 0.35)
    return FALSE;
  if (info->images > 1 && p * 2 < info->images)
    return TRUE;
  if (!list && info->items > p + 100)
    return TRUE;
  if (info->inputs > p / 3)
    return TRUE;
  if (!list && info->text < MIN_PARAGRAPH_LENGTH && (info->images == 0 || info->images > 2))
    return TRUE;
  if (!list && info->weight < 25 && density > 0.2)
    return TRUE;
  if (list && density > 0.5)
    return TRUE;
  if (info->weight >= 25 && density > 0.5)
    return TRUE;
  if ((info->embeds == 1 && info->text < 75) || info->embeds > 1)
    return TRUE;

  return FALSE;
}

static gboolean
is_headline_or_byline (Extract *ex,
                       xmlNode *node,
                       Info    *info)
{
  g_autofree char *text = NULL;
  g_autofree char *norm = NULL;
  g_autofree char *key = NULL;
  const char * const *authors;

  if (_readout_xml_name_is (node, "h1"))
    return TRUE;

  if (info->text > 200 || info->text == 0)
    return FALSE;
  /* Block elements only: inline ones are read as part of their block. */
  if (!is_heading (node) && !_readout_xml_name_is (node, "p") &&
      !_readout_xml_name_is (node, "div") && !_readout_xml_name_is (node, "address"))
    return FALSE;

  text = _readout_xml_node_text (node);
  norm = readout_normalize_inline (text, -1);
  if (is_heading (node))
    {
      key = g_utf8_casefold (norm, -1);
      return ex->title_key != NULL && strcmp (key, ex->title_key) == 0;
    }

  if (_readout_html_is_byline (norm))
    return TRUE;

  /* A line that is all link ("READ MORE: …") points elsewhere. */
  if ((_readout_xml_name_is (node, "p") || _readout_xml_name_is (node, "div")) &&
      info->links * 10 >= info->text * 9)
    return TRUE;

  /* "Published 10:34 AM EST, Mon January 10, 2022" */
  if (info->text < 80 && !g_str_has_suffix (norm, ".") && g_unichar_isalnum (g_utf8_get_char (norm)) &&
      strchr (norm, '@') == NULL)
    {
      g_autofree char *date = _readout_parse_date_line (norm, NULL);

      if (date != NULL)
        return TRUE;
    }

  authors = readout_document_get_authors (ex->document);
  for (guint i = 0; authors[i] != NULL; i++)
    if (g_ascii_strcasecmp (norm, authors[i]) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
skip_node (xmlNode  *node,
           gpointer  user_data)
{
  Extract *ex = user_data;
  Info *info = info_of (ex, node);

  if (info == NULL)
    return FALSE;
  if (info->flags & FLAG_DROPPED)
    return TRUE;
  if (is_headline_or_byline (ex, node, info))
    return TRUE;
  if (!ex->relaxed && is_unlike_prose (node, info))
    return TRUE;

  return FALSE;
}

static void
emit (Extract         *ex,
      ReadoutDocument *out,
      xmlNode         *top)
{
  xmlNode *parent = top->parent;

  if (parent == NULL || info_of (ex, parent) == NULL || _readout_xml_name_is (top, "body"))
    {
      _readout_html_append_blocks_filtered (out, top, skip_node, ex);
      return;
    }

  for (xmlNode *sibling = parent->children; sibling != NULL; sibling = sibling->next)
    {
      if (sibling->type != XML_ELEMENT_NODE)
        continue;
      if (sibling == top || is_sibling_content (ex, top, sibling))
        {
          if (sibling != top && skip_node (sibling, ex))
            continue;
          _readout_html_append_blocks_filtered (out, sibling, skip_node, ex);
        }
    }
}

static xmlNode *
prepare (Extract *ex,
         xmlDoc  *doc)
{
  xmlNode *root = (xmlNode *)doc;

  ex->infos = g_array_new (FALSE, FALSE, sizeof (Info));
  ex->nodes = g_ptr_array_new ();
  ex->candidates = g_ptr_array_new ();
  ex->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  measure_tree (ex, root);
  score_tree (ex, root);

  return top_candidate (ex);
}

static void
finish (Extract *ex)
{
  for (guint i = 0; i < ex->nodes->len; i++)
    ((xmlNode *)g_ptr_array_index (ex->nodes, i))->_private = NULL;
  g_clear_pointer (&ex->infos, g_array_unref);
  g_clear_pointer (&ex->nodes, g_ptr_array_unref);
  g_clear_pointer (&ex->candidates, g_ptr_array_unref);
  g_clear_pointer (&ex->words, g_hash_table_unref);
}

/* Text the body will have, at most: decides whether a second, relaxed
 * attempt may be needed before anything is output. */
static guint
estimate_length (Extract *ex,
                 xmlNode *top)
{
  Info *info = top != NULL ? info_of (ex, top) : NULL;
  guint length = info != NULL ? info->text : 0;

  if (top == NULL || top->parent == NULL)
    return length;

  for (xmlNode *sibling = top->parent->children; sibling != NULL; sibling = sibling->next)
    if (sibling != top && sibling->type == XML_ELEMENT_NODE && is_sibling_content (ex, top, sibling))
      {
        Info *s = info_of (ex, sibling);

        length += s != NULL ? s->text : 0;
      }

  return length;
}

static void
output (Extract         *ex,
        ReadoutDocument *out,
        xmlDoc          *doc,
        xmlNode         *top)
{
  if (top == NULL)
    {
      for (xmlNode *n = ((xmlNode *)doc)->children; n != NULL; n = n->next)
        if (n->type == XML_ELEMENT_NODE)
          {
            xmlNode *body = _readout_xml_find_child (n, "body");

            _readout_html_append_blocks_filtered (out, body != NULL ? body : n, skip_node, ex);
          }
    }
  else
    {
      g_autofree char *cls = _readout_xml_get_attr (top, "class");
      g_autofree char *id = _readout_xml_get_attr (top, "id");

      g_debug ("body: <%s class=\"%s\" id=\"%s\"> score %.1f%s", top->name, cls, id,
               score_of (ex, top), ex->relaxed ? " (relaxed)" : "");
      emit (ex, out, top);
    }
}

static ReadoutDocument *
extract (Extract *ex,
         xmlDoc  *doc)
{
  ReadoutDocument *out = readout_document_new ();

  output (ex, out, doc, prepare (ex, doc));
  finish (ex);

  return out;
}

static void
copy_blocks (ReadoutDocument *from,
             ReadoutDocument *to)
{
  const char *p = readout_document_get_text (from);
  guint offset = 0;

  /* Blocks come in text order: walk the text once. */
  for (guint i = 0; i < readout_document_get_n_blocks (from); i++)
    {
      const ReadoutBlock *block = readout_document_get_block (from, i);
      const char *start = g_utf8_offset_to_pointer (p, block->start - offset);
      const char *end = g_utf8_offset_to_pointer (start, block->end - block->start);
      g_autofree char *piece = g_strndup (start, end - start);

      readout_document_add_block (to, block->kind, piece, block->label);
      p = end;
      offset = block->end;
    }
}

gboolean
_readout_html_extract_body (ReadoutDocument *document,
                            xmlDoc          *doc)
{
  g_autoptr(ReadoutDocument) first = NULL;
  g_autoptr(ReadoutDocument) second = NULL;
  Extract ex = { 0 };
  const char *title = readout_document_get_title (document);
  xmlNode *top;

  ex.document = document;
  ex.title_key = title != NULL ? g_utf8_casefold (title, -1) : NULL;

  top = prepare (&ex, doc);
  if (estimate_length (&ex, top) >= 2 * MIN_ARTICLE_LENGTH)
    {
      /* Plenty of text: straight into the document. */
      output (&ex, document, doc, top);
      finish (&ex);

      /* Cleaning removed all of it after all: try again without. */
      if (readout_document_get_length (document) == 0)
        {
          ex.relaxed = TRUE;
          second = extract (&ex, doc);
          copy_blocks (second, document);
        }
    }
  else
    {
      first = readout_document_new ();
      output (&ex, first, doc, top);
      finish (&ex);

      if (readout_document_get_length (first) < MIN_ARTICLE_LENGTH)
        {
          ex.relaxed = TRUE;
          second = extract (&ex, doc);
        }

      if (second != NULL && readout_document_get_length (second) > readout_document_get_length (first))
        copy_blocks (second, document);
      else
        copy_blocks (first, document);
    }

  g_free (ex.title_key);

  return readout_document_get_length (document) > 0;
}
