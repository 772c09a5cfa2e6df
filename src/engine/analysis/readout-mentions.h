/* readout-mentions.h — who could be a source: names, parties, pronouns, roles
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Internal to the analysis pipeline.
 */

#pragma once

#include "readout-lexicon.h"
#include "readout-party-directory.h"
#include "readout-tokens.h"

G_BEGIN_DECLS

typedef enum
{
  READOUT_MENTION_PERSON,       /* Russian Deputy Foreign Minister Sergei Ryabkov; Mr. Price */
  READOUT_MENTION_PARTY,        /* Russia, The U.S., Washington, NATO */
  READOUT_MENTION_INSTITUTION,  /* the Kremlin, the Iranian Foreign Ministry */
  READOUT_MENTION_ROLE,         /* the spokeswoman, the EU's foreign policy chief */
  READOUT_MENTION_ANONYMOUS,    /* people familiar with the matter, officials */
  READOUT_MENTION_PRONOUN,      /* he, she, they, it */
} ReadoutMentionKind;

typedef struct
{
  guint               first;       /* tokens [first, last): the whole noun phrase */
  guint               last;
  guint               name_first;  /* PERSON: tokens of the name itself */
  guint               name_last;
  ReadoutMentionKind  kind;
  ReadoutGender       gender;
  gboolean            plural;
  gboolean            possessive;  /* ends in ’s: never a subject */
  gboolean            subject;     /* pronouns: he/she/they, not him/his */
  gboolean            anonymous;   /* roles: the head is an anonymous-source noun (official, source) */
  ReadoutParty       *party;       /* nullable, not owned (the directory lives for ever) */
  char               *role;        /* "Deputy Foreign Minister", or NULL */
  gint                entity;      /* index into the speaker table, -1 until resolved */
} ReadoutMention;

typedef struct
{
  GArray *mentions;   /* ReadoutMention, ordered by first token, no overlaps */
  gint   *starting;   /* per token: index of the mention starting there, or -1 */
  gint   *ending;     /* per token: index of the mention whose last token it is, or -1 */
  gint   *covering;   /* per token: index of the mention the token is part of, or -1 */
  guint   n_tokens;
} ReadoutMentions;

ReadoutMentions *readout_mentions_find (const ReadoutTokens   *tokens,
                                        ReadoutLexicon        *lexicon,
                                        ReadoutPartyDirectory *directory);
void             readout_mentions_free (ReadoutMentions       *mentions);

static inline ReadoutMention *
readout_mentions_get (ReadoutMentions *mentions,
                      gint             index)
{
  return index < 0 ? NULL : &g_array_index (mentions->mentions, ReadoutMention, index);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReadoutMentions, readout_mentions_free)

G_END_DECLS
