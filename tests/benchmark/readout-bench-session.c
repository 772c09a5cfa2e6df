/* readout-bench-session.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Session benchmark (issue 6): saving and loading a session of 50
 * articles, about 5,000 statements and 1,000 annotations must each take
 * under 300 ms on one core. The articles are the analysis benchmark's
 * generated wire stories; import, analysis, comparison and annotating are
 * done beforehand and not timed. Timed: readout_session_to_bytes() alone,
 * readout_session_save_file() (serialising and the atomic write), and
 * readout_session_load_file() (parsing, re-anchoring, rebuilding the
 * comparison). See docs/benchmarks.md.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "readout-bench-news.h"
#include "readout-bench-session.h"
#include "readout-bench-util.h"
#include "readout-session.h"

#define GOAL_MS 300.0

static ReadoutComparison *
make_comparison (ReadoutImporter *importer,
                 int              n_articles,
                 int              article_kb,
                 gsize           *bytes)
{
  g_autoptr(GListStore) analyses = g_list_store_new (READOUT_TYPE_ANALYSIS);
  g_autoptr(GError) error = NULL;
  ReadoutComparison *comparison;
  BenchRng rng;

  *bytes = 0;
  bench_rng_init (&rng, BENCH_SEED + 6);
  for (int i = 0; i < n_articles; i++)
    {
      char *text = bench_news_article (&rng, (gsize) article_kb * 1000);
      g_autofree char *name = g_strdup_printf ("article-%03d.txt", i + 1);
      g_autoptr(GBytes) data = g_bytes_new_take (text, strlen (text));
      g_autoptr(GPtrArray) docs = NULL;

      *bytes += g_bytes_get_size (data);
      docs = readout_importer_import_bytes (importer, data, name, NULL, &error);
      if (docs == NULL)
        {
          fprintf (stderr, "import failed: %s\n", error->message);
          return NULL;
        }
      for (guint d = 0; d < docs->len; d++)
        {
          g_autoptr(ReadoutAnalysis) analysis =
            readout_analysis_new_for_document (g_ptr_array_index (docs, d), NULL, &error);

          if (analysis == NULL)
            {
              fprintf (stderr, "analysis failed: %s\n", error->message);
              return NULL;
            }
          g_list_store_append (analyses, analysis);
        }
    }

  comparison = readout_comparison_new (G_LIST_MODEL (analyses), NULL, &error);
  if (comparison == NULL)
    fprintf (stderr, "comparison failed: %s\n", error->message);
  return comparison;
}

/* @n annotations as a user would leave them: seven in ten on statements
 * spread over the comparison, the rest on passages; notes of a few lines,
 * one or two tags, some colours and statuses. */
static void
annotate (ReadoutSession *session,
          int             n)
{
  ReadoutComparison *comparison = readout_session_get_comparison (session);
  GListModel *statements = readout_comparison_get_statements (comparison);
  GListModel *analyses = readout_comparison_get_analyses (comparison);
  guint n_statements = g_list_model_get_n_items (statements);
  guint n_documents = g_list_model_get_n_items (analyses);
  static const char *names[] = { "follow up", "contradiction", "check source",
                                 "quote", "background", "disputed figure" };
  static const char *colors[] = { "blue", "green", "yellow", "orange", "red", "purple" };
  static const char *highlights[] = { NULL, "yellow", "green", "red" };
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();
  int n_on_statements = n * 7 / 10;
  BenchRng rng;

  bench_rng_init (&rng, BENCH_SEED + 7);
  readout_session_set_author (session, "Benchmark User");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (tags, readout_session_add_tag (session, names[i], colors[i]));

  for (int i = 0, attempts = 0; i < n && attempts < 4 * n; attempts++)
    {
      ReadoutAnnotation *a = NULL;
      g_autofree char *note = NULL;

      if (i < n_on_statements && n_statements > 0)
        {
          g_autoptr(ReadoutStatement) statement =
            g_list_model_get_item (statements, (guint) ((guint64) i * n_statements / n_on_statements));

          a = readout_session_annotate_statement (session, statement);
        }
      else if (n_documents > 0)
        {
          guint d = (guint) i % n_documents;
          g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (analyses, d);
          ReadoutDocument *document = readout_analysis_get_document (analysis);
          guint n_blocks = readout_document_get_n_blocks (document);
          const ReadoutBlock *block = readout_document_get_block (document, bench_rng_next (&rng, n_blocks));

          a = readout_session_annotate_passage (session, d, block->start,
                                                MIN (block->end, block->start + 20 + bench_rng_next (&rng, 120)));
        }
      if (a == NULL)
        continue;   /* an empty span: try another passage */
      i++;

      note = g_strdup_printf ("Note %d: compare with the ministry's own readout.\n"
                              "The figure in the second paragraph differs from yesterday's report.\n"
                              "Ask the desk whether the quote was translated.", i);
      readout_annotation_set_note (a, note);
      readout_annotation_add_tag (a, readout_tag_get_id (g_ptr_array_index (tags, i % tags->len)));
      if (i % 3 == 0)
        readout_annotation_add_tag (a, readout_tag_get_id (g_ptr_array_index (tags, (i + 2) % tags->len)));
      readout_annotation_set_color (a, highlights[i % G_N_ELEMENTS (highlights)]);
      readout_annotation_set_status (a, (ReadoutAnnotationStatus) (i % 4));
    }
}

static void
report (const char *what,
        double     *cpu,
        double     *wall,
        int         runs,
        const char *extra)
{
  /* Medians first: they sort the arrays, so [0] is the minimum after. */
  double cpu_median = bench_median (cpu, runs);
  double wall_median = bench_median (wall, runs);

  printf ("session %-9s | cpu ms median %7.1f  min %7.1f  max %7.1f | wall ms median %7.1f"
          " | goal < %.0f ms %s%s\n",
          what, cpu_median * 1000, cpu[0] * 1000, cpu[runs - 1] * 1000, wall_median * 1000,
          GOAL_MS, cpu_median * 1000 < GOAL_MS ? "met" : "NOT MET", extra);
}

gboolean
bench_session (ReadoutImporter *importer,
               int              n_articles,
               int              article_kb,
               int              n_annotations,
               int              runs)
{
  g_autoptr(ReadoutComparison) comparison = NULL;
  g_autoptr(ReadoutSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree double *cpu = g_new0 (double, runs);
  g_autofree double *wall = g_new0 (double, runs);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *extra = NULL;
  gsize article_bytes = 0, file_bytes = 0;
  guint n_statements, n_annotated;
  long rss_before;

  comparison = make_comparison (importer, n_articles, article_kb, &article_bytes);
  if (comparison == NULL)
    return FALSE;
  n_statements = g_list_model_get_n_items (readout_comparison_get_statements (comparison));
  session = readout_session_new (comparison);
  annotate (session, n_annotations);
  n_annotated = g_list_model_get_n_items (readout_session_get_annotations (session));

  dir = g_dir_make_tmp ("readout-bench-session-XXXXXX", &error);
  if (dir == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return FALSE;
    }
  path = g_build_filename (dir, "bench.readout", NULL);
  file = g_file_new_for_path (path);

  printf ("Readout session benchmark: %d articles %.0f KB, %u statements, %u annotations, %d runs\n",
          n_articles, article_bytes / 1e3, n_statements, n_annotated, runs);
  rss_before = bench_peak_rss_kib ();

  /* Serialising alone. */
  for (int run = 0; run < runs; run++)
    {
      BenchTime start = bench_now (), end;
      g_autoptr(GBytes) bytes = readout_session_to_bytes (session, &error);

      end = bench_now ();
      if (bytes == NULL)
        {
          fprintf (stderr, "to_bytes failed: %s\n", error->message);
          return FALSE;
        }
      file_bytes = g_bytes_get_size (bytes);
      cpu[run] = end.cpu - start.cpu;
      wall[run] = end.wall - start.wall;
    }
  extra = g_strdup_printf (" | %.1f MB", file_bytes / MB);
  report ("to_bytes", cpu, wall, runs, extra);

  /* Saving: serialising and the atomic write (to the same file, as Ctrl+S). */
  for (int run = 0; run < runs; run++)
    {
      BenchTime start = bench_now (), end;

      if (!readout_session_save_file (session, file, READOUT_SESSION_SAVE_OVERWRITE, NULL, &error))
        {
          fprintf (stderr, "save failed: %s\n", error->message);
          return FALSE;
        }
      end = bench_now ();
      cpu[run] = end.cpu - start.cpu;
      wall[run] = end.wall - start.wall;
    }
  report ("save", cpu, wall, runs, "");

  /* Loading. */
  for (int run = 0; run < runs; run++)
    {
      BenchTime start = bench_now (), end;
      g_autoptr(ReadoutSession) loaded = readout_session_load_file (file, NULL, &error);

      end = bench_now ();
      if (loaded == NULL)
        {
          fprintf (stderr, "load failed: %s\n", error->message);
          return FALSE;
        }
      if (g_list_model_get_n_items (readout_session_get_annotations (loaded)) != n_annotated)
        {
          fprintf (stderr, "load lost annotations\n");
          return FALSE;
        }
      cpu[run] = end.cpu - start.cpu;
      wall[run] = end.wall - start.wall;
    }
  g_free (extra);
  extra = g_strdup_printf (" | peak RSS %.0f MB (%.0f MB before saving)",
                           bench_peak_rss_kib () * 1024 / MB, rss_before * 1024 / MB);
  report ("load", cpu, wall, runs, extra);

  /* Where loading spends its time: the JSON parse, and rebuilding the
   * comparison from the analyses (which loading does once). */
  {
    g_autoptr(GBytes) bytes = readout_session_to_bytes (session, NULL);
    GListModel *analyses = readout_comparison_get_analyses (comparison);
    g_autofree double *parse_cpu = g_new0 (double, runs);
    g_autofree double *compare_cpu = g_new0 (double, runs);

    for (int run = 0; run < runs; run++)
      {
        g_autoptr(JsonParser) parser = json_parser_new_immutable ();
        g_autoptr(ReadoutComparison) rebuilt = NULL;
        BenchTime start = bench_now (), mid, end;

        json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL);
        mid = bench_now ();
        rebuilt = readout_comparison_new (analyses, NULL, NULL);
        end = bench_now ();
        parse_cpu[run] = mid.cpu - start.cpu;
        compare_cpu[run] = end.cpu - mid.cpu;
      }
    printf ("session load, parts | JSON parse alone cpu ms median %.1f | readout_comparison_new alone %.1f\n",
            bench_median (parse_cpu, runs) * 1000, bench_median (compare_cpu, runs) * 1000);
  }
  fflush (stdout);

  g_unlink (path);
  g_rmdir (dir);
  return TRUE;
}
