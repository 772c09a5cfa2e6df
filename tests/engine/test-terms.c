/* test-terms.c — which words of a statement become topic terms
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sentences are the team's own.
 */

#include "config.h"

#include <string.h>

#include "readout-party-directory.h"
#include "readout-terms-private.h"
#include "test-util.h"

/* The display forms of the terms @text gives, as one string
 * "|form|form|…|", parties as "@Name". */
static char *
terms_of (const char *text)
{
  g_autoptr(GError) error = NULL;
  ReadoutPartyDirectory *directory = readout_party_directory_get_default (&error);
  ReadoutTerms *terms;
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  GString *out = g_string_new ("|");
  GHashTableIter iter;
  gpointer key;

  g_assert_no_error (error);
  terms = readout_terms_new (directory, &error);
  g_assert_no_error (error);
  readout_terms_add_text (terms, text, strlen (text), 1.0f, 2.0f, NULL, counts);
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guint id = GPOINTER_TO_UINT (key);

      if (readout_terms_is_synthetic (terms, id))
        continue;
      g_string_append_printf (out, "%s%s|", readout_terms_is_party (terms, id) ? "@" : "",
                              readout_terms_get_surface (terms, id));
    }
  readout_terms_free (terms);
  return g_string_free (out, FALSE);
}

static void
test_venue (void)
{
  struct {
    const char *text;
    const char *present;
    const char *absent;
  } cases[] = {
    /* Where something happened is a plain word, not the host government. */
    { "We did not come to Vienna to sign a treaty.", "|Vienna|", "@Austria" },
    { "The talks in Geneva ended without a deal.", "|Geneva|", "@Switzerland" },
    { "Her visit to Beijing was cut short.", "|Beijing|", "@China" },
    /* A capital that acts is its government. */
    { "Vienna rejected the treaty.", "|@Austria|", "|Vienna|" },
    { "The minister sent a message to Moscow about the treaty.", "|@Russia|", "|Moscow|" },
    { "Pressure from Washington grew.", "|@United States|", "|Washington|" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = terms_of (cases[i].text);

      g_test_message ("%s → %s", cases[i].text, got);
      g_assert_nonnull (strstr (got, cases[i].present));
      g_assert_null (strstr (got, cases[i].absent));
    }
}

static void
test_filler_words (void)
{
  /* Light verbs, indefinite pronouns and small numbers name no issue. */
  g_autofree char *got = terms_of ("Everyone came to the table and three delegations kept the ceasefire.");

  g_assert_nonnull (strstr (got, "|ceasefire|"));
  g_assert_nonnull (strstr (got, "|table|"));
  g_assert_null (strstr (got, "|Everyone|"));
  g_assert_null (strstr (got, "|everyone|"));
  g_assert_null (strstr (got, "|came|"));
  g_assert_null (strstr (got, "|kept|"));
  g_assert_null (strstr (got, "|three|"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  readout_engine_init ();

  g_test_add_func ("/terms/venue", test_venue);
  g_test_add_func ("/terms/filler-words", test_filler_words);
  return g_test_run ();
}
