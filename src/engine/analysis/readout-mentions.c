/* readout-mentions.c — who could be a source: names, parties, pronouns, roles
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Without a parser or a tagger, a noun phrase that can say something is
 * found from its shape: a run of capitalised words that are not known
 * vocabulary (a name), the title chain in front of it ("Russian Deputy
 * Foreign Minister"), an apposition after it (", president of the European
 * Commission,"), a role noun with its determiner ("the spokeswoman",
 * "a Japanese official who asked not to be named"), a party or institution
 * from the party directory, or a pronoun. See docs/attribution.md.
 */

#include "config.h"

#include <string.h>

#include "readout-huge-pages-private.h"
#include "readout-mentions-private.h"
#include "readout-party-matcher-private.h"

/* Whether token @i's word also occurs in lower case somewhere. */
static gboolean
seen_lowercase (const Finder *f,
                guint         i)
{
  guint32 word = f->tokens->word[i];

  return word != READOUT_TOKEN_NO_WORD && f->lowercase_seen[word];
}

/* A NULL-terminated list of lower-case ASCII words with a filter: bit n
 * of lengths[c - 'a'] says some word starts with c and has n bytes. The
 * finders ask about every capitalised word, and most are none of them. */
typedef struct
{
  const char * const *words;
  guint               bit;          /* its two bits in Finder.in_lists */
  gsize               initialized;
  guint64             lengths[26];
} WordList;

static gboolean in_word_list_slow (WordList *list, const Finder *f, guint i);

/* The answer depends on the word alone: asked once per word id. */
static inline gboolean
in_word_list (WordList     *list,
              const Finder *f,
              guint         i)
{
  guint32 word;
  guint8 known = 1u << list->bit, yes = 2u << list->bit;
  gboolean answer;

  if (i >= f->n || (word = f->word[i]) == READOUT_TOKEN_NO_WORD)
    return in_word_list_slow (list, f, i);
  if (f->in_lists[word] & known)
    return (f->in_lists[word] & yes) != 0;
  answer = in_word_list_slow (list, f, i);
  f->in_lists[word] |= known | (answer ? yes : 0);
  return answer;
}

static gboolean
in_word_list_slow (WordList     *list,
                   const Finder *f,
                   guint         i)
{
  const char *w;
  gsize len;
  guint first;

  if (g_once_init_enter (&list->initialized))
    {
      for (guint k = 0; list->words[k]; k++)
        {
          gsize n = strlen (list->words[k]);

          g_assert (list->words[k][0] >= 'a' && list->words[k][0] <= 'z' && n < 64);
          list->lengths[list->words[k][0] - 'a'] |= G_GUINT64_CONSTANT (1) << n;
        }
      g_once_init_leave (&list->initialized, 1);
    }

  if (i >= f->n)
    return FALSE;
  w = readout_tokens_lower (f->tokens, i, &len);
  first = (guchar)w[0] - 'a';
  if (first >= 26 || len >= 64 || !(list->lengths[first] & (G_GUINT64_CONSTANT (1) << len)))
    return FALSE;
  for (guint k = 0; list->words[k]; k++)
    if (_readout_tokens_is (f->tokens, tok (f, i), list->words[k]))
      return TRUE;
  return FALSE;
}

gboolean
mentions_is_particle (const Finder *f,
                      guint         i)
{
  static const char * const particles[] = {
    "von", "van", "der", "den", "de", "da", "di", "du", "dos", "das", "del",
    "la", "le", "bin", "ibn", "al", "el", "ben", "ter", "ten", NULL
  };
  static WordList list = { particles, 0, };

  return in_word_list (&list, f, i);
}

/* mentions_is_name_word() past its inline tests. */
gboolean
mentions_is_name_word_at (const Finder *f,
                          guint         i)
{
  const ReadoutToken *t;

  if (!is_word (f, i) || in_quote (f, i) || f->party[i] >= 0 || f->used[i])
    return FALSE;
  t = tok (f, i);
  if ((t->flags & READOUT_TOKEN_CAPITALIZED) == 0)
    return FALSE;
  /* Transcript labels and acronyms (MR. PRICE, NATO) are not names here. */
  if ((t->flags & READOUT_TOKEN_ALL_CAPS) && t->end - t->start > 2)
    return FALSE;
  if (word_kind (f, i) != READOUT_WORD_NONE)
    return FALSE;
  /* "Negotiations now shift…": a capital only because the sentence starts. */
  if ((t->flags & READOUT_TOKEN_SENTENCE_START) && seen_lowercase (f, i))
    return FALSE;
  if (i > 0 && tok (f, i - 1)->kind == READOUT_TOKEN_QUOTE &&
      (tok (f, i - 1)->flags & READOUT_TOKEN_SENTENCE_START) && seen_lowercase (f, i))
    return FALSE;
  return TRUE;
}

/* Capitalised words that make a name a place, not a person. */
gboolean
mentions_is_place_word (const Finder *f,
                        guint         i)
{
  static const char * const words[] = {
    "lake", "sea", "river", "mount", "mountains", "gulf", "bay", "strait", "island", "islands",
    "ocean", "valley", "desert", "pass", "shoal", "canal", "plant", "dam", "province", "region",
    "city", "county", "street", "square", "airport", "harbour", "harbor",
    "peninsula", "coast", "basin", "hotel", "palace", "university", "hospital", "border",
    NULL
  };
  static WordList list = { words, 2, };

  return in_word_list (&list, f, i);
}

void
mentions_append_word (GString      *s,
                      const Finder *f,
                      guint         i)
{
  const ReadoutToken *t = tok (f, i);

  if (s->len > 0)
    g_string_append_c (s, ' ');
  g_string_append_len (s, f->tokens->text + t->byte_start, t->byte_end - t->byte_start);
}

gboolean
mentions_is_determiner (const Finder *f,
                        guint         i)
{
  static const char * const dets[] = {
    "a", "an", "the", "one", "two", "three", "four", "several", "some", "many",
    "other", "another", "its", "his", "her", "their", "two", "senior", "top", NULL
  };
  static WordList list = { dets, 4, };

  return in_word_list (&list, f, i);
}

/* Words a noun phrase never extends over. */
gboolean
mentions_is_function_word (const Finder *f,
                           guint         i)
{
  static const char * const words[] = {
    "has", "have", "had", "is", "was", "are", "were", "be", "been", "will", "would",
    "to", "and", "or", "but", "that", "with", "by", "for", "of", "in", "on", "at",
    "as", "from", "than", "said", "says", "told", "not", "also", NULL
  };
  static WordList list = { words, 6, };
  guint n_cue = 0;

  if (in_word_list (&list, f, i))
    return TRUE;
  return _readout_lexicon_match_cue (f->lexicon, f->tokens, i, &n_cue) != NULL;
}

guint
mentions_add_mention (Finder         *f,
                      ReadoutMention *m)
{
  guint index = f->out->mentions->len;

  m->entity = -1;
  g_array_append_val (f->out->mentions, *m);
  for (guint i = m->first; i < m->last; i++)
    f->used[i] = 1;
  return index;
}

/* "the bloc’s Peace and Security Council" is not the UN's Security
 * Council: an organisation's alias that ends a longer capitalised name
 * is another body. */
gboolean
mentions_alias_ends_longer_name (const Finder *f,
                                 guint         p)
{
  const ReadoutPartyMention *pm = &g_array_index (f->pmentions, ReadoutPartyMention, p);
  guint first = f->pm_first[p];

  return readout_party_get_kind (pm->party) == READOUT_PARTY_KIND_ORGANIZATION && first >= 2 &&
         is_text (f, first - 1, "and") && f->party[first - 2] < 0 &&
         (tok (f, first - 2)->flags & READOUT_TOKEN_CAPITALIZED) &&
         tok (f, first - 2)->sentence == tok (f, first)->sentence &&
         !(tok (f, first - 2)->flags & READOUT_TOKEN_SENTENCE_START);
}

static void
find_parties (Finder *f)
{
  for (guint p = 0; p < f->pmentions->len; p++)
    {
      const ReadoutPartyMention *pm = &g_array_index (f->pmentions, ReadoutPartyMention, p);
      ReadoutMention m = { 0 };
      guint first = f->pm_first[p], last = f->pm_last[p];
      gboolean free_ = TRUE;

      for (guint i = first; i < last; i++)
        if (f->used[i] || in_quote (f, i))
          free_ = FALSE;
      if (!free_ || first >= last)
        continue;
      /* A demonym alone is an adjective: "Russian troops". */
      if (pm->kind == READOUT_PARTY_MENTION_DEMONYM && !is_text (f, first, "u.s."))
        continue;
      if (mentions_alias_ends_longer_name (f, p))
        continue;
      /* "VIENTIANE (Northwind) —": a dateline says where the story was
       * filed; it is nobody the text refers back to ("it"). */
      if ((tok (f, first)->flags & READOUT_TOKEN_BLOCK_START) && (tok (f, first)->flags & READOUT_TOKEN_ALL_CAPS) &&
          (tok (f, last - 1)->flags & READOUT_TOKEN_ALL_CAPS) && last < f->n &&
          (is_text (f, last, "(") || is_text (f, last, ",") || is_text (f, last, "\xe2\x80\x94") ||
           is_text (f, last, "-")))
        continue;
      if (first > 0 && is_text (f, first - 1, "the") && !f->used[first - 1])
        first--;

      m.first = first;
      m.last = last;
      m.party = pm->party;
      m.possessive = (tok (f, last - 1)->flags & READOUT_TOKEN_POSSESSIVE) != 0;
      m.kind = pm->kind == READOUT_PARTY_MENTION_INSTITUTION ? READOUT_MENTION_INSTITUTION
             : pm->kind == READOUT_PARTY_MENTION_OFFICIAL ? READOUT_MENTION_ROLE
             : READOUT_MENTION_PARTY;
      m.gender = READOUT_GENDER_NEUTER;

      /* "The U.S. and its allies have threatened…" */
      if (!m.possessive && is_text (f, last, "and") &&
          (is_text (f, last + 1, "its") || is_text (f, last + 1, "their")))
        {
          guint k = last + 2;

          while (k < f->n && k < last + 5 && is_word (f, k) &&
                 !readout_tokens_is (f->tokens, k, "allies") &&
                 !readout_tokens_is (f->tokens, k, "partners"))
            k++;
          if (is_text (f, k, "allies") || is_text (f, k, "partners"))
            {
              m.last = k + 1;
              m.plural = TRUE;
            }
        }

      /* "the NATO secretary general, Jens Halvorsen," */
      if (m.kind == READOUT_MENTION_ROLE && is_text (f, m.last, ",") && mentions_is_name_word (f, m.last + 1))
        {
          guint b = m.last + 1;

          while (b < f->n && mentions_is_name_word (f, b) && b - m.last <= MAX_NAME_TOKENS)
            b++;
          m.name_first = m.last + 1;
          m.name_last = b;
          m.last = b;
          m.kind = READOUT_MENTION_PERSON;
        }
      if (m.kind == READOUT_MENTION_ROLE || m.kind == READOUT_MENTION_PERSON)
        {
          GString *role = mentions_scratch (f);
          guint end = m.kind == READOUT_MENTION_PERSON ? m.name_first - 1 : m.last;

          for (guint i = first; i < end; i++)
            if (!is_text (f, i, "the") && f->party[i] < 0)
              mentions_append_word (role, f, i);
          m.role = role->len ? g_strdup (role->str) : NULL;
          m.gender = READOUT_GENDER_UNKNOWN;
        }
      mentions_add_mention (f, &m);
    }
}

static void
find_pronouns (Finder *f)
{
  for (guint p = 0; p < f->n_pronouns; p++)
    {
      guint i = f->pronouns[p];
      ReadoutMention m;

      if (f->used[i] || in_quote (f, i))
        continue;
      m = (ReadoutMention) { 0 };
      m.first = i;
      m.last = i + 1;
      m.kind = READOUT_MENTION_PRONOUN;
      m.gender = known_info (f, i)->gender;
      m.plural = known_info (f, i)->plural;
      m.subject = known_info (f, i)->subject;
      /* "we", "I", "you" outside quotes are the writer or a voice the
       * text does not name: never linked to a party named earlier. */
      if (known_info (f, i)->canonical != NULL &&
          (g_str_equal (known_info (f, i)->canonical, "we") || g_str_equal (known_info (f, i)->canonical, "I") ||
           g_str_equal (known_info (f, i)->canonical, "you") || is_text (f, i, "we") || is_text (f, i, "i")))
        {
          m.gender = READOUT_GENDER_UNKNOWN;
          m.plural = FALSE;
        }
      mentions_add_mention (f, &m);
    }
}

/* A stable sort by first token, as g_array_sort() was, but a counting
 * sort: the keys are token indexes. */
static void
counting_sort_mentions (ReadoutMentions *out,
                        guint            n_tokens)
{
  GArray *in = out->mentions;
  GArray *sorted;
  g_autofree guint *next = NULL;
  guint sum = 0;

  if (in->len < 2)
    return;
  next = g_new0 (guint, n_tokens + 2);
  for (guint m = 0; m < in->len; m++)
    next[MIN (g_array_index (in, ReadoutMention, m).first, n_tokens + 1)]++;
  for (guint k = 0; k < n_tokens + 2; k++)
    {
      guint c = next[k];

      next[k] = sum;
      sum += c;
    }
  sorted = g_array_sized_new (FALSE, TRUE, sizeof (ReadoutMention), in->len);
  g_array_set_size (sorted, in->len);
  for (guint m = 0; m < in->len; m++)
    {
      const ReadoutMention *mention = &g_array_index (in, ReadoutMention, m);

      g_array_index (sorted, ReadoutMention, next[MIN (mention->first, n_tokens + 1)]++) = *mention;
    }
  g_array_unref (in);
  out->mentions = sorted;
}

#define N_RUNS 4

/* The stable sort by first token, as a merge: each finder adds its
 * mentions in order, so the array is @N_RUNS sorted runs, [@runs[k],
 * @runs[k + 1]), and a tie goes to the earlier run as in a stable sort.
 * Counting needed a counter per token. */
static void
sort_mentions (ReadoutMentions *out,
               guint            n_tokens,
               const guint     *runs)
{
  GArray *in = out->mentions;
  const ReadoutMention *m = (const ReadoutMention *)in->data;
  guint head[N_RUNS];
  GArray *sorted;
  ReadoutMention *o;
  guint n = 0;

  if (in->len < 2)
    return;
  for (guint k = 0; k < N_RUNS; k++)
    {
      for (guint i = runs[k] + 1; i < runs[k + 1]; i++)
        if (m[i].first < m[i - 1].first)
          {
            counting_sort_mentions (out, n_tokens);
            return;
          }
      head[k] = runs[k];
    }

  sorted = g_array_sized_new (FALSE, TRUE, sizeof (ReadoutMention), in->len);
  g_array_set_size (sorted, in->len);
  o = (ReadoutMention *)sorted->data;
  for (;;)
    {
      guint best = N_RUNS;

      for (guint k = 0; k < N_RUNS; k++)
        if (head[k] < runs[k + 1] && (best == N_RUNS || m[head[k]].first < m[head[best]].first))
          best = k;
      if (best == N_RUNS)
        break;
      o[n++] = m[head[best]++];
    }
  g_array_unref (in);
  out->mentions = sorted;
}

/* The first token from @t on that ends after code point @pos: galloping,
 * since party mentions are few and far between. */
static guint
first_token_ending_after (const Finder *f,
                          guint         t,
                          guint         pos)
{
  guint lo, hi, step = 1;

  if (t >= f->n || tok (f, t)->end > pos)
    return t;
  lo = t;
  for (hi = t + 1; hi < f->n && tok (f, hi)->end <= pos; hi = lo + step)
    {
      lo = hi;
      step *= 2;
    }
  hi = MIN (hi, f->n);
  /* tok (lo) ends at or before @pos; @hi is f->n or ends after it. */
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (tok (f, mid)->end <= pos)
        lo = mid;
      else
        hi = mid;
    }
  return hi;
}

static void
map_party_mentions (Finder *f)
{
  guint t = 0;

  f->pm_first = g_new0 (guint, f->pmentions->len + 1);
  f->pm_last = g_new0 (guint, f->pmentions->len + 1);

  for (guint p = 0; p < f->pmentions->len; p++)
    {
      const ReadoutPartyMention *pm = &g_array_index (f->pmentions, ReadoutPartyMention, p);

      t = first_token_ending_after (f, t, pm->start);
      f->pm_first[p] = t;
      while (t < f->n && tok (f, t)->start < pm->end)
        {
          f->party[t] = p;
          t++;
        }
      f->pm_last[p] = t;
    }
}

ReadoutMentions *
readout_mentions_find (const ReadoutTokens   *tokens,
                       ReadoutLexicon        *lexicon,
                       ReadoutPartyDirectory *directory)
{
  ReadoutMentions *out = g_new0 (ReadoutMentions, 1);
  const ReadoutLexiconWords *words;
  g_autofree const ReadoutWordInfo **word_info = NULL;
  Finder f = { 0 };
  guint runs[N_RUNS + 1];

  f.tokens = tokens;
  f.tok = (const ReadoutToken *)tokens->tokens->data;
  f.lexicon = lexicon;
  f.n = tokens->tokens->len;
  f.out = out;
  f.party = g_new (gint, f.n + 1);
  f.used = g_new0 (guchar, f.n + 1);
  f.scratch = g_string_sized_new (64);
  /* About a mention per 17 tokens of news: sized for that up front. */
  out->mentions = g_array_sized_new (FALSE, TRUE, sizeof (ReadoutMention), f.n / 16 + 16);
  out->n_tokens = f.n;

  /* One pass over the tokens for what every finder reads: each word's
   * lexicon entry; which words occur in lower case somewhere
   * ("Negotiations" starting a sentence is no name when "negotiations"
   * occurs too), one flag per distinct word; and where the pronouns,
   * the capitalised words and the role words are, so that the finders
   * need not read every token again. */
  memset (f.party, 0xff, (f.n + 1) * sizeof (gint));   /* -1 */
  f.lowercase_seen = g_new0 (guchar, tokens->n_words + 1);
  f.in_lists = g_new0 (guint8, tokens->n_words + 1);
  /* At most a token each: no growing, no call to add one. */
  f.pronouns = g_new (guint, f.n + 1);
  f.capitalised = g_new (guint, f.n + 1);
  f.role_words = g_new (guint, f.n + 1);
  f.word = tokens->word;
  words = _readout_lexicon_words (lexicon, tokens);
  if (words != NULL)
    f.word_info = words->info;
  else
    {
      /* An entry depends only on the lower-cased word: one lookup per
       * word id, at the word's first token. */
      word_info = g_new (const ReadoutWordInfo *, tokens->n_words + 1);
      for (guint w = 0; w < tokens->n_words; w++)
        word_info[w] = _readout_lexicon_lookup_token (lexicon, tokens, tokens->word_token[w]);
      f.word_info = word_info;
    }
  for (guint i = 0; i < f.n; i++)
    {
      const ReadoutToken *t = tok (&f, i);
      const ReadoutWordInfo *info;

      if (t->kind != READOUT_TOKEN_WORD)
        continue;
      if (!(t->flags & READOUT_TOKEN_CAPITALIZED))
        f.lowercase_seen[tokens->word[i]] = TRUE;
      else
        f.capitalised[f.n_capitalised++] = i;
      info = info_at (&f, i);
      if (info == NULL)
        continue;
      if (info->kind == READOUT_WORD_PRONOUN)
        f.pronouns[f.n_pronouns++] = i;
      else if (info->kind == READOUT_WORD_ROLE_NOUN || info->kind == READOUT_WORD_ANONYMOUS ||
               info->kind == READOUT_WORD_TITLE)
        f.role_words[f.n_role_words++] = i;
    }

  f.pmentions = _readout_party_directory_find_in_tokens (directory, tokens);
  map_party_mentions (&f);

  /* Order matters: a name claims its title chain and apposition before
   * the role pass sees the role nouns in them, and both before a party
   * mention stands alone. */
  runs[0] = 0;
  mentions_find_people (&f);
  runs[1] = out->mentions->len;
  mentions_find_roles (&f);
  runs[2] = out->mentions->len;
  find_parties (&f);
  runs[3] = out->mentions->len;
  find_pronouns (&f);
  runs[4] = out->mentions->len;

  sort_mentions (out, f.n, runs);
  out->starting = g_new (gint, f.n + 1);
  out->ending = g_new (gint, f.n + 1);
  out->covering = g_new (gint, f.n + 1);
  _readout_advise_huge_pages (out->starting, (f.n + 1) * sizeof (gint));
  _readout_advise_huge_pages (out->ending, (f.n + 1) * sizeof (gint));
  _readout_advise_huge_pages (out->covering, (f.n + 1) * sizeof (gint));
  /* -1 everywhere: all bits set. */
  memset (out->starting, 0xff, (f.n + 1) * sizeof (gint));
  memset (out->ending, 0xff, (f.n + 1) * sizeof (gint));
  memset (out->covering, 0xff, (f.n + 1) * sizeof (gint));
  for (guint m = 0; m < out->mentions->len; m++)
    {
      const ReadoutMention *mention = &g_array_index (out->mentions, ReadoutMention, m);

      out->starting[mention->first] = m;
      for (guint t = mention->first; t < mention->last; t++)
        out->covering[t] = m;
      /* Sorted by first token, so the outer mention comes first and keeps
       * the end: "A senior Japanese official who met … Sergei Ryabkov
       * said" is the official's. */
      if (mention->last > 0 && out->ending[mention->last - 1] < 0)
        out->ending[mention->last - 1] = m;
    }

  g_array_unref (f.pmentions);
  g_free (f.lowercase_seen);
  g_free (f.in_lists);
  g_free (f.capitalised);
  g_free (f.role_words);
  g_free (f.pronouns);
  g_free (f.pm_first);
  g_free (f.pm_last);
  g_free (f.party);
  g_free (f.used);
  g_string_free (f.scratch, TRUE);
  return out;
}

void
readout_mentions_free (ReadoutMentions *mentions)
{
  if (mentions == NULL)
    return;
  for (guint i = 0; i < mentions->mentions->len; i++)
    g_free (g_array_index (mentions->mentions, ReadoutMention, i).role);
  g_array_unref (mentions->mentions);
  g_free (mentions->starting);
  g_free (mentions->ending);
  g_free (mentions->covering);
  g_free (mentions);
}
