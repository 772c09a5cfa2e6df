/* readout-bench-session.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "readout-engine.h"

G_BEGIN_DECLS

/* Saves and loads a session of @n_articles generated articles of about
 * @article_kb KB each with @n_annotations annotations (issue 6: 50
 * articles, 5,000 statements, 1,000 annotations, each under 300 ms). */
gboolean bench_session (ReadoutImporter *importer,
                        int              n_articles,
                        int              article_kb,
                        int              n_annotations,
                        int              runs);

G_END_DECLS
