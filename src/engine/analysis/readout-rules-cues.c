/* readout-rules-cues.c — cues whose source is not their subject
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two kinds of cue break the "subject said content" shape the main rules
 * expect. A question put to someone ("Asked whether he would run, Brandt
 * said…", "when asked if it had a budget") is the asker's, who is rarely
 * named. An impersonal cue ("the truce seems to hold", "the vote is
 * expected to pass") has its subject inside the content and no source.
 * Also here: which verbs take sides, and asides ("as Aksoy noted, …").
 */

#include "config.h"

#include "readout-rules-util.h"

/* What a question put to someone starts with. */
static const char * const question_words[] = {
  "whether", "if", "what", "who", "whom", "whose", "why", "how", "which", "where", NULL
};

/* The content of a question or an impersonal cue ends at the next comma,
 * unless a relative clause follows, and at the latest where
 * rules_content_end() says. */
static guint
clause_end (Rules *r,
            guint  from,
            guint  sentence_last)
{
  guint end = rules_content_end (r, from, sentence_last);

  for (guint k = from + 1; k < end; k++)
    if ((tok (r, k)->flags & READOUT_TOKEN_IN_QUOTE) == 0 && is_comma_like (r, k) &&
        !is_text (r, k + 1, "which") && !is_text (r, k + 1, "who") && !is_text (r, k + 1, "whom"))
      return k;
  return end;
}

static void
init_raw (Rules                 *r,
          const Cue             *cue,
          const ReadoutSentence *s,
          ReadoutRaw            *raw)
{
  raw->entity = -1;
  raw->mention = -1;
  raw->block = s->block;
  raw->sentence = tok (r, cue->first)->sentence;
  raw->cue_start = tok (r, cue->first)->start;
  raw->cue_end = tok (r, cue->last - 1)->end;
  raw->cue = cue->cue;
}

/* "Asked whether…", "when asked about…", "was asked by Brandt if…":
 * the question, said by whoever follows "by", if anyone. Returns TRUE
 * when @cue is such a question, whether or not a statement came of it;
 * statements are added in pass 1 only. */
gboolean
rules_question (Rules                 *r,
                const Cue             *cue,
                const ReadoutSentence *s,
                guint                  pass)
{
  static const char * const lead[] = {
    "when", "if", "after", "once", "as", "being", "was", "were", "been", "is", "are", "be", "get", "got",
    "while", "before", NULL
  };
  ReadoutRaw raw = { 0 };
  guint k = cue->last;
  guint end;
  Src src = { -1, -1, 0, 0 };

  if (!_readout_cue_word_is (cue->cue->lemma, "ask") || cue->as_noun || !(cue->cue->flags & READOUT_CUE_FORM_PAST))
    return FALSE;
  if (!(cue->first == s->first || is_one_of (r, cue->first - 1, lead) || is_comma_like (r, cue->first - 1)))
    return FALSE;
  /* "asked by a reporter if…" */
  if (is_text (r, k, "by") && k + 1 < s->last)
    {
      gint m = r->mentions->starting[k + 1];
      const ReadoutMention *asker = m >= 0 ? mention_at (r, m) : NULL;

      if (asker != NULL && rules_can_speak (asker))
        {
          src.mention = m;
          src.entity = asker->entity;
          src.first = k + 1;
          src.last = asker->last;
          k = src.last;
        }
    }
  /* "asked specifically what…", "asked directly whether…" */
  if (k + 1 < s->last && tok (r, k)->kind == READOUT_TOKEN_WORD && is_one_of (r, k + 1, question_words))
    {
      gsize len;
      const char *w = readout_tokens_lower (r->tokens, k, &len);

      if (len > 3 && g_str_has_suffix (w, "ly"))
        k++;
    }
  if (k >= s->last || !is_one_of (r, k, question_words))
    return FALSE;
  if (pass == 0)
    return TRUE;

  init_raw (r, cue, s, &raw);
  if (src.first < src.last)
    rules_set_source (r, &raw, &src);
  raw.confidence = src.first < src.last ? 0.6 : 0.45;
  end = clause_end (r, k, s->last);
  if (rules_set_content (r, &raw, k, end))
    {
      /* "asked if…" asks; only a condition inside the question counts. */
      raw.conditional = FALSE;
      for (guint i = k + 1; i < end; i++)
        if (is_text (r, i, "if") || is_text (r, i, "unless"))
          raw.conditional = TRUE;
      g_array_append_val (r->raw, raw);
    }
  return TRUE;
}

/* Impersonal cues ("seems", "appears", "is expected"): only with "to",
 * "that", "like" or "as if" after them; the content runs from the
 * clause's subject to its end, the cue inside it. "It seems that X":
 * X alone. Returns TRUE whenever @cue is impersonal, a cue or not. */
gboolean
rules_impersonal (Rules                 *r,
                  const Cue             *cue,
                  const ReadoutSentence *s,
                  guint                  pass)
{
  static const char * const stops[] = {
    "and", "but", "or", "that", "which", "who", "whom", "whose", "because", "since", "while", "when",
    "where", "although", "though", "if", "unless", "so", NULL
  };
  ReadoutRaw raw = { 0 };
  guint k = cue->last;
  guint first = cue->first;
  gboolean complement = FALSE;
  gboolean skipped_apposition = FALSE;

  if (!(cue->cue->flags & READOUT_CUE_IMPERSONAL))
    return FALSE;
  if (pass == 0 || cue->as_noun || k + 1 >= s->last)
    return TRUE;
  /* "seems to be", "appears likely to" */
  if (tok (r, k)->kind == READOUT_TOKEN_WORD && is_text (r, k + 1, "to") &&
      (is_text (r, k, "likely") || is_text (r, k, "unlikely") || is_text (r, k, "poised") ||
       is_text (r, k, "set") || is_text (r, k, "certain")))
    k++;
  if ((is_text (r, k, "to") && tok (r, k + 1)->kind == READOUT_TOKEN_WORD) || rules_is_complementizer (r, k) ||
      is_text (r, k, "like") || (is_text (r, k, "as") && (is_text (r, k + 1, "if") || is_text (r, k + 1, "though"))))
    complement = TRUE;
  /* "The group is reportedly spending…": the clause, unless a cue of its
   * own follows ("reportedly told aides"). */
  else if (_readout_cue_word_is (cue->cue->lemma, "reportedly"))
    complement = tok (r, k)->kind == READOUT_TOKEN_WORD && !rules_is_cue_at (r, k);
  /* "seemed so stark", "seems unfair to…", "seemed beside the point":
   * only "seem" is evaluative enough to take anything. */
  else if (_readout_cue_word_is (cue->cue->lemma, "seem") && tok (r, k)->kind == READOUT_TOKEN_WORD &&
           !(tok (r, k)->flags & READOUT_TOKEN_CAPITALIZED) && !rules_is_clause_word (r, k) &&
           !rules_is_time_word (r, k) && !rules_is_np_determiner (r, k))
    complement = TRUE;

  /* Back to the start of the clause, past one apposition or relative
   * clause between commas ("The central bank, which has …, is expected"). */
  while (first > s->first && cue->first - first < 40)
    {
      if (is_comma_like (r, first - 1) && first == cue->first && !skipped_apposition)
        {
          guint c = first - 1;

          while (c > s->first && cue->first - c < 25 && !is_comma_like (r, c - 1))
            c--;
          if (c <= s->first || !is_comma_like (r, c - 1))
            break;
          first = c - 1;
          skipped_apposition = TRUE;
          continue;
        }
      if (is_comma_like (r, first - 1) || is_punct (r, first - 1, ";") || is_punct (r, first - 1, ":") ||
          is_one_of (r, first - 1, stops) || is_open (r, first - 1) || is_close (r, first - 1))
        break;
      first--;
    }
  /* "a candidate who is expected to…": the relative pronoun stands in. */
  if (first == cue->first && first > s->first &&
      (is_text (r, first - 1, "who") || is_text (r, first - 1, "which") || is_text (r, first - 1, "that")))
    first--;
  /* "now it seemed like…": an adverb before the subject stays out. */
  while (first < cue->first && (rules_is_skippable (r, first) || rules_is_time_word (r, first)))
    first++;
  if (first >= cue->first || (tok (r, first)->flags & READOUT_TOKEN_IN_QUOTE))
    return TRUE;
  /* "It seems that X", "it seemed like X", "It seems Trump will…": X. */
  if (cue->first - first == 1 && is_text (r, first, "it"))
    {
      if (rules_is_complementizer (r, k))
        first = k + 1;
      else if (is_text (r, k, "like") || is_text (r, k, "as"))
        first = k;
      else if (!complement && (r->mentions->starting[k] >= 0 || rules_is_np_determiner (r, k) ||
                               (tok (r, k)->flags & READOUT_TOKEN_CAPITALIZED)))
        first = k;
      else
        return TRUE;
    }
  else if (!complement)
    return TRUE;

  init_raw (r, cue, s, &raw);
  raw.confidence = 0.45;
  if (rules_set_content (r, &raw, first, clause_end (r, k, s->last)))
    {
      raw.kind = READOUT_STATEMENT_INDIRECT;
      g_array_append_val (r->raw, raw);
    }
  return TRUE;
}

/* Verbs of taking sides: "backed", "opposes", "endorsed". */
gboolean
rules_takes_sides (const Cue *cue)
{
  static const char * const lemmas[] = {
    "support", "back", "favour", "favor", "defend", "endorse", "oppose", NULL
  };

  if (cue->as_noun)
    return FALSE;
  for (guint k = 0; lemmas[k]; k++)
    if (_readout_cue_word_is (cue->cue->lemma, lemmas[k]))
      return TRUE;
  return FALSE;
}

/* "As Aksoy noted, the two sides …": an aside whose content is the
 * clause after the comma. */
gboolean
rules_as_aside (Rules                 *r,
                const Cue             *cue,
                const ReadoutSentence *s)
{
  guint after = rules_skip_adverbial (r, cue->last, s->last);

  if (after >= s->last || !is_comma_like (r, after))
    return FALSE;
  for (guint k = cue->first; k > s->first && cue->first - k < 10; k--)
    {
      if (tok (r, k - 1)->kind != READOUT_TOKEN_WORD)
        return FALSE;
      if (is_text (r, k - 1, "as"))
        return k - 1 == s->first || is_comma_like (r, k - 2) || is_text (r, k - 2, "but") ||
               is_text (r, k - 2, "and") || is_text (r, k - 2, "yet") || is_text (r, k - 2, "so");
    }
  return FALSE;
}
