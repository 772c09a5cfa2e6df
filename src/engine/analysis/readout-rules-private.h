/* readout-rules-private.h — cue, source and content rules
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "readout-lexicon.h"
#include "readout-mentions.h"
#include "readout-speakers.h"
#include "readout-statement.h"

G_BEGIN_DECLS

/* A statement before it becomes a ReadoutStatement. Offsets: code points. */
typedef struct
{
  ReadoutStatementKind  kind;
  guint                 start;
  guint                 end;
  guint                 cue_start;
  guint                 cue_end;
  guint                 source_start;
  guint                 source_end;
  guint                 block;
  gint                  entity;        /* -1: no speaker */
  gint                  mention;       /* the source mention, -1 if none */
  ReadoutParty         *party;         /* from the source mention when no entity has one */
  gboolean              negated;
  gboolean              conditional;
  double                confidence;
  guint                 sentence;
  const ReadoutCue     *cue;           /* NULL for floating quotes and transcript turns */
} ReadoutRaw;

/* Every statement of the document, unsorted: a GArray of ReadoutRaw. */
GArray *_readout_rules_apply (const ReadoutTokens   *tokens,
                              ReadoutLexicon        *lexicon,
                              ReadoutPartyDirectory *directory,
                              ReadoutMentions       *mentions,
                              ReadoutEntities       *entities);

G_END_DECLS
