/* readout-party-trie.c — building the alias trie
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "readout-party-trie-private.h"

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->shape);
  g_free (entry);
}

static Node *
node_new (void)
{
  return g_new0 (Node, 1);
}

static void
node_free (gpointer data)
{
  Node *node = data;

  g_clear_pointer (&node->children, g_hash_table_unref);
  g_clear_pointer (&node->slots, g_free);
  g_clear_pointer (&node->entries, g_ptr_array_unref);
  g_free (node);
}

ReadoutPartyTrie *
_readout_party_trie_new (void)
{
  ReadoutPartyTrie *trie = g_new0 (ReadoutPartyTrie, 1);

  trie->root = node_new ();
  return trie;
}

void
_readout_party_trie_free (ReadoutPartyTrie *trie)
{
  if (trie == NULL)
    return;

  node_free (trie->root);
  g_free (trie);
}

static void
slots_insert (Slot       *slots,
              guint       mask,
              const char *key,
              guint32     hash,
              guint32     len,
              Node       *child)
{
  guint i = hash & mask;

  while (slots[i].key != NULL)
    i = (i + 1) & mask;
  slots[i].key = key;
  slots[i].hash = hash;
  slots[i].len = len;
  slots[i].child = child;
}

static void
node_add_slot (Node       *node,
               const char *key,
               Node       *child)
{
  gsize len = strlen (key);

  /* At most half full. */
  if (node->slots == NULL || 2 * (node->n_slots_used + 1) > node->mask + 1)
    {
      guint size = node->slots == NULL ? 4 : 2 * (node->mask + 1);
      Slot *slots = g_new0 (Slot, size);

      for (guint i = 0; node->slots != NULL && i <= node->mask; i++)
        if (node->slots[i].key != NULL)
          slots_insert (slots, size - 1, node->slots[i].key, node->slots[i].hash,
                        node->slots[i].len, node->slots[i].child);
      g_free (node->slots);
      node->slots = slots;
      node->mask = size - 1;
    }
  slots_insert (node->slots, node->mask, key, key_hash (key, len), len, child);
  node->n_slots_used++;
}

static gboolean
has_lower_case (const char *s)
{
  for (; *s != '\0'; s = g_utf8_next_char (s))
    if (g_unichar_islower (g_utf8_get_char (s)))
      return TRUE;
  return FALSE;
}

gboolean
_readout_party_trie_add (ReadoutPartyTrie        *trie,
                         const char              *alias,
                         ReadoutParty            *party,
                         ReadoutPartyMentionKind  kind,
                         ReadoutPartyAliasFlags   flags)
{
  const char *end = alias + strlen (alias);
  const char *p = alias;
  g_autoptr(GString) shape = g_string_new (NULL);
  gboolean needs_article = FALSE;
  guint depth = 0;
  Node *node = trie->root;
  Entry *entry;

  while (p < end && !is_word_char (char_at (p, end)))
    p = g_utf8_next_char (p);

  while (p != NULL && p < end)
    {
      Token tok;
      g_autofree char *key = NULL;
      Node *child;

      _readout_party_read_token (p, end, &tok);
      if (tok.too_long || ++depth > DEPTH_MAX)
        return FALSE;

      /* A leading article is matched generically; an alias written with
       * it ("the Emirates") demands it. */
      if (depth == 1 && g_str_equal (tok.key, "the") && tok.next < end)
        {
          needs_article = TRUE;
          depth = 0;
          p = _readout_party_skip_gap (tok.next, end, FALSE);
          continue;
        }

      if (depth == 1 && g_unichar_islower (g_utf8_get_char (tok.shape)))
        trie->lower_start = TRUE;

      key = g_strconcat (tok.key, tok.possessive ? "'s" : "", NULL);
      if (shape->len > 0)
        g_string_append_c (shape, ' ');
      g_string_append (shape, tok.shape);
      if (tok.possessive)
        g_string_append (shape, "'s");

      if (node->children == NULL)
        node->children = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, node_free);
      child = g_hash_table_lookup (node->children, key);
      if (child == NULL)
        {
          child = node_new ();
          node_add_slot (node, key, child);
          g_hash_table_insert (node->children, g_steal_pointer (&key), child);
        }
      node = child;

      if (tok.next >= end)
        break;
      p = _readout_party_skip_gap (tok.next, end, tok.n_chars <= 2);
      if (p == NULL)
        return FALSE;
    }

  if (depth == 0)
    return FALSE;

  if (node->entries == NULL)
    node->entries = g_ptr_array_new_with_free_func (entry_free);

  for (guint i = 0; i < node->entries->len; i++)
    {
      Entry *other = g_ptr_array_index (node->entries, i);

      if (!g_str_equal (other->shape, shape->str))
        continue;

      /* The same words for two parties: ambiguous, so neither. */
      if (other->party != party)
        other->party = NULL;
      other->needs_article &= needs_article;
      other->article_ok |= needs_article || (flags & READOUT_PARTY_ALIAS_ARTICLE) != 0;
      return TRUE;
    }

  entry = g_new0 (Entry, 1);
  entry->party = party;
  entry->shape = g_string_free (g_steal_pointer (&shape), FALSE);
  entry->kind = kind;
  entry->flags = flags;
  entry->needs_article = needs_article;
  entry->article_ok = needs_article ||
                      (flags & READOUT_PARTY_ALIAS_ARTICLE) != 0 ||
                      kind == READOUT_PARTY_MENTION_INSTITUTION ||
                      kind == READOUT_PARTY_MENTION_OFFICIAL ||
                      (kind == READOUT_PARTY_MENTION_NAME && !has_lower_case (entry->shape));
  g_ptr_array_add (node->entries, entry);

  return TRUE;
}
