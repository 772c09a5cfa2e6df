/* test-fuzz-regressions.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Replays every input the fuzzers (tests/fuzz) found a bug with, saved as
 * tests/data/bad/fuzz-*: each must import to documents that keep the
 * ReadoutDocument promises, or fail with a valid UTF-8 READOUT_ERROR or
 * G_IO_ERROR naming the file. Documents are then analysed and compared
 * (fuzz-analysis finds bugs there too). Run under the sanitizer build, a
 * crash, leak, critical warning or undefined behaviour fails it too.
 */

#include "config.h"

#include <string.h>

#include "readout-engine.h"
#include "test-util.h"

static void
check_document (ReadoutDocument *doc)
{
  const char *text = readout_document_get_text (doc);
  guint length = readout_document_get_length (doc);
  guint previous_end = 0;
  g_autofree char *nfc = NULL;

  g_assert_nonnull (text);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_cmpuint (g_utf8_strlen (text, -1), ==, length);
  g_assert_cmpuint (length, >, 0);
  g_assert_null (strchr (text, '\r'));
  nfc = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  g_assert_cmpstr (nfc, ==, text);

  for (guint i = 0; i < readout_document_get_n_blocks (doc); i++)
    {
      const ReadoutBlock *block = readout_document_get_block (doc, i);

      g_assert_cmpuint (block->start, <, block->end);
      g_assert_cmpuint (block->end, <=, length);
      g_assert_cmpuint (block->start, >=, previous_end);
      previous_end = block->end;
    }

  if (readout_document_get_title (doc) != NULL)
    g_assert_true (g_utf8_validate (readout_document_get_title (doc), -1, NULL));
}

static char *
bad_dir (void)
{
  return g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
}

static void
test_replay (gconstpointer data)
{
  const char *name = data;
  g_autofree char *dir_path = bad_dir ();
  g_autofree char *path = g_build_filename (dir_path, name, NULL);
  g_autoptr(ReadoutImporter) importer = readout_importer_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(GError) error = NULL;

  docs = readout_importer_import_file (importer, file, NULL, &error);

  if (docs != NULL)
    {
      g_assert_no_error (error);
      g_assert_cmpuint (docs->len, >, 0);
      g_autoptr(GListStore) analyses = g_list_store_new (READOUT_TYPE_ANALYSIS);
      g_autoptr(ReadoutComparison) comparison = NULL;

      for (guint i = 0; i < docs->len; i++)
        {
          g_autoptr(ReadoutAnalysis) analysis = NULL;

          check_document (g_ptr_array_index (docs, i));
          analysis = readout_analysis_new_for_document (g_ptr_array_index (docs, i), NULL, &error);
          g_assert_no_error (error);
          g_list_store_append (analyses, analysis);
        }
      comparison = readout_comparison_new (G_LIST_MODEL (analyses), NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (comparison);
      return;
    }

  g_assert_nonnull (error);
  g_assert_true (error->domain == READOUT_ERROR || error->domain == G_IO_ERROR);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_nonnull (strstr (error->message, name));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) names = NULL;

  g_test_init (&argc, &argv, NULL);
  readout_engine_init ();

  names = test_util_list_data ("bad", "fuzz-");
  /* The reproducers are part of the tree: finding none means they went missing. */
  g_assert_cmpuint (names->len, >, 0);

  for (guint i = 0; i < names->len; i++)
    {
      char *file_name = g_ptr_array_index (names, i);
      g_autofree char *test_path = g_strdup_printf ("/fuzz-regressions/%s", file_name);

      g_test_add_data_func (test_path, file_name, test_replay);
    }

  return g_test_run ();
}
