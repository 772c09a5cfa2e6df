/* test-util.h — helpers shared by the data-driven engine tests.
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "readout-engine.h"

G_BEGIN_DECLS

/* Sorted names of the files in G_TEST_SRCDIR/data/@subdir whose names start
 * with @prefix ("" for all), dot files left out; empty if the folder is
 * missing, so callers decide whether that is a failure. */
GPtrArray *test_util_list_data (const char *subdir,
                                const char *prefix);

/* Where the team's seed article is: $READOUT_SEED, or the shared folder
 * next to the checkout. The article is not ours to ship, so tests read it
 * at run time and skip when it is missing. */
char      *test_util_seed_path (void);

/* TRUE if some run of @n_words consecutive words of @text has @hash: the
 * first 16 hex digits of the SHA-256 of the words (split at white space,
 * quotation marks and punctuation trimmed from each word, joined by one
 * space). Tests name passages of the seed this way, without its text. */
gboolean   test_util_has_words (const char *text,
                                const char *hash,
                                guint       n_words);

/* The analysis of a document made of @paragraphs (NULL-terminated) with
 * @title (nullable); fails the test when the analysis fails. */
ReadoutAnalysis   *test_util_analyse  (const char * const *paragraphs,
                                       const char         *title);
/* The comparison of the analyses given, NULL-terminated, in that order;
 * fails the test when it cannot be built. */
ReadoutComparison *test_util_compare  (ReadoutAnalysis    *first,
                                       ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
