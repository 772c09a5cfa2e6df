/* readout-analysis-json.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "readout-analysis.h"
#include "readout-comparison.h"

G_BEGIN_DECLS

/* Adds the members "parties", "speakers" and "statements" of
 * `readout-cli analyze` to @object, next to its "document". Offsets are
 * code points into the document's text; absent values are null. */
void readout_analysis_add_to_json (ReadoutAnalysis *analysis,
                                   JsonObject      *object);

/* The same, and with @comparison (built from this analysis alone) each
 * statement's "topic" and a "topics" member. */
void readout_analysis_add_to_json_full (ReadoutAnalysis   *analysis,
                                        ReadoutComparison *comparison,
                                        JsonObject        *object);

G_END_DECLS
