/* readout-session-edits.c — the user's edits of a comparison, saved and replayed
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file keeps the engine's analysis as it was and, beside it, what
 * the user made of it: the rows (topics, in cell order), and per
 * statement what differs from the analysis. Replaying them on a
 * comparison of the same documents gives back what the user left; on a
 * regrouped comparison (an article added) as much of it as still fits.
 */

#include "config.h"

#include "readout-party-directory.h"
#include "readout-comparison-command-private.h"
#include "readout-session-private.h"

static void
add_refs_of_cell (ReadoutComparison *comparison,
                  GListModel        *cell,
                  JsonArray         *refs,
                  GHashTable        *done)
{
  guint n = g_list_model_get_n_items (cell);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutStatement) statement = g_list_model_get_item (cell, i);
      char *ref;

      if (g_hash_table_contains (done, statement))
        continue;
      g_hash_table_add (done, statement);
      ref = _readout_comparison_statement_ref (comparison, statement);
      if (ref != NULL)
        json_array_add_string_element (refs, ref);
      g_free (ref);
    }
}

static JsonNode *
topics_to_json (ReadoutComparison *comparison)
{
  GListModel *topics = readout_comparison_get_topics (comparison);
  GListModel *parties = readout_comparison_get_parties (comparison);
  JsonArray *array = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);
  guint n_topics = g_list_model_get_n_items (topics);
  guint n_parties = g_list_model_get_n_items (parties);

  for (guint t = 0; t < n_topics; t++)
    {
      g_autoptr(ReadoutTopic) topic = g_list_model_get_item (topics, t);
      g_autoptr(GHashTable) done = g_hash_table_new (NULL, NULL);
      const char * const *terms = readout_topic_get_terms (topic);
      JsonObject *object = json_object_new ();
      JsonArray *term_array = json_array_new ();
      JsonArray *refs = json_array_new ();

      json_object_set_string_member (object, "id", readout_topic_get_id (topic));
      json_object_set_string_member (object, "label", readout_topic_get_label (topic));
      for (guint k = 0; terms != NULL && terms[k] != NULL; k++)
        json_array_add_string_element (term_array, terms[k]);
      json_object_set_array_member (object, "terms", term_array);
      /* Cell by cell, so that an order the user gave a cell comes back. */
      for (guint p = 0; p <= n_parties; p++)
        {
          g_autoptr(ReadoutParty) party = p < n_parties ? g_list_model_get_item (parties, p) : NULL;

          add_refs_of_cell (comparison, readout_comparison_get_cell (comparison, topic, party), refs, done);
        }
      add_refs_of_cell (comparison, readout_topic_get_statements (topic), refs, done);
      json_object_set_array_member (object, "statements", refs);
      json_array_add_object_element (array, object);
    }
  json_node_take_array (node, array);
  return node;
}

static const char *
party_id (ReadoutParty *party)
{
  return party != NULL ? readout_party_get_id (party) : NULL;
}

JsonNode *
_readout_session_edits_to_json (ReadoutComparison *comparison)
{
  GListModel *analyses = readout_comparison_get_analyses (comparison);
  GListModel *all = readout_comparison_get_statements (comparison);
  JsonObject *object = json_object_new ();
  JsonArray *edits = json_array_new ();
  JsonArray *removed = json_array_new ();
  JsonArray *added = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  guint n_docs = g_list_model_get_n_items (analyses);
  guint n_all = g_list_model_get_n_items (all);

  json_object_set_member (object, "topics", topics_to_json (comparison));

  for (guint d = 0; d < n_docs; d++)
    {
      g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (analyses, d);
      GListModel *statements = readout_analysis_get_statements (analysis);
      const char *doc_id = readout_comparison_get_document_id (comparison, d);
      guint n = g_list_model_get_n_items (statements);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(ReadoutStatement) original = g_list_model_get_item (statements, i);
          ReadoutStatement *copy = g_hash_table_lookup (comparison->copies, original);
          g_autofree char *ref = g_strdup_printf ("%s-%s", doc_id, readout_statement_get_id (original));
          JsonObject *edit;
          gboolean changed = FALSE;

          if (copy == NULL || _readout_comparison_info_of (comparison, copy) == NULL)
            {
              json_array_add_string_element (removed, ref);
              continue;
            }
          edit = json_object_new ();
          json_object_set_string_member (edit, "statement", ref);
          if (readout_statement_get_speaker (copy) != readout_statement_get_speaker (original))
            {
              ReadoutSpeaker *merged = readout_comparison_get_statement_speaker (comparison, copy);

              if (merged != NULL)
                {
                  JsonObject *speaker = json_object_new ();

                  json_object_set_string_member (speaker, "id", readout_speaker_get_id (merged));
                  json_object_set_string_member (speaker, "name", readout_speaker_get_name (merged));
                  json_object_set_object_member (edit, "speaker", speaker);
                }
              else
                json_object_set_null_member (edit, "speaker");
              changed = TRUE;
            }
          if (g_strcmp0 (party_id (readout_statement_get_party (copy)),
                         party_id (readout_statement_get_party (original))) != 0)
            {
              if (readout_statement_get_party (copy) != NULL)
                json_object_set_string_member (edit, "party", party_id (readout_statement_get_party (copy)));
              else
                json_object_set_null_member (edit, "party");
              changed = TRUE;
            }
          if (readout_statement_get_act (copy) != readout_statement_get_act (original))
            {
              json_object_set_string_member (edit, "act", readout_act_to_string (readout_statement_get_act (copy)));
              changed = TRUE;
            }
          if (changed)
            json_array_add_object_element (edits, edit);
          else
            json_object_unref (edit);
        }
    }

  for (guint i = 0; i < n_all; i++)
    {
      g_autoptr(ReadoutStatement) statement = g_list_model_get_item (all, i);
      guint d;
      g_autoptr(ReadoutAnalysis) analysis = NULL;
      JsonNode *member;
      JsonObject *added_object;
      ReadoutSpeaker *merged;

      if (!readout_statement_get_user_added (statement))
        continue;
      d = readout_comparison_get_statement_document (comparison, statement);
      analysis = g_list_model_get_item (analyses, d);
      member = _readout_session_statement_to_json (statement,
                                                   readout_document_get_text (readout_analysis_get_document (analysis)),
                                                   readout_comparison_get_document_id (comparison, d));
      added_object = json_node_get_object (member);
      merged = readout_comparison_get_statement_speaker (comparison, statement);
      if (merged != NULL)
        {
          JsonObject *speaker = json_object_new ();

          json_object_set_string_member (speaker, "id", readout_speaker_get_id (merged));
          json_object_set_string_member (speaker, "name", readout_speaker_get_name (merged));
          json_object_set_object_member (added_object, "speaker", speaker);
        }
      json_array_add_element (added, member);
    }

  json_object_set_array_member (object, "edits", edits);
  json_object_set_array_member (object, "removed", removed);
  json_object_set_array_member (object, "added", added);
  json_node_take_object (node, object);
  return node;
}

static GStrv
strv_of (JsonObject *object,
         const char *member)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *array;
  guint n;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return g_strv_builder_end (builder);
  array = json_node_get_array (node);
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
        g_strv_builder_add (builder, json_node_get_string (element));
    }
  return g_strv_builder_end (builder);
}

ReadoutTopicPlan *
_readout_session_plan_from_json (JsonObject *edits)
{
  g_autoptr(ReadoutTopicPlan) plan = NULL;
  JsonNode *node = json_object_get_member (edits, "topics");
  JsonArray *topics;
  guint n;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  plan = _readout_topic_plan_new ();
  topics = json_node_get_array (node);
  n = json_array_get_length (topics);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (topics, i);
      JsonObject *topic;
      const char *id, *label;
      g_auto(GStrv) terms = NULL;
      g_auto(GStrv) statements = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;
      topic = json_node_get_object (element);
      id = _readout_json_string_member (topic, "id");
      label = _readout_json_string_member (topic, "label");
      if (id == NULL || *id == '\0')
        continue;
      terms = strv_of (topic, "terms");
      statements = strv_of (topic, "statements");
      _readout_topic_plan_add (plan, id, label != NULL ? label : id,
                               (const char * const *)terms, (const char * const *)statements);
    }
  return g_steal_pointer (&plan);
}

/* "d2-s7" in the file's numbering → the same statement in @comparison. */
static ReadoutStatement *
find_statement (ReadoutComparison *comparison,
                GHashTable        *index,
                GHashTable        *doc_map,
                const char        *ref)
{
  const char *dash;
  g_autofree char *doc = NULL;
  g_autofree char *key = NULL;
  gpointer mapped;

  if (ref == NULL || !(dash = strchr (ref, '-')))
    return NULL;
  doc = g_strndup (ref, dash - ref);
  if (doc_map != NULL)
    {
      if (!g_hash_table_lookup_extended (doc_map, doc, NULL, &mapped))
        return NULL;
      key = g_strdup_printf ("%s-%s", readout_comparison_get_document_id (comparison, GPOINTER_TO_UINT (mapped)),
                             dash + 1);
    }
  else
    key = g_strdup (ref);
  return g_hash_table_lookup (index, key);
}

static ReadoutSpeaker *
find_speaker (ReadoutComparison *comparison,
              JsonObject        *speaker)
{
  GListModel *speakers = readout_comparison_get_speakers (comparison);
  const char *id = _readout_json_string_member (speaker, "id");
  const char *name = _readout_json_string_member (speaker, "name");
  guint n = g_list_model_get_n_items (speakers);
  ReadoutSpeaker *by_name = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutSpeaker) candidate = g_list_model_get_item (speakers, i);

      if (g_strcmp0 (readout_speaker_get_name (candidate), name) == 0)
        {
          if (g_strcmp0 (readout_speaker_get_id (candidate), id) == 0)
            return candidate;
          if (by_name == NULL)
            by_name = candidate;
        }
    }
  return by_name;
}

static ReadoutParty *
find_party (ReadoutComparison *comparison,
            const char        *id)
{
  GListModel *parties = readout_comparison_get_parties (comparison);
  guint n = g_list_model_get_n_items (parties);
  ReadoutPartyDirectory *directory;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (parties, i);

      if (g_strcmp0 (readout_party_get_id (party), id) == 0)
        return party;
    }
  directory = readout_party_directory_get_default (NULL);
  return directory != NULL ? readout_party_directory_lookup_id (directory, id) : NULL;
}

static ReadoutTopic *
find_topic (ReadoutComparison *comparison,
            const char        *id)
{
  GListModel *topics = readout_comparison_get_topics (comparison);
  guint n = g_list_model_get_n_items (topics);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutTopic) topic = g_list_model_get_item (topics, i);

      if (g_strcmp0 (readout_topic_get_id (topic), id) == 0)
        return topic;
    }
  return NULL;
}

static GHashTable *
index_statements (ReadoutComparison *comparison)
{
  GListModel *statements = readout_comparison_get_statements (comparison);
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = g_list_model_get_n_items (statements);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutStatement) statement = g_list_model_get_item (statements, i);

      g_hash_table_insert (index, _readout_comparison_statement_ref (comparison, statement), statement);
    }
  return index;
}

/* Moves statements to the saved rows: carrying edits over to a comparison
 * that grouped anew. Rows of the user's own ("user-3") come back too. */
static guint
apply_topics (ReadoutComparison *comparison,
              JsonObject        *edits,
              GHashTable        *index,
              GHashTable        *doc_map)
{
  g_autoptr(ReadoutTopicPlan) plan = _readout_session_plan_from_json (edits);
  guint dropped = 0;

  if (plan == NULL)
    return 0;
  for (guint r = 0; r < plan->rows->len; r++)
    {
      ReadoutTopicPlanRow *row = plan->rows->pdata[r];
      ReadoutTopic *topic = find_topic (comparison, row->id);

      if (topic == NULL && g_str_has_prefix (row->id, "user-"))
        topic = readout_comparison_add_topic (comparison, row->label);
      if (topic == NULL)
        continue;
      if (g_strcmp0 (readout_topic_get_label (topic), row->label) != 0)
        readout_comparison_rename_topic (comparison, topic, row->label);
      for (guint k = 0; row->statements[k] != NULL; k++)
        {
          ReadoutStatement *statement = find_statement (comparison, index, doc_map, row->statements[k]);
          const char *dash = strchr (row->statements[k], '-');

          /* The user's own statements come with "added", in their row. */
          if (dash != NULL && dash[1] == 'u')
            continue;
          if (statement == NULL)
            dropped++;
          else if (readout_comparison_get_statement_topic (comparison, statement) != topic)
            readout_comparison_move_to_topic (comparison, statement, topic, -1);
        }
    }
  return dropped;
}

guint
_readout_session_apply_edits (ReadoutComparison *comparison,
                              JsonObject        *edits,
                              GHashTable        *doc_map,
                              gboolean           topics,
                              GListStore        *orphaned)
{
  g_autoptr(GHashTable) index = index_statements (comparison);
  JsonArray *array;
  guint dropped = 0;

  if (topics)
    dropped += apply_topics (comparison, edits, index, doc_map);

  if ((array = _readout_json_array_member (edits, "removed")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonNode *element = json_array_get_element (array, i);
        ReadoutStatement *statement =
          JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING
          ? find_statement (comparison, index, doc_map, json_node_get_string (element)) : NULL;

        if (statement == NULL || !readout_comparison_remove_statement (comparison, statement))
          dropped++;
      }

  if ((array = _readout_json_array_member (edits, "edits")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonNode *element = json_array_get_element (array, i);
        JsonObject *edit = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
        ReadoutStatement *statement = edit != NULL
          ? find_statement (comparison, index, doc_map, _readout_json_string_member (edit, "statement")) : NULL;
        JsonNode *member;
        ReadoutAct act;

        if (statement == NULL)
          {
            dropped++;
            continue;
          }
        /* The speaker first: it brings its party, which an explicit party
         * edit then overrides. */
        if ((member = json_object_get_member (edit, "speaker")))
          {
            ReadoutSpeaker *speaker = JSON_NODE_HOLDS_OBJECT (member)
                                      ? find_speaker (comparison, json_node_get_object (member)) : NULL;

            if (speaker == NULL && !JSON_NODE_HOLDS_NULL (member))
              dropped++;
            else
              readout_comparison_set_statement_speaker (comparison, statement, speaker);
          }
        if ((member = json_object_get_member (edit, "party")))
          {
            const char *id = _readout_json_string_member (edit, "party");
            ReadoutParty *party = id != NULL ? find_party (comparison, id) : NULL;

            if (party == NULL && !JSON_NODE_HOLDS_NULL (member))
              dropped++;
            else
              readout_comparison_set_statement_party (comparison, statement, party);
          }
        if (json_object_has_member (edit, "act"))
          {
            if (readout_act_from_string (_readout_json_string_member (edit, "act"), &act))
              readout_comparison_set_statement_act (comparison, statement, act);
            else
              dropped++;
          }
      }

  if ((array = _readout_json_array_member (edits, "added")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonNode *element = json_array_get_element (array, i);
        JsonObject *object = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
        const char *id = object != NULL ? _readout_json_string_member (object, "id") : NULL;
        const char *doc = object != NULL ? _readout_json_string_member (object, "document") : NULL;
        g_autofree char *ref = doc != NULL && id != NULL ? g_strdup_printf ("%s-%s", doc, id) : NULL;
        ReadoutTopic *topic = NULL;
        ReadoutParty *party = NULL;
        ReadoutStatement *statement;
        JsonNode *anchor_node;
        g_autoptr(ReadoutAnchor) anchor = NULL;
        gpointer mapped = NULL;
        guint document;

        if (ref == NULL || (doc_map != NULL && !g_hash_table_lookup_extended (doc_map, doc, NULL, &mapped)))
          {
            dropped++;
            continue;
          }
        if (doc_map != NULL)
          document = GPOINTER_TO_UINT (mapped);
        else
          {
            guint64 number = 0;

            if (doc[0] != 'd' || !g_ascii_string_to_unsigned (doc + 1, 10, 1, G_MAXUINT, &number, NULL) ||
                number > readout_comparison_get_n_documents (comparison))
              {
                dropped++;
                continue;
              }
            document = (guint)number - 1;
          }
        if (!(anchor_node = json_object_get_member (object, "anchor")) ||
            !(anchor = readout_anchor_from_json (anchor_node, NULL)))
          {
            dropped++;
            continue;
          }
        /* The user's own statement, found again in a changed text. */
        {
          g_autoptr(ReadoutAnalysis) analysis =
            g_list_model_get_item (readout_comparison_get_analyses (comparison), document);
          const char *text = readout_document_get_text (readout_analysis_get_document (analysis));

          if (readout_anchor_resolve (anchor, text, &anchor->start, &anchor->end, NULL) ==
              READOUT_ANCHOR_MATCH_ORPHANED)
            {
              g_autoptr(ReadoutStatement) orphan = _readout_session_orphan_from_json (object);

              if (orphan != NULL && orphaned != NULL)
                g_list_store_append (orphaned, orphan);
              else
                dropped++;
              continue;
            }
        }
        /* The topic the plan gave it, else a topic of the same id. */
        {
          JsonArray *rows = NULL;
          JsonNode *topics_node = json_object_get_member (edits, "topics");

          rows = topics_node != NULL && JSON_NODE_HOLDS_ARRAY (topics_node) ? json_node_get_array (topics_node) : NULL;
          for (guint r = 0; rows != NULL && topic == NULL && r < json_array_get_length (rows); r++)
            {
              JsonNode *row_node = json_array_get_element (rows, r);
              JsonObject *row = JSON_NODE_HOLDS_OBJECT (row_node) ? json_node_get_object (row_node) : NULL;
              g_auto(GStrv) refs = row != NULL ? strv_of (row, "statements") : NULL;

              if (refs != NULL && g_strv_contains ((const char * const *)refs, ref))
                {
                  topic = find_topic (comparison, _readout_json_string_member (row, "id"));
                  if (topic == NULL)
                    topic = readout_comparison_add_topic (comparison, _readout_json_string_member (row, "label"));
                }
            }
        }
        if (_readout_json_string_member (object, "party") != NULL)
          party = find_party (comparison, _readout_json_string_member (object, "party"));
        statement = _readout_comparison_add_statement_with_id (comparison, id, document,
                                                               anchor->start, anchor->end, party, topic);
        if (statement == NULL)
          {
            dropped++;
            continue;
          }
        {
          ReadoutAct act;
          JsonNode *speaker = json_object_get_member (object, "speaker");

          if (readout_act_from_string (_readout_json_string_member (object, "act"), &act))
            readout_comparison_set_statement_act (comparison, statement, act);
          if (speaker != NULL && JSON_NODE_HOLDS_OBJECT (speaker))
            {
              ReadoutSpeaker *merged = find_speaker (comparison, json_node_get_object (speaker));

              if (merged != NULL)
                readout_comparison_set_statement_speaker (comparison, statement, merged);
            }
        }
      }
  return dropped;
}

/* The file's document ids of @old → indices of @new: the same analysis, or
 * failing that a document with the same text. */
static GHashTable *
map_documents (ReadoutComparison *old,
               ReadoutComparison *new)
{
  GHashTable *map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_old = readout_comparison_get_n_documents (old);
  guint n_new = readout_comparison_get_n_documents (new);

  for (guint i = 0; i < n_old; i++)
    {
      g_autoptr(ReadoutAnalysis) a = g_list_model_get_item (readout_comparison_get_analyses (old), i);
      ReadoutDocument *doc_a = readout_analysis_get_document (a);

      for (guint k = 0; k < n_new; k++)
        {
          g_autoptr(ReadoutAnalysis) b = g_list_model_get_item (readout_comparison_get_analyses (new), k);
          ReadoutDocument *doc_b = readout_analysis_get_document (b);

          if (a == b || doc_a == doc_b ||
              g_strcmp0 (readout_document_get_sha256 (doc_a), readout_document_get_sha256 (doc_b)) == 0)
            {
              g_hash_table_insert (map, g_strdup (readout_comparison_get_document_id (old, i)),
                                   GUINT_TO_POINTER (k));
              break;
            }
        }
    }
  return map;
}

guint
readout_session_set_comparison (ReadoutSession    *self,
                                ReadoutComparison *comparison)
{
  g_autoptr(ReadoutComparison) old = NULL;
  g_autoptr(GHashTable) map = NULL;
  g_autoptr(JsonNode) edits = NULL;
  guint dropped = 0;
  guint n;

  g_return_val_if_fail (READOUT_IS_SESSION (self), 0);
  g_return_val_if_fail (comparison == NULL || READOUT_IS_COMPARISON (comparison), 0);

  if (comparison == self->comparison)
    return 0;
  old = self->comparison != NULL ? g_object_ref (self->comparison) : NULL;
  /* Only articles opened and nothing done yet: nothing worth a question
   * on closing, nor a draft. A saved session with an article more is. */
  if (old == NULL || comparison == NULL)
    {
      _readout_session_attach_comparison (self, comparison);
      if (self->change_count > 0 || self->file != NULL)
        _readout_session_mark_changed (self);
      return 0;
    }

  map = map_documents (old, comparison);
  edits = _readout_session_edits_to_json (old);
  /* Replay without telling the session about each step: the new
   * comparison is not attached yet. */
  dropped = _readout_session_apply_edits (comparison, json_node_get_object (edits), map, TRUE, self->orphaned);
  _readout_comparison_clear_history (comparison);

  /* Annotations follow their documents' new ids; one whose statement is
   * gone keeps its passage. */
  _readout_session_attach_comparison (self, comparison);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->annotations));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutAnnotation) annotation = g_list_model_get_item (G_LIST_MODEL (self->annotations), i);
      const char *doc = readout_annotation_get_document (annotation);
      const char *ref = readout_annotation_get_statement (annotation);
      gpointer mapped;
      g_autofree char *new_doc = NULL;
      g_autofree char *new_ref = NULL;

      if (!g_hash_table_lookup_extended (map, doc, NULL, &mapped))
        {
          /* Its document was removed: orphaned, kept. */
          readout_annotation_set_anchor (annotation, readout_annotation_get_anchor (annotation),
                                         READOUT_ANCHOR_MATCH_ORPHANED);
          continue;
        }
      new_doc = g_strdup (readout_comparison_get_document_id (comparison, GPOINTER_TO_UINT (mapped)));
      if (ref != NULL && strchr (ref, '-') != NULL)
        {
          new_ref = g_strdup_printf ("%s%s", new_doc, strchr (ref, '-'));
          if (_readout_session_lookup_ref (self, new_ref) == NULL)
            g_clear_pointer (&new_ref, g_free);
        }
      _readout_annotation_set_target (annotation, new_doc, new_ref);
    }
  if (self->change_count > 0 || self->file != NULL)
    _readout_session_mark_changed (self);
  return dropped;
}
