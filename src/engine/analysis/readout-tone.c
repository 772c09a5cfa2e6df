/* readout-tone.c — placeholder until the tone lexicon lands
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "readout-tone-private.h"

void
_readout_tone_scan (const ReadoutTokens *tokens,
                    guint                start,
                    guint                end,
                    const char         **out)
{
  out[0] = NULL;
}
