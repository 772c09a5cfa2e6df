/* readout-party.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  READOUT_PARTY_KIND_COUNTRY,
  READOUT_PARTY_KIND_ORGANIZATION,
} ReadoutPartyKind;

const char         *readout_party_kind_to_string      (ReadoutPartyKind  kind);

#define READOUT_TYPE_PARTY (readout_party_get_type ())

G_DECLARE_FINAL_TYPE (ReadoutParty, readout_party, READOUT, PARTY, GObject)

/* ISO 3166-1 alpha-3 for countries ("RUS"), the usual acronym for
 * organisations ("NATO"). */
const char         *readout_party_get_id              (ReadoutParty     *self);
/* English common name: "Russia", not "Russian Federation". */
const char         *readout_party_get_name            (ReadoutParty     *self);
/* The name in the user's language, through iso-codes' translations; the
 * English name where there is none. */
const char         *readout_party_get_localized_name  (ReadoutParty     *self);
ReadoutPartyKind    readout_party_get_kind            (ReadoutParty     *self);
/* Every alias the directory matches for this party, in data order,
 * including the name itself. */
const char * const *readout_party_get_aliases         (ReadoutParty     *self);

G_END_DECLS
