/* readout-bench-corpus.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint64 state;
} BenchRng;

typedef struct _BenchVocab BenchVocab;

void        bench_rng_init     (BenchRng   *rng,
                                guint64     seed);

/* A number in [0, @n). */
guint       bench_rng_next     (BenchRng   *rng,
                                guint       n);

BenchVocab *bench_vocab_new    (BenchRng   *rng);
void        bench_vocab_free   (BenchVocab *vocab);

/* A plain-text wire story of about @target_bytes, with title, byline,
 * dateline and furniture lines. */
char       *bench_text_article (BenchRng   *rng,
                                BenchVocab *vocab,
                                gsize       target_bytes);

/* A whole HTML news page whose article body holds about
 * @target_text_bytes; the page around it is several times that. */
char       *bench_html_page    (BenchRng   *rng,
                                BenchVocab *vocab,
                                gsize       target_text_bytes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BenchVocab, bench_vocab_free)

G_END_DECLS
