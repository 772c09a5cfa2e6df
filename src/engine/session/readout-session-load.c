/* readout-session-load.c — reading a session file
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Strict by default: a file that is not wholly readable is refused with
 * a message naming what is wrong, and nothing is half-loaded. Salvaging
 * takes what still reads, for a new, unsaved session.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "readout-error.h"
#include "readout-session-private.h"

/* The members this version reads, per object; others are kept. */
static const char * const tag_members[] = { "id", "name", "color", NULL };
static const char * const annotation_members[] = {
  "id", "document", "statement", "anchor", "match", "note", "tags", "color", "status",
  "author", "created", "modified", NULL
};
static const char * const document_members[] = {
  "id", "analysis", "title", "authors", "date", "source", "section", "dateline", "url",
  "language", "format", "uri", "sha256", "warnings", "text", "blocks", NULL
};
static const char * const comparison_members[] = { "topics", "edits", "removed", "added", NULL };

/* Deeper files are refused before parsing: json-glib's parser recurses. */
#define MAX_DEPTH 64

typedef enum { SCAN_OK, SCAN_TOO_DEEP, SCAN_BAD_ESCAPE } ScanResult;

static int
hex4 (const char *p,
      const char *end)
{
  int value = 0;

  if (end - p < 4)
    return -1;
  for (int i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* One pass before parsing: nesting depth, and \u escapes json-glib would
 * turn into a cut string (\u0000) or invalid UTF-8 (a lone surrogate). */
static ScanResult
scan (const char *data,
      gsize       length)
{
  const char *end = data + length;
  gboolean in_string = FALSE;
  guint depth = 0;

  for (const char *p = data; p < end; p++)
    {
      char c = *p;

      if (in_string)
        {
          if (c == '\\' && p + 1 < end && p[1] == 'u')
            {
              int unit = hex4 (p + 2, end);

              if (unit == 0 || (unit >= 0xDC00 && unit <= 0xDFFF))
                return SCAN_BAD_ESCAPE;
              if (unit >= 0xD800 && unit <= 0xDBFF)
                {
                  int low = end - p >= 12 && p[6] == '\\' && p[7] == 'u' ? hex4 (p + 8, end) : -1;

                  if (low < 0xDC00 || low > 0xDFFF)
                    return SCAN_BAD_ESCAPE;
                  p += 6;
                }
              p += 5;
            }
          else if (c == '\\')
            p++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > MAX_DEPTH)
            return SCAN_TOO_DEEP;
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }
  return SCAN_OK;
}

static GDateTime *
time_member (JsonObject *object,
             const char *member)
{
  const char *value = _readout_json_string_member (object, member);

  return value != NULL ? g_date_time_new_from_iso8601 (value, NULL) : NULL;
}

static gboolean
load_tags (ReadoutSession  *self,
           JsonArray       *tags,
           gboolean         salvage,
           GError         **error)
{
  for (guint i = 0; tags != NULL && i < json_array_get_length (tags); i++)
    {
      JsonNode *element = json_array_get_element (tags, i);
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
      const char *id = object != NULL ? _readout_json_string_member (object, "id") : NULL;
      g_autoptr(ReadoutTag) tag = NULL;

      if (id == NULL || *id == '\0' || readout_session_find_tag (self, id) != NULL)
        {
          if (salvage)
            continue;
          g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                       _("Tag %u has no id or the id of another tag"), i + 1);
          return FALSE;
        }
      tag = readout_tag_new (id, _readout_json_string_member (object, "name"), _readout_json_string_member (object, "color"));
      _readout_session_keep_members (tag, object, tag_members);
      _readout_session_take_tag (self, tag);
    }
  return TRUE;
}

/* Finds the annotation's span again: the statement's span if it is on
 * one, else its quote in the document's text. */
static void
reanchor (ReadoutSession    *self,
          ReadoutAnnotation *annotation)
{
  const ReadoutAnchor *anchor = readout_annotation_get_anchor (annotation);
  ReadoutStatement *statement = readout_session_get_annotation_statement (self, annotation);
  int document = readout_session_get_annotation_document (self, annotation);
  g_autoptr(ReadoutAnalysis) analysis = NULL;
  g_autoptr(ReadoutAnchor) found = NULL;
  const char *text;
  guint start = anchor->start, end = anchor->end;
  ReadoutAnchorMatch match;

  if (document < 0)
    {
      readout_annotation_set_anchor (annotation, anchor, READOUT_ANCHOR_MATCH_ORPHANED);
      return;
    }
  analysis = g_list_model_get_item (readout_comparison_get_analyses (self->comparison), document);
  text = readout_document_get_text (readout_analysis_get_document (analysis));
  if (statement != NULL)
    {
      start = readout_statement_get_start (statement);
      end = readout_statement_get_end (statement);
      match = start == anchor->start && end == anchor->end ? READOUT_ANCHOR_MATCH_POSITION
                                                           : READOUT_ANCHOR_MATCH_EXACT;
    }
  else
    {
      if (readout_annotation_get_statement (annotation) != NULL)
        _readout_annotation_set_target (annotation, readout_annotation_get_document (annotation), NULL);
      match = readout_anchor_resolve (anchor, text, &start, &end, NULL);
    }
  if (match == READOUT_ANCHOR_MATCH_ORPHANED ||
      (match == READOUT_ANCHOR_MATCH_POSITION && start == anchor->start && end == anchor->end))
    {
      readout_annotation_set_anchor (annotation, anchor, match);
      return;
    }
  found = readout_anchor_new_for_span (text, start, end, NULL);
  readout_annotation_set_anchor (annotation, found != NULL ? found : anchor, match);
}

static gboolean
load_annotations (ReadoutSession  *self,
                  JsonArray       *annotations,
                  gboolean         salvage,
                  GError         **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; annotations != NULL && i < json_array_get_length (annotations); i++)
    {
      JsonNode *element = json_array_get_element (annotations, i);
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
      const char *id = NULL, *document = NULL;
      JsonNode *anchor_node = NULL;
      g_autoptr(ReadoutAnchor) anchor = NULL;
      g_autoptr(ReadoutAnnotation) annotation = NULL;
      g_autoptr(GDateTime) created = NULL;
      g_autoptr(GDateTime) modified = NULL;
      g_autoptr(GError) local_error = NULL;
      g_auto(GStrv) tags = NULL;
      ReadoutAnnotationStatus status = READOUT_ANNOTATION_STATUS_NONE;
      JsonArray *tag_array;

      if (object != NULL)
        {
          id = _readout_json_string_member (object, "id");
          document = _readout_json_string_member (object, "document");
          anchor_node = json_object_get_member (object, "anchor");
        }
      if (id == NULL || document == NULL || anchor_node == NULL ||
          g_hash_table_contains (ids, id) ||
          !(anchor = readout_anchor_from_json (anchor_node, &local_error)))
        {
          if (salvage)
            continue;
          g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                       _("Annotation %u is incomplete or repeats the id of another: %s"), i + 1,
                       local_error != NULL ? local_error->message : _("a member is missing"));
          return FALSE;
        }
      created = time_member (object, "created");
      modified = time_member (object, "modified");
      if (!salvage)
        {
          const char *bad = NULL;
          JsonNode *member;

          if ((member = json_object_get_member (object, "note")) && !JSON_NODE_HOLDS_NULL (member) &&
              _readout_json_string_member (object, "note") == NULL)
            bad = "note";
          else if ((member = json_object_get_member (object, "tags")) && !JSON_NODE_HOLDS_ARRAY (member))
            bad = "tags";
          else if (json_object_has_member (object, "created") && created == NULL)
            bad = "created";
          else if (json_object_has_member (object, "modified") && modified == NULL)
            bad = "modified";
          if (bad != NULL)
            {
              g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                           _("Annotation %u: the member “%s” is not readable"), i + 1, bad);
              return FALSE;
            }
        }
      annotation = readout_annotation_new (id, document, _readout_json_string_member (object, "statement"), anchor,
                                           _readout_json_string_member (object, "author"), created);
      readout_annotation_set_note (annotation, _readout_json_string_member (object, "note"));
      readout_annotation_set_color (annotation, _readout_json_string_member (object, "color"));
      if (readout_annotation_status_from_string (_readout_json_string_member (object, "status"), &status))
        readout_annotation_set_status (annotation, status);
      if ((tag_array = _readout_json_array_member (object, "tags")))
        {
          g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

          /* A tag the file does not define is dropped: it has no name. */
          for (guint k = 0; k < json_array_get_length (tag_array); k++)
            {
              JsonNode *tag = json_array_get_element (tag_array, k);

              if (JSON_NODE_HOLDS_VALUE (tag) && json_node_get_value_type (tag) == G_TYPE_STRING &&
                  readout_session_find_tag (self, json_node_get_string (tag)) != NULL)
                g_strv_builder_add (builder, json_node_get_string (tag));
            }
          tags = g_strv_builder_end (builder);
          readout_annotation_set_tags (annotation, (const char * const *)tags);
        }
      reanchor (self, annotation);
      _readout_annotation_set_modified (annotation, modified != NULL ? modified : readout_annotation_get_created (annotation));
      _readout_session_keep_members (annotation, object, annotation_members);
      g_hash_table_add (ids, (gpointer)readout_annotation_get_id (annotation));
      _readout_session_take_annotation (self, annotation);
    }
  return TRUE;
}

/* The user's rows and added statements must read whole: replaying only
 * part of them would lose work without a word. */
static gboolean
validate_edits (JsonObject  *edits,
                guint        n_documents,
                GError     **error)
{
  JsonNode *topics = json_object_get_member (edits, "topics");
  JsonArray *array;

  for (guint i = 0; i < 4; i++)
    {
      const char *names[] = { "topics", "edits", "removed", "added" };
      JsonNode *member = json_object_get_member (edits, names[i]);

      if (member != NULL && !JSON_NODE_HOLDS_ARRAY (member))
        {
          g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                       _("The member “%s” of “comparison” is not a list"), names[i]);
          return FALSE;
        }
    }
  if (topics != NULL)
    {
      array = json_node_get_array (topics);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          JsonObject *topic = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
          JsonNode *statements = topic != NULL ? json_object_get_member (topic, "statements") : NULL;

          if (topic == NULL || _readout_json_string_member (topic, "id") == NULL ||
              (statements != NULL && !JSON_NODE_HOLDS_ARRAY (statements)))
            {
              g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                           _("Topic %u of “comparison” has no id or its statements are not a list"), i + 1);
              return FALSE;
            }
        }
    }
  if ((array = _readout_json_array_member (edits, "added")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonNode *element = json_array_get_element (array, i);
        JsonObject *added = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
        const char *document = added != NULL ? _readout_json_string_member (added, "document") : NULL;
        guint64 number = 0;

        if (added == NULL || _readout_json_string_member (added, "id") == NULL ||
            !json_object_has_member (added, "anchor") || _readout_json_object_member (added, "anchor") == NULL)
          {
            g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                         _("Added statement %u of “comparison” has no id or no anchor"), i + 1);
            return FALSE;
          }
        if (document == NULL || document[0] != 'd' ||
            !g_ascii_string_to_unsigned (document + 1, 10, 1, n_documents, &number, NULL))
          {
            g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                         _("Added statement %u of “comparison” names the document “%s”, which is not in the session"),
                         i + 1, document != NULL ? document : "");
            return FALSE;
          }
      }
  return TRUE;
}

/* Removes the "Unsorted" row a plan leaves when it held only statements
 * the user had deleted. */
static void
drop_empty_unsorted (ReadoutComparison *comparison)
{
  GListModel *topics = readout_comparison_get_topics (comparison);
  guint n = g_list_model_get_n_items (topics);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutTopic) topic = g_list_model_get_item (topics, i);

      if (g_str_equal (readout_topic_get_id (topic), "unsorted") &&
          g_list_model_get_n_items (readout_topic_get_statements (topic)) == 0)
        {
          g_list_store_remove (comparison->topics, i);
          return;
        }
    }
}

static ReadoutSession *
load_root (JsonObject    *root,
           gboolean       salvage,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(ReadoutSession) self = g_object_new (READOUT_TYPE_SESSION, NULL);
  g_autoptr(GListStore) analyses = g_list_store_new (READOUT_TYPE_ANALYSIS);
  g_autoptr(ReadoutComparison) comparison = NULL;
  JsonObject *edits = _readout_json_object_member (root, "comparison");
  JsonArray *documents = _readout_json_array_member (root, "documents");
  JsonArray *orphans;
  JsonObject *layout;
  GList *members;
  const char *format = _readout_json_string_member (root, "format");
  JsonNode *version = json_object_get_member (root, "version");

  if (g_strcmp0 (format, READOUT_SESSION_FORMAT) != 0)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_UNSUPPORTED_FORMAT,
                   _("This is not a Readout session (its “format” is not “%s”)"), READOUT_SESSION_FORMAT);
      return NULL;
    }
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) || json_node_get_value_type (version) != G_TYPE_INT64 ||
      json_node_get_int (version) < 1)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                   _("The session has no valid “version”"));
      return NULL;
    }
  if (json_node_get_int (version) > READOUT_SESSION_VERSION)
    {
      /* The number apart: xgettext cannot see through G_GINT64_FORMAT. */
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (version));

      g_set_error (error, READOUT_ERROR, READOUT_ERROR_UNSUPPORTED_FORMAT,
                   _("The session was saved by a newer version of Readout (format version %s); "
                     "this version reads version %d. Update Readout to open it"),
                   number, READOUT_SESSION_VERSION);
      return NULL;
    }
  if (documents == NULL)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED, _("The session has no “documents” list"));
      return NULL;
    }
  /* A member of the wrong type would load as if empty: a silent loss. */
  {
    static const struct { const char *name; JsonNodeType type; } shapes[] = {
      { "comparison", JSON_NODE_OBJECT }, { "layout", JSON_NODE_OBJECT },
      { "tags", JSON_NODE_ARRAY }, { "annotations", JSON_NODE_ARRAY },
      { "orphaned_statements", JSON_NODE_ARRAY },
    };

    for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
      {
        JsonNode *member = json_object_get_member (root, shapes[i].name);

        if (member != NULL && JSON_NODE_TYPE (member) != shapes[i].type && !salvage)
          {
            g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                         shapes[i].type == JSON_NODE_OBJECT ? _("The member “%s” is not an object")
                                                            : _("The member “%s” is not a list"),
                         shapes[i].name);
            return NULL;
          }
      }
  }

  for (guint d = 0; d < json_array_get_length (documents); d++)
    {
      JsonNode *element = json_array_get_element (documents, d);
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
      g_autofree char *expected = g_strdup_printf ("d%u", d + 1);
      g_autoptr(ReadoutDocument) document = NULL;
      g_autoptr(ReadoutAnalysis) analysis = NULL;
      g_autoptr(GError) local_error = NULL;
      JsonObject *analysis_object;
      guint before = g_list_model_get_n_items (G_LIST_MODEL (self->orphaned));

      if (object == NULL || g_strcmp0 (_readout_json_string_member (object, "id"), expected) != 0)
        {
          g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                       _("Document %u is not an object with the id “%s”"), d + 1, expected);
          return NULL;
        }
      if (!(document = _readout_session_document_from_json (object, &local_error)))
        {
          g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                       _("Document %s: %s"), expected, local_error->message);
          return NULL;
        }
      analysis_object = _readout_json_object_member (object, "analysis");
      if (analysis_object != NULL)
        analysis = _readout_session_analysis_from_json (document, analysis_object, self->orphaned, &local_error);
      if (analysis == NULL && (salvage || analysis_object == NULL))
        {
          /* No analysis kept (or a broken one, when salvaging): make it anew. */
          g_clear_error (&local_error);
          analysis = readout_analysis_new_for_document (document, cancellable, &local_error);
        }
      if (analysis == NULL)
        {
          g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                       _("The analysis of document %s: %s"), expected, local_error->message);
          return NULL;
        }
      for (guint i = before; i < g_list_model_get_n_items (G_LIST_MODEL (self->orphaned)); i++)
        {
          g_autoptr(ReadoutStatement) orphan = g_list_model_get_item (G_LIST_MODEL (self->orphaned), i);
          JsonObject *saved = g_object_get_data (G_OBJECT (orphan), "readout-session-json");

          if (saved != NULL && !json_object_has_member (saved, "document"))
            json_object_set_string_member (saved, "document", expected);
        }
      _readout_session_keep_members (document, object, document_members);
      g_list_store_append (analyses, analysis);
    }

  if (edits != NULL && !salvage &&
      !validate_edits (edits, g_list_model_get_n_items (G_LIST_MODEL (analyses)), error))
    return NULL;

  if (g_list_model_get_n_items (G_LIST_MODEL (analyses)) > 0)
    {
      g_autoptr(ReadoutTopicPlan) plan = edits != NULL ? _readout_session_plan_from_json (edits) : NULL;

      comparison = plan != NULL
                   ? _readout_comparison_new_planned (G_LIST_MODEL (analyses), plan, cancellable, error)
                   : readout_comparison_new (G_LIST_MODEL (analyses), cancellable, error);
      if (comparison == NULL)
        return NULL;
      /* Edits of statements that were orphaned are lost with them; the
       * orphans themselves are kept. */
      if (edits != NULL)
        _readout_session_apply_edits (comparison, edits, NULL, FALSE, self->orphaned);
      if (edits != NULL)
        _readout_session_keep_members (comparison, edits, comparison_members);
      drop_empty_unsorted (comparison);
      _readout_comparison_clear_history (comparison);
      _readout_session_attach_comparison (self, comparison);
    }

  if ((orphans = _readout_json_array_member (root, "orphaned_statements")))
    for (guint i = 0; i < json_array_get_length (orphans); i++)
      {
        JsonNode *element = json_array_get_element (orphans, i);
        g_autoptr(ReadoutStatement) orphan =
          JSON_NODE_HOLDS_OBJECT (element) ? _readout_session_orphan_from_json (json_node_get_object (element)) : NULL;

        if (orphan != NULL)
          g_list_store_append (self->orphaned, orphan);
        else if (!salvage)
          {
            g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                         _("Statement %u of “orphaned_statements” has no id or no anchor"), i + 1);
            return NULL;
          }
      }

  if (!load_tags (self, _readout_json_array_member (root, "tags"), salvage, error) ||
      !load_annotations (self, _readout_json_array_member (root, "annotations"), salvage, error))
    return NULL;

  if ((layout = _readout_json_object_member (root, "layout")))
    {
      json_object_unref (self->layout);
      self->layout = json_object_ref (layout);
    }
  members = json_object_get_members (root);
  for (GList *l = members; l != NULL; l = l->next)
    if (!_readout_session_is_known_member (l->data))
      json_object_set_member (self->unknown, l->data, json_node_ref (json_object_get_member (root, l->data)));
  g_list_free (members);

  /* Loading is not a change. */
  self->unsaved = FALSE;
  self->change_count = 0;
  return g_steal_pointer (&self);
}

static JsonParser *
parse (GBytes      *bytes,
       const char  *display_name,
       GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (length > READOUT_SESSION_MAX_SIZE)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_TOO_LARGE,
                   _("“%s” is too large to be a session (over %u MB)"), display_name,
                   READOUT_SESSION_MAX_SIZE / (1024 * 1024));
      return NULL;
    }
  if (length == 0)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_EMPTY, _("“%s” is empty"), display_name);
      return NULL;
    }
  if (memchr (data, '\0', length) != NULL || !g_utf8_validate (data, length, NULL))
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                   _("“%s” is not a session: it is not UTF-8 text"), display_name);
      return NULL;
    }
  switch (scan (data, length))
    {
    case SCAN_TOO_DEEP:
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_HOSTILE,
                   _("“%s” nests lists or objects more than %d deep; it is refused"), display_name, MAX_DEPTH);
      return NULL;
    case SCAN_BAD_ESCAPE:
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                   _("“%s” is not a valid session: it escapes a NUL character or half a surrogate pair"),
                   display_name);
      return NULL;
    case SCAN_OK:
    default:
      break;
    }
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      /* json-glib quotes the offending token and may cut it inside a
       * character: messages must stay UTF-8 for the GUI. */
      g_autofree char *message = g_utf8_make_valid (local_error->message, -1);
      g_autoptr(GRegex) where = g_regex_new ("^<data>:([0-9]+):([0-9]+): (?:[^:]+: )?(.*)$",
                                             G_REGEX_DOTALL, 0, NULL);
      g_autoptr(GMatchInfo) match = NULL;

      /* "<data>:1:58: Parse error: …" is json-glib's; say it for people. */
      if (g_regex_match (where, message, 0, &match))
        {
          g_autofree char *line = g_match_info_fetch (match, 1);
          g_autofree char *column = g_match_info_fetch (match, 2);
          g_autofree char *what = g_match_info_fetch (match, 3);

          g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                       _("“%s” is not a valid session: line %s, column %s: %s"),
                       display_name, line, column, what);
        }
      else
        g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                     _("“%s” is not a valid session: %s"), display_name, message);
      return NULL;
    }
  if (json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_UNSUPPORTED_FORMAT,
                   _("“%s” is not a Readout session"), display_name);
      return NULL;
    }
  return g_steal_pointer (&parser);
}

static ReadoutSession *
load (GBytes        *bytes,
      const char    *display_name,
      gboolean       salvage,
      GCancellable  *cancellable,
      GError       **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  ReadoutSession *self;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (display_name == NULL)
    display_name = _("Session");
  if (!(parser = parse (bytes, display_name, error)))
    return NULL;
  self = load_root (json_node_get_object (json_parser_get_root (parser)), salvage, cancellable, &local_error);
  if (self == NULL)
    {
      if (local_error->domain == READOUT_ERROR)
        g_set_error (error, READOUT_ERROR, local_error->code, "%s: %s", display_name, local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (salvage && self->comparison == NULL)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                   _("“%s”: not even one document could be read"), display_name);
      g_object_unref (self);
      return NULL;
    }
  return self;
}

ReadoutSession *
readout_session_load_bytes (GBytes        *bytes,
                            const char    *display_name,
                            GCancellable  *cancellable,
                            GError       **error)
{
  return load (bytes, display_name, FALSE, cancellable, error);
}

ReadoutSession *
readout_session_salvage_bytes (GBytes        *bytes,
                               const char    *display_name,
                               GCancellable  *cancellable,
                               GError       **error)
{
  ReadoutSession *self = load (bytes, display_name, TRUE, cancellable, error);

  /* Something was lost: it must be saved somewhere new. */
  if (self != NULL)
    _readout_session_mark_changed (self);
  return self;
}

ReadoutSession *
readout_session_load_file (GFile         *file,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *data = NULL;
  ReadoutSession *self;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  /* The size first: a huge file is refused without reading it. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_size (info) > READOUT_SESSION_MAX_SIZE)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_TOO_LARGE,
                   _("“%s” is too large to be a session (over %u MB)"), name,
                   READOUT_SESSION_MAX_SIZE / (1024 * 1024));
      return NULL;
    }
  if (!g_file_load_contents (file, cancellable, &data, &length, &etag, error))
    return NULL;
  bytes = g_bytes_new_take (g_steal_pointer (&data), length);
  if (!(self = readout_session_load_bytes (bytes, name, cancellable, error)))
    return NULL;
  _readout_session_mark_saved (self, file, etag);
  return self;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  ReadoutSession *self = readout_session_load_file (task_data, cancellable, &error);

  if (self == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, self, g_object_unref);
}

void
readout_session_load_file_async (GFile               *file,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, readout_session_load_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

ReadoutSession *
readout_session_load_file_finish (GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
