/* readout-export.h — a session in the formats other tools read
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One entry point for the GUI's File → Export and `readout-cli export`:
 * the formats, their file names and types, and the export itself.
 * docs/export.md describes each format.
 */

#pragma once

#include <gio/gio.h>

#include "readout-session.h"

G_BEGIN_DECLS

typedef enum
{
  READOUT_EXPORT_HTML,      /* a self-contained report that prints well */
  READOUT_EXPORT_MARKDOWN,
  READOUT_EXPORT_CSV,       /* one row per statement, for spreadsheets */
  READOUT_EXPORT_W3C,       /* Web Annotation JSON-LD */
  READOUT_EXPORT_QDPX,      /* a REFI-QDA project */
} ReadoutExportFormat;

#define READOUT_N_EXPORT_FORMATS (READOUT_EXPORT_QDPX + 1)

/* "html", "markdown", "csv", "w3c", "qdpx": the CLI's words. */
const char *readout_export_format_to_string     (ReadoutExportFormat   format);
gboolean    readout_export_format_from_string   (const char           *name,
                                                 ReadoutExportFormat  *format);
/* The usual file name extension, without the dot ("md", "jsonld"). */
const char *readout_export_format_get_extension (ReadoutExportFormat   format);
const char *readout_export_format_get_mime_type (ReadoutExportFormat   format);
/* Translated, for the save dialog's filters ("HTML Report"). */
const char *readout_export_format_get_label     (ReadoutExportFormat   format);
/* Whether the output is text (it can go to standard output). */
gboolean    readout_export_format_is_text       (ReadoutExportFormat   format);

/* The export's bytes. Only the REFI-QDA project can fail (a ZIP archive
 * over 4 GiB). Main thread: it reads the session's models. */
GBytes     *readout_session_export_bytes        (ReadoutSession       *session,
                                                 ReadoutExportFormat   format,
                                                 GError              **error);
/* Writes @bytes to @out atomically (g_file_replace_contents(): a
 * temporary file renamed over @out), so that a failure never leaves half
 * a file; messages of errors name @out. Any thread. */
gboolean    readout_export_write_bytes          (GBytes               *bytes,
                                                 GFile                *out,
                                                 GCancellable         *cancellable,
                                                 GError              **error);
/* Both in one go. */
gboolean    readout_session_export_file         (ReadoutSession       *session,
                                                 ReadoutExportFormat   format,
                                                 GFile                *out,
                                                 GCancellable         *cancellable,
                                                 GError              **error);

G_END_DECLS
