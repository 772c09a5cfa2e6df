/* readout-terms.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <libstemmer.h>

#include "readout-compare-data-resources.h"
#include "readout-party.h"
#include "readout-terms-private.h"

#define STOPWORDS_RESOURCE "/io/github/readout/Readout/engine/stopwords-en.txt"
#define CONCEPTS_RESOURCE  "/io/github/readout/Readout/engine/topic-concepts.json"

/* A concept ("alliances": alliance, NATO, enlargement, join …) links words
 * TF-IDF alone would keep apart; it counts less than the word itself. */
#define CONCEPT_WEIGHT 0.8f
/* The sides of the comparison are named everywhere: as a feature they
 * would pull every statement into one topic. */
#define SIDE_WEIGHT    0.3f

typedef struct
{
  char       *key;
  GHashTable *surfaces;   /* char* → count */
  char       *best;       /* cached most frequent surface, or NULL */
  gboolean    synthetic;
  gboolean    issue;      /* a word of a concept: names an issue */
} Term;

struct _ReadoutTerms
{
  ReadoutPartyDirectory *directory;
  struct sb_stemmer     *stemmer;
  GHashTable            *stop;      /* owned strings, set */
  GHashTable            *ignore;    /* owned strings, set */
  GHashTable            *concepts;  /* stem → term id + 1 of the concept */
  GHashTable            *sides;     /* party ids, owned strings, set */
  GHashTable            *ids;       /* key → id + 1 */
  GPtrArray             *terms;     /* Term* */
};

static void
term_free (gpointer data)
{
  Term *t = data;

  g_free (t->key);
  g_free (t->best);
  g_clear_pointer (&t->surfaces, g_hash_table_unref);
  g_free (t);
}

static GHashTable *
load_stopwords (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GHashTable) stop = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) lines = NULL;
  g_autofree char *text = NULL;
  gsize len;
  const char *data;

  /* Looked up in the compiled-in resource itself: a static library's
   * constructor that would register it is not always linked in. */
  bytes = g_resource_lookup_data (readout_compare_data_get_resource (), STOPWORDS_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &len);
  text = g_strndup (data, len);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *word = g_strstrip (lines[i]);

      if (*word != '\0' && *word != '#')
        g_hash_table_add (stop, g_strdup (word));
    }
  return g_steal_pointer (&stop);
}

static guint intern (ReadoutTerms *self,
                     const char   *key,
                     gboolean      synthetic);

static gboolean
load_concepts (ReadoutTerms  *self,
               GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;
  JsonArray *concepts;

  bytes = g_resource_lookup_data (readout_compare_data_get_resource (), CONCEPTS_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error))
    return FALSE;
  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root) ||
      !json_object_has_member (json_node_get_object (root), "concepts") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (root), "concepts")))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "topic-concepts.json: no \"concepts\" array");
      return FALSE;
    }
  concepts = json_object_get_array_member (json_node_get_object (root), "concepts");
  for (guint i = 0; i < json_array_get_length (concepts); i++)
    {
      JsonObject *concept = json_array_get_object_element (concepts, i);
      const char *id = concept ? json_object_get_string_member_with_default (concept, "id", NULL) : NULL;
      JsonArray *words = concept && json_object_has_member (concept, "words")
                         ? json_object_get_array_member (concept, "words") : NULL;
      g_autofree char *key = NULL;
      guint term;

      if (id == NULL || words == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "topic-concepts.json: concept %u needs an id and words", i + 1);
          return FALSE;
        }
      key = g_strconcat ("~", id, NULL);
      term = intern (self, key, TRUE);
      for (guint k = 0; k < json_array_get_length (words); k++)
        {
          const char *word = json_array_get_string_element (words, k);
          const sb_symbol *stem;

          if (word == NULL)
            continue;
          stem = sb_stemmer_stem (self->stemmer, (const sb_symbol *)word, strlen (word));
          if (stem != NULL)
            g_hash_table_insert (self->concepts,
                                 g_strndup ((const char *)stem, sb_stemmer_length (self->stemmer)),
                                 GUINT_TO_POINTER (term + 1));
        }
    }
  return TRUE;
}

ReadoutTerms *
readout_terms_new (ReadoutPartyDirectory  *directory,
                   GError                **error)
{
  ReadoutTerms *self;
  GHashTable *stop;
  struct sb_stemmer *stemmer;

  g_return_val_if_fail (READOUT_IS_PARTY_DIRECTORY (directory), NULL);

  if (!(stop = load_stopwords (error)))
    return NULL;
  stemmer = sb_stemmer_new ("english", "UTF_8");
  if (stemmer == NULL)
    {
      g_hash_table_unref (stop);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           "libstemmer has no English stemmer");
      return NULL;
    }

  self = g_new0 (ReadoutTerms, 1);
  self->directory = g_object_ref (directory);
  self->stemmer = stemmer;
  self->stop = stop;
  self->ignore = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->terms = g_ptr_array_new_with_free_func (term_free);
  self->concepts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->sides = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!load_concepts (self, error))
    {
      readout_terms_free (self);
      return NULL;
    }
  return self;
}

void
readout_terms_add_side (ReadoutTerms *self,
                        const char   *party_id)
{
  g_hash_table_add (self->sides, g_strdup (party_id));
}

void
readout_terms_free (ReadoutTerms *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->directory);
  sb_stemmer_delete (self->stemmer);
  g_hash_table_unref (self->stop);
  g_hash_table_unref (self->ignore);
  g_clear_pointer (&self->concepts, g_hash_table_unref);
  g_clear_pointer (&self->sides, g_hash_table_unref);
  g_hash_table_unref (self->ids);
  g_ptr_array_unref (self->terms);
  g_free (self);
}

void
readout_terms_ignore_word (ReadoutTerms *self,
                           const char   *word)
{
  g_hash_table_add (self->ignore, g_utf8_strdown (word, -1));
}

static guint
intern (ReadoutTerms *self,
        const char   *key,
        gboolean      synthetic)
{
  gpointer value = g_hash_table_lookup (self->ids, key);
  Term *t;

  if (value != NULL)
    return GPOINTER_TO_UINT (value) - 1;
  t = g_new0 (Term, 1);
  t->key = g_strdup (key);
  t->synthetic = synthetic;
  t->surfaces = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_ptr_array_add (self->terms, t);
  g_hash_table_insert (self->ids, t->key, GUINT_TO_POINTER (self->terms->len));
  return self->terms->len - 1;
}

static void
add_surface (ReadoutTerms *self,
             guint         id,
             const char   *surface,
             gsize         len,
             guint         votes)
{
  Term *t = g_ptr_array_index (self->terms, id);
  g_autofree char *copy = g_strndup (surface, len);
  gpointer count = g_hash_table_lookup (t->surfaces, copy);

  g_hash_table_insert (t->surfaces, g_steal_pointer (&copy),
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + votes));
  g_clear_pointer (&t->best, g_free);
}

guint
readout_terms_intern (ReadoutTerms *self,
                      const char   *key,
                      const char   *surface)
{
  guint id = intern (self, key, TRUE);

  add_surface (self, id, surface, strlen (surface), 1);
  return id;
}

void
readout_terms_count_add (GHashTable *counts,
                         guint       id,
                         float       weight)
{
  union { float f; guint32 u; } v;
  gpointer old;

  v.f = 0.f;
  if (g_hash_table_lookup_extended (counts, GUINT_TO_POINTER (id), NULL, &old))
    v.u = GPOINTER_TO_UINT (old);
  v.f += weight;
  g_hash_table_insert (counts, GUINT_TO_POINTER (id), GUINT_TO_POINTER (v.u));
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c);
}

/* One word part (no hyphens): filter, stem, count. */
static void
add_word (ReadoutTerms *self,
          const char   *word,
          gsize         len,
          gboolean      sentence_start,
          float         weight,
          float         entity_boost,
          GHashTable   *counts)
{
  g_autofree char *lower = NULL;
  gunichar first = g_utf8_get_char (word);
  gboolean has_letter = FALSE, all_caps = TRUE;
  gboolean entity;
  glong n_chars = g_utf8_strlen (word, len);
  const sb_symbol *stem;
  g_autofree char *key = NULL;
  guint id;

  for (const char *p = word; p < word + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        {
          has_letter = TRUE;
          if (!g_unichar_isupper (c))
            all_caps = FALSE;
        }
    }
  if (!has_letter)
    return;
  all_caps = all_caps && n_chars >= 2;
  if (n_chars < 3 && !all_caps)
    return;
  /* Abbreviations the party directory did not know ("U.S" of "U.S.-led")
   * are noise. */
  if (memchr (word, '.', len) != NULL)
    return;
  lower = g_utf8_strdown (word, len);
  if (g_hash_table_contains (self->stop, lower) || g_hash_table_contains (self->ignore, lower))
    return;

  entity = all_caps || (g_unichar_isupper (first) && !sentence_start);
  stem = sb_stemmer_stem (self->stemmer, (const sb_symbol *)lower, strlen (lower));
  if (stem == NULL)
    return;
  key = g_strndup ((const char *)stem, sb_stemmer_length (self->stemmer));
  id = intern (self, key, FALSE);
  /* A name written capitalised mid-sentence keeps its capital even when
   * it also starts sentences. */
  if (entity)
    add_surface (self, id, word, len, 2);
  else
    add_surface (self, id, lower, strlen (lower), 1);
  readout_terms_count_add (counts, id, entity ? weight * entity_boost : weight);
  {
    guint concept = GPOINTER_TO_UINT (g_hash_table_lookup (self->concepts, key));

    if (concept > 0)
      {
        readout_terms_count_add (counts, concept - 1, weight * CONCEPT_WEIGHT);
        ((Term *)g_ptr_array_index (self->terms, id))->issue = TRUE;
      }
  }
}

static void
add_words (ReadoutTerms *self,
           const char   *text,
           gsize         len,
           gboolean     *sentence_start,
           float         weight,
           float         entity_boost,
           GHashTable   *counts)
{
  const char *p = text, *end = text + len;

  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);
      const char *w, *part;

      if (!is_word_char (c))
        {
          if (c == '.' || c == '!' || c == '?')
            *sentence_start = TRUE;
          p = g_utf8_next_char (p);
          continue;
        }

      /* A word: letters and digits with inner apostrophes, hyphens and
       * dots ("it’s", "open-door", "U.S."). */
      w = p;
      while (p < end)
        {
          const char *next = g_utf8_next_char (p);
          gunichar d = g_utf8_get_char (p);

          if (is_word_char (d))
            p = next;
          else if ((d == '\'' || d == 0x2019 || d == '-' || d == '.') && next < end &&
                   is_word_char (g_utf8_get_char (next)))
            p = next;
          else
            break;
        }

      /* Possessives are the noun; hyphenated compounds are their parts. */
      {
        const char *wend = p;

        if (wend - w > 2 && (wend[-1] == 's' || wend[-1] == 'S') && wend[-2] == '\'')
          wend -= 2;
        else if (wend - w > 4 && wend[-1] == 's' && memcmp (wend - 4, "\xe2\x80\x99", 3) == 0)
          wend -= 4;
        part = w;
        for (const char *q = w; q <= wend; q++)
          if (q == wend || *q == '-')
            {
              if (q > part)
                add_word (self, part, q - part, *sentence_start && part == w,
                          weight, entity_boost, counts);
              part = q + 1;
            }
      }
      *sentence_start = FALSE;
    }
}

/* The word that ends before @end (past white space), as [*start, return). */
static gsize
word_before (const char *text,
             gsize       end,
             gsize      *start)
{
  while (end > 0 && g_ascii_isspace (text[end - 1]))
    end--;
  *start = end;
  while (*start > 0 && g_ascii_isalpha (text[*start - 1]))
    (*start)--;
  return end;
}

static gboolean
word_is_one_of (const char         *text,
                gsize               start,
                gsize               end,
                const char * const *words)
{
  for (guint k = 0; words[k] != NULL; k++)
    if (end - start == strlen (words[k]) && g_ascii_strncasecmp (text + start, words[k], end - start) == 0)
      return TRUE;
  return FALSE;
}

/* "talks in Geneva", "came to Vienna", "a visit to Beijing": a capital
 * that says where something happened, not the government speaking. As a
 * party term it would label a row with the host country. "a message to
 * Moscow" and "pressure from Washington" stay the government. */
static gboolean
is_venue (const char                *text,
          const ReadoutPartyMention *m)
{
  static const char * const at[] = { "in", "at", "near", "outside", NULL };
  static const char * const moves[] = {
    "come", "came", "coming", "go", "went", "going", "travel", "travelled", "traveled", "travelling",
    "traveling", "fly", "flew", "flying", "return", "returned", "returning", "trip", "visit", "journey", NULL
  };
  gsize start, end;

  if (m->kind != READOUT_PARTY_MENTION_CAPITAL || m->has_article)
    return FALSE;
  end = word_before (text, m->byte_start, &start);
  if (word_is_one_of (text, start, end, at))
    return TRUE;
  if (end - start != 2 || g_ascii_strncasecmp (text + start, "to", 2) != 0)
    return FALSE;
  end = word_before (text, start, &start);
  return word_is_one_of (text, start, end, moves);
}

void
readout_terms_add_text (ReadoutTerms *self,
                        const char   *text,
                        gsize         len,
                        float         weight,
                        float         entity_boost,
                        const char   *skip_party,
                        GHashTable   *counts)
{
  g_autofree char *copy = g_strndup (text, len);
  g_autoptr(GArray) parties = readout_party_directory_find_all (self->directory, copy);
  gboolean sentence_start = TRUE;
  gsize at = 0;

  for (guint i = 0; i < parties->len; i++)
    {
      const ReadoutPartyMention *m = &g_array_index (parties, ReadoutPartyMention, i);
      const char *id = readout_party_get_id (m->party);

      /* A venue stays a plain (capitalised) word of the text. */
      if (is_venue (copy, m))
        continue;
      add_words (self, copy + at, m->byte_start - at, &sentence_start, weight, entity_boost, counts);
      at = m->byte_end;
      sentence_start = FALSE;
      if (skip_party == NULL || strcmp (skip_party, id) != 0)
        {
          g_autofree char *key = g_strconcat ("@", id, NULL);
          guint term = intern (self, key, FALSE);
          /* "NATO" reads better than its full name; countries by name. */
          const char *name = readout_party_get_kind (m->party) == READOUT_PARTY_KIND_ORGANIZATION
                             ? id : readout_party_get_name (m->party);

          add_surface (self, term, name, strlen (name), 1);
          readout_terms_count_add (counts, term,
                                   g_hash_table_contains (self->sides, id) ? weight * SIDE_WEIGHT
                                                                           : weight * entity_boost);
          /* "NATO" is also a word of its concept. */
          {
            g_autofree char *lower = g_ascii_strdown (id, -1);
            guint concept = GPOINTER_TO_UINT (g_hash_table_lookup (self->concepts, lower));

            if (concept > 0)
              readout_terms_count_add (counts, concept - 1, weight * CONCEPT_WEIGHT);
          }
        }
    }
  add_words (self, copy + at, len - at, &sentence_start, weight, entity_boost, counts);
}

static gint
compare_weights (gconstpointer a,
                 gconstpointer b)
{
  const ReadoutTermWeight *x = a, *y = b;

  return x->id < y->id ? -1 : x->id > y->id;
}

GArray *
readout_terms_vector (GHashTable *counts)
{
  GArray *v = g_array_sized_new (FALSE, FALSE, sizeof (ReadoutTermWeight), g_hash_table_size (counts));
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      union { float f; guint32 u; } w;
      ReadoutTermWeight tw;

      w.u = GPOINTER_TO_UINT (value);
      tw.id = GPOINTER_TO_UINT (key);
      tw.weight = w.f;
      g_array_append_val (v, tw);
    }
  g_array_sort (v, compare_weights);
  return v;
}

guint
readout_terms_get_n_terms (ReadoutTerms *self)
{
  return self->terms->len;
}

const char *
readout_terms_get_surface (ReadoutTerms *self,
                           guint         id)
{
  Term *t;
  GHashTableIter iter;
  gpointer key, value;
  guint best = 0;

  g_return_val_if_fail (id < self->terms->len, NULL);

  t = g_ptr_array_index (self->terms, id);
  if (t->best != NULL)
    return t->best;
  /* Most frequent, then alphabetical, so that labels are deterministic. */
  g_hash_table_iter_init (&iter, t->surfaces);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (value) > best ||
        (GPOINTER_TO_UINT (value) == best && strcmp (key, t->best) < 0))
      {
        best = GPOINTER_TO_UINT (value);
        g_free (t->best);
        t->best = g_strdup (key);
      }
  return t->best != NULL ? t->best : t->key;
}

gboolean
readout_terms_is_synthetic (ReadoutTerms *self,
                            guint         id)
{
  Term *t = g_ptr_array_index (self->terms, id);

  return t->synthetic;
}

gboolean
readout_terms_is_side (ReadoutTerms *self,
                       guint         id)
{
  Term *t = g_ptr_array_index (self->terms, id);

  return t->key[0] == '@' && g_hash_table_contains (self->sides, t->key + 1);
}

gboolean
readout_terms_is_party (ReadoutTerms *self,
                        guint         id)
{
  Term *t = g_ptr_array_index (self->terms, id);

  return t->key[0] == '@';
}

gboolean
readout_terms_is_issue (ReadoutTerms *self,
                        guint         id)
{
  Term *t = g_ptr_array_index (self->terms, id);

  return t->issue;
}
