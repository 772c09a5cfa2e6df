/* test-analysis-objects.c — statements, speakers, the analysis and its JSON
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "readout-engine.h"

/* Invented wire copy with typographic quotes and letters outside ASCII
 * before every span, so that byte and code-point offsets differ. */
static const char *paragraphs[] = {
  "“We will not trade Kherson for a ceasefire on paper,” Ukraine’s deputy "
  "foreign minister, Oleksandra Kovalčuková, told reporters in Łódź.",
  "Sweden’s government said it would back the plan «sans réserve», "
  "according to people familiar with the talks.",
};

typedef struct
{
  ReadoutDocument *document;
  ReadoutParty    *ukraine;
  ReadoutParty    *sweden;
} Fixture;

/* Code-point offset of @needle in @text; fails the test when missing. */
static guint
offset_of (const char *text,
           const char *needle)
{
  const char *found = strstr (text, needle);

  g_assert_nonnull (found);
  return g_utf8_pointer_to_offset (text, found);
}

static guint
end_of (const char *text,
        const char *needle)
{
  return offset_of (text, needle) + g_utf8_strlen (needle, -1);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ReadoutPartyDirectory *directory = readout_party_directory_get_default (&error);

  g_assert_no_error (error);
  fixture->document = readout_document_new ();
  for (guint i = 0; i < G_N_ELEMENTS (paragraphs); i++)
    g_assert_true (readout_document_add_paragraph (fixture->document, paragraphs[i]));
  fixture->ukraine = readout_party_directory_lookup_id (directory, "UKR");
  fixture->sweden = readout_party_directory_lookup_id (directory, "SWE");
  g_assert_nonnull (fixture->ukraine);
  g_assert_nonnull (fixture->sweden);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->document);
}

static ReadoutSpeaker *
make_minister (Fixture *fixture)
{
  const char *text = readout_document_get_text (fixture->document);
  ReadoutSpeaker *speaker;

  speaker = _readout_speaker_new ("p1", "Oleksandra Kovalčuková",
                                  "Deputy Foreign Minister",
                                  READOUT_SPEAKER_PERSON, fixture->ukraine);
  _readout_speaker_add_mention (speaker, offset_of (text, "Oleksandra"),
                                end_of (text, "Kovalčuková"));
  return speaker;
}

/* The direct quote of the first paragraph, complete with cue and source. */
static ReadoutStatement *
make_quote (Fixture        *fixture,
            ReadoutSpeaker *speaker)
{
  const char *text = readout_document_get_text (fixture->document);
  ReadoutStatementInit init = { 0 };

  init.kind = READOUT_STATEMENT_DIRECT;
  init.start = offset_of (text, "We will");
  init.end = end_of (text, "on paper,");
  init.cue_start = offset_of (text, "told");
  init.cue_end = end_of (text, "told");
  init.source_start = offset_of (text, "Ukraine’s deputy");
  init.source_end = end_of (text, "Kovalčuková");
  init.block = 0;
  init.confidence = 0.876;
  init.speaker = speaker;
  init.party = fixture->ukraine;

  return _readout_statement_new ("s1", text, &init);
}

/* A stance with no cue, no source and no speaker. */
static ReadoutStatement *
make_stance (Fixture *fixture)
{
  const char *text = readout_document_get_text (fixture->document);
  ReadoutStatementInit init = { 0 };

  init.kind = READOUT_STATEMENT_STANCE;
  init.start = offset_of (text, "it would back");
  init.end = end_of (text, "«sans réserve»");
  init.block = 1;
  init.negated = FALSE;
  init.conditional = TRUE;
  init.confidence = 0.5;
  init.party = fixture->sweden;

  return _readout_statement_new ("s2", text, &init);
}

static ReadoutAnalysis *
make_analysis (Fixture *fixture)
{
  g_autoptr(ReadoutSpeaker) minister = make_minister (fixture);
  g_autoptr(ReadoutSpeaker) anonymous = NULL;
  g_autoptr(ReadoutStatement) quote = NULL;
  g_autoptr(ReadoutStatement) stance = NULL;
  GListStore *parties = g_list_store_new (READOUT_TYPE_PARTY);
  GListStore *speakers = g_list_store_new (READOUT_TYPE_SPEAKER);
  GListStore *statements = g_list_store_new (READOUT_TYPE_STATEMENT);

  anonymous = _readout_speaker_new ("p2", "people familiar with the talks", NULL,
                                    READOUT_SPEAKER_ANONYMOUS, NULL);
  quote = make_quote (fixture, minister);
  stance = make_stance (fixture);

  g_list_store_append (parties, fixture->ukraine);
  g_list_store_append (parties, fixture->sweden);
  g_list_store_append (speakers, minister);
  g_list_store_append (speakers, anonymous);
  g_list_store_append (statements, quote);
  g_list_store_append (statements, stance);

  return _readout_analysis_new (fixture->document, parties, speakers, statements);
}

static void
test_kind_strings (void)
{
  static const struct {
    ReadoutStatementKind  kind;
    const char           *name;
  } statement_kinds[] = {
    { READOUT_STATEMENT_DIRECT, "direct" },
    { READOUT_STATEMENT_MIXED, "mixed" },
    { READOUT_STATEMENT_INDIRECT, "indirect" },
    { READOUT_STATEMENT_STANCE, "stance" },
  };
  static const struct {
    ReadoutSpeakerKind  kind;
    const char         *name;
  } speaker_kinds[] = {
    { READOUT_SPEAKER_PERSON, "person" },
    { READOUT_SPEAKER_INSTITUTION, "institution" },
    { READOUT_SPEAKER_ANONYMOUS, "anonymous" },
  };
  g_autoptr(GEnumClass) statement_class = g_type_class_ref (READOUT_TYPE_STATEMENT_KIND);
  g_autoptr(GEnumClass) speaker_class = g_type_class_ref (READOUT_TYPE_SPEAKER_KIND);

  /* The GEnum nicks and the JSON strings are the same words. */
  for (guint i = 0; i < G_N_ELEMENTS (statement_kinds); i++)
    {
      g_assert_cmpstr (readout_statement_kind_to_string (statement_kinds[i].kind), ==,
                       statement_kinds[i].name);
      g_assert_cmpstr (g_enum_get_value (statement_class, statement_kinds[i].kind)->value_nick, ==,
                       statement_kinds[i].name);
    }
  g_assert_cmpuint (statement_class->n_values, ==, G_N_ELEMENTS (statement_kinds));

  for (guint i = 0; i < G_N_ELEMENTS (speaker_kinds); i++)
    {
      g_assert_cmpstr (readout_speaker_kind_to_string (speaker_kinds[i].kind), ==,
                       speaker_kinds[i].name);
      g_assert_cmpstr (g_enum_get_value (speaker_class, speaker_kinds[i].kind)->value_nick, ==,
                       speaker_kinds[i].name);
    }
  g_assert_cmpuint (speaker_class->n_values, ==, G_N_ELEMENTS (speaker_kinds));
}

static void
test_speaker (Fixture       *fixture,
              gconstpointer  data)
{
  const char *text = readout_document_get_text (fixture->document);
  g_autoptr(ReadoutSpeaker) speaker = make_minister (fixture);
  g_autoptr(ReadoutSpeaker) anonymous = NULL;
  g_autoptr(ReadoutParty) party = NULL;
  g_autoptr(GArray) mentions = NULL;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autofree char *role = NULL;
  ReadoutSpeakerKind kind;
  gboolean is_anonymous;
  const GArray *spans;
  const ReadoutSpan *span;
  g_autofree char *mention = NULL;

  _readout_speaker_add_mention (speaker, offset_of (text, "Kovalčuková"),
                                end_of (text, "Kovalčuková"));

  g_assert_cmpstr (readout_speaker_get_id (speaker), ==, "p1");
  g_assert_cmpstr (readout_speaker_get_name (speaker), ==, "Oleksandra Kovalčuková");
  g_assert_cmpstr (readout_speaker_get_role (speaker), ==, "Deputy Foreign Minister");
  g_assert_cmpint (readout_speaker_get_kind (speaker), ==, READOUT_SPEAKER_PERSON);
  g_assert_false (readout_speaker_get_anonymous (speaker));
  g_assert_true (readout_speaker_get_party (speaker) == fixture->ukraine);

  spans = readout_speaker_get_mentions (speaker);
  g_assert_cmpuint (spans->len, ==, 2);
  span = &g_array_index (spans, ReadoutSpan, 0);
  /* Code points: “ and ’ before the name are three bytes each. */
  g_assert_cmpuint (span->start, ==, 89);
  g_assert_cmpuint (span->end, ==, 111);
  mention = g_utf8_substring (text, span->start, span->end);
  g_assert_cmpstr (mention, ==, "Oleksandra Kovalčuková");
  span = &g_array_index (spans, ReadoutSpan, 1);
  g_assert_cmpuint (span->start, ==, 100);
  g_assert_cmpuint (span->end, ==, 111);

  g_object_get (speaker,
                "id", &id,
                "name", &name,
                "role", &role,
                "kind", &kind,
                "anonymous", &is_anonymous,
                "party", &party,
                "mentions", &mentions,
                NULL);
  g_assert_cmpstr (id, ==, "p1");
  g_assert_cmpstr (name, ==, "Oleksandra Kovalčuková");
  g_assert_cmpstr (role, ==, "Deputy Foreign Minister");
  g_assert_cmpint (kind, ==, READOUT_SPEAKER_PERSON);
  g_assert_false (is_anonymous);
  g_assert_true (party == fixture->ukraine);
  g_assert_true (mentions == spans);

  anonymous = _readout_speaker_new ("p2", "people familiar with the talks", NULL,
                                    READOUT_SPEAKER_ANONYMOUS, NULL);
  g_assert_true (readout_speaker_get_anonymous (anonymous));
  g_assert_null (readout_speaker_get_role (anonymous));
  g_assert_null (readout_speaker_get_party (anonymous));
  g_assert_cmpuint (readout_speaker_get_mentions (anonymous)->len, ==, 0);
  g_object_get (anonymous, "anonymous", &is_anonymous, NULL);
  g_assert_true (is_anonymous);
}

static void
test_statement (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(ReadoutSpeaker) speaker = make_minister (fixture);
  g_autoptr(ReadoutStatement) quote = make_quote (fixture, speaker);
  g_autoptr(ReadoutStatement) stance = make_stance (fixture);
  g_autoptr(ReadoutSpeaker) got_speaker = NULL;
  g_autoptr(ReadoutParty) got_party = NULL;
  g_autofree char *id = NULL;
  g_autofree char *content = NULL;
  g_autofree char *cue = NULL;
  g_autofree char *source = NULL;
  ReadoutStatementKind kind;
  guint start, end, cue_start, cue_end, source_start, source_end, block;
  gboolean negated, conditional;
  double confidence;

  g_assert_cmpstr (readout_statement_get_id (quote), ==, "s1");
  g_assert_cmpint (readout_statement_get_kind (quote), ==, READOUT_STATEMENT_DIRECT);
  g_assert_cmpstr (readout_statement_get_text (quote), ==,
                   "We will not trade Kherson for a ceasefire on paper,");
  g_assert_cmpuint (readout_statement_get_start (quote), ==, 1);
  g_assert_cmpuint (readout_statement_get_end (quote), ==, 52);
  g_assert_cmpstr (readout_statement_get_cue (quote), ==, "told");
  g_assert_cmpuint (readout_statement_get_cue_start (quote), ==, 113);
  g_assert_cmpuint (readout_statement_get_cue_end (quote), ==, 117);
  g_assert_cmpstr (readout_statement_get_source (quote), ==,
                   "Ukraine’s deputy foreign minister, Oleksandra Kovalčuková");
  g_assert_cmpuint (readout_statement_get_source_start (quote), ==, 54);
  g_assert_cmpuint (readout_statement_get_source_end (quote), ==, 111);
  g_assert_true (readout_statement_get_speaker (quote) == speaker);
  g_assert_true (readout_statement_get_party (quote) == fixture->ukraine);
  g_assert_cmpuint (readout_statement_get_block (quote), ==, 0);
  g_assert_false (readout_statement_get_negated (quote));
  g_assert_false (readout_statement_get_conditional (quote));
  g_assert_cmpfloat_with_epsilon (readout_statement_get_confidence (quote), 0.876, 1e-9);

  g_object_get (quote,
                "id", &id,
                "kind", &kind,
                "text", &content,
                "start", &start,
                "end", &end,
                "cue", &cue,
                "cue-start", &cue_start,
                "cue-end", &cue_end,
                "source", &source,
                "source-start", &source_start,
                "source-end", &source_end,
                "speaker", &got_speaker,
                "party", &got_party,
                "block", &block,
                "negated", &negated,
                "conditional", &conditional,
                "confidence", &confidence,
                NULL);
  g_assert_cmpstr (id, ==, "s1");
  g_assert_cmpint (kind, ==, READOUT_STATEMENT_DIRECT);
  g_assert_cmpstr (content, ==, readout_statement_get_text (quote));
  g_assert_cmpuint (start, ==, 1);
  g_assert_cmpuint (end, ==, 52);
  g_assert_cmpstr (cue, ==, "told");
  g_assert_cmpuint (cue_start, ==, 113);
  g_assert_cmpuint (cue_end, ==, 117);
  g_assert_cmpstr (source, ==, readout_statement_get_source (quote));
  g_assert_cmpuint (source_start, ==, 54);
  g_assert_cmpuint (source_end, ==, 111);
  g_assert_true (got_speaker == speaker);
  g_assert_true (got_party == fixture->ukraine);
  g_assert_cmpuint (block, ==, 0);
  g_assert_false (negated);
  g_assert_false (conditional);
  g_assert_cmpfloat_with_epsilon (confidence, 0.876, 1e-9);

  /* The second paragraph: every offset past the first block and the
   * blank line; the guillemets are two bytes, one code point each. */
  g_assert_cmpstr (readout_statement_get_text (stance), ==,
                   "it would back the plan «sans réserve»");
  g_assert_cmpint (readout_statement_get_kind (stance), ==, READOUT_STATEMENT_STANCE);
  g_assert_cmpuint (readout_statement_get_start (stance), ==, 163);
  g_assert_cmpuint (readout_statement_get_end (stance), ==, 200);
  g_assert_null (readout_statement_get_cue (stance));
  g_assert_cmpuint (readout_statement_get_cue_start (stance), ==, 0);
  g_assert_cmpuint (readout_statement_get_cue_end (stance), ==, 0);
  g_assert_null (readout_statement_get_source (stance));
  g_assert_null (readout_statement_get_speaker (stance));
  g_assert_true (readout_statement_get_party (stance) == fixture->sweden);
  g_assert_cmpuint (readout_statement_get_block (stance), ==, 1);
  g_assert_true (readout_statement_get_conditional (stance));
}

/* A source before its content and a cue between them: the copy walks from
 * the earliest span, whatever the order. */
static void
test_statement_span_order (Fixture       *fixture,
                           gconstpointer  data)
{
  const char *text = readout_document_get_text (fixture->document);
  ReadoutStatementInit init = { 0 };
  g_autoptr(ReadoutStatement) statement = NULL;

  init.kind = READOUT_STATEMENT_INDIRECT;
  init.source_start = offset_of (text, "Sweden’s government");
  init.source_end = end_of (text, "Sweden’s government");
  init.cue_start = offset_of (text, "said it");
  init.cue_end = init.cue_start + 4;
  init.start = offset_of (text, "it would");
  init.end = end_of (text, "the talks.");
  init.block = 1;
  init.confidence = 1.5;  /* clamped */

  statement = _readout_statement_new ("s9", text, &init);
  g_assert_cmpstr (readout_statement_get_source (statement), ==, "Sweden’s government");
  g_assert_cmpstr (readout_statement_get_cue (statement), ==, "said");
  g_assert_cmpstr (readout_statement_get_text (statement), ==,
                   "it would back the plan «sans réserve», according to people "
                   "familiar with the talks.");
  g_assert_cmpfloat (readout_statement_get_confidence (statement), ==, 1.0);

  /* An empty content span is allowed and gives an empty string. */
  init.start = init.end = 5;
  g_clear_object (&statement);
  statement = _readout_statement_new ("s10", text, &init);
  g_assert_cmpstr (readout_statement_get_text (statement), ==, "");
}

/* One cursor over several statements, forwards and back, gives the same
 * strings as a fresh walk from the start each time. */
static void
test_statement_cursor (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *text = readout_document_get_text (fixture->document);
  ReadoutTextCursor cursor = { text, 0, 0 };
  static const char *spans[][3] = {
    /* content, cue, source */
    { "We will not trade Kherson", "told", "Oleksandra" },
    { "it would back", "said", "Sweden’s government" },
    { "Łódź", NULL, "reporters" },       /* back into the first block */
    { "«sans réserve»", "according", NULL },
    { "“We", NULL, NULL },               /* the very start */
  };

  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    {
      ReadoutStatementInit init = { 0 };
      g_autoptr(ReadoutStatement) walked = NULL;
      g_autoptr(ReadoutStatement) fresh = NULL;

      init.start = offset_of (text, spans[i][0]);
      init.end = end_of (text, spans[i][0]);
      if (spans[i][1] != NULL)
        {
          init.cue_start = offset_of (text, spans[i][1]);
          init.cue_end = end_of (text, spans[i][1]);
        }
      if (spans[i][2] != NULL)
        {
          init.source_start = offset_of (text, spans[i][2]);
          init.source_end = end_of (text, spans[i][2]);
        }

      walked = _readout_statement_new_at ("s", &cursor, &init);
      fresh = _readout_statement_new ("s", text, &init);
      g_assert_cmpstr (readout_statement_get_text (walked), ==, spans[i][0]);
      g_assert_cmpstr (readout_statement_get_cue (walked), ==, spans[i][1]);
      g_assert_cmpstr (readout_statement_get_source (walked), ==, spans[i][2]);
      g_assert_cmpstr (readout_statement_get_text (fresh), ==, spans[i][0]);
      g_assert_cmpstr (readout_statement_get_cue (fresh), ==, spans[i][1]);
      g_assert_cmpstr (readout_statement_get_source (fresh), ==, spans[i][2]);
      /* The cursor's two positions always describe the same place. */
      g_assert_cmpuint (g_utf8_pointer_to_offset (text, text + cursor.byte), ==, cursor.offset);
    }
}

static void
test_analysis (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(ReadoutAnalysis) analysis = make_analysis (fixture);
  g_autoptr(ReadoutDocument) document = NULL;
  g_autoptr(GListModel) parties = NULL;
  g_autoptr(GListModel) speakers = NULL;
  g_autoptr(GListModel) statements = NULL;
  g_autoptr(ReadoutStatement) first = NULL;
  g_autoptr(ReadoutParty) second_party = NULL;

  g_assert_true (readout_analysis_get_document (analysis) == fixture->document);
  g_assert_cmpuint (g_list_model_get_n_items (readout_analysis_get_parties (analysis)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (readout_analysis_get_speakers (analysis)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (readout_analysis_get_statements (analysis)), ==, 2);
  g_assert_true (g_list_model_get_item_type (readout_analysis_get_statements (analysis)) ==
                 READOUT_TYPE_STATEMENT);

  first = g_list_model_get_item (readout_analysis_get_statements (analysis), 0);
  g_assert_cmpstr (readout_statement_get_id (first), ==, "s1");
  second_party = g_list_model_get_item (readout_analysis_get_parties (analysis), 1);
  g_assert_cmpstr (readout_party_get_id (second_party), ==, "SWE");

  g_object_get (analysis,
                "document", &document,
                "parties", &parties,
                "speakers", &speakers,
                "statements", &statements,
                NULL);
  g_assert_true (document == fixture->document);
  g_assert_true (parties == readout_analysis_get_parties (analysis));
  g_assert_true (speakers == readout_analysis_get_speakers (analysis));
  g_assert_true (statements == readout_analysis_get_statements (analysis));
}

static void
assert_null_member (JsonObject *object,
                    const char *name)
{
  g_assert_true (json_object_has_member (object, name));
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (object, name)));
}

static void
test_json (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(ReadoutAnalysis) analysis = make_analysis (fixture);
  g_autoptr(JsonObject) object = json_object_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *data_json = NULL;
  JsonArray *array;
  JsonArray *aliases;
  JsonArray *mentions;
  JsonArray *span;
  JsonObject *item;
  gboolean found_alias = FALSE;

  readout_analysis_add_to_json (analysis, object);
  g_assert_cmpuint (json_object_get_size (object), ==, 3);

  /* parties */
  array = json_object_get_array_member (object, "parties");
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  item = json_array_get_object_element (array, 0);
  g_assert_cmpuint (json_object_get_size (item), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (item, "id"), ==, "UKR");
  g_assert_cmpstr (json_object_get_string_member (item, "name"), ==, "Ukraine");
  g_assert_cmpstr (json_object_get_string_member (item, "kind"), ==, "country");
  aliases = json_object_get_array_member (item, "aliases");
  g_assert_cmpuint (json_array_get_length (aliases), >, 0);
  for (guint i = 0; i < json_array_get_length (aliases); i++)
    if (g_str_equal (json_array_get_string_element (aliases, i), "Ukraine"))
      found_alias = TRUE;
  g_assert_true (found_alias);
  item = json_array_get_object_element (array, 1);
  g_assert_cmpstr (json_object_get_string_member (item, "id"), ==, "SWE");

  /* speakers */
  array = json_object_get_array_member (object, "speakers");
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  item = json_array_get_object_element (array, 0);
  g_assert_cmpuint (json_object_get_size (item), ==, 7);
  g_assert_cmpstr (json_object_get_string_member (item, "id"), ==, "p1");
  g_assert_cmpstr (json_object_get_string_member (item, "name"), ==, "Oleksandra Kovalčuková");
  g_assert_cmpstr (json_object_get_string_member (item, "kind"), ==, "person");
  g_assert_cmpstr (json_object_get_string_member (item, "role"), ==, "Deputy Foreign Minister");
  g_assert_cmpstr (json_object_get_string_member (item, "party"), ==, "UKR");
  g_assert_false (json_object_get_boolean_member (item, "anonymous"));
  mentions = json_object_get_array_member (item, "mentions");
  g_assert_cmpuint (json_array_get_length (mentions), ==, 1);
  span = json_array_get_array_element (mentions, 0);
  g_assert_cmpuint (json_array_get_length (span), ==, 2);
  g_assert_cmpint (json_array_get_int_element (span, 0), ==, 89);
  g_assert_cmpint (json_array_get_int_element (span, 1), ==, 111);
  item = json_array_get_object_element (array, 1);
  g_assert_cmpstr (json_object_get_string_member (item, "kind"), ==, "anonymous");
  g_assert_true (json_object_get_boolean_member (item, "anonymous"));
  assert_null_member (item, "role");
  assert_null_member (item, "party");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (item, "mentions")), ==, 0);

  /* statements */
  array = json_object_get_array_member (object, "statements");
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  item = json_array_get_object_element (array, 0);
  g_assert_cmpuint (json_object_get_size (item), ==, 22);
  g_assert_cmpstr (json_object_get_string_member (item, "id"), ==, "s1");
  g_assert_cmpstr (json_object_get_string_member (item, "kind"), ==, "direct");
  g_assert_cmpstr (json_object_get_string_member (item, "text"), ==,
                   "We will not trade Kherson for a ceasefire on paper,");
  g_assert_cmpint (json_object_get_int_member (item, "start"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (item, "end"), ==, 52);
  g_assert_cmpstr (json_object_get_string_member (item, "cue"), ==, "told");
  g_assert_cmpint (json_object_get_int_member (item, "cue_start"), ==, 113);
  g_assert_cmpint (json_object_get_int_member (item, "cue_end"), ==, 117);
  g_assert_cmpstr (json_object_get_string_member (item, "source"), ==,
                   "Ukraine’s deputy foreign minister, Oleksandra Kovalčuková");
  g_assert_cmpint (json_object_get_int_member (item, "source_start"), ==, 54);
  g_assert_cmpint (json_object_get_int_member (item, "source_end"), ==, 111);
  g_assert_cmpstr (json_object_get_string_member (item, "speaker"), ==, "p1");
  g_assert_cmpstr (json_object_get_string_member (item, "party"), ==, "UKR");
  g_assert_cmpint (json_object_get_int_member (item, "block"), ==, 0);
  g_assert_false (json_object_get_boolean_member (item, "negated"));
  g_assert_false (json_object_get_boolean_member (item, "conditional"));
  g_assert_cmpfloat (json_object_get_double_member (item, "confidence"), ==, 0.88);

  item = json_array_get_object_element (array, 1);
  g_assert_cmpuint (json_object_get_size (item), ==, 22);
  g_assert_cmpstr (json_object_get_string_member (item, "kind"), ==, "stance");
  g_assert_cmpint (json_object_get_int_member (item, "start"), ==, 163);
  assert_null_member (item, "cue");
  assert_null_member (item, "cue_start");
  assert_null_member (item, "cue_end");
  assert_null_member (item, "source");
  assert_null_member (item, "source_start");
  assert_null_member (item, "source_end");
  assert_null_member (item, "speaker");
  g_assert_cmpstr (json_object_get_string_member (item, "party"), ==, "SWE");
  g_assert_cmpint (json_object_get_int_member (item, "block"), ==, 1);
  g_assert_true (json_object_get_boolean_member (item, "conditional"));
  g_assert_cmpfloat (json_object_get_double_member (item, "confidence"), ==, 0.5);

  /* And it survives a round trip through text, as the CLI prints it. */
  json_node_set_object (root, object);
  data_json = json_to_string (root, FALSE);
  g_assert_true (json_parser_load_from_data (parser, data_json, -1, NULL));
  g_assert_nonnull (strstr (data_json, "\"confidence\":0.88"));
  g_assert_nonnull (strstr (data_json, "Kovalčuková"));
}

static void
on_analysis_ready (GObject      *source_object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GAsyncResult **out = user_data;

  g_assert_null (source_object);
  *out = g_object_ref (result);
}

static ReadoutAnalysis *
analyze_async (ReadoutDocument  *document,
               GCancellable     *cancellable,
               GError          **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  GMainContext *context = g_main_context_default ();

  readout_analysis_new_async (document, cancellable, on_analysis_ready, &result);
  while (result == NULL)
    g_main_context_iteration (context, TRUE);

  return readout_analysis_new_finish (result, error);
}

typedef struct
{
  GMainLoop       *loop;
  ReadoutAnalysis *analysis;
  GError          *error;
} AsyncData;

static void
on_loop_analysis_ready (GObject      *source_object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  AsyncData *async = user_data;

  async->analysis = readout_analysis_new_finish (result, &async->error);
  g_main_loop_quit (async->loop);
}

static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutAnalysis) sync = NULL;
  AsyncData async = { 0 };

  sync = readout_analysis_new_for_document (fixture->document, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sync);
  g_assert_true (readout_analysis_get_document (sync) == fixture->document);

  async.loop = g_main_loop_new (NULL, FALSE);
  readout_analysis_new_async (fixture->document, NULL, on_loop_analysis_ready, &async);
  g_main_loop_run (async.loop);
  g_main_loop_unref (async.loop);

  g_assert_no_error (async.error);
  g_assert_nonnull (async.analysis);
  g_assert_true (READOUT_IS_ANALYSIS (async.analysis));
  g_assert_true (readout_analysis_get_document (async.analysis) == fixture->document);
  /* The worker runs the same pipeline as the synchronous call. */
  g_assert_cmpuint (g_list_model_get_n_items (readout_analysis_get_statements (async.analysis)), ==,
                    g_list_model_get_n_items (readout_analysis_get_statements (sync)));
  g_assert_cmpuint (g_list_model_get_n_items (readout_analysis_get_speakers (async.analysis)), ==,
                    g_list_model_get_n_items (readout_analysis_get_speakers (sync)));
  g_assert_cmpuint (g_list_model_get_n_items (readout_analysis_get_parties (async.analysis)), ==,
                    g_list_model_get_n_items (readout_analysis_get_parties (sync)));
  g_clear_object (&async.analysis);
}

static void
test_cancelled (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutAnalysis) analysis = NULL;

  g_cancellable_cancel (cancellable);

  analysis = readout_analysis_new_for_document (fixture->document, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (analysis);
  g_clear_error (&error);

  analysis = analyze_async (fixture->document, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (analysis);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/analysis-objects/kind-strings", test_kind_strings);
  ADD ("/analysis-objects/speaker", test_speaker);
  ADD ("/analysis-objects/statement", test_statement);
  ADD ("/analysis-objects/statement-span-order", test_statement_span_order);
  ADD ("/analysis-objects/statement-cursor", test_statement_cursor);
  ADD ("/analysis-objects/analysis", test_analysis);
  ADD ("/analysis-objects/json", test_json);
  ADD ("/analysis-objects/async", test_async);
  ADD ("/analysis-objects/cancelled", test_cancelled);

#undef ADD

  return g_test_run ();
}
