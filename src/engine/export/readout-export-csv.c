/* readout-export-csv.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The column names are fixed English words, not translated: scripts and
 * spreadsheet formulas refer to them.
 */

#include "config.h"

#include <string.h>

#include "readout-export-csv.h"
#include "readout-export-private.h"

static const char * const columns[] = {
  "document_id", "document_title", "statement", "kind", "speaker", "role", "party_id", "party",
  "topic", "act", "cameo", "cue", "text", "start", "end", "notes", "tags", "status", "author",
  NULL
};

const char * const *
readout_csv_get_columns (void)
{
  return columns;
}

/* One field, always quoted (RFC 4180 §2.5–2.7: quotes doubled; line breaks
 * are kept inside the quotes).
 *
 * Formula injection: spreadsheets run a cell that starts with = + - or @
 * (and some a tab or carriage return) as a formula, so a hostile article
 * or note could make a colleague's spreadsheet fetch a URL or run a
 * command. Such cells get a leading apostrophe, which spreadsheets read
 * as "text" and hide (OWASP's advice); the cost is an apostrophe before
 * a statement like "-5% growth" in other readers. */
static void
append_field (GString    *out,
              const char *value,
              gboolean    first)
{
  if (!first)
    g_string_append_c (out, ',');
  g_string_append_c (out, '"');
  if (value != NULL && value[0] != '\0' && strchr ("=+-@\t\r", value[0]) != NULL)
    g_string_append_c (out, '\'');
  for (const char *p = value ? value : ""; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
end_record (GString *out)
{
  g_string_append (out, "\r\n");
}

/* Adds @value to @list (joined by "; ") unless it is empty or there. */
static void
append_unique (GString    *list,
               const char *value)
{
  g_auto(GStrv) have = NULL;

  if (value == NULL || *value == '\0')
    return;
  have = g_strsplit (list->str, "; ", -1);
  if (g_strv_contains ((const char * const *)have, value))
    return;
  if (list->len > 0)
    g_string_append (list, "; ");
  g_string_append (list, value);
}

static void
append_statement (GString              *out,
                  ReadoutExportContext *context,
                  ReadoutStatement     *s)
{
  ReadoutComparison *comparison = context->comparison;
  guint d = readout_comparison_get_statement_document (comparison, s);
  g_autofree char *title = _readout_export_document_name (comparison, d);
  ReadoutSpeaker *speaker = readout_comparison_get_statement_speaker (comparison, s);
  ReadoutParty *party = readout_statement_get_party (s);
  ReadoutTopic *topic = readout_comparison_get_statement_topic (comparison, s);
  ReadoutAct act = readout_statement_get_act (s);
  GPtrArray *annotations = _readout_export_context_lookup (context, s);
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autoptr(GString) tags = g_string_new (NULL);
  g_autoptr(GString) statuses = g_string_new (NULL);
  g_autoptr(GString) authors = g_string_new (NULL);
  char start[16], end[16];

  for (guint k = 0; annotations != NULL && k < annotations->len; k++)
    {
      ReadoutAnnotation *annotation = annotations->pdata[k];
      const char *note = readout_annotation_get_note (annotation);
      ReadoutAnnotationStatus status = readout_annotation_get_status (annotation);

      /* Notes of several annotations, a blank line apart. */
      if (*note != '\0')
        g_string_append_printf (notes, "%s%s", notes->len ? "\n\n" : "", note);
      for (const char * const *t = readout_annotation_get_tags (annotation); *t != NULL; t++)
        {
          ReadoutTag *tag = readout_session_find_tag (context->session, *t);

          append_unique (tags, tag != NULL ? readout_tag_get_name (tag) : *t);
        }
      if (status != READOUT_ANNOTATION_STATUS_NONE)
        append_unique (statuses, readout_annotation_status_to_string (status));
      append_unique (authors, readout_annotation_get_author (annotation));
    }

  g_snprintf (start, sizeof start, "%u", readout_statement_get_start (s));
  g_snprintf (end, sizeof end, "%u", readout_statement_get_end (s));
  append_field (out, readout_comparison_get_document_id (comparison, d), TRUE);
  append_field (out, title, FALSE);
  append_field (out, readout_comparison_get_statement_key (comparison, s), FALSE);
  append_field (out, readout_statement_kind_to_string (readout_statement_get_kind (s)), FALSE);
  append_field (out, speaker ? readout_speaker_get_name (speaker) : NULL, FALSE);
  append_field (out, speaker ? readout_speaker_get_role (speaker) : NULL, FALSE);
  append_field (out, party ? readout_party_get_id (party) : NULL, FALSE);
  append_field (out, party ? readout_party_get_name (party) : NULL, FALSE);
  append_field (out, topic ? readout_topic_get_label (topic) : NULL, FALSE);
  append_field (out, readout_act_to_string (act), FALSE);
  append_field (out, readout_act_get_cameo (act), FALSE);
  append_field (out, readout_statement_get_cue (s), FALSE);
  append_field (out, readout_statement_get_text (s), FALSE);
  append_field (out, start, FALSE);
  append_field (out, end, FALSE);
  append_field (out, notes->str, FALSE);
  append_field (out, tags->str, FALSE);
  append_field (out, statuses->str, FALSE);
  append_field (out, authors->str, FALSE);
  end_record (out);
}

char *
readout_session_to_csv (ReadoutSession *session)
{
  ReadoutExportContext context;
  GListModel *statements;
  GString *out = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (READOUT_IS_SESSION (session), NULL);

  _readout_export_context_init (&context, session);
  statements = readout_comparison_get_statements (context.comparison);
  n = g_list_model_get_n_items (statements);

  /* A byte order mark: without it Excel reads UTF-8 as the local code
   * page and mangles every curly quote; LibreOffice, Google Sheets and
   * Python's "utf-8-sig" skip it. */
  g_string_append (out, "\xEF\xBB\xBF");
  for (guint k = 0; columns[k] != NULL; k++)
    append_field (out, columns[k], k == 0);
  end_record (out);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutStatement) s = g_list_model_get_item (statements, i);

      append_statement (out, &context, s);
    }
  _readout_export_context_clear (&context);
  return g_string_free (out, FALSE);
}
