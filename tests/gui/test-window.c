/* test-window.c — the main window under Xvfb: command-line open, drop,
 * the open dialog, error toasts, recent files, remembered size, and that
 * every template instantiates and finalizes.
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "readout-application.h"
#include "readout-article-view.h"
#include "readout-window-private.h"
#include "window-test-util.h"

#define EXAMPLE_SENTENCE "Envoys from Europe, the United States, China and Russia ended three days"
#define EXAMPLE_HEADLINE "Powers agree to keep talking on undersea cables as Vienna round ends without a deal"

static char *
example_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "..", "data", "examples",
                                "talks-in-vienna.txt", NULL);
}

static GFile *
write_temp_file (const char *name,
                 const char *contents,
                 gssize      len)
{
  g_autofree char *path = NULL;

  /* G_TEST_OPTION_ISOLATE_DIRS gives each test its own cache dir. */
  g_mkdir_with_parents (g_get_user_cache_dir (), 0700);
  path = g_build_filename (g_get_user_cache_dir (), name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, len, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static gboolean
imports_done (gpointer data)
{
  return readout_window_get_n_pending (data) == 0;
}

/* Imports, analyses and the comparison all done. */
static gboolean
all_done (gpointer data)
{
  return readout_window_get_n_pending (data) == 0 && !_readout_window_is_busy (data);
}

static char *
buffer_text (ReadoutWindow *window)
{
  GtkTextBuffer *buffer = readout_article_view_get_buffer (window->article_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
widget_has_label_containing (GtkWidget  *widget,
                             const char *needle)
{
  if (GTK_IS_LABEL (widget) &&
      strstr (gtk_label_get_text (GTK_LABEL (widget)), needle) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (widget_has_label_containing (child, needle))
      return TRUE;

  return FALSE;
}

/* What every window showing the example must show. */
static void
assert_shows_example (ReadoutWindow *window)
{
  ReadoutDocument *document = readout_window_get_visible_document (window);
  g_autofree char *expected_title = NULL;
  g_autofree char *text = NULL;

  g_assert_nonnull (document);
  expected_title = readout_dup_display_title (document);
  /* Once the plain-text importer finds the headline, it is the title. */
  if (readout_document_get_title (document) != NULL)
    g_assert_cmpstr (readout_document_get_title (document), ==, EXAMPLE_HEADLINE);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, expected_title);
  g_assert_cmpstr (readout_article_view_get_title (window->article_view), ==, expected_title);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "article");

  text = buffer_text (window);
  g_assert_nonnull (strstr (text, EXAMPLE_SENTENCE));
  g_assert_null (strstr (text, "\r"));
}

/* Templates */

static void
test_templates_finalize (void)
{
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWidget *view;
  ReadoutWindow *window;
  GObject *overlay;

  view = g_object_ref_sink (readout_article_view_new ());
  g_assert_true (READOUT_IS_ARTICLE_VIEW (view));
  g_assert_finalize_object (view);

  window = g_object_ref (readout_window_new (NULL));
  g_assert_true (READOUT_IS_WINDOW (window));
  g_assert_cmpuint (g_list_model_get_n_items (readout_window_get_documents (window)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "empty");
  g_assert_true (widget_has_label_containing (GTK_WIDGET (window), "Open an Article"));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);

  builder = gtk_builder_new_from_resource ("/io/github/readout/Readout/gtk/help-overlay.ui");
  overlay = g_object_ref (gtk_builder_get_object (builder, "help_overlay"));
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  g_clear_object (&builder);
  gtk_window_destroy (GTK_WINDOW (overlay));
  g_assert_finalize_object (overlay);
}

static void
test_article_view_blocks (void)
{
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  GtkWidget *view = g_object_ref_sink (readout_article_view_new ());
  GtkTextBuffer *buffer = readout_article_view_get_buffer (READOUT_ARTICLE_VIEW (view));
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GtkTextIter start, end, iter;
  g_autofree char *text = NULL;

  readout_document_set_title (document, "Ministers meet");
  readout_document_add_author (document, "Ana Ruiz");
  readout_document_add_author (document, "Li Wei");
  readout_document_add_author (document, "Omar Haddad");
  readout_document_set_date (document, "2026-03-14");
  readout_document_set_source (document, "Readout Wire");
  readout_document_add_block (document, READOUT_BLOCK_HEADING, "Background", NULL);
  readout_document_add_paragraph (document, "The talks began on Monday.");
  readout_document_add_block (document, READOUT_BLOCK_LIST_ITEM, "Cables", NULL);
  readout_document_add_block (document, READOUT_BLOCK_TRANSCRIPT_TURN, "We will return.", "MR. WHITCOMBE");

  readout_article_view_set_document (READOUT_ARTICLE_VIEW (view), document);
  g_assert_cmpstr (readout_article_view_get_title (READOUT_ARTICLE_VIEW (view)), ==, "Ministers meet");
  g_assert_cmpstr (readout_article_view_get_byline (READOUT_ARTICLE_VIEW (view)), ==,
                   "By Ana Ruiz, Li Wei and Omar Haddad");

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (text, ==,
                   "Background\n\nThe talks began on Monday.\n\n•\u2002Cables\n\nMR. WHITCOMBE: We will return.");

  gtk_text_buffer_get_start_iter (buffer, &iter);
  g_assert_true (gtk_text_iter_has_tag (&iter, gtk_text_tag_table_lookup (table, "heading")));
  gtk_text_iter_forward_search (&start, "Cables", 0, &iter, NULL, NULL);
  g_assert_true (gtk_text_iter_has_tag (&iter, gtk_text_tag_table_lookup (table, "list-item")));
  gtk_text_iter_forward_search (&start, "WHITCOMBE", 0, &iter, NULL, NULL);
  g_assert_true (gtk_text_iter_has_tag (&iter, gtk_text_tag_table_lookup (table, "speaker")));
  gtk_text_iter_forward_search (&start, "return", 0, &iter, NULL, NULL);
  g_assert_false (gtk_text_iter_has_tag (&iter, gtk_text_tag_table_lookup (table, "speaker")));

  readout_article_view_set_document (READOUT_ARTICLE_VIEW (view), NULL);
  g_assert_finalize_object (view);
}

/* The dateline is shown once: emboldened where the text already opens with
 * it (plain text, HTML, JSON), put in front where the format keeps it apart
 * from the body (NITF, NewsML-G2). */
static void
test_article_view_dateline (void)
{
  GtkWidget *view = g_object_ref_sink (readout_article_view_new ());
  GtkTextBuffer *buffer = readout_article_view_get_buffer (READOUT_ARTICLE_VIEW (view));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "dateline");

  for (guint in_text = 0; in_text < 2; in_text++)
    {
      g_autoptr(ReadoutDocument) document = readout_document_new ();
      g_autofree char *text = NULL;
      GtkTextIter start, end, iter;

      readout_document_set_dateline (document, "OSLO, May 4 (Readout Wire)");
      readout_document_add_paragraph (document, in_text ? "OSLO, May 4 (Readout Wire) — Talks began."
                                                        : "Talks began.");
      readout_article_view_set_document (READOUT_ARTICLE_VIEW (view), document);

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      g_assert_cmpstr (text, ==, "OSLO, May 4 (Readout Wire) — Talks began.");

      gtk_text_buffer_get_start_iter (buffer, &iter);
      g_assert_true (gtk_text_iter_has_tag (&iter, tag));
      gtk_text_iter_forward_search (&start, "Talks", 0, &iter, NULL, NULL);
      g_assert_false (gtk_text_iter_has_tag (&iter, tag));
    }

  readout_article_view_set_document (READOUT_ARTICLE_VIEW (view), NULL);
  g_assert_finalize_object (view);
}

/* Command line: `readout FILE` through g_application_run */

static gboolean
cmdline_check_cb (gpointer data)
{
  GtkApplication *app = data;
  GtkWindow *window = gtk_application_get_active_window (app);

  if (!READOUT_IS_WINDOW (window) ||
      readout_window_get_n_pending (READOUT_WINDOW (window)) > 0)
    return G_SOURCE_CONTINUE;

  assert_shows_example (READOUT_WINDOW (window));
  g_object_set_data (G_OBJECT (app), "checked", GINT_TO_POINTER (TRUE));
  gtk_window_destroy (window);
  return G_SOURCE_REMOVE;
}

static void
test_open_cmdline (void)
{
  g_autoptr(ReadoutApplication) app = readout_application_new (G_APPLICATION_NON_UNIQUE);
  g_autofree char *path = example_path ();
  char *argv[] = { (char *) "readout", path, NULL };
  int status;

  g_timeout_add (20, cmdline_check_cb, app);
  status = g_application_run (G_APPLICATION (app), 2, argv);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (app), "checked")));
  g_source_remove_by_user_data (app);
}

/* Drag and drop */

static guint
find_document (ReadoutWindow *window,
               const char    *basename)
{
  GListModel *documents = readout_window_get_documents (window);

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(ReadoutDocument) document = g_list_model_get_item (documents, i);

      if (g_str_has_suffix (readout_document_get_uri (document), basename))
        return i;
    }

  g_error ("%s is not among the opened documents", basename);
  return GTK_INVALID_LIST_POSITION;
}

static void
test_drop_files (void)
{
  ReadoutWindow *window = g_object_ref (readout_window_new (NULL));
  g_autofree char *path = example_path ();
  g_autoptr(GFile) example = g_file_new_for_path (path);
  g_autoptr(GFile) second = write_temp_file ("second-article.txt",
                                             "Ministers meet again\n\nThe second round opened on Monday in Geneva.\n", -1);
  GFile *files[] = { example, second };
  GdkFileList *list = gdk_file_list_new_from_array (files, G_N_ELEMENTS (files));
  GValue value = G_VALUE_INIT;
  gboolean handled = FALSE;
  GdkDragAction action = 0;
  g_autofree char *text = NULL;

  gtk_window_present (GTK_WINDOW (window));

  /* Files dragged over the window light up the drop highlight. */
  g_assert_false (gtk_widget_get_visible (window->drop_overlay));
  g_signal_emit_by_name (_readout_window_get_drop_target (window), "enter", 10.0, 10.0, &action);
  g_assert_cmpint (action, ==, GDK_ACTION_COPY);
  g_assert_true (gtk_widget_get_visible (window->drop_overlay));
  g_signal_emit_by_name (_readout_window_get_drop_target (window), "leave");
  g_assert_false (gtk_widget_get_visible (window->drop_overlay));
  g_signal_emit_by_name (_readout_window_get_drop_target (window), "enter", 10.0, 10.0, &action);

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, list);
  g_signal_emit_by_name (_readout_window_get_drop_target (window), "drop", &value, 10.0, 10.0, &handled);
  g_value_unset (&value);
  g_assert_true (handled);
  g_assert_false (gtk_widget_get_visible (window->drop_overlay));

  /* The import runs in a thread: the window is not blocked meanwhile. */
  g_assert_cmpuint (readout_window_get_n_pending (window), ==, 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "loading");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->spinner)));

  window_test_wait_until (imports_done, window, 10);
  g_assert_cmpuint (g_list_model_get_n_items (readout_window_get_documents (window)), ==, 2);
  /* The spinner stays while the articles are analysed and compared. */
  window_test_wait_until (all_done, window, 10);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->spinner)));
  g_assert_nonnull (window->comparison);
  g_assert_cmpuint (readout_comparison_get_n_documents (window->comparison), ==, 2);
  /* Two documents: the sidebar lists them. */
  g_assert_true (gtk_widget_get_visible (window->sidebar));

  readout_window_select_document (window, find_document (window, "talks-in-vienna.txt"));
  assert_shows_example (window);

  /* Selecting the other one shows it. */
  readout_window_select_document (window, find_document (window, "second-article.txt"));
  text = buffer_text (window);
  g_assert_nonnull (strstr (text, "The second round opened on Monday in Geneva."));
  g_assert_null (strstr (text, EXAMPLE_SENTENCE));

  /* Dropping the same file again does not add a second copy. */
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, list);
  g_signal_emit_by_name (_readout_window_get_drop_target (window), "drop", &value, 10.0, 10.0, &handled);
  g_value_unset (&value);
  window_test_wait_until (imports_done, window, 10);
  g_assert_cmpuint (g_list_model_get_n_items (readout_window_get_documents (window)), ==, 2);

  g_boxed_free (GDK_TYPE_FILE_LIST, list);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The open action and its dialog */

#if !GTK_CHECK_VERSION (4, 10, 0)

static gboolean
chooser_has_file (gpointer data)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (data));

  return file != NULL;
}
#endif

static gboolean
has_documents (gpointer data)
{
  return imports_done (data) &&
         g_list_model_get_n_items (readout_window_get_documents (data)) > 0;
}

static void
test_open_action (void)
{
  ReadoutWindow *window = g_object_ref (readout_window_new (NULL));
  g_autofree char *path = example_path ();
  g_autoptr(GFile) example = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog = NULL;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL));

#if GTK_CHECK_VERSION (4, 10, 0)
  g_test_message ("GtkFileDialog: only checking that win.open ran");
  (void) dialog;
  (void) error;
  (void) example;
  readout_window_open_file (window, example);
#else
  /* Without a portal GtkFileChooserNative falls back to an in-process
   * dialog that the test can answer. */
  window_test_wait_until (window_test_find_file_chooser, &dialog, 10);
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "Open");
  gtk_file_chooser_set_file (GTK_FILE_CHOOSER (dialog), example, &error);
  g_assert_no_error (error);
  window_test_wait_until (chooser_has_file, dialog, 10);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
#endif

  window_test_wait_until (has_documents, window, 10);
  assert_shows_example (window);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* Closing a window while a file is imported neither waits for the import
 * nor lets it touch the finalized window. */

static gboolean
quit_loop_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

static void
test_close_while_importing (void)
{
  ReadoutWindow *window = g_object_ref (readout_window_new (NULL));
  g_autofree char *path = example_path ();
  g_autoptr(GFile) example = g_file_new_for_path (path);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  gtk_window_present (GTK_WINDOW (window));
  readout_window_open_file (window, example);
  g_assert_cmpuint (readout_window_get_n_pending (window), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);

  /* Let the import finish and its callback run against the dead window. */
  g_timeout_add (500, quit_loop_cb, loop);
  g_main_loop_run (loop);
}

/* The comparison, linked to the article */

/* The statement the view lists first whose party is @party_id. */
static ReadoutStatement *
statement_of (ReadoutWindow *window,
              const char    *party_id)
{
  GListModel *statements = readout_comparison_get_statements (window->comparison);

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ReadoutStatement) st = g_list_model_get_item (statements, i);
      ReadoutParty *party = readout_statement_get_party (st);

      if (party != NULL && g_str_equal (readout_party_get_id (party), party_id))
        return st;   /* the comparison keeps it */
    }
  g_error ("no statement of %s", party_id);
  return NULL;
}

static gboolean
has_tag_at (ReadoutWindow *window,
            guint          offset,
            const char    *tag_name)
{
  GtkTextBuffer *buffer = readout_article_view_get_buffer (window->article_view);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter,
                                      readout_article_view_buffer_offset (window->article_view, offset));
  return tag != NULL && gtk_text_iter_has_tag (&iter, tag);
}

static gboolean
has_party_tag_at (ReadoutWindow *window,
                  guint          offset)
{
  GtkTextBuffer *buffer = readout_article_view_get_buffer (window->article_view);
  GtkTextIter iter;
  g_autoptr(GSList) tags = NULL;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter,
                                      readout_article_view_buffer_offset (window->article_view, offset));
  tags = gtk_text_iter_get_tags (&iter);
  for (GSList *l = tags; l != NULL; l = l->next)
    {
      g_autofree char *name = NULL;

      g_object_get (l->data, "name", &name, NULL);
      if (name != NULL && g_str_has_prefix (name, "party-"))
        return TRUE;
    }
  return FALSE;
}

static gboolean
article_scrollable (gpointer data)
{
  GtkAdjustment *adj = data;

  return gtk_adjustment_get_upper (adj) > gtk_adjustment_get_page_size (adj) + 1;
}

static void
test_comparison_linked (void)
{
  ReadoutWindow *window = g_object_ref (readout_window_new (NULL));
  g_autofree char *path = example_path ();
  g_autoptr(GFile) example = g_file_new_for_path (path);
  ReadoutStatement *china, *eu;
  ReadoutParty *china_party;
  guint mid;

  gtk_window_present (GTK_WINDOW (window));
  readout_window_open_file (window, example);
  window_test_wait_until (all_done, window, 10);
  g_assert_nonnull (window->comparison);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->comparison_stack), ==, "comparison");
  g_assert_true (readout_comparison_view_get_comparison (window->comparison_view) == window->comparison);

  /* Every statement of the article is highlighted in the text. */
  china = statement_of (window, "CHN");
  eu = statement_of (window, "EU");
  china_party = readout_statement_get_party (china);
  mid = (readout_statement_get_start (china) + readout_statement_get_end (china)) / 2;
  g_assert_true (has_party_tag_at (window, mid));
  g_assert_false (has_tag_at (window, mid, "current-statement"));

  /* Selecting a card marks its passage as the current one... */
  readout_comparison_view_select_statement (window->comparison_view, china);
  g_assert_true (readout_comparison_view_get_selected (window->comparison_view) == china);
  g_assert_true (has_tag_at (window, mid, "current-statement"));

  /* ...and a click on a passage selects its card. */
  g_signal_emit_by_name (window->article_view, "statement-activated", eu);
  g_assert_true (readout_comparison_view_get_selected (window->comparison_view) == eu);
  g_assert_false (has_tag_at (window, mid, "current-statement"));

  /* Without a mouse: the text cursor in a passage, then Enter. */
  {
    GtkTextBuffer *buffer = readout_article_view_get_buffer (window->article_view);
    GtkTextIter iter;

    gtk_text_buffer_get_iter_at_offset (buffer, &iter, readout_article_view_buffer_offset (window->article_view, mid));
    gtk_text_buffer_place_cursor (buffer, &iter);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->article_view), "article.activate-passage", NULL));
    g_assert_true (readout_comparison_view_get_selected (window->comparison_view) == china);
    readout_comparison_view_select_statement (window->comparison_view, eu);
  }

  /* A card moved with the keyboard's action, undone and redone through
   * the window's actions. */
  readout_comparison_view_select_statement (window->comparison_view, china);
  g_assert_false (readout_comparison_can_undo (window->comparison));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "card.right", NULL));
  g_assert_true (readout_statement_get_party (china) != china_party);
  g_assert_true (readout_comparison_can_undo (window->comparison));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (readout_statement_get_party (china) == china_party);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_true (readout_statement_get_party (china) != china_party);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));

  /* Deleting a statement offers Undo in a toast. */
  readout_comparison_view_select_statement (window->comparison_view, china);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-statement", NULL));
  g_assert_false (g_list_store_find (G_LIST_STORE (readout_comparison_get_statements (window->comparison)),
                                     china, NULL));
  g_assert_false (has_party_tag_at (window, mid));
  g_assert_true (widget_has_label_containing (GTK_WIDGET (window->toast_overlay), "Statement deleted"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (g_list_store_find (G_LIST_STORE (readout_comparison_get_statements (window->comparison)),
                                    china, NULL));
  g_assert_true (has_party_tag_at (window, mid));

  /* Words the engine did not take for a statement, selected in the
   * article, become one with win.add-statement. */
  {
    const char *text = readout_document_get_text (readout_article_view_get_document (window->article_view));
    const char *words = "No country has been formally accused";
    const char *at = strstr (text, words);
    GtkTextBuffer *buffer = readout_article_view_get_buffer (window->article_view);
    guint start, end, n_before;
    GtkTextIter s_iter, e_iter;
    ReadoutStatement *added;

    g_assert_nonnull (at);
    start = g_utf8_pointer_to_offset (text, at);
    end = start + g_utf8_strlen (words, -1);
    n_before = g_list_model_get_n_items (readout_comparison_get_statements (window->comparison));
    gtk_text_buffer_get_iter_at_offset (buffer, &s_iter, readout_article_view_buffer_offset (window->article_view, start));
    gtk_text_buffer_get_iter_at_offset (buffer, &e_iter, readout_article_view_buffer_offset (window->article_view, end));
    gtk_text_buffer_select_range (buffer, &s_iter, &e_iter);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-statement", NULL));
    g_assert_cmpuint (g_list_model_get_n_items (readout_comparison_get_statements (window->comparison)), ==, n_before + 1);
    added = readout_comparison_view_get_selected (window->comparison_view);
    g_assert_nonnull (added);
    g_assert_true (readout_statement_get_user_added (added));
    g_assert_cmpstr (readout_statement_get_text (added), ==, words);
    g_assert_true (has_party_tag_at (window, start + 2));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
    g_assert_cmpuint (g_list_model_get_n_items (readout_comparison_get_statements (window->comparison)), ==, n_before);
  }

  /* Scrolling the article: the first passage in view moves on, and the
   * comparison follows it a moment later. */
  {
    GtkAdjustment *adj = readout_article_view_get_vadjustment (window->article_view);
    ReadoutStatement *first, *later;
    g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

    /* Laid out first, so that there is something to scroll (slow under
     * the sanitizers: wait for it rather than for a fixed time); then
     * from the top (selecting cards above scrolled the article) to the
     * end. */
    window_test_wait_until (article_scrollable, adj, 10);
    gtk_adjustment_set_value (adj, 0);
    g_timeout_add (300, quit_loop_cb, loop);
    g_main_loop_run (loop);
    first = readout_article_view_get_first_visible (window->article_view);
    g_assert_nonnull (first);
    gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj));
    g_timeout_add (400, quit_loop_cb, loop);
    g_main_loop_run (loop);
    later = readout_article_view_get_first_visible (window->article_view);
    g_assert_nonnull (later);
    g_assert_cmpuint (readout_statement_get_start (later), >, readout_statement_get_start (first));

    gtk_adjustment_set_value (adj, 0);
  }

  /* Find: the search bar filters the cards. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  g_assert_true (gtk_search_bar_get_search_mode (window->search_bar));
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "blockade");
  g_signal_emit_by_name (window->search_entry, "search-changed");
  g_assert_cmpstr (readout_comparison_view_get_filter (window->comparison_view), ==, "blockade");
  gtk_search_bar_set_search_mode (window->search_bar, FALSE);
  {
    const char *filter = readout_comparison_view_get_filter (window->comparison_view);

    g_assert_true (filter == NULL || *filter == '\0');
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* Errors */

static gboolean
toast_names_file (gpointer data)
{
  ReadoutWindow *window = data;

  return widget_has_label_containing (GTK_WIDGET (window->toast_overlay),
                                      g_object_get_data (data, "needle"));
}

static void
test_error_toast (void)
{
  ReadoutWindow *window = g_object_ref (readout_window_new (NULL));
  g_autoptr(GFile) empty = write_temp_file ("empty-article.txt", "", 0);
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1\x08\x06\0\0\0";
  g_autoptr(GFile) binary = write_temp_file ("picture.html", png, sizeof png);

  gtk_window_present (GTK_WINDOW (window));

  readout_window_open_file (window, empty);
  window_test_wait_until (imports_done, window, 10);
  g_assert_cmpuint (g_list_model_get_n_items (readout_window_get_documents (window)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "empty");
  g_object_set_data (G_OBJECT (window), "needle", (gpointer) "empty-article.txt");
  window_test_wait_until (toast_names_file, window, 10);

  readout_window_open_file (window, binary);
  window_test_wait_until (imports_done, window, 10);
  g_assert_cmpuint (g_list_model_get_n_items (readout_window_get_documents (window)), ==, 0);
  /* Errors are high-priority toasts: the newest shows at once. */
  g_object_set_data (G_OBJECT (window), "needle", (gpointer) "picture.html");
  window_test_wait_until (toast_names_file, window, 10);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* Recent files */

static gboolean
recent_menu_lists (gpointer data)
{
  ReadoutWindow *window = data;
  GMenuModel *menu = G_MENU_MODEL (window->recent_section);

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *label = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label) &&
          g_strcmp0 (label, "talks-in-vienna.txt") == 0)
        return TRUE;
    }

  return FALSE;
}

static void
test_recent_files (void)
{
  ReadoutWindow *window = g_object_ref (readout_window_new (NULL));
  g_autofree char *path = example_path ();
  g_autoptr(GFile) example = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (example);
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  g_autoptr(GtkRecentInfo) info = NULL;

  readout_window_open_file (window, example);
  window_test_wait_until (imports_done, window, 10);

  g_assert_true (gtk_recent_manager_has_item (manager, uri));
  info = gtk_recent_manager_lookup_item (manager, uri, NULL);
  g_assert_true (gtk_recent_info_has_application (info, "Readout"));
  window_test_wait_until (recent_menu_lists, window, 10);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* GSettings */

static void
test_window_size_remembered (void)
{
  ReadoutWindow *window = g_object_ref (readout_window_new (NULL));
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  int width, height;

  gtk_window_set_default_size (GTK_WINDOW (window), 812, 633);
  /* gtk_window_close() does nothing to a window never realized. */
  gtk_window_present (GTK_WINDOW (window));
  gtk_window_close (GTK_WINDOW (window));
  g_assert_finalize_object (window);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 812);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 633);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  window = g_object_ref (readout_window_new (NULL));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 812);
  g_assert_cmpint (height, ==, 633);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The desktop file declares what the importer reads, and sessions. */

static void
test_desktop_mime_types (void)
{
  const char *desktop_path = g_getenv ("READOUT_DESKTOP_FILE");
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) declared = NULL;
  const char * const *mime_types = readout_importer_get_mime_types ();

  if (desktop_path == NULL)
    {
      g_test_skip ("READOUT_DESKTOP_FILE is not set");
      return;
    }

  g_key_file_load_from_file (key_file, desktop_path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  declared = g_key_file_get_string_list (key_file, G_KEY_FILE_DESKTOP_GROUP,
                                         G_KEY_FILE_DESKTOP_KEY_MIME_TYPE, NULL, &error);
  g_assert_no_error (error);

  /* The articles the importer reads, and session files. */
  g_assert_true (g_strv_contains ((const char * const *) declared, READOUT_SESSION_MIME_TYPE));
  g_assert_cmpuint (g_strv_length (declared), ==, g_strv_length ((char **) mime_types) + 1);
  for (guint i = 0; mime_types[i] != NULL; i++)
    g_assert_true (g_strv_contains ((const char * const *) declared, mime_types[i]));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  readout_engine_init ();

  g_test_add_func ("/templates/finalize", test_templates_finalize);
  g_test_add_func ("/article-view/blocks", test_article_view_blocks);
  g_test_add_func ("/article-view/dateline", test_article_view_dateline);
  g_test_add_func ("/app/open-cmdline", test_open_cmdline);
  g_test_add_func ("/window/drop-files", test_drop_files);
  g_test_add_func ("/window/open-action", test_open_action);
  g_test_add_func ("/window/close-while-importing", test_close_while_importing);
  g_test_add_func ("/window/comparison-linked", test_comparison_linked);
  g_test_add_func ("/window/error-toast", test_error_toast);
  g_test_add_func ("/window/recent-files", test_recent_files);
  g_test_add_func ("/window/size-remembered", test_window_size_remembered);
  g_test_add_func ("/data/desktop-mime-types", test_desktop_mime_types);

  return g_test_run ();
}
