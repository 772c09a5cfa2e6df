/* test-anchor.c — anchors found again after the text changed
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An invented wire report of talks between two ministers, re-published
 * with an editor's note, fixed typos, changed words, other quotation
 * marks, a deleted paragraph; the same in Russian, Chinese and with
 * emoji; long generated texts for speed.
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "readout-anchor.h"
#include "readout-anchor-private.h"
#include "readout-error.h"

static const char article[] =
  "VIENNA, March 3 — The foreign ministers of Austria and Slovenia met for four hours on Tuesday "
  "to discuss the new border crossing at Spielfeld.\n\n"
  "Officials from both sides described the talks as businesslike. The Austrian minister said "
  "the two governments \"would not acept any delay\" in opening the crossing.\n\n"
  "“We will not allow anyone to block the corridor,” the Slovenian minister told reporters, "
  "adding that trucks had waited for up to nine hours last winter.\n\n"
  "The ministers agreed to resume the negotiations in Ljubljana before the end of the month.";

/* The span of the first occurrence of @needle in @text, in code points. */
static void
find_span (const char *text,
           const char *needle,
           guint      *start,
           guint      *end)
{
  const char *at = strstr (text, needle);

  g_assert_nonnull (at);
  *start = (guint) g_utf8_pointer_to_offset (text, at);
  *end = *start + (guint) g_utf8_strlen (needle, -1);
}

/* The text of a span given in code points. */
static char *
slice (const char *text,
       guint       start,
       guint       end)
{
  g_assert_cmpuint (start, <, end);
  g_assert_cmpuint (end, <=, g_utf8_strlen (text, -1));
  return g_utf8_substring (text, start, end);
}

static ReadoutAnchor *
anchor_for (const char *text,
            const char *needle)
{
  g_autoptr(GError) error = NULL;
  ReadoutAnchor *anchor;
  guint start, end;

  find_span (text, needle, &start, &end);
  anchor = readout_anchor_new_for_span (text, start, end, &error);
  g_assert_no_error (error);
  g_assert_nonnull (anchor);
  g_assert_cmpstr (anchor->exact, ==, needle);
  return anchor;
}

static char *
replace (const char *text,
         const char *old,
         const char *new)
{
  const char *at = strstr (text, old);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, new, at + strlen (old));
}

/* Resolves and checks the match kind and the text found. */
static void
assert_resolves (const ReadoutAnchor *anchor,
                 const char          *text,
                 ReadoutAnchorMatch   expected,
                 const char          *expected_text)
{
  guint start = 7777, end = 7777;
  double score = -1;
  ReadoutAnchorMatch match = readout_anchor_resolve (anchor, text, &start, &end, &score);
  g_autofree char *found = NULL;

  g_test_message ("“%s” → %s, score %.3f", anchor->exact, readout_anchor_match_to_string (match), score);
  g_assert_cmpstr (readout_anchor_match_to_string (match), ==, readout_anchor_match_to_string (expected));
  if (expected == READOUT_ANCHOR_MATCH_ORPHANED)
    {
      g_assert_cmpuint (start, ==, 7777);
      g_assert_cmpuint (end, ==, 7777);
      g_assert_cmpfloat (score, <, READOUT_ANCHOR_MIN_SCORE);
      return;
    }
  found = slice (text, start, end);
  g_assert_cmpstr (found, ==, expected_text);
  if (expected == READOUT_ANCHOR_MATCH_FUZZY)
    {
      g_assert_cmpfloat (score, >=, READOUT_ANCHOR_MIN_SCORE);
      g_assert_cmpfloat (score, <=, 1.0);
    }
  else
    g_assert_cmpfloat (score, ==, 1.0);
}

/* Plain dynamic programming: the distance of @p to the best substring of
 * @t ending at each position. */
static void
brute_distances (const guint16 *p,
                 guint          m,
                 const guint16 *t,
                 guint          n,
                 int           *out)
{
  g_autofree int *prev = g_new (int, m + 1);
  g_autofree int *cur = g_new (int, m + 1);

  for (guint i = 0; i <= m; i++)
    prev[i] = i;
  for (guint j = 0; j < n; j++)
    {
      int *swap;

      cur[0] = 0;
      for (guint i = 1; i <= m; i++)
        cur[i] = MIN (prev[i - 1] + (p[i - 1] != t[j]), MIN (prev[i], cur[i - 1]) + 1);
      out[j] = cur[m];
      swap = prev, prev = cur, cur = swap;
    }
}

/* The bit-parallel search with its cut-off against the textbook table,
 * on small alphabets (many near matches), across block sizes and bounds. */
static void
test_distance (void)
{
  GRand *rand = g_rand_new_with_seed (17);

  for (guint round = 0; round < 2000; round++)
    {
      guint m = g_rand_int_range (rand, 1, 300), n = g_rand_int_range (rand, 1, 700);
      guint sigma = g_rand_int_range (rand, 1, 5);
      int k = g_rand_int_range (rand, 0, m + 1);
      g_autofree guint16 *p = g_new (guint16, m);
      g_autofree guint16 *t = g_new (guint16, n);
      g_autofree int *want = g_new (int, n);
      g_autofree int *got = g_new (int, n);

      for (guint i = 0; i < m; i++)
        p[i] = g_rand_int_range (rand, 1, sigma + 1);
      for (guint j = 0; j < n; j++)
        t[j] = g_rand_int_range (rand, 0, sigma + 1);
      /* Half the time, a copy of the pattern with a tenth of it spoilt. */
      if (n > m && g_rand_boolean (rand))
        {
          guint at = g_rand_int_range (rand, 0, n - m + 1);

          for (guint i = 0; i < m; i++)
            t[at + i] = g_rand_int_range (rand, 0, 10) == 0 ? 0 : p[i];
        }
      brute_distances (p, m, t, n, want);
      _readout_anchor_search_distances (p, m, sigma, t, n, k, got);
      for (guint j = 0; j < n; j++)
        g_assert_cmpint (got[j], ==, MIN (want[j], k + 1));
    }
  g_rand_free (rand);
}

static void
test_span (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutAnchor) first = NULL, middle = NULL, last = NULL;
  ReadoutAnchor *none;
  guint length = (guint) g_utf8_strlen (article, -1);

  first = readout_anchor_new_for_span (article, 0, 6, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (first->start, ==, 0);
  g_assert_cmpuint (first->end, ==, 6);
  g_assert_cmpstr (first->exact, ==, "VIENNA");
  g_assert_cmpstr (first->prefix, ==, "");
  g_assert_cmpstr (first->suffix, ==, ", March 3 — The foreign minister");
  g_assert_cmpint (g_utf8_strlen (first->suffix, -1), ==, READOUT_ANCHOR_CONTEXT_LENGTH);

  middle = anchor_for (article, "businesslike");
  g_assert_cmpint (g_utf8_strlen (middle->prefix, -1), ==, READOUT_ANCHOR_CONTEXT_LENGTH);
  g_assert_cmpstr (middle->prefix, ==, "th sides described the talks as ");
  g_assert_cmpstr (middle->suffix, ==, ". The Austrian minister said the");

  last = readout_anchor_new_for_span (article, length - 6, length, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (last->exact, ==, "month.");
  g_assert_cmpstr (last->suffix, ==, "");

  none = readout_anchor_new_for_span (article, 5, 5, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_null (none);
  g_clear_error (&error);
  none = readout_anchor_new_for_span (article, 9, 3, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_null (none);
  g_clear_error (&error);
  none = readout_anchor_new_for_span (article, length - 2, length + 1, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "outside"));
  g_assert_null (none);
  g_clear_error (&error);
  none = readout_anchor_new_for_span ("", 0, 1, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_null (none);
}

static void
test_unchanged (void)
{
  g_autoptr(ReadoutAnchor) anchor = anchor_for (article, "We will not allow anyone to block the corridor");
  guint start, end, expected_start, expected_end;

  assert_resolves (anchor, article, READOUT_ANCHOR_MATCH_POSITION, anchor->exact);
  find_span (article, anchor->exact, &expected_start, &expected_end);
  g_assert_cmpint (readout_anchor_resolve (anchor, article, &start, &end, NULL), ==,
                   READOUT_ANCHOR_MATCH_POSITION);
  g_assert_cmpuint (start, ==, expected_start);
  g_assert_cmpuint (end, ==, expected_end);
  /* All out arguments are optional. */
  g_assert_cmpint (readout_anchor_resolve (anchor, article, NULL, NULL, NULL), ==,
                   READOUT_ANCHOR_MATCH_POSITION);
}

static void
test_inserted_before (void)
{
  g_autoptr(ReadoutAnchor) anchor = anchor_for (article, "described the talks as businesslike");
  const char *note = "Editor’s note: this report was updated with the Slovenian minister’s remarks.\n\n";
  g_autofree char *changed = g_strconcat (note, article, NULL);
  guint start, end, expected_start, expected_end;

  assert_resolves (anchor, changed, READOUT_ANCHOR_MATCH_EXACT, anchor->exact);
  find_span (changed, anchor->exact, &expected_start, &expected_end);
  readout_anchor_resolve (anchor, changed, &start, &end, NULL);
  g_assert_cmpuint (start, ==, expected_start);
  g_assert_cmpuint (start, ==, anchor->start + g_utf8_strlen (note, -1));
  g_assert_cmpuint (end, ==, expected_end);
}

static void
test_repeated (void)
{
  const char *text =
    "In Brussels, the commissioner said the offer stands. Farmers had asked for more.\n\n"
    "In Warsaw, the agriculture minister said the offer stands. Hauliers were not consulted.";
  const char *swapped =
    "In Warsaw, the agriculture minister said the offer stands. Hauliers were not consulted.\n\n"
    "In Brussels, the commissioner said the offer stands. Farmers had asked for more.\n\n"
    "A third official said the offer stands.";
  g_autoptr(ReadoutAnchor) anchor = NULL;
  guint start, end, expected_start, expected_end, second;

  /* The Warsaw one: the second occurrence. */
  second = (guint) g_utf8_pointer_to_offset (text, strstr (strstr (text, "said the offer") + 1,
                                                               "said the offer"));
  anchor = readout_anchor_new_for_span (text, second, second + 21, NULL);
  g_assert_cmpstr (anchor->exact, ==, "said the offer stands");

  /* Its old position is now near the Brussels occurrence; the context
   * still picks Warsaw. */
  g_assert_cmpint (readout_anchor_resolve (anchor, swapped, &start, &end, NULL), ==,
                   READOUT_ANCHOR_MATCH_EXACT);
  find_span (swapped, "said the offer stands", &expected_start, &expected_end);
  g_assert_cmpuint (start, ==, expected_start);
  g_assert_cmpuint (end, ==, expected_end);

  /* With no context to tell them apart, the nearest to the old place. */
  {
    g_autoptr(ReadoutAnchor) bare = readout_anchor_copy (anchor);
    const char *plain = "said the offer stands; said the offer stands; said the offer stands";

    g_free (bare->prefix);
    g_free (bare->suffix);
    bare->prefix = g_strdup ("");
    bare->suffix = g_strdup ("");
    bare->start = 40;
    g_assert_cmpint (readout_anchor_resolve (bare, plain, &start, &end, NULL), ==,
                     READOUT_ANCHOR_MATCH_EXACT);
    g_assert_cmpuint (start, ==, 46);
    g_assert_cmpuint (end, ==, 67);
  }
}

static void
test_fuzzy_typo (void)
{
  g_autoptr(ReadoutAnchor) anchor = anchor_for (article, "would not acept any delay");
  g_autofree char *fixed = replace (article, "acept", "accept");

  assert_resolves (anchor, fixed, READOUT_ANCHOR_MATCH_FUZZY, "would not accept any delay");
}

static void
test_fuzzy_word (void)
{
  g_autoptr(ReadoutAnchor) anchor =
    anchor_for (article, "The ministers agreed to resume the negotiations in Ljubljana");
  g_autofree char *changed = replace (article, "resume the negotiations", "continue the negotiations");
  g_autofree char *shorter = replace (article, "negotiations in", "negotiation in");

  assert_resolves (anchor, changed, READOUT_ANCHOR_MATCH_FUZZY,
                   "The ministers agreed to continue the negotiations in Ljubljana");
  assert_resolves (anchor, shorter, READOUT_ANCHOR_MATCH_FUZZY,
                   "The ministers agreed to resume the negotiation in Ljubljana");
}

static void
test_fuzzy_typography (void)
{
  g_autoptr(ReadoutAnchor) anchor =
    anchor_for (article, "“We will not allow anyone to block the corridor,” the Slovenian minister");
  g_autoptr(ReadoutAnchor) spaced = anchor_for (article, "met for four hours on Tuesday");
  g_autofree char *straight = replace (article, "“We will not allow anyone to block the corridor,”",
                                       "\"We will not allow anyone to block the corridor,\"");
  g_autofree char *nbsp = replace (article, "four hours on", "four\u00a0hours  on");

  assert_resolves (anchor, straight, READOUT_ANCHOR_MATCH_FUZZY,
                   "\"We will not allow anyone to block the corridor,\" the Slovenian minister");
  assert_resolves (spaced, nbsp, READOUT_ANCHOR_MATCH_FUZZY, "met for four\u00a0hours  on Tuesday");
}

/* A changed word at the quote's edge: the span grows or shrinks to whole
 * words instead of ending inside one. */
static void
test_fuzzy_snapped (void)
{
  g_autoptr(ReadoutAnchor) end_word =
    anchor_for (article, "trucks had waited for up to nine hours last winter");
  g_autoptr(ReadoutAnchor) start_word =
    anchor_for (article, "Officials from both sides described the talks");
  g_autofree char *longer = replace (article, "last winter", "last wintertime");
  g_autofree char *renamed = replace (article, "Officials from both", "Diplomats from both");

  assert_resolves (end_word, longer, READOUT_ANCHOR_MATCH_FUZZY,
                   "trucks had waited for up to nine hours last wintertime");
  assert_resolves (start_word, renamed, READOUT_ANCHOR_MATCH_FUZZY,
                   "Diplomats from both sides described the talks");

  /* The quote is still there, but inside a longer word: not taken as it
   * is (neither by position nor by search), the whole word is. */
  {
    g_autoptr(ReadoutAnchor) word = anchor_for (article, "Spielfeld");
    g_autofree char *inside = replace (article, "at Spielfeld", "at Spielfelder");

    assert_resolves (word, inside, READOUT_ANCHOR_MATCH_FUZZY, "Spielfelder");
  }
}

static void
test_orphaned (void)
{
  g_autoptr(ReadoutAnchor) anchor =
    anchor_for (article, "adding that trucks had waited for up to nine hours last winter");
  g_autoptr(ReadoutAnchor) word = anchor_for (article, "Spielfeld");
  const char *cut = strstr (article, "“We will");
  const char *resume = strstr (article, "The ministers agreed");
  g_autofree char *deleted = g_strdup_printf ("%.*s%s", (int) (cut - article), article, resume);
  g_autofree char *other = replace (article, "Spielfeld", "Sentilj");

  assert_resolves (anchor, deleted, READOUT_ANCHOR_MATCH_ORPHANED, NULL);
  /* A short quote replaced by another word: too little is left to match. */
  assert_resolves (word, other, READOUT_ANCHOR_MATCH_ORPHANED, NULL);
  assert_resolves (anchor, "", READOUT_ANCHOR_MATCH_ORPHANED, NULL);

  /* "four hours" went with its paragraph; "for hours" is one edit away,
   * but a short quote in another context is not taken for it. */
  {
    g_autoptr(ReadoutAnchor) hours = anchor_for (article, "four hours");
    g_autofree char *second = g_strconcat (strstr (article, "Officials from"),
                                           " Drivers said they had waited for hours.", NULL);
    double score = 1;

    assert_resolves (hours, second, READOUT_ANCHOR_MATCH_ORPHANED, NULL);
    readout_anchor_resolve (hours, second, NULL, NULL, &score);
    g_assert_cmpfloat (score, >, 0);
  }
}

static void
test_multibyte (void)
{
  const char *russian =
    "МОСКВА, 3 марта. Министр заявил, что переговоры прошли в деловой обстановке, "
    "и стороны договорились встретиться снова.";
  const char *chinese = "外交部发言人表示，双方就边境问题进行了坦诚的交流，并同意继续保持沟通。";
  const char *emoji = "Talks ended 🤝 and both ministers smiled 😀😀 for the cameras in Vienna.";
  g_autoptr(ReadoutAnchor) ru = anchor_for (russian, "переговоры прошли в деловой обстановке");
  g_autoptr(ReadoutAnchor) zh = anchor_for (chinese, "双方就边境问题进行了坦诚的交流");
  g_autoptr(ReadoutAnchor) em = anchor_for (emoji, "for the cameras in Vienna");
  g_autofree char *ru_moved = g_strconcat ("🇷🇺 Обновлено. ", russian, NULL);
  g_autofree char *ru_typo = replace (russian, "деловой", "делавой");
  g_autofree char *zh_moved = g_strconcat ("【新华社】", chinese, NULL);
  g_autofree char *zh_changed = replace (chinese, "坦诚", "深入");
  g_autofree char *em_moved = replace (emoji, "🤝", "🤝🤝🤝");
  guint start, end;

  /* Offsets in code points: the flag is two, the Cyrillic letters one each. */
  g_assert_cmpuint (ru->start, ==, 37);
  g_assert_cmpuint (em->start, ==, 43);
  assert_resolves (ru, ru_moved, READOUT_ANCHOR_MATCH_EXACT, ru->exact);
  readout_anchor_resolve (ru, ru_moved, &start, &end, NULL);
  g_assert_cmpuint (start, ==, 37 + 14);
  g_assert_cmpuint (end, ==, 37 + 14 + 38);
  assert_resolves (ru, ru_typo, READOUT_ANCHOR_MATCH_FUZZY, "переговоры прошли в делавой обстановке");

  assert_resolves (zh, zh_moved, READOUT_ANCHOR_MATCH_EXACT, zh->exact);
  readout_anchor_resolve (zh, zh_moved, &start, &end, NULL);
  g_assert_cmpuint (start, ==, zh->start + 5);
  /* Chinese has no spaces: snapping must not swallow the sentence. */
  assert_resolves (zh, zh_changed, READOUT_ANCHOR_MATCH_FUZZY, "双方就边境问题进行了深入的交流");

  assert_resolves (em, em_moved, READOUT_ANCHOR_MATCH_EXACT, em->exact);
  readout_anchor_resolve (em, em_moved, &start, &end, NULL);
  g_assert_cmpuint (start, ==, 45);
  g_assert_cmpuint (end, ==, 45 + 25);
}

static ReadoutAnchor *
parse_anchor (const char  *json,
              GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_assert_true (json_parser_load_from_data (parser, json, -1, NULL));
  return readout_anchor_from_json (json_parser_get_root (parser), error);
}

static void
test_json (void)
{
  g_autoptr(ReadoutAnchor) anchor = anchor_for (article, "“We will not allow anyone to block the corridor,”");
  g_autoptr(ReadoutAnchor) back = NULL, lenient = NULL, trimmed = NULL;
  g_autoptr(JsonNode) node = readout_anchor_to_json (anchor);
  g_autoptr(JsonNode) w3c = readout_anchor_to_w3c_selectors (anchor);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  JsonObject *object = json_node_get_object (node);
  JsonArray *selectors;

  g_assert_cmpint (json_object_get_size (object), ==, 5);
  g_assert_cmpint (json_object_get_int_member (object, "start"), ==, anchor->start);
  g_assert_cmpstr (json_object_get_string_member (object, "exact"), ==, anchor->exact);

  json_generator_set_root (generator, node);
  json = json_generator_to_data (generator, NULL);
  back = parse_anchor (json, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->start, ==, anchor->start);
  g_assert_cmpuint (back->end, ==, anchor->end);
  g_assert_cmpstr (back->exact, ==, anchor->exact);
  g_assert_cmpstr (back->prefix, ==, anchor->prefix);
  g_assert_cmpstr (back->suffix, ==, anchor->suffix);

  selectors = json_node_get_array (w3c);
  g_assert_cmpint (json_array_get_length (selectors), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (selectors, 0), "type"),
                   ==, "TextQuoteSelector");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (selectors, 0), "suffix"),
                   ==, anchor->suffix);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (selectors, 1), "type"),
                   ==, "TextPositionSelector");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (selectors, 1), "end"),
                   ==, anchor->end);

  /* Unknown members are ignored, missing context reads as empty, longer
   * context keeps the 32 code points nearest the quote. */
  lenient = parse_anchor ("{\"start\": 3, \"end\": 5, \"exact\": \"ab\", \"paragraph\": 2}", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lenient->prefix, ==, "");
  g_assert_cmpstr (lenient->suffix, ==, "");
  trimmed = parse_anchor ("{\"start\": 40, \"end\": 42, \"exact\": \"ab\","
                          " \"prefix\": \"0123456789abcdefghijklmnopqrstuvwxyzé\","
                          " \"suffix\": \"é0123456789abcdefghijklmnopqrstuvwxyz\"}", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (trimmed->prefix, ==, "56789abcdefghijklmnopqrstuvwxyzé");
  g_assert_cmpstr (trimmed->suffix, ==, "é0123456789abcdefghijklmnopqrstu");
}

static void
test_json_malformed (void)
{
  const struct { const char *json; const char *member; } cases[] = {
    { "[1, 2]", NULL },
    { "\"start\"", NULL },
    { "{\"end\": 5, \"exact\": \"ab\"}", "start" },
    { "{\"start\": \"3\", \"end\": 5, \"exact\": \"ab\"}", "start" },
    { "{\"start\": 3.5, \"end\": 5, \"exact\": \"ab\"}", "start" },
    { "{\"start\": -1, \"end\": 5, \"exact\": \"ab\"}", "start" },
    { "{\"start\": 3, \"end\": 99999999999, \"exact\": \"ab\"}", "end" },
    { "{\"start\": 3, \"end\": null, \"exact\": \"ab\"}", "end" },
    { "{\"start\": 3, \"end\": 3, \"exact\": \"ab\"}", "end" },
    { "{\"start\": 3, \"end\": 5}", "exact" },
    { "{\"start\": 3, \"end\": 5, \"exact\": 12}", "exact" },
    { "{\"start\": 3, \"end\": 5, \"exact\": \"\"}", "exact" },
    { "{\"start\": 3, \"end\": 5, \"exact\": \"ab\", \"prefix\": [\"x\"]}", "prefix" },
    { "{\"start\": 3, \"end\": 5, \"exact\": \"ab\", \"suffix\": true}", "suffix" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ReadoutAnchor) anchor = parse_anchor (cases[i].json, &error);

      g_test_message ("%s → %s", cases[i].json, error != NULL ? error->message : "(accepted)");
      g_assert_null (anchor);
      g_assert_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED);
      if (cases[i].member != NULL)
        {
          g_autofree char *quoted = g_strdup_printf ("“%s”", cases[i].member);

          g_assert_nonnull (strstr (error->message, quoted));
        }
    }
}

/* Invented sentences from a fixed seed: long texts without repeats of
 * any quote-sized passage. */
static GString *
generate_text (gsize   size,
               guint32 seed)
{
  static const char * const words[] = {
    "minister", "talks", "border", "delegation", "said", "agreed", "rejected", "proposal",
    "ceasefire", "grain", "corridor", "sanctions", "envoy", "summit", "officials", "Tuesday",
    "statement", "ministry", "spokesman", "harbour", "quota", "pipeline", "treaty", "garrison",
    "election", "observers", "refugees", "customs", "tariffs", "negotiators", "embassy", "frank",
    "constructive", "difficult", "the", "of", "and", "to", "in", "on", "with", "for", "a", "was",
    "would", "not", "after", "before", "during", "Vienna", "Riga", "Tallinn", "Oslo", "Lisbon",
  };
  GRand *rand = g_rand_new_with_seed (seed);
  GString *text = g_string_sized_new (size + 200);

  while (text->len < size)
    {
      guint n = g_rand_int_range (rand, 6, 20);

      for (guint i = 0; i < n; i++)
        {
          const char *word = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];

          if (i == 0)
            g_string_append_printf (text, "%c%s", g_ascii_toupper (word[0]), word + 1);
          else
            g_string_append_printf (text, " %s", word);
        }
      g_string_append (text, g_rand_int_range (rand, 0, 5) == 0 ? ".\n\n" : ". ");
    }
  g_rand_free (rand);
  return text;
}

/* Changes one character in the middle of [start, end) of an ASCII text. */
static void
edit_inside (GString *text,
             guint    start,
             guint    end)
{
  guint at = (start + end) / 2;

  text->str[at] = text->str[at] == 'x' ? 'y' : 'x';
}

static void
test_large (void)
{
  g_autoptr(GString) text = generate_text (1024 * 1024, 7);
  g_autoptr(GString) changed = NULL;
  g_autoptr(ReadoutAnchor) anchor = NULL;
  const char *note = "Correction: an earlier version of this report misspelt the envoy's name.\n\n";
  guint shift = (guint) strlen (note);
  guint start = text->len - 500, end = text->len - 260, found_start, found_end;
  gint64 t0, t1, t2;

  anchor = readout_anchor_new_for_span (text->str, start, end, NULL);
  g_assert_nonnull (anchor);

  /* A note inserted at the top: exact search. */
  changed = g_string_new (text->str);
  g_string_prepend (changed, note);
  t0 = g_get_monotonic_time ();
  g_assert_cmpint (readout_anchor_resolve (anchor, changed->str, &found_start, &found_end, NULL), ==,
                   READOUT_ANCHOR_MATCH_EXACT);
  t1 = g_get_monotonic_time ();
  g_assert_cmpuint (found_start, ==, start + shift);

  /* …and one character of the quote changed: approximate search. */
  edit_inside (changed, found_start, found_end);
  g_assert_cmpint (readout_anchor_resolve (anchor, changed->str, &found_start, &found_end, NULL), ==,
                   READOUT_ANCHOR_MATCH_FUZZY);
  t2 = g_get_monotonic_time ();
  g_assert_cmpuint (found_start, ==, start + shift);
  g_assert_cmpuint (found_end, ==, end + shift);
  g_test_message ("1 MiB text, 240-character quote near the end: exact %.1f ms, fuzzy %.1f ms",
                  (t1 - t0) / 1000.0, (t2 - t1) / 1000.0);

  /* A 2,000-character quote: 32 blocks of the bit-parallel search. */
  {
    g_autoptr(ReadoutAnchor) paragraph = NULL;
    guint long_start = text->len - 3000, long_end = long_start + 2000;

    paragraph = readout_anchor_new_for_span (text->str, long_start, long_end, NULL);
    edit_inside (changed, long_start + shift, long_start + shift + 200);
    edit_inside (changed, long_start + shift + 1000, long_start + shift + 1800);
    t0 = g_get_monotonic_time ();
    g_assert_cmpint (readout_anchor_resolve (paragraph, changed->str, &found_start, &found_end, NULL), ==,
                     READOUT_ANCHOR_MATCH_FUZZY);
    t1 = g_get_monotonic_time ();
    g_assert_cmpuint (found_start, ==, long_start + shift);
    g_assert_cmpuint (found_end, ==, long_end + shift);
    g_test_message ("1 MiB text, 2,000-character quote, two characters changed: fuzzy %.1f ms",
                    (t1 - t0) / 1000.0);
  }
}

/* 100 anchors of 60–400 characters into a 500 KB text that was re-issued
 * with a note on top and every second quote edited. */
static void
test_benchmark (void)
{
  g_autoptr(GString) text = generate_text (500 * 1000, 11);
  g_autoptr(GString) changed = g_string_new (text->str);
  g_autoptr(GPtrArray) anchors = g_ptr_array_new_with_free_func ((GDestroyNotify) readout_anchor_free);
  GRand *rand = g_rand_new_with_seed (3);
  guint counts[4] = { 0, };
  const char *note = "Updated at 14:00 with a statement from the ministry.\n\n";
  guint shift = (guint) strlen (note);
  gint64 t0, t1;

  for (guint i = 0; i < 100; i++)
    {
      guint start = i * (text->len / 100) + g_rand_int_range (rand, 0, 1000);
      guint end = start + g_rand_int_range (rand, 60, 400);
      ReadoutAnchor *anchor = readout_anchor_new_for_span (text->str, start, end, NULL);

      g_assert_nonnull (anchor);
      g_ptr_array_add (anchors, anchor);
      if (i % 2 == 1)
        edit_inside (changed, start, end);
    }
  g_rand_free (rand);
  g_string_prepend (changed, note);

  t0 = g_get_monotonic_time ();
  for (guint i = 0; i < anchors->len; i++)
    {
      ReadoutAnchor *anchor = g_ptr_array_index (anchors, i);
      guint start = 0, end = 0;
      ReadoutAnchorMatch match = readout_anchor_resolve (anchor, changed->str, &start, &end, NULL);

      counts[match]++;
      g_assert_cmpuint (start, ==, anchor->start + shift);
      g_assert_cmpuint (end, ==, anchor->end + shift);
    }
  t1 = g_get_monotonic_time ();
  g_assert_cmpuint (counts[READOUT_ANCHOR_MATCH_EXACT], ==, 50);
  g_assert_cmpuint (counts[READOUT_ANCHOR_MATCH_FUZZY], ==, 50);
  g_test_message ("100 anchors into a 500 KB text (50 moved, 50 moved and edited): %.1f ms",
                  (t1 - t0) / 1000.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/anchor/distance", test_distance);
  g_test_add_func ("/anchor/span", test_span);
  g_test_add_func ("/anchor/unchanged", test_unchanged);
  g_test_add_func ("/anchor/inserted-before", test_inserted_before);
  g_test_add_func ("/anchor/repeated", test_repeated);
  g_test_add_func ("/anchor/fuzzy/typo", test_fuzzy_typo);
  g_test_add_func ("/anchor/fuzzy/word", test_fuzzy_word);
  g_test_add_func ("/anchor/fuzzy/typography", test_fuzzy_typography);
  g_test_add_func ("/anchor/fuzzy/snapped", test_fuzzy_snapped);
  g_test_add_func ("/anchor/orphaned", test_orphaned);
  g_test_add_func ("/anchor/multibyte", test_multibyte);
  g_test_add_func ("/anchor/json", test_json);
  g_test_add_func ("/anchor/json-malformed", test_json_malformed);
  g_test_add_func ("/anchor/large", test_large);
  g_test_add_func ("/anchor/benchmark", test_benchmark);

  return g_test_run ();
}
