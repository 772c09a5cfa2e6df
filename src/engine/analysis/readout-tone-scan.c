/* readout-tone-scan.c — diplomatic formulae in a statement's words
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lexicon is read in readout-tone.c; here it is matched against the
 * tokens. Which phrases a word may start is looked up once per distinct
 * word of the document, not once per statement that contains it.
 */

#include "config.h"

#include <string.h>

#include "readout-tone-lexicon-private.h"
#include "readout-tone-private.h"

/* How many words before a phrase a negator may stand: "not very
 * constructive", "did not call it frank". */
#define NEGATION_WINDOW 3

struct _ReadoutToneWords
{
  ReadoutToneLexicon *lexicon;
  guint               n_words;
  /* Per word id of the document: the phrases that word may start,
   * longest first; &no_phrases if none; NULL until first asked. */
  GPtrArray          *candidates[];
};

static GPtrArray no_phrases = { NULL, 0 };

ReadoutToneWords *
_readout_tone_index_words (const ReadoutTokens *tokens)
{
  ReadoutToneWords *words;

  words = g_malloc0 (sizeof (ReadoutToneWords) + tokens->n_words * sizeof (GPtrArray *));
  words->lexicon = readout_tone_get_default (NULL);
  words->n_words = tokens->n_words;
  return words;
}

/* The phrases word @w of the document may start, looked up the first
 * time a statement has it: many words are in none. */
static GPtrArray *
candidates_of (ReadoutToneWords    *words,
               const ReadoutTokens *tokens,
               guint32              w)
{
  if (words->candidates[w] == NULL)
    {
      ReadoutToneLexicon *lexicon = words->lexicon;
      gsize len;
      const char *word = readout_tokens_lower (tokens, tokens->word_token[w], &len);
      GPtrArray *found = NULL;

      if (lexicon->first_lengths[(guchar) word[0]] & tone_length_bit (len))
        found = tone_index_lookup (&lexicon->first_index, word, len);
      words->candidates[w] = found != NULL ? found : &no_phrases;
    }
  return words->candidates[w];
}

static inline gboolean
token_is (const ReadoutTokens *tokens,
          const ReadoutToken  *t,
          const char          *word,
          gsize                word_len)
{
  gsize len = t->byte_end - t->byte_start;

  return t->kind == READOUT_TOKEN_WORD && word_len == len
         && memcmp (tokens->lower + t->byte_start, word, len) == 0;
}

static gboolean
is_negator (const ReadoutTokens *tokens,
            const ReadoutToken  *t)
{
#define N(w) { w, sizeof (w) - 1 }
  static const struct { const char *word; gsize len; } negators[] = {
    N ("not"), N ("no"), N ("never"), N ("nor"), N ("neither"), N ("hardly"), N ("without"),
    N ("cannot"), N ("nobody"), N ("nothing"), N ("none"),
  };
#undef N
  gsize len = t->byte_end - t->byte_start;
  const char *word = tokens->lower + t->byte_start;

  for (guint i = 0; i < G_N_ELEMENTS (negators); i++)
    if (token_is (tokens, t, negators[i].word, negators[i].len))
      return TRUE;
  /* isn't, wasn’t, don't … with either apostrophe */
  return (len > 3 && memcmp (word + len - 3, "n't", 3) == 0)
         || (len > 5 && memcmp (word + len - 5, "n\xe2\x80\x99t", 5) == 0);
}

/* Whether a negator stands within NEGATION_WINDOW words before token
 * @first in its sentence; quote marks are looked through, other
 * punctuation ends the search ("No, the talks were constructive"). */
static gboolean
negated (const ReadoutTokens *tokens,
         guint                first)
{
  const ReadoutToken *tok = (const ReadoutToken *) tokens->tokens->data;
  guint sentence = tok[first].sentence;
  guint words = 0;

  for (guint i = first; i-- > 0 && words < NEGATION_WINDOW;)
    {
      if (tok[i].sentence != sentence || tok[i].kind == READOUT_TOKEN_PUNCT)
        break;
      if (tok[i].kind != READOUT_TOKEN_WORD)
        continue;
      if (is_negator (tokens, &tok[i]))
        return TRUE;
      words++;
    }
  return FALSE;
}

/* A one-word phrase capitalised inside a sentence is most likely a name:
 * Frank, Warm Springs. After an opening quote mark it is not. */
static gboolean
looks_like_name (const ReadoutTokens *tokens,
                 guint                index)
{
  const ReadoutToken *tok = (const ReadoutToken *) tokens->tokens->data;
  guint16 flags = tok[index].flags;

  if (!(flags & READOUT_TOKEN_CAPITALIZED) || (flags & READOUT_TOKEN_ALL_CAPS)
      || (flags & READOUT_TOKEN_SENTENCE_START))
    return FALSE;
  return index == 0 || tok[index - 1].kind != READOUT_TOKEN_QUOTE;
}

/* Whether the sentence of token @index has a talk word: ordinary words
 * such as "difficult" or "positive" are formulae only when the sentence
 * is about talks ("the talks were difficult", not "it is difficult to
 * say"). Asked only after a match, so it may be slow. */
static gboolean
about_talks (ReadoutToneLexicon  *lexicon,
             const ReadoutTokens *tokens,
             guint                index)
{
  const ReadoutToken *tok = (const ReadoutToken *) tokens->tokens->data;
  const ReadoutSentence *sentence = &g_array_index (tokens->sentences, ReadoutSentence,
                                                    tok[index].sentence);

  for (guint i = sentence->first; i < sentence->last; i++)
    {
      if (tok[i].kind == READOUT_TOKEN_WORD
          && tone_index_lookup (&lexicon->talk_index, tokens->lower + tok[i].byte_start,
                           tok[i].byte_end - tok[i].byte_start) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* The number of tokens @phrase covers from token @index, or 0. */
static guint
match_phrase (const ReadoutTokens *tokens,
              guint                index,
              guint                end,
              const Phrase        *phrase)
{
  const ReadoutToken *tok = (const ReadoutToken *) tokens->tokens->data;
  guint n_tokens = tokens->tokens->len;

  if (index + phrase->n_words > n_tokens)
    return 0;
  for (guint w = 1; w < phrase->n_words; w++)
    {
      const ReadoutToken *t = &tok[index + w];

      if (t->end > end || !token_is (tokens, t, phrase->words[w], phrase->lengths[w]))
        return 0;
    }
  return phrase->n_words;
}

void
_readout_tone_scan (const ReadoutTokens    *tokens,
                    ReadoutToneWords       *words,
                    guint                   first,
                    guint                   last,
                    guint                   start,
                    guint                   end,
                    const char            **out)
{
  ReadoutToneLexicon *lexicon;
  const ReadoutToken *tok;
  guint stop;
  guint n = 0;

  out[0] = NULL;
  if (tokens == NULL || words == NULL || words->lexicon == NULL || start >= end)
    return;
  lexicon = words->lexicon;

  tok = (const ReadoutToken *) tokens->tokens->data;
  /* The tokens that end by @end: those before @last but one that
   * reaches past it. */
  stop = last > first && tok[last - 1].end > end ? last - 1 : last;

  for (guint i = first; i < stop; i++)
    {
      GPtrArray *candidates;

      if (tok[i].kind != READOUT_TOKEN_WORD)
        continue;
      candidates = candidates_of (words, tokens, tokens->word[i]);
      if (candidates->len == 0)
        continue;

      for (guint c = 0; c < candidates->len; c++)
        {
          const Phrase *phrase = g_ptr_array_index (candidates, c);
          guint covered = match_phrase (tokens, i, end, phrase);
          const ReadoutToneEntry *entry = phrase->entry;
          gboolean keep = TRUE;

          if (covered == 0)
            continue;

          if (covered == 1 && looks_like_name (tokens, i))
            keep = FALSE;
          else if (phrase->needs_talk_word && !about_talks (lexicon, tokens, i))
            keep = FALSE;
          /* "not constructive" is not constructive; but hostile words
           * and positions are the signal even when denied ("this is
           * not a provocation", "no red line"). docs/tone.md. */
          else if (entry->tone_register != READOUT_TONE_HOSTILE
                   && entry->tone_register != READOUT_TONE_POSITION
                   && negated (tokens, i))
            keep = FALSE;

          for (guint k = 0; keep && k < n; k++)
            if (out[k] == entry->id)
              keep = FALSE;
          if (keep)
            out[n++] = entry->id;
          if (n == READOUT_STATEMENT_MAX_TONE)
            stop = i;

          /* The phrase's own words start nothing else: "full and frank"
           * is not also "frank". */
          i += covered - 1;
          break;
        }
    }

  out[n] = NULL;
}
