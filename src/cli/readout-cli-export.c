/* readout-cli-export.c — `readout-cli export`
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exports a session file, or articles compared into a session in memory,
 * in the formats of readout-export.h.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "readout-cli-private.h"
#include "readout-export.h"

/* The session to export: the one file given, or the comparison of the
 * articles; NULL (the reason printed) when there is nothing to export. */
static ReadoutSession *
open_inputs (char     **inputs,
             gboolean  *failed)
{
  g_autoptr(ReadoutComparison) comparison = NULL;

  *failed = FALSE;
  if (readout_cli_is_session (inputs[0]))
    {
      ReadoutSession *session = readout_cli_load_session (inputs[0]);

      *failed = session == NULL;
      return session;
    }
  /* As in compare: an article that fails is named and left out, the
   * others are still exported, and the exit status says something failed. */
  comparison = readout_cli_compare_files (inputs, failed);
  return comparison ? readout_session_new (comparison) : NULL;
}

int
readout_cli_export (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutSession) session = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) inputs = NULL;
  ReadoutExportFormat format;
  gboolean failed = FALSE;
  gboolean to_stdout;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("Export format: html (a report), markdown, csv (one row per statement), w3c (Web Annotation "
         "JSON-LD) or qdpx (a REFI-QDA project)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &out,
      N_("The file to write (all but qdpx: “-” or none for standard output)"), N_("OUT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL,
      N_("SESSION.readout | ARTICLE…") },
    { NULL }
  };

  context = g_option_context_new (_("— export a session, or the comparison of articles, for other tools"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("readout-cli: %s\n", error->message);
      return EXIT_USAGE;
    }
  if (!readout_export_format_from_string (format_name, &format))
    {
      g_printerr ("readout-cli: %s\n", _("--format must be html, markdown, csv, w3c or qdpx"));
      return EXIT_USAGE;
    }
  to_stdout = out == NULL || g_str_equal (out, "-");
  /* A ZIP archive on a terminal helps nobody. */
  if (to_stdout && !readout_export_format_is_text (format))
    {
      g_printerr ("readout-cli: %s\n", _("--format qdpx needs -o OUT"));
      return EXIT_USAGE;
    }
  if (inputs == NULL || inputs[0] == NULL)
    {
      g_printerr ("readout-cli: %s\n", _("export needs a SESSION or at least one ARTICLE"));
      return EXIT_USAGE;
    }
  for (guint i = 0; inputs[1] != NULL && inputs[i] != NULL; i++)
    if (readout_cli_is_session (inputs[i]))
      {
        g_printerr ("readout-cli: %s\n", _("a SESSION must be the only input of export"));
        return EXIT_USAGE;
      }

  /* Writing over an input would destroy the session or article. */
  for (guint i = 0; !to_stdout && inputs[i] != NULL; i++)
    {
      g_autoptr(GFile) input = g_file_new_for_commandline_arg (inputs[i]);
      g_autoptr(GFile) output = g_file_new_for_commandline_arg (out);

      if (g_file_equal (input, output))
        {
          g_autofree char *message = NULL;

          /* TRANSLATORS: %s is a file name */
          message = g_strdup_printf (_("%s: the output would replace an input"), out);
          g_printerr ("readout-cli: %s\n", message);
          return EXIT_USAGE;
        }
    }

  session = open_inputs (inputs, &failed);
  if (session == NULL)
    return EXIT_FAILED;

  bytes = readout_session_export_bytes (session, format, &error);
  if (bytes != NULL && to_stdout)
    {
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);

      if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
        {
          g_printerr ("readout-cli: %s\n", _("could not write to standard output"));
          return EXIT_FAILED;
        }
    }
  else if (bytes != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (out);

      /* Atomic: the old file, if any, stays whole until the new one is
       * complete. The message names the file. */
      if (!readout_export_write_bytes (bytes, file, NULL, &error))
        {
          g_printerr ("readout-cli: %s\n", error->message);
          return EXIT_FAILED;
        }
    }
  else
    {
      g_printerr ("readout-cli: %s: %s\n", to_stdout ? "-" : out, error->message);
      return EXIT_FAILED;
    }

  return failed ? EXIT_FAILED : EXIT_OK;
}
