/* test-comparison-seed.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What issue 4 requires of the seed article's topics: the two sides'
 * statements on NATO's open door in one row, the descriptions of the talks
 * in another, and the row of the sanctions threat apart from both. The
 * article is read at run time (test_util_seed_path()); its passages are
 * named by hashed word runs, as in test-attribution-seed.c.
 */

#include "config.h"

#include <string.h>

#include "readout-engine.h"
#include "test-util.h"

static ReadoutComparison *seed;

static gboolean
ensure_comparison (void)
{
  g_autofree char *path = test_util_seed_path ();
  g_autoptr(ReadoutImporter) importer = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(GListStore) analyses = NULL;
  g_autoptr(ReadoutAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;

  if (seed != NULL)
    return TRUE;
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *msg = g_strdup_printf ("seed article not found at %s", path);

      g_test_skip (msg);
      return FALSE;
    }

  importer = readout_importer_new ();
  file = g_file_new_for_path (path);
  docs = readout_importer_import_file (importer, file, NULL, &error);
  g_assert_no_error (error);
  analysis = readout_analysis_new_for_document (g_ptr_array_index (docs, 0), NULL, &error);
  g_assert_no_error (error);
  analyses = g_list_store_new (READOUT_TYPE_ANALYSIS);
  g_list_store_append (analyses, analysis);
  seed = readout_comparison_new (G_LIST_MODEL (analyses), NULL, &error);
  g_assert_no_error (error);
  return TRUE;
}

typedef struct
{
  const char *hash;
  guint       n_words;
  const char *party;
} Passage;

/* The statement of @party holding the passage; fails the test when there
 * is none. */
static ReadoutStatement *
statement_of (const Passage *p)
{
  GListModel *statements = readout_comparison_get_statements (seed);

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ReadoutStatement) st = g_list_model_get_item (statements, i);
      ReadoutParty *party = readout_statement_get_party (st);

      if (party != NULL && g_str_equal (readout_party_get_id (party), p->party) &&
          test_util_has_words (readout_statement_get_text (st), p->hash, p->n_words))
        return st;   /* the comparison keeps it alive */
    }
  g_error ("no %s statement with words %s", p->party, p->hash);
  return NULL;
}

static ReadoutTopic *
topic_of (const Passage *p)
{
  return readout_comparison_get_statement_topic (seed, statement_of (p));
}

static void
log_topics (void)
{
  GListModel *topics = readout_comparison_get_topics (seed);

  for (guint t = 0; t < g_list_model_get_n_items (topics); t++)
    {
      g_autoptr(ReadoutTopic) topic = g_list_model_get_item (topics, t);

      g_test_message ("topic %s \"%s\": %u statements, %s", readout_topic_get_id (topic),
                      readout_topic_get_label (topic),
                      g_list_model_get_n_items (readout_topic_get_statements (topic)),
                      readout_relation_to_string (readout_topic_get_relation (topic)));
    }
}

static void
test_open_door (void)
{
  /* The five: the U.S. on every nation's right to choose its
   * alliances and on not letting anyone slam the open door shut; Russia's
   * "never let Ukraine … join", "wrong to make this freedom an absolute
   * one" and "legally binding guarantees of a halt to NATO enlargement". */
  static const Passage open_door[] = {
    { "3a3aedb76da308b9", 5, "USA" },
    { "255670eca58cedd3", 4, "USA" },
    { "f823bcf12d6afdd9", 5, "RUS" },
    { "b2fabfd7849a5fc2", 5, "RUS" },
    { "e3f0c61de054058c", 5, "RUS" },
  };
  static const Passage sanctions = { "3702b965b74bc650", 5, "USA" };
  ReadoutTopic *topic;

  if (!ensure_comparison ())
    return;
  log_topics ();

  topic = topic_of (&open_door[0]);
  for (guint i = 1; i < G_N_ELEMENTS (open_door); i++)
    g_assert_true (topic_of (&open_door[i]) == topic);
  g_assert_true (topic_of (&sanctions) != topic);
  g_assert_cmpint (readout_topic_get_relation (topic), ==, READOUT_RELATION_DIVERGE);
  g_assert_nonnull (strstr (readout_topic_get_label (topic), "NATO"));

  /* Both sides' cells of that row hold statements. */
  {
    GListModel *parties = readout_comparison_get_parties (seed);
    guint filled = 0;

    for (guint p = 0; p < g_list_model_get_n_items (parties); p++)
      {
        g_autoptr(ReadoutParty) party = g_list_model_get_item (parties, p);
        const char *id = readout_party_get_id (party);

        if ((g_str_equal (id, "USA") || g_str_equal (id, "RUS")) &&
            g_list_model_get_n_items (readout_comparison_get_cell (seed, topic, party)) >= 2)
          filled++;
      }
    g_assert_cmpuint (filled, ==, 2);
  }
}

static void
test_atmospherics (void)
{
  /* How each side described the talks: one row, with tone flags. */
  static const Passage russia = { "2b26d54f35125e8c", 3, "RUS" };
  static const Passage us = { "91855505fa3a77a5", 3, "USA" };
  ReadoutTopic *topic;

  if (!ensure_comparison ())
    return;

  topic = topic_of (&russia);
  g_assert_true (topic_of (&us) == topic);
  g_assert_cmpint (readout_topic_get_relation (topic), ==, READOUT_RELATION_DIVERGE);

  /* The two descriptions carry their tone flags and are characterisations. */
  g_assert_true (g_strv_contains (readout_statement_get_tone (statement_of (&russia)), "businesslike"));
  g_assert_true (g_strv_contains (readout_statement_get_tone (statement_of (&us)), "frank-and-forthright"));
  g_assert_cmpint (readout_statement_get_act (statement_of (&us)), ==, READOUT_ACT_CHARACTERIZE);
}

static void
test_rows (void)
{
  GListModel *topics;
  GListModel *parties;
  g_autoptr(ReadoutParty) first = NULL;
  g_autoptr(ReadoutParty) second = NULL;
  guint n;

  if (!ensure_comparison ())
    return;

  /* A handful of rows, not one per statement and not one for all. */
  topics = readout_comparison_get_topics (seed);
  n = g_list_model_get_n_items (topics);
  g_assert_cmpuint (n, >=, 5);
  g_assert_cmpuint (n, <=, 12);

  /* The two sides are the first two columns. */
  parties = readout_comparison_get_parties (seed);
  g_assert_cmpuint (g_list_model_get_n_items (parties), >=, 2);
  first = g_list_model_get_item (parties, 0);
  second = g_list_model_get_item (parties, 1);
  g_assert_true ((g_str_equal (readout_party_get_id (first), "USA") && g_str_equal (readout_party_get_id (second), "RUS")) ||
                 (g_str_equal (readout_party_get_id (first), "RUS") && g_str_equal (readout_party_get_id (second), "USA")));

  /* Every statement is in exactly one topic and that topic lists it. */
  {
    GListModel *statements = readout_comparison_get_statements (seed);
    guint listed = 0;

    for (guint t = 0; t < n; t++)
      {
        g_autoptr(ReadoutTopic) topic = g_list_model_get_item (topics, t);
        GListModel *members = readout_topic_get_statements (topic);

        for (guint i = 0; i < g_list_model_get_n_items (members); i++)
          {
            g_autoptr(ReadoutStatement) st = g_list_model_get_item (members, i);

            g_assert_true (readout_comparison_get_statement_topic (seed, st) == topic);
            listed++;
          }
      }
    g_assert_cmpuint (listed, ==, g_list_model_get_n_items (statements));
  }
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  readout_engine_init ();

  g_test_add_func ("/comparison-seed/open-door", test_open_door);
  g_test_add_func ("/comparison-seed/atmospherics", test_atmospherics);
  g_test_add_func ("/comparison-seed/rows", test_rows);

  status = g_test_run ();
  g_clear_object (&seed);
  return status;
}
