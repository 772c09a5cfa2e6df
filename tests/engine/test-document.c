/* test-document.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "readout-engine.h"

static void
test_blocks_offsets (void)
{
  g_autoptr(ReadoutDocument) doc = readout_document_new ();
  const ReadoutBlock *block;

  g_assert_true (readout_document_add_block (doc, READOUT_BLOCK_HEADING, "  Talks\tin  Genève ", NULL));
  g_assert_false (readout_document_add_block (doc, READOUT_BLOCK_PARAGRAPH, " \n\t ", NULL));
  /* "e" + combining acute must compose to one code point (NFC). */
  g_assert_true (readout_document_add_paragraph (doc, "Caf\x65\xcc\x81 “talks”\r\nresumed."));

  g_assert_cmpstr (readout_document_get_text (doc), ==,
                   "Talks in Genève\n\nCafé “talks” resumed.");
  g_assert_cmpuint (readout_document_get_n_blocks (doc), ==, 2);

  block = readout_document_get_block (doc, 0);
  g_assert_cmpint (block->kind, ==, READOUT_BLOCK_HEADING);
  g_assert_cmpuint (block->start, ==, 0);
  g_assert_cmpuint (block->end, ==, 15);

  block = readout_document_get_block (doc, 1);
  g_assert_cmpint (block->kind, ==, READOUT_BLOCK_PARAGRAPH);
  g_assert_cmpuint (block->start, ==, 17);
  g_assert_cmpuint (block->end, ==, 17 + 21);
  g_assert_cmpuint (readout_document_get_length (doc), ==, 38);
}

static void
test_normalize (void)
{
  static const struct { const char *in; gssize len; const char *out; } cases[] = {
    { "  two  words ", -1, "two words" },
    { "tab\tand\r\nnewline", -1, "tab and newline" },
    { "bell\x07 and\x7f delete", -1, "bell and delete" },
    { "no\xc2\xa0" "break\xe2\x80\xafthin", -1, "no break thin" },
    { "soft\xc2\xadhy\xe2\x80\x8bphen", -1, "softhyphen" },
    { "bad \xff byte", -1, "bad \xef\xbf\xbd byte" },
    { "nul\0inside", 11, "nulinside" },
    { "A\xcc\x8angstr\xc3\xb6m \xe2\x80\x9cq\xe2\x80\x9d", -1, "\xc3\x85ngstr\xc3\xb6m \xe2\x80\x9cq\xe2\x80\x9d" },
    { "", -1, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *norm = readout_normalize_inline (cases[i].in, cases[i].len);

      g_assert_cmpstr (norm, ==, cases[i].out);
    }
}

static void
test_transcript_turns (void)
{
  g_autoptr(ReadoutDocument) doc = readout_document_new ();
  const ReadoutBlock *block;

  readout_document_add_paragraph (doc, "MR. PRICE: Good afternoon, everyone.");
  readout_document_add_paragraph (doc, "QUESTION: Can you say more?");
  readout_document_add_paragraph (doc, "Note: this is not a turn.");
  readout_document_add_paragraph (doc, "UPDATED AT NOON AND AGAIN LATER WITH MORE: not a label either");

  block = readout_document_get_block (doc, 0);
  g_assert_cmpint (block->kind, ==, READOUT_BLOCK_TRANSCRIPT_TURN);
  g_assert_cmpstr (block->label, ==, "MR. PRICE");
  block = readout_document_get_block (doc, 1);
  g_assert_cmpint (block->kind, ==, READOUT_BLOCK_TRANSCRIPT_TURN);
  g_assert_cmpstr (block->label, ==, "QUESTION");
  block = readout_document_get_block (doc, 2);
  g_assert_cmpint (block->kind, ==, READOUT_BLOCK_PARAGRAPH);
  g_assert_null (block->label);
  block = readout_document_get_block (doc, 3);
  g_assert_cmpint (block->kind, ==, READOUT_BLOCK_PARAGRAPH);
}

static void
test_metadata (void)
{
  g_autoptr(ReadoutDocument) doc = readout_document_new ();
  const char * const *authors;

  readout_document_set_title (doc, "\n  A   title ");
  g_assert_cmpstr (readout_document_get_title (doc), ==, "A title");
  readout_document_set_title (doc, "   ");
  g_assert_null (readout_document_get_title (doc));

  readout_document_add_author (doc, "Ana Ruiz");
  readout_document_add_author (doc, "ana ruiz");
  readout_document_add_author (doc, "Li Wei");
  readout_document_add_author (doc, "");
  authors = readout_document_get_authors (doc);
  g_assert_cmpuint (g_strv_length ((char **)authors), ==, 2);
  g_assert_cmpstr (authors[0], ==, "Ana Ruiz");
  g_assert_cmpstr (authors[1], ==, "Li Wei");

  readout_document_set_dateline (doc, " ROTTERDAM, April 2 (Agency) - ");
  g_assert_cmpstr (readout_document_get_dateline (doc), ==, "ROTTERDAM, April 2 (Agency)");
  readout_document_set_dateline (doc, "GENEVA \u2014");
  g_assert_cmpstr (readout_document_get_dateline (doc), ==, "GENEVA");
  readout_document_set_dateline (doc, " - ");
  g_assert_null (readout_document_get_dateline (doc));

  readout_document_add_warning (doc, "w");
  readout_document_set_dateline (doc, " ROTTERDAM, April 2 (Agency) - ");
  g_assert_cmpstr (readout_document_get_dateline (doc), ==, "ROTTERDAM, April 2 (Agency)");
  readout_document_set_dateline (doc, "GENEVA \u2014");
  g_assert_cmpstr (readout_document_get_dateline (doc), ==, "GENEVA");
  readout_document_set_dateline (doc, " - ");
  g_assert_null (readout_document_get_dateline (doc));

  readout_document_add_warning (doc, "w");
  g_assert_cmpuint (g_strv_length ((char **)readout_document_get_warnings (doc)), ==, 1);
}

static void
test_sha256 (void)
{
  g_autoptr(ReadoutDocument) doc = readout_document_new ();

  readout_document_add_paragraph (doc, "abc");
  g_assert_cmpstr (readout_document_get_sha256 (doc), ==,
                   "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  readout_document_add_paragraph (doc, "def");
  g_assert_cmpstr (readout_document_get_sha256 (doc), !=,
                   "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

static void
test_dates (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "2022-01-10", "2022-01-10" },
    { "2022-01-10T18:34:00Z", "2022-01-10T18:34:00Z" },
    { "2022-01-10T18:34:00.123+03:00", "2022-01-10T18:34:00+03:00" },
    { "2022-01-10 18:34", "2022-01-10T18:34:00" },
    { "20220110T183400Z", "2022-01-10T18:34:00Z" },
    { "20220110", "2022-01-10" },
    { "Mon, 10 Jan 2022 18:34:00 GMT", "2022-01-10T18:34:00Z" },
    { "Mon, 10 Jan 2022 18:34:00 -0500", "2022-01-10T18:34:00-05:00" },
    { "10 January 2022", "2022-01-10" },
    { "January 10, 2022", "2022-01-10" },
    { "Jan. 10, 2022 6:34 PM EST", "2022-01-10T18:34:00-05:00" },
    { "Published Sept. 3, 2021", "2021-09-03" },
    { "10 January 2022 08:15 CET", "2022-01-10T08:15:00+01:00" },
    { "July 4, 2023 9:05 a.m. MSK", "2023-07-04T09:05:00+03:00" },
    { "2022-02-30", NULL },
    { "yesterday", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *iso = readout_date_to_iso8601 (cases[i].in);

      g_assert_cmpstr (iso, ==, cases[i].out);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/blocks-offsets", test_blocks_offsets);
  g_test_add_func ("/document/normalize", test_normalize);
  g_test_add_func ("/document/transcript-turns", test_transcript_turns);
  g_test_add_func ("/document/metadata", test_metadata);
  g_test_add_func ("/document/sha256", test_sha256);
  g_test_add_func ("/document/dates", test_dates);

  return g_test_run ();
}
