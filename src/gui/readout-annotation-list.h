/* readout-annotation-list.h — every annotation of a session, filtered
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkListView over the session's annotations, filtered by a tag and a
 * search. Activating a row emits "annotation-activated" (jump to it); its
 * edit button emits "edit-annotation" (open it in the panel).
 */

#pragma once

#include <adwaita.h>

#include "readout-engine.h"
#include "readout-session.h"

G_BEGIN_DECLS

#define READOUT_TYPE_ANNOTATION_LIST (readout_annotation_list_get_type ())

G_DECLARE_FINAL_TYPE (ReadoutAnnotationList, readout_annotation_list, READOUT, ANNOTATION_LIST, GtkWidget)

GtkWidget      *readout_annotation_list_new            (void);
ReadoutSession *readout_annotation_list_get_session    (ReadoutAnnotationList *self);
void            readout_annotation_list_set_session    (ReadoutAnnotationList *self,
                                                        ReadoutSession        *session);
/* Only the annotations with @tag (NULL: all); the dropdown follows. */
void            readout_annotation_list_set_tag_filter (ReadoutAnnotationList *self,
                                                        ReadoutTag            *tag);
ReadoutTag     *readout_annotation_list_get_tag_filter (ReadoutAnnotationList *self);
/* Only the annotations whose note, tags, target or quote contain @text
 * (case-insensitive); NULL or "" for all. The search entry follows. */
void            readout_annotation_list_set_search     (ReadoutAnnotationList *self,
                                                        const char            *text);
/* The annotations shown, in order (ReadoutAnnotation). */
GListModel     *readout_annotation_list_get_model      (ReadoutAnnotationList *self);
/* As a click on the @position-th row shown. */
void            readout_annotation_list_activate       (ReadoutAnnotationList *self,
                                                        guint                  position);
/* Moves the keyboard focus into the list (the search first). */
void            readout_annotation_list_focus          (ReadoutAnnotationList *self);

G_END_DECLS
