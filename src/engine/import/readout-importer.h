/* readout-importer.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define READOUT_IMPORT_DEFAULT_MAX_SIZE ((guint64)64 * 1024 * 1024)

#define READOUT_TYPE_IMPORTER (readout_importer_get_type ())

G_DECLARE_FINAL_TYPE (ReadoutImporter, readout_importer, READOUT, IMPORTER, GObject)

ReadoutImporter *readout_importer_new               (void);
guint64          readout_importer_get_max_size      (ReadoutImporter      *self);
void             readout_importer_set_max_size      (ReadoutImporter      *self,
                                                     guint64               max_size);

/* Each returns a GPtrArray of ReadoutDocument: one for an article, one per
 * item for RSS and Atom feeds. Errors name @display_name / the file. */
GPtrArray       *readout_importer_import_bytes      (ReadoutImporter      *self,
                                                     GBytes               *bytes,
                                                     const char           *display_name,
                                                     const char           *uri,
                                                     GError              **error);
GPtrArray       *readout_importer_import_file       (ReadoutImporter      *self,
                                                     GFile                *file,
                                                     GCancellable         *cancellable,
                                                     GError              **error);
void             readout_importer_import_file_async (ReadoutImporter      *self,
                                                     GFile                *file,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
GPtrArray       *readout_importer_import_file_finish (ReadoutImporter     *self,
                                                      GAsyncResult        *result,
                                                      GError             **error);

/* Glob patterns and MIME types of the formats Readout reads, for file
 * dialogs and the desktop file. */
const char * const *readout_importer_get_mime_types (void);
const char * const *readout_importer_get_patterns   (void);

G_END_DECLS
