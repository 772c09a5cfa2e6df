/* test-tokens.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small invented articles, built paragraph by paragraph, checked token by
 * token: text, offsets, flags, quotes and sentences.
 */

#include "config.h"

#include <string.h>

#include "model/readout-document.h"
#include "analysis/readout-tokens.h"

#define TOK(tokens, i) (&g_array_index ((tokens)->tokens, ReadoutToken, (i)))

static ReadoutTokens *
tokenize (const char * const *paragraphs)
{
  g_autoptr(ReadoutDocument) doc = readout_document_new ();

  for (guint i = 0; paragraphs[i] != NULL; i++)
    g_assert_true (readout_document_add_paragraph (doc, paragraphs[i]));
  return readout_tokens_new (doc);
}

static ReadoutTokens *
tokenize1 (const char *paragraph)
{
  const char *paragraphs[] = { paragraph, NULL };

  return tokenize (paragraphs);
}

static char *
token_text (const ReadoutTokens *tokens,
            guint                i)
{
  const ReadoutToken *t = TOK (tokens, i);

  return g_strndup (tokens->text + t->byte_start, t->byte_end - t->byte_start);
}

/* All tokens, separated by "|". */
static char *
joined (const ReadoutTokens *tokens)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < tokens->tokens->len; i++)
    {
      const ReadoutToken *t = TOK (tokens, i);

      if (i > 0)
        g_string_append_c (s, '|');
      g_string_append_len (s, tokens->text + t->byte_start, t->byte_end - t->byte_start);
    }
  return g_string_free (s, FALSE);
}

/* All sentences, separated by "\n". */
static char *
sentences (const ReadoutTokens *tokens)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < tokens->sentences->len; i++)
    {
      const ReadoutSentence *sn = &g_array_index (tokens->sentences, ReadoutSentence, i);
      const ReadoutToken *a = TOK (tokens, sn->first);
      const ReadoutToken *b = TOK (tokens, sn->last - 1);

      g_assert_cmpuint (sn->start, ==, a->start);
      g_assert_cmpuint (sn->end, ==, b->end);
      g_assert_cmpuint (sn->block, ==, a->block);
      if (i > 0)
        g_string_append_c (s, '\n');
      g_string_append_len (s, tokens->text + a->byte_start, b->byte_end - a->byte_start);
    }
  return g_string_free (s, FALSE);
}

/* Index of the @nth (from 0) token whose text is @text. */
static guint
find (const ReadoutTokens *tokens,
      const char          *text,
      guint                nth)
{
  gsize len = strlen (text);

  for (guint i = 0; i < tokens->tokens->len; i++)
    {
      const ReadoutToken *t = TOK (tokens, i);

      if (t->byte_end - t->byte_start == len &&
          memcmp (tokens->text + t->byte_start, text, len) == 0 && nth-- == 0)
        return i;
    }
  g_error ("no token “%s”", text);
  return 0;
}

static void
assert_tokens (const char *paragraph,
               const char *expected)
{
  g_autoptr(ReadoutTokens) tokens = tokenize1 (paragraph);
  g_autofree char *got = joined (tokens);

  g_assert_cmpstr (got, ==, expected);
}

static void
assert_sentences (const char *paragraph,
                  const char *expected)
{
  g_autoptr(ReadoutTokens) tokens = tokenize1 (paragraph);
  g_autofree char *got = sentences (tokens);

  g_assert_cmpstr (got, ==, expected);
}

#define HAS(tokens, i, flag) ((TOK (tokens, i)->flags & READOUT_TOKEN_##flag) != 0)

static void
test_offsets (void)
{
  const char *paras[] = { "Zoë Müller’s team met in Kraków.", "Then “São Paulo” said 2022.", NULL };
  g_autoptr(ReadoutTokens) tokens = tokenize (paras);
  g_autofree char *all = joined (tokens);
  guint i;

  g_assert_cmpstr (all, ==, "Zoë|Müller’s|team|met|in|Kraków|.|Then|“|São|Paulo|”|said|2022|.");

  i = find (tokens, "Müller’s", 0);
  g_assert_cmpuint (TOK (tokens, i)->start, ==, 4);
  g_assert_cmpuint (TOK (tokens, i)->end, ==, 12);
  g_assert_cmpuint (TOK (tokens, i)->byte_start, ==, 5);       /* ë is two bytes */
  g_assert_cmpuint (TOK (tokens, i)->byte_end, ==, 5 + 11);    /* ü 2, ’ 3 */
  g_assert_true (HAS (tokens, i, POSSESSIVE));
  g_assert_true (HAS (tokens, i, CAPITALIZED));
  g_assert_true (HAS (tokens, i, SPACE_BEFORE));
  g_assert_false (HAS (tokens, 0, SPACE_BEFORE));

  /* Paragraph 2 starts at code point 32 + 2. */
  i = find (tokens, "Then", 0);
  g_assert_cmpuint (TOK (tokens, i)->start, ==, 34);
  g_assert_cmpuint (TOK (tokens, i)->block, ==, 1);
  i = find (tokens, "São", 0);
  g_assert_cmpuint (TOK (tokens, i)->start, ==, 40);
  g_assert_cmpuint (TOK (tokens, i)->end, ==, 43);
  g_assert_cmpuint (TOK (tokens, i)->byte_end - TOK (tokens, i)->byte_start, ==, 4);

  /* The lower-cased copy keeps the byte offsets; only ASCII changes. */
  g_assert_cmpuint (strlen (tokens->lower), ==, strlen (tokens->text));
  g_assert_true (readout_tokens_is (tokens, find (tokens, "Then", 0), "then"));
  g_assert_false (readout_tokens_is (tokens, find (tokens, "Then", 0), "the"));
  g_assert_false (readout_tokens_is (tokens, find (tokens, "Then", 0), "thenx"));
  g_assert_true (readout_tokens_is (tokens, find (tokens, "Zoë", 0), "zoë"));
  g_assert_cmpint (TOK (tokens, find (tokens, "2022", 0))->kind, ==, READOUT_TOKEN_NUMBER);
}

static void
test_words (void)
{
  assert_tokens ("It’s O'Brien's call, and we don't know; ex-Soviet Al-Assad said (again) — no.",
                 "It’s|O'Brien's|call|,|and|we|don't|know|;|ex-Soviet|Al-Assad|said|(|again|)|—|no|.");
  assert_tokens ("Prices rose 3.5% to 1,000 euros, or 10% in 2022–23...",
                 "Prices|rose|3.5%|to|1,000|euros|,|or|10%|in|2022|–|23|...");
  assert_tokens ("Wait… what: F-16s, COVID-19 and 1990s?",
                 "Wait|…|what|:|F-16s|,|COVID-19|and|1990s|?");
}

static void
test_numbers (void)
{
  g_autoptr(ReadoutTokens) tokens = tokenize1 ("In 2022, 1,000 troops (3.5% of 10%) left 12 F-16s.");

  for (guint i = 0; i < tokens->tokens->len; i++)
    {
      g_autofree char *text = token_text (tokens, i);
      gboolean number = g_str_equal (text, "2022") || g_str_equal (text, "1,000") ||
                        g_str_equal (text, "3.5%") || g_str_equal (text, "10%") ||
                        g_str_equal (text, "12");

      g_assert_cmpint (TOK (tokens, i)->kind == READOUT_TOKEN_NUMBER, ==, number);
    }
  g_assert_cmpint (TOK (tokens, find (tokens, "F-16s", 0))->kind, ==, READOUT_TOKEN_WORD);
  g_assert_cmpint (TOK (tokens, find (tokens, ",", 0))->kind, ==, READOUT_TOKEN_PUNCT);
}

static void
test_abbreviations (void)
{
  g_autoptr(ReadoutTokens) tokens = NULL;

  assert_tokens ("Mr. Smith, Mrs. Ode, Dr. Ito and Gen. J. Park met U.S. and U.N. envoys, e.g. in Sept. and Jan. 5.",
                 "Mr.|Smith|,|Mrs.|Ode|,|Dr.|Ito|and|Gen.|J.|Park|met|U.S.|and|U.N.|envoys|,|e.g.|in|Sept.|and|Jan.|5|.");
  assert_tokens ("Sen. Lee, Rep. Ruiz, Gov. Hart, Lt. Col. Dunn, Prof. Abe, St. Louis, Tom Brady Jr. and No. 10.",
                 "Sen.|Lee|,|Rep.|Ruiz|,|Gov.|Hart|,|Lt.|Col.|Dunn|,|Prof.|Abe|,|St.|Louis|,|Tom|Brady|Jr.|and|No.|10|.");
  /* Ordinary words keep their dot apart; "No." is only a title before a number. */
  assert_tokens ("He said. The answer was No. Then at 10 p.m. he left.",
                 "He|said|.|The|answer|was|No|.|Then|at|10|p.m.|he|left|.");

  tokens = tokenize1 ("MR. PRICE: The U.S. said it, said NATO.");
  g_assert_true (HAS (tokens, 0, ABBREVIATION));
  g_assert_true (HAS (tokens, 0, ALL_CAPS));
  g_assert_true (HAS (tokens, find (tokens, "U.S.", 0), ABBREVIATION));
  g_assert_true (HAS (tokens, find (tokens, "U.S.", 0), ALL_CAPS));
  g_assert_true (HAS (tokens, find (tokens, "NATO", 0), ALL_CAPS));
  g_assert_false (HAS (tokens, find (tokens, "NATO", 0), ABBREVIATION));
  g_assert_false (HAS (tokens, find (tokens, "The", 0), ALL_CAPS));
  g_assert_true (HAS (tokens, find (tokens, "The", 0), CAPITALIZED));
  g_assert_false (HAS (tokens, find (tokens, "it", 0), CAPITALIZED));
  g_assert_true (readout_tokens_is (tokens, find (tokens, "U.S.", 0), "u.s."));
}

static void
test_possessives (void)
{
  g_autoptr(ReadoutTokens) tokens =
    tokenize1 ("Russia's army, Russia’s navy, NATO’s plan and the allies’ doubts: it’s Kyiv's call, that's all.");
  g_autofree char *all = joined (tokens);

  g_assert_cmpstr (all, ==, "Russia's|army|,|Russia’s|navy|,|NATO’s|plan|and|the|allies’|doubts|:|it’s|Kyiv's|call|,|that's|all|.");
  g_assert_true (HAS (tokens, find (tokens, "Russia's", 0), POSSESSIVE));
  g_assert_true (HAS (tokens, find (tokens, "Russia’s", 0), POSSESSIVE));
  g_assert_true (HAS (tokens, find (tokens, "NATO’s", 0), POSSESSIVE));
  g_assert_true (HAS (tokens, find (tokens, "allies’", 0), POSSESSIVE));
  g_assert_true (HAS (tokens, find (tokens, "Kyiv's", 0), POSSESSIVE));
  g_assert_false (HAS (tokens, find (tokens, "it’s", 0), POSSESSIVE));
  g_assert_false (HAS (tokens, find (tokens, "that's", 0), POSSESSIVE));
  g_assert_false (HAS (tokens, find (tokens, "army", 0), POSSESSIVE));
  for (guint i = 0; i < tokens->tokens->len; i++)
    g_assert_cmpint (TOK (tokens, i)->quote, ==, -1);
}

static void
test_quotes (void)
{
  g_autoptr(ReadoutTokens) tokens =
    tokenize1 ("“It’s ‘a historic mistake’ and we won’t accept it,” Okafor said, calling it \"late\".");
  g_autofree char *all = joined (tokens);
  guint i;

  g_assert_cmpstr (all, ==, "“|It’s|‘|a|historic|mistake|’|and|we|won’t|accept|it|,|”|Okafor|said|,|calling|it|\"|late|\"|.");
  g_assert_cmpuint (tokens->quotes->len, ==, 3);

  i = find (tokens, "“", 0);
  g_assert_cmpint (TOK (tokens, i)->kind, ==, READOUT_TOKEN_QUOTE);
  g_assert_true (HAS (tokens, i, QUOTE_OPEN));
  g_assert_false (HAS (tokens, i, IN_QUOTE));
  g_assert_cmpint (TOK (tokens, i)->quote, ==, 0);

  i = find (tokens, "It’s", 0);
  g_assert_true (HAS (tokens, i, IN_QUOTE));
  g_assert_cmpint (TOK (tokens, i)->quote, ==, 0);

  i = find (tokens, "‘", 0);
  g_assert_cmpint (TOK (tokens, i)->kind, ==, READOUT_TOKEN_QUOTE);
  g_assert_true (HAS (tokens, i, QUOTE_OPEN));
  g_assert_true (HAS (tokens, i, IN_QUOTE));    /* inside the outer quote */
  g_assert_cmpint (TOK (tokens, i)->quote, ==, 1);
  g_assert_cmpint (TOK (tokens, find (tokens, "historic", 0))->quote, ==, 1);
  i = find (tokens, "’", 0);
  g_assert_true (HAS (tokens, i, QUOTE_CLOSE));
  g_assert_cmpint (TOK (tokens, i)->quote, ==, 1);
  g_assert_cmpint (TOK (tokens, find (tokens, "and", 0))->quote, ==, 0);

  i = find (tokens, "”", 0);
  g_assert_true (HAS (tokens, i, QUOTE_CLOSE));
  g_assert_false (HAS (tokens, i, SPACE_BEFORE));
  g_assert_cmpint (TOK (tokens, i)->quote, ==, 0);

  i = find (tokens, "Okafor", 0);
  g_assert_false (HAS (tokens, i, IN_QUOTE));
  g_assert_cmpint (TOK (tokens, i)->quote, ==, -1);

  g_assert_true (HAS (tokens, find (tokens, "\"", 0), QUOTE_OPEN));
  g_assert_true (HAS (tokens, find (tokens, "\"", 1), QUOTE_CLOSE));
  g_assert_cmpint (TOK (tokens, find (tokens, "late", 0))->quote, ==, 2);
  g_assert_cmpint (TOK (tokens, find (tokens, ".", 0))->quote, ==, -1);
}

static void
test_quote_styles (void)
{
  g_autoptr(ReadoutTokens) tokens =
    tokenize1 ("''Yes,'' he said of the ’90s, and « non » was the answer.");
  g_autofree char *all = joined (tokens);
  guint i;

  g_assert_cmpstr (all, ==, "''|Yes|,|''|he|said|of|the|’|90s|,|and|«|non|»|was|the|answer|.");
  g_assert_cmpuint (tokens->quotes->len, ==, 2);
  i = find (tokens, "''", 0);
  g_assert_true (HAS (tokens, i, QUOTE_OPEN));
  g_assert_cmpuint (TOK (tokens, i)->end - TOK (tokens, i)->start, ==, 2);
  g_assert_true (HAS (tokens, find (tokens, "''", 1), QUOTE_CLOSE));
  g_assert_cmpint (TOK (tokens, find (tokens, "’", 0))->kind, ==, READOUT_TOKEN_PUNCT);
  g_assert_cmpint (TOK (tokens, find (tokens, "’", 0))->quote, ==, -1);
  g_assert_true (HAS (tokens, find (tokens, "«", 0), QUOTE_OPEN));
  g_assert_true (HAS (tokens, find (tokens, "»", 0), QUOTE_CLOSE));
  g_assert_true (HAS (tokens, find (tokens, "»", 0), SPACE_BEFORE));
  g_assert_cmpint (TOK (tokens, find (tokens, "non", 0))->quote, ==, 1);
  g_assert_true (HAS (tokens, find (tokens, "non", 0), IN_QUOTE));
}

static void
test_multi_paragraph (void)
{
  const char *paras[] = {
    "Minister Ada Okafor said: “The first step is a ceasefire.",
    "“The second step is the return of prisoners.",
    "“The third step is talks,” she said.",
    "Nobody asked.",
    NULL,
  };
  g_autoptr(ReadoutTokens) tokens = tokenize (paras);
  g_autofree char *sents = sentences (tokens);
  guint i;

  g_assert_cmpuint (tokens->quotes->len, ==, 1);
  for (guint n = 0; n < 3; n++)
    {
      i = find (tokens, "“", n);
      g_assert_cmpint (TOK (tokens, i)->kind, ==, READOUT_TOKEN_QUOTE);
      g_assert_true (HAS (tokens, i, QUOTE_OPEN));
      g_assert_cmpint (TOK (tokens, i)->quote, ==, 0);
      g_assert_cmpuint (TOK (tokens, i)->block, ==, n);
      g_assert_cmpint (TOK (tokens, i + 1)->quote, ==, 0);
      g_assert_true (HAS (tokens, i + 1, IN_QUOTE));
    }
  g_assert_true (HAS (tokens, find (tokens, "“", 1), BLOCK_START));
  g_assert_true (HAS (tokens, find (tokens, "“", 1), SENTENCE_START));
  g_assert_true (HAS (tokens, find (tokens, "prisoners", 0), IN_QUOTE));
  g_assert_true (HAS (tokens, find (tokens, "”", 0), QUOTE_CLOSE));
  g_assert_false (HAS (tokens, find (tokens, "she", 0), IN_QUOTE));
  g_assert_false (HAS (tokens, find (tokens, "said", 0), IN_QUOTE));
  g_assert_false (HAS (tokens, find (tokens, "Nobody", 0), IN_QUOTE));
  g_assert_true (HAS (tokens, find (tokens, "Nobody", 0), BLOCK_START));
  g_assert_false (HAS (tokens, find (tokens, "asked", 0), BLOCK_START));
  g_assert_cmpuint (TOK (tokens, find (tokens, "Nobody", 0))->block, ==, 3);
  g_assert_cmpstr (sents, ==,
                   "Minister Ada Okafor said: “The first step is a ceasefire.\n"
                   "“The second step is the return of prisoners.\n"
                   "“The third step is talks,” she said.\n"
                   "Nobody asked.");
}

static void
test_sentences (void)
{
  assert_sentences ("U.S. officials met. They left.", "U.S. officials met.\nThey left.");
  assert_sentences ("Envoys flew to the U.S. The talks began on Monday.",
                    "Envoys flew to the U.S.\nThe talks began on Monday.");
  assert_sentences ("Envoys flew to the U.S. The talks began. U.S. Army officers watched.",
                    "Envoys flew to the U.S.\nThe talks began.\nU.S. Army officers watched.");
  assert_sentences ("Mr. Smith met Dr. Jones. Gen. J. Park was not there.",
                    "Mr. Smith met Dr. Jones.\nGen. J. Park was not there.");
  assert_sentences ("The vote ends at 10 p.m. on Monday. Results follow.",
                    "The vote ends at 10 p.m. on Monday.\nResults follow.");
  assert_sentences ("“We are ready now.” He said nothing more. Really? Yes! 2023 was hard… Then it ended.",
                    "“We are ready now.”\nHe said nothing more.\nReally?\nYes!\n2023 was hard…\nThen it ended.");
  assert_sentences ("“Will you go?” she asked. “No.” “Never.”",
                    "“Will you go?” she asked.\n“No.”\n“Never.”");
  assert_sentences ("Il a dit : « Nous partons. » Puis il est parti.",
                    "Il a dit : « Nous partons. »\nPuis il est parti.");
  assert_sentences ("It rose (by a lot.) Then it fell. e.g. this one. Prices were 3.5 on average.",
                    "It rose (by a lot.)\nThen it fell. e.g. this one.\nPrices were 3.5 on average.");
}

static void
test_sentences_in_quote (void)
{
  g_autoptr(ReadoutTokens) tokens =
    tokenize1 ("Okafor said: “We are ready. We will not wait.” Talks stalled.");
  g_autofree char *sents = sentences (tokens);
  guint i;

  g_assert_cmpstr (sents, ==, "Okafor said: “We are ready.\nWe will not wait.”\nTalks stalled.");
  i = find (tokens, "We", 1);
  g_assert_true (HAS (tokens, i, SENTENCE_START));
  g_assert_true (HAS (tokens, i, IN_QUOTE));
  g_assert_cmpuint (TOK (tokens, i)->sentence, ==, 1);
  g_assert_cmpuint (TOK (tokens, find (tokens, "”", 0))->sentence, ==, 1);
  g_assert_false (HAS (tokens, find (tokens, "“", 0), SENTENCE_START));
}

static void
test_blocks (void)
{
  const char *paras[] = { "A heading without a full stop", "second paragraph here", "Third. Fourth", NULL };
  g_autoptr(ReadoutTokens) tokens = tokenize (paras);
  g_autofree char *sents = sentences (tokens);

  g_assert_cmpstr (sents, ==, "A heading without a full stop\nsecond paragraph here\nThird.\nFourth");
  g_assert_true (HAS (tokens, 0, BLOCK_START));
  g_assert_true (HAS (tokens, 0, SENTENCE_START));
  g_assert_true (HAS (tokens, find (tokens, "second", 0), BLOCK_START));
  g_assert_true (HAS (tokens, find (tokens, "second", 0), SENTENCE_START));
  g_assert_true (HAS (tokens, find (tokens, "Fourth", 0), SENTENCE_START));
  g_assert_false (HAS (tokens, find (tokens, "Fourth", 0), BLOCK_START));
  for (guint i = 0; i < tokens->sentences->len; i++)
    g_assert_cmpuint (g_array_index (tokens->sentences, ReadoutSentence, i).block, ==, MIN (i, 2));
}

static void
test_empty (void)
{
  g_autoptr(ReadoutDocument) doc = readout_document_new ();
  g_autoptr(ReadoutTokens) tokens = readout_tokens_new (doc);

  g_assert_cmpuint (tokens->tokens->len, ==, 0);
  g_assert_cmpuint (tokens->sentences->len, ==, 0);
  g_assert_cmpuint (tokens->quotes->len, ==, 0);
}

/* Inputs that would expose quadratic work; the counts show nothing was lost. */
static void
test_pathological (void)
{
  GString *s = g_string_new (NULL);
  ReadoutTokens *tokens;

  /* 1 MB of words, no punctuation: 200,000 words in one sentence. */
  for (guint i = 0; i < 200000; i++)
    g_string_append (s, i == 0 ? "word" : " word");
  tokens = tokenize1 (s->str);
  g_assert_cmpuint (tokens->tokens->len, ==, 200000);
  g_assert_cmpuint (tokens->sentences->len, ==, 1);
  readout_tokens_free (tokens);

  /* 100,000 unbalanced opening marks. */
  g_string_truncate (s, 0);
  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "“a ");
  tokens = tokenize1 (s->str);
  g_assert_cmpuint (tokens->tokens->len, ==, 200000);
  /* The scanner keeps one unclosed quote; everything after its mark is in it. */
  g_assert_cmpuint (tokens->quotes->len, ==, 1);
  g_assert_true (HAS (tokens, 0, QUOTE_OPEN));
  g_assert_true (HAS (tokens, 1, IN_QUOTE));
  g_assert_cmpint (TOK (tokens, 199999)->quote, ==, 0);
  g_assert_true (HAS (tokens, 199999, IN_QUOTE));
  readout_tokens_free (tokens);

  /* 100,000 stray closing marks and 100,000 straight quotes. */
  g_string_truncate (s, 0);
  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "a” \"b ");
  tokens = tokenize1 (s->str);
  g_assert_cmpuint (tokens->tokens->len, ==, 400000);
  readout_tokens_free (tokens);

  /* One 50,000-word sentence of abbreviations, then a second one. */
  g_string_truncate (s, 0);
  for (guint i = 0; i < 50000; i++)
    g_string_append (s, "U.S. ");
  g_string_append (s, "said. The end.");
  tokens = tokenize1 (s->str);
  g_assert_cmpuint (tokens->tokens->len, ==, 50000 + 5);
  g_assert_cmpuint (tokens->sentences->len, ==, 2);
  readout_tokens_free (tokens);

  /* A run of 300,000 terminal marks. */
  g_string_truncate (s, 0);
  for (guint i = 0; i < 300000; i++)
    g_string_append_c (s, '!');
  g_string_append (s, " Done");
  tokens = tokenize1 (s->str);
  g_assert_cmpuint (tokens->tokens->len, ==, 300001);
  g_assert_cmpuint (tokens->sentences->len, ==, 2);
  readout_tokens_free (tokens);

  g_string_free (s, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tokens/offsets", test_offsets);
  g_test_add_func ("/tokens/words", test_words);
  g_test_add_func ("/tokens/numbers", test_numbers);
  g_test_add_func ("/tokens/abbreviations", test_abbreviations);
  g_test_add_func ("/tokens/possessives", test_possessives);
  g_test_add_func ("/tokens/quotes", test_quotes);
  g_test_add_func ("/tokens/quote-styles", test_quote_styles);
  g_test_add_func ("/tokens/multi-paragraph", test_multi_paragraph);
  g_test_add_func ("/tokens/sentences", test_sentences);
  g_test_add_func ("/tokens/sentences-in-quote", test_sentences_in_quote);
  g_test_add_func ("/tokens/blocks", test_blocks);
  g_test_add_func ("/tokens/empty", test_empty);
  g_test_add_func ("/tokens/pathological", test_pathological);

  return g_test_run ();
}
