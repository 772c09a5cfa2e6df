/* readout-tokens.h — the document as words, sentences and quotes
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Internal to the analysis pipeline. One pass over the text, linear time.
 */

#pragma once

#include <string.h>

#include <glib.h>

#include "model/readout-document.h"
#include "readout-quote-scanner.h"

G_BEGIN_DECLS

typedef enum
{
  READOUT_TOKEN_WORD,     /* letters, with inner apostrophes, hyphens and dots: it’s, ex-Soviet, U.S. */
  READOUT_TOKEN_NUMBER,   /* 2022, 1,000, 3.5 */
  READOUT_TOKEN_PUNCT,    /* , ; : . ! ? — – ( ) and anything else that is not a quote mark */
  READOUT_TOKEN_QUOTE,    /* a quotation mark that opens or closes one of the scanner's quotes */
} ReadoutTokenKind;

typedef enum
{
  READOUT_TOKEN_CAPITALIZED    = 1 << 0,  /* first character is an upper-case letter */
  READOUT_TOKEN_ALL_CAPS       = 1 << 1,  /* two or more letters, all upper case: NATO, MR */
  READOUT_TOKEN_SENTENCE_START = 1 << 2,  /* first token of its sentence (quote marks included) */
  READOUT_TOKEN_BLOCK_START    = 1 << 3,  /* first token of its block */
  READOUT_TOKEN_IN_QUOTE       = 1 << 4,  /* inside a quotation's content (depth >= 1) */
  READOUT_TOKEN_QUOTE_OPEN     = 1 << 5,  /* kind QUOTE: opening mark */
  READOUT_TOKEN_QUOTE_CLOSE    = 1 << 6,  /* kind QUOTE: closing mark */
  READOUT_TOKEN_ABBREVIATION   = 1 << 7,  /* word ends with a dot that belongs to it: Mr., U.S., Jan. */
  READOUT_TOKEN_POSSESSIVE     = 1 << 8,  /* word ends in ’s / 's / s’ (the suffix is part of the token) */
  READOUT_TOKEN_SPACE_BEFORE   = 1 << 9,  /* white space precedes the token */
} ReadoutTokenFlags;

typedef struct
{
  guint start;          /* code points into the document's text, end exclusive */
  guint end;
  guint byte_start;     /* the same in bytes */
  guint byte_end;
  guint sentence;       /* index into ReadoutTokens.sentences */
  guint block;          /* index of the document block */
  gint  quote;          /* index into ReadoutTokens.quotes of the innermost quote this
                         * token is in or delimits, or -1 */
  guint16 kind;         /* ReadoutTokenKind */
  guint16 flags;        /* ReadoutTokenFlags */
} ReadoutToken;

typedef struct
{
  guint first;          /* first token index */
  guint last;           /* one past the last token index */
  guint start;          /* code points */
  guint end;
  guint block;
} ReadoutSentence;

/* ReadoutTokens.word of a token that is no word. */
#define READOUT_TOKEN_NO_WORD G_MAXUINT32

typedef struct
{
  ReadoutDocument *document;     /* owned reference */
  const char      *text;         /* the document's text */
  char            *lower;        /* ASCII-lowercased copy of text (same byte offsets) */
  GArray          *tokens;       /* ReadoutToken */
  GArray          *sentences;    /* ReadoutSentence */
  GArray          *quotes;       /* ReadoutQuote, from readout_quote_scanner_scan() */
  /* Per token: the id of its lower-cased text among the document's
   * distinct words, or READOUT_TOKEN_NO_WORD for a token of another kind;
   * one more entry, NO_WORD, for the end. Per word: the first token
   * that has it. */
  guint32         *word;
  guint            n_words;
  guint           *word_token;
  /* What the lexicon says about each word (readout-lexicon.c), set by
   * _readout_lexicon_index_words(); NULL until then. */
  gpointer         lexicon_words;
  GDestroyNotify   lexicon_words_free;
} ReadoutTokens;

ReadoutTokens *readout_tokens_new   (ReadoutDocument *document);
void           readout_tokens_free  (ReadoutTokens   *tokens);

/* The token's lower-cased text (not NUL-terminated) and its length in bytes. */
static inline const char *
readout_tokens_lower (const ReadoutTokens *tokens,
                      guint                index,
                      gsize               *len)
{
  const ReadoutToken *t = &g_array_index (tokens->tokens, ReadoutToken, index);

  *len = t->byte_end - t->byte_start;
  return tokens->lower + t->byte_start;
}

/* readout_tokens_is() for token @t of @tokens, without the argument
 * checks: for the rules' and finders' loops, which check the index. */
static inline gboolean
_readout_tokens_is (const ReadoutTokens *tokens,
                    const ReadoutToken  *t,
                    const char          *word)
{
  gsize len = t->byte_end - t->byte_start;

  return tokens->lower[t->byte_start] == word[0] &&
         strlen (word) == len &&
         memcmp (tokens->lower + t->byte_start, word, len) == 0;
}

/* TRUE if token @index is exactly the ASCII lower-case word @word.
 * Inline and first-byte first: the rules ask millions of times, and with
 * a literal @word the compiler folds the strlen(). */
static inline gboolean
readout_tokens_is (const ReadoutTokens *tokens,
                   guint                index,
                   const char          *word)
{
  g_return_val_if_fail (tokens != NULL && word != NULL, FALSE);
  g_return_val_if_fail (index < tokens->tokens->len, FALSE);

  /* Tokens are never empty, so the first byte decides most calls. */
  return _readout_tokens_is (tokens, &g_array_index (tokens->tokens, ReadoutToken, index), word);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReadoutTokens, readout_tokens_free)

G_END_DECLS
