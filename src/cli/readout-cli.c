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

#include "readout-cli-private.h"

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n\n%s\n  %s\n  %s\n  %s\n  %s\n\n%s\n  %s\n  %s\n\n%s\n",
           _("Usage: readout-cli COMMAND [OPTION…] FILE…"),
           _("Commands:"),
           _("analyze    Import articles and print the analysis"),
           _("compare    Compare what the parties said across articles"),
           _("session    Make a session file of articles (new), or summarise one (info)"),
           _("export     Export a session or articles as HTML, Markdown, CSV, W3C or REFI-QDA"),
           _("Options:"),
           _("--version  Print the version and exit"),
           _("--help     Print this help and exit"),
           _("Run “readout-cli COMMAND --help” for the options of a command."));
}

char *
readout_cli_to_json (JsonNode *node,
                     gboolean  pretty)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, node);

  return json_generator_to_data (generator, NULL);
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
    return readout_cli_analyze (argc - 1, argv + 1);

  if (g_str_equal (command, "compare"))
    return readout_cli_compare (argc - 1, argv + 1);

  if (g_str_equal (command, "export"))
    return readout_cli_export (argc - 1, argv + 1);

  if (g_str_equal (command, "session"))
    return readout_cli_session (argc - 1, argv + 1);

  g_printerr ("readout-cli: %s\n", _("unknown command"));
  print_usage (stderr);
  return EXIT_USAGE;
}
