/* readout-comparison-text.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "readout-comparison-text.h"
#include "readout-export-private.h"
#include "readout-tone.h"

#define CELL_CHARS 90

static char *
party_heading (ReadoutParty *party)
{
  /* TRANSLATORS: a party in a comparison: its name and its code, "Russia (RUS)" */
  return g_strdup_printf (_("%s (%s)"), readout_party_get_localized_name (party), readout_party_get_id (party));
}

/* Words of a statement for a table cell: shortened, one line, no pipes. */
static char *
cell_text (const char *text,
           guint       max_chars)
{
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (n == max_chars)
        {
          g_string_append (out, "…");
          break;
        }
      if (c == '|')
        g_string_append (out, "\\|");
      else if (c == '\n')
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* “words” — Sergei Ryabkov · REJECT (negated) · d2 */
static void
append_statement (GString           *out,
                  ReadoutComparison *comparison,
                  ReadoutStatement  *statement,
                  guint              max_chars,
                  gboolean           markdown)
{
  ReadoutSpeaker *speaker = readout_comparison_get_statement_speaker (comparison, statement);
  ReadoutActMode mode = readout_statement_get_mode (statement);
  g_autofree char *words = cell_text (readout_statement_get_text (statement), max_chars);
  const char * const *tone = readout_statement_get_tone (statement);

  if (readout_statement_get_kind (statement) == READOUT_STATEMENT_DIRECT)
    g_string_append_printf (out, "“%s”", words);
  else
    g_string_append (out, words);
  if (speaker != NULL)
    {
      /* Names go through the same escaping: a "|" would break the table. */
      g_autofree char *name = cell_text (readout_speaker_get_name (speaker), G_MAXUINT);

      g_string_append_printf (out, " — %s", name);
    }
  g_string_append_printf (out, markdown ? " · **%s**" : " · %s",
                          readout_act_get_label (readout_statement_get_act (statement)));
  for (guint bit = READOUT_ACT_MODE_NEGATED; bit <= READOUT_ACT_MODE_FUTURE; bit <<= 1)
    if (mode & bit)
      g_string_append_printf (out, " (%s)",
                              bit == READOUT_ACT_MODE_NEGATED ? _("negated") :
                              bit == READOUT_ACT_MODE_CONDITIONAL ? _("conditional") : _("future"));
  for (guint k = 0; tone[k] != NULL; k++)
    {
      const ReadoutToneEntry *entry = readout_tone_lookup (tone[k]);

      g_string_append_printf (out, markdown ? " `%s`" : " [%s]",
                              entry != NULL ? readout_tone_entry_get_label (entry) : tone[k]);
    }
  if (readout_comparison_get_n_documents (comparison) > 1)
    g_string_append_printf (out, " · %s",
                            readout_comparison_get_document_id (comparison,
                                                                readout_comparison_get_statement_document (comparison, statement)));
}

static const char *
relation_label (ReadoutRelation relation)
{
  switch (relation)
    {
    case READOUT_RELATION_ONE_SIDED:
      return _("one side only");
    case READOUT_RELATION_CONVERGE:
      return _("positions converge");
    case READOUT_RELATION_DIVERGE:
    default:
      return _("positions diverge");
    }
}

static void
append_documents (GString           *out,
                  ReadoutComparison *comparison,
                  gboolean           markdown)
{
  GListModel *analyses = readout_comparison_get_analyses (comparison);
  guint n = g_list_model_get_n_items (analyses);

  if (markdown)
    g_string_append_printf (out, "## %s\n\n| | %s | %s | %s |\n|---|---|---|---|\n",
                            _("Documents"), _("Title"), _("Source"), _("Date"));
  for (guint d = 0; d < n; d++)
    {
      g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (analyses, d);
      ReadoutDocument *doc = readout_analysis_get_document (analysis);
      const char *title = readout_document_get_title (doc);
      const char *source = readout_document_get_source (doc);
      const char *date = readout_document_get_date (doc);
      g_autofree char *t = cell_text (title ? title : _("Untitled"), 200);

      if (markdown)
        g_string_append_printf (out, "| %s | %s | %s | %s |\n", readout_comparison_get_document_id (comparison, d),
                                t, source ? source : "", date ? date : "");
      else
        g_string_append_printf (out, "%s  %s%s%s\n", readout_comparison_get_document_id (comparison, d), t,
                                source ? " — " : "", source ? source : "");
    }
  g_string_append_c (out, '\n');
}

static void
append_matrix (GString           *out,
               ReadoutComparison *comparison)
{
  GListModel *topics = readout_comparison_get_topics (comparison);
  GListModel *parties = readout_comparison_get_parties (comparison);
  guint n_topics = g_list_model_get_n_items (topics);
  guint n_parties = g_list_model_get_n_items (parties);

  g_string_append_printf (out, "## %s\n\n| %s |", _("Parties and topics"), _("Topic"));
  for (guint p = 0; p < n_parties; p++)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (parties, p);
      g_autofree char *heading = party_heading (party);

      g_string_append_printf (out, " %s |", heading);
    }
  g_string_append (out, "\n|---|");
  for (guint p = 0; p < n_parties; p++)
    g_string_append (out, "---|");
  g_string_append_c (out, '\n');

  for (guint t = 0; t < n_topics; t++)
    {
      g_autoptr(ReadoutTopic) topic = g_list_model_get_item (topics, t);
      g_autofree char *label = cell_text (readout_topic_get_label (topic), 200);

      g_string_append_printf (out, "| **%s** (%s) |", label, relation_label (readout_topic_get_relation (topic)));
      for (guint p = 0; p < n_parties; p++)
        {
          g_autoptr(ReadoutParty) party = g_list_model_get_item (parties, p);
          GListModel *cell = readout_comparison_get_cell (comparison, topic, party);
          guint n = g_list_model_get_n_items (cell);

          g_string_append_c (out, ' ');
          if (n == 0)
            g_string_append (out, "—");
          for (guint i = 0; i < n; i++)
            {
              g_autoptr(ReadoutStatement) s = g_list_model_get_item (cell, i);

              if (i > 0)
                g_string_append (out, "<br>");
              append_statement (out, comparison, s, CELL_CHARS, TRUE);
            }
          g_string_append (out, " |");
        }
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

/* A user's text in Markdown: raw HTML in a note must not become markup
 * in the renderer (a <script>), and each line stays inside the quote. */
static void
append_note_text (GString    *out,
                  const char *text,
                  const char *indent)
{
  g_string_append_printf (out, "%s> ", indent);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '<')
        g_string_append (out, "&lt;");
      else if (*p == '&')
        g_string_append (out, "&amp;");
      else if (*p == '\n')
        g_string_append_printf (out, "  \n%s> ", indent);
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '\n');
}

/* > **Note** · Verified · Tags: Evasive, Follow-up · Ana Lima, 2026-11-28 01:02 UTC
 * >
 * > the note */
static void
append_annotation (GString           *out,
                   ReadoutSession    *session,
                   ReadoutAnnotation *annotation,
                   const char        *indent)
{
  ReadoutAnnotationStatus status = readout_annotation_get_status (annotation);
  const char *note = readout_annotation_get_note (annotation);
  const char *author = readout_annotation_get_author (annotation);
  g_autofree char *tags = _readout_export_tag_names (session, annotation, ", ");
  g_autoptr(GDateTime) modified = g_date_time_to_utc (readout_annotation_get_modified (annotation));
  g_autofree char *when = g_date_time_format (modified, "%Y-%m-%d %H:%M UTC");
  GString *line = g_string_new (NULL);

  g_string_append_printf (line, "**%s**", *note != '\0' ? _("Note") : _("Annotation"));
  if (status != READOUT_ANNOTATION_STATUS_NONE)
    g_string_append_printf (line, " · %s", readout_annotation_status_get_label (status));
  if (*tags != '\0')
    {
      g_string_append (line, " · ");
      /* TRANSLATORS: the tags of an annotation in a Markdown export; %s is their names */
      g_string_append_printf (line, _("Tags: %s"), tags);
    }
  g_string_append (line, " · ");
  if (author != NULL && *author != '\0')
    g_string_append_printf (line, "%s, ", author);
  g_string_append (line, when);
  append_note_text (out, line->str, indent);
  g_string_free (line, TRUE);
  if (*note != '\0')
    {
      g_string_append_printf (out, "%s>\n", indent);
      append_note_text (out, note, indent);
    }
  g_string_append_c (out, '\n');
}

/* Each topic, then its statements party by party; statements nobody could
 * be found for come last, so that nothing is left out. With @context,
 * each statement's annotations follow it. */
static void
append_topics (GString              *out,
               ReadoutComparison    *comparison,
               ReadoutExportContext *context,
               gboolean              markdown)
{
  GListModel *topics = readout_comparison_get_topics (comparison);
  GListModel *parties = readout_comparison_get_parties (comparison);
  guint n_topics = g_list_model_get_n_items (topics);
  guint n_parties = g_list_model_get_n_items (parties);

  if (markdown)
    g_string_append_printf (out, "## %s\n\n", _("Topics"));
  for (guint t = 0; t < n_topics; t++)
    {
      g_autoptr(ReadoutTopic) topic = g_list_model_get_item (topics, t);

      g_string_append_printf (out, markdown ? "### %s\n\n*%s*\n\n" : "%s  [%s]\n",
                              readout_topic_get_label (topic), relation_label (readout_topic_get_relation (topic)));
      for (guint p = 0; p <= n_parties; p++)
        {
          g_autoptr(ReadoutParty) party = p < n_parties ? g_list_model_get_item (parties, p) : NULL;
          GListModel *cell = readout_comparison_get_cell (comparison, topic, party);
          guint n = g_list_model_get_n_items (cell);
          g_autofree char *heading = NULL;

          if (n == 0)
            continue;
          heading = party != NULL ? party_heading (party) : g_strdup (_("No party"));
          g_string_append_printf (out, markdown ? "**%s**\n\n" : "  %s\n", heading);
          for (guint i = 0; i < n; i++)
            {
              g_autoptr(ReadoutStatement) s = g_list_model_get_item (cell, i);

              GPtrArray *annotations = context ? _readout_export_context_lookup (context, s) : NULL;

              g_string_append (out, markdown ? "- " : "    ");
              append_statement (out, comparison, s, G_MAXUINT, markdown);
              g_string_append_c (out, '\n');
              if (annotations != NULL)
                g_string_append_c (out, '\n');
              for (guint k = 0; annotations != NULL && k < annotations->len; k++)
                append_annotation (out, context->session, annotations->pdata[k], "  ");
            }
          g_string_append_c (out, '\n');
        }
    }
}

static void
append_differences (GString           *out,
                    ReadoutComparison *comparison,
                    gboolean           markdown)
{
  GListModel *topics = readout_comparison_get_topics (comparison);
  guint n_topics = g_list_model_get_n_items (topics);
  guint n_docs = readout_comparison_get_n_documents (comparison);
  g_autofree gboolean *in = NULL;
  g_autoptr(GPtrArray) labels = NULL;

  if (n_docs < 2)
    return;
  /* Which documents each topic has statements from, asked once: every
   * pair of documents reads it (50 articles make 1,225 pairs). */
  in = g_new0 (gboolean, (gsize)n_topics * n_docs);
  labels = g_ptr_array_new_full (n_topics, g_free);
  for (guint t = 0; t < n_topics; t++)
    {
      g_autoptr(ReadoutTopic) topic = g_list_model_get_item (topics, t);

      g_ptr_array_add (labels, g_strdup (readout_topic_get_label (topic)));
      for (guint d = 0; d < n_docs; d++)
        in[(gsize)t * n_docs + d] = readout_comparison_topic_in_document (comparison, topic, d);
    }
  if (markdown)
    g_string_append_printf (out, "## %s\n\n", _("Differences between documents"));
  for (guint a = 0; a < n_docs; a++)
    for (guint b = a + 1; b < n_docs; b++)
      {
        const char *id_a = readout_comparison_get_document_id (comparison, a);
        const char *id_b = readout_comparison_get_document_id (comparison, b);

        g_string_append_printf (out, markdown ? "### %s — %s\n\n" : "%s — %s\n", id_a, id_b);
        for (guint k = 0; k < 3; k++)
          {
            /* TRANSLATORS: topics one document of a comparison has and the other lacks; %s is "d1" */
            g_autofree char *heading = k < 2 ? g_strdup_printf (_("Only in %s"), k == 0 ? id_a : id_b)
                                             : g_strdup (_("In both"));
            gboolean any = FALSE;

            g_string_append_printf (out, markdown ? "- %s: " : "  %s: ", heading);
            for (guint t = 0; t < n_topics; t++)
              {
                gboolean in_a = in[(gsize)t * n_docs + a];
                gboolean in_b = in[(gsize)t * n_docs + b];

                if ((k == 0 && in_a && !in_b) || (k == 1 && in_b && !in_a) || (k == 2 && in_a && in_b))
                  {
                    g_string_append_printf (out, "%s%s", any ? "; " : "", (char *)labels->pdata[t]);
                    any = TRUE;
                  }
              }
            g_string_append (out, any ? "\n" : "—\n");
          }
        g_string_append_c (out, '\n');
      }
}

char *
readout_comparison_to_markdown (ReadoutComparison *comparison)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (READOUT_IS_COMPARISON (comparison), NULL);

  g_string_append_printf (out, "# %s\n\n", _("Comparison"));
  append_documents (out, comparison, TRUE);
  append_matrix (out, comparison);
  append_topics (out, comparison, NULL, TRUE);
  append_differences (out, comparison, TRUE);
  return g_string_free (out, FALSE);
}

char *
readout_comparison_to_text (ReadoutComparison *comparison)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (READOUT_IS_COMPARISON (comparison), NULL);

  append_documents (out, comparison, FALSE);
  append_topics (out, comparison, NULL, FALSE);
  append_differences (out, comparison, FALSE);
  return g_string_free (out, FALSE);
}

/* Annotations on no statement: "### d1, 120–145" and the passage quoted. */
static void
append_other_annotations (GString              *out,
                          ReadoutExportContext *context,
                          GPtrArray            *annotations,
                          const char           *heading)
{
  if (annotations->len == 0)
    return;
  g_string_append_printf (out, "## %s\n\n", heading);
  for (guint i = 0; i < annotations->len; i++)
    {
      ReadoutAnnotation *annotation = annotations->pdata[i];
      const ReadoutAnchor *anchor = readout_annotation_get_anchor (annotation);
      g_autofree char *quote = g_strdup_printf ("“%s”", anchor->exact);

      g_string_append_printf (out, "### %s, %u–%u\n\n", readout_annotation_get_document (annotation),
                              anchor->start, anchor->end);
      append_note_text (out, quote, "");
      g_string_append_c (out, '\n');
      append_annotation (out, context->session, annotation, "");
    }
}

char *
readout_session_to_markdown (ReadoutSession *session)
{
  ReadoutExportContext context;
  GString *out = g_string_new (NULL);
  g_autofree char *title = NULL;

  g_return_val_if_fail (READOUT_IS_SESSION (session), NULL);

  _readout_export_context_init (&context, session);
  title = _readout_export_title (&context);
  g_string_append_printf (out, "# %s\n\n", title);
  append_documents (out, context.comparison, TRUE);
  append_matrix (out, context.comparison);
  append_topics (out, context.comparison, &context, TRUE);
  append_differences (out, context.comparison, TRUE);
  append_other_annotations (out, &context, context.passages, _("Annotations on passages"));
  append_other_annotations (out, &context, context.orphaned, _("Orphaned annotations"));
  _readout_export_context_clear (&context);
  return g_string_free (out, FALSE);
}
