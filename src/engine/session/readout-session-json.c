/* readout-session-json.c — documents and analyses in a session file
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The analysis is stored as the engine made it, so that a session reopens
 * with the same statements even after the engine has changed. Statements
 * carry an anchor (position and quote) rather than bare offsets: when a
 * document's text differs from the one they were found in, they are found
 * again (readout-anchor.h) or kept as orphans.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "readout-document-json.h"
#include "readout-error.h"
#include "readout-party-directory.h"
#include "readout-party-private.h"
#include "readout-session-private.h"

static JsonArray *
strv_array (const char * const *strv)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_array_add_string_element (array, strv[i]);
  return array;
}

JsonNode *
_readout_session_statement_to_json (ReadoutStatement *statement,
                                    const char       *text,
                                    const char       *document)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(ReadoutAnchor) anchor = NULL;
  JsonObject *saved = g_object_get_data (G_OBJECT (statement), "readout-session-json");
  ReadoutSpeaker *speaker = readout_statement_get_speaker (statement);
  ReadoutParty *party = readout_statement_get_party (statement);
  ReadoutParty * const *targets = readout_statement_get_targets (statement);
  JsonArray *array;
  guint mode = readout_statement_get_mode (statement);
  const char *cue = readout_statement_get_cue (statement);
  const char *source = readout_statement_get_source (statement);

  /* An orphan goes back as it came. */
  if (saved != NULL)
    {
      json_node_take_object (node, json_object_ref (saved));
      return node;
    }

  json_object_set_string_member (object, "id", readout_statement_get_id (statement));
  if (document != NULL)
    json_object_set_string_member (object, "document", document);
  json_object_set_string_member (object, "kind",
                                 readout_statement_kind_to_string (readout_statement_get_kind (statement)));
  anchor = readout_anchor_new_for_span (text, readout_statement_get_start (statement),
                                        readout_statement_get_end (statement), NULL);
  if (anchor != NULL)
    json_object_set_member (object, "anchor", readout_anchor_to_json (anchor));
  /* Members at their default are left out: sessions of thousands of
   * statements load faster, and readers take absent for default. */
  if (cue != NULL)
    {
      json_object_set_int_member (object, "cue_start", readout_statement_get_cue_start (statement));
      json_object_set_int_member (object, "cue_end", readout_statement_get_cue_end (statement));
    }
  if (source != NULL)
    {
      json_object_set_int_member (object, "source_start", readout_statement_get_source_start (statement));
      json_object_set_int_member (object, "source_end", readout_statement_get_source_end (statement));
    }
  if (speaker != NULL)
    json_object_set_string_member (object, "speaker", readout_speaker_get_id (speaker));
  if (party != NULL)
    json_object_set_string_member (object, "party", readout_party_get_id (party));
  json_object_set_int_member (object, "block", readout_statement_get_block (statement));
  if (readout_statement_get_negated (statement))
    json_object_set_boolean_member (object, "negated", TRUE);
  if (readout_statement_get_conditional (statement))
    json_object_set_boolean_member (object, "conditional", TRUE);
  json_object_set_double_member (object, "confidence",
                                 round (readout_statement_get_confidence (statement) * 100.0) / 100.0);
  if (readout_statement_get_cue_lemma (statement) != NULL)
    json_object_set_string_member (object, "cue_lemma", readout_statement_get_cue_lemma (statement));
  json_object_set_string_member (object, "act", readout_act_to_string (readout_statement_get_act (statement)));
  if (mode != 0)
    {
      array = json_array_new ();
      for (guint bit = 1; bit <= READOUT_ACT_MODE_FUTURE; bit <<= 1)
        if (mode & bit)
          json_array_add_string_element (array, readout_act_mode_to_string (bit));
      json_object_set_array_member (object, "mode", array);
    }
  if (targets[0] != NULL)
    {
      array = json_array_new ();
      for (guint i = 0; targets[i] != NULL; i++)
        json_array_add_string_element (array, readout_party_get_id (targets[i]));
      json_object_set_array_member (object, "targets", array);
    }
  if (readout_statement_get_tone (statement)[0] != NULL)
    json_object_set_array_member (object, "tone", strv_array (readout_statement_get_tone (statement)));
  if (readout_statement_get_user_added (statement))
    json_object_set_boolean_member (object, "user_added", TRUE);
  json_node_take_object (node, object);
  return node;
}

JsonNode *
_readout_session_analysis_to_json (ReadoutAnalysis *analysis)
{
  ReadoutDocument *document = readout_analysis_get_document (analysis);
  const char *text = readout_document_get_text (document);
  GListModel *parties = readout_analysis_get_parties (analysis);
  GListModel *speakers = readout_analysis_get_speakers (analysis);
  GListModel *statements = readout_analysis_get_statements (analysis);
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  JsonArray *array;
  guint n;

  array = json_array_new ();
  n = g_list_model_get_n_items (parties);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (parties, i);
      JsonObject *p = json_object_new ();

      json_object_set_string_member (p, "id", readout_party_get_id (party));
      json_object_set_string_member (p, "name", readout_party_get_name (party));
      json_object_set_string_member (p, "kind", readout_party_kind_to_string (readout_party_get_kind (party)));
      json_array_add_object_element (array, p);
    }
  json_object_set_array_member (object, "parties", array);

  array = json_array_new ();
  n = g_list_model_get_n_items (speakers);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutSpeaker) speaker = g_list_model_get_item (speakers, i);
      ReadoutParty *party = readout_speaker_get_party (speaker);
      const GArray *mentions = readout_speaker_get_mentions (speaker);
      JsonObject *s = json_object_new ();
      JsonArray *spans = json_array_new ();

      json_object_set_string_member (s, "id", readout_speaker_get_id (speaker));
      json_object_set_string_member (s, "name", readout_speaker_get_name (speaker));
      if (readout_speaker_get_role (speaker) != NULL)
        json_object_set_string_member (s, "role", readout_speaker_get_role (speaker));
      else
        json_object_set_null_member (s, "role");
      if (party != NULL)
        json_object_set_string_member (s, "party", readout_party_get_id (party));
      else
        json_object_set_null_member (s, "party");
      json_object_set_string_member (s, "kind", readout_speaker_kind_to_string (readout_speaker_get_kind (speaker)));
      json_object_set_boolean_member (s, "anonymous", readout_speaker_get_anonymous (speaker));
      for (guint m = 0; m < mentions->len; m++)
        {
          const ReadoutSpan *span = &g_array_index (mentions, ReadoutSpan, m);
          JsonArray *pair = json_array_sized_new (2);

          json_array_add_int_element (pair, span->start);
          json_array_add_int_element (pair, span->end);
          json_array_add_array_element (spans, pair);
        }
      json_object_set_array_member (s, "mentions", spans);
      json_array_add_object_element (array, s);
    }
  json_object_set_array_member (object, "speakers", array);

  array = json_array_new ();
  n = g_list_model_get_n_items (statements);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutStatement) statement = g_list_model_get_item (statements, i);

      json_array_add_element (array, _readout_session_statement_to_json (statement, text, NULL));
    }
  json_object_set_array_member (object, "statements", array);
  json_node_take_object (node, object);
  return node;
}

JsonNode *
_readout_session_document_to_json (ReadoutDocument *document)
{
  return readout_document_to_json (document);
}

/* Reading. Members are checked for type; the error names the member. */

static gboolean
get_string (JsonObject  *object,
            const char  *member,
            gboolean     required,
            const char **out,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                     _("The member “%s” is missing"), member);
      return !required;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                   _("The member “%s” is not a string"), member);
      return FALSE;
    }
  *out = json_node_get_string (node);
  return TRUE;
}

/* A non-negative integer; @present says whether it was there at all. */
static gboolean
get_uint (JsonObject  *object,
          const char  *member,
          gboolean     required,
          guint       *out,
          gboolean    *present,
          GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  gint64 value;

  *out = 0;
  if (present != NULL)
    *present = FALSE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                     _("The member “%s” is missing"), member);
      return !required;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      (value = json_node_get_int (node)) < 0 || value > G_MAXINT32)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                   _("The member “%s” is not a valid offset"), member);
      return FALSE;
    }
  *out = (guint)value;
  if (present != NULL)
    *present = TRUE;
  return TRUE;
}

static gboolean
get_bool (JsonObject *object,
          const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_BOOLEAN && json_node_get_boolean (node);
}

static ReadoutParty *
party_for (GHashTable *parties,
           const char *id)
{
  ReadoutParty *party;
  ReadoutPartyDirectory *directory;

  if (id == NULL)
    return NULL;
  if ((party = g_hash_table_lookup (parties, id)))
    return party;
  /* Targets may name parties the analysis did not list. */
  directory = readout_party_directory_get_default (NULL);
  if (directory != NULL && (party = readout_party_directory_lookup_id (directory, id)))
    g_hash_table_insert (parties, g_strdup (id), g_object_ref (party));
  return party;
}

/* Moves @cursor to code point @offset, from where it is: statements come
 * in reading order, so loading stays linear in the text's length. */
static const char *
seek (ReadoutTextCursor *cursor,
      guint              offset)
{
  const char *p = cursor->text + cursor->byte;

  if (offset >= cursor->offset)
    for (guint i = cursor->offset; i < offset && *p != '\0'; i++)
      p = g_utf8_next_char (p);
  else
    p = g_utf8_offset_to_pointer (p, (glong)offset - (glong)cursor->offset);
  cursor->offset = offset;
  cursor->byte = p - cursor->text;
  return p;
}

ReadoutStatement *
_readout_session_statement_from_json (JsonObject  *object,
                                      ReadoutTextCursor *cursor,
                                      guint        length,
                                      GHashTable  *parties,
                                      GHashTable  *speakers,
                                      gboolean    *orphaned,
                                      GError     **error)
{
  ReadoutStatementInit init = { 0 };
  g_autoptr(ReadoutAnchor) anchor = NULL;
  const char *text = cursor->text;
  const char *id, *kind, *speaker, *party, *lemma, *act;
  JsonNode *anchor_node;
  JsonArray *array;
  gboolean has_cue, has_source;
  guint start, end;
  ReadoutAnchorMatch match;
  int delta;
  gboolean found = FALSE;

  *orphaned = FALSE;
  if (!get_string (object, "id", TRUE, &id, error) ||
      !get_string (object, "kind", TRUE, &kind, error) ||
      !get_string (object, "speaker", FALSE, &speaker, error) ||
      !get_string (object, "party", FALSE, &party, error) ||
      !get_string (object, "cue_lemma", FALSE, &lemma, error) ||
      !get_string (object, "act", FALSE, &act, error) ||
      !get_uint (object, "cue_start", FALSE, &init.cue_start, &has_cue, error) ||
      !get_uint (object, "cue_end", FALSE, &init.cue_end, NULL, error) ||
      !get_uint (object, "source_start", FALSE, &init.source_start, &has_source, error) ||
      !get_uint (object, "source_end", FALSE, &init.source_end, NULL, error) ||
      !get_uint (object, "block", FALSE, &init.block, NULL, error))
    return NULL;
  for (guint k = READOUT_STATEMENT_DIRECT; k <= READOUT_STATEMENT_STANCE && !found; k++)
    if (g_str_equal (kind, readout_statement_kind_to_string (k)))
      {
        init.kind = k;
        found = TRUE;
      }
  if (!found)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                   _("Statement “%s” has an unknown kind “%s”"), id, kind);
      return NULL;
    }
  if (!(anchor_node = json_object_get_member (object, "anchor")))
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                   _("Statement “%s” has no anchor"), id);
      return NULL;
    }
  if (!(anchor = readout_anchor_from_json (anchor_node, error)))
    return NULL;

  /* Found again where the text changed; an orphan keeps its quote. The
   * usual case, the quote where it was, is checked here cheaply. */
  match = READOUT_ANCHOR_MATCH_ORPHANED;
  if (anchor->end <= length && anchor->start <= anchor->end)
    {
      const char *from = seek (cursor, anchor->start);
      const char *to = seek (cursor, anchor->end);

      if ((gsize)(to - from) == strlen (anchor->exact) && memcmp (from, anchor->exact, to - from) == 0)
        {
          match = READOUT_ANCHOR_MATCH_POSITION;
          start = anchor->start;
          end = anchor->end;
        }
    }
  if (match != READOUT_ANCHOR_MATCH_POSITION)
    match = readout_anchor_resolve (anchor, text, &start, &end, NULL);
  if (match == READOUT_ANCHOR_MATCH_ORPHANED)
    {
      *orphaned = TRUE;
      return NULL;
    }
  delta = (int)start - (int)anchor->start;
  init.start = start;
  init.end = end;
  /* Cue and source move with the content when they still fit. */
  if (has_cue && (int)init.cue_start + delta >= 0 && init.cue_end + delta <= length &&
      init.cue_start < init.cue_end)
    {
      init.cue_start += delta;
      init.cue_end += delta;
    }
  else
    init.cue_start = init.cue_end = 0;
  if (has_source && (int)init.source_start + delta >= 0 && init.source_end + delta <= length &&
      init.source_start < init.source_end)
    {
      init.source_start += delta;
      init.source_end += delta;
    }
  else
    init.source_start = init.source_end = 0;

  init.negated = get_bool (object, "negated");
  init.conditional = get_bool (object, "conditional");
  {
    JsonNode *confidence = json_object_get_member (object, "confidence");

    init.confidence = confidence != NULL && JSON_NODE_HOLDS_VALUE (confidence) &&
                      (json_node_get_value_type (confidence) == G_TYPE_DOUBLE ||
                       json_node_get_value_type (confidence) == G_TYPE_INT64)
                      ? CLAMP (json_node_get_double (confidence), 0.0, 1.0) : 1.0;
  }
  init.speaker = speaker != NULL ? g_hash_table_lookup (speakers, speaker) : NULL;
  init.party = party_for (parties, party);
  init.cue_lemma = lemma != NULL ? g_intern_string (lemma) : NULL;
  if (act == NULL || !readout_act_from_string (act, &init.act))
    init.act = READOUT_ACT_CLAIM;
  if ((array = _readout_json_array_member (object, "mode")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        const char *word = JSON_NODE_HOLDS_VALUE (json_array_get_element (array, i))
                           ? json_array_get_string_element (array, i) : NULL;

        for (guint bit = 1; word != NULL && bit <= READOUT_ACT_MODE_FUTURE; bit <<= 1)
          if (g_strcmp0 (word, readout_act_mode_to_string (bit)) == 0)
            init.mode |= bit;
      }
  if ((array = _readout_json_array_member (object, "targets")))
    for (guint i = 0, k = 0; i < json_array_get_length (array) && k < READOUT_STATEMENT_MAX_TARGETS; i++)
      {
        JsonNode *element = json_array_get_element (array, i);
        ReadoutParty *target = JSON_NODE_HOLDS_VALUE (element) &&
                               json_node_get_value_type (element) == G_TYPE_STRING
                               ? party_for (parties, json_node_get_string (element)) : NULL;

        if (target != NULL)
          init.targets[k++] = target;
      }
  if ((array = _readout_json_array_member (object, "tone")))
    for (guint i = 0, k = 0; i < json_array_get_length (array) && k < READOUT_STATEMENT_MAX_TONE; i++)
      {
        JsonNode *element = json_array_get_element (array, i);

        if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
          init.tone[k++] = g_intern_string (json_node_get_string (element));
      }
  {
    ReadoutStatement *statement = _readout_statement_new_at (id, cursor, &init);

    if (get_bool (object, "user_added"))
      _readout_statement_set_user_added (statement, TRUE);
    return statement;
  }
}

/* An orphan: a statement of its own quote, remembering its JSON so that
 * it is saved back unchanged. */
ReadoutStatement *
_readout_session_orphan_from_json (JsonObject *object)
{
  ReadoutStatementInit init = { 0 };
  g_autoptr(ReadoutAnchor) anchor = NULL;
  JsonNode *anchor_node = json_object_get_member (object, "anchor");
  const char *id = NULL;
  ReadoutStatement *statement;

  if (anchor_node == NULL || !(anchor = readout_anchor_from_json (anchor_node, NULL)) ||
      !get_string (object, "id", TRUE, &id, NULL) || *anchor->exact == '\0')
    return NULL;
  init.start = 0;
  init.end = g_utf8_strlen (anchor->exact, -1);
  init.confidence = 1.0;
  init.act = READOUT_ACT_CLAIM;
  statement = _readout_statement_new (id, anchor->exact, &init);
  g_object_set_data_full (G_OBJECT (statement), "readout-session-json",
                          json_object_ref (object), (GDestroyNotify)json_object_unref);
  return statement;
}

ReadoutAnalysis *
_readout_session_analysis_from_json (ReadoutDocument  *document,
                                     JsonObject       *object,
                                     GListStore       *orphaned,
                                     GError          **error)
{
  g_autoptr(GHashTable) parties = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_autoptr(GHashTable) speakers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_autoptr(GListStore) party_store = g_list_store_new (READOUT_TYPE_PARTY);
  g_autoptr(GListStore) speaker_store = g_list_store_new (READOUT_TYPE_SPEAKER);
  g_autoptr(GListStore) statement_store = g_list_store_new (READOUT_TYPE_STATEMENT);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  ReadoutPartyDirectory *directory = readout_party_directory_get_default (error);
  const char *text = readout_document_get_text (document);
  guint length = readout_document_get_length (document);
  ReadoutTextCursor cursor = { text, 0, 0 };
  JsonArray *array;

  if (directory == NULL)
    return NULL;
  /* Read as empty, a list of another type would lose work silently. */
  for (guint i = 0; i < 3; i++)
    {
      const char *names[] = { "parties", "speakers", "statements" };
      JsonNode *member = json_object_get_member (object, names[i]);

      if (member != NULL && !JSON_NODE_HOLDS_ARRAY (member))
        {
          g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                       _("The member “%s” is not a list"), names[i]);
          return NULL;
        }
    }

  if ((array = _readout_json_array_member (object, "parties")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonNode *element = json_array_get_element (array, i);
        JsonObject *p = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
        const char *id = NULL, *name = NULL, *kind = NULL;
        g_autoptr(ReadoutParty) party = NULL;

        if (p == NULL)
          {
            g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED, _("A party is not an object"));
            return NULL;
          }
        if (!get_string (p, "id", TRUE, &id, error) || !get_string (p, "name", FALSE, &name, error) ||
            !get_string (p, "kind", FALSE, &kind, error))
          return NULL;
        if (g_hash_table_contains (parties, id))
          continue;
        party = readout_party_directory_lookup_id (directory, id);
        if (party != NULL)
          g_object_ref (party);
        else
          party = _readout_party_new (id, g_strcmp0 (kind, "organization") == 0
                                          ? READOUT_PARTY_KIND_ORGANIZATION : READOUT_PARTY_KIND_COUNTRY,
                                      name != NULL ? name : id, NULL);
        g_hash_table_insert (parties, g_strdup (id), g_object_ref (party));
        g_list_store_append (party_store, party);
      }

  if ((array = _readout_json_array_member (object, "speakers")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonNode *element = json_array_get_element (array, i);
        JsonObject *s = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
        const char *id = NULL, *name = NULL, *role = NULL, *party = NULL, *kind = NULL;
        ReadoutSpeakerKind speaker_kind = READOUT_SPEAKER_PERSON;
        g_autoptr(ReadoutSpeaker) speaker = NULL;
        JsonArray *mentions;

        if (s == NULL)
          {
            g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED, _("A speaker is not an object"));
            return NULL;
          }
        if (!get_string (s, "id", TRUE, &id, error) || !get_string (s, "name", TRUE, &name, error) ||
            !get_string (s, "role", FALSE, &role, error) || !get_string (s, "party", FALSE, &party, error) ||
            !get_string (s, "kind", FALSE, &kind, error))
          return NULL;
        if (g_hash_table_contains (speakers, id))
          continue;
        for (guint k = READOUT_SPEAKER_PERSON; k <= READOUT_SPEAKER_ANONYMOUS; k++)
          if (g_strcmp0 (kind, readout_speaker_kind_to_string (k)) == 0)
            speaker_kind = k;
        speaker = _readout_speaker_new (id, name, role, speaker_kind, party_for (parties, party));
        if ((mentions = _readout_json_array_member (s, "mentions")))
          for (guint m = 0; m < json_array_get_length (mentions); m++)
            {
              JsonNode *pair_node = json_array_get_element (mentions, m);
              JsonArray *pair = JSON_NODE_HOLDS_ARRAY (pair_node) ? json_node_get_array (pair_node) : NULL;
              gint64 ms, me;

              if (pair == NULL || json_array_get_length (pair) != 2 ||
                  !JSON_NODE_HOLDS_VALUE (json_array_get_element (pair, 0)) ||
                  !JSON_NODE_HOLDS_VALUE (json_array_get_element (pair, 1)))
                continue;
              ms = json_array_get_int_element (pair, 0);
              me = json_array_get_int_element (pair, 1);
              /* Mentions only light up names: out of range ones are dropped. */
              if (ms >= 0 && ms < me && me <= length)
                _readout_speaker_add_mention (speaker, (guint)ms, (guint)me);
            }
        g_hash_table_insert (speakers, g_strdup (id), g_object_ref (speaker));
        g_list_store_append (speaker_store, speaker);
      }

  if ((array = _readout_json_array_member (object, "statements")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonNode *element = json_array_get_element (array, i);
        JsonObject *s = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
        g_autoptr(ReadoutStatement) statement = NULL;
        gboolean is_orphan = FALSE;

        if (s == NULL)
          {
            g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED, _("A statement is not an object"));
            return NULL;
          }
        statement = _readout_session_statement_from_json (s, &cursor, length, parties, speakers, &is_orphan, error);
        if (is_orphan)
          {
            ReadoutStatement *orphan = _readout_session_orphan_from_json (s);

            if (orphan != NULL && orphaned != NULL)
              g_list_store_append (orphaned, orphan);
            g_clear_object (&orphan);
            continue;
          }
        if (statement == NULL)
          return NULL;
        /* Ids are the references of edits and annotations: one each. */
        if (g_hash_table_contains (seen, readout_statement_get_id (statement)))
          {
            g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                         _("Two statements have the id “%s”"), readout_statement_get_id (statement));
            return NULL;
          }
        g_hash_table_add (seen, (gpointer)readout_statement_get_id (statement));
        g_list_store_append (statement_store, statement);
      }

  /* It takes the stores. */
  return _readout_analysis_new (document, g_steal_pointer (&party_store), g_steal_pointer (&speaker_store),
                                g_steal_pointer (&statement_store));
}

static const char *
metadata (JsonObject *object,
          const char *member)
{
  const char *value = NULL;

  get_string (object, member, FALSE, &value, NULL);
  return value;
}

ReadoutDocument *
_readout_session_document_from_json (JsonObject  *object,
                                     GError     **error)
{
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  const char *text = NULL;
  JsonArray *blocks, *authors;
  gsize length;

  if (!get_string (object, "text", TRUE, &text, error))
    return NULL;
  length = strlen (text);
  if (!g_utf8_validate (text, length, NULL))
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED, _("The text of a document is not valid UTF-8"));
      return NULL;
    }

  /* The blocks rebuild the text; if they do not (the text was changed
   * outside Readout), its paragraphs do, and statements re-anchor. */
  if ((blocks = _readout_json_array_member (object, "blocks")))
    {
      glong n_chars = g_utf8_strlen (text, length);
      ReadoutTextCursor block_cursor = { text, 0, 0 };

      for (guint i = 0; i < json_array_get_length (blocks); i++)
        {
          JsonNode *element = json_array_get_element (blocks, i);
          JsonObject *b = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
          const char *kind = NULL, *label = NULL;
          guint start, end;
          ReadoutBlockKind block_kind = READOUT_BLOCK_PARAGRAPH;
          g_autofree char *slice = NULL;
          const char *from;

          if (b == NULL || !get_string (b, "kind", FALSE, &kind, NULL) || !get_string (b, "label", FALSE, &label, NULL) ||
              !get_uint (b, "start", TRUE, &start, NULL, NULL) || !get_uint (b, "end", TRUE, &end, NULL, NULL) ||
              start > end || end > (guint)n_chars)
            {
              g_clear_object (&document);
              break;
            }
          for (guint k = READOUT_BLOCK_PARAGRAPH; k <= READOUT_BLOCK_TRANSCRIPT_TURN; k++)
            if (g_strcmp0 (kind, readout_block_kind_to_string (k)) == 0)
              block_kind = k;
          from = seek (&block_cursor, start);
          slice = g_strndup (from, seek (&block_cursor, end) - from);
          readout_document_add_block (document, block_kind, slice, label);
        }
      if (document != NULL && g_strcmp0 (readout_document_get_text (document), text) != 0)
        g_clear_object (&document);
    }
  else
    g_clear_object (&document);
  if (document == NULL)
    {
      g_auto(GStrv) paragraphs = g_strsplit (text, "\n\n", -1);

      document = readout_document_new ();
      for (guint i = 0; paragraphs[i] != NULL; i++)
        if (*g_strstrip (paragraphs[i]) != '\0')
          readout_document_add_paragraph (document, paragraphs[i]);
      if (readout_document_get_length (document) == 0)
        {
          g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED, _("A document has no text"));
          return NULL;
        }
    }

  readout_document_set_title (document, metadata (object, "title"));
  readout_document_set_date (document, metadata (object, "date"));
  readout_document_set_source (document, metadata (object, "source"));
  readout_document_set_url (document, metadata (object, "url"));
  readout_document_set_language (document, metadata (object, "language"));
  readout_document_set_dateline (document, metadata (object, "dateline"));
  readout_document_set_section (document, metadata (object, "section"));
  readout_document_set_uri (document, metadata (object, "uri"));
  readout_document_set_format (document, metadata (object, "format"));
  if ((authors = _readout_json_array_member (object, "authors")))
    for (guint i = 0; i < json_array_get_length (authors); i++)
      {
        JsonNode *element = json_array_get_element (authors, i);

        if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
          readout_document_add_author (document, json_node_get_string (element));
      }
  return g_steal_pointer (&document);
}
