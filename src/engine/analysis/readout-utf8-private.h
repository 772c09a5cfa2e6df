/* readout-utf8-private.h — reading characters of the document's text
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document's text is valid UTF-8 by construction (readout-document.c
 * validates it), so the tokenizer and the quote scanner decode it inline
 * instead of calling g_utf8_get_char() for each character that is not
 * ASCII: the call cost more than the decoding.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* g_utf8_get_char() of the character at @p, which must start a complete,
 * valid UTF-8 sequence (NUL is the character 0). It reads no byte past
 * the sequence. */
static inline gunichar
_readout_utf8_get (const char *p)
{
  const guchar *u = (const guchar *)p;

  if (u[0] < 0x80)
    return u[0];
  if (u[0] < 0xE0)
    return ((gunichar)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
  if (u[0] < 0xF0)
    return ((gunichar)(u[0] & 0x0F) << 12) | ((gunichar)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
  return ((gunichar)(u[0] & 0x07) << 18) | ((gunichar)(u[1] & 0x3F) << 12) |
         ((gunichar)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
}

G_END_DECLS
