/* readout-clustering-private.h — grouping sparse term vectors
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "readout-terms-private.h"

G_BEGIN_DECLS

/* The dot product of two vectors sorted by term id (GArrays of
 * ReadoutTermWeight). */
double _readout_vector_dot (const GArray *a,
                            const GArray *b);

/* Average-link agglomerative clustering of @vectors (unit GArrays of
 * ReadoutTermWeight over @n_terms terms) on their @neighbours-nearest
 * graph, merging while the average similarity is at least @threshold.
 * Returns, per vector, the index of its cluster's earliest vector.
 * Deterministic. Free with g_free(). */
guint *_readout_cluster    (GPtrArray    *vectors,
                            guint         n_terms,
                            double        threshold,
                            guint         neighbours);

G_END_DECLS
