/* readout-export-csv.h — a session's statements as CSV, for spreadsheets
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * RFC 4180: a header row, then one row per statement of the comparison
 * with its annotations; every field quoted, records ended by CRLF,
 * UTF-8 with a byte order mark. docs/export.md lists the columns.
 */

#pragma once

#include "readout-session.h"

G_BEGIN_DECLS

/* The column names of the header row, NULL-terminated. */
const char * const *readout_csv_get_columns (void);

char               *readout_session_to_csv  (ReadoutSession *session);

G_END_DECLS
