/* readout-mentions-private.h — what the mention finders share
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Internal to readout-mentions*.c.
 */

#pragma once

#include "readout-lexicon-private.h"
#include "readout-mentions.h"

G_BEGIN_DECLS

#define MAX_NAME_TOKENS  5
#define MAX_CHAIN_TOKENS 8
#define MAX_APPOSITION   14
#define MAX_POSTMODIFIER 10

typedef struct
{
  const ReadoutTokens    *tokens;
  const ReadoutToken     *tok;         /* tokens->tokens->data, read for every token */
  ReadoutLexicon         *lexicon;
  const ReadoutWordInfo **word_info;   /* per word id, nullable: info_at() */
  const guint32          *word;        /* tokens->word */
  gint                   *party;       /* per token: index into pmentions of the mention covering it, or -1 */
  GArray                 *pmentions;   /* ReadoutPartyMention */
  guint                  *pm_first;    /* per party mention: first/last token */
  guint                  *pm_last;
  guchar                 *lowercase_seen;   /* per word id: occurs as a lower-case word */
  guint8                 *in_lists;    /* per word id: in_word_list()'s answers, two bits a list */
  /* Token indexes, in order: the capitalised words; the role nouns,
   * titles and anonymous sources; the pronouns. */
  guint                  *capitalised;
  guint                  *role_words;
  guint                  *pronouns;
  guint                   n_capitalised;
  guint                   n_role_words;
  guint                   n_pronouns;
  GString                *scratch;     /* role texts are built here, one at a time */
  guchar                 *used;        /* per token: already inside a mention */
  ReadoutMentions        *out;
  guint                   n;
} Finder;

static inline const ReadoutToken *
tok (const Finder *f,
     guint         i)
{
  return &f->tok[i];
}

/* The lexicon's entry for token @i (up to f->n), or NULL: looked up
 * through the word id, not kept per token, which on a long document was
 * eight bytes a token of fresh memory to fill. */
static inline const ReadoutWordInfo *
info_at (const Finder *f,
         guint         i)
{
  guint32 w = f->word[i];

  return w != READOUT_TOKEN_NO_WORD ? f->word_info[w] : NULL;
}

/* info_at() of a token the caller knows to be a lexicon word (its
 * word_kind() is not READOUT_WORD_NONE). */
static inline const ReadoutWordInfo *
known_info (const Finder *f,
            guint         i)
{
  return f->word_info[f->word[i]];
}

static inline gboolean
is_word (const Finder *f,
         guint         i)
{
  return i < f->n && tok (f, i)->kind == READOUT_TOKEN_WORD;
}

static inline gboolean
is_text (const Finder *f,
         guint         i,
         const char   *word)
{
  return i < f->n && _readout_tokens_is (f->tokens, tok (f, i), word);
}

static inline gboolean
in_quote (const Finder *f,
          guint         i)
{
  const ReadoutToken *t = tok (f, i);

  return (t->flags & READOUT_TOKEN_IN_QUOTE) != 0 || t->kind == READOUT_TOKEN_QUOTE;
}

static inline ReadoutWordKind
word_kind (const Finder *f,
           guint         i)
{
  return i < f->n && info_at (f, i) != NULL ? info_at (f, i)->kind : READOUT_WORD_NONE;
}

static inline gboolean
same_sentence (const Finder *f,
               guint         a,
               guint         b)
{
  return a < f->n && b < f->n && tok (f, a)->sentence == tok (f, b)->sentence;
}

static inline ReadoutParty *
party_of (const Finder *f,
          guint         i)
{
  if (i >= f->n || f->party[i] < 0)
    return NULL;
  return g_array_index (f->pmentions, ReadoutPartyMention, f->party[i]).party;
}

/* The scratch string, emptied: an allocation per role text would cost
 * more than building it. */
static inline GString *
mentions_scratch (Finder *f)
{
  return g_string_truncate (f->scratch, 0);
}

static inline ReadoutPartyMentionKind
party_kind_of (const Finder *f,
               guint         i)
{
  return g_array_index (f->pmentions, ReadoutPartyMention, f->party[i]).kind;
}

gboolean mentions_is_particle (const Finder *f, guint i);
gboolean mentions_alias_ends_longer_name (const Finder *f, guint p);
gboolean mentions_is_name_word_at (const Finder *f, guint i);

/* A capitalised word that may be part of a person's name. Asked about
 * every token: the cheap tests inline, the rest in the call. */
static inline gboolean
mentions_is_name_word (const Finder *f,
                       guint         i)
{
  return i < f->n && (tok (f, i)->flags & READOUT_TOKEN_CAPITALIZED) &&
         mentions_is_name_word_at (f, i);
}
gboolean mentions_is_place_word (const Finder *f, guint i);
void mentions_append_word (GString *s, const Finder *f, guint i);
gboolean mentions_is_determiner (const Finder *f, guint i);
gboolean mentions_is_function_word (const Finder *f, guint i);
guint mentions_add_mention (Finder *f, ReadoutMention *m);
void mentions_find_people (Finder *f);
void mentions_find_roles (Finder *f);

G_END_DECLS
