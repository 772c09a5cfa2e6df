/* readout-tag.h — a user-defined, coloured label for annotations
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define READOUT_TYPE_TAG (readout_tag_get_type ())

G_DECLARE_FINAL_TYPE (ReadoutTag, readout_tag, READOUT, TAG, GObject)

/* @id: unique in its session ("t1"); @color: one of readout_color_names(). */
ReadoutTag  *readout_tag_new       (const char *id,
                                    const char *name,
                                    const char *color);

const char  *readout_tag_get_id    (ReadoutTag *self);
const char  *readout_tag_get_name  (ReadoutTag *self);
void         readout_tag_set_name  (ReadoutTag *self,
                                    const char *name);
const char  *readout_tag_get_color (ReadoutTag *self);
/* An unknown colour name reads as "blue". */
void         readout_tag_set_color (ReadoutTag *self,
                                    const char *color);

/* The highlight and tag colours, GNOME palette names ("blue", "green",
 * "yellow", "orange", "red", "purple", "brown"), NULL-terminated: the
 * session file stores the name, the GUI maps it to its palette. */
const char * const *readout_color_names   (void);
gboolean            readout_color_is_valid (const char *color);
/* The palette's #rrggbb for @color, for exporters (HTML, REFI-QDA). */
const char         *readout_color_to_hex  (const char *color);

G_END_DECLS
