/* readout-rules.c — cue, source and content rules
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For each cue outside quotation marks: its source is the mention right
 * before it (past auxiliaries and adverbs), or right after it for
 * inverted and "according to" cues, or the subject of the clause it
 * continues ("…, adding that", "but says"). Its content is, in this order
 * of preference: the quotation the cue group is attached to ("…,” he said),
 * the clause before the cue group ("…, Ryabkov said."), or the clause after
 * the cue up to the next cue group or the end of the sentence. Quotations
 * no cue claimed continue the last direct speaker nearby. See
 * docs/attribution.md for the reasoning behind each rule.
 */

#include "config.h"

#include <string.h>

#include "readout-rules-private.h"

#define MAX_SKIP      6    /* auxiliaries and adverbs between source and cue */
#define MAX_OBJECT    7    /* "told reporters in Geneva on Monday that" */
#define FLOAT_BLOCKS  2    /* how far back a floating quote looks for its speaker */

typedef struct
{
  const ReadoutTokens *tokens;
  ReadoutLexicon      *lexicon;
  ReadoutMentions     *mentions;
  ReadoutEntities     *entities;
  ReadoutDocument     *document;
  GArray              *raw;
  guchar              *quote_used;
  guchar              *official;         /* per block: an official's transcript turn */
  guchar              *pass0_used;       /* per token: a cue used in pass 0 starts here */
  gint                *p0_last;          /* per sentence: its last statement from pass 0, or -1 */
  guint                n;
  guint                sentence_first;   /* raw index of the current sentence's first statement */
} Rules;

typedef struct
{
  guint             first;     /* cue tokens [first, last) */
  guint             last;
  const ReadoutCue *cue;
} Cue;

static inline const ReadoutToken *
tok (const Rules *r,
     guint        i)
{
  return &g_array_index (r->tokens->tokens, ReadoutToken, i);
}

static inline gboolean
is_text (const Rules *r,
         guint        i,
         const char  *word)
{
  return i < r->n && readout_tokens_is (r->tokens, i, word);
}

static gboolean
is_one_of (const Rules        *r,
           guint               i,
           const char * const *words)
{
  for (guint k = 0; words[k]; k++)
    if (is_text (r, i, words[k]))
      return TRUE;
  return FALSE;
}

static inline gboolean
is_punct (const Rules *r,
          guint        i,
          const char  *p)
{
  return i < r->n && tok (r, i)->kind == READOUT_TOKEN_PUNCT && readout_tokens_is (r->tokens, i, p);
}

static inline gboolean
is_comma_like (const Rules *r,
               guint        i)
{
  return is_punct (r, i, ",") || is_punct (r, i, "\xe2\x80\x94") || is_punct (r, i, "\xe2\x80\x93");
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

static const ReadoutQuote *
quote (const Rules *r,
       gint         index)
{
  return &g_array_index (r->tokens->quotes, ReadoutQuote, index);
}

/* Words that may stand between a subject and its cue. */
static gboolean
is_skippable (const Rules *r,
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
static gboolean
is_time_word (const Rules *r,
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
    return i + 1 < r->n && is_time_word (r, i + 1) && !is_text (r, i + 1, "on");
  return is_one_of (r, i, words);
}

static gboolean
is_negation (const Rules *r,
             guint        i)
{
  static const char * const words[] = { "not", "n't", "never", "no", NULL };
  gsize len;
  const char *w = readout_tokens_lower (r->tokens, i, &len);

  return is_one_of (r, i, words) ||
         (len > 3 && memcmp (w + len - 3, "n't", 3) == 0) ||
         (len > 5 && memcmp (w + len - 5, "n\xe2\x80\x99t", 5) == 0);
}

static ReadoutMention *
mention_at (const Rules *r,
            gint         index)
{
  return readout_mentions_get (r->mentions, index);
}

static gboolean
can_speak (const ReadoutMention *m)
{
  if (m == NULL || m->possessive)
    return FALSE;
  if (m->kind == READOUT_MENTION_PRONOUN)
    return m->subject && (m->gender != READOUT_GENDER_UNKNOWN || m->plural);
  return TRUE;
}

/* A source: a mention, or any noun phrase ("the oil industry", "many
 * analysts") when no mention fits — those get no speaker. */
typedef struct
{
  gint  mention;   /* -1 for a plain noun phrase */
  gint  entity;    /* -1 unless known (a relative pronoun's antecedent) */
  guint first;     /* tokens [first, last); first == last: none */
  guint last;
} Src;

static gboolean
is_np_determiner (const Rules *r,
                  guint        i)
{
  static const char * const words[] = {
    "a", "an", "the", "this", "these", "those", "many", "some", "several", "most", "other",
    "one", "two", "three", "four", "five", "few", "both", "all", "its", "their", "his", "her",
    "our", "my", "your", "another", "each", "every", "no", NULL
  };

  return is_one_of (r, i, words);
}

static gboolean
is_clause_word (const Rules *r,
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

static inline gboolean
is_cue_at (Rules *r,
           guint  i)
{
  guint n_cue = 0;

  return readout_lexicon_match_cue (r->lexicon, r->tokens, i, &n_cue) != NULL;
}

static inline gboolean
is_verb_cue_at (Rules *r,
                guint  i)
{
  guint n_cue = 0;
  const ReadoutCue *cue = readout_lexicon_match_cue (r->lexicon, r->tokens, i, &n_cue);

  return cue != NULL && cue->pos != READOUT_CUE_POS_NOUN;
}

/* A noun phrase ending right before @end: "the state's business records". */
static gboolean
noun_phrase_before (Rules *r,
                    guint  end,
                    guint *first)
{
  guint sentence = tok (r, end - 1)->sentence;
  guint head = end - 1;
  guint k = end, words = 0;
  gboolean plural_head;

  if (tok (r, head)->kind != READOUT_TOKEN_WORD || (tok (r, head)->flags & READOUT_TOKEN_IN_QUOTE) ||
      is_clause_word (r, head) || is_skippable (r, head) || is_np_determiner (r, head) ||
      is_verb_cue_at (r, head) || (tok (r, head)->flags & READOUT_TOKEN_POSSESSIVE))
    return FALSE;
  /* A bare lower-case word is rarely a source ("private promises"): want a
   * determiner, a capital or a plural head. */
  {
    gsize len;
    const char *w = readout_tokens_lower (r->tokens, head, &len);

    plural_head = len > 2 && w[len - 1] == 's' && w[len - 2] != 's';
  }
  while (k > 0 && words < 6)
    {
      guint i = k - 1;

      if (tok (r, i)->sentence != sentence || (tok (r, i)->flags & READOUT_TOKEN_IN_QUOTE) ||
          (tok (r, i)->kind != READOUT_TOKEN_WORD && tok (r, i)->kind != READOUT_TOKEN_NUMBER))
        break;
      if (is_np_determiner (r, i))
        {
          k = i;
          break;
        }
      if ((is_clause_word (r, i) && !is_text (r, i, "of") && !is_text (r, i, "for")) || is_cue_at (r, i))
        break;
      k = i;
      words++;
    }
  while (k < end && (is_text (r, k, "of") || is_text (r, k, "for")))
    k++;
  if (k >= end)
    return FALSE;
  if (!is_np_determiner (r, k) && !(tok (r, k)->flags & READOUT_TOKEN_CAPITALIZED) && !plural_head)
    return FALSE;
  *first = k;
  return TRUE;
}

/* A noun phrase starting at @from: "the statement", "people close to him". */
static gboolean
noun_phrase_after (Rules *r,
                   guint  from,
                   guint  limit,
                   guint  max_words,
                   guint *last)
{
  guint k = from;

  while (k < limit && k - from < max_words &&
         (tok (r, k)->kind == READOUT_TOKEN_WORD || tok (r, k)->kind == READOUT_TOKEN_NUMBER) &&
         !(tok (r, k)->flags & READOUT_TOKEN_IN_QUOTE) &&
         (k == from || !is_clause_word (r, k) || is_text (r, k, "of") || is_text (r, k, "for") ||
          is_text (r, k, "at") || is_text (r, k, "to") || is_text (r, k, "with")) &&
         (k == from || !is_cue_at (r, k)))
    k++;
  while (k > from && (is_clause_word (r, k - 1) || is_np_determiner (r, k - 1)))
    k--;
  if (k == from || (k == from + 1 && is_np_determiner (r, from)))
    return FALSE;
  *last = k;
  return TRUE;
}

static gboolean
src_from_mention (Rules *r,
                  gint   m,
                  Src   *src)
{
  if (m < 0 || !can_speak (mention_at (r, m)))
    return FALSE;
  src->mention = m;
  src->entity = mention_at (r, m)->entity;
  src->first = mention_at (r, m)->first;
  src->last = mention_at (r, m)->last;
  return TRUE;
}

/* The subject right before a token: a mention, a relative pronoun with its
 * antecedent, or a noun phrase. */
static gboolean
subject_ending_at (Rules *r,
                   guint  end,
                   Src   *src)
{
  guint first;

  if (r->mentions->ending[end - 1] >= 0)
    {
      if (!src_from_mention (r, r->mentions->ending[end - 1], src))
        return FALSE;
      /* "the Republican", "a Warren adviser": the article belongs to it. */
      if (src->first > 0 && (is_text (r, src->first - 1, "the") || is_text (r, src->first - 1, "a")) &&
          tok (r, src->first - 1)->sentence == tok (r, src->first)->sentence)
        src->first--;
      return TRUE;
    }
  /* "…Murphy, who campaigned with her, said" is handled by the caller;
   * here "Sanders, who said": the source is "who", the speaker Sanders. */
  if (is_text (r, end - 1, "who") || is_text (r, end - 1, "which"))
    {
      guint a = end - 1;

      src->mention = -1;
      src->entity = -1;
      src->first = a;
      src->last = end;
      if (a > 0 && is_punct (r, a - 1, ","))
        a--;
      if (a > 0 && r->mentions->ending[a - 1] >= 0)
        src->entity = mention_at (r, r->mentions->ending[a - 1])->entity;
      return TRUE;
    }
  if (noun_phrase_before (r, end, &first))
    {
      src->mention = -1;
      src->entity = -1;
      src->first = first;
      src->last = end;
      return TRUE;
    }
  return FALSE;
}

/* The subject before @cue_first, past auxiliaries, adverbs, a
 * parenthesis and an apposition or relative clause between commas. */
static gboolean
source_before (Rules *r,
               guint  cue_first,
               Src   *src,
               guint *negated)
{
  guint sentence = tok (r, cue_first)->sentence;
  guint i = cue_first;
  guint steps = 0;

  while (i > 0 && steps++ < MAX_SKIP && tok (r, i - 1)->sentence == sentence &&
         (is_skippable (r, i - 1) || is_time_word (r, i - 1)))
    {
      if (is_negation (r, i - 1))
        *negated = TRUE;
      i--;
    }
  if (i == 0 || tok (r, i - 1)->sentence != sentence)
    return FALSE;

  /* "Sen. Chuck Grassley (R-Iowa) told" */
  if (is_punct (r, i - 1, ")"))
    {
      guint k = i - 1;

      while (k > 0 && i - k < 10 && !is_punct (r, k, "("))
        k--;
      if (is_punct (r, k, "(") && k > 0)
        i = k;
    }

  if (subject_ending_at (r, i, src))
    return TRUE;

  /* "Lukas Brandt, Germany’s foreign minister, said"; "Chris Murphy, who
   * campaigned alongside her, said". */
  for (guint hop = 0; hop < 2 && i >= 3 && is_punct (r, i - 1, ",") && !is_close (r, i - 2); hop++)
    {
      guint c = i - 2;

      while (c > 0 && i - c < 30 && tok (r, c)->sentence == sentence && !is_punct (r, c, ",") &&
             tok (r, c)->kind != READOUT_TOKEN_QUOTE && !is_verb_cue_at (r, c))
        c--;
      if (c == 0 || !is_punct (r, c, ",") || tok (r, c)->sentence != sentence)
        break;
      if ((is_text (r, c + 1, "who") || is_text (r, c + 1, "which") || is_np_determiner (r, c + 1) ||
           r->mentions->starting[c + 1] >= 0 || r->mentions->ending[c - 1] >= 0) &&
          subject_ending_at (r, c, src))
        {
          if (src->mention >= 0 && mention_at (r, src->mention)->kind == READOUT_MENTION_PRONOUN)
            return FALSE;
          src->last = cue_first;   /* the whole phrase, as annotators mark it */
          while (src->last > src->first && (is_punct (r, src->last - 1, ",") || is_skippable (r, src->last - 1)))
            src->last--;
          return TRUE;
        }
      /* "Sanders, meanwhile, who sits at zero, said": one more hop. */
      i = c + 1;
    }
  return FALSE;
}

/* The source after an inverted cue ("said Sherman", "according to the
 * state's records"). */
static gboolean
source_after (Rules *r,
              guint  from,
              guint  limit,
              guint  max_words,
              Src   *src)
{
  guint last;

  if (from >= limit)
    return FALSE;
  if (src_from_mention (r, r->mentions->starting[from], src))
    return TRUE;
  if (is_text (r, from, "the") && from + 1 < limit && src_from_mention (r, r->mentions->starting[from + 1], src))
    {
      src->first = from;
      return TRUE;
    }
  if (noun_phrase_after (r, from, limit, max_words, &last))
    {
      src->mention = -1;
      src->entity = -1;
      src->first = from;
      src->last = last;
      return TRUE;
    }
  return FALSE;
}

static gboolean
copy_source (const ReadoutRaw *prev,
             ReadoutRaw       *raw)
{
  raw->mention = prev->mention;
  raw->entity = prev->entity;
  raw->party = prev->party;
  raw->source_start = prev->source_start;
  raw->source_end = prev->source_end;
  return prev->source_end > prev->source_start || prev->entity >= 0;
}

/* The source of the clause a gerund or coordinated cue continues: the
 * latest statement of the sentence, from this pass or the first. */
static gboolean
previous_source (Rules      *r,
                 guint       sentence,
                 ReadoutRaw *raw)
{
  gint earlier = r->p0_last ? r->p0_last[sentence] : -1;

  for (guint i = r->raw->len; i > r->sentence_first; i--)
    {
      ReadoutRaw *prev = &g_array_index (r->raw, ReadoutRaw, i - 1);

      if (prev->sentence == sentence)
        return copy_source (prev, raw);
    }
  if (earlier >= 0)
    return copy_source (&g_array_index (r->raw, ReadoutRaw, earlier), raw);
  return FALSE;
}

static void
set_source (const Rules *r,
            ReadoutRaw  *raw,
            const Src   *src)
{
  ReadoutMention *m = mention_at (r, src->mention);

  raw->mention = src->mention;
  raw->entity = src->entity;
  raw->source_start = tok (r, src->first)->start;
  raw->source_end = tok (r, src->last - 1)->end;
  raw->party = m ? m->party : NULL;
  if (raw->entity >= 0 && readout_entities_get (r->entities, raw->entity)->party != NULL)
    raw->party = readout_entities_get (r->entities, raw->entity)->party;
}

static gboolean
is_institutional (const Rules *r,
                  gint         mention,
                  gint         entity)
{
  ReadoutMention *m = mention_at (r, mention);

  if (entity >= 0)
    return readout_entities_get (r->entities, entity)->kind == READOUT_SPEAKER_INSTITUTION;
  return m != NULL && (m->kind == READOUT_MENTION_PARTY || m->kind == READOUT_MENTION_INSTITUTION);
}

/* The first token starting at or after code point @cp. */
static guint
token_at (const Rules *r,
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

/* Without the comma a quotation ends with before its cue: “…,” he said. */
static guint
trimmed_quote_end (const Rules        *r,
                   const ReadoutQuote *q)
{
  guint close = token_at (r, q->end);

  if (close > 0 && close < r->n && is_punct (r, close - 1, ",") && tok (r, close - 1)->end == q->end)
    return tok (r, close - 1)->start;
  return q->end;
}

/* "afterward", "on Monday", "in a statement", "told reporters": what may
 * follow a cue group that closes its clause. */
static guint
skip_adverbial (Rules *r,
                guint  from,
                guint  sentence_last)
{
  static const char * const starts[] = {
    "on", "in", "at", "during", "afterward", "afterwards", "later", "earlier", "today",
    "yesterday", "recently", "late", "early", "last", "this", "again", "then", "from",
    "after", "before", "when", "while", "by", NULL
  };
  guint k = from;

  if (k < sentence_last && is_one_of (r, k, starts))
    {
      guint end = MIN (sentence_last, from + 5);

      while (k < end && tok (r, k)->kind == READOUT_TOKEN_WORD)
        k++;
      if (k < sentence_last && tok (r, k)->kind != READOUT_TOKEN_PUNCT)
        return from;
    }
  return k;
}

static gboolean
is_adverbial_start (const Rules *r,
                    guint        i)
{
  static const char * const words[] = {
    "with", "in", "on", "at", "during", "after", "before", "from", "for", "about", "last",
    "this", "earlier", "later", "yesterday", "today", "afterward", "afterwards", "recently",
    "late", "early", "via", "through", "when", "while", NULL
  };

  return i < r->n && is_one_of (r, i, words);
}

static gboolean
is_participle_opening (const Rules *r,
                       guint        i)
{
  gsize len;
  const char *w = readout_tokens_lower (r->tokens, i, &len);

  return tok (r, i)->kind == READOUT_TOKEN_WORD &&
         ((len > 5 && memcmp (w + len - 3, "ing", 3) == 0) || is_text (r, i, "asked") ||
          is_text (r, i, "interviewed"));
}

/* Content [first, last) in tokens → offsets, kind and flags. Returns FALSE
 * when there is nothing worth a statement. */
static gboolean
set_content (Rules      *r,
             ReadoutRaw *raw,
             guint       first,
             guint       last)
{
  gboolean has_quote = FALSE;
  guint words = 0;

  /* Trim punctuation at both ends, but keep the marks of a quotation that
   * is only part of the content. */
  while (first < last && tok (r, first)->kind == READOUT_TOKEN_PUNCT)
    first++;
  /* "WASHINGTON (Northwind) — The U.S. …": the dateline is no content. */
  if (first < last && (tok (r, first)->flags & READOUT_TOKEN_BLOCK_START) &&
      (tok (r, first)->flags & READOUT_TOKEN_ALL_CAPS))
    for (guint k = first; k < last && k < first + 12; k++)
      if (is_punct (r, k, "\xe2\x80\x94") || is_punct (r, k, "\xe2\x80\x93") || is_punct (r, k, "-"))
        {
          first = k + 1;
          break;
        }
  while (last > first && tok (r, last - 1)->kind == READOUT_TOKEN_PUNCT &&
         !is_punct (r, last - 1, "?") && !is_punct (r, last - 1, "!"))
    last--;
  if (last <= first)
    return FALSE;

  for (guint i = first; i < last; i++)
    {
      if (tok (r, i)->kind == READOUT_TOKEN_WORD || tok (r, i)->kind == READOUT_TOKEN_NUMBER)
        words++;
      if (tok (r, i)->kind == READOUT_TOKEN_QUOTE)
        has_quote = TRUE;
      if (is_text (r, i, "if") || is_text (r, i, "unless"))
        raw->conditional = TRUE;
    }
  if (words < 2)
    return FALSE;

  /* Exactly one quotation: a direct quote after all ("added that “…”"). */
  if (is_open (r, first) && tok (r, first)->quote >= 0)
    {
      const ReadoutQuote *q = quote (r, tok (r, first)->quote);

      guint after = token_at (r, q->close_end);

      if (q->closed &&
          (q->close_end >= tok (r, last - 1)->end || after >= last ||
           tok (r, after)->kind == READOUT_TOKEN_PUNCT ||
           is_text (r, after, "while") || is_text (r, after, "but") || is_text (r, after, "and") ||
           is_text (r, after, "although") || is_text (r, after, "as") || is_text (r, after, "whereas")))
        {
          raw->kind = READOUT_STATEMENT_DIRECT;
          raw->start = q->start;
          raw->end = trimmed_quote_end (r, q);
          r->quote_used[tok (r, first)->quote] = 1;
          return TRUE;
        }
    }

  raw->start = tok (r, first)->start;
  raw->end = tok (r, last - 1)->end;
  for (guint i = first; i < last && has_quote; i++)
    if (is_open (r, i) && tok (r, i)->quote >= 0)
      r->quote_used[tok (r, i)->quote] = 1;
  if (has_quote)
    raw->kind = READOUT_STATEMENT_MIXED;
  else if (is_institutional (r, raw->mention, raw->entity))
    raw->kind = READOUT_STATEMENT_STANCE;
  else
    raw->kind = READOUT_STATEMENT_INDIRECT;
  return TRUE;
}

static void
add_direct (Rules            *r,
            const ReadoutRaw *proto,
            gint              quote_index,
            double            confidence)
{
  const ReadoutQuote *q = quote (r, quote_index);
  ReadoutRaw raw = *proto;

  if (r->quote_used[quote_index] || q->end <= q->start)
    return;
  r->quote_used[quote_index] = 1;
  raw.kind = READOUT_STATEMENT_DIRECT;
  raw.start = q->start;
  raw.end = trimmed_quote_end (r, q);
  raw.confidence = confidence;
  for (guint i = token_at (r, q->start); i < r->n && tok (r, i)->start < q->end; i++)
    if (is_text (r, i, "if") || is_text (r, i, "unless"))
      raw.conditional = TRUE;
  g_array_append_val (r->raw, raw);
}

/* Is token @i the first of a cue group (a source followed by a cue, or a
 * cue followed by its source) within the sentence? Used to end content. */
static gboolean
starts_cue_group (Rules *r,
                  guint  i,
                  guint  limit)
{
  gint m = r->mentions->starting[i];
  guint n_cue = 0;

  /* ", state media KCNA reported." */
  if (m < 0)
    {
      guint k = i;

      for (k = i + 1; k < limit && k - i <= 5 && tok (r, k)->kind == READOUT_TOKEN_WORD &&
           !is_clause_word (r, k); k++)
        {
          guint n_words = 0;
          const ReadoutCue *cue = readout_lexicon_match_cue (r->lexicon, r->tokens, k, &n_words);

          if (cue != NULL && cue->pos == READOUT_CUE_POS_VERB &&
              (cue->flags & (READOUT_CUE_FORM_PAST | READOUT_CUE_FORM_THIRD)) &&
              (k + n_words >= limit || tok (r, k + n_words)->kind == READOUT_TOKEN_PUNCT))
            return TRUE;
        }
    }
  if (m >= 0 && can_speak (mention_at (r, m)))
    {
      guint k = mention_at (r, m)->last;
      guint steps = 0;

      while (k < limit && steps++ < MAX_SKIP && is_skippable (r, k))
        k++;
      if (k < limit && readout_lexicon_match_cue (r->lexicon, r->tokens, k, &n_cue) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Where the content that starts at @from ends: the sentence end, a
 * semicolon, or a comma before another cue group or a gerund cue. */
static guint
content_end (Rules *r,
             guint  from,
             guint  sentence_last)
{
  for (guint i = from; i < sentence_last; i++)
    {
      guint n_cue = 0;
      const ReadoutCue *cue;

      if (tok (r, i)->flags & READOUT_TOKEN_IN_QUOTE)
        continue;
      /* "… and warned that": a second cue of the same subject. */
      if (i > from && (is_text (r, i, "and") || is_text (r, i, "but")) && i + 1 < sentence_last &&
          is_verb_cue_at (r, i + 1))
        {
          guint n_words = 0;
          const ReadoutCue *next = readout_lexicon_match_cue (r->lexicon, r->tokens, i + 1, &n_words);

          if (next->flags & (READOUT_CUE_FORM_PAST | READOUT_CUE_FORM_THIRD))
            return i;
        }
      /* ", as envoys arrived": narration again. */
      if (is_comma_like (r, i) && i + 1 < sentence_last &&
          (is_text (r, i + 1, "as") || is_text (r, i + 1, "amid") || is_text (r, i + 1, "despite")))
        return i;
      if (is_punct (r, i, ";") || is_punct (r, i, "\xe2\x80\x94") || is_punct (r, i, "\xe2\x80\x93"))
        return i;
      if (!is_comma_like (r, i))
        continue;
      /* ", Ryabkov said" / ", he added" / ", and she said" */
      if (starts_cue_group (r, i + 1, sentence_last) ||
          ((is_text (r, i + 1, "and") || is_text (r, i + 1, "but") || is_text (r, i + 1, "while")) &&
           starts_cue_group (r, i + 2, sentence_last)))
        return i;
      /* ", adding that" / ", saying" / ", but says" / ", said Sherman" */
      {
        guint k = i + 1;

        if (is_text (r, k, "but") || is_text (r, k, "and") || is_text (r, k, "while"))
          k++;
        cue = readout_lexicon_match_cue (r->lexicon, r->tokens, k, &n_cue);
        if (cue != NULL && cue->pos == READOUT_CUE_POS_VERB &&
            (cue->flags & (READOUT_CUE_FORM_GERUND | READOUT_CUE_FORM_THIRD | READOUT_CUE_FORM_PAST)))
          return i;
        if (cue != NULL && cue->cue_class == READOUT_CUE_ACCORDING)
          return i;
      }
    }
  return sentence_last;
}

/* Skip an object and adverbials after a cue ("told reporters on Monday
 * that", "called the talks “…”") up to a complementiser; returns the
 * first content token, or @from when there is nothing to skip. */
static gboolean
is_complementizer (Rules *r,
                   guint  i)
{
  /* "dismissed that as unrealistic": a pronoun, not a complementiser. */
  return is_text (r, i, "that") && !is_text (r, i + 1, "as") &&
         i + 1 < r->n && tok (r, i + 1)->kind != READOUT_TOKEN_PUNCT;
}

static guint
skip_object (Rules            *r,
             const ReadoutCue *cue,
             guint             from,
             guint             sentence_last)
{
  gboolean to_quote = (cue->flags & (READOUT_CUE_TAKES_OBJECT | READOUT_CUE_NEEDS_COMPLEMENT)) != 0;

  if (is_text (r, from, "instead") || is_text (r, from, "again") || is_text (r, from, "also"))
    from++;
  /* For a stance the object is the content: "rejected accusations that…",
   * "urged both sides to…", "accused Moscow of…". */
  if (cue->cue_class == READOUT_CUE_STANCE)
    return is_complementizer (r, from) ? from + 1 : from;

  for (guint k = from; k < sentence_last && k - from < MAX_OBJECT; k++)
    {
      if (is_complementizer (r, k) || is_punct (r, k, ":"))
        return k + 1;
      if (is_open (r, k))
        return to_quote || k == from ? k : from;
      if (tok (r, k)->kind == READOUT_TOKEN_PUNCT)
        return from;
    }
  return from;
}

static gboolean
is_preposition (const Rules *r,
                guint        i)
{
  static const char * const words[] = {
    "in", "on", "at", "during", "after", "before", "from", "for", "of", "with", "via", NULL
  };

  return is_one_of (r, i, words);
}

/* The hearer of "told" without "that": a mention or a short noun phrase,
 * then prepositional phrases. Returns where the content starts. */
static guint
skip_hearer (Rules *r,
             guint  from,
             guint  sentence_last)
{
  guint k = from;
  gint m;

  if (k >= sentence_last)
    return from;
  m = r->mentions->starting[k];
  if (m >= 0)
    k = mention_at (r, m)->last;
  else if (tok (r, k)->kind == READOUT_TOKEN_WORD)
    {
      k++;
      while (k < sentence_last && k - from < 5 && tok (r, k)->kind == READOUT_TOKEN_WORD &&
             !is_preposition (r, k) && !is_np_determiner (r, k) && !is_clause_word (r, k))
        k++;
    }
  while (k < sentence_last && is_preposition (r, k))
    {
      guint start = k++;

      if (k < sentence_last && r->mentions->starting[k] >= 0)
        k = mention_at (r, r->mentions->starting[k])->last;
      else
        {
          if (k < sentence_last && is_np_determiner (r, k))
            k++;
          while (k < sentence_last && k - start < 5 && tok (r, k)->kind == READOUT_TOKEN_WORD &&
                 !is_preposition (r, k) && !is_np_determiner (r, k) && !is_clause_word (r, k) &&
                 (k == start + 1 || !(tok (r, k)->flags & READOUT_TOKEN_CAPITALIZED) ||
                  (tok (r, k - 1)->flags & READOUT_TOKEN_CAPITALIZED)))
            k++;
        }
    }
  return k;
}

/* A cue with NEEDS_COMPLEMENT must be followed by "that", a colon, a
 * quotation or "to" (past an object). */
static gboolean
has_complement (Rules            *r,
                const ReadoutCue *cue,
                guint             from,
                guint             sentence_last)
{
  for (guint k = from; k < sentence_last && k - from < MAX_OBJECT; k++)
    {
      if (is_text (r, k, "that") || is_punct (r, k, ":") || is_open (r, k))
        return TRUE;
      /* "continued to search", "states to": not speech. */
      if (is_text (r, k, "to"))
        return cue->cue_class == READOUT_CUE_STANCE;
      if (tok (r, k)->kind == READOUT_TOKEN_PUNCT)
        return FALSE;
    }
  return FALSE;
}

/* Pass 0 applies only cue groups that hang on a quotation, so that
 * “…,” Ryabkov said claims its quote before an earlier cue in the same
 * sentence ("Russia believes it’s “…”") can; pass 1 applies the rest.
 * Returns TRUE when the cue was used. */
static gboolean
apply_cue (Rules                 *r,
           const Cue             *cue,
           const ReadoutSentence *s,
           guint                  pass)
{
  ReadoutRaw raw = { 0 };
  guint negated = FALSE;
  Src src = { -1, -1, 0, 0 };
  gboolean found = FALSE;
  guint group_first, group_last;
  gboolean inverted = FALSE;
  gboolean continued = FALSE;

  raw.entity = -1;
  raw.mention = -1;
  raw.block = s->block;
  raw.sentence = tok (r, cue->first)->sentence;
  raw.cue_start = tok (r, cue->first)->start;
  raw.cue_end = tok (r, cue->last - 1)->end;

  if ((cue->cue->flags & READOUT_CUE_NEEDS_COMPLEMENT) && !has_complement (r, cue->cue, cue->last, s->last))
    return FALSE;

  if (cue->cue->cue_class == READOUT_CUE_ACCORDING)
    {
      if (!source_after (r, cue->last, s->last, 12, &src))
        return FALSE;
      group_first = cue->first;
      group_last = src.last;
      inverted = TRUE;
    }
  else
    {
      found = source_before (r, cue->first, &src, &negated);
      /* A plain noun phrase needs a cue that is clearly a finite verb:
       * "promises", "calls" are nouns as often as verbs. */
      if (found && src.mention < 0 && src.entity < 0 && !is_text (r, src.first, "who") &&
          !((cue->cue->flags & READOUT_CUE_FORM_PAST) ||
            ((cue->cue->flags & READOUT_CUE_FORM_THIRD) && !(cue->cue->flags & READOUT_CUE_FORM_PLURAL)) ||
            ((cue->cue->flags & READOUT_CUE_FORM_BASE) && cue->cue->pos == READOUT_CUE_POS_VERB &&
             !(cue->cue->flags & READOUT_CUE_FORM_GERUND))))
        found = FALSE;
      if (!found && (cue->cue->flags & READOUT_CUE_INVERTS) && cue->first > s->first &&
          (tok (r, cue->first - 1)->kind != READOUT_TOKEN_WORD) &&
          source_after (r, cue->last, s->last, 8, &src))
        {
          found = TRUE;
          inverted = TRUE;
        }
      if (!found && cue->first > s->first &&
          (is_comma_like (r, cue->first - 1) || is_text (r, cue->first - 1, "but") ||
           is_text (r, cue->first - 1, "and")))
        {
          if (!previous_source (r, raw.sentence, &raw))
            return FALSE;
          continued = TRUE;
        }
      if (!found && !continued)
        return FALSE;
      group_first = continued || inverted ? cue->first : src.first;
      group_last = inverted ? src.last : cue->last;
    }
  if (!continued)
    set_source (r, &raw, &src);
  /* "denies", "rejected": the content is what the source says is not so. */
  raw.negated = negated || g_strcmp0 (cue->cue->act, "deny") == 0;
  if (cue->first > 0 && (is_text (r, cue->first - 1, "would") || is_text (r, cue->first - 1, "could")))
    raw.conditional = TRUE;
  raw.confidence = raw.entity >= 0 ? 0.85 : 0.6;
  if (!continued && src.mention >= 0 && mention_at (r, src.mention)->kind == READOUT_MENTION_PRONOUN)
    raw.confidence -= 0.1;

  /* 1. The cue group hangs on a quotation: “…,” Sherman said (“…”). */
  {
    guint q = group_first;

    if (q > s->first && is_comma_like (r, q - 1))
      q--;
    if (q > 0 && is_close (r, q - 1) && tok (r, q - 1)->quote >= 0 && !continued &&
        !r->quote_used[tok (r, q - 1)->quote])
      {
        gint index = tok (r, q - 1)->quote;
        guint after = group_last;

        add_direct (r, &raw, index, raw.confidence + 0.1);
        /* The second half of a split quote: “A,” she added, “B.” */
        while (after < s->last && after - group_last < 4 && !is_open (r, after) &&
               tok (r, after)->kind == READOUT_TOKEN_WORD)
          after++;
        if (after < s->last && is_comma_like (r, after))
          after++;
        if (is_open (r, after) && tok (r, after)->quote >= 0)
          add_direct (r, &raw, tok (r, after)->quote, raw.confidence + 0.1);
        else if (after < r->n && is_open (r, after) == FALSE && after == s->last && s->last < r->n &&
                 is_open (r, s->last) && tok (r, s->last)->quote >= 0 &&
                 tok (r, s->last)->block == s->block &&
                 !(tok (r, s->last)->flags & READOUT_TOKEN_CAPITALIZED))
          add_direct (r, &raw, tok (r, s->last)->quote, raw.confidence);
        return TRUE;
      }
  }
  if (pass == 0)
    return FALSE;

  /* 2. The cue group closes the clause: "…, Ryabkov said." */
  if (group_first > s->first && is_comma_like (r, group_first - 1) && !continued)
    {
      guint after = skip_adverbial (r, group_last, s->last);

      if (after >= s->last || tok (r, after)->kind == READOUT_TOKEN_PUNCT)
        {
          guint first = s->first;

          /* Start after the content of an earlier statement of the sentence. */
          for (guint i = r->sentence_first; i < r->raw->len + 1; i++)
            {
              ReadoutRaw *prev;

              /* The last slot stands for the first pass's statement. */
              if (i == r->raw->len)
                {
                  if (r->p0_last == NULL || r->p0_last[raw.sentence] < 0)
                    break;
                  prev = &g_array_index (r->raw, ReadoutRaw, r->p0_last[raw.sentence]);
                }
              else
                prev = &g_array_index (r->raw, ReadoutRaw, i);

              /* Past a quotation claimed earlier, never past a statement
               * nested inside this one ("Y said [X has asked …]"). */
              if (prev->sentence == raw.sentence && prev->kind == READOUT_STATEMENT_DIRECT)
                while (first < group_first && tok (r, first)->start < prev->end)
                  first++;
            }
          /* "Speaking after talks with X, Brandt said": no content. */
          if (first == s->first && is_participle_opening (r, first))
            {
              guint k = first;

              while (k < group_first - 1 && !is_comma_like (r, k))
                k++;
              first = k + 1;
            }
          if (set_content (r, &raw, first, group_first - 1))
            g_array_append_val (r->raw, raw);
          return TRUE;
        }
    }

  /* 3. The content follows the cue. */
  {
    guint from = group_last;
    guint to;

    if (inverted && cue->cue->cue_class == READOUT_CUE_ACCORDING && is_comma_like (r, from))
      from++;
    else if (inverted)
      return FALSE;   /* "…, said Sherman" with nothing before it: a fragment */
    {
      guint skipped = skip_object (r, cue->cue, from, s->last);

      /* "told a conference in Oslo the alliance would…": past the hearer. */
      if (skipped == from && (cue->cue->flags & READOUT_CUE_TAKES_OBJECT) &&
          (g_str_equal (cue->cue->lemma, "tell") || g_str_equal (cue->cue->lemma, "inform") ||
           g_str_equal (cue->cue->lemma, "assure") || g_str_equal (cue->cue->lemma, "remind") ||
           g_str_equal (cue->cue->lemma, "brief")))
        skipped = skip_hearer (r, from, s->last);
      from = skipped;
    }
    if (is_comma_like (r, from) && is_open (r, from + 1))
      from++;
    /* "said in an interview with CNN, …", "told CNN last year": an
     * adverbial, then maybe the content after a comma. */
    if (is_adverbial_start (r, from))
      {
        guint k = from;

        while (k < s->last && k - from < 8 && tok (r, k)->kind != READOUT_TOKEN_PUNCT)
          k++;
        if (k >= s->last || !is_comma_like (r, k))
          return FALSE;
        from = k + 1;
      }
    to = content_end (r, from, s->last);

    /* "says every nation has the right … and that no country should …":
     * two claims, two statements. */
    while (from < to)
      {
        guint split = to;
        ReadoutRaw part = raw;

        for (guint k = from + 2; k + 1 < to; k++)
          if ((is_text (r, k, "and") || is_text (r, k, "but")) && is_text (r, k + 1, "that") &&
              !(tok (r, k)->flags & READOUT_TOKEN_IN_QUOTE))
            {
              split = k;
              break;
            }
        if (set_content (r, &part, from, split))
          {
            if (part.kind == READOUT_STATEMENT_DIRECT)
              part.confidence += 0.05;
            else if (part.kind == READOUT_STATEMENT_STANCE || cue->cue->cue_class != READOUT_CUE_SPEECH)
              part.confidence -= 0.1;
            g_array_append_val (r->raw, part);
          }
        from = split < to ? split + 2 : to;
      }
  }
  return TRUE;
}

static void
apply_sentence (Rules                 *r,
                const ReadoutSentence *s,
                guint                  pass)
{
  Cue cues[64];
  guint n_cues = 0;

  r->sentence_first = r->raw->len;

  for (guint i = s->first; i < s->last && n_cues < G_N_ELEMENTS (cues); i++)
    {
      Cue *cue = &cues[n_cues];
      guint n_cue = 0;

      if (tok (r, i)->flags & READOUT_TOKEN_IN_QUOTE)
        continue;
      cue->cue = readout_lexicon_match_cue (r->lexicon, r->tokens, i, &n_cue);
      if (cue->cue == NULL || n_cue == 0)
        continue;
      /* After "the", "of", "a": a noun, whatever the lexicon says ("secretary of state"). */
      if (cue->cue->pos == READOUT_CUE_POS_VERB && i > s->first &&
          (is_np_determiner (r, i - 1) || is_text (r, i - 1, "of")) && !is_text (r, i - 1, "all") &&
          !is_text (r, i - 1, "both"))
        continue;
      /* Nouns need a clause: "insistence that". */
      if (cue->cue->pos == READOUT_CUE_POS_NOUN && !is_text (r, i + n_cue, "that"))
        continue;
      /* A cue word inside a name: "the Said family", "Call of Duty". */
      if (r->mentions->covering[i] >= 0)
        continue;
      /* "States", "Said" inside a sentence: a name, not a verb. */
      if (cue->cue->pos == READOUT_CUE_POS_VERB && (tok (r, i)->flags & READOUT_TOKEN_CAPITALIZED) &&
          !(tok (r, i)->flags & READOUT_TOKEN_SENTENCE_START))
        continue;
      cue->first = i;
      cue->last = i + n_cue;
      n_cues++;
      i = cue->last - 1;
    }

  for (guint c = 0; c < n_cues; c++)
    {
      /* Pass 1 skips the cues pass 0 used: they hang on a quote it claimed. */
      if (pass == 1 && r->pass0_used[cues[c].first])
        continue;
      if (apply_cue (r, &cues[c], s, pass) && pass == 0)
        r->pass0_used[cues[c].first] = 1;
    }
}

static gint
compare_start (gconstpointer a,
               gconstpointer b)
{
  const ReadoutRaw *x = a, *y = b;

  return (x->start > y->start) - (x->start < y->start);
}

/* A quotation nobody claimed that opens a sentence right after a direct
 * quote continues that speaker: “…,” Sherman said. “We will not…” */
static void
floating_quotes (Rules *r)
{
  g_autoptr(GArray) directs = g_array_new (FALSE, FALSE, sizeof (ReadoutRaw));
  guint n_quotes = r->tokens->quotes->len;
  guint d = 0;

  for (guint i = 0; i < r->raw->len; i++)
    if (g_array_index (r->raw, ReadoutRaw, i).kind == READOUT_STATEMENT_DIRECT)
      g_array_append_val (directs, g_array_index (r->raw, ReadoutRaw, i));
  if (directs->len == 0)
    return;
  g_array_sort (directs, compare_start);

  for (guint q = 0; q < n_quotes; q++)
    {
      const ReadoutQuote *qt = quote (r, q);
      const ReadoutRaw *last = NULL;
      ReadoutRaw raw;

      if (r->quote_used[q] || !qt->closed || qt->depth > 1 || qt->end - qt->start < 12 ||
          r->official[qt->block_first])
        continue;
      while (d < directs->len && g_array_index (directs, ReadoutRaw, d).start < qt->start)
        d++;
      if (d == 0)
        continue;
      last = &g_array_index (directs, ReadoutRaw, d - 1);
      if (qt->block_first > last->block + FLOAT_BLOCKS || last->entity < 0)
        continue;
      /* Only sentence-like quotations: at a sentence or paragraph start. */
      {
        guint t = token_at (r, qt->open_start);

        if (t >= r->n || !(tok (r, t)->flags & READOUT_TOKEN_SENTENCE_START))
          continue;
      }
      raw = *last;
      raw.start = qt->start;
      raw.end = trimmed_quote_end (r, qt);
      /* No cue; the source stays the mention that introduced the speaker. */
      raw.cue_start = raw.cue_end = 0;
      raw.block = qt->block_first;
      raw.confidence = 0.6;
      raw.negated = raw.conditional = FALSE;
      r->quote_used[q] = 1;
      g_array_append_val (r->raw, raw);
    }
}

static gboolean
is_question_label (const char *label)
{
  static const char * const labels[] = {
    "QUESTION", "Q", "REPORTER", "JOURNALIST", "AUDIENCE MEMBER", "OPERATOR", "MODERATOR", NULL
  };

  for (guint i = 0; labels[i]; i++)
    if (g_ascii_strcasecmp (label, labels[i]) == 0)
      return TRUE;
  return g_str_has_prefix (label, "QUESTION") || g_str_has_prefix (label, "Q ");
}

/* Briefing transcripts: every paragraph of an official's turn is the
 * official's statement; a reporter's turn is not, though the cues inside
 * it still count. Marks the official's blocks in @official. */
static void
transcript_turns (Rules  *r,
                  guchar *official)
{
  guint n_blocks = readout_document_get_n_blocks (r->document);
  gint speaker = -1;
  gboolean any = FALSE;

  for (guint b = 0; b < n_blocks; b++)
    {
      const ReadoutBlock *block = readout_document_get_block (r->document, b);
      ReadoutRaw raw = { 0 };
      guint first, last, label_end;

      if (block->kind == READOUT_BLOCK_TRANSCRIPT_TURN && block->label != NULL)
        {
          any = TRUE;
          speaker = -1;
          label_end = block->start + g_utf8_strlen (block->label, -1);
          if (!is_question_label (block->label))
            speaker = readout_entities_for_label (r->entities, block->label, block->start, label_end);
          if (speaker < 0)
            continue;
          first = token_at (r, label_end);
          if (is_punct (r, first, ":"))
            first++;
          raw.source_start = block->start;
          raw.source_end = label_end;
        }
      else if (any && speaker >= 0 && block->kind == READOUT_BLOCK_PARAGRAPH)
        first = token_at (r, block->start);
      else
        {
          if (block->kind != READOUT_BLOCK_PARAGRAPH)
            speaker = -1;
          continue;
        }

      last = token_at (r, block->end);
      official[b] = 1;
      /* "Welcome to the State Department": the briefer speaks for it. */
      if (readout_entities_get (r->entities, speaker)->party == NULL)
        for (guint k = first; k < last; k++)
          {
            ReadoutMention *m = mention_at (r, r->mentions->starting[k]);

            if (m != NULL && m->kind == READOUT_MENTION_INSTITUTION && m->party != NULL)
              {
                readout_entities_get (r->entities, speaker)->party = m->party;
                break;
              }
          }
      raw.entity = speaker;
      raw.mention = -1;
      raw.party = readout_entities_get (r->entities, speaker)->party;
      raw.block = b;
      raw.confidence = 0.9;
      raw.sentence = first < r->n ? tok (r, first)->sentence : 0;
      if (set_content (r, &raw, first, last))
        {
          raw.kind = READOUT_STATEMENT_DIRECT;
          g_array_append_val (r->raw, raw);
        }
    }
}

GArray *
_readout_rules_apply (const ReadoutTokens *tokens,
                      ReadoutLexicon      *lexicon,
                      ReadoutMentions     *mentions,
                      ReadoutEntities     *entities)
{
  Rules r = { 0 };
  guchar *official;

  r.tokens = tokens;
  r.lexicon = lexicon;
  r.mentions = mentions;
  r.entities = entities;
  r.document = tokens->document;
  r.n = tokens->tokens->len;
  r.raw = g_array_new (FALSE, TRUE, sizeof (ReadoutRaw));
  r.quote_used = g_new0 (guchar, tokens->quotes->len + 1);

  official = g_new0 (guchar, readout_document_get_n_blocks (r.document) + 1);
  r.official = official;
  transcript_turns (&r, official);

  /* Two passes over the whole text: quotations claimed by the cue groups
   * that hang on them first, so that a cue one sentence earlier cannot
   * take them ("Russia believes it’s “wrong … limited,” Ryabkov said"). */
  r.pass0_used = g_new0 (guchar, r.n + 1);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < tokens->sentences->len; i++)
      {
        if (pass == 1 && i == 0)
          {
            r.p0_last = g_new (gint, tokens->sentences->len + 1);
            for (guint k = 0; k <= tokens->sentences->len; k++)
              r.p0_last[k] = -1;
            for (guint k = 0; k < r.raw->len; k++)
              r.p0_last[g_array_index (r.raw, ReadoutRaw, k).sentence] = k;
          }
        const ReadoutSentence *s = &g_array_index (tokens->sentences, ReadoutSentence, i);
        const ReadoutBlock *block = readout_document_get_block (r.document, s->block);

        if (block->kind == READOUT_BLOCK_HEADING || official[s->block])
          continue;
        apply_sentence (&r, s, pass);
      }
  g_free (r.pass0_used);
  g_free (r.p0_last);
  floating_quotes (&r);

  g_free (official);
  g_free (r.quote_used);
  return r.raw;
}
