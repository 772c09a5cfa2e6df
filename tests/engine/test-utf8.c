/* test-utf8.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The inline character reader of the tokenizer and the quote scanner
 * against GLib, on every code point, and on characters that end the text
 * exactly; the quote scanner's ASCII shortcut for white space; and the
 * tokenizer's wide lower-casing against g_ascii_strdown().
 */

#include "config.h"

#include <string.h>

#include "analysis/readout-quote-scanner-private.h"
#include "analysis/readout-tokens-private.h"
#include "analysis/readout-utf8-private.h"

/* Every scalar value, each encoded alone in a buffer exactly as long as
 * its encoding plus the NUL: AddressSanitizer sees any read beyond. */
static void
test_every_code_point (void)
{
  for (gunichar c = 0; c <= 0x10FFFF; c++)
    {
      char buf[8];
      gint n;
      g_autofree char *exact = NULL;

      if (c >= 0xD800 && c <= 0xDFFF)
        continue;
      n = g_unichar_to_utf8 (c, buf);
      buf[n] = '\0';
      exact = g_memdup2 (buf, n + 1);
      if (_readout_utf8_get (exact) != c || g_utf8_get_char (exact) != c)
        g_error ("U+%04X read as U+%04X", c, _readout_utf8_get (exact));
    }
}

/* The lengths' boundaries, at the end of a text and before ASCII. */
static void
test_boundaries (void)
{
  static const struct { const char *text; gunichar first; } cases[] = {
    { "", 0 },
    { "a", 'a' },
    { "\x7f", 0x7F },
    { "\xc2\x80", 0x80 },
    { "\xc2\xab" "a", 0xAB },          /* « before a letter */
    { "\xdf\xbf", 0x7FF },
    { "\xe0\xa0\x80", 0x800 },
    { "\xe2\x80\x9c" "A", 0x201C },    /* “ before a letter */
    { "\xe2\x80\x99", 0x2019 },        /* ’ ending the text */
    { "\xef\xbf\xbd", 0xFFFD },
    { "\xef\xbf\xbf", 0xFFFF },
    { "\xf0\x90\x80\x80", 0x10000 },
    { "\xf0\x9f\x98\x80" "!", 0x1F600 },
    { "\xf4\x8f\xbf\xbf", 0x10FFFF },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize len = strlen (cases[i].text);
      g_autofree char *exact = g_memdup2 (cases[i].text, len + 1);

      g_assert_cmpuint (_readout_utf8_get (exact), ==, cases[i].first);
      g_assert_cmpuint (_readout_utf8_get (exact), ==, g_utf8_get_char (exact));
    }
}

/* is_space() and is_alnum() answer ASCII themselves; they must agree
 * with GLib (plus the scanner's extra spaces, which are not ASCII). The
 * classifier also takes it that no ASCII character is a format one. */
static void
test_is_space (void)
{
  for (gunichar c = 0; c < 0x3100; c++)
    {
      gboolean expected = c == 0xA0 || c == 0x202F || c == 0x2007 || c == 0x2009 ||
                          (c != 0 && g_unichar_isspace (c));

      if (is_space (c) != expected)
        g_error ("is_space (U+%04X) is %d", c, is_space (c));
      if (is_alnum (c) != g_unichar_isalnum (c))
        g_error ("is_alnum (U+%04X) is %d", c, is_alnum (c));
      if (c < 0x80 && g_unichar_type (c) == G_UNICODE_FORMAT)
        g_error ("U+%04X is a format character", c);
    }
}

/* Every byte value but NUL, at every offset of texts of every length up
 * to three vector widths, so each byte passes through the wide loop, the
 * eight-byte loop and the tail. */
static void
test_ascii_lower (void)
{
  char text[49];

  for (gsize len = 0; len < sizeof text; len++)
    for (guint first = 1; first < 256; first++)
      {
        g_autofree char *lower = NULL;
        g_autofree char *expected = NULL;

        for (gsize i = 0; i < len; i++)
          text[i] = (char)(1 + (first + i * 37) % 255);
        text[len] = '\0';
        lower = _readout_tokens_ascii_lower (text, len);
        expected = g_ascii_strdown (text, len);
        g_assert_cmpmem (lower, len, expected, len);
        for (guint k = 0; k < READOUT_TOKENS_LOWER_PADDING; k++)
          g_assert_cmpint (lower[len + k], ==, 0);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/utf8/every-code-point", test_every_code_point);
  g_test_add_func ("/utf8/boundaries", test_boundaries);
  g_test_add_func ("/utf8/is-space", test_is_space);
  g_test_add_func ("/utf8/ascii-lower", test_ascii_lower);

  return g_test_run ();
}
