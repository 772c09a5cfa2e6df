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
 * Also here: which verbs take sides (with a plain object: "China backed
 * the proposal"; as a possessed noun: "Moscow’s support for …"),
 * asides ("as Aksoy noted, …"), verbs of knowing and showing with a bare
 * clause ("polls show Okafor leading"), and speech verbs that are speech
 * only when they close the clause ("…, Mayor X noted.").
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

      /* The lower-cased word is not NUL-terminated. */
      if (len > 3 && w[len - 2] == 'l' && w[len - 1] == 'y')
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
  /* "likely to" may end the sentence: k + 1 is checked before it is read. */
  if ((is_text (r, k, "to") && k + 1 < s->last && tok (r, k + 1)->kind == READOUT_TOKEN_WORD) ||
      rules_is_complementizer (r, k) || is_text (r, k, "like") ||
      (is_text (r, k, "as") && (is_text (r, k + 1, "if") || is_text (r, k + 1, "though"))))
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
  /* "It seems that X", "it seemed like X", "It seems Okafor will…": X. */
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

/* Verbs of taking sides whose plain object is the side taken: "China
 * backed the proposal", "Brandt defended the deal", "Ankara questioned the
 * timing", and "pointed to the deployment" for the evidence given. They
 * are nouns and adverbs as often ("their support", "came
 * back", "the attack"), so only a finite verb with an object that starts
 * like a noun phrase counts here; the caller then wants a mention that
 * can speak as the source. Passives ("was backed by") and particles
 * ("backed down", "back to") are not stances of the subject. */
gboolean
rules_bare_object_stance (Rules                 *r,
                          const Cue             *cue,
                          const ReadoutSentence *s)
{
  static const char * const lemmas[] = {
    "support", "back", "favour", "favor", "defend", "attack", "question", "point to", NULL
  };
  static const char * const particles[] = {
    "up", "down", "away", "off", "out", "home", "and", "or", "not", "also", NULL
  };
  static const char * const passive[] = {
    "be", "been", "being", "is", "are", "was", "were", "get", "got", "gets", "getting", NULL
  };
  const guint forms = READOUT_CUE_FORM_PAST | READOUT_CUE_FORM_THIRD | READOUT_CUE_FORM_BASE;
  guint next = cue->last;
  guint before = cue->first;
  gboolean listed = FALSE;

  for (guint k = 0; lemmas[k] && !listed; k++)
    listed = g_str_equal (cue->cue->lemma, lemmas[k]);
  if (!listed || cue->as_noun || cue->cue->pos != READOUT_CUE_POS_VERB || cue->first == s->first ||
      !(cue->cue->flags & forms) || next >= s->last)
    return FALSE;
  while (before > s->first && before - cue->first < 4 && rules_is_skippable (r, before - 1) &&
         !is_one_of (r, before - 1, passive))
    before--;
  if (before > s->first && is_one_of (r, before - 1, passive))
    return FALSE;
  if (tok (r, next)->kind != READOUT_TOKEN_WORD || is_one_of (r, next, particles) ||
      rules_is_preposition (r, next) || is_text (r, next, "to") || rules_is_time_word (r, next) ||
      rules_is_skippable (r, next))
    return FALSE;
  /* "said she could not support Okafor": a side taken inside someone's
   * reported clause is part of that statement, not one of its own. */
  for (guint k = s->first; k < cue->first; k++)
    if (!(tok (r, k)->flags & READOUT_TOKEN_IN_QUOTE) && rules_is_verb_cue_at (r, k) &&
        r->cue_at[k]->cue_class != READOUT_CUE_STANCE)
      return FALSE;
  /* "questioned why …", "questioned whether …" */
  if (rules_is_clause_word (r, next))
    return g_str_equal (cue->cue->lemma, "question") &&
           (is_text (r, next, "why") || is_text (r, next, "whether") || is_text (r, next, "how"));
  return TRUE;
}

/* "Moscow’s support for the resolution", "her criticism of the fees":
 * a side-taking noun whose possessor speaks, with the side taken after
 * its preposition. The possessor is a name, country or institution, or
 * a possessive pronoun already linked to one. Returns TRUE when @cue is
 * such a noun and a statement came (or, in pass 0, would come) of it. */
gboolean
rules_possessed_stance (Rules                 *r,
                        const Cue             *cue,
                        const ReadoutSentence *s,
                        guint                  pass)
{
  static const struct { const char *noun; const char *prep; } nouns[] = {
    { "support", "for" }, { "support", "of" }, { "opposition", "to" }, { "criticism", "of" },
    { "rejection", "of" }, { "condemnation", "of" }, { "endorsement", "of" }, { "praise", "for" },
  };
  ReadoutRaw raw = { 0 };
  Src src = { -1, -1, 0, 0 };
  const ReadoutMention *m;
  gboolean listed = FALSE;
  guint from = cue->last + 1;
  guint end;
  gint index;

  if (cue->first == s->first || from >= s->last)
    return FALSE;
  /* The possessor first: it is cheap and rules out almost every cue. */
  index = r->mentions->ending[cue->first - 1];
  m = index >= 0 ? mention_at (r, index) : NULL;
  if (m == NULL || m->kind == READOUT_MENTION_PRONOUN || !m->possessive)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (nouns) && !listed; k++)
    listed = g_str_equal (cue->cue->lemma, nouns[k].noun) && is_text (r, cue->last, nouns[k].prep);
  if (!listed || tok (r, from)->kind != READOUT_TOKEN_WORD || rules_is_clause_word (r, from))
    return FALSE;
  /* "Kertesz repeated her support for …": the verb's statement holds it. */
  for (guint k = s->first; k < cue->first; k++)
    if (!(tok (r, k)->flags & READOUT_TOKEN_IN_QUOTE) && rules_is_verb_cue_at (r, k) &&
        r->cue_at[k]->cue_class != READOUT_CUE_STANCE)
      return FALSE;
  if (pass == 0)
    return TRUE;
  src.mention = index;
  src.entity = m->entity;
  src.first = m->first;
  src.last = m->last;
  init_raw (r, cue, s, &raw);
  rules_set_source (r, &raw, &src);
  raw.confidence = 0.6;
  end = rules_object_end (r, from, rules_content_end (r, from, s->last), FALSE);
  /* The noun phrase is the sentence's subject: its verb ends it ("…
   * for the mediators surprised diplomats", "… has not wavered"). */
  for (guint k = from + 1; k < end; k++)
    {
      gsize len;
      const char *w = readout_tokens_lower (r->tokens, k, &len);

      if (rules_is_skippable (r, k) || rules_is_verb_cue_at (r, k) || rules_is_clause_word (r, k) ||
          (tok (r, k)->kind == READOUT_TOKEN_WORD && !(tok (r, k)->flags & READOUT_TOKEN_CAPITALIZED) &&
           len > 4 && w[len - 2] == 'e' && w[len - 1] == 'd' && !rules_is_np_determiner (r, k - 1)))
        {
          end = k;
          break;
        }
    }
  if (rules_set_content (r, &raw, from, end))
    g_array_append_val (r->raw, raw);
  return TRUE;
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

/* Verbs of knowing and showing take a bare clause too ("polls show Okafor
 * leading", "he knows the rules have changed") when they are finite and a
 * mention stands right before them; "cite" a plain object ("he cited
 * reports of…", "…, citing rising costs"). */
gboolean
rules_loose_complement (Rules                 *r,
                        const Cue             *cue,
                        const ReadoutSentence *s)
{
  static const char * const lemmas[] = {
    "show", "know", "want", "see", "find", "expect", "note", "feel", "understand", "realize",
    "realise", "consider", "indicate", "reveal", "acknowledge", NULL
  };
  guint i = cue->first;
  gboolean listed = FALSE;

  for (guint k = 0; lemmas[k] && !listed; k++)
    listed = _readout_cue_word_is (cue->cue->lemma, lemmas[k]);
  if (_readout_cue_word_is (cue->cue->lemma, "cite") && !cue->as_noun && i > s->first && cue->last < s->last &&
      tok (r, cue->last)->kind == READOUT_TOKEN_WORD && !rules_is_preposition (r, cue->last) &&
      !rules_is_clause_word (r, cue->last))
    return ((cue->cue->flags & READOUT_CUE_FORM_GERUND) && is_comma_like (r, i - 1)) ||
           ((cue->cue->flags & (READOUT_CUE_FORM_PAST | READOUT_CUE_FORM_THIRD | READOUT_CUE_FORM_BASE)) &&
            r->mentions->ending[i - 1] >= 0);
  if (!listed || cue->as_noun ||
      !(cue->cue->flags & (READOUT_CUE_FORM_PAST | READOUT_CUE_FORM_THIRD | READOUT_CUE_FORM_BASE)))
    return FALSE;
  /* "Polls show", "the survey found": evidence as a source, for the
   * verbs of showing only. */
  if (i == s->first ||
      (r->mentions->ending[i - 1] < 0 && !rules_is_skippable (r, i - 1) &&
       !((_readout_cue_word_is (cue->cue->lemma, "show") || _readout_cue_word_is (cue->cue->lemma, "find") ||
          _readout_cue_word_is (cue->cue->lemma, "indicate")) &&
         tok (r, i - 1)->kind == READOUT_TOKEN_WORD && !rules_is_clause_word (r, i - 1))))
    return FALSE;
  /* The clause must start like one: a determiner, a name or a pronoun;
   * after "polls show", "the survey found" any noun will do ("polls show
   * voters rejecting…"). */
  {
    static const char * const evidence[] = {
      "poll", "polls", "survey", "surveys", "data", "study", "studies", "report", "records", "results",
      "figures", "numbers", "research", NULL
    };

    if (cue->last >= s->last)
      return FALSE;
    if (rules_is_np_determiner (r, cue->last) || r->mentions->starting[cue->last] >= 0 ||
        (tok (r, cue->last)->flags & READOUT_TOKEN_CAPITALIZED))
      return TRUE;
    return is_one_of (r, i - 1, evidence) && tok (r, cue->last)->kind == READOUT_TOKEN_WORD &&
           !rules_is_preposition (r, cue->last) && !rules_is_clause_word (r, cue->last) &&
           !rules_is_time_word (r, cue->last) && !rules_is_skippable (r, cue->last);
  }
}

/* Verbs of showing whose source is evidence, not a speaker: "…, the
 * poll found.", "…, campaign records show." */
gboolean
rules_closing_evidence (const Cue *cue)
{
  return g_str_equal (cue->cue->lemma, "show") || g_str_equal (cue->cue->lemma, "find") ||
         g_str_equal (cue->cue->lemma, "reveal") || g_str_equal (cue->cue->lemma, "indicate");
}

/* Speech verbs that are often no speech ("noted the risk", "continued
 * to", "the statement read the names") are speech when they close the
 * clause after a quotation or a comma: "…, Mayor Ana Costa noted." The
 * caller then takes only the content before the cue group. */
gboolean
rules_closing_cue (Rules                 *r,
                   const Cue             *cue,
                   const ReadoutSentence *s)
{
  static const char * const lemmas[] = {
    "continue", "note", "observe", "comment", "maintain", "respond", "answer", "state", "sigh",
    "elaborate", "counter", "read", NULL
  };
  gboolean listed = rules_closing_evidence (cue);
  guint after;

  for (guint k = 0; lemmas[k] && !listed; k++)
    listed = _readout_cue_word_is (cue->cue->lemma, lemmas[k]);
  /* "…, records show." */
  if (!listed || cue->as_noun || cue->first == s->first ||
      !(cue->cue->flags & (READOUT_CUE_FORM_PAST | READOUT_CUE_FORM_THIRD |
                           (rules_closing_evidence (cue) ? READOUT_CUE_FORM_BASE : 0))))
    return FALSE;
  after = cue->last;
  while (after < s->last && after - cue->last < 4 && rules_is_time_word (r, after))
    after++;
  return after >= s->last || (tok (r, after)->kind == READOUT_TOKEN_PUNCT && !is_colon (r, after));
}
