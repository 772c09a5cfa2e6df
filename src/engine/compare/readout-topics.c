/* readout-topics.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "readout-clustering-private.h"
#include "readout-tone.h"
#include "readout-topics-private.h"

/* Tuned on the team's test articles and the seed (docs/topics.md). */
#define CONTEXT_WEIGHT  0.35f  /* the rest of the statement's sentence */
#define ENTITY_BOOST    2.0f   /* parties and proper names */
#define WORD_SHARE      0.6    /* words vs concepts in the similarity */
#define JOIN_THRESHOLD  0.20   /* average similarity for two groups to become one topic */
#define MAX_LABEL_TERMS 3
#define NEIGHBOURS      16     /* links kept per statement in the similarity graph */
#define ISSUE_LABEL_BOOST 1.5 /* words that name an issue make better labels */
#define MAX_TERMS       8
#define CONTEXT_BYTES   400    /* how far to look for the sentence's ends */

guint *
_readout_topics_offset_index (const char *text)
{
  GArray *index = g_array_new (FALSE, FALSE, sizeof (guint));
  const char *p = text;
  guint cp = 0;

  for (;; cp++)
    {
      if (cp % 64 == 0)
        {
          guint byte = p - text;

          g_array_append_val (index, byte);
        }
      if (*p == '\0')
        break;
      p = g_utf8_next_char (p);
    }
  return (guint *)g_array_free (index, FALSE);
}

static const char *
at_offset (const char  *text,
           const guint *index,
           guint        cp)
{
  const char *p = text + index[cp / 64];

  for (guint n = cp % 64; n > 0 && *p != '\0'; n--)
    p = g_utf8_next_char (p);
  return p;
}

static gboolean
ends_sentence (const char *p)
{
  return (*p == '.' || *p == '!' || *p == '?') && (p[1] == ' ' || p[1] == '\n');
}

/* The sentence around [start, end): back to the previous sentence end or
 * line break, forward to the next, within CONTEXT_BYTES. */
static void
sentence_bounds (const char  *text,
                 const char  *start,
                 const char  *end,
                 const char **s_start,
                 const char **s_end)
{
  const char *p = start;

  while (p > text && start - p < CONTEXT_BYTES && p[-1] != '\n' && !(p - 1 > text && ends_sentence (p - 2)))
    p--;
  /* The byte limit can stop inside a character: move to the next one. */
  while ((*p & 0xC0) == 0x80)
    p++;
  *s_start = p;
  p = end;
  while (*p != '\0' && p - end < CONTEXT_BYTES && *p != '\n' && !ends_sentence (p))
    p++;
  while ((*p & 0xC0) == 0x80)
    p++;
  *s_end = p;
}

/* The first span of @cuts (sorted by start) that ends after @cp. */
static guint
first_cut_after (const GArray *cuts,
                 guint         cp)
{
  guint lo = 0, hi = cuts->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (cuts, ReadoutSpan, mid).end <= cp)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Adds the words of [a, b) (bytes; @a_cp is a's code point) except those
 * inside @cuts. */
static void
add_context (ReadoutTerms *terms,
             const char   *text,
             const guint  *index,
             const char   *a,
             const char   *b,
             guint         a_cp,
             const GArray *cuts,
             const char   *own,
             GHashTable   *counts)
{
  for (guint k = first_cut_after (cuts, a_cp); k < cuts->len && a < b; k++)
    {
      const ReadoutSpan *cut = &g_array_index (cuts, ReadoutSpan, k);
      const char *cut_start = at_offset (text, index, cut->start);
      const char *cut_end = at_offset (text, index, cut->end);

      if (cut_start >= b)
        break;
      if (cut_start > a)
        readout_terms_add_text (terms, a, cut_start - a, CONTEXT_WEIGHT, ENTITY_BOOST, own, counts);
      a = MAX (a, cut_end);
    }
  if (a < b)
    readout_terms_add_text (terms, a, b - a, CONTEXT_WEIGHT, ENTITY_BOOST, own, counts);
}

GArray *
_readout_topics_statement_vector (ReadoutTerms     *terms,
                                  const char       *text,
                                  const guint      *index,
                                  const GArray     *cuts,
                                  ReadoutStatement *statement)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  ReadoutParty *party = readout_statement_get_party (statement);
  const char *own = party != NULL ? readout_party_get_id (party) : NULL;
  guint start_cp = readout_statement_get_start (statement);
  const char *start = at_offset (text, index, start_cp);
  const char *end = at_offset (text, index, readout_statement_get_end (statement));
  const char * const *tone = readout_statement_get_tone (statement);
  const char *s_start, *s_end;
  ReadoutAct act = readout_statement_get_act (statement);

  readout_terms_add_text (terms, start, end - start, 1.0f, ENTITY_BOOST, own, counts);

  /* The sentence gives short statements their subject: "a right that
   * cannot be unlimited" is about the alliances named before it.
   * Speakers' mentions (with their titles), the cue and the source are
   * left out: they say who spoke, not about what. */
  sentence_bounds (text, start, end, &s_start, &s_end);
  add_context (terms, text, index, s_start, start, start_cp - g_utf8_pointer_to_offset (s_start, start),
               cuts, own, counts);
  add_context (terms, text, index, end, s_end, readout_statement_get_end (statement), cuts, own, counts);

  /* How a side describes the talks is a topic of its own ("atmospherics"):
   * "frank" and "businesslike" share no word but belong together. Position
   * markers ("red line", "open door") say where a side stands on an
   * issue, so they do not count. */
  {
    gboolean atmosphere = act == READOUT_ACT_CHARACTERIZE;

    for (guint k = 0; tone[k] != NULL && !atmosphere; k++)
      {
        const ReadoutToneEntry *entry = readout_tone_lookup (tone[k]);

        atmosphere = entry != NULL && entry->tone_register != READOUT_TONE_POSITION;
      }
    if (atmosphere)
      readout_terms_count_add (counts, readout_terms_intern (terms, "~atmosphere", _("tone of the talks")),
                               act == READOUT_ACT_CHARACTERIZE ? 2.0f : 1.0f);
  }

  return readout_terms_vector (counts);
}

/* Words and concepts are normalised apart and then mixed, so that the dot
 * product of two statements is WORD_SHARE × cos(words) + (1 −
 * WORD_SHARE) × cos(concepts): sharing an issue's vocabulary ("alliance",
 * "NATO", "enlargement") counts even when the words differ. A statement
 * with only one part keeps it whole. */
static void
normalize_parts (ReadoutTerms *terms,
                 GArray       *v)
{
  double words = 0, concepts = 0;
  double scale_w, scale_c;

  for (guint k = 0; k < v->len; k++)
    {
      const ReadoutTermWeight *w = &g_array_index (v, ReadoutTermWeight, k);
      double x = (double)w->weight * w->weight;

      if (readout_terms_is_synthetic (terms, w->id))
        concepts += x;
      else
        words += x;
    }
  if (words <= 0 && concepts <= 0)
    return;
  scale_w = words > 0 ? (concepts > 0 ? sqrt (WORD_SHARE) : 1.0) / sqrt (words) : 0;
  scale_c = concepts > 0 ? (words > 0 ? sqrt (1 - WORD_SHARE) : 1.0) / sqrt (concepts) : 0;
  for (guint k = 0; k < v->len; k++)
    {
      ReadoutTermWeight *w = &g_array_index (v, ReadoutTermWeight, k);

      w->weight *= readout_terms_is_synthetic (terms, w->id) ? scale_c : scale_w;
    }
}

static void
weigh (ReadoutTerms *terms,
       GArray       *items)
{
  guint n_terms = readout_terms_get_n_terms (terms);
  g_autofree guint *df = g_new0 (guint, n_terms);

  for (guint i = 0; i < items->len; i++)
    {
      GArray *v = g_array_index (items, ReadoutTopicItem, i).vector;

      for (guint k = 0; k < v->len; k++)
        df[g_array_index (v, ReadoutTermWeight, k).id]++;
    }
  /* Smoothed IDF; a term only one statement has cannot link two, but it
   * still shapes the label, so it keeps its weight. */
  for (guint i = 0; i < items->len; i++)
    {
      GArray *v = g_array_index (items, ReadoutTopicItem, i).vector;

      for (guint k = 0; k < v->len; k++)
        {
          ReadoutTermWeight *w = &g_array_index (v, ReadoutTermWeight, k);
          double idf = log ((1.0 + items->len) / (1.0 + df[w->id])) + 1.0;

          w->weight = (float)(log1p (w->weight) * idf);
          /* A country a third of the statements name (Ukraine, in talks
           * about Ukraine) is the setting, not a topic. */
          if (df[w->id] * 3 > items->len && readout_terms_is_party (terms, w->id))
            w->weight *= 0.4f;
        }
      normalize_parts (terms, v);
    }
}

typedef struct
{
  guint  id;
  double score;
} Ranked;

static gint
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

static char *
slug (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, g_ascii_tolower (*p));
      else if (out->len > 0 && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }
  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/* @base, or @base-2, -3, … when taken. @used maps every id given to NULL
 * and every base to the next suffix to try (as "\x01base"), so that many
 * topics with one base cost linear time, not quadratic. */
static char *
unique_id (GHashTable *used,
           const char *base)
{
  g_autofree char *next_key = g_strconcat ("\x01", base, NULL);
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (used, next_key));
  char *id;

  if (!g_hash_table_contains (used, base))
    id = g_strdup (base);
  else
    {
      id = NULL;
      for (n = MAX (n, 2); id == NULL || g_hash_table_contains (used, id); n++)
        {
          g_free (id);
          id = g_strdup_printf ("%s-%u", base, n);
        }
      g_hash_table_insert (used, g_steal_pointer (&next_key), GUINT_TO_POINTER (n));
    }
  g_hash_table_insert (used, g_strdup (id), NULL);
  return id;
}

/* Label and terms of a cluster, whose items are @members (@n_members
 * indexes into @items, in order): terms that many of its statements share
 * rank first. */
static ReadoutTopic *
make_topic (ReadoutTerms *terms,
            GArray       *items,
            const guint  *members,
            guint         n_members,
            GHashTable   *used_ids)
{
  g_autoptr(GHashTable) score = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  g_autoptr(GString) label = g_string_new (NULL);
  g_autofree char *base = NULL;
  g_autofree char *id = NULL;
  GHashTableIter iter;
  gpointer key, value;

  for (guint m = 0; m < n_members; m++)
    {
      ReadoutTopicItem *item = &g_array_index (items, ReadoutTopicItem, members[m]);

      for (guint k = 0; k < item->vector->len; k++)
        {
          const ReadoutTermWeight *w = &g_array_index (item->vector, ReadoutTermWeight, k);
          double *s = g_hash_table_lookup (score, GUINT_TO_POINTER (w->id));

          if (s == NULL)
            {
              s = g_new0 (double, 2);
              g_hash_table_insert (score, GUINT_TO_POINTER (w->id), s);
            }
          s[0] += w->weight;
          s[1] += 1;
        }
    }
  g_hash_table_iter_init (&iter, score);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      double *s = value;
      Ranked r = { GPOINTER_TO_UINT (key), s[0] * s[1] };

      if (readout_terms_is_issue (terms, r.id))
        r.score *= ISSUE_LABEL_BOOST;

      g_array_append_val (ranked, r);
    }
  g_array_sort (ranked, compare_ranked);

  for (guint k = 0; k < ranked->len && words->len < MAX_TERMS; k++)
    {
      guint term = g_array_index (ranked, Ranked, k).id;
      const char *surface;
      gboolean dup = FALSE;

      /* Concepts and sides are not words of these statements. */
      if (readout_terms_is_synthetic (terms, term) || readout_terms_is_side (terms, term))
        continue;
      surface = readout_terms_get_surface (terms, term);
      for (guint j = 0; j < words->len && !dup; j++)
        dup = g_utf8_collate (g_ptr_array_index (words, j), surface) == 0;
      if (!dup)
        g_ptr_array_add (words, (gpointer)surface);
    }
  g_ptr_array_add (words, NULL);

  for (guint k = 0; k < MAX_LABEL_TERMS && words->pdata[k] != NULL; k++)
    {
      if (k > 0)
        /* TRANSLATORS: separates the words of a topic's label ("NATO, alliance, enlargement") */
        g_string_append (label, _(", "));
      g_string_append (label, words->pdata[k]);
    }
  if (label->len == 0)
    g_string_append (label, _("Other statements"));

  /* The id comes from the two strongest terms, so it survives adding a
   * document that does not change what the topic is about. */
  {
    g_autofree char *head = words->pdata[0] != NULL && words->pdata[1] != NULL
                            ? g_strconcat (words->pdata[0], " ", words->pdata[1], NULL)
                            : g_strdup (words->pdata[0] != NULL ? (char *)words->pdata[0] : "other");

    base = slug (head);
  }
  if (*base == '\0')
    {
      g_free (base);
      base = g_strdup ("topic");
    }
  id = unique_id (used_ids, base);

  return _readout_topic_new (id, label->str, (const char * const *)words->pdata);
}

GPtrArray *
_readout_topics_group (ReadoutTerms *terms,
                       GArray       *items)
{
  GPtrArray *topics = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) used_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);  /* see unique_id() */
  g_autofree gint *topic_of = NULL;
  g_autofree guint *roots = NULL;
  g_autofree guint *member_start = NULL;
  g_autofree guint *members = NULL;
  guint n = items->len;

  weigh (terms, items);

  {
    g_autoptr(GPtrArray) vectors = g_ptr_array_sized_new (n);

    for (guint i = 0; i < n; i++)
      g_ptr_array_add (vectors, g_array_index (items, ReadoutTopicItem, i).vector);
    roots = _readout_cluster (vectors, readout_terms_get_n_terms (terms), JOIN_THRESHOLD, NEIGHBOURS);
  }

  /* Items with no terms share one "other" topic (slot n). */
  for (guint i = 0; i < n; i++)
    {
      ReadoutTopicItem *item = &g_array_index (items, ReadoutTopicItem, i);

      item->topic = item->vector->len > 0 ? (gint)roots[i] : (gint)n;
    }

  /* Each cluster's items, in order, so that making a topic reads only its
   * own: thousands of one-statement clusters stay linear. */
  member_start = g_new0 (guint, n + 2);
  members = g_new (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    member_start[g_array_index (items, ReadoutTopicItem, i).topic + 1]++;
  for (guint c = 0; c <= n; c++)
    member_start[c + 1] += member_start[c];
  {
    g_autofree guint *fill = g_memdup2 (member_start, (n + 1) * sizeof (guint));

    for (guint i = 0; i < n; i++)
      members[fill[g_array_index (items, ReadoutTopicItem, i).topic]++] = i;
  }

  /* Topics in the order of their first statement. */
  topic_of = g_new (gint, n + 1);
  for (guint c = 0; c <= n; c++)
    topic_of[c] = -1;
  for (guint i = 0; i < n; i++)
    {
      ReadoutTopicItem *item = &g_array_index (items, ReadoutTopicItem, i);

      if (topic_of[item->topic] >= 0)
        continue;
      topic_of[item->topic] = topics->len;
      if (item->topic < (gint)n)
        g_ptr_array_add (topics, make_topic (terms, items, members + member_start[item->topic],
                                             member_start[item->topic + 1] - member_start[item->topic],
                                             used_ids));
      else
        {
          g_autofree char *id = unique_id (used_ids, "other");

          g_ptr_array_add (topics, _readout_topic_new (id, _("Other statements"), NULL));
        }
    }
  for (guint i = 0; i < n; i++)
    {
      ReadoutTopicItem *item = &g_array_index (items, ReadoutTopicItem, i);

      item->topic = topic_of[item->topic];
      g_list_store_append (G_LIST_STORE (readout_topic_get_statements (g_ptr_array_index (topics, item->topic))),
                           item->statement);
    }

  return topics;
}
