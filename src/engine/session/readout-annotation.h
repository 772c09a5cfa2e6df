/* readout-annotation.h — a user's note on a statement or a passage
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An annotation targets either a statement of the comparison (by its key,
 * "d2-s7") or a passage of one document (an anchor). Either way it keeps
 * an anchor, so that it can be found again when a document's text
 * changes; whatever cannot be found is orphaned, never dropped.
 */

#pragma once

#include <glib-object.h>

#include "readout-anchor.h"

G_BEGIN_DECLS

typedef enum
{
  READOUT_ANNOTATION_STATUS_NONE,
  READOUT_ANNOTATION_STATUS_VERIFIED,
  READOUT_ANNOTATION_STATUS_DISPUTED,
  READOUT_ANNOTATION_STATUS_NEEDS_CHECK,
} ReadoutAnnotationStatus;

#define READOUT_TYPE_ANNOTATION_STATUS (readout_annotation_status_get_type ())
GType        readout_annotation_status_get_type  (void) G_GNUC_CONST;
/* "none", "verified", "disputed", "needs-check": the session file's words. */
const char  *readout_annotation_status_to_string (ReadoutAnnotationStatus  status);
gboolean     readout_annotation_status_from_string (const char             *string,
                                                    ReadoutAnnotationStatus *status);
/* Translated, for the GUI and the reports ("Needs Check"). */
const char  *readout_annotation_status_get_label (ReadoutAnnotationStatus  status);

#define READOUT_TYPE_ANNOTATION (readout_annotation_get_type ())

G_DECLARE_FINAL_TYPE (ReadoutAnnotation, readout_annotation, READOUT, ANNOTATION, GObject)

/* @id: unique in the session ("a1"). @statement: the statement's key in the
 * comparison, or NULL for a passage. @document: the document's id ("d1").
 * @anchor: the statement's or passage's span (copied). @created is also the
 * first modification time; NULL means now. */
ReadoutAnnotation       *readout_annotation_new            (const char              *id,
                                                            const char              *document,
                                                            const char              *statement,
                                                            const ReadoutAnchor     *anchor,
                                                            const char              *author,
                                                            GDateTime               *created);

const char              *readout_annotation_get_id         (ReadoutAnnotation       *self);
const char              *readout_annotation_get_document   (ReadoutAnnotation       *self);
/* NULL for a passage annotation. */
const char              *readout_annotation_get_statement  (ReadoutAnnotation       *self);
const ReadoutAnchor     *readout_annotation_get_anchor     (ReadoutAnnotation       *self);
/* Re-anchoring: the new span (copied) and how it was found. */
void                     readout_annotation_set_anchor     (ReadoutAnnotation       *self,
                                                            const ReadoutAnchor     *anchor,
                                                            ReadoutAnchorMatch       match);
/* How the anchor was last resolved; ORPHANED when it could not be. */
ReadoutAnchorMatch       readout_annotation_get_match      (ReadoutAnnotation       *self);
gboolean                 readout_annotation_is_orphaned    (ReadoutAnnotation       *self);

/* Multi-line; "" when there is none. */
const char              *readout_annotation_get_note       (ReadoutAnnotation       *self);
void                     readout_annotation_set_note       (ReadoutAnnotation       *self,
                                                            const char              *note);
/* The first non-empty line of the note, for cards; "" when none. */
char                    *readout_annotation_dup_summary    (ReadoutAnnotation       *self);
/* Tag ids, NULL-terminated, never NULL. */
const char * const      *readout_annotation_get_tags       (ReadoutAnnotation       *self);
void                     readout_annotation_set_tags       (ReadoutAnnotation       *self,
                                                            const char * const      *tags);
gboolean                 readout_annotation_has_tag        (ReadoutAnnotation       *self,
                                                            const char              *tag);
void                     readout_annotation_add_tag        (ReadoutAnnotation       *self,
                                                            const char              *tag);
void                     readout_annotation_remove_tag     (ReadoutAnnotation       *self,
                                                            const char              *tag);
/* A readout_color_names() name, or NULL for no highlight colour. */
const char              *readout_annotation_get_color      (ReadoutAnnotation       *self);
void                     readout_annotation_set_color      (ReadoutAnnotation       *self,
                                                            const char              *color);
ReadoutAnnotationStatus  readout_annotation_get_status     (ReadoutAnnotation       *self);
void                     readout_annotation_set_status     (ReadoutAnnotation       *self,
                                                            ReadoutAnnotationStatus  status);
const char              *readout_annotation_get_author     (ReadoutAnnotation       *self);
void                     readout_annotation_set_author     (ReadoutAnnotation       *self,
                                                            const char              *author);
GDateTime               *readout_annotation_get_created    (ReadoutAnnotation       *self);
/* Bumped by every setter above that changes something. */
GDateTime               *readout_annotation_get_modified   (ReadoutAnnotation       *self);
/* For the session loader only: sets the time without bumping it. */
void                     _readout_annotation_set_modified  (ReadoutAnnotation       *self,
                                                            GDateTime               *modified);

/* Every setter that changes something notifies its property and then
 * emits "changed" (no arguments) once. */

G_END_DECLS
