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

#include <string.h>

#include "readout-huge-pages-private.h"
#include "readout-rules-util.h"

/* The grammar words the rules ask about, as bits of one table built once:
 * each predicate is then one array read per token instead of a walk
 * through a list of literals. */
enum
{
  W_SKIPPABLE  = 1 << 0,   /* may stand between a subject and its cue */
  W_TIME       = 1 << 1,   /* "Tuesday", "week" */
  W_TIME_LEAD  = 1 << 2,   /* "on", "this", "late", "early": time words before a time word */
  W_NEGATION   = 1 << 3,
  W_DETERMINER = 1 << 4,
  W_CLAUSE     = 1 << 5,
  W_PREP       = 1 << 6,
  W_ADVERBIAL  = 1 << 7,
};

typedef struct
{
  guint              bit;
  const char * const words[80];
} WordList;

static const WordList lists[] = {
  { W_SKIPPABLE, {
    "has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "may",
    "might", "should", "must", "can", "did", "does", "do", "also", "again", "already",
    "repeatedly", "previously", "earlier", "later", "then", "not", "n't", "never", "just",
    "still", "reportedly", "been", "once", "often", "long", "further", "even",
    "now", "first", "last", "both", "all", "too", "himself", "herself", "themselves", "itself",
    NULL } },
  { W_TIME, {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "week", "month", "year", "weekend", "morning", "afternoon", "evening", "night",
    "today", "yesterday", "tonight", "overnight", NULL } },
  { W_TIME_LEAD, { "on", "this", "late", "early", NULL } },
  { W_NEGATION, { "not", "n't", "never", "no", NULL } },
  { W_DETERMINER, {
    "a", "an", "the", "this", "these", "those", "many", "some", "several", "most", "other",
    "one", "two", "three", "four", "five", "few", "both", "all", "its", "their", "his", "her",
    "our", "my", "your", "another", "each", "every", "no", NULL } },
  { W_CLAUSE, {
    "and", "or", "but", "that", "which", "who", "whom", "whose", "to", "in", "on", "at", "by",
    "with", "from", "as", "than", "if", "when", "while", "because", "since", "after", "before",
    "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will", "would",
    "could", "should", "can", "may", "might", "must", "do", "does", "did", "not", "it", "he",
    "she", "they", "we", "i", "you", "there", "what", "where", "how", "why", "so", "also",
    "however", "said", "says", "say", "told", "about", "into", "over", "under", "then", "just",
    NULL } },
  { W_PREP, { "in", "on", "at", "during", "after", "before", "from", "for", "of", "with", "via", NULL } },
  { W_ADVERBIAL, {
    "with", "in", "on", "at", "during", "after", "before", "from", "for", "about",
    "earlier", "later", "yesterday", "today", "afterward", "afterwards", "recently",
    "late", "early", "via", "through", "when", "while", NULL } },
};

/* Grammar words bucketed by first letter and length: a lookup compares a
 * handful of candidates with memcmp() instead of hashing every token. */
#define MAX_CLASS_WORD 10

typedef struct
{
  const char *word;
  guint8      bits;
} ClassEntry;

typedef struct
{
  GArray *buckets[26][MAX_CLASS_WORD + 1];   /* ClassEntry */
} ClassTable;

static const ClassTable *
class_table (void)
{
  static gsize once = 0;
  static ClassTable table;

  if (g_once_init_enter (&once))
    {
      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        for (guint w = 0; lists[l].words[w] != NULL; w++)
          {
            const char *word = lists[l].words[w];
            gsize len = strlen (word);
            GArray **bucket;
            gboolean merged = FALSE;

            /* "n't" and other words that do not start with a letter are
             * matched by the predicates themselves. */
            if (len > MAX_CLASS_WORD || !g_ascii_islower (word[0]))
              continue;
            bucket = &table.buckets[word[0] - 'a'][len];
            if (*bucket == NULL)
              *bucket = g_array_new (FALSE, FALSE, sizeof (ClassEntry));
            for (guint k = 0; k < (*bucket)->len && !merged; k++)
              if (strcmp (g_array_index (*bucket, ClassEntry, k).word, word) == 0)
                {
                  g_array_index (*bucket, ClassEntry, k).bits |= lists[l].bit;
                  merged = TRUE;
                }
            if (!merged)
              {
                ClassEntry entry = { word, lists[l].bit };

                g_array_append_val (*bucket, entry);
              }
          }
      g_once_init_leave (&once, 1);
    }
  return &table;
}

static guint8
word_class (const ClassTable *table,
            const char       *w,
            gsize             len)
{
  const GArray *bucket;

  if (len == 0 || len > MAX_CLASS_WORD || w[0] < 'a' || w[0] > 'z')
    return 0;
  bucket = table->buckets[w[0] - 'a'][len];
  /* The bucket fixes the first byte and the length; the second byte
   * rules out most candidates without a call to memcmp(). */
  for (guint k = 0; bucket != NULL && k < bucket->len; k++)
    {
      const ClassEntry *e = &g_array_index (bucket, ClassEntry, k);

      if (len == 1 || (e->word[1] == w[1] && memcmp (e->word + 2, w + 2, len - 2) == 0))
        return e->bits;
    }
  return 0;
}

/* Token @i's grammar-word bits, looked up the first time they are asked
 * for and remembered per distinct word: the rules ask about the few
 * tokens around cues and sources, and news text repeats its words.
 * 0 in the memo means not looked up yet. */
#define CLASS_KNOWN 0x100

static inline guint8
class_at (const Rules *r,
          guint        i)
{
  guint32 id = r->tokens->word[i];

  if (id == READOUT_TOKEN_NO_WORD)
    return 0;
  if (r->word_class[id] == 0)
    {
      gsize len;
      const char *w = readout_tokens_lower (r->tokens, i, &len);

      r->word_class[id] = CLASS_KNOWN | word_class (class_table (), w, len);
    }
  return r->word_class[id] & 0xff;
}

void
rules_classify_words (Rules *r)
{
  r->word_class = g_new0 (guint16, r->tokens->n_words + 1);
  r->cue_at = g_new0 (const ReadoutCue *, r->n + 1);
  _readout_advise_huge_pages (r->cue_at, (r->n + 1) * sizeof (const ReadoutCue *));
  r->cue_len = g_new0 (guint8, r->n + 1);
  r->cue_tokens = g_array_sized_new (FALSE, FALSE, sizeof (guint), r->n / 32 + 1);
  for (guint i = 0; i < r->n; i++)
    {
      guint n_cue = 0;

      if (tok (r, i)->kind != READOUT_TOKEN_WORD ||
          !_readout_lexicon_may_start_cue (r->lexicon, r->tokens, i))
        continue;
      r->cue_at[i] = _readout_lexicon_match_cue (r->lexicon, r->tokens, i, &n_cue);
      r->cue_len[i] = MIN (n_cue, 255);
      if (r->cue_at[i] != NULL)
        g_array_append_val (r->cue_tokens, i);
    }
}

/* Words that may stand between a subject and its cue. */
gboolean
rules_is_skippable (const Rules *r,
                    guint        i)
{
  gsize len;
  const char *w;

  if (tok (r, i)->kind != READOUT_TOKEN_WORD)
    return FALSE;
  if (class_at (r, i) & W_SKIPPABLE)
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
  if (tok (r, i)->kind == READOUT_TOKEN_NUMBER)
    return TRUE;
  if (class_at (r, i) & W_TIME_LEAD)
    return i + 1 < r->n && (class_at (r, i + 1) & W_TIME || tok (r, i + 1)->kind == READOUT_TOKEN_NUMBER);
  return (class_at (r, i) & W_TIME) != 0;
}

gboolean
rules_is_negation (const Rules *r,
                   guint        i)
{
  gsize len;
  const char *w = readout_tokens_lower (r->tokens, i, &len);

  return (class_at (r, i) & W_NEGATION) ||
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
  return (class_at (r, i) & W_DETERMINER) != 0;
}

gboolean
rules_is_clause_word (const Rules *r,
                      guint        i)
{
  return (class_at (r, i) & W_CLAUSE) != 0;
}

gboolean
rules_is_cue_at (Rules *r,
                 guint  i)
{
  return r->cue_at[i] != NULL;
}

gboolean
rules_is_verb_cue_at (Rules *r,
                      guint  i)
{
  return r->cue_at[i] != NULL && r->cue_at[i]->pos != READOUT_CUE_POS_NOUN;
}

/* The first token starting at or after code point @cp. Questions come
 * in text order, mostly: search outwards from the last answer, doubling
 * the step, then bisect — a binary search over a whole long document
 * misses the cache at every step. */
guint
rules_token_at (const Rules *r,
                guint        cp)
{
  guint lo, hi, step = 1;
  guint h = MIN (*r->token_hint, r->n);

  if (h < r->n && tok (r, h)->start < cp)
    {
      /* After h: everything before lo starts before cp. */
      lo = h + 1;
      hi = lo;
      while (hi < r->n && tok (r, hi)->start < cp)
        {
          lo = hi + 1;
          hi = lo + step;
          step *= 2;
        }
      hi = MIN (hi, r->n);
    }
  else
    {
      /* At or before h: hi is n or starts at or after cp. */
      hi = h;
      lo = hi;
      while (lo > 0 && tok (r, lo - 1)->start >= cp)
        {
          hi = lo - 1;
          lo = hi > step ? hi - step : 0;
          step *= 2;
        }
    }

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (tok (r, mid)->start < cp)
        lo = mid + 1;
      else
        hi = mid;
    }
  *r->token_hint = lo;
  return lo;
}

/* rules_token_at() for a pass that asks in text order, with its own
 * @cursor (start it at 0): it walks the tokens forward, in sequence,
 * where the search touched a few cache lines per question, all cold on a
 * long document. A question behind the cursor still gets the search. */
guint
rules_token_walk (const Rules *r,
                  guint       *cursor,
                  guint        cp)
{
  guint i = MIN (*cursor, r->n);

  if (i > 0 && tok (r, i - 1)->start >= cp)
    i = rules_token_at (r, cp);
  else
    while (i < r->n && tok (r, i)->start < cp)
      i++;
  *cursor = i;
  return i;
}

gboolean
rules_is_adverbial_start (const Rules *r,
                          guint        i)
{
  return i < r->n && (class_at (r, i) & W_ADVERBIAL) != 0;
}

/* Determiners that stand alone as a subject: "Some said", "Two in three
 * said", "about half". */
gboolean
rules_is_quantifier (const Rules *r,
                     guint        i)
{
  static const char * const words[] = {
    "some", "many", "most", "several", "few", "one", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "half", "third", "quarter", "majority", "minority",
    "plurality", "percent", "%", "two-thirds", "three-quarters", NULL
  };

  return tok (r, i)->kind == READOUT_TOKEN_NUMBER || is_one_of (r, i, words);
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
  /* A verb right after it makes "that" a pronoun, not a complementiser:
   * "dismissed that as unrealistic", "said that was the plan". */
  static const char * const finite[] = {
    "is", "was", "will", "would", "could", "should", "can", "may", "might", "must", "has", "had",
    "does", "did", NULL
  };

  return is_text (r, i, "that") && !is_text (r, i + 1, "as") &&
         i + 1 < r->n && tok (r, i + 1)->kind != READOUT_TOKEN_PUNCT && !is_one_of (r, i + 1, finite);
}

gboolean
rules_is_preposition (const Rules *r,
                      guint        i)
{
  return i < r->n && (class_at (r, i) & W_PREP) != 0;
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

/* A lower-case word in -ing: "by saying", "pointing to". */
gboolean
rules_is_gerund (const Rules *r,
                 guint        i)
{
  gsize len = 0;
  const char *w;

  if (i >= r->n || tok (r, i)->kind != READOUT_TOKEN_WORD || (tok (r, i)->flags & READOUT_TOKEN_CAPITALIZED))
    return FALSE;
  w = readout_tokens_lower (r->tokens, i, &len);
  return len > 4 && memcmp (w + len - 3, "ing", 3) == 0;
}
