/* readout-rules-quotes.c — quotations without a cue verb, split quotes
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Attributions with no verb: the colon after a name stands for "said".
 * Inside a paragraph, `Kamau: “We will not sign.”` or "… surprised analyst
 * Mira Holt: “…”"; at the start of a paragraph, a panel or interview
 * written as `Holt: We will not sign.` with the name in ordinary case
 * (capitalised labels are transcript turns, see readout-rules-turns.c).
 *
 * Split quotes: “We will not sign,” she said, “unless …” is one statement
 * that runs from the first quotation to the last, attribution included,
 * so that neither half is read without the other.
 */

#include "config.h"

#include "readout-rules-util.h"

/* The mention that ends right before the colon at token @colon, past a
 * parenthesis ("Rep. Ana Ruiz (D-N.M.):"), or -1. */
static gint
label_mention (const Rules *r,
               guint        colon,
               guint        sentence_first)
{
  guint k = colon;
  gint m;

  if (k > sentence_first && is_punct (r, k - 1, ")"))
    {
      guint open = k - 1;

      while (open > sentence_first && k - open < 8 && !is_punct (r, open - 1, "("))
        open--;
      if (open == sentence_first || !is_punct (r, open - 1, "("))
        return -1;
      k = open - 1;
    }
  if (k == 0 || k <= sentence_first)
    return -1;
  m = r->mentions->ending[k - 1];
  if (m < 0)
    return -1;
  switch (mention_at (r, m)->kind)
    {
    case READOUT_MENTION_PERSON:
    case READOUT_MENTION_ROLE:
    case READOUT_MENTION_INSTITUTION:
      break;
    default:
      return -1;
    }
  if (mention_at (r, m)->possessive || !rules_can_speak (mention_at (r, m)))
    return -1;
  /* "…,” by the Courier’s Ines Tal: “…”: a byline, the excerpt is hers
   * only as its author. */
  {
    guint j = mention_at (r, m)->first;

    while (j > sentence_first && mention_at (r, m)->first - j < 6 &&
           (is_text (r, j - 1, "the") || r->mentions->covering[j - 1] >= 0 ||
            (tok (r, j - 1)->flags & (READOUT_TOKEN_CAPITALIZED | READOUT_TOKEN_POSSESSIVE))))
      j--;
    if (j > sentence_first && is_text (r, j - 1, "by"))
      return -1;
  }
  return m;
}

static void
colon_raw (const Rules *r,
           ReadoutRaw  *raw,
           gint         m,
           guint        colon)
{
  const ReadoutMention *mention = mention_at (r, m);
  Src src = { m, -1, 0, 0 };

  g_assert (mention != NULL);
  src.entity = mention->entity;
  src.first = mention->first;
  src.last = mention->last;
  memset (raw, 0, sizeof *raw);
  raw->entity = -1;
  raw->mention = -1;
  rules_set_source (r, raw, &src);
  raw->cue_start = tok (r, colon)->start;
  raw->cue_end = tok (r, colon)->end;
  raw->block = tok (r, colon)->block;
  raw->sentence = tok (r, colon)->sentence;
  raw->confidence = raw->entity >= 0 ? 0.75 : 0.55;
}

/* `Holt: We will not sign.` opening an ordinary paragraph: the rest of the
 * paragraph is Holt's, as in a transcript turn. Runs before the cue rules
 * and marks the block in r->official, so that cues inside the turn do not
 * make statements of their own. */
void
rules_colon_turns (Rules *r)
{
  guint n_blocks = readout_document_get_n_blocks (r->document);
  guint cursor = 0;

  for (guint b = 0; b < n_blocks; b++)
    {
      const ReadoutBlock *block = readout_document_get_block (r->document, b);
      guint first, last;
      guint colon;
      ReadoutRaw raw;
      gint m;

      if (block->kind != READOUT_BLOCK_PARAGRAPH || r->official[b])
        continue;
      first = rules_token_walk (r, &cursor, block->start);
      if (first >= r->n)
        continue;
      m = r->mentions->starting[first];
      if (m < 0 || mention_at (r, m)->kind != READOUT_MENTION_PERSON)
        continue;
      /* Asked only here: most paragraphs open with no name. */
      last = rules_token_at (r, block->end);
      colon = mention_at (r, m)->last;
      if (colon + 2 >= last || !is_colon (r, colon) || label_mention (r, colon, first) != m)
        continue;
      /* A quotation after the colon is left to rules_colon_quotes(). */
      if (is_open (r, colon + 1))
        continue;
      /* "Correction:", "Update:": one capitalised word is a name only when
       * the person is mentioned again. */
      if (mention_at (r, m)->last - mention_at (r, m)->first < 2 &&
          (mention_at (r, m)->entity < 0 ||
           readout_entities_get (r->entities, mention_at (r, m)->entity)->mentions->len < 2))
        continue;
      /* "Novak: Now or never" in a list of prospects: a label, no turn. */
      {
        guint words = 0;

        for (guint k = colon + 1; k < last && words < 5; k++)
          if (tok (r, k)->kind == READOUT_TOKEN_WORD)
            words++;
        if (words < 5)
          continue;
      }
      colon_raw (r, &raw, m, colon);
      if (!rules_set_content (r, &raw, colon + 1, last))
        continue;
      raw.kind = READOUT_STATEMENT_DIRECT;
      r->official[b] = 1;
      g_array_append_val (r->raw, raw);
    }
}

/* A quotation no cue claimed, right after "NAME:". */
void
rules_colon_quotes (Rules *r)
{
  for (guint q = 0; q < r->tokens->quotes->len; q++)
    {
      const ReadoutQuote *qt = quote (r, q);
      guint open;
      ReadoutRaw raw;
      gint m;

      if (r->quote_used[q] || !qt->closed || qt->depth > 0 || r->official[qt->block_first])
        continue;
      open = rules_token_at (r, qt->open_start);
      if (open < 2 || open >= r->n || !is_punct (r, open - 1, ":") ||
          tok (r, open - 1)->block != qt->block_first ||
          readout_document_get_block (r->document, qt->block_first)->kind == READOUT_BLOCK_HEADING)
        continue;
      m = label_mention (r, open - 1, rules_token_at (r, readout_document_get_block (r->document,
                                                                                      qt->block_first)->start));
      if (m < 0)
        continue;
      colon_raw (r, &raw, m, open - 1);
      rules_add_direct (r, &raw, q, raw.confidence);
    }
}

static gint
compare_start_end (gconstpointer a,
                   gconstpointer b)
{
  const ReadoutRaw *x = a, *y = b;

  if (x->start != y->start)
    return (x->start > y->start) - (x->start < y->start);
  return (x->end > y->end) - (x->end < y->end);
}

static gboolean
in_span (guint offset,
         guint start,
         guint end)
{
  return start < end && offset >= start && offset < end;
}

/* Is what stands between the quotations of @a and @b, in one sentence,
 * nothing but marks and their attribution (“…,” she said on Monday, “…”)?
 * Narration in between keeps them apart. */
static gboolean
only_attribution (const Rules      *r,
                  const ReadoutRaw *a,
                  const ReadoutRaw *b)
{
  static const char * const joiners[] = { "but", "and", "although", "though", "while", "yet", "adding", NULL };
  guint last = rules_token_at (r, b->start);
  guint words = 0;
  gboolean cue = FALSE;

  for (guint k = rules_token_at (r, a->end); k < last && k < r->n; k++)
    {
      const ReadoutToken *t = tok (r, k);

      if (t->block != a->block)
        return FALSE;
      /* “…,” she said. “…”: two sentences stay two statements, each with
       * its own act. */
      if (is_punct (r, k, ".") || is_punct (r, k, "!") || is_punct (r, k, "?") || is_punct (r, k, ";"))
        return FALSE;
      if (t->kind != READOUT_TOKEN_WORD && t->kind != READOUT_TOKEN_NUMBER)
        continue;
      /* "…,” Jovic said, although he added that “…”: a second cue group;
       * "…,” she said, but despite the tone, “…”: narration. */
      if ((in_span (t->start, b->cue_start, b->cue_end) && b->cue_start != a->cue_start) ||
          is_one_of (r, k, joiners))
        return FALSE;
      if (++words > 16)
        return FALSE;
      if (in_span (t->start, a->cue_start, a->cue_end) || in_span (t->start, b->cue_start, b->cue_end))
        cue = TRUE;
    }
  return words == 0 || cue;
}

static gboolean
same_speaker (const ReadoutRaw *a,
              const ReadoutRaw *b)
{
  if (a->entity >= 0 || b->entity >= 0)
    return a->entity == b->entity;
  return a->source_start < a->source_end && a->source_start == b->source_start &&
         a->source_end == b->source_end;
}

/* Joins the direct statements of one speaker whose quotations only an
 * attribution separates, within a sentence, into one statement. */
void
rules_join_split_quotes (Rules *r)
{
  guint out = 0;

  g_array_sort (r->raw, compare_start_end);
  for (guint i = 0; i < r->raw->len; i++)
    {
      ReadoutRaw *b = &g_array_index (r->raw, ReadoutRaw, i);
      ReadoutRaw *a = out > 0 ? &g_array_index (r->raw, ReadoutRaw, out - 1) : NULL;

      if (a != NULL && a->kind == READOUT_STATEMENT_DIRECT && b->kind == READOUT_STATEMENT_DIRECT &&
          a->end < b->start && a->block == b->block && same_speaker (a, b) && only_attribution (r, a, b))
        {
          a->end = b->end;
          a->conditional = a->conditional || b->conditional;
          a->confidence = MAX (a->confidence, b->confidence);
          if (a->cue_start == a->cue_end)
            {
              a->cue_start = b->cue_start;
              a->cue_end = b->cue_end;
              a->cue = b->cue;
            }
          continue;
        }
      if (out != i)
        g_array_index (r->raw, ReadoutRaw, out) = *b;
      out++;
    }
  g_array_set_size (r->raw, out);
}

/* The likeliest subject of the sentence [first, last): the first mention
 * that can speak and is not a possessive or the object of a preposition. */
static gint
sentence_subject (const Rules *r,
                  guint        first,
                  guint        last)
{
  /* "After an emergency meeting, NAME issued …": past the adverbial. */
  if (rules_is_preposition (r, first) || rules_is_participle_opening (r, first))
    for (guint k = first + 1; k < last && k < first + 16; k++)
      if (is_comma_like (r, k))
        {
          first = k + 1;
          break;
        }
  for (guint k = first; k < last; k++)
    {
      gint m = r->mentions->starting[k];
      const ReadoutMention *mention = m >= 0 ? mention_at (r, m) : NULL;

      if (tok (r, k)->flags & READOUT_TOKEN_IN_QUOTE)
        return -1;
      if (mention == NULL || mention->possessive || !rules_can_speak (mention) ||
          (mention->kind == READOUT_MENTION_PRONOUN && !mention->subject))
        continue;
      if (k > first && (rules_is_preposition (r, k - 1) || is_text (r, k - 1, "to") || is_text (r, k - 1, "by")))
        continue;
      return m;
    }
  return -1;
}

/* "Lopez issued the following statement:" ending a paragraph (or a line
 * the importer took for a heading, "Lopez said:"), and the next paragraph
 * is a quotation: the subject's direct statement. */
void
rules_colon_paragraph_quotes (Rules *r)
{
  guint cursor = 0;

  for (guint q = 0; q < r->tokens->quotes->len; q++)
    {
      const ReadoutQuote *qt = quote (r, q);
      guint open = rules_token_walk (r, &cursor, qt->open_start);
      const ReadoutSentence *s;
      ReadoutRaw raw;
      gint m;

      if (r->quote_used[q] || qt->depth > 0 || open < 2 || open >= r->n ||
          !(tok (r, open)->flags & READOUT_TOKEN_BLOCK_START) || !is_punct (r, open - 1, ":") ||
          tok (r, open - 1)->block + 1 != tok (r, open)->block || r->official[tok (r, open)->block] ||
          readout_document_get_block (r->document, tok (r, open - 1)->block)->kind == READOUT_BLOCK_TRANSCRIPT_TURN)
        continue;
      s = &g_array_index (r->tokens->sentences, ReadoutSentence, tok (r, open - 1)->sentence);
      m = sentence_subject (r, s->first, open - 1);
      if (m < 0)
        continue;
      colon_raw (r, &raw, m, open - 1);
      raw.block = tok (r, open)->block;
      rules_add_direct (r, &raw, q, raw.confidence);
    }
}

/* "“…,” Lindqvist fumed." and "“…,” fumed Lindqvist.": any verb in the past
 * tense right after the quotation and its speaker is a cue, whether or
 * not the vocabulary knows it. */
void
rules_quote_then_verb (Rules *r)
{
  for (guint q = 0; q < r->tokens->quotes->len; q++)
    {
      const ReadoutQuote *qt = quote (r, q);
      guint close, k, verb;
      gint m = -1;
      ReadoutRaw raw;
      Src src;

      if (r->quote_used[q] || !qt->closed || qt->depth > 0 || r->official[qt->block_first])
        continue;
      close = rules_token_at (r, qt->close_end) - 1;
      if (close >= r->n || close == 0 || !is_close (r, close) ||
          !(is_punct (r, close - 1, ",") || is_punct (r, close - 1, "?") || is_punct (r, close - 1, "!")))
        continue;
      k = close + 1;
      if (k + 1 >= r->n || tok (r, k)->block != qt->block_last)
        continue;
      /* “Evening Hour,” Ferreira appeared on: titles and nicknames are
       * short; speech has a few words at least. */
      {
        guint words = 0;

        for (guint i = rules_token_at (r, qt->start); i < close && words < 3; i++)
          if (tok (r, i)->kind == READOUT_TOKEN_WORD)
            words++;
        if (words < 3)
          continue;
      }
      m = r->mentions->starting[k];
      if (m >= 0)
        verb = mention_at (r, m)->last;
      else
        {
          verb = k;
          m = r->mentions->starting[k + 1];
          /* "grumbled a senior diplomat" */
          if (m < 0 && k + 2 < r->n && rules_is_np_determiner (r, k + 1))
            m = r->mentions->starting[k + 2];
        }
      if (m < 0 || verb >= r->n || tok (r, verb)->kind != READOUT_TOKEN_WORD ||
          (tok (r, verb)->flags & READOUT_TOKEN_CAPITALIZED) || tok (r, verb)->block != qt->block_last ||
          tok (r, verb)->byte_end - tok (r, verb)->byte_start < 4 ||
          memcmp (r->tokens->text + tok (r, verb)->byte_end - 2, "ed", 2) != 0)
        continue;
      switch (mention_at (r, m)->kind)
        {
        case READOUT_MENTION_PERSON:
        case READOUT_MENTION_ROLE:
        case READOUT_MENTION_ANONYMOUS:
          break;
        case READOUT_MENTION_PRONOUN:
          if (!mention_at (r, m)->subject)
            continue;
          break;
        default:
          continue;
        }
      if (mention_at (r, m)->possessive || !rules_can_speak (mention_at (r, m)))
        continue;
      src.mention = m;
      src.entity = mention_at (r, m)->entity;
      src.first = mention_at (r, m)->first;
      src.last = mention_at (r, m)->last;
      memset (&raw, 0, sizeof raw);
      raw.entity = -1;
      raw.mention = -1;
      rules_set_source (r, &raw, &src);
      raw.cue_start = tok (r, verb)->start;
      raw.cue_end = tok (r, verb)->end;
      raw.block = qt->block_first;
      raw.sentence = tok (r, verb)->sentence;
      raw.confidence = raw.entity >= 0 ? 0.75 : 0.55;
      rules_add_direct (r, &raw, q, raw.confidence);
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
 * quote continues that speaker: “…,” Brandt said. “We expect…” */
void
rules_floating_quotes (Rules *r)
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
      if (qt->block_first > last->block + FLOAT_BLOCKS ||
          (last->entity < 0 && last->source_end == last->source_start))
        continue;
      /* Only sentence-like quotations: at a sentence or paragraph start,
       * or later in the sentence of the speaker's cue ("…,” she said, but
       * despite the tension, “…”). */
      {
        guint t = rules_token_at (r, qt->open_start);

        if (t >= r->n || !((tok (r, t)->flags & READOUT_TOKEN_SENTENCE_START) ||
                           (last->cue != NULL && tok (r, t)->sentence == last->sentence && qt->depth == 0 &&
                            t > 0 && is_comma_like (r, t - 1))))
          continue;
      }
      raw = *last;
      raw.start = qt->start;
      raw.end = rules_trimmed_quote_end (r, qt);
      /* No cue; the source stays the mention that introduced the speaker. */
      raw.cue_start = raw.cue_end = 0;
      raw.cue = NULL;
      raw.block = qt->block_first;
      raw.confidence = 0.6;
      raw.negated = raw.conditional = FALSE;
      /* “If there is no deal by June, we will act alone.” */
      for (guint t = rules_token_at (r, qt->open_start); t < r->n && tok (r, t)->start < raw.end; t++)
        if (is_text (r, t, "if") || is_text (r, t, "unless"))
          raw.conditional = TRUE;
      r->quote_used[q] = 1;
      g_array_append_val (r->raw, raw);
    }
}
