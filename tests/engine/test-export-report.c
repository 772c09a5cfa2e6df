/* test-export-report.c — the HTML report, the CSV and the Markdown export
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two readouts the team wrote of an invented meeting between Chile and
 * Argentina on a glacier border, annotated as a user would: a note with
 * markup in it and a tag on one statement, a note that looks like a
 * spreadsheet formula on another, and a passage. The HTML is parsed with
 * libxml2's HTML parser and the CSV with a small RFC 4180 reader below,
 * and both are checked against the comparison.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <string.h>

#include "readout-engine.h"
#include "readout-export.h"
#include "readout-export-csv.h"
#include "readout-export-html.h"
#include "readout-session.h"
#include "test-util.h"

static const char * const santiago[] = {
  "Chilean Foreign Minister Paula Riquelme said on Monday the two countries would map the Southern Ice Field together before June.",
  "\u201cWe will not redraw a single kilometre of the border without the survey,\u201d Riquelme told reporters in Punta Arenas.",
  "Argentine Foreign Minister Tom\u00e1s Ibarra rejected the proposed timetable, saying the glaciers were retreating faster than Chile assumed.",
  NULL
};

static const char * const buenos_aires[] = {
  "Argentine Foreign Minister Tom\u00e1s Ibarra described the talks with Chile as frank and said Argentina would not accept a map drawn in a hurry.",
  "Ibarra said Buenos Aires was ready to share satellite data with Chile before the June talks on the ice field.",
  NULL
};

#define NOTE_MARKUP  "<script>alert(\"x\")</script>\nSecond line & more"
#define NOTE_FORMULA "=SUM(A1:A2)"
#define AUTHOR       "Ana Lima"

typedef struct
{
  ReadoutSession    *session;
  ReadoutComparison *comparison;
  ReadoutStatement  *first;     /* annotated with NOTE_MARKUP and "Evasive" */
  ReadoutStatement  *second;    /* annotated with NOTE_FORMULA */
  ReadoutAnnotation *passage;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(ReadoutAnalysis) a = test_util_analyse (santiago, "Santiago readout <glaciers & \"border\">");
  g_autoptr(ReadoutAnalysis) b = test_util_analyse (buenos_aires, "Buenos Aires readout");
  GListModel *statements;
  ReadoutAnnotation *annotation;
  ReadoutTag *evasive;
  ReadoutTag *formula;
  const char *text;
  const char *hit;
  guint start;

  f->comparison = test_util_compare (a, b, NULL);
  f->session = readout_session_new (f->comparison);
  readout_session_set_author (f->session, AUTHOR);
  statements = readout_comparison_get_statements (f->comparison);
  g_assert_cmpuint (g_list_model_get_n_items (statements), >=, 4);
  f->first = g_list_model_get_item (statements, 0);
  f->second = g_list_model_get_item (statements, 1);

  evasive = readout_session_add_tag (f->session, "Evasive", "orange");
  formula = readout_session_add_tag (f->session, "=HYPERLINK(\"http://example.org\")", "red");

  annotation = readout_session_annotate_statement (f->session, f->first);
  g_assert_nonnull (annotation);
  readout_annotation_set_note (annotation, NOTE_MARKUP);
  readout_annotation_add_tag (annotation, readout_tag_get_id (evasive));
  readout_annotation_set_status (annotation, READOUT_ANNOTATION_STATUS_DISPUTED);

  annotation = readout_session_annotate_statement (f->session, f->second);
  g_assert_nonnull (annotation);
  readout_annotation_set_note (annotation, NOTE_FORMULA);
  readout_annotation_add_tag (annotation, readout_tag_get_id (formula));

  /* "satellite data" in the second document. */
  text = readout_document_get_text (readout_analysis_get_document (b));
  hit = strstr (text, "satellite data");
  g_assert_nonnull (hit);
  start = g_utf8_pointer_to_offset (text, hit);
  f->passage = readout_session_annotate_passage (f->session, 1, start, start + 14);
  g_assert_nonnull (f->passage);
  readout_annotation_set_note (f->passage, "Which satellite?");
  readout_annotation_set_color (f->passage, "yellow");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->first);
  g_clear_object (&f->second);
  g_clear_object (&f->session);
  g_clear_object (&f->comparison);
}

/* HTML */

static gboolean
has_class (xmlNodePtr  node,
           const char *name)
{
  xmlChar *value = xmlGetProp (node, BAD_CAST "class");
  g_auto(GStrv) classes = value ? g_strsplit ((const char *)value, " ", -1) : NULL;

  xmlFree (value);
  return classes != NULL && g_strv_contains ((const char * const *)classes, name);
}

static void
find_all (xmlNodePtr  node,
          const char *element,
          const char *class_name,
          GPtrArray  *found)
{
  for (xmlNodePtr c = node; c != NULL; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE)
        continue;
      if (xmlStrEqual (c->name, BAD_CAST element) && (class_name == NULL || has_class (c, class_name)))
        g_ptr_array_add (found, c);
      find_all (c->children, element, class_name, found);
    }
}

static xmlNodePtr
find_one (xmlNodePtr  node,
          const char *element,
          const char *class_name)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  find_all (node, element, class_name, found);
  return found->len > 0 ? found->pdata[0] : NULL;
}

/* The children of @node, which must exist. */
static xmlNodePtr
inside (xmlNodePtr node)
{
  if (node == NULL)
    g_error ("element not found");
  return node->children;
}

static xmlNodePtr
find_id (xmlNodePtr  node,
         const char *id)
{
  for (xmlNodePtr c = node; c != NULL; c = c->next)
    {
      xmlChar *value;
      xmlNodePtr hit;

      if (c->type != XML_ELEMENT_NODE)
        continue;
      value = xmlGetProp (c, BAD_CAST "id");
      if (value != NULL && xmlStrEqual (value, BAD_CAST id))
        {
          xmlFree (value);
          return c;
        }
      xmlFree (value);
      if ((hit = find_id (c->children, id)) != NULL)
        return hit;
    }
  return NULL;
}

static char *
content (xmlNodePtr node)
{
  xmlChar *text = xmlNodeGetContent (node);
  char *copy = g_strdup ((const char *)text);

  xmlFree (text);
  return copy;
}

static htmlDocPtr
parse_html (const char *html)
{
  htmlDocPtr doc = htmlReadMemory (html, strlen (html), "report.html", "UTF-8",
                                   HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);

  g_assert_nonnull (doc);
  return doc;
}

static void
test_html_matrix (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *html = readout_session_to_html (f->session);
  htmlDocPtr doc = parse_html (html);
  xmlNodePtr root = xmlDocGetRootElement (doc);
  xmlNodePtr table = find_one (root, "table", "matrix");
  GListModel *parties = readout_comparison_get_parties (f->comparison);
  GListModel *topics = readout_comparison_get_topics (f->comparison);
  g_autoptr(GPtrArray) heads = g_ptr_array_new ();
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  guint n_parties = g_list_model_get_n_items (parties);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\""));
  g_assert_nonnull (table);
  find_all (inside (find_one (table->children, "thead", NULL)), "th", NULL, heads);
  /* Topic, then one column per party (every statement here has one). */
  g_assert_cmpuint (heads->len, ==, n_parties + 1);
  for (guint p = 0; p < n_parties; p++)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (parties, p);
      g_autofree char *text = content (heads->pdata[p + 1]);
      g_autofree char *expected = g_strdup_printf ("%s (%s)", readout_party_get_localized_name (party),
                                                   readout_party_get_id (party));

      g_assert_cmpstr (text, ==, expected);
    }

  find_all (inside (find_one (table->children, "tbody", NULL)), "tr", NULL, rows);
  g_assert_cmpuint (rows->len, ==, g_list_model_get_n_items (topics));
  for (guint t = 0; t < rows->len; t++)
    {
      g_autoptr(ReadoutTopic) topic = g_list_model_get_item (topics, t);
      g_autoptr(GPtrArray) cells = g_ptr_array_new ();
      g_autofree char *label = content (find_one (((xmlNodePtr)rows->pdata[t])->children, "th", NULL));

      g_assert_true (g_str_has_prefix (label, readout_topic_get_label (topic)));
      find_all (((xmlNodePtr)rows->pdata[t])->children, "td", NULL, cells);
      g_assert_cmpuint (cells->len, ==, n_parties);
      for (guint p = 0; p < n_parties; p++)
        {
          g_autoptr(ReadoutParty) party = g_list_model_get_item (parties, p);
          GListModel *cell = readout_comparison_get_cell (f->comparison, topic, party);
          g_autoptr(GPtrArray) items = g_ptr_array_new ();

          find_all (((xmlNodePtr)cells->pdata[p])->children, "li", NULL, items);
          g_assert_cmpuint (items->len, ==, g_list_model_get_n_items (cell));
          for (guint i = 0; i < items->len; i++)
            {
              g_autoptr(ReadoutStatement) s = g_list_model_get_item (cell, i);
              ReadoutSpeaker *speaker = readout_comparison_get_statement_speaker (f->comparison, s);
              g_autofree char *text = content (items->pdata[i]);
              g_autofree char *quoted = g_strdup_printf ("“%s”", readout_statement_get_text (s));
              xmlNodePtr link = find_one (((xmlNodePtr)items->pdata[i])->children, "a", NULL);
              xmlChar *href = xmlGetProp (link, BAD_CAST "href");
              g_autofree char *target = g_strconcat ("#s-", readout_comparison_get_statement_key (f->comparison, s),
                                                     NULL);

              /* Words, speaker, act and kind; the link leads to its entry. */
              g_assert_true (g_str_has_prefix (text, quoted));
              if (speaker != NULL)
                g_assert_nonnull (strstr (text, readout_speaker_get_name (speaker)));
              g_assert_nonnull (strstr (text, readout_act_get_label (readout_statement_get_act (s))));
              g_assert_cmpstr ((const char *)href, ==, target);
              g_assert_nonnull (find_id (root, target + 1));
              xmlFree (href);
            }
        }
    }
  xmlFreeDoc (doc);
}

static void
test_html_statements (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *html = readout_session_to_html (f->session);
  htmlDocPtr doc = parse_html (html);
  xmlNodePtr root = xmlDocGetRootElement (doc);
  g_autofree char *id = g_strconcat ("s-", readout_comparison_get_statement_key (f->comparison, f->first), NULL);
  xmlNodePtr article = find_id (root, id);
  g_autoptr(GPtrArray) notes = g_ptr_array_new ();
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();
  g_autoptr(GPtrArray) scripts = g_ptr_array_new ();
  g_autoptr(GPtrArray) times = g_ptr_array_new ();
  g_autofree char *entry = NULL;
  g_autofree char *note = NULL;
  g_autofree char *tag = NULL;
  xmlChar *style;
  xmlChar *datetime;
  g_autoptr(GDateTime) parsed = NULL;
  ReadoutSpeaker *speaker = readout_comparison_get_statement_speaker (f->comparison, f->first);

  g_assert_nonnull (article);
  entry = content (article);
  g_assert_nonnull (strstr (entry, readout_statement_get_text (f->first)));
  g_assert_nonnull (strstr (entry, readout_speaker_get_name (speaker)));
  g_assert_nonnull (strstr (entry, readout_party_get_id (readout_statement_get_party (f->first))));
  g_assert_nonnull (strstr (entry, "Santiago readout <glaciers & \"border\">"));
  g_assert_nonnull (strstr (entry, "Disputed"));
  g_assert_nonnull (strstr (entry, AUTHOR));

  /* The note is text, never markup: no script element anywhere. */
  find_all (article->children, "p", "note", notes);
  g_assert_cmpuint (notes->len, ==, 1);
  note = content (notes->pdata[0]);
  g_assert_cmpstr (note, ==, NOTE_MARKUP);
  find_all (root, "script", NULL, scripts);
  g_assert_cmpuint (scripts->len, ==, 0);
  g_assert_null (strstr (html, "<script"));
  g_assert_null (find_one (root, "glaciers", NULL));

  find_all (article->children, "li", "tag", tags);
  g_assert_cmpuint (tags->len, ==, 1);
  tag = content (tags->pdata[0]);
  g_assert_cmpstr (tag, ==, "Evasive");
  style = xmlGetProp (tags->pdata[0], BAD_CAST "style");
  g_assert_nonnull (strstr ((const char *)style, readout_color_to_hex ("orange")));
  xmlFree (style);

  find_all (article->children, "time", NULL, times);
  g_assert_cmpuint (times->len, ==, 2);
  datetime = xmlGetProp (times->pdata[0], BAD_CAST "datetime");
  parsed = g_date_time_new_from_iso8601 ((const char *)datetime, NULL);
  g_assert_nonnull (parsed);
  xmlFree (datetime);

  /* Every statement has its entry. */
  for (guint i = 0; i < g_list_model_get_n_items (readout_comparison_get_statements (f->comparison)); i++)
    {
      g_autoptr(ReadoutStatement) s = g_list_model_get_item (readout_comparison_get_statements (f->comparison), i);
      g_autofree char *sid = g_strconcat ("s-", readout_comparison_get_statement_key (f->comparison, s), NULL);
      xmlNodePtr node = find_id (root, sid);

      g_assert_nonnull (node);
      g_assert_cmpstr ((const char *)node->name, ==, "article");
    }
  xmlFreeDoc (doc);
}

static void
test_html_passages_and_print (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *html = readout_session_to_html (f->session);
  htmlDocPtr doc = parse_html (html);
  xmlNodePtr root = xmlDocGetRootElement (doc);
  xmlNodePtr section = find_id (root, "passages");
  g_autofree char *text = NULL;

  g_assert_nonnull (section);
  text = content (section);
  g_assert_nonnull (strstr (text, "satellite data"));
  g_assert_nonnull (strstr (text, "Which satellite?"));
  g_assert_nonnull (strstr (text, "d2"));

  /* Prints well: page breaks, light colours, addresses written out. */
  g_assert_nonnull (strstr (html, "@media print"));
  g_assert_nonnull (strstr (html, "break-before:page"));
  g_assert_nonnull (strstr (html, "break-inside:avoid"));
  g_assert_nonnull (strstr (html, "::after{content:\" (\" attr(href) \")\""));
  g_assert_nonnull (strstr (html, "--bg:#fff"));

  /* Self-contained: nothing is fetched from elsewhere. */
  g_assert_null (strstr (html, " src="));
  g_assert_null (find_one (root, "link", NULL));
  g_assert_null (find_one (root, "img", NULL));
  g_assert_null (strstr (html, "@import"));
  g_assert_null (strstr (html, "url("));
  xmlFreeDoc (doc);
}

/* CSV */

/* RFC 4180 records: fields quoted or not, "" inside quotes, CRLF between
 * records (a bare LF ends a record only outside quotes — and fails the
 * test, since we write CRLF). */
static GPtrArray *
parse_csv (const char *csv)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  GPtrArray *row = g_ptr_array_new ();
  GString *field = g_string_new (NULL);
  const char *p = csv;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          for (p++; !(*p == '"' && p[1] != '"'); p++)
            {
              g_assert_true (*p != '\0');
              if (*p == '"')
                p++;
              g_string_append_c (field, *p);
            }
          p++;
        }
      else
        for (; *p != ',' && *p != '\r' && *p != '\n' && *p != '\0'; p++)
          g_string_append_c (field, *p);
      g_ptr_array_add (row, g_string_free (field, FALSE));
      field = g_string_new (NULL);
      if (*p == ',')
        p++;
      else
        {
          g_assert_true (p[0] == '\r' && p[1] == '\n');
          p += 2;
          g_ptr_array_add (row, NULL);
          g_ptr_array_add (rows, g_ptr_array_free (row, FALSE));
          row = g_ptr_array_new ();
        }
    }
  g_assert_cmpuint (row->len, ==, 0);
  g_ptr_array_free (row, TRUE);
  g_string_free (field, TRUE);
  return rows;
}

static int
column (const char *name)
{
  const char * const *columns = readout_csv_get_columns ();

  for (int i = 0; columns[i] != NULL; i++)
    if (g_str_equal (columns[i], name))
      return i;
  g_assert_not_reached ();
}

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *csv = readout_session_to_csv (f->session);
  GListModel *statements = readout_comparison_get_statements (f->comparison);
  guint n = g_list_model_get_n_items (statements);
  g_autoptr(GPtrArray) rows = NULL;
  char **header;
  char **first;
  char **second;

  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF\"document_id\","));
  g_assert_true (g_utf8_validate (csv, -1, NULL));
  rows = parse_csv (csv + 3);
  g_assert_cmpuint (rows->len, ==, n + 1);
  header = rows->pdata[0];
  g_assert_cmpstrv (header, readout_csv_get_columns ());
  for (guint i = 1; i < rows->len; i++)
    {
      g_autoptr(ReadoutStatement) s = g_list_model_get_item (statements, i - 1);
      char **row = rows->pdata[i];
      g_autofree char *start = g_strdup_printf ("%u", readout_statement_get_start (s));

      g_assert_cmpuint (g_strv_length (row), ==, g_strv_length (header));
      g_assert_cmpstr (row[column ("statement")], ==, readout_comparison_get_statement_key (f->comparison, s));
      g_assert_cmpstr (row[column ("text")], ==, readout_statement_get_text (s));
      g_assert_cmpstr (row[column ("act")], ==, readout_act_to_string (readout_statement_get_act (s)));
      g_assert_cmpstr (row[column ("start")], ==, start);
    }

  first = rows->pdata[1];
  /* Quotes doubled inside a quoted field, markup and line breaks kept. */
  g_assert_cmpstr (first[column ("document_title")], ==, "Santiago readout <glaciers & \"border\">");
  g_assert_nonnull (strstr (csv, "\"Santiago readout <glaciers & \"\"border\"\">\""));
  g_assert_cmpstr (first[column ("notes")], ==, NOTE_MARKUP);
  g_assert_cmpstr (first[column ("tags")], ==, "Evasive");
  g_assert_cmpstr (first[column ("status")], ==, "disputed");
  g_assert_cmpstr (first[column ("author")], ==, AUTHOR);
  g_assert_cmpstr (first[column ("party_id")], ==, readout_party_get_id (readout_statement_get_party (f->first)));

  /* Formula injection: a leading apostrophe on cells starting with =. */
  second = rows->pdata[2];
  g_assert_cmpstr (second[column ("notes")], ==, "'" NOTE_FORMULA);
  g_assert_cmpstr (second[column ("tags")], ==, "'=HYPERLINK(\"http://example.org\")");
  g_assert_cmpstr (((char **)rows->pdata[3])[column ("notes")], ==, "");
}

/* Markdown */

static void
test_markdown (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *md = readout_session_to_markdown (f->session);
  g_autofree char *plain = readout_comparison_to_markdown (f->comparison);
  const char *words = readout_statement_get_text (f->first);
  const char *entry;
  const char *note;
  const char *passages;

  /* The comparison's export without a session is as before. */
  g_assert_null (strstr (plain, "**Note**"));
  g_assert_true (g_str_has_prefix (md, "# Comparison of 2 articles\n"));
  g_assert_nonnull (strstr (md, "| Topic |"));

  /* The first statement's entry in the topics, then its annotation,
   * indented under the item. */
  entry = strstr (md, "## Topics");
  g_assert_nonnull (entry);
  entry = strstr (entry, words);
  g_assert_nonnull (entry);
  note = strstr (entry, "\n\n  > **Note** · Disputed · Tags: Evasive · " AUTHOR ", ");
  g_assert_nonnull (note);
  g_assert_nonnull (strstr (note, "  > &lt;script>alert(\"x\")&lt;/script>  \n  > Second line &amp; more\n"));
  g_assert_null (strstr (md, "<script"));

  passages = strstr (md, "## Annotations on passages\n\n### d2, ");
  g_assert_nonnull (passages);
  g_assert_nonnull (strstr (passages, "> “satellite data”\n"));
  g_assert_nonnull (strstr (passages, "> Which satellite?\n"));
  g_assert_null (strstr (md, "## Orphaned annotations"));
}

/* Every format of a session with nothing in it. */
static void
test_empty_session (void)
{
  g_autoptr(ReadoutSession) session = readout_session_new (NULL);

  for (ReadoutExportFormat format = 0; format < READOUT_N_EXPORT_FORMATS; format++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = readout_session_export_bytes (session, format, &error);
      ReadoutExportFormat back;

      g_assert_no_error (error);
      g_assert_nonnull (bytes);
      g_assert_cmpuint (g_bytes_get_size (bytes), >, 0);
      g_assert_true (readout_export_format_from_string (readout_export_format_to_string (format), &back));
      g_assert_cmpint (back, ==, format);
      g_assert_nonnull (readout_export_format_get_label (format));
      if (format == READOUT_EXPORT_CSV)
        {
          const char *header = "\xEF\xBB\xBF\"document_id\",\"document_title\",\"statement\",\"kind\",\"speaker\","
                               "\"role\",\"party_id\",\"party\",\"topic\",\"act\",\"cameo\",\"cue\",\"text\","
                               "\"start\",\"end\",\"notes\",\"tags\",\"status\",\"author\"\r\n";

          g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), header, strlen (header));
        }
    }
}

static void
test_export_file (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("readout-report-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "report.html", NULL);
  g_autofree char *missing = g_build_filename (dir, "no such folder", "report.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) nowhere = g_file_new_for_path (missing);
  g_autofree char *written = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, "old", 3, &error));
  g_assert_true (readout_session_export_file (f->session, READOUT_EXPORT_HTML, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, NULL, &error));
  g_assert_true (g_str_has_prefix (written, "<!DOCTYPE html>"));

  g_assert_false (readout_session_export_file (f->session, READOUT_EXPORT_CSV, nowhere, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "report.csv"));
  /* Nothing but the report: no temporary file left behind. */
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    guint n = 0;

    while (g_dir_read_name (d) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 1);
  }
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  readout_engine_init ();

  g_test_add ("/export-report/html/matrix", Fixture, NULL, fixture_set_up, test_html_matrix, fixture_tear_down);
  g_test_add ("/export-report/html/statements", Fixture, NULL, fixture_set_up, test_html_statements,
              fixture_tear_down);
  g_test_add ("/export-report/html/passages-and-print", Fixture, NULL, fixture_set_up,
              test_html_passages_and_print, fixture_tear_down);
  g_test_add ("/export-report/csv", Fixture, NULL, fixture_set_up, test_csv, fixture_tear_down);
  g_test_add ("/export-report/markdown", Fixture, NULL, fixture_set_up, test_markdown, fixture_tear_down);
  g_test_add ("/export-report/file", Fixture, NULL, fixture_set_up, test_export_file, fixture_tear_down);
  g_test_add_func ("/export-report/empty-session", test_empty_session);

  return g_test_run ();
}
