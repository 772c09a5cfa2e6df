/* test-attribution-seed.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Checks what issue 3 requires for the team's seed article.  The article
 * is not ours to ship, so it is read at run time from the shared folder
 * next to the checkout (or $READOUT_SEED) and the case is skipped when it
 * is not there.  Not even fragments of it are in this file: a statement is
 * identified by the SHA-256 of a few of its words (normalised: split at
 * white space, quotation marks and punctuation trimmed from each word,
 * joined by one space; the first 16 hex digits), and the test looks for
 * that run of words anywhere in a statement's text.
 */

#include "config.h"

#include <string.h>

#include "readout-engine.h"
#include "test-util.h"

static ReadoutAnalysis *seed_analysis;

static gboolean
ensure_analysis (void)
{
  g_autofree char *path = NULL;
  g_autoptr(ReadoutImporter) importer = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(GError) error = NULL;

  if (seed_analysis != NULL)
    return TRUE;

  path = test_util_seed_path ();
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
  g_assert_cmpuint (docs->len, ==, 1);

  seed_analysis = readout_analysis_new_for_document (g_ptr_array_index (docs, 0), NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (seed_analysis);
  return TRUE;
}

static const char *
speaker_name (ReadoutStatement *st)
{
  ReadoutSpeaker *sp = readout_statement_get_speaker (st);

  return sp != NULL ? readout_speaker_get_name (sp) : NULL;
}

static const char *
party_id (ReadoutStatement *st)
{
  ReadoutParty *party = readout_statement_get_party (st);

  return party != NULL ? readout_party_get_id (party) : NULL;
}

static void
dump_statements (void)
{
  GListModel *statements = readout_analysis_get_statements (seed_analysis);

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ReadoutStatement) st = g_list_model_get_item (statements, i);

      g_test_message ("    %s %s \"%s\" speaker=%s party=%s",
                      readout_statement_get_id (st),
                      readout_statement_kind_to_string (readout_statement_get_kind (st)),
                      readout_statement_get_text (st),
                      speaker_name (st) ? speaker_name (st) : "null",
                      party_id (st) ? party_id (st) : "null");
    }
}

typedef struct
{
  const char *hash;       /* words_hash() of a run of words of the statement */
  guint       n_words;    /* how many words that run has */
  const char *speaker;    /* NULL: not checked */
  const char *party;      /* NULL: not checked */
  int         kind;       /* -1: not checked */
  const char *cue;        /* NULL: not checked; the cue word as written */
} Expectation;

/* Counts the expectations no statement meets; a statement meets one when
 * its text holds the fragment and it agrees on the fields given. */
static guint
check (const Expectation *expectations,
       gsize              n)
{
  GListModel *statements = readout_analysis_get_statements (seed_analysis);
  guint failures = 0;

  for (gsize i = 0; i < n; i++)
    {
      const Expectation *e = &expectations[i];
      gboolean found_text = FALSE;
      gboolean ok = FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (statements) && !ok; j++)
        {
          g_autoptr(ReadoutStatement) st = g_list_model_get_item (statements, j);

          if (!test_util_has_words (readout_statement_get_text (st), e->hash, e->n_words))
            continue;
          found_text = TRUE;
          ok = (e->speaker == NULL || g_strcmp0 (e->speaker, speaker_name (st)) == 0)
               && (e->party == NULL || g_strcmp0 (e->party, party_id (st)) == 0)
               && (e->kind < 0 || (int)readout_statement_get_kind (st) == e->kind)
               && (e->cue == NULL || g_strcmp0 (e->cue, readout_statement_get_cue (st)) == 0);
        }

      if (!ok)
        {
          g_test_message ("  %s words %s (want speaker=%s party=%s kind=%s)",
                          found_text ? "WRONG" : "MISSING", e->hash,
                          e->speaker ? e->speaker : "-", e->party ? e->party : "-",
                          e->kind >= 0 ? readout_statement_kind_to_string (e->kind) : "-");
          failures++;
        }
    }

  if (failures > 0)
    {
      g_test_message ("  statements found:");
      dump_statements ();
    }
  return failures;
}

#define DIRECT READOUT_STATEMENT_DIRECT

static void
test_direct_quotes (void)
{
  /* The nine quotations, including the ones cued by a pronoun ("he told
   * reporters", "he added"), the floating second Sherman quote and the
   * quote that runs into reported speech ("Russia believes it's …"). */
  static const Expectation quotes[] = {
    /* The same three words stand in a later quote too: the cue decides. */
    { "2b26d54f35125e8c", 3, "Sergei Ryabkov", "RUS", DIRECT, "described" },
    { "91855505fa3a77a5", 3, "Wendy Sherman", "USA", DIRECT, "called" },
    { "b0955a87a5e0318a", 6, "Wendy Sherman", "USA", DIRECT },    /* "told reporters" */
    { "9c1375b1d24b3742", 6, "Wendy Sherman", "USA", DIRECT },    /* "…,” Sherman said" */
    { "b1b307e528e3e4fe", 5, "Wendy Sherman", "USA", DIRECT },    /* the floating quote */
    { "60b19d8ca33b3ff8", 5, "Sergei Ryabkov", "RUS", -1 },       /* after "Russia believes it’s" */
    { "d5b7438900947f2e", 5, "Sergei Ryabkov", "RUS", DIRECT },   /* "he told reporters" */
    { "8e31a54122e18ce8", 5, "Sergei Ryabkov", "RUS", -1 },       /* quote running into narration */
    { "d49ba92762ea61a0", 5, "Sergei Ryabkov", "RUS", -1 },       /* "he added that “…”" */
  };

  if (!ensure_analysis ())
    return;
  if (check (quotes, G_N_ELEMENTS (quotes)) > 0)
    g_test_fail_printf ("direct quotes of the seed article are missing or misattributed");
}

static void
test_speakers (void)
{
  static const char * const names[] = { "Sergei Ryabkov", "Wendy Sherman", "Antony Blinken" };
  static const char * const parties[] = { "RUS", "USA", "USA" };
  GListModel *speakers;

  if (!ensure_analysis ())
    return;

  speakers = readout_analysis_get_speakers (seed_analysis);
  for (gsize k = 0; k < G_N_ELEMENTS (names); k++)
    {
      const char *found_party = NULL;
      gboolean found = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (speakers) && !found; i++)
        {
          g_autoptr(ReadoutSpeaker) sp = g_list_model_get_item (speakers, i);
          ReadoutParty *party = readout_speaker_get_party (sp);

          if (g_strcmp0 (readout_speaker_get_name (sp), names[k]) != 0)
            continue;
          found = TRUE;
          found_party = party != NULL ? readout_party_get_id (party) : NULL;
        }

      if (!found)
        g_test_fail_printf ("no speaker %s", names[k]);
      else if (g_strcmp0 (found_party, parties[k]) != 0)
        g_test_fail_printf ("speaker %s: party %s, expected %s", names[k],
                            found_party ? found_party : "null", parties[k]);
    }
}

static void
test_reported (void)
{
  /* Reported speech of the three officials; kind is left open where the
   * cue is a stance verb ("played down") or a nominalisation. */
  static const Expectation reported[] = {
    { "83b739135b8d3cbf", 6, "Sergei Ryabkov", "RUS", -1 },                        /* nominal cue */
    { "a83241023e3e642f", 6, "Wendy Sherman", "USA", READOUT_STATEMENT_INDIRECT },  /* "adding that" */
    { "36abe894a5d98372", 5, "Wendy Sherman", "USA", READOUT_STATEMENT_INDIRECT },  /* "suggested" */
    { "20f7dfa895cac934", 6, "Wendy Sherman", "USA", READOUT_STATEMENT_INDIRECT },  /* "she said" */
    { "6e2d5d6010242e79", 4, "Sergei Ryabkov", "RUS", READOUT_STATEMENT_INDIRECT }, /* "…, Ryabkov said" */
    { "c5adf6bb90323b09", 5, "Sergei Ryabkov", "RUS", READOUT_STATEMENT_INDIRECT }, /* "…, he said," */
    { "71fe30ec68bb78df", 4, "Sergei Ryabkov", "RUS", READOUT_STATEMENT_INDIRECT }, /* "Ryabkov said …" */
    { "eb79d52c31f17d0b", 5, "Antony Blinken", "USA", -1 },                        /* "played down" */
  };

  if (!ensure_analysis ())
    return;
  if (check (reported, G_N_ELEMENTS (reported)) > 0)
    g_test_fail_printf ("reported statements of the seed article are missing or misattributed");
}

static void
test_stances (void)
{
  /* Stances pinned on countries and the Kremlin: the party is what
   * matters, the speaker is the country or institution itself. */
  static const Expectation stances[] = {
    { "8b59ee155d8da34a", 6, NULL, "USA", -1 },                        /* "which the U.S. insisted" */
    { "dda363ba778228cc", 4, NULL, "RUS", -1 },                        /* "Russia repeated its insistence" */
    { "3a3aedb76da308b9", 5, NULL, "USA", -1 },                        /* "The U.S. says" */
    { "670fb98c0027c5b3", 3, NULL, "RUS", READOUT_STATEMENT_STANCE },  /* "Russia is insisting on" */
    { "293483f8a729b16b", 3, NULL, "USA", READOUT_STATEMENT_STANCE },  /* "has dismissed" */
    { "6287989913c2a01e", 3, NULL, "RUS", READOUT_STATEMENT_STANCE },  /* "The Kremlin denies" */
    { "9b21ec4055daaef7", 5, NULL, "RUS", -1 },                        /* "… but says" */
    { "176442bcb028d359", 4, NULL, "UKR", READOUT_STATEMENT_STANCE },  /* "has rejected accusations" */
    { "81e980e8fb63a224", 4, NULL, "USA", READOUT_STATEMENT_STANCE },  /* "have threatened to impose" */
  };

  if (!ensure_analysis ())
    return;
  if (check (stances, G_N_ELEMENTS (stances)) > 0)
    g_test_fail_printf ("stances of the seed article are missing or have the wrong party");
}

typedef struct
{
  const char *hash;       /* words_hash() of the statement's first words */
  guint       n_words;
  ReadoutAct  act;
  int         mode;       /* ReadoutActMode flags that must be set; -1: not checked */
  const char *targets;    /* comma-separated party ids in order; NULL: not checked */
} ActExpectation;

static char *
targets_string (ReadoutStatement *st)
{
  ReadoutParty * const *targets = readout_statement_get_targets (st);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; targets[i] != NULL; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? "," : "", readout_party_get_id (targets[i]));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_acts (void)
{
  /* The four acts issue 4 names (REJECT, THREATEN, DEMAND, DENY) and the
   * codings of the worked example in the domain notes (§3.4). */
  static const ActExpectation acts[] = {
    { "674474f095c6c92a", 4, READOUT_ACT_REJECT, -1, NULL },        /* REJECT: the rejected accusations */
    { "63848dc590398bc4", 4, READOUT_ACT_THREATEN, READOUT_ACT_MODE_CONDITIONAL, "RUS" },  /* THREATEN, if it invades */
    { "128f962ffc1a9997", 4, READOUT_ACT_DEMAND, -1, "NATO" },      /* DEMAND: the guarantees */
    { "244838792e5b0a4b", 4, READOUT_ACT_DENY, -1, NULL },          /* DENY: the Kremlin */
    { "581b364fdb3b7475", 4, READOUT_ACT_DENY, READOUT_ACT_MODE_NEGATED, "UKR" },  /* DENY: row 1 of the worked example */
    { "60c5583917848aa0", 4, READOUT_ACT_DEMAND, -1, "NATO,UKR" },  /* DEMAND: row 4 */
    { "6695a4e7429d4586", 4, READOUT_ACT_REJECT,
      READOUT_ACT_MODE_NEGATED | READOUT_ACT_MODE_FUTURE, NULL },   /* REJECT: row 7 */
    { "91135193450705d4", 4, READOUT_ACT_AGREE, -1, "RUS" },        /* AGREE: row 3 */
    { "9dfe8fee5e8b14be", 4, READOUT_ACT_AGREE, -1, NULL },         /* AGREE: row 9 */
    { "d10142a445624406", 4, READOUT_ACT_AGREE, -1, NULL },         /* AGREE: the joint statement */
    { "2b26d54f35125e8c", 3, READOUT_ACT_CHARACTERIZE, -1, NULL },  /* Russia on the talks */
    { "91855505fa3a77a5", 3, READOUT_ACT_CHARACTERIZE, -1, NULL },  /* the U.S. on the talks */
    { "d764b86509b00db3", 4, READOUT_ACT_OPTIMISTIC, -1, NULL },    /* Russia's outlook */
    { "293483f8a729b16b", 3, READOUT_ACT_REJECT, -1, NULL },        /* the U.S. dismissal */
    { "ffda0486dd68ef97", 4, READOUT_ACT_MOBILIZE, READOUT_ACT_MODE_FUTURE, NULL },  /* row 10 */
  };
  GListModel *statements;
  guint failures = 0;

  if (!ensure_analysis ())
    return;

  statements = readout_analysis_get_statements (seed_analysis);
  for (gsize i = 0; i < G_N_ELEMENTS (acts); i++)
    {
      const ActExpectation *e = &acts[i];
      gboolean found = FALSE;
      gboolean ok = FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (statements) && !ok; j++)
        {
          g_autoptr(ReadoutStatement) st = g_list_model_get_item (statements, j);
          g_autofree char *targets = NULL;

          if (!test_util_has_words (readout_statement_get_text (st), e->hash, e->n_words))
            continue;
          found = TRUE;
          targets = targets_string (st);
          ok = readout_statement_get_act (st) == e->act &&
               (e->mode < 0 || (readout_statement_get_mode (st) & e->mode) == (guint) e->mode) &&
               (e->targets == NULL || g_strcmp0 (targets, e->targets) == 0);
          if (!ok)
            g_test_message ("  words %s: act %s mode %u targets %s (want %s mode %d targets %s)",
                            e->hash, readout_act_to_string (readout_statement_get_act (st)),
                            readout_statement_get_mode (st), targets,
                            readout_act_to_string (e->act), e->mode, e->targets ? e->targets : "-");
        }
      if (!found)
        g_test_message ("  MISSING words %s", e->hash);
      if (!ok)
        failures++;
    }

  if (failures > 0)
    g_test_fail_printf ("%u statement(s) of the seed article with the wrong act", failures);
}

static void
test_no_furniture (void)
{
  /* Runs of words from the page furniture, the byline and the headline of
   * the seed page (app promotions, sign-up prompts, the agency, an author's
   * surname, the headline's verb phrase). */
  static const struct { const char *hash; guint n_words; } furniture[] = {
    { "5ec02b72ad32c138", 4 }, { "bde5cc002c851877", 2 }, { "79f199280c521841", 2 },
    { "3b9f2428a96453db", 3 }, { "bf9697960e886ab6", 1 }, { "d6786d8872f85901", 4 },
    { "ff1c38c0be8f3c69", 4 }, { "1739ed7c922674c4", 3 }, { "0638bb04e6b712ef", 4 },
    { "f4e04258d91f86b0", 2 }, { "3d499a8ccb0c214c", 3 }, { "e27affcf37b2553d", 3 },
    { "e354f0169bee6ff0", 3 }, { "25c2160b89ea7f17", 4 },
  };
  GListModel *statements;
  guint failures = 0;

  if (!ensure_analysis ())
    return;

  statements = readout_analysis_get_statements (seed_analysis);
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ReadoutStatement) st = g_list_model_get_item (statements, i);

      for (gsize k = 0; k < G_N_ELEMENTS (furniture); k++)
        if (test_util_has_words (readout_statement_get_text (st), furniture[k].hash, furniture[k].n_words))
          {
            g_test_message ("  statement from page furniture: \"%s\"", readout_statement_get_text (st));
            failures++;
          }
    }

  if (failures > 0)
    g_test_fail_printf ("%u statement(s) from page furniture", failures);
}

int
main (int    argc,
      char **argv)
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  readout_engine_init ();

  g_test_add_func ("/attribution-seed/direct-quotes", test_direct_quotes);
  g_test_add_func ("/attribution-seed/speakers", test_speakers);
  g_test_add_func ("/attribution-seed/reported", test_reported);
  g_test_add_func ("/attribution-seed/stances", test_stances);
  g_test_add_func ("/attribution-seed/no-furniture", test_no_furniture);
  g_test_add_func ("/attribution-seed/acts", test_acts);

  ret = g_test_run ();
  g_clear_object (&seed_analysis);
  return ret;
}
