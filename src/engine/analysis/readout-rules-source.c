/* readout-rules-source.c — who a cue belongs to
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The source of a cue: the mention or noun phrase before it (past
 * auxiliaries, adverbs, parentheses, appositions), after it ("said
 * Sherman", "according to …"), the possessor of a nominal cue, or the
 * subject of the clause a gerund continues.
 */

#include "config.h"

#include "readout-rules-util.h"

/* "26%": one number token. */
static gboolean
is_percentage (Rules *r,
               guint  i)
{
  gsize len;
  const char *w;

  if (tok (r, i)->kind != READOUT_TOKEN_NUMBER)
    return FALSE;
  w = readout_tokens_lower (r->tokens, i, &len);
  return len >= 2 && w[len - 1] == '%';
}

/* A share of those polled ending right before @end: "About four in 10",
 * "only 7 percent", "two-thirds". */
gboolean
rules_share_before (Rules *r,
                    guint  end,
                    guint *first)
{
  static const char * const glue[] = {
    "in", "of", "out", "about", "nearly", "almost", "only", "roughly", "around", "just", "more",
    "than", "fewer", "less", "a", "%", NULL
  };
  guint head = end - 1;
  guint sentence = tok (r, head)->sentence;
  guint f = head;

  if (!rules_is_quantifier (r, head) || (tok (r, head)->flags & READOUT_TOKEN_IN_QUOTE))
    return FALSE;
  while (f > 0 && head - f < 6 && tok (r, f - 1)->sentence == sentence &&
         !(tok (r, f - 1)->flags & READOUT_TOKEN_IN_QUOTE) &&
         (rules_is_quantifier (r, f - 1) || is_one_of (r, f - 1, glue)))
    f--;
  /* Not the preposition that joins it to the clause before. */
  while (f < head && (is_text (r, f, "in") || is_text (r, f, "of") || is_text (r, f, "than")))
    f++;
  /* A bare number is an age or a date ("Benford, 58, who …"), not a share. */
  if (f == head && !is_text (r, head, "percent") && !is_percentage (r, head))
    return FALSE;
  *first = f;
  return TRUE;
}

/* "the note says", "the congressional report said": a cue word after a
 * determiner and at most two modifiers is a noun. */
static gboolean
noun_after_determiner (Rules *r,
                       guint  head)
{
  static const char * const determiners[] = { "the", "a", "an", "its", "their", "his", "her", NULL };

  for (guint k = head; k > 0 && head - k < 3; k--)
    {
      if (tok (r, k - 1)->sentence != tok (r, head)->sentence || tok (r, k - 1)->kind != READOUT_TOKEN_WORD)
        return FALSE;
      /* "the trade ministry's report said": a possessor determines it. */
      if (is_one_of (r, k - 1, determiners) || (tok (r, k - 1)->flags & READOUT_TOKEN_POSSESSIVE))
        return TRUE;
      if (rules_is_clause_word (r, k - 1) || rules_is_cue_at (r, k - 1))
        return FALSE;
    }
  return FALSE;
}

/* "a poll by the Chisinau Institute found", "a report by two agencies
 * said": "by" after a noun (not a verb's passive agent, which the cue
 * rules drop) makes the institution part of the phrase that speaks. */
static gboolean
is_agent_by (Rules *r,
             guint  i)
{
  return is_text (r, i, "by") && i > 0 && tok (r, i - 1)->kind == READOUT_TOKEN_WORD &&
         (!rules_is_verb_cue_at (r, i - 1) || noun_after_determiner (r, i - 1)) && !rules_is_clause_word (r, i - 1);
}

/* A noun phrase ending right before @end: "the state's business records". */
static gboolean
noun_phrase_before (Rules *r,
                    guint  end,
                    guint *first)
{
  guint sentence = tok (r, end - 1)->sentence;
  static const char * const quantifiers[] = {
    "one", "another", "others", "some", "many", "most", "both", "few", "several", "all", NULL
  };
  guint head = end - 1;
  guint k = end, words = 0;
  gboolean plural_head;

  /* "Others say", "One says", "Many said": a pronoun-like quantifier. */
  if (tok (r, head)->kind == READOUT_TOKEN_WORD && is_one_of (r, head, quantifiers))
    {
      *first = head;
      if (head > 0 && tok (r, head - 1)->sentence == sentence && is_text (r, head - 1, "the"))
        *first = head - 1;
      return TRUE;
    }
  /* "About four in 10 said", "only 7 percent say": a share of those polled. */
  if (rules_share_before (r, end, first))
    return TRUE;
  if (tok (r, head)->kind != READOUT_TOKEN_WORD || (tok (r, head)->flags & READOUT_TOKEN_IN_QUOTE) ||
      rules_is_clause_word (r, head) || rules_is_skippable (r, head) || rules_is_np_determiner (r, head) ||
      (rules_is_verb_cue_at (r, head) && !noun_after_determiner (r, head)) ||
      (tok (r, head)->flags & READOUT_TOKEN_POSSESSIVE))
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
      if (rules_is_np_determiner (r, i))
        {
          k = i;
          break;
        }
      if ((rules_is_clause_word (r, i) && !is_text (r, i, "of") && !is_text (r, i, "for")) ||
          (i != head && rules_is_cue_at (r, i)))
        break;
      k = i;
      words++;
    }
  while (k < end && (is_text (r, k, "of") || is_text (r, k, "for")))
    k++;
  if (k >= end)
    return FALSE;
  if (!rules_is_np_determiner (r, k) && !(tok (r, k)->flags & READOUT_TOKEN_CAPITALIZED) && !plural_head)
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
         (k == from || !rules_is_clause_word (r, k) || is_text (r, k, "of") || is_text (r, k, "for") ||
          is_text (r, k, "at") || is_text (r, k, "to") || is_text (r, k, "with")) &&
         (k == from || !rules_is_cue_at (r, k) || (tok (r, k)->flags & READOUT_TOKEN_CAPITALIZED)))
    k++;
  while (k > from && (rules_is_clause_word (r, k - 1) || rules_is_np_determiner (r, k - 1)))
    k--;
  if (k == from || (k == from + 1 && rules_is_np_determiner (r, from)))
    return FALSE;
  *last = k;
  return TRUE;
}

static gboolean
src_from_mention (Rules *r,
                  gint   m,
                  Src   *src)
{
  if (m < 0 || !rules_can_speak (mention_at (r, m)))
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
      /* "the Conservative", "a Novak adviser": the article belongs to it. */
      if (src->first > 0 && (is_text (r, src->first - 1, "the") || is_text (r, src->first - 1, "a")) &&
          tok (r, src->first - 1)->sentence == tok (r, src->first)->sentence)
        src->first--;
      /* "Foreign ministers from Norway and Poland agreed": the mention is
       * inside a prepositional phrase; the subject is the phrase before. */
      {
        guint p = src->first;

        while (p > 1 && is_text (r, p - 1, "and") && r->mentions->ending[p - 2] >= 0)
          p = mention_at (r, r->mentions->ending[p - 2])->first;
        if (p > 1 && (rules_is_preposition (r, p - 1) || is_agent_by (r, p - 1)) && !is_text (r, p - 1, "with") &&
            tok (r, p - 1)->sentence == tok (r, end - 1)->sentence)
          {
            Src head = { -1, -1, 0, 0 };
            guint last = src->last;

            if (subject_ending_at (r, p - 1, &head))
              {
                *src = head;
                src->last = last;
              }
          }
      }
      return TRUE;
    }
  /* "…Murphy, who campaigned with her, said" is handled by the caller;
   * here "Kamau, who said": the source is "who", the speaker Kamau. */
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
      Src head = { -1, -1, 0, 0 };

      src->mention = -1;
      src->entity = -1;
      src->first = first;
      src->last = end;
      /* "officials from both countries said": the phrase before "from". */
      if (first > 1 && (rules_is_preposition (r, first - 1) || is_agent_by (r, first - 1)) &&
          !is_text (r, first - 1, "with") &&
          tok (r, first - 1)->sentence == tok (r, end - 1)->sentence &&
          (r->mentions->ending[first - 2] >= 0 || noun_phrase_before (r, first - 1, &head.first)) &&
          subject_ending_at (r, first - 1, &head))
        {
          *src = head;
          src->last = end;
        }
      return TRUE;
    }
  return FALSE;
}

/* Does @src open its clause: at the sentence start or after a comma,
 * a quotation or a conjunction, and not the state of "Aurora, Colorado"? */
static gboolean
starts_clause (Rules     *r,
               const Src *src)
{
  guint f = src->first;
  ReadoutMention *m = mention_at (r, src->mention);

  if (f == 0 || tok (r, f - 1)->sentence != tok (r, f)->sentence)
    return TRUE;
  if (is_punct (r, f - 1, ",") && f >= 2 && (tok (r, f - 2)->flags & READOUT_TOKEN_CAPITALIZED) && m != NULL &&
      m->kind != READOUT_MENTION_PERSON)
    return FALSE;
  return is_comma_like (r, f - 1) || is_open (r, f - 1) || is_text (r, f - 1, "and") || is_text (r, f - 1, "but");
}

/* The subject before @cue_first, past auxiliaries, adverbs, a
 * parenthesis and an apposition or relative clause between commas. */
/* "NAME, who calls the plan a “provocation,” said": a quoted word or
 * title inside an interruption, whose closing comma stands inside the
 * marks. Moves *i onto that comma and returns where the quotation opens
 * (G_MAXUINT when there is none), so the interruption can be read past
 * it. A quotation that opens its clause is what was said, not a word of
 * the subject. */
static guint
quoted_word_before_comma (Rules *r,
                          guint *i)
{
  guint open;

  if (*i < 4 || !is_close (r, *i - 1) || !is_punct (r, *i - 2, ",") || tok (r, *i - 1)->quote < 0)
    return G_MAXUINT;
  open = rules_token_at (r, quote (r, tok (r, *i - 1)->quote)->open_start);
  if (open == 0 || open >= *i || *i - open > 7 || tok (r, open - 1)->kind != READOUT_TOKEN_WORD ||
      tok (r, open - 1)->sentence != tok (r, *i - 1)->sentence)
    return G_MAXUINT;
  *i -= 1;
  return open;
}

gboolean
rules_source_before (Rules *r,
                     guint  cue_first,
                     Src   *src,
                     guint *negated)
{
  guint sentence = tok (r, cue_first)->sentence;
  guint i = cue_first;
  guint steps = 0;

  while (i > 0 && steps++ < MAX_SKIP && tok (r, i - 1)->sentence == sentence &&
         (rules_is_skippable (r, i - 1) || rules_is_time_word (r, i - 1)))
    {
      /* "four in 10 said", "26% say": a share, not a year. */
      if (tok (r, i - 1)->kind == READOUT_TOKEN_NUMBER &&
          ((i >= 3 && is_text (r, i - 2, "in") && rules_is_quantifier (r, i - 3)) || is_percentage (r, i - 1)))
        break;
      if (rules_is_negation (r, i - 1))
        *negated = TRUE;
      i--;
    }
  if (i == 0 || tok (r, i - 1)->sentence != sentence)
    return FALSE;

  /* "Proponents of the bill, however, say" */
  if (i >= 4 && is_punct (r, i - 1, ",") && is_punct (r, i - 3, ",") &&
      (is_text (r, i - 2, "however") || is_text (r, i - 2, "meanwhile") || is_text (r, i - 2, "though") ||
       is_text (r, i - 2, "too") || is_text (r, i - 2, "instead") || is_text (r, i - 2, "therefore")))
    i -= 3;
  /* "Sen. Maria Alves (PT-Bahia), said": a stray comma after the parenthesis. */
  if (i >= 2 && is_punct (r, i - 1, ",") && is_punct (r, i - 2, ")"))
    i--;
  /* "Sen. Maria Alves (PT-Bahia) told" */
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

  /* "Amadou and others who want to close the border said": the phrase with
   * its relative clause, as annotators mark it. */
  for (guint k = i - 1; k > 1 && i - k < 12 && tok (r, k)->sentence == sentence; k--)
    {
      if (tok (r, k)->kind != READOUT_TOKEN_WORD || (tok (r, k)->flags & READOUT_TOKEN_IN_QUOTE))
        break;
      if (is_text (r, k, "who") && tok (r, k - 1)->kind == READOUT_TOKEN_WORD)
        {
          Src head = { -1, -1, 0, 0 };

          if (subject_ending_at (r, k, &head) && !is_text (r, head.first, "who") &&
              !(head.mention >= 0 && mention_at (r, head.mention)->kind == READOUT_MENTION_PRONOUN))
            {
              *src = head;
              src->last = i;
              return TRUE;
            }
          break;
        }
    }

  /* "Japan’s defence minister, Hiroshi Tanaka, said", "Mark Wynn,
   * chairman of the district party, said": the closing comma of an
   * apposition that is part of the mention. */
  if (i >= 2 && is_punct (r, i - 1, ",") && r->mentions->ending[i - 2] >= 0)
    {
      ReadoutMention *m = mention_at (r, r->mentions->ending[i - 2]);

      if (m->kind == READOUT_MENTION_PERSON &&
          ((m->name_first > m->first && is_punct (r, m->name_first - 1, ",")) || m->last > m->name_last))
        return src_from_mention (r, r->mentions->ending[i - 2], src);
    }

  /* "Lukas Brandt, Germany’s foreign minister, said"; "Chris Murphy, who
   * campaigned alongside her, said". The first subject found within two
   * hops, unless it sits inside the interruption ("Kamau, during a
   * visit to a shipyard in Gdansk, Poland, said"): then a subject that starts the
   * clause, up to four hops back. */
  {
    Src found = { -1, -1, 0, 0 };
    gboolean have_found = FALSE;
    guint quoted = quoted_word_before_comma (r, &i);

    for (guint hop = 0; hop < 4 && i >= 3 && is_punct (r, i - 1, ",") && !is_close (r, i - 2); hop++)
      {
        guint c = i - 2;
        guint end = c;
        Src cand = { -1, -1, 0, 0 };

        while (c > 0 && i - c < 30 && tok (r, c)->sentence == sentence && !is_punct (r, c, ",") &&
               (tok (r, c)->kind != READOUT_TOKEN_QUOTE || c >= quoted))
          c--;
        if (c == 0 || !is_punct (r, c, ",") || tok (r, c)->sentence != sentence)
          break;
        /* "Rep. Elijah Cummings (D-Md.), chair of …, said" */
        end = c;
        if (is_punct (r, end - 1, ")"))
          {
            guint k = end - 1;

            while (k > 0 && end - k < 10 && !is_punct (r, k, "("))
              k--;
            if (is_punct (r, k, "(") && k > 0)
              end = k;
          }
        if ((is_text (r, c + 1, "who") || is_text (r, c + 1, "which") || rules_is_np_determiner (r, c + 1) ||
             r->mentions->starting[c + 1] >= 0 || r->mentions->ending[end - 1] >= 0) &&
            subject_ending_at (r, end, &cand))
          {
            gboolean pronoun = cand.mention >= 0 && mention_at (r, cand.mention)->kind == READOUT_MENTION_PRONOUN;

            if (!have_found && hop < 2)
              {
                found = cand;
                have_found = TRUE;
              }
            if (!pronoun && starts_clause (r, &cand))
              {
                found = cand;
                break;
              }
          }
        /* "Kamau, meanwhile, who sits at zero, said": one more hop. */
        i = c + 1;
      }
    if (!have_found ||
        (found.mention >= 0 && mention_at (r, found.mention)->kind == READOUT_MENTION_PRONOUN))
      return FALSE;
    *src = found;
    src->last = cue_first;   /* the whole phrase, as annotators mark it */
    while (src->last > src->first && (is_punct (r, src->last - 1, ",") ||
                                      rules_is_skippable (r, src->last - 1)))
      src->last--;
    return TRUE;
  }
}

/* The source of a nominal cue: "Russia’s insistence that", "China
 * renewed its warning that", "India’s foreign ministry expressed concern
 * that". */
gboolean
rules_source_of_noun (Rules *r,
                      guint  cue_first,
                      guint  sentence_first,
                      Src   *src,
                      guint *negated)
{
  guint k = cue_first;
  gint m;

  /* Adjectives: "its renewed warning", "growing concern". */
  while (k > sentence_first && k + 3 > cue_first && tok (r, k - 1)->kind == READOUT_TOKEN_WORD &&
         r->mentions->ending[k - 1] < 0 && !rules_is_np_determiner (r, k - 1) && !rules_is_clause_word (r, k - 1) &&
         !(tok (r, k - 1)->flags & READOUT_TOKEN_CAPITALIZED) && !(tok (r, k - 1)->flags & READOUT_TOKEN_POSSESSIVE))
    k--;
  if (k == sentence_first)
    return FALSE;
  m = r->mentions->ending[k - 1];
  /* "Russia’s insistence": the possessor speaks. */
  if (m >= 0 && mention_at (r, m)->possessive && mention_at (r, m)->kind != READOUT_MENTION_PRONOUN)
    {
      ReadoutMention *mention = mention_at (r, m);

      src->mention = m;
      src->entity = mention->entity;
      src->first = mention->first;
      src->last = mention->last;
      return TRUE;
    }
  /* "its"/"his"/"a"/"the": then the verb, then its subject. */
  if (m >= 0 || rules_is_np_determiner (r, k - 1))
    k--;
  if (k > sentence_first && tok (r, k - 1)->kind == READOUT_TOKEN_WORD && !rules_is_clause_word (r, k - 1) &&
      r->mentions->ending[k - 1] < 0)
    return rules_source_before (r, k - 1, src, negated);
  return FALSE;
}

/* The source after an inverted cue ("said Sherman", "according to the
 * state's records"). */
gboolean
rules_source_after (Rules *r,
                    guint  from,
                    guint  limit,
                    guint  max_words,
                    Src   *src)
{
  guint last;

  if (from >= limit)
    return FALSE;
  if (src_from_mention (r, r->mentions->starting[from], src) ||
      (is_text (r, from, "the") && from + 1 < limit &&
       src_from_mention (r, r->mentions->starting[from + 1], src)))
    {
      src->first = from;
      /* "said Andes Federal University professor Lena Petrova": the first
       * mention only modifies the phrase; the speaker is the one that
       * ends it. */
      if (src->last < limit && tok (r, src->last)->kind == READOUT_TOKEN_WORD &&
          !rules_is_clause_word (r, src->last) &&
          (!rules_is_cue_at (r, src->last) || (tok (r, src->last)->flags & READOUT_TOKEN_CAPITALIZED)) &&
          noun_phrase_after (r, from, limit, max_words, &last) && last > src->last &&
          (last >= limit || tok (r, last)->kind == READOUT_TOKEN_PUNCT))
        {
          gint m = r->mentions->ending[last - 1];
          Src head = { -1, -1, 0, 0 };

          if (m >= 0 && src_from_mention (r, m, &head))
            {
              *src = head;
              src->first = from;
            }
        }
      return TRUE;
    }
  if (noun_phrase_after (r, from, limit, max_words, &last))
    {
      guint more;

      /* "said lobbyist and party strategist X.": one "and" inside. */
      if (last + 1 < limit && is_text (r, last, "and") &&
          noun_phrase_after (r, last + 1, limit, max_words, &more) &&
          (more >= limit || tok (r, more)->kind == READOUT_TOKEN_PUNCT))
        last = more;
      /* "said Andes Federal University professor X": the person that
       * ends the phrase speaks. */
      gint m = r->mentions->ending[last - 1];
      ReadoutMention *person = mention_at (r, m);

      /* "says political scientist X in Almaty." too. */
      if (person == NULL || person->kind != READOUT_MENTION_PERSON ||
          (last < limit && tok (r, last)->kind != READOUT_TOKEN_PUNCT &&
           !(rules_is_preposition (r, last) && last + 1 < limit &&
             (tok (r, last + 1)->flags & READOUT_TOKEN_CAPITALIZED))) ||
          !src_from_mention (r, m, src))
        {
          src->mention = -1;
          src->entity = -1;
        }
      src->first = from;
      src->last = last;
      return TRUE;
    }
  return FALSE;
}

/* "said a handful of Liberals who point to …": the relative clause
 * belongs to the source, as annotators mark it; returns its end. */
guint
rules_relative_clause_end (Rules *r,
                           guint  from,
                           guint  limit)
{
  guint k = from;

  if (k < limit && is_punct (r, k, ",") && k + 1 < limit)
    k++;
  if (k >= limit || !(is_text (r, k, "who") || is_text (r, k, "whose")))
    return from;
  while (k < limit && k - from < 30 && !is_comma_like (r, k) && tok (r, k)->kind != READOUT_TOKEN_QUOTE &&
         (tok (r, k)->kind != READOUT_TOKEN_PUNCT || is_punct (r, k, "-")))
    k++;
  return k - from >= 30 ? from : k;
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
gboolean
rules_previous_source (Rules      *r,
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

/* A party name or demonym that no mention took: "U.S." in "U.S. and
 * Russian diplomats". */
static gboolean
party_word (const Rules *r,
            guint        i)
{
  ReadoutPartyDirectory *directory = r->directory;
  const ReadoutToken *t = tok (r, i);
  guint match_len = 0;

  return directory != NULL && (t->flags & READOUT_TOKEN_CAPITALIZED) &&
         readout_party_directory_match (directory, r->tokens->text + t->byte_start,
                                        t->byte_end - t->byte_start, &match_len) != NULL &&
         match_len == t->byte_end - t->byte_start;
}

/* The party of a source that is no mention of a party: a party word that
 * opens it ("US authorities", "Chinese state media") or a plural demonym
 * ("The Palestinians", "Americans"). */
static ReadoutParty *
party_of_phrase (const Rules *r,
                 const Src   *src)
{
  ReadoutPartyDirectory *directory = r->directory;
  guint first = src->first;
  const ReadoutToken *head;
  ReadoutParty *party;
  guint match_len = 0;

  if (first < src->last && is_text (r, first, "the"))
    first++;
  if (first < src->last && r->mentions->covering[first] >= 0)
    {
      ReadoutMention *m = mention_at (r, r->mentions->covering[first]);

      if (m->kind == READOUT_MENTION_PARTY && m->party != NULL && m->last < src->last)
        return m->party;
    }
  head = tok (r, src->last - 1);
  if (directory == NULL || !(head->flags & READOUT_TOKEN_CAPITALIZED) || head->byte_end - head->byte_start < 4 ||
      r->tokens->text[head->byte_end - 1] != 's')
    return NULL;
  party = readout_party_directory_match (directory, r->tokens->text + head->byte_start,
                                         head->byte_end - head->byte_start - 1, &match_len);
  return match_len == head->byte_end - head->byte_start - 1 ? party : NULL;
}

void
rules_set_source (const Rules *r,
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
  if (raw->party == NULL && (m == NULL || m->kind != READOUT_MENTION_PRONOUN))
    raw->party = party_of_phrase (r, src);

  /* "French and German diplomats agreed": two parties speak; naming
   * one of them would be wrong, so the statement has none. */
  if (src->first >= 2 && is_text (r, src->first - 1, "and") &&
      tok (r, src->first - 2)->sentence == tok (r, src->first)->sentence &&
      ((r->mentions->covering[src->first - 2] >= 0 &&
        mention_at (r, r->mentions->covering[src->first - 2])->kind == READOUT_MENTION_PARTY &&
        mention_at (r, r->mentions->covering[src->first - 2])->party != raw->party) ||
       (r->mentions->covering[src->first - 2] < 0 && party_word (r, src->first - 2))))
    {
      raw->party = NULL;
      raw->entity = -1;
      raw->source_start = tok (r, src->first - 2)->start;
    }
}
