/* readout-anchor.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Anchors tie a statement or an annotation to a span of a document's text
 * so that it can be found again after the text changed (docs/anchoring.md).
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Code points of context kept on each side of the quote (as Hypothesis). */
#define READOUT_ANCHOR_CONTEXT_LENGTH        32

/* A fuzzy match must keep this share of the quote (1 − edits / length)… */
#define READOUT_ANCHOR_MIN_QUOTE_SIMILARITY  0.75
/* …and of the quote with its context; quotes shorter than the context
 * length cannot reach it alone (docs/anchoring.md). */
#define READOUT_ANCHOR_MIN_SCORE             0.75

/* Longer quotes are found only at their position or by exact search: the
 * approximate search costs time in proportion to the quote's length. */
#define READOUT_ANCHOR_MAX_FUZZY_LENGTH      4096

/* A span of a text, in Unicode code points, end exclusive, with its text
 * (@exact) and up to READOUT_ANCHOR_CONTEXT_LENGTH code points of text
 * before (@prefix) and after (@suffix) it, shorter at the text's edges.
 * The three strings are UTF-8 and never NULL. This is the pair of W3C
 * TextPositionSelector and TextQuoteSelector. */
typedef struct
{
  guint  start;
  guint  end;
  char  *exact;
  char  *prefix;
  char  *suffix;
} ReadoutAnchor;

/* How readout_anchor_resolve() found the span again. */
typedef enum
{
  READOUT_ANCHOR_MATCH_POSITION, /* the quote is still at its position */
  READOUT_ANCHOR_MATCH_EXACT,    /* the quote is elsewhere, unchanged */
  READOUT_ANCHOR_MATCH_FUZZY,    /* a similar passage, snapped to words */
  READOUT_ANCHOR_MATCH_ORPHANED, /* nothing similar enough */
} ReadoutAnchorMatch;

#define READOUT_TYPE_ANCHOR       (readout_anchor_get_type ())
#define READOUT_TYPE_ANCHOR_MATCH (readout_anchor_match_get_type ())

GType               readout_anchor_get_type          (void) G_GNUC_CONST;
GType               readout_anchor_match_get_type    (void) G_GNUC_CONST;

/* "position", "exact", "fuzzy" or "orphaned": the session file's word. */
const char         *readout_anchor_match_to_string   (ReadoutAnchorMatch   match);

ReadoutAnchor      *readout_anchor_new_for_span      (const char          *text,
                                                      guint                start,
                                                      guint                end,
                                                      GError             **error);
ReadoutAnchor      *readout_anchor_copy              (const ReadoutAnchor *anchor);
void                readout_anchor_free              (ReadoutAnchor       *anchor);

/* Finds @anchor in @text (valid UTF-8): its position if the quote is still
 * there, else the best exact occurrence, else the best approximate one.
 * On success sets @start and @end (code points) and @score (1 for the
 * first two, the match score in [0, 1] for FUZZY). ORPHANED leaves @start
 * and @end untouched and sets @score to the best rejected score (0 if
 * there was no candidate). The out arguments may be NULL. */
ReadoutAnchorMatch  readout_anchor_resolve           (const ReadoutAnchor *anchor,
                                                      const char          *text,
                                                      guint               *start,
                                                      guint               *end,
                                                      double              *score);

/* {"start", "end", "exact", "prefix", "suffix"} for the session file. */
JsonNode           *readout_anchor_to_json           (const ReadoutAnchor *anchor);
/* Strict about the members' types (the error names the member), lenient
 * about unknown members; a missing prefix or suffix reads as "". */
ReadoutAnchor      *readout_anchor_from_json         (JsonNode            *node,
                                                      GError             **error);

/* The W3C Web Annotation pair for exporters: an array holding a
 * TextQuoteSelector and a TextPositionSelector. */
JsonNode           *readout_anchor_to_w3c_selectors  (const ReadoutAnchor *anchor);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReadoutAnchor, readout_anchor_free)

G_END_DECLS
