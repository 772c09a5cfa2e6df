/* readout-party-matcher-private.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "readout-party-directory.h"
#include "readout-tokens.h"

G_BEGIN_DECLS

/* Byte classes of the party scans, one table for the matcher and the
 * token scan: ASCII letters and digits, other ASCII (the NUL that ends a
 * text included), and the bytes of non-ASCII characters. */
enum
{
  READOUT_PARTY_BYTE_HIGH  = 0,
  READOUT_PARTY_BYTE_ALNUM = 1,
  READOUT_PARTY_BYTE_OTHER = 2,
};

extern const guint8 _readout_party_byte_class[256];

/* A token trie of aliases: one level per word, so a text position costs
 * one hash lookup unless a word begins an alias. */
typedef struct _ReadoutPartyTrie ReadoutPartyTrie;

typedef enum
{
  READOUT_PARTY_ALIAS_NONE      = 0,
  /* Also a given name or a US state: Jordan, Chad, Georgia. */
  READOUT_PARTY_ALIAS_NAME_LIKE = 1 << 0,
  /* A preceding "the" is part of it: "the United States". */
  READOUT_PARTY_ALIAS_ARTICLE   = 1 << 1,
} ReadoutPartyAliasFlags;

ReadoutPartyTrie *_readout_party_trie_new  (void);
void              _readout_party_trie_free (ReadoutPartyTrie        *trie);
/* @party NULL blocks the phrase. An alias given to two parties is
 * ambiguous and blocked as well. Returns FALSE when @alias holds no
 * word or too many. */
gboolean          _readout_party_trie_add  (ReadoutPartyTrie        *trie,
                                            const char              *alias,
                                            ReadoutParty            *party,
                                            ReadoutPartyMentionKind  kind,
                                            ReadoutPartyAliasFlags   flags);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReadoutPartyTrie, _readout_party_trie_free)

typedef struct
{
  ReadoutPartyTrie *aliases;
  /* "foreign ministry" after a country, "secretary general" after an
   * organisation; entries carry no party. */
  ReadoutPartyTrie *country_suffixes;
  ReadoutPartyTrie *organization_suffixes;
} ReadoutPartyMatcher;

/* Longest mention starting at @p, a word start inside [@buffer, @end).
 * Fills the byte fields of @mention (relative to @buffer), not the code
 * point ones. When @p starts a blocked phrase, returns FALSE and sets
 * @skip_to past it; otherwise @skip_to is NULL. */
gboolean          _readout_party_matcher_match (const ReadoutPartyMatcher *matcher,
                                                const char                *buffer,
                                                const char                *p,
                                                const char                *end,
                                                ReadoutPartyMention       *mention,
                                                const char               **skip_to);

/* @text must be NUL-terminated at @len. */
GArray           *_readout_party_matcher_find_all (const ReadoutPartyMatcher *matcher,
                                                   const char                *text,
                                                   gsize                      len);

/* The loop of _readout_party_matcher_find_all() from *@p, at code point
 * *@cp, until *@p reaches @stop; *@p and *@cp are left where it ended,
 * which may be past @stop. */
void              _readout_party_matcher_scan (const ReadoutPartyMatcher  *matcher,
                                               const char                 *text,
                                               const char                 *end,
                                               const char                **p,
                                               guint                      *cp,
                                               const char                 *stop,
                                               GArray                     *mentions);

/* In readout-party-tokens.c: what _readout_party_matcher_find_all()
 * finds in @tokens' text, the same mentions, read from the tokens. */
GArray           *_readout_party_matcher_find_in_tokens (const ReadoutPartyMatcher *matcher,
                                                         const ReadoutTokens       *tokens);

/* readout_party_directory_find_all() of a document's text, from its
 * tokens. */
GArray           *_readout_party_directory_find_in_tokens (ReadoutPartyDirectory *self,
                                                          const ReadoutTokens   *tokens);

/* readout_party_directory_match() of @len bytes of a document's text,
 * without checking that they are valid UTF-8. */
ReadoutParty     *_readout_party_directory_match_unchecked (ReadoutPartyDirectory *self,
                                                           const char            *text,
                                                           gsize                  len);

G_END_DECLS
