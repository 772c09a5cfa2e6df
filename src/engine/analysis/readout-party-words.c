/* readout-party-words.c — a text's words as the party matcher reads them
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the alias tries' builder (readout-party-trie.c) and the
 * matcher (readout-party-matcher.c), so an alias and the text are cut
 * into words and keyed the same way.
 */

#include "config.h"

#include <string.h>

#include "readout-party-trie-private.h"

static inline gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

/* The base letter of @c: "é" → "e". Returns 0 for a lone combining
 * mark, which keys drop so "Élysée" and "Elysee" meet. */
static gunichar
base_char (gunichar c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];

  if (c < 0x80)
    return c;
  if (c == 0x2019)
    return '\'';
  if (g_unichar_ismark (c))
    return 0;
  if (g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed)) > 0)
    return decomposed[0];
  return c;
}

static void
token_append (Token    *tok,
              gunichar  c)
{
  gunichar base;
  char buf[6];
  int n;

  if (tok->too_long)
    return;

  /* Most text is ASCII: no decomposition, no case tables. */
  if (c < 0x80)
    {
      if (tok->shape_len + 1 > TOKEN_MAX)
        {
          tok->too_long = TRUE;
          return;
        }
      tok->shape[tok->shape_len++] = (char)c;
      tok->key[tok->key_len++] = g_ascii_tolower ((char)c);
      return;
    }

  base = base_char (c);
  if (base == 0)
    return;

  n = g_unichar_to_utf8 (base, buf);
  if (tok->shape_len + n > TOKEN_MAX || tok->key_len + 6 > 2 * TOKEN_MAX)
    {
      tok->too_long = TRUE;
      return;
    }
  memcpy (tok->shape + tok->shape_len, buf, n);
  tok->shape_len += n;

  n = g_unichar_to_utf8 (g_unichar_tolower (base), buf);
  memcpy (tok->key + tok->key_len, buf, n);
  tok->key_len += n;
}

/* Reads the word at @p (a word character). Dots belong to a word only in
 * initialisms ("U.S.", "D.C."), apostrophes only inside a word
 * ("d'Ivoire", "Sana'a"); a final "'s" is a possessive. */
void
_readout_party_read_token (const char *p,
                           const char *end,
                           Token      *tok)
{
  const char *q = p;
  guint segment = 0;
  guint dots = 0;
  gunichar last = 0;

  tok->start = p;
  tok->n_chars = 0;
  tok->possessive = FALSE;
  tok->too_long = FALSE;
  tok->key_len = 0;
  tok->shape_len = 0;

  /* Stop at once on an over-long word: it is no alias, and reading it
   * to its end from every start inside it would be quadratic. */
  while (q < end && !tok->too_long)
    {
      gunichar c = (guchar)*q;
      const char *nq;

      /* A run of ASCII letters and digits: token_append() inlined. The
       * character after the last that fits makes the word too long. */
      if (c < 0x80 && g_ascii_isalnum (c))
        {
          const char *r = q + 1;
          gsize room = TOKEN_MAX - tok->shape_len;
          gsize n, take;

          while (r < end && (guchar)*r < 0x80 && g_ascii_isalnum (*r))
            r++;
          n = r - q;
          take = n;
          if (n > room)
            {
              take = room;
              n = room + 1;
              tok->too_long = TRUE;
            }
          memcpy (tok->shape + tok->shape_len, q, take);
          for (gsize i = 0; i < take; i++)
            tok->key[tok->key_len + i] = key_byte (q[i]);
          tok->shape_len += take;
          tok->key_len += take;
          segment += n;
          tok->n_chars += n;
          last = (guchar)q[n - 1];
          q += n;
          continue;
        }

      c = char_at (q, end);
      nq = g_utf8_next_char (q);
      if (is_word_char (c))
        {
          token_append (tok, c);
          segment++;
          tok->n_chars++;
          last = c;
          q = nq;
          continue;
        }

      if (c == '.' && segment == 1 && g_unichar_isalpha (last) &&
          (dots > 0 || is_word_char (char_at (nq, end))))
        {
          token_append (tok, c);
          dots++;
          segment = 0;
          tok->n_chars++;
          q = nq;
          continue;
        }

      if (is_apostrophe (c) && nq < end)
        {
          gunichar next = char_at (nq, end);

          if (next == 's' || next == 'S')
            {
              const char *after = g_utf8_next_char (nq);

              if (!is_word_char (char_at (after, end)))
                {
                  tok->end = q;
                  tok->next = after;
                  tok->possessive = TRUE;
                  goto done;
                }
            }

          if (g_unichar_isalpha (next))
            {
              token_append (tok, c);
              segment = 0;
              tok->n_chars++;
              q = nq;
              continue;
            }

          if (last == 's' && !is_word_char (next))
            {
              tok->end = q;
              tok->next = nq;
              tok->possessive = TRUE;
              goto done;
            }
        }

      break;
    }

  tok->end = q;
  tok->next = q;

done:
  tok->key[tok->key_len] = '\0';
  tok->shape[tok->shape_len] = '\0';
}

/* Where the next word of a multi-word alias starts after @p: blanks and
 * hyphens only ("Guinea-Bissau", "U.S.-led"), plus the dot of a short
 * abbreviation ("St. Lucia", "No. 10") when @allow_dot. NULL when the
 * alias cannot go on. */
const char *
_readout_party_skip_gap (const char *p,
                         const char *end,
                         gboolean    allow_dot)
{
  const char *q = p;
  guint n = 0;

  if (allow_dot && q < end && *q == '.')
    q++;

  while (q < end && n < 4)
    {
      gunichar c = char_at (q, end);

      if (c == ' ' || c == 0xA0 || c == 0x202F || c == '-' || c == 0x2010 || c == 0x2011)
        {
          q = g_utf8_next_char (q);
          n++;
          continue;
        }
      break;
    }

  if (n == 0 || n >= 4 || !is_word_char (char_at (q, end)))
    return NULL;

  return q;
}
