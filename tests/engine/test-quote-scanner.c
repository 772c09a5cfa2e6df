/* test-quote-scanner.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every case is a small invented article, built paragraph by paragraph so
 * the offsets are real code points, with every quote it must yield.
 */

#include "config.h"

#include "readout-engine.h"
#include "analysis/readout-quote-scanner.h"

/* Style as expected + 1, so that 0 means "not checked". */
#define S(x) (READOUT_QUOTE_STYLE_##x + 1)
#define UNCLOSED TRUE

typedef struct
{
  const char *marked;   /* the text of [open_start, close_end) */
  const char *content;  /* the text of [start, end) */
  guint       depth;
  gboolean    unclosed;
  guint       block_first;
  guint       block_last;
  guint       style;
} ExpectedQuote;

typedef struct
{
  const char    *name;
  const char    *paragraphs[8];  /* "#…" makes a heading */
  ExpectedQuote  quotes[8];
} QuoteCase;

static const QuoteCase cases[] = {
  { "simple",
    { "“We are ready to talk,” Sherwood said." },
    { { "“We are ready to talk,”", "We are ready to talk,", 0, FALSE, 0, 0, S (CURLY_DOUBLE) } } },

  { "split",
    { "“We will not be intimidated,” she added, “and we will not abandon our partners.”" },
    { { "“We will not be intimidated,”", "We will not be intimidated,", 0, FALSE, 0, 0, 0 },
      { "“and we will not abandon our partners.”", "and we will not abandon our partners.", 0, FALSE, 0, 0, 0 } } },

  { "colon-introduction",
    { "Foreign Minister Lena Brandt struck a cautious note: “The door remains open, but time is short.”" },
    { { "“The door remains open, but time is short.”", "The door remains open, but time is short.", 0, FALSE, 0, 0, 0 } } },

  { "multi-paragraph",
    { "Minister Ada Okafor said: “The first step is a ceasefire.",
      "“The second step is the return of prisoners.",
      "“The third step is talks without conditions,” she said.",
      "Reporters had no “further” questions." },
    { { "“The first step is a ceasefire.\n\n“The second step is the return of prisoners.\n\n“The third step is talks without conditions,”",
        "The first step is a ceasefire.\n\n“The second step is the return of prisoners.\n\n“The third step is talks without conditions,",
        0, FALSE, 0, 2, S (CURLY_DOUBLE) },
      { "“further”", "further", 0, FALSE, 3, 3, 0 } } },

  { "multi-paragraph-straight",
    { "The spokesman, Tomas Lind, read a statement: \"Sweden condemns the attack.",
      "\"We call on all sides to show restraint.",
      "\"We stand ready to help,\" the statement said." },
    { { "\"Sweden condemns the attack.\n\n\"We call on all sides to show restraint.\n\n\"We stand ready to help,\"",
        "Sweden condemns the attack.\n\n\"We call on all sides to show restraint.\n\n\"We stand ready to help,",
        0, FALSE, 0, 2, S (STRAIGHT_DOUBLE) } } },

  { "apostrophes-inside",
    { "“It’s Russia’s choice, not ours, and we don’t expect a reply,” the envoy said." },
    { { "“It’s Russia’s choice, not ours, and we don’t expect a reply,”",
        "It’s Russia’s choice, not ours, and we don’t expect a reply,", 0, FALSE, 0, 0, 0 } } },

  { "apostrophes-outside",
    { "The Joneses’ house was searched in the ’90s, and it’s still empty, Russia’s embassy said.",
      "Nobody’s sure the allies’ plan will work." },
    { { NULL } } },

  { "nested-single",
    { "“He called the annexation ‘a historic mistake’ and said it’s not the ’90s any more,” Blinken said." },
    { { "“He called the annexation ‘a historic mistake’ and said it’s not the ’90s any more,”",
        "He called the annexation ‘a historic mistake’ and said it’s not the ’90s any more,", 0, FALSE, 0, 0, S (CURLY_DOUBLE) },
      { "‘a historic mistake’", "a historic mistake", 1, FALSE, 0, 0, S (CURLY_SINGLE) } } },

  { "single-top-level-possessive",
    { "‘We met at the Joneses’ house last week,’ the diplomat said." },
    { { "‘We met at the Joneses’ house last week,’", "We met at the Joneses’ house last week,", 0, FALSE, 0, 0, S (CURLY_SINGLE) } } },

  { "rock-n-roll",
    { "‘They played rock ’n’ roll all night,’ the ambassador recalled." },
    { { "‘They played rock ’n’ roll all night,’", "They played rock ’n’ roll all night,", 0, FALSE, 0, 0, 0 } } },

  { "straight-double",
    { "\"We reject these accusations,\" said Ivan Petrov, a ministry spokesman. \"They are baseless.\"" },
    { { "\"We reject these accusations,\"", "We reject these accusations,", 0, FALSE, 0, 0, S (STRAIGHT_DOUBLE) },
      { "\"They are baseless.\"", "They are baseless.", 0, FALSE, 0, 0, S (STRAIGHT_DOUBLE) } } },

  { "straight-apostrophes",
    { "\"It's a matter of days,\" he said, \"and we don't have the '90s luxury of time.\"" },
    { { "\"It's a matter of days,\"", "It's a matter of days,", 0, FALSE, 0, 0, 0 },
      { "\"and we don't have the '90s luxury of time.\"", "and we don't have the '90s luxury of time.", 0, FALSE, 0, 0, 0 } } },

  { "n-elisions",
    { "\"It's rock 'n' roll diplomacy,\" he said of the ‘rock ‘n’ roll’ summit." },
    { { "\"It's rock 'n' roll diplomacy,\"", "It's rock 'n' roll diplomacy,", 0, FALSE, 0, 0, 0 },
      { "‘rock ‘n’ roll’", "rock ‘n’ roll", 0, FALSE, 0, 0, S (CURLY_SINGLE) } } },

  { "straight-nested-single",
    { "\"They called it 'frank and forthright,' which is code,\" he said." },
    { { "\"They called it 'frank and forthright,' which is code,\"", "They called it 'frank and forthright,' which is code,", 0, FALSE, 0, 0, 0 },
      { "'frank and forthright,'", "frank and forthright,", 1, FALSE, 0, 0, S (STRAIGHT_SINGLE) } } },

  { "straight-single-top-level-ignored",
    { "The so-called 'reset' failed, officials said, and the Smiths' visit was cancelled." },
    { { NULL } } },

  { "german",
    { "„Wir sind bereit“, sagte Außenminister Jonas Keller. „Er nannte das ‚unverantwortlich‘“, fügte sie hinzu." },
    { { "„Wir sind bereit“", "Wir sind bereit", 0, FALSE, 0, 0, S (LOW_DOUBLE) },
      { "„Er nannte das ‚unverantwortlich‘“", "Er nannte das ‚unverantwortlich‘", 0, FALSE, 0, 0, S (LOW_DOUBLE) },
      { "‚unverantwortlich‘", "unverantwortlich", 1, FALSE, 0, 0, S (LOW_SINGLE) } } },

  { "french",
    { "«Nous sommes prêts», a déclaré le ministre Paul Girard." },
    { { "«Nous sommes prêts»", "Nous sommes prêts", 0, FALSE, 0, 0, S (GUILLEMET) } } },

  { "french-spaced",
    { "« Nous sommes prêts », a déclaré le ministre. «\u00a0Pas de conditions\u00a0», a-t-il ajouté." },
    { { "« Nous sommes prêts »", "Nous sommes prêts", 0, FALSE, 0, 0, S (GUILLEMET) },
      { "« Pas de conditions »", "Pas de conditions", 0, FALSE, 0, 0, S (GUILLEMET) } } },

  { "single-guillemets",
    { "« Il a parlé d’un ‹ partenariat stratégique › sans détails », a dit l’élu. Le mot ‹paix› revient." },
    { { "« Il a parlé d’un ‹ partenariat stratégique › sans détails »",
        "Il a parlé d’un ‹ partenariat stratégique › sans détails", 0, FALSE, 0, 0, 0 },
      { "‹ partenariat stratégique ›", "partenariat stratégique", 1, FALSE, 0, 0, S (SINGLE_GUILLEMET) },
      { "‹paix›", "paix", 0, FALSE, 0, 0, S (SINGLE_GUILLEMET) } } },

  { "russian",
    { "«Мы не допустим этого», — заявил Рябков." },
    { { "«Мы не допустим этого»", "Мы не допустим этого", 0, FALSE, 0, 0, S (GUILLEMET) } } },

  { "guillemets-reversed",
    { "»Das ist inakzeptabel«, sagte die Sprecherin." },
    { { "»Das ist inakzeptabel«", "Das ist inakzeptabel", 0, FALSE, 0, 0, S (GUILLEMET_REVERSED) } } },

  { "corner-brackets",
    { "发言人表示：「我们反对所谓『新冷战』的说法。」" },
    { { "「我们反对所谓『新冷战』的说法。」", "我们反对所谓『新冷战』的说法。", 0, FALSE, 0, 0, S (CORNER) },
      { "『新冷战』", "新冷战", 1, FALSE, 0, 0, S (WHITE_CORNER) } } },

  { "unclosed-not-continued",
    { "The minister said: “We will never accept this.",
      "Talks resumed on Monday, officials said.",
      "“Nothing has changed,” a spokesman said." },
    { { "“We will never accept this.", "We will never accept this.", 0, UNCLOSED, 0, 0, 0 },
      { "“Nothing has changed,”", "Nothing has changed,", 0, FALSE, 2, 2, 0 } } },

  { "stray-closing-mark",
    { "The envoy” arrived late. “We are hopeful,” he said." },
    { { "“We are hopeful,”", "We are hopeful,", 0, FALSE, 0, 0, 0 } } },

  { "stray-opening-does-not-shift",
    { "The “so-called deal was signed in Doha.",
      "Officials said the “deal” is fragile.",
      "\"Fine,\" said Karim Haddad." },
    { { "“so-called deal was signed in Doha.", "so-called deal was signed in Doha.", 0, UNCLOSED, 0, 0, 0 },
      { "“deal”", "deal", 0, FALSE, 1, 1, 0 },
      { "\"Fine,\"", "Fine,", 0, FALSE, 2, 2, 0 } } },

  { "stray-straight-opener",
    { "He said \"yes and then \"no,\" she said." },
    { { "\"yes and then \"no,\" she said.", "yes and then \"no,\" she said.", 0, UNCLOSED, 0, 0, 0 },
      { "\"no,\"", "no,", 1, FALSE, 0, 0, 0 } } },

  { "line-break-in-paragraph",
    { "“We will\nnot retreat,” the\r\ngeneral said." },
    { { "“We will not retreat,”", "We will not retreat,", 0, FALSE, 0, 0, 0 } } },

  { "empty-quotes",
    { "He answered with “” and then wrote \"\" on the form." },
    { { "“”", "", 0, FALSE, 0, 0, S (CURLY_DOUBLE) },
      { "\"\"", "", 0, FALSE, 0, 0, S (STRAIGHT_DOUBLE) } } },

  { "scare-quotes",
    { "The so-called “peace plan” was rejected, and Beijing called the talks “useful”." },
    { { "“peace plan”", "peace plan", 0, FALSE, 0, 0, 0 },
      { "“useful”", "useful", 0, FALSE, 0, 0, 0 } } },

  { "ellipsis-and-dashes",
    { "“We are ready … but not at any price — not now, not ever,” she said. “…and that is final—” he began. \"...and more...\" he said." },
    { { "“We are ready … but not at any price — not now, not ever,”", "We are ready … but not at any price — not now, not ever,", 0, FALSE, 0, 0, 0 },
      { "“…and that is final—”", "…and that is final—", 0, FALSE, 0, 0, 0 },
      { "\"...and more...\"", "...and more...", 0, FALSE, 0, 0, 0 } } },

  { "question-and-exclamation",
    { "“Who will guarantee our security?” Ryabkov asked. “Nobody!” he said. Did she say \"never\"?" },
    { { "“Who will guarantee our security?”", "Who will guarantee our security?", 0, FALSE, 0, 0, 0 },
      { "“Nobody!”", "Nobody!", 0, FALSE, 0, 0, 0 },
      { "\"never\"", "never", 0, FALSE, 0, 0, 0 } } },

  { "right-marks-both-ends",
    { "”We will not allow this,” the minister said. ”Our position is clear.”" },
    { { "”We will not allow this,”", "We will not allow this,", 0, FALSE, 0, 0, S (RIGHT_DOUBLE) },
      { "”Our position is clear.”", "Our position is clear.", 0, FALSE, 0, 0, S (RIGHT_DOUBLE) } } },

  { "left-marks-both-ends",
    { "“We are patient,“ the envoy said." },
    { { "“We are patient,“", "We are patient,", 0, FALSE, 0, 0, S (CURLY_DOUBLE) } } },

  { "mixed-inside-reported-speech",
    { "The ministry said Washington “has no right to interfere,” calling the U.S. statement “frank and forthright”." },
    { { "“has no right to interfere,”", "has no right to interfere,", 0, FALSE, 0, 0, 0 },
      { "“frank and forthright”", "frank and forthright", 0, FALSE, 0, 0, 0 } } },

  { "heading-does-not-continue",
    { "#Envoy: “We will talk",
      "“Nothing more,” she said." },
    { { "“We will talk", "We will talk", 0, UNCLOSED, 0, 0, 0 },
      { "“Nothing more,”", "Nothing more,", 0, FALSE, 1, 1, 0 } } },

  { "multi-paragraph-unclosed-at-end",
    { "Akira Sato said: “We have waited long enough.",
      "“Now we act." },
    { { "“We have waited long enough.\n\n“Now we act.", "We have waited long enough.\n\n“Now we act.", 0, UNCLOSED, 0, 1, 0 } } },

  { "brackets-and-dashes",
    { "The accord (“a first step”) was signed—“finally,” said one aide." },
    { { "“a first step”", "a first step", 0, FALSE, 0, 0, 0 },
      { "“finally,”", "finally,", 0, FALSE, 0, 0, 0 } } },

  { "doubled-apostrophes",
    { "''We won't sign,'' said Rosa Mendes, a trade official. ''It's final.''",
      "''The first round is over.",
      "''The second begins Monday,'' she said." },
    { { "''We won't sign,''", "We won't sign,", 0, FALSE, 0, 0, S (STRAIGHT_DOUBLE) },
      { "''It's final.''", "It's final.", 0, FALSE, 0, 0, S (STRAIGHT_DOUBLE) },
      { "''The first round is over.\n\n''The second begins Monday,''", "The first round is over.\n\n''The second begins Monday,", 0, FALSE, 1, 2, 0 } } },

  { "mixed-straight-and-curly",
    { "Officials found “no evidence\" of foul play and expect \"more details” soon." },
    { { "“no evidence\"", "no evidence", 0, FALSE, 0, 0, S (CURLY_DOUBLE) },
      { "\"more details”", "more details", 0, FALSE, 0, 0, S (STRAIGHT_DOUBLE) } } },

  { "nested-straight-in-curly",
    { "“Stop calling it a \"special operation\",” Maria Kovac told reporters." },
    { { "“Stop calling it a \"special operation\",”", "Stop calling it a \"special operation\",", 0, FALSE, 0, 0, 0 },
      { "\"special operation\"", "special operation", 1, FALSE, 0, 0, S (STRAIGHT_DOUBLE) } } },
};

static char *
substring (const char *text,
           guint       start,
           guint       end)
{
  const char *a = g_utf8_offset_to_pointer (text, start);
  const char *b = g_utf8_offset_to_pointer (text, end);

  return g_strndup (a, b - a);
}

static ReadoutDocument *
build_document (const char * const *paragraphs,
                guint               n)
{
  ReadoutDocument *doc = readout_document_new ();

  for (guint i = 0; i < n && paragraphs[i] != NULL; i++)
    {
      if (paragraphs[i][0] == '#')
        g_assert_true (readout_document_add_block (doc, READOUT_BLOCK_HEADING, paragraphs[i] + 1, NULL));
      else
        g_assert_true (readout_document_add_paragraph (doc, paragraphs[i]));
    }
  return doc;
}

static void
test_case (gconstpointer data)
{
  const QuoteCase *c = data;
  g_autoptr(ReadoutDocument) doc = build_document (c->paragraphs, G_N_ELEMENTS (c->paragraphs));
  g_autoptr(GArray) quotes = readout_quote_scanner_scan (doc);
  const char *text = readout_document_get_text (doc);
  guint n_expected = 0;

  while (n_expected < G_N_ELEMENTS (c->quotes) && c->quotes[n_expected].marked != NULL)
    n_expected++;

  for (guint k = 0; k < quotes->len; k++)
    {
      const ReadoutQuote *q = &g_array_index (quotes, ReadoutQuote, k);
      g_autofree char *marked = substring (text, q->open_start, q->close_end);
      g_test_message ("quote %u: [%u, %u) depth %u closed %d: %s", k, q->open_start,
                      q->close_end, q->depth, q->closed, g_strdelimit (marked, "\n", '/'));
    }
  g_assert_cmpuint (quotes->len, ==, n_expected);

  for (guint k = 0; k < n_expected; k++)
    {
      const ExpectedQuote *e = &c->quotes[k];
      const ReadoutQuote *q = &g_array_index (quotes, ReadoutQuote, k);
      g_autofree char *marked = substring (text, q->open_start, q->close_end);
      g_autofree char *content = substring (text, q->start, q->end);

      g_assert_cmpuint (q->open_start, <=, q->start);
      g_assert_cmpuint (q->start, <=, q->end);
      g_assert_cmpuint (q->end, <=, q->close_end);
      g_assert_cmpstr (marked, ==, e->marked);
      g_assert_cmpstr (content, ==, e->content);
      g_assert_cmpuint (q->depth, ==, e->depth);
      g_assert_cmpint (q->closed, ==, !e->unclosed);
      g_assert_cmpuint (q->block_first, ==, e->block_first);
      g_assert_cmpuint (q->block_last, ==, e->block_last);
      g_assert_cmpint (q->multi_paragraph, ==, e->block_first != e->block_last);
      if (e->style != 0)
        g_assert_cmpstr (readout_quote_style_to_string (q->style), ==,
                         readout_quote_style_to_string (e->style - 1));
      if (!q->closed)
        g_assert_cmpuint (q->close_end, ==, readout_document_get_block (doc, q->block_last)->end);
    }
}

/* A paragraph of @n copies of @unit. */
static ReadoutDocument *
repeated_paragraph (const char *unit,
                    guint       n)
{
  ReadoutDocument *doc = readout_document_new ();
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append (s, unit);
  g_assert_true (readout_document_add_paragraph (doc, s->str));
  return doc;
}

static void
test_unbalanced_openers (void)
{
  static const char *units[] = { "“word ", "\"word ", "”word ", "«mot ", "„Wort " };

  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    {
      g_autoptr(ReadoutDocument) doc = repeated_paragraph (units[u], 100000);
      g_autoptr(GArray) quotes = readout_quote_scanner_scan (doc);
      const ReadoutQuote *q;

      /* The first opener is the unclosed quote; the others are strays. */
      g_assert_cmpuint (quotes->len, ==, 1);
      q = &g_array_index (quotes, ReadoutQuote, 0);
      g_assert_false (q->closed);
      g_assert_cmpuint (q->open_start, ==, 0);
      g_assert_cmpuint (q->start, ==, 1);
      g_assert_cmpuint (q->close_end, ==, readout_document_get_length (doc));
    }
}

static void
test_unbalanced_closers (void)
{
  static const char *units[] = { "word” ", "word\" ", "word’ ", "mot» ", "x」" };

  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    {
      g_autoptr(ReadoutDocument) doc = repeated_paragraph (units[u], 100000);
      g_autoptr(GArray) quotes = readout_quote_scanner_scan (doc);

      g_assert_cmpuint (quotes->len, ==, 0);
    }
}

/* Openers that each close the next in turn: 50,000 quotes, not one. */
static void
test_many_balanced (void)
{
  g_autoptr(ReadoutDocument) doc = repeated_paragraph ("“Yes,” he said. ", 50000);
  g_autoptr(GArray) quotes = readout_quote_scanner_scan (doc);

  g_assert_cmpuint (quotes->len, ==, 50000);
  for (guint k = 0; k < quotes->len; k++)
    {
      const ReadoutQuote *q = &g_array_index (quotes, ReadoutQuote, k);

      g_assert_cmpuint (q->open_start, ==, k * 16);
      g_assert_cmpuint (q->end - q->start, ==, 4);
      g_assert_true (q->closed);
      g_assert_cmpuint (q->depth, ==, 0);
    }
}

/* 100,000 paragraphs that each reopen the quote: one quote across them. */
static void
test_many_continued_paragraphs (void)
{
  g_autoptr(ReadoutDocument) doc = readout_document_new ();
  g_autoptr(GArray) quotes = NULL;
  const ReadoutQuote *q;

  for (guint i = 0; i < 100000; i++)
    readout_document_add_paragraph (doc, "“Yes.");
  quotes = readout_quote_scanner_scan (doc);

  g_assert_cmpuint (quotes->len, ==, 1);
  q = &g_array_index (quotes, ReadoutQuote, 0);
  g_assert_false (q->closed);
  g_assert_true (q->multi_paragraph);
  g_assert_cmpuint (q->block_first, ==, 0);
  g_assert_cmpuint (q->block_last, ==, 99999);
  g_assert_cmpuint (q->close_end, ==, readout_document_get_length (doc));
}

static void
test_no_punctuation (void)
{
  /* About 1 MB of words. */
  g_autoptr(ReadoutDocument) doc = repeated_paragraph ("diplomats ", 100000);
  g_autoptr(GArray) quotes = readout_quote_scanner_scan (doc);

  g_assert_cmpuint (readout_document_get_length (doc), >=, 999999);
  g_assert_cmpuint (quotes->len, ==, 0);
}

/* One 50,000-word sentence with a quoted phrase every 100 words. */
static void
test_long_sentence (void)
{
  g_autoptr(ReadoutDocument) doc = readout_document_new ();
  g_autoptr(GString) s = g_string_new ("The minister said");
  g_autoptr(GArray) quotes = NULL;
  const char *text;

  for (guint w = 0; w < 50000; w++)
    g_string_append (s, w % 100 == 10 ? " “talks resume soon”" : " and");
  g_string_append_c (s, '.');
  readout_document_add_paragraph (doc, s->str);
  quotes = readout_quote_scanner_scan (doc);
  text = readout_document_get_text (doc);

  g_assert_cmpuint (quotes->len, ==, 500);
  for (guint k = 0; k < quotes->len; k++)
    {
      const ReadoutQuote *q = &g_array_index (quotes, ReadoutQuote, k);
      g_autofree char *content = substring (text, q->start, q->end);

      g_assert_cmpstr (content, ==, "talks resume soon");
      g_assert_true (q->closed);
    }
}

static gboolean
is_mark (gunichar c)
{
  return c != 0 && g_utf8_strchr ("\"'“”‘’„‚«»‹›「」『』", -1, c) != NULL;
}

/* Random paragraphs of marks, letters and spaces: whatever comes out must
 * be well formed, nested properly and inside the blocks it names. */
static void
test_random_invariants (void)
{
  static const char *atoms[] = { "\"", "'", "“", "”", "‘", "’", "„", "‚", "«", "»", "‹", "›",
                                 "「", "」", "a", "s", "n", "9", " ", " ", ",", ".", "—", "(" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261127);
  guint n_multi = 0, n_unclosed = 0, n_nested = 0;

  for (guint round = 0; round < 3000; round++)
    {
      g_autoptr(ReadoutDocument) doc = readout_document_new ();
      g_autoptr(GArray) quotes = NULL;
      g_autofree gunichar *text = NULL;
      guint n_paragraphs = g_rand_int_range (rand, 1, 6);

      for (guint p = 0; p < n_paragraphs; p++)
        {
          g_autoptr(GString) para = g_string_new (NULL);
          guint len = g_rand_int_range (rand, 1, 30);

          for (guint i = 0; i < len; i++)
            g_string_append (para, atoms[g_rand_int_range (rand, 0, G_N_ELEMENTS (atoms))]);
          readout_document_add_paragraph (doc, para->str);
        }
      quotes = readout_quote_scanner_scan (doc);
      text = g_utf8_to_ucs4_fast (readout_document_get_text (doc), -1, NULL);

      for (guint k = 0; k < quotes->len; k++)
        {
          const ReadoutQuote *q = &g_array_index (quotes, ReadoutQuote, k);
          const ReadoutBlock *first = readout_document_get_block (doc, q->block_first);
          const ReadoutBlock *last = readout_document_get_block (doc, q->block_last);
          guint enclosing = 0;

          g_assert_cmpuint (q->open_start, <, q->start);
          g_assert_cmpuint (q->start, <=, q->end);
          g_assert_cmpuint (q->end, <=, q->close_end);
          g_assert_cmpuint (q->block_first, <=, q->block_last);
          g_assert_cmpint (q->multi_paragraph, ==, q->block_first != q->block_last);
          g_assert_cmpuint (q->open_start, >=, first->start);
          g_assert_cmpuint (q->close_end, <=, last->end);
          g_assert_true (is_mark (text[q->open_start]));
          if (q->closed)
            g_assert_true (is_mark (text[q->close_end - 1]));
          else
            g_assert_cmpuint (q->close_end, ==, last->end);

          for (guint j = 0; j < quotes->len; j++)
            {
              const ReadoutQuote *o = &g_array_index (quotes, ReadoutQuote, j);

              if (j < k)
                g_assert_cmpuint (o->open_start, <, q->open_start);
              if (j == k || o->close_end <= q->open_start || q->close_end <= o->open_start)
                continue;
              /* Overlapping spans must nest. */
              if (o->open_start < q->open_start)
                {
                  g_assert_cmpuint (q->close_end, <=, o->close_end);
                  enclosing++;
                }
              else
                g_assert_cmpuint (o->close_end, <=, q->close_end);
            }
          g_assert_cmpuint (q->depth, ==, enclosing);
          n_multi += q->multi_paragraph;
          n_unclosed += !q->closed;
          n_nested += q->depth > 0;
        }
    }

  /* The generator must reach the interesting cases. */
  g_test_message ("multi-paragraph %u, unclosed %u, nested %u", n_multi, n_unclosed, n_nested);
  g_assert_cmpuint (n_multi, >, 0);
  g_assert_cmpuint (n_unclosed, >, 0);
  g_assert_cmpuint (n_nested, >, 0);
}

static void
test_empty_document (void)
{
  g_autoptr(ReadoutDocument) doc = readout_document_new ();
  g_autoptr(GArray) quotes = readout_quote_scanner_scan (doc);

  g_assert_cmpuint (quotes->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/quote-scanner/case/%s", cases[i].name);
      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/quote-scanner/pathological/unbalanced-openers", test_unbalanced_openers);
  g_test_add_func ("/quote-scanner/pathological/unbalanced-closers", test_unbalanced_closers);
  g_test_add_func ("/quote-scanner/pathological/many-balanced", test_many_balanced);
  g_test_add_func ("/quote-scanner/pathological/many-continued-paragraphs", test_many_continued_paragraphs);
  g_test_add_func ("/quote-scanner/pathological/no-punctuation", test_no_punctuation);
  g_test_add_func ("/quote-scanner/pathological/long-sentence", test_long_sentence);
  g_test_add_func ("/quote-scanner/random-invariants", test_random_invariants);
  g_test_add_func ("/quote-scanner/empty-document", test_empty_document);

  return g_test_run ();
}
