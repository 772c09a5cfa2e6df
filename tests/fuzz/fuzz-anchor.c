/* fuzz-anchor.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer harness for anchors: an anchor made on one text and resolved
 * in another must come back where it was made, and elsewhere give a span
 * inside the new text holding its quote (position, exact) or a scored
 * span (fuzzy), or leave the span alone (orphaned). Odd inputs go to the
 * JSON reader instead, which must refuse with an error or give an anchor
 * that writes back the same.
 */

#include "config.h"

#include <stdint.h>

#include "fuzz-common.h"
#include "readout-anchor.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  return 0;
}

static gboolean
same_anchor (const ReadoutAnchor *a,
             const ReadoutAnchor *b)
{
  return a->start == b->start && a->end == b->end && strcmp (a->exact, b->exact) == 0 &&
         strcmp (a->prefix, b->prefix) == 0 && strcmp (a->suffix, b->suffix) == 0;
}

static void
check_json (const ReadoutAnchor *anchor)
{
  g_autoptr(JsonNode) node = readout_anchor_to_json (anchor);
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutAnchor) back = readout_anchor_from_json (node, &error);

  if (back == NULL || !same_anchor (anchor, back))
    fuzz_fail ("the anchor does not survive its JSON");
}

static void
check_resolve (const ReadoutAnchor *anchor,
               const char          *text)
{
  guint length = (guint) g_utf8_strlen (text, -1);
  guint start = G_MAXUINT, end = G_MAXUINT, start2 = G_MAXUINT, end2 = G_MAXUINT;
  double score = -1, score2 = -1;
  ReadoutAnchorMatch match = readout_anchor_resolve (anchor, text, &start, &end, &score);

  if (readout_anchor_resolve (anchor, text, &start2, &end2, &score2) != match ||
      start != start2 || end != end2 || score != score2)
    fuzz_fail ("resolving is not deterministic");

  switch (match)
    {
    case READOUT_ANCHOR_MATCH_POSITION:
    case READOUT_ANCHOR_MATCH_EXACT:
      {
        g_autofree char *found = NULL;

        if (start >= end || end > length || score != 1.0)
          fuzz_fail ("position or exact span out of range");
        found = g_utf8_substring (text, start, end);
        if (strcmp (found, anchor->exact) != 0)
          fuzz_fail ("position or exact span does not hold the quote");
        if (match == READOUT_ANCHOR_MATCH_POSITION && start != anchor->start)
          fuzz_fail ("position match elsewhere than the position");
      }
      break;

    case READOUT_ANCHOR_MATCH_FUZZY:
      if (start >= end || end > length)
        fuzz_fail ("fuzzy span out of range");
      if (score < READOUT_ANCHOR_MIN_SCORE || score > 1.0)
        fuzz_fail ("fuzzy score out of range");
      break;

    case READOUT_ANCHOR_MATCH_ORPHANED:
      if (start != G_MAXUINT || end != G_MAXUINT)
        fuzz_fail ("an orphan moved the span");
      if (score < 0 || score >= READOUT_ANCHOR_MIN_SCORE)
        fuzz_fail ("an orphan with an accepted score");
      break;

    default:
      fuzz_fail ("unknown match");
    }
}

static void
fuzz_json (const char *input)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(ReadoutAnchor) anchor = NULL;
  g_autoptr(GError) error = NULL;

  if (!json_parser_load_from_data (parser, input, -1, NULL) || json_parser_get_root (parser) == NULL)
    return;
  anchor = readout_anchor_from_json (json_parser_get_root (parser), &error);
  if (anchor == NULL)
    {
      if (error == NULL || error->domain != READOUT_ERROR || !g_utf8_validate (error->message, -1, NULL))
        fuzz_fail ("JSON refused without a proper error");
      return;
    }
  if (anchor->end <= anchor->start || *anchor->exact == '\0' ||
      g_utf8_strlen (anchor->prefix, -1) > READOUT_ANCHOR_CONTEXT_LENGTH ||
      g_utf8_strlen (anchor->suffix, -1) > READOUT_ANCHOR_CONTEXT_LENGTH)
    fuzz_fail ("an accepted JSON anchor breaks its promises");
  check_json (anchor);
  check_resolve (anchor, input);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *old_text = NULL, *new_text = NULL;
  g_autoptr(ReadoutAnchor) anchor = NULL;
  g_autoptr(GError) error = NULL;
  const uint8_t *split;
  guint length, start, end, found_start, found_end;

  if (size < 3 || size > 16 * 1024)
    return 0;

  if (data[0] == '{')
    {
      g_autofree char *input = g_utf8_make_valid ((const char *) data, size);

      fuzz_json (input);
      return 0;
    }

  /* Two bytes choose the span; the rest is the old text, then after a
   * 0xFF byte (never in UTF-8) the new one, or the old one edited. */
  split = memchr (data + 2, 0xFF, size - 2);
  old_text = g_utf8_make_valid ((const char *) data + 2, (split != NULL ? split : data + size) - (data + 2));
  if (split != NULL)
    new_text = g_utf8_make_valid ((const char *) split + 1, data + size - split - 1);
  else
    new_text = g_strconcat ("Update: ", old_text, NULL);
  /* NULs end the texts early: the engine's texts are C strings. */
  length = (guint) g_utf8_strlen (old_text, -1);
  if (length == 0)
    return 0;

  start = data[0] % length;
  end = start + 1 + data[1] % MIN (length - start, 200);
  anchor = readout_anchor_new_for_span (old_text, start, end, &error);
  if (anchor == NULL)
    fuzz_fail ("a span inside the text was refused");
  if (readout_anchor_resolve (anchor, old_text, &found_start, &found_end, NULL) != READOUT_ANCHOR_MATCH_POSITION ||
      found_start != start || found_end != end)
    fuzz_fail ("the anchor is not found where it was made");
  if (readout_anchor_new_for_span (old_text, start, length + 1, NULL) != NULL)
    fuzz_fail ("a span past the text was accepted");

  check_json (anchor);
  check_resolve (anchor, new_text);
  return 0;
}
