/* readout-party-matcher.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Finding party mentions in a text with the alias tries built by
 * readout-party-trie.c.
 */

#include "config.h"

#include <string.h>

#include "readout-party-trie-private.h"

const guint8 _readout_party_byte_class[256] = {
#define O READOUT_PARTY_BYTE_OTHER
#define A READOUT_PARTY_BYTE_ALNUM
  O,O,O,O,O,O,O,O,O,O,O,O,O,O,O,O, O,O,O,O,O,O,O,O,O,O,O,O,O,O,O,O,
  O,O,O,O,O,O,O,O,O,O,O,O,O,O,O,O, A,A,A,A,A,A,A,A,A,A,O,O,O,O,O,O,
  O,A,A,A,A,A,A,A,A,A,A,A,A,A,A,A, A,A,A,A,A,A,A,A,A,A,A,O,O,O,O,O,
  O,A,A,A,A,A,A,A,A,A,A,A,A,A,A,A, A,A,A,A,A,A,A,A,A,A,A,O,O,O,O,O,
#undef O
#undef A
};

static inline gboolean
ascii_alnum (char c)
{
  return _readout_party_byte_class[(guchar)c] == READOUT_PARTY_BYTE_ALNUM;
}

static inline gboolean
ascii_other (char c)
{
  return _readout_party_byte_class[(guchar)c] == READOUT_PARTY_BYTE_OTHER;
}




/* g_unichar_isupper(), without the call for ASCII. */
static inline gboolean
is_upper (gunichar c)
{
  return c < 0x80 ? c >= 'A' && c <= 'Z' : g_unichar_isupper (c);
}

/* Upper-case letters of the alias must be upper-case in the text, so
 * "US" never matches "us" nor "Turkey" "turkey"; "RUSSIA" still
 * matches "Russia". Keys are equal, so the shapes align letter by
 * letter. */
static gboolean
case_matches (const char *alias_shape,
              const char *text_shape)
{
  const char *a = alias_shape;
  const char *t = text_shape;

  while (*a != '\0' && *t != '\0')
    {
      gunichar ca, ct;

      /* Both ASCII, as most are: upper case is A to Z. */
      if ((guchar)*a < 0x80 && (guchar)*t < 0x80)
        {
          if (*a >= 'A' && *a <= 'Z' && !(*t >= 'A' && *t <= 'Z'))
            return FALSE;
          a++;
          t++;
          continue;
        }
      ca = g_utf8_get_char (a);
      ct = g_utf8_get_char (t);
      if (g_unichar_isupper (ca) && !g_unichar_isupper (ct))
        return FALSE;
      a = g_utf8_next_char (a);
      t = g_utf8_next_char (t);
    }

  return TRUE;
}

typedef struct
{
  const Entry *entry;
  const char  *end;
  gboolean     possessive;
} Hit;

static const Entry *
pick_entry (const Node *node,
            const char *shape,
            gboolean    has_article)
{
  if (node->entries == NULL)
    return NULL;

  for (guint i = 0; i < node->entries->len; i++)
    {
      const Entry *entry = g_ptr_array_index (node->entries, i);

      if (entry->needs_article && !has_article)
        continue;
      if (case_matches (entry->shape, shape))
        return entry;
    }

  return NULL;
}

/* Whether the word at @p is a run of ASCII letters and digits that
 * _readout_party_read_token() would take as it stands (what follows is
 * ASCII but no dot or apostrophe, and it is not too long) and no child of
 * @node has it as key: then no walk from @node gets past it, and reading
 * it into a Token would be for nothing. Most capitalised words of a text
 * begin no alias. *@len receives the word's length, or 0 for any other
 * word. */
static gboolean
plain_word_absent (const Node *node,
                   const char *p,
                   const char *end,
                   gsize      *len)
{
  guint32 hash = 2166136261u;
  const char *q;
  gsize n;

  *len = 0;
  for (q = p; q < end && ascii_alnum (*q); q++)
    hash = (hash ^ (guchar)key_byte (*q)) * 16777619u;
  n = q - p;
  if (n == 0 || n > TOKEN_MAX || (q < end && ((guchar)*q >= 0x80 || *q == '.' || *q == '\'')))
    return FALSE;
  *len = n;
  if (node->slots == NULL)
    return TRUE;

  /* node_child() on the key, lower-casing as it compares. */
  for (guint i = hash & node->mask;; i = (i + 1) & node->mask)
    {
      const Slot *slot = &node->slots[i];
      gsize k;

      if (slot->key == NULL)
        return TRUE;
      if (slot->hash != hash || slot->len != n)
        continue;
      for (k = 0; k < n && slot->key[k] == key_byte (p[k]); k++)
        ;
      if (k == n)
        return FALSE;
    }
}

/* @first, when not NULL, is the word at @p already read by the caller. */
static gboolean
trie_walk (const ReadoutPartyTrie *trie,
           const char             *p,
           const char             *end,
           const Token            *first,
           gboolean                has_article,
           Hit                    *hit)
{
  const Node *node = trie->root;
  char shape[SHAPE_MAX + 4];
  gsize shape_len = 0;
  gboolean found = FALSE;
  gsize plain_len;

  for (guint depth = 0; depth < DEPTH_MAX && p != NULL; depth++)
    {
      Token local;
      const Token *tok;
      const char *key;
      const Node *child;

      /* The caller's word is used in place: a Token is a few hundred bytes. */
      if (depth == 0 && first != NULL)
        tok = first;
      else if (plain_word_absent (node, p, end, &plain_len))
        break;
      else
        {
          _readout_party_read_token (p, end, &local);
          tok = &local;
        }
      if (tok->too_long || node->children == NULL)
        break;

      if (depth > 0)
        shape[shape_len++] = ' ';
      memcpy (shape + shape_len, tok->shape, tok->shape_len);
      shape_len += tok->shape_len;
      shape[shape_len] = '\0';
      key = tok->key;

      if (tok->possessive)
        {
          const Entry *entry;

          child = node_child (node, tok->key, tok->key_len);
          if (child != NULL && (entry = pick_entry (child, shape, has_article)) != NULL)
            {
              hit->entry = entry;
              hit->end = tok->next;
              hit->possessive = TRUE;
              found = TRUE;
            }

          /* Or a possessive inside the alias: "People's Republic". */
          if (tok != &local)
            {
              memcpy (local.key, tok->key, tok->key_len);
              local.key_len = tok->key_len;
            }
          memcpy (local.key + tok->key_len, "'s", 3);
          key = local.key;
          memcpy (shape + shape_len, "'s", 3);
          shape_len += 2;
        }

      child = node_child (node, key, tok->possessive ? tok->key_len + 2 : tok->key_len);
      if (child == NULL)
        break;

      {
        const Entry *entry = pick_entry (child, shape, has_article);

        if (entry != NULL)
          {
            hit->entry = entry;
            hit->end = tok->possessive ? tok->next : tok->end;
            hit->possessive = FALSE;
            found = TRUE;
          }
      }

      node = child;
      if (node->children == NULL)
        break;
      p = _readout_party_skip_gap (tok->next, end, !tok->possessive && tok->n_chars <= 2);
    }

  return found;
}

static gboolean
word_is_capitalised (const char *p,
                     const char *end)
{
  return is_upper (char_at (p, end));
}

/* Function words that may stand capitalised before a country at the
 * start of a sentence or in a headline without making it a surname. */
static gboolean
is_function_word (const char *start,
                  const char *end)
{
  static const char * const words[] = {
    "a", "about", "across", "after", "against", "and", "as", "at", "before", "between",
    "both", "but", "by", "for", "from", "how", "if", "in", "into", "like", "near", "of",
    "on", "or", "over", "since", "than", "the", "to", "toward", "towards", "under",
    "unlike", "visit", "when", "where", "while", "why", "with", "within", "without",
  };
  char buf[16];
  gsize len = end - start;

  if (len >= sizeof buf)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    buf[i] = g_ascii_tolower (start[i]);
  buf[len] = '\0';

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (buf, words[i]))
      return TRUE;

  return FALSE;
}

/* "Michael Jordan", "Chad Smith", "Atlanta, Georgia": a name-like alias
 * next to another capitalised word is a person or a US state. */
static gboolean
looks_like_a_name (const char *buffer,
                   const char *start,
                   const char *mention_end,
                   const char *end,
                   gboolean    possessive)
{
  const char *p = start;
  const char *word_end;
  gboolean comma = FALSE;

  if (!possessive && mention_end < end && *mention_end == ' ' &&
      word_is_capitalised (mention_end + 1, end))
    return TRUE;

  if (p <= buffer || *(p - 1) != ' ')
    return FALSE;
  p--;
  if (p > buffer && *(p - 1) == ',')
    {
      comma = TRUE;
      p--;
    }
  word_end = p;
  while (p > buffer)
    {
      const char *prev = g_utf8_find_prev_char (buffer, p);

      if (prev == NULL || !is_word_char (g_utf8_get_char (prev)))
        break;
      p = prev;
    }
  if (p == word_end || !word_is_capitalised (p, word_end))
    return FALSE;

  return comma || !is_function_word (p, word_end);
}

/* "the Russian Orthodox Church", "the Carnegie Moscow Center", "the
 * European Council on Foreign Relations": a country, capital or body
 * inside the name of a church, think tank, university or newspaper
 * names no party. Looks along the capitalised words after @p (joined by
 * "of", "on", "for", "and") for the name's head; returns where the name
 * ends, or NULL when it is not such a name. */
static const char *
private_name_end (const char *p,
                  const char *end)
{
  static const char * const heads[] = {
    "Foundation", "Institute", "Institution", "Center", "Centre", "Church", "University", "College",
    "Society", "Museum", "Times", "Post", "Herald", "Tribune", "Journal", "Gazette", "Company",
    "Corporation", "Airlines", "Airways", "Club", "Relations", "School", "Studies", NULL
  };
  const char *head = NULL;
  const char *head_end = NULL;

  for (guint words = 0; words < 6 && p < end && *p == ' '; words++)
    {
      const char *w = p + 1;
      const char *q = w;

      while (q < end && *q != ' ' && is_word_char (char_at (q, end)))
        q = g_utf8_next_char (q);
      if (q == w)
        break;
      if (word_is_capitalised (w, end))
        {
          head = w;
          head_end = q;
        }
      else if (!((q - w == 2 && (memcmp (w, "of", 2) == 0 || memcmp (w, "on", 2) == 0)) ||
                 (q - w == 3 && (memcmp (w, "for", 3) == 0 || memcmp (w, "and", 3) == 0))))
        break;
      p = q;
    }
  if (head == NULL)
    return NULL;
  for (guint k = 0; heads[k] != NULL; k++)
    if ((gsize)(head_end - head) == strlen (heads[k]) && memcmp (head, heads[k], head_end - head) == 0)
      return head_end;
  return NULL;
}

gboolean
_readout_party_matcher_match (const ReadoutPartyMatcher  *matcher,
                              const char                 *buffer,
                              const char                 *p,
                              const char                 *end,
                              ReadoutPartyMention        *mention,
                              const char                **skip_to)
{
  Hit hit = { 0 };
  gboolean has_article = FALSE;
  gboolean extended = FALSE;
  const char *start = p;
  const ReadoutPartyTrie *suffixes;
  const char *after;
  gsize plain_len;
  Token tok;

  *skip_to = NULL;

  /* Most words are lower-case and begin no alias: leave them before
   * paying for a token. */
  if (!matcher->aliases->lower_start)
    {
      gunichar first = char_at (p, end);

      if (first != 't' && !is_upper (first) && !g_unichar_isdigit (first))
        return FALSE;
    }
  /* "the" goes on to the next word: no alias begins with it, so the
   * words after a plain "the" decide. */
  if (plain_word_absent (matcher->aliases->root, p, end, &plain_len))
    {
      if (!(plain_len == 3 && key_byte (p[0]) == 't' && key_byte (p[1]) == 'h' && key_byte (p[2]) == 'e'))
        return FALSE;
      if (p + 4 < end && p[3] == ' ' && plain_word_absent (matcher->aliases->root, p + 4, end, &plain_len))
        return FALSE;
    }

  _readout_party_read_token (p, end, &tok);
  if (tok.too_long)
    {
      /* Resume where reading stopped, so a run like "U.S.U.S.…" costs
       * one pass. */
      *skip_to = tok.end;
      return FALSE;
    }

  if (tok.key_len == 3 && memcmp (tok.key, "the", 3) == 0 && !tok.possessive)
    {
      const char *q = _readout_party_skip_gap (tok.next, end, FALSE);

      if (q != NULL && trie_walk (matcher->aliases, q, end, NULL, TRUE, &hit))
        has_article = TRUE;
    }
  else if (!matcher->aliases->lower_start && !is_upper (g_utf8_get_char (tok.shape)) &&
           !g_unichar_isdigit (g_utf8_get_char (tok.shape)))
    return FALSE;

  if (!has_article && !trie_walk (matcher->aliases, p, end, &tok, FALSE, &hit))
    return FALSE;

  if (hit.entry->party == NULL)
    {
      *skip_to = hit.end;
      return FALSE;
    }

  mention->party = hit.entry->party;
  mention->kind = hit.entry->kind;
  mention->possessive = hit.possessive;
  mention->has_article = has_article;

  /* "the Iranian Foreign Ministry", "the EU's foreign policy chief",
   * "the U.S. State Department": a name or demonym followed by an
   * institution or an official of the same party. */
  if ((hit.entry->kind == READOUT_PARTY_MENTION_NAME ||
       hit.entry->kind == READOUT_PARTY_MENTION_DEMONYM) &&
      (after = _readout_party_skip_gap (hit.end, end, FALSE)) != NULL)
    {
      Hit suffix = { 0 };
      Hit same = { 0 };
      const char *best_end = NULL;

      if (readout_party_get_kind (hit.entry->party) == READOUT_PARTY_KIND_COUNTRY)
        suffixes = matcher->country_suffixes;
      else
        suffixes = matcher->organization_suffixes;

      if (trie_walk (suffixes, after, end, NULL, FALSE, &suffix))
        {
          best_end = suffix.end;
          mention->kind = suffix.entry->kind;
          mention->possessive = suffix.possessive;
        }

      if (!hit.possessive &&
          trie_walk (matcher->aliases, after, end, NULL, FALSE, &same) &&
          same.entry->party == hit.entry->party &&
          same.entry->kind == READOUT_PARTY_MENTION_INSTITUTION &&
          (best_end == NULL || same.end > best_end))
        {
          best_end = same.end;
          mention->kind = READOUT_PARTY_MENTION_INSTITUTION;
          mention->possessive = same.possessive;
        }

      if (best_end != NULL)
        {
          hit.end = best_end;
          extended = TRUE;
        }
    }

  if (has_article && !extended && !hit.entry->article_ok)
    {
      start = _readout_party_skip_gap (tok.next, end, FALSE);
      has_article = FALSE;
      mention->has_article = FALSE;
    }

  if (!extended && (hit.entry->flags & READOUT_PARTY_ALIAS_NAME_LIKE) &&
      looks_like_a_name (buffer, start, hit.end, end, mention->possessive))
    return FALSE;

  if (!mention->possessive && (after = private_name_end (hit.end, end)) != NULL)
    {
      *skip_to = after;
      return FALSE;
    }

  mention->byte_start = start - buffer;
  mention->byte_end = hit.end - buffer;

  return TRUE;
}

/* Bytes where skip_lower_words() stops: what may begin a word that needs
 * a look (a capital, a digit, "t"), what is not ASCII, and the NUL at the
 * end. */
static const guint8 stop_byte[256] = {
#define S 1
  S,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
  0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0, S,S,S,S,S,S,S,S,S,S,0,0,0,0,0,0,
  0,S,S,S,S,S,S,S,S,S,S,S,S,S,S,S, S,S,S,S,S,S,S,S,S,S,S,0,0,0,0,0,
  0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0, 0,0,0,0,S,0,0,0,0,0,0,0,0,0,0,0,
  S,S,S,S,S,S,S,S,S,S,S,S,S,S,S,S, S,S,S,S,S,S,S,S,S,S,S,S,S,S,S,S,
  S,S,S,S,S,S,S,S,S,S,S,S,S,S,S,S, S,S,S,S,S,S,S,S,S,S,S,S,S,S,S,S,
  S,S,S,S,S,S,S,S,S,S,S,S,S,S,S,S, S,S,S,S,S,S,S,S,S,S,S,S,S,S,S,S,
  S,S,S,S,S,S,S,S,S,S,S,S,S,S,S,S, S,S,S,S,S,S,S,S,S,S,S,S,S,S,S,S,
#undef S
};

/* From the lower-case ASCII word at @p (not "t…"), which begins no alias,
 * the next place the scan must look at: a word that starts with a
 * capital, a digit or "t", or the start of a word that holds a byte that
 * is not ASCII. Everything before it is ASCII: lower-case words, which
 * the scan would step over one by one, and what lies between them.
 * NULL when the word at @p itself holds such a byte: the caller steps
 * over it as before. */
static const char *
skip_lower_words (const char *p,
                  const char *end)
{
  const char *q = p + 1;

  for (;;)
    {
      while (!stop_byte[(guchar)*q])
        q++;
      if (q >= end)
        return end;
      if ((guchar)*q >= 0x80)
        {
          while (q > p && ascii_alnum (q[-1]))
            q--;
          return q > p ? q : NULL;
        }
      /* A capital, digit or "t" inside a word ("iPhone", "G20", "at")
       * starts nothing. */
      if (!ascii_alnum (q[-1]))
        return q;
      q++;
    }
}

/* *@end must be a NUL byte: the loops over a word's letters stop at it
 * without checking @end. */
void
_readout_party_matcher_scan (const ReadoutPartyMatcher  *matcher,
                             const char                 *text,
                             const char                 *end,
                             const char                **pp,
                             guint                      *cpp,
                             const char                 *stop,
                             GArray                     *mentions)
{
  const char *p = *pp;
  guint cp = *cpp;

  while (p < stop)
    {
      ReadoutPartyMention mention;
      const char *skip_to;
      const char *q;
      guchar byte = (guchar)*p;

      /* ASCII punctuation and blanks, a run at a time. */
      if (byte < 0x80 && !g_ascii_isalnum (byte))
        {
          q = p + 1;
          while (q < end && ascii_other (*q))
            q++;
          cp += q - p;
          p = q;
          continue;
        }

      if (byte >= 0x80 && !is_word_char (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          cp++;
          continue;
        }

      /* A lower-case ASCII word other than "the" begins no alias (the
       * matcher checks the same, later and dearer), nor do the words of
       * its kind after it. */
      if (!matcher->aliases->lower_start && byte >= 'a' && byte <= 'z' && byte != 't')
        {
          q = skip_lower_words (p, end);
          if (q == NULL)
            goto skip_word;
          cp += q - p;
          p = q;
          continue;
        }
      /* Nor does "to", "that", …: a run of ASCII letters and digits that
       * read_token() would take as it is, because an ASCII byte other
       * than a dot or an apostrophe ends it and it is not too long. */
      if (!matcher->aliases->lower_start && byte == 't')
        {
          q = p + 1;
          while (ascii_alnum (*q))
            q++;
          if (q - p <= TOKEN_MAX && (q == end || ((guchar)*q < 0x80 && *q != '.' && *q != '\'')) &&
              !(q - p == 3 && p[1] == 'h' && p[2] == 'e'))
            goto skip_word;
        }

      memset (&mention, 0, sizeof mention);
      if (_readout_party_matcher_match (matcher, text, p, end, &mention, &skip_to))
        {
          const char *mention_end = text + mention.byte_end;

          const char *mention_start = text + mention.byte_start;

          mention.start = cp + g_utf8_strlen (p, mention_start - p);
          mention.end = mention.start + g_utf8_strlen (mention_start, mention_end - mention_start);
          g_array_append_val (mentions, mention);
          cp = mention.end;
          p = mention_end;
          continue;
        }

      if (skip_to != NULL)
        {
          cp += g_utf8_strlen (p, skip_to - p);
          p = skip_to;
          continue;
        }

    skip_word:
      /* Not a mention: step over the whole word, so "Chinatown" is
       * never read from its middle. */
      for (;;)
        {
          q = p;
          while (ascii_alnum (*q))
            q++;
          cp += q - p;
          p = q;
          if (p < end && (guchar)*p >= 0x80 && is_word_char (g_utf8_get_char (p)))
            {
              p = g_utf8_next_char (p);
              cp++;
              continue;
            }
          break;
        }
    }

  *pp = p;
  *cpp = cp;
}

/* @text[@len] must be a NUL byte. */
GArray *
_readout_party_matcher_find_all (const ReadoutPartyMatcher *matcher,
                                 const char                *text,
                                 gsize                      len)
{
  GArray *mentions = g_array_new (FALSE, TRUE, sizeof (ReadoutPartyMention));
  const char *p = text;
  guint cp = 0;

  g_assert (text[len] == '\0');
  _readout_party_matcher_scan (matcher, text, text + len, &p, &cp, text + len, mentions);
  return mentions;
}
