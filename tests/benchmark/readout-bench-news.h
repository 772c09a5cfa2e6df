/* readout-bench-news.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "readout-bench-corpus.h"

G_BEGIN_DECLS

/* An English wire story of about @target_bytes for the analysis
 * benchmark: several speakers from several countries, direct quotes with
 * “…” and "…", split and colon quotes, reported speech, stances of
 * countries and institutions, pronouns, anonymous sources and narration.
 * Person names are invented. */
char *bench_news_article        (BenchRng *rng,
                                 gsize     target_bytes);

/* Hostile inputs for the scaling test, each about @target_bytes long and
 * a single paragraph. */

/* News words, names and cue verbs without any punctuation. */
char *bench_news_no_punctuation (BenchRng *rng,
                                 gsize     target_bytes);
/* Words with a quote mark (“, ” or ") every few words, mostly opening
 * marks, so almost none pair up. *@n_marks receives their number. */
char *bench_news_quote_marks    (BenchRng *rng,
                                 gsize     target_bytes,
                                 guint    *n_marks);
/* One sentence: clauses joined by commas and "and", with names and cue
 * verbs, a single full stop at the end. *@n_words receives its length. */
char *bench_news_long_sentence  (BenchRng *rng,
                                 gsize     target_bytes,
                                 guint    *n_words);
/* Only names and cue words: "Smith said Jones told Ortega said …". */
char *bench_news_cue_chain      (BenchRng *rng,
                                 gsize     target_bytes);

G_END_DECLS
