/* readout-tokens-private.h — what the tokenizer's files share
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "readout-tokens.h"

G_BEGIN_DECLS

/* Whether @word (@len bytes, any case) is one of the @n ASCII words of @list. */
gboolean _readout_tokens_in_list         (const char * const *list,
                                          gsize               n,
                                          const char         *word,
                                          gsize               len);
/* Titles whose dot never ends a sentence: Mr, Gen, Prof. */
gboolean _readout_tokens_is_title        (const char         *word,
                                          gsize               len);
/* NUL bytes after the lower-cased text: a word's bytes may be read eight
 * at a time. */
#define READOUT_TOKENS_LOWER_PADDING 8

/* g_ascii_strdown() of @n bytes, faster, and READOUT_TOKENS_LOWER_PADDING
 * NUL bytes after them. */
char    *_readout_tokens_ascii_lower     (const char         *text,
                                          gsize               n);
void     _readout_tokens_assign_quotes   (ReadoutTokens      *tokens);
void     _readout_tokens_split_sentences (ReadoutTokens      *tokens);
void     _readout_tokens_assign_words    (ReadoutTokens      *tokens);

G_END_DECLS
