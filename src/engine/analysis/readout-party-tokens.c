/* readout-party-tokens.c — party mentions found from a document's tokens
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The byte scan of readout-party-matcher.c reads the whole text again
 * and looks every capitalised word up in the alias trie. The tokenizer
 * has cut the text into words already: a word of plain ASCII letters and
 * digits is looked up once per distinct word (its word id) and, when it
 * begins no alias, stepped over whole. The byte scan still reads what
 * tokens cannot answer for it (words with dots, apostrophes, hyphens or
 * letters other than ASCII, and any stretch between tokens that holds
 * more than ASCII blanks and punctuation) and makes every match, so the
 * mentions and their offsets are the ones it finds alone.
 */

#include "config.h"

#include "readout-party-trie-private.h"

/* What a word id says, once looked up. */
enum
{
  WORD_UNKNOWN = 0,
  WORD_OTHER,    /* not a plain word: the byte scan reads it */
  WORD_ABSENT,   /* plain, and no alias begins with it */
  WORD_PRESENT,  /* plain, and some alias may */
  WORD_THE,      /* "the", when no alias begins with it */
};

enum { ALNUM = READOUT_PARTY_BYTE_ALNUM, OTHER = READOUT_PARTY_BYTE_OTHER };

/* Whether @lower (@len bytes of the lower-cased text) is a run of ASCII
 * letters and digits, and whether the trie's root has a child for it, as
 * plain_word_absent() in readout-party-matcher.c decides. */
static guint8
classify (const ReadoutPartyTrie *aliases,
          const char             *lower,
          gsize                   len)
{
  const Node *root = aliases->root;
  guint32 hash = 2166136261u;
  gboolean present = FALSE;

  if (len == 0 || len > TOKEN_MAX)
    return WORD_OTHER;
  /* key_hash() as the bytes are checked: node_child() in one pass. */
  for (gsize k = 0; k < len; k++)
    {
      guchar b = (guchar)lower[k];

      if (_readout_party_byte_class[b] != ALNUM)
        return WORD_OTHER;
      hash = (hash ^ b) * 16777619u;
    }
  if (root->slots != NULL)
    for (guint i = hash & root->mask;; i = (i + 1) & root->mask)
      {
        const Slot *slot = &root->slots[i];

        if (slot->key == NULL)
          break;
        if (slot->hash == hash && slot->len == len && memcmp (slot->key, lower, len) == 0)
          {
            present = TRUE;
            break;
          }
      }
  if (len == 3 && memcmp (lower, "the", 3) == 0)
    return present ? WORD_OTHER : WORD_THE;
  return present ? WORD_PRESENT : WORD_ABSENT;
}

/* ends_word() when a byte other than ASCII follows. */
static G_GNUC_NO_INLINE gboolean
ends_word_high (const char *stop)
{
  gunichar c = g_utf8_get_char (stop);

  return c != 0x2019 && !is_word_char (c);
}

/* Whether what follows the plain word in [@start, @stop) ends it for the
 * matcher: no word character, no apostrophe, no dot after a single
 * letter ("U.S."). *@strict is set when it is ASCII other than a dot or
 * an apostrophe, as plain_word_absent() wants it.
 *
 * What comes before the word needs no look: the scan reaches the start
 * of a token only where it would stop itself, since a plain word glued
 * to the word before it follows a token that ends no word. */
static inline gboolean
ends_word (const char *start,
           const char *stop,
           gboolean   *strict)
{
  guchar after = (guchar)*stop;

  switch (_readout_party_byte_class[after])
    {
    case OTHER:
      *strict = after != '.' && after != '\'';
      return *strict || (after == '.' && stop - start >= 2);
    case ALNUM:
      return FALSE;
    default:
      *strict = FALSE;
      return ends_word_high (stop);
    }
}

/* Whether the gap [@p, @stop) holds only ASCII blanks and punctuation. */
static inline gboolean
gap_is_blank (const char *p,
              const char *stop)
{
  for (; p < stop; p++)
    if (_readout_party_byte_class[(guchar)*p] != OTHER)
      return FALSE;
  return TRUE;
}

/* Whether the punctuation [@p, @stop) holds no word character: ASCII
 * other than letters and digits, and the dashes, quotation marks and
 * ellipsis of U+2010 to U+2026, which news text is full of. */
static inline gboolean
punct_is_blank (const char *p,
                const char *stop)
{
  while (p < stop)
    {
      guchar b = (guchar)*p;

      if (_readout_party_byte_class[b] == OTHER)
        p++;
      else if (b == 0xE2 && stop - p >= 3 && (guchar)p[1] == 0x80 &&
               (((guchar)p[2] >= 0x90 && (guchar)p[2] <= 0x9F) || (guchar)p[2] == 0xA6))
        p += 3;
      else
        return FALSE;
    }
  return TRUE;
}

/* The first token from @k on whose end is past @pos: a galloping search,
 * since the scan moves forward a little at a time. */
static guint
token_after (const ReadoutToken *toks,
             guint               n,
             guint               k,
             guint               pos)
{
  guint step = 1;
  guint lo = k, hi;

  if (k >= n || toks[k].byte_end > pos)
    return k;
  /* toks[lo].byte_end <= pos: gallop until toks[hi].byte_end > pos. */
  for (hi = k + 1; hi < n && toks[hi].byte_end <= pos; hi = lo + step)
    {
      lo = hi;
      step *= 2;
    }
  if (hi > n)
    hi = n;
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (toks[mid].byte_end <= pos)
        lo = mid;
      else
        hi = mid;
    }
  return hi;
}

GArray *
_readout_party_matcher_find_in_tokens (const ReadoutPartyMatcher *matcher,
                                       const ReadoutTokens       *tokens)
{
  GArray *mentions = g_array_new (FALSE, TRUE, sizeof (ReadoutPartyMention));
  const ReadoutPartyTrie *aliases = matcher->aliases;
  const ReadoutToken *toks = (const ReadoutToken *)tokens->tokens->data;
  const guint32 *words = tokens->word;
  const char *text = tokens->text;
  const char *end = text + strlen (text);
  const char *p = text;
  guint cp = 0;
  guint n = tokens->tokens->len;
  guint k = 0;
  guint next = 0;   /* the first token after the last one looked at */
  guint n_looks = 0;
  guint prev_end = 0;
  g_autofree guint8 *memo = g_new0 (guint8, tokens->n_words + 1);
  g_autofree guint *looks = g_new (guint, n + 1);

  /* First the tokens worth a look. The others the scan would step over
   * without one, standing where it would stop (after blanks and ASCII
   * punctuation): a plain word that begins no alias, not "the", which
   * goes on to the next word; or ASCII punctuation. Most tokens are such
   * words. */
  for (guint i = 0; i < n; i++)
    {
      const ReadoutToken *t = &toks[i];
      guint bs = t->byte_start, be = t->byte_end;
      guint32 w = words[i];
      gboolean skip = FALSE;

      /* Mostly no gap or a space. */
      if (bs == prev_end || (bs == prev_end + 1 && text[prev_end] == ' ') ||
          gap_is_blank (text + prev_end, text + bs))
        {
          if (w != READOUT_TOKEN_NO_WORD)
            {
              guint8 c = memo[w];
              gboolean strict;

              if (G_UNLIKELY (c == WORD_UNKNOWN))
                c = memo[w] = classify (aliases, tokens->lower + bs, be - bs);
              if (c == WORD_ABSENT ||
                  (c == WORD_PRESENT && !aliases->lower_start && text[bs] >= 'a' && text[bs] <= 'z'))
                skip = text[be] == ' ' || ends_word (text + bs, text + be, &strict);
            }
          else if (t->kind == READOUT_TOKEN_NUMBER)
            {
              /* Digits first: no lower-case rule, and no word id. */
              gboolean strict;

              skip = classify (aliases, tokens->lower + bs, be - bs) == WORD_ABSENT &&
                     ends_word (text + bs, text + be, &strict);
            }
          else
            skip = punct_is_blank (text + bs, text + be);
        }
      if (!skip)
        looks[n_looks++] = i;
      prev_end = be;
    }

  for (guint l = 0; l < n_looks; l++)
    {
      guint i = looks[l];
      const ReadoutToken *t = &toks[i];
      const char *start = text + t->byte_start;
      const char *stop = text + t->byte_end;
      gboolean strict = TRUE;
      guint8 c;

      if (stop <= p)
        continue;

      /* Between the scan and token @i, tokens it would step over: unless
       * it stopped inside one, on to the end of the last. */
      if (i > next && p < text + toks[i - 1].byte_end)
        {
          k = MAX (k, next);
          for (;;)
            {
              k = token_after (toks, n, k, p - text);
              if (k >= i || p <= text + toks[k].byte_start)
                break;
              _readout_party_matcher_scan (matcher, text, end, &p, &cp, text + toks[k].byte_end, mentions);
            }
          if (stop <= p)
            continue;
          if (k < i)
            {
              p = text + toks[i - 1].byte_end;
              cp = toks[i - 1].end;
            }
        }
      next = i + 1;

      /* Blanks and ASCII punctuation before the token begin no word;
       * anything else, the scan reads. */
      if (p < start)
        {
          const char *q = p;

          while (q < start && _readout_party_byte_class[(guchar)*q] == OTHER)
            q++;
          if (q < start)
            {
              _readout_party_matcher_scan (matcher, text, end, &p, &cp, start, mentions);
              if (stop <= p)
                continue;
            }
          else
            {
              p = start;
              cp = t->start;
            }
        }

      if (p != start || words[i] == READOUT_TOKEN_NO_WORD ||
          (c = memo[words[i]]) == WORD_OTHER || !ends_word (start, stop, &strict))
        {
          _readout_party_matcher_scan (matcher, text, end, &p, &cp, stop, mentions);
          continue;
        }

      /* "the" before a plain word that begins no alias either: the
       * matcher looks no further. */
      if (c == WORD_THE && strict && *stop == ' ' && i + 1 < n &&
          t[1].byte_start == t->byte_end + 1 && words[i + 1] != READOUT_TOKEN_NO_WORD &&
          memo[words[i + 1]] == WORD_ABSENT)
        {
          gboolean next_strict = TRUE;

          if (ends_word (text + t[1].byte_start, text + t[1].byte_end, &next_strict) && next_strict)
            {
              p = stop;
              cp = t->end;
              continue;
            }
        }

      /* One word: the scan's matcher decides. */
      _readout_party_matcher_scan (matcher, text, end, &p, &cp, start + 1, mentions);
    }

  if (p < end)
    {
      /* Past the last token worth a look, skippable tokens only. */
      for (;;)
        {
          k = token_after (toks, n, k, p - text);
          if (k >= n || p <= text + toks[k].byte_start)
            break;
          _readout_party_matcher_scan (matcher, text, end, &p, &cp, text + toks[k].byte_end, mentions);
        }
      if (n > 0 && p < text + toks[n - 1].byte_end)
        {
          p = text + toks[n - 1].byte_end;
          cp = toks[n - 1].end;
        }
      _readout_party_matcher_scan (matcher, text, end, &p, &cp, end, mentions);
    }

  return mentions;
}
