/* readout-comparison-json.h — `readout-cli compare --format json`
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "readout-comparison.h"

G_BEGIN_DECLS

/* The whole comparison: "documents", "parties" (with their share of
 * statements, act profile and the order they raised topics), "speakers"
 * (merged, with their spellings), "statements", "topics" and, per pair of
 * documents, "differences". docs/comparison.md describes every member. */
JsonNode *readout_comparison_to_json (ReadoutComparison *comparison);

G_END_DECLS
