/* readout-speaker.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "readout-party.h"

G_BEGIN_DECLS

typedef enum
{
  READOUT_SPEAKER_PERSON,       /* Sergei Ryabkov */
  READOUT_SPEAKER_INSTITUTION,  /* the Kremlin, the U.S. State Department, Russia */
  READOUT_SPEAKER_ANONYMOUS,    /* people familiar with the matter */
} ReadoutSpeakerKind;

const char *readout_speaker_kind_to_string (ReadoutSpeakerKind kind);

#define READOUT_TYPE_SPEAKER_KIND (readout_speaker_kind_get_type ())
GType readout_speaker_kind_get_type (void);

/* A span of text, code points, end exclusive. */
typedef struct
{
  guint start;
  guint end;
} ReadoutSpan;

#define READOUT_TYPE_SPEAKER (readout_speaker_get_type ())

G_DECLARE_FINAL_TYPE (ReadoutSpeaker, readout_speaker, READOUT, SPEAKER, GObject)

/* @id is "p1", "p2", … in order of first mention. @role and @party are
 * nullable. */
ReadoutSpeaker     *_readout_speaker_new          (const char         *id,
                                                   const char         *name,
                                                   const char         *role,
                                                   ReadoutSpeakerKind  kind,
                                                   ReadoutParty       *party);
/* Mentions are added in reading order while the pipeline resolves them. */
void                _readout_speaker_add_mention  (ReadoutSpeaker     *self,
                                                   guint               start,
                                                   guint               end);
/* The same for @n mentions at once. */
void                _readout_speaker_add_mentions (ReadoutSpeaker     *self,
                                                   const ReadoutSpan  *spans,
                                                   guint               n);

const char         *readout_speaker_get_id        (ReadoutSpeaker     *self);
/* Canonical full name ("Sergei Ryabkov") or the institution's name. */
const char         *readout_speaker_get_name      (ReadoutSpeaker     *self);
/* "Deputy Foreign Minister", or NULL. */
const char         *readout_speaker_get_role      (ReadoutSpeaker     *self);
ReadoutSpeakerKind  readout_speaker_get_kind      (ReadoutSpeaker     *self);
gboolean            readout_speaker_get_anonymous (ReadoutSpeaker     *self);
ReadoutParty       *readout_speaker_get_party     (ReadoutSpeaker     *self);
/* Every mention in reading order, as ReadoutSpan. */
const GArray       *readout_speaker_get_mentions  (ReadoutSpeaker     *self);

G_END_DECLS
