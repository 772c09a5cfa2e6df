/* readout-application.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define READOUT_TYPE_APPLICATION (readout_application_get_type ())

G_DECLARE_FINAL_TYPE (ReadoutApplication, readout_application, READOUT, APPLICATION, AdwApplication)

/* @extra_flags is or-ed into G_APPLICATION_HANDLES_OPEN; tests pass
 * G_APPLICATION_NON_UNIQUE. */
ReadoutApplication *readout_application_new (GApplicationFlags extra_flags);

G_END_DECLS
