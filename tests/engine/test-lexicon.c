/* test-lexicon.c — the attribution vocabulary and its matcher
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>
#include <glib/gstdio.h>

#include "readout-error.h"
#include "readout-lexicon.h"
#include "readout-tokens.h"

static ReadoutLexicon *
get_lexicon (void)
{
  g_autoptr(GError) error = NULL;
  ReadoutLexicon *lexicon = readout_lexicon_get_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (lexicon);
  return lexicon;
}

static ReadoutTokens *
tokenize (const char *paragraph)
{
  g_autoptr(ReadoutDocument) document = readout_document_new ();

  g_assert_true (readout_document_add_paragraph (document, paragraph));
  return readout_tokens_new (document);
}

/* The index of the @nth (from 0) token spelled @word, ignoring case. */
static guint
find_token (const ReadoutTokens *tokens,
            const char          *word,
            guint                nth)
{
  for (guint i = 0; i < tokens->tokens->len; i++)
    {
      gsize len;
      const char *lower = readout_tokens_lower (tokens, i, &len);

      if (len == strlen (word) && g_ascii_strncasecmp (lower, word, len) == 0 && nth-- == 0)
        return i;
    }
  g_error ("no token “%s”", word);
}

/* The cue at @word in @text, and how many tokens it covers. */
static const ReadoutCue *
cue_at (const char *text,
        const char *word,
        guint       nth,
        guint      *n_tokens)
{
  g_autoptr(ReadoutTokens) tokens = tokenize (text);

  return readout_lexicon_match_cue (get_lexicon (), tokens, find_token (tokens, word, nth), n_tokens);
}

static void
assert_cue (const char *text,
            const char *word,
            const char *lemma,
            guint       expected_tokens,
            guint       expected_flags)
{
  guint n = 0;
  const ReadoutCue *cue = cue_at (text, word, 0, &n);

  g_test_message ("%s -> %s", text, cue != NULL ? cue->lemma : "(none)");
  g_assert_nonnull (cue);
  g_assert_cmpstr (cue->lemma, ==, lemma);
  g_assert_cmpuint (n, ==, expected_tokens);
  g_assert_cmphex (cue->flags & expected_flags, ==, expected_flags);
}

static void
test_default_counts (void)
{
  ReadoutLexicon *lexicon = get_lexicon ();

  g_assert_true (readout_lexicon_get_default (NULL) == lexicon);
  g_assert_cmpuint (readout_lexicon_get_n_cues (lexicon), >=, 200);
}

static void
test_verb_forms (void)
{
  const ReadoutCue *cue;
  guint n = 0;

  assert_cue ("Ambassador Lena Varga said the talks were over.", "said", "say", 1,
              READOUT_CUE_FORM_PAST | READOUT_CUE_INVERTS);
  assert_cue ("The minister says the border will stay open.", "says", "say", 1,
              READOUT_CUE_FORM_THIRD | READOUT_CUE_INVERTS);
  assert_cue ("She has said the offer stands.", "said", "say", 1, READOUT_CUE_FORM_PAST);

  cue = cue_at ("Officials are saying little about the deal.", "saying", 0, &n);
  g_assert_nonnull (cue);
  g_assert_cmpstr (cue->act, ==, "statement");
  g_assert_cmpint (cue->cue_class, ==, READOUT_CUE_SPEECH);
  g_assert_cmpint (cue->pos, ==, READOUT_CUE_POS_VERB);
  g_assert_cmphex (cue->flags & READOUT_CUE_FORM_GERUND, !=, 0);
  /* "…," saying Varga is not English. */
  g_assert_cmphex (cue->flags & READOUT_CUE_INVERTS, ==, 0);

  assert_cue ("He admitted the plan had failed.", "admitted", "admit", 1, READOUT_CUE_FORM_PAST);
  assert_cue ("Tirana denies any role.", "denies", "deny", 1, READOUT_CUE_FORM_THIRD);
  assert_cue ("Both sides are emphasising restraint.", "emphasising", "emphasise", 1,
              READOUT_CUE_FORM_GERUND);
  assert_cue ("The envoy told Kovac the deadline had passed.", "told", "tell", 1,
              READOUT_CUE_FORM_PAST | READOUT_CUE_TAKES_OBJECT);
}

static void
test_multiword (void)
{
  const ReadoutCue *cue;
  guint n = 0;

  assert_cue ("The ceasefire is holding, according to two diplomats.", "according",
              "according to", 2, READOUT_CUE_FORM_BASE);
  assert_cue ("Talks will resume on Monday, Vuk Marin told reporters in Geneva.", "told",
              "tell reporters", 2, READOUT_CUE_FORM_PAST);
  assert_cue ("The ministry said in a statement that it would respond.", "said",
              "say in a statement", 4, READOUT_CUE_FORM_PAST);
  assert_cue ("Ankara struck a cautious note on Tuesday.", "struck", "strike a note", 4,
              READOUT_CUE_FORM_PAST);
  assert_cue ("The premier struck a more conciliatory note.", "struck", "strike a note", 5,
              READOUT_CUE_FORM_PAST);
  assert_cue ("Moscow ruled out any withdrawal.", "ruled", "rule out", 2, READOUT_CUE_FORM_PAST);
  assert_cue ("Officials would not rule out new sanctions.", "rule", "rule out", 2,
              READOUT_CUE_FORM_BASE);
  assert_cue ("Brussels called for calm on both sides.", "called", "call for", 2,
              READOUT_CUE_FORM_PAST);

  cue = cue_at ("Moscow ruled out any withdrawal.", "ruled", 0, &n);
  g_assert_cmpstr (cue->act, ==, "reject");
  g_assert_cmpint (cue->cue_class, ==, READOUT_CUE_STANCE);

  cue = cue_at ("Brussels called for calm.", "called", 0, &n);
  g_assert_cmpstr (cue->act, ==, "appeal");

  cue = cue_at ("The ceasefire is holding, according to two diplomats.", "according", 0, &n);
  g_assert_cmpint (cue->cue_class, ==, READOUT_CUE_ACCORDING);
  g_assert_cmpint (cue->pos, ==, READOUT_CUE_POS_PHRASE);

  /* "called" alone needs a complement ("called it a provocation"). */
  assert_cue ("She called the meeting to order.", "called", "call", 1,
              READOUT_CUE_FORM_PAST | READOUT_CUE_NEEDS_COMPLEMENT);
  g_assert_null (cue_at ("She chaired the meeting.", "chaired", 0, &n));
  g_assert_cmpuint (n, ==, 0);
  /* The wildcard spans at most three tokens. */
  g_assert_null (cue_at ("Ankara struck a very, very, very cautious note.", "struck", 0, &n));
}

static void
test_nouns (void)
{
  const ReadoutCue *cue;
  guint n = 0;

  cue = cue_at ("Kovac's insistence that the vote go ahead angered Belgrade.", "insistence", 0, &n);
  g_assert_nonnull (cue);
  g_assert_cmpstr (cue->lemma, ==, "insistence");
  g_assert_cmpint (cue->pos, ==, READOUT_CUE_POS_NOUN);
  g_assert_cmpstr (cue->act, ==, "demand");

  assert_cue ("Repeated warnings went unheeded.", "warnings", "warning", 1, READOUT_CUE_FORM_PLURAL);
  assert_cue ("The accusations were rejected.", "accusations", "accusation", 1, READOUT_CUE_FORM_PLURAL);
}

static void
test_complement_flags (void)
{
  const ReadoutCue *cue;
  guint n = 0;

  assert_cue ("The report noted that exports had fallen.", "noted", "note", 1,
              READOUT_CUE_FORM_PAST | READOUT_CUE_NEEDS_COMPLEMENT);
  assert_cue ("The envoy stated that no deal was near.", "stated", "state", 1,
              READOUT_CUE_FORM_PAST | READOUT_CUE_NEEDS_COMPLEMENT);
  /* The noun still matches, but the flag tells the caller to check. */
  cue = cue_at ("Several ex-Soviet states joined the talks.", "states", 0, &n);
  g_assert_nonnull (cue);
  g_assert_cmphex (cue->flags & READOUT_CUE_NEEDS_COMPLEMENT, !=, 0);
  cue = cue_at ("Russia would continue its exercises.", "continue", 0, &n);
  g_assert_nonnull (cue);
  g_assert_cmphex (cue->flags & READOUT_CUE_NEEDS_COMPLEMENT, !=, 0);
  /* Both readings of "claims" are kept in the form bits. */
  cue = cue_at ("The claims were false, Ilic claims.", "claims", 0, &n);
  g_assert_nonnull (cue);
  g_assert_cmphex (cue->flags & (READOUT_CUE_FORM_THIRD | READOUT_CUE_FORM_PLURAL), ==,
                   READOUT_CUE_FORM_THIRD | READOUT_CUE_FORM_PLURAL);
}

static void
test_quotes_and_sentences (void)
{
  g_autoptr(ReadoutTokens) tokens = NULL;
  guint n = 0;

  /* The first "said" is inside the quotation, the second is the cue. */
  tokens = tokenize ("“Nobody said this would be easy,” Varga said.");
  g_assert_null (readout_lexicon_match_cue (get_lexicon (), tokens, find_token (tokens, "said", 0), &n));
  g_assert_nonnull (readout_lexicon_match_cue (get_lexicon (), tokens, find_token (tokens, "said", 1), &n));
  g_assert_cmpuint (n, ==, 1);
  g_clear_pointer (&tokens, readout_tokens_free);

  /* A multiword cue stops at the quotation: only "said" matches. */
  tokens = tokenize ("She said “in a statement” was the wrong phrase.");
  g_assert_nonnull (readout_lexicon_match_cue (get_lexicon (), tokens, find_token (tokens, "said", 0), &n));
  g_assert_cmpuint (n, ==, 1);
  g_clear_pointer (&tokens, readout_tokens_free);

  /* Nor across a sentence end. */
  tokens = tokenize ("Prices rose, the bank said. In a statement it blamed oil.");
  g_assert_nonnull (readout_lexicon_match_cue (get_lexicon (), tokens, find_token (tokens, "said", 0), &n));
  g_assert_cmpuint (n, ==, 1);
  /* Punctuation and out-of-range indices are never cues. */
  g_assert_null (readout_lexicon_match_cue (get_lexicon (), tokens, find_token (tokens, ",", 0), &n));
  g_assert_null (readout_lexicon_match_cue (get_lexicon (), tokens, tokens->tokens->len, &n));
}

static const ReadoutWordInfo *
lookup (const char *word)
{
  return readout_lexicon_lookup_word (get_lexicon (), word, strlen (word));
}

static void
test_words (void)
{
  const ReadoutWordInfo *info;

  info = lookup ("mr.");
  g_assert_nonnull (info);
  g_assert_cmpint (info->kind, ==, READOUT_WORD_HONORIFIC);
  g_assert_cmpint (info->gender, ==, READOUT_GENDER_MALE);
  g_assert_cmpint (lookup ("mr")->gender, ==, READOUT_GENDER_MALE);
  g_assert_cmpint (lookup ("ms.")->gender, ==, READOUT_GENDER_FEMALE);
  g_assert_cmpstr (lookup ("mrs.")->canonical, ==, "Mrs.");

  info = lookup ("spokeswoman");
  g_assert_nonnull (info);
  g_assert_cmpint (info->gender, ==, READOUT_GENDER_FEMALE);
  g_assert_cmpint (lookup ("spokesman")->gender, ==, READOUT_GENDER_MALE);
  g_assert_cmpint (lookup ("president")->kind, ==, READOUT_WORD_TITLE);
  g_assert_cmpint (lookup ("deputy")->kind, ==, READOUT_WORD_TITLE_PART);
  g_assert_cmpint (lookup ("negotiator")->kind, ==, READOUT_WORD_TITLE);
  g_assert_cmpint (lookup ("lawmakers")->kind, ==, READOUT_WORD_ROLE_NOUN);
  g_assert_true (lookup ("lawmakers")->plural);

  info = lookup ("they");
  g_assert_cmpint (info->kind, ==, READOUT_WORD_PRONOUN);
  g_assert_true (info->plural);
  g_assert_true (info->subject);
  info = lookup ("him");
  g_assert_cmpint (info->gender, ==, READOUT_GENDER_MALE);
  g_assert_false (info->subject);
  g_assert_cmpstr (info->canonical, ==, "he");
  g_assert_true (lookup ("she")->subject);
  g_assert_cmpint (lookup ("its")->gender, ==, READOUT_GENDER_NEUTER);

  info = lookup ("officials");
  g_assert_cmpint (info->kind, ==, READOUT_WORD_ANONYMOUS);
  g_assert_true (info->plural);
  g_assert_false (lookup ("source")->plural);

  g_assert_cmpint (lookup ("january")->kind, ==, READOUT_WORD_NOT_NAME);
  g_assert_cmpint (lookup ("however")->kind, ==, READOUT_WORD_NOT_NAME);
  g_assert_cmpint (lookup ("sept.")->kind, ==, READOUT_WORD_NOT_NAME);

  g_assert_null (lookup ("varga"));
  g_assert_null (readout_lexicon_lookup_word (get_lexicon (), "mr.", 0));
  /* Only @len bytes count: "he" inside "hello". */
  g_assert_cmpint (readout_lexicon_lookup_word (get_lexicon (), "hello", 2)->kind, ==, READOUT_WORD_PRONOUN);
}

/* Writes @cues (or a valid one) and @words (or a valid one) and loads them. */
static ReadoutLexicon *
load_pair (const char  *cues,
           const char  *words,
           GError     **error)
{
  g_autofree char *dir = g_dir_make_tmp ("readout-lexicon-XXXXXX", NULL);
  g_autofree char *cue_path = g_build_filename (dir, "cues.json", NULL);
  g_autofree char *word_path = g_build_filename (dir, "words.json", NULL);
  ReadoutLexicon *lexicon;

  g_assert_nonnull (dir);
  if (cues == NULL)
    cues = "{\"version\": 1, \"cues\": [{\"lemma\": \"say\", \"class\": \"speech\", \"pos\": \"verb\","
           " \"act\": \"statement\", \"forms\": {\"past\": \"said\"}}]}";
  if (words == NULL)
    words = "{\"version\": 1, \"groups\": [{\"kind\": \"pronoun\", \"words\": [\"he\"]}]}";
  g_assert_true (g_file_set_contents (cue_path, cues, -1, NULL));
  g_assert_true (g_file_set_contents (word_path, words, -1, NULL));

  lexicon = readout_lexicon_new_from_files (cue_path, word_path, error);

  g_unlink (cue_path);
  g_unlink (word_path);
  g_rmdir (dir);
  return lexicon;
}

static void
test_files (void)
{
  static const char * const bad_cues[] = {
    "{\"version\": 1, \"cues\": [",
    "[]",
    "{\"version\": 2, \"cues\": []}",
    "{\"version\": 1}",
    "{\"version\": 1, \"cues\": []}",
    "{\"version\": 1, \"cues\": [{\"lemma\": \"say\", \"class\": \"speech\", \"pos\": \"verb\"}]}",
    "{\"version\": 1, \"cues\": [{\"lemma\": \"say\", \"class\": \"talk\", \"pos\": \"verb\", \"act\": \"statement\"}]}",
    "{\"version\": 1, \"cues\": [{\"lemma\": \"Say\", \"class\": \"speech\", \"pos\": \"verb\", \"act\": \"statement\"}]}",
    "{\"version\": 1, \"cues\": [{\"lemma\": \"say\", \"class\": \"speech\", \"pos\": \"verb\", \"act\": \"statement\", \"flags\": [\"loud\"]}]}",
    "{\"version\": 1, \"cues\": [{\"lemma\": \"say\", \"class\": \"speech\", \"pos\": \"verb\", \"act\": \"statement\", \"tense\": 1}]}",
    "{\"version\": 1, \"cues\": [{\"lemma\": \"strike a note\", \"class\": \"speech\", \"pos\": \"verb\", \"act\": \"statement\", \"patterns\": [\"* a note\"]}]}",
    "{\"version\": 1, \"cues\": [{\"lemma\": \"say\", \"class\": \"speech\", \"pos\": \"verb\", \"act\": \"statement\"},"
    " {\"lemma\": \"say\", \"class\": \"speech\", \"pos\": \"verb\", \"act\": \"statement\"}]}",
  };
  static const char * const bad_words[] = {
    "not json",
    "{\"version\": 1, \"groups\": [{\"kind\": \"villain\", \"words\": [\"he\"]}]}",
    "{\"version\": 1, \"groups\": [{\"kind\": \"pronoun\", \"gender\": \"other\", \"words\": [\"he\"]}]}",
    "{\"version\": 1, \"groups\": [{\"kind\": \"pronoun\", \"words\": [\"he\", \"He\"]}]}",
    "{\"version\": 1, \"groups\": [{\"kind\": \"pronoun\", \"words\": [42]}]}",
  };
  g_autoptr(ReadoutLexicon) good = NULL;
  g_autoptr(GError) error = NULL;

  good = load_pair (NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (readout_lexicon_get_n_cues (good), ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cues); i++)
    {
      g_autoptr(ReadoutLexicon) lexicon = load_pair (bad_cues[i], NULL, &error);

      g_test_message ("cues %u: %s", i, error != NULL ? error->message : "(loaded)");
      g_assert_null (lexicon);
      g_assert_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED);
      g_assert_nonnull (strstr (error->message, "cues.json"));
      g_clear_error (&error);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad_words); i++)
    {
      g_autoptr(ReadoutLexicon) lexicon = load_pair (NULL, bad_words[i], &error);

      g_test_message ("words %u: %s", i, error != NULL ? error->message : "(loaded)");
      g_assert_null (lexicon);
      g_assert_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED);
      g_clear_error (&error);
    }

  g_assert_null (readout_lexicon_new_from_files ("/nonexistent/cues.json", NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lexicon/default-counts", test_default_counts);
  g_test_add_func ("/lexicon/verb-forms", test_verb_forms);
  g_test_add_func ("/lexicon/multiword", test_multiword);
  g_test_add_func ("/lexicon/nouns", test_nouns);
  g_test_add_func ("/lexicon/complement-flags", test_complement_flags);
  g_test_add_func ("/lexicon/quotes-and-sentences", test_quotes_and_sentences);
  g_test_add_func ("/lexicon/words", test_words);
  g_test_add_func ("/lexicon/files", test_files);

  return g_test_run ();
}
