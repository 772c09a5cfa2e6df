/* readout-export-qdpx.h — a session as a REFI-QDA project (.qdpx)
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For QualCoder, MAXQDA, ATLAS.ti and NVivo: a ZIP archive with
 * project.qde (REFI-QDA 1.5 Project.xsd, namespace urn:QDA-XML:project:1.0)
 * and each document's text as sources/GUID.txt. Parties, acts, topics,
 * tone formulae, speakers and the user's tags are codes; statements and
 * annotated passages are coded text selections; annotations' notes are
 * notes. docs/export.md describes the mapping.
 */

#pragma once

#include <gio/gio.h>

#include "readout-session.h"

G_BEGIN_DECLS

/* The .qdpx archive's bytes. Fails only when the archive would exceed
 * the limits of a ZIP file without ZIP64 (4 GiB). */
GBytes   *readout_session_to_qdpx          (ReadoutSession     *session,
                                            GError            **error);
/* Writes the archive to @out atomically (a temporary file renamed over
 * @out); messages of errors name @out. */
gboolean  readout_session_export_qdpx      (ReadoutSession     *session,
                                            GFile              *out,
                                            GError            **error);

G_END_DECLS
