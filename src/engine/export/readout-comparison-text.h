/* readout-comparison-text.h — a comparison for people: Markdown and plain text
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "readout-comparison.h"
#include "readout-session.h"

G_BEGIN_DECLS

/* The parties × topics table, each topic's statements by party, and the
 * differences between documents, as Markdown (GitHub tables). */
char *readout_comparison_to_markdown (ReadoutComparison *comparison);
/* The same with the session's annotations under their statements, and
 * those on passages and those orphaned in sections of their own. */
char *readout_session_to_markdown    (ReadoutSession    *session);
/* The same for a terminal: indented plain text. */
char *readout_comparison_to_text     (ReadoutComparison *comparison);

G_END_DECLS
