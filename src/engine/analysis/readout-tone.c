/* readout-tone.c — the lexicon of diplomatic formulae and its scanner
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Format and policy: docs/tone.md. Phrases are sequences of whole,
 * lower-case tokens (the tokenizer keeps "non-starter" and "win-win" as
 * one word), inflected forms listed in the data, so scanning needs no
 * morphology and no regex: a per-byte length filter, then one hash
 * lookup for the few tokens that might start a phrase. The scanner is in
 * readout-tone-scan.c.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "readout-error.h"
#include "readout-party-data-resources.h"
#include "readout-tone.h"
#include "readout-tone-lexicon-private.h"

#define TONE_RESOURCE   "/io/github/readout/Readout/engine/tone.json"
#define MAX_WORD_BYTES  64

static const char * const register_names[] = {
  "warm", "neutral", "cool", "tense", "hostile", "position",
};

static void
phrase_free (gpointer data)
{
  Phrase *phrase = data;

  g_free (phrase->words);
  g_free (phrase->lengths);
  g_free (phrase);
}

static void
index_build (Index      *index,
             GHashTable *table)
{
  guint n_slots = 16;
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  /* At most half full, so probes stay short. */
  while (n_slots < 2 * g_hash_table_size (table))
    n_slots *= 2;
  index->slots = g_new0 (Slot, n_slots);
  index->mask = n_slots - 1;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gsize len = strlen (key);
      guint32 hash = tone_hash_bytes (key, len);
      guint i = hash & index->mask;

      while (index->slots[i].key != NULL)
        i = (i + 1) & index->mask;
      index->slots[i] = (Slot) { key, hash, len, value };
    }
}

const char *
readout_tone_register_to_string (ReadoutToneRegister tone_register)
{
  g_return_val_if_fail (tone_register <= READOUT_TONE_POSITION, NULL);

  return register_names[tone_register];
}

const char *
readout_tone_entry_get_label (const ReadoutToneEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);

  return g_dgettext (GETTEXT_PACKAGE, entry->label);
}

const char *
readout_tone_entry_get_reading (const ReadoutToneEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);

  return g_dgettext (GETTEXT_PACKAGE, entry->reading);
}

void
readout_tone_lexicon_free (ReadoutToneLexicon *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->by_first, g_hash_table_unref);
  g_clear_pointer (&self->phrases, g_ptr_array_unref);
  g_clear_pointer (&self->talk_words, g_hash_table_unref);
  g_free (self->first_index.slots);
  g_free (self->talk_index.slots);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_free (self->entries);
  g_free (self);
}

/* Loading */

static gboolean
malformed (GError     **error,
           const char  *path,
           const char  *what,
           const char  *item)
{
  if (item != NULL)
    /* TRANSLATORS: the first %s is a data file, the second what is wrong
     * with it, the third the entry or phrase concerned. */
    g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                 _("The tone lexicon “%s” is malformed: %s (“%s”)"), path, what, item);
  else
    g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                 _("The tone lexicon “%s” is malformed: %s"), path, what);
  return FALSE;
}

/* A non-empty string member, or NULL. */
static const char *
get_string (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);
  const char *value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  value = json_node_get_string (node);
  return value != NULL && value[0] != '\0' ? value : NULL;
}

static gboolean
is_kebab (const char *id)
{
  if (id[0] == '-')
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

static gint
longest_first (gconstpointer a,
               gconstpointer b)
{
  const Phrase *pa = *(const Phrase * const *) a;
  const Phrase *pb = *(const Phrase * const *) b;

  return (gint) pb->n_words - (gint) pa->n_words;
}

static gboolean
add_phrase (ReadoutToneLexicon     *self,
            const ReadoutToneEntry *entry,
            gboolean                needs_talk_word,
            const char             *text,
            GHashTable             *seen,
            const char             *path,
            GError                **error)
{
  g_auto(GStrv) words = NULL;
  g_autofree char *lower = g_utf8_strdown (text, -1);
  Phrase *phrase;
  GPtrArray *list;

  if (strcmp (lower, text) != 0)
    return malformed (error, path, _("a phrase is not in lower case"), text);
  if (!g_hash_table_add (seen, (gpointer) text))
    return malformed (error, path, _("a phrase is listed twice"), text);

  words = g_strsplit (text, " ", -1);
  phrase = g_new0 (Phrase, 1);
  g_ptr_array_add (self->phrases, phrase);
  phrase->entry = entry;
  phrase->needs_talk_word = needs_talk_word;
  phrase->n_words = g_strv_length (words);
  phrase->words = g_new0 (const char *, phrase->n_words + 1);
  phrase->lengths = g_new0 (guint, phrase->n_words);

  for (guint i = 0; i < phrase->n_words; i++)
    {
      gsize len = strlen (words[i]);

      if (len == 0 || len >= MAX_WORD_BYTES)
        return malformed (error, path, _("a phrase has an empty or over-long word"), text);
      phrase->words[i] = g_string_chunk_insert_const (self->strings, words[i]);
      phrase->lengths[i] = len;
    }

  list = g_hash_table_lookup (self->by_first, phrase->words[0]);
  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (self->by_first, (gpointer) phrase->words[0], list);
    }
  g_ptr_array_add (list, phrase);
  /* Stable, so equal lengths keep data order. */
  g_ptr_array_sort (list, longest_first);
  self->first_lengths[(guchar) phrase->words[0][0]] |= tone_length_bit (strlen (phrase->words[0]));
  return TRUE;
}

static gboolean
load_entry (ReadoutToneLexicon *self,
            ReadoutToneEntry   *entry,
            JsonNode           *node,
            GHashTable         *seen_phrases,
            const char         *path,
            GError            **error)
{
  JsonObject *object;
  JsonNode *member;
  JsonArray *phrases;
  const char *id;
  const char *value;
  gint64 score;
  int reg = -1;
  gboolean needs_talk_word = FALSE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return malformed (error, path, _("an entry is not an object"), NULL);
  object = json_node_get_object (node);

  id = get_string (object, "id");
  if (id == NULL)
    return malformed (error, path, _("an entry has no “id”"), NULL);
  if (!is_kebab (id))
    return malformed (error, path, _("an id is not lower-case kebab-case"), id);
  entry->id = g_intern_string (id);
  if (!g_hash_table_insert (self->by_id, (gpointer) entry->id, entry))
    return malformed (error, path, _("an id is used twice"), id);

  value = get_string (object, "register");
  for (guint i = 0; value != NULL && i < G_N_ELEMENTS (register_names); i++)
    if (strcmp (value, register_names[i]) == 0)
      reg = i;
  if (reg < 0)
    return malformed (error, path, _("an entry has a missing or unknown “register”"), id);
  entry->tone_register = reg;

  member = json_object_get_member (object, "score");
  if (member == NULL || !JSON_NODE_HOLDS_VALUE (member)
      || json_node_get_value_type (member) != G_TYPE_INT64)
    return malformed (error, path, _("an entry has no integer “score”"), id);
  score = json_node_get_int (member);
  if (score < -2 || score > 2)
    return malformed (error, path, _("a “score” is outside −2…2"), id);
  entry->score = score;

#define REQUIRE(field, message) \
  value = get_string (object, #field); \
  if (value == NULL) \
    return malformed (error, path, message, id); \
  entry->field = g_string_chunk_insert_const (self->strings, value);

  REQUIRE (label, _("an entry has no “label”"));
  REQUIRE (reading, _("an entry has no “reading”"));
  REQUIRE (note, _("an entry has no “note”"));
#undef REQUIRE

  member = json_object_get_member (object, "service");
  if (member != NULL)
    {
      value = get_string (object, "service");
      if (value == NULL)
        return malformed (error, path, _("a “service” is not a non-empty string"), id);
      entry->service = g_string_chunk_insert_const (self->strings, value);
    }

  member = json_object_get_member (object, "needs_talk_word");
  if (member != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_BOOLEAN)
        return malformed (error, path, _("“needs_talk_word” is not true or false"), id);
      needs_talk_word = json_node_get_boolean (member);
      if (needs_talk_word && g_hash_table_size (self->talk_words) == 0)
        return malformed (error, path, _("an entry needs a talk word but “talk_words” is empty"), id);
    }

  member = json_object_get_member (object, "phrases");
  if (member == NULL || !JSON_NODE_HOLDS_ARRAY (member)
      || json_array_get_length (json_node_get_array (member)) == 0)
    return malformed (error, path, _("an entry has no “phrases”"), id);
  phrases = json_node_get_array (member);
  for (guint i = 0; i < json_array_get_length (phrases); i++)
    {
      JsonNode *p = json_array_get_element (phrases, i);

      if (!JSON_NODE_HOLDS_VALUE (p) || json_node_get_value_type (p) != G_TYPE_STRING
          || json_node_get_string (p)[0] == '\0')
        return malformed (error, path, _("a phrase is not a non-empty string"), id);
      if (!add_phrase (self, entry, needs_talk_word, json_node_get_string (p),
                       seen_phrases, path, error))
        return FALSE;
    }

  return TRUE;
}

static ReadoutToneLexicon *
lexicon_new_from_data (const char  *path,
                       const char  *data,
                       gsize        length,
                       GError     **error)
{
  g_autoptr(ReadoutToneLexicon) self = g_new0 (ReadoutToneLexicon, 1);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GHashTable) seen_phrases = g_hash_table_new (g_str_hash, g_str_equal);
  JsonNode *root;
  JsonNode *node;
  JsonObject *object;
  JsonArray *entries;

  self->strings = g_string_chunk_new (4096);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->by_first = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                          (GDestroyNotify) g_ptr_array_unref);
  self->phrases = g_ptr_array_new_with_free_func (phrase_free);
  self->talk_words = g_hash_table_new (g_str_hash, g_str_equal);

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                   _("The tone lexicon “%s” is not valid JSON: %s"),
                   path, local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      malformed (error, path, _("the top level is not an object"), NULL);
      return NULL;
    }
  object = json_node_get_object (root);

  node = json_object_get_member (object, "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_INT64 || json_node_get_int (node) != 1)
    {
      malformed (error, path, _("“version” must be 1"), NULL);
      return NULL;
    }

  node = json_object_get_member (object, "talk_words");
  if (node != NULL)
    {
      JsonArray *words;

      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          malformed (error, path, _("“talk_words” is not a list"), NULL);
          return NULL;
        }
      words = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (words); i++)
        {
          JsonNode *w = json_array_get_element (words, i);
          const char *word;

          if (!JSON_NODE_HOLDS_VALUE (w) || json_node_get_value_type (w) != G_TYPE_STRING
              || json_node_get_string (w)[0] == '\0'
              || strlen (json_node_get_string (w)) >= MAX_WORD_BYTES
              || strchr (json_node_get_string (w), ' ') != NULL)
            {
              malformed (error, path, _("a talk word is not a single word"), NULL);
              return NULL;
            }
          word = g_string_chunk_insert_const (self->strings, json_node_get_string (w));
          g_hash_table_add (self->talk_words, (gpointer) word);
        }
    }

  node = json_object_get_member (object, "entries");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      malformed (error, path, _("“entries” is missing or not a list"), NULL);
      return NULL;
    }
  entries = json_node_get_array (node);

  self->n_entries = json_array_get_length (entries);
  self->entries = g_new0 (ReadoutToneEntry, self->n_entries);
  for (guint i = 0; i < self->n_entries; i++)
    if (!load_entry (self, &self->entries[i], json_array_get_element (entries, i),
                     seen_phrases, path, error))
      return NULL;

  index_build (&self->first_index, self->by_first);
  index_build (&self->talk_index, self->talk_words);
  return g_steal_pointer (&self);
}

/**
 * readout_tone_lexicon_new_from_file:
 * @path: a file in the format of data/tone.json
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the lexicon, or %NULL with @error set
 */
ReadoutToneLexicon *
readout_tone_lexicon_new_from_file (const char  *path,
                                    GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  return lexicon_new_from_data (path, contents, length, error);
}

guint
readout_tone_lexicon_get_n_entries (ReadoutToneLexicon *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_entries;
}

const ReadoutToneEntry *
readout_tone_lexicon_get_entry (ReadoutToneLexicon *self,
                                guint               index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_entries, NULL);

  return &self->entries[index];
}

const ReadoutToneEntry *
readout_tone_lexicon_lookup (ReadoutToneLexicon *self,
                             const char         *id)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

ReadoutToneLexicon *
readout_tone_get_default (GError **error)
{
  static gsize initialized;
  static ReadoutToneLexicon *lexicon;
  static GError *load_error;

  if (g_once_init_enter (&initialized))
    {
      g_autoptr(GBytes) bytes = g_resource_lookup_data (readout_party_data_get_resource (),
                                                        TONE_RESOURCE,
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE,
                                                        &load_error);

      if (bytes != NULL)
        lexicon = lexicon_new_from_data (TONE_RESOURCE, g_bytes_get_data (bytes, NULL),
                                         g_bytes_get_size (bytes), &load_error);
      g_once_init_leave (&initialized, 1);
    }

  if (lexicon == NULL)
    {
      if (error != NULL)
        *error = g_error_copy (load_error);
      return NULL;
    }

  return lexicon;
}

guint
readout_tone_get_n_entries (void)
{
  ReadoutToneLexicon *lexicon = readout_tone_get_default (NULL);

  return lexicon != NULL ? lexicon->n_entries : 0;
}

const ReadoutToneEntry *
readout_tone_get_entry (guint index)
{
  ReadoutToneLexicon *lexicon = readout_tone_get_default (NULL);

  g_return_val_if_fail (lexicon != NULL, NULL);

  return readout_tone_lexicon_get_entry (lexicon, index);
}

const ReadoutToneEntry *
readout_tone_lookup (const char *id)
{
  ReadoutToneLexicon *lexicon = readout_tone_get_default (NULL);

  g_return_val_if_fail (id != NULL, NULL);

  return lexicon != NULL ? g_hash_table_lookup (lexicon->by_id, id) : NULL;
}
