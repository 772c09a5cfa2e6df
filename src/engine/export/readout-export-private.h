/* readout-export-private.h — what the session exporters share
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "readout-session.h"

G_BEGIN_DECLS

/* A session's annotations sorted by where they go in an export. */
typedef struct
{
  ReadoutSession    *session;
  /* Never NULL: an empty comparison stands in for an empty session. */
  ReadoutComparison *comparison;
  /* ReadoutStatement * → GPtrArray of ReadoutAnnotation, in creation order. */
  GHashTable        *by_statement;
  /* Anchored annotations on no statement, by document and position. */
  GPtrArray         *passages;
  /* Annotations whose anchor could not be found again. */
  GPtrArray         *orphaned;
  guint              n_annotations;
} ReadoutExportContext;

void        _readout_export_context_init     (ReadoutExportContext *context,
                                              ReadoutSession       *session);
void        _readout_export_context_clear    (ReadoutExportContext *context);
/* The annotations on @statement, or NULL. */
GPtrArray  *_readout_export_context_lookup   (ReadoutExportContext *context,
                                              ReadoutStatement     *statement);

/* The names of the annotation's tags, in its order, joined by @separator;
 * "" when it has none. */
char       *_readout_export_tag_names        (ReadoutSession       *session,
                                              ReadoutAnnotation    *annotation,
                                              const char           *separator);
/* xsd:dateTime in UTC ("2026-11-28T01:02:03Z"), or NULL. */
char       *_readout_export_format_time      (GDateTime            *time);
/* The export's title: the session file's name, else the only document's
 * title, else "Comparison of N articles". */
char       *_readout_export_title            (ReadoutExportContext *context);
/* The title of document @index: its title, else its file's name, else
 * its id ("d1"). */
char       *_readout_export_document_name    (ReadoutComparison    *comparison,
                                              guint                 index);

G_END_DECLS
