/* readout-document.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  READOUT_BLOCK_PARAGRAPH,
  READOUT_BLOCK_HEADING,
  READOUT_BLOCK_BLOCKQUOTE,
  READOUT_BLOCK_LIST_ITEM,
  READOUT_BLOCK_TRANSCRIPT_TURN,
} ReadoutBlockKind;

/* A block of the body. Offsets are in Unicode code points into the
 * document's text, end exclusive. @label is the speaker label of a
 * transcript turn ("MR. PRICE"), otherwise NULL. */
typedef struct
{
  ReadoutBlockKind  kind;
  guint             start;
  guint             end;
  char             *label;
} ReadoutBlock;

const char *readout_block_kind_to_string   (ReadoutBlockKind kind);

#define READOUT_TYPE_DOCUMENT (readout_document_get_type ())

G_DECLARE_FINAL_TYPE (ReadoutDocument, readout_document, READOUT, DOCUMENT, GObject)

ReadoutDocument     *readout_document_new              (void);

/* The normalised body: UTF-8, NFC, LF, blocks separated by one blank line. */
const char          *readout_document_get_text         (ReadoutDocument  *self);
guint                readout_document_get_length       (ReadoutDocument  *self);
const char          *readout_document_get_sha256       (ReadoutDocument  *self);

guint                readout_document_get_n_blocks     (ReadoutDocument  *self);
const ReadoutBlock  *readout_document_get_block        (ReadoutDocument  *self,
                                                        guint             index);
gboolean             readout_document_add_block        (ReadoutDocument  *self,
                                                        ReadoutBlockKind  kind,
                                                        const char       *text,
                                                        const char       *label);
gboolean             readout_document_add_paragraph    (ReadoutDocument  *self,
                                                        const char       *text);

const char          *readout_document_get_title        (ReadoutDocument  *self);
void                 readout_document_set_title        (ReadoutDocument  *self,
                                                        const char       *title);
const char * const  *readout_document_get_authors      (ReadoutDocument  *self);
void                 readout_document_add_author       (ReadoutDocument  *self,
                                                        const char       *author);
void                 readout_document_clear_authors    (ReadoutDocument  *self);
const char          *readout_document_get_date         (ReadoutDocument  *self);
void                 readout_document_set_date         (ReadoutDocument  *self,
                                                        const char       *iso8601);
const char          *readout_document_get_source       (ReadoutDocument  *self);
void                 readout_document_set_source       (ReadoutDocument  *self,
                                                        const char       *source);
const char          *readout_document_get_url          (ReadoutDocument  *self);
void                 readout_document_set_url          (ReadoutDocument  *self,
                                                        const char       *url);
const char          *readout_document_get_language     (ReadoutDocument  *self);
void                 readout_document_set_language     (ReadoutDocument  *self,
                                                        const char       *language);
const char          *readout_document_get_dateline     (ReadoutDocument  *self);
void                 readout_document_set_dateline     (ReadoutDocument  *self,
                                                        const char       *dateline);
const char          *readout_document_get_section      (ReadoutDocument  *self);
void                 readout_document_set_section      (ReadoutDocument  *self,
                                                        const char       *section);
const char          *readout_document_get_uri          (ReadoutDocument  *self);
void                 readout_document_set_uri          (ReadoutDocument  *self,
                                                        const char       *uri);
const char          *readout_document_get_format       (ReadoutDocument  *self);
void                 readout_document_set_format       (ReadoutDocument  *self,
                                                        const char       *format);

const char * const  *readout_document_get_warnings     (ReadoutDocument  *self);
void                 readout_document_add_warning      (ReadoutDocument  *self,
                                                        const char       *warning);

/* Helpers shared by the importers. */
char                *readout_normalize_inline          (const char       *text,
                                                        gssize            len);
char                *readout_normalize_metadata        (const char       *text);

G_END_DECLS
