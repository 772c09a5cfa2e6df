/* readout-quote-scanner-private.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the quote scanner (pairing, readout-quote-scanner.c) and the mark
 * classifier (readout-quote-marks.c) share: the marks, the scanner's
 * state and the cursor that reads characters around a mark.
 */

#pragma once

#include <glib.h>

#include "readout-quote-chars-private.h"
#include "readout-quote-scanner.h"
#include "readout-utf8-private.h"

G_BEGIN_DECLS

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
  /* Plain arrays rather than GArrays: a mark or an entry is appended for
   * every quote mark, and a GLib call for each cost more than the rest. */
  Mark           *marks;    /* of the current block */
  guint           n_marks;
  guint           marks_size;
  Open            stack[MAX_DEPTH];
  guint           depth;
  ReadoutQuote   *quotes;   /* in order of opening, strays included */
  guint           n_quotes;
  guint           quotes_size;
  guint           counts[N_CLOSERS];
  guint           n_double; /* open entries that are not single quotes */
} Scanner;

static inline gboolean
is_space (gunichar c)
{
  /* What g_unichar_isspace() says of ASCII, without the call. */
  if (c < 0x80)
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  return c == 0xA0 || c == 0x202F || c == 0x2007 || c == 0x2009 || g_unichar_isspace (c);
}

/* g_unichar_isalnum(), answering ASCII without the call: the characters
 * around a mark are nearly always ASCII. */
static inline gboolean
is_alnum (gunichar c)
{
  return c < 0x80 ? g_ascii_isalnum (c) : g_unichar_isalnum (c);
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
  /* Back over continuation bytes: the text is valid UTF-8 and @i is
   * inside the block, so this stops at a lead byte of the block. */
  while (c->pos > i)
    {
      do
        c->p--;
      while (((guchar)*c->p & 0xC0) == 0x80);
      c->pos--;
    }
  return _readout_utf8_get (c->p);
}

static inline void
seek (const Scanner *s,
      const char    *p,
      guint          pos)
{
  s->cur->p = p;
  s->cur->pos = pos;
}

/* Classifies the mark at @i; FALSE if it is not a quote mark here. */
gboolean _readout_quote_classify (const Scanner *s,
                                  guint          i,
                                  Mark          *m);

G_END_DECLS
