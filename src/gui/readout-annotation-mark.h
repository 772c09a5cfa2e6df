/* readout-annotation-mark.h — a card's line for its annotation
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "readout-engine.h"
#include "readout-session.h"

G_BEGIN_DECLS

#define READOUT_TYPE_ANNOTATION_MARK (readout_annotation_mark_get_type ())

G_DECLARE_FINAL_TYPE (ReadoutAnnotationMark, readout_annotation_mark, READOUT, ANNOTATION_MARK, GtkWidget)

/* The colour, a note icon, the note's first line and the status; hidden
 * without an annotation. A click activates win.annotate (the card under
 * it is selected by then). */
GtkWidget         *readout_annotation_mark_new            (void);
ReadoutAnnotation *readout_annotation_mark_get_annotation (ReadoutAnnotationMark *self);
void               readout_annotation_mark_set_annotation (ReadoutAnnotationMark *self,
                                                           ReadoutAnnotation     *annotation);
/* The line shown, for tests. */
const char        *readout_annotation_mark_get_text       (ReadoutAnnotationMark *self);

G_END_DECLS
