/* readout-mentions.c — who could be a source: names, parties, pronouns, roles
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Without a parser or a tagger, a noun phrase that can say something is
 * found from its shape: a run of capitalised words that are not known
 * vocabulary (a name), the title chain in front of it ("Russian Deputy
 * Foreign Minister"), an apposition after it (", president of the European
 * Commission,"), a role noun with its determiner ("the spokeswoman",
 * "a Japanese official who asked not to be named"), a party or institution
 * from the party directory, or a pronoun. See docs/attribution.md.
 */

#include "config.h"

#include <string.h>

#include "readout-mentions.h"

#define MAX_NAME_TOKENS  5
#define MAX_CHAIN_TOKENS 8
#define MAX_APPOSITION   14
#define MAX_POSTMODIFIER 10

typedef struct
{
  const ReadoutTokens    *tokens;
  ReadoutLexicon         *lexicon;
  const ReadoutWordInfo **info;        /* per token, nullable */
  gint                   *party;       /* per token: index into pmentions of the mention covering it, or -1 */
  GArray                 *pmentions;   /* ReadoutPartyMention */
  guint                  *pm_first;    /* per party mention: first/last token */
  guint                  *pm_last;
  GHashTable             *lowercase;   /* words seen in lower case: "negotiations" */
  GArray                 *keys;        /* the Key structs the table points to */
  guchar                 *used;        /* per token: already inside a mention */
  ReadoutMentions        *out;
  guint                   n;
} Finder;

static inline const ReadoutToken *
tok (const Finder *f,
     guint         i)
{
  return &g_array_index (f->tokens->tokens, ReadoutToken, i);
}

static inline gboolean
is_word (const Finder *f,
         guint         i)
{
  return i < f->n && tok (f, i)->kind == READOUT_TOKEN_WORD;
}

static inline gboolean
is_text (const Finder *f,
         guint         i,
         const char   *word)
{
  return i < f->n && readout_tokens_is (f->tokens, i, word);
}

static inline gboolean
in_quote (const Finder *f,
          guint         i)
{
  const ReadoutToken *t = tok (f, i);

  return (t->flags & READOUT_TOKEN_IN_QUOTE) != 0 || t->kind == READOUT_TOKEN_QUOTE;
}

static inline ReadoutWordKind
word_kind (const Finder *f,
           guint         i)
{
  return i < f->n && f->info[i] != NULL ? f->info[i]->kind : READOUT_WORD_NONE;
}

static inline gboolean
same_sentence (const Finder *f,
               guint         a,
               guint         b)
{
  return a < f->n && b < f->n && tok (f, a)->sentence == tok (f, b)->sentence;
}

/* Byte-string keys into the lowercase copy of the text, for the set of
 * words seen in lower case. */
typedef struct { const char *p; gsize len; } Key;

static guint
key_hash (gconstpointer v)
{
  const Key *k = v;
  guint h = 5381;

  for (gsize i = 0; i < k->len; i++)
    h = h * 33 + (guchar) k->p[i];
  return h;
}

static gboolean
key_equal (gconstpointer a,
           gconstpointer b)
{
  const Key *x = a, *y = b;

  return x->len == y->len && memcmp (x->p, y->p, x->len) == 0;
}

static void
collect_lowercase (Finder *f)
{
  f->lowercase = g_hash_table_new (key_hash, key_equal);
  f->keys = g_array_new (FALSE, FALSE, sizeof (Key));

  for (guint i = 0; i < f->n; i++)
    {
      const ReadoutToken *t = tok (f, i);
      Key k;

      if (t->kind != READOUT_TOKEN_WORD || (t->flags & READOUT_TOKEN_CAPITALIZED))
        continue;
      k.p = readout_tokens_lower (f->tokens, i, &k.len);
      /* Keys live in one array, not one allocation each; the table only
       * points into it. */
      g_array_append_val (f->keys, k);
    }
  for (guint i = 0; i < f->keys->len; i++)
    g_hash_table_add (f->lowercase, &g_array_index (f->keys, Key, i));
}

static gboolean
seen_lowercase (const Finder *f,
                guint         i)
{
  Key k;

  k.p = readout_tokens_lower (f->tokens, i, &k.len);
  return g_hash_table_contains (f->lowercase, &k);
}

static gboolean
is_particle (const Finder *f,
             guint         i)
{
  static const char * const particles[] = {
    "von", "van", "der", "den", "de", "da", "di", "du", "dos", "das", "del",
    "la", "le", "bin", "ibn", "al", "el", "ben", "ter", "ten", NULL
  };

  for (guint k = 0; particles[k]; k++)
    if (is_text (f, i, particles[k]))
      return TRUE;
  return FALSE;
}

/* A capitalised word that may be part of a person's name. */
static gboolean
is_name_word (const Finder *f,
              guint         i)
{
  const ReadoutToken *t;

  if (!is_word (f, i) || in_quote (f, i) || f->party[i] >= 0 || f->used[i])
    return FALSE;
  t = tok (f, i);
  if ((t->flags & READOUT_TOKEN_CAPITALIZED) == 0)
    return FALSE;
  /* Transcript labels and acronyms (MR. PRICE, NATO) are not names here. */
  if ((t->flags & READOUT_TOKEN_ALL_CAPS) && t->end - t->start > 2)
    return FALSE;
  if (word_kind (f, i) != READOUT_WORD_NONE)
    return FALSE;
  /* "Negotiations now shift…": a capital only because the sentence starts. */
  if ((t->flags & READOUT_TOKEN_SENTENCE_START) && seen_lowercase (f, i))
    return FALSE;
  if (i > 0 && tok (f, i - 1)->kind == READOUT_TOKEN_QUOTE &&
      (tok (f, i - 1)->flags & READOUT_TOKEN_SENTENCE_START) && seen_lowercase (f, i))
    return FALSE;
  return TRUE;
}

/* Capitalised words that make a name a place, not a person. */
static gboolean
is_place_word (const Finder *f,
               guint         i)
{
  static const char * const words[] = {
    "lake", "sea", "river", "mount", "mountains", "gulf", "bay", "strait", "island", "islands",
    "ocean", "valley", "desert", "pass", "shoal", "canal", "plant", "dam", "province", "region",
    "city", "county", "street", "square", "airport", "harbour", "harbor",
    "peninsula", "coast", "basin", "hotel", "palace", "university", "hospital", "border",
    NULL
  };

  for (guint k = 0; words[k]; k++)
    if (is_text (f, i, words[k]))
      return TRUE;
  return FALSE;
}

static void
append_word (GString      *s,
             const Finder *f,
             guint         i)
{
  const ReadoutToken *t = tok (f, i);

  if (s->len > 0)
    g_string_append_c (s, ' ');
  g_string_append_len (s, f->tokens->text + t->byte_start, t->byte_end - t->byte_start);
}

static ReadoutParty *
party_of (const Finder *f,
          guint         i)
{
  if (i >= f->n || f->party[i] < 0)
    return NULL;
  return g_array_index (f->pmentions, ReadoutPartyMention, f->party[i]).party;
}

static ReadoutPartyMentionKind
party_kind_of (const Finder *f,
               guint         i)
{
  return g_array_index (f->pmentions, ReadoutPartyMention, f->party[i]).kind;
}

static gboolean
is_determiner (const Finder *f,
               guint         i)
{
  static const char * const dets[] = {
    "a", "an", "the", "one", "two", "three", "four", "several", "some", "many",
    "other", "another", "its", "his", "her", "their", "two", "senior", "top", NULL
  };

  for (guint k = 0; dets[k]; k++)
    if (is_text (f, i, dets[k]))
      return TRUE;
  return FALSE;
}

/* Words a noun phrase never extends over. */
static gboolean
is_function_word (const Finder *f,
                  guint         i)
{
  static const char * const words[] = {
    "has", "have", "had", "is", "was", "are", "were", "be", "been", "will", "would",
    "to", "and", "or", "but", "that", "with", "by", "for", "of", "in", "on", "at",
    "as", "from", "than", "said", "says", "told", "not", "also", NULL
  };
  guint n_cue = 0;

  for (guint k = 0; words[k]; k++)
    if (is_text (f, i, words[k]))
      return TRUE;
  return readout_lexicon_match_cue (f->lexicon, f->tokens, i, &n_cue) != NULL;
}

static guint
add_mention (Finder         *f,
             ReadoutMention *m)
{
  guint index = f->out->mentions->len;

  m->entity = -1;
  g_array_append_val (f->out->mentions, *m);
  for (guint i = m->first; i < m->last; i++)
    f->used[i] = 1;
  return index;
}

/* Title words in front of a name: "U.S. Deputy Secretary of State",
 * "Germany’s foreign minister", "Mr.". Returns the first token of the
 * chain and fills @role, @party and @gender. */
static guint
title_chain (Finder        *f,
             guint          name_first,
             GString       *role,
             ReadoutParty **party,
             ReadoutGender *gender)
{
  guint first = name_first;
  guint role_first = name_first;
  guint steps = 0;

  while (first > 0 && steps++ < MAX_CHAIN_TOKENS)
    {
      guint i = first - 1;
      ReadoutWordKind kind = word_kind (f, i);

      if (!same_sentence (f, i, name_first) || in_quote (f, i) || f->used[i])
        break;
      if (kind == READOUT_WORD_TITLE || kind == READOUT_WORD_TITLE_PART ||
          kind == READOUT_WORD_ROLE_NOUN)
        {
          /* "of"/"the" only count inside a chain: "Secretary of State". */
          if (f->info[i]->kind == READOUT_WORD_TITLE_PART && i > 0 &&
              (is_text (f, i, "of") || is_text (f, i, "the") || is_text (f, i, "for")) &&
              word_kind (f, i - 1) != READOUT_WORD_TITLE && word_kind (f, i - 1) != READOUT_WORD_TITLE_PART)
            break;
          first = i;
          role_first = i;
        }
      else if (kind == READOUT_WORD_NONE && is_word (f, i) && (tok (f, i)->flags & READOUT_TOKEN_CAPITALIZED) &&
               f->party[i] < 0 && role_first == i + 1 && i + 1 < name_first &&
               (word_kind (f, i + 1) == READOUT_WORD_TITLE || word_kind (f, i + 1) == READOUT_WORD_TITLE_PART) &&
               !(tok (f, i)->flags & READOUT_TOKEN_SENTENCE_START))
        {
          /* "Water Minister", "Trade Secretary": a portfolio. */
          first = i;
          role_first = i;
        }
      else if (kind == READOUT_WORD_HONORIFIC)
        {
          if (*gender == READOUT_GENDER_UNKNOWN)
            *gender = f->info[i]->gender;
          first = i;
        }
      else if (f->party[i] >= 0 && party_kind_of (f, i) != READOUT_PARTY_MENTION_CAPITAL)
        {
          if (*party == NULL)
            *party = party_of (f, i);
          /* "NATO Secretary General": the official's words are the role. */
          if (party_kind_of (f, i) == READOUT_PARTY_MENTION_OFFICIAL)
            role_first = MIN (role_first, f->pm_first[f->party[i]]);
          first = MIN (i, f->pm_first[f->party[i]]);
        }
      else
        break;
    }

  /* A chain of only "of"/"the" parts is no title. */
  while (first < name_first && (is_text (f, first, "of") || is_text (f, first, "for")))
    first++;
  if (role_first < name_first)
    {
      guint end = name_first;

      while (role_first < end && (is_text (f, role_first, "the") || is_text (f, role_first, "of")))
        role_first++;
      for (guint i = role_first; i < end; i++)
        {
          if (word_kind (f, i) == READOUT_WORD_HONORIFIC || (tok (f, i)->flags & READOUT_TOKEN_POSSESSIVE) ||
              (f->party[i] >= 0 && (party_kind_of (f, i) != READOUT_PARTY_MENTION_OFFICIAL ||
                                    (tok (f, i)->flags & READOUT_TOKEN_ALL_CAPS) || is_text (f, i, "the"))))
            continue;
          if (f->info[i] && f->info[i]->gender != READOUT_GENDER_UNKNOWN && *gender == READOUT_GENDER_UNKNOWN)
            *gender = f->info[i]->gender;
          append_word (role, f, i);
        }
    }
  return first;
}

static gboolean
has_title_left (Finder *f,
                guint   i)
{
  return i > 0 && (word_kind (f, i - 1) == READOUT_WORD_TITLE || word_kind (f, i - 1) == READOUT_WORD_ROLE_NOUN);
}

/* The role noun phrase in front of a name, between commas: "Japan’s
 * defence minister, Hiroshi Tanaka,", "Chile’s mining minister, Andrea
 * Soto,", "Qatar’s minister of state, Mariam Al-Kuwari,". Returns the
 * mention's first token, @name_first when there is no role. */
static guint
role_before_name (Finder        *f,
                  guint          name_first,
                  GString       *role,
                  ReadoutParty **party,
                  ReadoutGender *gender)
{
  guint comma = name_first - 1;
  guint k = comma;
  gboolean has_title = FALSE;

  while (k > 0 && comma - k < 6)
    {
      guint i = k - 1;
      ReadoutWordKind kind = word_kind (f, i);

      if (!same_sentence (f, i, comma) || in_quote (f, i) || f->used[i] || !is_word (f, i))
        break;
      if (f->party[i] >= 0 || is_determiner (f, i))
        {
          guint start = f->party[i] >= 0 ? MIN (i, f->pm_first[f->party[i]]) : i;
          guint before = start;

          if (before > 0 && f->party[i] >= 0 && is_text (f, before - 1, "the"))
            before--;
          /* "envoy to the OSCE", "ambassador at the UN": a complement,
           * not the person's party. */
          if (before > 0 && (is_text (f, before - 1, "to") || is_text (f, before - 1, "at") ||
                             is_text (f, before - 1, "of") || is_text (f, before - 1, "in")) &&
              has_title_left (f, before - 1))
            {
              k = before - 1;
              continue;
            }
          if (f->party[i] >= 0 && *party == NULL)
            *party = party_of (f, i);
          k = start;
          break;
        }
      if (kind == READOUT_WORD_TITLE || kind == READOUT_WORD_ROLE_NOUN)
        has_title = TRUE;
      else if (kind != READOUT_WORD_TITLE_PART &&
               ((tok (f, i)->flags & READOUT_TOKEN_CAPITALIZED) || kind != READOUT_WORD_NONE ||
                is_function_word (f, i)))
        break;
      k = i;
    }
  if (!has_title || k >= comma)
    return name_first;
  for (guint i = k; i < comma; i++)
    {
      if (f->party[i] >= 0 || is_determiner (f, i))
        continue;
      if (f->info[i] && f->info[i]->gender != READOUT_GENDER_UNKNOWN &&
          f->info[i]->gender != READOUT_GENDER_NEUTER && *gender == READOUT_GENDER_UNKNOWN)
        *gender = f->info[i]->gender;
      append_word (role, f, i);
    }
  if (k > 0 && is_text (f, k - 1, "the") && same_sentence (f, k - 1, comma) && !f->used[k - 1])
    k--;
  return k;
}

/* ", president of the European Commission," after a name, or the role
 * noun phrase of "A department spokesman, Thomas Reilly,". Returns the
 * last token (exclusive) of the apposition, or @start when there is none. */
static guint
scan_role_phrase (Finder        *f,
                  guint          start,
                  GString       *role,
                  ReadoutParty **party,
                  ReadoutGender *gender)
{
  gboolean has_role = FALSE;
  guint i = start;
  guint role_start = start;

  while (i < f->n && is_determiner (f, i) && i - start < 2)
    i++;
  role_start = i;
  for (; i < f->n && i - start < MAX_APPOSITION; i++)
    {
      const ReadoutToken *t = tok (f, i);
      ReadoutWordKind kind = word_kind (f, i);

      if (!same_sentence (f, i, start) || in_quote (f, i))
        break;
      if (t->kind == READOUT_TOKEN_PUNCT)
        break;
      if (t->kind == READOUT_TOKEN_WORD && kind == READOUT_WORD_NONE && f->party[i] < 0 &&
          (t->flags & READOUT_TOKEN_CAPITALIZED) == 0 && !has_role && i - role_start > 3)
        return start;
      /* "Fontes, the government will…" is no apposition. */
      if (t->kind == READOUT_TOKEN_WORD && is_function_word (f, i) && !is_text (f, i, "of") &&
          !is_text (f, i, "for") && !is_text (f, i, "at") && !is_text (f, i, "and") &&
          !is_text (f, i, "to") && !is_text (f, i, "in") && !is_text (f, i, "on") && !is_text (f, i, "with"))
        return start;
      if (kind == READOUT_WORD_TITLE ||
          (kind == READOUT_WORD_ROLE_NOUN && f->info[i]->gender != READOUT_GENDER_NEUTER))
        {
          has_role = TRUE;
          if (f->info[i]->gender != READOUT_GENDER_UNKNOWN && *gender == READOUT_GENDER_UNKNOWN)
            *gender = f->info[i]->gender;
        }
      if (kind == READOUT_WORD_PRONOUN)
        return start;
      if (f->party[i] >= 0 && *party == NULL)
        *party = party_of (f, i);
    }
  if (!has_role || i == role_start)
    return start;
  for (guint k = role_start; k < i; k++)
    append_word (role, f, k);
  return i;
}

static void
find_people (Finder *f)
{
  for (guint i = 0; i < f->n; i++)
    {
      g_autoptr(GString) role = NULL;
      ReadoutMention m = { 0 };
      ReadoutParty *party = NULL;
      ReadoutGender gender = READOUT_GENDER_UNKNOWN;
      guint a = i, b = i;

      if (!is_name_word (f, i))
        continue;

      /* The name: capitalised words with particles between them. */
      while (b < f->n && b - a < MAX_NAME_TOKENS)
        {
          if (is_name_word (f, b) && same_sentence (f, a, b))
            {
              b++;
              if (tok (f, b - 1)->flags & READOUT_TOKEN_POSSESSIVE)
                break;
              continue;
            }
          if (b > a && is_particle (f, b) && is_name_word (f, b + 1) && same_sentence (f, a, b + 1))
            {
              b++;
              continue;
            }
          break;
        }
      if (b == a)
        continue;
      /* "a Southeast Asian diplomat", "the Tibetan spiritual leader",
       * "Western officials": adjectives of a role noun. */
      if (!(tok (f, b - 1)->flags & READOUT_TOKEN_POSSESSIVE))
        {
          gboolean adjective = FALSE;

          for (guint k = b; k < f->n && k < b + 3 && same_sentence (f, a, k) && is_word (f, k) &&
               !(tok (f, k)->flags & READOUT_TOKEN_CAPITALIZED) && !is_function_word (f, k); k++)
            if (word_kind (f, k) == READOUT_WORD_ROLE_NOUN || word_kind (f, k) == READOUT_WORD_ANONYMOUS ||
                word_kind (f, k) == READOUT_WORD_TITLE)
              {
                adjective = TRUE;
                break;
              }
          if (adjective)
            {
              i = b - 1;
              continue;
            }
        }
      /* "Fisheries Minister", "External Affairs Minister": a portfolio,
       * which the title chain of the name after it takes. */
      if (b < f->n && same_sentence (f, a, b) && (tok (f, b)->flags & READOUT_TOKEN_CAPITALIZED) &&
          (word_kind (f, b) == READOUT_WORD_TITLE || word_kind (f, b) == READOUT_WORD_TITLE_PART ||
           word_kind (f, b) == READOUT_WORD_ROLE_NOUN) &&
          !(tok (f, b - 1)->flags & READOUT_TOKEN_POSSESSIVE))
        {
          i = b - 1;
          continue;
        }
      {
        gboolean place = FALSE;

        for (guint k = a; k < b; k++)
          place |= is_place_word (f, k);
        if (place)
          {
            i = b - 1;
            continue;
          }
      }

      role = g_string_new (NULL);
      m.name_first = a;
      m.name_last = b;
      m.first = title_chain (f, a, role, &party, &gender);
      /* The role in front, between commas: "Japan’s defence minister,
       * Hiroshi Tanaka, said". */
      /* "The EU’s foreign policy chief, Josep Navarro,": an official from
       * the party directory in front. */
      if (m.first == a && a >= 2 && is_text (f, a - 1, ",") && f->party[a - 2] >= 0 &&
          party_kind_of (f, a - 2) == READOUT_PARTY_MENTION_OFFICIAL && !f->used[a - 2])
        {
          guint p = f->party[a - 2];
          guint first = f->pm_first[p];

          party = party_of (f, a - 2);
          for (guint k = first; k < a - 1; k++)
            if (!is_text (f, k, "the") && tok (f, k)->start >= g_array_index (f->pmentions, ReadoutPartyMention, p).start &&
                !(tok (f, k)->flags & READOUT_TOKEN_POSSESSIVE) && !(tok (f, k)->flags & READOUT_TOKEN_ALL_CAPS))
              append_word (role, f, k);
          if (first > 0 && is_text (f, first - 1, "the"))
            first--;
          m.first = first;
        }
      if (m.first == a && a >= 2 && is_text (f, a - 1, ",") &&
          (is_text (f, b, ",") || b >= f->n || !same_sentence (f, a, b)))
        m.first = role_before_name (f, a, role, &party, &gender);
      m.last = b;
      m.possessive = (tok (f, b - 1)->flags & READOUT_TOKEN_POSSESSIVE) != 0;

      /* Apposition after the name: "Lukas Brandt, Germany’s foreign minister,". */
      if (!m.possessive && role->len == 0 && is_text (f, b, ","))
        {
          guint end = scan_role_phrase (f, b + 1, role, &party, &gender);

          if (end > b + 1)
            m.last = end;
        }

      m.kind = READOUT_MENTION_PERSON;
      m.gender = gender;
      m.party = party;
      m.role = role->len > 0 ? g_strdup (role->str) : NULL;
      add_mention (f, &m);
      i = m.last - 1;
    }
}

/* Post-modifiers that make a noun phrase an anonymous source. */
static guint
anonymous_tail (Finder *f,
                guint   i)
{
  static const char * const starts[] = {
    "familiar", "who", "close", "briefed", "with", "speaking", "involved", "knowledgeable", NULL
  };
  gboolean ok = FALSE;
  guint k;

  for (k = 0; starts[k]; k++)
    if (is_text (f, i, starts[k]))
      ok = TRUE;
  if (!ok)
    return i;
  for (k = i; k < f->n && k - i < MAX_POSTMODIFIER + 4 && same_sentence (f, i, k); k++)
    {
      guint n_cue = 0;

      if (tok (f, k)->kind != READOUT_TOKEN_WORD && tok (f, k)->kind != READOUT_TOKEN_NUMBER)
        break;
      if (k > i + 1 && readout_lexicon_match_cue (f->lexicon, f->tokens, k, &n_cue) != NULL &&
          !is_text (f, k, "talks"))
        {
          /* "who asked not to be named said": the tail ends after "named". */
          if (is_text (f, i, "who") &&
              (k < i + 3 || is_text (f, k - 1, "be") || is_text (f, k - 1, "to") || is_text (f, k - 1, "not")))
            continue;
          break;
        }
    }
  return k;
}

static void
find_roles (Finder *f)
{
  for (guint h = 0; h < f->n; h++)
    {
      g_autoptr(GString) role = NULL;
      ReadoutMention m = { 0 };
      ReadoutWordKind kind = word_kind (f, h);
      ReadoutParty *party = NULL;
      gboolean definite = FALSE, anchored = FALSE;
      guint first = h;

      if ((kind != READOUT_WORD_ROLE_NOUN && kind != READOUT_WORD_ANONYMOUS &&
           kind != READOUT_WORD_TITLE) || f->used[h] || in_quote (f, h))
        continue;
      /* "Azerbaijan’s defence ministry", "the NATO secretary general": the
       * party directory knows them better. */
      if (f->party[h] >= 0)
        continue;

      /* Left: determiner, adjectives, party words, title parts. */
      for (guint k = h; k > 0 && h - k < 5;)
        {
          guint i = k - 1;

          if (!same_sentence (f, i, h) || in_quote (f, i) || f->used[i] ||
              tok (f, i)->kind != READOUT_TOKEN_WORD)
            break;
          if (is_determiner (f, i))
            {
              first = i;
              anchored = TRUE;
              definite = is_text (f, i, "the") || is_text (f, i, "its") || is_text (f, i, "his") ||
                         is_text (f, i, "her") || is_text (f, i, "their");
              break;
            }
          if (f->party[i] >= 0)
            {
              if (party == NULL)
                party = party_of (f, i);
              first = MIN (i, f->pm_first[f->party[i]]);
              anchored = TRUE;
              if (tok (f, i)->flags & READOUT_TOKEN_POSSESSIVE)
                {
                  definite = TRUE;   /* "South Korea’s Unification Ministry" */
                  break;
                }
              k = first;
              continue;
            }
          if (word_kind (f, i) == READOUT_WORD_PRONOUN || word_kind (f, i) == READOUT_WORD_NOT_NAME)
            break;
          if (is_function_word (f, i))
            break;
          /* "Unification Ministry", "a Southeast Asian diplomat": capitalised
           * words too, as long as a determiner or party anchors them. */
          if (f->info[i] != NULL || (tok (f, i)->flags & READOUT_TOKEN_CAPITALIZED) == 0 ||
              !(tok (f, i)->flags & READOUT_TOKEN_SENTENCE_START))
            {
              first = i;
              k = i;
              continue;
            }
          break;
        }
      if (!anchored)
        {
          first = h;
          /* A bare plural noun may still speak: "Officials said", "diplomats say". */
          if (!(f->info[h]->plural || (tok (f, h)->flags & READOUT_TOKEN_SENTENCE_START)))
            continue;
        }

      role = g_string_new (NULL);
      for (guint i = first; i <= h; i++)
        if (!is_determiner (f, i))
          append_word (role, f, i);

      m.first = first;
      m.last = anonymous_tail (f, h + 1);
      m.plural = f->info[h]->plural;
      m.gender = f->info[h]->gender;
      m.party = party;
      m.possessive = (tok (f, h)->flags & READOUT_TOKEN_POSSESSIVE) != 0;
      /* "the official" after "a Japanese official who…": the same one. */
      m.kind = (m.last > h + 1 || !definite) ? READOUT_MENTION_ANONYMOUS : READOUT_MENTION_ROLE;
      m.anonymous = kind == READOUT_WORD_ANONYMOUS;

      /* "A department spokesman, Thomas Reilly," names the person. */
      if (is_text (f, m.last, ",") && is_name_word (f, m.last + 1))
        {
          guint b = m.last + 1;

          while (b < f->n && is_name_word (f, b) && b - m.last <= MAX_NAME_TOKENS)
            b++;
          if (b > m.last + 2 || is_text (f, b, ","))
            {
              m.name_first = m.last + 1;
              m.name_last = b;
              m.last = b;
              m.kind = READOUT_MENTION_PERSON;
              m.plural = FALSE;
            }
        }
      /* An anonymous source's words are its name, not a role. */
      m.role = m.kind == READOUT_MENTION_ANONYMOUS ? NULL : g_strdup (role->str);
      add_mention (f, &m);
      h = m.last - 1;
    }
}

static void
find_parties (Finder *f)
{
  for (guint p = 0; p < f->pmentions->len; p++)
    {
      const ReadoutPartyMention *pm = &g_array_index (f->pmentions, ReadoutPartyMention, p);
      ReadoutMention m = { 0 };
      guint first = f->pm_first[p], last = f->pm_last[p];
      gboolean free_ = TRUE;

      for (guint i = first; i < last; i++)
        if (f->used[i] || in_quote (f, i))
          free_ = FALSE;
      if (!free_ || first >= last)
        continue;
      /* A demonym alone is an adjective: "Russian troops". */
      if (pm->kind == READOUT_PARTY_MENTION_DEMONYM && !is_text (f, first, "u.s."))
        continue;
      if (first > 0 && is_text (f, first - 1, "the") && !f->used[first - 1])
        first--;

      m.first = first;
      m.last = last;
      m.party = pm->party;
      m.possessive = (tok (f, last - 1)->flags & READOUT_TOKEN_POSSESSIVE) != 0;
      m.kind = pm->kind == READOUT_PARTY_MENTION_INSTITUTION ? READOUT_MENTION_INSTITUTION
             : pm->kind == READOUT_PARTY_MENTION_OFFICIAL ? READOUT_MENTION_ROLE
             : READOUT_MENTION_PARTY;
      m.gender = READOUT_GENDER_NEUTER;

      /* "The U.S. and its allies have threatened…" */
      if (!m.possessive && is_text (f, last, "and") &&
          (is_text (f, last + 1, "its") || is_text (f, last + 1, "their")))
        {
          guint k = last + 2;

          while (k < f->n && k < last + 5 && is_word (f, k) &&
                 !readout_tokens_is (f->tokens, k, "allies") &&
                 !readout_tokens_is (f->tokens, k, "partners"))
            k++;
          if (is_text (f, k, "allies") || is_text (f, k, "partners"))
            {
              m.last = k + 1;
              m.plural = TRUE;
            }
        }

      /* "the NATO secretary general, Jens Halvorsen," */
      if (m.kind == READOUT_MENTION_ROLE && is_text (f, m.last, ",") && is_name_word (f, m.last + 1))
        {
          guint b = m.last + 1;

          while (b < f->n && is_name_word (f, b) && b - m.last <= MAX_NAME_TOKENS)
            b++;
          m.name_first = m.last + 1;
          m.name_last = b;
          m.last = b;
          m.kind = READOUT_MENTION_PERSON;
        }
      if (m.kind == READOUT_MENTION_ROLE || m.kind == READOUT_MENTION_PERSON)
        {
          g_autoptr(GString) role = g_string_new (NULL);
          guint end = m.kind == READOUT_MENTION_PERSON ? m.name_first - 1 : m.last;

          for (guint i = first; i < end; i++)
            if (!is_text (f, i, "the") && f->party[i] < 0)
              append_word (role, f, i);
          m.role = role->len ? g_strdup (role->str) : NULL;
          m.gender = READOUT_GENDER_UNKNOWN;
        }
      add_mention (f, &m);
    }
}

static void
find_pronouns (Finder *f)
{
  for (guint i = 0; i < f->n; i++)
    {
      ReadoutMention m = { 0 };

      if (word_kind (f, i) != READOUT_WORD_PRONOUN || f->used[i] || in_quote (f, i))
        continue;
      m.first = i;
      m.last = i + 1;
      m.kind = READOUT_MENTION_PRONOUN;
      m.gender = f->info[i]->gender;
      m.plural = f->info[i]->plural;
      m.subject = f->info[i]->subject;
      /* "we", "I", "you" outside quotes are the writer or a voice the
       * text does not name: never linked to a party named earlier. */
      if (f->info[i]->canonical != NULL &&
          (g_str_equal (f->info[i]->canonical, "we") || g_str_equal (f->info[i]->canonical, "I") ||
           g_str_equal (f->info[i]->canonical, "you") || is_text (f, i, "we") || is_text (f, i, "i")))
        {
          m.gender = READOUT_GENDER_UNKNOWN;
          m.plural = FALSE;
        }
      add_mention (f, &m);
    }
}

static gint
compare_mentions (gconstpointer a,
                  gconstpointer b)
{
  const ReadoutMention *x = a, *y = b;

  return (x->first > y->first) - (x->first < y->first);
}

static void
map_party_mentions (Finder *f)
{
  guint t = 0;

  f->pm_first = g_new0 (guint, f->pmentions->len + 1);
  f->pm_last = g_new0 (guint, f->pmentions->len + 1);

  for (guint p = 0; p < f->pmentions->len; p++)
    {
      const ReadoutPartyMention *pm = &g_array_index (f->pmentions, ReadoutPartyMention, p);

      while (t < f->n && tok (f, t)->end <= pm->start)
        t++;
      f->pm_first[p] = t;
      while (t < f->n && tok (f, t)->start < pm->end)
        {
          f->party[t] = p;
          t++;
        }
      f->pm_last[p] = t;
    }
}

ReadoutMentions *
readout_mentions_find (const ReadoutTokens   *tokens,
                       ReadoutLexicon        *lexicon,
                       ReadoutPartyDirectory *directory)
{
  ReadoutMentions *out = g_new0 (ReadoutMentions, 1);
  Finder f = { 0 };

  f.tokens = tokens;
  f.lexicon = lexicon;
  f.n = tokens->tokens->len;
  f.out = out;
  f.info = g_new0 (const ReadoutWordInfo *, f.n + 1);
  f.party = g_new (gint, f.n + 1);
  f.used = g_new0 (guchar, f.n + 1);
  out->mentions = g_array_new (FALSE, TRUE, sizeof (ReadoutMention));
  out->n_tokens = f.n;

  for (guint i = 0; i < f.n; i++)
    {
      gsize len;
      const char *lower = readout_tokens_lower (tokens, i, &len);

      f.party[i] = -1;
      if (tok (&f, i)->kind == READOUT_TOKEN_WORD)
        f.info[i] = readout_lexicon_lookup_word (lexicon, lower, len);
    }

  f.pmentions = readout_party_directory_find_all (directory, tokens->text);
  map_party_mentions (&f);
  collect_lowercase (&f);

  /* Order matters: a name claims its title chain and apposition before
   * the role pass sees the role nouns in them, and both before a party
   * mention stands alone. */
  find_people (&f);
  find_roles (&f);
  find_parties (&f);
  find_pronouns (&f);

  g_array_sort (out->mentions, compare_mentions);
  out->starting = g_new (gint, f.n + 1);
  out->ending = g_new (gint, f.n + 1);
  out->covering = g_new (gint, f.n + 1);
  for (guint i = 0; i <= f.n; i++)
    out->starting[i] = out->ending[i] = out->covering[i] = -1;
  for (guint m = 0; m < out->mentions->len; m++)
    {
      const ReadoutMention *mention = &g_array_index (out->mentions, ReadoutMention, m);

      out->starting[mention->first] = m;
      for (guint t = mention->first; t < mention->last; t++)
        out->covering[t] = m;
      if (mention->last > 0)
        out->ending[mention->last - 1] = m;
    }

  g_array_unref (f.pmentions);
  g_hash_table_unref (f.lowercase);
  g_array_unref (f.keys);
  g_free (f.pm_first);
  g_free (f.pm_last);
  g_free (f.info);
  g_free (f.party);
  g_free (f.used);
  return out;
}

void
readout_mentions_free (ReadoutMentions *mentions)
{
  if (mentions == NULL)
    return;
  for (guint i = 0; i < mentions->mentions->len; i++)
    g_free (g_array_index (mentions->mentions, ReadoutMention, i).role);
  g_array_unref (mentions->mentions);
  g_free (mentions->starting);
  g_free (mentions->ending);
  g_free (mentions->covering);
  g_free (mentions);
}
