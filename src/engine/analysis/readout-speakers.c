/* readout-speakers.c — one entity per person or institution
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Mentions are linked in reading order, so "salience" is simply what was
 * mentioned last. Gender comes only from the text: honorifics, gendered
 * role nouns, and pronouns already linked to the person — never from a
 * first name.
 */

#include "config.h"

#include <string.h>

#include "readout-speakers.h"

/* How far back a pronoun looks for its person, in sentences. */
#define PRONOUN_REACH 4

static const ReadoutToken *
tok (const ReadoutTokens *tokens,
     guint                i)
{
  return &g_array_index (tokens->tokens, ReadoutToken, i);
}

static char *
span_text (const ReadoutTokens *tokens,
           guint                first,
           guint                last)
{
  const ReadoutToken *a = tok (tokens, first);
  const ReadoutToken *b = tok (tokens, last - 1);

  return g_strndup (tokens->text + a->byte_start, b->byte_end - a->byte_start);
}

static gboolean
ends_with (const char *s,
           gsize       len,
           const char *suffix,
           gsize       n)
{
  return len >= n && memcmp (s + len - n, suffix, n) == 0;
}

/* The name without a possessive ending: "Sherman’s" → "Sherman". One
 * strlen() for the four suffixes. */
static char *
clean_name (char *name)
{
  gsize len = strlen (name);

  if (len > 2 && ends_with (name, len, "'s", 2))
    name[len - 2] = '\0';
  else if (len > 4 && ends_with (name, len, "\xe2\x80\x99s", 4))
    name[len - 4] = '\0';
  else if (len > 1 && ends_with (name, len, "'", 1))
    name[len - 1] = '\0';
  else if (len > 3 && ends_with (name, len, "\xe2\x80\x99", 3))
    name[len - 3] = '\0';
  return name;
}

static inline char
ascii_lower_char (char c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* g_utf8_strdown() of @s into @buf (@size bytes, NUL included), without
 * its allocation and case tables: names are ASCII or Latin letters, and
 * below U+0250 g_unichar_tolower() gives what g_utf8_strdown() gives,
 * one character for one, except for U+0130 (İ becomes i̇). Returns the
 * length, or -1 when @s holds another character or does not fit. */
static gssize
lower_into (const char *s,
            char       *buf,
            gsize       size)
{
  gsize n = 0;

  while (*s != '\0')
    {
      guchar b = (guchar) *s;

      if (b < 0x80)
        {
          if (n + 1 >= size)
            return -1;
          buf[n++] = ascii_lower_char (*s++);
        }
      else
        {
          gunichar c = g_utf8_get_char (s);

          if (c >= 0x250 || c == 0x130 || n + 2 >= size)
            return -1;
          /* Below U+0250 both cases take two bytes. */
          n += g_unichar_to_utf8 (g_unichar_tolower (c), buf + n);
          s = g_utf8_next_char (s);
        }
    }
  buf[n] = '\0';
  return n;
}

/* g_utf8_strdown (@s, -1) after @prefix (0: none), in one allocation. */
static char *
lower_with_prefix (char        prefix,
                   const char *s)
{
  gsize size = strlen (s) + 2;
  char *out = g_malloc (size);
  gsize skip = prefix != 0 ? 1 : 0;

  if (lower_into (s, out + skip, size - skip) < 0)
    {
      char *down = g_utf8_strdown (s, -1);
      gsize len = strlen (down);

      out = g_realloc (out, len + 2);
      memcpy (out + skip, down, len + 1);
      g_free (down);
    }
  if (prefix != 0)
    out[0] = prefix;
  return out;
}

static char *
lower (const char *s)
{
  return lower_with_prefix (0, s);
}

static char *
last_word_lower (const char *name)
{
  const char *space = strrchr (name, ' ');

  return lower (space ? space + 1 : name);
}

/* The kind as one leading character: "0sergei ryabkov". */
static char *
name_key (ReadoutSpeakerKind  kind,
          const char         *name)
{
  return lower_with_prefix ((char) ('0' + kind), name);
}

static gint
lookup_name (ReadoutEntities    *self,
             ReadoutSpeakerKind  kind,
             const char         *name)
{
  g_autofree char *key = NULL;
  char buf[128];

  /* The key of a short name is built on the stack. */
  buf[0] = (char) ('0' + kind);
  if (lower_into (name, buf + 1, sizeof buf - 1) >= 0)
    return GPOINTER_TO_INT (g_hash_table_lookup (self->by_name, buf)) - 1;
  key = name_key (kind, name);
  return GPOINTER_TO_INT (g_hash_table_lookup (self->by_name, key)) - 1;
}

static void
touch (ReadoutEntities *self,
       gint             entity)
{
  guint i, n = self->n_recent;

  for (i = 0; i < n && self->recent[i] != entity; i++)
    ;
  if (i == n && n < READOUT_RECENT_ENTITIES)
    self->n_recent = ++n;
  if (i == READOUT_RECENT_ENTITIES)
    i--;
  memmove (&self->recent[1], &self->recent[0], i * sizeof (gint));
  self->recent[0] = entity;
}

static gint
new_entity (ReadoutEntities    *self,
            ReadoutSpeakerKind  kind,
            char               *name,
            const char         *role,
            ReadoutParty       *party)
{
  ReadoutEntity e = { 0 };

  e.kind = kind;
  e.name = name;
  e.role = g_strdup (role);
  e.party = party;
  e.mentions = g_array_new (FALSE, FALSE, sizeof (ReadoutSpan));
  g_array_append_val (self->entities, e);
  g_hash_table_replace (self->by_name, name_key (kind, name), GINT_TO_POINTER (self->entities->len));
  return self->entities->len - 1;
}

/* "Lin" for Lin Jiahao, "Amina" for Amina Yusuf: the first word of
 * a full name stands alone in family-name-first names and in informal
 * copy. Only while one person has it. */
static void
remember_given_name (ReadoutEntities *self,
                     char           **parts,
                     gint             entity)
{
  char *first;
  gpointer old;

  if (parts[0] == NULL || parts[1] == NULL || g_utf8_strlen (parts[0], -1) < 3 ||
      strchr (parts[0], '.') != NULL)
    return;
  first = lower (parts[0]);
  old = g_hash_table_lookup (self->by_given, first);
  if (old == NULL)
    g_hash_table_insert (self->by_given, first, GINT_TO_POINTER (entity + 1));
  else
    {
      if (GPOINTER_TO_INT (old) != entity + 1)
        g_hash_table_replace (self->by_given, g_strdup (first), GINT_TO_POINTER (-1));
      g_free (first);
    }
}

static gint
find_given_name (ReadoutEntities *self,
                 const char      *name)
{
  g_autofree char *key = lower (name);
  gint value = GPOINTER_TO_INT (g_hash_table_lookup (self->by_given, key));

  return value > 0 ? value - 1 : -1;
}

static void
link_mention (ReadoutEntities     *self,
              const ReadoutTokens *tokens,
              ReadoutMention      *m,
              gint                 entity)
{
  ReadoutEntity *e = readout_entities_get (self, entity);
  ReadoutSpan span = { tok (tokens, m->first)->start, tok (tokens, m->last - 1)->end };

  m->entity = entity;
  /* "Kamau’s self-description" names him but does not make him the
   * likeliest "she" or "he" of the next sentence. */
  if (!m->possessive || e->mentions->len == 0)
    {
      e->last_token = m->first;
      touch (self, entity);
    }
  /* Every name part after the first may stand alone later: "Alvarado"
   * for Rodrigo Alvarado Ruiz. */
  if (e->kind == READOUT_SPEAKER_PERSON && m->kind == READOUT_MENTION_PERSON)
    {
      /* Split once per name, not once per mention. */
      if (e->name_parts == NULL)
        {
          g_auto(GStrv) parts = g_strsplit (e->name, " ", -1);
          GPtrArray *kept = g_ptr_array_new ();

          /* "Sherman" alone first: the word is a surname too, so that
           * "Wendy Sherman" later finds it. */
          for (guint i = parts[0] != NULL && parts[1] == NULL ? 0 : 1; parts[i] != NULL; i++)
            {
              char *part = lower (parts[i]);

              if (g_utf8_strlen (part, -1) > 2)
                g_ptr_array_add (kept, part);
              else
                g_free (part);
            }
          g_ptr_array_add (kept, NULL);
          e->name_parts = (char **) g_ptr_array_free (kept, FALSE);
          /* Only for a name known to be a person's (a title, a role, an
           * honorific): "Peace Caravan" or "Democratic Party" lend no
           * first word. */
          if (m->role != NULL || m->gender == READOUT_GENDER_MALE || m->gender == READOUT_GENDER_FEMALE)
            remember_given_name (self, parts, entity);
        }
      for (guint i = 0; e->name_parts[i] != NULL; i++)
        if (GPOINTER_TO_INT (g_hash_table_lookup (self->by_surname, e->name_parts[i])) != entity + 1)
          g_hash_table_replace (self->by_surname, g_strdup (e->name_parts[i]),
                                GINT_TO_POINTER (entity + 1));
    }
  g_array_append_val (e->mentions, span);
  if (e->party == NULL)
    e->party = m->party;
  /* A person known only by a role is named by it; no need to repeat it. */
  if (e->role == NULL && m->role != NULL && g_strcmp0 (e->name, m->role) != 0 &&
      e->kind != READOUT_SPEAKER_INSTITUTION)
    e->role = g_strdup (m->role);
  if (e->gender == READOUT_GENDER_UNKNOWN && m->kind != READOUT_MENTION_PARTY &&
      m->gender != READOUT_GENDER_NEUTER)
    e->gender = m->gender;
}

static gint
find_person (ReadoutEntities *self,
             const char      *name)
{
  g_autofree char *surname = NULL;
  const char *space = strrchr (name, ' ');
  const char *last = space ? space + 1 : name;
  char buf[128];
  gint entity = lookup_name (self, READOUT_SPEAKER_PERSON, name);

  if (entity >= 0)
    return entity;
  /* A surname alone, or a full name after the surname alone: the person
   * with that surname mentioned last. */
  /* last_word_lower(), on the stack for a short word. */
  if (lower_into (last, buf, sizeof buf) >= 0)
    entity = GPOINTER_TO_INT (g_hash_table_lookup (self->by_surname, buf)) - 1;
  else
    {
      surname = last_word_lower (name);
      entity = GPOINTER_TO_INT (g_hash_table_lookup (self->by_surname, surname)) - 1;
    }
  if (entity >= 0 && strchr (name, ' ') != NULL &&
      strchr (readout_entities_get (self, entity)->name, ' ') != NULL)
    return -1;   /* two different full names */
  if (entity < 0 && strchr (name, ' ') == NULL)
    entity = find_given_name (self, name);
  return entity;
}

/* "A department spokesman, Thomas Reilly": a role whose modifier is the
 * head of an institution named recently ("the State Department") speaks
 * for that institution's party. Only when the recent institutions with
 * that head agree. */
static ReadoutParty *
party_of_role_modifier (ReadoutEntities *self,
                        const char      *role)
{
  g_auto(GStrv) words = g_strsplit (role, " ", -1);
  guint n = g_strv_length (words);
  ReadoutParty *party = NULL;

  /* The last word is the role's own head ("spokesman"). */
  for (guint w = 0; w + 1 < n; w++)
    {
      if (!g_ascii_islower (words[w][0]))
        continue;
      for (guint r = 0; r < self->n_recent; r++)
        {
          ReadoutEntity *e = readout_entities_get (self, self->recent[r]);
          const char *space;
          const char *head;

          if (e->kind != READOUT_SPEAKER_INSTITUTION || e->party == NULL)
            continue;
          space = strrchr (e->name, ' ');
          head = space != NULL ? space + 1 : e->name;
          if (g_ascii_strcasecmp (head, words[w]) != 0)
            continue;
          if (party != NULL && party != e->party)
            return NULL;
          party = e->party;
        }
    }
  return party;
}

static void
resolve_person (ReadoutEntities     *self,
                const ReadoutTokens *tokens,
                ReadoutMention      *m)
{
  g_autofree char *name = clean_name (span_text (tokens, m->name_first, m->name_last));
  gint entity = find_person (self, name);

  if (entity < 0)
    entity = new_entity (self, READOUT_SPEAKER_PERSON, g_steal_pointer (&name), NULL, NULL);
  else
    {
      ReadoutEntity *e = readout_entities_get (self, entity);

      /* "Sherman" first and "Wendy Sherman" later: keep the fuller name. */
      if (strlen (name) > strlen (e->name))
        {
          g_free (e->name);
          e->name = g_strdup (name);
          g_clear_pointer (&e->name_parts, g_strfreev);
          g_hash_table_replace (self->by_name, name_key (e->kind, name), GINT_TO_POINTER (entity + 1));
        }
    }
  readout_entities_get (self, entity)->named = TRUE;
  link_mention (self, tokens, m, entity);
  if (readout_entities_get (self, entity)->party == NULL && m->role != NULL)
    readout_entities_get (self, entity)->party = party_of_role_modifier (self, m->role);
}

static char *
without_article (char *text)
{
  if (g_ascii_strncasecmp (text, "the ", 4) == 0)
    memmove (text, text + 4, strlen (text + 4) + 1);
  else if (g_ascii_strncasecmp (text, "a ", 2) == 0)
    memmove (text, text + 2, strlen (text + 2) + 1);
  else if (g_ascii_strncasecmp (text, "an ", 3) == 0)
    memmove (text, text + 3, strlen (text + 3) + 1);
  return clean_name (text);
}

/* "South Korea’s Unification Ministry" is known as the Unification
 * Ministry; the party stays on the entity. */
static char *
without_possessor (char *text)
{
  const char *p = strstr (text, "\xe2\x80\x99s ");
  const char *q = strstr (text, "'s ");

  if (q != NULL && (p == NULL || q < p))
    p = q, q = p + 3;
  else if (p != NULL)
    q = p + 5;
  if (p != NULL && q[0] != '\0' && g_ascii_isupper (q[0]))
    memmove (text, q, strlen (q) + 1);
  return text;
}

/* "the bloc’s Peace and Security Council", "the alliance’s military
 * committee": a body of the organisation named last. */
static ReadoutParty *
party_of_possessor (ReadoutEntities     *self,
                    const ReadoutTokens *tokens,
                    ReadoutMention      *m)
{
  static const char * const organisations[] = {
    "bloc", "alliance", "union", "organisation", "organization", NULL
  };
  guint i = m->first;

  if (i + 1 < m->last && readout_tokens_is (tokens, i, "the"))
    i++;
  if (!(tok (tokens, i)->flags & READOUT_TOKEN_POSSESSIVE))
    return NULL;
  for (guint k = 0; organisations[k] != NULL; k++)
    {
      g_autofree char *possessive = g_strconcat (organisations[k], "\xe2\x80\x99s", NULL);
      g_autofree char *straight = g_strconcat (organisations[k], "'s", NULL);

      if (!readout_tokens_is (tokens, i, possessive) && !readout_tokens_is (tokens, i, straight))
        continue;
      for (guint r = 0; r < self->n_recent; r++)
        {
          ReadoutEntity *e = readout_entities_get (self, self->recent[r]);

          if (e->kind != READOUT_SPEAKER_INSTITUTION || e->party == NULL ||
              readout_party_get_kind (e->party) != READOUT_PARTY_KIND_ORGANIZATION)
            continue;
          /* Only the organisation of this paragraph, and
           * "the union’s" only for a Union: a trade union is no AU. */
          if (tok (tokens, e->last_token)->block != tok (tokens, m->first)->block)
            return NULL;
          if (g_str_equal (organisations[k], "union") &&
              strstr (readout_party_get_name (e->party), "Union") == NULL)
            return NULL;
          return e->party;
        }
    }
  return NULL;
}

static void
resolve_named (ReadoutEntities     *self,
               const ReadoutTokens *tokens,
               ReadoutMention      *m)
{
  g_autofree char *name = NULL;
  ReadoutSpeakerKind kind;
  gint entity;

  if (m->kind == READOUT_MENTION_PARTY && m->party != NULL && !m->plural)
    {
      name = g_strdup (readout_party_get_name (m->party));
      kind = READOUT_SPEAKER_INSTITUTION;
    }
  else
    {
      name = without_article (span_text (tokens, m->first, m->last));
      kind = m->kind == READOUT_MENTION_ANONYMOUS ? READOUT_SPEAKER_ANONYMOUS
           : READOUT_SPEAKER_INSTITUTION;
      if (kind == READOUT_SPEAKER_INSTITUTION)
        name = without_possessor (name);
    }

  entity = lookup_name (self, kind, name);
  if (entity < 0)
    entity = new_entity (self, kind, g_steal_pointer (&name), NULL,
                         m->party != NULL ? m->party : party_of_possessor (self, tokens, m));
  readout_entities_get (self, entity)->plural = m->plural;
  link_mention (self, tokens, m, entity);
}

/* Whether g_ascii_strdown (@text) contains @noun (@n bytes, lower case),
 * without the copy; long nouns take the copy, which keeps the search
 * linear. */
static gboolean
contains_lower (const char *text,
                const char *noun,
                gsize       n)
{
  if (n > 32)
    {
      g_autofree char *lower_text = g_ascii_strdown (text, -1);
      g_autofree char *noun_copy = g_strndup (noun, n);

      return strstr (lower_text, noun_copy) != NULL;
    }
  if (n == 0)
    return TRUE;
  /* The bytes that lower-case to the noun's first: a cheap test that
   * skips most positions. */
  {
    char first = noun[0], first_upper = noun[0];

    if (first >= 'a' && first <= 'z')
      first_upper = first - ('a' - 'A');
    else if (first >= 'A' && first <= 'Z')
      return FALSE;

    for (const char *p = text; *p != '\0'; p++)
      {
        gsize j = 1;

        if (*p != first && *p != first_upper)
          continue;
        while (j < n && p[j] != '\0' && ascii_lower_char (p[j]) == noun[j])
          j++;
        if (j == n)
          return TRUE;
      }
  }
  return FALSE;
}

/* "the spokeswoman", "the minister": the last person whose role has the
 * noun, else a nameless person of that role. */
static void
resolve_role (ReadoutEntities     *self,
              const ReadoutTokens *tokens,
              ReadoutMention      *m)
{
  gsize noun_len;
  /* The tokens' lower-cased text is g_ascii_strdown() of the head. */
  const char *noun = readout_tokens_lower (tokens, m->last - 1, &noun_len);
  gint best = -1;

  for (guint r = 0; r < self->n_recent; r++)
    {
      gint i = self->recent[r];
      ReadoutEntity *e = readout_entities_get (self, i);
      const char *role;

      /* "the ministry" is the Iranian Foreign Ministry named before. */
      if (m->gender == READOUT_GENDER_NEUTER)
        {
          if (e->kind != READOUT_SPEAKER_INSTITUTION)
            continue;
          role = e->name;
        }
      else if (e->kind == READOUT_SPEAKER_ANONYMOUS && !e->plural == !m->plural)
        role = e->name;
      else if (e->kind != READOUT_SPEAKER_PERSON || e->role == NULL)
        continue;
      else
        role = e->role;
      if (!contains_lower (role, noun, noun_len))
        continue;
      if (m->party != NULL && e->party != NULL && m->party != e->party)
        continue;
      if (best < 0 || readout_entities_get (self, best)->last_token < e->last_token)
        best = i;
    }

  if (best < 0)
    {
      /* "the Tibetan spiritual leader" identifies someone without naming
       * them; "the official" does not. */
      if (m->gender == READOUT_GENDER_NEUTER)
        m->kind = READOUT_MENTION_INSTITUTION;
      else if (m->anonymous)
        m->kind = READOUT_MENTION_ANONYMOUS;
      else
        {
          char *name = without_article (span_text (tokens, m->first, m->last));
          gint entity = lookup_name (self, READOUT_SPEAKER_PERSON, name);

          if (entity < 0)
            entity = new_entity (self, READOUT_SPEAKER_PERSON, name, NULL, m->party);
          else
            g_free (name);
          link_mention (self, tokens, m, entity);
          return;
        }
      resolve_named (self, tokens, m);
      return;
    }
  link_mention (self, tokens, m, best);
}

static void
resolve_pronoun (ReadoutEntities     *self,
                 const ReadoutTokens *tokens,
                 ReadoutMention      *m)
{
  guint sentence = tok (tokens, m->first)->sentence;
  gint best = -1;

  if (m->gender == READOUT_GENDER_UNKNOWN && !m->plural)
    return;   /* I, we, you: the writer or a quoted voice, never resolved */

  for (guint r = 0; r < self->n_recent; r++)
    {
      gint i = self->recent[r];
      ReadoutEntity *e = readout_entities_get (self, i);

      if (e->mentions->len == 0 || e->last_token >= m->first)
        continue;
      if (sentence - tok (tokens, e->last_token)->sentence > PRONOUN_REACH)
        continue;
      if (m->plural)
        {
          if (!e->plural)
            continue;
        }
      else if (m->gender == READOUT_GENDER_NEUTER)
        {
          if (e->kind != READOUT_SPEAKER_INSTITUTION || e->plural)
            continue;
        }
      else
        {
          if (e->kind != READOUT_SPEAKER_PERSON && e->kind != READOUT_SPEAKER_ANONYMOUS)
            continue;
          if (e->plural)
            continue;
          if (e->gender != READOUT_GENDER_UNKNOWN && e->gender != m->gender)
            continue;
        }
      /* A named person before a nameless role ("Kosovo’s prime minister"
       * met by the speaker): without a parser, names are the better bet. */
      if (best >= 0 && !m->plural && m->gender != READOUT_GENDER_NEUTER &&
          readout_entities_get (self, best)->named != e->named)
        {
          if (e->named)
            best = i;
          continue;
        }
      if (best < 0 || readout_entities_get (self, best)->last_token < e->last_token)
        best = i;
    }

  if (best < 0)
    return;
  /* "he" linked to a person is evidence for the next pronoun. */
  if (m->gender == READOUT_GENDER_MALE || m->gender == READOUT_GENDER_FEMALE)
    readout_entities_get (self, best)->gender = m->gender;
  link_mention (self, tokens, m, best);
}

ReadoutEntities *
readout_entities_resolve (const ReadoutTokens *tokens,
                          ReadoutMentions     *mentions)
{
  ReadoutEntities *self = g_new0 (ReadoutEntities, 1);

  self->entities = g_array_new (FALSE, TRUE, sizeof (ReadoutEntity));
  self->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->by_surname = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->by_given = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < mentions->mentions->len; i++)
    {
      ReadoutMention *m = &g_array_index (mentions->mentions, ReadoutMention, i);

      switch (m->kind)
        {
        case READOUT_MENTION_PERSON:
          resolve_person (self, tokens, m);
          break;
        case READOUT_MENTION_PARTY:
        case READOUT_MENTION_INSTITUTION:
        case READOUT_MENTION_ANONYMOUS:
          resolve_named (self, tokens, m);
          break;
        case READOUT_MENTION_ROLE:
          resolve_role (self, tokens, m);
          break;
        case READOUT_MENTION_PRONOUN:
          resolve_pronoun (self, tokens, m);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return self;
}

gint
readout_entities_for_label (ReadoutEntities *self,
                            const char      *label,
                            guint            start,
                            guint            end)
{
  static const char * const honorifics[] = { "MR. ", "MR ", "MS. ", "MS ", "MRS. ", "MRS ", "DR. ", "DR ", NULL };
  ReadoutGender gender = READOUT_GENDER_UNKNOWN;
  g_autofree char *name = NULL;
  ReadoutSpan span = { start, end };
  const char *rest = label;
  gint entity;

  for (guint i = 0; honorifics[i]; i++)
    if (g_ascii_strncasecmp (label, honorifics[i], strlen (honorifics[i])) == 0)
      {
        rest = label + strlen (honorifics[i]);
        /* MR → male; MRS, MS → female; DR → unknown. */
        gender = honorifics[i][0] == 'D' ? READOUT_GENDER_UNKNOWN
               : honorifics[i][1] == 'R' && honorifics[i][2] != 'S' ? READOUT_GENDER_MALE
               : READOUT_GENDER_FEMALE;
        break;
      }

  /* "PRICE" → "Price", "SECRETARY BLINKEN" keeps its last word. */
  name = g_ascii_strdown (rest, -1);
  for (char *p = name; *p; p++)
    if (p == name || p[-1] == ' ' || p[-1] == '-')
      *p = g_ascii_toupper (*p);

  entity = find_person (self, name);
  if (entity < 0)
    entity = new_entity (self, READOUT_SPEAKER_PERSON, g_steal_pointer (&name), NULL, NULL);
  readout_entities_get (self, entity)->named = TRUE;
  if (readout_entities_get (self, entity)->gender == READOUT_GENDER_UNKNOWN)
    readout_entities_get (self, entity)->gender = gender;
  g_array_append_val (readout_entities_get (self, entity)->mentions, span);
  return entity;
}

void
readout_entities_free (ReadoutEntities *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->entities->len; i++)
    {
      ReadoutEntity *e = readout_entities_get (self, i);

      g_free (e->name);
      g_free (e->role);
      g_strfreev (e->name_parts);
      g_array_unref (e->mentions);
    }
  g_array_unref (self->entities);
  g_hash_table_unref (self->by_name);
  g_hash_table_unref (self->by_surname);
  g_hash_table_unref (self->by_given);
  g_free (self);
}
