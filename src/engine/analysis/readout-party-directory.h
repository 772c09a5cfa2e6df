/* readout-party-directory.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "readout-party.h"

G_BEGIN_DECLS

/* How a mention names its party. */
typedef enum
{
  READOUT_PARTY_MENTION_NAME,         /* Russia, the United States, NATO */
  READOUT_PARTY_MENTION_DEMONYM,      /* Russian, Chinese */
  READOUT_PARTY_MENTION_CAPITAL,      /* Moscow, Washington */
  READOUT_PARTY_MENTION_INSTITUTION,  /* the Kremlin, the Iranian Foreign Ministry */
  READOUT_PARTY_MENTION_OFFICIAL,     /* the NATO secretary general */
} ReadoutPartyMentionKind;

const char *readout_party_mention_kind_to_string (ReadoutPartyMentionKind kind);

/* A party mention in a text. @start and @end are Unicode code points
 * (end exclusive), @byte_start and @byte_end bytes, both from the start
 * of the scanned text. The span includes a leading article ("the
 * Kremlin") and a possessive ending ("Russia's"). @party is owned by the
 * directory. */
typedef struct
{
  guint                    start;
  guint                    end;
  gsize                    byte_start;
  gsize                    byte_end;
  ReadoutParty            *party;
  ReadoutPartyMentionKind  kind;
  guint                    has_article : 1;
  guint                    possessive : 1;
} ReadoutPartyMention;

#define READOUT_TYPE_PARTY_DIRECTORY (readout_party_directory_get_type ())

G_DECLARE_FINAL_TYPE (ReadoutPartyDirectory, readout_party_directory, READOUT, PARTY_DIRECTORY, GObject)

/* The shared directory, loaded on first use from iso-codes
 * ($READOUT_ISO_CODES_DIR overrides the build-time directory) and the
 * built-in party data. Thread-safe; a load failure is returned on every
 * call. Returns a borrowed reference. */
ReadoutPartyDirectory *readout_party_directory_get_default   (GError                 **error);

/* @iso_3166_json: iso-codes' iso_3166-1.json; @data_json: a party data
 * file, or NULL for the built-in one. */
ReadoutPartyDirectory *readout_party_directory_new_from_files (const char             *iso_3166_json,
                                                               const char             *data_json,
                                                               GError                **error);

guint                  readout_party_directory_get_n_parties (ReadoutPartyDirectory  *self);
guint                  readout_party_directory_get_n_aliases (ReadoutPartyDirectory  *self);
ReadoutParty          *readout_party_directory_lookup_id     (ReadoutPartyDirectory  *self,
                                                              const char             *id);

/* Longest party mention at the very start of @text (@len bytes, or -1
 * when NUL-terminated). Returns the party or NULL; @match_len receives
 * the bytes consumed, which may include a leading "the" that is not
 * part of the mention ("the Iraq war": the mention is "Iraq", see
 * @mention.byte_start). No left context is known here, so the
 * given-name guard looks only to the right (see docs/parties.md). */
ReadoutParty          *readout_party_directory_match         (ReadoutPartyDirectory  *self,
                                                              const char             *text,
                                                              gssize                  len,
                                                              guint                  *match_len);
gboolean               readout_party_directory_match_mention (ReadoutPartyDirectory  *self,
                                                              const char             *text,
                                                              gssize                  len,
                                                              ReadoutPartyMention    *mention);

/* Every mention in @text (NUL-terminated UTF-8), left to right, without
 * overlaps, in time linear in the text. Returns a GArray of
 * ReadoutPartyMention. */
GArray                *readout_party_directory_find_all      (ReadoutPartyDirectory  *self,
                                                              const char             *text);

G_END_DECLS
