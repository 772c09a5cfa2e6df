/* readout-tone.h — the lexicon of diplomatic formulae (data/tone.json)
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Statements carry the ids of the entries whose phrases they use
 * (readout_statement_get_tone()); this is how to read those ids.
 * docs/tone.md explains the data and its caveats. No GTK.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Where a formula sits between warmth and hostility; POSITION marks a
 * stated position ("red line", "open door") rather than a mood. */
typedef enum
{
  READOUT_TONE_WARM,
  READOUT_TONE_NEUTRAL,
  READOUT_TONE_COOL,
  READOUT_TONE_TENSE,
  READOUT_TONE_HOSTILE,
  READOUT_TONE_POSITION,
} ReadoutToneRegister;

const char *readout_tone_register_to_string (ReadoutToneRegister tone_register);

/* One lexicon entry. Strings belong to the lexicon and live as long as
 * it does (the default one: for the whole process). @label and @reading
 * are untranslated (English); show them through
 * readout_tone_entry_get_label() / _get_reading(). */
typedef struct
{
  const char          *id;             /* stable, kebab-case, interned */
  const char          *label;          /* "Businesslike" */
  ReadoutToneRegister  tone_register;
  int                  score;          /* -2 (hostile) … +2 (warm), for ordering */
  const char          *reading;        /* the conventional reading, one line */
  const char          *note;           /* where the reading comes from, one line; not translated */
  const char          *service;        /* whose usage it describes ("Chinese MFA"), or NULL */
} ReadoutToneEntry;

const char *readout_tone_entry_get_label   (const ReadoutToneEntry *entry);
const char *readout_tone_entry_get_reading (const ReadoutToneEntry *entry);

typedef struct _ReadoutToneLexicon ReadoutToneLexicon;

/* Loads a lexicon file in the format of data/tone.json; for tests and
 * for trying a data change without rebuilding. Malformed data is
 * READOUT_ERROR_MALFORMED. */
ReadoutToneLexicon     *readout_tone_lexicon_new_from_file (const char          *path,
                                                            GError             **error);
void                    readout_tone_lexicon_free          (ReadoutToneLexicon  *self);
guint                   readout_tone_lexicon_get_n_entries (ReadoutToneLexicon  *self);
const ReadoutToneEntry *readout_tone_lexicon_get_entry     (ReadoutToneLexicon  *self,
                                                            guint                index);
const ReadoutToneEntry *readout_tone_lexicon_lookup        (ReadoutToneLexicon  *self,
                                                            const char          *id);

/* The compiled-in lexicon, loaded once (thread-safe); the error is
 * remembered and returned again on every call. */
ReadoutToneLexicon     *readout_tone_get_default           (GError             **error);

/* Shortcuts to the default lexicon; empty / NULL if it failed to load. */
guint                   readout_tone_get_n_entries         (void);
const ReadoutToneEntry *readout_tone_get_entry             (guint                index);
const ReadoutToneEntry *readout_tone_lookup                (const char          *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReadoutToneLexicon, readout_tone_lexicon_free)

G_END_DECLS
