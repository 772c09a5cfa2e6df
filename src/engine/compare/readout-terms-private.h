/* readout-terms-private.h — words to weighted term vectors for topics
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Terms are Snowball stems of the words that are not stop words, plus
 * one "@ID" term per party the text names (so "the North Atlantic Treaty
 * Organization" and "NATO" are one feature). Names of the comparison's
 * speakers are never terms: topics group what was said, not who said it.
 * Not thread safe (libstemmer's stemmers are not): one per build.
 */

#pragma once

#include <glib.h>

#include "readout-party-directory.h"

G_BEGIN_DECLS

typedef struct _ReadoutTerms ReadoutTerms;

/* One entry of a sparse vector; vectors are sorted by id. */
typedef struct
{
  guint  id;
  float  weight;
} ReadoutTermWeight;

ReadoutTerms *readout_terms_new           (ReadoutPartyDirectory *directory,
                                           GError               **error);
void          readout_terms_free          (ReadoutTerms          *self);

/* Words that never become terms (speakers' names), lower case. */
void          readout_terms_ignore_word   (ReadoutTerms          *self,
                                           const char            *word);

/* A party the comparison is between: its name counts little as a term. */
void          readout_terms_add_side      (ReadoutTerms          *self,
                                           const char            *party_id);

/* Adds @weight per occurrence of each term of @text (@len bytes) to
 * @counts (term id → float, as GUINT_TO_POINTER / a float box). Terms
 * that are proper names or parties count @entity_boost times as much.
 * @skip_party: a party id whose own name is not a term in this text, or
 * NULL. */
void          readout_terms_add_text      (ReadoutTerms          *self,
                                           const char            *text,
                                           gsize                  len,
                                           float                  weight,
                                           float                  entity_boost,
                                           const char            *skip_party,
                                           GHashTable            *counts);
/* A synthetic term ("~atmosphere", "~tone:frank") with its display form. */
guint         readout_terms_intern        (ReadoutTerms          *self,
                                           const char            *key,
                                           const char            *surface);

/* @counts → a vector sorted by id (a GArray of ReadoutTermWeight). */
GArray       *readout_terms_vector        (GHashTable            *counts);

guint         readout_terms_get_n_terms   (ReadoutTerms          *self);
/* How the term is best written for people: the form seen most often. */
const char   *readout_terms_get_surface   (ReadoutTerms          *self,
                                           guint                  id);
/* TRUE for terms that are not words of the text (synthetic terms). */
gboolean      readout_terms_is_synthetic  (ReadoutTerms          *self,
                                           guint                  id);

/* TRUE for a word of a concept ("sanctions", "treaty"): it names an issue,
 * so it makes a good label. */
gboolean      readout_terms_is_issue      (ReadoutTerms          *self,
                                           guint                  id);
/* TRUE for a party's term ("@NATO"). */
gboolean      readout_terms_is_party      (ReadoutTerms          *self,
                                           guint                  id);
/* TRUE for the term of a side's name (readout_terms_add_side()). */
gboolean      readout_terms_is_side       (ReadoutTerms          *self,
                                           guint                  id);

/* A float in a hash table value. */
void          readout_terms_count_add     (GHashTable            *counts,
                                           guint                  id,
                                           float                  weight);

G_END_DECLS
