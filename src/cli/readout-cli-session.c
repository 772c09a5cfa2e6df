/* readout-cli-session.c — `readout-cli session new|info`
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "readout-cli-private.h"
#include "readout-session.h"

/* How much of a file is read to tell a session from an article. */
#define SNIFF_LENGTH 4096

gboolean
readout_cli_is_session (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autofree char *lower = g_ascii_strdown (path, -1);
  char buffer[SNIFF_LENGTH + 1];
  gssize n;
  const char *p;

  if (g_str_has_suffix (lower, READOUT_SESSION_SUFFIX))
    return TRUE;
  /* A session under another name: JSON whose "format" says so near the
   * top (the session writer puts it first). */
  stream = g_file_read (file, NULL, NULL);
  if (stream == NULL)
    return FALSE;
  n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, SNIFF_LENGTH, NULL, NULL);
  if (n <= 0)
    return FALSE;
  buffer[n] = '\0';
  for (p = buffer; g_ascii_isspace (*p); p++)
    ;
  if (*p != '{' || (p = strstr (p, "\"format\"")) == NULL)
    return FALSE;
  for (p += strlen ("\"format\""); g_ascii_isspace (*p) || *p == ':'; p++)
    ;
  return g_str_has_prefix (p, "\"" READOUT_SESSION_FORMAT "\"");
}

ReadoutSession *
readout_cli_load_session (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  ReadoutSession *session = readout_session_load_file (file, NULL, &error);

  /* The loader's messages name the file. */
  if (session == NULL)
    g_printerr ("readout-cli: %s\n", error->message);
  return session;
}

static int
session_new (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutComparison) comparison = NULL;
  g_autoptr(ReadoutSession) session = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) files = NULL;
  gboolean force = FALSE;
  gboolean failed = FALSE;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &out, N_("The session file to write"), N_("FILE.readout") },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force, N_("Overwrite the session file if it exists"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("ARTICLE…") },
    { NULL }
  };

  context = g_option_context_new (_("— analyse and compare articles into a new session file"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("readout-cli: %s\n", error->message);
      return EXIT_USAGE;
    }
  if (out == NULL || g_str_equal (out, "-"))
    {
      g_printerr ("readout-cli: %s\n", _("session new needs -o FILE.readout"));
      return EXIT_USAGE;
    }
  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("readout-cli: %s\n", _("session new needs at least one ARTICLE"));
      return EXIT_USAGE;
    }

  /* Hours of someone's annotations may be in an existing file: it is
   * only replaced when asked to. */
  file = g_file_new_for_commandline_arg (out);
  if (!force && g_file_query_exists (file, NULL))
    {
      g_autofree char *message = NULL;

      /* TRANSLATORS: %s is a file name */
      message = g_strdup_printf (_("%s: the file exists; use --force to replace it"), out);
      g_printerr ("readout-cli: %s\n", message);
      return EXIT_FAILED;
    }

  /* Every article must make it in: a session missing one would look
   * complete. The failures are named, as in analyze, and nothing is
   * written. */
  comparison = readout_cli_compare_files (files, &failed);
  if (comparison == NULL || failed)
    return EXIT_FAILED;
  session = readout_session_new (comparison);
  if (!readout_session_save_file (session, file, force ? READOUT_SESSION_SAVE_OVERWRITE : READOUT_SESSION_SAVE_NONE,
                                  NULL, &error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      if (strstr (error->message, name) != NULL || strstr (error->message, out) != NULL)
        g_printerr ("readout-cli: %s\n", error->message);
      else
        g_printerr ("readout-cli: %s: %s\n", out, error->message);
      return EXIT_FAILED;
    }
  return EXIT_OK;
}

static void
add_count (JsonBuilder *builder,
           const char  *name,
           gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static JsonNode *
session_summary (ReadoutSession *session)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  ReadoutComparison *comparison = readout_session_get_comparison (session);
  GListModel *analyses = comparison ? readout_comparison_get_analyses (comparison) : NULL;
  GListModel *parties = comparison ? readout_comparison_get_parties (comparison) : NULL;
  GListModel *statements = comparison ? readout_comparison_get_statements (comparison) : NULL;
  GListModel *annotations = readout_session_get_annotations (session);
  guint n_docs = analyses ? g_list_model_get_n_items (analyses) : 0;
  guint n_parties = parties ? g_list_model_get_n_items (parties) : 0;
  guint n_statements = statements ? g_list_model_get_n_items (statements) : 0;
  guint n_annotations = g_list_model_get_n_items (annotations);
  g_autoptr(GHashTable) per_party = g_hash_table_new (NULL, NULL);
  g_autofree char *title = readout_session_dup_title (session);
  GFile *file = readout_session_get_file (session);
  g_autofree char *uri = file ? g_file_get_uri (file) : NULL;
  guint orphaned = 0;

  for (guint i = 0; i < n_statements; i++)
    {
      g_autoptr(ReadoutStatement) s = g_list_model_get_item (statements, i);
      ReadoutParty *party = readout_statement_get_party (s);

      g_hash_table_insert (per_party, party,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (per_party, party)) + 1));
    }
  for (guint i = 0; i < n_annotations; i++)
    {
      g_autoptr(ReadoutAnnotation) annotation = g_list_model_get_item (annotations, i);

      orphaned += readout_annotation_is_orphaned (annotation);
    }

  json_builder_begin_object (builder);
  add_string (builder, "name", title);
  add_string (builder, "file", uri);
  json_builder_set_member_name (builder, "documents");
  json_builder_begin_array (builder);
  for (guint d = 0; d < n_docs; d++)
    {
      g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (analyses, d);
      ReadoutDocument *document = readout_analysis_get_document (analysis);

      json_builder_begin_object (builder);
      add_string (builder, "id", readout_comparison_get_document_id (comparison, d));
      add_string (builder, "title", readout_document_get_title (document));
      add_string (builder, "uri", readout_document_get_uri (document));
      add_string (builder, "url", readout_document_get_url (document));
      add_string (builder, "sha256", readout_document_get_sha256 (document));
      add_count (builder, "characters", readout_document_get_length (document));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "parties");
  json_builder_begin_array (builder);
  for (guint p = 0; p < n_parties; p++)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (parties, p);

      json_builder_begin_object (builder);
      add_string (builder, "id", readout_party_get_id (party));
      add_string (builder, "name", readout_party_get_name (party));
      add_count (builder, "statements", GPOINTER_TO_UINT (g_hash_table_lookup (per_party, party)));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  add_count (builder, "statements", n_statements);
  add_count (builder, "topics", comparison ? g_list_model_get_n_items (readout_comparison_get_topics (comparison)) : 0);
  add_count (builder, "annotations", n_annotations);
  add_count (builder, "tags", g_list_model_get_n_items (readout_session_get_tags (session)));
  json_builder_set_member_name (builder, "orphaned");
  json_builder_begin_object (builder);
  add_count (builder, "statements", g_list_model_get_n_items (readout_session_get_orphaned_statements (session)));
  add_count (builder, "annotations", orphaned);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static int
session_info (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutSession) session = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) files = NULL;
  GOptionEntry entries[] = {
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE.readout") },
    { NULL }
  };

  context = g_option_context_new (_("— print a summary of a session file as JSON"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("readout-cli: %s\n", error->message);
      return EXIT_USAGE;
    }
  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      g_printerr ("readout-cli: %s\n", _("session info needs one FILE.readout"));
      return EXIT_USAGE;
    }
  session = readout_cli_load_session (files[0]);
  if (session == NULL)
    return EXIT_FAILED;
  node = session_summary (session);
  text = readout_cli_to_json (node, TRUE);
  g_print ("%s\n", text);
  return EXIT_OK;
}

int
readout_cli_session (int    argc,
                     char **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "new"))
    return session_new (argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "info"))
    return session_info (argc - 1, argv + 1);
  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      g_print ("%s\n\n%s\n  %s\n  %s\n", _("Usage: readout-cli session new|info …"), _("Commands:"),
               _("new -o FILE.readout [--force] ARTICLE…  Analyse and compare articles into a session"),
               _("info FILE.readout                       Print a summary of a session as JSON"));
      return EXIT_OK;
    }
  g_printerr ("readout-cli: %s\n", _("session needs a command: new or info"));
  return EXIT_USAGE;
}
