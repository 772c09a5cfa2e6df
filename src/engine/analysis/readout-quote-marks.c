/* readout-quote-marks.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each quote mark is classified from its neighbours before pairing: an
 * apostrophe (it’s, the Joneses’, ’90s, rock ’n’ roll), an opener, a
 * closer, or either. Only a character or two around the mark is read.
 */

#include "config.h"

#include "readout-quote-scanner-private.h"

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
         (prev >= 0x80 && g_unichar_type (prev) == G_UNICODE_FORMAT); /* bidi marks */
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

/* "’90s", "'09": an elided century, not a quote. */
static gboolean
elided_year (const Scanner *s,
             guint          i)
{
  return g_unichar_isdigit (at (s, i + 1)) && g_unichar_isdigit (at (s, i + 2)) &&
         !g_unichar_isdigit (at (s, i + 3)) && !is_alnum (at (s, (gint64)i - 1));
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
    return !is_alnum (at (s, j - 1)) && !is_alnum (at (s, j + 3));
  if (at (s, j - 1) == 'n' && is_apostrophe_like (at (s, j - 2)))
    return !is_alnum (at (s, j - 3)) && !is_alnum (at (s, j + 1));
  return FALSE;
}

/* Classifies the mark at @i; FALSE if it is not a quote mark here. */
gboolean
_readout_quote_classify (const Scanner *s,
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
  gboolean inword = is_alnum (prev) && is_alnum (next);

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

