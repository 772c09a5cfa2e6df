/* readout-session-sample.c — session files for the schema test
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `readout-cli session new` makes a session without annotations or edits;
 * the schema test (test-session-schema.py) needs sessions that use every
 * part of the format, so this program makes them through the engine API:
 *
 *   readout-session-sample new -o OUT [--annotate] [--edit] FILE…
 *   readout-session-sample load FILE        prints a JSON summary
 *   readout-session-sample resave IN OUT    loads IN, saves it as OUT
 *   readout-session-sample salvage [-o OUT] FILE   the salvage's summary
 *   readout-session-sample draft IN OUT     changes IN, copies its draft to OUT
 *
 * A failure prints "error DOMAIN CODE: MESSAGE" on stderr and exits 1.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "readout-engine.h"
#include "readout-session.h"

static gboolean opt_annotate = FALSE;
static gboolean opt_edit = FALSE;
static char *opt_output = NULL;

static const GOptionEntry entries[] = {
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output, "Where to save (new, salvage)", "FILE" },
  { "annotate", 0, 0, G_OPTION_ARG_NONE, &opt_annotate, "Add tags and annotations (new)", NULL },
  { "edit", 0, 0, G_OPTION_ARG_NONE, &opt_edit, "Edit the comparison and the layout (new)", NULL },
  { NULL }
};

static int
fail (GError *error)
{
  fprintf (stderr, "error %s %d: %s\n", g_quark_to_string (error->domain), error->code, error->message);
  return 1;
}

static void
annotate (ReadoutSession *session)
{
  ReadoutComparison *comparison = readout_session_get_comparison (session);
  GListModel *statements = readout_comparison_get_statements (comparison);
  static const char *colors[] = { NULL, "yellow", "green", "red" };
  static const ReadoutAnnotationStatus statuses[] = {
    READOUT_ANNOTATION_STATUS_NONE, READOUT_ANNOTATION_STATUS_VERIFIED,
    READOUT_ANNOTATION_STATUS_DISPUTED, READOUT_ANNOTATION_STATUS_NEEDS_CHECK,
  };
  ReadoutTag *tags[3];
  guint n = g_list_model_get_n_items (statements);

  readout_session_set_author (session, "Schema Test");
  tags[0] = readout_session_add_tag (session, "follow up", "orange");
  tags[1] = readout_session_add_tag (session, "contradiction", "red");
  tags[2] = readout_session_add_tag (session, "Quelle prüfen", "purple");

  for (guint i = 0; i < n; i += 2)
    {
      g_autoptr(ReadoutStatement) statement = g_list_model_get_item (statements, i);
      ReadoutAnnotation *a = readout_session_annotate_statement (session, statement);
      g_autofree char *note = g_strdup_printf ("Statement %u: check the wording.\n\nSecond paragraph «%u».", i, i);

      readout_annotation_set_note (a, note);
      readout_annotation_add_tag (a, readout_tag_get_id (tags[i % 3]));
      if (i % 4 == 0)
        readout_annotation_add_tag (a, readout_tag_get_id (tags[(i + 1) % 3]));
      readout_annotation_set_color (a, colors[i % G_N_ELEMENTS (colors)]);
      readout_annotation_set_status (a, statuses[i % G_N_ELEMENTS (statuses)]);
    }

  /* A passage of each document: its first words. */
  for (guint d = 0; d < readout_comparison_get_n_documents (comparison); d++)
    {
      g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (readout_comparison_get_analyses (comparison), d);
      ReadoutDocument *document = readout_analysis_get_document (analysis);
      guint length = readout_document_get_length (document);
      ReadoutAnnotation *a;

      if (length < 2)
        continue;
      a = readout_session_annotate_passage (session, d, 0, MIN (length, 24));
      if (a != NULL)
        readout_annotation_set_note (a, "The opening.");
    }
}

static void
edit (ReadoutSession *session)
{
  ReadoutComparison *comparison = readout_session_get_comparison (session);
  GListModel *statements = readout_comparison_get_statements (comparison);
  GListModel *topics = readout_comparison_get_topics (comparison);
  GListModel *parties = readout_comparison_get_parties (comparison);
  guint n = g_list_model_get_n_items (statements);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(ReadoutAnalysis) analysis = NULL;

  if (n > 0)
    {
      g_autoptr(ReadoutStatement) s = g_list_model_get_item (statements, 0);

      readout_comparison_set_statement_act (comparison, s, READOUT_ACT_REJECT);
    }
  if (n > 1)
    {
      g_autoptr(ReadoutStatement) s = g_list_model_get_item (statements, 1);
      g_autoptr(ReadoutParty) party = g_list_model_get_n_items (parties) > 0 ? g_list_model_get_item (parties, 0) : NULL;

      if (!readout_comparison_set_statement_party (comparison, s, party))
        readout_comparison_set_statement_party (comparison, s, NULL);
      readout_comparison_set_statement_speaker (comparison, s, NULL);
    }
  if (n > 4)
    {
      g_autoptr(ReadoutStatement) s = g_list_model_get_item (statements, 3);

      readout_comparison_remove_statement (comparison, s);
    }
  if (g_list_model_get_n_items (topics) > 0)
    {
      g_autoptr(ReadoutTopic) topic = g_list_model_get_item (topics, 0);

      readout_comparison_rename_topic (comparison, topic, "Renamed: the timetable");
    }
  if (g_list_model_get_n_items (topics) > 2)
    {
      g_autoptr(ReadoutTopic) into = g_list_model_get_item (topics, 1);
      g_autoptr(ReadoutTopic) from = g_list_model_get_item (topics, 2);

      readout_comparison_merge_topics (comparison, into, from);
    }
  readout_comparison_add_topic (comparison, "An empty row");

  /* A statement the engine missed: the start of the first document. */
  analysis = g_list_model_get_item (readout_comparison_get_analyses (comparison), 0);
  if (analysis != NULL)
    {
      ReadoutDocument *document = readout_analysis_get_document (analysis);
      guint length = readout_document_get_length (document);

      if (length > 12)
        readout_comparison_add_statement (comparison, 0, 0, MIN (length, 40), NULL, NULL);
    }

  /* The layout the GUI would store. */
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "order");
  json_builder_begin_array (builder);
  for (guint i = g_list_model_get_n_items (parties); i > 0; i--)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (parties, i - 1);

      json_builder_add_string_value (builder, readout_party_get_id (party));
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "hidden");
  json_builder_begin_array (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  readout_session_set_layout_member (session, "columns", json_builder_get_root (builder), TRUE);
  readout_session_set_layout_member (session, "document", json_node_init_int (json_node_alloc (), 0), TRUE);
}

static void
print_summary (ReadoutSession *session)
{
  ReadoutComparison *comparison = readout_session_get_comparison (session);
  guint n_documents = comparison ? readout_comparison_get_n_documents (comparison) : 0;
  guint n_statements = comparison ? g_list_model_get_n_items (readout_comparison_get_statements (comparison)) : 0;
  guint n_orphaned_annotations = 0;
  GListModel *annotations = readout_session_get_annotations (session);

  for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
    {
      g_autoptr(ReadoutAnnotation) a = g_list_model_get_item (annotations, i);

      n_orphaned_annotations += readout_annotation_is_orphaned (a);
    }
  printf ("{\"documents\": %u, \"statements\": %u, \"annotations\": %u, \"tags\": %u,"
          " \"orphaned_statements\": %u, \"orphaned_annotations\": %u, \"unsaved\": %s}\n",
          n_documents, n_statements, g_list_model_get_n_items (annotations),
          g_list_model_get_n_items (readout_session_get_tags (session)),
          g_list_model_get_n_items (readout_session_get_orphaned_statements (session)),
          n_orphaned_annotations, readout_session_get_unsaved (session) ? "true" : "false");
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("new|load|resave|salvage|draft FILE… — session files for tests");
  g_autoptr(GError) error = NULL;
  const char *command;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return fail (error);
  if (argc < 3)
    {
      fprintf (stderr, "usage: %s new|load|resave|salvage|draft FILE…\n", argv[0]);
      return 2;
    }
  readout_engine_init ();
  command = argv[1];

  if (g_str_equal (command, "new"))
    {
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(ReadoutSession) session = NULL;
      g_autoptr(GFile) output = NULL;

      if (opt_output == NULL)
        {
          fprintf (stderr, "new needs -o FILE\n");
          return 2;
        }
      for (int i = 2; i < argc; i++)
        g_ptr_array_add (files, g_file_new_for_commandline_arg (argv[i]));
      session = readout_session_new_for_files ((GFile **) files->pdata, files->len, NULL, &error);
      if (session == NULL)
        return fail (error);
      if (opt_edit)
        edit (session);
      if (opt_annotate)
        annotate (session);
      output = g_file_new_for_commandline_arg (opt_output);
      if (!readout_session_save_file (session, output, READOUT_SESSION_SAVE_NONE, NULL, &error))
        return fail (error);
      print_summary (session);
      return 0;
    }
  else if (g_str_equal (command, "load") || g_str_equal (command, "resave"))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[2]);
      g_autoptr(ReadoutSession) session = readout_session_load_file (file, NULL, &error);

      if (session == NULL)
        return fail (error);
      if (g_str_equal (command, "resave"))
        {
          g_autoptr(GFile) output = NULL;

          if (argc < 4)
            return 2;
          output = g_file_new_for_commandline_arg (argv[3]);
          if (!readout_session_save_file (session, output, READOUT_SESSION_SAVE_NONE, NULL, &error))
            return fail (error);
        }
      print_summary (session);
      return 0;
    }
  else if (g_str_equal (command, "draft"))
    {
      /* Loads IN, changes it and writes its draft (to $XDG_DATA_HOME),
       * then copies the draft to OUT. */
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[2]);
      g_autoptr(ReadoutSession) session = readout_session_load_file (file, NULL, &error);
      g_autoptr(GPtrArray) drafts = NULL;
      g_autoptr(GFile) output = NULL;

      if (session == NULL)
        return fail (error);
      if (argc < 4)
        return 2;
      readout_session_add_tag (session, "added in the draft", "green");
      if (!readout_session_write_draft (session, &error))
        return fail (error);
      drafts = readout_session_list_drafts ();
      if (drafts == NULL || drafts->len == 0)
        {
          fprintf (stderr, "no draft was written\n");
          return 1;
        }
      output = g_file_new_for_commandline_arg (argv[3]);
      if (!g_file_copy (g_ptr_array_index (drafts, 0), output, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error))
        return fail (error);
      print_summary (session);
      return 0;
    }
  else if (g_str_equal (command, "salvage"))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[2]);
      g_autofree char *name = g_file_get_basename (file);
      g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, &error);
      g_autoptr(ReadoutSession) session = NULL;

      if (bytes == NULL)
        return fail (error);
      session = readout_session_salvage_bytes (bytes, name, NULL, &error);
      if (session == NULL)
        return fail (error);
      if (opt_output != NULL)
        {
          g_autoptr(GFile) output = g_file_new_for_commandline_arg (opt_output);

          if (!readout_session_save_file (session, output, READOUT_SESSION_SAVE_NONE, NULL, &error))
            return fail (error);
        }
      print_summary (session);
      return 0;
    }

  fprintf (stderr, "unknown command %s\n", command);
  return 2;
}
