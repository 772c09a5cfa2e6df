/* readout-tokens.c — the document as words, sentences and quotes
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One forward pass over the text makes the tokens; the quote scanner's
 * marks are looked up through two sorted event lists whose cursors only
 * move forward, so a quote mark costs O(1) amortised. A second pass over
 * the tokens cuts sentences. Everything is linear except sorting the
 * events (n log n in the number of quotes).
 */

#include "config.h"

#include <string.h>

#include "readout-tokens.h"

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

/* Character classes, from GLib's tables. News text is ASCII, Latin
 * letters and the punctuation of U+2000–U+206F, so a byte per code point
 * below TABLE_SIZE saves most g_unichar_*() calls (istitle() alone costs
 * about 160 instructions in GLib 2.74). The rest asks GLib. */
enum
{
  CLASS_SPACE = 1 << 0,   /* is_space() */
  CLASS_WORD  = 1 << 1,   /* is_word_char() */
  CLASS_ALPHA = 1 << 2,
  CLASS_UPPER = 1 << 3,   /* upper or title case */
  CLASS_LOWER = 1 << 4,
  CLASS_MARK  = 1 << 5,
};

#define TABLE_SIZE 0x2100

static guint8 class_table[TABLE_SIZE];

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
      for (gunichar c = 0; c < TABLE_SIZE; c++)
        class_table[c] = compute_class (c);
      g_once_init_leave (&initialized, 1);
    }
}

static inline guint8
char_class (gunichar c)
{
  return G_LIKELY (c < TABLE_SIZE) ? class_table[c] : compute_class (c);
}

static inline gboolean
is_space (gunichar c)
{
  return (char_class (c) & CLASS_SPACE) != 0;
}

static inline gboolean
is_quote_char (gunichar c)
{
  if (c < 0x80)
    return c == '"' || c == '\'';
  return (c >= 0x2018 && c <= 0x201E) ||
         c == 0xAB || c == 0xBB || c == 0x2039 || c == 0x203A ||
         (c >= 0x300C && c <= 0x300F);
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

  return b < 0x80 ? b : g_utf8_get_char (p);
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

  for (guint k = 0; k < quotes->len; k++)
    {
      const ReadoutQuote *q = &g_array_index (quotes, ReadoutQuote, k);
      Event e = { q->open_start, k };

      g_array_append_val (b->opens, e);
      /* The opening marks repeated on each continued paragraph. */
      for (guint bl = q->block_first + 1; bl <= q->block_last && bl < n_blocks; bl++)
        {
          Event r = { readout_document_get_block (document, bl)->start, k };

          g_array_append_val (b->opens, r);
        }
      if (q->closed)
        {
          Event c = { q->close_end, k };

          g_array_append_val (b->closes, c);
        }
    }
  g_array_sort (b->opens, compare_events);
  g_array_sort (b->closes, compare_events);
}

/* Abbreviations whose dot is part of the word. Titles and initials never
 * end a sentence; the others may, before a typical sentence starter. */
static const char * const titles[] = {
  "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "prof",
  "capt", "sgt", "maj", "adm", "rev", "hon", "pres", "gens", "reps", "sens",
  "mt", "ft", "cmdr", "supt", "insp", "det", "messrs",
};

static const char * const other_abbreviations[] = {
  "st", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
  "sept", "oct", "nov", "dec", "inc", "corp", "ltd", "co", "bros", "etc", "vs",
  "no",
};

static const char * const sentence_starters[] = {
  "the", "he", "she", "it", "they", "we", "i", "but", "in", "a", "an", "this",
  "that", "his", "her", "their", "its", "there", "on", "at", "after", "and",
  "as", "if", "when", "while", "for", "so",
};

/* Contractions that look like possessives: it's, he's, that's. */
static const char * const contraction_stems[] = {
  "it", "he", "she", "that", "there", "what", "who", "where", "here", "let",
  "how", "this", "when", "why",
};

static gboolean
in_list (const char * const *list,
         gsize               n,
         const char         *word,
         gsize               len)
{
  for (gsize i = 0; i < n; i++)
    if (strlen (list[i]) == len && g_ascii_strncasecmp (list[i], word, len) == 0)
      return TRUE;
  return FALSE;
}

#define IN_LIST(list, word, len) in_list (list, G_N_ELEMENTS (list), word, len)

static gboolean
is_title (const char *word,
          gsize       len)
{
  return IN_LIST (titles, word, len);
}

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
          abbreviation = is_title (start, len) || IN_LIST (other_abbreviations, start, len);
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
            !IN_LIST (contraction_stems, start, last_connector - start))
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

static gboolean
is_terminal (const ReadoutTokens *tokens,
             const ReadoutToken  *t)
{
  const char *s = tokens->text + t->byte_start;

  if (t->kind != READOUT_TOKEN_PUNCT)
    return FALSE;
  return *s == '.' || *s == '!' || *s == '?' || g_str_has_prefix (s, "…");
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
  if (len == 1 || is_title (w, len))
    return FALSE;
  return TRUE;
}

static void
add_sentence (ReadoutTokens *tokens,
              guint          first,
              guint          last)
{
  ReadoutToken *t = &g_array_index (tokens->tokens, ReadoutToken, first);
  ReadoutSentence s;
  guint index = tokens->sentences->len;

  s.first = first;
  s.last = last;
  s.start = t->start;
  s.end = g_array_index (tokens->tokens, ReadoutToken, last - 1).end;
  s.block = t->block;
  t->flags |= READOUT_TOKEN_SENTENCE_START;
  for (guint k = first; k < last; k++)
    g_array_index (tokens->tokens, ReadoutToken, k).sentence = index;
  g_array_append_val (tokens->sentences, s);
}

static void
split_sentences (ReadoutTokens *tokens)
{
  GArray *a = tokens->tokens;
  guint first = 0;

  for (guint k = 0; k < a->len; k++)
    {
      ReadoutToken *t = &g_array_index (a, ReadoutToken, k);
      guint end = k + 1;
      gboolean split = FALSE;

      if (k + 1 == a->len || g_array_index (a, ReadoutToken, k + 1).block != t->block)
        split = TRUE;
      else if (is_terminal (tokens, t))
        {
          while (end < a->len && is_trailing (tokens, &g_array_index (a, ReadoutToken, end)))
            end++;
          split = end == a->len || starts_sentence (tokens, end);
        }
      else if (t->kind == READOUT_TOKEN_WORD && (t->flags & READOUT_TOKEN_ABBREVIATION) &&
               abbreviation_may_end (tokens, k))
        {
          while (end < a->len && is_trailing (tokens, &g_array_index (a, ReadoutToken, end)))
            end++;
          split = end == a->len || starts_after_abbreviation (tokens, end);
        }

      if (!split)
        {
          /* The trailing run is not looked at again: "!!!!…" stays linear. */
          if (end > k + 2)
            k = end - 2;
          continue;
        }
      /* The trailing marks may run into the next block only if the block ends. */
      while (end > k + 1 &&
             g_array_index (a, ReadoutToken, end - 1).block != t->block)
        end--;
      add_sentence (tokens, first, end);
      first = end;
      k = end - 1;
    }
}

static void
assign_quotes (ReadoutTokens *tokens)
{
  GArray *quotes = tokens->quotes;
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint));
  guint next_quote = 0;

#define TOP_ENDED(p) \
  (stack->len > 0 && \
   g_array_index (quotes, ReadoutQuote, \
                  g_array_index (stack, guint, stack->len - 1)).close_end <= (p))

  for (guint k = 0; k < tokens->tokens->len; k++)
    {
      ReadoutToken *t = &g_array_index (tokens->tokens, ReadoutToken, k);

      while (next_quote < quotes->len &&
             g_array_index (quotes, ReadoutQuote, next_quote).open_start <= t->start)
        {
          while (TOP_ENDED (t->start))
            g_array_set_size (stack, stack->len - 1);
          if (g_array_index (quotes, ReadoutQuote, next_quote).close_end > t->start)
            g_array_append_val (stack, next_quote);
          next_quote++;
        }
      while (TOP_ENDED (t->start))
        g_array_set_size (stack, stack->len - 1);

      if (t->kind == READOUT_TOKEN_QUOTE)
        {
          /* t->quote was set from the mark; nested marks are in the outer content. */
          if (g_array_index (quotes, ReadoutQuote, t->quote).depth > 0)
            t->flags |= READOUT_TOKEN_IN_QUOTE;
        }
      else if (stack->len > 0)
        {
          t->quote = g_array_index (stack, guint, stack->len - 1);
          t->flags |= READOUT_TOKEN_IN_QUOTE;
        }
    }
#undef TOP_ENDED
}

/* g_ascii_strdown(), eight ASCII bytes at a time: a byte gets 0x20 when
 * it lies in 'A'..'Z', found by adding to its low seven bits. */
static char *
ascii_lower (const char *text,
             gsize       n)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = ones * 0x80;
  char *lower = g_malloc (n + 1);
  gsize i = 0;

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
        lower[j] = g_ascii_tolower (text[j]);
    }
  for (; i < n; i++)
    lower[i] = g_ascii_tolower (text[i]);
  lower[n] = '\0';
  return lower;
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

  g_return_val_if_fail (READOUT_IS_DOCUMENT (document), NULL);

  tokens = g_new0 (ReadoutTokens, 1);
  tokens->document = g_object_ref (document);
  tokens->text = readout_document_get_text (document);
  if (tokens->text == NULL)
    tokens->text = "";
  n_bytes = strlen (tokens->text);
  tokens->lower = ascii_lower (tokens->text, n_bytes);
  /* About one token per five bytes of news text; the array is filled
   * through its index and cut to size at the end. */
  tokens->tokens = g_array_sized_new (FALSE, FALSE, sizeof (ReadoutToken), n_bytes / 5 + 1);
  g_array_set_size (tokens->tokens, n_bytes / 5 + 1);
  init_class_table ();
  tokens->sentences = g_array_new (FALSE, FALSE, sizeof (ReadoutSentence));
  tokens->quotes = readout_quote_scanner_scan (document);

  opens = g_array_new (FALSE, FALSE, sizeof (Event));
  closes = g_array_new (FALSE, FALSE, sizeof (Event));
  b.tokens = tokens;
  b.opens = opens;
  b.closes = closes;
  build_events (&b, document);

  n_blocks = readout_document_get_n_blocks (document);
  block_end = n_blocks > 0 ? readout_document_get_block (document, 0)->end : 0;
  cur.p = tokens->text;
  cur.pos = 0;

  while (*cur.p != '\0')
    {
      gunichar c;
      ReadoutToken t = { 0, };
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

      while (block + 1 < n_blocks && cur.pos >= block_end)
        block_end = readout_document_get_block (document, ++block)->end;

      t.start = cur.pos;
      t.byte_start = cur.p - tokens->text;
      t.block = block;
      t.quote = -1;
      if (space_before)
        t.flags |= READOUT_TOKEN_SPACE_BEFORE;
      if (n_tokens == 0 ||
          g_array_index (tokens->tokens, ReadoutToken, n_tokens - 1).block != block)
        t.flags |= READOUT_TOKEN_BLOCK_START;

      if (is_quote_char (c) && mark_at (&b, cur.pos, c, peek (next (cur.p)), &len, &quote, &open))
        {
          t.kind = READOUT_TOKEN_QUOTE;
          t.quote = quote;
          t.flags |= open ? READOUT_TOKEN_QUOTE_OPEN : READOUT_TOKEN_QUOTE_CLOSE;
          for (guint i = 0; i < len; i++)
            {
              cur.p = next (cur.p);
              cur.pos++;
            }
        }
      else if (is_word_char (c) && !is_mark (c))
        t.kind = scan_word (&b, &cur, &t.flags);
      else
        {
          t.kind = READOUT_TOKEN_PUNCT;
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

      t.end = cur.pos;
      t.byte_end = cur.p - tokens->text;
      if (n_tokens == tokens->tokens->len)
        g_array_set_size (tokens->tokens, n_tokens + n_tokens / 2 + 64);
      g_array_index (tokens->tokens, ReadoutToken, n_tokens++) = t;
      space_before = FALSE;
    }
  g_array_set_size (tokens->tokens, n_tokens);

  assign_quotes (tokens);
  split_sentences (tokens);

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
  g_free (tokens);
}
