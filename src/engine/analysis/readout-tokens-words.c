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

/* @head2 is word_head() of the bytes after the first eight, or 0. */
static inline guint32
word_hash (guint64     head,
           guint64     head2,
           const char *p,
           gsize       len)
{
  guint64 h = (head ^ len) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);

  if (len > 8)
    {
      h = (h ^ head2) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
      for (gsize i = 16; i < len; i += 8)
        h = (h ^ word_head (p + i, len - i)) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
    }
  return (guint32)(h >> 32);
}

/* What a word id stands for: its first sixteen bytes, so only longer
 * words need their text compared. */
typedef struct
{
  guint64 head;
  guint64 head2;
  guint32 len;
  guint32 hash;
} Word;

/* The hash table holds word ids + 1 (0: empty) and nothing else: it is
 * zeroed for every document, and four bytes a slot cost less to clear
 * than the words themselves. */
static guint32 *
table_grow (guint32    *old,
            guint      *mask,
            const Word *words)
{
  guint size = 2 * (*mask + 1);
  guint32 *table = g_new0 (guint32, size);

  for (guint i = 0; i <= *mask; i++)
    {
      guint k;

      if (old[i] == 0)
        continue;
      for (k = words[old[i] - 1].hash & (size - 1); table[k] != 0; k = (k + 1) & (size - 1))
        ;
      table[k] = old[i];
    }
  g_free (old);
  *mask = size - 1;
  return table;
}

void
_readout_tokens_assign_words (ReadoutTokens *tokens)
{
  /* All in locals: the compiler is told nothing about aliasing
   * (-fno-strict-aliasing), so each store to word[] would otherwise
   * reload whatever is reached through a pointer. */
  const ReadoutToken *tok = (const ReadoutToken *)tokens->tokens->data;
  const char *lower = tokens->lower;
  guint n = tokens->tokens->len;
  guint32 *word;
  guint32 *table;
  guint mask = 255;
  Word *words = NULL;
  guint *firsts = NULL;   /* per word id: its first token */
  guint n_words = 0;
  guint size = 0;         /* of words and firsts */

  /* Distinct words are about a quarter of the tokens of an article, and
   * fewer of a long text: sized for that, the set rarely grows. */
  while (mask < 65535 && mask + 1 < n / 2)
    mask = 2 * mask + 1;
  table = g_new0 (guint32, mask + 1);
  /* Sized for that too: growing by doubling copied them again and again. */
  size = n / 4 + 64;
  words = g_new (Word, size);
  firsts = g_new (guint, size);
  word = g_new (guint32, n + 1);
  _readout_advise_huge_pages (word, (n + 1) * sizeof (guint32));

  for (guint i = 0; i < n; i++)
    {
      const char *p;
      gsize len;
      guint64 head, head2;
      guint32 hash, id;
      guint k;

      if (tok[i].kind != READOUT_TOKEN_WORD)
        {
          word[i] = READOUT_TOKEN_NO_WORD;
          continue;
        }

      p = lower + tok[i].byte_start;
      len = tok[i].byte_end - tok[i].byte_start;
      head = word_head (p, len);
      head2 = len > 8 ? word_head (p + 8, len - 8) : 0;
      hash = word_hash (head, head2, p, len);

      for (k = hash & mask; table[k] != 0; k = (k + 1) & mask)
        {
          const Word *w = &words[table[k] - 1];

          if (w->head == head && w->head2 == head2 && w->len == len &&
              (len <= 16 ||
               memcmp (lower + tok[firsts[table[k] - 1]].byte_start + 16, p + 16, len - 16) == 0))
            break;
        }

      if (table[k] != 0)
        id = table[k] - 1;
      else
        {
          if (n_words == size)
            {
              size = 2 * size + 64;
              words = g_renew (Word, words, size);
              firsts = g_renew (guint, firsts, size);
            }
          words[n_words] = (Word) { head, head2, len, hash };
          firsts[n_words] = i;
          id = n_words++;
          table[k] = n_words;
          /* At most half full. */
          if (2 * n_words > mask + 1)
            table = table_grow (table, &mask, words);
        }
      word[i] = id;
    }
  word[n] = READOUT_TOKEN_NO_WORD;

  g_free (table);
  g_free (words);
  tokens->word = word;
  tokens->n_words = n_words;
  tokens->word_token = firsts;
}
