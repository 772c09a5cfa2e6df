/* readout-bench-compare.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "readout-engine.h"

G_BEGIN_DECLS

/* Times readout_comparison_new() over @n_articles generated articles of
 * about @article_kb KB each (analysed beforehand, not timed). */
gboolean bench_compare (ReadoutImporter *importer,
                        int              n_articles,
                        int              article_kb,
                        int              runs);

G_END_DECLS
