/* readout-mentions-people.c — people and roles
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Names with their title chains and appositions ("Russian Deputy Foreign
 * Minister Sergei Ryabkov", "Japan’s defence minister, Hiroshi Tanaka,"),
 * and role noun phrases ("the spokeswoman", "a Japanese official who asked
 * not to be named").
 */

#include "config.h"

#include "readout-mentions-private.h"

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
      /* A party mention first: "State Department spokesman" holds
       * title words, but the institution says which party. */
      if (f->party[i] >= 0 && party_kind_of (f, i) != READOUT_PARTY_MENTION_CAPITAL)
        {
          if (*party == NULL)
            *party = party_of (f, i);
          /* "NATO Secretary General": the official's words are the role. */
          if (party_kind_of (f, i) == READOUT_PARTY_MENTION_OFFICIAL)
            role_first = MIN (role_first, f->pm_first[f->party[i]]);
          first = MIN (i, f->pm_first[f->party[i]]);
        }
      else if (kind == READOUT_WORD_TITLE || kind == READOUT_WORD_TITLE_PART ||
               kind == READOUT_WORD_ROLE_NOUN)
        {
          /* "of"/"the" only count inside a chain: "Secretary of State". */
          if (known_info (f, i)->kind == READOUT_WORD_TITLE_PART && i > 0 &&
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
            *gender = known_info (f, i)->gender;
          first = i;
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
          if (info_at (f, i) && known_info (f, i)->gender != READOUT_GENDER_UNKNOWN && *gender == READOUT_GENDER_UNKNOWN)
            *gender = known_info (f, i)->gender;
          mentions_append_word (role, f, i);
        }
    }
  return first;
}

/* "Russia, whose delegation was led by Deputy Foreign Minister Pavel
 * Gorelov,": the official leads a body of the country the clause hangs on. */
static ReadoutParty *
party_of_leading_body (Finder *f,
                       guint   first)
{
  static const char * const bodies[] = {
    "delegation", "team", "government", "negotiators", "mission", NULL
  };
  gboolean body = FALSE;
  guint whose = 0;

  if (first < 6 || !is_text (f, first - 1, "by") ||
      !(is_text (f, first - 2, "led") || is_text (f, first - 2, "headed")))
    return NULL;
  /* "whose" needs a comma and a country before it: w >= 2. */
  for (guint w = first - 3; w >= 2 && first - w < 10 && same_sentence (f, w, first); w--)
    {
      for (guint k = 0; bodies[k] != NULL; k++)
        body |= is_text (f, w, bodies[k]);
      if (is_text (f, w, "whose"))
        {
          whose = w;
          break;
        }
    }
  if (!body || whose == 0 || !is_text (f, whose - 1, ",") || f->party[whose - 2] < 0 ||
      party_kind_of (f, whose - 2) != READOUT_PARTY_MENTION_NAME)
    return NULL;
  return party_of (f, whose - 2);
}

/* "the Times of India", "the Bank of England", "the Council on Foreign
 * Relations": the capitalised words after "of", "on" or "for" that finish
 * the name of a body whose head is at @b - 1. Returns the new end, or @b. */
static guint
body_name_tail (Finder *f,
                guint   b)
{
  guint k;

  if (b + 1 >= f->n || !(is_text (f, b, "of") || is_text (f, b, "on") || is_text (f, b, "for")) ||
      !same_sentence (f, b - 1, b + 1))
    return b;
  for (k = b + 1; k < f->n && k < b + 6 && same_sentence (f, b, k); k++)
    {
      /* A party's name ends it: "the Bank of Japan" is Japan's. */
      if (!is_word (f, k) || in_quote (f, k) || f->used[k] || f->party[k] >= 0)
        break;
      if (tok (f, k)->flags & READOUT_TOKEN_CAPITALIZED)
        continue;
      /* "and", "the", "of" only between capitalised words. */
      if (!(is_text (f, k, "and") || is_text (f, k, "the") || is_text (f, k, "of")) || k + 1 >= f->n ||
          !(tok (f, k + 1)->flags & READOUT_TOKEN_CAPITALIZED) || !is_word (f, k + 1))
        break;
    }
  while (k > b + 1 && !(tok (f, k - 1)->flags & READOUT_TOKEN_CAPITALIZED))
    k--;
  return k > b + 1 ? k : b;
}

/* "Tom King", "Ana Bishop": a title word that is also a family name. */
static gboolean
is_title_surname_word (Finder *f,
                       guint   i)
{
  static const char * const surnames[] = {
    "king", "bishop", "major", "judge", "prince", "dean", "marshal", NULL
  };

  if (i >= f->n || !is_word (f, i) || in_quote (f, i) || f->used[i] || f->party[i] >= 0 ||
      !(tok (f, i)->flags & READOUT_TOKEN_CAPITALIZED) || (tok (f, i)->flags & READOUT_TOKEN_ALL_CAPS) ||
      word_kind (f, i) != READOUT_WORD_TITLE)
    return FALSE;
  for (guint k = 0; surnames[k] != NULL; k++)
    if (is_text (f, i, surnames[k]))
      return TRUE;
  return FALSE;
}

/* Such a word ends the name that starts at @a, when no other name word
 * follows it ("King Abdullah" is a king). */
static gboolean
is_surname_title (Finder *f,
                  guint   i,
                  guint   a)
{
  return i > a && same_sentence (f, a, i) && is_title_surname_word (f, i) &&
         !(i + 1 < f->n && same_sentence (f, i, i + 1) && mentions_is_name_word (f, i + 1));
}

#define MAX_SURNAME_LOOKBACK 512

/* "King said" after "Tom King": the family name alone, not a king ("the
 * King said" is one). */
static gboolean
is_lone_surname_title (Finder *f,
                       guint   i)
{
  GArray *mentions = f->out->mentions;

  if (!is_title_surname_word (f, i) ||
      (i + 1 < f->n && same_sentence (f, i, i + 1) && mentions_is_name_word (f, i + 1)) ||
      (i > 0 && same_sentence (f, i - 1, i) && mentions_is_determiner (f, i - 1)))
    return FALSE;
  /* A bounded look back keeps "King King King …" linear. */
  for (guint k = mentions->len; k > 0 && mentions->len - k < MAX_SURNAME_LOOKBACK; k--)
    {
      const ReadoutMention *m = &g_array_index (mentions, ReadoutMention, k - 1);

      if (m->kind == READOUT_MENTION_PERSON && m->name_last > m->name_first + 1 && m->name_last <= i &&
          f->word[m->name_last - 1] == f->word[i])
        return TRUE;
    }
  return FALSE;
}

static gboolean
role_is_former (const char *role)
{
  return g_ascii_strncasecmp (role, "former ", 7) == 0 || strstr (role, " former ") != NULL ||
         g_ascii_strncasecmp (role, "ex-", 3) == 0 || strstr (role, " ex-") != NULL;
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
  guint complement = comma;   /* where "for the group", "to the OSCE" starts */
  gboolean has_title = FALSE;

  while (k > 0 && comma - k < 10)
    {
      guint i = k - 1;
      ReadoutWordKind kind = word_kind (f, i);

      if (!same_sentence (f, i, comma) || in_quote (f, i) || f->used[i] || !is_word (f, i))
        break;
      if (f->party[i] >= 0 || mentions_is_determiner (f, i))
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
              k = complement = before - 1;
              continue;
            }
          /* "a spokesman for the group", "a spokeswoman for the Iranian
           * Foreign Ministry": whom the role speaks for, its party. */
          if (before > 0 && is_text (f, before - 1, "for") && has_title_left (f, before - 1))
            {
              if (f->party[i] >= 0 && *party == NULL)
                *party = party_of (f, i);
              k = complement = before - 1;
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
                mentions_is_function_word (f, i)))
        break;
      k = i;
    }
  if (!has_title || k >= comma)
    return name_first;
  for (guint i = k; i < complement; i++)
    {
      if (f->party[i] >= 0 || mentions_is_determiner (f, i))
        continue;
      if (info_at (f, i) && known_info (f, i)->gender != READOUT_GENDER_UNKNOWN &&
          known_info (f, i)->gender != READOUT_GENDER_NEUTER && *gender == READOUT_GENDER_UNKNOWN)
        *gender = known_info (f, i)->gender;
      mentions_append_word (role, f, i);
    }
  /* The complement as written: "spokesman for the group". */
  for (guint i = complement; i < comma; i++)
    mentions_append_word (role, f, i);
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

  while (i < f->n && mentions_is_determiner (f, i) && i - start < 2)
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
      if (t->kind == READOUT_TOKEN_WORD && mentions_is_function_word (f, i) && !is_text (f, i, "of") &&
          !is_text (f, i, "for") && !is_text (f, i, "at") && !is_text (f, i, "and") &&
          !is_text (f, i, "to") && !is_text (f, i, "in") && !is_text (f, i, "on") && !is_text (f, i, "with"))
        return start;
      if (kind == READOUT_WORD_TITLE ||
          (kind == READOUT_WORD_ROLE_NOUN && known_info (f, i)->gender != READOUT_GENDER_NEUTER))
        {
          has_role = TRUE;
          if (known_info (f, i)->gender != READOUT_GENDER_UNKNOWN && *gender == READOUT_GENDER_UNKNOWN)
            *gender = known_info (f, i)->gender;
        }
      if (kind == READOUT_WORD_PRONOUN)
        return start;
      if (f->party[i] >= 0 && *party == NULL)
        *party = party_of (f, i);
    }
  if (!has_role || i == role_start)
    return start;
  for (guint k = role_start; k < i; k++)
    mentions_append_word (role, f, k);
  return i;
}

/* When the capitalised words from @i end in the head of a body's name
 * ("Security Council", "Trade Commission"), the token after the head;
 * else 0. */
static guint
institution_name_end (Finder *f,
                      guint   i)
{
  for (guint k = i; k < f->n && k < i + 4 && (tok (f, k)->flags & READOUT_TOKEN_CAPITALIZED) &&
       same_sentence (f, i, k); k++)
    if (word_kind (f, k) == READOUT_WORD_ROLE_NOUN && known_info (f, k)->gender == READOUT_GENDER_NEUTER)
      return k + 1;
  return 0;
}

void
mentions_find_people (Finder *f)
{
  const guint *capitalised = f->capitalised;
  guint c = 0;

  /* A name starts with a capitalised word: only those are visited, in
   * order, from the token after the last one taken. */
  for (guint i = 0; i < f->n; i++)
    {
      GString *role = NULL;
      ReadoutMention m;
      ReadoutParty *party = NULL;
      ReadoutGender gender = READOUT_GENDER_UNKNOWN;
      gboolean lone;
      guint a, b;

      while (c < f->n_capitalised && capitalised[c] < i)
        c++;
      if (c == f->n_capitalised)
        break;
      i = capitalised[c];
      a = b = i;
      lone = FALSE;
      if (!mentions_is_name_word (f, i) && !(lone = is_lone_surname_title (f, i)))
        continue;
      /* Cleared only here: most tokens start no name. */
      m = (ReadoutMention) { 0 };

      if (lone)
        b = a + 1;
      /* The name: capitalised words with particles between them. */
      while (!lone && b < f->n && b - a < MAX_NAME_TOKENS)
        {
          if (mentions_is_name_word (f, b) && same_sentence (f, a, b))
            {
              b++;
              if (tok (f, b - 1)->flags & READOUT_TOKEN_POSSESSIVE)
                break;
              continue;
            }
          if (b > a && mentions_is_particle (f, b) && mentions_is_name_word (f, b + 1) && same_sentence (f, a, b + 1))
            {
              b++;
              continue;
            }
          if (is_surname_title (f, b, a))
            b++;
          break;
        }
      if (b == a)
        continue;
      /* "The Times of India": one capitalised word after "the" heads a
       * body's name, which goes on. */
      if (!lone && b == a + 1 && a > 0 && is_text (f, a - 1, "the") && same_sentence (f, a - 1, a) &&
          !(a > 1 && (is_text (f, a - 2, "for") || is_text (f, a - 2, "of") || is_text (f, a - 2, "to") ||
                      is_text (f, a - 2, "at"))))
        b = body_name_tail (f, b);
      /* "Peace and Security Council": the first half of a body's name. */
      if (is_text (f, b, "and") && institution_name_end (f, b + 1) > 0)
        {
          i = b;
          continue;
        }
      /* "a Southeast Asian diplomat", "the Tibetan spiritual leader",
       * "Western officials": adjectives of a role noun. */
      if (!(tok (f, b - 1)->flags & READOUT_TOKEN_POSSESSIVE))
        {
          gboolean adjective = FALSE;

          for (guint k = b; k < f->n && k < b + 3 && same_sentence (f, a, k) && is_word (f, k) &&
               !(tok (f, k)->flags & READOUT_TOKEN_CAPITALIZED) && !mentions_is_function_word (f, k); k++)
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
          place |= mentions_is_place_word (f, k);
        if (place)
          {
            i = b - 1;
            continue;
          }
      }

      role = mentions_scratch (f);
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
              mentions_append_word (role, f, k);
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

      if (party == NULL && role->len > 0)
        party = party_of_leading_body (f, m.first);
      /* "Former British Prime Minister Tony Blair" no longer speaks for
       * Britain. */
      if (party != NULL && role->len > 0 && role_is_former (role->str))
        party = NULL;
      m.kind = READOUT_MENTION_PERSON;
      m.gender = gender;
      m.party = party;
      m.role = role->len > 0 ? g_strdup (role->str) : NULL;
      mentions_add_mention (f, &m);
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
      if (k > i + 1 && _readout_lexicon_match_cue (f->lexicon, f->tokens, k, &n_cue) != NULL &&
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

void
mentions_find_roles (Finder *f)
{
  const guint *heads = f->role_words;
  guint r = 0;

  /* Only the role nouns, titles and anonymous sources are visited, in
   * order, from the token after the last one taken. */
  for (guint h = 0; h < f->n; h++)
    {
      GString *role = NULL;
      ReadoutMention m;
      ReadoutWordKind kind;
      ReadoutParty *party = NULL;
      gboolean definite = FALSE, anchored = FALSE;
      guint first;
      guint named_end;

      while (r < f->n_role_words && heads[r] < h)
        r++;
      if (r == f->n_role_words)
        break;
      h = heads[r];
      kind = word_kind (f, h);
      first = h;
      if ((kind != READOUT_WORD_ROLE_NOUN && kind != READOUT_WORD_ANONYMOUS &&
           kind != READOUT_WORD_TITLE) || f->used[h] || in_quote (f, h))
        continue;
      m = (ReadoutMention) { 0 };
      /* "Azerbaijan’s defence ministry", "the NATO secretary general": the
       * party directory knows them better. */
      if (f->party[h] >= 0 && !mentions_alias_ends_longer_name (f, f->party[h]))
        continue;

      /* Left: determiner, adjectives, party words, title parts. */
      for (guint k = h; k > 0 && h - k < 7;)
        {
          guint i = k - 1;

          if (!same_sentence (f, i, h) || in_quote (f, i) || f->used[i] ||
              tok (f, i)->kind != READOUT_TOKEN_WORD)
            break;
          if (mentions_is_determiner (f, i))
            {
              first = i;
              anchored = TRUE;
              definite = is_text (f, i, "the") || is_text (f, i, "its") || is_text (f, i, "his") ||
                         is_text (f, i, "her") || is_text (f, i, "their");
              break;
            }
          if (f->party[i] >= 0 && !mentions_alias_ends_longer_name (f, f->party[i]))
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
          /* "the bloc’s Peace and Security Council": one name. */
          if (is_text (f, i, "and") && i > 0 && (tok (f, h)->flags & READOUT_TOKEN_CAPITALIZED) &&
              (tok (f, i + 1)->flags & READOUT_TOKEN_CAPITALIZED) && (tok (f, i - 1)->flags & READOUT_TOKEN_CAPITALIZED) &&
              !(tok (f, i - 1)->flags & READOUT_TOKEN_SENTENCE_START) && !f->used[i - 1] && f->party[i - 1] < 0 &&
              (f->party[i + 1] < 0 || mentions_alias_ends_longer_name (f, f->party[i + 1])))
            {
              first = i;
              k = i;
              continue;
            }
          if (word_kind (f, i) == READOUT_WORD_PRONOUN || word_kind (f, i) == READOUT_WORD_NOT_NAME)
            break;
          if (mentions_is_function_word (f, i))
            break;
          /* "Unification Ministry", "a Southeast Asian diplomat": capitalised
           * words too, as long as a determiner or party anchors them. */
          if (info_at (f, i) != NULL || (tok (f, i)->flags & READOUT_TOKEN_CAPITALIZED) == 0 ||
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
          if (!(known_info (f, h)->plural || (tok (f, h)->flags & READOUT_TOKEN_SENTENCE_START)))
            continue;
        }

      /* "U.S. and Russian diplomats": two parties; the phrase keeps both
       * words and names neither. */
      if (party != NULL && first >= 2 && is_text (f, first - 1, "and") && f->party[first - 2] >= 0 &&
          same_sentence (f, first - 2, h) && !f->used[first - 2] && party_of (f, first - 2) != party)
        {
          first = f->pm_first[f->party[first - 2]];
          party = NULL;
        }

      role = mentions_scratch (f);
      for (guint i = first; i <= h; i++)
        if (!mentions_is_determiner (f, i))
          mentions_append_word (role, f, i);

      m.first = first;
      m.last = anonymous_tail (f, h + 1);
      named_end = h + 1;
      /* "the Bank of England", "the Council on Foreign Relations": a
       * body's capitalised name goes on past its head. */
      if (m.last == h + 1 && (tok (f, h)->flags & READOUT_TOKEN_CAPITALIZED) &&
          known_info (f, h)->gender == READOUT_GENDER_NEUTER && !(tok (f, h)->flags & READOUT_TOKEN_POSSESSIVE))
        {
          guint end = body_name_tail (f, h + 1);

          for (guint i = h + 1; i < end; i++)
            mentions_append_word (role, f, i);
          m.last = named_end = end;
        }
      m.plural = known_info (f, h)->plural;
      m.gender = known_info (f, h)->gender;
      m.party = party;
      m.possessive = (tok (f, h)->flags & READOUT_TOKEN_POSSESSIVE) != 0;
      /* "the official" after "a Japanese official who…": the same one. */
      m.kind = (m.last > named_end || !definite) ? READOUT_MENTION_ANONYMOUS : READOUT_MENTION_ROLE;
      m.anonymous = kind == READOUT_WORD_ANONYMOUS;

      /* "A department spokesman, Thomas Reilly," names the person. */
      if (is_text (f, m.last, ",") && mentions_is_name_word (f, m.last + 1))
        {
          guint b = m.last + 1;

          while (b < f->n && mentions_is_name_word (f, b) && b - m.last <= MAX_NAME_TOKENS)
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
      mentions_add_mention (f, &m);
      h = m.last - 1;
    }
}
