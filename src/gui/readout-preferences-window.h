/* readout-preferences-window.h — the application's preferences
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define READOUT_TYPE_PREFERENCES_WINDOW (readout_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (ReadoutPreferencesWindow, readout_preferences_window, READOUT, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* @settings: the application's (NULL when its schema is not installed:
 * the window then says so and changes nothing). */
GtkWidget  *readout_preferences_window_new         (GSettings *settings);
/* The author name entry, for tests. */
GtkWidget  *readout_preferences_window_get_author_row (ReadoutPreferencesWindow *self);

/* The name recorded on new annotations: the "author-name" setting, else
 * the user's real name. */
char       *readout_dup_author_name                (GSettings *settings);
/* The application's settings, or NULL when the schema is not installed
 * (an uninstalled run must not abort). */
GSettings  *readout_settings_new_if_installed      (void);

G_END_DECLS
