/* readout-bench-analysis.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Attribution benchmark (issue 3): readout_analysis_new_for_document()
 * over generated English news, imported as many articles of 4–8 KB and as
 * one document of the same text, then the hostile inputs of the issue at
 * growing sizes to show that the time grows linearly. Only the analysis is
 * timed; documents are imported beforehand. See docs/benchmarks.md.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "readout-bench-analysis.h"
#include "readout-bench-news.h"
#include "readout-bench-util.h"

typedef struct
{
  guint statements;
  guint speakers;
  guint with_party;
} AnalysisCounts;

static gboolean
analyse_all (GPtrArray      *documents,
             BenchTime      *elapsed,
             AnalysisCounts *counts)
{
  BenchTime start = bench_now ();
  BenchTime end;

  memset (counts, 0, sizeof *counts);
  for (guint i = 0; i < documents->len; i++)
    {
      g_autoptr(ReadoutAnalysis) analysis = NULL;
      g_autoptr(GError) error = NULL;
      GListModel *statements;

      analysis = readout_analysis_new_for_document (g_ptr_array_index (documents, i), NULL, &error);
      if (analysis == NULL)
        {
          fprintf (stderr, "analysis failed: %s\n", error->message);
          return FALSE;
        }

      /* Cheap, and proves the run produced something. */
      statements = readout_analysis_get_statements (analysis);
      counts->statements += g_list_model_get_n_items (statements);
      counts->speakers += g_list_model_get_n_items (readout_analysis_get_speakers (analysis));
      for (guint j = 0; j < g_list_model_get_n_items (statements); j++)
        {
          g_autoptr(ReadoutStatement) statement = g_list_model_get_item (statements, j);

          if (readout_statement_get_party (statement) != NULL)
            counts->with_party++;
        }
    }

  end = bench_now ();
  elapsed->wall = end.wall - start.wall;
  elapsed->cpu = end.cpu - start.cpu;
  return TRUE;
}

static gboolean
import_text (ReadoutImporter *importer,
             char            *text,
             const char      *name,
             GPtrArray       *documents)
{
  g_autoptr(GBytes) bytes = g_bytes_new_take (text, strlen (text));
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(GError) error = NULL;

  docs = readout_importer_import_bytes (importer, bytes, name, NULL, &error);
  if (docs == NULL)
    {
      fprintf (stderr, "import failed: %s\n", error->message);
      return FALSE;
    }
  for (guint i = 0; i < docs->len; i++)
    g_ptr_array_add (documents, g_object_ref (g_ptr_array_index (docs, i)));
  return TRUE;
}

static double
text_mb (GPtrArray *documents)
{
  gsize bytes = 0;

  for (guint i = 0; i < documents->len; i++)
    bytes += strlen (readout_document_get_text (g_ptr_array_index (documents, i)));
  return bytes / MB;
}

static gboolean
time_documents (const char *label,
                GPtrArray  *documents,
                int         runs)
{
  g_autofree double *cpu = g_new0 (double, runs);
  g_autofree double *wall = g_new0 (double, runs);
  double mb = text_mb (documents);
  AnalysisCounts counts = { 0 };
  double cpu_median, wall_median;

  for (int run = 0; run < runs; run++)
    {
      BenchTime t;

      if (!analyse_all (documents, &t, &counts))
        return FALSE;
      cpu[run] = mb / t.cpu;
      wall[run] = mb / t.wall;
    }

  cpu_median = bench_median (cpu, runs);
  wall_median = bench_median (wall, runs);
  printf ("analysis %-9s %5u docs %6.1f MB | cpu MB/s median %6.2f  min %6.2f  max %6.2f"
          " | wall MB/s median %6.2f | goal 20 %s | %u statements (%.0f%% with party), %u speakers"
          " | peak RSS %.0f MB\n",
          label, documents->len, mb, cpu_median, cpu[0], cpu[runs - 1], wall_median,
          cpu_median >= 20 ? "met" : "NOT MET", counts.statements,
          counts.statements ? 100.0 * counts.with_party / counts.statements : 0.0,
          counts.speakers, bench_peak_rss_kib () * 1024 / MB);
  fflush (stdout);
  return TRUE;
}

static gboolean
bench_news (ReadoutImporter *importer,
            int              size_mb,
            int              runs)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) whole = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) joined = g_string_new (NULL);
  /* The importer drops bylines and repeated furniture, and more of them
   * from the joined text: 5% more raw text keeps both above @size_mb. */
  gsize target = (gsize)size_mb * 1050000;
  BenchRng rng;
  guint i = 0;

  bench_rng_init (&rng, BENCH_SEED + 300);
  while (joined->len < target)
    {
      char *text = bench_news_article (&rng, 4096 + bench_rng_next (&rng, 4096));
      g_autofree char *name = g_strdup_printf ("news-%u.txt", i++);

      if (joined->len > 0)
        g_string_append (joined, "\n\n");
      g_string_append (joined, text);
      if (!import_text (importer, text, name, articles))
        return FALSE;
    }
  if (!import_text (importer, g_string_free (g_steal_pointer (&joined), FALSE), "news-all.txt", whole))
    return FALSE;

  return time_documents ("articles", articles, runs) &&
         time_documents ("one-doc", whole, runs);
}

typedef enum
{
  SCALE_NEWS,
  SCALE_NO_PUNCTUATION,
  SCALE_QUOTE_MARKS,
  SCALE_LONG_SENTENCE,
  SCALE_CUE_CHAIN,
} ScaleInput;

static const char *scale_names[] = {
  "news text (one document)",
  "no punctuation",
  "unbalanced quote marks",
  "one long sentence",
  "names and cue words only",
};

static ReadoutDocument *
make_scale_document (ScaleInput  input,
                     gsize       bytes,
                     char      **detail)
{
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  g_autofree char *text = NULL;
  BenchRng rng;
  guint n = 0;

  bench_rng_init (&rng, BENCH_SEED + 400 + input);
  *detail = NULL;
  switch (input)
    {
    case SCALE_NEWS:
      {
        g_autoptr(GString) out = g_string_new (NULL);

        /* Paragraphs as blocks, as the importer would make them. */
        while (out->len < bytes)
          {
            g_autofree char *article = bench_news_article (&rng, 6000);
            g_auto(GStrv) paragraphs = g_strsplit (article, "\n\n", -1);

            for (guint i = 0; paragraphs[i] != NULL; i++)
              if (paragraphs[i][0] != '\0' && !readout_document_add_paragraph (document, paragraphs[i]))
                return NULL;
            g_string_append (out, article);
          }
        return g_steal_pointer (&document);
      }
    case SCALE_NO_PUNCTUATION:
      text = bench_news_no_punctuation (&rng, bytes);
      break;
    case SCALE_QUOTE_MARKS:
      text = bench_news_quote_marks (&rng, bytes, &n);
      *detail = g_strdup_printf ("%u quote marks", n);
      break;
    case SCALE_LONG_SENTENCE:
      text = bench_news_long_sentence (&rng, bytes, &n);
      *detail = g_strdup_printf ("%u words", n);
      break;
    case SCALE_CUE_CHAIN:
      text = bench_news_cue_chain (&rng, bytes);
      break;
    default:
      g_assert_not_reached ();
    }

  if (!readout_document_add_paragraph (document, text))
    return NULL;
  return g_steal_pointer (&document);
}

/* One input at 1×, 2×, 4× and 8× the base size, median CPU time of @runs.
 * Linear means the time per MB stays flat: the last column. */
static gboolean
bench_scale_input (ScaleInput input,
                   int        scale_kb,
                   int        runs)
{
  double base_per_mb = 0;

  printf ("scaling: %s\n", scale_names[input]);
  for (guint factor = 1; factor <= 8; factor *= 2)
    {
      g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree double *cpu = g_new0 (double, runs);
      g_autofree char *detail = NULL;
      ReadoutDocument *document;
      AnalysisCounts counts = { 0 };
      double mb, seconds;

      document = make_scale_document (input, (gsize)scale_kb * 1000 * factor, &detail);
      if (document == NULL)
        {
          fprintf (stderr, "could not build the %s input\n", scale_names[input]);
          return FALSE;
        }
      g_ptr_array_add (documents, document);
      mb = text_mb (documents);

      for (int run = 0; run < runs; run++)
        {
          BenchTime t;

          if (!analyse_all (documents, &t, &counts))
            return FALSE;
          cpu[run] = t.cpu;
        }

      seconds = bench_median (cpu, runs);
      if (factor == 1)
        base_per_mb = seconds / mb;
      printf ("  %5.2f MB%s%-18s %9.1f ms  %6.2f MB/s  time/MB %.2f× the 1× size  (%u statements)\n",
              mb, detail ? ", " : "", detail ? detail : "", seconds * 1000, mb / seconds,
              seconds / mb / base_per_mb, counts.statements);
      fflush (stdout);
    }

  return TRUE;
}

gboolean
bench_analysis (ReadoutImporter *importer,
                int              size_mb,
                int              runs,
                int              scale_kb)
{
  printf ("Readout analysis benchmark: %d MB of news, %d runs\n", size_mb, runs);
  if (!bench_news (importer, size_mb, runs))
    return FALSE;

  for (int input = SCALE_NEWS; scale_kb > 0 && input <= SCALE_CUE_CHAIN; input++)
    if (!bench_scale_input (input, scale_kb, runs))
      return FALSE;

  return TRUE;
}
