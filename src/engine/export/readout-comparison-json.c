/* readout-comparison-json.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "readout-comparison-json.h"
#include "readout-json-private.h"

static void
add_number (JsonBuilder *builder,
            const char  *key,
            double       value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_double_value (builder, round (value * 1000.0) / 1000.0);
}

static void
add_int (JsonBuilder *builder,
         const char  *key,
         gint64       value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_int_value (builder, value);
}

static void
add_keys (JsonBuilder       *builder,
          ReadoutComparison *comparison,
          GListModel        *statements)
{
  guint n = g_list_model_get_n_items (statements);

  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutStatement) s = g_list_model_get_item (statements, i);

      json_builder_add_string_value (builder, readout_comparison_get_statement_key (comparison, s));
    }
  json_builder_end_array (builder);
}

JsonNode *
_readout_json_topics (ReadoutComparison *comparison)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GListModel *topics = readout_comparison_get_topics (comparison);
  GListModel *parties = readout_comparison_get_parties (comparison);
  guint n_topics = g_list_model_get_n_items (topics);
  guint n_parties = g_list_model_get_n_items (parties);
  guint n_docs = readout_comparison_get_n_documents (comparison);

  json_builder_begin_array (builder);
  for (guint t = 0; t < n_topics; t++)
    {
      g_autoptr(ReadoutTopic) topic = g_list_model_get_item (topics, t);
      const char * const *terms = readout_topic_get_terms (topic);
      GListModel *unattributed = readout_comparison_get_cell (comparison, topic, NULL);

      json_builder_begin_object (builder);
      _readout_json_add_string (builder, "id", readout_topic_get_id (topic));
      _readout_json_add_string (builder, "label", readout_topic_get_label (topic));
      json_builder_set_member_name (builder, "terms");
      json_builder_begin_array (builder);
      for (guint k = 0; terms[k] != NULL; k++)
        json_builder_add_string_value (builder, terms[k]);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "statements");
      add_keys (builder, comparison, readout_topic_get_statements (topic));
      _readout_json_add_string (builder, "relation",
                                readout_relation_to_string (readout_topic_get_relation (topic)));
      /* The row of the matrix: one cell per party that spoke on it. */
      json_builder_set_member_name (builder, "cells");
      json_builder_begin_object (builder);
      for (guint p = 0; p < n_parties; p++)
        {
          g_autoptr(ReadoutParty) party = g_list_model_get_item (parties, p);
          GListModel *cell = readout_comparison_get_cell (comparison, topic, party);

          if (g_list_model_get_n_items (cell) == 0)
            continue;
          json_builder_set_member_name (builder, readout_party_get_id (party));
          add_keys (builder, comparison, cell);
        }
      json_builder_end_object (builder);
      json_builder_set_member_name (builder, "unattributed");
      add_keys (builder, comparison, unattributed);
      json_builder_set_member_name (builder, "documents");
      json_builder_begin_array (builder);
      for (guint d = 0; d < n_docs; d++)
        if (readout_comparison_topic_in_document (comparison, topic, d))
          json_builder_add_string_value (builder, readout_comparison_get_document_id (comparison, d));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return json_builder_get_root (builder);
}

static guint
document_length (ReadoutComparison *comparison,
                 guint              d)
{
  g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (readout_comparison_get_analyses (comparison), d);

  return readout_document_get_length (readout_analysis_get_document (analysis));
}

static void
add_documents (JsonBuilder       *builder,
               ReadoutComparison *comparison)
{
  GListModel *analyses = readout_comparison_get_analyses (comparison);
  guint n = g_list_model_get_n_items (analyses);
  guint64 total = 0;

  for (guint d = 0; d < n; d++)
    total += document_length (comparison, d);

  json_builder_set_member_name (builder, "documents");
  json_builder_begin_array (builder);
  for (guint d = 0; d < n; d++)
    {
      g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (analyses, d);
      ReadoutDocument *doc = readout_analysis_get_document (analysis);
      guint length = readout_document_get_length (doc);

      json_builder_begin_object (builder);
      _readout_json_add_string (builder, "id", readout_comparison_get_document_id (comparison, d));
      _readout_json_add_string (builder, "title", readout_document_get_title (doc));
      _readout_json_add_string (builder, "source", readout_document_get_source (doc));
      _readout_json_add_string (builder, "date", readout_document_get_date (doc));
      _readout_json_add_string (builder, "uri", readout_document_get_uri (doc));
      _readout_json_add_string (builder, "sha256", readout_document_get_sha256 (doc));
      add_int (builder, "length", length);
      add_int (builder, "statements", g_list_model_get_n_items (readout_analysis_get_statements (analysis)));
      add_number (builder, "share", total > 0 ? (double)length / total : 0);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_parties (JsonBuilder       *builder,
             ReadoutComparison *comparison)
{
  GListModel *parties = readout_comparison_get_parties (comparison);
  GListModel *statements = readout_comparison_get_statements (comparison);
  guint n_parties = g_list_model_get_n_items (parties);
  guint n = g_list_model_get_n_items (statements);

  json_builder_set_member_name (builder, "parties");
  json_builder_begin_array (builder);
  for (guint p = 0; p < n_parties; p++)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (parties, p);
      guint acts[READOUT_N_ACTS] = { 0 };
      g_autoptr(GPtrArray) order = g_ptr_array_new ();
      g_autoptr(GPtrArray) tones = g_ptr_array_new ();   /* interned ids, first use first */
      g_autoptr(GArray) tone_counts = g_array_new (FALSE, TRUE, sizeof (guint));
      guint count = 0;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(ReadoutStatement) s = g_list_model_get_item (statements, i);
          ReadoutTopic *topic;

          if (readout_statement_get_party (s) != party)
            continue;
          count++;
          acts[readout_statement_get_act (s)]++;
          for (const char * const *t = readout_statement_get_tone (s); *t != NULL; t++)
            {
              guint at;

              if (!g_ptr_array_find (tones, *t, &at))
                {
                  guint zero = 0;

                  g_ptr_array_add (tones, (gpointer)*t);
                  g_array_append_val (tone_counts, zero);
                  at = tones->len - 1;
                }
              g_array_index (tone_counts, guint, at)++;
            }
          topic = readout_comparison_get_statement_topic (comparison, s);
          if (topic != NULL && !g_ptr_array_find (order, topic, NULL))
            g_ptr_array_add (order, topic);
        }

      json_builder_begin_object (builder);
      _readout_json_add_string (builder, "id", readout_party_get_id (party));
      _readout_json_add_string (builder, "name", readout_party_get_name (party));
      _readout_json_add_string (builder, "kind", readout_party_kind_to_string (readout_party_get_kind (party)));
      add_int (builder, "statements", count);
      add_number (builder, "share", n > 0 ? (double)count / n : 0);
      json_builder_set_member_name (builder, "acts");
      json_builder_begin_object (builder);
      for (guint a = 0; a < READOUT_N_ACTS; a++)
        if (acts[a] > 0)
          add_int (builder, readout_act_to_string (a), acts[a]);
      json_builder_end_object (builder);
      /* How this side's statements sound: "businesslike" against "frank". */
      json_builder_set_member_name (builder, "tone");
      json_builder_begin_object (builder);
      for (guint k = 0; k < tones->len; k++)
        add_int (builder, tones->pdata[k], g_array_index (tone_counts, guint, k));
      json_builder_end_object (builder);
      json_builder_set_member_name (builder, "topics");
      json_builder_begin_array (builder);
      for (guint k = 0; k < order->len; k++)
        json_builder_add_string_value (builder, readout_topic_get_id (order->pdata[k]));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_speakers (JsonBuilder       *builder,
              ReadoutComparison *comparison)
{
  GListModel *speakers = readout_comparison_get_speakers (comparison);
  guint n = g_list_model_get_n_items (speakers);

  json_builder_set_member_name (builder, "speakers");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutSpeaker) speaker = g_list_model_get_item (speakers, i);
      ReadoutParty *party = readout_speaker_get_party (speaker);
      const char * const *variants = readout_comparison_get_speaker_variants (comparison, speaker);

      json_builder_begin_object (builder);
      _readout_json_add_string (builder, "id", readout_speaker_get_id (speaker));
      _readout_json_add_string (builder, "name", readout_speaker_get_name (speaker));
      _readout_json_add_string (builder, "kind", readout_speaker_kind_to_string (readout_speaker_get_kind (speaker)));
      _readout_json_add_string (builder, "role", readout_speaker_get_role (speaker));
      _readout_json_add_string (builder, "party", party ? readout_party_get_id (party) : NULL);
      json_builder_set_member_name (builder, "anonymous");
      json_builder_add_boolean_value (builder, readout_speaker_get_anonymous (speaker));
      json_builder_set_member_name (builder, "variants");
      json_builder_begin_array (builder);
      for (guint k = 0; variants[k] != NULL; k++)
        json_builder_add_string_value (builder, variants[k]);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_statements (JsonBuilder       *builder,
                ReadoutComparison *comparison)
{
  GListModel *statements = readout_comparison_get_statements (comparison);
  guint n = g_list_model_get_n_items (statements);

  json_builder_set_member_name (builder, "statements");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutStatement) s = g_list_model_get_item (statements, i);
      ReadoutTopic *topic = readout_comparison_get_statement_topic (comparison, s);
      ReadoutJsonStatementExtra extra = { 0 };

      extra.id = readout_comparison_get_statement_key (comparison, s);
      extra.document = readout_comparison_get_document_id (comparison,
                                                           readout_comparison_get_statement_document (comparison, s));
      extra.topic = topic != NULL ? readout_topic_get_id (topic) : NULL;
      extra.merged = TRUE;
      extra.speaker = readout_comparison_get_statement_speaker (comparison, s);
      _readout_json_add_statement (builder, s, &extra);
    }
  json_builder_end_array (builder);
}

/* Topics of document @d in the order it first raised them. */
static GPtrArray *
topic_order (ReadoutComparison *comparison,
             guint              d)
{
  GListModel *statements = readout_comparison_get_statements (comparison);
  guint n = g_list_model_get_n_items (statements);
  GPtrArray *order = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutStatement) s = g_list_model_get_item (statements, i);
      ReadoutTopic *topic;

      if (readout_comparison_get_statement_document (comparison, s) != d)
        continue;
      topic = readout_comparison_get_statement_topic (comparison, s);
      if (topic != NULL && !g_ptr_array_find (order, topic, NULL))
        g_ptr_array_add (order, topic);
    }
  return order;
}

static void
add_topic_ids (JsonBuilder *builder,
               const char  *key,
               GPtrArray   *topics)
{
  json_builder_set_member_name (builder, key);
  json_builder_begin_array (builder);
  for (guint k = 0; k < topics->len; k++)
    json_builder_add_string_value (builder, readout_topic_get_id (topics->pdata[k]));
  json_builder_end_array (builder);
}

static void
add_differences (JsonBuilder       *builder,
                 ReadoutComparison *comparison)
{
  guint n_docs = readout_comparison_get_n_documents (comparison);
  g_autoptr(GPtrArray) orders = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);

  for (guint d = 0; d < n_docs; d++)
    g_ptr_array_add (orders, topic_order (comparison, d));

  json_builder_set_member_name (builder, "differences");
  json_builder_begin_array (builder);
  for (guint a = 0; a < n_docs; a++)
    for (guint b = a + 1; b < n_docs; b++)
      {
        GPtrArray *order_a = orders->pdata[a], *order_b = orders->pdata[b];
        g_autoptr(GPtrArray) only_a = g_ptr_array_new ();
        g_autoptr(GPtrArray) only_b = g_ptr_array_new ();
        g_autoptr(GPtrArray) both = g_ptr_array_new ();
        guint len_a = document_length (comparison, a), len_b = document_length (comparison, b);

        for (guint k = 0; k < order_a->len; k++)
          g_ptr_array_add (g_ptr_array_find (order_b, order_a->pdata[k], NULL) ? both : only_a,
                           order_a->pdata[k]);
        for (guint k = 0; k < order_b->len; k++)
          if (!g_ptr_array_find (order_a, order_b->pdata[k], NULL))
            g_ptr_array_add (only_b, order_b->pdata[k]);

        json_builder_begin_object (builder);
        _readout_json_add_string (builder, "a", readout_comparison_get_document_id (comparison, a));
        _readout_json_add_string (builder, "b", readout_comparison_get_document_id (comparison, b));
        add_topic_ids (builder, "only_a", only_a);
        add_topic_ids (builder, "only_b", only_b);
        add_topic_ids (builder, "both", both);
        add_topic_ids (builder, "order_a", order_a);
        add_topic_ids (builder, "order_b", order_b);
        add_number (builder, "share_a", len_a + len_b > 0 ? (double)len_a / (len_a + len_b) : 0);
        add_number (builder, "share_b", len_a + len_b > 0 ? (double)len_b / (len_a + len_b) : 0);
        json_builder_end_object (builder);
      }
  json_builder_end_array (builder);
}

JsonNode *
readout_comparison_to_json (ReadoutComparison *comparison)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (READOUT_IS_COMPARISON (comparison), NULL);

  json_builder_begin_object (builder);
  add_documents (builder, comparison);
  add_parties (builder, comparison);
  add_speakers (builder, comparison);
  add_statements (builder, comparison);
  json_builder_set_member_name (builder, "topics");
  json_builder_add_value (builder, _readout_json_topics (comparison));
  add_differences (builder, comparison);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
