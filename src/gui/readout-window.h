/* readout-window.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "readout-application.h"
#include "readout-engine.h"

G_BEGIN_DECLS

#define READOUT_TYPE_WINDOW (readout_window_get_type ())

G_DECLARE_FINAL_TYPE (ReadoutWindow, readout_window, READOUT, WINDOW, AdwApplicationWindow)

ReadoutWindow   *readout_window_new                  (ReadoutApplication *application);

/* Imports @file in a worker thread and shows it when done; errors appear
 * as a toast in the window. Every way of opening ends here. */
void             readout_window_open_file            (ReadoutWindow      *self,
                                                      GFile              *file);
/* The opened documents (a GListModel of ReadoutDocument) and the one shown. */
GListModel      *readout_window_get_documents        (ReadoutWindow      *self);
ReadoutDocument *readout_window_get_visible_document (ReadoutWindow      *self);
void             readout_window_select_document      (ReadoutWindow      *self,
                                                      guint               position);
/* How many imports are still running. */
guint            readout_window_get_n_pending        (ReadoutWindow      *self);
/* At start-up: offers to restore the drafts a crash left behind. */
void             readout_window_offer_drafts         (ReadoutWindow      *self);

G_END_DECLS
