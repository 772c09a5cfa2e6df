/* readout-cli-compare.c — `readout-cli compare`
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "readout-cli-private.h"

GPtrArray *
readout_cli_analyze_files (char     **files,
                           gboolean  *failed)
{
  g_autoptr(ReadoutImporter) importer = readout_importer_new ();
  GPtrArray *analyses = g_ptr_array_new_with_free_func (g_object_unref);

  *failed = FALSE;
  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[i]);
      g_autoptr(GPtrArray) docs = NULL;
      g_autoptr(GError) error = NULL;

      docs = readout_importer_import_file (importer, file, NULL, &error);
      if (docs == NULL)
        {
          g_printerr ("readout-cli: %s\n", error->message);
          *failed = TRUE;
          continue;
        }
      for (guint j = 0; j < docs->len; j++)
        {
          ReadoutDocument *document = g_ptr_array_index (docs, j);
          const char * const *warnings = readout_document_get_warnings (document);
          ReadoutAnalysis *analysis;

          for (guint k = 0; warnings[k] != NULL; k++)
            g_printerr ("readout-cli: %s: %s\n", files[i], warnings[k]);
          analysis = readout_analysis_new_for_document (document, NULL, &error);
          if (analysis == NULL)
            {
              g_printerr ("readout-cli: %s: %s\n", files[i], error->message);
              g_clear_error (&error);
              *failed = TRUE;
              continue;
            }
          g_ptr_array_add (analyses, analysis);
        }
    }
  return analyses;
}

ReadoutComparison *
readout_cli_compare_files (char     **files,
                           gboolean  *failed)
{
  g_autoptr(GPtrArray) analyses = readout_cli_analyze_files (files, failed);
  g_autoptr(GListStore) store = NULL;
  g_autoptr(GError) error = NULL;
  ReadoutComparison *comparison;

  if (analyses->len == 0)
    return NULL;
  store = g_list_store_new (READOUT_TYPE_ANALYSIS);
  g_list_store_splice (store, 0, 0, analyses->pdata, analyses->len);
  comparison = readout_comparison_new (G_LIST_MODEL (store), NULL, &error);
  if (comparison == NULL)
    {
      g_printerr ("readout-cli: %s\n", error->message);
      *failed = TRUE;
    }
  return comparison;
}

int
readout_cli_compare (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutComparison) comparison = NULL;
  g_autofree char *format = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) files = NULL;
  gboolean failed = FALSE;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: json (default), markdown or text"), N_("FORMAT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };

  context = g_option_context_new (_("— compare what the parties said across articles"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("readout-cli: %s\n", error->message);
      return EXIT_USAGE;
    }
  if (format != NULL && !g_str_equal (format, "json") && !g_str_equal (format, "markdown") &&
      !g_str_equal (format, "text"))
    {
      g_printerr ("readout-cli: %s\n", _("--format must be json, markdown or text"));
      return EXIT_USAGE;
    }
  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("readout-cli: %s\n", _("compare needs at least one FILE"));
      return EXIT_USAGE;
    }

  /* A file that fails is reported and left out; the comparison of the
   * others is still printed, and the exit status says something failed. */
  comparison = readout_cli_compare_files (files, &failed);
  if (comparison == NULL)
    return EXIT_FAILED;

  if (format == NULL || g_str_equal (format, "json"))
    {
      g_autoptr(JsonNode) node = readout_comparison_to_json (comparison);

      out = readout_cli_to_json (node, TRUE);
      g_print ("%s\n", out);
    }
  else if (g_str_equal (format, "markdown"))
    {
      out = readout_comparison_to_markdown (comparison);
      g_print ("%s", out);
    }
  else
    {
      out = readout_comparison_to_text (comparison);
      g_print ("%s", out);
    }

  return failed ? EXIT_FAILED : EXIT_OK;
}
