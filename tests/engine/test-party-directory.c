/* test-party-directory.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <libintl.h>
#include <string.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "readout-error.h"
#include "readout-party-directory.h"
#include "model/readout-document.h"
#include "analysis/readout-party-matcher-private.h"
#include "analysis/readout-tokens.h"

static ReadoutPartyDirectory *
get_directory (void)
{
  g_autoptr(GError) error = NULL;
  ReadoutPartyDirectory *directory = readout_party_directory_get_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (directory);
  return directory;
}

static void
test_parties (void)
{
  static const struct {
    const char       *id;
    const char       *name;
    ReadoutPartyKind  kind;
  } cases[] = {
    { "RUS", "Russia", READOUT_PARTY_KIND_COUNTRY },
    { "USA", "United States", READOUT_PARTY_KIND_COUNTRY },
    { "UKR", "Ukraine", READOUT_PARTY_KIND_COUNTRY },
    { "CHN", "China", READOUT_PARTY_KIND_COUNTRY },
    { "GBR", "United Kingdom", READOUT_PARTY_KIND_COUNTRY },
    { "DEU", "Germany", READOUT_PARTY_KIND_COUNTRY },
    { "IRN", "Iran", READOUT_PARTY_KIND_COUNTRY },
    { "KOR", "South Korea", READOUT_PARTY_KIND_COUNTRY },
    { "TUR", "Turkey", READOUT_PARTY_KIND_COUNTRY },
    { "TWN", "Taiwan", READOUT_PARTY_KIND_COUNTRY },
    { "XKX", "Kosovo", READOUT_PARTY_KIND_COUNTRY },
    { "NATO", "North Atlantic Treaty Organization", READOUT_PARTY_KIND_ORGANIZATION },
    { "EU", "European Union", READOUT_PARTY_KIND_ORGANIZATION },
    { "UN", "United Nations", READOUT_PARTY_KIND_ORGANIZATION },
    { "IAEA", "International Atomic Energy Agency", READOUT_PARTY_KIND_ORGANIZATION },
    { "ASEAN", "Association of Southeast Asian Nations", READOUT_PARTY_KIND_ORGANIZATION },
  };
  ReadoutPartyDirectory *directory = get_directory ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ReadoutParty *party = readout_party_directory_lookup_id (directory, cases[i].id);

      g_assert_nonnull (party);
      g_assert_cmpstr (readout_party_get_id (party), ==, cases[i].id);
      g_assert_cmpstr (readout_party_get_name (party), ==, cases[i].name);
      g_assert_cmpint (readout_party_get_kind (party), ==, cases[i].kind);
      g_assert_true (g_strv_contains (readout_party_get_aliases (party), cases[i].name));
    }

  g_assert_true (g_strv_contains (readout_party_get_aliases (readout_party_directory_lookup_id (directory, "RUS")),
                                  "Russian Federation"));
  g_assert_cmpstr (readout_party_kind_to_string (READOUT_PARTY_KIND_ORGANIZATION), ==, "organization");
  g_assert_null (readout_party_directory_lookup_id (directory, "XYZ"));
  g_assert_null (readout_party_directory_lookup_id (directory, "rus"));
  g_assert_cmpuint (readout_party_directory_get_n_parties (directory), >=, 290);
  g_assert_cmpuint (readout_party_directory_get_n_aliases (directory), >=, 900);
}

static void
test_list_model (void)
{
  ReadoutPartyDirectory *directory = get_directory ();
  GListModel *model = G_LIST_MODEL (directory);
  g_autoptr(ReadoutParty) first = NULL;
  g_autoptr(ReadoutParty) second = NULL;
  guint n = g_list_model_get_n_items (model);

  g_assert_true (g_list_model_get_item_type (model) == READOUT_TYPE_PARTY);
  g_assert_cmpuint (n, ==, readout_party_directory_get_n_parties (directory));
  first = g_list_model_get_item (model, 0);
  second = g_list_model_get_item (model, 1);
  g_assert_cmpstr (readout_party_get_id (first), <, readout_party_get_id (second));
  g_assert_null (g_list_model_get_item (model, n));
}

typedef struct {
  const char              *text;
  const char              *id;
  const char              *span;
  ReadoutPartyMentionKind  kind;
} MatchCase;

static void
check_matches (const MatchCase *cases,
               guint            n_cases)
{
  ReadoutPartyDirectory *directory = get_directory ();

  for (guint i = 0; i < n_cases; i++)
    {
      ReadoutPartyMention mention;
      guint match_len = 0;
      ReadoutParty *party;

      g_test_message ("matching “%s”", cases[i].text);
      party = readout_party_directory_match (directory, cases[i].text, -1, &match_len);
      g_assert_nonnull (party);
      g_assert_cmpstr (readout_party_get_id (party), ==, cases[i].id);
      g_assert_cmpuint (match_len, ==, strlen (cases[i].span));
      g_assert_true (strncmp (cases[i].text, cases[i].span, match_len) == 0);

      g_assert_true (readout_party_directory_match_mention (directory, cases[i].text, -1, &mention));
      g_assert_true (mention.party == party);
      g_assert_cmpuint (mention.byte_start, ==, 0);
      g_assert_cmpint (mention.kind, ==, cases[i].kind);
      g_assert_cmpuint (mention.start, ==, 0);
      g_assert_cmpuint (mention.end, ==, g_utf8_strlen (cases[i].span, -1));
    }
}

static void
test_match_names (void)
{
  static const MatchCase cases[] = {
    { "Russia is insisting", "RUS", "Russia", READOUT_PARTY_MENTION_NAME },
    { "The U.S. has dismissed", "USA", "The U.S.", READOUT_PARTY_MENTION_NAME },
    { "U.S. officials", "USA", "U.S.", READOUT_PARTY_MENTION_NAME },
    { "US officials", "USA", "US", READOUT_PARTY_MENTION_NAME },
    { "the United States and", "USA", "the United States", READOUT_PARTY_MENTION_NAME },
    { "Russian Federation", "RUS", "Russian Federation", READOUT_PARTY_MENTION_NAME },
    { "People's Republic of China", "CHN", "People's Republic of China", READOUT_PARTY_MENTION_NAME },
    { "Côte d'Ivoire said", "CIV", "Côte d'Ivoire", READOUT_PARTY_MENTION_NAME },
    { "Cote d’Ivoire said", "CIV", "Cote d’Ivoire", READOUT_PARTY_MENTION_NAME },
    { "Guinea-Bissau", "GNB", "Guinea-Bissau", READOUT_PARTY_MENTION_NAME },
    { "Papua New Guinea", "PNG", "Papua New Guinea", READOUT_PARTY_MENTION_NAME },
    { "Guinea and", "GIN", "Guinea", READOUT_PARTY_MENTION_NAME },
    { "Türkiye", "TUR", "Türkiye", READOUT_PARTY_MENTION_NAME },
    { "Turkey, a NATO member", "TUR", "Turkey", READOUT_PARTY_MENTION_NAME },
    { "RUSSIA WARNS", "RUS", "RUSSIA", READOUT_PARTY_MENTION_NAME },
    { "North Korea fired", "PRK", "North Korea", READOUT_PARTY_MENTION_NAME },
    { "the Netherlands", "NLD", "the Netherlands", READOUT_PARTY_MENTION_NAME },
    { "St. Lucia", "LCA", "St. Lucia", READOUT_PARTY_MENTION_NAME },
    { "NATO members", "NATO", "NATO", READOUT_PARTY_MENTION_NAME },
    { "the North Atlantic Treaty Organization", "NATO", "the North Atlantic Treaty Organization",
      READOUT_PARTY_MENTION_NAME },
    { "WHO said", "WHO", "WHO", READOUT_PARTY_MENTION_NAME },
    { "G-7 leaders", "G7", "G-7 leaders", READOUT_PARTY_MENTION_OFFICIAL },
    { "Russia's demands", "RUS", "Russia's", READOUT_PARTY_MENTION_NAME },
    { "Japan’s envoy", "JPN", "Japan’s", READOUT_PARTY_MENTION_NAME },
    { "the Philippines' coast guard", "PHL", "the Philippines'", READOUT_PARTY_MENTION_NAME },
    { "Jordan's King Abdullah", "JOR", "Jordan's", READOUT_PARTY_MENTION_NAME },
    { "Georgian officials", "GEO", "Georgian", READOUT_PARTY_MENTION_DEMONYM },
    { "Tbilisi", "GEO", "Tbilisi", READOUT_PARTY_MENTION_CAPITAL },
    { "Jordan said", "JOR", "Jordan", READOUT_PARTY_MENTION_NAME },
  };

  check_matches (cases, G_N_ELEMENTS (cases));
}

static void
test_match_demonyms_capitals (void)
{
  static const MatchCase cases[] = {
    { "Russian Deputy Foreign Minister Sergei Ryabkov", "RUS", "Russian", READOUT_PARTY_MENTION_DEMONYM },
    { "Ukrainian troops", "UKR", "Ukrainian", READOUT_PARTY_MENTION_DEMONYM },
    { "Chinese officials", "CHN", "Chinese", READOUT_PARTY_MENTION_DEMONYM },
    { "American diplomats", "USA", "American", READOUT_PARTY_MENTION_DEMONYM },
    { "South Korean President", "KOR", "South Korean", READOUT_PARTY_MENTION_DEMONYM },
    { "Emirati officials", "ARE", "Emirati", READOUT_PARTY_MENTION_DEMONYM },
    { "Washington has", "USA", "Washington", READOUT_PARTY_MENTION_CAPITAL },
    { "Moscow wants", "RUS", "Moscow", READOUT_PARTY_MENTION_CAPITAL },
    { "Kyiv and", "UKR", "Kyiv", READOUT_PARTY_MENTION_CAPITAL },
    { "Kiev and", "UKR", "Kiev", READOUT_PARTY_MENTION_CAPITAL },
    { "Beijing, which", "CHN", "Beijing", READOUT_PARTY_MENTION_CAPITAL },
    { "Tehran rejected", "IRN", "Tehran", READOUT_PARTY_MENTION_CAPITAL },
    { "New Delhi", "IND", "New Delhi", READOUT_PARTY_MENTION_CAPITAL },
  };

  check_matches (cases, G_N_ELEMENTS (cases));
}

static void
test_match_institutions (void)
{
  static const MatchCase cases[] = {
    { "the Kremlin denies", "RUS", "the Kremlin", READOUT_PARTY_MENTION_INSTITUTION },
    { "The Kremlin denies", "RUS", "The Kremlin", READOUT_PARTY_MENTION_INSTITUTION },
    { "Kremlin spokesman Dmitry Peskov", "RUS", "Kremlin", READOUT_PARTY_MENTION_INSTITUTION },
    { "the State Department said", "USA", "the State Department", READOUT_PARTY_MENTION_INSTITUTION },
    { "the U.S. State Department said", "USA", "the U.S. State Department", READOUT_PARTY_MENTION_INSTITUTION },
    { "the Pentagon", "USA", "the Pentagon", READOUT_PARTY_MENTION_INSTITUTION },
    { "the White House", "USA", "the White House", READOUT_PARTY_MENTION_INSTITUTION },
    { "Foggy Bottom", "USA", "Foggy Bottom", READOUT_PARTY_MENTION_INSTITUTION },
    { "Downing Street said", "GBR", "Downing Street", READOUT_PARTY_MENTION_INSTITUTION },
    { "the Élysée said", "FRA", "the Élysée", READOUT_PARTY_MENTION_INSTITUTION },
    { "the Elysee said", "FRA", "the Elysee", READOUT_PARTY_MENTION_INSTITUTION },
    { "the Quai d'Orsay", "FRA", "the Quai d'Orsay", READOUT_PARTY_MENTION_INSTITUTION },
    { "Zhongnanhai", "CHN", "Zhongnanhai", READOUT_PARTY_MENTION_INSTITUTION },
    { "the Bundestag voted", "DEU", "the Bundestag", READOUT_PARTY_MENTION_INSTITUTION },
    { "the Knesset", "ISR", "the Knesset", READOUT_PARTY_MENTION_INSTITUTION },
    { "the Iranian Foreign Ministry said", "IRN", "the Iranian Foreign Ministry",
      READOUT_PARTY_MENTION_INSTITUTION },
    { "Chinese Foreign Ministry spokesman", "CHN", "Chinese Foreign Ministry",
      READOUT_PARTY_MENTION_INSTITUTION },
    { "the Russian government", "RUS", "the Russian government", READOUT_PARTY_MENTION_INSTITUTION },
    { "Iran's foreign ministry", "IRN", "Iran's foreign ministry", READOUT_PARTY_MENTION_INSTITUTION },
    { "the EU's foreign policy chief", "EU", "the EU's foreign policy chief", READOUT_PARTY_MENTION_OFFICIAL },
    { "the NATO secretary general", "NATO", "the NATO secretary general", READOUT_PARTY_MENTION_OFFICIAL },
    { "the UN secretary-general", "UN", "the UN secretary-general", READOUT_PARTY_MENTION_OFFICIAL },
    { "U.N. Secretary-General António", "UN", "U.N. Secretary-General", READOUT_PARTY_MENTION_OFFICIAL },
    { "the European Commission", "EU", "the European Commission", READOUT_PARTY_MENTION_NAME },
  };

  check_matches (cases, G_N_ELEMENTS (cases));
}

static void
test_match_negative (void)
{
  static const char * const texts[] = {
    "us", "Us", "turkey", "china", "Chinatown", "Americana", "Russians", "the alliance",
    "the Washington Post reported", "Korean", "Congo", "Brussels", "Who said", "jordan",
    "Guinea pig", "Paris Agreement", "Georgia", "Georgia's governor", "Security", "", "the", "The",
  };
  ReadoutPartyDirectory *directory = get_directory ();

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      guint match_len = 99;

      g_test_message ("not matching “%s”", texts[i]);
      g_assert_null (readout_party_directory_match (directory, texts[i], -1, &match_len));
      g_assert_cmpuint (match_len, ==, 0);
    }

  /* A hyphenated compound still names the party. */
  g_assert_nonnull (readout_party_directory_match (directory, "US-led", -1, NULL));
  /* Length-limited text ends the match. */
  g_assert_null (readout_party_directory_match (directory, "Russia", 3, NULL));
}

typedef struct {
  guint       start;
  guint       end;
  const char *id;
} Expected;

static void
check_find_all (const char     *text,
                const Expected *expected,
                guint           n_expected)
{
  ReadoutPartyDirectory *directory = get_directory ();
  g_autoptr(GArray) mentions = readout_party_directory_find_all (directory, text);

  for (guint i = 0; i < mentions->len; i++)
    {
      ReadoutPartyMention *m = &g_array_index (mentions, ReadoutPartyMention, i);

      g_test_message ("found %s at [%u, %u) “%.*s”", readout_party_get_id (m->party),
                      m->start, m->end, (int)(m->byte_end - m->byte_start), text + m->byte_start);
    }

  g_assert_cmpuint (mentions->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      ReadoutPartyMention *m = &g_array_index (mentions, ReadoutPartyMention, i);

      g_assert_cmpuint (m->start, ==, expected[i].start);
      g_assert_cmpuint (m->end, ==, expected[i].end);
      g_assert_cmpstr (readout_party_get_id (m->party), ==, expected[i].id);
      g_assert_cmpuint (g_utf8_pointer_to_offset (text, text + m->byte_start), ==, m->start);
      g_assert_cmpuint (g_utf8_pointer_to_offset (text, text + m->byte_end), ==, m->end);
    }
}

static void
test_find_all (void)
{
  /* Invented wire copy; the non-ASCII dash and quotes make code points
   * and bytes differ. */
  const char *text =
    "GENEVA — Russian Deputy Foreign Minister Sergei Ryabkov told reporters that Moscow wanted "
    "„Garantien“ from Washington, while the U.S. State Department said NATO’s door stays open. "
    "Michael Jordan was not there, and turkey was served in Chinatown. "
    "The Kremlin, the EU's foreign policy chief and the Iranian Foreign Ministry all spoke; "
    "so did Japan's envoy and officials in Kyiv, Beijing and Atlanta, Georgia.";
  static const Expected expected[] = {
    { 9, 16, "RUS" },
    { 76, 82, "RUS" },
    { 107, 117, "USA" },
    { 125, 150, "USA" },
    { 156, 162, "NATO" },
    { 246, 257, "RUS" },
    { 259, 288, "EU" },
    { 293, 321, "IRN" },
    { 340, 347, "JPN" },
    { 371, 375, "UKR" },
    { 377, 384, "CHN" },
  };

  check_find_all (text, expected, G_N_ELEMENTS (expected));
}

static void
test_find_all_names (void)
{
  /* Given names and blocked phrases; the country itself still counts. */
  const char *text =
    "Chad Smith met Jordan Peterson at the Washington Post. Paris Hilton flew to Paris, "
    "and Israel Katz said Israel would respond. In Jordan, King Abdullah spoke.";
  static const Expected expected[] = {
    { 76, 81, "FRA" },
    { 104, 110, "ISR" },
    { 129, 135, "JOR" },
  };

  check_find_all (text, expected, G_N_ELEMENTS (expected));
  check_find_all ("", NULL, 0);

  /* An article belongs to names written with it, not to "the Iraq war". */
  {
    static const Expected articles[] = {
      { 4, 8, "IRQ" }, { 18, 26, "USA" }, { 35, 52, "USA" }, { 57, 68, "RUS" },
    };

    check_find_all ("the Iraq war, the American people, the United States and the Kremlin",
                    articles, G_N_ELEMENTS (articles));
  }
  check_find_all ("us and turkey, china and the alliance", NULL, 0);
}

/* The matcher that reads the tokens must find what the byte scan finds,
 * at the same offsets. */
static void
check_find_in_tokens (const char *const *paragraphs,
                      guint               min_found)
{
  ReadoutPartyDirectory *directory = get_directory ();
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  g_autoptr(ReadoutTokens) tokens = NULL;
  g_autoptr(GArray) by_bytes = NULL;
  g_autoptr(GArray) by_tokens = NULL;

  for (guint i = 0; paragraphs[i] != NULL; i++)
    g_assert_true (readout_document_add_paragraph (document, paragraphs[i]));
  tokens = readout_tokens_new (document);
  by_bytes = readout_party_directory_find_all (directory, tokens->text);
  by_tokens = _readout_party_directory_find_in_tokens (directory, tokens);

  for (guint i = 0; i < by_bytes->len; i++)
    {
      ReadoutPartyMention *m = &g_array_index (by_bytes, ReadoutPartyMention, i);

      g_test_message ("found %s at [%u, %u) “%.*s”", readout_party_get_id (m->party),
                      m->start, m->end, (int)(m->byte_end - m->byte_start), tokens->text + m->byte_start);
    }
  g_assert_cmpuint (by_bytes->len, >=, min_found);
  g_assert_cmpuint (by_tokens->len, ==, by_bytes->len);
  for (guint i = 0; i < by_bytes->len; i++)
    {
      ReadoutPartyMention *a = &g_array_index (by_bytes, ReadoutPartyMention, i);
      ReadoutPartyMention *b = &g_array_index (by_tokens, ReadoutPartyMention, i);

      g_assert_true (a->party == b->party);
      g_assert_cmpint (a->kind, ==, b->kind);
      g_assert_cmpuint (a->start, ==, b->start);
      g_assert_cmpuint (a->end, ==, b->end);
      g_assert_cmpuint (a->byte_start, ==, b->byte_start);
      g_assert_cmpuint (a->byte_end, ==, b->byte_end);
      g_assert_cmpint (a->possessive, ==, b->possessive);
      g_assert_cmpint (a->has_article, ==, b->has_article);
    }
}

static void
test_find_in_tokens (void)
{
  /* Invented copy: a name first and last, demonyms, "U.S.", possessives
   * with both apostrophes, names of several words, capitals, letters
   * that are not ASCII, and words that begin nothing. */
  static const char * const wire[] = {
    "Brazil and the United States signed the pact in Geneva on Tuesday, "
    "while the U.S. envoy and a Japanese delegation looked on.",
    "Japan's foreign minister said Russia’s position had not changed; the "
    "Kremlin, Beijing and the Élysée Palace gave no comment to the Côte "
    "d’Ivoire delegation or to officials from Türkiye and São Tomé.",
    "\u201cThe South Korean side,\u201d a U.S.-led panel wrote, \u201cmet "
    "the Philippines’ negotiators, ex-Soviet states and the G20 in Chinatown.\u201d "
    "The EU’s foreign policy chief visited the UK, then the U.K., then Brazil",
    "In 2024 \u2014 after 10 years \u2013 the 27 members met \u2026 in Kyiv; \u2018Poland\u2019 "
    "and \u00abFrance\u00bb voted no, don't ask why it's four-hour talks at 9 p.m. in Paris.",
    NULL
  };
  static const char * const short_texts[][2] = {
    { "Russia", NULL },
    { "the Kremlin", NULL },
    { "U.S.", NULL },
    { "Moscow\u2019s", NULL },
    { "Iran's", NULL },
    { "\u00c9gypte and Egypt", NULL },
    { "the the the China", NULL },
    { "x", NULL },
  };

  check_find_in_tokens (wire, 12);
  for (guint i = 0; i < G_N_ELEMENTS (short_texts); i++)
    check_find_in_tokens (short_texts[i], 0);
}

static void
test_localized_name (void)
{
  if (g_test_subprocess ())
    {
      ReadoutPartyDirectory *directory;
      const char *locale;

      g_setenv ("LANGUAGE", "de", TRUE);
      locale = setlocale (LC_ALL, "");
      directory = get_directory ();

      if (locale == NULL || g_str_equal (locale, "C") || g_str_equal (locale, "POSIX"))
        {
          g_test_skip ("gettext ignores LANGUAGE in the C locale; no UTF-8 locale available");
          return;
        }
      if (g_str_equal (dgettext ("iso_3166-1", "Germany"), "Germany"))
        {
          g_test_skip ("iso-codes' German translations are not installed");
          return;
        }

      g_assert_cmpstr (readout_party_get_localized_name (readout_party_directory_lookup_id (directory, "DEU")),
                       ==, "Deutschland");
      /* iso-codes translates the formal name, not the common one. */
      g_assert_cmpstr (readout_party_get_localized_name (readout_party_directory_lookup_id (directory, "RUS")),
                       ==, "Russische Föderation");
      g_assert_cmpstr (readout_party_get_name (readout_party_directory_lookup_id (directory, "RUS")),
                       ==, "Russia");
      /* No translation at all: the English name. */
      g_assert_cmpstr (readout_party_get_localized_name (readout_party_directory_lookup_id (directory, "NATO")),
                       ==, "North Atlantic Treaty Organization");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_load_failure (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *bad_iso = NULL;
  g_autofree char *bad_data = NULL;
  g_autofree char *good_iso = g_build_filename (ISO_CODES_JSON_DIR, "iso_3166-1.json", NULL);
  ReadoutPartyDirectory *directory;

  directory = readout_party_directory_new_from_files ("/nonexistent/iso_3166-1.json", NULL, &error);
  g_assert_null (directory);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_clear_error (&error);

  dir = g_dir_make_tmp ("readout-party-XXXXXX", &error);
  g_assert_no_error (error);

  bad_iso = g_build_filename (dir, "iso.json", NULL);
  g_assert_true (g_file_set_contents (bad_iso, "{\"3166-1\": 42}", -1, NULL));
  directory = readout_party_directory_new_from_files (bad_iso, NULL, &error);
  g_assert_null (directory);
  g_assert_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (bad_iso, "{\"3166-1\": [", -1, NULL));
  directory = readout_party_directory_new_from_files (bad_iso, NULL, &error);
  g_assert_null (directory);
  g_assert_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_PARSE);
  g_clear_error (&error);

  bad_data = g_build_filename (dir, "parties.json", NULL);
  g_assert_true (g_file_set_contents (bad_data, "{\"countries\": []}", -1, NULL));
  directory = readout_party_directory_new_from_files (good_iso, bad_data, &error);
  g_assert_null (directory);
  g_assert_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED);
  g_clear_error (&error);

  /* A minimal data file of our own works. */
  g_assert_true (g_file_set_contents (bad_data,
                                      "{\"countries\": [{\"id\": \"RUS\", \"name\": \"Russia\","
                                      " \"demonyms\": [\"Russian\", 7, null, \"\", [\"x\"]]}],"
                                      " \"organizations\": [], \"blocked\": [false, \"Russian roulette\"]}",
                                      -1, NULL));
  {
    g_autoptr(ReadoutPartyDirectory) small = readout_party_directory_new_from_files (good_iso, bad_data, &error);

    g_assert_no_error (error);
    g_assert_nonnull (small);
    g_assert_null (readout_party_directory_lookup_id (small, "NATO"));
    /* Entries that are not strings are skipped (criticals are fatal here). */
    g_assert_cmpstr (readout_party_get_id (readout_party_directory_match (small, "Russian", -1, NULL)), ==, "RUS");
    g_assert_null (readout_party_directory_match (small, "Russian roulette", -1, NULL));
  }

  g_unlink (bad_iso);
  g_unlink (bad_data);
  g_rmdir (dir);
}

static void
test_default_missing (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;

      g_setenv ("READOUT_ISO_CODES_DIR", "/nonexistent", TRUE);
      g_assert_null (readout_party_directory_get_default (&error));
      g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
      g_clear_error (&error);
      /* The failure is remembered, not retried or crashed on. */
      g_assert_null (readout_party_directory_get_default (&error));
      g_assert_nonnull (error);
      g_assert_null (readout_party_directory_get_default (NULL));
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static gpointer
load_in_thread (gpointer data)
{
  return readout_party_directory_get_default (NULL);
}

static void
test_default_threads (void)
{
  if (g_test_subprocess ())
    {
      GThread *threads[4];
      gpointer results[4];

      for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
        threads[i] = g_thread_new ("party-load", load_in_thread, NULL);
      for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
        results[i] = g_thread_join (threads[i]);
      for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
        {
          g_assert_nonnull (results[i]);
          g_assert_true (results[i] == results[0]);
        }
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/party-directory/parties", test_parties);
  g_test_add_func ("/party-directory/list-model", test_list_model);
  g_test_add_func ("/party-directory/match/names", test_match_names);
  g_test_add_func ("/party-directory/match/demonyms-capitals", test_match_demonyms_capitals);
  g_test_add_func ("/party-directory/match/institutions", test_match_institutions);
  g_test_add_func ("/party-directory/match/negative", test_match_negative);
  g_test_add_func ("/party-directory/find-all", test_find_all);
  g_test_add_func ("/party-directory/find-all-names", test_find_all_names);
  g_test_add_func ("/party-directory/find-in-tokens", test_find_in_tokens);
  g_test_add_func ("/party-directory/localized-name", test_localized_name);
  g_test_add_func ("/party-directory/load-failure", test_load_failure);
  g_test_add_func ("/party-directory/default-missing", test_default_missing);
  g_test_add_func ("/party-directory/default-threads", test_default_threads);

  return g_test_run ();
}
