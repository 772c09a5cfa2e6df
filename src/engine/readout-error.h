/* readout-error.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define READOUT_ERROR (readout_error_quark ())

/* Failures the engine reports. Messages are translated and name the file
 * where there is one; the codes are for callers that branch on them. */
typedef enum
{
  READOUT_ERROR_EMPTY,              /* the input holds no bytes or only white space */
  READOUT_ERROR_UNSUPPORTED_FORMAT, /* binary data or a format Readout cannot read */
  READOUT_ERROR_TOO_LARGE,          /* over the configured size limit */
  READOUT_ERROR_MALFORMED,          /* a supported format, but broken beyond repair */
  READOUT_ERROR_NO_CONTENT,         /* parsed, but no article text was found */
  READOUT_ERROR_HOSTILE,            /* entity expansion, external entities, absurd nesting */
} ReadoutError;

GQuark readout_error_quark (void);

G_END_DECLS
