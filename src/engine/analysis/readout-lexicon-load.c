/* readout-lexicon-load.c — reading the vocabulary files
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Schema: docs/attribution-vocabulary.md. Every inflected form of every cue
 * is expanded here, so matching needs no morphology. Malformed data is
 * READOUT_ERROR_MALFORMED (JSON syntax errors included, wrapped so the
 * message names the file); a file that cannot be read keeps its
 * G_FILE_ERROR.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "readout-error.h"
#include "readout-lexicon-private.h"

#define WILDCARD        READOUT_LEXICON_WILDCARD
#define MAX_WORD_BYTES  READOUT_LEXICON_MAX_WORD_BYTES

#define FORM_MASK (READOUT_CUE_FORM_BASE | READOUT_CUE_FORM_THIRD | READOUT_CUE_FORM_PAST | \
                   READOUT_CUE_FORM_GERUND | READOUT_CUE_FORM_PLURAL)

static const char * const acts[] = {
  "statement", "demand", "reject", "threaten", "deny", "offer", "agree", "accuse",
  "appeal", "praise", "criticize", "promise", "warn", "concede", "ask", "intend", "believe",
};

static const char * const class_names[] = { "speech", "cognition", "stance", "according" };
static const char * const pos_names[] = { "verb", "noun", "phrase" };
static const char * const kind_names[] = {
  NULL, "title", "title_part", "honorific", "role_noun", "anonymous", "pronoun", "not_name",
};
static const char * const gender_names[] = { "unknown", "male", "female", "neuter" };

static gboolean
malformed (GError     **error,
           const char  *path,
           const char  *what,
           const char  *item)
{
  if (item != NULL)
    /* TRANSLATORS: the first %s is a data file, the second what is wrong
     * with it, the third the entry concerned. */
    g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                 _("The vocabulary file “%s” is malformed: %s (“%s”)"), path, what, item);
  else
    g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                 _("The vocabulary file “%s” is malformed: %s"), path, what);
  return FALSE;
}

static int
find_name (const char * const *names,
           guint                n_names,
           const char          *name)
{
  for (guint i = 0; i < n_names; i++)
    if (names[i] != NULL && g_strcmp0 (names[i], name) == 0)
      return i;
  return -1;
}

static JsonObject *
load_root (const char  *path,
           GBytes      *bytes,
           const char  *list_name,
           JsonArray  **list,
           JsonParser **parser_out,
           GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  JsonNode *root;
  JsonObject *object;
  JsonNode *node;

  if (bytes == NULL)
    {
      if (!g_file_get_contents (path, &contents, &length, error))
        return NULL;
    }
  else
    {
      contents = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      length = g_bytes_get_size (bytes);
    }

  if (!json_parser_load_from_data (parser, contents, length, &local_error))
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                   _("The vocabulary file “%s” is not valid JSON: %s"),
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
      || json_node_get_value_type (node) != G_TYPE_INT64
      || json_node_get_int (node) != 1)
    {
      malformed (error, path, _("“version” must be 1"), NULL);
      return NULL;
    }

  node = json_object_get_member (object, list_name);
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      malformed (error, path, _("the list is missing"), list_name);
      return NULL;
    }

  *list = json_node_get_array (node);
  *parser_out = g_steal_pointer (&parser);
  return object;
}

/* A string member, or NULL if absent; *bad set if present but not a string. */
static const char *
get_string (JsonObject *object,
            const char *name,
            gboolean   *bad)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      *bad = TRUE;
      return NULL;
    }
  return json_node_get_string (node);
}

static gboolean
get_bool (JsonObject *object,
          const char *name,
          gboolean   *bad)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      *bad = TRUE;
      return FALSE;
    }
  return json_node_get_boolean (node);
}

/* A string or an array of strings, as a NULL-terminated vector. */
static GStrv
get_strings (JsonNode *node)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      g_strv_builder_add (builder, json_node_get_string (node));
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *item = json_array_get_element (array, i);

          if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING)
            return NULL;
          g_strv_builder_add (builder, json_node_get_string (item));
        }
    }
  else
    {
      return NULL;
    }

  return g_strv_builder_end (builder);
}

static gboolean
only_known_members (JsonObject         *object,
                    const char * const *known)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (const GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (known, l->data))
      return FALSE;
  return TRUE;
}

/* Regular inflection of one ASCII word; see docs/attribution-vocabulary.md. */

static gboolean
is_vowel (char c)
{
  return strchr ("aeiou", c) != NULL;
}

static char *
inflect (const char      *word,
         ReadoutCueFlags  form,
         gboolean         doubled)
{
  gsize len = strlen (word);
  char last = len > 0 ? word[len - 1] : '\0';
  gboolean consonant_y = len >= 2 && last == 'y' && !is_vowel (word[len - 2]);

  switch (form)
    {
    case READOUT_CUE_FORM_THIRD:
    case READOUT_CUE_FORM_PLURAL:
      if (consonant_y)
        return g_strdup_printf ("%.*sies", (int)len - 1, word);
      if (strchr ("sxzo", last) != NULL || g_str_has_suffix (word, "ch") || g_str_has_suffix (word, "sh"))
        return g_strconcat (word, "es", NULL);
      return g_strconcat (word, "s", NULL);

    case READOUT_CUE_FORM_PAST:
      if (last == 'e')
        return g_strconcat (word, "d", NULL);
      if (consonant_y)
        return g_strdup_printf ("%.*sied", (int)len - 1, word);
      if (doubled)
        return g_strdup_printf ("%s%ced", word, last);
      return g_strconcat (word, "ed", NULL);

    case READOUT_CUE_FORM_GERUND:
      if (g_str_has_suffix (word, "ie"))
        return g_strdup_printf ("%.*sying", (int)len - 2, word);
      if (last == 'e' && len >= 2 && strchr ("eyo", word[len - 2]) == NULL)
        return g_strdup_printf ("%.*sing", (int)len - 1, word);
      if (doubled)
        return g_strdup_printf ("%s%cing", word, last);
      return g_strconcat (word, "ing", NULL);

    case READOUT_CUE_FORM_BASE:
    default:
      return g_strdup (word);
    }
}

static gboolean
valid_pattern (char **words)
{
  guint n = g_strv_length (words);

  if (n == 0 || g_str_equal (words[0], WILDCARD) || g_str_equal (words[n - 1], WILDCARD))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      if (*words[i] == '\0' || strlen (words[i]) >= MAX_WORD_BYTES)
        return FALSE;
      for (const char *p = words[i]; *p != '\0'; p++)
        if (g_ascii_isupper (*p) || g_ascii_isspace (*p))
          return FALSE;
    }
  return TRUE;
}

static void
add_form (ReadoutLexicon   *self,
          const ReadoutCue *cue,
          const char       *head,
          char            **rest)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) words = NULL;
  g_autofree char *text = NULL;
  ReadoutCueForm *form;
  GPtrArray *candidates;

  g_strv_builder_add (builder, head);
  g_strv_builder_addv (builder, (const char **)rest);
  words = g_strv_builder_end (builder);
  text = g_strjoinv (" ", words);

  /* The same words from two entries ("claims": verb and noun) keep the
   * first entry and gain the other's form bit. */
  form = g_hash_table_lookup (self->by_text, text);
  if (form != NULL)
    {
      form->cue.flags |= cue->flags & FORM_MASK;
      return;
    }

  form = g_new0 (ReadoutCueForm, 1);
  form->cue = *cue;
  form->n_words = g_strv_length (words);
  form->words = g_new0 (const char *, form->n_words + 1);
  for (guint i = 0; i < form->n_words; i++)
    form->words[i] = g_string_chunk_insert_const (self->strings, words[i]);
  g_ptr_array_add (self->forms, form);
  g_hash_table_insert (self->by_text, g_string_chunk_insert_const (self->strings, text), form);

  candidates = g_hash_table_lookup (self->by_first, form->words[0]);
  if (candidates == NULL)
    {
      candidates = g_ptr_array_new ();
      g_hash_table_insert (self->by_first, (gpointer)form->words[0], candidates);
    }
  g_ptr_array_add (candidates, form);
}

static gboolean
load_cue (ReadoutLexicon  *self,
          const char      *path,
          JsonObject      *entry,
          GHashTable      *seen,
          GError         **error)
{
  static const char * const known[] = {
    "lemma", "class", "pos", "act", "flags", "forms", "double", "patterns", "comment", NULL,
  };
  static const struct { const char *key; ReadoutCueFlags form; } form_keys[] = {
    { "base", READOUT_CUE_FORM_BASE },
    { "third", READOUT_CUE_FORM_THIRD },
    { "past", READOUT_CUE_FORM_PAST },
    { "gerund", READOUT_CUE_FORM_GERUND },
    { "plural", READOUT_CUE_FORM_PLURAL },
  };
  gboolean bad = FALSE;
  const char *lemma = get_string (entry, "lemma", &bad);
  const char *class_name = get_string (entry, "class", &bad);
  const char *pos_name = get_string (entry, "pos", &bad);
  const char *act = get_string (entry, "act", &bad);
  gboolean doubled = get_bool (entry, "double", &bad);
  JsonObject *forms = NULL;
  JsonNode *node;
  g_auto(GStrv) lemma_words = NULL;
  g_autoptr(GPtrArray) patterns = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *seen_key = NULL;
  ReadoutCue cue = { 0 };
  int class_index, pos_index, act_index;
  guint entry_flags = 0;

  if (lemma == NULL || bad)
    return malformed (error, path, _("a cue without a “lemma” string"), lemma);
  if (!only_known_members (entry, known))
    return malformed (error, path, _("unknown member in cue"), lemma);

  class_index = class_name != NULL ? find_name (class_names, G_N_ELEMENTS (class_names), class_name) : -1;
  pos_index = pos_name != NULL ? find_name (pos_names, G_N_ELEMENTS (pos_names), pos_name) : -1;
  act_index = act != NULL ? find_name (acts, G_N_ELEMENTS (acts), act) : -1;
  if (class_index < 0)
    return malformed (error, path, _("unknown or missing “class”"), lemma);
  if (pos_index < 0)
    return malformed (error, path, _("unknown or missing “pos”"), lemma);
  if (act_index < 0)
    return malformed (error, path, _("unknown or missing “act”"), lemma);

  seen_key = g_strconcat (pos_name, ":", lemma, NULL);
  if (g_hash_table_contains (seen, seen_key))
    return malformed (error, path, _("the same lemma and pos twice"), lemma);
  g_hash_table_add (seen, g_steal_pointer (&seen_key));

  if ((node = json_object_get_member (entry, "flags")) != NULL)
    {
      g_auto(GStrv) names = get_strings (node);

      if (names == NULL)
        return malformed (error, path, _("“flags” is not a list of strings"), lemma);
      for (guint i = 0; names[i] != NULL; i++)
        {
          if (g_str_equal (names[i], "needs-complement"))
            entry_flags |= READOUT_CUE_NEEDS_COMPLEMENT;
          else if (g_str_equal (names[i], "inverts"))
            entry_flags |= READOUT_CUE_INVERTS;
          else if (g_str_equal (names[i], "takes-object"))
            entry_flags |= READOUT_CUE_TAKES_OBJECT;
          else if (g_str_equal (names[i], "impersonal"))
            entry_flags |= READOUT_CUE_IMPERSONAL;
          else
            return malformed (error, path, _("unknown flag"), names[i]);
        }
    }

  lemma_words = g_strsplit (lemma, " ", -1);
  if (!valid_pattern (lemma_words))
    return malformed (error, path, _("the lemma is not lower-case words"), lemma);

  if ((node = json_object_get_member (entry, "patterns")) != NULL)
    {
      g_auto(GStrv) list = get_strings (node);

      if (list == NULL || list[0] == NULL)
        return malformed (error, path, _("“patterns” is not a list of strings"), lemma);
      for (guint i = 0; list[i] != NULL; i++)
        g_ptr_array_add (patterns, g_strdup (list[i]));
    }
  else
    {
      g_ptr_array_add (patterns, g_strdup (lemma));
    }

  if ((node = json_object_get_member (entry, "forms")) != NULL)
    {
      if (!JSON_NODE_HOLDS_OBJECT (node) || pos_index == READOUT_CUE_POS_PHRASE)
        return malformed (error, path, _("“forms” must be an object, and phrases have none"), lemma);
      forms = json_node_get_object (node);
    }

  /* Interned: statements hold it as their cue lemma. */
  cue.lemma = g_intern_string (lemma);
  cue.act = acts[act_index];
  cue.cue_class = class_index;
  cue.pos = pos_index;

  for (guint p = 0; p < patterns->len; p++)
    {
      g_auto(GStrv) words = g_strsplit (g_ptr_array_index (patterns, p), " ", -1);

      if (!valid_pattern (words) || !g_str_equal (words[0], lemma_words[0]))
        return malformed (error, path, _("a pattern must be lower-case words starting with the lemma's first word"),
                          g_ptr_array_index (patterns, p));

      for (guint f = 0; f < G_N_ELEMENTS (form_keys); f++)
        {
          ReadoutCueFlags form = form_keys[f].form;
          g_auto(GStrv) heads = NULL;

          if (pos_index == READOUT_CUE_POS_PHRASE && form != READOUT_CUE_FORM_BASE)
            continue;
          if (pos_index == READOUT_CUE_POS_VERB && form == READOUT_CUE_FORM_PLURAL)
            continue;
          if (pos_index == READOUT_CUE_POS_NOUN && form != READOUT_CUE_FORM_BASE
              && form != READOUT_CUE_FORM_PLURAL)
            continue;

          if (forms != NULL && (node = json_object_get_member (forms, form_keys[f].key)) != NULL)
            {
              heads = get_strings (node);
              if (heads == NULL || heads[0] == NULL)
                return malformed (error, path, _("a form is not a string or list of strings"), lemma);
            }
          else
            {
              heads = g_new0 (char *, 2);
              heads[0] = inflect (words[0], form, doubled);
            }

          cue.flags = form | (entry_flags & ~(guint)READOUT_CUE_INVERTS);
          /* "…," said Sherman / says Sherman; never "…," saying Sherman. */
          if (form == READOUT_CUE_FORM_THIRD || form == READOUT_CUE_FORM_PAST)
            cue.flags |= entry_flags & READOUT_CUE_INVERTS;

          for (guint h = 0; heads[h] != NULL; h++)
            {
              g_auto(GStrv) check = g_strsplit (heads[h], " ", -1);

              if (!valid_pattern (check) || g_strv_length (check) != 1)
                return malformed (error, path, _("a form must be one lower-case word"), heads[h]);
              add_form (self, &cue, heads[h], words + 1);
            }
        }
    }

  if (forms != NULL)
    {
      static const char * const form_names[] = { "base", "third", "past", "gerund", "plural", NULL };

      if (!only_known_members (forms, form_names))
        return malformed (error, path, _("unknown member in “forms”"), lemma);
    }

  self->n_cues++;
  return TRUE;
}

gboolean
_readout_lexicon_load_cues (ReadoutLexicon  *self,
           const char      *path,
           GBytes          *bytes,
           GError         **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *cues = NULL;

  if (load_root (path, bytes, "cues", &cues, &parser, error) == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (cues); i++)
    {
      JsonNode *node = json_array_get_element (cues, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return malformed (error, path, _("a cue is not an object"), NULL);
      if (!load_cue (self, path, json_node_get_object (node), seen, error))
        return FALSE;
    }

  if (self->n_cues == 0)
    return malformed (error, path, _("no cues"), NULL);

  return TRUE;
}

static gboolean
load_word (ReadoutLexicon        *self,
           const char            *path,
           JsonNode              *node,
           const ReadoutWordInfo *group)
{
  static const char * const known[] = { "word", "canonical", "gender", "plural", "subject", NULL };
  g_autofree ReadoutWordInfo *info = g_new (ReadoutWordInfo, 1);
  const char *word;
  char *key;

  *info = *group;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      word = json_node_get_string (node);
      info->canonical = NULL;
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      gboolean bad = FALSE;
      const char *gender;

      word = get_string (object, "word", &bad);
      info->canonical = get_string (object, "canonical", &bad);
      gender = get_string (object, "gender", &bad);
      if (json_object_has_member (object, "plural"))
        info->plural = get_bool (object, "plural", &bad);
      if (json_object_has_member (object, "subject"))
        info->subject = get_bool (object, "subject", &bad);
      if (gender != NULL)
        {
          int g = find_name (gender_names, G_N_ELEMENTS (gender_names), gender);

          if (g < 0)
            return FALSE;
          info->gender = g;
        }
      if (word == NULL || bad || !only_known_members (object, known))
        return FALSE;
    }
  else
    {
      return FALSE;
    }

  if (*word == '\0' || strlen (word) >= MAX_WORD_BYTES || strchr (word, ' ') != NULL)
    return FALSE;

  key = g_ascii_strdown (word, -1);
  if (g_hash_table_contains (self->words, key))
    {
      g_free (key);
      return FALSE;
    }

  info->canonical = g_string_chunk_insert_const (self->strings,
                                                 info->canonical != NULL ? info->canonical : word);
  g_hash_table_insert (self->words, g_string_chunk_insert_const (self->strings, key),
                       g_steal_pointer (&info));
  g_free (key);
  return TRUE;
}

gboolean
_readout_lexicon_load_words (ReadoutLexicon  *self,
            const char      *path,
            GBytes          *bytes,
            GError         **error)
{
  static const char * const known[] = {
    "kind", "gender", "plural", "subject", "words", "comment", NULL,
  };
  g_autoptr(JsonParser) parser = NULL;
  JsonArray *groups = NULL;

  if (load_root (path, bytes, "groups", &groups, &parser, error) == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (groups); i++)
    {
      JsonNode *node = json_array_get_element (groups, i);
      ReadoutWordInfo group = { 0 };
      JsonObject *object;
      JsonArray *words;
      const char *kind, *gender;
      gboolean bad = FALSE;
      int k, g = READOUT_GENDER_UNKNOWN;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return malformed (error, path, _("a group is not an object"), NULL);
      object = json_node_get_object (node);

      kind = get_string (object, "kind", &bad);
      gender = get_string (object, "gender", &bad);
      group.plural = get_bool (object, "plural", &bad);
      group.subject = get_bool (object, "subject", &bad);
      k = kind != NULL ? find_name (kind_names, G_N_ELEMENTS (kind_names), kind) : -1;
      if (gender != NULL)
        g = find_name (gender_names, G_N_ELEMENTS (gender_names), gender);
      if (bad || k <= 0 || g < 0 || !only_known_members (object, known))
        return malformed (error, path, _("a group needs a known “kind” and valid attributes"), kind);

      node = json_object_get_member (object, "words");
      if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
        return malformed (error, path, _("a group without a “words” list"), kind);

      group.kind = k;
      group.gender = g;
      words = json_node_get_array (node);
      for (guint w = 0; w < json_array_get_length (words); w++)
        {
          JsonNode *item = json_array_get_element (words, w);

          if (!load_word (self, path, item, &group))
            {
              const char *text = JSON_NODE_HOLDS_VALUE (item) ? json_node_get_string (item) : NULL;

              return malformed (error, path, _("a bad or repeated word"), text);
            }
        }
    }

  if (g_hash_table_size (self->words) == 0)
    return malformed (error, path, _("no words"), NULL);

  return TRUE;
}
