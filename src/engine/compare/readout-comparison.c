/* readout-comparison.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "readout-comparison-private.h"
#include "readout-party-directory.h"
#include "readout-topics-private.h"

G_DEFINE_FINAL_TYPE (ReadoutComparison, readout_comparison, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
_readout_statement_info_free (gpointer data)
{
  StatementInfo *info = data;

  g_free (info->key);
  g_free (info);
}

/* Topics and parties are hash keys: hold them, so that a topic dropped
 * from every store and command can never share an address with a new one
 * and inherit its cells. */
static void
unref_nullable (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static void
readout_comparison_finalize (GObject *object)
{
  ReadoutComparison *self = (ReadoutComparison *)object;

  /* The commands hold statements the info table may still point at. */
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_pointer (&self->info, g_hash_table_unref);
  g_clear_pointer (&self->copies, g_hash_table_unref);
  g_clear_pointer (&self->cells, g_hash_table_unref);
  g_clear_pointer (&self->variants, g_hash_table_unref);
  g_clear_pointer (&self->presence, g_hash_table_unref);
  g_clear_pointer (&self->document_ids, g_ptr_array_unref);
  g_clear_object (&self->analyses);
  g_clear_object (&self->parties);
  g_clear_object (&self->speakers);
  g_clear_object (&self->topics);
  g_clear_object (&self->statements);

  G_OBJECT_CLASS (readout_comparison_parent_class)->finalize (object);
}

static void
readout_comparison_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ReadoutComparison *self = READOUT_COMPARISON (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, readout_comparison_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, readout_comparison_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_comparison_class_init (ReadoutComparisonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = readout_comparison_finalize;
  object_class->get_property = readout_comparison_get_property;

  /* The command stack (readout-comparison-command.c, docs/editing.md). */
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* After every edit, undo and redo, once the models are consistent. */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

void
_readout_comparison_emit_changed (ReadoutComparison *self,
                                  gboolean           could_undo,
                                  gboolean           could_redo)
{
  if (could_undo != readout_comparison_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != readout_comparison_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
readout_comparison_init (ReadoutComparison *self)
{
  self->analyses = g_list_store_new (READOUT_TYPE_ANALYSIS);
  self->document_ids = g_ptr_array_new_with_free_func (g_free);
  self->parties = g_list_store_new (READOUT_TYPE_PARTY);
  self->speakers = g_list_store_new (READOUT_TYPE_SPEAKER);
  self->topics = g_list_store_new (READOUT_TYPE_TOPIC);
  self->statements = g_list_store_new (READOUT_TYPE_STATEMENT);
  self->info = g_hash_table_new_full (NULL, NULL, NULL, _readout_statement_info_free);
  /* Keys are held by the analyses, which the comparison holds. */
  self->copies = g_hash_table_new (NULL, NULL);
  self->cells = g_hash_table_new_full (NULL, NULL, g_object_unref, (GDestroyNotify)g_hash_table_unref);
  self->variants = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);
  self->presence = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
  self->undo = g_ptr_array_new_with_free_func (_readout_command_free);
  self->redo = g_ptr_array_new_with_free_func (_readout_command_free);
}

static gboolean
is_joint (ReadoutStatement *statement)
{
  ReadoutAct act = readout_statement_get_act (statement);

  /* "Chinese and Indian envoys agreed to meet again": a source of both
   * sides has no single party. */
  return readout_statement_get_party (statement) == NULL &&
         readout_statement_get_speaker (statement) != NULL &&
         (act == READOUT_ACT_AGREE || act == READOUT_ACT_COOPERATE || act == READOUT_ACT_CONSULT);
}

/* One side only; both (or a joint statement) with nothing but cooperative
 * acts converge; anything else diverges. */
static ReadoutRelation
relation_of (ReadoutTopic *topic)
{
  GListModel *statements = readout_topic_get_statements (topic);
  g_autoptr(GHashTable) conflict = g_hash_table_new (NULL, NULL);  /* party → has conflict */
  g_autoptr(GHashTable) coop = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) parties = g_hash_table_new (NULL, NULL);
  gboolean joint = FALSE;
  guint n = g_list_model_get_n_items (statements);
  GHashTableIter iter;
  gpointer party;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutStatement) s = g_list_model_get_item (statements, i);
      ReadoutParty *p = readout_statement_get_party (s);
      int polarity = readout_act_get_polarity (readout_statement_get_act (s));
      ReadoutAct act = readout_statement_get_act (s);

      if (readout_statement_get_mode (s) & READOUT_ACT_MODE_NEGATED)
        polarity = -polarity;
      if (act == READOUT_ACT_DENY)
        polarity = -1;
      joint |= is_joint (s);
      if (p == NULL)
        continue;
      g_hash_table_add (parties, p);
      if (polarity < 0)
        g_hash_table_add (conflict, p);
      else if (polarity > 0)
        g_hash_table_add (coop, p);
    }

  if (g_hash_table_size (parties) <= 1 && !joint)
    return READOUT_RELATION_ONE_SIDED;
  if (joint && g_hash_table_size (conflict) == 0)
    return READOUT_RELATION_CONVERGE;
  g_hash_table_iter_init (&iter, parties);
  while (g_hash_table_iter_next (&iter, &party, NULL))
    if (g_hash_table_contains (conflict, party) || !g_hash_table_contains (coop, party))
      return READOUT_RELATION_DIVERGE;
  return READOUT_RELATION_CONVERGE;
}

typedef struct
{
  ReadoutParty *party;
  guint         count;
  guint         first;
} PartyCount;

static gint
compare_party_counts (gconstpointer a,
                      gconstpointer b)
{
  const PartyCount *x = a, *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return x->first < y->first ? -1 : x->first > y->first;
}

/* Cells are made on first use and kept, even empty, so that a view
 * holding one sees the statements edits move into it. */
GListStore *
_readout_comparison_cell_store (ReadoutComparison *self,
                                ReadoutTopic      *topic,
                                ReadoutParty      *party)
{
  GHashTable *row = g_hash_table_lookup (self->cells, topic);
  GListStore *cell;

  if (row == NULL)
    {
      row = g_hash_table_new_full (NULL, NULL, unref_nullable, g_object_unref);
      g_hash_table_insert (self->cells, g_object_ref (topic), row);
    }
  cell = g_hash_table_lookup (row, party);
  if (cell == NULL)
    {
      cell = g_list_store_new (READOUT_TYPE_STATEMENT);
      g_hash_table_insert (row, party != NULL ? g_object_ref (party) : NULL, cell);
    }
  return cell;
}

static void
add_to_cell (ReadoutComparison *self,
             ReadoutTopic      *topic,
             ReadoutStatement  *statement)
{
  g_list_store_append (_readout_comparison_cell_store (self, topic, readout_statement_get_party (statement)),
                       statement);
}

void
_readout_comparison_refresh_topic (ReadoutComparison *self,
                                   ReadoutTopic      *topic)
{
  GListModel *statements = readout_topic_get_statements (topic);
  guint8 *present = g_hash_table_lookup (self->presence, topic);
  guint n = g_list_model_get_n_items (statements);

  if (present == NULL)
    {
      present = g_new0 (guint8, MAX (self->document_ids->len, 1));
      g_hash_table_insert (self->presence, g_object_ref (topic), present);
    }
  memset (present, 0, self->document_ids->len);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutStatement) s = g_list_model_get_item (statements, i);
      StatementInfo *info = g_hash_table_lookup (self->info, s);

      if (info != NULL)
        present[info->document] = 1;
    }
  _readout_topic_set_relation (topic, relation_of (topic));
}

static gint
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const ReadoutSpan *x = a, *y = b;

  return x->start < y->start ? -1 : x->start > y->start;
}

/* Every speaker mention, cue and source of the analysis, sorted. */
static GArray *
context_cuts (ReadoutAnalysis *analysis)
{
  GListModel *speakers = readout_analysis_get_speakers (analysis);
  GListModel *statements = readout_analysis_get_statements (analysis);
  GArray *cuts = g_array_new (FALSE, FALSE, sizeof (ReadoutSpan));
  guint n = g_list_model_get_n_items (speakers);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutSpeaker) speaker = g_list_model_get_item (speakers, i);
      const GArray *mentions = readout_speaker_get_mentions (speaker);

      g_array_append_vals (cuts, mentions->data, mentions->len);
    }
  n = g_list_model_get_n_items (statements);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutStatement) s = g_list_model_get_item (statements, i);
      ReadoutSpan cue = { readout_statement_get_cue_start (s), readout_statement_get_cue_end (s) };
      ReadoutSpan source = { readout_statement_get_source_start (s), readout_statement_get_source_end (s) };

      if (cue.end > cue.start)
        g_array_append_val (cuts, cue);
      if (source.end > source.start)
        g_array_append_val (cuts, source);
    }
  g_array_sort (cuts, compare_spans);
  /* Overlaps merged, so that "the first cut ending after" is well defined. */
  {
    guint out = 0;

    for (guint i = 0; i < cuts->len; i++)
      {
        ReadoutSpan *c = &g_array_index (cuts, ReadoutSpan, i);

        if (out > 0 && c->start <= g_array_index (cuts, ReadoutSpan, out - 1).end)
          {
            ReadoutSpan *last = &g_array_index (cuts, ReadoutSpan, out - 1);

            last->end = MAX (last->end, c->end);
          }
        else
          g_array_index (cuts, ReadoutSpan, out++) = *c;
      }
    g_array_set_size (cuts, out);
  }
  return cuts;
}

static gboolean
build (ReadoutComparison         *self,
       GListModel                *analyses,
       const ReadoutTopicPlan    *plan,
       GCancellable              *cancellable,
       GError                   **error)
{
  g_autoptr(GHashTable) speaker_map = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (ReadoutTopicItem));
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (PartyCount));
  g_autoptr(GHashTable) count_of = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) topics = NULL;
  ReadoutPartyDirectory *directory;
  ReadoutTerms *terms;
  guint n_docs = g_list_model_get_n_items (analyses);
  guint n_speakers;

  if (!(directory = readout_party_directory_get_default (error)))
    return FALSE;
  if (!(terms = readout_terms_new (directory, error)))
    return FALSE;

  for (guint d = 0; d < n_docs; d++)
    {
      g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (analyses, d);

      g_list_store_append (self->analyses, analysis);
      g_ptr_array_add (self->document_ids, g_strdup_printf ("d%u", d + 1));
    }

  _readout_comparison_merge_speakers (analyses, self->speakers, speaker_map, self->variants);

  /* Speakers' names are not what a topic is about. */
  n_speakers = g_list_model_get_n_items (G_LIST_MODEL (self->speakers));
  for (guint i = 0; i < n_speakers; i++)
    {
      g_autoptr(ReadoutSpeaker) speaker = g_list_model_get_item (G_LIST_MODEL (self->speakers), i);
      const char * const *names = readout_comparison_get_speaker_variants (self, speaker);

      if (readout_speaker_get_kind (speaker) != READOUT_SPEAKER_PERSON)
        continue;
      for (guint k = 0; names[k] != NULL; k++)
        {
          g_auto(GStrv) words = g_strsplit (names[k], " ", -1);

          for (guint w = 0; words[w] != NULL; w++)
            if (*words[w] != '\0')
              readout_terms_ignore_word (terms, words[w]);
        }
    }

  /* The sides: parties with a fifth of the statements or more. */
  {
    g_autoptr(GHashTable) per_party = g_hash_table_new (g_str_hash, g_str_equal);
    guint total = 0;
    GHashTableIter iter;
    gpointer key, value;

    for (guint d = 0; d < n_docs; d++)
      {
        g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (analyses, d);
        GListModel *statements = readout_analysis_get_statements (analysis);
        guint n = g_list_model_get_n_items (statements);

        for (guint i = 0; i < n; i++)
          {
            g_autoptr(ReadoutStatement) statement = g_list_model_get_item (statements, i);
            ReadoutParty *party = readout_statement_get_party (statement);
            const char *id = party != NULL ? readout_party_get_id (party) : NULL;

            total++;
            if (id != NULL)
              g_hash_table_insert (per_party, (gpointer)id,
                                   GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (per_party, id)) + 1));
          }
      }
    g_hash_table_iter_init (&iter, per_party);
    while (g_hash_table_iter_next (&iter, &key, &value))
      if (GPOINTER_TO_UINT (value) >= 2 && GPOINTER_TO_UINT (value) * 5 >= total)
        readout_terms_add_side (terms, key);
  }

  for (guint d = 0; d < n_docs; d++)
    {
      g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (analyses, d);
      GListModel *statements = readout_analysis_get_statements (analysis);
      const char *text = readout_document_get_text (readout_analysis_get_document (analysis));
      g_autofree guint *index = _readout_topics_offset_index (text);
      g_autoptr(GArray) cuts = context_cuts (analysis);
      guint n = g_list_model_get_n_items (statements);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(ReadoutStatement) original = g_list_model_get_item (statements, i);
          ReadoutStatement *statement = _readout_statement_copy (original);
          ReadoutTopicItem item = { 0 };
          StatementInfo *info = g_new0 (StatementInfo, 1);
          ReadoutSpeaker *speaker = readout_statement_get_speaker (statement);

          item.statement = statement;
          item.document = d;
          /* A saved session brings its topics: no need to weigh words. */
          item.vector = plan == NULL
                        ? _readout_topics_statement_vector (terms, text, index, cuts, statement)
                        : g_array_new (FALSE, FALSE, 1);
          g_array_append_val (items, item);

          info->document = d;
          info->speaker = speaker != NULL ? g_hash_table_lookup (speaker_map, speaker) : NULL;
          info->key = n_docs > 1
                      ? g_strdup_printf ("%s-%s", (char *)self->document_ids->pdata[d],
                                         readout_statement_get_id (statement))
                      : g_strdup (readout_statement_get_id (statement));
          g_hash_table_insert (self->info, statement, info);
          g_hash_table_insert (self->copies, original, statement);
          g_list_store_append (self->statements, statement);
          g_object_unref (statement);   /* the store holds it */
        }
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto fail;
    }

  topics = plan == NULL ? _readout_topics_group (terms, items)
                        : _readout_comparison_plan_topics (self, plan, items);
  g_list_store_splice (self->topics, 0, 0, topics->pdata, topics->len);

  for (guint i = 0; i < items->len; i++)
    {
      ReadoutTopicItem *item = &g_array_index (items, ReadoutTopicItem, i);
      ReadoutTopic *topic = g_ptr_array_index (topics, item->topic);
      StatementInfo *info = g_hash_table_lookup (self->info, item->statement);
      ReadoutParty *party = readout_statement_get_party (item->statement);
      guint8 *present = g_hash_table_lookup (self->presence, topic);

      info->topic = topic;
      add_to_cell (self, topic, item->statement);
      if (present == NULL)
        {
          present = g_new0 (guint8, n_docs);
          g_hash_table_insert (self->presence, g_object_ref (topic), present);
        }
      present[item->document] = 1;

      if (party != NULL)
        {
          gpointer at;

          if (!g_hash_table_lookup_extended (count_of, party, NULL, &at))
            {
              PartyCount pc = { party, 0, i };

              g_array_append_val (counts, pc);
              at = GUINT_TO_POINTER (counts->len - 1);
              g_hash_table_insert (count_of, party, at);
            }
          g_array_index (counts, PartyCount, GPOINTER_TO_UINT (at)).count++;
        }
    }
  for (guint t = 0; t < topics->len; t++)
    _readout_topic_set_relation (topics->pdata[t], relation_of (topics->pdata[t]));

  /* Columns: the most vocal party first; ties by first statement. */
  g_array_sort (counts, compare_party_counts);
  for (guint i = 0; i < counts->len; i++)
    g_list_store_append (self->parties, g_array_index (counts, PartyCount, i).party);

  for (guint i = 0; i < items->len; i++)
    g_array_unref (g_array_index (items, ReadoutTopicItem, i).vector);
  readout_terms_free (terms);
  return TRUE;

fail:
  for (guint i = 0; i < items->len; i++)
    g_array_unref (g_array_index (items, ReadoutTopicItem, i).vector);
  readout_terms_free (terms);
  return FALSE;
}

ReadoutComparison *
readout_comparison_new (GListModel    *analyses,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(ReadoutComparison) self = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (analyses), NULL);
  g_return_val_if_fail (g_list_model_get_item_type (analyses) == READOUT_TYPE_ANALYSIS, NULL);

  self = g_object_new (READOUT_TYPE_COMPARISON, NULL);
  if (!build (self, analyses, NULL, cancellable, error))
    return NULL;
  return g_steal_pointer (&self);
}

ReadoutComparison *
_readout_comparison_new_planned (GListModel              *analyses,
                                 const ReadoutTopicPlan  *plan,
                                 GCancellable            *cancellable,
                                 GError                 **error)
{
  g_autoptr(ReadoutComparison) self = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (analyses), NULL);
  g_return_val_if_fail (plan != NULL, NULL);

  self = g_object_new (READOUT_TYPE_COMPARISON, NULL);
  if (!build (self, analyses, plan, cancellable, error))
    return NULL;
  return g_steal_pointer (&self);
}

static void
new_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  GError *error = NULL;
  ReadoutComparison *self = readout_comparison_new (task_data, cancellable, &error);

  if (self == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, self, g_object_unref);
}

void
readout_comparison_new_async (GListModel          *analyses,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GListStore *copy;
  guint n;

  g_return_if_fail (G_IS_LIST_MODEL (analyses));

  /* A private copy: the caller's model may change while the thread runs. */
  copy = g_list_store_new (READOUT_TYPE_ANALYSIS);
  n = g_list_model_get_n_items (analyses);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (analyses, i);

      g_list_store_append (copy, item);
    }
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, readout_comparison_new_async);
  g_task_set_task_data (task, copy, g_object_unref);
  g_task_run_in_thread (task, new_thread);
}

ReadoutComparison *
readout_comparison_new_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

GListModel *
readout_comparison_get_analyses (ReadoutComparison *self)
{
  g_return_val_if_fail (READOUT_IS_COMPARISON (self), NULL);

  return G_LIST_MODEL (self->analyses);
}

guint
readout_comparison_get_n_documents (ReadoutComparison *self)
{
  g_return_val_if_fail (READOUT_IS_COMPARISON (self), 0);

  return self->document_ids->len;
}

const char *
readout_comparison_get_document_id (ReadoutComparison *self,
                                    guint              index)
{
  g_return_val_if_fail (READOUT_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (index < self->document_ids->len, NULL);

  return self->document_ids->pdata[index];
}

GListModel *
readout_comparison_get_parties (ReadoutComparison *self)
{
  g_return_val_if_fail (READOUT_IS_COMPARISON (self), NULL);

  return G_LIST_MODEL (self->parties);
}

GListModel *
readout_comparison_get_speakers (ReadoutComparison *self)
{
  g_return_val_if_fail (READOUT_IS_COMPARISON (self), NULL);

  return G_LIST_MODEL (self->speakers);
}

const char * const *
readout_comparison_get_speaker_variants (ReadoutComparison *self,
                                         ReadoutSpeaker    *speaker)
{
  static const char * const none[] = { NULL };
  GPtrArray *names;

  g_return_val_if_fail (READOUT_IS_COMPARISON (self), NULL);

  names = g_hash_table_lookup (self->variants, speaker);
  return names != NULL ? (const char * const *)names->pdata : none;
}

GListModel *
readout_comparison_get_topics (ReadoutComparison *self)
{
  g_return_val_if_fail (READOUT_IS_COMPARISON (self), NULL);

  return G_LIST_MODEL (self->topics);
}

GListModel *
readout_comparison_get_statements (ReadoutComparison *self)
{
  g_return_val_if_fail (READOUT_IS_COMPARISON (self), NULL);

  return G_LIST_MODEL (self->statements);
}

GListModel *
readout_comparison_get_cell (ReadoutComparison *self,
                             ReadoutTopic      *topic,
                             ReadoutParty      *party)
{
  g_return_val_if_fail (READOUT_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (READOUT_IS_TOPIC (topic), NULL);
  g_return_val_if_fail (party == NULL || READOUT_IS_PARTY (party), NULL);

  return G_LIST_MODEL (_readout_comparison_cell_store (self, topic, party));
}

/* Also for the analyses' own statements (analyze's JSON asks about them). */
static StatementInfo *
info_of (ReadoutComparison *self,
         ReadoutStatement  *statement)
{
  StatementInfo *info = g_hash_table_lookup (self->info, statement);
  ReadoutStatement *copy;

  if (info == NULL && (copy = g_hash_table_lookup (self->copies, statement)) != NULL)
    info = g_hash_table_lookup (self->info, copy);
  return info;
}

ReadoutTopic *
readout_comparison_get_statement_topic (ReadoutComparison *self,
                                        ReadoutStatement  *statement)
{
  StatementInfo *info;

  g_return_val_if_fail (READOUT_IS_COMPARISON (self), NULL);

  info = info_of (self, statement);
  return info != NULL ? info->topic : NULL;
}

ReadoutSpeaker *
readout_comparison_get_statement_speaker (ReadoutComparison *self,
                                          ReadoutStatement  *statement)
{
  StatementInfo *info;

  g_return_val_if_fail (READOUT_IS_COMPARISON (self), NULL);

  info = info_of (self, statement);
  return info != NULL ? info->speaker : NULL;
}

guint
readout_comparison_get_statement_document (ReadoutComparison *self,
                                           ReadoutStatement  *statement)
{
  StatementInfo *info;

  g_return_val_if_fail (READOUT_IS_COMPARISON (self), 0);

  info = info_of (self, statement);
  return info != NULL ? info->document : 0;
}

const char *
readout_comparison_get_statement_key (ReadoutComparison *self,
                                      ReadoutStatement  *statement)
{
  StatementInfo *info;

  g_return_val_if_fail (READOUT_IS_COMPARISON (self), NULL);

  info = info_of (self, statement);
  return info != NULL ? info->key : NULL;
}

gboolean
readout_comparison_topic_in_document (ReadoutComparison *self,
                                      ReadoutTopic      *topic,
                                      guint              index)
{
  guint8 *present;

  g_return_val_if_fail (READOUT_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (index < self->document_ids->len, FALSE);

  present = g_hash_table_lookup (self->presence, topic);
  return present != NULL && present[index];
}
