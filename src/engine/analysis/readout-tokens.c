/* readout-tokens.c — the document as words, sentences and quotes
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One forward pass over the text makes the tokens; the quote scanner's
 * marks are looked up through two sorted event lists whose cursors only
 * move forward, so a quote mark costs O(1) amortised. Passes over the
 * tokens then cut sentences and assign quotes (readout-tokens-sentences.c).
 * Everything is linear except sorting the events (n log n in the number
 * of quotes).
 */

#include "config.h"

#include <string.h>

#include "readout-quote-chars-private.h"
#include "readout-huge-pages-private.h"
#include "readout-tokens-private.h"
#include "readout-sort-private.h"
#include "readout-utf8-private.h"

typedef struct
{
  guint key;     /* code points: start of an opening mark, end of a closing one */
  guint quote;
} Event;

typedef struct
{
  ReadoutTokens *tokens;
  GArray        *opens;   /* Event, by key */
  GArray        *closes;
  guint          oi;
  guint          ci;
} Builder;

/* The token being read, in both units. */
typedef struct
{
  const char *p;
  guint       pos;
} Cursor;

/* Character classes, from GLib's tables: a byte per code point saves
 * most g_unichar_*() calls (istitle() alone costs about 160 instructions
 * in GLib 2.74). ASCII is filled once; the rest of the Basic Multilingual
 * Plane on first use, since a text uses a few hundred of its characters
 * and filling U+0080–U+20FF up front cost more than tokenizing an
 * article. Beyond the BMP, GLib is asked each time. */
enum
{
  CLASS_SPACE = 1 << 0,   /* is_space() */
  CLASS_WORD  = 1 << 1,   /* is_word_char() */
  CLASS_ALPHA = 1 << 2,
  CLASS_UPPER = 1 << 3,   /* upper or title case */
  CLASS_LOWER = 1 << 4,
  CLASS_MARK  = 1 << 5,
  CLASS_JOINS = 1 << 6,   /* ASCII only: a digit, ' - or . (see scan_plain_word()) */
  CLASS_KNOWN = 1 << 7,   /* a filled entry of bmp_class */
};

static guint8 ascii_class[0x80];
/* Threads may fill an entry at once; they store the same byte, and the
 * atomic accesses keep that well defined. */
static guint8 bmp_class[0x10000];

static guint8
compute_class (gunichar c)
{
  guint8 k = 0;

  if (c == 0)
    return 0;
  if (c == 0x200B || c == 0xFEFF || g_unichar_isspace (c))
    k |= CLASS_SPACE;
  /* Soft hyphen and joiners do not break a word. */
  if (g_unichar_isalnum (c) || g_unichar_ismark (c) ||
      c == 0xAD || c == 0x200C || c == 0x200D)
    k |= CLASS_WORD;
  if (g_unichar_isalpha (c))
    k |= CLASS_ALPHA;
  if (g_unichar_isupper (c) || g_unichar_istitle (c))
    k |= CLASS_UPPER;
  if (g_unichar_islower (c))
    k |= CLASS_LOWER;
  if (g_unichar_ismark (c))
    k |= CLASS_MARK;
  return k;
}

static void
init_class_table (void)
{
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      for (gunichar c = 0; c < G_N_ELEMENTS (ascii_class); c++)
        {
          ascii_class[c] = compute_class (c);
          if (g_ascii_isdigit (c) || c == '\'' || c == '-' || c == '.')
            ascii_class[c] |= CLASS_JOINS;
        }
      g_once_init_leave (&initialized, 1);
    }
}

static G_GNUC_NO_INLINE guint8
fill_class (gunichar c)
{
  guint8 k = compute_class (c);

  if (c < G_N_ELEMENTS (bmp_class))
    __atomic_store_n (&bmp_class[c], k | CLASS_KNOWN, __ATOMIC_RELAXED);
  return k;
}

static inline guint8
char_class (gunichar c)
{
  guint8 k;

  if (G_LIKELY (c < 0x80))
    return ascii_class[c];
  if (G_LIKELY (c < G_N_ELEMENTS (bmp_class)))
    {
      k = __atomic_load_n (&bmp_class[c], __ATOMIC_RELAXED);
      if (G_LIKELY (k != 0))
        return k & ~CLASS_KNOWN;
    }
  return fill_class (c);
}

static inline gboolean
is_space (gunichar c)
{
  return (char_class (c) & CLASS_SPACE) != 0;
}

static inline gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

static inline gboolean
is_word_char (gunichar c)
{
  return (char_class (c) & CLASS_WORD) != 0;
}

static inline gboolean
is_alpha (gunichar c)
{
  return (char_class (c) & CLASS_ALPHA) != 0;
}

static inline gboolean
is_upper (gunichar c)
{
  return (char_class (c) & CLASS_UPPER) != 0;
}

static inline gboolean
is_lower (gunichar c)
{
  return (char_class (c) & CLASS_LOWER) != 0;
}

static inline gboolean
is_mark (gunichar c)
{
  return (char_class (c) & CLASS_MARK) != 0;
}

static gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011;
}

static gboolean
is_digit (gunichar c)
{
  return c < 0x80 && g_ascii_isdigit (c);
}

static inline gunichar
peek (const char *p)
{
  guchar b = (guchar)*p;

  return b < 0x80 ? b : _readout_utf8_get (p);
}

static inline const char *
next (const char *p)
{
  return *p == '\0' ? p : g_utf8_next_char (p);
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const Event *ea = a;
  const Event *eb = b;

  if (ea->key != eb->key)
    return ea->key < eb->key ? -1 : 1;
  return ea->quote < eb->quote ? -1 : ea->quote > eb->quote;
}

static guint
mark_length (const ReadoutQuote *q,
             gunichar            c,
             gunichar            c2)
{
  /* '' is one double mark in some wire archives. */
  return (c == '\'' && c2 == '\'' && q->style != READOUT_QUOTE_STYLE_STRAIGHT_SINGLE) ? 2 : 1;
}

/* Whether the quote character @c at @pos is one of the scanner's marks.
 * Callers ask in increasing @pos order, so the cursors only move forward. */
static gboolean
mark_at (Builder  *b,
         guint     pos,
         gunichar  c,
         gunichar  c2,
         guint    *len,
         guint    *quote,
         gboolean *open)
{
  GArray *quotes = b->tokens->quotes;

  if (!is_quote_char (c))
    return FALSE;

  while (b->oi < b->opens->len && g_array_index (b->opens, Event, b->oi).key < pos)
    b->oi++;
  if (b->oi < b->opens->len && g_array_index (b->opens, Event, b->oi).key == pos)
    {
      *quote = g_array_index (b->opens, Event, b->oi).quote;
      *len = mark_length (&g_array_index (quotes, ReadoutQuote, *quote), c, c2);
      *open = TRUE;
      return TRUE;
    }

  while (b->ci < b->closes->len && g_array_index (b->closes, Event, b->ci).key < pos + 1)
    b->ci++;
  if (b->ci < b->closes->len)
    {
      const Event *e = &g_array_index (b->closes, Event, b->ci);
      const ReadoutQuote *q = &g_array_index (quotes, ReadoutQuote, e->quote);

      if (e->key == pos + 1 || (e->key == pos + 2 && mark_length (q, c, c2) == 2))
        {
          *quote = e->quote;
          *len = e->key - pos;
          *open = FALSE;
          return TRUE;
        }
    }
  return FALSE;
}

static void
build_events (Builder         *b,
              ReadoutDocument *document)
{
  GArray *quotes = b->tokens->quotes;
  guint n_blocks = readout_document_get_n_blocks (document);
  guint n_opens = 0;
  guint n_closes = 0;
  Event *opens, *closes;

  /* Counted first, then written through the index: an append call per
   * event cost more than the event. */
  for (guint k = 0; k < quotes->len; k++)
    {
      const ReadoutQuote *q = &g_array_index (quotes, ReadoutQuote, k);

      n_opens++;
      for (guint bl = q->block_first + 1; bl <= q->block_last && bl < n_blocks; bl++)
        n_opens++;
      if (q->closed)
        n_closes++;
    }
  g_array_set_size (b->opens, n_opens);
  g_array_set_size (b->closes, n_closes);
  opens = (Event *)b->opens->data;
  closes = (Event *)b->closes->data;
  n_opens = n_closes = 0;

  for (guint k = 0; k < quotes->len; k++)
    {
      const ReadoutQuote *q = &g_array_index (quotes, ReadoutQuote, k);

      opens[n_opens++] = (Event) { q->open_start, k };
      /* The opening marks repeated on each continued paragraph. */
      for (guint bl = q->block_first + 1; bl <= q->block_last && bl < n_blocks; bl++)
        opens[n_opens++] = (Event) { readout_document_get_block (document, bl)->start, k };
      if (q->closed)
        closes[n_closes++] = (Event) { q->close_end, k };
    }
  _readout_array_sort (b->opens, compare_events);
  _readout_array_sort (b->closes, compare_events);
}

/* Abbreviations whose dot is part of the word besides the titles
 * (readout-tokens-sentences.c); they may end a sentence. */
static const char * const other_abbreviations[] = {
  "st", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
  "sept", "oct", "nov", "dec", "inc", "corp", "ltd", "co", "bros", "etc", "vs",
  "no",
};

/* Contractions that look like possessives: it's, he's, that's. */
static const char * const contraction_stems[] = {
  "it", "he", "she", "that", "there", "what", "who", "where", "here", "let",
  "how", "this", "when", "why",
};

/* Reads the word or number at @cur (a word character) and moves @cur past
 * it. Returns its kind and adds to @flags. */
static guint16
scan_word (Builder  *b,
           Cursor   *cur,
           guint16  *flags)
{
  const char *start = cur->p;
  gboolean has_letter = FALSE;
  gboolean lower_seen = FALSE;
  gboolean inner_dot = FALSE;
  gboolean short_segments = TRUE;   /* every dot-separated segment is 1–2 letters */
  gboolean segment_digits = TRUE;   /* the current segment is all digits */
  guint segment_len = 0;
  guint n_letters = 0;
  guint n_upper = 0;
  const char *last_connector = NULL; /* byte position of the last inner apostrophe */
  gunichar first = peek (cur->p);
  gunichar prev = 0;

  for (;;)
    {
      gunichar c = (guchar)*cur->p;

      /* Most of the text: a run of ASCII lower-case letters. */
      if (c - 'a' < 26)
        {
          const char *q = cur->p;
          guint n;

          do
            q++;
          while ((guint)((guchar)*q - 'a') < 26);
          n = q - cur->p;
          has_letter = TRUE;
          segment_digits = FALSE;
          lower_seen = TRUE;
          n_letters += n;
          segment_len += n;
          prev = (guchar)q[-1];
          cur->p = q;
          cur->pos += n;
          continue;
        }

      c = peek (cur->p);
      if (is_word_char (c))
        {
          if (is_alpha (c))
            {
              has_letter = TRUE;
              segment_digits = FALSE;
              n_letters++;
              if (is_upper (c))
                n_upper++;
              else if (is_lower (c))
                lower_seen = TRUE;
            }
          else if (!is_digit (c) && !is_mark (c))
            segment_digits = FALSE;
          segment_len++;
          prev = c;
          cur->p = next (cur->p);
          cur->pos++;
          continue;
        }

      /* A connector joins only when a word character follows it. */
      {
        const char *after = next (cur->p);
        gunichar c2 = peek (after);
        guint len, quote;
        gboolean open;
        gboolean join = FALSE;

        if (is_apostrophe (c) && is_alpha (c2) && is_alpha (prev) &&
            !mark_at (b, cur->pos, c, c2, &len, &quote, &open))
          {
            join = TRUE;
            last_connector = cur->p;
          }
        else if (is_hyphen (c) && is_word_char (c2))
          join = TRUE;
        else if (c == ',' && segment_digits && is_digit (c2) && !has_letter)
          join = TRUE;
        else if (c == '.' && is_word_char (c2))
          {
            if (segment_digits && is_digit (c2))
              join = TRUE;                    /* 3.5 */
            else if (!segment_digits && segment_len <= 2 && short_segments &&
                     is_alpha (c2))
              {
                join = TRUE;                  /* U.S, e.g */
                inner_dot = TRUE;
              }
            else if (is_lower (prev) && is_lower (c2))
              {
                join = TRUE;                  /* reuters.com */
                short_segments = FALSE;
              }
          }

        if (!join)
          break;
        if (c == '.' || c == ',')
          {
            if (segment_len > 2)
              short_segments = FALSE;
            segment_len = 0;
            segment_digits = TRUE;
          }
        else
          short_segments = FALSE;
        prev = c;
        cur->p = after;
        cur->pos++;
      }
    }

  if (segment_len > 2)
    short_segments = FALSE;

  if (!has_letter)
    {
      if (peek (cur->p) == '%')
        {
          cur->p++;
          cur->pos++;
        }
      return READOUT_TOKEN_NUMBER;
    }

  if (is_upper (first))
    *flags |= READOUT_TOKEN_CAPITALIZED;
  if (n_letters >= 2 && !lower_seen && n_upper == n_letters)
    *flags |= READOUT_TOKEN_ALL_CAPS;

  {
    gunichar c = peek (cur->p);
    const char *after = next (cur->p);
    gunichar c2 = peek (after);
    gsize len = cur->p - start;
    gboolean upper = is_upper (first);
    gboolean abbreviation = FALSE;

    if (c == '.')
      {
        if (inner_dot)
          abbreviation = short_segments;                 /* U.S., e.g., p.m. */
        else if (upper && g_utf8_next_char (start) == cur->p)
          abbreviation = TRUE;                           /* J. */
        else if (upper && len == 2 && g_ascii_strncasecmp (start, "no", 2) == 0)
          abbreviation = c2 == ' ' && is_digit (peek (next (after)));  /* No. 10 */
        else if (upper)
          abbreviation = _readout_tokens_is_title (start, len) ||
                         _readout_tokens_in_list (other_abbreviations,
                                                  G_N_ELEMENTS (other_abbreviations), start, len);
        else
          abbreviation = (len == 3 && strncmp (start, "etc", 3) == 0) ||
                         (len == 2 && strncmp (start, "vs", 2) == 0);
      }
    if (abbreviation)
      {
        cur->p = after;
        cur->pos++;
        *flags |= READOUT_TOKEN_ABBREVIATION;
        return READOUT_TOKEN_WORD;
      }

    /* Russia’s, NATO's: the apostrophe was joined as a connector. */
    if (last_connector != NULL)
      {
        const char *s = next (last_connector);

        if ((*s == 's' || *s == 'S') && s + 1 == cur->p &&
            !_readout_tokens_in_list (contraction_stems, G_N_ELEMENTS (contraction_stems),
                                      start, last_connector - start))
          *flags |= READOUT_TOKEN_POSSESSIVE;
      }
    /* allies’: a plural possessive, when the apostrophe is not a quote mark. */
    else if (is_apostrophe (c) && (prev == 's' || prev == 'S') && !is_word_char (c2))
      {
        guint mlen, quote;
        gboolean open;

        if (!mark_at (b, cur->pos, c, c2, &mlen, &quote, &open))
          {
            cur->p = after;
            cur->pos++;
            *flags |= READOUT_TOKEN_POSSESSIVE;
          }
      }
  }

  return READOUT_TOKEN_WORD;
}

static inline gboolean
is_ascii_letter (guint c)
{
  return (c | 0x20) - 'a' < 26;
}

/* How many ASCII letters @lower (the lower-cased text, NUL-padded)
 * starts with, eight bytes at a time: a byte-by-byte loop mispredicted
 * the end of nearly every word. A byte stops the run when its high bit is
 * set or, without it, it is below 'a' or above 'z'; the padding stops it
 * at the end of the text at the latest, so the loads stay inside. */
static inline gsize
letter_run (const char *lower)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = ones * 0x80;
  gsize n = 0;

  for (;;)
    {
      guint64 x, low, stop;

      memcpy (&x, lower + n, 8);
      x = GUINT64_FROM_LE (x);
      low = x & ~highs;   /* no carry between bytes below */
      stop = (x | ~(low + ones * (0x80 - 'a')) | (low + ones * (0x80 - 'z' - 1))) & highs;
      if (stop != 0)
        return n + (__builtin_ctzll (stop) >> 3);
      n += 8;
    }
}

/* scan_word() for a word of ASCII letters followed by an ASCII byte that
 * scan_word() would not join, look past or take (no letter, digit,
 * apostrophe, hyphen or dot), with the same result: most words of news
 * text are such. FALSE, and @cur untouched, for any other word. @lower is
 * the lower-cased text at the same place as @cur. */
static gboolean
scan_plain_word (Cursor     *cur,
                 const char *lower,
                 guint16    *flags)
{
  const char *start = cur->p;
  const char *q = start + 1;
  gboolean all_upper = FALSE;
  guchar c;

  /* All upper case: a capital followed by capitals up to the word's end.
   * Most words start in lower case and need only the letter loop. */
  if (*start >= 'A' && *start <= 'Z')
    {
      while (*q >= 'A' && *q <= 'Z')
        q++;
      all_upper = !is_ascii_letter ((guchar)*q);
    }
  q += letter_run (lower + (q - start));
  c = (guchar)*q;
  if (c >= 0x80 || (ascii_class[c] & CLASS_JOINS))
    return FALSE;
  if (*start >= 'A' && *start <= 'Z')
    {
      *flags |= READOUT_TOKEN_CAPITALIZED;
      if (q - start >= 2 && all_upper)
        *flags |= READOUT_TOKEN_ALL_CAPS;
    }
  cur->pos += q - start;
  cur->p = q;
  return TRUE;
}



/**
 * readout_tokens_new:
 * @document: a #ReadoutDocument
 *
 * Splits @document's text into tokens and sentences, with its quotations.
 * Time and memory are linear in the length of the text.
 *
 * Returns: (transfer full): the tokens; free with readout_tokens_free()
 */
ReadoutTokens *
readout_tokens_new (ReadoutDocument *document)
{
  ReadoutTokens *tokens;
  g_autoptr(GArray) opens = NULL;
  g_autoptr(GArray) closes = NULL;
  Builder b = { 0, };
  Cursor cur;
  guint n_blocks;
  guint block = 0;
  guint block_end;
  guint n_tokens = 0;
  gboolean space_before = FALSE;
  gsize n_bytes;
  /* The token array's data and length, and the text, in locals: the
   * stores to each token would otherwise make the compiler reload them. */
  ReadoutToken *tok;
  guint cap;
  const char *text;
  guint prev_block = G_MAXUINT;

  g_return_val_if_fail (READOUT_IS_DOCUMENT (document), NULL);

  tokens = g_new0 (ReadoutTokens, 1);
  tokens->document = g_object_ref (document);
  tokens->text = readout_document_get_text (document);
  if (tokens->text == NULL)
    tokens->text = "";
  n_bytes = strlen (tokens->text);
  tokens->lower = _readout_tokens_ascii_lower (tokens->text, n_bytes);
  /* About one token per five bytes of news text; the array is filled
   * through its index and cut to size at the end. */
  tokens->tokens = g_array_sized_new (FALSE, FALSE, sizeof (ReadoutToken), n_bytes / 5 + 1);
  g_array_set_size (tokens->tokens, n_bytes / 5 + 1);
  _readout_advise_huge_pages (tokens->tokens->data, (n_bytes / 5 + 1) * sizeof (ReadoutToken));
  init_class_table ();
  /* Arrays sized for news text up front (a sentence per 16 tokens or
   * fewer): growing them by doubling cost a realloc and a copy each time,
   * for every article. */
  tokens->sentences = g_array_sized_new (FALSE, FALSE, sizeof (ReadoutSentence), n_bytes / 80 + 16);
  tokens->quotes = readout_quote_scanner_scan (document);

  opens = g_array_sized_new (FALSE, FALSE, sizeof (Event), tokens->quotes->len + 16);
  closes = g_array_sized_new (FALSE, FALSE, sizeof (Event), tokens->quotes->len + 16);
  b.tokens = tokens;
  b.opens = opens;
  b.closes = closes;
  build_events (&b, document);

  n_blocks = readout_document_get_n_blocks (document);
  block_end = n_blocks > 0 ? readout_document_get_block (document, 0)->end : 0;
  text = tokens->text;
  cur.p = text;
  cur.pos = 0;
  tok = (ReadoutToken *)tokens->tokens->data;
  cap = tokens->tokens->len;

  while (*cur.p != '\0')
    {
      gunichar c;
      ReadoutToken *t;
      guint len, quote;
      gboolean open;

      if (*cur.p == ' ')
        {
          space_before = TRUE;
          cur.p++;
          cur.pos++;
          continue;
        }
      c = peek (cur.p);
      if (is_space (c))
        {
          space_before = TRUE;
          cur.p = next (cur.p);
          cur.pos++;
          continue;
        }

      while (cur.pos >= block_end && block + 1 < n_blocks)
        block_end = readout_document_get_block (document, ++block)->end;

      /* Built in place, where it will stay. */
      if (n_tokens == cap)
        {
          g_array_set_size (tokens->tokens, n_tokens + n_tokens / 2 + 64);
          tok = (ReadoutToken *)tokens->tokens->data;
          cap = tokens->tokens->len;
        }
      t = &tok[n_tokens];
      *t = (ReadoutToken) { 0, };
      t->start = cur.pos;
      t->byte_start = cur.p - text;
      t->block = block;
      t->quote = -1;
      if (space_before)
        t->flags |= READOUT_TOKEN_SPACE_BEFORE;
      if (block != prev_block)
        t->flags |= READOUT_TOKEN_BLOCK_START;
      prev_block = block;

      if (is_quote_char (c) && mark_at (&b, cur.pos, c, peek (next (cur.p)), &len, &quote, &open))
        {
          t->kind = READOUT_TOKEN_QUOTE;
          t->quote = quote;
          t->flags |= open ? READOUT_TOKEN_QUOTE_OPEN : READOUT_TOKEN_QUOTE_CLOSE;
          for (guint i = 0; i < len; i++)
            {
              cur.p = next (cur.p);
              cur.pos++;
            }
        }
      else if (is_ascii_letter (c) &&
               scan_plain_word (&cur, tokens->lower + t->byte_start, &t->flags))
        t->kind = READOUT_TOKEN_WORD;
      else if (is_word_char (c) && !is_mark (c))
        t->kind = scan_word (&b, &cur, &t->flags);
      else
        {
          t->kind = READOUT_TOKEN_PUNCT;
          if (cur.p[0] == '.' && cur.p[1] == '.' && cur.p[2] == '.')
            {
              cur.p += 3;
              cur.pos += 3;
            }
          else
            {
              cur.p = next (cur.p);
              cur.pos++;
            }
        }

      t->end = cur.pos;
      t->byte_end = cur.p - text;
      n_tokens++;
      space_before = FALSE;
    }
  g_array_set_size (tokens->tokens, n_tokens);

  _readout_tokens_assign_quotes (tokens);
  _readout_tokens_split_sentences (tokens);
  _readout_tokens_assign_words (tokens);

  return tokens;
}

void
readout_tokens_free (ReadoutTokens *tokens)
{
  if (tokens == NULL)
    return;
  g_clear_object (&tokens->document);
  g_free (tokens->lower);
  g_array_unref (tokens->tokens);
  g_array_unref (tokens->sentences);
  g_array_unref (tokens->quotes);
  g_free (tokens->word);
  g_free (tokens->word_token);
  if (tokens->lexicon_words != NULL)
    tokens->lexicon_words_free (tokens->lexicon_words);
  g_free (tokens);
}
