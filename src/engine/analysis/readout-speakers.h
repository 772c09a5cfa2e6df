/* readout-speakers.h — one entity per person or institution
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Internal to the analysis pipeline: links every mention to an entity
 * (names by surname, pronouns by salience and gender, role nouns by role)
 * in reading order.
 */

#pragma once

#include "readout-mentions.h"
#include "readout-speaker.h"

G_BEGIN_DECLS

typedef struct
{
  ReadoutSpeakerKind  kind;
  char               *name;      /* "Sergei Ryabkov", "Kremlin", "people familiar with the matter" */
  char               *role;
  ReadoutParty       *party;
  ReadoutGender       gender;
  gboolean            plural;
  gboolean            named;        /* a person known by name, not only by role */
  guint               last_token;   /* the latest mention, for salience */
  GArray             *mentions;     /* ReadoutSpan */
  char              **name_parts;   /* persons: lower-cased name words after the first
                                     * that may stand alone, NULL until needed */
} ReadoutEntity;

#define READOUT_RECENT_ENTITIES 24

typedef struct
{
  GArray     *entities;   /* ReadoutEntity */
  GHashTable *by_name;    /* "person:sergei ryabkov", "institution:kremlin" → index + 1 */
  GHashTable *by_surname; /* "ryabkov" → index + 1 of the latest person with it */
  GHashTable *by_given;   /* "lin" of Lin Jiahao → index + 1, or -1 when two
                           * people share it */
  /* The entities linked last, newest first: pronouns and role nouns only
   * look here, which keeps resolution linear in the document. */
  gint        recent[READOUT_RECENT_ENTITIES];
  guint       n_recent;
} ReadoutEntities;

ReadoutEntities *readout_entities_resolve   (const ReadoutTokens *tokens,
                                             ReadoutMentions     *mentions);
/* An entity for a transcript speaker label ("MR. PRICE"), matched against
 * the people already known; @start/@end: the label's span. */
gint             readout_entities_for_label (ReadoutEntities     *entities,
                                             const char          *label,
                                             guint                start,
                                             guint                end);
void             readout_entities_free      (ReadoutEntities     *entities);

/* @index must be valid. */
static inline ReadoutEntity *
readout_entities_get (ReadoutEntities *entities,
                      gint             index)
{
  return &((ReadoutEntity *) (void *) entities->entities->data)[index];
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReadoutEntities, readout_entities_free)

G_END_DECLS
