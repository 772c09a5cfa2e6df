/* readout-bench-gui.c — the comparison view with a large comparison
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 5: a comparison of 50 articles and 5,000 statements must open in
 * under a second and scroll smoothly. This generates such a comparison
 * (the analysis benchmark's wire stories, about 10 KB each), then times,
 * under a real display (Xvfb in tests/headless-run.sh):
 *   - the engine: analysing the articles and building the comparison;
 *   - opening it: from setting it on a ReadoutComparisonView in a shown
 *     window to the first frame painted after that;
 *   - scrolling: selecting statements spread over the whole comparison,
 *     one per frame, each scrolling its row into view; frame times;
 * and the memory the view adds. See docs/benchmarks.md.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <adwaita.h>

#include "readout-bench-news.h"
#include "readout-bench-util.h"
#include "readout-comparison-view.h"

static int opt_articles = 50;
static int opt_article_kb = 10;
static int opt_steps = 60;

static const GOptionEntry entries[] = {
  { "articles", 0, 0, G_OPTION_ARG_INT, &opt_articles, "Articles (default 50)", "N" },
  { "article-kb", 0, 0, G_OPTION_ARG_INT, &opt_article_kb, "Size of each in KB (default 10)", "N" },
  { "steps", 0, 0, G_OPTION_ARG_INT, &opt_steps, "Scroll steps (default 60)", "N" },
  { NULL }
};

typedef struct
{
  GMainLoop *loop;
  double     painted;   /* wall time of the last after-paint */
  guint      n_painted;
} Frames;

static void
after_paint_cb (GdkFrameClock *clock,
                Frames        *frames)
{
  frames->painted = bench_now ().wall;
  frames->n_painted++;
  if (frames->loop != NULL)
    g_main_loop_quit (frames->loop);
}

static gboolean
quit_loop (gpointer loop)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the next frame is painted (or 5 s). */
static double
wait_frame (Frames *frames)
{
  guint timeout;

  frames->loop = g_main_loop_new (NULL, FALSE);
  timeout = g_timeout_add_seconds (5, quit_loop, frames->loop);
  g_main_loop_run (frames->loop);
  if (frames->loop != NULL && g_main_context_find_source_by_id (NULL, timeout) != NULL)
    g_source_remove (timeout);
  g_clear_pointer (&frames->loop, g_main_loop_unref);
  return frames->painted;
}

static ReadoutComparison *
generate (guint *n_statements)
{
  g_autoptr(ReadoutImporter) importer = readout_importer_new ();
  g_autoptr(GListStore) analyses = g_list_store_new (READOUT_TYPE_ANALYSIS);
  g_autoptr(GError) error = NULL;
  ReadoutComparison *comparison;
  BenchTime start = bench_now (), mid, end;
  BenchRng rng;

  bench_rng_init (&rng, BENCH_SEED + 5);
  *n_statements = 0;
  for (int i = 0; i < opt_articles; i++)
    {
      char *text = bench_news_article (&rng, (gsize)opt_article_kb * 1000);
      g_autofree char *name = g_strdup_printf ("article-%02d.txt", i + 1);
      g_autoptr(GBytes) data = g_bytes_new_take (text, strlen (text));
      g_autoptr(GPtrArray) docs = readout_importer_import_bytes (importer, data, name, NULL, &error);

      g_assert_no_error (error);
      for (guint d = 0; d < docs->len; d++)
        {
          g_autoptr(ReadoutAnalysis) analysis =
            readout_analysis_new_for_document (g_ptr_array_index (docs, d), NULL, &error);

          g_assert_no_error (error);
          *n_statements += g_list_model_get_n_items (readout_analysis_get_statements (analysis));
          g_list_store_append (analyses, analysis);
        }
    }
  mid = bench_now ();
  comparison = readout_comparison_new (G_LIST_MODEL (analyses), NULL, &error);
  g_assert_no_error (error);
  end = bench_now ();
  printf ("engine: %d articles, %u statements, %u topics, %u parties | import+analysis %.0f ms, comparison %.0f ms\n",
          opt_articles, *n_statements,
          g_list_model_get_n_items (readout_comparison_get_topics (comparison)),
          g_list_model_get_n_items (readout_comparison_get_parties (comparison)),
          (mid.wall - start.wall) * 1000, (end.wall - mid.wall) * 1000);
  return comparison;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- Readout comparison view benchmark");
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutComparison) comparison = NULL;
  g_autofree double *frame_ms = NULL;
  GListModel *statements;
  GtkWidget *window, *view;
  Frames frames = { 0 };
  guint n_statements, n;
  long rss_before, rss_after;
  double t0, t1;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }

  readout_engine_init ();
  adw_init ();
  comparison = generate (&n_statements);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  view = g_object_new (READOUT_TYPE_COMPARISON_VIEW, NULL);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint_cb), &frames);
  wait_frame (&frames);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);

  rss_before = bench_peak_rss_kib ();
  t0 = bench_now ().wall;
  readout_comparison_view_set_comparison (READOUT_COMPARISON_VIEW (view), comparison);
  gtk_widget_queue_draw (view);
  t1 = wait_frame (&frames);
  rss_after = bench_peak_rss_kib ();
  printf ("open: first frame %.0f ms after setting the comparison (goal < 1000 ms %s) | peak RSS %.0f MB, +%.0f MB for the view\n",
          (t1 - t0) * 1000, t1 - t0 < 1.0 ? "met" : "NOT MET",
          rss_after * 1024 / MB, (rss_after - rss_before) * 1024 / MB);

  /* Scroll from the first row to the last in even steps, one frame each. */
  statements = readout_comparison_get_statements (comparison);
  n = g_list_model_get_n_items (statements);
  frame_ms = g_new0 (double, opt_steps);
  for (int step = 0; step < opt_steps; step++)
    {
      g_autoptr(ReadoutStatement) st = g_list_model_get_item (statements, (guint)((guint64)step * (n - 1) / MAX (1, opt_steps - 1)));
      double before = bench_now ().wall;

      readout_comparison_view_select_statement (READOUT_COMPARISON_VIEW (view), st);
      frame_ms[step] = (wait_frame (&frames) - before) * 1000;
    }
  {
    double median = bench_median (frame_ms, opt_steps);

    printf ("scroll: %d jumps across %u statements | frame ms median %.1f, max %.1f | peak RSS %.0f MB\n",
            opt_steps, n, median, frame_ms[opt_steps - 1], bench_peak_rss_kib () * 1024 / MB);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
