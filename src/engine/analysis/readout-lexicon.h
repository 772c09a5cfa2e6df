/* readout-lexicon.h — the attribution vocabulary, loaded from data files
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Internal to the analysis pipeline. The words live in data/cues.json
 * (cue verbs, nouns and phrases) and data/speech-words.json (titles, role
 * nouns, honorifics, pronouns, anonymous-source nouns, words that are never
 * names), compiled in as a GResource; see docs/attribution.md.
 */

#pragma once

#include <glib-object.h>

#include "readout-tokens.h"

G_BEGIN_DECLS

typedef enum
{
  READOUT_CUE_SPEECH,     /* say, tell, add, insist, warn, told reporters, said in a statement */
  READOUT_CUE_COGNITION,  /* believe, think, hope, fear, expect, want */
  READOUT_CUE_STANCE,     /* dismiss, reject, threaten, demand, vow, rule out, play down, call for */
  READOUT_CUE_ACCORDING,  /* according to, in the words of */
} ReadoutCueClass;

typedef enum
{
  READOUT_CUE_POS_VERB,
  READOUT_CUE_POS_NOUN,     /* insistence, warning, demand, accusation, denial */
  READOUT_CUE_POS_PHRASE,   /* according to, struck a * note */
} ReadoutCuePos;

typedef enum
{
  READOUT_CUE_FORM_BASE        = 1 << 0,  /* say */
  READOUT_CUE_FORM_THIRD       = 1 << 1,  /* says */
  READOUT_CUE_FORM_PAST        = 1 << 2,  /* said (also the past participle) */
  READOUT_CUE_FORM_GERUND      = 1 << 3,  /* saying */
  READOUT_CUE_FORM_PLURAL      = 1 << 4,  /* nouns: warnings */
  /* Only a cue when a complement follows directly: "that", a quote, a colon,
   * "to" + verb — "state", "note", "continue", "call" are too often
   * something else. */
  READOUT_CUE_NEEDS_COMPLEMENT = 1 << 8,
  /* The verb may come before its subject: "…," said Sherman. */
  READOUT_CUE_INVERTS          = 1 << 9,
  /* Takes a person object before the content: "told reporters that…",
   * "urged Moscow to…", "warned Russia that…". */
  READOUT_CUE_TAKES_OBJECT     = 1 << 10,
  /* The subject is part of the content and nobody is named as the source:
   * "the deal seems to hold", "the House is expected to vote". */
  READOUT_CUE_IMPERSONAL       = 1 << 11,
} ReadoutCueFlags;

typedef struct
{
  const char      *lemma;    /* "say", "rule out", "insistence", "according to"; interned */
  const char      *act;      /* speech-act code: "statement", "demand", "reject", "threaten", "deny",
                              * "offer", "agree", "accuse", "appeal", "praise", "criticize",
                              * "promise", "warn", "concede", "ask", "intend", "believe" */
  ReadoutCueClass  cue_class;
  ReadoutCuePos    pos;
  guint            flags;    /* ReadoutCueFlags of the matched form */
} ReadoutCue;

typedef enum
{
  READOUT_WORD_NONE = 0,
  READOUT_WORD_TITLE,        /* President, Minister, Secretary, Ambassador, Spokesman: precede or follow a name */
  READOUT_WORD_TITLE_PART,   /* Deputy, Foreign, Prime, Vice, Chief, Senior, General, Defense, State, of */
  READOUT_WORD_HONORIFIC,    /* Mr., Mrs., Ms., Dr., Sir: gender evidence */
  READOUT_WORD_ROLE_NOUN,    /* spokeswoman, minister, envoy, diplomat, official, negotiator */
  READOUT_WORD_ANONYMOUS,    /* sources, people (familiar with), officials (who asked not to be named) */
  READOUT_WORD_PRONOUN,      /* he, she, they, we, it, I and their object/possessive forms */
  READOUT_WORD_NOT_NAME,     /* capitalised but never part of a person's name: The, But, Monday, January */
} ReadoutWordKind;

typedef enum
{
  READOUT_GENDER_UNKNOWN,
  READOUT_GENDER_MALE,
  READOUT_GENDER_FEMALE,
  READOUT_GENDER_NEUTER,     /* it */
} ReadoutGender;

typedef struct
{
  ReadoutWordKind kind;
  ReadoutGender   gender;    /* honorifics, gendered role nouns (spokeswoman), pronouns */
  gboolean        plural;    /* officials, they, sources */
  gboolean        subject;   /* pronouns: nominative form (he, she, they) */
  const char     *canonical; /* the display form: "spokeswoman", "Foreign Minister" part, "he" */
} ReadoutWordInfo;

#define READOUT_TYPE_LEXICON (readout_lexicon_get_type ())

G_DECLARE_FINAL_TYPE (ReadoutLexicon, readout_lexicon, READOUT, LEXICON, GObject)

/* The shared lexicon built from the compiled-in data files. Thread safe. */
ReadoutLexicon        *readout_lexicon_get_default (GError              **error);
ReadoutLexicon        *readout_lexicon_new_from_files (const char        *cues_json,
                                                       const char        *words_json,
                                                       GError           **error);

/* The longest cue starting at token @index, or NULL. On success *n_tokens
 * is the number of tokens it covers (1 for "said", 2 for "according to",
 * 4 for "struck a cautious note"). Never matches across a sentence end or
 * into a quotation. */
const ReadoutCue      *readout_lexicon_match_cue   (ReadoutLexicon       *self,
                                                    const ReadoutTokens  *tokens,
                                                    guint                 index,
                                                    guint                *n_tokens);

/* What a single (ASCII lower-cased) word is, or NULL. The dots of an
 * abbreviation are part of the word: "mr.", "u.s.". */
const ReadoutWordInfo *readout_lexicon_lookup_word (ReadoutLexicon       *self,
                                                    const char           *lower,
                                                    gsize                 len);

guint                  readout_lexicon_get_n_cues  (ReadoutLexicon       *self);

G_END_DECLS
