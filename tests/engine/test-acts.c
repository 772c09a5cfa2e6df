/* test-acts.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Speech acts, modes and targets of statements in invented wire-style
 * sentences, each analysed as a document of its own: the act combines the
 * cue ("rejected", "said") with the content ("has no plans to",
 * "must never"); see docs/acts.md.
 */

#include "config.h"

#include <string.h>

#include "readout-engine.h"

#define M_NEGATED     READOUT_ACT_MODE_NEGATED
#define M_CONDITIONAL READOUT_ACT_MODE_CONDITIONAL
#define M_FUTURE      READOUT_ACT_MODE_FUTURE

typedef struct
{
  const char *text;
  const char *fragment;   /* a piece of the statement's text that identifies it */
  ReadoutAct  act;
  guint       mode;       /* ReadoutActMode, exactly */
  const char *targets;    /* party ids in order, comma-separated; "" none; NULL unchecked */
} Case;

static const Case cases[] = {
    { "Beijing denies it is planning to blockade Taiwan.",
      "planning to blockade", READOUT_ACT_DENY, M_NEGATED | M_FUTURE, "TWN" },
    { "Belarus has no plans to send troops into Lithuania, Belarusian Defense Minister Viktor Khrenin said on Tuesday.",
      "no plans to send", READOUT_ACT_DENY, M_NEGATED, "LTU" },
    { "Britain and France have threatened to impose tough sanctions on Russia if it invades Ukraine.",
      "to impose tough sanctions", READOUT_ACT_THREATEN, M_CONDITIONAL, "RUS,UKR" },
    { "Russia is insisting on written guarantees that NATO will stop expanding eastward.",
      "written guarantees", READOUT_ACT_DEMAND, 0, "NATO" },
    { "Armenia has rejected accusations that it shelled villages along the border.",
      "accusations that", READOUT_ACT_REJECT, 0, "" },
    { "Ankara said NATO must never let Sweden join the alliance before it extradites the suspects.",
      "must never let", READOUT_ACT_DEMAND, 0, "NATO,SWE" },
    { "\"We will not let anyone dictate the fate of Moldova,\" the Romanian foreign minister said.",
      "will not let anyone", READOUT_ACT_REJECT, M_NEGATED | M_FUTURE, "MDA" },
    { "\"We are ready to resume negotiations with Tehran next week,\" the French envoy told reporters.",
      "ready to resume", READOUT_ACT_AGREE, 0, "IRN" },
    { "Tokyo said it was open to talking about fishing quotas with Seoul.",
      "open to talking", READOUT_ACT_AGREE, 0, "KOR" },
    { "The two delegations agreed to meet again next month in Doha, officials said.",
      "to meet again", READOUT_ACT_AGREE, 0, "" },
    { "The minister dismissed the ceasefire plan as naive.",
      "ceasefire plan", READOUT_ACT_REJECT, 0, "" },
    { "The envoy called the talks \"candid and useful.\"",
      "candid and useful", READOUT_ACT_CHARACTERIZE, 0, "" },
    { "Al-Sabah described the meeting as \"difficult but businesslike.\"",
      "difficult but businesslike", READOUT_ACT_CHARACTERIZE, 0, "" },
    { "\"The new draft leaves us cautiously hopeful,\" the Egyptian mediator told reporters.",
      "cautiously hopeful", READOUT_ACT_OPTIMISTIC, 0, "" },
    { "Water rights remain unsettled and the two sides are still far apart, an Ethiopian diplomat said.",
      "still far apart", READOUT_ACT_PESSIMISTIC, 0, "" },
    { "The Sudanese envoy said it was too early to speak of a breakthrough on the dam.",
      "too early to speak of a breakthrough", READOUT_ACT_PESSIMISTIC, 0, "" },
    { "China accused the United States of stoking tensions in the Taiwan Strait.",
      "stoking tensions", READOUT_ACT_ACCUSE, 0, "USA" },
    { "Kyiv blamed Moscow for the shelling of the power plant.",
      "shelling of the power plant", READOUT_ACT_ACCUSE, 0, "RUS" },
    { "Germany urged Russia to pull its troops back from the border.",
      "pull its troops back", READOUT_ACT_REQUEST, 0, "RUS" },
    { "Foreign ministers called on Iran to return to the negotiating table.",
      "return to the negotiating table", READOUT_ACT_REQUEST, 0, "IRN" },
    { "Japan vowed to defend its islands, Prime Minister Fumio Kishida said.",
      "defend its islands", READOUT_ACT_COMMIT, 0, "" },
    { "Poland pledged to send more ammunition to Ukraine.",
      "send more ammunition", READOUT_ACT_COMMIT, 0, "UKR" },
    { "The European Union announced it will impose sanctions on Belarusian officials.",
      "impose sanctions", READOUT_ACT_SANCTION, M_FUTURE, "BLR" },
    { "Washington will impose sanctions on Russian banks if troops cross the border, a U.S. official said.",
      "impose sanctions on Russian banks", READOUT_ACT_THREATEN, M_CONDITIONAL | M_FUTURE, "RUS" },
    { "Yellen met He Lifeng in Stockholm, the Treasury said.",
      "Yellen met He Lifeng", READOUT_ACT_CONSULT, 0, "" },
    { "Turkey condemned the missile strike as a violation of international law.",
      "missile strike", READOUT_ACT_PROTEST, 0, "" },
    { "China protested the sale of fighter jets to Taiwan.",
      "sale of fighter jets", READOUT_ACT_PROTEST, 0, "TWN" },
    { "Ukraine did not reject the proposal outright, a senior official said.",
      "proposal outright", READOUT_ACT_CLAIM, M_NEGATED, "" },
    { "Russia says NATO expansion threatens its security.",
      "NATO expansion threatens", READOUT_ACT_ACCUSE, 0, "NATO" },
    { "China would continue naval drills around the islands, a defense ministry spokesman said.",
      "continue naval drills", READOUT_ACT_MOBILIZE, M_FUTURE, "" },
    { "Iran says it will not accept any new conditions on the nuclear deal.",
      "will not accept", READOUT_ACT_REJECT, M_NEGATED | M_FUTURE, "" },
    { "Hungary said it will support the resolution at the United Nations.",
      "will support the resolution", READOUT_ACT_COMMIT, M_FUTURE, "" },
    { "The Foreign Ministry said Serbia must hand over the suspects within a week.",
      "must hand over", READOUT_ACT_DEMAND, 0, "SRB" },
    { "Beijing offered to host peace talks between the two sides.",
      "to host peace talks", READOUT_ACT_OFFER, 0, "" },
    { "The president warned that Moscow would face severe consequences if it attacked.",
      "severe consequences", READOUT_ACT_THREATEN, M_CONDITIONAL | M_FUTURE, "RUS" },
    { "The ministry warned that the humanitarian situation was deteriorating fast.",
      "deteriorating fast", READOUT_ACT_PESSIMISTIC, 0, "" },
    { "Pakistan refused to send troops to the region.",
      "send troops", READOUT_ACT_REJECT, 0, "" },
    { "Britain and Ireland failed to reach agreement on the border checks, officials said.",
      "failed to reach agreement", READOUT_ACT_REJECT, M_NEGATED, "" },
    { "The minister told reporters that the talks had produced real progress.",
      "real progress", READOUT_ACT_OPTIMISTIC, 0, "" },
    { "NATO said the alliance has no intention of deploying combat troops to Ukraine.",
      "no intention", READOUT_ACT_DENY, M_NEGATED, "UKR" },
    { "Serbia needs a clear answer on the visa question, Serbian President Aleksandar Vucic said.",
      "needs a clear answer", READOUT_ACT_REQUEST, 0, NULL },
    { "The spokesman said relations between the two countries remained stable.",
      "remained stable", READOUT_ACT_CLAIM, 0, "" },
    { "Lithuania is going to expel three Russian diplomats, the foreign minister said.",
      "expel three Russian diplomats", READOUT_ACT_THREATEN, M_FUTURE, "RUS" },
    { "The ministry said the government has not made a final decision on the pipeline.",
      "final decision", READOUT_ACT_CLAIM, 0, "" },
    { "India wants calm on the frontier but would not accept any change to the line of control, the ministry said.",
      "would not accept", READOUT_ACT_REJECT, M_NEGATED | M_FUTURE, "" },
    { "Israel imposed a curfew on the city, a military spokesman said.",
      "imposed a curfew", READOUT_ACT_SANCTION, 0, "" },
    { "The United States did not threaten Venezuela with military action, the envoy said.",
      "military action", READOUT_ACT_CLAIM, M_NEGATED, "VEN" },
};

static char *
targets_string (ReadoutStatement *st)
{
  ReadoutParty * const *targets = readout_statement_get_targets (st);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; targets != NULL && targets[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, readout_party_get_id (targets[i]));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
mode_string (guint mode)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint flag = 1; flag <= READOUT_ACT_MODE_FUTURE; flag <<= 1)
    if (mode & flag)
      g_string_append_printf (out, "%s%s", out->len > 0 ? "," : "",
                              readout_act_mode_to_string (flag));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  g_autoptr(ReadoutAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutStatement) found = NULL;
  g_autofree char *targets = NULL;
  g_autofree char *mode = NULL;
  g_autofree char *want_mode = NULL;
  GListModel *statements;

  g_assert_true (readout_document_add_paragraph (document, c->text));
  analysis = readout_analysis_new_for_document (document, NULL, &error);
  g_assert_no_error (error);

  statements = readout_analysis_get_statements (analysis);
  for (guint i = 0; i < g_list_model_get_n_items (statements) && found == NULL; i++)
    {
      g_autoptr(ReadoutStatement) st = g_list_model_get_item (statements, i);

      if (strstr (readout_statement_get_text (st), c->fragment) != NULL)
        found = g_steal_pointer (&st);
    }
  if (found == NULL)
    {
      g_test_fail_printf ("no statement holds \"%s\" in \"%s\"", c->fragment, c->text);
      return;
    }

  targets = targets_string (found);
  mode = mode_string (readout_statement_get_mode (found));
  want_mode = mode_string (c->mode);
  g_test_message ("%s: %s [%s] -> %s", c->text, readout_act_to_string (readout_statement_get_act (found)),
                  mode, targets);

  g_assert_cmpstr (readout_act_to_string (readout_statement_get_act (found)), ==,
                   readout_act_to_string (c->act));
  g_assert_cmpstr (mode, ==, want_mode);
  if (c->targets != NULL)
    g_assert_cmpstr (targets, ==, c->targets);
  /* The export code follows the act. */
  g_assert_cmpstr (readout_act_get_cameo (readout_statement_get_act (found)), ==,
                   readout_act_get_cameo (c->act));
}

/* Only other parties are targets: the statement's own side never is. */
static void
test_own_party_not_target (void)
{
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  g_autoptr(ReadoutAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *statements;
  guint checked = 0;

  g_assert_true (readout_document_add_paragraph (document,
    "Russia warned that Russia and Belarus would hold joint drills near the Polish border, "
    "the Russian Defense Ministry said."));
  analysis = readout_analysis_new_for_document (document, NULL, &error);
  g_assert_no_error (error);

  statements = readout_analysis_get_statements (analysis);
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ReadoutStatement) st = g_list_model_get_item (statements, i);
      ReadoutParty *party = readout_statement_get_party (st);
      ReadoutParty * const *targets = readout_statement_get_targets (st);

      for (guint k = 0; targets[k] != NULL; k++)
        {
          g_assert_true (targets[k] != party);
          checked++;
        }
      g_assert_cmpuint (g_strv_length ((char **) targets), <=, READOUT_STATEMENT_MAX_TARGETS);
    }
  g_assert_cmpuint (checked, >, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* Every sentence's verdict in one run. */
  g_test_set_nonfatal_assertions ();
  readout_engine_init ();

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/acts/sentence/%02" G_GSIZE_FORMAT, i + 1);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/acts/own-party-not-target", test_own_party_not_target);

  return g_test_run ();
}
