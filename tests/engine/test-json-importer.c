/* test-json-importer.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "readout-engine.h"

static GPtrArray *
import_json (const char  *json,
             GError     **error)
{
  g_autoptr(ReadoutImporter) importer = readout_importer_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return readout_importer_import_bytes (importer, bytes, "test.json", NULL, error);
}

static ReadoutDocument *
import_one (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = import_json (json, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (docs->len, ==, 1);
  g_assert_cmpstr (readout_document_get_format (g_ptr_array_index (docs, 0)), ==, "json");
  return g_object_ref (g_ptr_array_index (docs, 0));
}

static void
test_byline_string (void)
{
  g_autoptr(ReadoutDocument) doc = import_one (
    "{\"title\": \"Talks resume\", \"byline\": \"By Mei Lin and Arjun Rao\","
    " \"date\": 1641830400, \"text\": \"First paragraph.\\nSecond paragraph.\"}");
  const char * const *authors = readout_document_get_authors (doc);

  g_assert_cmpstr (authors[0], ==, "Mei Lin");
  g_assert_cmpstr (authors[1], ==, "Arjun Rao");
  g_assert_null (authors[2]);
  /* Unix time */
  g_assert_cmpstr (readout_document_get_date (doc), ==, "2022-01-10T16:00:00Z");
  /* Without blank lines, every line break ends a paragraph. */
  g_assert_cmpuint (readout_document_get_n_blocks (doc), ==, 2);
  g_assert_cmpstr (readout_document_get_text (doc), ==, "First paragraph.\n\nSecond paragraph.");
}

static void
test_blank_line_paragraphs (void)
{
  /* With blank lines, single line breaks are wrapping inside a paragraph. */
  g_autoptr(ReadoutDocument) doc = import_one (
    "{\"headline\": \"Talks resume\", \"articleBody\": "
    "\"GENEVA (Reuters) - One\\nparagraph.\\n\\nAnother one.\"}");

  g_assert_cmpstr (readout_document_get_text (doc), ==, "GENEVA (Reuters) - One paragraph.\n\nAnother one.");
  g_assert_cmpstr (readout_document_get_dateline (doc), ==, "GENEVA (Reuters)");
  g_assert_cmpstr (readout_document_get_source (doc), ==, "Reuters");
}

static void
test_body_array_and_org_author (void)
{
  g_autoptr(ReadoutDocument) doc = import_one (
    "{\"@type\": \"NewsArticle\", \"headline\": \"Ports reopen\","
    " \"author\": {\"@type\": \"Organization\", \"name\": \"Coastal Newswire\"},"
    " \"articleBody\": [\"Ports reopened on Monday.\", \"Trade resumed.\"]}");

  g_assert_null (readout_document_get_authors (doc)[0]);
  g_assert_cmpstr (readout_document_get_source (doc), ==, "Coastal Newswire");
  g_assert_cmpuint (readout_document_get_n_blocks (doc), ==, 2);
}

static void
test_wrapper_object (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = import_json (
    "{\"status\": \"ok\", \"data\": {\"articles\": ["
    " {\"title\": \"One\", \"content\": \"Text one.\"},"
    " {\"title\": \"Two\", \"content\": \"Text two.\"}]},"
    " \"meta\": {\"text\": \"not an article: no title\"}}", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (docs->len, ==, 2);
  g_assert_cmpstr (readout_document_get_title (g_ptr_array_index (docs, 1)), ==, "Two");
}

static void
test_malformed (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = import_json ("{\"title\": \"x\",\n \"body\": \"abc\"\n \"y\": 1}", &error);

  g_assert_null (docs);
  g_assert_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "test.json"));
  g_assert_nonnull (strstr (error->message, "line 2"));
}

static void
test_deep_nesting (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GPtrArray) docs = NULL;

  for (guint i = 0; i < 10000; i++)
    g_string_append_c (json, '[');
  for (guint i = 0; i < 10000; i++)
    g_string_append_c (json, ']');

  docs = import_json (json->str, &error);
  g_assert_null (docs);
  g_assert_error (error, READOUT_ERROR, READOUT_ERROR_HOSTILE);
  g_assert_nonnull (strstr (error->message, "512"));
}

static void
test_brackets_in_strings (void)
{
  g_autoptr(GString) json = g_string_new ("{\"title\": \"Deep\", \"body\": \"");
  g_autoptr(ReadoutDocument) doc = NULL;

  /* Brackets inside strings are not nesting. */
  for (guint i = 0; i < 2000; i++)
    g_string_append (json, "[{");
  g_string_append (json, "\"}");

  doc = import_one (json->str);
  g_assert_cmpuint (readout_document_get_length (doc), ==, 4000);
}

static void
test_no_content (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error2 = NULL;
  g_autoptr(GPtrArray) docs = import_json ("{\"@type\": \"NewsArticle\", \"headline\": \"Only a title\"}", &error);
  g_autoptr(GPtrArray) docs2 = import_json ("[1, 2, {\"a\": true}]", &error2);

  g_assert_null (docs);
  g_assert_error (error, READOUT_ERROR, READOUT_ERROR_NO_CONTENT);
  g_assert_nonnull (strstr (error->message, "articleBody"));
  g_assert_null (docs2);
  g_assert_error (error2, READOUT_ERROR, READOUT_ERROR_NO_CONTENT);
}

/* Text that merely opens with a bracket is read as plain text. */
static void
test_bracketed_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = import_json (
    "[Advertisement]\n\nPorts reopen along the Baltic coast\n\n"
    "Ports along the Baltic coast reopened on Monday after a week of storms, "
    "harbour officials in three countries said.\n", &error);
  ReadoutDocument *doc;

  g_assert_no_error (error);
  doc = g_ptr_array_index (docs, 0);
  g_assert_cmpstr (readout_document_get_format (doc), ==, "text");
  g_assert_cmpstr (readout_document_get_title (doc), ==, "Ports reopen along the Baltic coast");
  g_assert_true (g_str_has_prefix (readout_document_get_text (doc), "Ports along the Baltic coast reopened"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  readout_engine_init ();

  g_test_add_func ("/json/byline-string", test_byline_string);
  g_test_add_func ("/json/blank-line-paragraphs", test_blank_line_paragraphs);
  g_test_add_func ("/json/body-array-org-author", test_body_array_and_org_author);
  g_test_add_func ("/json/wrapper-object", test_wrapper_object);
  g_test_add_func ("/json/malformed", test_malformed);
  g_test_add_func ("/json/deep-nesting", test_deep_nesting);
  g_test_add_func ("/json/brackets-in-strings", test_brackets_in_strings);
  g_test_add_func ("/json/no-content", test_no_content);
  g_test_add_func ("/json/bracketed-text", test_bracketed_text);

  return g_test_run ();
}
