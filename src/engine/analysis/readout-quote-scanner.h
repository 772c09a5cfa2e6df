/* readout-quote-scanner.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Finds every quotation span of a document, in one linear pass per block.
 * See docs/quote-scanner.md for the rules.
 */

#pragma once

#include <glib.h>

#include "model/readout-document.h"

G_BEGIN_DECLS

/* How a quotation is marked, named after its opening mark. */
typedef enum
{
  READOUT_QUOTE_STYLE_STRAIGHT_DOUBLE,   /* "…" */
  READOUT_QUOTE_STYLE_STRAIGHT_SINGLE,   /* '…', only nested in a double quote */
  READOUT_QUOTE_STYLE_CURLY_DOUBLE,      /* “…” (or “…“) */
  READOUT_QUOTE_STYLE_CURLY_SINGLE,      /* ‘…’ */
  READOUT_QUOTE_STYLE_RIGHT_DOUBLE,      /* ”…”, right marks at both ends */
  READOUT_QUOTE_STYLE_LOW_DOUBLE,        /* „…“ (German) or „…” (Polish) */
  READOUT_QUOTE_STYLE_LOW_SINGLE,        /* ‚…‘ */
  READOUT_QUOTE_STYLE_GUILLEMET,         /* «…», spaced or not */
  READOUT_QUOTE_STYLE_GUILLEMET_REVERSED,/* »…« (German, Danish) */
  READOUT_QUOTE_STYLE_SINGLE_GUILLEMET,  /* ‹…› or ›…‹ */
  READOUT_QUOTE_STYLE_CORNER,            /* 「…」 */
  READOUT_QUOTE_STYLE_WHITE_CORNER,      /* 『…』 */
} ReadoutQuoteStyle;

/* One quotation. Offsets are Unicode code points into the document's text,
 * end exclusive. [@start, @end) is the content without the marks and
 * without white space just inside them; [@open_start, @close_end) includes
 * the marks. An unclosed quote (@closed FALSE) ends at the end of its last
 * block, and then @end == @close_end. A multi-paragraph quote spans blocks
 * @block_first to @block_last; its content includes the paragraph breaks
 * and the opening marks that repeat at the start of each paragraph.
 * @depth is the number of reported quotes enclosing this one. */
typedef struct
{
  guint             start;
  guint             end;
  guint             open_start;
  guint             close_end;
  guint             block_first;
  guint             block_last;
  gboolean          multi_paragraph;
  gboolean          closed;
  ReadoutQuoteStyle style;
  guint             depth;
} ReadoutQuote;

const char *readout_quote_style_to_string (ReadoutQuoteStyle  style);

GArray     *readout_quote_scanner_scan    (ReadoutDocument   *doc);

G_END_DECLS
