/* readout-date.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Parses the date notations news formats use (ISO 8601, RFC 822/2822,
 * NITF's 20220110T183400Z, "Jan. 10, 2022", "10 January 2022") and returns
 * ISO 8601: "2022-01-10T18:34:00Z" / "+03:00" when a time is known,
 * "2022-01-10" when only the day is. NULL when @text is not a date. */
char *readout_date_to_iso8601 (const char *text);

G_END_DECLS
