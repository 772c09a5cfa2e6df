/* window-test-util.h — main-loop helpers shared by the window tests
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "readout-window-private.h"

G_BEGIN_DECLS

/* Runs the main loop until @done returns TRUE, failing after @seconds. */
void           window_test_wait_until   (gboolean  (*done) (gpointer),
                                         gpointer    data,
                                         int         seconds);
/* Runs the main loop for @milliseconds, then whatever is pending. */
void           window_test_spin         (int         milliseconds);
/* For window_test_wait_until(): @data's analyses and comparison are done. */
gboolean       window_test_compared     (gpointer    data);
/* A new, shown window comparing two of the team's wire stories (a ref). */
ReadoutWindow *window_test_new_comparing (int        seconds);
/* For window_test_wait_until(): a visible GtkFileChooser toplevel, stored
 * in *@data (a GtkWindow **). */
gboolean       window_test_find_file_chooser (gpointer data);

G_END_DECLS
