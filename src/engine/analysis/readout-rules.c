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

#include "readout-rules-util.h"

/* Words that open a relative or subordinate clause. */
static const char * const relatives[] = {
  "where", "which", "who", "whom", "when", "that", "because", "since", "although", "though", "while", NULL
};

/* Does the quotation opening at token @open sit inside a clause of the
 * narration ("Brandt would have to “go more …”") rather than open it?
 * Words before it, with no cue, colon or other quotation in between —
 * those give the quotation its own introduction ("Russia believes it’s
 * “…”", "Sherman: “…”"). */
static gboolean
quote_opens_mid_clause (Rules                 *r,
                        const ReadoutSentence *s,
                        guint                  open)
{
  guint words = 0;

  if (open <= s->first || open >= s->last)
    return FALSE;
  for (guint k = s->first; k < open; k++)
    {
      const ReadoutToken *t = tok (r, k);

      if (t->kind == READOUT_TOKEN_QUOTE || is_punct (r, k, ":") || (t->flags & READOUT_TOKEN_IN_QUOTE))
        return FALSE;
      /* A cue word used as a noun ("secretary of state", "the warning")
       * introduces nothing. */
      if (rules_is_cue_at (r, k) && !(k > s->first && (is_text (r, k - 1, "of") || rules_is_np_determiner (r, k - 1))))
        return FALSE;
      if (t->kind == READOUT_TOKEN_WORD || t->kind == READOUT_TOKEN_NUMBER)
        words++;
    }
  return words >= 2;
}

/* The first token after a dateline that opens the sentence ("QUITO
 * (Northwind) — ", "ORLANDO, Fla. (Reuters) - "), else the first token:
 * a capital named there is no subject. */
static guint
after_dateline (Rules                 *r,
                const ReadoutSentence *s)
{
  if (!(tok (r, s->first)->flags & READOUT_TOKEN_BLOCK_START) || !(tok (r, s->first)->flags & READOUT_TOKEN_ALL_CAPS))
    return s->first;
  for (guint k = s->first + 1; k + 1 < s->last && k - s->first < 10; k++)
    if (is_punct (r, k - 1, ")") && (is_punct (r, k, "-") || is_comma_like (r, k)))
      return k + 1;
  return s->first;
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
  gboolean closing_only = FALSE;
  gboolean bare_object = FALSE;

  raw.entity = -1;
  raw.mention = -1;
  raw.block = s->block;
  raw.sentence = tok (r, cue->first)->sentence;
  raw.cue_start = tok (r, cue->first)->start;
  raw.cue_end = tok (r, cue->last - 1)->end;
  raw.cue = cue->cue;

  /* Questions put to someone, impersonal cues: their own rules. */
  if (rules_question (r, cue, s, pass) || rules_impersonal (r, cue, s, pass) || rules_other_sense (r, cue, s))
    return FALSE;
  if (rules_possessed_stance (r, cue, s, pass))
    return pass == 1;

  if ((cue->cue->flags & READOUT_CUE_NEEDS_COMPLEMENT) && !rules_has_complement (r, cue->cue, cue->last, s->last) &&
      !rules_loose_complement (r, cue, s) && !rules_as_aside (r, cue, s))
    {
      if (rules_bare_object_stance (r, cue, s))
        bare_object = TRUE;
      else if (!rules_closing_cue (r, cue, s))
        return FALSE;
      else
        closing_only = TRUE;
    }

  /* "has been mocked by Okafor", "a treaty favored by the parties": a
   * passive; whoever comes before the cue did not speak. Not "said by
   * telephone", "responded by saying", nor "asked by X whether", a
   * question of its own. */
  if ((cue->cue->flags & READOUT_CUE_FORM_PAST) && cue->cue->pos == READOUT_CUE_POS_VERB &&
      is_text (r, cue->last, "by") && cue->last + 1 < s->last && !g_str_equal (cue->cue->lemma, "say") &&
      !g_str_equal (cue->cue->lemma, "ask") && !rules_is_gerund (r, cue->last + 1))
    return FALSE;

  if (cue->cue->cue_class == READOUT_CUE_ACCORDING)
    {
      /* "according to X": X runs to the comma or the end of the sentence
       * ("a count by The Associated Press", "the Center for Responsive
       * Politics"); a mention at its start gives the speaker. */
      guint k = cue->last;
      gint m = r->mentions->starting[k];

      while (k < s->last && k - cue->last < 25 && !is_comma_like (r, k) &&
             tok (r, k)->kind != READOUT_TOKEN_QUOTE &&
             !(tok (r, k)->kind == READOUT_TOKEN_PUNCT && !is_punct (r, k, "-") && !is_punct (r, k, "(") &&
               !is_punct (r, k, ")")))
        k++;
      if (k == cue->last || (k < s->last && k - cue->last >= 25))
        return FALSE;
      if (m < 0 && is_text (r, cue->last, "the"))
        m = r->mentions->starting[cue->last + 1];
      if (m >= 0 && (!rules_can_speak (mention_at (r, m)) || mention_at (r, m)->last < k))
        m = mention_at (r, m)->last == k ? m : -1;
      src.mention = m;
      src.entity = m >= 0 ? mention_at (r, m)->entity : -1;
      src.first = cue->last;
      src.last = k;
      group_first = cue->first;
      group_last = k;
      inverted = TRUE;
    }
  else
    {
      if (cue->as_noun)
        found = rules_source_of_noun (r, cue->first, s->first, &src, &negated);
      else if (rules_inverted_closing (r, cue, s, &src))
        found = inverted = TRUE;
      else
        found = rules_source_before (r, cue->first, &src, &negated);
      /* A plain noun phrase needs a cue that is clearly a finite verb:
       * "promises", "calls" are nouns as often as verbs. */
      if (found && src.mention < 0 && src.entity < 0 && !is_text (r, src.first, "who") &&
          !((cue->cue->flags & READOUT_CUE_FORM_PAST) ||
            ((cue->cue->flags & READOUT_CUE_FORM_THIRD) && !(cue->cue->flags & READOUT_CUE_FORM_PLURAL)) ||
            ((cue->cue->flags & READOUT_CUE_FORM_BASE) && cue->cue->pos == READOUT_CUE_POS_VERB &&
             !(cue->cue->flags & READOUT_CUE_FORM_GERUND))))
        found = FALSE;
      /* "…,” said Sherman"; a plain noun phrase only when it ends the
       * clause (", said a spokesman."), or "said his district received…"
       * would read as inverted. */
      if (!found && (cue->cue->flags & READOUT_CUE_INVERTS) && cue->first > s->first &&
          (tok (r, cue->first - 1)->kind != READOUT_TOKEN_WORD) &&
          rules_source_after (r, cue->last, s->last, 8, &src) &&
          (src.mention >= 0 || src.last >= s->last || tok (r, src.last)->kind == READOUT_TOKEN_PUNCT ||
           (src.last = rules_relative_clause_end (r, src.last, s->last)) >= s->last ||
           tok (r, src.last)->kind == READOUT_TOKEN_PUNCT))
        {
          found = TRUE;
          inverted = TRUE;
        }
      /* "Said Comey, “…”", "Said X, who …, “…”": the quotation after. */
      if (!found && (cue->cue->flags & READOUT_CUE_INVERTS) && cue->first == s->first &&
          (cue->cue->flags & (READOUT_CUE_FORM_PAST | READOUT_CUE_FORM_THIRD)) &&
          rules_source_after (r, cue->last, s->last, 8, &src) && src.mention >= 0)
        {
          guint k = src.last;

          if (k < s->last && is_comma_like (r, k) && !is_open (r, k + 1))
            while (k + 1 < s->last && k - src.last < 25 && !(is_comma_like (r, k) && is_open (r, k + 1)) &&
                   tok (r, k)->kind != READOUT_TOKEN_QUOTE)
              k++;
          if (k + 1 < s->last && (is_comma_like (r, k) || is_colon (r, k)))
            k++;
          if (k >= s->last || !is_open (r, k) || tok (r, k)->quote < 0 || r->quote_used[tok (r, k)->quote])
            return FALSE;
          rules_set_source (r, &raw, &src);
          raw.confidence = src.entity >= 0 ? 0.85 : 0.6;
          rules_add_direct (r, &raw, tok (r, k)->quote, raw.confidence + 0.1);
          return TRUE;
        }
      if (!found && cue->first > s->first &&
          (is_comma_like (r, cue->first - 1) || is_text (r, cue->first - 1, "but") ||
           is_text (r, cue->first - 1, "and") ||
           (cue->first - 1 > s->first && is_close (r, cue->first - 1) && is_punct (r, cue->first - 2, ",")) ||
           /* "has gained support by saying that …" */
           ((cue->cue->flags & READOUT_CUE_FORM_GERUND) && cue->first - 1 > s->first &&
            (is_text (r, cue->first - 1, "by") || is_text (r, cue->first - 1, "while") ||
             is_text (r, cue->first - 1, "when")))))
        {
          if (!rules_previous_source (r, raw.sentence, &raw))
            {
              /* "Soto attacked Brandt on Monday, saying she…": the
               * subject that opens the sentence. */
              gint m = -1;
              guint open = after_dateline (r, s);

              /* The first mention that can speak and is not the object of
               * a preposition: without a parser, the likeliest subject. */
              for (guint k = open; k < cue->first && m < 0; k++)
                {
                  gint c = r->mentions->starting[k];

                  if (c >= 0 && rules_can_speak (mention_at (r, c)) &&
                      (k == open || !(rules_is_preposition (r, k - 1) || is_text (r, k - 1, "to") ||
                                      is_text (r, k - 1, "by"))))
                    m = c;
                  if (tok (r, k)->flags & READOUT_TOKEN_IN_QUOTE)
                    break;
                }
              if (m < 0 || mention_at (r, m)->last >= cue->first)
                return FALSE;
              /* "By late afternoon, Mr. Okafor … and said that": a
               * finite cue after "and" continues the subject that opens
               * the sentence, right at its start or after an adverbial. */
              if (!(cue->cue->flags & READOUT_CUE_FORM_GERUND))
                {
                  guint start = mention_at (r, m)->first;

                  /* "But the court … and said" */
                  if (is_text (r, open, "but") || is_text (r, open, "and") || is_text (r, open, "yet"))
                    open++;

                  if (is_comma_like (r, cue->first - 1) || !rules_is_verb_cue_at (r, cue->first) ||
                      !(cue->cue->flags & (READOUT_CUE_FORM_PAST | READOUT_CUE_FORM_THIRD)) ||
                      mention_at (r, m)->kind == READOUT_MENTION_PRONOUN ||
                      !(start == open || (start == open + 1 && rules_is_np_determiner (r, open)) ||
                        (is_comma_like (r, start - 1) &&
                         (rules_is_adverbial_start (r, open) || is_text (r, open, "by")))))
                    return FALSE;
                }
              src.mention = m;
              src.entity = mention_at (r, m)->entity;
              src.first = mention_at (r, m)->first;
              src.last = mention_at (r, m)->last;
              rules_set_source (r, &raw, &src);
            }
          continued = TRUE;
        }
      if (!found && !continued)
        return FALSE;
      group_first = continued || inverted ? cue->first : src.first;
      group_last = inverted ? src.last : cue->last;
    }
  /* "backed the proposal": only a speaker takes a side without saying
   * so ("the poll backed …" is no one); "attacked" by a country or an
   * institution is most often an armed attack. */
  if (bare_object)
    {
      const ReadoutMention *m = src.mention >= 0 ? mention_at (r, src.mention) : NULL;

      if (continued || inverted || m == NULL || !rules_can_speak (m) ||
          (g_str_equal (cue->cue->lemma, "attack") && m->kind != READOUT_MENTION_PERSON &&
           m->kind != READOUT_MENTION_ROLE &&
           !(m->kind == READOUT_MENTION_PRONOUN &&
             (m->gender == READOUT_GENDER_MALE || m->gender == READOUT_GENDER_FEMALE))))
        return FALSE;
    }
  /* A closing cue of that kind wants a speaker, not any noun phrase. */
  if (closing_only && !continued && src.mention < 0 && src.entity < 0 && !rules_closing_evidence (cue))
    return FALSE;
  /* "because it did not guarantee them a seat": an "it" that names no
   * institution is a thing, and things take stances only in speech
   * ("the report said"). */
  if (!continued && src.mention >= 0 && src.entity < 0 && cue->cue->cue_class != READOUT_CUE_SPEECH &&
      mention_at (r, src.mention)->kind == READOUT_MENTION_PRONOUN &&
      mention_at (r, src.mention)->gender == READOUT_GENDER_NEUTER && !mention_at (r, src.mention)->plural)
    return FALSE;
  if (!continued)
    rules_set_source (r, &raw, &src);
  /* "denies", "rejected": the content is what the source says is not so. */
  raw.negated = negated || g_strcmp0 (cue->cue->act, "deny") == 0;
  if (cue->first > 0 && (is_text (r, cue->first - 1, "would") || is_text (r, cue->first - 1, "could")))
    raw.conditional = TRUE;
  raw.confidence = raw.entity >= 0 ? 0.85 : 0.6;
  if (!continued && src.mention >= 0 && mention_at (r, src.mention)->kind == READOUT_MENTION_PRONOUN)
    raw.confidence -= 0.1;

  /* 1. The cue group hangs on a quotation: “…,” Sherman said (“…”),
   * also past a lower-case role ("“…,” campaign manager Robby Mook said"). */
  {
    guint q = group_first;

    if (!inverted && !continued)
      {
        guint back = 0;

        /* Capitalised modifiers too: "Democratic pollster", "Andes Federal
         * University professor"; the quotation before decides. */
        while (q > s->first && back < 6 && tok (r, q - 1)->kind == READOUT_TOKEN_WORD &&
               !rules_is_clause_word (r, q - 1) &&
               (!rules_is_cue_at (r, q - 1) || (tok (r, q - 1)->flags & READOUT_TOKEN_CAPITALIZED)))
          q--, back++;
        if (back > 0 && !(q > s->first && (is_close (r, q - 1) || (is_comma_like (r, q - 1) && q - 1 > s->first &&
                                                                     is_close (r, q - 2)))))
          {
            guint after = rules_skip_adverbial (r, group_last, s->last);

            /* "…, political experts said.": the modifiers up to the
             * comma belong to the source of a closing cue group. */
            if (q > s->first && is_comma_like (r, q - 1) && pass == 1 &&
                (after >= s->last || (tok (r, after)->kind == READOUT_TOKEN_PUNCT && !is_punct (r, after, ":"))))
              {
                group_first = q;
                raw.source_start = tok (r, q)->start;
              }
            q = group_first;
          }
        else if (back > 0)
          raw.source_start = tok (r, q)->start;
      }

    if (q > s->first && is_comma_like (r, q - 1))
      q--;
    /* “… border controls.” Soto says he isn’t familiar with…: a cue group
     * that opens its sentence and has a clause of its own after it does
     * not hang on the quotation that ended the sentence before. */
    if (q == s->first && !continued && (!inverted || cue->cue->cue_class == READOUT_CUE_ACCORDING))
      {
        guint after = rules_skip_adverbial (r, group_last, s->last);

        /* "According to two people …, the delegations objected": the
         * clause after the comma is its content. */
        if (inverted && after < s->last && is_comma_like (r, after))
          after++;
        if (after < s->last && tok (r, after)->kind == READOUT_TOKEN_WORD)
          q = 0;
      }
    if (q > 0 && is_close (r, q - 1) && tok (r, q - 1)->quote >= 0 && !continued &&
        tok (r, q - 1)->block == s->block && !r->quote_used[tok (r, q - 1)->quote] &&
        !rules_quote_before_clause (r, s, tok (r, q - 1)->quote, group_last, inverted))
      {
        gint index = tok (r, q - 1)->quote;
        guint after = group_last;

        /* "Brandt would have to “go further on quotas,” Kamau said": the
         * quotation is part of the speaker's clause, so the clause is the
         * content (mixed), not the quoted words alone. */
        if (quote_opens_mid_clause (r, s, rules_token_at (r, quote (r, index)->open_start)))
          {
            if (rules_set_content (r, &raw, s->first, q))
              g_array_append_val (r->raw, raw);
            return TRUE;
          }
        rules_add_direct (r, &raw, index, raw.confidence + 0.1);
        /* The second half of a split quote: “A,” she added, “B.” */
        while (after < s->last && after - group_last < 4 && !is_open (r, after) &&
               tok (r, after)->kind == READOUT_TOKEN_WORD)
          after++;
        if (after < s->last && is_comma_like (r, after))
          after++;
        if (is_open (r, after) && tok (r, after)->quote >= 0)
          rules_add_direct (r, &raw, tok (r, after)->quote, raw.confidence + 0.1);
        else if (after < r->n && is_open (r, after) == FALSE && after == s->last && s->last < r->n &&
                 is_open (r, s->last) && tok (r, s->last)->quote >= 0 &&
                 tok (r, s->last)->block == s->block && s->last + 1 < r->n &&
                 !(tok (r, s->last + 1)->flags & READOUT_TOKEN_CAPITALIZED))
          rules_add_direct (r, &raw, tok (r, s->last)->quote, raw.confidence);
        return TRUE;
      }
  }
  if (pass == 0)
    return FALSE;

  /* 2. The cue group closes the clause: "…, Ryabkov said." A dateline's
   * dash is no such comma ("GENEVA (Northwind) — Sherman said …"). */
  if (group_first > s->first && is_comma_like (r, group_first - 1) && !continued &&
      group_first - 1 >= after_dateline (r, s) &&
      !(is_text (r, group_last, "to") &&
        (cue->cue->cue_class == READOUT_CUE_STANCE || _readout_cue_word_is (cue->cue->act, "intend"))))
    {
      guint after = rules_skip_adverbial (r, group_last, s->last);

      /* "Instead of …, Mr. Okafor said, “…”": the quotation after it. */
      gboolean quote_follows = after + 1 < s->last && is_comma_like (r, after) && is_open (r, after + 1) &&
                               tok (r, after + 1)->quote >= 0 && !r->quote_used[tok (r, after + 1)->quote];

      if (!quote_follows &&
          (after >= s->last || (tok (r, after)->kind == READOUT_TOKEN_PUNCT && !is_punct (r, after, ":"))))
        {
          guint first = s->first;
          guint last, end;

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
          if (group_first > first + MAX_CONTENT)
            first = group_first - MAX_CONTENT;
          /* "Speaking after talks with X, Brandt said": no content. */
          if (first == s->first && rules_is_participle_opening (r, first))
            {
              static const char * const finite[] = {
                "is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could",
                "may", "might", "must", "should", NULL
              };
              guint k = first;
              gboolean subject = FALSE;

              while (k < group_first - 1 && !is_comma_like (r, k))
                {
                  subject = subject || is_one_of (r, k, finite);
                  k++;
                }
              /* "Defending that terrain is hard, said X": the gerund is
               * the subject of the content, not an opening adjunct. */
              if (!(subject && k == group_first - 1))
                first = k + 1;
            }
          /* "The African Union suspended Niger …, it said": "it" is the
           * clause's subject, not the last institution named. */
          if (src.mention >= 0 && !continued)
            {
              ReadoutMention *source = mention_at (r, src.mention);
              gboolean it = source->kind == READOUT_MENTION_PRONOUN && source->gender == READOUT_GENDER_NEUTER;
              gboolean its = source->party == NULL && is_text (r, source->first, "its");

              /* "…, its foreign ministry said": the same subject's ministry. */
              for (guint k = first; (it || its) && k < group_first; k++)
                {
                  ReadoutMention *m = mention_at (r, r->mentions->starting[k]);

                  if (m != NULL && (m->kind == READOUT_MENTION_PARTY || m->kind == READOUT_MENTION_INSTITUTION) &&
                      !m->possessive && m->entity >= 0)
                    {
                      raw.party = readout_entities_get (r->entities, m->entity)->party;
                      if (it)
                        raw.entity = m->entity;
                      else if (source->entity >= 0 && readout_entities_get (r->entities, source->entity)->party == NULL)
                        readout_entities_get (r->entities, source->entity)->party = raw.party;
                      break;
                    }
                }
            }
          /* "The only problem, Ms. Mwangi said, is that …", "The talks,
           * according to X, will resume …": the clause goes on after the
           * cue group, which is then inside the content,
           * as the attribution inside a split quote is. */
          last = group_first - 1;
          if ((!inverted || cue->cue->cue_class == READOUT_CUE_ACCORDING) && after < s->last && (end = rules_parenthetical_end (r, after, s->last)) > after + 1)
            last = end;
          /* "… the city of Susangerd where, it said, 100 people were
           * killed": what was said is the relative clause after the cue
           * group, not the sentence before it. */
          if (group_first >= 2 && is_one_of (r, group_first - 2, relatives))
            {
              if (last == group_first - 1)
                return FALSE;
              first = after + 1;
            }
          if (rules_set_content (r, &raw, first, last))
            g_array_append_val (r->raw, raw);
          return TRUE;
        }
    }

  /* 3. The content follows the cue. */
  if (closing_only)
    return FALSE;
  {
    guint from = group_last;
    guint to;

    if (inverted && cue->cue->cue_class == READOUT_CUE_ACCORDING && is_comma_like (r, from))
      from++;
    else if (inverted)
      return FALSE;   /* "…, said Sherman" with nothing before it: a fragment */
    {
      guint skipped = rules_skip_object (r, cue->cue, from, s->last);

      /* "told a conference in Oslo the alliance would…": past the hearer. */
      if (skipped == from && (cue->cue->flags & READOUT_CUE_TAKES_OBJECT) &&
          (_readout_cue_word_is (cue->cue->lemma, "tell") || _readout_cue_word_is (cue->cue->lemma, "inform") ||
           _readout_cue_word_is (cue->cue->lemma, "assure") || _readout_cue_word_is (cue->cue->lemma, "remind") ||
           _readout_cue_word_is (cue->cue->lemma, "brief")))
        skipped = rules_skip_hearer (r, from, s->last);
      skipped = rules_hearer_apposition_that (r, cue->cue, from, skipped, s->last);
      from = skipped;
    }
    if (is_comma_like (r, from) && is_open (r, from + 1))
      from++;
    /* "said in an interview with CNN, …", "told CNN last year": an
     * adverbial, then maybe the content after a comma. */
    /* "said on Thursday the alliance would…" */
    {
      guint k = from;

      while (k < s->last && k - from < 4 && rules_is_time_word (r, k))
        k++;
      if (k > from && k < s->last && tok (r, k)->kind == READOUT_TOKEN_WORD)
        from = rules_is_complementizer (r, k) ? k + 1 : k;
    }
    if (rules_is_adverbial_start (r, from) &&
        !(is_text (r, from, "about") && from + 1 < s->last &&
          (tok (r, from + 1)->kind == READOUT_TOKEN_NUMBER || rules_is_quantifier (r, from + 1))))
      {
        guint k = from;
        guint that = rules_adverbial_then_that (r, from, s->last);

        while (k < s->last && k - from < 8 && tok (r, k)->kind != READOUT_TOKEN_PUNCT)
          k++;
        if (that > from)
          k = that - 1;
        else if (k >= s->last || !is_comma_like (r, k))
          return FALSE;
        from = k + 1;
        /* "agreed on quotas in the past, while …": the cue's clause has
         * ended; what follows the comma is narration. */
        if (is_text (r, from, "while") || is_text (r, from, "whereas") || is_text (r, from, "although") ||
            is_text (r, from, "though") || is_text (r, from, "as") || is_text (r, from, "but") ||
            is_text (r, from, "and") || is_text (r, from, "because"))
          return FALSE;
      }
    to = rules_content_end (r, from, s->last);
    /* "backed Kamau by a wide margin", "support her if nominated": the
     * side taken is the object alone; "defended the deal as the only way
     * …" keeps the defence. */
    if (rules_takes_sides (cue) && !is_text (r, from, "to") && !is_open (r, from))
      to = rules_object_end (r, from, to, g_str_equal (cue->cue->lemma, "defend"));
    /* "welcomed the talks and would send an observer": a stance's noun
     * phrase ends where the subject's next verb phrase begins. */
    if (cue->cue->cue_class == READOUT_CUE_STANCE && !is_text (r, from, "to") &&
        !rules_is_complementizer (r, from))
      to = rules_object_before_next_verb (r, from, to);
    /* "plans to send a nominee, but it is unlikely…": an intention ends
     * where the next clause begins. */
    if (is_text (r, from, "to"))
      for (guint k = from + 2; k + 1 < to; k++)
        if (!(tok (r, k)->flags & READOUT_TOKEN_IN_QUOTE) && is_comma_like (r, k) &&
            (is_text (r, k + 1, "but") || is_text (r, k + 1, "although") || is_text (r, k + 1, "though") ||
             is_text (r, k + 1, "while") || is_text (r, k + 1, "whereas") || is_text (r, k + 1, "which")))
          {
            to = k;
            break;
          }

    /* "says every state may choose its partners … and that no one should …":
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
        if (rules_set_content (r, &part, from, split))
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
  /* More than 64 cues in one sentence is not prose; the rest are ignored. */
  Cue cues[64];
  guint n_cues = 0;
  const guint *cue_tokens = (const guint *)r->cue_tokens->data;
  guint k = r->cue_cursor;
  guint next = s->first;   /* tokens before it are the last cue's */

  r->sentence_first = r->raw->len;

  /* Only the tokens where a cue starts, not every token of the
   * sentence: each pass visits the sentences in order, so the place in
   * the list only moves forward. */
  while (k < r->cue_tokens->len && cue_tokens[k] < s->first)
    k++;
  for (; k < r->cue_tokens->len && cue_tokens[k] < s->last && n_cues < G_N_ELEMENTS (cues); k++)
    {
      guint i = cue_tokens[k];
      Cue *cue = &cues[n_cues];
      guint n_cue = 0;

      if (i < next || (tok (r, i)->flags & READOUT_TOKEN_IN_QUOTE))
        continue;
      cue->cue = rules_cue (r, i, &n_cue);
      if (cue->cue == NULL || n_cue == 0)
        continue;
      /* After "the", "of", "its": a noun, whatever the lexicon says
       * ("secretary of state", "its warning that"). */
      cue->as_noun = cue->cue->pos == READOUT_CUE_POS_NOUN ||
                     (i > s->first && (rules_is_np_determiner (r, i - 1) || is_text (r, i - 1, "of") ||
                                       (tok (r, i - 1)->flags & READOUT_TOKEN_POSSESSIVE)) &&
                      !is_text (r, i - 1, "all") && !is_text (r, i - 1, "both") &&
                      !(rules_is_quantifier (r, i - 1) && (cue->cue->flags & READOUT_CUE_FORM_PAST)));
      cue->first = i;
      cue->last = i + n_cue;
      /* Nouns need a clause ("insistence that") or a possessor that
       * takes a side ("Moscow’s support for …"). */
      if (cue->as_noun && !is_text (r, i + n_cue, "that") && !rules_possessed_stance (r, cue, s, 0))
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
      next = cue->last;
    }
  r->cue_cursor = k;

  for (guint c = 0; c < n_cues; c++)
    {
      /* Pass 1 skips the cues pass 0 used: they hang on a quote it claimed. */
      if (pass == 1 && r->pass0_used[cues[c].first])
        continue;
      if (apply_cue (r, &cues[c], s, pass) && pass == 0)
        r->pass0_used[cues[c].first] = 1;
    }
}

GArray *
_readout_rules_apply (const ReadoutTokens   *tokens,
                      ReadoutLexicon        *lexicon,
                      ReadoutPartyDirectory *directory,
                      ReadoutMentions       *mentions,
                      ReadoutEntities       *entities)
{
  Rules r = { 0 };
  guchar *official;

  r.tokens = tokens;
  r.tok = (const ReadoutToken *)tokens->tokens->data;
  r.lexicon = lexicon;
  r.directory = directory;
  r.mentions = mentions;
  r.entities = entities;
  r.document = tokens->document;
  r.n = tokens->tokens->len;
  r.token_hint = &r.token_hint_at;
  /* About a statement per 27 tokens of news: sized for that up front. */
  r.raw = g_array_sized_new (FALSE, TRUE, sizeof (ReadoutRaw), r.n / 24 + 16);
  r.quote_used = g_new0 (guchar, tokens->quotes->len + 1);

  official = g_new0 (guchar, readout_document_get_n_blocks (r.document) + 1);
  r.official = official;
  rules_transcript_turns (&r, official);
  rules_colon_turns (&r);

  /* Two passes over the whole text: quotations claimed by the cue groups
   * that hang on them first, so that a cue one sentence earlier cannot
   * take them ("Moscow believes it is “…,” the minister said"). */
  rules_classify_words (&r);
  r.pass0_used = g_new0 (guchar, r.n + 1);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < tokens->sentences->len; i++)
      {
        if (i == 0)
          r.cue_cursor = 0;
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
  g_clear_pointer (&r.p0_last, g_free);
  rules_colon_quotes (&r);
  rules_colon_paragraph_quotes (&r);
  rules_quote_then_verb (&r);
  rules_floating_quotes (&r);
  rules_join_split_quotes (&r);

  /* The passes above still ask about word classes and cues. */
  g_free (r.pass0_used);
  g_free (r.word_class);
  g_free (r.cue_at);
  g_free (r.cue_len);
  g_array_unref (r.cue_tokens);
  g_free (official);
  g_free (r.quote_used);
  return r.raw;
}
