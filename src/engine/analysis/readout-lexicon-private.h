/* readout-lexicon-private.h — what the lexicon's loader and matcher share
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "readout-lexicon.h"

G_BEGIN_DECLS

#define READOUT_LEXICON_WILDCARD        "*"
#define READOUT_LEXICON_WILDCARD_MAX    3
#define READOUT_LEXICON_MAX_WORD_BYTES  64

/* One expanded form of a cue: "said in a statement", "struck a * note". */
typedef struct
{
  ReadoutCue   cue;
  guint        n_words;
  const char **words;     /* in self->strings; "*" is the wildcard */
} ReadoutCueForm;

/* An open-addressing copy of a string-keyed table, built once loading is
 * done: matching runs for every token, and this hashes the token's bytes
 * where they lie instead of copying them out for a GHashTable. */
typedef struct
{
  const char *key;        /* NULL: empty slot */
  guint32     hash;
  guint32     len;
  gpointer    value;
} ReadoutLexiconSlot;

typedef struct
{
  ReadoutLexiconSlot *slots;   /* NULL until built */
  guint               mask;    /* number of slots - 1, a power of two less one */
} ReadoutLexiconIndex;

struct _ReadoutLexicon
{
  GObject       parent_instance;

  GStringChunk *strings;
  GPtrArray    *forms;        /* ReadoutCueForm*, owned, in data order */
  GHashTable   *by_first;     /* first word → GPtrArray of ReadoutCueForm* (borrowed) */
  GHashTable   *by_text;      /* whole form text → ReadoutCueForm*, only while loading */
  GHashTable   *words;        /* lower-case word → ReadoutWordInfo* (owned) */
  guint         n_cues;
  ReadoutLexiconIndex first_index;   /* by_first, for matching */
  /* Bit n of [b]: some first word starts with byte b and has n bytes
   * (63: more); most tokens start no cue and stop here. */
  guint64             first_lengths[256];
  ReadoutLexiconIndex word_index;    /* words, for matching */
  guint64             word_lengths[256];   /* the same as first_lengths, for words */
};

/* Read data/cues.json or data/speech-words.json into @self: from @bytes
 * if given, else from the file @path (which also names it in errors). */
gboolean _readout_lexicon_load_cues  (ReadoutLexicon  *self,
                                      const char      *path,
                                      GBytes          *bytes,
                                      GError         **error);
gboolean _readout_lexicon_load_words (ReadoutLexicon  *self,
                                      const char      *path,
                                      GBytes          *bytes,
                                      GError         **error);

/* The public matchers without their argument checks, for the analysis's
 * per-token loops (@self must be a lexicon). */
const ReadoutCue      *_readout_lexicon_match_cue   (ReadoutLexicon      *self,
                                                     const ReadoutTokens *tokens,
                                                     guint                index,
                                                     guint               *n_tokens);
const ReadoutWordInfo *_readout_lexicon_lookup_word (ReadoutLexicon      *self,
                                                     const char          *lower,
                                                     gsize                len);
const ReadoutWordInfo *_readout_lexicon_lookup_token (ReadoutLexicon      *self,
                                                      const ReadoutTokens *tokens,
                                                      guint                index);

/* Looks every distinct word of @tokens up once, for the two functions
 * above: they then read an array per token instead of hashing it. */
void                   _readout_lexicon_index_words  (ReadoutLexicon      *self,
                                                      ReadoutTokens       *tokens);

/* What _readout_lexicon_index_words() keeps in the tokens. */
typedef struct
{
  ReadoutLexicon         *lexicon;   /* owned reference */
  const ReadoutWordInfo **info;      /* per word id, nullable */
  GPtrArray             **forms;     /* per word id: cue forms starting with it, nullable */
} ReadoutLexiconWords;

/* The per-word answers of @self for @tokens, or NULL when they were
 * indexed for no lexicon or another one. */
static inline const ReadoutLexiconWords *
_readout_lexicon_words (ReadoutLexicon      *self,
                        const ReadoutTokens *tokens)
{
  const ReadoutLexiconWords *words = tokens->lexicon_words;

  return words != NULL && words->lexicon == self ? words : NULL;
}

/* FALSE when token @index starts no cue for certain: a test cheaper than
 * _readout_lexicon_match_cue() for loops over every token. */
static inline gboolean
_readout_lexicon_may_start_cue (ReadoutLexicon      *self,
                                const ReadoutTokens *tokens,
                                guint                index)
{
  const ReadoutLexiconWords *words = _readout_lexicon_words (self, tokens);
  guint32 word;

  if (words == NULL)
    return TRUE;
  word = tokens->word[index];
  return word != READOUT_TOKEN_NO_WORD && words->forms[word] != NULL;
}

/* Whether @word (a cue's interned lemma or act code) is @literal. The
 * rules and acts ask about lists of lemmas for every cue; the first byte
 * rules out most before a call to strcmp(). */
static inline gboolean
_readout_cue_word_is (const char *word,
                      const char *literal)
{
  return word[0] == literal[0] && strcmp (word, literal) == 0;
}

/* _readout_cue_word_is() for a NULL-terminated list. */
static inline gboolean
_readout_cue_word_in (const char         *word,
                      const char * const *list)
{
  for (guint k = 0; list[k] != NULL; k++)
    if (_readout_cue_word_is (word, list[k]))
      return TRUE;
  return FALSE;
}

G_END_DECLS
