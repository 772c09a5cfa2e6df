/* readout-rules-words.c — what a token is, for the rules
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small predicates over tokens: auxiliaries, time words, determiners,
 * clause words, cue forms. Word lists that only the rules need live here
 * rather than in the lexicon because they are grammar, not vocabulary.
 */

#include "config.h"

#include "readout-rules-util.h"

/* Words that may stand between a subject and its cue. */
gboolean
rules_is_skippable (const Rules *r,
                    guint        i)
{
  static const char * const words[] = {
    "has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "may",
    "might", "should", "must", "can", "did", "does", "do", "also", "again", "already",
    "repeatedly", "previously", "earlier", "later", "then", "not", "n't", "never", "just",
    "still", "reportedly", "has", "been", "once", "often", "long", "further", "even",
    "now", "first", "last", "both", "all", "too", NULL
  };
  gsize len;
  const char *w;

  if (tok (r, i)->kind != READOUT_TOKEN_WORD)
    return FALSE;
  if (is_one_of (r, i, words))
    return TRUE;
  w = readout_tokens_lower (r->tokens, i, &len);
  /* Adverbs: "publicly", "flatly", but not names ending in -ly. */
  return len > 4 && w[len - 2] == 'l' && w[len - 1] == 'y' &&
         (tok (r, i)->flags & READOUT_TOKEN_CAPITALIZED) == 0;
}

/* "on Tuesday", "last week", "earlier this month" between subject and cue. */
gboolean
rules_is_time_word (const Rules *r,
                    guint        i)
{
  static const char * const words[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "week", "month", "year", "weekend", "morning", "afternoon", "evening", "night",
    "today", "yesterday", "tonight", "on", "this", "late", "early", "overnight", NULL
  };

  if (tok (r, i)->kind == READOUT_TOKEN_NUMBER)
    return TRUE;
  if (is_text (r, i, "on") || is_text (r, i, "this") || is_text (r, i, "late") || is_text (r, i, "early"))
    return i + 1 < r->n && rules_is_time_word (r, i + 1) && !is_text (r, i + 1, "on");
  return is_one_of (r, i, words);
}

gboolean
rules_is_negation (const Rules *r,
                   guint        i)
{
  static const char * const words[] = { "not", "n't", "never", "no", NULL };
  gsize len;
  const char *w = readout_tokens_lower (r->tokens, i, &len);

  return is_one_of (r, i, words) ||
         (len > 3 && memcmp (w + len - 3, "n't", 3) == 0) ||
         (len > 5 && memcmp (w + len - 5, "n\xe2\x80\x99t", 5) == 0);
}

gboolean
rules_can_speak (const ReadoutMention *m)
{
  if (m == NULL || m->possessive)
    return FALSE;
  if (m->kind == READOUT_MENTION_PRONOUN)
    return m->subject && (m->gender != READOUT_GENDER_UNKNOWN || m->plural);
  return TRUE;
}

gboolean
rules_is_np_determiner (const Rules *r,
                        guint        i)
{
  static const char * const words[] = {
    "a", "an", "the", "this", "these", "those", "many", "some", "several", "most", "other",
    "one", "two", "three", "four", "five", "few", "both", "all", "its", "their", "his", "her",
    "our", "my", "your", "another", "each", "every", "no", NULL
  };

  return is_one_of (r, i, words);
}

gboolean
rules_is_clause_word (const Rules *r,
                      guint        i)
{
  static const char * const words[] = {
    "and", "or", "but", "that", "which", "who", "whom", "whose", "to", "in", "on", "at", "by",
    "with", "from", "as", "than", "if", "when", "while", "because", "since", "after", "before",
    "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will", "would",
    "could", "should", "can", "may", "might", "must", "do", "does", "did", "not", "it", "he",
    "she", "they", "we", "i", "you", "there", "what", "where", "how", "why", "so", "also",
    "however", "said", "says", "say", "told", "about", "into", "over", "under", "then", "just",
    NULL
  };

  return is_one_of (r, i, words);
}

gboolean
rules_is_cue_at (Rules *r,
                 guint  i)
{
  guint n_cue = 0;

  return readout_lexicon_match_cue (r->lexicon, r->tokens, i, &n_cue) != NULL;
}

gboolean
rules_is_verb_cue_at (Rules *r,
                      guint  i)
{
  guint n_cue = 0;
  const ReadoutCue *cue = readout_lexicon_match_cue (r->lexicon, r->tokens, i, &n_cue);

  return cue != NULL && cue->pos != READOUT_CUE_POS_NOUN;
}

/* The first token starting at or after code point @cp. */
guint
rules_token_at (const Rules *r,
                guint        cp)
{
  guint lo = 0, hi = r->n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (tok (r, mid)->start < cp)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

gboolean
rules_is_adverbial_start (const Rules *r,
                          guint        i)
{
  static const char * const words[] = {
    "with", "in", "on", "at", "during", "after", "before", "from", "for", "about",
    "earlier", "later", "yesterday", "today", "afterward", "afterwards", "recently",
    "late", "early", "via", "through", "when", "while", NULL
  };

  return i < r->n && is_one_of (r, i, words);
}

gboolean
rules_is_participle_opening (const Rules *r,
                             guint        i)
{
  gsize len;
  const char *w = readout_tokens_lower (r->tokens, i, &len);

  return tok (r, i)->kind == READOUT_TOKEN_WORD &&
         ((len > 5 && memcmp (w + len - 3, "ing", 3) == 0) || is_text (r, i, "asked") ||
          is_text (r, i, "interviewed"));
}

/* Skip an object and adverbials after a cue ("told reporters on Monday
 * that", "called the talks “…”") up to a complementiser; returns the
 * first content token, or @from when there is nothing to skip. */
gboolean
rules_is_complementizer (Rules *r,
                         guint  i)
{
  /* "dismissed that as unrealistic": a pronoun, not a complementiser. */
  return is_text (r, i, "that") && !is_text (r, i + 1, "as") &&
         i + 1 < r->n && tok (r, i + 1)->kind != READOUT_TOKEN_PUNCT;
}

gboolean
rules_is_preposition (const Rules *r,
                      guint        i)
{
  static const char * const words[] = {
    "in", "on", "at", "during", "after", "before", "from", "for", "of", "with", "via", NULL
  };

  return is_one_of (r, i, words);
}

gboolean
rules_is_institutional (const Rules *r,
                        gint         mention,
                        gint         entity)
{
  ReadoutMention *m = mention_at (r, mention);

  if (entity >= 0)
    return readout_entities_get (r->entities, entity)->kind == READOUT_SPEAKER_INSTITUTION;
  return m != NULL && (m->kind == READOUT_MENTION_PARTY || m->kind == READOUT_MENTION_INSTITUTION);
}
