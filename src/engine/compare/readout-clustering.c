/* readout-clustering.c — average-link clustering of sparse vectors
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "readout-clustering-private.h"

double
_readout_vector_dot (const GArray *a,
                     const GArray *b)
{
  double sum = 0;
  guint i = 0, j = 0;

  while (i < a->len && j < b->len)
    {
      const ReadoutTermWeight *x = &g_array_index (a, ReadoutTermWeight, i);
      const ReadoutTermWeight *y = &g_array_index (b, ReadoutTermWeight, j);

      if (x->id == y->id)
        {
          sum += (double)x->weight * y->weight;
          i++, j++;
        }
      else if (x->id < y->id)
        i++;
      else
        j++;
    }
  return sum;
}

/* Average-link agglomerative clustering over the sparse graph of
 * statements that share terms. Each cluster keeps, per neighbour, the sum
 * of the similarities between their members; the average link is that sum
 * over the product of the sizes. A heap gives the best pair; entries made
 * stale by a merge are recognised by the clusters' versions. */
typedef struct
{
  double avg;
  guint  a, b;
  guint  va, vb;
} Candidate;

typedef struct
{
  guint       n;
  guint      *size;
  guint      *version;
  gboolean   *alive;
  guint      *parent;     /* union-find: a merged cluster points to its absorber */
  GHashTable **links;     /* per cluster: other + 1 → double* sum */
  GArray     *heap;       /* Candidate, max-heap */
  double      threshold;
} Agglomeration;

static gboolean
candidate_before (const Candidate *x,
                  const Candidate *y)
{
  if (x->avg != y->avg)
    return x->avg > y->avg;
  if (x->a != y->a)
    return x->a < y->a;
  return x->b < y->b;
}

static void
heap_push (GArray    *heap,
           Candidate  c)
{
  guint i;

  g_array_append_val (heap, c);
  for (i = heap->len - 1; i > 0; )
    {
      guint parent = (i - 1) / 2;
      Candidate *x = &g_array_index (heap, Candidate, i);
      Candidate *p = &g_array_index (heap, Candidate, parent);
      Candidate tmp;

      if (!candidate_before (x, p))
        break;
      tmp = *x, *x = *p, *p = tmp;
      i = parent;
    }
}

static Candidate
heap_pop (GArray *heap)
{
  Candidate top = g_array_index (heap, Candidate, 0);
  guint i = 0;

  g_array_index (heap, Candidate, 0) = g_array_index (heap, Candidate, heap->len - 1);
  g_array_set_size (heap, heap->len - 1);
  for (;;)
    {
      guint l = 2 * i + 1, r = l + 1, best = i;
      Candidate tmp;

      if (l < heap->len && candidate_before (&g_array_index (heap, Candidate, l), &g_array_index (heap, Candidate, best)))
        best = l;
      if (r < heap->len && candidate_before (&g_array_index (heap, Candidate, r), &g_array_index (heap, Candidate, best)))
        best = r;
      if (best == i)
        break;
      tmp = g_array_index (heap, Candidate, i);
      g_array_index (heap, Candidate, i) = g_array_index (heap, Candidate, best);
      g_array_index (heap, Candidate, best) = tmp;
      i = best;
    }
  return top;
}

static double *
link_sum (Agglomeration *g,
          guint          a,
          guint          b,
          gboolean       create)
{
  double *sum = g_hash_table_lookup (g->links[a], GUINT_TO_POINTER (b + 1));

  if (sum == NULL && create)
    {
      sum = g_new0 (double, 1);
      g_hash_table_insert (g->links[a], GUINT_TO_POINTER (b + 1), sum);
    }
  return sum;
}

static void
add_link (Agglomeration *g,
          guint          a,
          guint          b,
          double         value)
{
  *link_sum (g, a, b, TRUE) += value;
  *link_sum (g, b, a, TRUE) += value;
}

static void
push_pair (Agglomeration *g,
           guint          a,
           guint          b)
{
  double *sum = link_sum (g, a, b, FALSE);
  Candidate c;

  if (sum == NULL)
    return;
  c.avg = *sum / ((double)g->size[a] * g->size[b]);
  if (c.avg < g->threshold)
    return;
  c.a = MIN (a, b);
  c.b = MAX (a, b);
  c.va = g->version[c.a];
  c.vb = g->version[c.b];
  heap_push (g->heap, c);
}

typedef struct
{
  guint item;
  float weight;
} Posting;

typedef struct
{
  guint  item;
  double score;
} Scored;

/* Keeps the @k best of what is pushed: a min-heap on score, ties to the
 * earlier item so that the result is deterministic. */
static gboolean
scored_worse (const Scored *x,
              const Scored *y)
{
  return x->score < y->score || (x->score == y->score && x->item > y->item);
}

static void
top_push (GArray *heap,
          guint   k,
          Scored  s)
{
  guint i;

  if (heap->len == k)
    {
      if (!scored_worse (&g_array_index (heap, Scored, 0), &s))
        return;
      /* Replace the worst and sift down. */
      g_array_index (heap, Scored, 0) = s;
      i = 0;
      for (;;)
        {
          guint l = 2 * i + 1, r = l + 1, w = i;
          Scored tmp;

          if (l < heap->len && scored_worse (&g_array_index (heap, Scored, l), &g_array_index (heap, Scored, w)))
            w = l;
          if (r < heap->len && scored_worse (&g_array_index (heap, Scored, r), &g_array_index (heap, Scored, w)))
            w = r;
          if (w == i)
            break;
          tmp = g_array_index (heap, Scored, i);
          g_array_index (heap, Scored, i) = g_array_index (heap, Scored, w);
          g_array_index (heap, Scored, w) = tmp;
          i = w;
        }
      return;
    }
  g_array_append_val (heap, s);
  for (i = heap->len - 1; i > 0; )
    {
      guint parent = (i - 1) / 2;
      Scored tmp;

      if (!scored_worse (&g_array_index (heap, Scored, i), &g_array_index (heap, Scored, parent)))
        break;
      tmp = g_array_index (heap, Scored, i);
      g_array_index (heap, Scored, i) = g_array_index (heap, Scored, parent);
      g_array_index (heap, Scored, parent) = tmp;
      i = parent;
    }
}

/* The similarity graph, kept sparse: each statement links to its
 * @neighbours most similar statements (a k-nearest-neighbour graph, as
 * large-scale agglomerative clustering does). Candidates come from an
 * inverted index that leaves out terms too many statements share (their
 * IDF makes them weak anyway); their partial scores pick the few whose
 * exact similarity is computed. Linear in the number of statements for
 * news-like vocabularies. */
static void
link_similar (Agglomeration *g,
              GPtrArray     *vectors,
              guint          n_terms,
              guint          neighbours)
{
  g_autoptr(GPtrArray) postings = g_ptr_array_new_full (n_terms, (GDestroyNotify)g_array_unref);
  g_autofree double *acc = g_new0 (double, vectors->len);
  g_autoptr(GArray) touched = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) shortlist = g_array_new (FALSE, FALSE, sizeof (Scored));
  g_autoptr(GArray) best = g_array_new (FALSE, FALSE, sizeof (Scored));
  guint max_df = MAX (64, vectors->len / 20);

  for (guint t = 0; t < n_terms; t++)
    g_ptr_array_add (postings, g_array_new (FALSE, FALSE, sizeof (Posting)));
  for (guint i = 0; i < vectors->len; i++)
    {
      GArray *v = g_ptr_array_index (vectors, i);

      for (guint k = 0; k < v->len; k++)
        {
          const ReadoutTermWeight *w = &g_array_index (v, ReadoutTermWeight, k);
          Posting p = { i, w->weight };

          g_array_append_val (g_ptr_array_index (postings, w->id), p);
        }
    }

  for (guint i = 0; i < vectors->len; i++)
    {
      GArray *v = g_ptr_array_index (vectors, i);

      for (guint k = 0; k < v->len; k++)
        {
          const ReadoutTermWeight *w = &g_array_index (v, ReadoutTermWeight, k);
          GArray *list = g_ptr_array_index (postings, w->id);

          if (list->len > max_df)
            continue;
          for (guint p = 0; p < list->len; p++)
            {
              const Posting *post = &g_array_index (list, Posting, p);

              if (post->item == i)
                continue;
              if (acc[post->item] == 0)
                g_array_append_val (touched, post->item);
              acc[post->item] += (double)w->weight * post->weight;
            }
        }

      g_array_set_size (shortlist, 0);
      for (guint p = 0; p < touched->len; p++)
        {
          guint j = g_array_index (touched, guint, p);
          Scored sc = { j, acc[j] };

          acc[j] = 0;
          top_push (shortlist, 2 * neighbours, sc);
        }
      g_array_set_size (touched, 0);

      g_array_set_size (best, 0);
      for (guint p = 0; p < shortlist->len; p++)
        {
          guint j = g_array_index (shortlist, Scored, p).item;
          Scored sc = { j, _readout_vector_dot (v, g_ptr_array_index (vectors, j)) };

          if (sc.score > 0.02)
            top_push (best, neighbours, sc);
        }
      for (guint p = 0; p < best->len; p++)
        {
          const Scored *sc = &g_array_index (best, Scored, p);

          if (link_sum (g, i, sc->item, FALSE) == NULL)
            add_link (g, i, sc->item, sc->score);
        }
    }
}

static void
agglomerate (Agglomeration *g)
{
  for (guint a = 0; a < g->n; a++)
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, g->links[a]);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        if (GPOINTER_TO_UINT (key) - 1 > a)
          push_pair (g, a, GPOINTER_TO_UINT (key) - 1);
    }

  while (g->heap->len > 0)
    {
      Candidate c = heap_pop (g->heap);
      guint a = c.a, b = c.b;
      GHashTableIter iter;
      gpointer key, value;

      if (!g->alive[a] || !g->alive[b] || g->version[a] != c.va || g->version[b] != c.vb)
        continue;

      /* b joins a (a is the earlier cluster). */
      g_hash_table_iter_init (&iter, g->links[b]);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          guint other = GPOINTER_TO_UINT (key) - 1;

          if (other == a)
            continue;
          add_link (g, a, other, *(double *)value);
          g_hash_table_remove (g->links[other], GUINT_TO_POINTER (b + 1));
        }
      g_hash_table_remove (g->links[a], GUINT_TO_POINTER (b + 1));
      g_hash_table_remove_all (g->links[b]);
      g->alive[b] = FALSE;
      g->parent[b] = a;
      g->size[a] += g->size[b];
      g->version[a]++;
      g->version[b]++;

      g_hash_table_iter_init (&iter, g->links[a]);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        push_pair (g, a, GPOINTER_TO_UINT (key) - 1);
    }
}

static guint
find_root (guint *parent,
           guint  i)
{
  while (parent[i] != i)
    i = parent[i] = parent[parent[i]];
  return i;
}

guint *
_readout_cluster (GPtrArray *vectors,
                  guint      n_terms,
                  double     threshold,
                  guint      neighbours)
{
  guint n = vectors->len;
  guint *roots = g_new (guint, n);
  Agglomeration g = { 0 };

  g.n = n;
  g.threshold = threshold;
  g.size = g_new (guint, n);
  g.version = g_new0 (guint, n);
  g.alive = g_new (gboolean, n);
  g.parent = g_new (guint, n);
  g.links = g_new (GHashTable *, n);
  g.heap = g_array_new (FALSE, FALSE, sizeof (Candidate));
  for (guint i = 0; i < n; i++)
    {
      g.size[i] = 1;
      g.alive[i] = TRUE;
      g.parent[i] = i;
      g.links[i] = g_hash_table_new_full (NULL, NULL, NULL, g_free);
    }
  link_similar (&g, vectors, n_terms, neighbours);
  agglomerate (&g);

  for (guint i = 0; i < n; i++)
    roots[i] = find_root (g.parent, i);

  for (guint i = 0; i < n; i++)
    g_hash_table_unref (g.links[i]);
  g_free (g.links);
  g_free (g.size);
  g_free (g.version);
  g_free (g.alive);
  g_free (g.parent);
  g_array_unref (g.heap);
  return roots;
}
