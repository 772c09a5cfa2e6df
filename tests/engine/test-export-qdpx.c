/* test-export-qdpx.c — the ZIP writer and the REFI-QDA project export
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two readouts the team wrote of an invented meeting between Norway and
 * Iceland on a cod quota, with curly quotes and accented letters so that
 * code points and bytes differ. The project is validated against the
 * REFI-QDA Project.xsd, which is read at run time from the shared folder
 * next to the checkout (or $READOUT_REFI_QDA_SCHEMA) and skipped when
 * missing, and the archive is checked with Python's zipfile and unzip.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <string.h>

#include "readout-engine.h"
#include "readout-session.h"
#include "readout-zip-private.h"
#include "test-util.h"

#define QDA_NAMESPACE "urn:QDA-XML:project:1.0"

static const char * const oslo[] = {
  "Norwegian Foreign Minister Ingrid Solberg said on Tuesday the two countries had agreed to resume talks on the Arctic cod quota in March.",
  "\u201cWe will not accept any quota that ignores the scientists\u2019 advice,\u201d Solberg told reporters after the meeting in Troms\u00f8.",
  "Icelandic Foreign Minister Gunnar Einarsson rejected the proposed cut, saying the stock was healthier than Norway claimed.",
  NULL
};

static const char * const reykjavik[] = {
  "Icelandic Foreign Minister Gunnar Einarsson described the talks with Norway as frank and said Iceland would not sign a deal that cut its quota.",
  "Einarsson said Reykjav\u00edk was ready to share new survey data with Norway before the March talks on the cod quota.",
  NULL
};

/* ZIP */

static void
test_crc32 (void)
{
  /* The check value of CRC-32/ISO-HDLC, and the same in two pieces. */
  g_assert_cmphex (_readout_crc32 (0, "123456789", 9), ==, 0xCBF43926);
  g_assert_cmphex (_readout_crc32 (_readout_crc32 (0, "1234", 4), "56789", 5), ==, 0xCBF43926);
  g_assert_cmphex (_readout_crc32 (0, "", 0), ==, 0);
  g_assert_cmphex (_readout_crc32 (0, "The quick brown fox jumps over the lazy dog", 43), ==, 0x414FA339);
}

static GBytes *
sample_archive (void)
{
  g_autoptr(ReadoutZip) zip = _readout_zip_new (NULL);
  const char *text = "Troms\u00f8 \u201cquota\u201d\n";
  g_autoptr(GError) error = NULL;

  g_assert_true (_readout_zip_add (zip, "project.qde", "<Project/>", 10, &error));
  g_assert_true (_readout_zip_add (zip, "sources/Troms\u00f8.txt", text, strlen (text), &error));
  g_assert_true (_readout_zip_add (zip, "sources/empty.txt", NULL, 0, &error));
  g_assert_no_error (error);
  return _readout_zip_finish (zip);
}

static void
test_zip_round_trip (void)
{
  g_autoptr(GBytes) archive = sample_archive ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = _readout_zip_list (archive, &error);
  g_autoptr(GBytes) text = NULL;
  g_autoptr(GBytes) empty = NULL;
  const guint8 *data = g_bytes_get_data (archive, NULL);

  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (names), ==, 3);
  g_assert_cmpstr (names[0], ==, "project.qde");
  g_assert_cmpstr (names[1], ==, "sources/Troms\u00f8.txt");
  /* A local header, stored, with the UTF-8 flag. */
  g_assert_cmpmem (data, 4, "PK\3\4", 4);
  g_assert_cmpuint (data[6] | data[7] << 8, ==, 0x0800);
  g_assert_cmpuint (data[8] | data[9] << 8, ==, 0);

  text = _readout_zip_read (archive, "sources/Troms\u00f8.txt", &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (text, NULL), g_bytes_get_size (text),
                   "Troms\u00f8 \u201cquota\u201d\n", strlen ("Troms\u00f8 \u201cquota\u201d\n"));
  empty = _readout_zip_read (archive, "sources/empty.txt", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (empty), ==, 0);
  g_assert_null (_readout_zip_read (archive, "sources/missing.txt", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
test_zip_bad_names (void)
{
  g_autoptr(ReadoutZip) zip = _readout_zip_new (NULL);
  const char * const bad[] = { "", "/etc/passwd", "../up.txt", "a/../../b", "sources/..", "a\\b",
                               "folder/", "project.qde", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) archive = NULL;
  g_auto(GStrv) names = NULL;

  g_assert_true (_readout_zip_add (zip, "project.qde", "x", 1, &error));
  for (guint i = 0; bad[i] != NULL; i++)
    {
      g_assert_false (_readout_zip_add (zip, bad[i], "x", 1, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
      g_clear_error (&error);
    }
  /* Dots inside a name are fine. */
  g_assert_true (_readout_zip_add (zip, "sources/a..b.txt", "y", 1, &error));
  archive = _readout_zip_finish (zip);
  names = _readout_zip_list (archive, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (names), ==, 2);
}

static void
test_zip_damaged (void)
{
  g_autoptr(GBytes) archive = sample_archive ();
  gsize size;
  const guint8 *data = g_bytes_get_data (archive, &size);
  g_autofree guint8 *copy = g_memdup2 (data, size);
  g_autoptr(GBytes) flipped = NULL;
  g_autoptr(GBytes) truncated = NULL;
  g_autoptr(GBytes) junk = g_bytes_new_static ("not a zip archive at all, just words", 36);
  g_autoptr(GError) error = NULL;
  guint8 *hit = memmem (copy, size, "<Project/>", 10);

  g_assert_nonnull (hit);
  hit[1] = 'p';
  flipped = g_bytes_new (copy, size);
  g_assert_null (_readout_zip_read (flipped, "project.qde", &error));
  g_assert_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED);
  g_clear_error (&error);

  truncated = g_bytes_new (data, size - 5);
  g_assert_null (_readout_zip_list (truncated, &error));
  g_assert_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED);
  g_clear_error (&error);

  g_assert_null (_readout_zip_list (junk, &error));
  g_assert_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED);
}

/* Every truncation and every single-byte change of an archive is either
 * read or refused with an error; never read out of bounds (ASan). */
static void
test_zip_hostile (void)
{
  g_autoptr(GBytes) archive = sample_archive ();
  gsize size;
  const guint8 *data = g_bytes_get_data (archive, &size);
  g_autofree guint8 *copy = g_memdup2 (data, size);
  guint refused = 0;

  for (gsize cut = 0; cut < size; cut++)
    {
      g_autoptr(GBytes) part = g_bytes_new (data, cut);
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) names = _readout_zip_list (part, &error);

      g_assert_true ((names == NULL) == (error != NULL));
      refused += names == NULL;
    }
  g_assert_cmpuint (refused, ==, size);
  for (gsize at = 0; at < size; at++)
    {
      const guint8 values[] = { 0x00, 0xFF, 0x7F };

      for (guint v = 0; v < G_N_ELEMENTS (values); v++)
        {
          g_autoptr(GBytes) changed = NULL;
          g_autoptr(GError) error = NULL;
          g_auto(GStrv) names = NULL;
          guint8 saved = copy[at];

          copy[at] = values[v];
          changed = g_bytes_new (copy, size);
          copy[at] = saved;
          names = _readout_zip_list (changed, &error);
          g_assert_true ((names == NULL) == (error != NULL));
          for (guint k = 0; names != NULL && names[k] != NULL; k++)
            {
              g_autoptr(GBytes) entry = _readout_zip_read (changed, names[k], NULL);

              if (entry != NULL)
                g_assert_cmpuint (g_bytes_get_size (entry), <=, size);
            }
        }
    }
}

/* Runs /usr/bin/python3's zipfile and unzip -t on @path when they exist;
 * returns how many of the two ran. */
static guint
check_with_tools (const char *path,
                  guint       n_entries)
{
  const char *script =
    "import sys, zipfile\n"
    "z = zipfile.ZipFile(sys.argv[1])\n"
    "assert z.testzip() is None\n"
    "assert all(i.compress_type == zipfile.ZIP_STORED for i in z.infolist())\n"
    "assert all(i.flag_bits & 0x800 for i in z.infolist())\n"
    "print(len(z.namelist()))\n";
  guint ran = 0;

  if (g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    {
      const char *argv[] = { "/usr/bin/python3", "-c", script, path, NULL };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *expected = g_strdup_printf ("%u\n", n_entries);
      g_autoptr(GError) error = NULL;
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                   &out, &err, &status, &error));
      g_assert_no_error (error);
      if (!g_spawn_check_wait_status (status, NULL))
        g_test_fail_printf ("python3 zipfile: %s", err);
      g_assert_cmpstr (out, ==, expected);
      ran++;
    }
  if (g_file_test ("/usr/bin/unzip", G_FILE_TEST_IS_EXECUTABLE))
    {
      const char *argv[] = { "/usr/bin/unzip", "-tq", path, NULL };
      g_autofree char *out = NULL;
      g_autoptr(GError) error = NULL;
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                                   &out, NULL, &status, &error));
      g_assert_no_error (error);
      if (!g_spawn_check_wait_status (status, NULL))
        g_test_fail_printf ("unzip -t: %s", out);
      ran++;
    }
  return ran;
}

static void
test_zip_tools (void)
{
  g_autoptr(GBytes) archive = sample_archive ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("readout-zip-XXXXXX", &error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "sample.zip", NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (archive, NULL), g_bytes_get_size (archive),
                                      &error));
  if (check_with_tools (path, 3) == 0)
    g_test_skip ("neither /usr/bin/python3 nor /usr/bin/unzip is installed");
  g_unlink (path);
  g_rmdir (dir);
}

/* The comparison */

/* The project of @comparison in a session without annotations. */
static GBytes *
to_qdpx (ReadoutComparison  *comparison,
         GError            **error)
{
  g_autoptr(ReadoutSession) session = readout_session_new (comparison);

  return readout_session_to_qdpx (session, error);
}

static ReadoutComparison *
compare_both (void)
{
  /* Markup in a title must come out escaped. */
  g_autoptr(ReadoutAnalysis) a = test_util_analyse (oslo, "Oslo readout <cod & \"quota\">");
  g_autoptr(ReadoutAnalysis) b = test_util_analyse (reykjavik, "Reykjav\u00edk readout");

  return test_util_compare (a, b, NULL);
}

static xmlDocPtr
project_of (GBytes *archive)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) qde = _readout_zip_read (archive, "project.qde", &error);
  xmlDocPtr doc;

  g_assert_no_error (error);
  doc = xmlReadMemory (g_bytes_get_data (qde, NULL), g_bytes_get_size (qde), "project.qde", "UTF-8",
                       XML_PARSE_NONET | XML_PARSE_NOBLANKS);
  g_assert_nonnull (doc);
  return doc;
}

static gboolean
is (xmlNodePtr  node,
    const char *name)
{
  return node->type == XML_ELEMENT_NODE && xmlStrEqual (node->name, BAD_CAST name) &&
         node->ns != NULL && xmlStrEqual (node->ns->href, BAD_CAST QDA_NAMESPACE);
}

static xmlNodePtr
child (xmlNodePtr  node,
       const char *name)
{
  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    if (is (c, name))
      return c;
  return NULL;
}

static char *
prop (xmlNodePtr  node,
      const char *name)
{
  xmlChar *value = xmlGetProp (node, BAD_CAST name);
  char *copy = g_strdup ((const char *)value);

  xmlFree (value);
  return copy;
}

/* Every Code's GUID → name, and whether it may be applied. */
static void
collect_codes (xmlNodePtr  parent,
               GHashTable *names,
               GHashTable *codable)
{
  for (xmlNodePtr c = parent->children; c != NULL; c = c->next)
    if (is (c, "Code"))
      {
        char *guid = prop (c, "guid");
        g_autofree char *flag = prop (c, "isCodable");

        g_assert_nonnull (guid);
        g_assert_false (g_hash_table_contains (names, guid));
        g_hash_table_insert (names, guid, prop (c, "name"));
        if (g_strcmp0 (flag, "true") == 0)
          g_hash_table_add (codable, g_strdup (guid));
        collect_codes (c, names, codable);
      }
}

static gboolean
has_value (GHashTable *table,
           const char *value)
{
  GHashTableIter iter;
  gpointer v;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, NULL, &v))
    if (g_strcmp0 (v, value) == 0)
      return TRUE;
  return FALSE;
}

static ReadoutStatement *
statement_at (ReadoutComparison *comparison,
              guint              document,
              guint              start,
              guint              end)
{
  GListModel *statements = readout_comparison_get_statements (comparison);

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ReadoutStatement) s = g_list_model_get_item (statements, i);

      if (readout_comparison_get_statement_document (comparison, s) == document &&
          readout_statement_get_start (s) == start && readout_statement_get_end (s) == end)
        return s;
    }
  return NULL;
}

static void
test_qdpx_structure (void)
{
  g_autoptr(ReadoutComparison) comparison = compare_both ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) archive = to_qdpx (comparison, &error);
  g_auto(GStrv) entries = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) codable = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) selected = g_hash_table_new (NULL, NULL);
  g_autofree char *user = NULL;
  g_autofree char *project_name = NULL;
  xmlDocPtr doc;
  xmlNodePtr root;
  xmlNodePtr users;
  guint n_sources = 0;

  g_assert_no_error (error);
  g_assert_nonnull (archive);
  entries = _readout_zip_list (archive, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (entries), ==, 3);
  g_assert_cmpstr (entries[0], ==, "project.qde");

  doc = project_of (archive);
  root = xmlDocGetRootElement (doc);
  g_assert_true (is (root, "Project"));
  project_name = prop (root, "name");
  g_assert_cmpstr (project_name, ==, "Comparison of 2 articles");
  users = child (root, "Users");
  g_assert_nonnull (users);
  user = prop (child (users, "User"), "guid");
  g_assert_true (g_uuid_string_is_valid (user));

  collect_codes (child (child (root, "CodeBook"), "Codes"), names, codable);
  g_assert_true (has_value (names, "Party: Norway (NOR)"));
  g_assert_true (has_value (names, "Party: Iceland (ISL)"));
  g_assert_true (has_value (names, "Act: REJECT"));
  g_assert_true (has_value (names, "Act: CHARACTERIZE"));
  g_assert_true (has_value (names, "Tone: Frank"));
  g_assert_true (has_value (names, "Speaker: Gunnar Einarsson"));
  g_assert_true (has_value (names, "Parties"));

  for (xmlNodePtr source = child (root, "Sources")->children; source != NULL; source = source->next)
    {
      g_autoptr(ReadoutAnalysis) analysis = NULL;
      g_autofree char *guid = prop (source, "guid");
      g_autofree char *path = prop (source, "plainTextPath");
      g_autofree char *entry = g_strconcat ("sources/", guid, ".txt", NULL);
      g_autofree char *expected_path = g_strconcat ("internal://", guid, ".txt", NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *text = NULL;
      guint d = n_sources++;

      g_assert_true (is (source, "TextSource"));
      g_assert_cmpstr (path, ==, expected_path);
      bytes = _readout_zip_read (archive, entry, &error);
      g_assert_no_error (error);
      text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      analysis = g_list_model_get_item (readout_comparison_get_analyses (comparison), d);
      g_assert_cmpstr (text, ==, readout_document_get_text (readout_analysis_get_document (analysis)));
      g_assert_false (g_str_has_prefix (text, "\xef\xbb\xbf"));

      for (xmlNodePtr sel = source->children; sel != NULL; sel = sel->next)
        {
          g_autofree char *start_s = NULL;
          g_autofree char *end_s = NULL;
          g_autofree char *slice = NULL;
          g_autofree char *creator = NULL;
          g_autofree char *description = NULL;
          ReadoutStatement *statement;
          guint n_codings = 0;
          gboolean has_act = FALSE;
          guint start, end;

          if (!is (sel, "PlainTextSelection"))
            continue;
          start_s = prop (sel, "startPosition");
          end_s = prop (sel, "endPosition");
          start = atoi (start_s);
          end = atoi (end_s);
          /* Code points, end exclusive: the slice is the statement. */
          statement = statement_at (comparison, d, start, end);
          g_assert_nonnull (statement);
          g_hash_table_add (selected, statement);
          slice = g_utf8_substring (text, start, end);
          g_assert_cmpstr (slice, ==, readout_statement_get_text (statement));
          creator = prop (sel, "creatingUser");
          g_assert_cmpstr (creator, ==, user);
          description = (char *)xmlNodeGetContent (child (sel, "Description"));
          g_assert_nonnull (strstr (description, "Speaker: "));
          g_assert_nonnull (strstr (description, readout_comparison_get_statement_key (comparison, statement)));
          for (xmlNodePtr c = sel->children; c != NULL; c = c->next)
            if (is (c, "Coding"))
              {
                g_autofree char *target = prop (child (c, "CodeRef"), "targetGUID");
                const char *name = g_hash_table_lookup (names, target);

                g_assert_true (g_hash_table_contains (codable, target));
                if (g_str_has_prefix (name, "Act: "))
                  {
                    g_assert_cmpstr (name + 5, ==, readout_act_to_string (readout_statement_get_act (statement)));
                    has_act = TRUE;
                  }
                if (g_str_has_prefix (name, "Party: "))
                  g_assert_nonnull (strstr (name, readout_party_get_id (readout_statement_get_party (statement))));
                n_codings++;
              }
          g_assert_true (has_act);
          g_assert_cmpuint (n_codings, >=, readout_statement_get_party (statement) ? 2 : 1);
          xmlFree (description);
          description = NULL;
        }
    }
  g_assert_cmpuint (n_sources, ==, 2);
  /* Every statement is a selection. */
  g_assert_cmpuint (g_hash_table_size (selected), ==,
                    g_list_model_get_n_items (readout_comparison_get_statements (comparison)));
  xmlFreeDoc (doc);
}

static char *
schema_path (void)
{
  const char *env = g_getenv ("READOUT_REFI_QDA_SCHEMA");

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  /* G_TEST_SRCDIR is <root>/tests; the standards live in <root>/../shared. */
  return g_test_build_filename (G_TEST_DIST, "..", "..", "shared", "standards", "refi-qda",
                                "Project.xsd", NULL);
}

static void
validate_archive (GBytes *archive)
{
  g_autofree char *path = schema_path ();
  xmlSchemaParserCtxtPtr parser;
  xmlSchemaPtr schema;
  xmlSchemaValidCtxtPtr valid;
  xmlDocPtr doc;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *msg = g_strdup_printf ("REFI-QDA schema not found at %s", path);

      g_test_skip (msg);
      return;
    }
  doc = project_of (archive);
  parser = xmlSchemaNewParserCtxt (path);
  schema = xmlSchemaParse (parser);
  g_assert_nonnull (schema);
  valid = xmlSchemaNewValidCtxt (schema);
  g_assert_cmpint (xmlSchemaValidateDoc (valid, doc), ==, 0);
  xmlSchemaFreeValidCtxt (valid);
  xmlSchemaFree (schema);
  xmlSchemaFreeParserCtxt (parser);
  xmlFreeDoc (doc);
}

static void
validate (ReadoutComparison *comparison)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) archive = to_qdpx (comparison, &error);

  g_assert_no_error (error);
  validate_archive (archive);
}

static void
test_qdpx_schema (void)
{
  g_autoptr(ReadoutComparison) comparison = compare_both ();

  validate (comparison);
}

static void
test_qdpx_schema_empty (void)
{
  g_autoptr(GListStore) analyses = g_list_store_new (READOUT_TYPE_ANALYSIS);
  g_autoptr(ReadoutComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) archive = NULL;
  g_auto(GStrv) entries = NULL;

  comparison = readout_comparison_new (G_LIST_MODEL (analyses), NULL, &error);
  g_assert_no_error (error);
  archive = to_qdpx (comparison, &error);
  g_assert_no_error (error);
  entries = _readout_zip_list (archive, &error);
  g_assert_cmpuint (g_strv_length (entries), ==, 1);
  validate (comparison);
}

/* The team's seed article (read at run time, skipped when missing): real
 * wire copy with curly quotes, every statement a selection whose slice of
 * the source is the statement, and a valid project. */
static void
test_qdpx_seed (void)
{
  g_autofree char *path = test_util_seed_path ();
  g_autoptr(ReadoutImporter) importer = readout_importer_new ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(ReadoutAnalysis) analysis = NULL;
  g_autoptr(GListStore) analyses = g_list_store_new (READOUT_TYPE_ANALYSIS);
  g_autoptr(ReadoutComparison) comparison = NULL;
  g_autoptr(GBytes) archive = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *statements;
  const char *text;
  xmlDocPtr doc;
  xmlNodePtr source;
  guint n = 0;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *msg = g_strdup_printf ("seed article not found at %s", path);

      g_test_skip (msg);
      return;
    }
  file = g_file_new_for_path (path);
  docs = readout_importer_import_file (importer, file, NULL, &error);
  g_assert_no_error (error);
  analysis = readout_analysis_new_for_document (g_ptr_array_index (docs, 0), NULL, &error);
  g_assert_no_error (error);
  g_list_store_append (analyses, analysis);
  comparison = readout_comparison_new (G_LIST_MODEL (analyses), NULL, &error);
  g_assert_no_error (error);
  statements = readout_comparison_get_statements (comparison);
  text = readout_document_get_text (readout_analysis_get_document (analysis));

  archive = to_qdpx (comparison, &error);
  g_assert_no_error (error);
  doc = project_of (archive);
  source = child (child (xmlDocGetRootElement (doc), "Sources"), "TextSource");
  for (xmlNodePtr sel = source->children; sel != NULL; sel = sel->next)
    if (is (sel, "PlainTextSelection"))
      {
        g_autoptr(ReadoutStatement) statement = g_list_model_get_item (statements, n++);
        g_autofree char *start = prop (sel, "startPosition");
        g_autofree char *end = prop (sel, "endPosition");
        g_autofree char *slice = g_utf8_substring (text, atoi (start), atoi (end));

        g_assert_nonnull (statement);
        g_assert_cmpstr (slice, ==, readout_statement_get_text (statement));
      }
  g_assert_cmpuint (n, ==, g_list_model_get_n_items (statements));
  g_assert_cmpuint (n, >=, 10);
  xmlFreeDoc (doc);
  validate (comparison);
}

/* The Note a NoteRef inside @node points at; fails when there is none. */
static xmlNodePtr
note_of (xmlNodePtr root,
         xmlNodePtr node)
{
  g_autofree char *target = prop (child (node, "NoteRef"), "targetGUID");

  g_assert_nonnull (target);
  for (xmlNodePtr n = child (root, "Notes")->children; n != NULL; n = n->next)
    {
      g_autofree char *guid = is (n, "Note") ? prop (n, "guid") : NULL;

      if (g_strcmp0 (guid, target) == 0)
        return n;
    }
  g_assert_not_reached ();
}

static char *
text_of (xmlNodePtr node)
{
  xmlChar *text = xmlNodeGetContent (node);
  char *copy = g_strdup ((const char *)text);

  xmlFree (text);
  return copy;
}

/* A note and a tag on a statement, a note on a passage, and an orphaned
 * annotation: tags as codes with their colours, notes as Notes from the
 * author, the passage as a selection of its own, a valid project. */
static void
test_qdpx_annotations (void)
{
  g_autoptr(ReadoutComparison) comparison = compare_both ();
  g_autoptr(ReadoutSession) session = readout_session_new (comparison);
  g_autoptr(ReadoutStatement) first = g_list_model_get_item (readout_comparison_get_statements (comparison), 0);
  g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (readout_comparison_get_analyses (comparison), 1);
  const char *text = readout_document_get_text (readout_analysis_get_document (analysis));
  guint start = g_utf8_pointer_to_offset (text, strstr (text, "survey data"));
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) codable = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) archive = NULL;
  g_autofree char *ana = NULL;
  g_autofree char *tag_guid = NULL;
  g_autofree char *tag_colour = NULL;
  ReadoutAnnotation *on_statement, *on_passage, *orphan;
  ReadoutTag *tag;
  xmlNodePtr root, sources, selection = NULL, passage = NULL, note;
  xmlDocPtr doc;
  guint n_users = 0;

  readout_session_set_author (session, "Ana Lima");
  tag = readout_session_add_tag (session, "Evasive", "orange");
  on_statement = readout_session_annotate_statement (session, first);
  readout_annotation_set_note (on_statement, "Check <the> & figures");
  readout_annotation_add_tag (on_statement, readout_tag_get_id (tag));
  readout_annotation_set_status (on_statement, READOUT_ANNOTATION_STATUS_VERIFIED);
  on_passage = readout_session_annotate_passage (session, 1, start, start + 11);
  readout_annotation_set_note (on_passage, "Which survey?");
  orphan = readout_session_annotate_passage (session, 0, 0, 9);
  readout_annotation_set_note (orphan, "Lost in a later version");
  readout_annotation_set_anchor (orphan, readout_annotation_get_anchor (orphan), READOUT_ANCHOR_MATCH_ORPHANED);
  g_assert_true (readout_annotation_is_orphaned (orphan));

  archive = readout_session_to_qdpx (session, &error);
  g_assert_no_error (error);
  doc = project_of (archive);
  root = xmlDocGetRootElement (doc);

  for (xmlNodePtr u = child (root, "Users")->children; u != NULL; u = u->next)
    if (is (u, "User"))
      {
        g_autofree char *name = prop (u, "name");

        n_users++;
        if (g_strcmp0 (name, "Ana Lima") == 0)
          ana = prop (u, "guid");
      }
  g_assert_cmpuint (n_users, ==, 2);
  g_assert_nonnull (ana);

  collect_codes (child (child (root, "CodeBook"), "Codes"), names, codable);
  g_assert_true (has_value (names, "Tags"));
  for (xmlNodePtr c = child (child (root, "CodeBook"), "Codes")->children; c != NULL; c = c->next)
    for (xmlNodePtr k = c->children; k != NULL; k = k->next)
      {
        g_autofree char *name = is (k, "Code") ? prop (k, "name") : NULL;

        if (g_strcmp0 (name, "Evasive") == 0)
          {
            tag_guid = prop (k, "guid");
            tag_colour = prop (k, "color");
          }
      }
  g_assert_nonnull (tag_guid);
  g_assert_true (g_hash_table_contains (codable, tag_guid));
  g_assert_cmpstr (tag_colour, ==, readout_color_to_hex ("orange"));

  /* The statement's selection is coded with the tag and points at the
   * note, which the author wrote. */
  sources = child (root, "Sources");
  for (xmlNodePtr sel = child (sources, "TextSource")->children; sel != NULL && selection == NULL; sel = sel->next)
    {
      g_autofree char *s = is (sel, "PlainTextSelection") ? prop (sel, "startPosition") : NULL;
      g_autofree char *e = s ? prop (sel, "endPosition") : NULL;

      if (s && (guint)atoi (s) == readout_statement_get_start (first) &&
          (guint)atoi (e) == readout_statement_get_end (first))
        selection = sel;
    }
  g_assert_nonnull (selection);
  {
    gboolean coded = FALSE;
    g_autofree char *content = NULL;
    g_autofree char *creator = NULL;
    g_autofree char *description = NULL;

    for (xmlNodePtr c = selection->children; c != NULL; c = c->next)
      if (is (c, "Coding"))
        {
          g_autofree char *target = prop (child (c, "CodeRef"), "targetGUID");

          coded |= g_strcmp0 (target, tag_guid) == 0;
        }
    g_assert_true (coded);
    note = note_of (root, selection);
    content = text_of (child (note, "PlainTextContent"));
    creator = prop (note, "creatingUser");
    description = text_of (child (note, "Description"));
    g_assert_cmpstr (content, ==, "Check <the> & figures");
    g_assert_cmpstr (creator, ==, ana);
    g_assert_nonnull (strstr (description, "Verified"));
    g_assert_nonnull (strstr (description, "Evasive"));
  }

  /* The passage: a selection of its own in the second source. */
  for (xmlNodePtr src = sources->children; src != NULL; src = src->next)
    for (xmlNodePtr sel = src->children; sel != NULL; sel = sel->next)
      {
        g_autofree char *s = is (sel, "PlainTextSelection") ? prop (sel, "startPosition") : NULL;
        g_autofree char *e = s ? prop (sel, "endPosition") : NULL;

        if (s && (guint)atoi (s) == start && (guint)atoi (e) == start + 11)
          passage = sel;
      }
  g_assert_nonnull (passage);
  {
    g_autofree char *content = text_of (child (note_of (root, passage), "PlainTextContent"));

    g_assert_cmpstr (content, ==, "Which survey?");
  }

  /* The orphan's note hangs off the project, with the passage it was on. */
  {
    g_autofree char *content = NULL;
    g_autofree char *description = NULL;
    xmlNodePtr ref = NULL;

    for (xmlNodePtr c = root->children; c != NULL; c = c->next)
      if (is (c, "NoteRef"))
        ref = c;
    g_assert_nonnull (ref);
    note = note_of (root, root);
    content = text_of (child (note, "PlainTextContent"));
    description = text_of (child (note, "Description"));
    g_assert_cmpstr (content, ==, "Lost in a later version");
    g_assert_nonnull (strstr (description, "Orphaned"));
    g_assert_nonnull (strstr (description, readout_annotation_get_anchor (orphan)->exact));
  }
  xmlFreeDoc (doc);
  validate_archive (archive);
}

static void
test_qdpx_file (void)
{
  g_autoptr(ReadoutComparison) comparison = compare_both ();
  g_autoptr(ReadoutSession) session = readout_session_new (comparison);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("readout-qdpx-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "cod talks.qdpx", NULL);
  g_autofree char *missing = g_build_filename (dir, "no such folder", "x.qdpx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) nowhere = g_file_new_for_path (missing);

  g_assert_true (readout_session_export_qdpx (session, file, &error));
  g_assert_no_error (error);
  if (check_with_tools (path, 3) == 0)
    g_test_message ("neither /usr/bin/python3 nor /usr/bin/unzip is installed");

  g_assert_false (readout_session_export_qdpx (session, nowhere, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "x.qdpx"));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  readout_engine_init ();

  g_test_add_func ("/zip/crc32", test_crc32);
  g_test_add_func ("/zip/round-trip", test_zip_round_trip);
  g_test_add_func ("/zip/bad-names", test_zip_bad_names);
  g_test_add_func ("/zip/damaged", test_zip_damaged);
  g_test_add_func ("/zip/hostile", test_zip_hostile);
  g_test_add_func ("/zip/tools", test_zip_tools);
  g_test_add_func ("/export-qdpx/structure", test_qdpx_structure);
  g_test_add_func ("/export-qdpx/schema", test_qdpx_schema);
  g_test_add_func ("/export-qdpx/schema-empty", test_qdpx_schema_empty);
  g_test_add_func ("/export-qdpx/seed", test_qdpx_seed);
  g_test_add_func ("/export-qdpx/annotations", test_qdpx_annotations);
  g_test_add_func ("/export-qdpx/file", test_qdpx_file);

  return g_test_run ();
}
