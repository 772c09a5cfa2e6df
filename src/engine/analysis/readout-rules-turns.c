/* readout-rules-turns.c — briefing transcripts
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "MR. PRICE:" and "QUESTION:" turns: every paragraph of an official's
 * turn is the official's direct statement; a reporter's turn is not,
 * though cues inside it still count (the sentence passes skip only the
 * official's paragraphs). See docs/attribution.md.
 */

#include "config.h"

#include "readout-rules-util.h"

static gboolean
is_question_label (const char *label)
{
  static const char * const labels[] = {
    "QUESTION", "Q", "REPORTER", "JOURNALIST", "AUDIENCE MEMBER", "OPERATOR", "MODERATOR", NULL
  };

  for (guint i = 0; labels[i]; i++)
    if (g_ascii_strcasecmp (label, labels[i]) == 0)
      return TRUE;
  return g_str_has_prefix (label, "QUESTION") || g_str_has_prefix (label, "Q ");
}

/* Briefing transcripts: every paragraph of an official's turn is the
 * official's statement; a reporter's turn is not, though the cues inside
 * it still count. Marks the official's blocks in @official. */
void
rules_transcript_turns (Rules  *r,
                        guchar *official)
{
  guint n_blocks = readout_document_get_n_blocks (r->document);
  gint speaker = -1;
  gboolean any = FALSE;
  guint n_turns = 0;

  /* One label alone ("AP: Trade envoy routed …", "UPDATE: …") is a
   * headline or a note, not a transcript: a transcript has turns. */
  for (guint b = 0; b < n_blocks && n_turns < 2; b++)
    if (readout_document_get_block (r->document, b)->kind == READOUT_BLOCK_TRANSCRIPT_TURN)
      n_turns++;
  if (n_turns < 2)
    return;

  for (guint b = 0; b < n_blocks; b++)
    {
      const ReadoutBlock *block = readout_document_get_block (r->document, b);
      ReadoutRaw raw = { 0 };
      guint first, last, label_end;

      if (block->kind == READOUT_BLOCK_TRANSCRIPT_TURN && block->label != NULL)
        {
          any = TRUE;
          speaker = -1;
          label_end = block->start + g_utf8_strlen (block->label, -1);
          if (!is_question_label (block->label))
            speaker = readout_entities_for_label (r->entities, block->label, block->start, label_end);
          if (speaker < 0)
            continue;
          first = rules_token_at (r, label_end);
          if (is_punct (r, first, ":"))
            first++;
          raw.source_start = block->start;
          raw.source_end = label_end;
        }
      else if (any && speaker >= 0 && block->kind == READOUT_BLOCK_PARAGRAPH)
        first = rules_token_at (r, block->start);
      else
        {
          if (block->kind != READOUT_BLOCK_PARAGRAPH)
            speaker = -1;
          continue;
        }

      last = rules_token_at (r, block->end);
      official[b] = 1;
      /* "Welcome to the State Department": the briefer speaks for it. */
      if (readout_entities_get (r->entities, speaker)->party == NULL)
        for (guint k = first; k < last; k++)
          {
            ReadoutMention *m = mention_at (r, r->mentions->starting[k]);

            if (m != NULL && m->kind == READOUT_MENTION_INSTITUTION && m->party != NULL)
              {
                readout_entities_get (r->entities, speaker)->party = m->party;
                break;
              }
          }
      raw.entity = speaker;
      raw.mention = -1;
      raw.party = readout_entities_get (r->entities, speaker)->party;
      raw.block = b;
      raw.confidence = 0.9;
      raw.sentence = first < r->n ? tok (r, first)->sentence : 0;
      if (rules_set_content (r, &raw, first, last))
        {
          raw.kind = READOUT_STATEMENT_DIRECT;
          g_array_append_val (r->raw, raw);
        }
    }
}
