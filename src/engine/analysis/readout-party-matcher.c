/* readout-party-matcher.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "readout-party-matcher-private.h"

/* Longer words are never part of an alias. */
#define TOKEN_MAX 64
/* Words in the longest alias ("Foreign, Commonwealth and Development
 * Office" is 5); the walk stops there, which keeps scanning linear. */
#define DEPTH_MAX 12
#define SHAPE_MAX (DEPTH_MAX * (TOKEN_MAX + 3))

typedef struct _Node Node;

struct _Node
{
  GHashTable *children;  /* normalised word → Node* */
  GPtrArray  *entries;   /* Entry*, aliases ending here */
};

typedef struct
{
  ReadoutParty            *party;   /* unowned; NULL when blocked */
  char                    *shape;   /* words joined by spaces, marks stripped, case kept */
  ReadoutPartyMentionKind  kind;
  ReadoutPartyAliasFlags   flags;
  gboolean                 needs_article;  /* only ever written with "the" */
  /* Whether a preceding "the" belongs to the mention: "the United
   * States", "the U.S.", "the Kremlin", but not "the Iraq war" or "the
   * American people". */
  gboolean                 article_ok;
} Entry;

struct _ReadoutPartyTrie
{
  Node     *root;
  /* Whether some alias begins with a lower-case letter; when none does,
   * lower-case words are skipped without a lookup. */
  gboolean  lower_start;
};

/* One word as the matcher sees it. @key is lower-case without
 * diacritics, @shape keeps the case. A possessive ending ("Russia's",
 * "Philippines'") is not in the key but is spanned by @next. */
typedef struct
{
  const char *start;
  const char *end;
  const char *next;
  guint       n_chars;
  gboolean    possessive;
  gboolean    too_long;
  gsize       key_len;
  gsize       shape_len;
  char        key[2 * TOKEN_MAX + 3];
  char        shape[TOKEN_MAX + 3];
} Token;

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->shape);
  g_free (entry);
}

static Node *
node_new (void)
{
  return g_new0 (Node, 1);
}

static void
node_free (gpointer data)
{
  Node *node = data;

  g_clear_pointer (&node->children, g_hash_table_unref);
  g_clear_pointer (&node->entries, g_ptr_array_unref);
  g_free (node);
}

ReadoutPartyTrie *
_readout_party_trie_new (void)
{
  ReadoutPartyTrie *trie = g_new0 (ReadoutPartyTrie, 1);

  trie->root = node_new ();
  return trie;
}

void
_readout_party_trie_free (ReadoutPartyTrie *trie)
{
  if (trie == NULL)
    return;

  node_free (trie->root);
  g_free (trie);
}

static inline gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static inline gunichar
char_at (const char *p,
         const char *end)
{
  if (p >= end)
    return 0;
  if ((guchar)*p < 0x80)
    return (guchar)*p;
  return g_utf8_get_char (p);
}

static inline gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

/* The base letter of @c: "é" → "e". Returns 0 for a lone combining
 * mark, which keys drop so "Élysée" and "Elysee" meet. */
static gunichar
base_char (gunichar c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];

  if (c < 0x80)
    return c;
  if (c == 0x2019)
    return '\'';
  if (g_unichar_ismark (c))
    return 0;
  if (g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed)) > 0)
    return decomposed[0];
  return c;
}

static void
token_append (Token    *tok,
              gunichar  c)
{
  gunichar base;
  char buf[6];
  int n;

  if (tok->too_long)
    return;

  /* Most text is ASCII: no decomposition, no case tables. */
  if (c < 0x80)
    {
      if (tok->shape_len + 1 > TOKEN_MAX)
        {
          tok->too_long = TRUE;
          return;
        }
      tok->shape[tok->shape_len++] = (char)c;
      tok->key[tok->key_len++] = g_ascii_tolower ((char)c);
      return;
    }

  base = base_char (c);
  if (base == 0)
    return;

  n = g_unichar_to_utf8 (base, buf);
  if (tok->shape_len + n > TOKEN_MAX || tok->key_len + 6 > 2 * TOKEN_MAX)
    {
      tok->too_long = TRUE;
      return;
    }
  memcpy (tok->shape + tok->shape_len, buf, n);
  tok->shape_len += n;

  n = g_unichar_to_utf8 (g_unichar_tolower (base), buf);
  memcpy (tok->key + tok->key_len, buf, n);
  tok->key_len += n;
}

/* Reads the word at @p (a word character). Dots belong to a word only in
 * initialisms ("U.S.", "D.C."), apostrophes only inside a word
 * ("d'Ivoire", "Sana'a"); a final "'s" is a possessive. */
static void
read_token (const char *p,
            const char *end,
            Token      *tok)
{
  const char *q = p;
  guint segment = 0;
  guint dots = 0;
  gunichar last = 0;

  tok->start = p;
  tok->n_chars = 0;
  tok->possessive = FALSE;
  tok->too_long = FALSE;
  tok->key_len = 0;
  tok->shape_len = 0;

  /* Stop at once on an over-long word: it is no alias, and reading it
   * to its end from every start inside it would be quadratic. */
  while (q < end && !tok->too_long)
    {
      gunichar c = (guchar)*q;
      const char *nq;

      /* ASCII letters and digits: token_append() inlined. */
      if (c < 0x80 && g_ascii_isalnum (c))
        {
          if (tok->shape_len + 1 > TOKEN_MAX)
            tok->too_long = TRUE;
          else
            {
              tok->shape[tok->shape_len++] = (char)c;
              tok->key[tok->key_len++] = (char)(c - 'A' < 26 ? c + ('a' - 'A') : c);
            }
          segment++;
          tok->n_chars++;
          last = c;
          q++;
          continue;
        }

      c = char_at (q, end);
      nq = g_utf8_next_char (q);
      if (is_word_char (c))
        {
          token_append (tok, c);
          segment++;
          tok->n_chars++;
          last = c;
          q = nq;
          continue;
        }

      if (c == '.' && segment == 1 && g_unichar_isalpha (last) &&
          (dots > 0 || is_word_char (char_at (nq, end))))
        {
          token_append (tok, c);
          dots++;
          segment = 0;
          tok->n_chars++;
          q = nq;
          continue;
        }

      if (is_apostrophe (c) && nq < end)
        {
          gunichar next = char_at (nq, end);

          if (next == 's' || next == 'S')
            {
              const char *after = g_utf8_next_char (nq);

              if (!is_word_char (char_at (after, end)))
                {
                  tok->end = q;
                  tok->next = after;
                  tok->possessive = TRUE;
                  goto done;
                }
            }

          if (g_unichar_isalpha (next))
            {
              token_append (tok, c);
              segment = 0;
              tok->n_chars++;
              q = nq;
              continue;
            }

          if (last == 's' && !is_word_char (next))
            {
              tok->end = q;
              tok->next = nq;
              tok->possessive = TRUE;
              goto done;
            }
        }

      break;
    }

  tok->end = q;
  tok->next = q;

done:
  tok->key[tok->key_len] = '\0';
  tok->shape[tok->shape_len] = '\0';
}

/* Where the next word of a multi-word alias starts after @p: blanks and
 * hyphens only ("Guinea-Bissau", "U.S.-led"), plus the dot of a short
 * abbreviation ("St. Lucia", "No. 10") when @allow_dot. NULL when the
 * alias cannot go on. */
static const char *
skip_gap (const char *p,
          const char *end,
          gboolean    allow_dot)
{
  const char *q = p;
  guint n = 0;

  if (allow_dot && q < end && *q == '.')
    q++;

  while (q < end && n < 4)
    {
      gunichar c = char_at (q, end);

      if (c == ' ' || c == 0xA0 || c == 0x202F || c == '-' || c == 0x2010 || c == 0x2011)
        {
          q = g_utf8_next_char (q);
          n++;
          continue;
        }
      break;
    }

  if (n == 0 || n >= 4 || !is_word_char (char_at (q, end)))
    return NULL;

  return q;
}

static gboolean
has_lower_case (const char *s)
{
  for (; *s != '\0'; s = g_utf8_next_char (s))
    if (g_unichar_islower (g_utf8_get_char (s)))
      return TRUE;
  return FALSE;
}

gboolean
_readout_party_trie_add (ReadoutPartyTrie        *trie,
                         const char              *alias,
                         ReadoutParty            *party,
                         ReadoutPartyMentionKind  kind,
                         ReadoutPartyAliasFlags   flags)
{
  const char *end = alias + strlen (alias);
  const char *p = alias;
  g_autoptr(GString) shape = g_string_new (NULL);
  gboolean needs_article = FALSE;
  guint depth = 0;
  Node *node = trie->root;
  Entry *entry;

  while (p < end && !is_word_char (char_at (p, end)))
    p = g_utf8_next_char (p);

  while (p != NULL && p < end)
    {
      Token tok;
      g_autofree char *key = NULL;
      Node *child;

      read_token (p, end, &tok);
      if (tok.too_long || ++depth > DEPTH_MAX)
        return FALSE;

      /* A leading article is matched generically; an alias written with
       * it ("the Emirates") demands it. */
      if (depth == 1 && g_str_equal (tok.key, "the") && tok.next < end)
        {
          needs_article = TRUE;
          depth = 0;
          p = skip_gap (tok.next, end, FALSE);
          continue;
        }

      if (depth == 1 && g_unichar_islower (g_utf8_get_char (tok.shape)))
        trie->lower_start = TRUE;

      key = g_strconcat (tok.key, tok.possessive ? "'s" : "", NULL);
      if (shape->len > 0)
        g_string_append_c (shape, ' ');
      g_string_append (shape, tok.shape);
      if (tok.possessive)
        g_string_append (shape, "'s");

      if (node->children == NULL)
        node->children = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, node_free);
      child = g_hash_table_lookup (node->children, key);
      if (child == NULL)
        {
          child = node_new ();
          g_hash_table_insert (node->children, g_steal_pointer (&key), child);
        }
      node = child;

      if (tok.next >= end)
        break;
      p = skip_gap (tok.next, end, tok.n_chars <= 2);
      if (p == NULL)
        return FALSE;
    }

  if (depth == 0)
    return FALSE;

  if (node->entries == NULL)
    node->entries = g_ptr_array_new_with_free_func (entry_free);

  for (guint i = 0; i < node->entries->len; i++)
    {
      Entry *other = g_ptr_array_index (node->entries, i);

      if (!g_str_equal (other->shape, shape->str))
        continue;

      /* The same words for two parties: ambiguous, so neither. */
      if (other->party != party)
        other->party = NULL;
      other->needs_article &= needs_article;
      other->article_ok |= needs_article || (flags & READOUT_PARTY_ALIAS_ARTICLE) != 0;
      return TRUE;
    }

  entry = g_new0 (Entry, 1);
  entry->party = party;
  entry->shape = g_string_free (g_steal_pointer (&shape), FALSE);
  entry->kind = kind;
  entry->flags = flags;
  entry->needs_article = needs_article;
  entry->article_ok = needs_article ||
                      (flags & READOUT_PARTY_ALIAS_ARTICLE) != 0 ||
                      kind == READOUT_PARTY_MENTION_INSTITUTION ||
                      kind == READOUT_PARTY_MENTION_OFFICIAL ||
                      (kind == READOUT_PARTY_MENTION_NAME && !has_lower_case (entry->shape));
  g_ptr_array_add (node->entries, entry);

  return TRUE;
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
      gunichar ca = g_utf8_get_char (a);
      gunichar ct = g_utf8_get_char (t);

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

  for (guint depth = 0; depth < DEPTH_MAX && p != NULL; depth++)
    {
      Token tok;
      const Node *child;

      if (depth == 0 && first != NULL)
        tok = *first;
      else
        read_token (p, end, &tok);
      if (tok.too_long || node->children == NULL)
        break;

      if (depth > 0)
        shape[shape_len++] = ' ';
      memcpy (shape + shape_len, tok.shape, tok.shape_len);
      shape_len += tok.shape_len;
      shape[shape_len] = '\0';

      if (tok.possessive)
        {
          const Entry *entry;

          child = g_hash_table_lookup (node->children, tok.key);
          if (child != NULL && (entry = pick_entry (child, shape, has_article)) != NULL)
            {
              hit->entry = entry;
              hit->end = tok.next;
              hit->possessive = TRUE;
              found = TRUE;
            }

          /* Or a possessive inside the alias: "People's Republic". */
          memcpy (tok.key + tok.key_len, "'s", 3);
          memcpy (shape + shape_len, "'s", 3);
          shape_len += 2;
        }

      child = g_hash_table_lookup (node->children, tok.key);
      if (child == NULL)
        break;

      {
        const Entry *entry = pick_entry (child, shape, has_article);

        if (entry != NULL)
          {
            hit->entry = entry;
            hit->end = tok.possessive ? tok.next : tok.end;
            hit->possessive = FALSE;
            found = TRUE;
          }
      }

      node = child;
      if (node->children == NULL)
        break;
      p = skip_gap (tok.next, end, !tok.possessive && tok.n_chars <= 2);
    }

  return found;
}

static gboolean
word_is_capitalised (const char *p,
                     const char *end)
{
  return g_unichar_isupper (char_at (p, end));
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
  Token tok;

  *skip_to = NULL;

  /* Most words are lower-case and begin no alias: leave them before
   * paying for a token. */
  if (!matcher->aliases->lower_start)
    {
      gunichar first = char_at (p, end);

      if (first != 't' && !g_unichar_isupper (first) && !g_unichar_isdigit (first))
        return FALSE;
    }

  read_token (p, end, &tok);
  if (tok.too_long)
    {
      /* Resume where reading stopped, so a run like "U.S.U.S.…" costs
       * one pass. */
      *skip_to = tok.end;
      return FALSE;
    }

  if (g_str_equal (tok.key, "the") && !tok.possessive)
    {
      const char *q = skip_gap (tok.next, end, FALSE);

      if (q != NULL && trie_walk (matcher->aliases, q, end, NULL, TRUE, &hit))
        has_article = TRUE;
    }
  else if (!matcher->aliases->lower_start && !g_unichar_isupper (g_utf8_get_char (tok.shape)) &&
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
      (after = skip_gap (hit.end, end, FALSE)) != NULL)
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
      start = skip_gap (tok.next, end, FALSE);
      has_article = FALSE;
      mention->has_article = FALSE;
    }

  if (!extended && (hit.entry->flags & READOUT_PARTY_ALIAS_NAME_LIKE) &&
      looks_like_a_name (buffer, start, hit.end, end, mention->possessive))
    return FALSE;

  mention->byte_start = start - buffer;
  mention->byte_end = hit.end - buffer;

  return TRUE;
}

GArray *
_readout_party_matcher_find_all (const ReadoutPartyMatcher *matcher,
                                 const char                *text,
                                 gsize                      len)
{
  GArray *mentions = g_array_new (FALSE, TRUE, sizeof (ReadoutPartyMention));
  const char *end = text + len;
  const char *p = text;
  guint cp = 0;

  while (p < end)
    {
      ReadoutPartyMention mention = { 0 };
      const char *skip_to;
      const char *q;
      guchar byte = (guchar)*p;

      /* ASCII punctuation and blanks, a run at a time. */
      if (byte < 0x80 && !g_ascii_isalnum (byte))
        {
          q = p + 1;
          while (q < end && (guchar)*q < 0x80 && !g_ascii_isalnum ((guchar)*q))
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
       * matcher checks the same, later and dearer). */
      if (!matcher->aliases->lower_start && byte >= 'a' && byte <= 'z' && byte != 't')
        goto skip_word;

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
          while (q < end && (guchar)*q < 0x80 && g_ascii_isalnum ((guchar)*q))
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

  return mentions;
}
