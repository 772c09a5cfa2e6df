/* test-tone.c — the tone lexicon (data/tone.json) and the tone flags
 * statements carry
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The articles are invented for these tests.
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "readout-engine.h"
#include "analysis/readout-tone.h"

/* src/engine/analysis/readout-tone-strings.c, generated. */
extern const char * const _readout_tone_strings[];

static ReadoutToneLexicon *
get_default (void)
{
  g_autoptr(GError) error = NULL;
  ReadoutToneLexicon *lexicon = readout_tone_get_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (lexicon);
  return lexicon;
}

static void
test_load (void)
{
  ReadoutToneLexicon *lexicon = get_default ();
  guint n = readout_tone_lexicon_get_n_entries (lexicon);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (n, ==, readout_tone_get_n_entries ());
  g_assert_cmpuint (n, >=, 50);
  g_assert_cmpuint (n, <=, 80);

  for (guint i = 0; i < n; i++)
    {
      const ReadoutToneEntry *entry = readout_tone_get_entry (i);

      g_assert_true (entry == readout_tone_lexicon_get_entry (lexicon, i));
      g_assert_true (g_hash_table_add (ids, (gpointer) entry->id));
      g_assert_true (readout_tone_lookup (entry->id) == entry);
      /* Interned: statements compare ids by pointer. */
      g_assert_true (entry->id == g_intern_string (entry->id));
      g_assert_cmpuint (strlen (entry->label), >, 0);
      g_assert_cmpuint (strlen (entry->reading), >, 10);
      g_assert_cmpuint (strlen (entry->note), >, 10);
      g_assert_nonnull (readout_tone_register_to_string (entry->tone_register));
      g_assert_cmpint (entry->score, >=, -2);
      g_assert_cmpint (entry->score, <=, 2);
      /* Untranslated in the C locale the tests run in. */
      g_assert_cmpstr (readout_tone_entry_get_label (entry), ==, entry->label);
      g_assert_cmpstr (readout_tone_entry_get_reading (entry), ==, entry->reading);
    }
}

static void
test_lookup (void)
{
  const ReadoutToneEntry *entry;

  entry = readout_tone_lookup ("businesslike");
  g_assert_nonnull (entry);
  g_assert_cmpstr (entry->label, ==, "Businesslike");
  g_assert_cmpint (entry->tone_register, ==, READOUT_TONE_COOL);
  g_assert_cmpstr (readout_tone_register_to_string (entry->tone_register), ==, "cool");

  entry = readout_tone_lookup ("stern-representations");
  g_assert_nonnull (entry);
  g_assert_cmpint (entry->tone_register, ==, READOUT_TONE_HOSTILE);
  g_assert_cmpint (entry->score, ==, -2);
  g_assert_cmpstr (entry->service, ==, "Chinese MFA");

  entry = readout_tone_lookup ("red-line");
  g_assert_nonnull (entry);
  g_assert_cmpint (entry->tone_register, ==, READOUT_TONE_POSITION);
  g_assert_null (entry->service);

  /* Ordering on the warm–hostile scale follows the data. */
  g_assert_cmpint (readout_tone_lookup ("excellent")->score, >,
                   readout_tone_lookup ("cordial")->score);
  g_assert_cmpint (readout_tone_lookup ("cordial")->score, >,
                   readout_tone_lookup ("full-and-frank")->score);

  g_assert_null (readout_tone_lookup ("no-such-formula"));
}

/* Every label and reading must be in the generated file xgettext reads;
 * run build-aux/tone-strings when this fails. */
static void
test_strings_current (void)
{
  g_autoptr(GHashTable) strings = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_strings = 0;

  for (guint i = 0; _readout_tone_strings[i] != NULL; i++, n_strings++)
    g_hash_table_add (strings, (gpointer) _readout_tone_strings[i]);

  for (guint i = 0; i < readout_tone_get_n_entries (); i++)
    {
      const ReadoutToneEntry *entry = readout_tone_get_entry (i);

      if (!g_hash_table_contains (strings, entry->label))
        g_error ("“%s” is not in readout-tone-strings.c: run build-aux/tone-strings", entry->label);
      if (!g_hash_table_contains (strings, entry->reading))
        g_error ("“%s” is not in readout-tone-strings.c: run build-aux/tone-strings", entry->reading);
    }
  g_assert_cmpuint (n_strings, ==, 2 * readout_tone_get_n_entries ());
}

/* Malformed lexicon files */

#define ENTRY(id, phrases, reg, score) \
  "{\"id\": \"" id "\", \"phrases\": [" phrases "], \"label\": \"L\", \"register\": \"" reg "\", " \
  "\"score\": " score ", \"reading\": \"a reading\", \"note\": \"a note\"}"

static void
assert_bad (const char *contents,
            const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(ReadoutToneLexicon) lexicon = NULL;
  int fd = g_file_open_tmp ("tone-XXXXXX.json", &path, &error);

  g_assert_no_error (error);
  g_close (fd, NULL);
  g_assert_true (g_file_set_contents (path, contents, -1, &error));

  lexicon = readout_tone_lexicon_new_from_file (path, &error);
  g_assert_null (lexicon);
  g_assert_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, fragment);
  g_unlink (path);
}

static void
test_malformed (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(ReadoutToneLexicon) lexicon = NULL;
  int fd;

  assert_bad ("{\"version\": 1, \"entries\": [", "not valid JSON");
  assert_bad ("[]", "top level");
  assert_bad ("{\"version\": 2, \"entries\": []}", "version");
  assert_bad ("{\"version\": 1}", "entries");
  assert_bad ("{\"version\": 1, \"entries\": [" ENTRY ("a", "\"x\"", "sunny", "1") "]}", "register");
  assert_bad ("{\"version\": 1, \"entries\": [" ENTRY ("a", "\"x\"", "warm", "3") "]}", "score");
  assert_bad ("{\"version\": 1, \"entries\": [" ENTRY ("a", "\"x\"", "warm", "\"1\"") "]}", "score");
  assert_bad ("{\"version\": 1, \"entries\": [" ENTRY ("Red_Line", "\"x\"", "warm", "1") "]}", "Red_Line");
  assert_bad ("{\"version\": 1, \"entries\": [" ENTRY ("a", "\"x\"", "warm", "1") ", "
              ENTRY ("a", "\"y\"", "warm", "1") "]}", "twice");
  assert_bad ("{\"version\": 1, \"entries\": [" ENTRY ("a", "\"red line\"", "warm", "1") ", "
              ENTRY ("b", "\"red line\"", "cool", "0") "]}", "red line");
  assert_bad ("{\"version\": 1, \"entries\": [" ENTRY ("a", "\"Red line\"", "warm", "1") "]}", "lower case");
  assert_bad ("{\"version\": 1, \"entries\": [" ENTRY ("a", "\"red  line\"", "warm", "1") "]}", "red  line");
  assert_bad ("{\"version\": 1, \"entries\": [" ENTRY ("a", "", "warm", "1") "]}", "phrases");
  assert_bad ("{\"version\": 1, \"talk_words\": [\"two words\"], \"entries\": []}", "talk word");
  assert_bad ("{\"version\": 1, \"entries\": [{\"id\": \"a\", \"phrases\": [\"x\"], \"label\": \"L\", "
              "\"register\": \"warm\", \"score\": 1, \"reading\": \"r\", \"note\": \"n\", "
              "\"needs_talk_word\": true}]}", "talk_words");
  assert_bad ("{\"version\": 1, \"entries\": [{\"id\": \"a\", \"phrases\": [\"x\"], \"label\": \"L\", "
              "\"register\": \"warm\", \"score\": 1, \"reading\": \"r\"}]}", "note");

  /* A good file loads, and a missing one keeps its file error. */
  fd = g_file_open_tmp ("tone-XXXXXX.json", &path, &error);
  g_assert_no_error (error);
  g_close (fd, NULL);
  g_assert_true (g_file_set_contents (path, "{\"version\": 1, \"entries\": ["
                                      ENTRY ("a", "\"x y\", \"x\"", "warm", "1") "]}", -1, &error));
  lexicon = readout_tone_lexicon_new_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (readout_tone_lexicon_get_n_entries (lexicon), ==, 1);
  g_assert_nonnull (readout_tone_lexicon_lookup (lexicon, "a"));
  g_unlink (path);

  g_clear_pointer (&lexicon, readout_tone_lexicon_free);
  lexicon = readout_tone_lexicon_new_from_file ("/nonexistent/tone.json", &error);
  g_assert_null (lexicon);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

/* Statements */

typedef struct
{
  const char *body;      /* one paragraph under a fixed headline */
  const char *needle;    /* a piece of the statement's content */
  const char *tone;      /* expected ids, space-separated, in order; "" for none */
} ToneCase;

static const ToneCase cases[] = {
  { "Foreign Minister Anna Lind said the talks had been \"frank and candid.\"",
    "frank and candid", "frank candid" },
  { "Deputy Minister Pavel Orlov said the discussions in Geneva were businesslike and that the delegations "
    "would meet again next week.",
    "businesslike", "businesslike" },
  { "\"We had a frank and forthright discussion,\" Under Secretary Mary Holt told reporters.",
    "forthright", "frank-and-forthright" },
  { "\"It was a full and frank exchange of views,\" the ambassador said.",
    "full and frank", "full-and-frank" },
  { "\"There was an exchange of views and no more,\" a spokesman said.",
    "exchange of views", "exchange-of-views" },
  { "\"We have lodged stern representations with Tokyo and express strong dissatisfaction over the visit,\" "
    "the spokeswoman said.",
    "stern representations", "stern-representations strong-dissatisfaction" },
  { "\"The meeting was constructive and productive,\" the prime minister said.",
    "constructive and productive", "constructive productive" },
  { "\"The talks were not constructive,\" the minister said.",
    "not constructive", "" },
  { "\"Nobody called it productive and it was never cordial, but it was businesslike,\" a diplomat said.",
    "productive", "businesslike" },
  { "\"We are deeply concerned by the build-up of troops,\" the secretary-general said.",
    "deeply concerned", "deeply-concerned" },
  { "\"Their demand is a non-starter, and the open-door policy stays,\" a senior U.S. official said.",
    "non-starter", "non-starter open-door" },
  { "\"Membership of the alliance is a red line for us,\" the deputy foreign minister said, "
    "insisting on legally binding guarantees.",
    "red line", "red-line" },
  { "\"This is not a provocation, it is an exercise,\" the defence ministry said.",
    "provocation", "provocation" },
  { "\"We condemn this attack in the strongest terms,\" the foreign ministry said.",
    "strongest terms", "condemn strongest-terms" },
  { "\"We remain cautiously optimistic about the next round,\" the envoy said.",
    "cautiously optimistic", "cautiously-optimistic" },
  { "\"The proposal is categorically unacceptable,\" the spokesman said.",
    "unacceptable", "categorically unacceptable" },
  /* A split quote is one statement: both halves' tone. */
  { "\"We raised this at the highest level,\" the adviser said, \"and we negotiated in good faith.\"",
    "highest level", "at-highest-level good-faith" },
  { "\"Cooperation between our countries is win-win,\" the vice-premier said.",
    "win-win", "win-win" },
  { "\"All options are on the table,\" the defence secretary said.",
    "options", "all-options" },
  { "\"Our two countries bear a special responsibility for global security,\" the president's aide said.",
    "special responsibility", "special-responsibility" },
  { "\"I spoke to Frank Moss about the schedule,\" the organiser said.",
    "Frank Moss", "" },
  { "\"The conversation was useful, substantive and cordial, but difficult at times,\" the minister said.",
    "useful", "useful substantive cordial difficult" },
  { "\"It is difficult to say when the bridge will reopen,\" the mayor said.",
    "difficult", "" },
  { "\"The talks were difficult but useful,\" the mayor said.",
    "talks", "difficult useful" },
  { "\"There was no breakthrough,\" the negotiator said.",
    "breakthrough", "no-breakthrough" },
};

static void
test_statement (gconstpointer data)
{
  const ToneCase *c = data;
  g_autofree char *text = g_strdup_printf ("Envoys meet as tensions rise\n\n%s\n", c->body);
  g_autoptr(ReadoutImporter) importer = readout_importer_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(ReadoutAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) expected = NULL;
  GListModel *statements;
  ReadoutStatement *found = NULL;
  const char * const *tone;
  guint n_expected;

  docs = readout_importer_import_bytes (importer, bytes, "tone.txt", NULL, &error);
  g_assert_no_error (error);
  analysis = readout_analysis_new_for_document (g_ptr_array_index (docs, 0), NULL, &error);
  g_assert_no_error (error);

  statements = readout_analysis_get_statements (analysis);
  for (guint i = 0; i < g_list_model_get_n_items (statements) && found == NULL; i++)
    {
      g_autoptr(ReadoutStatement) s = g_list_model_get_item (statements, i);

      if (strstr (readout_statement_get_text (s), c->needle) != NULL)
        found = s;
    }
  if (found == NULL)
    {
      for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
        {
          g_autoptr(ReadoutStatement) s = g_list_model_get_item (statements, i);

          g_test_message ("statement: %s", readout_statement_get_text (s));
        }
      g_error ("no statement contains “%s” in: %s", c->needle, c->body);
    }
  g_test_message ("statement: %s", readout_statement_get_text (found));

  tone = readout_statement_get_tone (found);
  g_assert_nonnull (tone);
  expected = g_strsplit (c->tone, " ", -1);
  n_expected = c->tone[0] == '\0' ? 0 : g_strv_length (expected);
  for (guint i = 0; i < n_expected; i++)
    {
      if (tone[i] == NULL)
        g_error ("“%s”: tone %u is missing, expected %s", c->body, i, expected[i]);
      g_assert_cmpstr (tone[i], ==, expected[i]);
      /* Interned, so consumers may compare pointers. */
      g_assert_true (tone[i] == g_intern_string (expected[i]));
      g_assert_nonnull (readout_tone_lookup (tone[i]));
    }
  if (tone[n_expected] != NULL)
    g_error ("“%s”: unexpected tone %s", c->body, tone[n_expected]);
}

/* At most READOUT_STATEMENT_MAX_TONE flags, the first ones in reading order. */
static void
test_statement_limit (void)
{
  static const ToneCase c = {
    "\"The talks were excellent, fruitful, constructive, warm, friendly and businesslike,\" the host said.",
    "excellent", "excellent fruitful constructive warm",
  };

  g_assert_cmpint (READOUT_STATEMENT_MAX_TONE, ==, 4);
  test_statement (&c);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tone/load", test_load);
  g_test_add_func ("/tone/lookup", test_lookup);
  g_test_add_func ("/tone/strings-current", test_strings_current);
  g_test_add_func ("/tone/malformed", test_malformed);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/tone/statement/%02u", i + 1);

      g_test_add_data_func (name, &cases[i], test_statement);
    }
  g_test_add_func ("/tone/statement/limit", test_statement_limit);

  return g_test_run ();
}
