/* readout-cli-export.c — `readout-cli export`
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Takes articles for now; sessions (issue 6) will be accepted as well.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "readout-cli-private.h"

static gboolean
write_w3c (ReadoutComparison  *comparison,
           const char         *out,
           GError            **error)
{
  g_autoptr(JsonNode) node = readout_comparison_export_w3c (comparison);
  g_autofree char *text = readout_cli_to_json (node, TRUE);
  g_autofree char *line = g_strconcat (text, "\n", NULL);
  g_autoptr(GFile) file = NULL;

  if (out == NULL || g_str_equal (out, "-"))
    {
      g_print ("%s", line);
      return TRUE;
    }
  file = g_file_new_for_commandline_arg (out);
  return g_file_replace_contents (file, line, strlen (line), NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                  NULL, error);
}

int
readout_cli_export (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutComparison) comparison = NULL;
  g_autofree char *format = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) files = NULL;
  gboolean failed = FALSE;
  gboolean written;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Export format: qdpx (a REFI-QDA project) or w3c (Web Annotation JSON-LD)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &out,
      N_("The file to write (w3c: “-” or none for standard output)"), N_("OUT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("ARTICLE…") },
    { NULL }
  };

  context = g_option_context_new (_("— export the comparison of articles for other tools"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("readout-cli: %s\n", error->message);
      return EXIT_USAGE;
    }
  if (format == NULL || (!g_str_equal (format, "qdpx") && !g_str_equal (format, "w3c")))
    {
      g_printerr ("readout-cli: %s\n", _("--format must be qdpx or w3c"));
      return EXIT_USAGE;
    }
  /* A ZIP archive on a terminal helps nobody. */
  if (g_str_equal (format, "qdpx") && (out == NULL || g_str_equal (out, "-")))
    {
      g_printerr ("readout-cli: %s\n", _("--format qdpx needs -o OUT"));
      return EXIT_USAGE;
    }
  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("readout-cli: %s\n", _("export needs at least one ARTICLE"));
      return EXIT_USAGE;
    }

  /* As in compare: a file that fails is named and left out, the others
   * are still exported, and the exit status says something failed. */
  comparison = readout_cli_compare_files (files, &failed);
  if (comparison == NULL)
    return EXIT_FAILED;

  if (g_str_equal (format, "qdpx"))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (out);

      /* The engine's message names the file. */
      written = readout_comparison_export_qdpx (comparison, file, &error);
      if (!written)
        g_printerr ("readout-cli: %s\n", error->message);
    }
  else
    {
      written = write_w3c (comparison, out, &error);
      /* GIO's messages usually name the file already. */
      if (!written && strstr (error->message, out) != NULL)
        g_printerr ("readout-cli: %s\n", error->message);
      else if (!written)
        g_printerr ("readout-cli: %s: %s\n", out, error->message);
    }

  return failed || !written ? EXIT_FAILED : EXIT_OK;
}
