/* test-bad-input.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Hostile and broken files through the public importer API: each must
 * give a clear GError naming the file, or a sane document, and never a
 * crash, a hang or a silent success. The inputs are generated here.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "readout-engine.h"

#define NAME "bad-input.test"

static GPtrArray *
import_data (const void  *data,
             gsize        len,
             GError     **error)
{
  g_autoptr(ReadoutImporter) importer = readout_importer_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (data, len);

  return readout_importer_import_bytes (importer, bytes, NAME, NULL, error);
}

static GPtrArray *
import_string (const char  *text,
               GError     **error)
{
  return import_data (text, strlen (text), error);
}

static void
assert_error (GError     *error,
              GQuark      domain,
              int         code,
              const char *name)
{
  g_assert_error (error, domain, code);
  g_assert_nonnull (strstr (error->message, name));
}

static char *
all_text (GPtrArray *docs)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < docs->len; i++)
    {
      ReadoutDocument *doc = g_ptr_array_index (docs, i);

      g_string_append_printf (out, "%s\n%s\n", readout_document_get_title (doc),
                              readout_document_get_text (doc));
    }

  return g_string_free (out, FALSE);
}

static void
test_empty (void)
{
  static const char *inputs[] = { "", " \n\t\r\n  ", "\xef\xbb\xbf", "\xef\xbb\xbf \n", "\xff\xfe" };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) docs = import_string (inputs[i], &error);

      g_assert_null (docs);
      assert_error (error, READOUT_ERROR, READOUT_ERROR_EMPTY, NAME);
    }
}

static void
test_empty_file (void)
{
  g_autoptr(ReadoutImporter) importer = readout_importer_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("readout-bad-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "empty.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) docs = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, "", 0, &error));

  docs = readout_importer_import_file (importer, file, NULL, &error);
  g_assert_null (docs);
  assert_error (error, READOUT_ERROR, READOUT_ERROR_EMPTY, path);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_binary (void)
{
  static const struct { const char *magic; gsize len; const char *what; } magics[] = {
    { "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, "PNG" },
    { "\xff\xd8\xff\xe0\0\x10JFIF\0", 11, "JPEG" },
    { "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", 15, "PDF" },
    { "PK\x03\x04\x14\0\0\0\x08\0", 10, "ZIP" },
    { "\x1f\x8b\x08\0\0\0\0\0\0\x03", 10, "gzip" },
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260314);

  for (guint i = 0; i < G_N_ELEMENTS (magics); i++)
    {
      g_autoptr(GByteArray) data = g_byte_array_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) docs = NULL;

      g_byte_array_append (data, (const guint8 *)magics[i].magic, magics[i].len);
      for (guint j = 0; j < 4096; j++)
        {
          guint8 b = g_rand_int_range (rand, 0, 256);

          g_byte_array_append (data, &b, 1);
        }

      docs = import_data (data->data, data->len, &error);
      g_assert_null (docs);
      assert_error (error, READOUT_ERROR, READOUT_ERROR_UNSUPPORTED_FORMAT, NAME);
      g_assert_nonnull (strstr (error->message, magics[i].what));
    }

  /* Random bytes with NULs and no magic number at all. */
  for (guint round = 0; round < 8; round++)
    {
      g_autoptr(GByteArray) data = g_byte_array_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) docs = NULL;

      for (guint j = 0; j < 2048; j++)
        {
          guint8 b = j % 61 == 7 ? 0 : g_rand_int_range (rand, 0, 256);

          g_byte_array_append (data, &b, 1);
        }

      docs = import_data (data->data, data->len, &error);
      g_assert_null (docs);
      assert_error (error, READOUT_ERROR, READOUT_ERROR_UNSUPPORTED_FORMAT, NAME);
    }
}

static void
test_truncated_html (void)
{
  const char *html =
    "<!DOCTYPE html><html><head><title>Envoys agree to meet again</title></head><body>"
    "<article><h1>Envoys agree to meet again</h1>"
    "<p>Envoys from Austria, Chile and Kenya agreed on Tuesday to resume their talks on "
    "river-water sharing next month, the Austrian foreign ministry said in a statement.</p>"
    "<p>\xe2\x80\x9cWe have narrowed our differences,\xe2\x80\x9d the Chilean delegate, "
    "Marta Ibarra, told reporters after the session in Vienna, adding that a draft text "
    "could be ready by the summer.</p>"
    "<p>The Kenyan side said it still wanted guarantees on the upstream dams before it "
    "would sign anyth";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = import_string (html, &error);
  g_autofree char *text = NULL;

  /* HTML is forgiving: what arrived is imported. */
  g_assert_no_error (error);
  g_assert_nonnull (docs);
  text = all_text (docs);
  g_assert_nonnull (strstr (text, "resume their talks on river-water sharing"));
  g_assert_nonnull (strstr (text, "We have narrowed our differences"));
}

static void
test_truncated_xml (void)
{
  const char *xml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<rss version=\"2.0\">\n"
    "<channel><title>Wire</title>\n"
    "<item><title>Envoys agree to meet again</title>\n"
    "<description>Envoys from Austria, Chile and Kenya agreed on Tuesday to resume";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = import_string (xml, &error);

  g_assert_null (docs);
  assert_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED, NAME);
  g_assert_nonnull (strstr (error->message, "line 5"));
}

static void
test_nesting (void)
{
  static const struct { const char *open, *inner, *close, *prefix, *suffix; } cases[] = {
    { "<div>", "<p>Deep text of the page.</p>", "</div>", "<!DOCTYPE html><html><body>", "</body></html>" },
    { "<block>", "<p>Deep text.</p>", "</block>",
      "<?xml version=\"1.0\"?><nitf><body><body.content>", "</body.content></body></nitf>" },
    { "{\"a\":", "\"deep\"", "}", "", "" },
    { "[", "\"deep\"", "]", "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) input = g_string_new (cases[i].prefix);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) docs = NULL;

      for (guint j = 0; j < 10000; j++)
        g_string_append (input, cases[i].open);
      g_string_append (input, cases[i].inner);
      for (guint j = 0; j < 10000; j++)
        g_string_append (input, cases[i].close);
      g_string_append (input, cases[i].suffix);

      docs = import_data (input->str, input->len, &error);
      if (docs == NULL)
        {
          g_test_message ("nesting case %u: %s", i, error->message);
          g_assert_true (error->domain == READOUT_ERROR);
          g_assert_true (error->code == READOUT_ERROR_HOSTILE ||
                         error->code == READOUT_ERROR_MALFORMED ||
                         error->code == READOUT_ERROR_NO_CONTENT);
          g_assert_nonnull (strstr (error->message, NAME));
        }
      else
        {
          g_autofree char *text = all_text (docs);

          /* A sane document: no markup leaked into the text. */
          g_assert_null (strstr (text, cases[i].open));
        }

      /* XML refuses it outright: libxml2 keeps its depth limit. */
      if (i == 1)
        assert_error (error, READOUT_ERROR, READOUT_ERROR_HOSTILE, NAME);
    }
}

static void
test_billion_laughs (void)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE nitf [\n"
                                         " <!ENTITY lol0 \"lollollollollollol\">\n");
  g_autoptr(GString) quadratic = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
                                               " <!ENTITY big \"");
  g_autoptr(GTimer) timer = g_timer_new ();

  for (guint i = 1; i <= 9; i++)
    {
      g_string_append_printf (xml, " <!ENTITY lol%u \"", i);
      for (guint j = 0; j < 10; j++)
        g_string_append_printf (xml, "&lol%u;", i - 1);
      g_string_append (xml, "\">\n");
    }
  g_string_append (xml, "]>\n<nitf><body><body.head><hedline><hl1>Title &lol9;</hl1></hedline>"
                        "</body.head><body.content><p>Ministers met. &lol9; They left.</p>"
                        "<p attr=\"&lol9;\">Second.</p></body.content></body></nitf>\n");

  /* The other classic: one large entity referenced many times (200 MB
   * if expanded). */
  for (guint i = 0; i < 2000; i++)
    g_string_append (quadratic, "laugh");
  g_string_append (quadratic, "\">\n]>\n<rss version=\"2.0\"><channel><title>Feed</title><item>"
                              "<title>Item</title><description>Start ");
  for (guint i = 0; i < 20000; i++)
    g_string_append (quadratic, "&big;");
  g_string_append (quadratic, " end.</description></item></channel></rss>\n");

  for (guint round = 0; round < 2; round++)
    {
      GString *input = round == 0 ? xml : quadratic;
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) docs = NULL;

      g_timer_start (timer);
      docs = import_data (input->str, input->len, &error);
      g_test_message ("entity expansion case %u: %.3f s", round, g_timer_elapsed (timer, NULL));

      if (docs == NULL)
        {
          g_test_message ("refused: %s", error->message);
          assert_error (error, READOUT_ERROR, READOUT_ERROR_HOSTILE, NAME);
        }
      else
        {
          g_autofree char *text = all_text (docs);

          /* Nothing was amplified. */
          g_assert_cmpuint (strlen (text), <, input->len);
          g_assert_null (strstr (text, "lollollollollollollollollollollol"));
          g_assert_null (strstr (text, "laughlaughlaughlaughlaughlaughlaugh"));
          g_assert_nonnull (strstr (text, "Start"));
          g_assert_true (g_strv_length ((char **)readout_document_get_warnings (g_ptr_array_index (docs, 0))) > 0);
        }
    }
}

/* A DTD larger than any fixed look-ahead must not make the sniffer give up
 * and pass the file, DTD and all, to the plain-text importer. */
static void
test_long_dtd (void)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n");
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(GError) error = NULL;
  ReadoutDocument *doc;

  for (guint i = 0; i < 3000; i++)
    g_string_append_printf (xml, "<!ENTITY pad%u \"padding padding padding padding\">\n", i);
  g_assert_cmpuint (xml->len, >, 128 * 1024);
  g_string_append (xml, "]>\n<rss version=\"2.0\"><channel><title>Desk</title><item><title>Item</title>"
                        "<description>Envoys said the talks would resume in Geneva.</description>"
                        "</item></channel></rss>\n");

  docs = import_data (xml->str, xml->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (docs->len, ==, 1);
  doc = g_ptr_array_index (docs, 0);
  g_assert_cmpstr (readout_document_get_format (doc), ==, "rss");
  g_assert_cmpstr (readout_document_get_text (doc), ==, "Envoys said the talks would resume in Geneva.");
}

static void
test_external_entity (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("readout-xxe-XXXXXX", &error);
  g_autofree char *secret_path = g_build_filename (dir, "secret.txt", NULL);
  g_autofree char *article_path = g_build_filename (dir, "feed.xml", NULL);
  g_autofree char *secret_uri = NULL;
  g_autofree char *xml = NULL;
  g_autoptr(ReadoutImporter) importer = readout_importer_new ();
  g_autoptr(GFile) file = g_file_new_for_path (article_path);
  g_autoptr(GPtrArray) docs = NULL;
  const char *secret = "SECRET-MARKER-5f1c9e";

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (secret_path, secret, -1, &error));
  secret_uri = g_filename_to_uri (secret_path, NULL, &error);
  g_assert_no_error (error);

  xml = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                         "<!DOCTYPE rss [\n"
                         " <!ENTITY xxe SYSTEM \"%s\">\n"
                         " <!ENTITY xxe2 SYSTEM \"%s\">\n"
                         " <!ENTITY %% pe SYSTEM \"%s\">\n"
                         " %%pe;\n"
                         "]>\n"
                         "<rss version=\"2.0\"><channel><title>Feed &xxe;</title>\n"
                         "<item><title>Talks &xxe;</title><link>https://example.org/a</link>\n"
                         "<description>Ministers from Peru and Ghana met in Lima. &xxe; &xxe2;</description>\n"
                         "</item></channel></rss>\n",
                         secret_uri, secret_path, secret_uri);
  g_assert_true (g_file_set_contents (article_path, xml, -1, &error));

  docs = readout_importer_import_file (importer, file, NULL, &error);
  if (docs == NULL)
    {
      assert_error (error, READOUT_ERROR, READOUT_ERROR_HOSTILE, article_path);
      g_assert_null (strstr (error->message, secret));
    }
  else
    {
      ReadoutDocument *doc = g_ptr_array_index (docs, 0);
      const char * const *warnings = readout_document_get_warnings (doc);
      g_autofree char *text = all_text (docs);

      g_assert_null (strstr (text, secret));
      g_assert_null (strstr (readout_document_get_source (doc), secret));
      for (guint i = 0; warnings[i] != NULL; i++)
        g_assert_null (strstr (warnings[i], secret));
      g_assert_nonnull (strstr (text, "Ministers from Peru and Ghana met in Lima."));
    }

  /* An external DTD that would define the entity: never loaded. */
  {
    g_autofree char *dtd_path = g_build_filename (dir, "evil.dtd", NULL);
    g_autofree char *dtd = g_strdup_printf ("<!ENTITY leak \"%s\">\n", secret);
    g_autofree char *feed = NULL;
    g_autoptr(GPtrArray) more = NULL;
    g_autofree char *text = NULL;

    g_assert_true (g_file_set_contents (dtd_path, dtd, -1, &error));
    feed = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                            "<!DOCTYPE rss SYSTEM \"%s\">\n"
                            "<rss version=\"2.0\"><channel><title>Feed</title>\n"
                            "<item><title>Talks</title>\n"
                            "<description>Envoys met in Accra. &leak; They left.</description>\n"
                            "</item></channel></rss>\n", dtd_path);
    g_assert_true (g_file_set_contents (article_path, feed, -1, &error));

    more = readout_importer_import_file (importer, file, NULL, &error);
    g_assert_no_error (error);
    text = all_text (more);
    g_assert_null (strstr (text, secret));
    g_assert_nonnull (strstr (text, "Envoys met in Accra. They left."));
    g_unlink (dtd_path);
  }

  g_unlink (secret_path);
  g_unlink (article_path);
  g_rmdir (dir);
}

static void
test_size_limit (void)
{
  g_autoptr(ReadoutImporter) importer = readout_importer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;

  for (guint i = 0; i < 20; i++)
    g_string_append (text, "The delegates met again. ");
  bytes = g_bytes_new (text->str, text->len);

  readout_importer_set_max_size (importer, 100);
  docs = readout_importer_import_bytes (importer, bytes, NAME, NULL, &error);
  g_assert_null (docs);
  assert_error (error, READOUT_ERROR, READOUT_ERROR_TOO_LARGE, NAME);
  g_clear_error (&error);

  /* A real 65 MiB file (sparse, so it costs no disk) against the default
   * 64 MiB limit: refused before it is read. */
  g_object_unref (importer);
  importer = readout_importer_new ();
  dir = g_dir_make_tmp ("readout-big-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "huge.txt", NULL);
  file = g_file_new_for_path (path);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (G_OUTPUT_STREAM (stream), text->str, text->len,
                                            NULL, NULL, &error));
  g_assert_true (g_seekable_truncate (G_SEEKABLE (stream), (goffset)65 * 1024 * 1024, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error));

  docs = readout_importer_import_file (importer, file, NULL, &error);
  g_assert_null (docs);
  assert_error (error, READOUT_ERROR, READOUT_ERROR_TOO_LARGE, path);
  g_assert_nonnull (strstr (error->message, "64"));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_invalid_utf8 (void)
{
  const char *xml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<nitf><body><body.head><hedline><hl1>Talks in Gen\xc3\xa8ve</hl1></hedline></body.head>"
    "<body.content><p>Delegates from Z\xc3\xbcrich and Gen\xc3\xa8ve met \xff again.</p>"
    "</body.content></body></nitf>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = import_string (xml, &error);
  ReadoutDocument *doc;
  const char * const *warnings;
  gboolean warned = FALSE;

  g_assert_no_error (error);
  doc = g_ptr_array_index (docs, 0);
  g_assert_cmpstr (readout_document_get_title (doc), ==, "Talks in Genève");
  g_assert_cmpstr (readout_document_get_text (doc), ==,
                   "Delegates from Zürich and Genève met \xef\xbf\xbd again.");

  warnings = readout_document_get_warnings (doc);
  for (guint i = 0; warnings[i] != NULL; i++)
    if (strstr (warnings[i], "U+FFFD") != NULL)
      warned = TRUE;
  g_assert_true (warned);
}

static void
test_directory_and_missing (void)
{
  g_autoptr(ReadoutImporter) importer = readout_importer_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("readout-dir-XXXXXX", &error);
  g_autofree char *missing = g_build_filename (dir, "no-such-article.txt", NULL);
  g_autoptr(GFile) dir_file = g_file_new_for_path (dir);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GPtrArray) docs = NULL;

  g_assert_no_error (error);

  docs = readout_importer_import_file (importer, dir_file, NULL, &error);
  g_assert_null (docs);
  assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, dir);
  g_clear_error (&error);

  docs = readout_importer_import_file (importer, missing_file, NULL, &error);
  g_assert_null (docs);
  assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, missing);

  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  readout_engine_init ();

  g_test_add_func ("/bad-input/empty", test_empty);
  g_test_add_func ("/bad-input/empty-file", test_empty_file);
  g_test_add_func ("/bad-input/binary", test_binary);
  g_test_add_func ("/bad-input/truncated-html", test_truncated_html);
  g_test_add_func ("/bad-input/truncated-xml", test_truncated_xml);
  g_test_add_func ("/bad-input/nesting", test_nesting);
  g_test_add_func ("/bad-input/billion-laughs", test_billion_laughs);
  g_test_add_func ("/bad-input/long-dtd", test_long_dtd);
  g_test_add_func ("/bad-input/external-entity", test_external_entity);
  g_test_add_func ("/bad-input/size-limit", test_size_limit);
  g_test_add_func ("/bad-input/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/bad-input/directory-and-missing", test_directory_and_missing);

  return g_test_run ();
}
