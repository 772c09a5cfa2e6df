/* readout-party-trie-private.h — the alias trie, shared by its builder
 * and the matcher
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "readout-party-matcher-private.h"

G_BEGIN_DECLS

/* Longer words are never part of an alias. */
#define TOKEN_MAX 64
/* Words in the longest alias ("Foreign, Commonwealth and Development
 * Office" is 5); the walk stops there, which keeps scanning linear. */
#define DEPTH_MAX 12
#define SHAPE_MAX (DEPTH_MAX * (TOKEN_MAX + 3))

typedef struct _Node Node;

/* The children again, for matching: open addressing on a hash of the
 * whole key, which the matcher computes from the token it already holds
 * instead of g_str_hash() and a GHashTable probe for every capitalised
 * word of the text. */
typedef struct
{
  const char *key;       /* owned by children; NULL: empty */
  guint32     hash;
  guint32     len;
  Node       *child;
} Slot;

struct _Node
{
  GHashTable *children;  /* normalised word → Node* */
  GPtrArray  *entries;   /* Entry*, aliases ending here */
  Slot       *slots;     /* the same children; NULL when none */
  guint       mask;
  guint       n_slots_used;
};

typedef struct
{
  ReadoutParty            *party;   /* unowned; NULL when blocked */
  char                    *shape;   /* words joined by spaces, marks stripped, case kept */
  ReadoutPartyMentionKind  kind;
  ReadoutPartyAliasFlags   flags;
  gboolean                 needs_article;  /* only ever written with "the" */
  /* Whether a preceding "the" belongs to the mention: "the United
   * States", "the U.S.", "the Kremlin", but not "the Iraq war" or "the
   * American people". */
  gboolean                 article_ok;
} Entry;

struct _ReadoutPartyTrie
{
  Node     *root;
  /* Whether some alias begins with a lower-case letter; when none does,
   * lower-case words are skipped without a lookup. */
  gboolean  lower_start;
};

/* One word as the matcher sees it. @key is lower-case without
 * diacritics, @shape keeps the case. A possessive ending ("Russia's",
 * "Philippines'") is not in the key but is spanned by @next. */
typedef struct
{
  const char *start;
  const char *end;
  const char *next;
  guint       n_chars;
  gboolean    possessive;
  gboolean    too_long;
  gsize       key_len;
  gsize       shape_len;
  char        key[2 * TOKEN_MAX + 3];
  char        shape[TOKEN_MAX + 3];
} Token;

static inline guint32
key_hash (const char *key,
          gsize       len)
{
  guint32 h = 2166136261u;

  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar)key[i]) * 16777619u;
  return h;
}

/* g_hash_table_lookup (node->children, key) for a key of @len bytes. */
static inline const Node *
node_child (const Node *node,
            const char *key,
            gsize       len)
{
  guint32 hash;

  if (node->slots == NULL)
    return NULL;
  hash = key_hash (key, len);
  for (guint i = hash & node->mask;; i = (i + 1) & node->mask)
    {
      const Slot *slot = &node->slots[i];

      if (slot->key == NULL)
        return NULL;
      if (slot->hash == hash && slot->len == len && memcmp (slot->key, key, len) == 0)
        return slot->child;
    }
}

/* An ASCII byte as it stands in a key: lower case. */
static inline char
key_byte (char c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static inline gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static inline gunichar
char_at (const char *p,
         const char *end)
{
  if (p >= end)
    return 0;
  if ((guchar)*p < 0x80)
    return (guchar)*p;
  return g_utf8_get_char (p);
}

/* In readout-party-words.c. */
void        _readout_party_read_token (const char *p,
                                       const char *end,
                                       Token      *tok);
const char *_readout_party_skip_gap   (const char *p,
                                       const char *end,
                                       gboolean    allow_dot);

G_END_DECLS
