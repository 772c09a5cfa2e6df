/* test-comparison.c — topics, cells, merging and differences
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two short readouts the team wrote of one invented meeting between Chile
 * and Argentina: both speak on a fishing quota and a border bridge; only
 * the Argentine one mentions gas exports. The Argentine minister is
 * "Tomás" in one and "Tomas" in the other.
 */

#include "config.h"

#include <string.h>

#include "readout-comparison-private.h"
#include "readout-engine.h"
#include "test-util.h"

static const char * const santiago[] = {
  "Chilean Foreign Minister Ana Rojas said the fishing quota in the southern channels must be cut by half before the spring season.",
  "Argentine Foreign Minister Tomás Ferreyra rejected the proposed fishing quota, saying the southern channels still held enough hake for both fleets.",
  "Rojas also said Chile was ready to build a joint bridge over the border river next year.",
  "Ferreyra said Argentina would pay for half of the bridge over the border river.",
  NULL
};

static const char * const buenos_aires[] = {
  "Argentine Foreign Minister Tomas Ferreyra said the bridge over the border river would open to traffic within two years.",
  "Ferreyra said Argentina rejected any cut of the hake fishing quota in the southern channels.",
  "Ferreyra also said Argentina wanted talks on the price of natural gas exports to Chile.",
  NULL
};

static ReadoutComparison *
compare_both (void)
{
  g_autoptr(ReadoutAnalysis) a = test_util_analyse (santiago, "Santiago readout");
  g_autoptr(ReadoutAnalysis) b = test_util_analyse (buenos_aires, "Buenos Aires readout");

  return test_util_compare (a, b, NULL);
}

/* The statement whose text holds @words in document @doc, or a failure. */
static ReadoutStatement *
find (ReadoutComparison *comparison,
      guint              doc,
      const char        *words)
{
  GListModel *statements = readout_comparison_get_statements (comparison);

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ReadoutStatement) st = g_list_model_get_item (statements, i);

      if (readout_comparison_get_statement_document (comparison, st) == doc &&
          strstr (readout_statement_get_text (st), words) != NULL)
        return st;  /* the comparison keeps it alive */
    }
  g_error ("no statement with “%s” in document %u", words, doc);
  return NULL;
}

static ReadoutTopic *
topic_of (ReadoutComparison *comparison,
          guint              doc,
          const char        *words)
{
  return readout_comparison_get_statement_topic (comparison, find (comparison, doc, words));
}

static void
test_name_keys (void)
{
  static const struct { const char *a, *b; } same[] = {
    { "Sergei Lavrov", "Sergey Lavrov" },
    { "Dmitry Peskov", "Dmitri Peskov" },
    { "Volodymyr Zelensky", "Volodymyr Zelenskyy" },
    { "Volodymyr Zelenskiy", "Volodymyr Zelensky" },
    { "Tomás Ferreyra", "Tomas Ferreyra" },
  };
  g_autofree char *lavrov = _readout_comparison_name_key ("Sergei Lavrov");
  g_autofree char *lavrova = _readout_comparison_name_key ("Sergei Lavrova");

  for (guint i = 0; i < G_N_ELEMENTS (same); i++)
    {
      g_autofree char *a = _readout_comparison_name_key (same[i].a);
      g_autofree char *b = _readout_comparison_name_key (same[i].b);

      g_assert_cmpstr (a, ==, b);
    }
  g_assert_cmpstr (lavrov, ==, "sergei lavrov");
  g_assert_cmpstr (lavrova, !=, lavrov);
}

static void
test_topics (void)
{
  g_autoptr(ReadoutComparison) comparison = compare_both ();
  ReadoutTopic *fish = topic_of (comparison, 0, "fishing quota in the southern");
  ReadoutTopic *bridge = topic_of (comparison, 0, "joint bridge");
  ReadoutTopic *gas = topic_of (comparison, 1, "natural gas");

  /* Each issue is one row across both parties and both documents. */
  g_assert_true (topic_of (comparison, 0, "proposed fishing quota") == fish);
  g_assert_true (topic_of (comparison, 1, "cut of the hake") == fish);
  g_assert_true (topic_of (comparison, 0, "pay for half") == bridge);
  g_assert_true (topic_of (comparison, 1, "open to traffic") == bridge);
  g_assert_true (fish != bridge && bridge != gas && gas != fish);
  g_assert_cmpuint (g_list_model_get_n_items (readout_comparison_get_topics (comparison)), ==, 3);

  /* Rows in order of first mention; labels from the statements' words. */
  {
    g_autoptr(ReadoutTopic) first = g_list_model_get_item (readout_comparison_get_topics (comparison), 0);

    g_assert_true (first == fish);
  }
  g_assert_nonnull (strstr (readout_topic_get_label (fish), "quota"));
  g_assert_nonnull (strstr (readout_topic_get_label (bridge), "bridge"));
  g_assert_true (g_strv_contains (readout_topic_get_terms (gas), "gas"));
  g_assert_false (g_strv_contains (readout_topic_get_terms (gas), "Ferreyra"));
  g_assert_cmpstr (readout_topic_get_id (gas), !=, readout_topic_get_id (fish));

  /* A demand against a rejection diverges; gas is Argentina's alone. */
  g_assert_cmpint (readout_topic_get_relation (fish), ==, READOUT_RELATION_DIVERGE);
  g_assert_cmpint (readout_topic_get_relation (gas), ==, READOUT_RELATION_ONE_SIDED);
  g_assert_true (readout_comparison_topic_in_document (comparison, gas, 1));
  g_assert_false (readout_comparison_topic_in_document (comparison, gas, 0));
  g_assert_true (readout_comparison_topic_in_document (comparison, fish, 0));
  g_assert_true (readout_comparison_topic_in_document (comparison, fish, 1));
}

static void
test_cells (void)
{
  g_autoptr(ReadoutComparison) comparison = compare_both ();
  GListModel *parties = readout_comparison_get_parties (comparison);
  ReadoutTopic *fish = topic_of (comparison, 0, "fishing quota in the southern");
  ReadoutTopic *gas = topic_of (comparison, 1, "natural gas");
  g_autoptr(ReadoutParty) first = NULL;
  g_autoptr(ReadoutParty) second = NULL;
  GListModel *cell;

  /* Argentina speaks most: its column comes first. */
  g_assert_cmpuint (g_list_model_get_n_items (parties), ==, 2);
  first = g_list_model_get_item (parties, 0);
  second = g_list_model_get_item (parties, 1);
  g_assert_cmpstr (readout_party_get_id (first), ==, "ARG");
  g_assert_cmpstr (readout_party_get_id (second), ==, "CHL");

  /* Argentina's cell of the fishing row: from both documents, all its own. */
  cell = readout_comparison_get_cell (comparison, fish, first);
  g_assert_cmpuint (g_list_model_get_n_items (cell), >=, 2);
  for (guint i = 0; i < g_list_model_get_n_items (cell); i++)
    {
      g_autoptr(ReadoutStatement) st = g_list_model_get_item (cell, i);

      g_assert_true (readout_statement_get_party (st) == first);
      g_assert_true (readout_comparison_get_statement_topic (comparison, st) == fish);
    }
  {
    g_autoptr(ReadoutStatement) last = g_list_model_get_item (cell, g_list_model_get_n_items (cell) - 1);

    g_assert_cmpuint (readout_comparison_get_statement_document (comparison, last), ==, 1);
  }
  cell = readout_comparison_get_cell (comparison, fish, second);
  g_assert_cmpuint (g_list_model_get_n_items (cell), ==, 1);
  {
    g_autoptr(ReadoutStatement) st = g_list_model_get_item (cell, 0);

    g_assert_nonnull (strstr (readout_statement_get_text (st), "must be cut by half"));
    g_assert_cmpint (readout_statement_get_act (st), ==, READOUT_ACT_DEMAND);
  }
  /* An empty cell is an empty model, never NULL. */
  cell = readout_comparison_get_cell (comparison, gas, second);
  g_assert_nonnull (cell);
  g_assert_cmpuint (g_list_model_get_n_items (cell), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (readout_comparison_get_cell (comparison, gas, NULL)), ==, 0);
}

static void
test_merging (void)
{
  g_autoptr(ReadoutComparison) comparison = compare_both ();
  GListModel *speakers = readout_comparison_get_speakers (comparison);
  ReadoutStatement *in_a = find (comparison, 0, "pay for half");
  ReadoutStatement *in_b = find (comparison, 1, "natural gas");
  ReadoutSpeaker *ferreyra = readout_comparison_get_statement_speaker (comparison, in_a);
  const char * const *variants;

  /* Two people, not four: each minister is one speaker across documents. */
  {
    guint persons = 0;

    for (guint i = 0; i < g_list_model_get_n_items (speakers); i++)
      {
        g_autoptr(ReadoutSpeaker) speaker = g_list_model_get_item (speakers, i);

        persons += readout_speaker_get_kind (speaker) == READOUT_SPEAKER_PERSON;
      }
    g_assert_cmpuint (persons, ==, 2);
  }
  g_assert_nonnull (ferreyra);
  g_assert_true (readout_comparison_get_statement_speaker (comparison, in_b) == ferreyra);
  g_assert_cmpstr (readout_party_get_id (readout_speaker_get_party (ferreyra)), ==, "ARG");
  g_assert_nonnull (strstr (readout_speaker_get_name (ferreyra), "Ferreyra"));
  variants = readout_comparison_get_speaker_variants (comparison, ferreyra);
  g_assert_cmpuint (g_strv_length ((char **)variants), ==, 2);
  g_assert_true (g_strv_contains (variants, "Tomás Ferreyra"));
  g_assert_true (g_strv_contains (variants, "Tomas Ferreyra"));
  /* The per-document speakers stay as they were. */
  g_assert_true (readout_statement_get_speaker (in_a) != ferreyra);

  /* Every statement keeps its document, and its key says which. */
  g_assert_cmpuint (readout_comparison_get_statement_document (comparison, in_b), ==, 1);
  g_assert_cmpstr (readout_comparison_get_document_id (comparison, 1), ==, "d2");
  g_assert_true (g_str_has_prefix (readout_comparison_get_statement_key (comparison, in_b), "d2-s"));
  g_assert_true (g_str_has_prefix (readout_comparison_get_statement_key (comparison, in_a), "d1-s"));
}

static void
test_deterministic (void)
{
  g_autoptr(ReadoutComparison) a = compare_both ();
  g_autoptr(ReadoutComparison) b = compare_both ();
  g_autoptr(JsonNode) ja = readout_comparison_to_json (a);
  g_autoptr(JsonNode) jb = readout_comparison_to_json (b);

  g_assert_true (json_node_equal (ja, jb));
}

static void
on_compared (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  ReadoutComparison **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = readout_comparison_new_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_async (void)
{
  g_autoptr(GListStore) analyses = g_list_store_new (READOUT_TYPE_ANALYSIS);
  g_autoptr(ReadoutAnalysis) a = test_util_analyse (santiago, "Santiago readout");
  g_autoptr(ReadoutComparison) comparison = NULL;

  g_list_store_append (analyses, a);
  readout_comparison_new_async (G_LIST_MODEL (analyses), NULL, on_compared, &comparison);
  /* The caller's model may change while the worker runs. */
  g_list_store_remove_all (analyses);
  while (comparison == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (readout_comparison_get_n_documents (comparison), ==, 1);
  /* One document: keys are the statements' own ids. */
  {
    g_autoptr(ReadoutStatement) st = g_list_model_get_item (readout_comparison_get_statements (comparison), 0);

    g_assert_cmpstr (readout_comparison_get_statement_key (comparison, st), ==, readout_statement_get_id (st));
  }
}

static void
test_cancelled (void)
{
  g_autoptr(GListStore) analyses = g_list_store_new (READOUT_TYPE_ANALYSIS);
  g_autoptr(ReadoutAnalysis) a = test_util_analyse (santiago, "Santiago readout");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutComparison) comparison = NULL;

  g_list_store_append (analyses, a);
  g_cancellable_cancel (cancellable);
  comparison = readout_comparison_new (G_LIST_MODEL (analyses), cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (comparison);
}

/* Topic ids are unique even when several topics have no words of their
 * own ("Norway and Chile," — only the sides' names — and "Yes,") or share
 * their strongest words, and giving them stays fast. */
static void
test_unique_ids (void)
{
  static const char * const paragraphs[] = {
    "“Norway and Chile,” said Ingrid Solberg, the Norwegian foreign minister.",
    "“Yes,” said Carlos Ibáñez, the Chilean foreign minister.",
    "“We will not accept any cut of the salmon quota,” Solberg said.",
    "“The salmon quota must be cut this year,” Ibáñez said.",
    "“Norway will answer,” Solberg said.",
    "“Chile will stand firm,” Ibáñez said.",
    NULL
  };
  g_autoptr(GListStore) analyses = g_list_store_new (READOUT_TYPE_ANALYSIS);
  g_autoptr(ReadoutAnalysis) a = test_util_analyse (paragraphs, "Quota talks");
  g_autoptr(ReadoutAnalysis) b = test_util_analyse (paragraphs, "Quota talks, again");
  g_autoptr(ReadoutComparison) comparison = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  GListModel *topics;

  g_list_store_append (analyses, a);
  g_list_store_append (analyses, b);
  comparison = readout_comparison_new (G_LIST_MODEL (analyses), NULL, &error);
  g_assert_no_error (error);
  topics = readout_comparison_get_topics (comparison);
  g_assert_cmpuint (g_list_model_get_n_items (topics), >=, 2);
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(ReadoutTopic) topic = g_list_model_get_item (topics, i);

      g_assert_false (g_hash_table_contains (ids, readout_topic_get_id (topic)));
      g_hash_table_add (ids, (gpointer)readout_topic_get_id (topic));
    }
}

/* A comparison edits its own copies: the analyses stay as the engine made
 * them, so a second comparison of them starts clean. */
static void
test_edits_stay_in_their_comparison (void)
{
  g_autoptr(ReadoutComparison) first = compare_both ();
  ReadoutStatement *st = find (first, 0, "must be cut by half");
  g_autoptr(GListStore) analyses = g_list_store_new (READOUT_TYPE_ANALYSIS);
  g_autoptr(ReadoutComparison) second = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *from = readout_comparison_get_analyses (first);

  g_assert_true (readout_comparison_set_statement_act (first, st, READOUT_ACT_AGREE));
  g_assert_true (readout_comparison_remove_statement (first, find (first, 1, "natural gas")));
  for (guint i = 0; i < g_list_model_get_n_items (from); i++)
    {
      g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (from, i);

      g_list_store_append (analyses, analysis);
    }
  second = readout_comparison_new (G_LIST_MODEL (analyses), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (readout_statement_get_act (find (second, 0, "must be cut by half")), ==, READOUT_ACT_DEMAND);
  g_assert_nonnull (find (second, 1, "natural gas"));
  g_assert_false (readout_comparison_can_undo (second));
  /* The analyses' own statements are still found through the comparison
   * (analyze's JSON asks with them). */
  {
    g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (from, 0);
    g_autoptr(ReadoutStatement) original = g_list_model_get_item (readout_analysis_get_statements (analysis), 0);

    g_assert_nonnull (readout_comparison_get_statement_topic (second, original));
  }
}

static void
test_empty (void)
{
  g_autoptr(GListStore) analyses = g_list_store_new (READOUT_TYPE_ANALYSIS);
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutComparison) comparison = readout_comparison_new (G_LIST_MODEL (analyses), NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (readout_comparison_get_topics (comparison)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (readout_comparison_get_parties (comparison)), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  readout_engine_init ();

  g_test_add_func ("/comparison/name-keys", test_name_keys);
  g_test_add_func ("/comparison/topics", test_topics);
  g_test_add_func ("/comparison/cells", test_cells);
  g_test_add_func ("/comparison/merging", test_merging);
  g_test_add_func ("/comparison/deterministic", test_deterministic);
  g_test_add_func ("/comparison/async", test_async);
  g_test_add_func ("/comparison/cancelled", test_cancelled);
  g_test_add_func ("/comparison/empty", test_empty);
  g_test_add_func ("/comparison/unique-ids", test_unique_ids);
  g_test_add_func ("/comparison/edits-stay-in-their-comparison", test_edits_stay_in_their_comparison);

  return g_test_run ();
}
