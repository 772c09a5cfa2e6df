/* readout-comparison-speakers.c — one speaker across documents
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "readout-comparison-private.h"

/* Romanisations of Russian and Ukrainian names differ mostly in their
 * endings: Sergei/Sergey, Dmitri/Dmitry/Dmitriy, Zelensky/Zelenskyy/
 * Zelenskiy, Yuri/Yuriy. Folding those endings (and accents) is enough for
 * news text; it never merges two different surnames of one document,
 * because each document's speakers are already distinct. */
static void
fold_word (GString *out,
           char    *word)
{
  gsize n = strlen (word);

  if (n > 3 && g_str_has_suffix (word, "yy"))
    word[--n] = '\0';
  if (n > 3 && (g_str_has_suffix (word, "iy") || g_str_has_suffix (word, "ii")))
    word[--n] = '\0';
  if (n > 3 && g_str_has_suffix (word, "ey"))
    word[n - 1] = 'i';
  else if (n > 3 && word[n - 1] == 'y' && !strchr ("aeiou", word[n - 2]))
    word[n - 1] = 'i';
  if (out->len > 0)
    g_string_append_c (out, ' ');
  g_string_append (out, word);
}

char *
_readout_comparison_name_key (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  g_autofree char *lower = g_ascii_strdown (ascii, -1);
  g_auto(GStrv) words = g_strsplit_set (lower, " \t-.", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      fold_word (out, words[i]);
  return g_string_free (out, FALSE);
}

typedef struct
{
  char           *name;      /* the fullest spelling seen */
  char           *role;      /* the first role seen */
  GPtrArray      *names;     /* every spelling, in order */
  GPtrArray      *sources;   /* the per-document speakers */
  char           *key;       /* full name key */
  char           *surname;   /* last word of the key */
  char           *given;     /* first word, or NULL for one-word names */
  ReadoutParty   *party;     /* nullable */
  ReadoutSpeakerKind kind;
} Entry;

static void
entry_clear (gpointer data)
{
  Entry *e = data;

  g_free (e->name);
  g_free (e->role);
  g_ptr_array_unref (e->names);
  g_ptr_array_unref (e->sources);
  g_free (e->key);
  g_free (e->surname);
  g_free (e->given);
}

static gboolean
same_person (const Entry *e,
             const char  *key,
             const char  *surname,
             const char  *given)
{
  if (g_str_equal (e->key, key))
    return TRUE;
  if (!g_str_equal (e->surname, surname))
    return FALSE;
  /* "Lavrov" and "Sergei Lavrov"; "S. Lavrov" by its initial. */
  if (e->given == NULL || given == NULL)
    return TRUE;
  return e->given[0] == given[0] && (strlen (e->given) == 1 || strlen (given) == 1);
}

void
_readout_comparison_merge_speakers (GListModel *analyses,
                                    GListStore *merged,
                                    GHashTable *map,
                                    GHashTable *variants)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  guint n_docs = g_list_model_get_n_items (analyses);

  g_array_set_clear_func (entries, entry_clear);

  for (guint d = 0; d < n_docs; d++)
    {
      g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (analyses, d);
      GListModel *speakers = readout_analysis_get_speakers (analysis);
      guint n = g_list_model_get_n_items (speakers);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(ReadoutSpeaker) speaker = g_list_model_get_item (speakers, i);
          const char *name = readout_speaker_get_name (speaker);
          ReadoutParty *party = readout_speaker_get_party (speaker);
          ReadoutSpeakerKind kind = readout_speaker_get_kind (speaker);
          g_autofree char *key = _readout_comparison_name_key (name);
          g_auto(GStrv) words = g_strsplit (key, " ", -1);
          guint n_words = g_strv_length (words);
          const char *surname = n_words > 0 ? words[n_words - 1] : "";
          const char *given = n_words > 1 ? words[0] : NULL;
          Entry *match = NULL;

          /* Anonymous sources are never merged: "a senior official" in two
           * articles need not be one person. */
          for (guint k = 0; kind != READOUT_SPEAKER_ANONYMOUS && k < entries->len && match == NULL; k++)
            {
              Entry *e = &g_array_index (entries, Entry, k);

              if (e->kind != kind || (e->party != NULL && party != NULL && e->party != party))
                continue;
              if (kind == READOUT_SPEAKER_PERSON ? same_person (e, key, surname, given)
                                                 : g_str_equal (e->key, key))
                match = e;
            }

          if (match == NULL)
            {
              Entry e = { 0 };

              e.name = g_strdup (name);
              e.names = g_ptr_array_new_with_free_func (g_free);
              e.sources = g_ptr_array_new ();
              e.key = g_strdup (key);
              e.surname = g_strdup (surname);
              e.given = g_strdup (given);
              e.kind = kind;
              g_array_append_val (entries, e);
              match = &g_array_index (entries, Entry, entries->len - 1);
            }
          else if (match->given == NULL && given != NULL)
            {
              /* The fuller name wins: "Lavrov" then "Sergei Lavrov". */
              g_free (match->given);
              match->given = g_strdup (given);
              g_free (match->key);
              match->key = g_strdup (key);
              g_free (match->name);
              match->name = g_strdup (name);
            }
          if (match->party == NULL)
            match->party = party;
          if (match->role == NULL)
            match->role = g_strdup (readout_speaker_get_role (speaker));
          if (!g_ptr_array_find_with_equal_func (match->names, name, g_str_equal, NULL))
            g_ptr_array_add (match->names, g_strdup (name));
          g_ptr_array_add (match->sources, speaker);
        }
    }

  for (guint k = 0; k < entries->len; k++)
    {
      Entry *e = &g_array_index (entries, Entry, k);
      g_autofree char *id = g_strdup_printf ("p%u", k + 1);
      ReadoutSpeaker *speaker = _readout_speaker_new (id, e->name, e->role, e->kind, e->party);

      g_list_store_append (merged, speaker);
      for (guint i = 0; i < e->sources->len; i++)
        g_hash_table_insert (map, e->sources->pdata[i], speaker);
      g_ptr_array_add (e->names, NULL);
      g_hash_table_insert (variants, speaker, g_steal_pointer (&e->names));
      e->names = g_ptr_array_new ();
      g_object_unref (speaker);
    }
}
