/* readout-quote-scanner.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Quote marks are paired by kind and direction with a stack, one block at a
 * time, never in sequence across the document: a stray mark can only
 * disturb its own paragraph. Each mark is first classified from its
 * neighbours (an apostrophe, an opener, a closer, or either), then paired.
 * The only thing carried from one block to the next is a quote left open
 * at the end of a paragraph when the next paragraph starts by reopening it
 * (the multi-paragraph convention). Everything is linear: the bytes of
 * a block are read once, jumping to those that can start a quote mark
 * (the rest is only counted), its marks take three passes, and the
 * stack's searches are paid for by the entries they pop.
 */

#include "config.h"

#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "readout-quote-scanner-private.h"

const char *
readout_quote_style_to_string (ReadoutQuoteStyle style)
{
  switch (style)
    {
    case READOUT_QUOTE_STYLE_STRAIGHT_DOUBLE:    return "straight-double";
    case READOUT_QUOTE_STYLE_STRAIGHT_SINGLE:    return "straight-single";
    case READOUT_QUOTE_STYLE_CURLY_DOUBLE:       return "curly-double";
    case READOUT_QUOTE_STYLE_CURLY_SINGLE:       return "curly-single";
    case READOUT_QUOTE_STYLE_RIGHT_DOUBLE:       return "right-double";
    case READOUT_QUOTE_STYLE_LOW_DOUBLE:         return "low-double";
    case READOUT_QUOTE_STYLE_LOW_SINGLE:         return "low-single";
    case READOUT_QUOTE_STYLE_GUILLEMET:          return "guillemet";
    case READOUT_QUOTE_STYLE_GUILLEMET_REVERSED: return "guillemet-reversed";
    case READOUT_QUOTE_STYLE_SINGLE_GUILLEMET:   return "single-guillemet";
    case READOUT_QUOTE_STYLE_CORNER:             return "corner";
    case READOUT_QUOTE_STYLE_WHITE_CORNER:       return "white-corner";
    default:                                     return "unknown";
    }
}

static gboolean
is_single_style (guint style)
{
  return style == READOUT_QUOTE_STYLE_STRAIGHT_SINGLE ||
         style == READOUT_QUOTE_STYLE_CURLY_SINGLE ||
         style == READOUT_QUOTE_STYLE_LOW_SINGLE ||
         style == READOUT_QUOTE_STYLE_SINGLE_GUILLEMET;
}

/* Moves @p forward @n code points, or to the end of the text; returns
 * how many it moved. Eight ASCII bytes at a time where it can. */
static guint
advance (const char **p,
         const char  *end,
         guint        n)
{
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  const char *q = *p;
  guint done = 0;

  while (done < n)
    {
      guint64 x;

      if (n - done >= 8 && end - q >= 8)
        {
          memcpy (&x, q, 8);
          /* No high bit: eight ASCII characters, none of them NUL? */
          if ((x & highs) == 0 &&
              ((x - G_GUINT64_CONSTANT (0x0101010101010101)) & ~x & highs) == 0)
            {
              q += 8;
              done += 8;
              continue;
            }
        }
      if (*q == '\0')
        break;
      q = g_utf8_next_char (q);
      done++;
    }
  *p = q;
  return done;
}

/* "‘We met the Joneses’ lawyer,’ he said": a closer after -s is an
 * apostrophe when another closer of its kind follows before the next
 * opener. Walks the marks backwards, so it stays linear. */
static void
resolve_possessives (Scanner *s)
{
  gboolean later[2] = { FALSE, FALSE };

  for (guint k = s->n_marks; k-- > 0;)
    {
      Mark *m = &s->marks[k];
      guint which;

      if (m->close_id == C_RSQ || m->close_id == C_SS)
        {
          which = m->close_id == C_SS;
          if (!(m->flags & M_POSSESSIVE))
            later[which] = TRUE;
          else if (later[which])
            m->close_id = NO_CLOSE;
        }

      if (m->open_mask & (BIT (C_RSQ) | BIT (C_LSQ)))
        later[0] = FALSE;
      if (m->open_mask & BIT (C_SS))
        later[1] = FALSE;
    }
}

static void
count_entry (Scanner    *s,
             const Open *o,
             gint        delta)
{
  /* One to three bits are set. */
  for (guint mask = o->mask; mask != 0; mask &= mask - 1)
    s->counts[__builtin_ctz (mask)] += delta;
  if (!is_single_style (o->style))
    s->n_double += delta;
}

static void
push (Scanner    *s,
      const Mark *m,
      guint       block)
{
  ReadoutQuote q = { 0, };
  Open *o;

  seek (s, m->p, m->pos);
  q.open_start = m->pos;
  q.start = m->pos + m->len;
  while (q.start < s->be && is_space (at (s, q.start)))
    q.start++;
  q.block_first = block;
  q.block_last = PENDING;
  q.style = m->style;
  if (s->n_quotes == s->quotes_size)
    {
      s->quotes_size = 2 * s->quotes_size + 32;
      s->quotes = g_renew (ReadoutQuote, s->quotes, s->quotes_size);
    }
  s->quotes[s->n_quotes++] = q;

  g_assert (s->depth < MAX_DEPTH);
  o = &s->stack[s->depth++];
  o->slot = s->n_quotes - 1;
  o->mask = m->open_mask;
  o->style = m->style;
  count_entry (s, o, 1);
}

static void
drop_top (Scanner *s)
{
  Open *o = &s->stack[s->depth - 1];

  s->quotes[o->slot].open_start = DROPPED;
  count_entry (s, o, -1);
  s->depth--;
}

/* Fills in the quote of the top entry, ending its content at @content_end
 * and its marks at @close_end, and pops it. */
static void
finish_top (Scanner  *s,
            guint     content_end,
            guint     close_end,
            gboolean  closed,
            guint     block)
{
  Open *o = &s->stack[s->depth - 1];
  ReadoutQuote *q = &s->quotes[o->slot];
  guint start = MIN (q->start, content_end);

  while (content_end > MAX (start, s->bs) && is_space (at (s, content_end - 1)))
    content_end--;

  q->start = start;
  q->end = content_end;
  q->close_end = close_end;
  q->closed = closed;
  q->block_last = block;
  q->multi_paragraph = block != q->block_first;

  count_entry (s, o, -1);
  s->depth--;
}

static void
close_with (Scanner    *s,
            const Mark *m,
            guint       block)
{
  /* counts[] says an entry it closes is open, so this search finds one,
   * and everything it walks over is popped: amortised O(1). */
  while (s->depth > 0)
    {
      Open *o = &s->stack[s->depth - 1];

      if (o->mask & BIT (m->close_id))
        {
          seek (s, m->p, m->pos);
          finish_top (s, m->pos, m->pos + m->len, TRUE, block);
          return;
        }
      /* An opener left open inside a quote that closes: a stray. */
      drop_top (s);
    }
  g_assert_not_reached ();
}

/* Whether @c, @c2 at the start of the next block reopen a quote of @style. */
static gboolean
reopens (guint    style,
         gunichar c,
         gunichar c2)
{
  switch (style)
    {
    case READOUT_QUOTE_STYLE_CURLY_DOUBLE:
    case READOUT_QUOTE_STYLE_RIGHT_DOUBLE:
    case READOUT_QUOTE_STYLE_LOW_DOUBLE:
      return c == 0x201C || c == 0x201D || c == 0x201E;
    case READOUT_QUOTE_STYLE_CURLY_SINGLE:
    case READOUT_QUOTE_STYLE_LOW_SINGLE:
      return c == 0x2018 || c == 0x201A;
    case READOUT_QUOTE_STYLE_STRAIGHT_DOUBLE:
      return c == '"' || (c == '\'' && c2 == '\'');
    case READOUT_QUOTE_STYLE_GUILLEMET:
    case READOUT_QUOTE_STYLE_GUILLEMET_REVERSED:
      return c == 0xAB || c == 0xBB;
    case READOUT_QUOTE_STYLE_SINGLE_GUILLEMET:
      return c == 0x2039 || c == 0x203A;
    case READOUT_QUOTE_STYLE_CORNER:
      return c == 0x300C;
    case READOUT_QUOTE_STYLE_WHITE_CORNER:
      return c == 0x300E;
    default:
      return FALSE;
    }
}

/* Pairs the marks of one block. @skip is the position of a continuation
 * mark to ignore, or G_MAXUINT. Returns the block's end in bytes: the
 * scan walks every character, so it finds it on the way. */
static const char *
pair_block (Scanner    *s,
            const char *start,
            guint       block,
            guint       skip)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = ones * 0x80;
  const char *p = start;
  guint i = s->bs;

  s->n_marks = 0;
  while (i < s->be)
    {
      guchar b;
      gunichar c;
      Mark m;

#ifdef __SSE2__
      /* Sixteen ASCII bytes without " or ' hold no mark: the same test as
       * below, twice as wide. A high bit marks a byte that is not ASCII. */
      if (s->be - i >= 16)
        {
          __m128i x = _mm_loadu_si128 ((const __m128i *)p);
          __m128i hit = _mm_or_si128 (x, _mm_or_si128 (_mm_cmpeq_epi8 (x, _mm_set1_epi8 ('"')),
                                                       _mm_cmpeq_epi8 (x, _mm_set1_epi8 ('\''))));

          if (_mm_movemask_epi8 (hit) == 0)
            {
              p += 16;
              i += 16;
              continue;
            }
        }
#endif
      /* Eight ASCII bytes without " or ' hold no mark. */
      if (s->be - i >= 8)
        {
          guint64 x, dq, sq;

          memcpy (&x, p, 8);
          dq = x ^ (ones * '"');
          sq = x ^ (ones * '\'');
          if (((x | ((dq - ones) & ~dq) | ((sq - ones) & ~sq)) & highs) == 0)
            {
              p += 8;
              i += 8;
              continue;
            }
        }

      /* Only these bytes start a mark: " ' and the lead bytes of
       * « » (C2), U+2018–201E ‹ › (E2) and 「」『』 (E3). */
      b = (guchar)*p;
      if (b < 0x80)
        c = (b == '"' || b == '\'') ? b : 0;
      else
        c = (b == 0xC2 || b == 0xE2 || b == 0xE3) ? _readout_utf8_get (p) : 0;

      if (c != 0 && is_quote_char (c))
        {
          s->cur->p = p;
          s->cur->pos = i;
          if (_readout_quote_classify (s, i, &m))
            {
              m.p = p;
              if (i != skip)
                {
                  if (s->n_marks == s->marks_size)
                    {
                      s->marks_size = 2 * s->marks_size + 32;
                      s->marks = g_renew (Mark, s->marks, s->marks_size);
                    }
                  s->marks[s->n_marks++] = m;
                }
              if (m.len == 2)
                {
                  p = g_utf8_next_char (p);
                  i++;
                }
            }
        }
      p = g_utf8_next_char (p);
      i++;
    }

  resolve_possessives (s);

  for (guint k = 0; k < s->n_marks; k++)
    {
      const Mark *m = &s->marks[k];
      gboolean can_close = m->close_id != NO_CLOSE && s->counts[m->close_id] > 0;

      if (can_close && (m->open_mask == 0 || (m->flags & M_PREFER_CLOSE)))
        close_with (s, m, block);
      else if (m->open_mask != 0 && (!(m->flags & M_NESTED_ONLY) || s->n_double > 0) &&
               s->depth < MAX_DEPTH)
        push (s, m, block);
      /* else: a stray closer or an apostrophe */
    }
  return p;
}

/* Ends the block: the outermost open quote either continues into the next
 * block, which starts with @c1 @c2, or ends unclosed here; openers above it
 * are strays. Returns the position of the continuation mark in the next
 * block, or G_MAXUINT. */
static guint
end_block (Scanner            *s,
           const ReadoutBlock *cur,
           guint               block,
           const ReadoutBlock *next,
           gunichar            c1,
           gunichar            c2)
{
  Open *bottom;

  while (s->depth > 1)
    drop_top (s);
  if (s->depth == 0)
    return G_MAXUINT;

  bottom = &s->stack[0];
  if (next != NULL && next->start < next->end &&
      cur->kind != READOUT_BLOCK_HEADING && next->kind != READOUT_BLOCK_HEADING &&
      reopens (bottom->style, c1, c2))
    return next->start;

  if (is_single_style (bottom->style))
    drop_top (s);
  else
    {
      seek (s, s->be_p, s->be);
      finish_top (s, s->be, s->be, FALSE, block);
    }
  return G_MAXUINT;
}

/* Nesting depth from the spans themselves, counting reported quotes only. */
static void
compute_depths (GArray *quotes)
{
  /* A stack of close_end values; it never holds more than every quote. */
  g_autofree guint *ends = g_new (guint, quotes->len + 1);
  guint n = 0;

  for (guint k = 0; k < quotes->len; k++)
    {
      ReadoutQuote *q = &g_array_index (quotes, ReadoutQuote, k);

      while (n > 0 && ends[n - 1] <= q->open_start)
        n--;
      q->depth = n;
      ends[n++] = q->close_end;
    }
}

/**
 * readout_quote_scanner_scan:
 * @doc: a #ReadoutDocument
 *
 * Finds every quotation in @doc's blocks, in document order (by opening
 * mark). Time and memory are linear in the length of the text.
 *
 * Returns: (transfer full) (element-type ReadoutQuote): the quotes
 */
GArray *
readout_quote_scanner_scan (ReadoutDocument *doc)
{
  GArray *quotes;
  Scanner s = { 0, };
  Cursor cur = { NULL, 0 };
  const char *p;
  const char *text_end;
  guint p_offset = 0;
  guint n_blocks;
  guint skip = G_MAXUINT;
  guint kept = 0;

  g_return_val_if_fail (READOUT_IS_DOCUMENT (doc), NULL);

  quotes = g_array_new (FALSE, TRUE, sizeof (ReadoutQuote));
  n_blocks = readout_document_get_n_blocks (doc);
  if (n_blocks == 0)
    return quotes;

  /* The text is valid UTF-8 by construction; blocks come in order. */
  p = readout_document_get_text (doc);
  if (p == NULL)
    p = "";
  text_end = p + strlen (p);
  s.cur = &cur;

  for (guint b = 0; b < n_blocks; b++)
    {
      const ReadoutBlock *block = readout_document_get_block (doc, b);
      const ReadoutBlock *next = b + 1 < n_blocks ? readout_document_get_block (doc, b + 1) : NULL;
      gunichar c[2] = { 0, 0 };
      const char *q;
      const char *block_p;

      if (block->start > p_offset)
        p_offset += advance (&p, text_end, block->start - p_offset);
      s.bs = p_offset;
      block_p = p;
      /* Blocks lie inside the text (readout-document.c), so pairing can
       * walk to the block's end and find its byte offset. */
      s.be = MAX (block->end, p_offset);
      cur.p = block_p;
      cur.pos = s.bs;
      p = pair_block (&s, block_p, b, skip);
      p_offset = s.be;
      s.be_p = p;

      if (next != NULL)
        {
          q = p;
          for (guint o = p_offset; o < next->start && *q != '\0'; o++)
            q = g_utf8_next_char (q);
          for (guint k = 0; k < 2 && next->start + k < next->end && *q != '\0'; k++)
            {
              c[k] = _readout_utf8_get (q);
              q = g_utf8_next_char (q);
            }
        }
      skip = end_block (&s, block, b, next, c[0], c[1]);
    }

  /* Drop the strays' slots, keeping document order. */
  for (guint k = 0; k < s.n_quotes; k++)
    if (s.quotes[k].open_start != DROPPED)
      kept++;
  g_array_set_size (quotes, kept);
  kept = 0;
  for (guint k = 0; k < s.n_quotes; k++)
    {
      const ReadoutQuote *q = &s.quotes[k];

      if (q->open_start == DROPPED)
        continue;
      g_assert (q->block_last != PENDING);
      g_array_index (quotes, ReadoutQuote, kept++) = *q;
    }
  g_free (s.quotes);
  g_free (s.marks);

  compute_depths (quotes);

  return quotes;
}
