/* readout-bench-analysis.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "readout-engine.h"

G_BEGIN_DECLS

/* Times readout_analysis_new_for_document() over @size_mb MB of
 * generated news, as articles and as one document, @runs times; then the
 * hostile inputs at 1×, 2×, 4× and 8× @scale_kb KB. FALSE when an import
 * or an analysis fails. */
gboolean bench_analysis (ReadoutImporter *importer,
                         int              size_mb,
                         int              runs,
                         int              scale_kb);

G_END_DECLS
