/* test-corpus.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Data-driven importer suite, in the manner of json-glib's conformance
 * runner: every tests/data/articles/NAME.EXT is imported and compared with
 * tests/data/expected/NAME.json — the "document" object readout-cli prints,
 * minus "uri" (which depends on where the tree is checked out), or an array
 * of them for feeds that hold several documents.
 */

#include "config.h"

#include <string.h>

#include "readout-engine.h"
#include "test-util.h"

static JsonNode *
document_node (ReadoutDocument *doc)
{
  JsonNode *node = readout_document_to_json (doc);

  json_object_remove_member (json_node_get_object (node), "uri");
  return node;
}

static char *
to_string (JsonNode *node)
{
  g_autoptr(JsonGenerator) gen = json_generator_new ();

  json_generator_set_pretty (gen, TRUE);
  json_generator_set_root (gen, node);
  return json_generator_to_data (gen, NULL);
}

/* Names the first member that differs, so a failure says what broke
 * rather than dumping two whole documents. */
static void
report_difference (JsonNode   *expected,
                   JsonNode   *actual,
                   const char *path)
{
  if (JSON_NODE_HOLDS_OBJECT (expected) && JSON_NODE_HOLDS_OBJECT (actual))
    {
      JsonObject *eo = json_node_get_object (expected);
      JsonObject *ao = json_node_get_object (actual);
      g_autoptr(GList) members = json_object_get_members (eo);

      for (GList *l = members; l != NULL; l = l->next)
        {
          g_autofree char *sub = g_strdup_printf ("%s.%s", path, (const char *)l->data);

          if (!json_object_has_member (ao, l->data))
            {
              g_test_message ("%s: missing in the actual output", sub);
              return;
            }
          if (!json_node_equal (json_object_get_member (eo, l->data),
                                json_object_get_member (ao, l->data)))
            {
              report_difference (json_object_get_member (eo, l->data),
                                 json_object_get_member (ao, l->data), sub);
              return;
            }
        }
      g_test_message ("%s: the actual output has members the expected one lacks", path);
      return;
    }

  if (JSON_NODE_HOLDS_ARRAY (expected) && JSON_NODE_HOLDS_ARRAY (actual))
    {
      JsonArray *ea = json_node_get_array (expected);
      JsonArray *aa = json_node_get_array (actual);
      guint n = MIN (json_array_get_length (ea), json_array_get_length (aa));

      for (guint i = 0; i < n; i++)
        if (!json_node_equal (json_array_get_element (ea, i), json_array_get_element (aa, i)))
          {
            g_autofree char *sub = g_strdup_printf ("%s[%u]", path, i);

            report_difference (json_array_get_element (ea, i), json_array_get_element (aa, i), sub);
            return;
          }
      g_test_message ("%s: %u elements expected, %u found", path,
                      json_array_get_length (ea), json_array_get_length (aa));
      return;
    }

  {
    g_autofree char *e = to_string (expected);
    g_autofree char *a = to_string (actual);

    g_test_message ("%s: expected %s, found %s", path, e, a);
  }
}

static void
test_article (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "articles", name, NULL);
  g_autofree char *stem = g_strndup (name, strrchr (name, '.') ? (gsize)(strrchr (name, '.') - name) : strlen (name));
  g_autofree char *expected_name = g_strconcat (stem, ".json", NULL);
  g_autofree char *expected_path = g_test_build_filename (G_TEST_DIST, "data", "expected",
                                                          expected_name, NULL);
  g_autoptr(ReadoutImporter) importer = readout_importer_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(JsonNode) actual = NULL;
  g_autoptr(GError) error = NULL;
  JsonNode *expected;

  docs = readout_importer_import_file (importer, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (docs);
  g_assert_cmpuint (docs->len, >, 0);

  if (!json_parser_load_from_file (parser, expected_path, &error))
    {
      g_test_message ("%s has no expected output %s: %s", name, expected_path, error->message);
      g_test_fail ();
      return;
    }
  expected = json_parser_get_root (parser);

  if (JSON_NODE_HOLDS_ARRAY (expected))
    {
      JsonArray *array = json_array_new ();

      for (guint i = 0; i < docs->len; i++)
        json_array_add_element (array, document_node (g_ptr_array_index (docs, i)));
      actual = json_node_new (JSON_NODE_ARRAY);
      json_node_take_array (actual, array);
    }
  else
    {
      g_assert_cmpuint (docs->len, ==, 1);
      actual = document_node (g_ptr_array_index (docs, 0));
    }

  if (!json_node_equal (expected, actual))
    {
      report_difference (expected, actual, "document");
      g_test_fail ();
    }
}

static void
test_no_articles (void)
{
  g_test_message ("no articles found under tests/data/articles");
  g_test_fail ();
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) names = NULL;

  g_test_init (&argc, &argv, NULL);
  readout_engine_init ();

  names = test_util_list_data ("articles", "");

  for (guint i = 0; i < names->len; i++)
    {
      char *test_name = g_ptr_array_index (names, i);
      g_autofree char *path = g_strdup_printf ("/corpus/%s", test_name);

      g_test_add_data_func (path, test_name, test_article);
    }

  /* An empty corpus means the data went missing: that must not pass. */
  if (names->len == 0)
    g_test_add_func ("/corpus/present", test_no_articles);

  return g_test_run ();
}
