/* readout-bench.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Import and analysis throughput benchmark. Generates a fixed-seed corpus
 * of plain-text wire stories and HTML news pages in memory, times
 * readout_importer_import_bytes() over every file for several runs and
 * prints the median and min/max MB/s per format, then the time for one
 * article of 1×, 2× and 4× the base size to show that import scales
 * linearly. The analysis part is in readout-bench-analysis.c. Run with
 * `meson test --benchmark` or directly; see docs/benchmarks.md.
 */

#include "config.h"

#include <stdio.h>

#include "readout-bench-analysis.h"
#include "readout-bench-compare.h"
#include "readout-bench-corpus.h"
#include "readout-bench-session.h"
#include "readout-bench-util.h"
#include "readout-engine.h"

typedef enum
{
  BENCH_TEXT,
  BENCH_HTML,
} BenchFormat;

static const char *format_names[] = { "text", "html" };

/* Goals from the issue, in MB/s on one core. */
static const double goals[] = { 100.0, 30.0 };

static int opt_size_mb = 20;
static int opt_runs = 5;
static int opt_scale_mb = 1;
static char *opt_format = NULL;
static char *opt_suite = NULL;
static int opt_analysis_scale_kb = 250;
static int opt_compare_articles = 100;

static const GOptionEntry entries[] = {
  { "size-mb", 's', 0, G_OPTION_ARG_INT, &opt_size_mb,
    "Corpus size per format in MB (default 20)", "N" },
  { "runs", 'r', 0, G_OPTION_ARG_INT, &opt_runs,
    "Timed runs over the corpus (default 5)", "N" },
  { "format", 'f', 0, G_OPTION_ARG_STRING, &opt_format,
    "text, html or all (default all)", "FORMAT" },
  { "scale-mb", 0, 0, G_OPTION_ARG_INT, &opt_scale_mb,
    "Base size of the single-article scaling test in MB, 0 to skip (default 1)", "N" },
  { "suite", 0, 0, G_OPTION_ARG_STRING, &opt_suite,
    "import, analysis, compare, session or all (default all)", "SUITE" },
  { "analysis-scale-kb", 0, 0, G_OPTION_ARG_INT, &opt_analysis_scale_kb,
    "Base size of the analysis scaling test in KB, 0 to skip (default 250)", "N" },
  { "compare-articles", 0, 0, G_OPTION_ARG_INT, &opt_compare_articles,
    "Articles of about 5 KB in the comparison benchmark (default 100)", "N" },
  { NULL }
};

static GBytes *
generate_one (BenchFormat  format,
              BenchRng    *rng,
              BenchVocab  *vocab,
              gsize        body_bytes)
{
  char *data;

  if (format == BENCH_TEXT)
    data = bench_text_article (rng, vocab, body_bytes);
  else
    data = bench_html_page (rng, vocab, body_bytes);

  return g_bytes_new_take (data, strlen (data));
}

/* Article sizes vary as on a real site: mostly 2–10 KB of text, a few
 * long reads. */
static GPtrArray *
generate_corpus (BenchFormat  format,
                 BenchVocab  *vocab,
                 gsize        target,
                 gsize       *total)
{
  GPtrArray *files = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);
  BenchRng rng;

  bench_rng_init (&rng, BENCH_SEED + format);
  *total = 0;
  while (*total < target)
    {
      gsize body = 2048 + bench_rng_next (&rng, 8192);
      GBytes *bytes;

      if (bench_rng_next (&rng, 20) == 0)
        body *= 5;
      bytes = generate_one (format, &rng, vocab, body);
      *total += g_bytes_get_size (bytes);
      g_ptr_array_add (files, bytes);
    }

  return files;
}

/* Imports every file once; FALSE (with the error printed) when one fails,
 * because a benchmark of an importer that rejects its input means nothing. */
static gboolean
import_all (ReadoutImporter *importer,
            GPtrArray       *files,
            BenchTime       *elapsed,
            guint64         *kept)
{
  BenchTime start = bench_now ();
  BenchTime end;

  *kept = 0;
  for (guint i = 0; i < files->len; i++)
    {
      g_autoptr(GPtrArray) docs = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("generated-%u", i);

      docs = readout_importer_import_bytes (importer, g_ptr_array_index (files, i), name, NULL, &error);
      if (docs == NULL)
        {
          fprintf (stderr, "import failed: %s\n", error->message);
          return FALSE;
        }
      for (guint j = 0; j < docs->len; j++)
        *kept += readout_document_get_length (g_ptr_array_index (docs, j));
    }

  end = bench_now ();
  elapsed->wall = end.wall - start.wall;
  elapsed->cpu = end.cpu - start.cpu;
  return TRUE;
}

static gboolean
bench_corpus (ReadoutImporter *importer,
              BenchVocab      *vocab,
              BenchFormat      format)
{
  g_autoptr(GPtrArray) files = NULL;
  g_autofree double *wall = g_new0 (double, opt_runs);
  g_autofree double *cpu = g_new0 (double, opt_runs);
  gsize total = 0;
  guint64 kept = 0;
  double mb, wall_median, cpu_median;

  files = generate_corpus (format, vocab, (gsize)opt_size_mb * 1000000, &total);
  mb = total / MB;

  for (int run = 0; run < opt_runs; run++)
    {
      BenchTime t;

      if (!import_all (importer, files, &t, &kept))
        return FALSE;
      wall[run] = mb / t.wall;
      cpu[run] = mb / t.cpu;
    }

  /* median() sorts, so min and max are the ends afterwards. */
  wall_median = bench_median (wall, opt_runs);
  cpu_median = bench_median (cpu, opt_runs);

  printf ("%-5s %5u files %6.1f MB | cpu MB/s median %6.1f  min %6.1f  max %6.1f"
          " | wall MB/s median %6.1f | goal %3.0f %s | body %4.1f M chars | peak RSS %.0f MB\n",
          format_names[format], files->len, mb, cpu_median, cpu[0], cpu[opt_runs - 1],
          wall_median, goals[format], cpu_median >= goals[format] ? "met" : "NOT MET",
          kept / 1e6, bench_peak_rss_kib () * 1024 / MB);
  return TRUE;
}

/* One article of n× the base size: time should grow n-fold, not faster. */
static gboolean
bench_scaling (ReadoutImporter *importer,
               BenchVocab      *vocab,
               BenchFormat      format)
{
  double base_seconds = 0;

  for (guint factor = 1; factor <= 4; factor *= 2)
    {
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);
      g_autofree double *cpu = g_new0 (double, opt_runs);
      gsize body = (gsize)opt_scale_mb * factor * 1000000;
      guint64 kept = 0;
      double seconds;
      BenchRng rng;

      bench_rng_init (&rng, BENCH_SEED + 100 + format);
      g_ptr_array_add (files, generate_one (format, &rng, vocab, body));

      for (int run = 0; run < opt_runs; run++)
        {
          BenchTime t;

          if (!import_all (importer, files, &t, &kept))
            return FALSE;
          cpu[run] = t.cpu;
        }

      seconds = bench_median (cpu, opt_runs);
      if (factor == 1)
        base_seconds = seconds;
      printf ("%-5s one article %5.2f MB: %7.1f ms (%.2f× the 1× time, %5.1f MB/s, body %.2f M chars)\n",
              format_names[format],
              g_bytes_get_size (g_ptr_array_index (files, 0)) / MB,
              seconds * 1000, seconds / base_seconds,
              g_bytes_get_size (g_ptr_array_index (files, 0)) / MB / seconds,
              kept / 1e6);
    }

  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- Readout import and analysis benchmark");
  g_autoptr(ReadoutImporter) importer = NULL;
  g_autoptr(BenchVocab) vocab = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;
  gboolean run_import = TRUE, run_analysis = TRUE, run_compare = TRUE;
  gboolean run_session = TRUE;
  BenchRng rng;
  int first = BENCH_TEXT, last = BENCH_HTML;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }
  if (opt_size_mb < 1 || opt_runs < 1 || opt_scale_mb < 0)
    {
      fprintf (stderr, "--size-mb and --runs must be at least 1\n");
      return 2;
    }
  if (opt_format == NULL || g_str_equal (opt_format, "all"))
    ;
  else if (g_str_equal (opt_format, "text"))
    last = BENCH_TEXT;
  else if (g_str_equal (opt_format, "html"))
    first = BENCH_HTML;
  else
    {
      fprintf (stderr, "--format must be text, html or all\n");
      return 2;
    }
  if (opt_suite == NULL || g_str_equal (opt_suite, "all"))
    ;
  else if (g_str_equal (opt_suite, "import"))
    run_analysis = run_compare = run_session = FALSE;
  else if (g_str_equal (opt_suite, "analysis"))
    run_import = run_compare = run_session = FALSE;
  else if (g_str_equal (opt_suite, "compare"))
    run_import = run_analysis = run_session = FALSE;
  else if (g_str_equal (opt_suite, "session"))
    run_import = run_analysis = run_compare = FALSE;
  else
    {
      fprintf (stderr, "--suite must be import, analysis, compare, session or all\n");
      return 2;
    }

  readout_engine_init ();
  importer = readout_importer_new ();
  bench_rng_init (&rng, BENCH_SEED);
  vocab = bench_vocab_new (&rng);

  if (run_import)
    {
      printf ("Readout import benchmark: %d MB per format, %d runs, seed %" G_GUINT64_FORMAT "\n",
              opt_size_mb, opt_runs, BENCH_SEED);

      for (int format = first; ok && format <= last; format++)
        ok = bench_corpus (importer, vocab, format);

      for (int format = first; ok && opt_scale_mb > 0 && format <= last; format++)
        ok = bench_scaling (importer, vocab, format);
    }

  if (ok && run_analysis)
    ok = bench_analysis (importer, opt_size_mb, opt_runs, opt_analysis_scale_kb);

  if (ok && run_compare)
    ok = bench_compare (importer, opt_compare_articles, 5, opt_runs);

  /* Issue 6: 50 articles of 10 KB (about 5,000 statements), 1,000 annotations. */
  if (ok && run_session)
    ok = bench_session (importer, 50, 10, 1000, opt_runs);

  printf ("peak RSS %.1f MB\n", bench_peak_rss_kib () * 1024 / MB);
  return ok ? 0 : 1;
}
