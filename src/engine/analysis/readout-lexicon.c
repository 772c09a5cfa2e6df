/* readout-lexicon.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lexicon built from data/cues.json and data/speech-words.json
 * (loaded by readout-lexicon-load.c, schema in
 * docs/attribution-vocabulary.md). Matching is a hash lookup on the first
 * token followed by a short token-by-token comparison of the few forms
 * starting with it. Nothing changes after loading, so one lexicon serves
 * all threads.
 */

#include "config.h"

#include <string.h>

#include "readout-lexicon-private.h"
#include "readout-party-data-resources.h"

#define RESOURCE_DIR    "/io/github/readout/Readout/engine/"
#define CUES_RESOURCE   RESOURCE_DIR "cues.json"
#define WORDS_RESOURCE  RESOURCE_DIR "speech-words.json"
#define WILDCARD        READOUT_LEXICON_WILDCARD
#define WILDCARD_MAX    READOUT_LEXICON_WILDCARD_MAX
#define MAX_WORD_BYTES  READOUT_LEXICON_MAX_WORD_BYTES

G_DEFINE_FINAL_TYPE (ReadoutLexicon, readout_lexicon, G_TYPE_OBJECT)

static void
cue_form_free (gpointer data)
{
  ReadoutCueForm *form = data;

  g_free (form->words);
  g_free (form);
}

static void
readout_lexicon_finalize (GObject *object)
{
  ReadoutLexicon *self = (ReadoutLexicon *)object;

  g_clear_pointer (&self->by_first, g_hash_table_unref);
  g_clear_pointer (&self->by_text, g_hash_table_unref);
  g_clear_pointer (&self->words, g_hash_table_unref);
  g_clear_pointer (&self->forms, g_ptr_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->first_index.slots, g_free);
  g_clear_pointer (&self->word_index.slots, g_free);

  G_OBJECT_CLASS (readout_lexicon_parent_class)->finalize (object);
}

static void
readout_lexicon_class_init (ReadoutLexiconClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = readout_lexicon_finalize;
}

static void
readout_lexicon_init (ReadoutLexicon *self)
{
  self->strings = g_string_chunk_new (4096);
  self->forms = g_ptr_array_new_with_free_func (cue_form_free);
  self->by_first = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                          (GDestroyNotify)g_ptr_array_unref);
  self->by_text = g_hash_table_new (g_str_hash, g_str_equal);
  self->words = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
}

/* The index */

/* A hash of a word's length and three of its bytes: constant time, and
 * collisions only cost a memcmp() (words are unique keys). */
static inline guint32
hash_word (const char *s,
           gsize       len)
{
  guint32 h = (guint32)len * 0x9E3779B1u;

  if (len > 0)
    h ^= (guchar)s[0] * 0x85EBCA77u ^ (guchar)s[len - 1] * 0xC2B2AE3Du ^
         (guchar)s[len / 2] * 0x27D4EB2Fu;
  return h ^ (h >> 15);
}

static inline guint64
length_bit (gsize len)
{
  return G_GUINT64_CONSTANT (1) << MIN (len, 63);
}

static void
index_build (ReadoutLexiconIndex *index,
             GHashTable          *table)
{
  GHashTableIter iter;
  gpointer key, value;
  guint size = 16;

  while (size < 2 * g_hash_table_size (table))
    size *= 2;
  index->slots = g_new0 (ReadoutLexiconSlot, size);
  index->mask = size - 1;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gsize len = strlen (key);
      guint32 hash = hash_word (key, len);
      guint i = hash & index->mask;

      while (index->slots[i].key != NULL)
        i = (i + 1) & index->mask;
      index->slots[i].key = key;
      index->slots[i].hash = hash;
      index->slots[i].len = len;
      index->slots[i].value = value;
    }
}

static inline gpointer
index_lookup (const ReadoutLexiconIndex *index,
              const char                *s,
              gsize                      len,
              guint32                    hash)
{
  for (guint i = hash & index->mask;; i = (i + 1) & index->mask)
    {
      const ReadoutLexiconSlot *slot = &index->slots[i];

      if (slot->key == NULL)
        return NULL;
      if (slot->hash == hash && slot->len == len && memcmp (slot->key, s, len) == 0)
        return slot->value;
    }
}

/* Loading helpers */


/**
 * readout_lexicon_new_from_files:
 * @cues_json: (nullable): a cue file, or %NULL for the compiled-in one
 * @words_json: (nullable): a word file, or %NULL for the compiled-in one
 * @error: return location for a #GError
 *
 * Loads a lexicon. Used by tests and by anyone trying out a data change
 * without rebuilding.
 */
ReadoutLexicon *
readout_lexicon_new_from_files (const char  *cues_json,
                                const char  *words_json,
                                GError     **error)
{
  g_autoptr(ReadoutLexicon) self = NULL;
  g_autoptr(GBytes) cue_bytes = NULL;
  g_autoptr(GBytes) word_bytes = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (READOUT_TYPE_LEXICON, NULL);

  if (cues_json == NULL)
    {
      cue_bytes = g_resource_lookup_data (readout_party_data_get_resource (), CUES_RESOURCE,
                                          G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (cue_bytes == NULL)
        return NULL;
      cues_json = CUES_RESOURCE;
    }

  if (words_json == NULL)
    {
      word_bytes = g_resource_lookup_data (readout_party_data_get_resource (), WORDS_RESOURCE,
                                           G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (word_bytes == NULL)
        return NULL;
      words_json = WORDS_RESOURCE;
    }

  if (!_readout_lexicon_load_cues (self, cues_json, cue_bytes, error)
      || !_readout_lexicon_load_words (self, words_json, word_bytes, error))
    return NULL;

  /* Only needed while loading. */
  g_clear_pointer (&self->by_text, g_hash_table_unref);
  index_build (&self->first_index, self->by_first);
  index_build (&self->word_index, self->words);
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, self->by_first);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      {
        const char *word = key;

        self->first_lengths[(guchar)word[0]] |= length_bit (strlen (word));
      }
    g_hash_table_iter_init (&iter, self->words);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      {
        const char *word = key;

        self->word_lengths[(guchar)word[0]] |= length_bit (strlen (word));
      }
  }

  return g_steal_pointer (&self);
}

ReadoutLexicon *
readout_lexicon_get_default (GError **error)
{
  static gsize initialized;
  static ReadoutLexicon *lexicon;
  static GError *load_error;

  if (g_once_init_enter (&initialized))
    {
      lexicon = readout_lexicon_new_from_files (NULL, NULL, &load_error);
      g_once_init_leave (&initialized, 1);
    }

  if (lexicon == NULL)
    {
      if (error != NULL)
        *error = g_error_copy (load_error);
      return NULL;
    }

  return lexicon;
}

/* Matching */

static inline gboolean
usable (const ReadoutTokens *tokens,
        guint                index,
        guint                sentence)
{
  const ReadoutToken *t;

  if (index >= tokens->tokens->len)
    return FALSE;
  t = &g_array_index (tokens->tokens, ReadoutToken, index);
  return t->sentence == sentence
         && t->kind != READOUT_TOKEN_QUOTE
         && (t->flags & READOUT_TOKEN_IN_QUOTE) == 0;
}

static inline gboolean
token_equals (const ReadoutTokens *tokens,
              guint                index,
              const char          *word)
{
  const ReadoutToken *t = &g_array_index (tokens->tokens, ReadoutToken, index);
  gsize len;
  const char *lower;

  if (t->kind != READOUT_TOKEN_WORD && t->kind != READOUT_TOKEN_NUMBER)
    return FALSE;
  lower = readout_tokens_lower (tokens, index, &len);
  /* Tokens are never empty: the first byte settles most comparisons. */
  return lower[0] == word[0] && strlen (word) == len && memcmp (lower, word, len) == 0;
}

static inline gboolean
is_wildcard (const char *word)
{
  return word[0] == WILDCARD[0] && word[1] == '\0';
}

/* Tokens covered by form->words[w..] starting at token @index, or 0. A
 * wildcard takes the fewest tokens (1 to 3) that let the rest match. */
static guint
match_rest (const ReadoutCueForm       *form,
            guint                w,
            const ReadoutTokens *tokens,
            guint                index,
            guint                sentence)
{
  if (w == form->n_words)
    return 0;

  if (is_wildcard (form->words[w]))
    {
      for (guint span = 1; span <= WILDCARD_MAX; span++)
        {
          guint rest;

          if (!usable (tokens, index + span - 1, sentence))
            return 0;
          if (!usable (tokens, index + span, sentence))
            continue;
          rest = match_rest (form, w + 1, tokens, index + span, sentence);
          if (rest > 0)
            return span + rest;
        }
      return 0;
    }

  if (!usable (tokens, index, sentence) || !token_equals (tokens, index, form->words[w]))
    return 0;

  if (w + 1 == form->n_words)
    return 1;

  {
    guint rest = match_rest (form, w + 1, tokens, index + 1, sentence);

    return rest > 0 ? rest + 1 : 0;
  }
}

/* The forms whose first word is @lower (@len bytes), or NULL. */
static GPtrArray *
first_word_forms (ReadoutLexicon *self,
                  const char     *lower,
                  gsize           len)
{
  char key[MAX_WORD_BYTES];

  if (len >= MAX_WORD_BYTES)
    return NULL;
  if (self->first_index.slots != NULL)
    {
      if ((self->first_lengths[(guchar)lower[0]] & length_bit (len)) == 0)
        return NULL;
      return index_lookup (&self->first_index, lower, len, hash_word (lower, len));
    }
  memcpy (key, lower, len);
  key[len] = '\0';
  return g_hash_table_lookup (self->by_first, key);
}

static void
lexicon_words_free (gpointer data)
{
  ReadoutLexiconWords *words = data;

  g_object_unref (words->lexicon);
  g_free (words->info);
  g_free (words->forms);
  g_free (words);
}

void
_readout_lexicon_index_words (ReadoutLexicon *self,
                              ReadoutTokens  *tokens)
{
  ReadoutLexiconWords *words = g_new0 (ReadoutLexiconWords, 1);

  words->info = g_new (const ReadoutWordInfo *, tokens->n_words + 1);
  words->forms = g_new (GPtrArray *, tokens->n_words + 1);
  for (guint w = 0; w < tokens->n_words; w++)
    {
      gsize len;
      const char *lower = readout_tokens_lower (tokens, tokens->word_token[w], &len);

      words->info[w] = _readout_lexicon_lookup_token (self, tokens, tokens->word_token[w]);
      words->forms[w] = first_word_forms (self, lower, len);
    }
  /* Set last: the lookups above must not read it. */
  if (tokens->lexicon_words != NULL)
    tokens->lexicon_words_free (tokens->lexicon_words);
  words->lexicon = g_object_ref (self);
  tokens->lexicon_words = words;
  tokens->lexicon_words_free = lexicon_words_free;
}

const ReadoutCue *
readout_lexicon_match_cue (ReadoutLexicon      *self,
                           const ReadoutTokens *tokens,
                           guint                index,
                           guint               *n_tokens)
{
  g_return_val_if_fail (READOUT_IS_LEXICON (self), NULL);
  g_return_val_if_fail (tokens != NULL, NULL);

  return _readout_lexicon_match_cue (self, tokens, index, n_tokens);
}

/* readout_lexicon_match_cue() without the type checks: the analysis asks
 * for every word, and the checks cost a call into GObject each time. */
const ReadoutCue *
_readout_lexicon_match_cue (ReadoutLexicon      *self,
                            const ReadoutTokens *tokens,
                            guint                index,
                            guint               *n_tokens)
{
  const ReadoutToken *first;
  const ReadoutCueForm *best = NULL;
  guint best_len = 0;
  GPtrArray *candidates;
  const ReadoutLexiconWords *words;

  if (n_tokens != NULL)
    *n_tokens = 0;

  if (index >= tokens->tokens->len)
    return NULL;

  first = &g_array_index (tokens->tokens, ReadoutToken, index);
  if (first->kind != READOUT_TOKEN_WORD || !usable (tokens, index, first->sentence))
    return NULL;

  if ((words = _readout_lexicon_words (self, tokens)) != NULL)
    candidates = words->forms[tokens->word[index]];
  else
    {
      gsize len;
      const char *lower = readout_tokens_lower (tokens, index, &len);

      candidates = first_word_forms (self, lower, len);
    }
  if (candidates == NULL)
    return NULL;

  /* A handful of candidates per word ("said" has the most); the first of
   * equal length wins, so data order decides ties. Their first word is
   * the token itself (never a wildcard, which is no word), so matching
   * starts at the second. */
  for (guint i = 0; i < candidates->len; i++)
    {
      const ReadoutCueForm *form = g_ptr_array_index (candidates, i);
      guint covered = 1;

      if (form->n_words > 1)
        {
          guint rest;

          /* The next token's first byte rules out most forms ("the", "in"
           * start several) before the call. */
          if (!is_wildcard (form->words[1]) &&
              (index + 1 >= tokens->tokens->len ||
               tokens->lower[g_array_index (tokens->tokens, ReadoutToken, index + 1).byte_start] !=
               form->words[1][0]))
            continue;
          rest = match_rest (form, 1, tokens, index + 1, first->sentence);

          covered = rest > 0 ? rest + 1 : 0;
        }

      if (covered > best_len)
        {
          best = form;
          best_len = covered;
        }
    }

  if (best == NULL)
    return NULL;

  if (n_tokens != NULL)
    *n_tokens = best_len;
  return &best->cue;
}

const ReadoutWordInfo *
readout_lexicon_lookup_word (ReadoutLexicon *self,
                             const char     *lower,
                             gsize           len)
{
  g_return_val_if_fail (READOUT_IS_LEXICON (self), NULL);
  g_return_val_if_fail (lower != NULL || len == 0, NULL);

  return _readout_lexicon_lookup_word (self, lower, len);
}

/* readout_lexicon_lookup_word() without the type checks. */
const ReadoutWordInfo *
_readout_lexicon_lookup_word (ReadoutLexicon *self,
                              const char     *lower,
                              gsize           len)
{
  char key[MAX_WORD_BYTES];

  if (len == 0 || len >= sizeof key)
    return NULL;
  if (self->word_index.slots != NULL)
    {
      /* Up to a NUL, as the C string copy below would. */
      len = strnlen (lower, len);
      if ((self->word_lengths[(guchar)lower[0]] & length_bit (len)) == 0)
        return NULL;
      return index_lookup (&self->word_index, lower, len, hash_word (lower, len));
    }
  memcpy (key, lower, len);
  key[len] = '\0';

  return g_hash_table_lookup (self->words, key);
}

static const ReadoutWordInfo *
lookup_lower (ReadoutLexicon *self,
              const char     *lower,
              gsize           len)
{
  if (len == 0)
    return NULL;
  if (self->word_index.slots == NULL || len >= MAX_WORD_BYTES)
    return _readout_lexicon_lookup_word (self, lower, len);
  if ((self->word_lengths[(guchar)lower[0]] & length_bit (len)) == 0)
    return NULL;
  return index_lookup (&self->word_index, lower, len, hash_word (lower, len));
}

/* _readout_lexicon_lookup_word() for token @index: the tokenizer stops at
 * the first NUL, so a token holds none and needs no strnlen(). */
const ReadoutWordInfo *
_readout_lexicon_lookup_token (ReadoutLexicon      *self,
                               const ReadoutTokens *tokens,
                               guint                index)
{
  const ReadoutLexiconWords *words = _readout_lexicon_words (self, tokens);
  gsize len;
  const char *lower;

  const ReadoutWordInfo *info;

  if (words != NULL && tokens->word[index] != READOUT_TOKEN_NO_WORD)
    return words->info[tokens->word[index]];
  lower = readout_tokens_lower (tokens, index, &len);
  info = lookup_lower (self, lower, len);
  /* "Ex-President": the title, held before ("ex-" reads as "former"). */
  if (info == NULL && len > 3 && memcmp (lower, "ex-", 3) == 0)
    {
      const ReadoutWordInfo *title = lookup_lower (self, lower + 3, len - 3);

      if (title != NULL && (title->kind == READOUT_WORD_TITLE || title->kind == READOUT_WORD_TITLE_PART))
        info = title;
    }
  return info;
}

/* The number of entries (lemmas) in the cue file, not of expanded forms. */
guint
readout_lexicon_get_n_cues (ReadoutLexicon *self)
{
  g_return_val_if_fail (READOUT_IS_LEXICON (self), 0);

  return self->n_cues;
}
