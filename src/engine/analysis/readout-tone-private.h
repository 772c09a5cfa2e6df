/* readout-tone-private.h — diplomatic formulae in statements
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "readout-statement.h"
#include "readout-tokens.h"

G_BEGIN_DECLS

/* Fills @out with the ids of the tone entries (readout-tone.h) whose
 * phrases occur in the code points [@start, @end), in order of first
 * occurrence, without repeats, at most READOUT_STATEMENT_MAX_TONE, and
 * NULL-terminates it. The ids are interned strings. @first is the first
 * token that starts at or after @start (the caller walks the statements
 * in order, so it knows it without a search). */
void _readout_tone_scan (const ReadoutTokens *tokens,
                         guint                first,
                         guint                start,
                         guint                end,
                         const char         **out);

G_END_DECLS
