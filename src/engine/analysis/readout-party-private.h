/* readout-party-private.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "readout-party.h"

G_BEGIN_DECLS

/* The gettext domain of iso-codes' country names. */
#define READOUT_ISO_3166_DOMAIN "iso_3166-1"

/* @msgid: the iso-codes string whose translation is the localized name,
 * or NULL when the party has none (organisations, Kosovo). */
ReadoutParty       *_readout_party_new                (const char       *id,
                                                       ReadoutPartyKind  kind,
                                                       const char       *name,
                                                       const char       *msgid);
void                _readout_party_set_name           (ReadoutParty     *self,
                                                       const char       *name);
/* Returns FALSE when @alias is already known (compared exactly). */
gboolean            _readout_party_add_alias          (ReadoutParty     *self,
                                                       const char       *alias);

G_END_DECLS
