/* readout-anchor-private.h — what readout-anchor.c and the approximate
 * search in readout-anchor-fuzzy.c share
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "readout-anchor.h"

G_BEGIN_DECLS

/* The folding both searches compare under: white space (NBSP included) to
 * a space, typographic quotes, apostrophes and dashes to ASCII, lower
 * case. One code point to one, so offsets are kept. */
gunichar _readout_anchor_fold                (gunichar         c);

/* Whether the boundary between two adjacent characters lies inside a
 * word (0 stands for the text's edge: never inside). */
gboolean _readout_anchor_inside_word_pair    (gunichar         before,
                                              gunichar         after);

/* Similarity in [0, 1] of a stored context to the text beside a span:
 * @context and @near both run outward from the span's edge (reversed for
 * a prefix), folded. 1 − the edit distance between @context and the best
 * start of @near, over the context's length; 1 for an empty context. */
double   _readout_anchor_context_similarity  (const gunichar  *context,
                                              guint            n_context,
                                              const gunichar  *near,
                                              guint            n_near);

/* For tests: the edit distance of @pattern (symbols ≥ 1, below
 * @n_symbols + 1) to the best substring of @text ending at each position,
 * or @k + 1 where that is more than @k; what the approximate search sees. */
void     _readout_anchor_search_distances    (const guint16   *pattern,
                                              guint            m,
                                              guint            n_symbols,
                                              const guint16   *text,
                                              guint            n,
                                              int              k,
                                              int             *distances);

/* Step 3 of readout_anchor_resolve(): approximate search and snapping. */
ReadoutAnchorMatch _readout_anchor_resolve_fuzzy (const ReadoutAnchor *anchor,
                                                  const char          *text,
                                                  guint               *start,
                                                  guint               *end,
                                                  double              *score);

G_END_DECLS
