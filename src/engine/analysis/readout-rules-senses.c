/* readout-rules-senses.c — which reading of a cue the sentence wants
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small decisions between two readings of the same cue: an inverted cue
 * that closes the sentence after a clause with commas of its own, a
 * quoted title or word inside the narration before a cue that has a
 * clause of its own, a reported clause behind a prepositional phrase.
 * See docs/attribution.md.
 */

#include "config.h"

#include "readout-rules-util.h"

/* "…, the port is still open, but it is short of cranes, said the
 * company's chief executive, Bola Adeyemi.": an inverted cue after a
 * comma whose source, with its apposition, ends the sentence. The commas
 * before it belong to the reported clause, not to an apposition of a
 * subject before the cue. On success @src runs to the end of the
 * apposition, as annotators mark it. */
gboolean
rules_inverted_closing (Rules                 *r,
                        const Cue             *cue,
                        const ReadoutSentence *s,
                        Src                   *src)
{
  guint k;

  if (!(cue->cue->flags & READOUT_CUE_INVERTS) || cue->as_noun || cue->first <= s->first + 2 ||
      !is_punct (r, cue->first - 1, ",") || cue->last >= s->last || rules_is_time_word (r, cue->last) ||
      !(cue->cue->flags & (READOUT_CUE_FORM_PAST | READOUT_CUE_FORM_THIRD)))
    return FALSE;
  /* A name, a role with its article: not "said in an interview", "said
   * dryly", which close the clause of a subject before the cue. */
  if (rules_is_preposition (r, cue->last) ||
      (r->mentions->starting[cue->last] >= 0 &&
       mention_at (r, r->mentions->starting[cue->last])->kind == READOUT_MENTION_PRONOUN) ||
      !(r->mentions->starting[cue->last] >= 0 || is_text (r, cue->last, "the") || is_text (r, cue->last, "a") ||
        is_text (r, cue->last, "an") ||
        (tok (r, cue->last)->flags & READOUT_TOKEN_CAPITALIZED)) ||
      !rules_source_after (r, cue->last, s->last, 8, src))
    return FALSE;
  /* Only a named or role source: "said Tuesday", "said it", "said the
   * subsidy came too late" are not. */
  if (src->mention < 0 || mention_at (r, src->mention)->kind == READOUT_MENTION_PRONOUN)
    return FALSE;
  k = src->last;
  /* "the company's chief executive, Bola Adeyemi": the head noun the
   * mention left out, when the name follows it. */
  {
    guint j = k;

    while (j < s->last && j - k < 3 && tok (r, j)->kind == READOUT_TOKEN_WORD &&
           !(tok (r, j)->flags & READOUT_TOKEN_CAPITALIZED) && !rules_is_clause_word (r, j) &&
           !rules_is_cue_at (r, j))
      j++;
    if (j + 1 < s->last && is_punct (r, j, ",") && r->mentions->starting[j + 1] >= 0 &&
        mention_at (r, r->mentions->starting[j + 1])->kind == READOUT_MENTION_PERSON &&
        src->mention >= 0 && mention_at (r, src->mention)->kind != READOUT_MENTION_PERSON)
      {
        /* The name speaks, the role before it is part of the phrase. */
        gint m = r->mentions->starting[j + 1];

        src->mention = m;
        src->entity = mention_at (r, m)->entity;
        k = j;
      }
  }
  if (k >= s->last || (tok (r, k)->kind == READOUT_TOKEN_PUNCT && !is_comma_like (r, k) && k + 1 >= s->last &&
                       !is_colon (r, k)))
    return TRUE;
  if (!is_punct (r, k, ","))
    return FALSE;
  /* ", director of the Center for Politics." — no verb of its own. */
  for (guint j = k + 1; j < s->last; j++)
    {
      const ReadoutToken *t = tok (r, j);

      if (j - k > 25 || t->kind == READOUT_TOKEN_QUOTE || rules_is_cue_at (r, j) ||
          is_text (r, j, "which") || is_text (r, j, "that") || (t->kind == READOUT_TOKEN_PUNCT && j + 1 < s->last))
        return FALSE;
    }
  src->last = s->last;
  while (src->last > k && tok (r, src->last - 1)->kind == READOUT_TOKEN_PUNCT)
    src->last--;
  return TRUE;
}

/* "said in one of a series of messages that …", "said on a Sunday talk
 * show that …": a prepositional phrase with no comma after it, then the
 * complementiser. Returns the token after "that", or @from. */
guint
rules_adverbial_then_that (Rules *r,
                           guint  from,
                           guint  sentence_last)
{
  for (guint k = from + 1; k < sentence_last && k - from < 14; k++)
    {
      const ReadoutToken *t = tok (r, k);

      if (is_text (r, k, "that") && !(t->flags & READOUT_TOKEN_IN_QUOTE))
        return k + 1 < sentence_last ? k + 1 : from;
      /* A quoted programme title is part of the phrase. */
      if ((t->kind == READOUT_TOKEN_PUNCT && !(t->flags & READOUT_TOKEN_IN_QUOTE) && !is_punct (r, k, "-")) ||
          is_text (r, k, "who") || is_text (r, k, "which") || is_text (r, k, "where") || is_text (r, k, "when"))
        return from;
    }
  return from;
}

/* Does a clause, a quotation or a colon follow within the object
 * ("wrote a letter to the council that …", "told the story: …")? */
static gboolean
complement_follows (Rules *r,
                    guint  from,
                    guint  sentence_last)
{
  for (guint k = from; k < sentence_last && k - from < 10; k++)
    {
      if (is_text (r, k, "that") || is_colon (r, k) || is_open (r, k) ||
          (rules_is_verb_cue_at (r, k) && rules_is_gerund (r, k)))
        return TRUE;
      /* "…, and Senegal added …": the next clause. */
      if (is_text (r, k, "and") || is_text (r, k, "but"))
        return FALSE;
      /* "wrote the local newspaper, the Courier, that …" */
      if (tok (r, k)->kind == READOUT_TOKEN_PUNCT && !is_punct (r, k, "-") && !is_punct (r, k, ","))
        return FALSE;
    }
  return FALSE;
}

static gboolean
lemma_is (const Cue  *cue,
          const char *lemma)
{
  return g_str_equal (cue->cue->lemma, lemma);
}

/* Speech verbs in a sense that reports no speech: "adding to her lead",
 * "wrote a book". The words after the cue decide; a that-clause, a
 * quotation, a colon or another cue after the object keeps the speech
 * reading ("wrote the council, the Courier, that …"; "wrote a letter
 * saying" has a cue of its own). "told the story of", "claimed victory"
 * stay: annotators take the told story and the claimed office as what
 * was said. */
gboolean
rules_other_sense (Rules                 *r,
                   const Cue             *cue,
                   const ReadoutSentence *s)
{
  static const char * const possessives[] = { "a", "an", "the", "his", "her", "its", "their", "our", "my", NULL };
  guint next = cue->last;

  if (cue->as_noun || cue->cue->pos != READOUT_CUE_POS_VERB || next >= s->last)
    return FALSE;
  /* "adding to her delegate lead", "added to the pressure". */
  /* "added two helicopters", "added another seat": a thing added. */
  if (lemma_is (cue, "add"))
    return (is_text (r, next, "to") || tok (r, next)->kind == READOUT_TOKEN_NUMBER || is_text (r, next, "a") ||
            is_text (r, next, "an") || is_text (r, next, "another") || is_text (r, next, "two") ||
            is_text (r, next, "three")) &&
           !complement_follows (r, next, s->last);
  /* "wrote a book", "wrote a lashing dissent", "wrote its constitution". */
  if (lemma_is (cue, "write"))
    return is_one_of (r, next, possessives) && cue->first > s->first && !is_comma_like (r, cue->first - 1) &&
           !is_close (r, cue->first - 1) && !complement_follows (r, next + 1, s->last);
  return FALSE;
}

/* "Speaking on state television’s “Evening Hour,” the minister said the
 * border would stay closed", "NAME, who calls X a “sociopath,” said he …":
 * a quotation that sits inside the subject or an opening adverbial (a
 * programme's title, a quoted word) is not what the cue reports when the
 * cue has a clause of its own after it — a complementiser, or a subject
 * and its verb. Then the clause after the cue is the content. */
gboolean
rules_quote_before_clause (Rules                 *r,
                           const ReadoutSentence *s,
                           gint                   quote_index,
                           guint                  group_last,
                           gboolean               inverted)
{
  static const char * const subjects[] = { "he", "she", "they", "we", "i", "it", NULL };
  static const char * const verbs[] = {
    "would", "will", "could", "should", "can", "may", "might", "must", "has", "have", "had",
    "is", "was", "were", "are", "did", "does", "do", NULL
  };
  guint open = rules_token_at (r, quote (r, quote_index)->open_start);
  guint k = group_last;

  /* The quotation must follow words of its own sentence: one that opens
   * the sentence is what was said. */
  if (inverted || open <= s->first || open >= s->last || tok (r, open - 1)->kind != READOUT_TOKEN_WORD)
    return FALSE;
  while (k < s->last && k - group_last < 4 && tok (r, k)->kind == READOUT_TOKEN_WORD && rules_is_time_word (r, k))
    k++;
  if (k >= s->last || tok (r, k)->kind != READOUT_TOKEN_WORD)
    return FALSE;
  if (rules_is_complementizer (r, k) || is_text (r, k, "if") || is_text (r, k, "whether"))
    return TRUE;
  if (is_one_of (r, k, subjects) && k + 1 < s->last && tok (r, k + 1)->kind == READOUT_TOKEN_WORD &&
      !(tok (r, k + 1)->flags & READOUT_TOKEN_CAPITALIZED))
    return TRUE;
  /* "said the border would stay closed": a short noun phrase, then a verb. */
  for (guint j = k + 1; j < s->last && j - k < 7; j++)
    {
      if (tok (r, j)->kind != READOUT_TOKEN_WORD)
        return FALSE;
      if (is_one_of (r, j, verbs))
        return TRUE;
    }
  return FALSE;
}

/* "wrote the local newspaper, The Uppsala Courier, that …", "informed
 * the council, its highest body, that …": a hearer with an apposition between commas,
 * then "that". Returns where the content starts, or @from. Only verbs that
 * take a hearer, and "write", whose object is a hearer when "that"
 * follows it. @skipped is where the caller's hearer rule left off. */
guint
rules_hearer_apposition_that (Rules            *r,
                              const ReadoutCue *cue,
                              guint             from,
                              guint             skipped,
                              guint             sentence_last)
{
  guint k = from;
  guint commas = 0;

  /* A hearer the caller skipped stays as it is: PolNeAR keeps the "that"
   * after "told X, Y, that" as often as not (removing it cost exact
   * matches on train). */
  if (skipped > from)
    return skipped;
  if (!(cue->flags & READOUT_CUE_TAKES_OBJECT) && !_readout_cue_word_is (cue->lemma, "write"))
    return from;
  while (k < sentence_last && k - from < 16)
    {
      if (is_comma_like (r, k))
        {
          /* Two commas around an apposition, the hearer before them. */
          if (++commas == 2)
            return k > from + 2 && rules_is_complementizer (r, k + 1) ? k + 2 : from;
          if (k == from)
            return from;
        }
      else if (tok (r, k)->kind != READOUT_TOKEN_WORD || rules_is_complementizer (r, k) ||
               (commas == 0 && rules_is_clause_word (r, k) && !is_text (r, k, "to")))
        return from;
      k++;
    }
  return from;
}
