/* readout-acts.c — what kind of act a statement is
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The cue gives a first act ("rejected" → REJECT, "said" → CLAIM); the
 * content's first telling word refines or overrides it ("said Belarus has
 * no plans to send troops" → DENY, "said NATO must never let …" → DEMAND).
 * One pass over the content's tokens, a hash lookup per distinct word: no
 * regular expressions, linear in the content. docs/acts.md has the rules.
 */

#include "config.h"

#include <string.h>

#include "readout-acts-private.h"
#include "readout-acts-words.h"
#include "readout-lexicon-private.h"
#include "readout-party-matcher-private.h"

static inline const ReadoutToken *
tok (const ReadoutTokens *tokens,
     guint                i)
{
  return &g_array_index (tokens->tokens, ReadoutToken, i);
}

static gboolean
is_word (const ReadoutTokens *tokens,
         guint                i,
         const char          *word)
{
  return i < tokens->tokens->len && _readout_tokens_is (tokens, tok (tokens, i), word);
}

/* "isn't", "don’t", "hasn't": negations the table cannot list one by one. */
static gboolean
ends_nt (const char *s,
         gsize       len)
{
  return (len > 3 && memcmp (s + len - 3, "n't", 3) == 0) ||
         (len > 5 && memcmp (s + len - 5, "n\xe2\x80\x99t", 5) == 0);
}

static gboolean
is_clause_break (const ReadoutTokens *tokens,
                 guint                i)
{
  const ReadoutToken *t = tok (tokens, i);
  gsize len;
  const char *s;

  if (t->kind == READOUT_TOKEN_PUNCT)
    {
      s = readout_tokens_lower (tokens, i, &len);
      return s[0] != '-' && s[0] != '(' && s[0] != ')';
    }
  return t->kind == READOUT_TOKEN_WORD && (_readout_tokens_is (tokens, t, "but") ||
                                           _readout_tokens_is (tokens, t, "while") ||
                                           _readout_tokens_is (tokens, t, "although"));
}

/* What the content says of itself, from one pass over its words. */
typedef struct
{
  ReadoutAct act;        /* the first telling word's act, or READOUT_N_ACTS */
  ReadoutAct consult;    /* CONSULT from a past meeting: used only when nothing else is */
  gboolean   negated;    /* the act's word is negated: "will not allow", "no plans" */
  gboolean   future;
  gboolean   conditional;
  gboolean   restrictive; /* sanctions or force spoken of */
  gboolean   clause;     /* a clause or a claim-like noun comes first: "denied (that) it …" */
  gboolean   mobilize;   /* exercises, deployments in the first clause */
  guint      leading;    /* bit k: targets[k] is the content's subject ("Russia has no plans …") */
} Content;

static void
add_target (ReadoutActResult *out,
            guint            *n,
            ReadoutParty     *target,
            ReadoutParty     *own)
{
  if (target == NULL || target == own || *n >= READOUT_STATEMENT_MAX_TARGETS)
    return;
  for (guint k = 0; k < *n; k++)
    if (out->targets[k] == target)
      return;
  out->targets[(*n)++] = target;
}

/* "talks in Vienna", "at Brussels": a venue, not a party the act concerns. */
static gboolean
is_locative (const ReadoutTokens *tokens,
             guint                first,
             guint                i)
{
  return i > first && (is_word (tokens, i - 1, "in") || is_word (tokens, i - 1, "at"));
}

#define NEAR 3  /* how far a negation or a "will" reaches forward, in words */

/* What _readout_acts_index_words() keeps for a word that has no entry
 * in the table: nothing, or a negation the table cannot list one by one
 * ("isn't", "don’t"). Both are W_NONE, which no word of the table is. */
static const ReadoutActWord no_word = { "", W_NONE, 0 };
static const ReadoutActWord nt_word = { "", W_NONE, 0 };

/* The act word of word id @w, looked up the first time a statement has
 * it. */
static inline const ReadoutActWord *
act_word (const ReadoutTokens   *tokens,
          const ReadoutActWord **words,
          guint32                w)
{
  if (G_UNLIKELY (words[w] == NULL))
    {
      gsize len;
      const char *s = readout_tokens_lower (tokens, tokens->word_token[w], &len);
      const ReadoutActWord *found = _readout_acts_words_lookup (s, len);

      words[w] = found != NULL ? found : ends_nt (s, len) ? &nt_word : &no_word;
    }
  return words[w];
}

static void
scan_content (const ReadoutTokens          *tokens,
              const ReadoutActWord        **words,
              ReadoutMentions              *mentions,
              ReadoutPartyDirectory        *directory,
              guint                         first,
              guint                         last,
              ReadoutParty                 *party,
              ReadoutActResult             *out,
              Content                      *c)
{
  gint neg_at = -100;
  gint fut_at = -100;
  gint other_at = -100;    /* last token of a mention of another party */
  gint self_at = -100;     /* we / I */
  gint any_at = -100;
  gint lift_at = -100;
  gboolean subordinate = FALSE;  /* after "if": not the main act */
  gboolean other_subject = FALSE;  /* the content's subject is another party: "Moscow …" */
  guint words_seen = 0;
  gboolean first_clause = TRUE;
  gint last_mention = -1;
  guint n_targets = 0;
  gboolean leading = TRUE;     /* still in the subject: "Britain and France have …" */
  gboolean that_seen = FALSE;  /* past a complementiser: "guarantees that NATO will …" */
  const ReadoutToken *toks = (const ReadoutToken *) tokens->tokens->data;
  gsize content_end = last > first ? toks[last - 1].byte_end : 0;

  while (out->targets[n_targets] != NULL)
    n_targets++;

  c->act = c->consult = READOUT_N_ACTS;

  for (guint i = first; i < last; i++)
    {
      const ReadoutToken *t = &toks[i];
      gint m = mentions->covering[i];
      const ReadoutActWord *w;
      gint wi;
      ReadoutAct hit = READOUT_N_ACTS;

      if (m >= 0 && m != last_mention)
        {
          ReadoutMention *mention = readout_mentions_get (mentions, m);
          guint before = n_targets;

          last_mention = m;
          if (mention->kind != READOUT_MENTION_PRONOUN && !is_locative (tokens, first, i))
            add_target (out, &n_targets, mention->party, party);
          if (leading && n_targets > before)
            c->leading |= 1u << before;
        }
      else if (m < 0 && directory != NULL && (t->flags & READOUT_TOKEN_CAPITALIZED) &&
               t->kind == READOUT_TOKEN_WORD && !is_locative (tokens, first, i))
        {
          guint before = n_targets;
          ReadoutParty *found;

          found = _readout_party_directory_match_unchecked (directory, tokens->text + t->byte_start,
                                                            content_end - t->byte_start);
          add_target (out, &n_targets, found, party);
          if (leading && n_targets > before)
            c->leading |= 1u << before;
        }
      if (m >= 0)
        {
          ReadoutMention *mention = readout_mentions_get (mentions, m);

          if (mention->kind != READOUT_MENTION_PRONOUN && mention->party != NULL &&
              mention->party != party && !mention->possessive)
            other_at = words_seen;
        }

      if (t->kind != READOUT_TOKEN_WORD)
        {
          if (is_clause_break (tokens, i))
            {
              first_clause = subordinate = FALSE;
              neg_at = fut_at = other_at = self_at = any_at = -100;
            }
          continue;
        }

      wi = words_seen++;
      w = act_word (tokens, words, tokens->word[i]);
      if (leading && m < 0 && !(t->flags & READOUT_TOKEN_CAPITALIZED) &&
          !_readout_tokens_is (tokens, t, "and") && !_readout_tokens_is (tokens, t, "the"))
        leading = FALSE;
      if (wi == 0)
        {
          /* "Chinese warships keep threatening …": a third party's
           * deed reported by the speaker is an accusation. */
          ReadoutMention *mention = readout_mentions_get (mentions, m);

          other_subject = (t->flags & READOUT_TOKEN_CAPITALIZED) != 0 &&
                          w->kind == W_NONE &&
                          (mention == NULL || (mention->kind != READOUT_MENTION_PRONOUN &&
                                               mention->party != party));
        }
      if (w->kind == W_NONE)
        {
          if (w == &nt_word)
            neg_at = wi;
          continue;
        }

      switch (w->kind)
        {
        case W_NEG:
        case W_NO:
          neg_at = wi;
          break;
        case W_FUT_NEG:
          neg_at = fut_at = wi;
          if (!that_seen)
            c->future = TRUE;
          break;
        case W_FUT:
          fut_at = wi;
          if (wi < 12 && !that_seen)
            c->future = TRUE;
          break;
        case W_GOING:
          if (is_word (tokens, i + 1, "to"))
            {
              fut_at = wi;
              c->future = TRUE;
            }
          break;
        case W_COND:
          c->conditional = subordinate = TRUE;
          break;
        case W_BUT:
          first_clause = subordinate = FALSE;
          neg_at = fut_at = other_at = self_at = any_at = -100;
          break;
        case W_EARLY:
          /* "too early to speak of a breakthrough": the hope is put off
           * like "any breakthrough"; it reaches the few words to it. */
          if ((i > first && is_word (tokens, i - 1, "too")) || is_word (tokens, i, "premature"))
            any_at = wi + 4;
          break;
        case W_ANY:
          any_at = wi;
          break;
        case W_DEAL:
          if (wi - neg_at <= NEAR)
            hit = READOUT_ACT_REJECT;
          else if (is_word (tokens, i - 1, "reached") || is_word (tokens, i - 2, "reached") ||
                   is_word (tokens, i - 1, "signed") || is_word (tokens, i - 2, "signed"))
            hit = READOUT_ACT_AGREE;
          break;
        case W_MOBILIZE:
          if (first_clause)
            c->mobilize = TRUE;
          break;
        case W_SELF:
          self_at = wi;
          break;
        case W_THAT:
          if (wi == 0)
            c->clause = TRUE;
          else if (_readout_tokens_is (tokens, t, "that"))
            that_seen = TRUE;
          break;
        case W_MUST:
          hit = self_at == wi - 1 ? READOUT_ACT_COMMIT : READOUT_ACT_DEMAND;
          break;
        case W_NEED:
          if (self_at != wi - 1)
            hit = READOUT_ACT_REQUEST;
          break;
        case W_PLAN:
          if (wi - neg_at <= NEAR)
            hit = READOUT_ACT_DENY;
          else if (is_word (tokens, i + 1, "to"))
            {
              fut_at = wi;
              c->future = TRUE;
            }
          break;
        case W_READY:
          if (is_word (tokens, i + 1, "to") || is_word (tokens, i + 1, "for"))
            hit = wi - neg_at <= NEAR ? READOUT_ACT_REJECT : READOUT_ACT_AGREE;
          break;
        case W_ALLOW:
          if (wi - neg_at <= NEAR)
            hit = READOUT_ACT_REJECT;
          else if (wi - fut_at <= NEAR)
            hit = READOUT_ACT_COMMIT;
          break;
        case W_PUSH:
          if (is_word (tokens, i + 1, "back"))
            hit = READOUT_ACT_REJECT;
          break;
        case W_QUESTION:
          if (i >= first + 3 && is_word (tokens, i - 1, "the") && is_word (tokens, i - 2, "of") &&
              is_word (tokens, i - 3, "out"))
            hit = READOUT_ACT_REJECT;
          break;
        case W_ACT:
          if (wi - neg_at <= NEAR)
            {
              /* "did not reject": no act of its own; "would not agree",
               * "will not offer": a refusal; "did not deny": a concession. */
              if (w->act == READOUT_ACT_AGREE || w->act == READOUT_ACT_OFFER ||
                  w->act == READOUT_ACT_COMMIT)
                hit = READOUT_ACT_REJECT;
              else if (w->act == READOUT_ACT_DENY)
                hit = READOUT_ACT_CONCEDE;
              else
                hit = READOUT_ACT_CLAIM;
            }
          else if (w->act == READOUT_ACT_THREATEN && wi - fut_at > NEAR &&
                   (wi - other_at <= NEAR + 1 || other_subject ||
                    is_word (tokens, i - 1, "the") || is_word (tokens, i - 1, "a")))
            hit = READOUT_ACT_ACCUSE;   /* "Chinese warships keep threatening …", "the threat of" */
          else
            hit = w->act;
          break;
        case W_OPTIMISM:
          hit = wi - neg_at <= NEAR || wi - any_at <= NEAR ? READOUT_ACT_PESSIMISTIC
                                                           : READOUT_ACT_OPTIMISTIC;
          break;
        case W_PESSIMISM:
          if (wi - neg_at > NEAR)
            hit = READOUT_ACT_PESSIMISTIC;
          break;
        case W_SUPPORT:
          if (wi - neg_at <= NEAR)
            hit = READOUT_ACT_REJECT;
          else if (wi - fut_at <= NEAR)
            hit = READOUT_ACT_COMMIT;
          else
            hit = READOUT_ACT_SUPPORT;
          break;
        case W_COOP:
          lift_at = wi;
          if (wi - fut_at <= NEAR)
            hit = wi - neg_at <= NEAR ? READOUT_ACT_REJECT : READOUT_ACT_COMMIT;
          break;
        case W_MEET:
          /* PLOVER codes a future meeting as AGREE. */
          if (wi - fut_at <= 2)
            hit = wi - neg_at <= NEAR ? READOUT_ACT_REJECT : READOUT_ACT_AGREE;
          break;
        case W_MET:
          if (c->consult == READOUT_N_ACTS)
            c->consult = READOUT_ACT_CONSULT;
          break;
        case W_RESTRICT:
        case W_FORCE:
          /* "lift sanctions", "end the embargo" are the opposite. */
          if (wi - lift_at <= 2)
            break;
          c->restrictive = TRUE;
          if (wi - fut_at <= NEAR + 2 && wi - neg_at > NEAR)
            hit = READOUT_ACT_THREATEN;
          else if (w->kind == W_FORCE && (wi - other_at <= NEAR + 1 || other_subject) &&
                   wi - neg_at > NEAR)
            hit = READOUT_ACT_ACCUSE;
          break;
        case W_RESTRICTED:
          c->restrictive = TRUE;
          if (wi - neg_at > NEAR)
            hit = READOUT_ACT_SANCTION;
          break;
        default:
          break;
        }

      if (hit != READOUT_N_ACTS && c->act == READOUT_N_ACTS && !subordinate)
        {
          /* The mode is the act's: "will not allow", not any "not" in
           * the content ("has not made a final decision" is no negated act). */
          c->act = hit;
          c->negated = wi - neg_at <= NEAR;
        }
    }

  /* "would continue naval drills": a show of force, not a promise. */
  if (c->mobilize && c->act == READOUT_ACT_COMMIT)
    c->act = READOUT_ACT_MOBILIZE;

  /* A conditional sanction or use of force is a threat, wherever the
   * "if" stands: "will impose sanctions if troops cross the border". */
  if (c->conditional && c->restrictive &&
      (c->act == READOUT_N_ACTS || c->act == READOUT_ACT_SANCTION || c->act == READOUT_ACT_COMMIT))
    c->act = READOUT_ACT_THREATEN;
}

/* The cue's own act from its act code and lemma. */
static ReadoutAct
cue_act (const ReadoutCue *cue,
         gboolean         *decides)
{
  const char *code = cue->act;
  const char *lemma = cue->lemma;

  *decides = TRUE;
  switch (code[0])
    {
    case 'a':
      if (strcmp (code, "accuse") == 0)
        return READOUT_ACT_ACCUSE;
      if (strcmp (code, "agree") == 0)
        {
          static const char * const support[] = { "support", "back", "endorse", "favour", "favor",
                                                  "defend", "endorsement", NULL };

          return _readout_cue_word_in (lemma, support) ? READOUT_ACT_SUPPORT : READOUT_ACT_AGREE;
        }
      if (strcmp (code, "appeal") == 0)
        return READOUT_ACT_REQUEST;
      if (strcmp (code, "ask") == 0)
        return READOUT_ACT_REQUEST;
      break;
    case 'b':
      if (strcmp (code, "believe") == 0)
        {
          static const char * const hope[] = { "hope", "expect", "trust", "be confident",
                                               "anticipate", "expectation", NULL };
          static const char * const fear[] = { "fear", "worry", "doubt", "be concerned",
                                               "concern", "regret", NULL };

          *decides = FALSE;
          if (_readout_cue_word_in (lemma, hope))
            return READOUT_ACT_OPTIMISTIC;
          if (_readout_cue_word_in (lemma, fear))
            return READOUT_ACT_PESSIMISTIC;
          return READOUT_ACT_CLAIM;
        }
      break;
    case 'c':
      if (strcmp (code, "concede") == 0)
        return READOUT_ACT_CONCEDE;
      if (strcmp (code, "criticize") == 0)
        {
          static const char * const protest[] = { "condemn", "denounce", "protest", "deplore",
                                                  "decry", "complain", "complain about",
                                                  "condemnation", "complaint", NULL };

          return _readout_cue_word_in (lemma, protest) ? READOUT_ACT_PROTEST : READOUT_ACT_ACCUSE;
        }
      break;
    case 'd':
      if (strcmp (code, "deny") == 0)
        return READOUT_ACT_DENY;
      if (strcmp (code, "demand") == 0)
        return READOUT_ACT_DEMAND;
      break;
    case 'i':
      if (strcmp (code, "intend") == 0)
        {
          *decides = FALSE;
          return strcmp (lemma, "want") == 0 ? READOUT_ACT_DEMAND : READOUT_ACT_COMMIT;
        }
      break;
    case 'o':
      if (strcmp (code, "offer") == 0)
        return READOUT_ACT_OFFER;
      break;
    case 'p':
      if (strcmp (code, "praise") == 0)
        return READOUT_ACT_SUPPORT;
      if (strcmp (code, "promise") == 0)
        return READOUT_ACT_COMMIT;
      break;
    case 'r':
      if (strcmp (code, "reject") == 0)
        return READOUT_ACT_REJECT;
      break;
    case 't':
      if (strcmp (code, "threaten") == 0)
        return READOUT_ACT_THREATEN;
      break;
    case 'w':
      if (strcmp (code, "warn") == 0)
        {
          *decides = FALSE;
          return READOUT_ACT_THREATEN;
        }
      break;
    default:
      break;
    }

  /* "statement" and anything new in cues.json: the content decides,
   * but for a few statement verbs that name their act (first letter
   * first: most cues are none of them). */
  if (_readout_cue_word_is (lemma, "protest"))
    return READOUT_ACT_PROTEST;
  if (_readout_cue_word_is (lemma, "object"))
    return READOUT_ACT_REJECT;
  if (_readout_cue_word_is (lemma, "allege"))
    return READOUT_ACT_ACCUSE;
  *decides = FALSE;
  {
    static const char * const characterize[] = { "describe", "characterise", "characterize",
                                                  "call", "liken", "strike a note",
                                                  "sound a note", NULL };

    if (_readout_cue_word_in (lemma, characterize))
      {
        *decides = TRUE;
        return READOUT_ACT_CHARACTERIZE;
      }
  }
  return READOUT_ACT_CLAIM;
}

/* What a negated cue ("did not reject", "has not threatened") leaves. */
static ReadoutAct
negate (ReadoutAct act)
{
  switch (act)
    {
    case READOUT_ACT_AGREE:
    case READOUT_ACT_OFFER:
    case READOUT_ACT_COMMIT:
    case READOUT_ACT_SUPPORT:
    case READOUT_ACT_CONSULT:
      return READOUT_ACT_REJECT;
    case READOUT_ACT_DENY:
      return READOUT_ACT_CONCEDE;
    case READOUT_ACT_CHARACTERIZE:
    case READOUT_ACT_OPTIMISTIC:
    case READOUT_ACT_PESSIMISTIC:
      return act;
    default:
      return READOUT_ACT_CLAIM;
    }
}

static ReadoutAct
combine (const ReadoutCue *cue,
         const Content    *c,
         gboolean          cue_negated)
{
  gboolean decides;
  ReadoutAct base;

  if (cue == NULL)
    return c->act != READOUT_N_ACTS ? c->act :
           c->consult != READOUT_N_ACTS ? c->consult : READOUT_ACT_CLAIM;

  base = cue_act (cue, &decides);
  if (cue_negated)
    return negate (base);

  switch (base)
    {
    case READOUT_ACT_DENY:
      /* "denied land allocation", "denied them entry": a refusal, not a
       * denial of a claim. */
      return c->clause || c->act != READOUT_N_ACTS ? READOUT_ACT_DENY : READOUT_ACT_REJECT;
    case READOUT_ACT_COMMIT:
    case READOUT_ACT_OFFER:
      /* "vowed to retaliate", "pledged to impose sanctions if …". */
      if (c->act == READOUT_ACT_THREATEN || c->restrictive)
        return READOUT_ACT_THREATEN;
      if (!decides && c->act != READOUT_N_ACTS)
        return c->act;
      return base;
    case READOUT_ACT_THREATEN:
      if (decides)
        return base;
      /* "warned that …" */
      if (c->act == READOUT_ACT_DEMAND || c->act == READOUT_ACT_REJECT ||
          c->act == READOUT_ACT_ACCUSE || c->act == READOUT_ACT_THREATEN)
        return c->act;
      if (c->future || c->conditional || c->restrictive)
        return READOUT_ACT_THREATEN;
      return READOUT_ACT_PESSIMISTIC;
    default:
      break;
    }

  if (decides)
    return base;
  if (c->act != READOUT_N_ACTS)
    {
      /* "announced it will impose sanctions": carried out, not threatened. */
      if (c->act == READOUT_ACT_THREATEN && !c->conditional && c->restrictive &&
          (_readout_cue_word_is (cue->lemma, "announce") || _readout_cue_word_is (cue->lemma, "announcement")))
        return READOUT_ACT_SANCTION;
      return c->act;
    }
  if (c->consult != READOUT_N_ACTS && base == READOUT_ACT_CLAIM)
    return c->consult;
  return base;
}

const ReadoutActWord **
_readout_acts_index_words (const ReadoutTokens *tokens)
{
  _readout_acts_words_init ();
  return g_new0 (const ReadoutActWord *, tokens->n_words + 1);
}

void
_readout_acts_classify (const ReadoutTokens          *tokens,
                        const ReadoutActWord        **words,
                        ReadoutMentions              *mentions,
                        const ReadoutRaw             *raw,
                        guint                         first,
                        guint                         last,
                        ReadoutParty                 *party,
                        ReadoutActResult             *out)
{
  Content c = { 0, };
  gboolean cue_negated;
  ReadoutPartyDirectory *directory;

  directory = _readout_acts_words_init ();
  memset (out, 0, sizeof *out);

  /* The cue's object comes first among the targets: "urged Moscow to …",
   * "accused Kyiv of …". A long gap is not an object. */
  if (raw->cue != NULL && raw->cue_end <= raw->start && raw->cue_end > raw->cue_start)
    {
      guint i = first;
      guint n = 0;

      while (i > 0 && first - i < 12 && tok (tokens, i - 1)->start >= raw->cue_end)
        i--;
      for (; i < first; i++)
        {
          ReadoutMention *m = readout_mentions_get (mentions, mentions->covering[i]);

          if (m != NULL && m->kind != READOUT_MENTION_PRONOUN)
            add_target (out, &n, m->party, party);
        }
    }

  scan_content (tokens, words, mentions, directory, first, last, party, out, &c);

  /* The rules set negated for every "deny" cue: that is the denial itself. */
  cue_negated = raw->negated && !(raw->cue != NULL && _readout_cue_word_is (raw->cue->act, "deny"));

  out->act = combine (raw->cue, &c, cue_negated);

  /* The content's subject is the actor, not the target ("Belarus has no
   * plans to send troops into Lithuania") — except where the act is aimed at it:
   * "NATO must never let …", "NATO expansion threatens …", "warned that
   * Moscow would face …". */
  if (c.leading != 0 && out->act != READOUT_ACT_DEMAND && out->act != READOUT_ACT_REQUEST &&
      out->act != READOUT_ACT_ACCUSE && out->act != READOUT_ACT_PROTEST &&
      !(out->act == READOUT_ACT_THREATEN && raw->cue != NULL && _readout_cue_word_is (raw->cue->act, "warn")))
    {
      guint n = 0;

      for (guint k = 0; out->targets[k] != NULL; k++)
        if (!(c.leading & (1u << k)))
          out->targets[n++] = out->targets[k];
      for (guint k = n; k <= READOUT_STATEMENT_MAX_TARGETS; k++)
        out->targets[k] = NULL;
    }

  if (cue_negated || c.negated)
    out->mode |= READOUT_ACT_MODE_NEGATED;
  if (raw->conditional || c.conditional)
    out->mode |= READOUT_ACT_MODE_CONDITIONAL;
  if (c.future || (raw->cue != NULL && _readout_cue_word_is (raw->cue->act, "intend")))
    out->mode |= READOUT_ACT_MODE_FUTURE;
}
