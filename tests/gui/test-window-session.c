/* test-window-session.c — the window's session under Xvfb: save and
 * reopen (edits, annotations, column order), the unsaved mark in the
 * title, a file changed on disk, asking before closing, drafts, and a
 * session file that does not load.
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "readout-application.h"
#include "readout-window-private.h"
#include "window-test-util.h"

#define NOTE "Checked against the ministry's transcript"

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "compare", name, NULL);
}

/* The window's columns as "id,id,…". */
static char *
column_ids (ReadoutWindow *window)
{
  GListModel *columns = readout_comparison_view_get_columns (window->comparison_view);
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (columns, i);
      const char *id = readout_comparison_view_is_no_party (window->comparison_view, party)
                       ? "none" : readout_party_get_id (party);

      g_string_append_printf (ids, "%s%s", i > 0 ? "," : "", id);
    }
  return g_string_free (ids, FALSE);
}

static gboolean
statement_with_text (ReadoutComparison *comparison,
                     const char        *text)
{
  GListModel *statements = readout_comparison_get_statements (comparison);

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ReadoutStatement) st = g_list_model_get_item (statements, i);

      if (g_strcmp0 (readout_statement_get_text (st), text) == 0)
        return TRUE;
    }
  return FALSE;
}

/* An AdwMessageDialog with @heading among the toplevels. */
typedef struct
{
  const char       *heading;
  AdwMessageDialog *dialog;
} DialogSearch;

static gboolean
find_message_dialog (gpointer data)
{
  DialogSearch *search = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (toplevel)), search->heading) == 0)
        {
          search->dialog = ADW_MESSAGE_DIALOG (toplevel);
          return TRUE;
        }
    }
  return FALSE;
}

static AdwMessageDialog *
wait_for_dialog (const char *heading)
{
  DialogSearch search = { heading, NULL };

  window_test_wait_until (find_message_dialog, &search, 90);
  return search.dialog;
}

static gboolean
saved (gpointer data)
{
  ReadoutWindow *window = data;

  return window->n_saving == 0 && readout_session_get_file (window->session) != NULL &&
         !readout_session_get_unsaved (window->session);
}

/* Save As through the dialog, typing a name without the suffix. The
 * fallback dialog of GtkFileChooserNative keeps its own folder, the
 * default one: the file is wherever that is. */
static GFile *
save_as_through_dialog (ReadoutWindow *window,
                        const char    *name)
{
#if GTK_CHECK_VERSION (4, 10, 0)
  g_test_skip ("GtkFileDialog cannot be answered in-process");
  return NULL;
#else
  GtkWindow *dialog = NULL;
  g_autofree char *suggested = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *expected = g_strconcat (name, ".readout", NULL);
  GFile *file;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-as", NULL));
  window_test_wait_until (window_test_find_file_chooser, &dialog, 90);
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "Save Session");
  /* The first article's title, as a file name. */
  suggested = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (dialog));
  g_assert_true (g_str_has_suffix (suggested, ".readout"));
  g_assert_cmpuint (strlen (suggested), >, strlen (".readout"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  window_test_spin (200);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  window_test_wait_until (saved, window, 90);

  file = g_object_ref (readout_session_get_file (window->session));
  basename = g_file_get_basename (file);
  g_assert_cmpstr (basename, ==, expected);
  return file;
#endif
}

static gboolean
window_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
test_save_and_reopen (void)
{
  ReadoutWindow *window = window_test_new_comparing (90);
  ReadoutWindow *reopened;
  g_autoptr(GFile) file = NULL;
  g_autoptr(ReadoutStatement) removed = NULL;
  g_autoptr(ReadoutStatement) annotated = NULL;
  g_autofree char *removed_text = NULL;
  g_autofree char *columns = NULL;
  g_autofree char *first_id = NULL;
  g_autofree char *reopened_columns = NULL;
  GListModel *statements = readout_comparison_get_statements (window->comparison);
  GListModel *annotations;
  ReadoutAnnotation *annotation;
  guint n_statements = g_list_model_get_n_items (statements);
  gpointer weak = NULL;

  g_assert_cmpuint (n_statements, >=, 3);
  /* Articles just opened: no mark, nothing to ask about. */
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));
  g_assert_false (_readout_window_has_unsaved_work (window));

  /* A deleted statement, an annotation, a column moved. */
  removed = g_list_model_get_item (statements, 0);
  removed_text = g_strdup (readout_statement_get_text (removed));
  g_assert_true (readout_comparison_remove_statement (window->comparison, removed));
  annotated = g_list_model_get_item (statements, 1);
  annotation = readout_session_annotate_statement (window->session, annotated);
  g_assert_nonnull (annotation);
  readout_annotation_set_note (annotation, NOTE);

  columns = column_ids (window);
  g_assert_nonnull (strchr (columns, ','));
  first_id = g_strndup (columns, strchr (columns, ',') - columns);
  gtk_widget_activate_action (GTK_WIDGET (window->comparison_view), "view.move-party-right", "s", first_id);
  g_free (columns);
  columns = column_ids (window);
  g_assert_false (g_str_has_prefix (columns, first_id));
  window_test_spin (100);

  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));
  g_assert_true (_readout_window_has_unsaved_work (window));

  file = save_as_through_dialog (window, "vienna talks");
  if (file == NULL)
    return;
  g_assert_true (g_file_query_exists (file, NULL));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "vienna talks");
  g_assert_cmpstr (adw_window_title_get_title (window->window_title), ==, "vienna talks");
  /* A recent file, as a session. */
  {
    g_autofree char *uri = g_file_get_uri (file);
    GtkRecentInfo *info = gtk_recent_manager_lookup_item (gtk_recent_manager_get_default (), uri, NULL);

    g_assert_nonnull (info);
    g_assert_cmpstr (gtk_recent_info_get_mime_type (info), ==, READOUT_SESSION_MIME_TYPE);
    gtk_recent_info_unref (info);
  }

  /* Reopened in a new window: everything as it was. */
  reopened = g_object_ref (readout_window_new (NULL));
  gtk_window_present (GTK_WINDOW (reopened));
  readout_window_open_file (reopened, file);
  window_test_wait_until (window_test_compared, reopened, 90);
  g_assert_cmpuint (g_list_model_get_n_items (readout_window_get_documents (reopened)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (readout_comparison_get_statements (reopened->comparison)),
                    ==, n_statements - 1);
  g_assert_false (statement_with_text (reopened->comparison, removed_text));
  annotations = readout_session_get_annotations (reopened->session);
  g_assert_cmpuint (g_list_model_get_n_items (annotations), ==, 1);
  {
    g_autoptr(ReadoutAnnotation) loaded = g_list_model_get_item (annotations, 0);

    g_assert_cmpstr (readout_annotation_get_note (loaded), ==, NOTE);
  }
  reopened_columns = column_ids (reopened);
  g_assert_cmpstr (reopened_columns, ==, columns);
  g_assert_false (readout_session_get_unsaved (reopened->session));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (reopened)), ==, "vienna talks");
  window_test_spin (200);
  /* Restoring the columns is no change of the user's. */
  g_assert_false (readout_session_get_unsaved (reopened->session));

  /* Opening the same session into a window showing one: a new window. */
  {
    guint n_before = g_list_model_get_n_items (gtk_window_get_toplevels ());

    GListModel *toplevels = gtk_window_get_toplevels ();
    ReadoutWindow *third = NULL;

    readout_window_open_file (reopened, file);
    window_test_wait_until (window_test_compared, reopened, 90);
    window_test_spin (500);
    g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, n_before + 1);
    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

        if (READOUT_IS_WINDOW (toplevel) && toplevel != GTK_WINDOW (window) &&
            toplevel != GTK_WINDOW (reopened))
          third = READOUT_WINDOW (toplevel);
      }
    g_assert_nonnull (third);
    window_test_wait_until (window_test_compared, third, 90);
    g_assert_cmpuint (g_list_model_get_n_items (readout_window_get_documents (third)), ==, 2);
    gtk_window_destroy (GTK_WINDOW (third));
  }

  /* A saved window closes without asking. */
  weak = window;
  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  g_object_unref (window);
  gtk_window_close (GTK_WINDOW (window));
  window_test_wait_until (window_gone, &weak, 90);

  gtk_window_destroy (GTK_WINDOW (reopened));
  g_assert_finalize_object (reopened);
}

static void
test_changed_on_disk (void)
{
  ReadoutWindow *window = window_test_new_comparing (90);
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutStatement) st = NULL;
  g_autoptr(ReadoutSession) loaded = NULL;
  AdwMessageDialog *dialog;
  gsize length;

  st = g_list_model_get_item (readout_comparison_get_statements (window->comparison), 0);
  g_assert_true (readout_comparison_remove_statement (window->comparison, st));
  file = save_as_through_dialog (window, "changed");
  if (file == NULL)
    return;
  path = g_file_get_path (file);

  /* Another program rewrites the file. */
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  window_test_spin (50);
  g_assert_true (g_file_set_contents (path, contents, length, &error));
  g_assert_no_error (error);

  g_clear_object (&st);
  st = g_list_model_get_item (readout_comparison_get_statements (window->comparison), 0);
  g_assert_true (readout_comparison_remove_statement (window->comparison, st));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  dialog = wait_for_dialog ("File Changed on Disk");
  g_assert_true (adw_message_dialog_has_response (dialog, "overwrite"));
  g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));
  g_assert_true (readout_session_get_unsaved (window->session));

  /* Cancel leaves it unsaved; Overwrite writes. */
  adw_message_dialog_response (dialog, "cancel");
  window_test_spin (100);
  g_assert_true (readout_session_get_unsaved (window->session));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  dialog = wait_for_dialog ("File Changed on Disk");
  adw_message_dialog_response (dialog, "overwrite");
  window_test_wait_until (saved, window, 90);

  loaded = readout_session_load_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (readout_comparison_get_statements (readout_session_get_comparison (loaded))),
                    ==, g_list_model_get_n_items (readout_comparison_get_statements (window->comparison)));

  /* Save As "other": the suffix added names a file that exists, which is
   * not replaced without asking. */
#if !GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GFile) folder = g_file_get_parent (file);
    g_autoptr(GFile) other = g_file_get_child (folder, "other.readout");
    g_autofree char *other_path = g_file_get_path (other);
    g_autofree char *kept = NULL;
    GtkWindow *chooser = NULL;

    g_assert_true (g_file_set_contents (other_path, "keep", -1, NULL));
    for (guint round = 0; round < 2; round++)
      {
        chooser = NULL;
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-as", NULL));
        window_test_wait_until (window_test_find_file_chooser, &chooser, 90);
        gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "other");
        window_test_spin (200);
        gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
        dialog = wait_for_dialog ("Replace “other.readout”?");
        /* The chooser gone for good before the folder changes: GTK 4.8
         * leaks what a dying chooser's folder model was sorting. */
        window_test_spin (1500);
        adw_message_dialog_response (dialog, round == 0 ? "cancel" : "replace");
        window_test_spin (300);
        g_clear_pointer (&kept, g_free);
        g_assert_true (g_file_get_contents (other_path, &kept, NULL, NULL));
        if (round == 0)
          g_assert_cmpstr (kept, ==, "keep");
      }
    window_test_wait_until (saved, window, 90);
    g_assert_true (g_file_equal (readout_session_get_file (window->session), other));
    g_assert_nonnull (strstr (kept, "readout-session"));
  }
#endif

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static guint
n_drafts (void)
{
  g_autoptr(GPtrArray) drafts = readout_session_list_drafts ();

  return drafts != NULL ? drafts->len : 0;
}

static gboolean
has_draft (gpointer data)
{
  return n_drafts () > 0;
}

static void
test_close_asks (void)
{
  ReadoutWindow *window = window_test_new_comparing (90);
  g_autoptr(ReadoutStatement) st = NULL;
  AdwMessageDialog *dialog;
  gpointer weak = window;

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  st = g_list_model_get_item (readout_comparison_get_statements (window->comparison), 0);
  g_assert_true (readout_comparison_remove_statement (window->comparison, st));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  /* The draft, a few seconds later, in the data directory. */
  g_assert_cmpuint (n_drafts (), ==, 0);
  window_test_wait_until (has_draft, NULL, 10);
  {
    g_autoptr(GFile) drafts_dir = readout_session_get_drafts_dir ();
    g_autoptr(GFile) data_dir = g_file_new_for_path (g_get_user_data_dir ());

    g_assert_true (g_file_has_prefix (drafts_dir, data_dir));
  }

  gtk_window_close (GTK_WINDOW (window));
  dialog = wait_for_dialog ("Save Changes?");
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "discard"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_response (dialog, "cancel");
  window_test_spin (100);
  g_assert_nonnull (weak);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpuint (n_drafts (), ==, 1);

  gtk_window_close (GTK_WINDOW (window));
  dialog = wait_for_dialog ("Save Changes?");
  g_object_unref (window);
  adw_message_dialog_response (dialog, "discard");
  window_test_wait_until (window_gone, &weak, 90);
  /* Discarded: no draft is left to restore. */
  g_assert_cmpuint (n_drafts (), ==, 0);
}

static void
test_restore_draft (void)
{
  ReadoutWindow *window = window_test_new_comparing (90);
  ReadoutWindow *restored;
  g_autoptr(ReadoutStatement) st = NULL;
  g_autofree char *removed_text = NULL;
  guint n_statements;
  AdwMessageDialog *dialog;

  st = g_list_model_get_item (readout_comparison_get_statements (window->comparison), 0);
  removed_text = g_strdup (readout_statement_get_text (st));
  g_assert_true (readout_comparison_remove_statement (window->comparison, st));
  n_statements = g_list_model_get_n_items (readout_comparison_get_statements (window->comparison));
  window_test_wait_until (has_draft, NULL, 10);
  /* As after a crash: the window goes without a word. */
  window->close_confirmed = TRUE;
  g_clear_handle_id (&window->draft_source, g_source_remove);
  {
    g_autoptr(GPtrArray) drafts = readout_session_list_drafts ();
    g_autoptr(GFile) keep = g_object_ref (g_ptr_array_index (drafts, 0));
    g_autofree char *path = g_file_get_path (keep);
    g_autofree char *copy = NULL;
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
    gtk_window_destroy (GTK_WINDOW (window));
    g_assert_finalize_object (window);
    /* Destroying is not closing: the draft stays, as after SIGKILL. */
    if (!g_file_query_exists (keep, NULL))
      g_assert_true (g_file_set_contents (path, contents, length, NULL));
  }

  restored = g_object_ref (readout_window_new (NULL));
  gtk_window_present (GTK_WINDOW (restored));
  readout_window_offer_drafts (restored);
  dialog = wait_for_dialog ("Restore Unsaved Work?");
  adw_message_dialog_response (dialog, "restore");
  window_test_wait_until (window_test_compared, restored, 90);
  g_assert_cmpuint (g_list_model_get_n_items (readout_comparison_get_statements (restored->comparison)),
                    ==, n_statements);
  g_assert_false (statement_with_text (restored->comparison, removed_text));
  /* Restored work is unsaved work. */
  g_assert_true (_readout_window_has_unsaved_work (restored));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (restored)), "• "));

  restored->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (restored));
  g_assert_finalize_object (restored);
  g_assert_cmpuint (n_drafts (), ==, 0);
}

static void
test_broken_file (void)
{
  ReadoutWindow *window = g_object_ref (readout_window_new (NULL));
  g_autofree char *dir = g_dir_make_tmp ("readout-session-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.readout", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *contents = "{\"format\": \"readout-session\", \"version\": 1, \"documents\": [";
  g_autofree char *after = NULL;
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  gtk_window_present (GTK_WINDOW (window));
  readout_window_open_file (window, file);
  dialog = wait_for_dialog ("Could Not Open Session");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "broken.readout"));
  /* Nothing readable: nothing to offer. */
  g_assert_false (adw_message_dialog_has_response (dialog, "open-readable"));
  adw_message_dialog_response (dialog, "close");
  g_assert_true (_readout_window_is_empty (window));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, contents);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* A member at fault, the documents fine: their readable parts open as a
 * new session without a file, never saved over the broken one. */
static void
test_readable_parts (void)
{
  ReadoutWindow *window = window_test_new_comparing (90);
  ReadoutWindow *salvaged;
  g_autofree char *dir = g_dir_make_tmp ("readout-session-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "damaged.readout", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *damaged = NULL;
  g_autofree char *after = NULL;
  JsonObject *root;
  AdwMessageDialog *dialog;
  guint n_statements = g_list_model_get_n_items (readout_comparison_get_statements (window->comparison));

  bytes = readout_session_to_bytes (window->session, &error);
  g_assert_no_error (error);
  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  /* An annotation without its document and anchor. */
  {
    JsonArray *annotations = json_array_new ();
    JsonObject *incomplete = json_object_new ();

    json_object_set_string_member (incomplete, "id", "a9");
    json_array_add_object_element (annotations, incomplete);
    json_object_set_array_member (root, "annotations", annotations);
  }
  damaged = json_to_string (json_parser_get_root (parser), FALSE);
  g_assert_true (g_file_set_contents (path, damaged, -1, NULL));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);

  salvaged = g_object_ref (readout_window_new (NULL));
  gtk_window_present (GTK_WINDOW (salvaged));
  readout_window_open_file (salvaged, file);
  dialog = wait_for_dialog ("Could Not Open Session");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "damaged.readout"));
  g_assert_true (adw_message_dialog_has_response (dialog, "open-readable"));
  adw_message_dialog_response (dialog, "open-readable");
  window_test_wait_until (window_test_compared, salvaged, 90);
  g_assert_cmpuint (g_list_model_get_n_items (readout_window_get_documents (salvaged)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (readout_comparison_get_statements (salvaged->comparison)),
                    ==, n_statements);
  g_assert_null (readout_session_get_file (salvaged->session));
  g_assert_true (_readout_window_has_unsaved_work (salvaged));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (salvaged)), "• "));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, damaged);

  salvaged->close_confirmed = TRUE;
  gtk_window_destroy (GTK_WINDOW (salvaged));
  g_assert_finalize_object (salvaged);
}

static gboolean
recompared (gpointer data)
{
  ReadoutWindow *window = data;

  return window_test_compared (window) &&
         g_list_model_get_n_items (readout_comparison_get_analyses (window->comparison)) == 3;
}

/* Another article regroups the comparison: the session carries the
 * user's deletion and annotation over. */
static void
test_add_article (void)
{
  ReadoutWindow *window = window_test_new_comparing (90);
  g_autofree char *path = data_path ("talks-wire-c.xml");
  g_autoptr(GFile) third = g_file_new_for_path (path);
  g_autoptr(ReadoutStatement) removed = NULL;
  g_autoptr(ReadoutStatement) annotated = NULL;
  g_autofree char *removed_text = NULL;
  ReadoutAnnotation *annotation;
  ReadoutSession *session = window->session;

  removed = g_list_model_get_item (readout_comparison_get_statements (window->comparison), 0);
  removed_text = g_strdup (readout_statement_get_text (removed));
  g_assert_true (readout_comparison_remove_statement (window->comparison, removed));
  annotated = g_list_model_get_item (readout_comparison_get_statements (window->comparison), 2);
  annotation = readout_session_annotate_statement (session, annotated);
  readout_annotation_set_note (annotation, NOTE);

  readout_window_open_file (window, third);
  window_test_wait_until (recompared, window, 90);
  g_assert_true (window->session == session);
  g_assert_true (readout_session_get_comparison (session) == window->comparison);
  g_assert_false (statement_with_text (window->comparison, removed_text));
  g_assert_cmpuint (g_list_model_get_n_items (readout_session_get_annotations (session)), ==, 1);
  g_assert_nonnull (readout_session_get_annotation_statement (session, annotation));
  g_assert_true (_readout_window_has_unsaved_work (window));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  window->close_confirmed = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  readout_engine_init ();

  g_test_add_func ("/window-session/save-and-reopen", test_save_and_reopen);
  g_test_add_func ("/window-session/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/window-session/close-asks", test_close_asks);
  g_test_add_func ("/window-session/restore-draft", test_restore_draft);
  g_test_add_func ("/window-session/broken-file", test_broken_file);
  g_test_add_func ("/window-session/readable-parts", test_readable_parts);
  g_test_add_func ("/window-session/add-article", test_add_article);

  return g_test_run ();
}
