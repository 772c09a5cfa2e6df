/* readout-topics-private.h — grouping statements into topics
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * See docs/topics.md for the method: TF-IDF over Snowball stems and party
 * names, the statement's sentence as weaker context, then a deterministic
 * centroid clustering with a merge pass.
 */

#pragma once

#include "readout-statement.h"
#include "readout-terms-private.h"
#include "readout-topic.h"

G_BEGIN_DECLS

typedef struct
{
  ReadoutStatement *statement;   /* borrowed */
  guint             document;    /* index of its document in the comparison */
  GArray           *vector;      /* ReadoutTermWeight; owned */
  gint              topic;       /* out: index into the returned array */
} ReadoutTopicItem;

/* A statement's raw term counts: its content, its sentence around it as
 * context, and synthetic terms for tone and act. @text is the document's
 * text and @index a cp→byte index from _readout_topics_offset_index();
 * @cuts (ReadoutSpan, sorted, code points) are spans never read as
 * context: the speakers' mentions, cues and sources. */
GArray    *_readout_topics_statement_vector (ReadoutTerms     *terms,
                                             const char       *text,
                                             const guint      *index,
                                             const GArray     *cuts,
                                             ReadoutStatement *statement);

/* Every 64th code point's byte offset, for cheap cp→byte conversion. */
guint     *_readout_topics_offset_index     (const char       *text);

/* Weighs the items' vectors by TF-IDF, groups them and returns the topics
 * (a GPtrArray of ReadoutTopic, statements appended in item order),
 * ordered by their first item. Sets each item's topic. Deterministic. */
GPtrArray *_readout_topics_group            (ReadoutTerms     *terms,
                                             GArray           *items);

G_END_DECLS
