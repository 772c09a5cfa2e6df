/* readout-import-private.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the format importers share with the dispatcher in readout-importer.c.
 * Every importer takes text already decoded to valid UTF-8 (no BOM) and
 * returns a GPtrArray of ReadoutDocument, or NULL and a READOUT_ERROR whose
 * message does not name the file: the dispatcher prefixes that.
 */

#pragma once

#include <glib.h>

#include "readout-document.h"

G_BEGIN_DECLS

typedef enum
{
  READOUT_FORMAT_UNKNOWN,
  READOUT_FORMAT_TEXT,
  READOUT_FORMAT_HTML,
  READOUT_FORMAT_XHTML,
  READOUT_FORMAT_NITF,
  READOUT_FORMAT_NEWSML,
  READOUT_FORMAT_RSS,
  READOUT_FORMAT_ATOM,
  READOUT_FORMAT_JSON,
} ReadoutFormat;

const char    *_readout_format_to_string (ReadoutFormat  format);

/* readout-sniff.c: a translated description ("a PNG image") when @data is
 * a binary format Readout cannot read, else NULL. */
const char    *_readout_sniff_binary     (const guint8  *data,
                                          gsize          len);
/* readout-sniff.c: true when NUL bytes sit in the every-other-byte pattern
 * of ASCII-range UTF-16 (text without a BOM, as some Windows tools write). */
gboolean       _readout_looks_like_wide_text (const guint8 *data,
                                              gsize         len);
/* readout-sniff.c: the format of decoded text; @name (may be NULL) is only a
 * tie-breaker, the content decides. */
ReadoutFormat  _readout_sniff_format     (const char    *text,
                                          gsize          len,
                                          const char    *name);

/* readout-encoding.c: decodes @data (BOM, UTF-16, a charset declared in
 * HTML or XML, else detection) to valid UTF-8 without BOM. Repairs are
 * reported as translated strings appended to @warnings. */
char          *_readout_decode_to_utf8   (const guint8  *data,
                                          gsize          len,
                                          gsize         *out_len,
                                          GPtrArray     *warnings,
                                          GError       **error);

GPtrArray     *_readout_text_import      (const char    *text,
                                          gsize          len,
                                          GError       **error);
GPtrArray     *_readout_html_import      (const char    *text,
                                          gsize          len,
                                          GError       **error);
/* NITF, NewsML-G2, RSS 2.0, Atom and XHTML */
GPtrArray     *_readout_xml_import       (const char    *text,
                                          gsize          len,
                                          ReadoutFormat  format,
                                          GError       **error);
GPtrArray     *_readout_json_import      (const char    *text,
                                          gsize          len,
                                          GError       **error);

G_END_DECLS
