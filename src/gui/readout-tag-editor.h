/* readout-tag-editor.h — add, rename, recolour and delete tags
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A preferences window listing the session's tags, each with how many
 * annotations use it. Its actions, for menus and tests: "tags.add" (s:
 * the name), "tags.rename" ((ss): id, name), "tags.recolor" ((ss): id,
 * colour), "tags.delete" (s: id; a toast offers to undo it).
 */

#pragma once

#include <adwaita.h>

#include "readout-session.h"

G_BEGIN_DECLS

#define READOUT_TYPE_TAG_EDITOR (readout_tag_editor_get_type ())

G_DECLARE_FINAL_TYPE (ReadoutTagEditor, readout_tag_editor, READOUT, TAG_EDITOR, AdwPreferencesWindow)

GtkWidget      *readout_tag_editor_new         (ReadoutSession   *session);
ReadoutSession *readout_tag_editor_get_session (ReadoutTagEditor *self);
/* The row of @tag (an AdwEntryRow: its text is the name; "apply" renames
 * the tag), or NULL. */
GtkWidget      *readout_tag_editor_get_row     (ReadoutTagEditor *self,
                                                ReadoutTag       *tag);
/* "3 annotations": what the row of @tag says about its use. */
const char     *readout_tag_editor_get_usage   (ReadoutTagEditor *self,
                                                ReadoutTag       *tag);
/* Undoes the last deletion, as the toast's button does. */
void            readout_tag_editor_undo_delete (ReadoutTagEditor *self);

G_END_DECLS
