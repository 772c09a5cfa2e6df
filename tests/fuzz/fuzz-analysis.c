/* fuzz-analysis.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer harness for the attribution pipeline: any input the importers
 * accept is analysed, and the analysis must keep its promises — spans
 * inside the text, content equal to its span, speakers and parties that
 * are in the analysis's own lists.
 */

#include "config.h"

#include <stdint.h>

#include "fuzz-common.h"

#define FUZZ_MAX_SIZE (64 * 1024)

static ReadoutImporter *importer;

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  importer = readout_importer_new ();
  readout_importer_set_max_size (importer, FUZZ_MAX_SIZE);
  return 0;
}

static gboolean
in_model (GListModel *model,
          gpointer    item)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (model, i);

      if ((gpointer) other == item)
        return TRUE;
    }
  return FALSE;
}

static void
check_span (const char *text,
            guint       length,
            guint       start,
            guint       end,
            const char *copy,
            const char *what)
{
  g_autofree char *slice = NULL;
  const char *a, *b;

  if (start > end || end > length)
    fuzz_fail (what);
  if (copy == NULL)
    return;
  a = g_utf8_offset_to_pointer (text, start);
  b = g_utf8_offset_to_pointer (text, end);
  slice = g_strndup (a, b - a);
  if (strcmp (slice, copy) != 0)
    fuzz_fail (what);
}

static void
check_analysis (ReadoutDocument *doc,
                ReadoutAnalysis *analysis)
{
  GListModel *statements = readout_analysis_get_statements (analysis);
  GListModel *speakers = readout_analysis_get_speakers (analysis);
  GListModel *parties = readout_analysis_get_parties (analysis);
  const char *text = readout_document_get_text (doc);
  guint length = readout_document_get_length (doc);
  guint previous = 0;

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ReadoutStatement) st = g_list_model_get_item (statements, i);
      ReadoutSpeaker *speaker = readout_statement_get_speaker (st);
      ReadoutParty *party = readout_statement_get_party (st);

      check_span (text, length, readout_statement_get_start (st), readout_statement_get_end (st),
                  readout_statement_get_text (st), "statement span");
      check_span (text, length, readout_statement_get_cue_start (st), readout_statement_get_cue_end (st),
                  readout_statement_get_cue (st), "cue span");
      check_span (text, length, readout_statement_get_source_start (st), readout_statement_get_source_end (st),
                  readout_statement_get_source (st), "source span");
      if (readout_statement_get_start (st) < previous)
        fuzz_fail ("statements out of reading order");
      previous = readout_statement_get_start (st);
      if (readout_statement_get_block (st) >= readout_document_get_n_blocks (doc))
        fuzz_fail ("statement block");
      if (speaker != NULL && !in_model (speakers, speaker))
        fuzz_fail ("speaker not in the analysis");
      if (party != NULL && !in_model (parties, party))
        fuzz_fail ("party not in the analysis");
    }
  for (guint i = 0; i < g_list_model_get_n_items (speakers); i++)
    {
      g_autoptr(ReadoutSpeaker) speaker = g_list_model_get_item (speakers, i);
      const GArray *mentions = readout_speaker_get_mentions (speaker);

      if (readout_speaker_get_name (speaker) == NULL ||
          !g_utf8_validate (readout_speaker_get_name (speaker), -1, NULL))
        fuzz_fail ("speaker name");
      for (guint k = 0; k < mentions->len; k++)
        check_span (text, length, g_array_index (mentions, ReadoutSpan, k).start,
                    g_array_index (mentions, ReadoutSpan, k).end, NULL, "speaker mention");
    }
}

/* Every statement in exactly one topic, in that topic's cell for its
 * party, with a label; the JSON and Markdown writers accept the result. */
static void
check_comparison (ReadoutComparison *comparison)
{
  GListModel *statements = readout_comparison_get_statements (comparison);
  GListModel *topics = readout_comparison_get_topics (comparison);
  guint listed = 0;

  for (guint t = 0; t < g_list_model_get_n_items (topics); t++)
    {
      g_autoptr(ReadoutTopic) topic = g_list_model_get_item (topics, t);
      GListModel *members = readout_topic_get_statements (topic);

      if (readout_topic_get_label (topic) == NULL || !g_utf8_validate (readout_topic_get_label (topic), -1, NULL) ||
          *readout_topic_get_id (topic) == '\0')
        fuzz_fail ("topic label or id");
      for (guint i = 0; i < g_list_model_get_n_items (members); i++)
        {
          g_autoptr(ReadoutStatement) st = g_list_model_get_item (members, i);
          GListModel *cell = readout_comparison_get_cell (comparison, topic, readout_statement_get_party (st));

          if (readout_comparison_get_statement_topic (comparison, st) != topic || !in_model (cell, st))
            fuzz_fail ("statement not in its topic's cell");
          listed++;
        }
    }
  if (listed != g_list_model_get_n_items (statements))
    fuzz_fail ("statements missing from the topics");
  {
    g_autoptr(JsonNode) node = readout_comparison_to_json (comparison);
    g_autofree char *markdown = readout_comparison_to_markdown (comparison);

    if (node == NULL || markdown == NULL || !g_utf8_validate (markdown, -1, NULL))
      fuzz_fail ("comparison output");
  }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) analyses = g_list_store_new (READOUT_TYPE_ANALYSIS);
  g_autoptr(ReadoutComparison) comparison = NULL;

  docs = readout_importer_import_bytes (importer, bytes, "fuzz-input", NULL, &error);
  if (docs == NULL)
    return 0;

  for (guint i = 0; i < docs->len; i++)
    {
      ReadoutDocument *doc = g_ptr_array_index (docs, i);
      g_autoptr(ReadoutAnalysis) analysis = NULL;
      g_autoptr(GError) analysis_error = NULL;

      analysis = readout_analysis_new_for_document (doc, NULL, &analysis_error);
      if (analysis == NULL)
        fuzz_fail ("analysis failed without cancellation");
      check_analysis (doc, analysis);
      g_list_store_append (analyses, analysis);
    }

  /* The comparison of everything the input held (a feed gives several). */
  comparison = readout_comparison_new (G_LIST_MODEL (analyses), NULL, &error);
  if (comparison == NULL)
    fuzz_fail ("comparison failed without cancellation");
  check_comparison (comparison);

  return 0;
}
