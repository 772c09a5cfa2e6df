/* readout-tokens-words.c — one id per distinct word of a document
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The last pass of readout_tokens_new(): every word token gets the id of
 * its lower-cased text, so the stages that ask what a word is (the
 * lexicon, the grammar-word tables) look each distinct word up once per
 * document and then read an array per token. News text repeats its words:
 * a 1 MB document has about 170,000 words but 10,000 distinct ones.
 */

#include "config.h"

#include <string.h>

#include "readout-huge-pages-private.h"
#include "readout-tokens-private.h"

/* The first eight bytes of a word, zero beyond its end: most words are
 * no longer, and for them equal heads and lengths mean equal words. The
 * lower-cased text is padded, so the load never leaves it. */
static inline guint64
word_head (const char *p,
           gsize       len)
{
  guint64 x;

  memcpy (&x, p, 8);
  x = GUINT64_FROM_LE (x);
  return len >= 8 ? x : x & ((G_GUINT64_CONSTANT (1) << (8 * len)) - 1);
}

static inline guint32
word_hash (guint64     head,
           const char *p,
           gsize       len)
{
  guint64 h = (head ^ len) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);

  for (gsize i = 8; i < len; i += 8)
    h = (h ^ word_head (p + i, len - i)) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  return (guint32)(h >> 32);
}

typedef struct
{
  guint64 head;
  guint32 len;
  guint32 id;       /* word id + 1, 0: empty */
  guint32 hash;
} Slot;

typedef struct
{
  Slot  *slots;
  guint  mask;
  guint *firsts;    /* per word id: its first token */
  guint  n_words;
  guint  size;      /* of firsts */
} WordSet;

static void
word_set_grow (WordSet *set)
{
  guint size = 2 * (set->mask + 1);
  Slot *slots = g_new0 (Slot, size);

  for (guint i = 0; i <= set->mask; i++)
    {
      guint k;

      if (set->slots[i].id == 0)
        continue;
      for (k = set->slots[i].hash & (size - 1); slots[k].id != 0; k = (k + 1) & (size - 1))
        ;
      slots[k] = set->slots[i];
    }
  g_free (set->slots);
  set->slots = slots;
  set->mask = size - 1;
}

/* The id of the word @p, @len bytes, first seen as token @index. */
static guint32
word_id (WordSet             *set,
         const ReadoutTokens *tokens,
         const char          *p,
         gsize                len,
         guint                index)
{
  const ReadoutToken *tok = (const ReadoutToken *)tokens->tokens->data;
  guint64 head = word_head (p, len);
  guint32 hash = word_hash (head, p, len);
  guint k;

  for (k = hash & set->mask; set->slots[k].id != 0; k = (k + 1) & set->mask)
    {
      const Slot *slot = &set->slots[k];

      if (slot->head == head && slot->len == len &&
          (len <= 8 ||
           memcmp (tokens->lower + tok[set->firsts[slot->id - 1]].byte_start + 8, p + 8, len - 8) == 0))
        return slot->id - 1;
    }

  if (set->n_words == set->size)
    {
      set->size = 2 * set->size + 64;
      set->firsts = g_renew (guint, set->firsts, set->size);
    }
  set->firsts[set->n_words] = index;
  set->slots[k] = (Slot) { head, len, ++set->n_words, hash };
  /* At most half full. */
  if (2 * set->n_words > set->mask + 1)
    word_set_grow (set);
  return set->n_words - 1;
}

void
_readout_tokens_assign_words (ReadoutTokens *tokens)
{
  const ReadoutToken *tok = (const ReadoutToken *)tokens->tokens->data;
  guint n = tokens->tokens->len;
  WordSet set = { 0 };

  /* Distinct words are about a quarter of the tokens of an article, and
   * fewer of a long text: sized for that, the set rarely grows. */
  set.mask = 255;
  while (set.mask < 65535 && set.mask + 1 < n / 2)
    set.mask = 2 * set.mask + 1;
  set.slots = g_new0 (Slot, set.mask + 1);
  tokens->word = g_new (guint32, n + 1);
  _readout_advise_huge_pages (tokens->word, (n + 1) * sizeof (guint32));

  for (guint i = 0; i < n; i++)
    {
      if (tok[i].kind == READOUT_TOKEN_WORD)
        tokens->word[i] = word_id (&set, tokens, tokens->lower + tok[i].byte_start,
                                   tok[i].byte_end - tok[i].byte_start, i);
      else
        tokens->word[i] = READOUT_TOKEN_NO_WORD;
    }
  tokens->word[n] = READOUT_TOKEN_NO_WORD;

  g_free (set.slots);
  tokens->n_words = set.n_words;
  tokens->word_token = set.firsts;
}
