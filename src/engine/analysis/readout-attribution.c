/* readout-attribution.c — the attribution pipeline
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Stages (docs/attribution.md): tokens and quotes → mentions → entities →
 * cues, each cue paired with a source and a content span by the shape of
 * its sentence → quotes nobody claimed but that continue a speaker →
 * transcript turns → objects. Every stage is linear in the text; rules
 * look only a bounded number of tokens away from a cue.
 */

#include "config.h"

#include <string.h>

#include "readout-acts-private.h"
#include "readout-attribution-private.h"
#include "readout-lexicon-private.h"
#include "readout-mentions.h"
#include "readout-object-list.h"
#include "readout-rules-private.h"
#include "readout-sort-private.h"
#include "readout-speakers.h"
#include "readout-tone-private.h"
#include "readout-tone.h"

/* "s12", "p3": g_snprintf() cost as much as the rest of a statement. */
static void
format_id (char  *id,
           char   prefix,
           guint  n)
{
  char digits[16];
  guint k = 0;

  do
    {
      digits[k++] = '0' + n % 10;
      n /= 10;
    }
  while (n > 0);
  *id++ = prefix;
  while (k > 0)
    *id++ = digits[--k];
  *id = '\0';
}

/* The id after @id, in place: "s9" → "s10". @len is its length, kept
 * by the caller; the buffer has room for the digits of a guint. */
static void
next_id (char  *id,
         guint *len)
{
  guint k = *len;

  while (k > 1 && id[k - 1] == '9')
    id[--k] = '0';
  if (k > 1)
    {
      id[k - 1]++;
      return;
    }
  /* All nines: "s99" became "s00", and is "s100". */
  id[1] = '1';
  id[*len] = '0';
  id[++*len] = '\0';
}

static ReadoutSpeaker *
make_speaker (ReadoutEntity *e,
              guint          index)
{
  char id[16];
  ReadoutSpeaker *speaker;

  format_id (id, 'p', index);
  speaker = _readout_speaker_new (id, e->name, e->role, e->kind, e->party);

  _readout_speaker_add_mentions (speaker, (const ReadoutSpan *)e->mentions->data, e->mentions->len);
  return speaker;
}

static void
unref_nullable (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static gint
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const ReadoutSpan *x = a, *y = b;

  return (x->start > y->start) - (x->start < y->start);
}

static gint
compare_raw (gconstpointer a,
             gconstpointer b)
{
  const ReadoutRaw *x = a, *y = b;

  if (x->start != y->start)
    return (x->start > y->start) - (x->start < y->start);
  return (x->end > y->end) - (x->end < y->end);
}

/* Adds @party to @parties unless it is NULL or there already. A search
 * of the list: a document names a dozen parties, and the directory has
 * a few hundred at most, while a hash set cost more per statement. */
static void
add_party (GPtrArray    *parties,
           ReadoutParty *party)
{
  if (party == NULL)
    return;
  for (guint i = parties->len; i > 0; i--)
    if (g_ptr_array_index (parties, i - 1) == party)
      return;
  g_ptr_array_add (parties, party);
}

/* A fixed list of @items, which are borrowed: the list takes its own
 * references. */
static GListModel *
list_from (GType      type,
           GPtrArray *items)
{
  for (guint i = 0; i < items->len; i++)
    g_object_ref (g_ptr_array_index (items, i));
  return _readout_object_list_new_take (type, items);
}

/* The last token in [@lo, @hi) that starts at or before @offset, given
 * that token @lo does. */
static guint
last_starting_by (const ReadoutToken *t,
                  guint               lo,
                  guint               hi,
                  guint               offset)
{
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (t[mid].start <= offset)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

#define NEAR_TOKENS 16

/* The byte offset of code point @offset in the text of @tokens. Spans
 * begin and end at or next to tokens, so from the last token that starts
 * at or before @offset the walk is nil or short. That token is looked
 * for a few steps either way from @hint (a token at or near the span),
 * then by bisection. */
static inline gsize
byte_at (const ReadoutTokens *tokens,
         guint               *hint,
         guint                offset)
{
  const ReadoutToken *t = (const ReadoutToken *) tokens->tokens->data;
  guint n = tokens->tokens->len;
  const char *p;
  guint from;
  guint k;

  /* Most spans start and end right at their hints. */
  if (*hint < n)
    {
      if (t[*hint].start == offset)
        return t[*hint].byte_start;
      if (t[*hint].end == offset)
        return t[*hint].byte_end;
    }
  if (n == 0 || t[0].start > offset)
    {
      p = tokens->text;
      from = 0;
    }
  else
    {
      k = MIN (*hint, n - 1);
      if (t[k].start <= offset)
        {
          guint stop = MIN (n, k + NEAR_TOKENS);

          while (k + 1 < stop && t[k + 1].start <= offset)
            k++;
          if (k + 1 == stop && stop < n && t[stop].start <= offset)
            k = last_starting_by (t, stop, n, offset);
        }
      else
        {
          guint stop = k > NEAR_TOKENS ? k - NEAR_TOKENS : 0;

          while (k > stop && t[k].start > offset)
            k--;
          if (t[k].start > offset)
            k = last_starting_by (t, 0, k, offset);
        }
      *hint = k;
      if (offset < t[k].end)
        {
          p = tokens->text + t[k].byte_start;
          from = t[k].start;
        }
      else
        {
          p = tokens->text + t[k].byte_end;
          from = t[k].end;
        }
    }
  for (; from < offset; from++)
    p = g_utf8_next_char (p);
  return p - tokens->text;
}

/* The byte offsets of the spans of @init, whose content starts at token
 * @first and ends in the token before @last; the cue's and the source's
 * only where it has them, looked for from the side of the content they
 * are on. */
static void
span_bytes (const ReadoutTokens        *tokens,
            guint                       first,
            guint                       last,
            const ReadoutStatementInit *init,
            ReadoutStatementBytes      *bytes)
{
  guint end = last > first ? last - 1 : first;
  guint hint = first;

  bytes->start = byte_at (tokens, &hint, init->start);
  hint = end;
  bytes->end = byte_at (tokens, &hint, init->end);
  if (init->cue_start < init->cue_end)
    {
      hint = init->cue_start < init->start ? first : end;
      bytes->cue_start = byte_at (tokens, &hint, init->cue_start);
      bytes->cue_end = byte_at (tokens, &hint, init->cue_end);
    }
  if (init->source_start < init->source_end)
    {
      /* Next to the cue, if there is one: "Lavrov said", "said Lavrov". */
      if (init->cue_start >= init->cue_end)
        hint = init->source_start < init->start ? first : end;
      bytes->source_start = byte_at (tokens, &hint, init->source_start);
      bytes->source_end = byte_at (tokens, &hint, init->source_end);
    }
}

static ReadoutAnalysis *
build (ReadoutDocument     *document,
       const ReadoutTokens *tokens,
       ReadoutMentions     *mentions,
       ReadoutEntities     *entities,
       GArray              *raw)
{
  g_autoptr(GPtrArray) parties = g_ptr_array_new ();
  g_autoptr(GPtrArray) speakers = g_ptr_array_new ();
  g_autoptr(GPtrArray) statements = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (unref_nullable);
  g_autofree guint *order = NULL;
  g_autofree const ReadoutActWord **act_words = _readout_acts_index_words (tokens);
  g_autofree ReadoutToneWords *tone_words = _readout_tone_index_words (tokens);
  const ReadoutToken *tok = (const ReadoutToken *)tokens->tokens->data;
  const guint n_tokens = tokens->tokens->len;
  guint first_token = 0;   /* the first token at or after the statement's start */
  guint last_token;        /* the first token at or after its end */
  guint n_speakers = 0;
  /* The statements' ids, "s1", "s2", …: counted up in place, since
   * formatting a number cost as much as the rest of the id. */
  char id[16] = "s0";
  guint id_len = 2;

  _readout_array_sort (raw, compare_raw);
  /* "repeated its insistence that X": two cues, one statement. Compacted
   * in place, in one pass. */
  {
    guint out = 0;

    for (guint i = 0; i < raw->len; i++)
      {
        ReadoutRaw *b = &g_array_index (raw, ReadoutRaw, i);
        ReadoutRaw *a = out > 0 ? &g_array_index (raw, ReadoutRaw, out - 1) : NULL;

        if (a != NULL && a->start == b->start && a->end == b->end)
          {
            if (b->confidence > a->confidence)
              *a = *b;
            continue;
          }
        if (out != i)
          g_array_index (raw, ReadoutRaw, out) = *b;
        out++;
      }
    g_array_set_size (raw, out);
  }
  /* "Haddad said [he expects Soto to play a major role]": the inner
   * statement, whose source opens the outer content and is the same
   * speaker, says nothing the outer one does not; a nested statement of
   * someone else ("X said Ethiopia had agreed") stays. A few statements
   * back suffice: the outer one starts right at the inner source. */
  {
    guint out = 0;

    for (guint i = 0; i < raw->len; i++)
      {
        ReadoutRaw *b = &g_array_index (raw, ReadoutRaw, i);
        gboolean nested = FALSE;

        for (guint k = out; k > 0 && out - k < 8 && !nested && b->kind != READOUT_STATEMENT_DIRECT; k--)
          {
            const ReadoutRaw *a = &g_array_index (raw, ReadoutRaw, k - 1);

            nested = a->kind != READOUT_STATEMENT_DIRECT && a->entity >= 0 && a->entity == b->entity &&
                     a->start == b->source_start && b->source_end <= b->cue_start && b->cue_end <= a->end;
          }
        if (nested)
          continue;
        if (out != i)
          g_array_index (raw, ReadoutRaw, out) = *b;
        out++;
      }
    g_array_set_size (raw, out);
  }

  /* Speakers by first mention, only those who said something. */
  order = g_new0 (guint, entities->entities->len + 1);
  for (guint i = 0; i < raw->len; i++)
    {
      gint e = g_array_index (raw, ReadoutRaw, i).entity;

      if (e >= 0)
        order[e] = 1;
    }
  g_ptr_array_set_size (objects, entities->entities->len);
  {
    g_autoptr(GArray) firsts = g_array_new (FALSE, FALSE, sizeof (ReadoutSpan));

    for (guint e = 0; e < entities->entities->len; e++)
      {
        ReadoutEntity *entity = readout_entities_get (entities, e);
        ReadoutSpan first = { G_MAXUINT, e };

        if (!order[e])
          continue;
        _readout_array_sort (entity->mentions, compare_spans);
        if (entity->mentions->len > 0)
          first.start = g_array_index (entity->mentions, ReadoutSpan, 0).start;
        g_array_append_val (firsts, first);
      }
    _readout_array_sort (firsts, compare_spans);
    for (guint i = 0; i < firsts->len; i++)
      {
        guint e = g_array_index (firsts, ReadoutSpan, i).end;
        ReadoutSpeaker *speaker = make_speaker (&g_array_index (entities->entities, ReadoutEntity, e), ++n_speakers);

        g_ptr_array_index (objects, e) = speaker;
        g_ptr_array_add (speakers, speaker);
      }
  }

  for (guint i = 0; i < raw->len; i++)
    {
      ReadoutRaw *r = &g_array_index (raw, ReadoutRaw, i);
      ReadoutStatementInit init = { 0 };
      ReadoutActResult act;
      ReadoutStatementBytes bytes = { 0 };

      init.kind = r->kind;
      init.start = r->start;
      init.end = r->end;
      init.cue_start = r->cue_start;
      init.cue_end = r->cue_end;
      init.source_start = r->source_start;
      init.source_end = r->source_end;
      init.block = r->block;
      init.negated = r->negated;
      init.conditional = r->conditional;
      init.confidence = r->confidence;
      init.speaker = r->entity >= 0 ? g_ptr_array_index (objects, r->entity) : NULL;
      init.party = r->party;
      if (init.party == NULL && init.speaker != NULL)
        init.party = readout_speaker_get_party (init.speaker);
      /* Mostly one party, the speaker's. */
      if (init.speaker != NULL)
        add_party (parties, readout_speaker_get_party (init.speaker));
      if (init.speaker == NULL || init.party != readout_speaker_get_party (init.speaker))
        add_party (parties, init.party);
      if (r->cue != NULL)
        init.cue_lemma = r->cue->lemma;   /* interned by the lexicon */
      /* Statements come by start: the first token only moves forward,
       * where a search per statement missed the cache at every step. */
      while (first_token < n_tokens && tok[first_token].start < r->start)
        first_token++;
      for (last_token = first_token; last_token < n_tokens && tok[last_token].start < r->end;)
        last_token++;
      _readout_acts_classify (tokens, act_words, mentions, r, first_token, last_token, init.party, &act);
      init.act = act.act;
      init.mode = act.mode;
      memcpy (init.targets, act.targets, sizeof init.targets);
      _readout_tone_scan (tokens, tone_words, first_token, last_token, r->start, r->end, init.tone);

      next_id (id, &id_len);
      span_bytes (tokens, first_token, last_token, &init, &bytes);
      g_ptr_array_add (statements, _readout_statement_new_bytes (id, tokens->text, &init, &bytes));
    }

  return _readout_analysis_new_for_models (document,
                                           list_from (READOUT_TYPE_PARTY, parties),
                                           list_from (READOUT_TYPE_SPEAKER, speakers),
                                           _readout_object_list_new_take (READOUT_TYPE_STATEMENT,
                                                                          statements));
}

ReadoutAnalysis *
_readout_attribution_run (ReadoutDocument  *document,
                          GCancellable     *cancellable,
                          GError          **error)
{
  g_autoptr(ReadoutTokens) tokens = NULL;
  g_autoptr(ReadoutMentions) mentions = NULL;
  g_autoptr(ReadoutEntities) entities = NULL;
  g_autoptr(GArray) raw = NULL;
  ReadoutPartyDirectory *directory;
  ReadoutLexicon *lexicon;

  g_return_val_if_fail (READOUT_IS_DOCUMENT (document), NULL);

  /* The tone lexicon too: broken data is an error, not silently no flags. */
  if (!(directory = readout_party_directory_get_default (error)) ||
      !(lexicon = readout_lexicon_get_default (error)) ||
      !readout_tone_get_default (error))
    return NULL;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  tokens = readout_tokens_new (document);
  _readout_lexicon_index_words (lexicon, tokens);
  mentions = readout_mentions_find (tokens, lexicon, directory);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  entities = readout_entities_resolve (tokens, mentions);
  raw = _readout_rules_apply (tokens, lexicon, directory, mentions, entities);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  return build (document, tokens, mentions, entities, raw);
}
