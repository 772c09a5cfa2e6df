/* readout-statement-editor.h — the "Edit Statement" popover of a card
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "readout-engine.h"

G_BEGIN_DECLS

#define READOUT_TYPE_STATEMENT_EDITOR (readout_statement_editor_get_type ())

G_DECLARE_FINAL_TYPE (ReadoutStatementEditor, readout_statement_editor, READOUT, STATEMENT_EDITOR, GtkPopover)

/* Speaker, party, topic and act of @statement, each a drop-down over the
 * comparison's own models; every choice is one edit of @comparison (so
 * one Ctrl+Z), made at once. "Delete Statement" activates
 * win.delete-statement. */
GtkWidget        *readout_statement_editor_new           (ReadoutComparison      *comparison,
                                                          ReadoutStatement       *statement);
ReadoutStatement *readout_statement_editor_get_statement (ReadoutStatementEditor *self);
/* Lets go of the comparison and statement (the card goes): the editor
 * does nothing more. */
void              readout_statement_editor_detach        (ReadoutStatementEditor *self);

/* The controls, for tests: "speaker", "party", "topic", "act" (each a
 * GtkDropDown) and "delete" (a GtkButton). */
GtkWidget        *readout_statement_editor_get_control   (ReadoutStatementEditor *self,
                                                          const char             *name);

G_END_DECLS
