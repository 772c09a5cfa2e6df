/* readout-bench-compare.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comparison benchmark (issue 4): readout_comparison_new() — topics,
 * speaker merging, cells — over many analysed articles. The issue asks
 * for 100 articles (about 500 KB) in well under a second on one core. The
 * articles are the analysis benchmark's generated wire stories; the
 * import and the attribution are done beforehand and not timed. See
 * docs/benchmarks.md.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "readout-bench-compare.h"
#include "readout-bench-news.h"
#include "readout-bench-util.h"

gboolean
bench_compare (ReadoutImporter *importer,
               int              n_articles,
               int              article_kb,
               int              runs)
{
  g_autoptr(GListStore) analyses = g_list_store_new (READOUT_TYPE_ANALYSIS);
  g_autofree double *cpu = g_new0 (double, runs);
  g_autofree double *wall = g_new0 (double, runs);
  guint n_statements = 0, n_topics = 0, n_speakers = 0;
  gsize bytes = 0;
  long rss_before;
  double cpu_median, wall_median;
  BenchRng rng;

  bench_rng_init (&rng, BENCH_SEED + 4);
  for (int i = 0; i < n_articles; i++)
    {
      char *text = bench_news_article (&rng, (gsize)article_kb * 1000);
      g_autofree char *name = g_strdup_printf ("article-%03d.txt", i + 1);
      g_autoptr(GBytes) data = g_bytes_new_take (text, strlen (text));
      g_autoptr(GPtrArray) docs = NULL;
      g_autoptr(GError) error = NULL;

      bytes += g_bytes_get_size (data);
      docs = readout_importer_import_bytes (importer, data, name, NULL, &error);
      if (docs == NULL)
        {
          fprintf (stderr, "import failed: %s\n", error->message);
          return FALSE;
        }
      for (guint d = 0; d < docs->len; d++)
        {
          g_autoptr(ReadoutAnalysis) analysis =
            readout_analysis_new_for_document (g_ptr_array_index (docs, d), NULL, &error);

          if (analysis == NULL)
            {
              fprintf (stderr, "analysis failed: %s\n", error->message);
              return FALSE;
            }
          n_statements += g_list_model_get_n_items (readout_analysis_get_statements (analysis));
          g_list_store_append (analyses, analysis);
        }
    }

  rss_before = bench_peak_rss_kib ();
  for (int run = 0; run < runs; run++)
    {
      g_autoptr(ReadoutComparison) comparison = NULL;
      g_autoptr(GError) error = NULL;
      BenchTime start = bench_now (), end;

      comparison = readout_comparison_new (G_LIST_MODEL (analyses), NULL, &error);
      end = bench_now ();
      if (comparison == NULL)
        {
          fprintf (stderr, "comparison failed: %s\n", error->message);
          return FALSE;
        }
      cpu[run] = end.cpu - start.cpu;
      wall[run] = end.wall - start.wall;
      n_topics = g_list_model_get_n_items (readout_comparison_get_topics (comparison));
      n_speakers = g_list_model_get_n_items (readout_comparison_get_speakers (comparison));
    }

  /* Medians first: they sort the arrays, so [0] is the minimum after. */
  cpu_median = bench_median (cpu, runs);
  wall_median = bench_median (wall, runs);
  printf ("compare %4d articles %6.0f KB, %5u statements | cpu ms median %7.1f  min %7.1f  max %7.1f"
          " | wall ms median %7.1f | goal < 1000 ms %s | %u topics, %u speakers"
          " | peak RSS %.0f MB (%.0f MB before comparing)\n",
          n_articles, bytes / 1e3, n_statements,
          cpu_median * 1000, cpu[0] * 1000, cpu[runs - 1] * 1000, wall_median * 1000,
          cpu_median < 1.0 ? "met" : "NOT MET", n_topics, n_speakers,
          bench_peak_rss_kib () * 1024 / MB, rss_before * 1024 / MB);
  fflush (stdout);
  return TRUE;
}
