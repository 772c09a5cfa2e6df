/* readout-tokens-sentences.c — sentences and quote membership of tokens
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The passes of readout_tokens_new() that run over the finished tokens:
 * cutting sentences, and telling each token which quote it is in. Both
 * are linear.
 */

#include "config.h"

#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "readout-huge-pages-private.h"
#include "readout-tokens-private.h"

/* Abbreviations whose dot is part of the word. Titles and initials never
 * end a sentence; the others may, before a typical sentence starter. */
static const char * const titles[] = {
  "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "prof",
  "capt", "sgt", "maj", "adm", "rev", "hon", "pres", "gens", "reps", "sens",
  "mt", "ft", "cmdr", "supt", "insp", "det", "messrs",
};

static const char * const sentence_starters[] = {
  "the", "he", "she", "it", "they", "we", "i", "but", "in", "a", "an", "this",
  "that", "his", "her", "their", "its", "there", "on", "at", "after", "and",
  "as", "if", "when", "while", "for", "so",
};

gboolean
_readout_tokens_in_list (const char * const *list,
                         gsize               n,
                         const char         *word,
                         gsize               len)
{
  /* The lists are lower case: the first byte rules out most entries
   * before strlen(). An empty @word matches no entry. */
  char first;

  if (len == 0)
    return FALSE;
  first = g_ascii_tolower (word[0]);
  for (gsize i = 0; i < n; i++)
    if (list[i][0] == first && strlen (list[i]) == len &&
        g_ascii_strncasecmp (list[i], word, len) == 0)
      return TRUE;
  return FALSE;
}

#define IN_LIST(list, word, len) _readout_tokens_in_list (list, G_N_ELEMENTS (list), word, len)

gboolean
_readout_tokens_is_title (const char *word,
                          gsize       len)
{
  return IN_LIST (titles, word, len);
}

static inline gboolean
is_digit (gunichar c)
{
  return c < 0x80 && g_ascii_isdigit (c);
}

/* Whether the punctuation token whose text starts at @s ends a sentence. */
static inline gboolean
is_terminal_punct (const char *s)
{
  /* "…" is E2 80 A6. */
  return *s == '.' || *s == '!' || *s == '?' ||
         ((guchar)s[0] == 0xE2 && (guchar)s[1] == 0x80 && (guchar)s[2] == 0xA6);
}

static inline gboolean
is_terminal (const ReadoutTokens *tokens,
             const ReadoutToken  *t)
{
  return t->kind == READOUT_TOKEN_PUNCT && is_terminal_punct (tokens->text + t->byte_start);
}

/* Punctuation that still belongs to the sentence it follows: “…now.” (…) */
static gboolean
is_trailing (const ReadoutTokens *tokens,
             const ReadoutToken  *t)
{
  char c = tokens->text[t->byte_start];

  /* A closing mark never starts a sentence, even spaced: « Partons. » */
  if (t->kind == READOUT_TOKEN_QUOTE)
    return (t->flags & READOUT_TOKEN_QUOTE_CLOSE) != 0;
  if (t->flags & READOUT_TOKEN_SPACE_BEFORE)
    return FALSE;
  return is_terminal (tokens, t) || (t->kind == READOUT_TOKEN_PUNCT && (c == ')' || c == ']'));
}

static gboolean
starts_sentence (const ReadoutTokens *tokens,
                 guint                k)
{
  const ReadoutToken *t = &g_array_index (tokens->tokens, ReadoutToken, k);

  if (!(t->flags & READOUT_TOKEN_SPACE_BEFORE))
    return FALSE;
  if (t->kind == READOUT_TOKEN_NUMBER)
    return TRUE;
  if (t->kind == READOUT_TOKEN_QUOTE)
    return (t->flags & READOUT_TOKEN_QUOTE_OPEN) != 0;
  if (t->kind == READOUT_TOKEN_WORD)
    return (t->flags & READOUT_TOKEN_CAPITALIZED) != 0 ||
           is_digit ((guchar) tokens->text[t->byte_start]);
  return FALSE;
}

/* After "U.S." only a typical sentence starter begins a new sentence: not
 * U.S. Army, nor C.L. “Butch” Otter. */
static gboolean
starts_after_abbreviation (const ReadoutTokens *tokens,
                           guint                k)
{
  const ReadoutToken *t = &g_array_index (tokens->tokens, ReadoutToken, k);
  gsize len;
  const char *w;

  if (!(t->flags & READOUT_TOKEN_SPACE_BEFORE) || t->kind != READOUT_TOKEN_WORD ||
      !(t->flags & READOUT_TOKEN_CAPITALIZED))
    return FALSE;
  w = readout_tokens_lower (tokens, k, &len);
  return IN_LIST (sentence_starters, w, len);
}

static gboolean
abbreviation_may_end (const ReadoutTokens *tokens,
                      guint                k)
{
  gsize len;
  const char *w = readout_tokens_lower (tokens, k, &len);

  /* Without its dot; initials (J.) and titles (Mr.) never end a sentence. */
  len--;
  if (len == 1 || _readout_tokens_is_title (w, len))
    return FALSE;
  return TRUE;
}

/* Adds the sentence of tokens @first to @last (exclusive) as sentence
 * @index of @sentences, which split_sentences() keeps at least @index + 1
 * long. */
static void
add_sentence (ReadoutToken *tok,
              GArray       *sentences,
              guint         index,
              guint         first,
              guint         last)
{
  ReadoutToken *t = &tok[first];
  ReadoutSentence *s = &g_array_index (sentences, ReadoutSentence, index);

  s->first = first;
  s->last = last;
  s->start = t->start;
  s->end = tok[last - 1].end;
  s->block = t->block;
  t->flags |= READOUT_TOKEN_SENTENCE_START;
  for (guint k = first; k < last; k++)
    tok[k].sentence = index;
}

void
_readout_tokens_split_sentences (ReadoutTokens *tokens)
{
  /* Locals, not the GArrays' fields: the stores to the tokens would make
   * the compiler reload those on every token. */
  ReadoutToken *tok = (ReadoutToken *)tokens->tokens->data;
  guint n = tokens->tokens->len;
  const char *text = tokens->text;
  GArray *sentences = tokens->sentences;
  guint n_sentences = 0;
  guint first = 0;

  /* Filled through the index and cut to size at the end: an append per
   * sentence cost a GLib call each. News text has a sentence every 20–30
   * tokens. */
  g_array_set_size (sentences, n / 16 + 16);

  for (guint k = 0; k < n; k++)
    {
      ReadoutToken *t = &tok[k];
      guint end = k + 1;
      guint kind = t->kind;
      gboolean split;

      /* Most tokens are inside a block and can end no sentence. */
      if (k + 1 == n || tok[k + 1].block != t->block)
        split = TRUE;
      else if (kind == READOUT_TOKEN_PUNCT)
        {
          if (!is_terminal_punct (text + t->byte_start))
            continue;
          while (end < n && is_trailing (tokens, &tok[end]))
            end++;
          split = end == n || starts_sentence (tokens, end);
        }
      else if (kind == READOUT_TOKEN_WORD && (t->flags & READOUT_TOKEN_ABBREVIATION) &&
               abbreviation_may_end (tokens, k))
        {
          while (end < n && is_trailing (tokens, &tok[end]))
            end++;
          split = end == n || starts_after_abbreviation (tokens, end);
        }
      else
        continue;

      if (!split)
        {
          /* The trailing run is not looked at again: "!!!!…" stays linear. */
          if (end > k + 2)
            k = end - 2;
          continue;
        }
      /* The trailing marks may run into the next block only if the block ends. */
      while (end > k + 1 && tok[end - 1].block != t->block)
        end--;
      if (n_sentences == sentences->len)
        g_array_set_size (sentences, 2 * n_sentences);
      add_sentence (tok, sentences, n_sentences++, first, end);
      first = end;
      k = end - 1;
    }
  g_array_set_size (sentences, n_sentences);
}

void
_readout_tokens_assign_quotes (ReadoutTokens *tokens)
{
  const ReadoutQuote *quotes = (const ReadoutQuote *)tokens->quotes->data;
  guint n_quotes = tokens->quotes->len;
  ReadoutToken *tok = (ReadoutToken *)tokens->tokens->data;
  guint n = tokens->tokens->len;
  /* The quotes open at the current token; each is pushed at most once. */
  g_autofree guint *stack = g_new (guint, n_quotes + 1);
  guint depth = 0;
  guint next_quote = 0;
  gint inner = -1;        /* the top of the stack, or -1 */

#define TOP_ENDED(p) (depth > 0 && quotes[stack[depth - 1]].close_end <= (p))

  /* Until a token reaches next_open or the top quote's end, the stack
   * stays as it is. */
  guint next_open = n_quotes > 0 ? quotes[0].open_start : G_MAXUINT;
  guint top_end = G_MAXUINT;
  guint until = next_open;

  for (guint k = 0; k < n; k++)
    {
      ReadoutToken *t = &tok[k];

      if (G_UNLIKELY (t->start >= until))
        {
          while (next_quote < n_quotes && quotes[next_quote].open_start <= t->start)
            {
              while (TOP_ENDED (t->start))
                depth--;
              if (quotes[next_quote].close_end > t->start)
                stack[depth++] = next_quote;
              next_quote++;
            }
          while (TOP_ENDED (t->start))
            depth--;
          next_open = next_quote < n_quotes ? quotes[next_quote].open_start : G_MAXUINT;
          top_end = depth > 0 ? quotes[stack[depth - 1]].close_end : G_MAXUINT;
          until = MIN (next_open, top_end);
          inner = depth > 0 ? (gint)stack[depth - 1] : -1;
        }

      if (t->kind == READOUT_TOKEN_QUOTE)
        {
          /* t->quote was set from the mark; nested marks are in the outer content. */
          if (quotes[t->quote].depth > 0)
            t->flags |= READOUT_TOKEN_IN_QUOTE;
        }
      else if (inner >= 0)
        {
          t->quote = inner;
          t->flags |= READOUT_TOKEN_IN_QUOTE;
        }
    }
#undef TOP_ENDED
}

/* g_ascii_tolower(), inline. */
static inline char
ascii_tolower (char c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* g_ascii_strdown(), eight ASCII bytes at a time: a byte gets 0x20 when
 * it lies in 'A'..'Z', found by adding to its low seven bits. */
char *
_readout_tokens_ascii_lower (const char *text,
                             gsize       n)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = ones * 0x80;
  /* NUL-padded to eight bytes past the end, for word ids' loads. */
  char *lower = g_malloc (n + READOUT_TOKENS_LOWER_PADDING);
  gsize i = 0;

  _readout_advise_huge_pages (lower, n);

#ifdef __SSE2__
  /* Sixteen bytes at a time: 'A'..'Z' get 0x20. Bytes from 0x80 are
   * negative as signed and stay as they are, as ascii_tolower() leaves
   * them. */
  for (; i + 16 <= n; i += 16)
    {
      __m128i x = _mm_loadu_si128 ((const __m128i *)(text + i));
      __m128i upper = _mm_and_si128 (_mm_cmpgt_epi8 (x, _mm_set1_epi8 ('A' - 1)),
                                     _mm_cmplt_epi8 (x, _mm_set1_epi8 ('Z' + 1)));

      _mm_storeu_si128 ((__m128i *)(lower + i),
                        _mm_or_si128 (x, _mm_and_si128 (upper, _mm_set1_epi8 (0x20))));
    }
#endif
  for (; i + 8 <= n; i += 8)
    {
      guint64 x, low, ge_a, gt_z;

      memcpy (&x, text + i, 8);
      if ((x & highs) == 0)
        {
          low = x & ~highs;
          ge_a = low + ones * (0x80 - 'A');
          gt_z = low + ones * (0x80 - 'Z' - 1);
          x |= ((ge_a ^ gt_z) & highs) >> 2;
          memcpy (lower + i, &x, 8);
          continue;
        }
      for (gsize j = i; j < i + 8; j++)
        lower[j] = ascii_tolower (text[j]);
    }
  for (; i < n; i++)
    lower[i] = ascii_tolower (text[i]);
  memset (lower + n, 0, READOUT_TOKENS_LOWER_PADDING);
  return lower;
}
