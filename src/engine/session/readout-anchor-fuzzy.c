/* readout-anchor-fuzzy.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The approximate step of re-anchoring: where in the text is a passage
 * within a quarter of the quote's length in edits, which such passage has
 * the best context, and where are its word boundaries.
 *
 * Edit distances are computed with Myers' bit-parallel algorithm (J. ACM
 * 46(3), 1999) in blocks of 64 pattern rows: one pass over the text costs
 * O(n · ⌈m / 64⌉) word operations for a text of n and a quote of m code
 * points, whatever the number of edits. Written from the paper.
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "readout-anchor-private.h"

/* Candidate passages scored in full; the rest are the weakest by
 * distance, and a text with hundreds of near-copies of a quote is not
 * one whose anchors context can rescue anyway. */
#define MAX_CANDIDATES 64

#define HIGH_BIT (G_GUINT64_CONSTANT (1) << 63)

/* A quote this long may be accepted on its own similarity: in our tests
 * no unrelated passage came within a quarter of its length in edits. */
#define STANDALONE_LENGTH 64

gunichar
_readout_anchor_fold (gunichar c)
{
  if (c < 0x80)
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;

  switch (c)
    {
    case 0x00A0: case 0x2007: case 0x202F: /* no-break spaces */
      return ' ';
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4: case 0x02BC:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return '-';
    default:
      break;
    }
  if (g_unichar_isspace (c))
    return ' ';
  return g_unichar_tolower (c);
}

/* One column of one 64-row block: the vertical deltas of the block move
 * from the previous text character to the next. @hin is the horizontal
 * delta entering at the block's top row; the one leaving at @high (the
 * block's last row) is returned. */
static inline int
advance_block (guint64 *pv_io,
               guint64 *mv_io,
               guint64  eq,
               int      hin,
               guint64  high)
{
  guint64 pv = *pv_io, mv = *mv_io;
  guint64 xv = eq | mv;
  guint64 xh, ph, mh;
  int hout = 0;

  if (hin < 0)
    eq |= 1;
  xh = (((eq & pv) + pv) ^ pv) | eq;
  ph = mv | ~(xh | pv);
  mh = pv & xh;
  if (ph & high)
    hout = 1;
  else if (mh & high)
    hout = -1;
  ph <<= 1;
  mh <<= 1;
  if (hin < 0)
    mh |= 1;
  else if (hin > 0)
    ph |= 1;
  *pv_io = mh | ~(xv | ph);
  *mv_io = ph & xv;
  return hout;
}

double
_readout_anchor_context_similarity (const gunichar *context,
                                    guint           n_context,
                                    const gunichar *near,
                                    guint           n_near)
{
  guint64 pv = ~G_GUINT64_CONSTANT (0), mv = 0, high;
  int score, best;

  if (n_context == 0)
    return 1;
  g_assert (n_context <= 64);

  high = G_GUINT64_CONSTANT (1) << (n_context - 1);
  score = best = n_context;
  for (guint j = 0; j < n_near; j++)
    {
      guint64 eq = 0;

      for (guint i = 0; i < n_context; i++)
        if (context[i] == near[j])
          eq |= G_GUINT64_CONSTANT (1) << i;
      /* +1 entering the top: the context starts at the span's edge. */
      score += advance_block (&pv, &mv, eq, 1, high);
      best = MIN (best, score);
    }
  return 1.0 - (double) best / n_context;
}

/* The quote as a bit-parallel pattern over a small alphabet: symbol 0 is
 * every character the quote does not have. */
typedef struct
{
  guint    m;
  guint    n_blocks;
  guint64  last_bit;
  guint64 *peq;       /* [symbol * n_blocks + block] */
  guint64 *pv;
  guint64 *mv;
  int      score;     /* the distance at the last row, current column */
  int     *scores;    /* search: each active block's last row */
  guint    last;      /* search: the last active block */
} Pattern;

static void
pattern_init (Pattern       *p,
              const guint16 *symbols,
              guint          m,
              guint          n_symbols,
              gboolean       reversed)
{
  p->m = m;
  p->n_blocks = (m + 63) / 64;
  p->last_bit = G_GUINT64_CONSTANT (1) << ((m - 1) % 64);
  p->peq = g_new0 (guint64, (gsize) (n_symbols + 1) * p->n_blocks);
  p->pv = g_new (guint64, p->n_blocks);
  p->mv = g_new (guint64, p->n_blocks);
  p->scores = g_new (int, p->n_blocks);
  for (guint i = 0; i < m; i++)
    {
      guint16 s = symbols[reversed ? m - 1 - i : i];

      p->peq[(gsize) s * p->n_blocks + i / 64] |= G_GUINT64_CONSTANT (1) << (i % 64);
    }
}

static void
pattern_reset (Pattern *p)
{
  for (guint b = 0; b < p->n_blocks; b++)
    {
      p->pv[b] = ~G_GUINT64_CONSTANT (0);
      p->mv[b] = 0;
    }
  p->score = p->m;
}

static void
pattern_clear (Pattern *p)
{
  g_free (p->peq);
  g_free (p->pv);
  g_free (p->mv);
  g_free (p->scores);
}

/* Adds one text symbol: @hin 0 lets a match start anywhere (search), +1
 * pins it to the first symbol given (alignment). */
static inline int
pattern_step (Pattern *p,
              guint16  symbol,
              int      hin)
{
  const guint64 *eq = p->peq + (gsize) symbol * p->n_blocks;
  guint last = p->n_blocks - 1;
  int carry = hin;

  for (guint b = 0; b < last; b++)
    carry = advance_block (&p->pv[b], &p->mv[b], eq[b], carry, HIGH_BIT);
  carry = advance_block (&p->pv[last], &p->mv[last], eq[last], carry, p->last_bit);
  p->score += carry;
  return p->score;
}

/* Rows of block @b: 64, fewer in the last. */
static inline int
block_rows (const Pattern *p,
            guint          b)
{
  return b + 1 < p->n_blocks ? 64 : (int) (p->m - 64 * b);
}

/* Search with Ukkonen's cut-off, in Myers' block form: only the blocks
 * down to the last one holding a cell within @k are computed, so a pass
 * costs O(n · ⌈k / 64⌉) on text that does not resemble the quote. */
static void
search_reset (Pattern *p,
              int      k)
{
  guint want = (guint) MAX (0, (k + 63) / 64 - 1);

  p->last = MIN (want, p->n_blocks - 1);
  for (guint b = 0; b <= p->last; b++)
    {
      p->pv[b] = ~G_GUINT64_CONSTANT (0);
      p->mv[b] = 0;
      p->scores[b] = (b > 0 ? p->scores[b - 1] : 0) + block_rows (p, b);
    }
}

/* Adds one text symbol; the distance at the quote's last row, or k + 1
 * when it is more than @k. */
static inline G_ALWAYS_INLINE int
search_step (Pattern *p,
             guint16  symbol,
             int      k)
{
  const guint64 *eq = p->peq + (gsize) symbol * p->n_blocks;
  guint last_block = p->n_blocks - 1;
  int carry = 0;
  guint y = p->last;

  for (guint b = 0; b <= y; b++)
    {
      carry = advance_block (&p->pv[b], &p->mv[b], eq[b], carry,
                             b == last_block ? p->last_bit : HIGH_BIT);
      p->scores[b] += carry;
    }

  /* The next block may come within k: its first row matches diagonally
   * or the cell above it fell. Start it as if all its cells grew by one. */
  if (y < last_block && p->scores[y] - carry <= k && ((eq[y + 1] & 1) || carry < 0))
    {
      y++;
      p->pv[y] = ~G_GUINT64_CONSTANT (0);
      p->mv[y] = 0;
      p->scores[y] = p->scores[y - 1] + block_rows (p, y) - carry;
      p->scores[y] += advance_block (&p->pv[y], &p->mv[y], eq[y], carry,
                                     y == last_block ? p->last_bit : HIGH_BIT);
    }
  else
    {
      /* A block whose last row is k + 64 or more has no cell within k. */
      while (y > 0 && p->scores[y] >= k + 64)
        y--;
    }
  p->last = y;

  if (y == last_block && p->scores[y] <= k)
    return p->scores[y];
  return k + 1;
}

void
_readout_anchor_search_distances (const guint16 *pattern,
                                  guint          m,
                                  guint          n_symbols,
                                  const guint16 *text,
                                  guint          n,
                                  int            k,
                                  int           *distances)
{
  Pattern p;

  g_return_if_fail (m > 0);

  pattern_init (&p, pattern, m, n_symbols, FALSE);
  search_reset (&p, k);
  for (guint j = 0; j < n; j++)
    distances[j] = search_step (&p, text[j], k);
  pattern_clear (&p);
}

static gboolean
is_word (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Scripts written without spaces: any two characters may part. */
static gboolean
is_dense (gunichar c)
{
  switch (g_unichar_get_script (c))
    {
    case G_UNICODE_SCRIPT_HAN:
    case G_UNICODE_SCRIPT_HIRAGANA:
    case G_UNICODE_SCRIPT_KATAKANA:
    case G_UNICODE_SCRIPT_THAI:
    case G_UNICODE_SCRIPT_LAO:
    case G_UNICODE_SCRIPT_KHMER:
    case G_UNICODE_SCRIPT_MYANMAR:
    case G_UNICODE_SCRIPT_TIBETAN:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_punct (gunichar c)
{
  return !is_word (c) && !g_unichar_isspace (c) && c != 0x00A0;
}

gboolean
_readout_anchor_inside_word_pair (gunichar before,
                                  gunichar after)
{
  return before != 0 && after != 0 && is_word (before) && is_word (after) &&
         !is_dense (before) && !is_dense (after);
}

/* A word character of @t, counting an apostrophe between letters. */
static gboolean
word_at (const gunichar *t,
         guint           n,
         guint           i)
{
  if (is_word (t[i]))
    return TRUE;
  return (t[i] == '\'' || t[i] == 0x2019) && i > 0 && i + 1 < n &&
         is_word (t[i - 1]) && is_word (t[i + 1]);
}

/* Whether offset @pos falls inside a word of @t. */
static gboolean
inside_word (const gunichar *t,
             guint           n,
             guint           pos)
{
  if (pos == 0 || pos >= n)
    return FALSE;
  return word_at (t, n, pos - 1) && word_at (t, n, pos) && !is_dense (t[pos - 1]) && !is_dense (t[pos]);
}

typedef struct
{
  guint start;
  guint end;
  guint distance;
  guint gap;        /* how far the end is from where the quote ended */
  double score;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a, *y = b;

  if (x->distance != y->distance)
    return x->distance < y->distance ? -1 : 1;
  if (x->gap != y->gap)
    return x->gap < y->gap ? -1 : 1;
  return x->end < y->end ? -1 : x->end > y->end;
}

/* Symbols of the folded quote: 1…n_symbols in code point order. */
typedef struct
{
  gunichar *alphabet;
  guint     n_symbols;
  guint16   ascii[128];
} Alphabet;

static int
compare_unichar (gconstpointer a,
                 gconstpointer b)
{
  gunichar x = *(const gunichar *) a, y = *(const gunichar *) b;

  return x < y ? -1 : x > y;
}

static void
alphabet_init (Alphabet       *alpha,
               const gunichar *folded,
               guint           m)
{
  guint n = 0;

  alpha->alphabet = g_memdup2 (folded, sizeof (gunichar) * m);
  qsort (alpha->alphabet, m, sizeof (gunichar), compare_unichar);
  for (guint i = 0; i < m; i++)
    if (n == 0 || alpha->alphabet[n - 1] != alpha->alphabet[i])
      alpha->alphabet[n++] = alpha->alphabet[i];
  alpha->n_symbols = n;
  memset (alpha->ascii, 0, sizeof alpha->ascii);
  for (guint i = 0; i < n && alpha->alphabet[i] < 128; i++)
    alpha->ascii[alpha->alphabet[i]] = i + 1;
}

static guint16
alphabet_lookup (const Alphabet *alpha,
                 gunichar        folded)
{
  const gunichar *found;

  if (folded < 128)
    return alpha->ascii[folded];
  found = bsearch (&folded, alpha->alphabet, alpha->n_symbols, sizeof (gunichar), compare_unichar);
  return found != NULL ? (guint16) (found - alpha->alphabet + 1) : 0;
}

/* Where the best alignment of the quote ending at @end starts: the
 * reversed quote aligned from @end backwards. Ties go to a word boundary,
 * then to the length nearest the quote's. */
static guint
find_start (Pattern        *reversed,
            const guint16  *symbols,
            const gunichar *raw,
            guint           n,
            guint           end,
            guint           max_length,
            guint          *distance)
{
  guint best_length = 0;
  int best = G_MAXINT;
  gboolean best_boundary = FALSE;

  pattern_reset (reversed);
  for (guint t = 1; t <= max_length && t <= end; t++)
    {
      int d = pattern_step (reversed, symbols[end - t], 1);
      gboolean boundary = !inside_word (raw, n, end - t);
      guint gap = t > reversed->m ? t - reversed->m : reversed->m - t;
      guint best_gap = best_length > reversed->m ? best_length - reversed->m : reversed->m - best_length;

      if (d < best || (d == best && ((boundary && !best_boundary) ||
                                     (boundary == best_boundary && gap < best_gap))))
        {
          best = d;
          best_length = t;
          best_boundary = boundary;
        }
    }
  *distance = (guint) best;
  return end - best_length;
}

static guint
count_punct (const gunichar *t,
             guint           from,
             guint           to,
             gboolean        backward)
{
  guint count = 0;

  if (backward)
    while (to > from + count && is_punct (t[to - 1 - count]))
      count++;
  else
    while (from + count < to && is_punct (t[from + count]))
      count++;
  return count;
}

/* Moves the span's edges off the middle of words (to the nearer side,
 * outward on a tie), off white space the quote does not have, and over
 * quotation marks and punctuation the quote has. An edge the quote itself
 * had inside a word stays where it is. */
static void
snap (const gunichar *t,
      guint           n,
      const gunichar *quote,
      guint           m,
      gunichar        before,
      gunichar        after,
      guint          *start,
      guint          *end)
{
  guint s = *start, e = *end;
  guint want, have;

  if (!(before != 0 && is_word (before) && is_word (quote[0])) && inside_word (t, n, s))
    {
      guint out = 0, in = 0;

      while (s - out > 0 && word_at (t, n, s - out - 1) && !is_dense (t[s - out - 1]))
        out++;
      while (s + in < e && word_at (t, n, s + in) && !is_dense (t[s + in]))
        in++;
      s = (in >= out || s + in >= e) ? s - out : s + in;
    }
  if (!(after != 0 && is_word (after) && is_word (quote[m - 1])) && inside_word (t, n, e))
    {
      guint out = 0, in = 0;

      while (e + out < n && word_at (t, n, e + out) && !is_dense (t[e + out]))
        out++;
      while (e - in > s && word_at (t, n, e - in - 1) && !is_dense (t[e - in - 1]))
        in++;
      e = (in >= out || e - in <= s) ? e + out : e - in;
    }

  if (!g_unichar_isspace (quote[0]))
    while (s + 1 < e && g_unichar_isspace (t[s]))
      s++;
  if (!g_unichar_isspace (quote[m - 1]))
    while (e > s + 1 && g_unichar_isspace (t[e - 1]))
      e--;

  want = count_punct (quote, 0, m, FALSE);
  have = count_punct (t, s, e, FALSE);
  while (have < want && s > 0 && is_punct (t[s - 1]))
    s--, have++;
  want = count_punct (quote, 0, m, TRUE);
  have = count_punct (t, s, e, TRUE);
  while (have < want && e < n && is_punct (t[e]))
    e++, have++;

  *start = s;
  *end = e;
}

ReadoutAnchorMatch
_readout_anchor_resolve_fuzzy (const ReadoutAnchor *anchor,
                               const char          *text,
                               guint               *start,
                               guint               *end,
                               double              *score)
{
  g_autofree gunichar *quote = NULL, *folded = NULL, *raw = NULL;
  g_autofree guint16 *symbols = NULL, *quote_symbols = NULL;
  g_autoptr(GArray) candidates = NULL;
  gunichar prefix[READOUT_ANCHOR_CONTEXT_LENGTH], suffix[READOUT_ANCHOR_CONTEXT_LENGTH];
  gunichar near[READOUT_ANCHOR_CONTEXT_LENGTH * 2];
  guint n_prefix = 0, n_suffix = 0, k, hint;
  glong m = 0, n = 0, n_prefix_all = 0;
  Alphabet alpha;
  Pattern forward, reversed;
  Candidate *best = NULL;
  gboolean in_run = FALSE;
  Candidate run = { 0 };

  quote = g_utf8_to_ucs4_fast (anchor->exact, -1, &m);
  if (m == 0 || m > READOUT_ANCHOR_MAX_FUZZY_LENGTH)
    return READOUT_ANCHOR_MATCH_ORPHANED;
  raw = g_utf8_to_ucs4_fast (text, -1, &n);
  if (n == 0 || n > G_MAXINT)
    return READOUT_ANCHOR_MATCH_ORPHANED;

  {
    g_autofree gunichar *p = g_utf8_to_ucs4_fast (anchor->prefix, -1, &n_prefix_all);
    g_autofree gunichar *s = g_utf8_to_ucs4_fast (anchor->suffix, -1, NULL);

    /* Nearest character first, folded, as the context scorer wants. */
    for (glong i = n_prefix_all - 1; i >= 0 && n_prefix < READOUT_ANCHOR_CONTEXT_LENGTH; i--)
      prefix[n_prefix++] = _readout_anchor_fold (p[i]);
    for (glong i = 0; s[i] != 0 && n_suffix < READOUT_ANCHOR_CONTEXT_LENGTH; i++)
      suffix[n_suffix++] = _readout_anchor_fold (s[i]);
  }

  folded = g_new (gunichar, m);
  for (glong i = 0; i < m; i++)
    folded[i] = _readout_anchor_fold (quote[i]);
  alphabet_init (&alpha, folded, m);
  quote_symbols = g_new (guint16, m);
  for (glong i = 0; i < m; i++)
    quote_symbols[i] = alphabet_lookup (&alpha, folded[i]);
  symbols = g_new (guint16, n);
  for (glong j = 0; j < n; j++)
    {
      gunichar c = raw[j];

      /* Most of a news text is ASCII: skip the calls. */
      if (c < 0x80)
        symbols[j] = alpha.ascii[c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c];
      else
        symbols[j] = alphabet_lookup (&alpha, _readout_anchor_fold (c));
    }
  g_free (alpha.alphabet);

  pattern_init (&forward, quote_symbols, m, alpha.n_symbols, FALSE);
  pattern_init (&reversed, quote_symbols, m, alpha.n_symbols, TRUE);
  k = (guint) floor (m * (1.0 - READOUT_ANCHOR_MIN_QUOTE_SIMILARITY) + 1e-9);
  hint = MIN (anchor->start, (guint) n);

  /* Every run of ends within k edits gives one candidate: its best end,
   * on a word boundary if one of the best is. */
  candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  search_reset (&forward, k);
  for (glong j = 0; j < n; j++)
    {
      guint d = (guint) search_step (&forward, symbols[j], k);

      if (d <= k)
        {
          gboolean boundary = !inside_word (raw, n, j + 1);

          if (!in_run || d < run.distance ||
              (d == run.distance && boundary && inside_word (raw, n, run.end)))
            {
              run.end = j + 1;
              run.distance = d;
            }
          in_run = TRUE;
        }
      else if (in_run)
        {
          run.gap = run.end > hint + m ? run.end - (hint + m) : (hint + m) - run.end;
          g_array_append_val (candidates, run);
          in_run = FALSE;
        }
    }
  if (in_run)
    {
      run.gap = run.end > hint + m ? run.end - (hint + m) : (hint + m) - run.end;
      g_array_append_val (candidates, run);
    }

  g_array_sort (candidates, compare_candidates);
  if (candidates->len > MAX_CANDIDATES)
    g_array_set_size (candidates, MAX_CANDIDATES);

  for (guint i = 0; i < candidates->len; i++)
    {
      Candidate *c = &g_array_index (candidates, Candidate, i);
      double q, p, s, evidence;
      guint n_near, d;

      c->start = find_start (&reversed, symbols, raw, n, c->end, m + k, &d);
      c->distance = d;
      q = 1.0 - (double) d / m;

      n_near = 0;
      for (guint x = c->start; x > 0 && n_near < n_prefix + n_prefix / 2; x--)
        near[n_near++] = _readout_anchor_fold (raw[x - 1]);
      p = _readout_anchor_context_similarity (prefix, n_prefix, near, n_near);
      n_near = 0;
      for (guint x = c->end; x < n && n_near < n_suffix + n_suffix / 2; x++)
        near[n_near++] = _readout_anchor_fold (raw[x]);
      s = _readout_anchor_context_similarity (suffix, n_suffix, near, n_near);

      /* The share of the stored characters found again: of the quote with
       * its context, or of a quote long enough to stand alone. A short
       * quote needs its context: ten letters within two edits are found
       * by chance in any long article (docs/anchoring.md). */
      evidence = (m * q + n_prefix * p + n_suffix * s) / (m + n_prefix + n_suffix);
      c->score = MAX (evidence, q * MIN (1.0, (double) m / STANDALONE_LENGTH));

      /* The best score, then the nearest to the old place. */
      if (best == NULL || c->score > best->score + 1e-9 ||
          (c->score > best->score - 1e-9 &&
           (c->start > hint ? c->start - hint : hint - c->start) <
           (best->start > hint ? best->start - hint : hint - best->start)))
        best = c;
    }

  pattern_clear (&forward);
  pattern_clear (&reversed);

  if (best == NULL)
    return READOUT_ANCHOR_MATCH_ORPHANED;
  if (score != NULL)
    *score = best->score;
  if (best->score < READOUT_ANCHOR_MIN_SCORE ||
      1.0 - (double) best->distance / m < READOUT_ANCHOR_MIN_QUOTE_SIMILARITY)
    return READOUT_ANCHOR_MATCH_ORPHANED;

  snap (raw, n, quote, m,
        n_prefix_all > 0 ? g_utf8_get_char (g_utf8_offset_to_pointer (anchor->prefix, n_prefix_all - 1)) : 0,
        g_utf8_get_char (anchor->suffix),
        &best->start, &best->end);
  if (start != NULL)
    *start = best->start;
  if (end != NULL)
    *end = best->end;
  return READOUT_ANCHOR_MATCH_FUZZY;
}
