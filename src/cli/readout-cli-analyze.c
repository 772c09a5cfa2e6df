/* readout-cli-analyze.c — `readout-cli analyze`
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "readout-cli-private.h"

typedef enum {
  OUTPUT_JSON,
  OUTPUT_JSONL,
  OUTPUT_TEXT,
} OutputFormat;

static JsonNode *
analysis_node (ReadoutAnalysis *analysis)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(GListStore) one = g_list_store_new (READOUT_TYPE_ANALYSIS);
  g_autoptr(ReadoutComparison) topics = NULL;
  g_autoptr(GError) error = NULL;

  /* Topics of this document alone; without them (the engine's data did not
   * load) the rest still prints. */
  g_list_store_append (one, analysis);
  topics = readout_comparison_new (G_LIST_MODEL (one), NULL, &error);
  if (topics == NULL)
    g_printerr ("readout-cli: %s\n", error->message);

  json_object_set_member (object, "document",
                          readout_document_to_json (readout_analysis_get_document (analysis)));
  readout_analysis_add_to_json_full (analysis, topics, object);
  json_node_take_object (node, object);

  return node;
}

static void
print_text (ReadoutDocument *document)
{
  const char * const *authors = readout_document_get_authors (document);
  g_autofree char *byline = g_strjoinv (", ", (char **)authors);
  const char *title = readout_document_get_title (document);

  g_print ("%s\n", title ? title : _("Untitled"));
  if (byline[0] != '\0')
    g_print ("%s %s\n", _("By"), byline);
  if (readout_document_get_date (document))
    g_print ("%s\n", readout_document_get_date (document));
  if (readout_document_get_source (document))
    g_print ("%s\n", readout_document_get_source (document));
  g_print ("\n%s\n\n", readout_document_get_text (document));
}

static const char *
statement_kind_label (ReadoutStatementKind kind)
{
  switch (kind)
    {
    case READOUT_STATEMENT_DIRECT:
      return C_("statement kind", "direct");
    case READOUT_STATEMENT_MIXED:
      return C_("statement kind", "mixed");
    case READOUT_STATEMENT_INDIRECT:
      return C_("statement kind", "indirect");
    case READOUT_STATEMENT_STANCE:
      return C_("statement kind", "stance");
    default:
      return readout_statement_kind_to_string (kind);
    }
}

/* @party: shown after the words when the speaker line does not say it. */
static void
print_statement (ReadoutStatement *statement,
                 const char       *indent,
                 ReadoutParty     *party)
{
  const char *kind = statement_kind_label (readout_statement_get_kind (statement));
  const char *text = readout_statement_get_text (statement);
  g_autofree char *line = NULL;

  /* Only a direct quote is the speaker's own words: it alone gets the
   * quotation marks (a mixed statement's own marks would nest). */
  if (readout_statement_get_kind (statement) == READOUT_STATEMENT_DIRECT)
    {
      if (party != NULL)
        /* TRANSLATORS: a quote without a speaker in `readout-cli analyze
         * --format text`: its kind, its words and the party it is ascribed to. */
        line = g_strdup_printf (_("[%s] “%s” (%s)"), kind, text,
                                readout_party_get_localized_name (party));
      else
        /* TRANSLATORS: one quote in `readout-cli analyze --format text`:
         * the kind in brackets, then the words in quotation marks. */
        line = g_strdup_printf (_("[%s] “%s”"), kind, text);
    }
  else if (party != NULL)
    /* TRANSLATORS: reported speech or a stance without a speaker in
     * `readout-cli analyze --format text`: its kind, its words and the
     * party it is ascribed to. */
    line = g_strdup_printf (_("[%s] %s (%s)"), kind, text, readout_party_get_localized_name (party));
  else
    /* TRANSLATORS: reported speech or a stance in `readout-cli analyze
     * --format text`: the kind in brackets, then the words. */
    line = g_strdup_printf (_("[%s] %s"), kind, text);

  g_print ("%s%s\n", indent, line);
}

/* Prints the speakers of @party (NULL: those without one) under
 * @heading, each with their statements in reading order. */
static void
print_speakers (GListModel   *speakers,
                GHashTable   *by_speaker,
                ReadoutParty *party,
                const char   *heading)
{
  guint n = g_list_model_get_n_items (speakers);
  gboolean printed = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutSpeaker) speaker = g_list_model_get_item (speakers, i);
      GPtrArray *said = g_hash_table_lookup (by_speaker, speaker);
      const char *role = readout_speaker_get_role (speaker);

      if (readout_speaker_get_party (speaker) != party)
        continue;

      if (!printed)
        g_print ("%s\n", heading);
      printed = TRUE;

      if (role != NULL)
        {
          /* TRANSLATORS: a speaker and their role, "Sergei Ryabkov, Deputy
           * Foreign Minister". */
          g_autofree char *line = g_strdup_printf (_("%s, %s"),
                                                   readout_speaker_get_name (speaker), role);

          g_print ("  %s\n", line);
        }
      else
        g_print ("  %s\n", readout_speaker_get_name (speaker));

      for (guint j = 0; said != NULL && j < said->len; j++)
        print_statement (g_ptr_array_index (said, j), "    ", NULL);
    }

  if (printed)
    g_print ("\n");
}

/* Per party its speakers and what they said, then speakers without a
 * party, then statements nobody was found to have made. */
static void
print_analysis_text (ReadoutAnalysis *analysis)
{
  GListModel *parties = readout_analysis_get_parties (analysis);
  GListModel *speakers = readout_analysis_get_speakers (analysis);
  GListModel *statements = readout_analysis_get_statements (analysis);
  g_autoptr(GHashTable) by_speaker = NULL;
  g_autoptr(GPtrArray) unattributed = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_statements = g_list_model_get_n_items (statements);
  guint n_parties = g_list_model_get_n_items (parties);

  by_speaker = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);
  for (guint i = 0; i < n_statements; i++)
    {
      ReadoutStatement *statement = g_list_model_get_item (statements, i);
      ReadoutSpeaker *speaker = readout_statement_get_speaker (statement);
      GPtrArray *said;

      if (speaker == NULL)
        {
          g_ptr_array_add (unattributed, statement);
          continue;
        }

      said = g_hash_table_lookup (by_speaker, speaker);
      if (said == NULL)
        {
          said = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (by_speaker, speaker, said);
        }
      g_ptr_array_add (said, statement);
    }

  if (n_statements == 0)
    {
      g_print ("%s\n\n", _("No statements found."));
      return;
    }

  for (guint i = 0; i < n_parties; i++)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (parties, i);

      print_speakers (speakers, by_speaker, party,
                      readout_party_get_localized_name (party));
    }

  print_speakers (speakers, by_speaker, NULL, _("No party"));

  if (unattributed->len > 0)
    {
      g_print ("%s\n", _("Without a speaker"));
      for (guint i = 0; i < unattributed->len; i++)
        {
          ReadoutStatement *statement = g_ptr_array_index (unattributed, i);

          print_statement (statement, "  ", readout_statement_get_party (statement));
        }
      g_print ("\n");
    }
}

int
readout_cli_analyze (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutImporter) importer = NULL;
  g_autoptr(JsonArray) results = NULL;
  g_autofree char *format = NULL;
  g_auto(GStrv) files = NULL;
  OutputFormat output;
  int status = EXIT_OK;
  guint n_files;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: json (default), jsonl or text"), N_("FORMAT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };

  context = g_option_context_new (_("— import articles and print the analysis"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("readout-cli: %s\n", error->message);
      return EXIT_USAGE;
    }

  if (format == NULL || g_str_equal (format, "json"))
    output = OUTPUT_JSON;
  else if (g_str_equal (format, "jsonl"))
    output = OUTPUT_JSONL;
  else if (g_str_equal (format, "text"))
    output = OUTPUT_TEXT;
  else
    {
      g_printerr ("readout-cli: %s\n", _("--format must be json, jsonl or text"));
      return EXIT_USAGE;
    }

  n_files = files ? g_strv_length (files) : 0;
  if (n_files == 0)
    {
      g_printerr ("readout-cli: %s\n", _("analyze needs at least one FILE"));
      return EXIT_USAGE;
    }

  importer = readout_importer_new ();
  results = json_array_new ();

  for (guint i = 0; i < n_files; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[i]);
      g_autoptr(GPtrArray) docs = NULL;
      g_autoptr(GError) local_error = NULL;

      docs = readout_importer_import_file (importer, file, NULL, &local_error);
      if (docs == NULL)
        {
          g_printerr ("readout-cli: %s\n", local_error->message);
          status = EXIT_FAILED;
          continue;
        }

      for (guint j = 0; j < docs->len; j++)
        {
          ReadoutDocument *document = g_ptr_array_index (docs, j);
          const char * const *warnings = readout_document_get_warnings (document);
          g_autoptr(ReadoutAnalysis) analysis = NULL;

          for (guint k = 0; warnings[k] != NULL; k++)
            g_printerr ("readout-cli: %s: %s\n", files[i], warnings[k]);

          analysis = readout_analysis_new_for_document (document, NULL, &local_error);
          if (analysis == NULL)
            {
              g_printerr ("readout-cli: %s: %s\n", files[i], local_error->message);
              g_clear_error (&local_error);
              status = EXIT_FAILED;
              continue;
            }

          if (output == OUTPUT_TEXT)
            {
              print_text (document);
              print_analysis_text (analysis);
            }
          else if (output == OUTPUT_JSONL)
            {
              g_autoptr(JsonNode) node = analysis_node (analysis);
              g_autofree char *line = readout_cli_to_json (node, FALSE);

              g_print ("%s\n", line);
            }
          else
            json_array_add_element (results, analysis_node (analysis));
        }
    }

  if (output == OUTPUT_JSON)
    {
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *data = NULL;

      /* One file, one document: a plain object. Anything more: an array. */
      if (n_files == 1 && json_array_get_length (results) == 1)
        root = json_node_copy (json_array_get_element (results, 0));
      else if (json_array_get_length (results) > 0 || status == EXIT_OK)
        {
          root = json_node_new (JSON_NODE_ARRAY);
          json_node_set_array (root, results);
        }

      if (root != NULL)
        {
          data = readout_cli_to_json (root, TRUE);
          g_print ("%s\n", data);
        }
    }

  return status;
}

