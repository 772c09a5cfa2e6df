/* test-xml-importer.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * NITF, NewsML-G2, RSS, Atom and XHTML through the public importer: the
 * cases the data-driven articles do not pin down, error reports and
 * parsing on several threads at once.
 */

#include "config.h"

#include <string.h>

#include "readout-engine.h"

#define NAME "feed.test"

static GPtrArray *
import (const char  *text,
        GError     **error)
{
  g_autoptr(ReadoutImporter) importer = readout_importer_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return readout_importer_import_bytes (importer, bytes, NAME, NULL, error);
}

static ReadoutDocument *
import_one (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = import (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (docs);
  g_assert_cmpuint (docs->len, ==, 1);
  return g_object_ref (g_ptr_array_index (docs, 0));
}

static gboolean
has_warning (ReadoutDocument *doc,
             const char      *needle)
{
  const char * const *warnings = readout_document_get_warnings (doc);

  for (guint i = 0; warnings[i] != NULL; i++)
    if (strstr (warnings[i], needle) != NULL)
      return TRUE;

  return FALSE;
}

static void
assert_authors (ReadoutDocument *doc,
                ...)
{
  const char * const *authors = readout_document_get_authors (doc);
  const char *expected;
  va_list args;
  guint i = 0;

  va_start (args, doc);
  while ((expected = va_arg (args, const char *)) != NULL)
    g_assert_cmpstr (authors[i++], ==, expected);
  va_end (args);
  g_assert_null (authors[i]);
}

static void
test_nitf (void)
{
  g_autoptr(ReadoutDocument) doc = import_one (
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE nitf SYSTEM \"nitf-3-5.dtd\">\n"
    "<nitf><head><title>SLUG-TALKS</title>"
    "<docdata><date.release norm=\"20260110T183400Z\"/></docdata>"
    "<pubdata position.section=\"Diplomacy\" ex-ref=\"urn:not-a-web-address\"/></head>"
    "<body xml:lang=\"fr\"><body.head><hedline><hl1>Ghana and Togo reopen border post</hl1></hedline>"
    "<byline>By Ama Mensah and Kofi Adjei, <byttl>Staff Writers</byttl></byline>"
    "<dateline><location>ACCRA</location>, <story.date norm=\"20260109\">Jan. 9</story.date></dateline>"
    "</body.head><body.content>"
    "<p>Ghana and Togo reopen border post</p>"
    "<p>Ghana and Togo reopened&nbsp;the Aflao crossing on Saturday.</p>"
    "<hl2>Traders return</hl2>"
    "<bq><block><p>\xe2\x80\x9cWe are back in business,\xe2\x80\x9d a trader said.</p></block>"
    "<credit>Market trader</credit></bq>"
    "<ul><li>Opening hours extended</li></ul>"
    "<media><media-caption>Caption text</media-caption></media>"
    "</body.content><body.end><tagline>Editing by Ian Moss</tagline></body.end></body></nitf>\n");
  const char *text = readout_document_get_text (doc);
  const ReadoutBlock *block;

  g_assert_cmpstr (readout_document_get_format (doc), ==, "nitf");
  g_assert_cmpstr (readout_document_get_title (doc), ==, "Ghana and Togo reopen border post");
  assert_authors (doc, "Ama Mensah", "Kofi Adjei", NULL);
  g_assert_cmpstr (readout_document_get_date (doc), ==, "2026-01-10T18:34:00Z");
  g_assert_cmpstr (readout_document_get_dateline (doc), ==, "ACCRA, Jan. 9");
  g_assert_cmpstr (readout_document_get_section (doc), ==, "Diplomacy");
  g_assert_cmpstr (readout_document_get_language (doc), ==, "fr");
  g_assert_null (readout_document_get_url (doc));

  /* The headline is not repeated, &nbsp; (undeclared, DTD not loaded)
   * is a space, furniture stays out. */
  g_assert_cmpstr (text, ==,
                   "Ghana and Togo reopened the Aflao crossing on Saturday.\n\n"
                   "Traders return\n\n"
                   "\xe2\x80\x9cWe are back in business,\xe2\x80\x9d a trader said.\n\n"
                   "Opening hours extended");
  g_assert_cmpuint (readout_document_get_n_blocks (doc), ==, 4);
  block = readout_document_get_block (doc, 1);
  g_assert_cmpint (block->kind, ==, READOUT_BLOCK_HEADING);
  block = readout_document_get_block (doc, 2);
  g_assert_cmpint (block->kind, ==, READOUT_BLOCK_BLOCKQUOTE);
  block = readout_document_get_block (doc, 3);
  g_assert_cmpint (block->kind, ==, READOUT_BLOCK_LIST_ITEM);
  g_assert_cmpuint (g_strv_length ((char **)readout_document_get_warnings (doc)), ==, 0);
}

static void
test_newsml_nitf_inside (void)
{
  g_autoptr(ReadoutDocument) doc = import_one (
    "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" xml:lang=\"de\">"
    "<itemMeta><provider><name>Alpenpresse</name></provider>"
    "<versionCreated>2026-02-01T10:00:00Z</versionCreated></itemMeta>"
    "<contentMeta><headline>Swiss and Italian ministers open rail tunnel</headline>"
    "<creator><name>Northwind Desk</name></creator><by>By Gianni Rota</by></contentMeta>"
    "<contentSet><inlineXML contenttype=\"application/nitf+xml\">"
    "<nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\"><body><body.content>"
    "<p>The ministers opened the tunnel on Sunday.</p></body.content></body></nitf>"
    "</inlineXML></contentSet></newsItem>");

  g_assert_cmpstr (readout_document_get_format (doc), ==, "newsml-g2");
  g_assert_cmpstr (readout_document_get_title (doc), ==, "Swiss and Italian ministers open rail tunnel");
  /* A desk is not a person; the by-line names the reporter. */
  assert_authors (doc, "Gianni Rota", NULL);
  g_assert_cmpstr (readout_document_get_source (doc), ==, "Alpenpresse");
  g_assert_cmpstr (readout_document_get_date (doc), ==, "2026-02-01T10:00:00Z");
  g_assert_cmpstr (readout_document_get_language (doc), ==, "de");
  g_assert_cmpstr (readout_document_get_text (doc), ==, "The ministers opened the tunnel on Sunday.");
}

static void
test_rss (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = import (
    "<?xml version=\"1.0\"?>\n"
    "<rss version=\"2.0\"><channel><title>Desk</title><language>en</language>\n"
    "<item><title>First</title><guid>https://example.org/first</guid>"
    "<media:title xmlns:media=\"http://search.yahoo.com/mrss/\">Not the title</media:title>"
    "<author>desk@example.org (Nadia Haddad)</author>"
    "<description>Teaser only.</description>"
    "<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
    "&lt;h2&gt;First&lt;/h2&gt;&lt;p&gt;Full text, &lt;a href=\"/x\"&gt;with a link&lt;/a&gt; inside.&lt;/p&gt;"
    "&lt;p&gt;&lt;a href=\"/share\"&gt;Share&lt;/a&gt; &lt;a href=\"/mail\"&gt;Email&lt;/a&gt;&lt;/p&gt;"
    "</content:encoded></item>\n"
    "<item><title>Second</title><guid isPermaLink=\"false\">id-2</guid>"
    "<author>desk@example.org</author>"
    "<description>Plain description of the second item.</description></item>\n"
    "</channel></rss>\n",
    &error);
  ReadoutDocument *first, *second;

  g_assert_no_error (error);
  g_assert_cmpuint (docs->len, ==, 2);
  first = g_ptr_array_index (docs, 0);
  second = g_ptr_array_index (docs, 1);

  g_assert_cmpstr (readout_document_get_title (first), ==, "First");
  g_assert_cmpstr (readout_document_get_url (first), ==, "https://example.org/first");
  assert_authors (first, "Nadia Haddad", NULL);
  g_assert_cmpstr (readout_document_get_source (first), ==, "Desk");
  g_assert_cmpstr (readout_document_get_text (first), ==, "Full text, with a link inside.");

  g_assert_null (readout_document_get_url (second));
  assert_authors (second, NULL);
  g_assert_cmpstr (readout_document_get_language (second), ==, "en");
  g_assert_cmpstr (readout_document_get_text (second), ==, "Plain description of the second item.");
}

static void
test_rss_undeclared_prefix (void)
{
  /* A feed that forgot xmlns:dc still names its author; the namespace
   * error is reported but not fatal. */
  g_autoptr(ReadoutDocument) doc = import_one (
    "<rss version=\"2.0\"><channel><title>Desk</title><item><title>T</title>"
    "<dc:creator>Omar Farouk</dc:creator><dc:date>2026-03-01T09:00:00Z</dc:date>"
    "<description>Text of the item.</description></item></channel></rss>");

  assert_authors (doc, "Omar Farouk", NULL);
  g_assert_cmpstr (readout_document_get_date (doc), ==, "2026-03-01T09:00:00Z");
  g_assert_true (has_warning (doc, "line 1"));
}

static void
test_atom (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = import (
    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title type=\"html\">A &amp;amp; B</title>"
    "<author><name>Feed Author</name></author>"
    "<entry><title>Out of line</title>"
    "<link rel=\"enclosure\" href=\"https://example.org/a.mp3\"/>"
    "<link rel=\"alternate\" href=\"https://example.org/a\"/>"
    "<updated>2026-04-01T00:00:00Z</updated>"
    "<content src=\"https://example.org/a.txt\" type=\"text/plain\"/>"
    "<summary type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Summary one.</p>"
    "<p>Summary two.</p></div></summary></entry>"
    "</feed>",
    &error);
  ReadoutDocument *doc;

  g_assert_no_error (error);
  g_assert_cmpuint (docs->len, ==, 1);
  doc = g_ptr_array_index (docs, 0);
  g_assert_cmpstr (readout_document_get_format (doc), ==, "atom");
  g_assert_cmpstr (readout_document_get_source (doc), ==, "A & B");
  g_assert_cmpstr (readout_document_get_url (doc), ==, "https://example.org/a");
  assert_authors (doc, "Feed Author", NULL);
  g_assert_cmpstr (readout_document_get_date (doc), ==, "2026-04-01T00:00:00Z");
  g_assert_cmpstr (readout_document_get_text (doc), ==, "Summary one.\n\nSummary two.");
}

static void
test_atom_entry_root (void)
{
  g_autoptr(ReadoutDocument) doc = import_one (
    "<entry xmlns=\"http://www.w3.org/2005/Atom\"><title>Lone entry</title>"
    "<published>2026-05-05T05:05:05+05:00</published>"
    "<content type=\"text\">Line one of the entry.</content></entry>");

  g_assert_cmpstr (readout_document_get_title (doc), ==, "Lone entry");
  g_assert_cmpstr (readout_document_get_date (doc), ==, "2026-05-05T05:05:05+05:00");
  g_assert_cmpstr (readout_document_get_text (doc), ==, "Line one of the entry.");
}

static void
test_malformed_xhtml (void)
{
  /* Not well-formed (unclosed <p>, <br>): read as HTML, with a warning. */
  g_autoptr(ReadoutDocument) doc = import_one (
    "<?xml version=\"1.0\"?>\n"
    "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Page</title></head><body>\n"
    "<article><h1>Page</h1><p>The foreign ministers of Peru and Ecuador met in Quito on Friday "
    "to discuss the border crossing at Huaquillas.<br>\n"
    "<p>They agreed to meet again in Lima next month, officials said.</article></body></html>\n");

  g_assert_cmpstr (readout_document_get_format (doc), ==, "xhtml");
  g_assert_nonnull (strstr (readout_document_get_text (doc), "They agreed to meet again in Lima"));
  g_assert_true (has_warning (doc, "read as HTML"));
}

static void
test_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = NULL;

  docs = import ("<nitf>\n<body>\n<body.content>\n<p>Text</b>\n</body.content>\n</body>\n</nitf>\n",
                 &error);
  g_assert_null (docs);
  g_assert_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, NAME));
  g_assert_nonnull (strstr (error->message, "line 4"));
  g_assert_null (strstr (error->message, "truncated"));
  g_clear_error (&error);

  docs = import ("<rss version=\"2.0\">\n<channel>\n<item><title>Cut", &error);
  g_assert_null (docs);
  g_assert_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "line 3"));
  g_assert_nonnull (strstr (error->message, "truncated"));
  g_clear_error (&error);

  /* One line, complete but broken: not called truncated. */
  docs = import ("<rss><channel><title>x</title></channel></rs>", &error);
  g_assert_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "line 1"));
  g_assert_null (strstr (error->message, "truncated"));
  g_clear_error (&error);

  /* Well-formed, but nothing to read. */
  docs = import ("<rss version=\"2.0\"><channel><title>Empty</title></channel></rss>", &error);
  g_assert_null (docs);
  g_assert_error (error, READOUT_ERROR, READOUT_ERROR_NO_CONTENT);
  g_assert_nonnull (strstr (error->message, NAME));
}

static void
test_ampersand_repair (void)
{
  /* A bare "&" and HTML entities without a DTD: repaired, with a
   * warning, and CDATA left as it was. */
  g_autoptr(ReadoutDocument) doc = import_one (
    "<rss version=\"2.0\"><channel><title>AT&T &amp; Partners</title>\n"
    "<item><title>Talks&nbsp;resume &mdash; again</title>\n"
    "<description>Ministers of Mali & Niger met. &unknown; <![CDATA[ &lt;b&gt;]]></description>\n"
    "</item></channel></rss>\n");

  g_assert_cmpstr (readout_document_get_source (doc), ==, "AT&T & Partners");
  g_assert_cmpstr (readout_document_get_title (doc), ==, "Talks resume \xe2\x80\x94 again");
  g_assert_cmpstr (readout_document_get_text (doc), ==, "Ministers of Mali & Niger met. &unknown; <b>");
  g_assert_true (has_warning (doc, "line 1"));
}

/* Each thread parses its own broken file: the error must name that
 * file's line, which a shared (global) error slot would mix up. */
static gpointer
parse_in_thread (gpointer data)
{
  guint line = GPOINTER_TO_UINT (data);
  g_autoptr(GString) xml = g_string_new ("<rss version=\"2.0\"><channel>");
  g_autofree char *expected = g_strdup_printf ("line %u:", line);

  for (guint i = 1; i < line; i++)
    g_string_append (xml, "\n<!-- padding -->");
  g_string_append (xml, "<item></oops></channel></rss>\n<!-- end -->\n");

  for (guint round = 0; round < 50; round++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) docs = import (xml->str, &error);

      if (docs != NULL || error == NULL || strstr (error->message, expected) == NULL)
        return GUINT_TO_POINTER (FALSE);
    }

  return GUINT_TO_POINTER (TRUE);
}

static void
test_threads (void)
{
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("parse", parse_in_thread, GUINT_TO_POINTER (3 + i * 5));

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (GPOINTER_TO_UINT (g_thread_join (threads[i])));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  readout_engine_init ();

  g_test_add_func ("/xml/nitf", test_nitf);
  g_test_add_func ("/xml/newsml-nitf-inside", test_newsml_nitf_inside);
  g_test_add_func ("/xml/rss", test_rss);
  g_test_add_func ("/xml/rss-undeclared-prefix", test_rss_undeclared_prefix);
  g_test_add_func ("/xml/atom", test_atom);
  g_test_add_func ("/xml/atom-entry-root", test_atom_entry_root);
  g_test_add_func ("/xml/malformed-xhtml", test_malformed_xhtml);
  g_test_add_func ("/xml/errors", test_errors);
  g_test_add_func ("/xml/ampersand-repair", test_ampersand_repair);
  g_test_add_func ("/xml/threads", test_threads);

  return g_test_run ();
}
