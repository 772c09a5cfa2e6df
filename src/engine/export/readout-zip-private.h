/* readout-zip-private.h — a minimal ZIP archive writer and reader
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Enough of the ZIP format (PKWARE APPNOTE 6.3) for REFI-QDA projects:
 * entries are STORED (no compression), names are UTF-8 (general purpose
 * flag bit 11), no ZIP64, no encryption, no directory entries. The
 * archive is built in memory and handed back as bytes, so that the caller
 * can write it atomically. The reader accepts what the writer writes and
 * what other tools write with STORED entries.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The CRC-32 of ZIP, gzip and PNG (reflected, polynomial 0xEDB88320),
 * continued from @crc (0 to start). */
guint32     _readout_crc32             (guint32        crc,
                                        const void    *data,
                                        gsize          len);

typedef struct _ReadoutZip ReadoutZip;

/* @mtime: the modification time recorded for every entry (local DOS time
 * is taken from it as is); NULL for now. */
ReadoutZip *_readout_zip_new           (GDateTime     *mtime);
void        _readout_zip_free          (ReadoutZip    *zip);

/* Adds an entry. Fails for an empty, absolute or duplicate name, a name
 * with ".." or "\", or when the archive would outgrow 4 GiB or 65,535
 * entries (no ZIP64). */
gboolean    _readout_zip_add           (ReadoutZip    *zip,
                                        const char    *name,
                                        const void    *data,
                                        gsize          len,
                                        GError       **error);
/* The archive: local headers and data, central directory, end record.
 * The writer is empty afterwards. */
GBytes     *_readout_zip_finish        (ReadoutZip    *zip);

/* The entries' names in @archive, in central directory order, or NULL
 * with @error set when @archive is not a ZIP archive we can read. Names
 * are returned as stored: check them before using them as paths. */
GStrv       _readout_zip_list          (GBytes        *archive,
                                        GError       **error);
/* The contents of entry @name, checked against its CRC-32. Only STORED
 * entries are read; others fail with READOUT_ERROR_UNSUPPORTED_FORMAT. */
GBytes     *_readout_zip_read          (GBytes        *archive,
                                        const char    *name,
                                        GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReadoutZip, _readout_zip_free)

G_END_DECLS
