/* readout-acts-words.h — the words the speech-act classifier reads
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "readout-act.h"
#include "readout-party-directory.h"

G_BEGIN_DECLS

/* What a content word contributes. */
typedef enum
{
  W_NONE,
  W_NEG,        /* not, never, cannot */
  W_NO,         /* no (plans), none */
  W_FUT,        /* will, would, shall */
  W_FUT_NEG,    /* won't, wouldn't */
  W_COND,       /* if, unless */
  W_MUST,       /* must, should: an obligation put on someone */
  W_NEED,       /* need, needs */
  W_PLAN,       /* plans, planning, intention: "no plans to" is a denial */
  W_GOING,      /* going (to) */
  W_READY,      /* ready, willing, prepared, open (to) */
  W_ALLOW,      /* allow, let, accept, tolerate: negated, a rejection */
  W_ACT,        /* a word that names its act outright */
  W_OPTIMISM,   /* optimistic, progress, encouraging */
  W_PESSIMISM,  /* unresolved, apart, deadlock */
  W_SUPPORT,    /* support, endorse, welcome */
  W_COOP,       /* provide, send, release, help: cooperative deeds */
  W_MEET,       /* meet, visit, talks, negotiate */
  W_MET,        /* met, visited, held (talks) */
  W_RESTRICT,   /* sanctions, embargo, boycott, expel, ban */
  W_RESTRICTED, /* imposed, expelled, banned: a sanction carried out */
  W_FORCE,      /* attack, invade, strike: force */
  W_PUSH,       /* push (back) */
  W_QUESTION,   /* (out of the) question */
  W_SELF,       /* we, I: the speaker's own side as subject */
  W_THAT,       /* that, it, they: a clause follows a denial */
  W_ANY,        /* any (breakthrough): hope spoken of as unlikely */
  W_EARLY,      /* (too) early, premature (to speak of a breakthrough) */
  W_MOBILIZE,   /* exercises, drills, deploy */
  W_BUT,        /* but: a new clause */
  W_DEAL,       /* agreement, deal: "reached a deal", "failed to reach agreement" */
} WordKind;

typedef struct
{
  const char *word;
  guint8      kind;   /* WordKind */
  guint8      act;    /* ReadoutAct, for W_ACT */
} ReadoutActWord;

/* Builds the word table once (thread-safe) and returns the party
 * directory for names the mention finder leaves alone (NULL if it failed
 * to load). */
ReadoutPartyDirectory *_readout_acts_words_init   (void);

/* The entry for an ASCII lower-case word of @len bytes, or NULL. Call
 * _readout_acts_words_init() first. */
const ReadoutActWord  *_readout_acts_words_lookup (const char *s,
                                                   gsize       len);

G_END_DECLS
