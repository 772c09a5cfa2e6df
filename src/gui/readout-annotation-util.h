/* readout-annotation-util.h — what the annotation widgets share
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "readout-engine.h"
#include "readout-session.h"

G_BEGIN_DECLS

/* The translated name of a
 * readout_color_names() colour ("Blue"), its CSS class ("readout-color-blue",
 * one rule each in style.css) and its RGBA. */
const char        *readout_color_get_label                 (const char             *color);
char              *readout_color_dup_css_class             (const char             *color);
void               readout_color_get_rgba                  (const char             *color,
                                                            GdkRGBA                *rgba);
/* A round colour swatch (a GtkWidget styled by CSS). */
GtkWidget         *readout_color_dot_new                   (const char             *color);
void               readout_color_dot_set_color             (GtkWidget              *dot,
                                                            const char             *color);
/* "just now", "5 minutes ago", "Yesterday, 14:02", "3 March 2026": for
 * the created and modified times. */
char              *readout_format_time                     (GDateTime              *time);
/* Who or what an annotation is on, for headings and lists: "Pavel Orlov ·
 * Russia" for a statement, "Passage" for a passage; the quote goes in
 * @quote (transfer full, nullable). */
char              *readout_annotation_dup_target           (ReadoutSession         *session,
                                                            ReadoutAnnotation      *annotation,
                                                            char                  **quote);
/* The status's symbolic icon name, NULL for none. */
const char        *readout_annotation_status_get_icon_name (ReadoutAnnotationStatus status);

/* Shows @status on @image: its icon and label, coloured like Adwaita's
 * success, error and warning; hidden for none. */
void               readout_annotation_status_image_update  (GtkImage               *image,
                                                            ReadoutAnnotationStatus status);

G_END_DECLS
