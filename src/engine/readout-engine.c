/* readout-engine.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libxml/parser.h>

#include "readout-engine.h"

void
readout_engine_init (void)
{
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      /* libxml2 must be initialised on one thread before parsers run on
       * worker threads (GTask), or its global state races. */
      xmlInitParser ();
      g_once_init_leave (&initialized, 1);
    }
}
