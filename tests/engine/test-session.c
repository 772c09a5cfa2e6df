/* test-session.c — session files: round trip, edits, annotations, drafts
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>

#include "readout-session.h"
#include "test-util.h"

static ReadoutComparison *
two_readouts (void)
{
  g_autoptr(ReadoutImporter) importer = readout_importer_new ();
  g_autoptr(GListStore) analyses = g_list_store_new (READOUT_TYPE_ANALYSIS);
  const char *names[] = { "readout-moscow.txt", "readout-washington.txt" };
  g_autoptr(GError) error = NULL;
  ReadoutComparison *comparison;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "compare", names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GPtrArray) documents = readout_importer_import_file (importer, file, NULL, &error);
      g_autoptr(ReadoutAnalysis) analysis = NULL;

      g_assert_no_error (error);
      analysis = readout_analysis_new_for_document (documents->pdata[0], NULL, &error);
      g_assert_no_error (error);
      g_list_store_append (analyses, analysis);
    }
  comparison = readout_comparison_new (G_LIST_MODEL (analyses), NULL, &error);
  g_assert_no_error (error);
  return comparison;
}

static ReadoutStatement *
statement_at (ReadoutComparison *comparison,
              guint              index)
{
  GListModel *statements = readout_comparison_get_statements (comparison);
  g_autoptr(ReadoutStatement) statement = g_list_model_get_item (statements, index);

  g_assert_nonnull (statement);
  return statement;   /* the comparison holds it */
}

/* The file without its save time, to compare two saves. */
static char *
bytes_without_time (GBytes *bytes)
{
  g_autoptr(GRegex) saved = g_regex_new ("\"saved\":\"[^\"]*\"", 0, 0, NULL);

  return g_regex_replace_literal (saved, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  0, "\"saved\":\"\"", 0, NULL);
}

static ReadoutSession *
annotated_session (void)
{
  g_autoptr(ReadoutComparison) comparison = two_readouts ();
  ReadoutSession *session = readout_session_new (comparison);
  ReadoutStatement *first = statement_at (comparison, 0);
  ReadoutStatement *third = statement_at (comparison, 2);
  GListModel *topics = readout_comparison_get_topics (comparison);
  g_autoptr(ReadoutTopic) topic0 = g_list_model_get_item (topics, 0);
  g_autoptr(ReadoutTopic) topic1 = g_list_model_get_item (topics, 1);
  ReadoutAnnotation *annotation;
  ReadoutTag *tag;

  g_assert_false (readout_session_get_unsaved (session));
  readout_session_set_author (session, "Ana Analyst");

  /* Edits of every kind. */
  g_assert_true (readout_comparison_rename_topic (comparison, topic0, "Talks and their tone"));
  g_assert_true (readout_comparison_set_statement_act (comparison, first, READOUT_ACT_REJECT));
  g_assert_true (readout_comparison_move_to_topic (comparison, third, topic1, -1));
  g_assert_true (readout_comparison_set_statement_party (comparison, statement_at (comparison, 3), NULL));
  g_assert_true (readout_comparison_remove_statement (comparison, statement_at (comparison, 4)));
  g_assert_nonnull (readout_comparison_add_statement (comparison, 1, 0, 40, NULL, topic1));
  g_assert_nonnull (readout_comparison_add_topic (comparison, "Our own row"));
  g_assert_true (readout_session_get_unsaved (session));

  tag = readout_session_add_tag (session, "Check with desk", "red");
  g_assert_cmpstr (readout_tag_get_id (tag), ==, "t1");
  annotation = readout_session_annotate_statement (session, first);
  g_assert_nonnull (annotation);
  readout_annotation_set_note (annotation, "\nFirst line of the note\nsecond line “quoted”");
  readout_annotation_add_tag (annotation, "t1");
  readout_annotation_set_status (annotation, READOUT_ANNOTATION_STATUS_DISPUTED);
  readout_annotation_set_color (annotation, "yellow");
  g_assert_cmpstr (readout_annotation_get_author (annotation), ==, "Ana Analyst");
  g_assert_cmpstr (readout_annotation_get_statement (annotation), ==, "d1-s1");
  g_assert_true (readout_session_get_statement_annotation (session, first) == annotation);

  annotation = readout_session_annotate_passage (session, 1, 5, 25);
  g_assert_nonnull (annotation);
  readout_annotation_set_note (annotation, "A passage note");
  g_assert_null (readout_session_annotate_passage (session, 1, 5, 5));
  g_assert_null (readout_session_annotate_passage (session, 7, 0, 5));

  readout_session_set_layout_member (session, "columns", json_from_string ("{\"order\": [\"USA\", \"RUS\"], \"hidden\": []}", NULL), TRUE);
  return session;
}

static void
test_round_trip (void)
{
  g_autoptr(ReadoutSession) session = annotated_session ();
  g_autoptr(ReadoutSession) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;
  ReadoutComparison *comparison;
  ReadoutAnnotation *annotation;
  g_autoptr(ReadoutTopic) topic0 = NULL;
  g_autofree char *summary = NULL;

  bytes = readout_session_to_bytes (session, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "\"format\":\"readout-session\""));

  loaded = readout_session_load_bytes (bytes, "round-trip.readout", NULL, &error);
  g_assert_no_error (error);
  g_assert_false (readout_session_get_unsaved (loaded));
  comparison = readout_session_get_comparison (loaded);
  g_assert_cmpuint (readout_comparison_get_n_documents (comparison), ==, 2);
  g_assert_false (readout_comparison_can_undo (comparison));

  /* The edits are back. */
  topic0 = g_list_model_get_item (readout_comparison_get_topics (comparison), 0);
  g_assert_cmpstr (readout_topic_get_label (topic0), ==, "Talks and their tone");
  g_assert_cmpint (readout_statement_get_act (statement_at (comparison, 0)), ==, READOUT_ACT_REJECT);
  g_assert_cmpuint (g_list_model_get_n_items (readout_comparison_get_statements (comparison)), ==,
                    g_list_model_get_n_items (readout_comparison_get_statements (readout_session_get_comparison (session))));

  /* The annotations and tags are back. */
  g_assert_cmpuint (g_list_model_get_n_items (readout_session_get_annotations (loaded)), ==, 2);
  annotation = readout_session_find_annotation (loaded, "a1");
  g_assert_nonnull (annotation);
  summary = readout_annotation_dup_summary (annotation);
  g_assert_cmpstr (summary, ==, "First line of the note");
  g_assert_cmpint (readout_annotation_get_status (annotation), ==, READOUT_ANNOTATION_STATUS_DISPUTED);
  g_assert_cmpstr (readout_annotation_get_color (annotation), ==, "yellow");
  g_assert_true (readout_annotation_has_tag (annotation, "t1"));
  g_assert_true (readout_session_get_annotation_statement (loaded, annotation) == statement_at (comparison, 0));
  g_assert_cmpstr (readout_tag_get_name (readout_session_find_tag (loaded, "t1")), ==, "Check with desk");
  g_assert_cmpstr (readout_annotation_get_note (readout_session_find_annotation (loaded, "a2")), ==, "A passage note");
  g_assert_nonnull (json_object_get_member (readout_session_get_layout (loaded), "columns"));

  /* Saving what was loaded gives the same file. */
  again = readout_session_to_bytes (loaded, &error);
  g_assert_no_error (error);
  first_text = bytes_without_time (bytes);
  second_text = bytes_without_time (again);
  g_assert_cmpstr (first_text, ==, second_text);
}

static void
test_unknown_members (void)
{
  g_autoptr(ReadoutSession) session = annotated_session ();
  g_autoptr(GBytes) bytes = readout_session_to_bytes (session, NULL);
  g_autoptr(JsonNode) root = json_from_string (g_bytes_get_data (bytes, NULL), NULL);
  g_autofree char *text = NULL;
  g_autoptr(GBytes) changed = NULL;
  g_autoptr(ReadoutSession) loaded = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;

  json_object_set_string_member (json_node_get_object (root), "future_feature", "kept by version 1");
  /* Inside objects too. */
  json_object_set_int_member (json_array_get_object_element (json_object_get_array_member (json_node_get_object (root),
                                                                                            "annotations"), 0),
                              "future_priority", 3);
  json_object_set_boolean_member (json_array_get_object_element (json_object_get_array_member (json_node_get_object (root),
                                                                                                "documents"), 1),
                                  "future_pinned", TRUE);
  text = json_to_string (root, FALSE);
  changed = g_bytes_new (text, strlen (text));
  loaded = readout_session_load_bytes (changed, "future.readout", NULL, &error);
  g_assert_no_error (error);
  saved = readout_session_to_bytes (loaded, NULL);
  g_assert_nonnull (strstr (g_bytes_get_data (saved, NULL), "\"future_feature\":\"kept by version 1\""));
  g_assert_nonnull (strstr (g_bytes_get_data (saved, NULL), "\"future_priority\":3"));
  g_assert_nonnull (strstr (g_bytes_get_data (saved, NULL), "\"future_pinned\":true"));
}

/* The text of document 2 changed outside Readout: statements and
 * annotations are found again, or kept as orphans. */
static void
test_reanchor (void)
{
  g_autoptr(ReadoutSession) session = annotated_session ();
  g_autoptr(GBytes) bytes = readout_session_to_bytes (session, NULL);
  g_autoptr(JsonNode) root = json_from_string (g_bytes_get_data (bytes, NULL), NULL);
  JsonArray *documents = json_object_get_array_member (json_node_get_object (root), "documents");
  JsonObject *doc = json_array_get_object_element (documents, 1);
  g_autofree char *text = g_strconcat ("An editor's note added later.\n\n",
                                       json_object_get_string_member (doc, "text"), NULL);
  g_autofree char *data = NULL;
  g_autoptr(GBytes) changed = NULL;
  g_autoptr(ReadoutSession) loaded = NULL;
  g_autoptr(GError) error = NULL;
  ReadoutAnnotation *passage;
  ReadoutAnnotation *original;

  json_object_set_string_member (doc, "text", text);
  data = json_to_string (root, FALSE);
  changed = g_bytes_new (data, strlen (data));
  loaded = readout_session_load_bytes (changed, "moved.readout", NULL, &error);
  g_assert_no_error (error);

  original = readout_session_find_annotation (session, "a2");
  passage = readout_session_find_annotation (loaded, "a2");
  g_assert_cmpint (readout_annotation_get_match (passage), ==, READOUT_ANCHOR_MATCH_EXACT);
  /* 31 code points were added before it. */
  g_assert_cmpuint (readout_annotation_get_anchor (passage)->start, ==,
                    readout_annotation_get_anchor (original)->start + 31);
  g_assert_cmpstr (readout_annotation_get_anchor (passage)->exact, ==,
                   readout_annotation_get_anchor (original)->exact);
  g_assert_cmpuint (g_list_model_get_n_items (readout_session_get_orphaned_statements (loaded)), ==, 0);
}

static void
test_orphans_kept (void)
{
  g_autoptr(ReadoutSession) session = annotated_session ();
  g_autoptr(GBytes) bytes = readout_session_to_bytes (session, NULL);
  g_autoptr(JsonNode) root = json_from_string (g_bytes_get_data (bytes, NULL), NULL);
  JsonArray *documents = json_object_get_array_member (json_node_get_object (root), "documents");
  JsonObject *doc = json_array_get_object_element (documents, 1);
  JsonObject *analysis = json_object_get_object_member (doc, "analysis");
  guint n_statements = json_array_get_length (json_object_get_array_member (analysis, "statements"));
  g_autofree char *data = NULL;
  g_autoptr(GBytes) changed = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(ReadoutSession) loaded = NULL;
  g_autoptr(GError) error = NULL;

  /* A whole new text: nothing of document 2 can be found. */
  json_object_set_string_member (doc, "text", "Nothing here resembles the readout that was annotated.");
  data = json_to_string (root, FALSE);
  changed = g_bytes_new (data, strlen (data));
  loaded = readout_session_load_bytes (changed, "replaced.readout", NULL, &error);
  g_assert_no_error (error);
  /* Every statement of document 2, and the user's own statement on it. */
  g_assert_cmpuint (g_list_model_get_n_items (readout_session_get_orphaned_statements (loaded)), ==, n_statements + 1);
  g_assert_true (readout_annotation_is_orphaned (readout_session_find_annotation (loaded, "a2")));
  g_assert_false (readout_annotation_is_orphaned (readout_session_find_annotation (loaded, "a1")));
  /* Orphans are saved again, with their quotes. */
  saved = readout_session_to_bytes (loaded, NULL);
  {
    g_autoptr(JsonNode) again = json_from_string (g_bytes_get_data (saved, NULL), NULL);
    JsonArray *orphans = json_object_get_array_member (json_node_get_object (again), "orphaned_statements");

    g_assert_cmpuint (json_array_get_length (orphans), ==, n_statements + 1);
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (orphans, 0), "document"), ==, "d2");
  }
}

/* Only the annotations are broken: the strict load refuses, salvaging
 * gives the documents and the rest. */
static void
test_salvage (void)
{
  g_autoptr(ReadoutSession) session = annotated_session ();
  g_autoptr(GBytes) bytes = readout_session_to_bytes (session, NULL);
  g_autoptr(JsonNode) root = json_from_string (g_bytes_get_data (bytes, NULL), NULL);
  JsonArray *annotations = json_object_get_array_member (json_node_get_object (root), "annotations");
  g_autofree char *data = NULL;
  g_autoptr(GBytes) broken = NULL;
  g_autoptr(ReadoutSession) salvaged = NULL;
  g_autoptr(GError) error = NULL;

  json_object_remove_member (json_array_get_object_element (annotations, 1), "anchor");
  data = json_to_string (root, FALSE);
  broken = g_bytes_new (data, strlen (data));
  g_assert_null (readout_session_load_bytes (broken, "broken.readout", NULL, &error));
  g_assert_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "broken.readout"));
  g_assert_nonnull (strstr (error->message, "Annotation 2"));
  g_clear_error (&error);

  salvaged = readout_session_salvage_bytes (broken, "broken.readout", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (readout_session_get_unsaved (salvaged));
  g_assert_null (readout_session_get_file (salvaged));
  g_assert_cmpuint (readout_comparison_get_n_documents (readout_session_get_comparison (salvaged)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (readout_session_get_annotations (salvaged)), ==, 1);
  g_assert_nonnull (readout_session_find_annotation (salvaged, "a1"));
}

static void
test_wrong_types (void)
{
  const char *members[] = { "annotations", "tags", "comparison", "layout", "orphaned_statements" };

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      g_autoptr(ReadoutSession) session = annotated_session ();
      g_autoptr(GBytes) bytes = readout_session_to_bytes (session, NULL);
      g_autoptr(JsonNode) root = json_from_string (g_bytes_get_data (bytes, NULL), NULL);
      g_autofree char *data = NULL;
      g_autoptr(GBytes) broken = NULL;
      g_autoptr(GError) error = NULL;

      json_object_set_string_member (json_node_get_object (root), members[i], "not what it should be");
      data = json_to_string (root, FALSE);
      broken = g_bytes_new (data, strlen (data));
      g_assert_null (readout_session_load_bytes (broken, "typed.readout", NULL, &error));
      g_assert_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED);
      g_assert_nonnull (strstr (error->message, members[i]));
    }
}

static void
test_save_file_etag (void)
{
  g_autoptr(ReadoutSession) session = annotated_session ();
  g_autofree char *dir = g_dir_make_tmp ("readout-session-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "talks.readout", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutSession) loaded = NULL;
  g_autofree char *title = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (readout_session_save_file (session, file, READOUT_SESSION_SAVE_NONE, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (readout_session_get_unsaved (session));
  title = readout_session_dup_title (session);
  g_assert_cmpstr (title, ==, "talks");

  loaded = readout_session_load_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_equal (readout_session_get_file (loaded), file));

  /* Someone else writes the file: saving asks first. */
  g_usleep (10 * 1000);
  g_assert_true (g_file_set_contents (path, "{\"changed\": true}", -1, NULL));
  readout_annotation_set_note (readout_session_find_annotation (loaded, "a1"), "Edited after");
  g_assert_false (readout_session_save_file (loaded, file, READOUT_SESSION_SAVE_NONE, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_assert_nonnull (strstr (error->message, "talks.readout"));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "{\"changed\": true}");
  g_assert_true (readout_session_get_unsaved (loaded));
  g_assert_true (readout_session_save_file (loaded, file, READOUT_SESSION_SAVE_OVERWRITE, NULL, &error));
  g_assert_no_error (error);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_drafts (void)
{
  g_autoptr(ReadoutSession) session = annotated_session ();
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(ReadoutSession) restored = NULL;
  g_autoptr(GError) error = NULL;
  ReadoutAnnotation *annotation;

  drafts = readout_session_list_drafts ();
  g_assert_cmpuint (drafts->len, ==, 0);
  g_clear_pointer (&drafts, g_ptr_array_unref);

  g_assert_true (readout_session_write_draft (session, &error));
  g_assert_no_error (error);
  drafts = readout_session_list_drafts ();
  g_assert_cmpuint (drafts->len, ==, 1);

  restored = readout_session_restore_draft (drafts->pdata[0], NULL, &error);
  g_assert_no_error (error);
  g_assert_true (readout_session_get_unsaved (restored));
  g_assert_null (readout_session_get_file (restored));
  annotation = readout_session_find_annotation (restored, "a1");
  g_assert_nonnull (annotation);
  g_assert_true (readout_annotation_has_tag (annotation, "t1"));

  /* The restored session keeps writing the same draft, and saving ends it. */
  readout_annotation_set_note (annotation, "Changed after the crash");
  g_assert_true (readout_session_write_draft (restored, &error));
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = readout_session_list_drafts ();
  g_assert_cmpuint (drafts->len, ==, 1);
  readout_session_discard_draft (restored);
  readout_session_discard_draft (session);
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = readout_session_list_drafts ();
  g_assert_cmpuint (drafts->len, ==, 0);
}

/* An article is added: the comparison is rebuilt, the edits and notes stay. */
static void
test_carry_over (void)
{
  g_autoptr(ReadoutSession) session = annotated_session ();
  g_autoptr(ReadoutComparison) old = g_object_ref (readout_session_get_comparison (session));
  g_autoptr(GListStore) analyses = g_list_store_new (READOUT_TYPE_ANALYSIS);
  g_autoptr(ReadoutComparison) rebuilt = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutTopic) topic0 = NULL;
  ReadoutAnnotation *annotation;
  ReadoutStatement *statement;
  guint dropped;

  /* The second document first now: ids change, references follow. */
  for (int i = 1; i >= 0; i--)
    {
      g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (readout_comparison_get_analyses (old), i);

      g_list_store_append (analyses, analysis);
    }
  rebuilt = readout_comparison_new (G_LIST_MODEL (analyses), NULL, &error);
  g_assert_no_error (error);
  dropped = readout_session_set_comparison (session, rebuilt);
  g_assert_cmpuint (dropped, ==, 0);
  g_assert_true (readout_session_get_comparison (session) == rebuilt);

  annotation = readout_session_find_annotation (session, "a1");
  g_assert_cmpstr (readout_annotation_get_statement (annotation), ==, "d2-s1");
  statement = readout_session_get_annotation_statement (session, annotation);
  g_assert_nonnull (statement);
  g_assert_cmpint (readout_statement_get_act (statement), ==, READOUT_ACT_REJECT);
  g_assert_cmpstr (readout_annotation_get_document (readout_session_find_annotation (session, "a2")), ==, "d1");
  g_assert_cmpuint (g_list_model_get_n_items (readout_comparison_get_statements (rebuilt)), ==,
                    g_list_model_get_n_items (readout_comparison_get_statements (old)));
}

/* Opening articles is not work to save; editing is. */
static void
test_unsaved (void)
{
  g_autoptr(ReadoutSession) session = readout_session_new (NULL);
  g_autoptr(ReadoutComparison) comparison = two_readouts ();
  g_autoptr(ReadoutComparison) again = two_readouts ();
  guint64 count;

  g_assert_null (readout_session_get_comparison (session));
  readout_session_set_comparison (session, comparison);
  g_assert_false (readout_session_get_unsaved (session));
  readout_session_set_comparison (session, again);
  g_assert_false (readout_session_get_unsaved (session));
  g_assert_true (readout_session_write_draft (session, NULL));
  {
    g_autoptr(GPtrArray) drafts = readout_session_list_drafts ();

    g_assert_cmpuint (drafts->len, ==, 0);
  }

  count = readout_session_get_change_count (session);
  readout_session_set_layout_member (session, "window", json_from_string ("{\"width\": 900}", NULL), FALSE);
  g_assert_false (readout_session_get_unsaved (session));
  readout_comparison_undo (again);   /* nothing to undo: no change */
  g_assert_true (readout_comparison_remove_statement (again, statement_at (again, 0)));
  g_assert_true (readout_session_get_unsaved (session));
  g_assert_cmpuint (readout_session_get_change_count (session), >, count);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("readout-data-XXXXXX", NULL);

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session/round-trip", test_round_trip);
  g_test_add_func ("/session/unknown-members", test_unknown_members);
  g_test_add_func ("/session/reanchor", test_reanchor);
  g_test_add_func ("/session/orphans-kept", test_orphans_kept);
  g_test_add_func ("/session/salvage", test_salvage);
  g_test_add_func ("/session/wrong-types", test_wrong_types);
  g_test_add_func ("/session/save-file-etag", test_save_file_etag);
  g_test_add_func ("/session/drafts", test_drafts);
  g_test_add_func ("/session/carry-over", test_carry_over);
  g_test_add_func ("/session/unsaved", test_unsaved);

  return g_test_run ();
}
