/* readout-attribution-private.h — the attribution pipeline's entry point
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "readout-analysis.h"

G_BEGIN_DECLS

/* Tokenise, find mentions and cues, attribute, resolve speakers and
 * parties; see docs/attribution.md. */
ReadoutAnalysis *_readout_attribution_run (ReadoutDocument  *document,
                                           GCancellable     *cancellable,
                                           GError          **error);

G_END_DECLS
