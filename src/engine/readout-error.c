/* readout-error.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "readout-error.h"

G_DEFINE_QUARK (readout-error-quark, readout_error)
