/* readout-document-json.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "readout-document.h"

G_BEGIN_DECLS

/* The "document" object of `readout-cli analyze`: the one JSON shape the
 * CLI, the tests and (later) session files share. */
JsonNode *readout_document_to_json (ReadoutDocument *document);

G_END_DECLS
