/* readout-engine.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The engine's public API, shared by readout-cli and the GUI. No GTK.
 */

#pragma once

#include "readout-error.h"
#include "model/readout-document.h"
#include "import/readout-date.h"
#include "import/readout-importer.h"
#include "export/readout-analysis-json.h"
#include "export/readout-comparison-json.h"
#include "export/readout-comparison-text.h"
#include "export/readout-document-json.h"
#include "export/readout-export-qdpx.h"
#include "export/readout-export-w3c.h"
#include "analysis/readout-act.h"
#include "analysis/readout-analysis.h"
#include "analysis/readout-party.h"
#include "analysis/readout-party-directory.h"
#include "analysis/readout-quote-scanner.h"
#include "analysis/readout-speaker.h"
#include "analysis/readout-statement.h"
#include "analysis/readout-tone.h"
#include "compare/readout-comparison.h"
#include "compare/readout-topic.h"
#include "session/readout-anchor.h"
#include "session/readout-annotation.h"
#include "session/readout-session.h"
#include "session/readout-tag.h"

G_BEGIN_DECLS

/* Sets up libxml2 once (thread-safe), before any import runs in a thread. */
void readout_engine_init (void);

G_END_DECLS
