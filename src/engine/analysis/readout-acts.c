/* readout-acts.c — placeholder until the classifier lands
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "readout-acts-private.h"

void
_readout_acts_classify (const ReadoutTokens *tokens,
                        ReadoutMentions     *mentions,
                        const ReadoutRaw    *raw,
                        ReadoutParty        *party,
                        ReadoutActResult    *out)
{
  memset (out, 0, sizeof *out);
  out->act = READOUT_ACT_CLAIM;
  if (raw->negated)
    out->mode |= READOUT_ACT_MODE_NEGATED;
  if (raw->conditional)
    out->mode |= READOUT_ACT_MODE_CONDITIONAL;
}
