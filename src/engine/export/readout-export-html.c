/* readout-export-html.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written by hand into a GString: every text from an article or the user
 * goes through escape(), which also drops the control characters HTML
 * does not allow. The only styles taken from data are colours from
 * readout_color_to_hex(), which are #rrggbb.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "readout-export-html.h"
#include "readout-export-private.h"
#include "readout-tone.h"

/* On screen it follows the system's light or dark style; printed it is
 * black on white with the web addresses written out. */
static const char style[] =
  ":root{color-scheme:light dark;--fg:#1e1e1e;--bg:#fafafa;--muted:#5e5c64;--line:#c8c8c8;"
  "--card:#fff;--accent:#1c71d8}\n"
  "@media (prefers-color-scheme:dark){:root{--fg:#f6f5f4;--bg:#1e1e1e;--muted:#c0bfbc;"
  "--line:#555;--card:#2a2a2a;--accent:#78aeed}}\n"
  "body{font:15px/1.5 system-ui,sans-serif;color:var(--fg);background:var(--bg);"
  "max-width:72rem;margin:0 auto;padding:1.5rem}\n"
  "a{color:var(--accent)}\n"
  "h1{margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid var(--line)}\n"
  "table{border-collapse:collapse;width:100%;margin:1rem 0}\n"
  "th,td{border:1px solid var(--line);padding:.4rem .5rem;vertical-align:top;text-align:left}\n"
  "thead th{background:var(--card)}\n"
  ".matrix ul{margin:0;padding-left:1rem}.matrix li{margin-bottom:.3rem}\n"
  ".meta{color:var(--muted);font-size:.9em}\n"
  ".statement{background:var(--card);border:1px solid var(--line);border-radius:6px;"
  "padding:.6rem 1rem;margin:.8rem 0}\n"
  "blockquote{margin:.3rem 0 .6rem;padding-left:.8rem;border-left:3px solid var(--accent)}\n"
  "dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.4rem 0}\n"
  "dt{color:var(--muted)}dd{margin:0}\n"
  ".annotation{border-left:5px solid var(--highlight,var(--line));padding:.3rem .8rem;margin:.6rem 0}\n"
  ".annotation h4{margin:0;font-size:1em}\n"
  ".note{white-space:pre-wrap;margin:.3rem 0}\n"
  ".tags{list-style:none;padding:0;margin:.3rem 0}\n"
  ".tag{display:inline-block;border:1px solid var(--line);border-left:.8em solid var(--tag);"
  "border-radius:3px;padding:0 .4em;margin:0 .3em .2em 0;font-size:.9em}\n"
  ".status{font-weight:600}\n"
  "@page{margin:1.6cm}\n"
  "@media print{:root{--fg:#000;--bg:#fff;--muted:#333;--line:#888;--card:#fff;--accent:#000;"
  "color-scheme:light}\n"
  "body{font-size:10pt;max-width:none;padding:0;background:#fff;color:#000}\n"
  "nav{display:none}a{color:inherit;text-decoration:none}\n"
  "a[href^=\"http\"]::after,a[href^=\"file:\"]::after{content:\" (\" attr(href) \")\";"
  "font-size:.85em;word-break:break-all}\n"
  "section.page{break-before:page}h1,h2,h3,h4{break-after:avoid}\n"
  "tr,.statement,.annotation{break-inside:avoid}thead{display:table-header-group}\n"
  ".tag,.annotation{print-color-adjust:exact;-webkit-print-color-adjust:exact}}\n";

typedef struct
{
  GString              *out;
  ReadoutExportContext  context;
  ReadoutSession       *session;
  ReadoutComparison    *comparison;
} Html;

/* @text as HTML text or attribute value. */
static void
escape (GString    *out,
        const char *text)
{
  if (text == NULL)
    return;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&#39;"); break;
        default:
          if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c < 0xA0))
            break;
          g_string_append_len (out, p, g_utf8_next_char (p) - p);
        }
    }
}

/* printf for markup: the format is ours, every %s argument is escaped. */
static void
tag_text (Html       *h,
          const char *open,
          const char *text,
          const char *close)
{
  g_string_append (h->out, open);
  escape (h->out, text);
  g_string_append (h->out, close);
}

static const char *
kind_label (ReadoutStatementKind kind)
{
  switch (kind)
    {
    case READOUT_STATEMENT_DIRECT:
      return _("Direct quotation");
    case READOUT_STATEMENT_MIXED:
      return _("Partial quotation");
    case READOUT_STATEMENT_INDIRECT:
      return _("Reported speech");
    case READOUT_STATEMENT_STANCE:
    default:
      return _("Stance");
    }
}

static void
party_name (Html         *h,
            ReadoutParty *party)
{
  if (party == NULL)
    {
      escape (h->out, _("No party"));
      return;
    }
  escape (h->out, readout_party_get_localized_name (party));
  tag_text (h, " (", readout_party_get_id (party), ")");
}

static void
append_time (Html      *h,
             GDateTime *time)
{
  g_autofree char *iso = _readout_export_format_time (time);
  g_autoptr(GDateTime) utc = time ? g_date_time_to_utc (time) : NULL;
  g_autofree char *shown = utc ? g_date_time_format (utc, "%Y-%m-%d %H:%M UTC") : NULL;

  if (iso == NULL)
    return;
  tag_text (h, "<time datetime=\"", iso, "\">");
  tag_text (h, "", shown, "</time>");
}

static void
statement_link (Html             *h,
                ReadoutStatement *s,
                gboolean          open)
{
  if (open)
    tag_text (h, "<a href=\"#s-", readout_comparison_get_statement_key (h->comparison, s), "\">");
  else
    g_string_append (h->out, "</a>");
}

static void
append_documents (Html *h)
{
  GListModel *analyses = readout_comparison_get_analyses (h->comparison);
  guint n = g_list_model_get_n_items (analyses);

  tag_text (h, "<section id=\"documents\">\n<h2>", _("Documents"), "</h2>\n");
  if (n == 0)
    {
      tag_text (h, "<p>", _("This comparison has no documents."), "</p>\n</section>\n");
      return;
    }
  g_string_append (h->out, "<table>\n<thead><tr>");
  tag_text (h, "<th scope=\"col\">", _("ID"), "</th>");
  tag_text (h, "<th scope=\"col\">", _("Title"), "</th>");
  tag_text (h, "<th scope=\"col\">", _("Source"), "</th>");
  tag_text (h, "<th scope=\"col\">", _("Date"), "</th>");
  tag_text (h, "<th scope=\"col\">", _("Address"), "</th>");
  g_string_append (h->out, "</tr></thead>\n<tbody>\n");
  for (guint d = 0; d < n; d++)
    {
      g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (analyses, d);
      ReadoutDocument *doc = readout_analysis_get_document (analysis);
      g_autofree char *title = _readout_export_document_name (h->comparison, d);
      const char *url = readout_document_get_url (doc);
      const char *uri = readout_document_get_uri (doc);
      const char *address = url != NULL && *url != '\0' ? url : uri;

      tag_text (h, "<tr><td>", readout_comparison_get_document_id (h->comparison, d), "</td>");
      tag_text (h, "<td>", title, "</td>");
      tag_text (h, "<td>", readout_document_get_source (doc), "</td>");
      tag_text (h, "<td>", readout_document_get_date (doc), "</td><td>");
      if (address != NULL && *address != '\0')
        {
          tag_text (h, "<a href=\"", address, "\">");
          tag_text (h, "", address, "</a>");
        }
      g_string_append (h->out, "</td></tr>\n");
    }
  g_string_append (h->out, "</tbody>\n</table>\n</section>\n");
}

/* A statement in a cell: its words (linked to its entry), speaker, act,
 * kind. */
static void
append_cell_statement (Html             *h,
                       ReadoutStatement *s)
{
  ReadoutSpeaker *speaker = readout_comparison_get_statement_speaker (h->comparison, s);

  g_string_append (h->out, "<li>");
  statement_link (h, s, TRUE);
  tag_text (h, "“", readout_statement_get_text (s), "”");
  statement_link (h, s, FALSE);
  g_string_append (h->out, " <span class=\"meta\">— ");
  escape (h->out, speaker ? readout_speaker_get_name (speaker) : _("Unknown speaker"));
  tag_text (h, " · ", readout_act_get_label (readout_statement_get_act (s)), "");
  tag_text (h, " · ", kind_label (readout_statement_get_kind (s)), "");
  if (_readout_export_context_lookup (&h->context, s) != NULL)
    tag_text (h, " · ", _("annotated"), "");
  g_string_append (h->out, "</span></li>\n");
}

static const char *
relation_label (ReadoutRelation relation)
{
  switch (relation)
    {
    case READOUT_RELATION_ONE_SIDED:
      return _("one side only");
    case READOUT_RELATION_CONVERGE:
      return _("positions converge");
    case READOUT_RELATION_DIVERGE:
    default:
      return _("positions diverge");
    }
}

/* Topics as rows, parties as columns, and a last column for statements
 * no party was found for, when there are any, so nothing is left out. */
static void
append_matrix (Html *h)
{
  GListModel *topics = readout_comparison_get_topics (h->comparison);
  GListModel *parties = readout_comparison_get_parties (h->comparison);
  guint n_topics = g_list_model_get_n_items (topics);
  guint n_parties = g_list_model_get_n_items (parties);
  gboolean partyless = FALSE;

  for (guint t = 0; t < n_topics && !partyless; t++)
    {
      g_autoptr(ReadoutTopic) topic = g_list_model_get_item (topics, t);

      partyless = g_list_model_get_n_items (readout_comparison_get_cell (h->comparison, topic, NULL)) > 0;
    }

  tag_text (h, "<section id=\"matrix\" class=\"page\">\n<h2>", _("Parties and Topics"), "</h2>\n");
  if (n_topics == 0)
    {
      tag_text (h, "<p>", _("No statements were found."), "</p>\n</section>\n");
      return;
    }
  g_string_append (h->out, "<table class=\"matrix\">\n<thead><tr>");
  tag_text (h, "<th scope=\"col\">", _("Topic"), "</th>");
  for (guint p = 0; p <= n_parties; p++)
    {
      g_autoptr(ReadoutParty) party = p < n_parties ? g_list_model_get_item (parties, p) : NULL;

      if (party == NULL && !partyless)
        continue;
      g_string_append (h->out, "<th scope=\"col\">");
      party_name (h, party);
      g_string_append (h->out, "</th>");
    }
  g_string_append (h->out, "</tr></thead>\n<tbody>\n");
  for (guint t = 0; t < n_topics; t++)
    {
      g_autoptr(ReadoutTopic) topic = g_list_model_get_item (topics, t);

      tag_text (h, "<tr><th scope=\"row\">", readout_topic_get_label (topic), "");
      tag_text (h, "<br><span class=\"meta\">", relation_label (readout_topic_get_relation (topic)),
                "</span></th>\n");
      for (guint p = 0; p <= n_parties; p++)
        {
          g_autoptr(ReadoutParty) party = p < n_parties ? g_list_model_get_item (parties, p) : NULL;
          GListModel *cell;
          guint n;

          if (party == NULL && !partyless)
            continue;
          cell = readout_comparison_get_cell (h->comparison, topic, party);
          n = g_list_model_get_n_items (cell);
          g_string_append (h->out, "<td>");
          if (n == 0)
            g_string_append (h->out, "—");
          else
            g_string_append (h->out, "<ul>\n");
          for (guint i = 0; i < n; i++)
            {
              g_autoptr(ReadoutStatement) s = g_list_model_get_item (cell, i);

              append_cell_statement (h, s);
            }
          g_string_append (h->out, n ? "</ul></td>\n" : "</td>\n");
        }
      g_string_append (h->out, "</tr>\n");
    }
  g_string_append (h->out, "</tbody>\n</table>\n</section>\n");
}

static void
append_annotation (Html              *h,
                   ReadoutAnnotation *annotation)
{
  const char *color = readout_annotation_get_color (annotation);
  const char *note = readout_annotation_get_note (annotation);
  const char *author = readout_annotation_get_author (annotation);
  const char * const *tags = readout_annotation_get_tags (annotation);
  ReadoutAnnotationStatus status = readout_annotation_get_status (annotation);

  tag_text (h, "<aside class=\"annotation\" id=\"annotation-", readout_annotation_get_id (annotation), "\"");
  if (readout_color_to_hex (color) != NULL)
    tag_text (h, " style=\"--highlight:", readout_color_to_hex (color), "\"");
  g_string_append (h->out, ">\n");
  tag_text (h, "<h4>", *note != '\0' ? _("Note") : _("Annotation"), "</h4>\n");
  if (*note != '\0')
    tag_text (h, "<p class=\"note\">", note, "</p>\n");
  if (tags[0] != NULL)
    {
      tag_text (h, "<ul class=\"tags\" aria-label=\"", _("Tags"), "\">");
      for (guint k = 0; tags[k] != NULL; k++)
        {
          ReadoutTag *tag = readout_session_find_tag (h->session, tags[k]);

          tag_text (h, "<li class=\"tag\" style=\"--tag:",
                    readout_color_to_hex (tag ? readout_tag_get_color (tag) : "blue"), "\">");
          tag_text (h, "", tag ? readout_tag_get_name (tag) : tags[k], "</li>");
        }
      g_string_append (h->out, "</ul>\n");
    }
  g_string_append (h->out, "<p class=\"meta\">");
  if (status != READOUT_ANNOTATION_STATUS_NONE)
    tag_text (h, "<span class=\"status\">", readout_annotation_status_get_label (status), "</span> · ");
  if (author != NULL && *author != '\0')
    tag_text (h, "", author, " · ");
  tag_text (h, "", _("created"), " ");
  append_time (h, readout_annotation_get_created (annotation));
  tag_text (h, " · ", _("modified"), " ");
  append_time (h, readout_annotation_get_modified (annotation));
  g_string_append (h->out, "</p>\n</aside>\n");
}

static void
definition (Html       *h,
            const char *term,
            const char *value)
{
  tag_text (h, "<dt>", term, "</dt>");
  tag_text (h, "<dd>", value && *value ? value : "—", "</dd>\n");
}

static void
append_statement (Html             *h,
                  ReadoutStatement *s)
{
  ReadoutComparison *comparison = h->comparison;
  ReadoutSpeaker *speaker = readout_comparison_get_statement_speaker (comparison, s);
  ReadoutTopic *topic = readout_comparison_get_statement_topic (comparison, s);
  ReadoutAct act = readout_statement_get_act (s);
  guint mode = readout_statement_get_mode (s);
  guint d = readout_comparison_get_statement_document (comparison, s);
  g_autofree char *document = _readout_export_document_name (comparison, d);
  GPtrArray *annotations = _readout_export_context_lookup (&h->context, s);
  const char *role = speaker ? readout_speaker_get_role (speaker) : NULL;
  GString *value = g_string_new (NULL);

  tag_text (h, "<article class=\"statement\" id=\"s-", readout_comparison_get_statement_key (comparison, s), "\">\n");
  tag_text (h, "<blockquote>", readout_statement_get_text (s), "</blockquote>\n<dl>\n");
  g_string_append (value, speaker ? readout_speaker_get_name (speaker) : _("Unknown speaker"));
  if (role != NULL && *role != '\0')
    g_string_append_printf (value, ", %s", role);
  definition (h, _("Speaker"), value->str);
  g_string_append (h->out, "<dt>");
  escape (h->out, _("Party"));
  g_string_append (h->out, "</dt><dd>");
  party_name (h, readout_statement_get_party (s));
  g_string_append (h->out, "</dd>\n");
  definition (h, _("Cue"), readout_statement_get_cue (s));
  definition (h, _("Kind"), kind_label (readout_statement_get_kind (s)));
  /* TRANSLATORS: an act in the HTML report: its name, code and CAMEO code, "Rejection (REJECT, CAMEO 12)" */
  g_string_printf (value, _("%s (%s, CAMEO %s)"), readout_act_get_label (act), readout_act_to_string (act),
                   readout_act_get_cameo (act));
  for (guint flag = 1; flag <= READOUT_ACT_MODE_FUTURE; flag <<= 1)
    if (mode & flag)
      g_string_append_printf (value, ", %s",
                              flag == READOUT_ACT_MODE_NEGATED ? _("negated") :
                              flag == READOUT_ACT_MODE_CONDITIONAL ? _("conditional") : _("future"));
  definition (h, _("Act"), value->str);
  definition (h, _("Topic"), topic ? readout_topic_get_label (topic) : NULL);
  /* TRANSLATORS: where a statement is: document id, title, and its first and last character, "d1 “Talks”, characters 120–180" */
  g_string_printf (value, _("%s “%s”, characters %u–%u"), readout_comparison_get_document_id (comparison, d),
                   document, readout_statement_get_start (s), readout_statement_get_end (s));
  definition (h, _("Source"), value->str);
  if (readout_statement_get_user_added (s))
    definition (h, _("Added"), _("by hand"));
  g_string_append (h->out, "</dl>\n");
  g_string_free (value, TRUE);
  for (guint k = 0; annotations != NULL && k < annotations->len; k++)
    append_annotation (h, annotations->pdata[k]);
  g_string_append (h->out, "</article>\n");
}

/* Every statement, document by document, in reading order. */
static void
append_statements (Html *h)
{
  GListModel *statements = readout_comparison_get_statements (h->comparison);
  guint n = g_list_model_get_n_items (statements);
  guint last = G_MAXUINT;

  if (n == 0)
    return;
  tag_text (h, "<section id=\"statements\" class=\"page\">\n<h2>", _("Statements"), "</h2>\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutStatement) s = g_list_model_get_item (statements, i);
      guint d = readout_comparison_get_statement_document (h->comparison, s);

      if (d != last)
        {
          g_autofree char *title = _readout_export_document_name (h->comparison, d);

          tag_text (h, "<h3>", readout_comparison_get_document_id (h->comparison, d), " — ");
          tag_text (h, "", title, "</h3>\n");
          last = d;
        }
      append_statement (h, s);
    }
  g_string_append (h->out, "</section>\n");
}

static void
append_passage (Html              *h,
                ReadoutAnnotation *annotation)
{
  const ReadoutAnchor *anchor = readout_annotation_get_anchor (annotation);
  int d = readout_session_get_annotation_document (h->session, annotation);
  g_autofree char *document = d >= 0 ? _readout_export_document_name (h->comparison, d) : NULL;
  g_autofree char *where = NULL;

  if (document != NULL)
    where = g_strdup_printf (_("%s “%s”, characters %u–%u"), readout_annotation_get_document (annotation),
                             document, anchor->start, anchor->end);
  else
    /* TRANSLATORS: where an orphaned annotation was: document id and its first and last character */
    where = g_strdup_printf (_("%s, characters %u–%u when it was made"),
                             readout_annotation_get_document (annotation), anchor->start, anchor->end);
  g_string_append (h->out, "<div class=\"statement\">\n");
  tag_text (h, "<blockquote>", anchor->exact, "</blockquote>\n");
  tag_text (h, "<p class=\"meta\">", where, "</p>\n");
  append_annotation (h, annotation);
  g_string_append (h->out, "</div>\n");
}

static void
append_other (Html *h)
{
  GListModel *orphans = readout_session_get_orphaned_statements (h->session);
  guint n_orphans = g_list_model_get_n_items (orphans);

  if (h->context.passages->len > 0)
    {
      tag_text (h, "<section id=\"passages\" class=\"page\">\n<h2>", _("Annotations on Passages"), "</h2>\n");
      for (guint i = 0; i < h->context.passages->len; i++)
        append_passage (h, h->context.passages->pdata[i]);
      g_string_append (h->out, "</section>\n");
    }
  if (h->context.orphaned->len == 0 && n_orphans == 0)
    return;
  tag_text (h, "<section id=\"orphaned\" class=\"page\">\n<h2>", _("Orphaned"), "</h2>\n");
  tag_text (h, "<p>", _("These could not be found again in the documents’ current text. They are kept as they were."),
            "</p>\n");
  for (guint i = 0; i < h->context.orphaned->len; i++)
    append_passage (h, h->context.orphaned->pdata[i]);
  for (guint i = 0; i < n_orphans; i++)
    {
      g_autoptr(ReadoutStatement) s = g_list_model_get_item (orphans, i);
      ReadoutSpeaker *speaker = readout_statement_get_speaker (s);

      g_string_append (h->out, "<div class=\"statement\">\n");
      tag_text (h, "<blockquote>", readout_statement_get_text (s), "</blockquote>\n");
      tag_text (h, "<p class=\"meta\">", speaker ? readout_speaker_get_name (speaker) : _("Unknown speaker"), "");
      tag_text (h, " · ", readout_act_get_label (readout_statement_get_act (s)), "</p>\n</div>\n");
    }
  g_string_append (h->out, "</section>\n");
}

static void
append_nav (Html *h)
{
  tag_text (h, "<nav aria-label=\"", _("Contents"), "\"><ul>\n");
  tag_text (h, "<li><a href=\"#documents\">", _("Documents"), "</a></li>\n");
  tag_text (h, "<li><a href=\"#matrix\">", _("Parties and Topics"), "</a></li>\n");
  if (g_list_model_get_n_items (readout_comparison_get_statements (h->comparison)) > 0)
    tag_text (h, "<li><a href=\"#statements\">", _("Statements"), "</a></li>\n");
  if (h->context.passages->len > 0)
    tag_text (h, "<li><a href=\"#passages\">", _("Annotations on Passages"), "</a></li>\n");
  if (h->context.orphaned->len > 0 ||
      g_list_model_get_n_items (readout_session_get_orphaned_statements (h->session)) > 0)
    tag_text (h, "<li><a href=\"#orphaned\">", _("Orphaned"), "</a></li>\n");
  g_string_append (h->out, "</ul></nav>\n");
}

char *
readout_session_to_html (ReadoutSession *session)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *title = NULL;
  g_autofree char *docs = NULL;
  g_autofree char *statements = NULL;
  g_autofree char *annotations = NULL;
  guint n_docs, n_statements, n_annotations;
  Html h = { 0 };

  g_return_val_if_fail (READOUT_IS_SESSION (session), NULL);

  h.out = g_string_new (NULL);
  h.session = session;
  _readout_export_context_init (&h.context, session);
  h.comparison = h.context.comparison;
  title = _readout_export_title (&h.context);
  n_docs = readout_comparison_get_n_documents (h.comparison);
  n_statements = g_list_model_get_n_items (readout_comparison_get_statements (h.comparison));

  /* TRANSLATORS: the language code of your translation, for the HTML report's lang attribute ("de") */
  tag_text (&h, "<!DOCTYPE html>\n<html lang=\"", C_("html-lang", "en"), "\">\n<head>\n");
  g_string_append (h.out, "<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<meta name=\"generator\" content=\"Readout " PACKAGE_VERSION "\">\n");
  tag_text (&h, "<title>", title, "</title>\n");
  g_string_append_printf (h.out, "<style>\n%s</style>\n</head>\n<body>\n<header>\n", style);
  tag_text (&h, "<h1>", title, "</h1>\n<p class=\"meta\">");
  n_annotations = h.context.n_annotations;
  docs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document", "%u documents", n_docs), n_docs);
  statements = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u statement", "%u statements", n_statements),
                                n_statements);
  annotations = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u annotation", "%u annotations", n_annotations),
                                 n_annotations);
  tag_text (&h, "", docs, " · ");
  tag_text (&h, "", statements, " · ");
  tag_text (&h, "", annotations, " · ");
  /* TRANSLATORS: under the HTML report's title, before the date and time */
  tag_text (&h, "", _("exported from Readout on"), " ");
  append_time (&h, now);
  g_string_append (h.out, "</p>\n</header>\n");
  append_nav (&h);
  g_string_append (h.out, "<main>\n");
  append_documents (&h);
  append_matrix (&h);
  append_statements (&h);
  append_other (&h);
  g_string_append (h.out, "</main>\n</body>\n</html>\n");

  _readout_export_context_clear (&h.context);
  return g_string_free (h.out, FALSE);
}
