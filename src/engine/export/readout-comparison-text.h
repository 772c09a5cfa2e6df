/* readout-comparison-text.h — a comparison for people: Markdown and plain text
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "readout-comparison.h"

G_BEGIN_DECLS

/* The parties × topics table, each topic's statements by party, and the
 * differences between documents, as Markdown (GitHub tables). */
char *readout_comparison_to_markdown (ReadoutComparison *comparison);
/* The same for a terminal: indented plain text. */
char *readout_comparison_to_text     (ReadoutComparison *comparison);

G_END_DECLS
