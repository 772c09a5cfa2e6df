/* readout-tone-private.h — diplomatic formulae in statements
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "readout-statement.h"
#include "readout-tokens.h"

G_BEGIN_DECLS

/* What the tone lexicon says of each distinct word of a document
 * (ReadoutTokens.word): looked up once, the first time a statement has
 * the word, not in every statement that has it. Free with g_free(). */
typedef struct _ReadoutToneWords ReadoutToneWords;

ReadoutToneWords *_readout_tone_index_words (const ReadoutTokens *tokens);

/* Fills @out with the ids of the tone entries (readout-tone.h) whose
 * phrases occur in the code points [@start, @end), in order of first
 * occurrence, without repeats, at most READOUT_STATEMENT_MAX_TONE, and
 * NULL-terminates it. The ids are interned strings. @first is the first
 * token that starts at or after @start, @last the first at or after @end
 * (the caller walks the statements in order, so it knows them without a
 * search). @words is what
 * _readout_tone_index_words() gave for @tokens. */
void _readout_tone_scan (const ReadoutTokens    *tokens,
                         ReadoutToneWords       *words,
                         guint                   first,
                         guint                   last,
                         guint                   start,
                         guint                   end,
                         const char            **out);

G_END_DECLS
