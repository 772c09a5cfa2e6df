/* test-session-util.h — what the session tests share
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small valid session made here, and ways to break it one member at a
 * time: @with_member() replaces or removes the member at a path such as
 * "documents[1].analysis.statements[0].anchor" and gives the bytes.
 * Header-only (static inline), as the engine tests link test-util.c only.
 */

#pragma once

#include <string.h>

#include "readout-engine.h"
#include "readout-session.h"
#include "test-util.h"

#define NAME "broken-talks.readout"

static const char * const paragraphs_a[] = {
  "\"We have not agreed on a date for the next round,\" Foreign Minister Lena Varga of Hungary said on Tuesday.",
  "Austria rejected the proposal for a joint border commission, a spokesman for the Austrian foreign ministry said.",
  "\"The door remains open,\" Varga told reporters after the meeting.",
  NULL
};

static const char * const paragraphs_b[] = {
  "Austrian Chancellor Paul Egger said the talks had been useful but that Vienna would not sign a text without changes.",
  "\"We expect Budapest to withdraw the demand for a commission,\" Egger said.",
  NULL
};

/* A session of two documents, a tag, an annotation on a statement and
 * one on a passage: small enough to cut at every byte. */
static inline ReadoutSession *
make_session (void)
{
  g_autoptr(ReadoutAnalysis) a = test_util_analyse (paragraphs_a, "Talks end without a date");
  g_autoptr(ReadoutAnalysis) b = test_util_analyse (paragraphs_b, "Vienna wants changes");
  g_autoptr(ReadoutComparison) comparison = test_util_compare (a, b, NULL);
  g_autoptr(ReadoutStatement) first = NULL;
  ReadoutSession *session = readout_session_new (comparison);
  ReadoutAnnotation *annotation;
  ReadoutTag *tag;

  g_assert_cmpuint (g_list_model_get_n_items (readout_comparison_get_statements (comparison)), >=, 3);
  first = g_list_model_get_item (readout_comparison_get_statements (comparison), 0);

  readout_session_set_author (session, "Test Author");
  tag = readout_session_add_tag (session, "follow up", "orange");
  annotation = readout_session_annotate_statement (session, first);
  g_assert_nonnull (annotation);
  readout_annotation_set_note (annotation, "Ask the ministry.\nSecond line.");
  readout_annotation_add_tag (annotation, readout_tag_get_id (tag));
  readout_annotation_set_status (annotation, READOUT_ANNOTATION_STATUS_NEEDS_CHECK);
  /* A statement the user marked, for "comparison.added". */
  g_assert_nonnull (readout_comparison_add_statement (comparison, 1, 0, 20, NULL, NULL));
  annotation = readout_session_annotate_passage (session, 1, 0, 8);
  g_assert_nonnull (annotation);
  readout_annotation_set_color (annotation, "yellow");
  return session;
}

static inline GBytes *
session_bytes (ReadoutSession *session)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = readout_session_to_bytes (session, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static inline GBytes *
valid_bytes (void)
{
  g_autoptr(ReadoutSession) session = make_session ();

  return session_bytes (session);
}

static inline void
assert_error (GError     *error,
              int         code,
              const char *name)
{
  g_assert_error (error, READOUT_ERROR, code);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (strstr (error->message, name) == NULL)
    g_error ("the message does not name %s: %s", name, error->message);
}

static inline ReadoutSession *
load (GBytes  *bytes,
      GError **error)
{
  return readout_session_load_bytes (bytes, NAME, NULL, error);
}

static inline ReadoutSession *
load_string (const char  *json,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return load (bytes, error);
}

/* A member of @root by a path such as "documents[1].analysis.statements[0]". */
static inline JsonNode *
lookup (JsonNode   *root,
        const char *path,
        char      **last)
{
  g_auto(GStrv) parts = g_strsplit (path, ".", -1);
  JsonNode *node = root;
  guint n = g_strv_length (parts);

  for (guint i = 0; i < n; i++)
    {
      char *bracket = strchr (parts[i], '[');
      gboolean final = i + 1 == n;

      if (bracket != NULL)
        *bracket = '\0';
      if (final && bracket == NULL)
        {
          *last = g_strdup (parts[i]);
          return node;
        }
      g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
      node = json_object_get_member (json_node_get_object (node), parts[i]);
      g_assert_nonnull (node);
      while (bracket != NULL)
        {
          guint index = (guint) g_ascii_strtoull (bracket + 1, NULL, 10);
          char *next = strchr (bracket + 1, '[');

          if (final && next == NULL)
            {
              *last = g_strdup_printf ("%u", index);
              return node;
            }
          g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
          node = json_array_get_element (json_node_get_array (node), index);
          bracket = next;
        }
    }
  g_assert_not_reached ();
}

static inline JsonNode *
parse (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  json_parser_load_from_data (parser, data, len, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static inline GBytes *
generate (JsonNode *root)
{
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  gsize len;
  char *data;

  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  data = json_generator_to_data (gen, &len);
  return g_bytes_new_take (data, len);
}

/* @bytes with the member at @path replaced by @value (JSON text), or
 * removed when @value is NULL. */
static inline GBytes *
with_member (GBytes     *bytes,
             const char *path,
             const char *value)
{
  g_autoptr(JsonNode) root = parse (bytes);
  g_autofree char *last = NULL;
  JsonNode *parent = lookup (root, path, &last);
  JsonNode *node = NULL;

  if (value != NULL)
    {
      g_autoptr(GError) error = NULL;

      node = json_from_string (value, &error);
      g_assert_no_error (error);
    }
  if (JSON_NODE_HOLDS_ARRAY (parent))
    {
      JsonArray *array = json_node_get_array (parent);
      guint index = (guint) g_ascii_strtoull (last, NULL, 10);

      if (node == NULL)
        json_array_remove_element (array, index);
      else if (index == json_array_get_length (array))
        json_array_add_element (array, node);
      else
        {
          /* JsonArray has no replace; rebuild it. */
          g_autoptr(JsonArray) copy = json_array_new ();

          for (guint i = 0; i < json_array_get_length (array); i++)
            json_array_add_element (copy, i == index ? node
                                          : json_node_copy (json_array_get_element (array, i)));
          json_node_set_array (parent, copy);
        }
    }
  else
    {
      g_assert_true (JSON_NODE_HOLDS_OBJECT (parent));
      if (node == NULL)
        json_object_remove_member (json_node_get_object (parent), last);
      else
        json_object_set_member (json_node_get_object (parent), last, node);
    }
  return generate (root);
}

/* Loading @bytes fails with @code and a message naming the file and
 * holding @words (nullable), and the salvage still gets @n_salvaged
 * documents out of it (-1: do not try). */
static inline void
assert_refused (GBytes     *bytes,
                int         code,
                const char *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutSession) session = load (bytes, &error);

  if (session != NULL)
    g_error ("loaded although it should fail with %d (%s)", code, words ? words : "");
  g_test_message ("→ %s", error->message);
  assert_error (error, code, NAME);
  if (words != NULL && strstr (error->message, words) == NULL)
    g_error ("the message does not say \"%s\": %s", words, error->message);
}

static inline void
assert_refused_member (GBytes     *valid,
                       const char *path,
                       const char *value,
                       int         code,
                       const char *words)
{
  g_autoptr(GBytes) bytes = with_member (valid, path, value);

  g_test_message ("%s = %s", path, value ? value : "(removed)");
  assert_refused (bytes, code, words);
}

/* The same for what the loader should refuse but does not yet: marked
 * as a known gap (TAP "TODO") instead of failing, until it does. */
static inline void
assert_refused_member_todo (GBytes     *valid,
                            const char *path,
                            const char *value,
                            int         code,
                            const char *words)
{
  g_autoptr(GBytes) bytes = with_member (valid, path, value);
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutSession) session = load (bytes, &error);

  if (session != NULL)
    {
      g_autofree char *msg = g_strdup_printf ("%s = %s loads instead of failing", path, value ? value : "(removed)");

      g_test_message ("TODO: %s", msg);
      g_test_incomplete (msg);
      return;
    }
  assert_refused (bytes, code, words);
}

static inline ReadoutSession *
assert_loads (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  ReadoutSession *session = load (bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (session);
  g_assert_nonnull (readout_session_get_comparison (session));
  return session;
}

static inline guint
n_items (GListModel *model)
{
  return g_list_model_get_n_items (model);
}

static inline gboolean
same_texts (ReadoutSession *a,
            ReadoutSession *b)
{
  GListModel *x = readout_comparison_get_analyses (readout_session_get_comparison (a));
  GListModel *y = readout_comparison_get_analyses (readout_session_get_comparison (b));

  if (n_items (x) != n_items (y))
    return FALSE;
  for (guint i = 0; i < n_items (x); i++)
    {
      g_autoptr(ReadoutAnalysis) p = g_list_model_get_item (x, i);
      g_autoptr(ReadoutAnalysis) q = g_list_model_get_item (y, i);

      if (g_strcmp0 (readout_document_get_text (readout_analysis_get_document (p)),
                     readout_document_get_text (readout_analysis_get_document (q))) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Every span of every statement lies inside its document's text. */
static inline void
assert_spans_inside (ReadoutSession *session)
{
  ReadoutComparison *comparison = readout_session_get_comparison (session);
  GListModel *statements = readout_comparison_get_statements (comparison);

  for (guint i = 0; i < n_items (statements); i++)
    {
      g_autoptr(ReadoutStatement) st = g_list_model_get_item (statements, i);
      guint d = readout_comparison_get_statement_document (comparison, st);
      g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (readout_comparison_get_analyses (comparison), d);
      guint length = readout_document_get_length (readout_analysis_get_document (analysis));

      g_assert_cmpuint (readout_statement_get_start (st), <, readout_statement_get_end (st));
      g_assert_cmpuint (readout_statement_get_end (st), <=, length);
      g_assert_cmpuint (readout_statement_get_cue_start (st), <=, readout_statement_get_cue_end (st));
      g_assert_cmpuint (readout_statement_get_cue_end (st), <=, length);
      g_assert_cmpuint (readout_statement_get_source_end (st), <=, length);
    }
}
