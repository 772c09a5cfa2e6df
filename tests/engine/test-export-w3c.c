/* test-export-w3c.c — the W3C Web Annotation export
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two readouts the team wrote of an invented meeting between Norway and
 * Iceland; one has a web address, the other none; one has a fish emoji
 * (outside the Basic Multilingual Plane) before a statement, so that code
 * points, UTF-16 units and bytes all differ there. Checks the members the
 * Web Annotation Data Model requires and that every selector finds its
 * statement again in the document's text.
 */

#include "config.h"

#include <string.h>

#include "readout-engine.h"
#include "readout-session.h"
#include "test-util.h"

static const char * const oslo[] = {
  "\u201cWe will not accept any quota that ignores the scientists\u2019 advice,\u201d Norwegian Foreign Minister Ingrid Solberg told reporters in Troms\u00f8.",
  "Solberg said on Tuesday the two countries had agreed to resume talks on the Arctic cod quota in March.",
  "Icelandic Foreign Minister Gunnar Einarsson rejected the proposed cut, saying the stock was healthier than Norway claimed.",
  NULL
};

static const char * const reykjavik[] = {
  "Fishing crews in the north greeted the news with a \U0001F41F on their flags.",
  "Icelandic Foreign Minister Gunnar Einarsson described the talks with Norway as frank and said Iceland would not sign a deal that cut its quota.",
  "Einarsson said Reykjav\u00edk was ready to share new survey data with Norway",
  NULL
};

#define OSLO_URL "https://wire.example.org/2026/cod-talks"

/* "Cod talks", with a web address when @url is given. */
static ReadoutAnalysis *
analyse (const char * const *paragraphs,
         const char         *url)
{
  ReadoutAnalysis *analysis = test_util_analyse (paragraphs, "Cod talks");

  if (url != NULL)
    readout_document_set_url (readout_analysis_get_document (analysis), url);
  return analysis;
}

static ReadoutComparison *
compare_both (void)
{
  g_autoptr(ReadoutAnalysis) a = analyse (oslo, OSLO_URL);
  g_autoptr(ReadoutAnalysis) b = analyse (reykjavik, NULL);

  return test_util_compare (a, b, NULL);
}

/* The export, printed and parsed again: what a consumer reads. */
static JsonNode *
export_session (ReadoutSession *session)
{
  g_autoptr(JsonNode) node = readout_session_export_w3c (session);
  g_autofree char *text = json_to_string (node, TRUE);
  g_autoptr(GError) error = NULL;
  JsonNode *parsed = json_from_string (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (parsed);
  return parsed;
}

/* The same for a session without annotations. */
static JsonNode *
export_reparsed (ReadoutComparison *comparison)
{
  g_autoptr(ReadoutSession) session = readout_session_new (comparison);

  return export_session (session);
}

static const char *
member (JsonObject *object,
        const char *name)
{
  g_assert_true (json_object_has_member (object, name));
  return json_object_get_string_member (object, name);
}

static gboolean
is_urn_uuid (const char *id)
{
  return id != NULL && g_str_has_prefix (id, "urn:uuid:") && g_uuid_string_is_valid (id + 9);
}

static void
test_collection (void)
{
  g_autoptr(ReadoutComparison) comparison = compare_both ();
  g_autoptr(JsonNode) root = export_reparsed (comparison);
  JsonObject *collection = json_node_get_object (root);
  JsonObject *page;
  JsonArray *items;
  guint n = g_list_model_get_n_items (readout_comparison_get_statements (comparison));
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (n, >=, 5);
  g_assert_cmpstr (member (collection, "@context"), ==, "http://www.w3.org/ns/anno.jsonld");
  g_assert_cmpstr (member (collection, "type"), ==, "AnnotationCollection");
  g_assert_true (is_urn_uuid (member (collection, "id")));
  g_assert_cmpint (json_object_get_int_member (collection, "total"), ==, n);
  page = json_object_get_object_member (collection, "first");
  g_assert_nonnull (page);
  g_assert_cmpstr (member (page, "type"), ==, "AnnotationPage");
  g_assert_true (is_urn_uuid (member (page, "id")));
  g_assert_cmpint (json_object_get_int_member (page, "startIndex"), ==, 0);
  items = json_object_get_array_member (page, "items");
  g_assert_cmpuint (json_array_get_length (items), ==, n);

  for (guint i = 0; i < n; i++)
    {
      JsonObject *annotation = json_array_get_object_element (items, i);
      JsonObject *creator = json_object_get_object_member (annotation, "creator");
      const char *id = member (annotation, "id");
      g_autoptr(GDateTime) created = NULL;

      /* Required: id (an IRI), type, target; the context only once, at
       * the top. */
      g_assert_true (is_urn_uuid (id));
      g_assert_false (g_hash_table_contains (ids, id));
      g_hash_table_add (ids, (gpointer)id);
      g_assert_cmpstr (member (annotation, "type"), ==, "Annotation");
      g_assert_false (json_object_has_member (annotation, "@context"));
      g_assert_true (json_object_has_member (annotation, "target"));
      g_assert_cmpstr (member (annotation, "motivation"), ==, "classifying");
      g_assert_cmpstr (member (creator, "type"), ==, "Software");
      g_assert_cmpstr (member (creator, "name"), ==, "Readout");
      created = g_date_time_new_from_iso8601 (member (annotation, "created"), NULL);
      g_assert_nonnull (created);
    }
}

/* The annotation's statement: the one at its position in its document. */
static ReadoutStatement *
statement_of (ReadoutComparison *comparison,
              guint              index)
{
  GListModel *statements = readout_comparison_get_statements (comparison);

  return g_list_model_get_item (statements, index);
}

static void
test_bodies (void)
{
  g_autoptr(ReadoutComparison) comparison = compare_both ();
  g_autoptr(JsonNode) root = export_reparsed (comparison);
  JsonArray *items = json_object_get_array_member (json_object_get_object_member (json_node_get_object (root), "first"), "items");
  gboolean saw_tone = FALSE;

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      g_autoptr(ReadoutStatement) s = statement_of (comparison, i);
      JsonArray *bodies = json_object_get_array_member (json_array_get_object_element (items, i), "body");
      g_autofree char *act = g_strconcat ("act:", readout_act_to_string (readout_statement_get_act (s)), NULL);
      ReadoutParty *party = readout_statement_get_party (s);
      g_autofree char *party_tag = party ? g_strconcat ("party:", readout_party_get_id (party), NULL) : NULL;
      gboolean has_act = FALSE, has_party = FALSE, has_description = FALSE;

      g_assert_cmpuint (json_array_get_length (bodies), >=, 2);
      for (guint k = 0; k < json_array_get_length (bodies); k++)
        {
          JsonObject *body = json_array_get_object_element (bodies, k);
          const char *purpose = member (body, "purpose");
          const char *value = member (body, "value");

          g_assert_cmpstr (member (body, "type"), ==, "TextualBody");
          g_assert_nonnull (value);
          if (g_str_equal (purpose, "describing"))
            {
              g_assert_cmpstr (member (body, "format"), ==, "text/plain");
              g_assert_nonnull (strstr (value, readout_comparison_get_statement_key (comparison, s)));
              has_description = TRUE;
            }
          else
            {
              g_assert_cmpstr (purpose, ==, "tagging");
              has_act |= g_str_equal (value, act);
              has_party |= g_strcmp0 (value, party_tag) == 0;
              saw_tone |= g_str_equal (value, "tone:frank");
            }
        }
      g_assert_true (has_description);
      g_assert_true (has_act);
      g_assert_true (has_party == (party != NULL));
    }
  g_assert_true (saw_tone);
}

static void
test_selectors (void)
{
  g_autoptr(ReadoutComparison) comparison = compare_both ();
  g_autoptr(JsonNode) root = export_reparsed (comparison);
  JsonArray *items = json_object_get_array_member (json_object_get_object_member (json_node_get_object (root), "first"), "items");
  GListModel *analyses = readout_comparison_get_analyses (comparison);
  guint clipped = 0;
  gboolean after_fish = FALSE;

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      g_autoptr(ReadoutStatement) s = statement_of (comparison, i);
      guint d = readout_comparison_get_statement_document (comparison, s);
      g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (analyses, d);
      ReadoutDocument *document = readout_analysis_get_document (analysis);
      const char *text = readout_document_get_text (document);
      JsonObject *target = json_object_get_object_member (json_array_get_object_element (items, i), "target");
      JsonArray *selectors = json_object_get_array_member (target, "selector");
      JsonObject *quote = json_array_get_object_element (selectors, 0);
      JsonObject *position = json_array_get_object_element (selectors, 1);
      const char *prefix = json_object_get_string_member_with_default (quote, "prefix", "");
      const char *suffix = json_object_get_string_member_with_default (quote, "suffix", "");
      const char *exact = member (quote, "exact");
      gint64 start = json_object_get_int_member (position, "start");
      gint64 end = json_object_get_int_member (position, "end");
      g_autofree char *slice = NULL;
      g_autofree char *expected_prefix = NULL;
      g_autofree char *expected_suffix = NULL;
      g_autofree char *context = NULL;
      const char *hit;
      const char *fish;

      /* The source: the web address, else the text's hash. */
      if (d == 0)
        g_assert_cmpstr (member (target, "source"), ==, OSLO_URL);
      else
        {
          g_autofree char *urn = g_strconcat ("urn:sha256:", readout_document_get_sha256 (document), NULL);

          g_assert_cmpstr (member (target, "source"), ==, urn);
          g_assert_cmpuint (strlen (urn), ==, 11 + 64);
        }
      g_assert_cmpstr (member (target, "type"), ==, "SpecificResource");
      g_assert_cmpuint (json_array_get_length (selectors), ==, 2);
      g_assert_cmpstr (member (quote, "type"), ==, "TextQuoteSelector");
      g_assert_cmpstr (member (position, "type"), ==, "TextPositionSelector");

      /* Position: code points, end exclusive, over the normalised text. */
      g_assert_cmpint (start, ==, readout_statement_get_start (s));
      g_assert_cmpint (end, ==, readout_statement_get_end (s));
      slice = g_utf8_substring (text, start, end);
      g_assert_cmpstr (slice, ==, exact);
      g_assert_cmpstr (exact, ==, readout_statement_get_text (s));

      /* Quote: 32 code points either side, fewer at the ends of the text. */
      expected_prefix = g_utf8_substring (text, MAX (0, start - READOUT_W3C_CONTEXT_LENGTH), start);
      expected_suffix = g_utf8_substring (text, end, MIN (end + READOUT_W3C_CONTEXT_LENGTH,
                                                          g_utf8_strlen (text, -1)));
      g_assert_cmpstr (prefix, ==, expected_prefix);
      g_assert_cmpstr (suffix, ==, expected_suffix);
      g_assert_cmpint (g_utf8_strlen (prefix, -1), <=, READOUT_W3C_CONTEXT_LENGTH);
      g_assert_cmpint (g_utf8_strlen (suffix, -1), <=, READOUT_W3C_CONTEXT_LENGTH);
      if (g_utf8_strlen (prefix, -1) < READOUT_W3C_CONTEXT_LENGTH ||
          g_utf8_strlen (suffix, -1) < READOUT_W3C_CONTEXT_LENGTH)
        clipped++;

      /* Re-anchoring by the quote alone finds the same place. */
      context = g_strconcat (prefix, exact, suffix, NULL);
      hit = strstr (text, context);
      g_assert_nonnull (hit);
      g_assert_null (strstr (hit + 1, context));
      g_assert_cmpint (g_utf8_pointer_to_offset (text, hit) + g_utf8_strlen (prefix, -1), ==, start);
      fish = strstr (text, "\U0001F41F");
      if (fish != NULL && g_utf8_pointer_to_offset (text, fish) < start)
        after_fish = TRUE;
    }
  /* The edge cases were exercised: a quote at the start or end of a text,
   * and positions after a character outside the BMP. */
  g_assert_cmpuint (clipped, >=, 1);
  g_assert_true (after_fish);
}

static JsonObject *
body_with (JsonArray  *bodies,
           const char *purpose,
           guint       nth)
{
  for (guint k = 0; k < json_array_get_length (bodies); k++)
    {
      JsonObject *body = json_array_get_object_element (bodies, k);

      if (g_str_equal (member (body, "purpose"), purpose) && nth-- == 0)
        return body;
    }
  return NULL;
}

/* The user's annotations follow the statements: a note and two tags on a
 * statement after the fish emoji, and a bare highlight on a passage. */
static void
test_annotations (void)
{
  g_autoptr(ReadoutComparison) comparison = compare_both ();
  g_autoptr(ReadoutSession) session = readout_session_new (comparison);
  GListModel *statements = readout_comparison_get_statements (comparison);
  guint n = g_list_model_get_n_items (statements);
  g_autoptr(ReadoutStatement) last = g_list_model_get_item (statements, n - 1);
  g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (readout_comparison_get_analyses (comparison), 1);
  ReadoutDocument *document = readout_analysis_get_document (analysis);
  const char *text = readout_document_get_text (document);
  g_autofree char *urn = g_strconcat ("urn:sha256:", readout_document_get_sha256 (document), NULL);
  g_autoptr(JsonNode) root = NULL;
  ReadoutAnnotation *note, *highlight;
  ReadoutTag *evasive, *numbers;
  JsonObject *collection, *item, *target, *creator, *quote, *position;
  JsonArray *items, *bodies, *selectors;
  g_autofree char *slice = NULL;
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) modified = NULL;
  g_autofree char *span = NULL;

  g_assert_cmpuint (readout_comparison_get_statement_document (comparison, last), ==, 1);
  readout_session_set_author (session, "Ana Lima");
  evasive = readout_session_add_tag (session, "Evasive", "orange");
  numbers = readout_session_add_tag (session, "Numbers", "green");
  note = readout_session_annotate_statement (session, last);
  readout_annotation_set_note (note, "Ask which survey.\nAnd when.");
  readout_annotation_add_tag (note, readout_tag_get_id (evasive));
  readout_annotation_add_tag (note, readout_tag_get_id (numbers));
  readout_annotation_set_status (note, READOUT_ANNOTATION_STATUS_NEEDS_CHECK);
  highlight = readout_session_annotate_passage (session, 1, 0, 7);
  g_assert_nonnull (highlight);

  root = export_session (session);
  collection = json_node_get_object (root);
  items = json_object_get_array_member (json_object_get_object_member (collection, "first"), "items");
  g_assert_cmpuint (json_array_get_length (items), ==, n + 2);
  g_assert_cmpint (json_object_get_int_member (collection, "total"), ==, n + 2);

  item = json_array_get_object_element (items, n);
  g_assert_true (is_urn_uuid (member (item, "id")));
  g_assert_cmpstr (member (item, "type"), ==, "Annotation");
  g_assert_cmpstr (member (item, "motivation"), ==, "commenting");
  creator = json_object_get_object_member (item, "creator");
  g_assert_cmpstr (member (creator, "type"), ==, "Person");
  g_assert_cmpstr (member (creator, "name"), ==, "Ana Lima");
  created = g_date_time_new_from_iso8601 (member (item, "created"), NULL);
  g_assert_nonnull (created);
  modified = g_date_time_new_from_iso8601 (member (item, "modified"), NULL);
  g_assert_nonnull (modified);
  bodies = json_object_get_array_member (item, "body");
  g_assert_cmpstr (member (body_with (bodies, "commenting", 0), "value"), ==, "Ask which survey.\nAnd when.");
  g_assert_cmpstr (member (body_with (bodies, "commenting", 0), "type"), ==, "TextualBody");
  g_assert_cmpstr (member (body_with (bodies, "tagging", 0), "value"), ==, "Evasive");
  g_assert_cmpstr (member (body_with (bodies, "tagging", 1), "value"), ==, "Numbers");
  g_assert_cmpstr (member (body_with (bodies, "assessing", 0), "value"), ==, "needs-check");

  /* The statement's own span, after a character outside the BMP. */
  target = json_object_get_object_member (item, "target");
  g_assert_cmpstr (member (target, "source"), ==, urn);
  selectors = json_object_get_array_member (target, "selector");
  g_assert_cmpuint (json_array_get_length (selectors), ==, 2);
  quote = json_array_get_object_element (selectors, 0);
  position = json_array_get_object_element (selectors, 1);
  g_assert_cmpstr (member (quote, "type"), ==, "TextQuoteSelector");
  g_assert_cmpstr (member (position, "type"), ==, "TextPositionSelector");
  g_assert_cmpint (json_object_get_int_member (position, "start"), ==, readout_statement_get_start (last));
  g_assert_cmpint (json_object_get_int_member (position, "end"), ==, readout_statement_get_end (last));
  g_assert_cmpstr (member (quote, "exact"), ==, readout_statement_get_text (last));
  span = g_utf8_substring (text, readout_statement_get_start (last), readout_statement_get_end (last));
  g_assert_cmpstr (member (quote, "exact"), ==, span);

  /* A highlight alone: no body, motivation highlighting. */
  item = json_array_get_object_element (items, n + 1);
  g_assert_cmpstr (member (item, "motivation"), ==, "highlighting");
  g_assert_false (json_object_has_member (item, "body"));
  position = json_array_get_object_element (json_object_get_array_member (json_object_get_object_member (item, "target"),
                                                                          "selector"), 1);
  g_assert_cmpint (json_object_get_int_member (position, "start"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (position, "end"), ==, 7);
  quote = json_array_get_object_element (json_object_get_array_member (json_object_get_object_member (item, "target"),
                                                                       "selector"), 0);
  slice = g_utf8_substring (text, 0, 7);
  g_assert_cmpstr (member (quote, "exact"), ==, slice);
}

static void
test_empty (void)
{
  g_autoptr(GListStore) analyses = g_list_store_new (READOUT_TYPE_ANALYSIS);
  g_autoptr(ReadoutComparison) comparison = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *collection;

  comparison = readout_comparison_new (G_LIST_MODEL (analyses), NULL, &error);
  g_assert_no_error (error);
  root = export_reparsed (comparison);
  collection = json_node_get_object (root);
  g_assert_cmpint (json_object_get_int_member (collection, "total"), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_object_get_object_member (collection, "first"), "items")), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  readout_engine_init ();

  g_test_add_func ("/export-w3c/collection", test_collection);
  g_test_add_func ("/export-w3c/bodies", test_bodies);
  g_test_add_func ("/export-w3c/selectors", test_selectors);
  g_test_add_func ("/export-w3c/annotations", test_annotations);
  g_test_add_func ("/export-w3c/empty", test_empty);

  return g_test_run ();
}
