/* test-text-importer.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "readout-engine.h"
#include "readout-boilerplate-private.h"

/* Whether @line leaked into the body: a block is it, or starts with it. */
static gboolean
has_block (ReadoutDocument *doc,
           const char      *line)
{
  const char *text = readout_document_get_text (doc);

  for (guint i = 0; i < readout_document_get_n_blocks (doc); i++)
    {
      const ReadoutBlock *block = readout_document_get_block (doc, i);
      g_autofree char *sub = g_utf8_substring (text, block->start, block->end);

      if (g_str_has_prefix (sub, line) && (sub[strlen (line)] == '\0' || sub[strlen (line)] == ' '))
        return TRUE;
    }

  return FALSE;
}

static ReadoutDocument *
import_text (const char *text)
{
  g_autoptr(ReadoutImporter) importer = readout_importer_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(GError) error = NULL;

  docs = readout_importer_import_bytes (importer, bytes, "test.txt", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (docs);
  g_assert_cmpuint (docs->len, ==, 1);
  g_assert_cmpstr (readout_document_get_format (g_ptr_array_index (docs, 0)), ==, "text");

  return g_object_ref (g_ptr_array_index (docs, 0));
}

/* SHA-256 (first 16 hex digits) of the first or last @n words of @text,
 * each trimmed of quotation marks and punctuation, joined by one space: the
 * seed's words are checked without being copied here. */
static char *
words_hash (const char *text,
            guint       n,
            gboolean    from_end)
{
  static const char *strip = "\"',.;:!?()";
  g_auto(GStrv) raw = g_strsplit_set (text, " \t\n", -1);
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  g_autoptr(GString) run = g_string_new (NULL);
  g_autofree char *sum = NULL;
  guint first;

  for (guint i = 0; raw[i] != NULL; i++)
    {
      char *w = raw[i];
      gsize len;

      /* Typographic quotes are three bytes; ASCII marks one. */
      while (g_str_has_prefix (w, "\u201c") || g_str_has_prefix (w, "\u201d") || g_str_has_prefix (w, "\u2019"))
        w += 3;
      while (*w != '\0' && strchr (strip, *w) != NULL)
        w++;
      len = strlen (w);
      while (len > 0 && (strchr (strip, w[len - 1]) != NULL ||
                         (len >= 3 && (g_str_has_suffix (w, "\u201d") || g_str_has_suffix (w, "\u2019")))))
        {
          if (strchr (strip, w[len - 1]) != NULL)
            len--;
          else
            len -= 3;
          w[len] = '\0';
        }
      if (*w != '\0')
        g_ptr_array_add (words, w);
    }
  if (words->len < n)
    return g_strdup ("");
  first = from_end ? words->len - n : 0;
  for (guint k = 0; k < n; k++)
    {
      if (k > 0)
        g_string_append_c (run, ' ');
      g_string_append (run, g_ptr_array_index (words, first + k));
    }
  sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, run->str, -1);
  return g_strndup (sum, 16);
}

#define SEED_TITLE     "1f6f0fd2921dd223"   /* the headline */
#define SEED_AUTHORS   "eae9f1ff86704f99"   /* the two authors' names, in order */
#define SEED_FIRST     "7e98b7cce64c2455"   /* the body's first five words */
#define SEED_LAST      "32778da802bd3976"   /* the body's last six words */

/* The seed lives beside the repository (../shared), not in it, and none of
 * its text is here: its title, authors and the words that open and close
 * its body are compared by hash. Furniture lines are read from the file
 * itself: everything outside the body must be absent from the document. */
static void
test_seed (void)
{
  const char *path = g_test_get_filename (G_TEST_DIST, "..", "..", "shared", "seeds",
                                          "seed-article.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(ReadoutDocument) doc = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *title_hash = NULL, *authors_hash = NULL, *first_hash = NULL, *last_hash = NULL;
  g_autofree char *joined = NULL;
  const char * const *authors;
  const char *text;
  gboolean in_body = FALSE;
  guint n_body = 0;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    {
      g_test_skip ("the seed article (../shared/seeds/seed-article.txt) is not there");
      return;
    }

  doc = import_text (contents);
  text = readout_document_get_text (doc);

  title_hash = words_hash (readout_document_get_title (doc), 11, FALSE);
  g_assert_cmpstr (title_hash, ==, SEED_TITLE);
  authors = readout_document_get_authors (doc);
  g_assert_cmpuint (g_strv_length ((char **)authors), ==, 2);
  joined = g_strjoinv (" ", (char **) authors);
  authors_hash = words_hash (joined, 4, FALSE);
  g_assert_cmpstr (authors_hash, ==, SEED_AUTHORS);
  g_assert_cmpstr (readout_document_get_source (doc), ==, "Tribune News Service");
  g_assert_cmpstr (readout_document_get_section (doc), ==, "World");
  first_hash = words_hash (text, 5, FALSE);
  last_hash = words_hash (text, 6, TRUE);
  g_assert_cmpstr (first_hash, ==, SEED_FIRST);
  g_assert_cmpstr (last_hash, ==, SEED_LAST);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));
      g_autofree char *head = NULL, *tail = NULL;

      if (line[0] == '\0')
        continue;
      head = words_hash (line, 5, FALSE);
      tail = words_hash (line, 6, TRUE);
      if (g_str_equal (head, SEED_FIRST))
        in_body = TRUE;

      if (in_body)
        {
          n_body++;
          if (strstr (text, line) == NULL)
            g_error ("body line %u is missing from the document", i + 1);
        }
      else if (has_block (doc, line))
        g_error ("header line %u leaked into the body", i + 1);

      if (g_str_equal (tail, SEED_LAST))
        in_body = FALSE;
    }

  g_assert_cmpuint (readout_document_get_n_blocks (doc), ==, n_body);
  g_assert_null (strstr (text, "Sign in"));
  g_assert_null (strstr (text, "Download the app"));
}

static void
test_furniture_lines (void)
{
  /* Furniture of all kinds, none of it from the seed. */
  static const char *furniture[] = {
    "Advertisement",
    "Subscribe to our newsletter",
    "Continue reading below",
    "Share this article",
    "Read more: Port strike enters second week as talks stall in Rotterdam",
    "Accept all cookies",
    "We use cookies to improve your experience. By continuing, you agree to our use of cookies.",
    "© 2026 Example Media Group. All rights reserved.",
    "Home | World | Business | Contact",
    "Follow us on social media",
    "Start your free trial today",
    "Join 50,000+ readers",
    "Log in to your account",
  };
  static const char *prose[] = {
    "The talks ended without an agreement, officials said.",
    "“You cannot sign up for peace and then walk away,” the minister told reporters.",
    "Read the full statement, the spokeswoman said, and you will see no change of policy.",
    "The app, which the ministry launched in 2020, lets citizens file complaints online.",
    "He declined to comment.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (furniture); i++)
    {
      ReadoutLineInfo info;

      _readout_line_analyze (furniture[i], strlen (furniture[i]), 1, &info);
      if (info.furniture < READOUT_FURNITURE_THRESHOLD)
        g_error ("“%s” scored %d, not furniture", furniture[i], info.furniture);
      g_assert_false (_readout_line_is_prose (&info));
    }

  for (guint i = 0; i < G_N_ELEMENTS (prose); i++)
    {
      ReadoutLineInfo info;

      _readout_line_analyze (prose[i], strlen (prose[i]), 1, &info);
      if (info.furniture >= READOUT_FURNITURE_THRESHOLD || !_readout_line_is_prose (&info))
        g_error ("“%s” scored %d, not prose", prose[i], info.furniture);
    }
}

static void
test_bylines (void)
{
  static const struct { const char *line; const char *expected; const char *source; } cases[] = {
    { "By Jane Doe", "Jane Doe", NULL },
    { "By JANE DOE and JOHN O'NEILL", "Jane Doe|John O'Neill", NULL },
    { "Ana Pires and Tomasz Nowak", "Ana Pires|Tomasz Nowak", NULL },
    { "Ana Pires, Tomasz Nowak and Ursula von Hagen", "Ana Pires|Tomasz Nowak|Ursula von Hagen", NULL },
    { "By Kofi Mensah, Senior Correspondent", "Kofi Mensah", NULL },
    { "By Kofi Mensah and Ama Owusu, Reuters", "Kofi Mensah|Ama Owusu", "Reuters" },
    { "Tribune News Service", NULL, NULL },
    { "US and Russia vow to keep talking", NULL, NULL },
    { "Kofi Mensah", NULL, NULL },
    { "Sanctions and Diplomacy", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) authors = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *source = NULL;
      gboolean ok = _readout_parse_byline (cases[i].line, FALSE, authors, &source);

      g_ptr_array_add (authors, NULL);
      if (cases[i].expected == NULL)
        g_assert_false (ok);
      else
        {
          g_autofree char *joined = g_strjoinv ("|", (char **)authors->pdata);

          g_assert_true (ok);
          g_assert_cmpstr (joined, ==, cases[i].expected);
          g_assert_cmpstr (source, ==, cases[i].source);
        }
    }
}

static void
test_datelines (void)
{
  static const struct { const char *text; const char *dateline; const char *agency; const char *rest; } cases[] = {
    { "VIENNA, June 3 (Agency) — Talks resumed.", "VIENNA, June 3 (Agency)", "Agency", "Talks resumed." },
    { "GENEVA (Reuters) - Talks resumed.", "GENEVA (Reuters)", "Reuters", "Talks resumed." },
    { "WASHINGTON — Talks resumed.", "WASHINGTON", NULL, "Talks resumed." },
    { "KYIV, Ukraine (AP) — Talks resumed.", "KYIV, Ukraine (AP)", "AP", "Talks resumed." },
    { "Geneva (Reuters) - Talks resumed.", "Geneva (Reuters)", "Reuters", "Talks resumed." },
    { "MR. PRICE: Good afternoon — everyone.", NULL, NULL, NULL },
    { "US and Russian diplomats — who met in Geneva — agreed.", NULL, NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *dateline = NULL;
      g_autofree char *agency = NULL;
      gsize skip = _readout_parse_dateline (cases[i].text, &dateline, &agency);

      if (cases[i].dateline == NULL)
        {
          g_assert_cmpuint (skip, ==, 0);
          continue;
        }
      g_assert_cmpstr (dateline, ==, cases[i].dateline);
      g_assert_cmpstr (agency, ==, cases[i].agency);
      g_assert_cmpstr (cases[i].text + skip, ==, cases[i].rest);
    }
}

static void
test_date_lines (void)
{
  g_autofree char *a = _readout_parse_date_line ("January 10, 2022", NULL);
  g_autofree char *b = _readout_parse_date_line ("Published 10:34 AM EST, Mon January 10, 2022", NULL);
  g_autofree char *c = NULL;
  g_autofree char *d = _readout_parse_date_line ("100+ trusted sources", NULL);
  gboolean updated = FALSE;

  c = _readout_parse_date_line ("Updated 2022-01-11T08:00:00Z", &updated);
  g_assert_cmpstr (a, ==, "2022-01-10");
  g_assert_cmpstr (b, ==, "2022-01-10T10:34:00-05:00");
  g_assert_cmpstr (c, ==, "2022-01-11T08:00:00Z");
  g_assert_true (updated);
  g_assert_null (d);
}

/* One paragraph per line, no blank lines, a repeated promotional line, a
 * link list in the middle and a dateline in the first paragraph. */
/* Lines ending in a no-break space (web copy) are text like any other,
 * and a sentence that opens with "By now," is not a byline. */
static void
test_nbsp_and_by_sentences (void)
{
  g_autoptr(ReadoutDocument) doc = import_text (
    "Talks on Danube shipping resume in Vienna\n"
    "\n"
    "By now, the delegates said, the dispute over dredging costs was close to settled.\n"
    "\n"
    "The Austrian envoy said the session ran until midnight.\u00a0\n"
    "\u201cWe are nearly there,\u201d the envoy said.\u00a0\n"
    "A Hungarian official said the text would be signed on Friday.\n");
  const char *text = readout_document_get_text (doc);

  g_assert_cmpuint (g_strv_length ((char **) readout_document_get_authors (doc)), ==, 0);
  g_assert_true (g_str_has_prefix (text, "By now, the delegates said"));
  g_assert_nonnull (strstr (text, "the session ran until midnight."));
  g_assert_nonnull (strstr (text, "\u201cWe are nearly there,\u201d the envoy said."));
  g_assert_true (g_str_has_suffix (text, "signed on Friday."));
  g_assert_null (strstr (text, "\u00a0"));
}

static void
test_layout_per_line (void)
{
  g_autoptr(ReadoutDocument) doc = import_text (
    "Daily Meridian\n"
    "Get the Meridian app for the full story\n"
    "Diplomacy\n"
    "Chile and Argentina settle dispute over glacier monitoring\n"
    "By Rosa Medina\n"
    "SANTIAGO, May 4 (Meridian) — Chile and Argentina agreed on Wednesday to run a joint "
    "station monitoring the glaciers along their border, ending a dispute that had lasted two years.\n"
    "Get the Meridian app for the full story\n"
    "Chilean Foreign Minister Pablo Ibarra said the station would share its data with scientists "
    "from both countries and publish it every month.\n"
    "Related coverage\n"
    "Andes water treaty faces new test\n"
    "Argentina's foreign ministry said the agreement showed that \"neighbours can turn a quarrel into a project.\"\n"
    "Daily Meridian\n");
  const char *text = readout_document_get_text (doc);

  g_assert_cmpstr (readout_document_get_title (doc), ==,
                   "Chile and Argentina settle dispute over glacier monitoring");
  g_assert_cmpstr (readout_document_get_authors (doc)[0], ==, "Rosa Medina");
  g_assert_cmpstr (readout_document_get_section (doc), ==, "Diplomacy");
  g_assert_cmpstr (readout_document_get_source (doc), ==, "Daily Meridian");
  g_assert_cmpstr (readout_document_get_dateline (doc), ==, "SANTIAGO, May 4 (Meridian)");
  /* Recorded as metadata and left in the text as written. */
  g_assert_true (g_str_has_prefix (text, "SANTIAGO, May 4 (Meridian) — Chile and Argentina agreed on Wednesday"));
  g_assert_true (g_str_has_suffix (text, "turn a quarrel into a project.\""));
  g_assert_null (strstr (text, "app"));
  g_assert_null (strstr (text, "Related"));
  g_assert_null (strstr (text, "Andes water treaty"));
  g_assert_cmpuint (readout_document_get_n_blocks (doc), ==, 3);
}

/* Hard-wrapped paragraphs without blank lines between them, indented. */
static void
test_layout_wrapped_indented (void)
{
  g_autoptr(ReadoutDocument) doc = import_text (
    "Malawi and Zambia agree to share rail line to the coast\n"
    "\n"
    "    Malawi and Zambia agreed on Monday to share the costs of repairing a\n"
    "rail line to the Indian Ocean port of Nacala, the two governments said in\n"
    "a joint statement issued after talks in Lilongwe.\n"
    "    Zambian Transport Minister Chanda Mwale said the line would cut the\n"
    "cost of moving copper to the sea by about a third, according to the\n"
    "statement.\n");
  const char *text = readout_document_get_text (doc);

  g_assert_cmpstr (readout_document_get_title (doc), ==,
                   "Malawi and Zambia agree to share rail line to the coast");
  g_assert_cmpuint (readout_document_get_n_blocks (doc), ==, 2);
  g_assert_true (g_str_has_prefix (text, "Malawi and Zambia agreed on Monday to share the costs of "
                                         "repairing a rail line to the Indian Ocean port"));
  g_assert_nonnull (strstr (text, "talks in Lilongwe.\n\nZambian Transport Minister"));
}

static void
test_transcript (void)
{
  g_autoptr(ReadoutDocument) doc = import_text (
    "Press Briefing by the Foreign Ministry Spokesperson\n"
    "\n"
    "MS. OKAFOR: Good morning. I have two announcements.\n"
    "\n"
    "QUESTION: Will the minister travel to Accra?\n"
    "\n"
    "MS. OKAFOR: She will, next week.\n");
  const ReadoutBlock *block;

  g_assert_cmpstr (readout_document_get_title (doc), ==,
                   "Press Briefing by the Foreign Ministry Spokesperson");
  g_assert_cmpuint (readout_document_get_n_blocks (doc), ==, 3);
  block = readout_document_get_block (doc, 1);
  g_assert_cmpint (block->kind, ==, READOUT_BLOCK_TRANSCRIPT_TURN);
  g_assert_cmpstr (block->label, ==, "QUESTION");
  block = readout_document_get_block (doc, 2);
  g_assert_cmpstr (block->label, ==, "MS. OKAFOR");
}

/* Text with no header at all keeps every paragraph. (A first paragraph
 * of a single short sentence would be taken for the headline.) */
static void
test_no_header (void)
{
  g_autoptr(ReadoutDocument) doc = import_text (
    "The council met for three hours on Tuesday and, after a long debate, adopted the resolution without a vote.\n"
    "\n"
    "Several delegations said they would have preferred stronger language on monitoring.\n");

  g_assert_null (readout_document_get_title (doc));
  g_assert_cmpuint (readout_document_get_n_blocks (doc), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  readout_engine_init ();

  g_test_add_func ("/text/seed", test_seed);
  g_test_add_func ("/text/furniture-lines", test_furniture_lines);
  g_test_add_func ("/text/bylines", test_bylines);
  g_test_add_func ("/text/datelines", test_datelines);
  g_test_add_func ("/text/date-lines", test_date_lines);
  g_test_add_func ("/text/layout/per-line", test_layout_per_line);
  g_test_add_func ("/text/layout/wrapped-indented", test_layout_wrapped_indented);
  g_test_add_func ("/text/transcript", test_transcript);
  g_test_add_func ("/text/no-header", test_no_header);
  g_test_add_func ("/text/nbsp-and-by-sentences", test_nbsp_and_by_sentences);

  return g_test_run ();
}
