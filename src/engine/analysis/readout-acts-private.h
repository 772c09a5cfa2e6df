/* readout-acts-private.h — speech-act classification of statements
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "readout-acts-words.h"
#include "readout-mentions.h"
#include "readout-rules-private.h"
#include "readout-statement.h"
#include "readout-tokens.h"

G_BEGIN_DECLS

typedef struct
{
  ReadoutAct     act;
  guint          mode;       /* ReadoutActMode */
  /* Parties the act is aimed at, NULL-terminated; not owned (the party
   * directory lives for ever). */
  ReadoutParty  *targets[READOUT_STATEMENT_MAX_TARGETS + 1];
} ReadoutActResult;

/* A table for the act words (readout-acts-words.h) of the distinct words
 * of @tokens, by word id: each is looked up once per document, the first
 * time a statement has it, rather than once per statement that contains
 * it. Free with g_free(). */
const ReadoutActWord **_readout_acts_index_words (const ReadoutTokens *tokens);

/* Classifies one statement from its cue, its content and their words.
 * @party is the statement's own party (nullable): never its own target.
 * @words is what _readout_acts_index_words() gave for @tokens. @first
 * is the first token that starts at or after the statement's start, @last
 * the first that starts at or after its end. */
void _readout_acts_classify (const ReadoutTokens          *tokens,
                             const ReadoutActWord        **words,
                             ReadoutMentions              *mentions,
                             const ReadoutRaw             *raw,
                             guint                         first,
                             guint                         last,
                             ReadoutParty                 *party,
                             ReadoutActResult             *out);

G_END_DECLS
