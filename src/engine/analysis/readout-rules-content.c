/* readout-rules-content.c — what a cue introduces
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Content spans: the quotation a cue group hangs on, the clause before
 * or after the cue, where a content ends, and what to skip on the way
 * (hearers, adverbials, complementisers).
 */

#include "config.h"

#include <string.h>

#include "readout-rules-util.h"

/* Without the comma a quotation ends with before its cue: “…,” he said. */
guint
rules_trimmed_quote_end (const Rules        *r,
                         const ReadoutQuote *q)
{
  guint close = rules_token_at (r, q->end);

  if (close > 0 && close < r->n && is_punct (r, close - 1, ",") && tok (r, close - 1)->end == q->end)
    return tok (r, close - 1)->start;
  return q->end;
}

/* "afterward", "on Monday", "in a statement", "told reporters": what may
 * follow a cue group that closes its clause. */
guint
rules_skip_adverbial (Rules *r,
                      guint  from,
                      guint  sentence_last)
{
  static const char * const starts[] = {
    "on", "in", "at", "during", "afterward", "afterwards", "later", "earlier", "today",
    "yesterday", "recently", "late", "early", "last", "this", "again", "then", "from",
    "after", "before", "when", "while", "by", "to", "with", "via", NULL
  };
  guint k = from;

  /* "officials said Wednesday.", "he said Monday night." */
  if (k < sentence_last && tok (r, k)->kind == READOUT_TOKEN_WORD && rules_is_time_word (r, k))
    {
      while (k < sentence_last && k - from < 4 && tok (r, k)->kind == READOUT_TOKEN_WORD && rules_is_time_word (r, k))
        k++;
      if (k >= sentence_last || tok (r, k)->kind == READOUT_TOKEN_PUNCT)
        return k;
      k = from;
    }
  if (k < sentence_last && is_one_of (r, k, starts))
    {
      guint end = MIN (sentence_last, from + 9);

      while (k < end && tok (r, k)->kind == READOUT_TOKEN_WORD)
        k++;
      if (k < sentence_last && tok (r, k)->kind != READOUT_TOKEN_PUNCT)
        return from;
    }
  return k;
}

/* Content [first, last) in tokens → offsets, kind and flags. Returns FALSE
 * when there is nothing worth a statement. */
gboolean
rules_set_content (Rules      *r,
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
  /* "… the city of Susangerd where, it said, …": a relative word whose
   * clause was cut off belongs to nothing. */
  if (last > first + 1 && !(tok (r, last - 1)->flags & READOUT_TOKEN_IN_QUOTE) &&
      (is_text (r, last - 1, "where") || is_text (r, last - 1, "which") || is_text (r, last - 1, "who") ||
       is_text (r, last - 1, "whom") || is_text (r, last - 1, "that")))
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
  /* "endorsed Kamau": a stance may take a bare name; "opposed it"
   * tells a reader nothing without the pronoun's antecedent. */
  if (words < 2 &&
      !(words == 1 && last == first + 1 && raw->cue != NULL && raw->cue->cue_class == READOUT_CUE_STANCE &&
        ((r->mentions->starting[first] >= 0 &&
          mention_at (r, r->mentions->starting[first])->kind != READOUT_MENTION_PRONOUN) ||
         ((tok (r, first)->flags & READOUT_TOKEN_CAPITALIZED) && r->mentions->starting[first] < 0))))
    return FALSE;
  /* "ships suspected of damaging the lines", "the pipeline blasts of
   * previous years": a verb of speech or thought takes no "of" phrase
   * as what was said, only "warned of", "spoke of", "complained of". */
  if (is_text (r, first, "of") && raw->cue != NULL &&
      !(_readout_cue_word_is (raw->cue->lemma, "warn") || _readout_cue_word_is (raw->cue->lemma, "speak") ||
        _readout_cue_word_is (raw->cue->lemma, "complain") || _readout_cue_word_is (raw->cue->lemma, "approve") ||
        _readout_cue_word_is (raw->cue->lemma, "disapprove") || _readout_cue_word_is (raw->cue->lemma, "boast")))
    return FALSE;
  /* "asking not to be identified": the source's terms, not a statement. */
  if ((is_text (r, first, "not") && is_text (r, first + 1, "to") && is_text (r, first + 2, "be")) ||
      (is_text (r, first, "to") && is_text (r, first + 1, "remain") && is_text (r, first + 2, "anonymous")))
    return FALSE;

  /* Exactly one quotation: a direct quote after all ("added that “…”"). */
  if (is_open (r, first) && tok (r, first)->quote >= 0)
    {
      const ReadoutQuote *q = quote (r, tok (r, first)->quote);

      guint after = rules_token_at (r, q->close_end);

      if (q->closed &&
          (q->close_end >= tok (r, last - 1)->end || after >= last ||
           tok (r, after)->kind == READOUT_TOKEN_PUNCT ||
           is_text (r, after, "while") || is_text (r, after, "but") || is_text (r, after, "and") ||
           is_text (r, after, "although") || is_text (r, after, "as") || is_text (r, after, "whereas")))
        {
          raw->kind = READOUT_STATEMENT_DIRECT;
          raw->start = q->start;
          raw->end = rules_trimmed_quote_end (r, q);
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
  else if (rules_is_institutional (r, raw->mention, raw->entity))
    raw->kind = READOUT_STATEMENT_STANCE;
  else
    raw->kind = READOUT_STATEMENT_INDIRECT;
  return TRUE;
}

void
rules_add_direct (Rules            *r,
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
  raw.end = rules_trimmed_quote_end (r, q);
  raw.confidence = confidence;
  for (guint i = rules_token_at (r, q->start); i < r->n && tok (r, i)->start < q->end; i++)
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
           !rules_is_clause_word (r, k); k++)
        {
          guint n_words = 0;
          const ReadoutCue *cue = rules_cue (r, k, &n_words);

          if (cue != NULL && cue->pos == READOUT_CUE_POS_VERB &&
              (cue->flags & (READOUT_CUE_FORM_PAST | READOUT_CUE_FORM_THIRD)) &&
              (k + n_words >= limit || tok (r, k + n_words)->kind == READOUT_TOKEN_PUNCT))
            return TRUE;
        }
    }
  /* ", while only 12 percent said they …": a share of those polled. */
  if (m < 0)
    for (guint k = i + 1; k < limit && k - i <= 6 && !(tok (r, k)->flags & READOUT_TOKEN_IN_QUOTE); k++)
      {
        guint n_words = 0, first = 0;
        const ReadoutCue *cue = rules_cue (r, k, &n_words);

        if (cue != NULL && cue->pos == READOUT_CUE_POS_VERB &&
            (cue->flags & (READOUT_CUE_FORM_PAST | READOUT_CUE_FORM_THIRD)))
          {
            if (rules_share_before (r, k, &first) && first == i)
              return TRUE;
            break;
          }
      }
  if (m >= 0 && rules_can_speak (mention_at (r, m)))
    {
      guint k = mention_at (r, m)->last;
      guint steps = 0;

      while (k < limit && steps++ < MAX_SKIP && rules_is_skippable (r, k))
        k++;
      if (k < limit && rules_cue (r, k, &n_cue) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Where the content that starts at @from ends: the sentence end, a
 * semicolon, or a comma before another cue group or a gerund cue. */
guint
rules_content_end (Rules *r,
                   guint  from,
                   guint  sentence_last)
{
  static const char * const conjunctions[] = {
    "and", "but", "while", "after", "before", "when", "as", "although", "because", "since", NULL
  };

  /* No statement is longer than this; the bound keeps a pathological
   * 50,000-word sentence full of cues linear. */
  sentence_last = MIN (sentence_last, from + MAX_CONTENT);

  for (guint i = from; i < sentence_last; i++)
    {
      guint n_cue = 0;
      const ReadoutCue *cue;

      /* “… was maniacal,” adding, “…”: the comma is inside the marks. */
      if (i > from && is_close (r, i) && is_punct (r, i - 1, ",") && i + 1 < sentence_last)
        {
          cue = rules_cue (r, i + 1, &n_cue);
          if (starts_cue_group (r, i + 1, sentence_last) ||
              (cue != NULL && cue->pos == READOUT_CUE_POS_VERB &&
               (cue->flags & (READOUT_CUE_FORM_GERUND | READOUT_CUE_FORM_THIRD | READOUT_CUE_FORM_PAST))))
            return i + 1;
        }
      if (tok (r, i)->flags & READOUT_TOKEN_IN_QUOTE)
        continue;
      /* "… and warned that": a second cue of the same subject. */
      if (i > from && (is_text (r, i, "and") || is_text (r, i, "but")) && i + 1 < sentence_last &&
          rules_is_verb_cue_at (r, i + 1))
        {
          guint n_words = 0;
          const ReadoutCue *next = rules_cue (r, i + 1, &n_words);

          if (next != NULL && next->flags & (READOUT_CUE_FORM_PAST | READOUT_CUE_FORM_THIRD))
            return i;
        }
      /* ", as envoys arrived", ", while others …": narration again. */
      if (is_comma_like (r, i) && i + 1 < sentence_last &&
          (is_text (r, i + 1, "as") || is_text (r, i + 1, "amid") || is_text (r, i + 1, "despite") ||
           is_text (r, i + 1, "while") || is_text (r, i + 1, "whereas") || is_text (r, i + 1, "although") ||
           is_text (r, i + 1, "though")))
        return i;
      if (is_punct (r, i, ";") || is_punct (r, i, "\xe2\x80\x94") || is_punct (r, i, "\xe2\x80\x93"))
        {
          /* "both sides to publish figures — including the catch —
           * for every fleet": a pair of dashes sets off an aside inside
           * the clause, which goes on after the second. */
          const char *dash = is_punct (r, i, "\xe2\x80\x94") ? "\xe2\x80\x94" : "\xe2\x80\x93";
          guint k = i + 1;

          if (is_punct (r, i, ";"))
            return i;
          while (k < sentence_last && k - i <= 15 && !is_punct (r, k, ";") && !is_punct (r, k, dash))
            k++;
          if (k >= sentence_last || k - i > 15 || is_punct (r, k, ";") || k + 1 >= sentence_last ||
              tok (r, k + 1)->kind != READOUT_TOKEN_WORD)
            return i;
          i = k;
          continue;
        }
      if (!is_comma_like (r, i))
        continue;
      /* ", Ryabkov said" / ", he added" / ", and she said" */
      if (starts_cue_group (r, i + 1, sentence_last) ||
          (is_one_of (r, i + 1, conjunctions) && starts_cue_group (r, i + 2, sentence_last)))
        return i;
      /* ", adding that" / ", saying" / ", but says" / ", said Sherman" */
      {
        guint k = i + 1;

        if (is_text (r, k, "but") || is_text (r, k, "and") || is_text (r, k, "while"))
          k++;
        cue = rules_cue (r, k, &n_cue);
        if (cue != NULL && cue->pos == READOUT_CUE_POS_VERB &&
            (cue->flags & (READOUT_CUE_FORM_GERUND | READOUT_CUE_FORM_THIRD | READOUT_CUE_FORM_PAST)))
          return i;
        if (cue != NULL && cue->cue_class == READOUT_CUE_ACCORDING)
          return i;
      }
    }
  return sentence_last;
}

/* "The only problem, Ms. Mwangi said, is that …", "Later, she
 * said, the talks were …": a cue group between commas inside its reported
 * clause. @comma is the comma after the cue group; returns where the rest
 * of the clause ends, or 0 when what follows the comma is narration
 * (", adding that", ", who …", ", but …", ", pointing to …") or a
 * quotation of its own. */
guint
rules_parenthetical_end (Rules *r,
                         guint  comma,
                         guint  sentence_last)
{
  static const char * const tails[] = {
    "and", "but", "or", "while", "whereas", "although", "though", "as", "because", "who", "which",
    "whom", "whose", "where", "according", "even", "including", "unlike", "than", "then", "not",
    NULL
  };
  guint k = comma + 1;
  guint n_cue = 0;
  const ReadoutCue *cue;
  const char *word;
  gsize len = 0;

  if (k >= sentence_last || !is_comma_like (r, comma) ||
      (tok (r, k)->kind != READOUT_TOKEN_WORD && tok (r, k)->kind != READOUT_TOKEN_NUMBER) ||
      (tok (r, k)->flags & READOUT_TOKEN_IN_QUOTE) || is_one_of (r, k, tails))
    return 0;
  cue = rules_cue (r, k, &n_cue);
  if (cue != NULL && cue->pos == READOUT_CUE_POS_VERB && (cue->flags & READOUT_CUE_FORM_GERUND))
    return 0;
  /* ", pointing to the polls", ", visibly irritated": a participle
   * describes the speaking, it does not go on with what was said. */
  word = readout_tokens_lower (r->tokens, k, &len);
  if (!(tok (r, k)->flags & READOUT_TOKEN_CAPITALIZED) && len > 4 &&
      (memcmp (word + len - 3, "ing", 3) == 0 || memcmp (word + len - 2, "ed", 2) == 0))
    return 0;
  return rules_content_end (r, k, sentence_last);
}

/* Where a plain noun-phrase object that starts at @from ends, at most
 * at @to: before a comma or a clause-level word ("backed Kamau by a
 * wide margin", "support her if nominated", "endorsed Ochieng in a
 * message"). A clause after "that" is left whole. */
guint
rules_object_end (Rules   *r,
                  guint    from,
                  guint    to,
                  gboolean keep_as)
{
  static const char * const stops[] = {
    "by", "if", "over", "in", "because", "while", "as", "now", "with", "on", "at", "after",
    "before", "when", "since", "but", "although", "despite", "during", "unless", NULL
  };

  if (rules_is_complementizer (r, from))
    return to;
  for (guint k = from + 1; k < to; k++)
    if ((tok (r, k)->flags & READOUT_TOKEN_IN_QUOTE) == 0 &&
        (is_comma_like (r, k) || is_punct (r, k, "(") || (is_one_of (r, k, stops) && !(keep_as && is_text (r, k, "as")))))
      return k;
  return to;
}

guint
rules_skip_object (Rules            *r,
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
    return rules_is_complementizer (r, from) ? from + 1 : from;

  for (guint k = from; k < sentence_last && k - from < MAX_OBJECT; k++)
    {
      if (rules_is_complementizer (r, k) || is_colon (r, k))
        return k + 1;
      if (is_open (r, k))
        return to_quote || k == from ? k : from;
      if (tok (r, k)->kind == READOUT_TOKEN_PUNCT)
        return from;
    }
  return from;
}

/* The hearer of "told" without "that": a mention or a short noun phrase,
 * then prepositional phrases. Returns where the content starts. */
guint
rules_skip_hearer (Rules *r,
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
             !rules_is_preposition (r, k) && !rules_is_np_determiner (r, k) && !rules_is_clause_word (r, k))
        k++;
    }
  while (k < sentence_last && rules_is_preposition (r, k))
    {
      guint start = k++;

      if (k < sentence_last && r->mentions->starting[k] >= 0)
        k = mention_at (r, r->mentions->starting[k])->last;
      else
        {
          if (k < sentence_last && rules_is_np_determiner (r, k))
            k++;
          while (k < sentence_last && k - start < 5 && tok (r, k)->kind == READOUT_TOKEN_WORD &&
                 !rules_is_preposition (r, k) && !rules_is_np_determiner (r, k) && !rules_is_clause_word (r, k) &&
                 (k == start + 1 || !(tok (r, k)->flags & READOUT_TOKEN_CAPITALIZED) ||
                  (tok (r, k - 1)->flags & READOUT_TOKEN_CAPITALIZED)))
            k++;
        }
    }
  return k;
}

/* "called him a coward", "called Brandt reckless": a person named, then
 * what they are called. Not "called him on Monday", "called her back". */
static gboolean
names_object (Rules *r,
              guint  from,
              guint  sentence_last)
{
  static const char * const objects[] = {
    "him", "her", "them", "it", "himself", "herself", "themselves", "itself", "this", NULL
  };
  static const char * const particles[] = {
    "back", "out", "up", "off", "in", "to", "and", "or", "for", "on", "upon", "into", "over", NULL
  };
  guint k = from;
  gint m;

  if (k >= sentence_last)
    return FALSE;
  m = r->mentions->starting[k];
  if (is_one_of (r, k, objects))
    k++;
  else if (m >= 0 && rules_can_speak (mention_at (r, m)))
    k = mention_at (r, m)->last;
  else
    return FALSE;
  return k + 1 < sentence_last && tok (r, k)->kind == READOUT_TOKEN_WORD &&
         !(tok (r, k)->flags & READOUT_TOKEN_CAPITALIZED) && !is_one_of (r, k, particles) &&
         !rules_is_preposition (r, k) && !rules_is_time_word (r, k) && !rules_is_clause_word (r, k);
}

/* A cue with NEEDS_COMPLEMENT must be followed by "that", a colon, a
 * quotation or "to" (past an object). */
gboolean
rules_has_complement (Rules            *r,
                      const ReadoutCue *cue,
                      guint             from,
                      guint             sentence_last)
{
  if (_readout_cue_word_is (cue->lemma, "call") && (cue->flags & (READOUT_CUE_FORM_PAST | READOUT_CUE_FORM_THIRD)) &&
      names_object (r, from, sentence_last))
    return TRUE;
  for (guint k = from; k < sentence_last && k - from < MAX_OBJECT; k++)
    {
      if (is_text (r, k, "that") || is_colon (r, k) || is_open (r, k))
        return TRUE;
      /* "She responded, “Well, …”" */
      if (is_comma_like (r, k) && is_open (r, k + 1))
        return TRUE;
      /* "described the talks as unrealistic", "characterised it as …" */
      if (is_text (r, k, "as") && k > from &&
          (_readout_cue_word_is (cue->lemma, "describe") || _readout_cue_word_is (cue->lemma, "characterize") ||
           _readout_cue_word_is (cue->lemma, "characterise") || _readout_cue_word_is (cue->lemma, "call")))
        return TRUE;
      /* "continued to search", "states to": not speech; but "wants to",
       * "plans to" state an intention. "back to" is a direction ("sent
       * back to Turkey"), never a side taken. */
      if (is_text (r, k, "to"))
        return (cue->cue_class == READOUT_CUE_STANCE && !_readout_cue_word_is (cue->lemma, "back")) ||
               _readout_cue_word_is (cue->act, "intend");
      if (tok (r, k)->kind == READOUT_TOKEN_PUNCT)
        return FALSE;
    }
  return FALSE;
}

/* "and would …", "and has …": a second verb phrase of the subject. */
guint
rules_object_before_next_verb (Rules *r,
                               guint  from,
                               guint  to)
{
  static const char * const auxiliaries[] = {
    "would", "will", "could", "should", "can", "may", "might", "must", "has", "have", "had",
    "is", "was", "were", "are", "did", "does", NULL
  };

  for (guint k = from + 1; k + 1 < to; k++)
    if (!(tok (r, k)->flags & READOUT_TOKEN_IN_QUOTE) && is_text (r, k, "and") &&
        is_one_of (r, k + 1, auxiliaries))
      return k;
  return to;
}
