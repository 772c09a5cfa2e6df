/* test-html-importer.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <libxml/HTMLtree.h>

#include "readout-engine.h"
#include "readout-html-extract-private.h"
#include "readout-html-private.h"

static ReadoutDocument *
import_html (const char  *html,
             GError     **error)
{
  g_autoptr(ReadoutImporter) importer = readout_importer_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (html, strlen (html));
  g_autoptr(GPtrArray) docs = NULL;

  docs = readout_importer_import_bytes (importer, bytes, "page.html", NULL, error);
  if (docs == NULL)
    return NULL;

  g_assert_cmpuint (docs->len, ==, 1);
  return g_object_ref (g_ptr_array_index (docs, 0));
}

static ReadoutDocument *
import_ok (const char *html)
{
  g_autoptr(GError) error = NULL;
  ReadoutDocument *doc = import_html (html, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static void
assert_authors (ReadoutDocument *doc,
                const char      *first,
                const char      *second)
{
  const char * const *authors = readout_document_get_authors (doc);

  g_assert_cmpstr (authors[0], ==, first);
  g_assert_cmpstr (authors[1], ==, second);
  if (second != NULL)
    g_assert_null (authors[2]);
}

#define BODY \
  "<p>GENEVA — Negotiators from Iran and three European countries met on Tuesday for a " \
  "second day of talks, a spokesman for the Swiss foreign ministry said, adding that no " \
  "date had been set for another round.</p>" \
  "<p>“We are not there yet, but the gaps have narrowed,” the spokesman, Lukas Meier, told " \
  "reporters outside the hotel where the delegations were staying.</p>" \
  "<p>A French diplomat said the talks would resume after consultations in the capitals, " \
  "declining to give details of the proposals on the table.</p>"

static void
test_jsonld_graph (void)
{
  g_autoptr(ReadoutDocument) doc = import_ok (
    "<html lang=\"fr\"><head><title>Wrong title | Site</title>"
    "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
    "{\"@type\":\"WebSite\",\"name\":\"Not the headline\"},"
    "{\"@type\":\"ReportageNewsArticle\",\"headline\":\"Talks in Geneva narrow gaps\","
    "\"datePublished\":\"2026-02-03T10:00:00+01:00\",\"articleSection\":[\"World\",\"Europe\"],"
    "\"inLanguage\":\"en\",\"mainEntityOfPage\":{\"@id\":\"https://example.org/geneva\"},"
    "\"author\":[{\"@type\":\"Person\",\"name\":\"Anna Keller\"},{\"@type\":\"Person\",\"name\":\"Omar Haddad\"}],"
    "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Alpine Wire\"}}]}</script>"
    "<meta property=\"og:title\" content=\"OpenGraph title\">"
    "<meta property=\"og:site_name\" content=\"OG Site\">"
    "</head><body><article>" BODY "</article></body></html>");

  g_assert_cmpstr (readout_document_get_title (doc), ==, "Talks in Geneva narrow gaps");
  assert_authors (doc, "Anna Keller", "Omar Haddad");
  g_assert_cmpstr (readout_document_get_date (doc), ==, "2026-02-03T10:00:00+01:00");
  g_assert_cmpstr (readout_document_get_source (doc), ==, "Alpine Wire");
  g_assert_cmpstr (readout_document_get_section (doc), ==, "World");
  g_assert_cmpstr (readout_document_get_language (doc), ==, "en");
  g_assert_cmpstr (readout_document_get_url (doc), ==, "https://example.org/geneva");
  g_assert_true (g_str_has_prefix (readout_document_get_text (doc), "GENEVA — Negotiators"));
}

static void
test_jsonld_array (void)
{
  /* A top-level array, @type as an array, the byline as one string. */
  g_autoptr(ReadoutDocument) doc = import_ok (
    "<html><head><script type=\"application/ld+json\">[{\"@type\":\"Organization\",\"name\":\"X\"},"
    "{\"@type\":[\"NewsArticle\"],\"headline\":\"Ministers meet in Oslo\","
    "\"author\":\"By Ingrid Solberg and Tomasz Nowak\",\"datePublished\":\"2026-01-05\"}]</script>"
    "<script type=\"application/ld+json\">{ not json at all</script>"
    "</head><body>" BODY "</body></html>");

  g_assert_cmpstr (readout_document_get_title (doc), ==, "Ministers meet in Oslo");
  assert_authors (doc, "Ingrid Solberg", "Tomasz Nowak");
  g_assert_cmpstr (readout_document_get_date (doc), ==, "2026-01-05");
}

static void
test_opengraph_fallback (void)
{
  g_autoptr(ReadoutDocument) doc = import_ok (
    "<html lang=\"en-GB\"><head><title>Ignored - The Daily Example</title>"
    "<meta property=\"og:title\" content=\"Ferry link to reopen in spring | The Daily Example\">"
    "<meta property=\"og:site_name\" content=\"The Daily Example\">"
    "<meta property=\"og:url\" content=\"https://daily.example.com/ferry\">"
    "<meta property=\"article:published_time\" content=\"2026-04-01T08:00:00Z\">"
    "<meta property=\"article:section\" content=\"Travel\">"
    "<meta property=\"article:author\" content=\"https://social.example.com/someone\">"
    "<meta name=\"author\" content=\"Maria Rossi\">"
    "<link rel=\"canonical\" href=\"https://daily.example.com/other\">"
    "</head><body><div class=\"content\">" BODY "</div></body></html>");

  g_assert_cmpstr (readout_document_get_title (doc), ==, "Ferry link to reopen in spring");
  assert_authors (doc, "Maria Rossi", NULL);
  g_assert_cmpstr (readout_document_get_source (doc), ==, "The Daily Example");
  g_assert_cmpstr (readout_document_get_url (doc), ==, "https://daily.example.com/ferry");
  g_assert_cmpstr (readout_document_get_date (doc), ==, "2026-04-01T08:00:00Z");
  g_assert_cmpstr (readout_document_get_section (doc), ==, "Travel");
  g_assert_cmpstr (readout_document_get_language (doc), ==, "en-GB");
}

static void
test_markup_fallback (void)
{
  /* No metadata tags at all: <title>, <time>, canonical link. */
  g_autoptr(ReadoutDocument) doc = import_ok (
    "<html><head><title>Harbour talks resume - Coast News</title>"
    "<link rel=\"canonical\" href=\"https://coast.example.com/harbour\"></head><body>"
    "<time datetime=\"2026-06-07T12:30:00Z\">7 June</time>" BODY "</body></html>");

  g_assert_cmpstr (readout_document_get_title (doc), ==, "Harbour talks resume");
  g_assert_cmpstr (readout_document_get_source (doc), ==, "Coast News");
  g_assert_cmpstr (readout_document_get_url (doc), ==, "https://coast.example.com/harbour");
  g_assert_cmpstr (readout_document_get_date (doc), ==, "2026-06-07T12:30:00Z");
}

static void
test_byline_splitting (void)
{
  g_autoptr(ReadoutDocument) doc = readout_document_new ();
  g_autoptr(ReadoutDocument) doc2 = readout_document_new ();
  g_autoptr(ReadoutDocument) doc3 = readout_document_new ();
  g_autoptr(ReadoutDocument) doc4 = readout_document_new ();
  g_autoptr(ReadoutDocument) doc5 = readout_document_new ();
  const char * const *authors;

  _readout_add_byline (doc, "By Jane Doe and John Roe");
  assert_authors (doc, "Jane Doe", "John Roe");

  _readout_add_byline (doc2, "BY Aiko Tanaka, Pierre Martin & Lena Vogel");
  authors = readout_document_get_authors (doc2);
  g_assert_cmpstr (authors[0], ==, "Aiko Tanaka");
  g_assert_cmpstr (authors[1], ==, "Pierre Martin");
  g_assert_cmpstr (authors[2], ==, "Lena Vogel");
  g_assert_null (authors[3]);

  /* An agency after the name is not an author. */
  _readout_add_byline (doc3, "By Sofia Almeida, Reuters");
  assert_authors (doc3, "Sofia Almeida", NULL);

  /* Affiliations and organisations are not authors either. */
  _readout_add_byline (doc4, "Ana Ruiz for The Coast Gazette | Harbour Media");
  assert_authors (doc4, "Ana Ruiz", NULL);

  /* A comma without "and" leads to a role; capitals become name case;
   * user names and the publication itself are not authors. */
  readout_document_set_source (doc5, "Harbour Post");
  _readout_add_byline (doc5, "MARIA O'NEIL, Senior Diplomatic Writer");
  _readout_add_byline (doc5, "admin");
  _readout_add_byline (doc5, "Harbour-Post");
  _readout_add_byline (doc5, "PTI");
  assert_authors (doc5, "Maria O'Neil", NULL);

  /* A place after the name, as NITF and feed bylines write it; the shared
   * splitter serves HTML, XML and JSON alike. */
  {
    g_autoptr(ReadoutDocument) doc6 = readout_document_new ();

    _readout_add_byline (doc6, "By Ana Ruiz in Geneva and Tom Hale in Bern");
    assert_authors (doc6, "Ana Ruiz", "Tom Hale");
  }

  g_assert_true (_readout_html_is_byline ("By Jane Doe"));
  g_assert_false (_readout_html_is_byline ("by the end of the week, talks had stalled."));
}

static void
test_title_suffix (void)
{
  struct { const char *title, *site, *expected, *suffix; } cases[] = {
    { "Talks resume in Vienna | Daily Example", NULL, "Talks resume in Vienna", "Daily Example" },
    { "Talks resume in Vienna - World - Daily Example", NULL, "Talks resume in Vienna", "Daily Example" },
    { "Talks resume in Vienna — The Long Site Name Of Ours", "The Long Site Name Of Ours",
      "Talks resume in Vienna", "The Long Site Name Of Ours" },
    { "Daily Example | Talks resume in Vienna", "Daily Example", "Talks resume in Vienna", NULL },
    /* A dash inside the headline is not a separator to cut at. */
    { "Vienna talks - what the ministers agreed and what they left open", NULL,
      "Vienna talks - what the ministers agreed and what they left open", NULL },
    { "Short - Site", NULL, "Short - Site", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *suffix = NULL;
      g_autofree char *title = _readout_html_strip_title_suffix (cases[i].title, cases[i].site, &suffix);

      g_assert_cmpstr (title, ==, cases[i].expected);
      g_assert_cmpstr (suffix, ==, cases[i].suffix);
    }
}

static void
test_furniture_dropped (void)
{
  g_autoptr(ReadoutDocument) doc = import_ok (
    "<html><head><title>Geneva talks narrow gaps | Alpine Wire</title></head><body>"
    "<div class=\"cookie-consent\"><p>We use cookies to give you the best experience, "
    "as described in our policy, and by continuing you accept them.</p></div>"
    "<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav></header>"
    "<main><article><h1>Geneva talks narrow gaps</h1>"
    "<p class=\"byline\">By Anna Keller</p>"
    "<div class=\"social-share\"><a href=\"#\">Share on social media</a></div>"
    BODY
    "<div class=\"related-articles\"><h3>Related</h3><ul><li><a href=\"/1\">Earlier talks "
    "in Vienna ended without a deal, officials said</a></li><li><a href=\"/2\">Explainer: what "
    "is on the table</a></li></ul></div>"
    "<div class=\"newsletter\"><p>Sign up for our daily newsletter, with the news that "
    "matters, in your inbox every morning.</p></div>"
    "<p>Talks are expected to resume in Vienna next month, diplomats from both sides said.</p>"
    "</article>"
    "<section id=\"comments\"><div class=\"comment\"><p>This is a reader comment, with an "
    "opinion, and another opinion, and more words than a headline has.</p></div></section>"
    "</main><footer><p>Copyright Alpine Wire, all rights reserved, reproduction prohibited.</p></footer>"
    "</body></html>");
  const char *text = readout_document_get_text (doc);

  g_assert_true (g_str_has_prefix (text, "GENEVA — Negotiators"));
  g_assert_true (g_str_has_suffix (text, "diplomats from both sides said."));
  g_assert_null (strstr (text, "cookies"));
  g_assert_null (strstr (text, "Share on"));
  g_assert_null (strstr (text, "Earlier talks"));
  g_assert_null (strstr (text, "newsletter"));
  g_assert_null (strstr (text, "reader comment"));
  g_assert_null (strstr (text, "Copyright"));
  g_assert_null (strstr (text, "Home"));
  /* Headline and byline are metadata, not body. */
  g_assert_null (strstr (text, "Geneva talks narrow gaps"));
  g_assert_null (strstr (text, "By Anna Keller"));
  g_assert_cmpuint (readout_document_get_n_blocks (doc), ==, 4);
}

static void
test_transcript (void)
{
  g_autoptr(ReadoutDocument) doc = import_ok (
    "<html><body><div class=\"entry-content\">"
    "<p>MR. SMITH: Good afternoon. I have nothing at the top, so let us go to questions.</p>"
    "<p>QUESTION: Is the minister travelling to Cairo this week, as reported?</p>"
    "<p>MR. SMITH: I do not have any travel to announce today, but we will update you.</p>"
    "</div></body></html>");
  const ReadoutBlock *block;

  g_assert_cmpuint (readout_document_get_n_blocks (doc), ==, 3);
  block = readout_document_get_block (doc, 0);
  g_assert_cmpint (block->kind, ==, READOUT_BLOCK_TRANSCRIPT_TURN);
  g_assert_cmpstr (block->label, ==, "MR. SMITH");
  block = readout_document_get_block (doc, 1);
  g_assert_cmpstr (block->label, ==, "QUESTION");
}

static void
test_deep_nesting (void)
{
  g_autoptr(GString) html = g_string_new ("<html><body>");
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutDocument) doc = NULL;
  g_autoptr(ReadoutDocument) partial = NULL;

  for (guint i = 0; i < 10000; i++)
    g_string_append (html, "<div>");
  g_string_append (html, "<p>Deep text, with commas, long enough to count as a paragraph.</p>");
  for (guint i = 0; i < 10000; i++)
    g_string_append (html, "</div>");
  g_string_append (html, "</body></html>");

  /* libxml2 stops at its depth limit: a clear error, not a crash. */
  doc = import_html (html->str, &error);
  g_assert_null (doc);
  g_assert_error (error, READOUT_ERROR, READOUT_ERROR_HOSTILE);
  g_assert_nonnull (strstr (error->message, "page.html"));

  /* Text before the deep part is still read, with a warning. */
  g_string_prepend (html, "<p>Officials met in Vienna on Monday, and the talks went on late "
                          "into the night, a spokesman said.</p>");
  partial = import_ok (html->str);
  g_assert_true (g_str_has_prefix (readout_document_get_text (partial), "Officials met"));
  g_assert_nonnull (readout_document_get_warnings (partial)[0]);
}

static void
test_deep_tree (void)
{
  /* A tree deeper than any parser builds (XHTML from another importer,
   * say): every walk must be iterative or bounded. */
  g_autoptr(xmlDoc) xml = htmlNewDocNoDtD (NULL, NULL);
  g_autoptr(ReadoutDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  xmlNode *node = xmlNewDocNode (xml, NULL, (const xmlChar *)"html", NULL);
  xmlNode *body;

  xmlDocSetRootElement (xml, node);
  body = xmlNewChild (node, NULL, (const xmlChar *)"body", NULL);
  xmlNewChild (body, NULL, (const xmlChar *)"p",
               (const xmlChar *)"Officials from Kenya and Ethiopia met in Nairobi on Friday, "
                                "the foreign ministry said, and agreed to meet again.");
  node = body;
  for (guint i = 0; i < 10000; i++)
    node = xmlNewChild (node, NULL, (const xmlChar *)"div", NULL);
  xmlNewChild (node, NULL, (const xmlChar *)"p", (const xmlChar *)"Very deep text, ignored or not.");

  doc = _readout_html_document_from_tree (xml, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (readout_document_get_text (doc), "Officials from Kenya"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  readout_engine_init ();

  g_test_add_func ("/html-importer/jsonld-graph", test_jsonld_graph);
  g_test_add_func ("/html-importer/jsonld-array", test_jsonld_array);
  g_test_add_func ("/html-importer/opengraph-fallback", test_opengraph_fallback);
  g_test_add_func ("/html-importer/markup-fallback", test_markup_fallback);
  g_test_add_func ("/html-importer/byline-splitting", test_byline_splitting);
  g_test_add_func ("/html-importer/title-suffix", test_title_suffix);
  g_test_add_func ("/html-importer/furniture-dropped", test_furniture_dropped);
  g_test_add_func ("/html-importer/transcript", test_transcript);
  g_test_add_func ("/html-importer/deep-nesting", test_deep_nesting);
  g_test_add_func ("/html-importer/deep-tree", test_deep_tree);

  return g_test_run ();
}
