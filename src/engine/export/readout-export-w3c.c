/* readout-export-w3c.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "readout-export-private.h"
#include "readout-export-w3c.h"
#include "readout-json-private.h"

#define ANNO_CONTEXT "http://www.w3.org/ns/anno.jsonld"

/* Walks a document's text by code points: statements come in reading
 * order, so each lookup moves a short way from the last one. */
typedef struct
{
  const char *text;
  const char *end;
  const char *at;
  glong       offset;   /* code points before @at */
  glong       length;   /* code points in the text */
} Cursor;

static const char *
cursor_seek (Cursor *c,
             glong   offset)
{
  /* g_utf8_offset_to_pointer() does not stop at the end of the text. */
  offset = CLAMP (offset, 0, c->length);
  if (offset == 0)
    c->at = c->text;
  else if (offset == c->length)
    c->at = c->end;
  else if (offset != c->offset)
    c->at = g_utf8_offset_to_pointer (c->at, offset - c->offset);
  c->offset = offset;
  return c->at;
}

/* Code points [@start, @end) of the text, clamped to it. */
static char *
cursor_slice (Cursor *c,
              glong   start,
              glong   end)
{
  const char *from = cursor_seek (c, start);
  const char *to = cursor_seek (c, MAX (start, end));

  return g_strndup (from, to - from);
}

static void
add_tag (JsonBuilder *builder,
         const char  *kind,
         const char  *value)
{
  g_autofree char *tag = g_strconcat (kind, ":", value, NULL);

  json_builder_begin_object (builder);
  _readout_json_add_string (builder, "type", "TextualBody");
  _readout_json_add_string (builder, "purpose", "tagging");
  _readout_json_add_string (builder, "value", tag);
  json_builder_end_object (builder);
}

/* One line for people: who, for whom, what act, on what. */
static char *
describe (ReadoutComparison *comparison,
          ReadoutStatement  *s)
{
  ReadoutSpeaker *speaker = readout_comparison_get_statement_speaker (comparison, s);
  ReadoutParty *party = readout_statement_get_party (s);
  ReadoutTopic *topic = readout_comparison_get_statement_topic (comparison, s);
  const char *cue = readout_statement_get_cue (s);
  guint mode = readout_statement_get_mode (s);
  GString *out = g_string_new (NULL);

  g_string_append (out, speaker ? readout_speaker_get_name (speaker) : _("Unknown speaker"));
  if (party != NULL)
    g_string_append_printf (out, " (%s)", readout_party_get_name (party));
  g_string_append_printf (out, ": %s", readout_act_get_label (readout_statement_get_act (s)));
  for (guint flag = 1; flag <= READOUT_ACT_MODE_FUTURE; flag <<= 1)
    if (mode & flag)
      g_string_append_printf (out, ", %s", readout_act_mode_to_string (flag));
  if (cue != NULL && *cue != '\0')
    /* TRANSLATORS: after a statement's speaker and act: the word that introduced it */
    g_string_append_printf (out, _(" — cue “%s”"), cue);
  if (topic != NULL)
    /* TRANSLATORS: after a statement's speaker and act: its topic's label */
    g_string_append_printf (out, _(" — topic “%s”"), readout_topic_get_label (topic));
  g_string_append_printf (out, " [%s]", readout_comparison_get_statement_key (comparison, s));
  return g_string_free (out, FALSE);
}

static void
add_bodies (JsonBuilder       *builder,
            ReadoutComparison *comparison,
            ReadoutStatement  *s)
{
  g_autofree char *description = describe (comparison, s);
  ReadoutParty *party = readout_statement_get_party (s);
  ReadoutTopic *topic = readout_comparison_get_statement_topic (comparison, s);

  json_builder_set_member_name (builder, "body");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  _readout_json_add_string (builder, "type", "TextualBody");
  _readout_json_add_string (builder, "purpose", "describing");
  _readout_json_add_string (builder, "format", "text/plain");
  _readout_json_add_string (builder, "value", description);
  json_builder_end_object (builder);
  if (party != NULL)
    add_tag (builder, "party", readout_party_get_id (party));
  add_tag (builder, "act", readout_act_to_string (readout_statement_get_act (s)));
  if (topic != NULL)
    add_tag (builder, "topic", readout_topic_get_label (topic));
  for (const char * const *t = readout_statement_get_tone (s); *t != NULL; t++)
    add_tag (builder, "tone", *t);
  json_builder_end_array (builder);
}

static void
add_target (JsonBuilder      *builder,
            const char       *source,
            Cursor           *cursor,
            ReadoutStatement *s)
{
  glong start = readout_statement_get_start (s);
  glong end = readout_statement_get_end (s);
  g_autofree char *exact = cursor_slice (cursor, start, end);
  g_autofree char *prefix = cursor_slice (cursor, MAX (0, start - READOUT_W3C_CONTEXT_LENGTH), start);
  g_autofree char *suffix = cursor_slice (cursor, end, end + READOUT_W3C_CONTEXT_LENGTH);

  json_builder_set_member_name (builder, "target");
  json_builder_begin_object (builder);
  _readout_json_add_string (builder, "type", "SpecificResource");
  _readout_json_add_string (builder, "source", source);
  json_builder_set_member_name (builder, "selector");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  _readout_json_add_string (builder, "type", "TextQuoteSelector");
  _readout_json_add_string (builder, "exact", exact);
  /* Left out at the start and end of the text, rather than empty. */
  if (*prefix != '\0')
    _readout_json_add_string (builder, "prefix", prefix);
  if (*suffix != '\0')
    _readout_json_add_string (builder, "suffix", suffix);
  json_builder_end_object (builder);
  json_builder_begin_object (builder);
  _readout_json_add_string (builder, "type", "TextPositionSelector");
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, start);
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, end);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* The web address lets annotation tools find the article; a local file's
 * URI is kept when there is none; otherwise the text's hash names it. */
static char *
source_iri (ReadoutDocument *document)
{
  const char *url = readout_document_get_url (document);
  const char *uri = readout_document_get_uri (document);

  if (url != NULL && *url != '\0')
    return g_strdup (url);
  if (uri != NULL && *uri != '\0')
    return g_strdup (uri);
  return g_strconcat ("urn:sha256:", readout_document_get_sha256 (document), NULL);
}

static void
add_creator (JsonBuilder *builder)
{
  json_builder_set_member_name (builder, "creator");
  json_builder_begin_object (builder);
  _readout_json_add_string (builder, "type", "Software");
  _readout_json_add_string (builder, "name", "Readout");
  json_builder_end_object (builder);
}

static void
add_uuid (JsonBuilder *builder)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *id = g_strconcat ("urn:uuid:", uuid, NULL);

  _readout_json_add_string (builder, "id", id);
}

static void
add_body (JsonBuilder *builder,
          const char  *purpose,
          const char  *value)
{
  json_builder_begin_object (builder);
  _readout_json_add_string (builder, "type", "TextualBody");
  _readout_json_add_string (builder, "purpose", purpose);
  if (g_str_equal (purpose, "commenting"))
    _readout_json_add_string (builder, "format", "text/plain");
  _readout_json_add_string (builder, "value", value);
  json_builder_end_object (builder);
}

/* A user's annotation: the note, the tags by name, the status as an
 * assessment; the author as a Person. */
static void
add_annotation (JsonBuilder       *builder,
                ReadoutSession    *session,
                ReadoutAnnotation *annotation,
                GPtrArray         *sources)
{
  const char *note = readout_annotation_get_note (annotation);
  const char *author = readout_annotation_get_author (annotation);
  const char * const *tags = readout_annotation_get_tags (annotation);
  ReadoutAnnotationStatus status = readout_annotation_get_status (annotation);
  int d = readout_session_get_annotation_document (session, annotation);
  g_autofree char *created = _readout_export_format_time (readout_annotation_get_created (annotation));
  g_autofree char *modified = _readout_export_format_time (readout_annotation_get_modified (annotation));
  g_autofree char *source = NULL;

  /* An annotation whose document is gone still names it, by an IRI of
   * our own: its quote selector keeps the passage. */
  if (d >= 0 && (guint)d < sources->len)
    source = g_strdup (sources->pdata[d]);
  else
    source = g_strconcat ("urn:x-readout:document:", readout_annotation_get_document (annotation), NULL);

  json_builder_begin_object (builder);
  add_uuid (builder);
  _readout_json_add_string (builder, "type", "Annotation");
  _readout_json_add_string (builder, "motivation",
                            *note != '\0' ? "commenting" : tags[0] != NULL ? "tagging" : "highlighting");
  if (author != NULL && *author != '\0')
    {
      json_builder_set_member_name (builder, "creator");
      json_builder_begin_object (builder);
      _readout_json_add_string (builder, "type", "Person");
      _readout_json_add_string (builder, "name", author);
      json_builder_end_object (builder);
    }
  if (created != NULL)
    _readout_json_add_string (builder, "created", created);
  if (modified != NULL)
    _readout_json_add_string (builder, "modified", modified);
  /* A highlight alone has no body, which the model allows. */
  if (*note != '\0' || tags[0] != NULL || status != READOUT_ANNOTATION_STATUS_NONE)
    {
      json_builder_set_member_name (builder, "body");
      json_builder_begin_array (builder);
      if (*note != '\0')
        add_body (builder, "commenting", note);
      for (guint k = 0; tags[k] != NULL; k++)
        {
          ReadoutTag *tag = readout_session_find_tag (session, tags[k]);

          add_body (builder, "tagging", tag != NULL ? readout_tag_get_name (tag) : tags[k]);
        }
      if (status != READOUT_ANNOTATION_STATUS_NONE)
        add_body (builder, "assessing", readout_annotation_status_to_string (status));
      json_builder_end_array (builder);
    }
  json_builder_set_member_name (builder, "target");
  json_builder_begin_object (builder);
  _readout_json_add_string (builder, "type", "SpecificResource");
  _readout_json_add_string (builder, "source", source);
  json_builder_set_member_name (builder, "selector");
  json_builder_add_value (builder, readout_anchor_to_w3c_selectors (readout_annotation_get_anchor (annotation)));
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

JsonNode *
readout_session_export_w3c (ReadoutSession *session)
{
  ReadoutExportContext context;
  ReadoutComparison *comparison;
  GListModel *annotations;
  guint n_annotations;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autofree Cursor *cursors = NULL;
  GListModel *analyses;
  GListModel *statements;
  guint n_docs;
  guint n;

  g_return_val_if_fail (READOUT_IS_SESSION (session), NULL);

  _readout_export_context_init (&context, session);
  comparison = context.comparison;
  annotations = readout_session_get_annotations (session);
  n_annotations = g_list_model_get_n_items (annotations);
  analyses = readout_comparison_get_analyses (comparison);
  statements = readout_comparison_get_statements (comparison);
  n_docs = g_list_model_get_n_items (analyses);
  n = g_list_model_get_n_items (statements);
  cursors = g_new0 (Cursor, MAX (n_docs, 1));
  for (guint d = 0; d < n_docs; d++)
    {
      g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (analyses, d);
      ReadoutDocument *document = readout_analysis_get_document (analysis);
      const char *text = readout_document_get_text (document);

      g_ptr_array_add (sources, source_iri (document));
      cursors[d] = (Cursor) { text, text + strlen (text), text, 0, g_utf8_strlen (text, -1) };
    }

  json_builder_begin_object (builder);
  _readout_json_add_string (builder, "@context", ANNO_CONTEXT);
  add_uuid (builder);
  _readout_json_add_string (builder, "type", "AnnotationCollection");
  _readout_json_add_string (builder, "label", _("Statements found by Readout and their annotations"));
  add_creator (builder);
  _readout_json_add_string (builder, "created", created);
  json_builder_set_member_name (builder, "total");
  json_builder_add_int_value (builder, n + n_annotations);
  json_builder_set_member_name (builder, "first");
  json_builder_begin_object (builder);
  add_uuid (builder);
  _readout_json_add_string (builder, "type", "AnnotationPage");
  json_builder_set_member_name (builder, "startIndex");
  json_builder_add_int_value (builder, 0);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutStatement) s = g_list_model_get_item (statements, i);
      guint d = readout_comparison_get_statement_document (comparison, s);

      if (d >= n_docs)
        {
          g_critical ("%s: statement %u of no document", G_STRFUNC, i);
          continue;
        }
      json_builder_begin_object (builder);
      add_uuid (builder);
      _readout_json_add_string (builder, "type", "Annotation");
      _readout_json_add_string (builder, "motivation", "classifying");
      add_creator (builder);
      _readout_json_add_string (builder, "created", created);
      add_bodies (builder, comparison, s);
      add_target (builder, sources->pdata[d], &cursors[d], s);
      json_builder_end_object (builder);
    }
  /* The user's annotations after the statements, in creation order. */
  for (guint i = 0; i < n_annotations; i++)
    {
      g_autoptr(ReadoutAnnotation) annotation = g_list_model_get_item (annotations, i);

      add_annotation (builder, session, annotation, sources);
    }
  _readout_export_context_clear (&context);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
