/* test-window-export.c — File → Export under Xvfb: the window's session
 * written in a format, in a thread; the error naming the file; how the
 * file name and the chosen filter decide the format; the menu item.
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "readout-application.h"
#include "readout-window-private.h"
#include "window-test-util.h"

#define NOTE "Ask which <draft> they mean"

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} Result;

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Result *r = user_data;

  r->ok = g_task_propagate_boolean (G_TASK (result), &r->error);
  r->done = TRUE;
}

static gboolean
is_done (gpointer data)
{
  return ((Result *)data)->done;
}

static void
test_export_to_file (void)
{
  g_autoptr(ReadoutWindow) window = window_test_new_comparing (20);
  g_autoptr(ReadoutStatement) first = g_list_model_get_item (readout_comparison_get_statements (window->comparison), 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("readout-export-XXXXXX", &error);
  g_autofree char *csv_path = g_build_filename (dir, "talks.csv", NULL);
  g_autofree char *html_path = g_build_filename (dir, "talks.html", NULL);
  g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
  g_autoptr(GFile) html = g_file_new_for_path (html_path);
  g_autofree char *contents = NULL;
  ReadoutAnnotation *annotation;
  Result r = { 0 };

  g_assert_no_error (error);
  annotation = readout_session_annotate_statement (window->session, first);
  g_assert_nonnull (annotation);
  readout_annotation_set_note (annotation, NOTE);

  _readout_window_export_to_file (window, csv, READOUT_EXPORT_CSV, exported_cb, &r);
  window_test_wait_until (is_done, &r, 20);
  g_assert_no_error (r.error);
  g_assert_true (r.ok);
  g_assert_true (g_file_get_contents (csv_path, &contents, NULL, &error));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF\"document_id\""));
  g_assert_nonnull (strstr (contents, "\"" NOTE "\""));
  g_assert_nonnull (strstr (contents, readout_statement_get_text (first)));
  g_clear_pointer (&contents, g_free);

  r = (Result) { 0 };
  _readout_window_export_to_file (window, html, READOUT_EXPORT_HTML, exported_cb, &r);
  window_test_wait_until (is_done, &r, 20);
  g_assert_true (r.ok);
  g_assert_true (g_file_get_contents (html_path, &contents, NULL, &error));
  g_assert_true (g_str_has_prefix (contents, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (contents, "Ask which &lt;draft&gt; they mean"));
  /* Exporting is no change to the session. */
  g_assert_nonnull (readout_session_find_annotation (window->session, readout_annotation_get_id (annotation)));

  g_unlink (csv_path);
  g_unlink (html_path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_export_error (void)
{
  g_autoptr(ReadoutWindow) window = window_test_new_comparing (20);
  g_autoptr(GFile) nowhere = g_file_new_for_path ("/nonexistent-readout-folder/report.qdpx");
  Result r = { 0 };

  _readout_window_export_to_file (window, nowhere, READOUT_EXPORT_QDPX, exported_cb, &r);
  window_test_wait_until (is_done, &r, 20);
  g_assert_false (r.ok);
  g_assert_nonnull (r.error);
  g_assert_nonnull (strstr (r.error->message, "report.qdpx"));
  g_clear_error (&r.error);
  g_assert_false (g_file_query_exists (nowhere, NULL));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
check_name (const char          *typed,
            ReadoutExportFormat  format,
            gboolean             picked,
            const char          *expected_name,
            ReadoutExportFormat  expected_format)
{
  g_autoptr(GFile) file = g_file_new_for_path (typed);
  g_autoptr(GFile) fixed = _readout_window_export_fix_name (file, &format, picked);
  g_autofree char *name = g_file_get_basename (fixed);
  g_autoptr(GFile) parent = g_file_get_parent (fixed);
  g_autoptr(GFile) typed_parent = g_file_get_parent (file);

  g_assert_cmpstr (name, ==, expected_name);
  g_assert_cmpint (format, ==, expected_format);
  g_assert_true (g_file_equal (parent, typed_parent));
}

static void
test_file_names (void)
{
  /* A typed extension decides when the filter was left alone… */
  check_name ("/tmp/report.csv", READOUT_EXPORT_HTML, FALSE, "report.csv", READOUT_EXPORT_CSV);
  check_name ("/tmp/report.HTM", READOUT_EXPORT_CSV, FALSE, "report.HTM", READOUT_EXPORT_HTML);
  check_name ("/tmp/notes.jsonld", READOUT_EXPORT_HTML, FALSE, "notes.jsonld", READOUT_EXPORT_W3C);
  /* …else the format's extension is added… */
  check_name ("/tmp/report", READOUT_EXPORT_QDPX, FALSE, "report.qdpx", READOUT_EXPORT_QDPX);
  check_name ("/tmp/talks.v2", READOUT_EXPORT_MARKDOWN, FALSE, "talks.v2.md", READOUT_EXPORT_MARKDOWN);
  /* …and a filter the user picked wins over the suggested extension. */
  check_name ("/tmp/talks.html", READOUT_EXPORT_CSV, TRUE, "talks.csv", READOUT_EXPORT_CSV);
  check_name ("/tmp/talks.csv", READOUT_EXPORT_CSV, TRUE, "talks.csv", READOUT_EXPORT_CSV);
}

static void
test_menu_and_action (void)
{
  g_autoptr(GBytes) ui = g_resources_lookup_data ("/io/github/readout/Readout/readout-window.ui",
                                                  G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(ReadoutWindow) window = g_object_ref (readout_window_new (NULL));
  GType type = READOUT_TYPE_WINDOW;
  gboolean found = FALSE;
  const char *name;
  const GVariantType *parameter;
  const char *property;
  GType owner;

  g_assert_nonnull (ui);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (ui, NULL), g_bytes_get_size (ui), "win.export"));
  for (guint i = 0; gtk_widget_class_query_action (g_type_class_peek (type), i, &owner, &name, &parameter,
                                                  &property);
       i++)
    found |= g_str_equal (name, "win.export") && parameter == NULL;
  g_assert_true (found);
  /* Without a comparison it only explains (or is disabled); no dialog
   * opens. */
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
  {
    GtkWindow *chooser = NULL;

    g_assert_false (window_test_find_file_chooser (&chooser));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_IS_REGULAR);
}

/* Through the dialog (GTK's own, without a portal): the filter picked
 * decides the format and the name gets its extension. */
static void
test_dialog (void)
{
#if GTK_CHECK_VERSION (4, 10, 0)
  g_test_skip ("GtkFileDialog cannot be driven from a test");
#else
  g_autoptr(ReadoutWindow) window = window_test_new_comparing (20);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("readout-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "picked.csv", NULL);
  g_autofree char *cwd = g_get_current_dir ();
  g_autoptr(GListModel) filters = NULL;
  g_autofree char *contents = NULL;
  GtkWindow *chooser = NULL;
  gboolean set = FALSE;

  g_assert_no_error (error);
  /* The dialog opens in the current folder (setting another one does
   * not reach GtkFileChooserNative's own dialog in time). */
  g_assert_cmpint (g_chdir (dir), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  window_test_wait_until (window_test_find_file_chooser, &chooser, 20);
  /* One filter per format, the report first. */
  filters = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpuint (g_list_model_get_n_items (filters), ==, READOUT_N_EXPORT_FORMATS);
  g_assert_cmpstr (gtk_file_filter_get_name (gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser))), ==,
                   readout_export_format_get_label (READOUT_EXPORT_HTML));
  for (guint i = 0; i < g_list_model_get_n_items (filters); i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, i);

      if (g_strcmp0 (gtk_file_filter_get_name (filter), readout_export_format_get_label (READOUT_EXPORT_CSV)) == 0)
        {
          gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), filter);
          set = TRUE;
        }
    }
  g_assert_true (set);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "picked.html");
  /* The dialog checks the name asynchronously before it accepts. */
  for (int k = 0; k < 50; k++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  window_test_wait_until (file_exists, path, 20);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF\"document_id\""));
  g_assert_cmpint (g_chdir (cwd), ==, 0);
  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
#endif
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  readout_engine_init ();

  g_test_add_func ("/window-export/to-file", test_export_to_file);
  g_test_add_func ("/window-export/error", test_export_error);
  g_test_add_func ("/window-export/file-names", test_file_names);
  g_test_add_func ("/window-export/menu-and-action", test_menu_and_action);
  g_test_add_func ("/window-export/dialog", test_dialog);

  return g_test_run ();
}
