/* test-statement-offsets.c — statement strings against their code-point offsets
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pipeline copies a statement's strings out of the text by byte
 * offsets it takes from its tokens, while the offsets it reports are code
 * points. Every character here that is not ASCII (typographic quotes,
 * accented names, emoji, which take four bytes) makes the two differ, so
 * a wrong conversion shows as a string that is not the text at its
 * offsets.
 */

#include "config.h"

#include <string.h>

#include "readout-engine.h"

/* Invented wire copy; the emoji and accents stand before, inside and
 * after the statements. */
static const char *paragraphs[] = {
  "🌍 Brno — “We will not sign a treaty we have not read,” said Žofie Dvořáková, "
  "Czechia’s foreign minister, on Tuesday. 👍",
  "Émile Lefèvre, France’s envoy, said Paris would “never accept” a deal that "
  "left Łódź out of the talks. 🚫 Ça suffit.",
  "According to Søren Kjærgaard, Denmark’s minister, the talks in Göteborg were "
  "“frank and constructive” 🤝 and will resume in März.",
};

/* The code points [@start, @end) of @text as a new string. */
static char *
substring (const char *text,
           guint       start,
           guint       end)
{
  g_assert_cmpuint (start, <=, end);
  return g_utf8_substring (text, start, end);
}

static void
assert_span (const char *text,
             const char *string,
             guint       start,
             guint       end)
{
  g_autofree char *expected = NULL;

  if (string == NULL)
    {
      g_assert_cmpuint (start, ==, 0);
      g_assert_cmpuint (end, ==, 0);
      return;
    }
  expected = substring (text, start, end);
  g_assert_cmpstr (string, ==, expected);
}

static ReadoutDocument *
make_document (void)
{
  ReadoutDocument *document = readout_document_new ();

  for (guint i = 0; i < G_N_ELEMENTS (paragraphs); i++)
    g_assert_true (readout_document_add_paragraph (document, paragraphs[i]));
  return document;
}

/* Every statement the pipeline finds is the text at its offsets, and so
 * are its cue and source. */
static void
test_pipeline (void)
{
  g_autoptr(ReadoutDocument) document = make_document ();
  g_autoptr(ReadoutAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;
  const char *text = readout_document_get_text (document);
  GListModel *statements;
  guint n;
  gboolean quote_seen = FALSE;
  gboolean accented_source = FALSE;

  analysis = readout_analysis_new_for_document (document, NULL, &error);
  g_assert_no_error (error);
  statements = readout_analysis_get_statements (analysis);
  n = g_list_model_get_n_items (statements);
  g_assert_cmpuint (n, >=, 3);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutStatement) st = g_list_model_get_item (statements, i);
      const char *source = readout_statement_get_source (st);

      assert_span (text, readout_statement_get_text (st),
                   readout_statement_get_start (st), readout_statement_get_end (st));
      assert_span (text, readout_statement_get_cue (st),
                   readout_statement_get_cue_start (st), readout_statement_get_cue_end (st));
      assert_span (text, source,
                   readout_statement_get_source_start (st), readout_statement_get_source_end (st));
      if (strstr (readout_statement_get_text (st), "We will not sign a treaty") != NULL)
        quote_seen = TRUE;
      if (source != NULL && (strstr (source, "Dvořáková") != NULL || strstr (source, "Lefèvre") != NULL ||
                             strstr (source, "Kjærgaard") != NULL))
        accented_source = TRUE;
    }
  g_assert_true (quote_seen);
  g_assert_true (accented_source);
}

/* Where @needle first stands in @text, in bytes and in code points. */
static void
find_span (const char *text,
           const char *needle,
           gsize      *byte_start,
           gsize      *byte_end,
           guint      *start,
           guint      *end)
{
  const char *p = strstr (text, needle);

  g_assert_nonnull (p);
  *byte_start = p - text;
  *byte_end = *byte_start + strlen (needle);
  *start = g_utf8_pointer_to_offset (text, p);
  *end = *start + g_utf8_strlen (needle, -1);
}

/* _readout_statement_new_bytes() takes byte offsets for the strings and
 * keeps the code-point offsets as given: the same statement as
 * _readout_statement_new() makes by walking the text. */
static void
test_new_bytes (void)
{
  g_autoptr(ReadoutDocument) document = make_document ();
  const char *text = readout_document_get_text (document);
  static const char *spans[][3] = {
    /* content, cue, source */
    { "We will not sign a treaty we have not read,", "said", "Žofie Dvořáková" },
    { "“never accept”", "said", "Émile Lefèvre" },
    { "the talks in Göteborg were “frank and constructive” 🤝", "According to", NULL },
    { "Ça suffit.", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    {
      ReadoutStatementInit init = { 0 };
      ReadoutStatementBytes bytes = { 0 };
      g_autoptr(ReadoutStatement) by_bytes = NULL;
      g_autoptr(ReadoutStatement) walked = NULL;

      find_span (text, spans[i][0], &bytes.start, &bytes.end, &init.start, &init.end);
      if (spans[i][1] != NULL)
        find_span (text, spans[i][1], &bytes.cue_start, &bytes.cue_end, &init.cue_start, &init.cue_end);
      if (spans[i][2] != NULL)
        find_span (text, spans[i][2], &bytes.source_start, &bytes.source_end, &init.source_start,
                   &init.source_end);
      /* Non-ASCII before every span: bytes and code points differ. */
      g_assert_cmpuint (bytes.start, >, init.start);

      by_bytes = _readout_statement_new_bytes ("s1", text, &init, &bytes);
      walked = _readout_statement_new ("s1", text, &init);
      g_assert_cmpstr (readout_statement_get_text (by_bytes), ==, spans[i][0]);
      g_assert_cmpstr (readout_statement_get_cue (by_bytes), ==, spans[i][1]);
      g_assert_cmpstr (readout_statement_get_source (by_bytes), ==, spans[i][2]);
      g_assert_cmpstr (readout_statement_get_text (walked), ==, spans[i][0]);
      g_assert_cmpstr (readout_statement_get_cue (walked), ==, spans[i][1]);
      g_assert_cmpstr (readout_statement_get_source (walked), ==, spans[i][2]);
      g_assert_cmpuint (readout_statement_get_start (by_bytes), ==, init.start);
      g_assert_cmpuint (readout_statement_get_end (by_bytes), ==, init.end);
      g_assert_cmpuint (readout_statement_get_cue_start (by_bytes), ==,
                        readout_statement_get_cue_start (walked));
      g_assert_cmpuint (readout_statement_get_cue_end (by_bytes), ==,
                        readout_statement_get_cue_end (walked));
      g_assert_cmpuint (readout_statement_get_source_start (by_bytes), ==,
                        readout_statement_get_source_start (walked));
      g_assert_cmpuint (readout_statement_get_source_end (by_bytes), ==,
                        readout_statement_get_source_end (walked));
      assert_span (text, readout_statement_get_text (by_bytes), init.start, init.end);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/statement-offsets/pipeline", test_pipeline);
  g_test_add_func ("/statement-offsets/new-bytes", test_new_bytes);

  return g_test_run ();
}
