/* readout-session-private.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "readout-comparison-private.h"
#include "readout-session.h"

G_BEGIN_DECLS

struct _ReadoutSession
{
  GObject             parent_instance;

  ReadoutComparison  *comparison;
  gulong              changed_handler;
  GListStore         *annotations;
  GListStore         *tags;
  GListStore         *orphaned;        /* ReadoutStatement */
  /* "d1-s3" → ReadoutStatement of the comparison; rebuilt on demand. */
  GHashTable         *by_ref;
  gboolean            by_ref_stale;
  guint               next_annotation;
  guint               next_tag;
  char               *author;
  JsonObject         *layout;
  /* Members of the file this version does not know, kept for saving. */
  JsonObject         *unknown;

  GFile              *file;
  char               *etag;
  gboolean            unsaved;
  guint64             change_count;

  /* Drafts (readout-session-drafts.c) */
  char               *draft_id;
  guint64             draft_count;    /* change_count when last written */
};

/* readout-annotation.c: the session re-targets annotations. */
void      _readout_annotation_set_target       (ReadoutAnnotation  *self,
                                                const char         *document,
                                                const char         *statement);

/* readout-session.c */
void      _readout_session_mark_changed        (ReadoutSession     *self);
void      _readout_session_mark_saved          (ReadoutSession     *self,
                                                GFile              *file,
                                                const char         *etag);
/* Takes @annotation / @tag as they are (ids kept). */
void      _readout_session_take_annotation     (ReadoutSession     *self,
                                                ReadoutAnnotation  *annotation);
void      _readout_session_take_tag            (ReadoutSession     *self,
                                                ReadoutTag         *tag);
/* Sets the comparison without carrying anything over (loading). */
void      _readout_session_attach_comparison   (ReadoutSession     *self,
                                                ReadoutComparison  *comparison);
ReadoutStatement *_readout_session_lookup_ref  (ReadoutSession     *self,
                                                const char         *ref);

/* Members of a file's object that this version does not write are kept
 * on the object made from it and written back (readout-session-save.c). */
void      _readout_session_keep_members        (gpointer            owner,
                                                JsonObject         *source,
                                                const char * const *known);
void      _readout_session_restore_members     (gpointer            owner,
                                                JsonObject         *target);

/* readout-session-save.c */
gboolean  _readout_session_is_known_member     (const char         *name);
/* The whole file; @draft (nullable) becomes its "draft" member. */
JsonNode *_readout_session_to_json             (ReadoutSession     *self,
                                                JsonObject         *draft);
GBytes   *_readout_session_node_to_bytes       (JsonNode           *node);

/* readout-session-edits.c: the user's edits of a comparison, as the
 * "comparison" member of the file: the topics in cell order, statements
 * whose party, act or speaker changed, removed and added statements. */
JsonNode *_readout_session_edits_to_json       (ReadoutComparison  *comparison);
/* The topic plan of that member (NULL if it has no valid "topics"). */
ReadoutTopicPlan *_readout_session_plan_from_json (JsonObject      *edits);
/* Replays the edits of @edits on @comparison. @doc_map maps the file's
 * document ids to indices of @comparison (NULL: the same ids); with
 * @topics, moves statements to the topics of the same id (carrying over
 * to a regrouped comparison). Added statements that cannot be found in
 * their text go to @orphaned. Returns how many edits could not apply:
 * most often edits of statements that were orphaned. */
guint     _readout_session_apply_edits         (ReadoutComparison  *comparison,
                                                JsonObject         *edits,
                                                GHashTable         *doc_map,
                                                gboolean            topics,
                                                GListStore         *orphaned);

/* readout-session-json.c: analyses to and from the file. */
JsonNode        *_readout_session_analysis_to_json   (ReadoutAnalysis    *analysis);
JsonNode        *_readout_session_statement_to_json  (ReadoutStatement   *statement,
                                                      const char         *text,
                                                      const char         *document);
ReadoutAnalysis *_readout_session_analysis_from_json (ReadoutDocument    *document,
                                                      JsonObject         *object,
                                                      GListStore         *orphaned,
                                                      GError            **error);
/* One statement of @document's text; re-anchored when the text moved. */
ReadoutStatement *_readout_session_statement_from_json (JsonObject       *object,
                                                        ReadoutTextCursor *cursor,
                                                        guint             length,
                                                        GHashTable       *parties,
                                                        GHashTable       *speakers,
                                                        gboolean         *orphaned,
                                                        GError          **error);
/* An orphaned statement of the file (its quote as its text), saved back
 * as it came; NULL when @object has no id or anchor. */
ReadoutStatement *_readout_session_orphan_from_json  (JsonObject         *object);
JsonNode        *_readout_session_document_to_json   (ReadoutDocument    *document);
ReadoutDocument *_readout_session_document_from_json (JsonObject         *object,
                                                      GError            **error);

/* Members of a file's objects, NULL when absent or of another type. */
static inline const char *
_readout_json_string_member (JsonObject *object,
                             const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static inline JsonArray *
_readout_json_array_member (JsonObject *object,
                            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static inline JsonObject *
_readout_json_object_member (JsonObject *object,
                             const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

G_END_DECLS
