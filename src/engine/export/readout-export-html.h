/* readout-export-html.h — a session as a self-contained HTML report
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One HTML5 file with its style sheet inline and no external resources,
 * so that it opens anywhere and can be mailed: the documents, the parties
 * × topics table, every statement with its attribution and source, and
 * the annotations next to their statements. It prints well (@media
 * print). docs/export.md describes it.
 */

#pragma once

#include "readout-session.h"

G_BEGIN_DECLS

/* The report, UTF-8. */
char *readout_session_to_html (ReadoutSession *session);

G_END_DECLS
