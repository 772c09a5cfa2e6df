/* test-util.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "test-util.h"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

GPtrArray *
test_util_list_data (const char *subdir,
                     const char *prefix)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", subdir, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.' && g_str_has_prefix (name, prefix))
      g_ptr_array_add (names, g_strdup (name));

  g_ptr_array_sort (names, compare_names);

  return names;
}

char *
test_util_seed_path (void)
{
  const char *env = g_getenv ("READOUT_SEED");

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  /* G_TEST_SRCDIR is <root>/tests; the seed lives in <root>/../shared. */
  return g_test_build_filename (G_TEST_DIST, "..", "..", "shared", "seeds",
                                "seed-article.txt", NULL);
}

static char *
trim_word (char *word)
{
  static const char * const marks[] = { "\u201c", "\u201d", "\u2018", "\u2019", "\"", "'",
                                        ",", ".", ";", ":", "!", "?", "(", ")", NULL };
  gboolean again = TRUE;

  while (again)
    {
      gsize len = strlen (word);

      again = FALSE;
      for (guint k = 0; marks[k] != NULL && len > 0; k++)
        {
          gsize m = strlen (marks[k]);

          if (g_str_has_prefix (word, marks[k]))
            {
              memmove (word, word + m, len - m + 1);
              again = TRUE;
              break;
            }
          if (len >= m && strcmp (word + len - m, marks[k]) == 0)
            {
              word[len - m] = '\0';
              again = TRUE;
              break;
            }
        }
    }
  return word;
}

gboolean
test_util_has_words (const char *text,
                     const char *hash,
                     guint       n_words)
{
  g_auto(GStrv) raw = g_strsplit_set (text, " \t\n", -1);
  g_autoptr(GPtrArray) words = g_ptr_array_new ();

  for (guint i = 0; raw[i] != NULL; i++)
    if (*trim_word (raw[i]) != '\0')
      g_ptr_array_add (words, raw[i]);

  for (guint i = 0; i + n_words <= words->len; i++)
    {
      g_autoptr(GString) run = g_string_new (NULL);
      g_autofree char *sum = NULL;

      for (guint k = 0; k < n_words; k++)
        {
          if (k > 0)
            g_string_append_c (run, ' ');
          g_string_append (run, g_ptr_array_index (words, i + k));
        }
      sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, run->str, -1);
      if (strncmp (sum, hash, 16) == 0)
        return TRUE;
    }
  return FALSE;
}

ReadoutAnalysis *
test_util_analyse (const char * const *paragraphs,
                   const char         *title)
{
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  g_autoptr(GError) error = NULL;
  ReadoutAnalysis *analysis;

  if (title != NULL)
    readout_document_set_title (document, title);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    g_assert_true (readout_document_add_paragraph (document, paragraphs[i]));
  analysis = readout_analysis_new_for_document (document, NULL, &error);
  g_assert_no_error (error);
  return analysis;
}

ReadoutComparison *
test_util_compare (ReadoutAnalysis *first,
                   ...)
{
  g_autoptr(GListStore) analyses = g_list_store_new (READOUT_TYPE_ANALYSIS);
  g_autoptr(GError) error = NULL;
  ReadoutComparison *comparison;
  va_list args;

  va_start (args, first);
  for (ReadoutAnalysis *a = first; a != NULL; a = va_arg (args, ReadoutAnalysis *))
    g_list_store_append (analyses, a);
  va_end (args);
  comparison = readout_comparison_new (G_LIST_MODEL (analyses), NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (comparison);
  return comparison;
}
