/* test-comparison-edit.c — the comparison's edits and their undo stack
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two short readouts the team wrote of one invented meeting between Norway
 * and Iceland on mackerel. Every edit is checked on the models a window
 * would hold (the cell stores, the topic's statements, the columns), then
 * undone and redone; a random run of edits must undo back to the exact
 * first state.
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "readout-comparison-json.h"
#include "readout-comparison-private.h"
#include "readout-engine.h"
#include "test-util.h"
#include "readout-party-directory.h"

static const char * const oslo[] = {
  "Norway and Iceland hold talks on mackerel",
  "Norwegian Foreign Minister Ingrid Dahl said the mackerel quota in the North Atlantic must be cut by a third before the next season.",
  "Icelandic Foreign Minister Gunnar Einarsson rejected the proposed mackerel quota, saying the stocks near the islands were healthy.",
  "Dahl also said Norway was ready to share data from its research vessels with Iceland.",
  "Einarsson said Iceland welcomed the offer of research data and would send scientists to Bergen.",
  "\"We will not let our fishermen pay for other people's mistakes,\" Einarsson told reporters after the meeting.",
  NULL
};

static const char * const reykjavik[] = {
  "Icelandic Foreign Minister Gunnar Einarsson said the mackerel stocks were stronger than Norway claimed.",
  "Einarsson said Iceland would not accept any cut of the mackerel quota.",
  "Dahl said Norway hoped to sign a research agreement with Iceland by the summer.",
  "The Norwegian side called the talks businesslike, according to a statement from the ministry in Oslo.",
  NULL
};

static ReadoutComparison *
compare_both (void)
{
  g_autoptr(ReadoutAnalysis) a = test_util_analyse (oslo, NULL);
  g_autoptr(ReadoutAnalysis) b = test_util_analyse (reykjavik, NULL);

  return test_util_compare (a, b, NULL);
}

static ReadoutStatement *
find (ReadoutComparison *comparison,
      guint              doc,
      const char        *words)
{
  GListModel *statements = readout_comparison_get_statements (comparison);

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ReadoutStatement) st = g_list_model_get_item (statements, i);

      /* "^words": the statement that begins so. */
      if (readout_comparison_get_statement_document (comparison, st) == doc &&
          (*words == '^' ? g_str_has_prefix (readout_statement_get_text (st), words + 1)
                         : strstr (readout_statement_get_text (st), words) != NULL))
        return st;  /* the comparison keeps it alive */
    }
  g_error ("no statement with “%s” in document %u", words, doc);
  return NULL;
}

static ReadoutParty *
party (ReadoutComparison *comparison,
       const char        *id)
{
  GListModel *parties = readout_comparison_get_parties (comparison);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(ReadoutParty) p = g_list_model_get_item (parties, i);

      if (g_strcmp0 (readout_party_get_id (p), id) == 0)
        return p;
    }
  g_error ("no column %s", id);
  return NULL;
}

static guint
position_of (GListModel *model,
             gpointer    item)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) it = g_list_model_get_item (model, i);

      if (it == item)
        return i;
    }
  return G_MAXUINT;
}

/* Everything an edit may change, in order: columns, rows with their
 * statements, every cell of every column (and the unattributed one),
 * relations, documents, the statements with their values; and the JSON. */
static char *
snapshot (ReadoutComparison *comparison)
{
  GString *out = g_string_new (NULL);
  GListModel *parties = readout_comparison_get_parties (comparison);
  GListModel *topics = readout_comparison_get_topics (comparison);
  GListModel *statements = readout_comparison_get_statements (comparison);
  guint n_parties = g_list_model_get_n_items (parties);
  g_autoptr(JsonNode) json = readout_comparison_to_json (comparison);
  g_autofree char *text = json_to_string (json, TRUE);

  for (guint p = 0; p < n_parties; p++)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (parties, p);

      g_string_append_printf (out, "column %s\n", readout_party_get_id (party));
    }
  for (guint t = 0; t < g_list_model_get_n_items (topics); t++)
    {
      g_autoptr(ReadoutTopic) topic = g_list_model_get_item (topics, t);
      GListModel *in_topic = readout_topic_get_statements (topic);

      g_string_append_printf (out, "topic %s “%s” %s docs", readout_topic_get_id (topic),
                              readout_topic_get_label (topic),
                              readout_relation_to_string (readout_topic_get_relation (topic)));
      for (guint d = 0; d < readout_comparison_get_n_documents (comparison); d++)
        if (readout_comparison_topic_in_document (comparison, topic, d))
          g_string_append_printf (out, " %u", d);
      g_string_append (out, "\n ");
      for (guint i = 0; i < g_list_model_get_n_items (in_topic); i++)
        {
          g_autoptr(ReadoutStatement) s = g_list_model_get_item (in_topic, i);

          g_string_append_printf (out, " %s", readout_comparison_get_statement_key (comparison, s));
        }
      for (guint p = 0; p <= n_parties; p++)
        {
          g_autoptr(ReadoutParty) party = p < n_parties ? g_list_model_get_item (parties, p) : NULL;
          GListModel *cell = readout_comparison_get_cell (comparison, topic, party);

          g_string_append_printf (out, "\n  cell %s:", party != NULL ? readout_party_get_id (party) : "-");
          for (guint i = 0; i < g_list_model_get_n_items (cell); i++)
            {
              g_autoptr(ReadoutStatement) s = g_list_model_get_item (cell, i);

              g_string_append_printf (out, " %s", readout_comparison_get_statement_key (comparison, s));
            }
        }
      g_string_append_c (out, '\n');
    }
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ReadoutStatement) s = g_list_model_get_item (statements, i);
      ReadoutSpeaker *speaker = readout_comparison_get_statement_speaker (comparison, s);
      ReadoutSpeaker *own = readout_statement_get_speaker (s);
      ReadoutParty *p = readout_statement_get_party (s);

      g_string_append_printf (out, "statement %s topic %s party %s act %s speaker %s/%s doc %u user %d\n",
                              readout_comparison_get_statement_key (comparison, s),
                              readout_topic_get_id (readout_comparison_get_statement_topic (comparison, s)),
                              p != NULL ? readout_party_get_id (p) : "-",
                              readout_act_to_string (readout_statement_get_act (s)),
                              speaker != NULL ? readout_speaker_get_name (speaker) : "-",
                              own != NULL ? readout_speaker_get_name (own) : "-",
                              readout_comparison_get_statement_document (comparison, s),
                              readout_statement_get_user_added (s));
    }
  g_string_append (out, text);
  return g_string_free (out, FALSE);
}

/* Counts what a window would listen to. */
typedef struct
{
  guint changed;
  guint can_undo;
  guint can_redo;
} Signals;

static void
count_changed (ReadoutComparison *comparison,
               Signals           *counts)
{
  counts->changed++;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              Signals    *counts)
{
  if (g_str_equal (pspec->name, "can-undo"))
    counts->can_undo++;
  else
    counts->can_redo++;
}

static void
watch (ReadoutComparison *comparison,
       Signals           *counts)
{
  g_signal_connect (comparison, "changed", G_CALLBACK (count_changed), counts);
  g_signal_connect (comparison, "notify::can-undo", G_CALLBACK (count_notify), counts);
  g_signal_connect (comparison, "notify::can-redo", G_CALLBACK (count_notify), counts);
}

static void
count_items_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *count)
{
  (*count)++;
}

/* Undo gives @before back exactly, redo @after, and the stack says so. */
static void
check_undo_redo (ReadoutComparison *comparison,
                 const char        *before,
                 const char        *after,
                 const char        *description)
{
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  gboolean could_redo = readout_comparison_can_redo (comparison);

  g_assert_true (readout_comparison_can_undo (comparison));
  g_assert_cmpstr (readout_comparison_get_undo_description (comparison), ==, description);
  g_assert_true (readout_comparison_undo (comparison));
  undone = snapshot (comparison);
  g_assert_cmpstr (undone, ==, before);
  g_assert_true (readout_comparison_can_redo (comparison));
  g_assert_cmpstr (readout_comparison_get_redo_description (comparison), ==, description);
  g_assert_true (readout_comparison_redo (comparison));
  redone = snapshot (comparison);
  g_assert_cmpstr (redone, ==, after);
  g_assert_cmpint (readout_comparison_can_redo (comparison), ==, could_redo);
}

static void
test_fresh (void)
{
  g_autoptr(ReadoutComparison) comparison = compare_both ();
  ReadoutStatement *dahl = find (comparison, 0, "must be cut by a third");
  ReadoutTopic *topic = readout_comparison_get_statement_topic (comparison, dahl);
  GListModel *cell = readout_comparison_get_cell (comparison, topic, party (comparison, "NOR"));
  ReadoutParty *chile = readout_party_directory_lookup_id (readout_party_directory_get_default (NULL), "CHL");

  g_assert_false (readout_comparison_can_undo (comparison));
  g_assert_false (readout_comparison_can_redo (comparison));
  g_assert_null (readout_comparison_get_undo_description (comparison));
  g_assert_false (readout_comparison_undo (comparison));
  g_assert_false (readout_comparison_redo (comparison));
  g_assert_false (readout_statement_get_user_added (dahl));
  /* Cells are the same objects every time, even empty ones. */
  g_assert_true (readout_comparison_get_cell (comparison, topic, party (comparison, "NOR")) == cell);
  g_assert_true (readout_comparison_get_cell (comparison, topic, chile) ==
                 readout_comparison_get_cell (comparison, topic, chile));
  g_assert_cmpuint (g_list_model_get_n_items (readout_comparison_get_cell (comparison, topic, chile)), ==, 0);
}

static void
test_move_to_topic (void)
{
  g_autoptr(ReadoutComparison) comparison = compare_both ();
  ReadoutStatement *vessels = find (comparison, 0, "research vessels");
  ReadoutStatement *agreement = find (comparison, 1, "^to sign a research agreement");
  ReadoutTopic *from = readout_comparison_get_statement_topic (comparison, vessels);
  ReadoutTopic *to = readout_comparison_get_statement_topic (comparison, agreement);
  ReadoutParty *nor = party (comparison, "NOR");
  GListModel *from_cell = readout_comparison_get_cell (comparison, from, nor);
  GListModel *to_cell = readout_comparison_get_cell (comparison, to, nor);
  g_autofree char *before = snapshot (comparison);
  g_autofree char *after = NULL;
  Signals counts = { 0 };
  guint from_changes = 0, to_changes = 0;

  g_assert_true (from != to);
  g_assert_cmpuint (g_list_model_get_n_items (to_cell), ==, 1);
  g_assert_cmpint (readout_topic_get_relation (from), ==, READOUT_RELATION_ONE_SIDED);
  watch (comparison, &counts);
  g_signal_connect (from_cell, "items-changed", G_CALLBACK (count_items_changed), &from_changes);
  g_signal_connect (to_cell, "items-changed", G_CALLBACK (count_items_changed), &to_changes);

  /* At the top of the cell, though it comes first in reading order too. */
  g_assert_true (readout_comparison_move_to_topic (comparison, vessels, to, 0));
  g_assert_true (readout_comparison_get_statement_topic (comparison, vessels) == to);
  g_assert_cmpuint (g_list_model_get_n_items (from_cell), ==, 0);
  g_assert_cmpuint (position_of (to_cell, vessels), ==, 0);
  g_assert_cmpuint (position_of (to_cell, agreement), ==, 1);
  g_assert_true (readout_comparison_get_cell (comparison, to, nor) == to_cell);
  g_assert_cmpuint (from_changes, ==, 1);
  g_assert_cmpuint (to_changes, ==, 1);
  /* The topic's own list stays in reading order: d1 before d2. */
  g_assert_cmpuint (position_of (readout_topic_get_statements (to), vessels), ==, 0);
  g_assert_cmpuint (position_of (readout_topic_get_statements (from), vessels), ==, G_MAXUINT);
  g_assert_true (readout_comparison_topic_in_document (comparison, to, 0));
  g_assert_false (readout_comparison_topic_in_document (comparison, from, 0));
  /* The emptied row stays. */
  g_assert_cmpuint (position_of (readout_comparison_get_topics (comparison), from), !=, G_MAXUINT);
  g_assert_cmpuint (counts.changed, ==, 1);
  g_assert_cmpuint (counts.can_undo, ==, 1);
  g_assert_cmpuint (counts.can_redo, ==, 0);
  g_assert_cmpstr (readout_comparison_get_undo_description (comparison), ==, "Move Statement");

  /* Nothing to do, or nowhere to go: refused, nothing recorded. */
  g_assert_false (readout_comparison_move_to_topic (comparison, vessels, to, 0));
  g_assert_false (readout_comparison_move_to_topic (comparison, vessels, NULL, 0));
  g_assert_false (readout_comparison_move_to_topic (comparison, vessels, to, -5));
  g_assert_cmpuint (counts.changed, ==, 1);

  /* -1: the end of the cell. */
  g_assert_true (readout_comparison_move_to_topic (comparison, vessels, to, -1));
  g_assert_cmpuint (position_of (to_cell, vessels), ==, 1);
  g_assert_false (readout_comparison_move_to_topic (comparison, vessels, to, 7));
  g_assert_true (readout_comparison_undo (comparison));
  g_assert_cmpuint (position_of (to_cell, vessels), ==, 0);
  after = snapshot (comparison);

  check_undo_redo (comparison, before, after, "Move Statement");
  g_assert_true (readout_comparison_undo (comparison));
  g_assert_cmpuint (position_of (from_cell, vessels), ==, 0);
  g_assert_cmpuint (from_changes, ==, 4);
  /* Two moves, an undo, then undo, redo, undo. */
  g_assert_cmpuint (counts.changed, ==, 6);
  g_assert_false (readout_comparison_can_undo (comparison));
  g_assert_cmpuint (counts.can_undo, ==, 4);   /* only when it changes */
}

/* A drag onto another row and another column: one command. */
static void
test_move_statement (void)
{
  g_autoptr(ReadoutComparison) comparison = compare_both ();
  ReadoutStatement *healthy = find (comparison, 0, "were healthy");
  ReadoutStatement *demand = find (comparison, 0, "must be cut by a third");
  ReadoutTopic *stocks = readout_comparison_get_statement_topic (comparison, healthy);
  ReadoutTopic *quota = readout_comparison_get_statement_topic (comparison, demand);
  ReadoutParty *nor = party (comparison, "NOR");
  GListModel *target = readout_comparison_get_cell (comparison, quota, nor);
  g_autofree char *before = snapshot (comparison);
  g_autofree char *after = NULL;
  Signals counts = { 0 };

  watch (comparison, &counts);
  g_assert_false (readout_comparison_move_statement (comparison, healthy, stocks, party (comparison, "ISL"), 1));
  g_assert_false (readout_comparison_move_statement (comparison, healthy, NULL, nor, 0));
  g_assert_true (readout_comparison_move_statement (comparison, healthy, quota, nor, 0));
  g_assert_cmpuint (counts.changed, ==, 1);
  g_assert_true (readout_statement_get_party (healthy) == nor);
  g_assert_true (readout_comparison_get_statement_topic (comparison, healthy) == quota);
  g_assert_cmpuint (position_of (target, healthy), ==, 0);
  g_assert_cmpuint (position_of (target, demand), ==, 1);
  /* In its own cell, a position is a reorder. */
  g_assert_true (readout_comparison_move_statement (comparison, healthy, quota, nor, -1));
  g_assert_cmpuint (position_of (target, healthy), ==, 1);
  g_assert_true (readout_comparison_undo (comparison));
  after = snapshot (comparison);
  check_undo_redo (comparison, before, after, "Move Statement");
  g_assert_true (readout_comparison_undo (comparison));
  g_assert_false (readout_comparison_can_undo (comparison));
  {
    g_autofree char *back = snapshot (comparison);

    g_assert_cmpstr (back, ==, before);
  }
}

static void
count_notify_party (GObject    *object,
                    GParamSpec *pspec,
                    guint      *count)
{
  (*count)++;
}

static void
test_set_party (void)
{
  g_autoptr(ReadoutComparison) comparison = compare_both ();
  ReadoutStatement *reject = find (comparison, 1, "would not accept any cut");
  ReadoutTopic *quota = readout_comparison_get_statement_topic (comparison, reject);
  ReadoutParty *isl = party (comparison, "ISL");
  ReadoutParty *nor = party (comparison, "NOR");
  GListModel *isl_cell = readout_comparison_get_cell (comparison, quota, isl);
  GListModel *nor_cell = readout_comparison_get_cell (comparison, quota, nor);
  GListModel *columns = readout_comparison_get_parties (comparison);
  ReadoutPartyDirectory *directory = readout_party_directory_get_default (NULL);
  g_autofree char *before = snapshot (comparison);
  g_autofree char *after = NULL;
  guint notified = 0;

  g_assert_cmpint (readout_topic_get_relation (quota), ==, READOUT_RELATION_DIVERGE);
  g_signal_connect (reject, "notify::party", G_CALLBACK (count_notify_party), &notified);

  /* Both statements of the row from Norway: one side only now. */
  g_assert_true (readout_comparison_set_statement_party (comparison, reject, nor));
  g_assert_true (readout_statement_get_party (reject) == nor);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (isl_cell), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (nor_cell), ==, 2);
  g_assert_cmpuint (position_of (nor_cell, reject), ==, 1);   /* reading order: d2 after d1 */
  g_assert_cmpint (readout_topic_get_relation (quota), ==, READOUT_RELATION_ONE_SIDED);
  g_assert_false (readout_comparison_set_statement_party (comparison, reject, nor));
  after = snapshot (comparison);
  check_undo_redo (comparison, before, after, "Change Party");
  g_assert_true (readout_comparison_undo (comparison));
  g_assert_cmpint (readout_topic_get_relation (quota), ==, READOUT_RELATION_DIVERGE);
  g_assert_cmpuint (notified, ==, 4);

  /* A party without a column gets one, at the end; undo takes it away. */
  {
    ReadoutParty *faroe = readout_party_directory_lookup_id (directory, "DNK");
    GListModel *dnk_cell = readout_comparison_get_cell (comparison, quota, faroe);

    g_assert_nonnull (faroe);
    g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 2);
    g_assert_true (readout_comparison_set_statement_party (comparison, reject, faroe));
    g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 3);
    g_assert_cmpuint (position_of (columns, faroe), ==, 2);
    g_assert_true (readout_comparison_get_cell (comparison, quota, faroe) == dnk_cell);
    g_assert_cmpuint (position_of (dnk_cell, reject), ==, 0);
    /* No party: the unattributed cell. */
    g_assert_true (readout_comparison_set_statement_party (comparison, reject, NULL));
    g_assert_cmpuint (position_of (readout_comparison_get_cell (comparison, quota, NULL), reject), ==, 0);
    /* The column stays when its last statement leaves. */
    g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 3);
    g_assert_true (readout_comparison_undo (comparison));
    g_assert_true (readout_comparison_undo (comparison));
    g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 2);
    g_assert_cmpuint (g_list_model_get_n_items (dnk_cell), ==, 0);
  }
  {
    g_autofree char *back = snapshot (comparison);

    g_assert_cmpstr (back, ==, before);
  }
}

static void
test_reorder (void)
{
  g_autoptr(ReadoutComparison) comparison = compare_both ();
  ReadoutStatement *proposed = find (comparison, 0, "the proposed mackerel quota");
  ReadoutStatement *healthy = find (comparison, 0, "were healthy");
  ReadoutStatement *stronger = find (comparison, 1, "were stronger");
  ReadoutTopic *stocks = readout_comparison_get_statement_topic (comparison, proposed);
  GListModel *cell = readout_comparison_get_cell (comparison, stocks, party (comparison, "ISL"));
  g_autofree char *before = snapshot (comparison);
  g_autofree char *after = NULL;
  guint changes = 0;

  g_assert_cmpuint (g_list_model_get_n_items (cell), ==, 3);
  g_assert_cmpuint (position_of (cell, proposed), ==, 0);
  g_signal_connect (cell, "items-changed", G_CALLBACK (count_items_changed), &changes);

  g_assert_false (readout_comparison_reorder_in_cell (comparison, proposed, -1));
  g_assert_false (readout_comparison_reorder_in_cell (comparison, proposed, 0));
  g_assert_false (readout_comparison_reorder_in_cell (comparison, stronger, 3));
  g_assert_cmpuint (changes, ==, 0);
  /* Clamped to the cell. */
  g_assert_true (readout_comparison_reorder_in_cell (comparison, proposed, 10));
  g_assert_cmpuint (position_of (cell, proposed), ==, 2);
  g_assert_cmpuint (position_of (cell, healthy), ==, 0);
  g_assert_cmpuint (changes, ==, 2);
  /* The row's own list keeps reading order. */
  g_assert_cmpuint (position_of (readout_topic_get_statements (stocks), proposed), ==, 0);
  after = snapshot (comparison);
  g_assert_cmpstr (after, !=, before);
  check_undo_redo (comparison, before, after, "Move Statement");
  g_assert_true (readout_comparison_reorder_in_cell (comparison, proposed, -1));
  g_assert_cmpuint (position_of (cell, proposed), ==, 1);
}

static void
test_act (void)
{
  g_autoptr(ReadoutComparison) comparison = compare_both ();
  ReadoutStatement *reject = find (comparison, 1, "would not accept any cut");
  ReadoutStatement *demand = find (comparison, 0, "must be cut by a third");
  ReadoutTopic *quota = readout_comparison_get_statement_topic (comparison, reject);
  g_autofree char *before = snapshot (comparison);
  g_autofree char *after = NULL;
  guint notified = 0;

  g_signal_connect (reject, "notify::act", G_CALLBACK (count_notify_party), &notified);
  g_assert_false (readout_comparison_set_statement_act (comparison, reject, READOUT_ACT_REJECT));
  g_assert_false (readout_comparison_set_statement_act (comparison, reject, READOUT_N_ACTS));
  g_assert_false (readout_comparison_can_undo (comparison));

  /* "would not accept" is negated: as a rejection it counts as
   * cooperative, so with Norway cooperating too the row converges; as a
   * negated agreement it clashes again. */
  g_assert_true (readout_statement_get_mode (reject) & READOUT_ACT_MODE_NEGATED);
  g_assert_true (readout_comparison_set_statement_act (comparison, demand, READOUT_ACT_COOPERATE));
  g_assert_cmpint (readout_topic_get_relation (quota), ==, READOUT_RELATION_CONVERGE);
  g_assert_true (readout_comparison_set_statement_act (comparison, reject, READOUT_ACT_AGREE));
  g_assert_cmpint (readout_statement_get_act (reject), ==, READOUT_ACT_AGREE);
  g_assert_cmpint (readout_topic_get_relation (quota), ==, READOUT_RELATION_DIVERGE);
  g_assert_cmpuint (notified, ==, 1);
  after = snapshot (comparison);
  g_assert_true (readout_comparison_undo (comparison));
  g_assert_cmpint (readout_topic_get_relation (quota), ==, READOUT_RELATION_CONVERGE);
  g_assert_true (readout_comparison_undo (comparison));
  g_assert_cmpint (readout_topic_get_relation (quota), ==, READOUT_RELATION_DIVERGE);
  g_assert_cmpint (readout_statement_get_act (reject), ==, READOUT_ACT_REJECT);
  g_assert_cmpuint (notified, ==, 2);
  {
    g_autofree char *back = snapshot (comparison);

    g_assert_cmpstr (back, ==, before);
  }
  g_assert_true (readout_comparison_redo (comparison));
  g_assert_true (readout_comparison_redo (comparison));
  {
    g_autofree char *again = snapshot (comparison);

    g_assert_cmpstr (again, ==, after);
  }
  g_assert_cmpstr (readout_comparison_get_undo_description (comparison), ==, "Change Act");
}

static ReadoutSpeaker *
speaker_named (ReadoutComparison *comparison,
               const char        *name)
{
  GListModel *speakers = readout_comparison_get_speakers (comparison);

  for (guint i = 0; i < g_list_model_get_n_items (speakers); i++)
    {
      g_autoptr(ReadoutSpeaker) s = g_list_model_get_item (speakers, i);

      if (g_strcmp0 (readout_speaker_get_name (s), name) == 0)
        return s;
    }
  g_error ("no speaker %s", name);
  return NULL;
}

static void
test_speaker (void)
{
  g_autoptr(ReadoutComparison) comparison = compare_both ();
  ReadoutStatement *businesslike = find (comparison, 1, "businesslike");
  ReadoutStatement *healthy = find (comparison, 0, "were healthy");
  ReadoutTopic *talks = readout_comparison_get_statement_topic (comparison, businesslike);
  ReadoutSpeaker *dahl = speaker_named (comparison, "Ingrid Dahl");
  ReadoutSpeaker *einarsson = speaker_named (comparison, "Gunnar Einarsson");
  ReadoutSpeaker *own = readout_statement_get_speaker (healthy);
  ReadoutParty *nor = party (comparison, "NOR");
  g_autoptr(ReadoutSpeaker) stranger = NULL;
  g_autofree char *before = snapshot (comparison);
  g_autofree char *after = NULL;
  guint notified = 0;

  g_assert_null (readout_comparison_get_statement_speaker (comparison, businesslike));
  g_assert_null (readout_statement_get_party (businesslike));
  g_signal_connect (businesslike, "notify::speaker", G_CALLBACK (count_notify_party), &notified);

  /* Dahl speaks for Norway: the statement moves to Norway's column too. */
  g_assert_true (readout_comparison_set_statement_speaker (comparison, businesslike, dahl));
  g_assert_true (readout_comparison_get_statement_speaker (comparison, businesslike) == dahl);
  g_assert_true (readout_statement_get_speaker (businesslike) == dahl);
  g_assert_true (readout_statement_get_party (businesslike) == nor);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (position_of (readout_comparison_get_cell (comparison, talks, nor), businesslike), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (readout_comparison_get_cell (comparison, talks, NULL)), ==, 0);
  g_assert_cmpint (readout_topic_get_relation (talks), ==, READOUT_RELATION_DIVERGE);
  g_assert_false (readout_comparison_set_statement_speaker (comparison, businesslike, dahl));
  after = snapshot (comparison);
  check_undo_redo (comparison, before, after, "Change Speaker");

  /* Speakers come from the comparison only. */
  stranger = g_object_new (READOUT_TYPE_SPEAKER, NULL);
  g_assert_false (readout_comparison_set_statement_speaker (comparison, healthy, stranger));
  /* Picking the speaker it has already changes nothing. */
  g_assert_false (readout_comparison_set_statement_speaker (comparison, healthy, einarsson));

  /* Taking the speaker away keeps the party; undo gives the statement
   * its own per-document speaker back. */
  g_assert_true (readout_comparison_set_statement_speaker (comparison, healthy, NULL));
  g_assert_null (readout_statement_get_speaker (healthy));
  g_assert_nonnull (readout_statement_get_party (healthy));
  g_assert_true (readout_comparison_undo (comparison));
  g_assert_true (readout_statement_get_speaker (healthy) == own);
  g_assert_true (readout_comparison_get_statement_speaker (comparison, healthy) == einarsson);
  g_assert_true (readout_comparison_undo (comparison));
  {
    g_autofree char *back = snapshot (comparison);

    g_assert_cmpstr (back, ==, before);
  }
}

static void
test_rename (void)
{
  g_autoptr(ReadoutComparison) comparison = compare_both ();
  ReadoutTopic *topic = readout_comparison_get_statement_topic (comparison, find (comparison, 0, "research vessels"));
  g_autofree char *label = g_strdup (readout_topic_get_label (topic));
  g_autofree char *before = snapshot (comparison);
  g_autofree char *after = NULL;
  guint notified = 0;

  g_signal_connect (topic, "notify::label", G_CALLBACK (count_notify_party), &notified);
  g_assert_false (readout_comparison_rename_topic (comparison, topic, "   "));
  g_assert_false (readout_comparison_rename_topic (comparison, topic, NULL));
  g_assert_false (readout_comparison_rename_topic (comparison, topic, label));
  g_assert_true (readout_comparison_rename_topic (comparison, topic, "  Research data  "));
  g_assert_cmpstr (readout_topic_get_label (topic), ==, "Research data");
  g_assert_cmpuint (notified, ==, 1);
  after = snapshot (comparison);
  check_undo_redo (comparison, before, after, "Rename Topic");
  g_assert_cmpuint (notified, ==, 3);
  g_assert_true (readout_comparison_undo (comparison));
  g_assert_cmpstr (readout_topic_get_label (topic), ==, label);
}

static void
test_merge (void)
{
  g_autoptr(ReadoutComparison) comparison = compare_both ();
  ReadoutTopic *vessels = readout_comparison_get_statement_topic (comparison, find (comparison, 0, "research vessels"));
  ReadoutTopic *agreement = readout_comparison_get_statement_topic (comparison, find (comparison, 1, "research agreement"));
  ReadoutTopic *bergen = readout_comparison_get_statement_topic (comparison, find (comparison, 0, "Bergen"));
  GListModel *topics = readout_comparison_get_topics (comparison);
  GListModel *nor_cell = readout_comparison_get_cell (comparison, vessels, party (comparison, "NOR"));
  guint n = g_list_model_get_n_items (topics);
  guint at = position_of (topics, agreement);
  g_autofree char *before = snapshot (comparison);
  g_autofree char *after = NULL;
  guint changes = 0;

  g_signal_connect (topics, "items-changed", G_CALLBACK (count_items_changed), &changes);
  g_assert_false (readout_comparison_merge_topics (comparison, vessels, vessels));
  g_assert_false (readout_comparison_merge_topics (comparison, vessels, NULL));

  /* Norway's research data: the vessels and the agreement in one row,
   * d2's statements after d1's, Iceland's offer of Bergen after that. */
  g_assert_true (readout_comparison_merge_topics (comparison, vessels, agreement));
  g_assert_cmpuint (g_list_model_get_n_items (topics), ==, n - 1);
  g_assert_cmpuint (position_of (topics, agreement), ==, G_MAXUINT);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (readout_topic_get_statements (vessels)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (readout_topic_get_statements (agreement)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (nor_cell), ==, 2);
  g_assert_true (readout_comparison_get_statement_topic (comparison, find (comparison, 1, "research agreement")) == vessels);
  g_assert_true (readout_comparison_topic_in_document (comparison, vessels, 1));
  /* A merged row is no longer a place to move to or merge. */
  g_assert_false (readout_comparison_merge_topics (comparison, vessels, agreement));
  g_assert_false (readout_comparison_move_to_topic (comparison, find (comparison, 0, "Bergen"), agreement, -1));
  g_assert_true (readout_comparison_merge_topics (comparison, vessels, bergen));
  g_assert_cmpint (readout_topic_get_relation (vessels), ==, READOUT_RELATION_CONVERGE);
  g_assert_true (readout_comparison_undo (comparison));
  after = snapshot (comparison);
  check_undo_redo (comparison, before, after, "Merge Topics");
  g_assert_true (readout_comparison_undo (comparison));
  g_assert_cmpuint (position_of (topics, agreement), ==, at);
  g_assert_cmpuint (g_list_model_get_n_items (nor_cell), ==, 1);
}

static void
test_add_topic (void)
{
  g_autoptr(ReadoutComparison) comparison = compare_both ();
  GListModel *topics = readout_comparison_get_topics (comparison);
  guint n = g_list_model_get_n_items (topics);
  g_autofree char *before = snapshot (comparison);
  g_autofree char *after = NULL;
  ReadoutTopic *added, *second;
  ReadoutStatement *vessels = find (comparison, 0, "research vessels");

  added = readout_comparison_add_topic (comparison, "Science");
  g_assert_nonnull (added);
  g_assert_cmpuint (position_of (topics, added), ==, n);
  g_assert_cmpstr (readout_topic_get_label (added), ==, "Science");
  g_assert_cmpuint (g_list_model_get_n_items (readout_topic_get_statements (added)), ==, 0);
  g_assert_cmpint (readout_topic_get_relation (added), ==, READOUT_RELATION_ONE_SIDED);
  after = snapshot (comparison);
  check_undo_redo (comparison, before, after, "Add Topic");
  g_assert_true (readout_comparison_move_to_topic (comparison, vessels, added, -1));
  g_assert_true (readout_comparison_topic_in_document (comparison, added, 0));
  second = readout_comparison_add_topic (comparison, NULL);
  g_assert_cmpstr (readout_topic_get_label (second), ==, "New Topic");
  g_assert_cmpstr (readout_topic_get_id (second), !=, readout_topic_get_id (added));
  g_assert_true (readout_comparison_undo (comparison));
  g_assert_true (readout_comparison_undo (comparison));
  g_assert_true (readout_comparison_undo (comparison));
  {
    g_autofree char *back = snapshot (comparison);

    g_assert_cmpstr (back, ==, before);
  }
}

/* Code points of @words in document @doc's text. */
static void
span_of (ReadoutComparison *comparison,
         guint              doc,
         const char        *words,
         guint             *start,
         guint             *end)
{
  g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (readout_comparison_get_analyses (comparison), doc);
  const char *text = readout_document_get_text (readout_analysis_get_document (analysis));
  const char *at = strstr (text, words);

  g_assert_nonnull (at);
  *start = g_utf8_pointer_to_offset (text, at);
  *end = *start + g_utf8_strlen (words, -1);
}

static void
test_add_statement (void)
{
  g_autoptr(ReadoutComparison) comparison = compare_both ();
  GListModel *statements = readout_comparison_get_statements (comparison);
  GListModel *topics = readout_comparison_get_topics (comparison);
  ReadoutParty *nor = party (comparison, "NOR");
  ReadoutParty *isl = party (comparison, "ISL");
  ReadoutStatement *first = find (comparison, 0, "must be cut by a third");
  ReadoutTopic *quota = readout_comparison_get_statement_topic (comparison, first);
  ReadoutTopic *talks = readout_comparison_get_statement_topic (comparison, find (comparison, 0, "our fishermen"));
  guint n = g_list_model_get_n_items (statements);
  guint n_topics = g_list_model_get_n_items (topics);
  g_autofree char *before = snapshot (comparison);
  g_autofree char *after = NULL;
  ReadoutStatement *headline, *quote;
  guint start, end;

  /* The headline, before every statement of d1: first in every list. */
  span_of (comparison, 0, "Norway and Iceland hold talks", &start, &end);
  headline = readout_comparison_add_statement (comparison, 0, start, end + 1, nor, quota);
  g_assert_nonnull (headline);
  g_assert_true (readout_statement_get_user_added (headline));
  g_assert_cmpstr (readout_statement_get_id (headline), ==, "u1");
  g_assert_cmpstr (readout_comparison_get_statement_key (comparison, headline), ==, "d1-u1");
  g_assert_cmpstr (readout_statement_get_text (headline), ==, "Norway and Iceland hold talks");   /* the space trimmed */
  g_assert_cmpint (readout_statement_get_kind (headline), ==, READOUT_STATEMENT_INDIRECT);
  g_assert_cmpuint (readout_statement_get_block (headline), ==, 0);
  g_assert_true (readout_statement_get_party (headline) == nor);
  g_assert_cmpuint (g_list_model_get_n_items (statements), ==, n + 1);
  g_assert_cmpuint (position_of (statements, headline), ==, 0);
  g_assert_cmpuint (position_of (readout_topic_get_statements (quota), headline), ==, 0);
  g_assert_cmpuint (position_of (readout_comparison_get_cell (comparison, quota, nor), headline), ==, 0);
  g_assert_true (readout_comparison_get_statement_topic (comparison, headline) == quota);
  g_assert_cmpuint (readout_comparison_get_statement_document (comparison, headline), ==, 0);
  after = snapshot (comparison);
  check_undo_redo (comparison, before, after, "Add Statement");

  /* Inside the quotation marks: a direct quote, in a new row. */
  span_of (comparison, 0, "our fishermen pay", &start, &end);
  quote = readout_comparison_add_statement (comparison, 0, start, end, isl, NULL);
  g_assert_nonnull (quote);
  g_assert_cmpint (readout_statement_get_kind (quote), ==, READOUT_STATEMENT_DIRECT);
  g_assert_cmpstr (readout_statement_get_id (quote), ==, "u2");
  g_assert_cmpuint (g_list_model_get_n_items (topics), ==, n_topics + 1);
  g_assert_true (readout_comparison_get_statement_topic (comparison, quote) != talks);
  g_assert_cmpuint (position_of (topics, readout_comparison_get_statement_topic (comparison, quote)), ==, n_topics);
  g_assert_cmpuint (position_of (statements, quote), ==, position_of (statements, find (comparison, 0, "We will not")) + 1);
  /* One undo takes the statement and its new row. */
  g_assert_true (readout_comparison_undo (comparison));
  g_assert_cmpuint (g_list_model_get_n_items (topics), ==, n_topics);

  /* The whole quote with its marks is the engine's statement already. */
  span_of (comparison, 0, "We will not let our fishermen pay for other people's mistakes,", &start, &end);
  g_assert_null (readout_comparison_add_statement (comparison, 0, start - 1, end + 1, isl, talks));
  /* Outside the text, empty, or only spaces; a merged-away topic. */
  g_assert_null (readout_comparison_add_statement (comparison, 2, 0, 4, NULL, NULL));
  g_assert_null (readout_comparison_add_statement (comparison, 0, 10, 10, NULL, NULL));
  g_assert_null (readout_comparison_add_statement (comparison, 0, 0, 100000, NULL, NULL));
  span_of (comparison, 0, "mackerel", &start, &end);
  g_assert_null (readout_comparison_add_statement (comparison, 0, end, end + 1, NULL, NULL));
  g_assert_true (readout_comparison_can_redo (comparison));

  /* Ids are never reused. */
  span_of (comparison, 1, "stronger than Norway claimed", &start, &end);
  quote = readout_comparison_add_statement (comparison, 1, start, end, NULL, NULL);
  g_assert_cmpstr (readout_comparison_get_statement_key (comparison, quote), ==, "d2-u3");
  g_assert_false (readout_comparison_can_redo (comparison));
  g_assert_true (readout_comparison_get_statement_topic (comparison, quote) != NULL);
  g_assert_cmpuint (g_list_model_get_n_items (readout_comparison_get_cell (comparison,
                                                                          readout_comparison_get_statement_topic (comparison, quote),
                                                                          NULL)), ==, 1);
}

static void
test_remove (void)
{
  g_autoptr(ReadoutComparison) comparison = compare_both ();
  ReadoutStatement *healthy = find (comparison, 0, "were healthy");
  ReadoutTopic *stocks = readout_comparison_get_statement_topic (comparison, healthy);
  ReadoutParty *isl = party (comparison, "ISL");
  GListModel *cell = readout_comparison_get_cell (comparison, stocks, isl);
  GListModel *statements = readout_comparison_get_statements (comparison);
  guint at = position_of (statements, healthy);
  g_autofree char *before = snapshot (comparison);
  g_autofree char *after = NULL;
  gpointer alive = healthy;
  Signals counts = { 0 };

  watch (comparison, &counts);
  g_object_add_weak_pointer (G_OBJECT (healthy), &alive);
  g_assert_true (readout_comparison_remove_statement (comparison, healthy));
  /* Kept alive by the command, for undo. */
  g_assert_nonnull (alive);
  g_assert_cmpuint (position_of (statements, healthy), ==, G_MAXUINT);
  g_assert_cmpuint (position_of (cell, healthy), ==, G_MAXUINT);
  g_assert_cmpuint (position_of (readout_topic_get_statements (stocks), healthy), ==, G_MAXUINT);
  g_assert_null (readout_comparison_get_statement_topic (comparison, healthy));
  g_assert_null (readout_comparison_get_statement_key (comparison, healthy));
  g_assert_false (readout_comparison_remove_statement (comparison, healthy));
  g_assert_false (readout_comparison_set_statement_act (comparison, healthy, READOUT_ACT_AGREE));
  g_assert_cmpstr (readout_comparison_get_undo_description (comparison), ==, "Delete Statement");
  after = snapshot (comparison);
  check_undo_redo (comparison, before, after, "Delete Statement");
  g_assert_true (readout_comparison_undo (comparison));
  g_assert_cmpuint (position_of (statements, healthy), ==, at);
  g_assert_cmpuint (position_of (cell, healthy), ==, 1);
  g_assert_cmpuint (counts.changed, ==, 4);
  g_assert_cmpuint (counts.can_redo, ==, 3);

  /* A new edit drops the redo list, and says so. */
  g_assert_true (readout_comparison_can_redo (comparison));
  g_assert_true (readout_comparison_set_statement_act (comparison, healthy, READOUT_ACT_AGREE));
  g_assert_false (readout_comparison_can_redo (comparison));
  g_assert_cmpuint (counts.can_redo, ==, 4);
  g_assert_false (readout_comparison_redo (comparison));
  g_object_remove_weak_pointer (G_OBJECT (healthy), &alive);
}

/* A random edit; TRUE if the comparison took it. */
static gboolean
random_edit (ReadoutComparison *comparison,
             GRand             *rand)
{
  GListModel *statements = readout_comparison_get_statements (comparison);
  GListModel *topics = readout_comparison_get_topics (comparison);
  GListModel *parties = readout_comparison_get_parties (comparison);
  GListModel *speakers = readout_comparison_get_speakers (comparison);
  guint n_statements = g_list_model_get_n_items (statements);
  g_autoptr(ReadoutStatement) st = n_statements > 0
                                   ? g_list_model_get_item (statements, g_rand_int_range (rand, 0, n_statements))
                                   : NULL;
  g_autoptr(ReadoutTopic) topic = g_list_model_get_item (topics, g_rand_int_range (rand, 0, g_list_model_get_n_items (topics)));
  g_autoptr(ReadoutTopic) other = g_list_model_get_item (topics, g_rand_int_range (rand, 0, g_list_model_get_n_items (topics)));
  guint n_parties = g_list_model_get_n_items (parties);
  guint k = g_rand_int_range (rand, 0, n_parties + 1);
  g_autoptr(ReadoutParty) party = k < n_parties ? g_list_model_get_item (parties, k) : NULL;

  if (st == NULL)
    return FALSE;
  switch (g_rand_int_range (rand, 0, 11))
    {
    case 0:
      return readout_comparison_move_to_topic (comparison, st, topic, g_rand_int_range (rand, -1, 3));
    case 1:
      return readout_comparison_set_statement_party (comparison, st, party);
    case 2:
      return readout_comparison_reorder_in_cell (comparison, st, g_rand_int_range (rand, -2, 3));
    case 3:
      return readout_comparison_set_statement_act (comparison, st, g_rand_int_range (rand, 0, READOUT_N_ACTS));
    case 4:
      {
        guint n = g_list_model_get_n_items (speakers);
        guint i = g_rand_int_range (rand, 0, n + 1);
        g_autoptr(ReadoutSpeaker) speaker = i < n ? g_list_model_get_item (speakers, i) : NULL;

        return readout_comparison_set_statement_speaker (comparison, st, speaker);
      }
    case 5:
      {
        g_autofree char *label = g_strdup_printf ("Row %u", g_rand_int_range (rand, 0, 5));

        return readout_comparison_rename_topic (comparison, topic, label);
      }
    case 6:
      /* Rarely, so that rows remain. */
      return g_rand_int_range (rand, 0, 3) == 0 && readout_comparison_merge_topics (comparison, topic, other);
    case 7:
      return readout_comparison_add_topic (comparison, "Extra") != NULL;
    case 8:
      {
        guint doc = g_rand_int_range (rand, 0, 2);
        g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (readout_comparison_get_analyses (comparison), doc);
        guint length = readout_document_get_length (readout_analysis_get_document (analysis));
        guint start = g_rand_int_range (rand, 0, length - 1);
        guint end = MIN (length, start + g_rand_int_range (rand, 1, 40));

        return readout_comparison_add_statement (comparison, doc, start, end, party,
                                                 g_rand_boolean (rand) ? topic : NULL) != NULL;
      }
    case 9:
      return n_statements > 4 && readout_comparison_remove_statement (comparison, st);
    default:
      return readout_comparison_move_statement (comparison, st, topic, party, g_rand_int_range (rand, -1, 3));
    }
}

static void
test_random (void)
{
  g_autoptr(ReadoutComparison) comparison = compare_both ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261127);
  g_autofree char *initial = snapshot (comparison);
  g_autofree char *final = NULL;
  guint done = 0, tries = 0;

  while (done < 200)
    {
      g_assert_cmpuint (++tries, <, 5000);
      if (random_edit (comparison, rand))
        done++;
    }
  final = snapshot (comparison);
  g_assert_cmpstr (final, !=, initial);
  for (guint i = 0; i < 200; i++)
    g_assert_true (readout_comparison_undo (comparison));
  g_assert_false (readout_comparison_can_undo (comparison));
  {
    g_autofree char *back = snapshot (comparison);

    g_assert_cmpstr (back, ==, initial);
  }
  for (guint i = 0; i < 200; i++)
    g_assert_true (readout_comparison_redo (comparison));
  g_assert_false (readout_comparison_can_redo (comparison));
  {
    g_autofree char *again = snapshot (comparison);

    g_assert_cmpstr (again, ==, final);
  }
  /* Halfway back, a new edit, then all the way. */
  for (guint i = 0; i < 100; i++)
    g_assert_true (readout_comparison_undo (comparison));
  while (!random_edit (comparison, rand))
    ;
  for (guint i = 0; i < 101; i++)
    g_assert_true (readout_comparison_undo (comparison));
  {
    g_autofree char *back = snapshot (comparison);

    g_assert_cmpstr (back, ==, initial);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  readout_engine_init ();

  g_test_add_func ("/comparison-edit/fresh", test_fresh);
  g_test_add_func ("/comparison-edit/move-to-topic", test_move_to_topic);
  g_test_add_func ("/comparison-edit/move-statement", test_move_statement);
  g_test_add_func ("/comparison-edit/set-party", test_set_party);
  g_test_add_func ("/comparison-edit/reorder", test_reorder);
  g_test_add_func ("/comparison-edit/act", test_act);
  g_test_add_func ("/comparison-edit/speaker", test_speaker);
  g_test_add_func ("/comparison-edit/rename", test_rename);
  g_test_add_func ("/comparison-edit/merge", test_merge);
  g_test_add_func ("/comparison-edit/add-topic", test_add_topic);
  g_test_add_func ("/comparison-edit/add-statement", test_add_statement);
  g_test_add_func ("/comparison-edit/remove", test_remove);
  g_test_add_func ("/comparison-edit/random", test_random);

  return g_test_run ();
}
