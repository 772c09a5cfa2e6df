/* readout-boilerplate-private.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Recognising the furniture news apps and aggregators put around an article
 * (sign-in prompts, app promotion, "related stories", footers), in
 * readout-boilerplate.c, and the header lines of plain-text articles
 * (bylines, datelines, sections, sources), in readout-header-lines.c.
 * Shared by the plain-text and JSON importers.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A line whose furniture score reaches this is furniture. */
#define READOUT_FURNITURE_THRESHOLD 3

typedef struct
{
  guint n_words;
  guint n_lower;          /* words that start with a lower-case letter */
  guint n_upper;          /* words that start with a capital */
  guint n_content_lower;  /* lower-case words other than "of", "the"… */
  guint ends_sentence : 1;
  guint transcript : 1;   /* opens with a speaker label ("MR. PRICE:") */
  guint bullet : 1;       /* opens with "- ", "* " or "• " */
  guint reporting : 1;    /* "said", "told"… outside quotation marks */
  int   furniture;        /* higher is more like furniture */
} ReadoutLineInfo;

/* Scores one line or paragraph. @n_repeats is how often the same text
 * occurs in the whole file (1 when it is unique). Linear in @len. */
void      _readout_line_analyze      (const char            *text,
                                      gsize                  len,
                                      guint                  n_repeats,
                                      ReadoutLineInfo       *info);
/* A speaker label ("MR. PRICE: ") or a list bullet ("- ", "• ") opening
 * the line at @p. */
gboolean  _readout_has_transcript_label (const guchar       *p,
                                         const guchar       *end);
gboolean  _readout_has_bullet        (const guchar          *p,
                                      const guchar          *end);
/* Running text: several words, sentence punctuation, lower-case words. */
gboolean  _readout_line_is_prose     (const ReadoutLineInfo *info);

/* Parses "By A", "A and B", "A, B and C" (with "By" required when
 * @require_by). Names go to @authors; an agency or publisher named in the
 * byline ("…, Reuters") to *@source when that is non-NULL and unset.
 * Returns FALSE, adding nothing, when the line is not a byline. */
gboolean  _readout_parse_byline      (const char            *text,
                                      gboolean               require_by,
                                      GPtrArray             *authors,
                                      char                 **source);

/* A dateline opening @text ("VIENNA, June 3 (Agency) — ", "GENEVA
 * (Reuters) - ", "WASHINGTON — "): returns its length in bytes including
 * the dash and the space after it, or 0. *@dateline gets the dateline
 * without the dash, *@agency (nullable) the agency in parentheses. */
gsize     _readout_parse_dateline    (const char            *text,
                                      char                 **dateline,
                                      char                 **agency);

/* A common news section name ("World", "Politics") alone on the line. */
gboolean  _readout_is_section_name   (const char            *text);
/* A publisher or wire service name ("Tribune News Service"). */
gboolean  _readout_is_source_name    (const char            *text);
/* The ISO 8601 date of a date line ("Published 10:34 AM EST, Mon January
 * 10, 2022"), or NULL. *@updated says the line is a modification date. */
char     *_readout_parse_date_line   (const char            *text,
                                      gboolean              *updated);

G_END_DECLS
