/* readout-tone-lexicon-private.h — what the tone lexicon and its scanner share
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include <glib.h>

#include "readout-tone.h"

G_BEGIN_DECLS

typedef struct
{
  guint                   n_words;
  const char            **words;   /* in strings */
  guint                  *lengths; /* of the words, in bytes */
  const ReadoutToneEntry *entry;
  gboolean                needs_talk_word;
} Phrase;

/* An open-addressing string table that hashes a token's bytes where they
 * lie: scanning asks it for every candidate token, and a GHashTable
 * would need a NUL-terminated copy and a slower hash. */
typedef struct
{
  const char *key;     /* NULL: empty slot */
  guint32     hash;
  guint32     len;
  gpointer    value;
} Slot;

typedef struct
{
  Slot  *slots;
  guint  mask;         /* number of slots - 1 */
} Index;

static inline guint32
tone_hash_bytes (const char *bytes,
                 gsize       len)
{
  guint32 h = 2166136261u;   /* FNV-1a */

  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) bytes[i]) * 16777619u;
  return h;
}

static inline gpointer
tone_index_lookup (const Index *index,
                   const char  *bytes,
                   gsize        len)
{
  guint32 hash = tone_hash_bytes (bytes, len);

  for (guint i = hash & index->mask; index->slots[i].key != NULL; i = (i + 1) & index->mask)
    {
      const Slot *slot = &index->slots[i];

      if (slot->hash == hash && slot->len == len && memcmp (slot->key, bytes, len) == 0)
        return slot->value;
    }
  return NULL;
}

struct _ReadoutToneLexicon
{
  GStringChunk     *strings;
  ReadoutToneEntry *entries;
  guint             n_entries;
  GHashTable       *by_id;      /* id → ReadoutToneEntry* */
  GHashTable       *by_first;   /* first word → GPtrArray of Phrase*, longest first */
  GPtrArray        *phrases;    /* Phrase*, owned */
  GHashTable       *talk_words; /* words that show a sentence is about talks */
  Index             first_index;  /* by_first, for scanning */
  Index             talk_index;   /* talk_words, for scanning */
  /* Bit n of [b]: some first word starts with byte b and has n bytes
   * (63: more). Nearly every token stops here. */
  guint64           first_lengths[256];
};

static inline guint64
tone_length_bit (gsize len)
{
  return G_GUINT64_CONSTANT (1) << MIN (len, 63);
}

G_END_DECLS
