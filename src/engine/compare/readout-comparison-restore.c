/* readout-comparison-restore.c — a comparison with a saved session's topics
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A session reopens with the rows the user left, not with a new grouping:
 * the topics come from the file and no words are weighed, which also
 * keeps loading fast. The user's other edits are replayed on top by the
 * session (readout-session-edits.c).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "readout-comparison-private.h"
#include "readout-topics-private.h"

static void
plan_row_free (gpointer data)
{
  ReadoutTopicPlanRow *row = data;

  g_free (row->id);
  g_free (row->label);
  g_strfreev (row->terms);
  g_strfreev (row->statements);
  g_free (row);
}

ReadoutTopicPlan *
_readout_topic_plan_new (void)
{
  ReadoutTopicPlan *plan = g_new0 (ReadoutTopicPlan, 1);

  plan->rows = g_ptr_array_new_with_free_func (plan_row_free);
  return plan;
}

void
_readout_topic_plan_free (ReadoutTopicPlan *plan)
{
  if (plan == NULL)
    return;
  g_ptr_array_unref (plan->rows);
  g_free (plan);
}

void
_readout_topic_plan_add (ReadoutTopicPlan   *plan,
                         const char         *id,
                         const char         *label,
                         const char * const *terms,
                         const char * const *statements)
{
  ReadoutTopicPlanRow *row = g_new0 (ReadoutTopicPlanRow, 1);
  static const char * const none[] = { NULL };

  row->id = g_strdup (id);
  row->label = g_strdup (label);
  row->terms = g_strdupv ((char **)(terms != NULL ? terms : none));
  row->statements = g_strdupv ((char **)(statements != NULL ? statements : none));
  g_ptr_array_add (plan->rows, row);
}

static char *
ref_of (ReadoutComparison *self,
        guint              document,
        ReadoutStatement  *statement)
{
  return g_strdup_printf ("%s-%s", (char *)self->document_ids->pdata[document],
                          readout_statement_get_id (statement));
}

char *
_readout_comparison_statement_ref (ReadoutComparison *self,
                                   ReadoutStatement  *statement)
{
  StatementInfo *info;

  g_return_val_if_fail (READOUT_IS_COMPARISON (self), NULL);

  if (!(info = g_hash_table_lookup (self->info, statement)))
    return NULL;
  return ref_of (self, info->document, statement);
}

typedef struct
{
  guint            rank;   /* place in the saved cell order; unplanned: after all */
  ReadoutTopicItem item;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;

  return x->rank < y->rank ? -1 : x->rank > y->rank;
}

GPtrArray *
_readout_comparison_plan_topics (ReadoutComparison      *self,
                                 const ReadoutTopicPlan *plan,
                                 GArray                 *items)
{
  g_autoptr(GHashTable) seen_ids = g_hash_table_new (g_str_hash, g_str_equal);
  /* "d1-s3" → its index in @rows + 1; the rank is the index. */
  g_autoptr(GHashTable) place_of = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) ranked = g_array_sized_new (FALSE, FALSE, sizeof (Ranked), items->len);
  GPtrArray *topics = g_ptr_array_new_with_free_func (g_object_unref);
  ReadoutTopic *unsorted = NULL;
  guint rank = 0;

  for (guint r = 0; r < plan->rows->len; r++)
    {
      ReadoutTopicPlanRow *row = plan->rows->pdata[r];
      g_autofree char *id = NULL;
      ReadoutTopic *topic;

      /* Ids are unique even in a file that says otherwise. */
      id = g_hash_table_contains (seen_ids, row->id)
           ? g_strdup_printf ("%s-%u", row->id, r + 1) : g_strdup (row->id);
      topic = _readout_topic_new (id, row->label, (const char * const *)row->terms);
      g_ptr_array_add (topics, topic);
      g_hash_table_add (seen_ids, (gpointer)readout_topic_get_id (topic));
      /* A statement named twice stays in its first row. */
      for (guint k = 0; row->statements[k] != NULL; k++)
        if (!g_hash_table_contains (place_of, row->statements[k]))
          {
            g_array_append_val (rows, r);
            g_hash_table_insert (place_of, row->statements[k], GUINT_TO_POINTER (++rank));
          }
    }

  for (guint i = 0; i < items->len; i++)
    {
      ReadoutTopicItem *item = &g_array_index (items, ReadoutTopicItem, i);
      g_autofree char *ref = ref_of (self, item->document, item->statement);
      guint place = GPOINTER_TO_UINT (g_hash_table_lookup (place_of, ref));
      Ranked entry = { 0 };

      if (place != 0)
        {
          item->topic = g_array_index (rows, guint, place - 1);
          entry.rank = place - 1;
        }
      else
        {
          if (unsorted == NULL)
            {
              unsorted = _readout_topic_new ("unsorted", _("Unsorted"), NULL);
              g_ptr_array_add (topics, unsorted);
            }
          item->topic = topics->len - 1;
          entry.rank = rank + i;
        }
      /* The row's statements in reading order, as items come. */
      g_list_store_append (G_LIST_STORE (readout_topic_get_statements (topics->pdata[item->topic])),
                           item->statement);
      entry.item = *item;
      g_array_append_val (ranked, entry);
    }

  /* build() fills the cells in item order: make it the saved cell order. */
  g_array_sort (ranked, compare_ranked);
  for (guint i = 0; i < ranked->len; i++)
    g_array_index (items, ReadoutTopicItem, i) = g_array_index (ranked, Ranked, i).item;
  return topics;
}

void
_readout_comparison_clear_history (ReadoutComparison *self)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (READOUT_IS_COMPARISON (self));

  could_undo = readout_comparison_can_undo (self);
  could_redo = readout_comparison_can_redo (self);
  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  if (could_undo || could_redo)
    _readout_comparison_emit_changed (self, could_undo, could_redo);
}
