/* readout-analysis-json.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "readout-analysis-json.h"
#include "readout-json-private.h"

static void
add_int (JsonBuilder *builder,
         const char  *key,
         gint64       value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_int_value (builder, value);
}

static void
add_bool (JsonBuilder *builder,
          const char  *key,
          gboolean     value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_boolean_value (builder, value);
}

static void
add_offset (JsonBuilder *builder,
            const char  *key,
            gboolean     present,
            guint        value)
{
  json_builder_set_member_name (builder, key);
  if (present)
    json_builder_add_int_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static JsonNode *
parties_to_json (GListModel *parties)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n = g_list_model_get_n_items (parties);

  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (parties, i);
      const char * const *aliases = readout_party_get_aliases (party);

      json_builder_begin_object (builder);
      _readout_json_add_string (builder, "id", readout_party_get_id (party));
      _readout_json_add_string (builder, "name", readout_party_get_name (party));
      _readout_json_add_string (builder, "kind", readout_party_kind_to_string (readout_party_get_kind (party)));
      json_builder_set_member_name (builder, "aliases");
      json_builder_begin_array (builder);
      for (guint j = 0; aliases != NULL && aliases[j] != NULL; j++)
        json_builder_add_string_value (builder, aliases[j]);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return json_builder_get_root (builder);
}

static JsonNode *
speakers_to_json (GListModel *speakers)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n = g_list_model_get_n_items (speakers);

  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutSpeaker) speaker = g_list_model_get_item (speakers, i);
      ReadoutParty *party = readout_speaker_get_party (speaker);
      const GArray *mentions = readout_speaker_get_mentions (speaker);

      json_builder_begin_object (builder);
      _readout_json_add_string (builder, "id", readout_speaker_get_id (speaker));
      _readout_json_add_string (builder, "name", readout_speaker_get_name (speaker));
      _readout_json_add_string (builder, "kind", readout_speaker_kind_to_string (readout_speaker_get_kind (speaker)));
      _readout_json_add_string (builder, "role", readout_speaker_get_role (speaker));
      _readout_json_add_string (builder, "party", party ? readout_party_get_id (party) : NULL);
      add_bool (builder, "anonymous", readout_speaker_get_anonymous (speaker));
      json_builder_set_member_name (builder, "mentions");
      json_builder_begin_array (builder);
      for (guint j = 0; j < mentions->len; j++)
        {
          const ReadoutSpan *span = &g_array_index (mentions, ReadoutSpan, j);

          json_builder_begin_array (builder);
          json_builder_add_int_value (builder, span->start);
          json_builder_add_int_value (builder, span->end);
          json_builder_end_array (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return json_builder_get_root (builder);
}

void
_readout_json_add_statement (JsonBuilder                     *builder,
                             ReadoutStatement                *statement,
                             const ReadoutJsonStatementExtra *extra)
{
  static const ReadoutJsonStatementExtra none = { 0 };
  ReadoutSpeaker *speaker;
  ReadoutParty *party = readout_statement_get_party (statement);
  ReadoutParty * const *targets = readout_statement_get_targets (statement);
  const char * const *tone = readout_statement_get_tone (statement);
  const char *cue = readout_statement_get_cue (statement);
  const char *source = readout_statement_get_source (statement);
  ReadoutAct act = readout_statement_get_act (statement);
  guint mode = readout_statement_get_mode (statement);

  if (extra == NULL)
    extra = &none;
  speaker = extra->merged ? extra->speaker : readout_statement_get_speaker (statement);

  json_builder_begin_object (builder);
  _readout_json_add_string (builder, "id", extra->id ? extra->id : readout_statement_get_id (statement));
  if (extra->document != NULL)
    _readout_json_add_string (builder, "document", extra->document);
  _readout_json_add_string (builder, "kind", readout_statement_kind_to_string (readout_statement_get_kind (statement)));
  _readout_json_add_string (builder, "text", readout_statement_get_text (statement));
  add_int (builder, "start", readout_statement_get_start (statement));
  add_int (builder, "end", readout_statement_get_end (statement));
  _readout_json_add_string (builder, "cue", cue);
  /* Offsets of an absent span are null too, so that nobody slices
   * text[0:0] and takes it for a cue. */
  add_offset (builder, "cue_start", cue != NULL, readout_statement_get_cue_start (statement));
  add_offset (builder, "cue_end", cue != NULL, readout_statement_get_cue_end (statement));
  _readout_json_add_string (builder, "source", source);
  add_offset (builder, "source_start", source != NULL, readout_statement_get_source_start (statement));
  add_offset (builder, "source_end", source != NULL, readout_statement_get_source_end (statement));
  _readout_json_add_string (builder, "speaker", speaker ? readout_speaker_get_id (speaker) : NULL);
  _readout_json_add_string (builder, "party", party ? readout_party_get_id (party) : NULL);
  add_int (builder, "block", readout_statement_get_block (statement));
  add_bool (builder, "negated", readout_statement_get_negated (statement));
  add_bool (builder, "conditional", readout_statement_get_conditional (statement));
  json_builder_set_member_name (builder, "confidence");
  json_builder_add_double_value (builder, round (readout_statement_get_confidence (statement) * 100.0) / 100.0);
  if (extra->topic != NULL)
    _readout_json_add_string (builder, "topic", extra->topic);
  _readout_json_add_string (builder, "act", readout_act_to_string (act));
  _readout_json_add_string (builder, "cameo", readout_act_get_cameo (act));
  json_builder_set_member_name (builder, "mode");
  json_builder_begin_array (builder);
  for (guint bit = 1; bit <= READOUT_ACT_MODE_FUTURE; bit <<= 1)
    if (mode & bit)
      json_builder_add_string_value (builder, readout_act_mode_to_string (bit));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "target");
  json_builder_begin_array (builder);
  for (guint j = 0; targets[j] != NULL; j++)
    json_builder_add_string_value (builder, readout_party_get_id (targets[j]));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "tone");
  json_builder_begin_array (builder);
  for (guint j = 0; tone[j] != NULL; j++)
    json_builder_add_string_value (builder, tone[j]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static JsonNode *
statements_to_json (GListModel        *statements,
                    ReadoutComparison *comparison)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n = g_list_model_get_n_items (statements);

  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutStatement) statement = g_list_model_get_item (statements, i);

      ReadoutJsonStatementExtra extra = { 0 };

      if (comparison != NULL)
        {
          ReadoutTopic *topic = readout_comparison_get_statement_topic (comparison, statement);

          extra.topic = topic != NULL ? readout_topic_get_id (topic) : NULL;
        }
      _readout_json_add_statement (builder, statement, &extra);
    }
  json_builder_end_array (builder);

  return json_builder_get_root (builder);
}

void
readout_analysis_add_to_json (ReadoutAnalysis *analysis,
                              JsonObject      *object)
{
  readout_analysis_add_to_json_full (analysis, NULL, object);
}

void
readout_analysis_add_to_json_full (ReadoutAnalysis   *analysis,
                                   ReadoutComparison *comparison,
                                   JsonObject        *object)
{
  g_return_if_fail (READOUT_IS_ANALYSIS (analysis));
  g_return_if_fail (comparison == NULL || READOUT_IS_COMPARISON (comparison));
  g_return_if_fail (object != NULL);

  json_object_set_member (object, "parties",
                          parties_to_json (readout_analysis_get_parties (analysis)));
  json_object_set_member (object, "speakers",
                          speakers_to_json (readout_analysis_get_speakers (analysis)));
  json_object_set_member (object, "statements",
                          statements_to_json (readout_analysis_get_statements (analysis), comparison));
  if (comparison != NULL)
    json_object_set_member (object, "topics", _readout_json_topics (comparison));
}
