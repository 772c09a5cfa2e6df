/* readout-quote-chars-private.h — which characters can be quote marks
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the quote scanner, which pairs the marks, and the tokenizer,
 * which keeps them out of words.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

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

G_END_DECLS
