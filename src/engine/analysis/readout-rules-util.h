/* readout-rules-util.h — what the rule files share
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Internal to readout-rules*.c: the rule state, token predicates and the
 * source and content finders each file provides.
 */

#pragma once

#include <string.h>

#include "readout-lexicon-private.h"
#include "readout-rules-private.h"

G_BEGIN_DECLS

#define MAX_SKIP      6    /* auxiliaries and adverbs between source and cue */
#define MAX_OBJECT    7    /* "told reporters in Geneva on Monday that" */
#define FLOAT_BLOCKS  2    /* how far back a floating quote looks for its speaker */
#define MAX_CONTENT   400  /* tokens */

typedef struct
{
  const ReadoutTokens *tokens;
  const ReadoutToken  *tok;              /* tokens->tokens->data, read for every token */
  ReadoutLexicon      *lexicon;
  ReadoutPartyDirectory *directory;
  ReadoutMentions     *mentions;
  ReadoutEntities     *entities;
  ReadoutDocument     *document;
  GArray              *raw;
  guchar              *quote_used;
  guchar              *official;         /* per block: an official's transcript turn */
  guchar              *pass0_used;       /* per token: a cue used in pass 0 starts here */
  gint                *p0_last;          /* per sentence: its last statement from pass 0, or -1 */
  guint16             *word_class;       /* per word id: grammar-word bits, memo (readout-rules-words.c) */
  const ReadoutCue   **cue_at;           /* per token: the cue starting there, or NULL */
  guint8              *cue_len;          /* per token: its length in tokens */
  GArray              *cue_tokens;       /* guint: the tokens where a cue starts, in order */
  guint                cue_cursor;       /* apply_sentence()'s place in cue_tokens */
  guint                n;
  guint               *token_hint;       /* rules_token_at()'s last answer (points to token_hint_at) */
  guint                token_hint_at;
  guint                sentence_first;   /* raw index of the current sentence's first statement */
} Rules;

typedef struct
{
  guint             first;     /* cue tokens [first, last) */
  guint             last;
  const ReadoutCue *cue;
  gboolean          as_noun;   /* "its warning that": a noun whatever the lexicon says */
} Cue;

/* A source: a mention, or any noun phrase ("the oil industry", "many
 * analysts") when no mention fits — those get no speaker. */
typedef struct
{
  gint  mention;   /* -1 for a plain noun phrase */
  gint  entity;    /* -1 unless known (a relative pronoun's antecedent) */
  guint first;     /* tokens [first, last); first == last: none */
  guint last;
} Src;


static inline const ReadoutToken *
tok (const Rules *r,
     guint        i)
{
  return &r->tok[i];
}


static inline gboolean
is_text (const Rules *r,
         guint        i,
         const char  *word)
{
  return i < r->n && _readout_tokens_is (r->tokens, tok (r, i), word);
}


static inline gboolean
is_one_of (const Rules        *r,
           guint               i,
           const char * const *words)
{
  const char *w;
  gsize len;

  if (i >= r->n)
    return FALSE;
  w = r->tokens->lower + tok (r, i)->byte_start;
  len = tok (r, i)->byte_end - tok (r, i)->byte_start;
  /* The first byte rules out most words before their length is needed. */
  for (guint k = 0; words[k]; k++)
    if (words[k][0] == w[0] && strncmp (words[k], w, len) == 0 && words[k][len] == '\0')
      return TRUE;
  return FALSE;
}


static inline gboolean
is_punct (const Rules *r,
          guint        i,
          const char  *p)
{
  return i < r->n && tok (r, i)->kind == READOUT_TOKEN_PUNCT && _readout_tokens_is (r->tokens, tok (r, i), p);
}


static inline gboolean
is_comma_like (const Rules *r,
               guint        i)
{
  return is_punct (r, i, ",") || is_punct (r, i, "\xe2\x80\x94") || is_punct (r, i, "\xe2\x80\x93");
}


/* A colon that introduces something, not the one in "9:42". */
static inline gboolean
is_colon (const Rules *r,
          guint        i)
{
  return is_punct (r, i, ":") &&
         (i + 1 >= r->n || (tok (r, i + 1)->flags & READOUT_TOKEN_SPACE_BEFORE) ||
          tok (r, i + 1)->kind == READOUT_TOKEN_QUOTE);
}

static inline gboolean
is_open (const Rules *r,
         guint        i)
{
  return i < r->n && (tok (r, i)->flags & READOUT_TOKEN_QUOTE_OPEN) != 0;
}


static inline gboolean
is_close (const Rules *r,
          guint        i)
{
  return i < r->n && (tok (r, i)->flags & READOUT_TOKEN_QUOTE_CLOSE) != 0;
}


static inline const ReadoutQuote *
quote (const Rules *r,
       gint         index)
{
  return &g_array_index (r->tokens->quotes, ReadoutQuote, index);
}


static inline ReadoutMention *
mention_at (const Rules *r,
            gint         index)
{
  return readout_mentions_get (r->mentions, index);
}

static inline const ReadoutCue *
rules_cue (const Rules *r,
           guint        i,
           guint       *n_tokens)
{
  if (i >= r->n || r->cue_at[i] == NULL)
    {
      *n_tokens = 0;
      return NULL;
    }
  *n_tokens = r->cue_len[i];
  return r->cue_at[i];
}

/* readout-rules-words.c */
void rules_classify_words (Rules *r);
gboolean rules_is_skippable (const Rules *r, guint i);
gboolean rules_is_time_word (const Rules *r, guint i);
gboolean rules_is_negation (const Rules *r, guint i);
gboolean rules_can_speak (const ReadoutMention *m);
gboolean rules_is_np_determiner (const Rules *r, guint i);
gboolean rules_is_clause_word (const Rules *r, guint i);
gboolean rules_is_cue_at (Rules *r, guint i);
gboolean rules_is_verb_cue_at (Rules *r, guint i);
guint rules_token_at (const Rules *r, guint cp);
guint rules_token_walk (const Rules *r, guint *cursor, guint cp);
gboolean rules_is_adverbial_start (const Rules *r, guint i);
gboolean rules_is_participle_opening (const Rules *r, guint i);
gboolean rules_is_quantifier (const Rules *r, guint i);
gboolean rules_is_complementizer (Rules *r, guint i);
gboolean rules_is_preposition (const Rules *r, guint i);
gboolean rules_is_gerund (const Rules *r, guint i);
gboolean rules_is_institutional (const Rules *r, gint mention, gint entity);

/* readout-rules-source.c */
gboolean rules_source_before (Rules *r, guint cue_first, Src *src, guint *negated);
gboolean rules_source_of_noun (Rules *r,
                               guint cue_first,
                               guint sentence_first,
                               Src *src,
                               guint *negated);
gboolean rules_source_after (Rules *r, guint from, guint limit, guint max_words, Src *src);
guint rules_relative_clause_end (Rules *r, guint from, guint limit);
gboolean rules_share_before (Rules *r, guint end, guint *first);
gboolean rules_previous_source (Rules *r, guint sentence, ReadoutRaw *raw);
void rules_set_source (const Rules *r, ReadoutRaw *raw, const Src *src);

/* readout-rules-cues.c */
gboolean rules_question (Rules *r, const Cue *cue, const ReadoutSentence *s, guint pass);
gboolean rules_impersonal (Rules *r, const Cue *cue, const ReadoutSentence *s, guint pass);
gboolean rules_takes_sides (const Cue *cue);
gboolean rules_as_aside (Rules *r, const Cue *cue, const ReadoutSentence *s);
gboolean rules_bare_object_stance (Rules *r, const Cue *cue, const ReadoutSentence *s);
gboolean rules_possessed_stance (Rules *r, const Cue *cue, const ReadoutSentence *s, guint pass);

/* readout-rules-senses.c */
gboolean rules_inverted_closing (Rules *r, const Cue *cue, const ReadoutSentence *s, Src *src);
guint rules_adverbial_then_that (Rules *r, guint from, guint sentence_last);
gboolean rules_other_sense (Rules *r, const Cue *cue, const ReadoutSentence *s);
guint rules_hearer_apposition_that (Rules *r, const ReadoutCue *cue, guint from, guint skipped,
                                    guint sentence_last);
gboolean rules_quote_before_clause (Rules *r, const ReadoutSentence *s, gint quote_index, guint group_last,
                                    gboolean inverted);

/* readout-rules-content.c */
guint rules_trimmed_quote_end (const Rules *r, const ReadoutQuote *q);
guint rules_skip_adverbial (Rules *r, guint from, guint sentence_last);
gboolean rules_set_content (Rules *r, ReadoutRaw *raw, guint first, guint last);
void rules_add_direct (Rules *r, const ReadoutRaw *proto, gint quote_index, double confidence);
guint rules_content_end (Rules *r, guint from, guint sentence_last);
guint rules_parenthetical_end (Rules *r, guint comma, guint sentence_last);
guint rules_object_before_next_verb (Rules *r, guint from, guint to);
gboolean rules_loose_complement (Rules *r, const Cue *cue, const ReadoutSentence *s);
gboolean rules_closing_cue (Rules *r, const Cue *cue, const ReadoutSentence *s);
gboolean rules_closing_evidence (const Cue *cue);
guint rules_object_end (Rules *r, guint from, guint to, gboolean keep_as);
guint rules_skip_object (Rules *r, const ReadoutCue *cue, guint from, guint sentence_last);
guint rules_skip_hearer (Rules *r, guint from, guint sentence_last);
gboolean rules_has_complement (Rules *r, const ReadoutCue *cue, guint from, guint sentence_last);

/* readout-rules-quotes.c */
void rules_colon_turns (Rules *r);
void rules_colon_quotes (Rules *r);
void rules_floating_quotes (Rules *r);
void rules_transcript_turns (Rules *r, guchar *official);
void rules_join_split_quotes (Rules *r);
void rules_colon_paragraph_quotes (Rules *r);
void rules_quote_then_verb (Rules *r);

G_END_DECLS
