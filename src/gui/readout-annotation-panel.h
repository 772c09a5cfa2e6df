/* readout-annotation-panel.h — edits one annotation, beside the comparison
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "readout-engine.h"
#include "readout-session.h"

G_BEGIN_DECLS

#define READOUT_TYPE_ANNOTATION_PANEL (readout_annotation_panel_get_type ())

G_DECLARE_FINAL_TYPE (ReadoutAnnotationPanel, readout_annotation_panel, READOUT, ANNOTATION_PANEL, GtkWidget)

/* How long typing pauses before the note is saved. */
#define READOUT_NOTE_SAVE_DELAY_MS 400

GtkWidget         *readout_annotation_panel_new            (void);
ReadoutSession    *readout_annotation_panel_get_session    (ReadoutAnnotationPanel *self);
void               readout_annotation_panel_set_session    (ReadoutAnnotationPanel *self,
                                                            ReadoutSession         *session);
/* The annotation shown (NULL: none). Changing it, or the session, saves a
 * note still being typed first. */
ReadoutAnnotation *readout_annotation_panel_get_annotation (ReadoutAnnotationPanel *self);
void               readout_annotation_panel_set_annotation (ReadoutAnnotationPanel *self,
                                                            ReadoutAnnotation      *annotation);
/* Saves the note now if typing has not paused yet. */
void               readout_annotation_panel_flush          (ReadoutAnnotationPanel *self);
/* Puts the keyboard focus in the note. */
void               readout_annotation_panel_focus_note     (ReadoutAnnotationPanel *self);
/* The note's buffer, for tests. */
GtkTextBuffer     *readout_annotation_panel_get_note_buffer (ReadoutAnnotationPanel *self);

G_END_DECLS
