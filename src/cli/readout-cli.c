/* readout-cli.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * readout-cli: the engine's analysis as JSON, for scripts and batch work.
 * Exit status: 0 success, 1 when any file failed (the others are still
 * processed), 2 for usage errors.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "readout-engine.h"

enum {
  EXIT_OK = 0,
  EXIT_FAILED = 1,
  EXIT_USAGE = 2,
};

typedef enum {
  OUTPUT_JSON,
  OUTPUT_JSONL,
  OUTPUT_TEXT,
} OutputFormat;

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n\n%s\n  %s\n\n%s\n  %s\n  %s\n\n%s\n",
           _("Usage: readout-cli COMMAND [OPTION…] FILE…"),
           _("Commands:"),
           _("analyze    Import articles and print the analysis"),
           _("Options:"),
           _("--version  Print the version and exit"),
           _("--help     Print this help and exit"),
           _("Run “readout-cli analyze --help” for the options of analyze."));
}

static char *
to_json (JsonNode *node,
         gboolean  pretty)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, node);

  return json_generator_to_data (generator, NULL);
}

static JsonNode *
analysis_node (ReadoutDocument *document)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_object_set_member (object, "document", readout_document_to_json (document));
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

static int
cmd_analyze (int    argc,
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

          for (guint k = 0; warnings[k] != NULL; k++)
            g_printerr ("readout-cli: %s: %s\n", files[i], warnings[k]);

          if (output == OUTPUT_TEXT)
            print_text (document);
          else if (output == OUTPUT_JSONL)
            {
              g_autoptr(JsonNode) node = analysis_node (document);
              g_autofree char *line = to_json (node, FALSE);

              g_print ("%s\n", line);
            }
          else
            json_array_add_element (results, analysis_node (document));
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
          data = to_json (root, TRUE);
          g_print ("%s\n", data);
        }
    }

  return status;
}

int
main (int    argc,
      char **argv)
{
  const char *command;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("readout-cli");

  readout_engine_init ();

  if (argc < 2)
    {
      print_usage (stderr);
      return EXIT_USAGE;
    }

  command = argv[1];

  if (g_str_equal (command, "--version") || g_str_equal (command, "-V"))
    {
      g_print ("readout-cli %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }

  if (g_str_equal (command, "--help") || g_str_equal (command, "-h") ||
      g_str_equal (command, "help"))
    {
      print_usage (stdout);
      return EXIT_OK;
    }

  if (g_str_equal (command, "analyze"))
    return cmd_analyze (argc - 1, argv + 1);

  g_printerr ("readout-cli: %s\n", _("unknown command"));
  print_usage (stderr);
  return EXIT_USAGE;
}
