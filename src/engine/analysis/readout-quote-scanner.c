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

#include "readout-quote-scanner.h"

/* The marks that can close a quote, as bit numbers of an opener's mask. */
enum
{
  C_RDQ,        /* ” */
  C_LDQ,        /* “ closing „…“ */
  C_RSQ,        /* ’ */
  C_LSQ,        /* ‘ closing ‚…‘ */
  C_RAQ,        /* » */
  C_LAQ,        /* « closing »…« */
  C_RSG,        /* › */
  C_LSG,        /* ‹ closing ›…‹ */
  C_CORNER,     /* 」 */
  C_WCORNER,    /* 』 */
  C_SD,         /* " */
  C_SS,         /* ' */
  N_CLOSERS
};

#define BIT(c) (1u << (c))
#define NO_CLOSE 0xff

enum
{
  M_PREFER_CLOSE = 1 << 0,  /* close if anything it closes is open */
  M_POSSESSIVE   = 1 << 1,  /* ’ after -s: may be "the Joneses’ house" */
  M_NESTED_ONLY  = 1 << 2,  /* straight ' opens only inside a double quote */
};

typedef struct
{
  const char *p;      /* its first byte */
  guint   pos;
  guint8  len;        /* 2 for '' */
  guint16 open_mask;  /* closers of the quote it would open; 0: cannot open */
  guint8  close_id;   /* closer it acts as, or NO_CLOSE */
  guint8  flags;
  guint8  style;
} Mark;

typedef struct
{
  guint   slot;       /* index of its ReadoutQuote in the result */
  guint16 mask;
  guint8  style;
} Open;

/* Real text nests three or four deep; deeper openers are strays, and
 * ignoring them keeps a run of unbalanced marks from growing the stack. */
#define MAX_DEPTH 32

/* Slots of quotes still open, and of openers found to be strays. */
#define PENDING G_MAXUINT
#define DROPPED G_MAXUINT

/* A position in the current block in both units. Marks are classified
 * from their few neighbours, so at() moves it a step or two. */
typedef struct
{
  const char *p;
  guint       pos;
} Cursor;

typedef struct
{
  Cursor         *cur;      /* into the current block */
  guint           bs;       /* block start and end, code points */
  guint           be;
  const char     *be_p;     /* the block's end in bytes */
  GArray         *marks;
  GArray         *stack;
  GArray         *quotes;
  guint           counts[N_CLOSERS];
  guint           n_double; /* open entries that are not single quotes */
} Scanner;

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

static gboolean
is_space (gunichar c)
{
  return c == ' ' || c == 0xA0 || c == 0x202F || c == 0x2007 || c == 0x2009 ||
         (c != 0 && g_unichar_isspace (c));
}

/* Called for every character: ASCII, nearly all of them, leaves early. */
static inline gboolean
is_quote_char (gunichar c)
{
  if (c < 0x80)
    return c == '"' || c == '\'';
  return (c >= 0x2018 && c <= 0x201E) ||
         c == 0xAB || c == 0xBB || c == 0x2039 || c == 0x203A ||
         (c >= 0x300C && c <= 0x300F);
}

static gboolean
is_dash (gunichar c)
{
  return c == '-' || c == 0x2013 || c == 0x2014;
}

/* What may stand before an opening mark; 0 is the start of the block. */
static gboolean
open_context (gunichar prev)
{
  return prev == 0 || is_space (prev) || prev == '(' || prev == '[' ||
         prev == '{' || prev == '/' || is_dash (prev) || is_quote_char (prev) ||
         g_unichar_type (prev) == G_UNICODE_FORMAT; /* bidi marks */
}

/* What may follow an opening mark: a word, not a space or punctuation
 * ("..." is allowed: quotes may open on an ellipsis). */
static gboolean
word_follows (gunichar next,
              gunichar next2)
{
  if (next == 0 || is_space (next))
    return FALSE;
  if (next == '.')
    return next2 == '.';
  return !(next == ',' || next == ';' || next == ':' || next == '!' ||
           next == '?' || next == ')' || next == ']' || next == '}' ||
           next == 0x201D || next == 0x2019 || next == 0xBB || next == 0x203A ||
           next == 0x300D || next == 0x300F);
}

/* What may stand before a closing mark. Opening marks count: "“”" is an
 * empty quote, and German closes with ‘ and “ („Er sagte ‚nein‘“). */
static gboolean
word_precedes (gunichar prev)
{
  return prev != 0 && !is_space (prev) && prev != '(' && prev != '[' &&
         prev != '{';
}

static gboolean
close_context (gunichar next)
{
  return next == 0 || is_space (next) || next == '.' || next == ',' ||
         next == ';' || next == ':' || next == '!' || next == '?' ||
         next == ')' || next == ']' || next == '}' || next == '/' ||
         next == 0x2026 || is_dash (next) || is_quote_char (next);
}

static inline gunichar
at (const Scanner *s,
    gint64         i)
{
  Cursor *c = s->cur;

  if (i < (gint64)s->bs || i >= (gint64)s->be)
    return 0;
  while (c->pos < i)
    {
      c->p = g_utf8_next_char (c->p);
      c->pos++;
    }
  while (c->pos > i)
    {
      c->p = g_utf8_prev_char (c->p);
      c->pos--;
    }
  return (guchar)*c->p < 0x80 ? (guchar)*c->p : g_utf8_get_char (c->p);
}

static inline void
seek (const Scanner *s,
      const char    *p,
      guint          pos)
{
  s->cur->p = p;
  s->cur->pos = pos;
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

/* "’90s", "'09": an elided century, not a quote. */
static gboolean
elided_year (const Scanner *s,
             guint          i)
{
  return g_unichar_isdigit (at (s, i + 1)) && g_unichar_isdigit (at (s, i + 2)) &&
         !g_unichar_isdigit (at (s, i + 3)) && !g_unichar_isalnum (at (s, (gint64)i - 1));
}

static gboolean
is_apostrophe_like (gunichar c)
{
  return c == '\'' || c == 0x2018 || c == 0x2019;
}

/* Either mark of "rock ’n’ roll" or "rock 'n' roll". */
static gboolean
n_elision (const Scanner *s,
           guint          i)
{
  gint64 j = i;

  if (at (s, j + 1) == 'n' && is_apostrophe_like (at (s, j + 2)))
    return !g_unichar_isalnum (at (s, j - 1)) && !g_unichar_isalnum (at (s, j + 3));
  if (at (s, j - 1) == 'n' && is_apostrophe_like (at (s, j - 2)))
    return !g_unichar_isalnum (at (s, j - 3)) && !g_unichar_isalnum (at (s, j + 1));
  return FALSE;
}

/* Classifies the mark at @i; FALSE if it is not a quote mark here. */
static gboolean
classify (const Scanner *s,
          guint          i,
          Mark          *m)
{
  gunichar c = at (s, i);
  /* Wire copy from some archives writes a double quote as two
   * apostrophes: ''Yes,'' he said. */
  guint len = (c == '\'' && at (s, i + 1) == '\'') ? 2 : 1;
  gunichar prev = at (s, (gint64)i - 1);
  gunichar next = at (s, i + len);
  gboolean left = open_context (prev) && word_follows (next, at (s, i + len + 1));
  gboolean right = word_precedes (prev) && close_context (next);
  gboolean inword = g_unichar_isalnum (prev) && g_unichar_isalnum (next);

  m->p = NULL;
  m->pos = i;
  m->len = len;
  m->open_mask = 0;
  m->close_id = NO_CLOSE;
  m->flags = 0;
  m->style = 0;

  switch (len == 2 ? '"' : c)
    {
    case 0x201C: /* “ */
      /* Hasty copy mixes straight and curly marks: “…" and "…”. */
      if (right && !left)
        m->close_id = C_LDQ;
      else
        m->open_mask = BIT (C_RDQ) | BIT (C_LDQ) | BIT (C_SD);
      m->style = READOUT_QUOTE_STYLE_CURLY_DOUBLE;
      break;

    case 0x201D: /* ” */
      if (left && !right)
        {
          /* ”…”: some outlets use the right mark at both ends. */
          m->open_mask = BIT (C_RDQ);
          m->style = READOUT_QUOTE_STYLE_RIGHT_DOUBLE;
        }
      else
        m->close_id = C_RDQ;
      break;

    case 0x201E: /* „ */
      m->open_mask = BIT (C_LDQ) | BIT (C_RDQ) | BIT (C_SD);
      m->style = READOUT_QUOTE_STYLE_LOW_DOUBLE;
      break;

    case 0x2018: /* ‘ */
      if (inword || elided_year (s, i) || n_elision (s, i))
        return FALSE;
      if (right && !left)
        m->close_id = C_LSQ;
      else
        m->open_mask = BIT (C_RSQ) | BIT (C_LSQ);
      m->style = READOUT_QUOTE_STYLE_CURLY_SINGLE;
      break;

    case 0x2019: /* ’ */
      /* it’s, Russia’s; ’90s, ’em; rock ’n’ roll */
      if (inword || (left && !right) || n_elision (s, i))
        return FALSE;
      m->close_id = C_RSQ;
      if (prev == 's' && next == ' ' && g_unichar_islower (at (s, i + 2)))
        m->flags |= M_POSSESSIVE;
      break;

    case 0x201A: /* ‚ */
      m->open_mask = BIT (C_LSQ) | BIT (C_RSQ);
      m->style = READOUT_QUOTE_STYLE_LOW_SINGLE;
      break;

    case 0xAB:   /* « */
    case 0x2039: /* ‹ */
      {
        gboolean dbl = c == 0xAB;

        if (right && !left)
          m->close_id = dbl ? C_LAQ : C_LSG;
        else
          m->open_mask = BIT (dbl ? C_RAQ : C_RSG);
        m->style = dbl ? READOUT_QUOTE_STYLE_GUILLEMET : READOUT_QUOTE_STYLE_SINGLE_GUILLEMET;
      }
      break;

    case 0xBB:   /* » */
    case 0x203A: /* › */
      {
        gboolean dbl = c == 0xBB;

        if (left && !right)
          {
            m->open_mask = BIT (dbl ? C_LAQ : C_LSG);
            m->style = dbl ? READOUT_QUOTE_STYLE_GUILLEMET_REVERSED : READOUT_QUOTE_STYLE_SINGLE_GUILLEMET;
          }
        else
          m->close_id = dbl ? C_RAQ : C_RSG;
      }
      break;

    case 0x300C: m->open_mask = BIT (C_CORNER); m->style = READOUT_QUOTE_STYLE_CORNER; break;
    case 0x300D: m->close_id = C_CORNER; break;
    case 0x300E: m->open_mask = BIT (C_WCORNER); m->style = READOUT_QUOTE_STYLE_WHITE_CORNER; break;
    case 0x300F: m->close_id = C_WCORNER; break;

    case '"':
      m->style = READOUT_QUOTE_STYLE_STRAIGHT_DOUBLE;
      if (left && !right)
        m->open_mask = BIT (C_SD) | BIT (C_RDQ);
      else if (right && !left)
        m->close_id = C_SD;
      else
        {
          /* Between words or between spaces: its direction is whatever
           * the quotes already open make of it. */
          m->open_mask = BIT (C_SD) | BIT (C_RDQ);
          m->close_id = C_SD;
          m->flags |= M_PREFER_CLOSE;
        }
      break;

    case '\'':
      if (inword || elided_year (s, i) || n_elision (s, i))
        return FALSE;
      m->style = READOUT_QUOTE_STYLE_STRAIGHT_SINGLE;
      if (left && !right)
        {
          m->open_mask = BIT (C_SS);
          m->flags |= M_NESTED_ONLY;
        }
      else if (right && !left)
        {
          m->close_id = C_SS;
          if (prev == 's' && next == ' ' && g_unichar_islower (at (s, i + 2)))
            m->flags |= M_POSSESSIVE;
        }
      else
        return FALSE;
      break;

    default:
      return FALSE;
    }

  return TRUE;
}

/* "‘We met the Joneses’ lawyer,’ he said": a closer after -s is an
 * apostrophe when another closer of its kind follows before the next
 * opener. Walks the marks backwards, so it stays linear. */
static void
resolve_possessives (Scanner *s)
{
  gboolean later[2] = { FALSE, FALSE };

  for (guint k = s->marks->len; k-- > 0;)
    {
      Mark *m = &g_array_index (s->marks, Mark, k);
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
  for (guint c = 0; c < N_CLOSERS; c++)
    if (o->mask & BIT (c))
      s->counts[c] += delta;
  if (!is_single_style (o->style))
    s->n_double += delta;
}

static void
push (Scanner    *s,
      const Mark *m,
      guint       block)
{
  ReadoutQuote q = { 0, };
  Open o;

  seek (s, m->p, m->pos);
  q.open_start = m->pos;
  q.start = m->pos + m->len;
  while (q.start < s->be && is_space (at (s, q.start)))
    q.start++;
  q.block_first = block;
  q.block_last = PENDING;
  q.style = m->style;
  g_array_append_val (s->quotes, q);

  o.slot = s->quotes->len - 1;
  o.mask = m->open_mask;
  o.style = m->style;
  g_array_append_val (s->stack, o);
  count_entry (s, &o, 1);
}

static void
drop_top (Scanner *s)
{
  Open *o = &g_array_index (s->stack, Open, s->stack->len - 1);

  g_array_index (s->quotes, ReadoutQuote, o->slot).open_start = DROPPED;
  count_entry (s, o, -1);
  g_array_set_size (s->stack, s->stack->len - 1);
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
  Open *o = &g_array_index (s->stack, Open, s->stack->len - 1);
  ReadoutQuote *q = &g_array_index (s->quotes, ReadoutQuote, o->slot);
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
  g_array_set_size (s->stack, s->stack->len - 1);
}

static void
close_with (Scanner    *s,
            const Mark *m,
            guint       block)
{
  /* counts[] says an entry it closes is open, so this search finds one,
   * and everything it walks over is popped: amortised O(1). */
  while (s->stack->len > 0)
    {
      Open *o = &g_array_index (s->stack, Open, s->stack->len - 1);

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
 * mark to ignore, or G_MAXUINT. */
static void
pair_block (Scanner    *s,
            const char *start,
            guint       block,
            guint       skip)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = ones * 0x80;
  const char *p = start;
  guint i = s->bs;

  g_array_set_size (s->marks, 0);
  while (i < s->be)
    {
      guchar b;
      gunichar c;
      Mark m;

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
        c = (b == 0xC2 || b == 0xE2 || b == 0xE3) ? g_utf8_get_char (p) : 0;

      if (c != 0 && is_quote_char (c))
        {
          s->cur->p = p;
          s->cur->pos = i;
          if (classify (s, i, &m))
            {
              m.p = p;
              if (i != skip)
                g_array_append_val (s->marks, m);
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

  for (guint k = 0; k < s->marks->len; k++)
    {
      const Mark *m = &g_array_index (s->marks, Mark, k);
      gboolean can_close = m->close_id != NO_CLOSE && s->counts[m->close_id] > 0;

      if (can_close && (m->open_mask == 0 || (m->flags & M_PREFER_CLOSE)))
        close_with (s, m, block);
      else if (m->open_mask != 0 && (!(m->flags & M_NESTED_ONLY) || s->n_double > 0) &&
               s->stack->len < MAX_DEPTH)
        push (s, m, block);
      /* else: a stray closer or an apostrophe */
    }
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

  while (s->stack->len > 1)
    drop_top (s);
  if (s->stack->len == 0)
    return G_MAXUINT;

  bottom = &g_array_index (s->stack, Open, 0);
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
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint k = 0; k < quotes->len; k++)
    {
      ReadoutQuote *q = &g_array_index (quotes, ReadoutQuote, k);

      while (ends->len > 0 && g_array_index (ends, guint, ends->len - 1) <= q->open_start)
        g_array_set_size (ends, ends->len - 1);
      q->depth = ends->len;
      g_array_append_val (ends, q->close_end);
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
  g_autoptr(GArray) marks = NULL;
  g_autoptr(GArray) stack = NULL;
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

  marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  stack = g_array_new (FALSE, FALSE, sizeof (Open));

  /* The text is valid UTF-8 by construction; blocks come in order. */
  p = readout_document_get_text (doc);
  if (p == NULL)
    p = "";
  text_end = p + strlen (p);
  s.cur = &cur;
  s.marks = marks;
  s.stack = stack;
  s.quotes = quotes;

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
      if (block->end > p_offset)
        p_offset += advance (&p, text_end, block->end - p_offset);
      s.be = p_offset;
      s.be_p = p;
      cur.p = block_p;
      cur.pos = s.bs;
      pair_block (&s, block_p, b, skip);

      if (next != NULL)
        {
          q = p;
          for (guint o = p_offset; o < next->start && *q != '\0'; o++)
            q = g_utf8_next_char (q);
          for (guint k = 0; k < 2 && next->start + k < next->end && *q != '\0'; k++)
            {
              c[k] = g_utf8_get_char (q);
              q = g_utf8_next_char (q);
            }
        }
      skip = end_block (&s, block, b, next, c[0], c[1]);
    }

  /* Drop the strays' slots, keeping document order. */
  for (guint k = 0; k < quotes->len; k++)
    {
      ReadoutQuote *q = &g_array_index (quotes, ReadoutQuote, k);

      if (q->open_start == DROPPED)
        continue;
      g_assert (q->block_last != PENDING);
      if (kept != k)
        g_array_index (quotes, ReadoutQuote, kept) = *q;
      kept++;
    }
  g_array_set_size (quotes, kept);

  compute_depths (quotes);

  return quotes;
}
