/* readout-header-lines.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The header lines of plain-text articles, also met in JSON fields: bylines,
 * datelines, section names, publisher names and date lines. Small word
 * lists of the trade (job titles, name particles, section names, the last
 * words of publishers' names), never one site's phrases.
 */

#include "config.h"

#include <string.h>

#include "readout-boilerplate-private.h"
#include "readout-date.h"
#include "readout-document.h"

/* Last words of publisher and wire-service names. */
static const char *source_nouns[] = {
  "Agency", "Broadcasting", "Bulletin", "Chronicle", "Courier", "Daily", "Dispatch",
  "Gazette", "Herald", "Journal", "Media", "Monitor", "Network", "News", "Newswire",
  "Observer", "Post", "Press", "Radio", "Service", "Services", "Telegraph", "Television",
  "Times", "Tribune", "Wire", "Wires",
};

/* Job titles that follow a name in a byline ("Jane Doe, Staff Writer"). */
static const char *role_words[] = {
  "Analyst", "Bureau", "Chief", "Columnist", "Contributor", "Correspondent", "Desk",
  "Editor", "Producer", "Reporter", "Spokesman", "Spokesperson", "Spokeswoman", "Staff",
  "Writer",
};

/* Name particles written in lower case ("Ursula von der Leyen"). */
static const char *particles[] = {
  "al", "bin", "da", "das", "de", "del", "della", "der", "di", "dos", "du", "ibn",
  "la", "le", "ten", "ter", "van", "von", "y",
};

/* Capitalised words of headlines that are never part of a name. */
static const char *not_name_words[] = {
  "A", "After", "An", "And", "As", "At", "By", "For", "From", "In", "Into", "Is", "Of",
  "On", "Over", "The", "To", "Up", "With",
};

static const char *sections[] = {
  "Africa", "Americas", "Analysis", "Arts", "Asia", "Asia Pacific", "Business",
  "Climate", "Commentary", "Crime", "Culture", "Defence", "Defense", "Diplomacy",
  "Domestic", "Economy", "Editorial", "Education", "Elections", "Energy",
  "Entertainment", "Environment", "Europe", "Features", "Finance", "Foreign Affairs",
  "Government", "Health", "International", "Investigations", "Latin America", "Law",
  "Lifestyle", "Local", "Markets", "Metro", "Middle East", "Money", "Nation", "National",
  "Opinion", "Politics", "Regional", "Science", "Security", "Sport", "Sports", "Tech",
  "Technology", "Travel", "U.S.", "UK", "US", "World",
};

static gboolean
in_list (const char  *word,
         const char **list,
         gsize        n,
         gboolean     ignore_case)
{
  for (gsize i = 0; i < n; i++)
    if (ignore_case ? g_ascii_strcasecmp (word, list[i]) == 0 : strcmp (word, list[i]) == 0)
      return TRUE;

  return FALSE;
}

#define IN_LIST(word, list, ic) in_list ((word), (list), G_N_ELEMENTS (list), (ic))

gboolean
_readout_is_section_name (const char *text)
{
  g_autofree char *norm = readout_normalize_inline (text, -1);
  gsize len = strlen (norm);

  if (len == 0 || len > 40)
    return FALSE;

  /* "World News" is the section "World". */
  if (len > 5 && g_str_has_suffix (norm, " News"))
    norm[len - 5] = '\0';

  return IN_LIST (norm, sections, TRUE);
}

static gboolean
is_capitalised (const char *word)
{
  gunichar ch = g_utf8_get_char (word);

  return g_unichar_isupper (ch) || g_unichar_istitle (ch);
}

gboolean
_readout_is_source_name (const char *text)
{
  g_autofree char *norm = readout_normalize_inline (text, -1);
  g_auto(GStrv) words = NULL;
  guint n;

  if (strlen (norm) > 60)
    return FALSE;

  words = g_strsplit (norm, " ", -1);
  n = g_strv_length (words);
  if (n == 0 || n > 6)
    return FALSE;

  for (guint i = 0; i < n; i++)
    if (!is_capitalised (words[i]) && strcmp (words[i], "of") != 0 &&
        strcmp (words[i], "the") != 0 && strcmp (words[i], "&") != 0)
      return FALSE;

  return IN_LIST (words[n - 1], source_nouns, FALSE);
}

/* "Jane Doe", "J. R. Smith", "Ursula von der Leyen", "JANE DOE". */
static gboolean
looks_like_name (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint n = g_strv_length (words);
  guint capitalised = 0;

  if (n < 2 || n > 5)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      const char *w = words[i];

      if (IN_LIST (w, particles, FALSE) && i > 0 && i < n - 1)
        continue;
      if (!is_capitalised (w))
        return FALSE;
      if (IN_LIST (w, not_name_words, TRUE) || IN_LIST (w, source_nouns, TRUE) ||
          IN_LIST (w, role_words, TRUE) || IN_LIST (w, sections, TRUE))
        return FALSE;
      for (const char *p = w; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar ch = g_utf8_get_char (p);

          if (!g_unichar_isalpha (ch) && ch != '.' && ch != '-' && ch != '\'' && ch != 0x2019)
            return FALSE;
        }
      capitalised++;
    }

  return capitalised >= 2;
}

/* "ILYA ARKHIPOV" → "Ilya Arkhipov"; names with any lower case stay. */
static char *
name_case (const char *name)
{
  g_autoptr(GString) out = NULL;
  gboolean start = TRUE;

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      return g_strdup (name);

  out = g_string_new (NULL);
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      g_string_append_unichar (out, start ? g_unichar_totitle (ch) : g_unichar_tolower (ch));
      start = !g_unichar_isalpha (ch);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Splits a byline at ", ", " and ", " & ", "; ", " | ". */
static GPtrArray *
split_byline (const char *text)
{
  static const char *seps[] = { ", and ", " and ", " & ", ", ", "; ", " | ", " / " };
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  const char *p = text;

  while (*p != '\0')
    {
      const char *best = NULL;
      gsize best_len = 0;

      for (guint i = 0; i < G_N_ELEMENTS (seps); i++)
        {
          const char *hit = strstr (p, seps[i]);

          if (hit != NULL && (best == NULL || hit < best))
            {
              best = hit;
              best_len = strlen (seps[i]);
            }
        }

      if (best == NULL)
        {
          g_ptr_array_add (parts, g_strstrip (g_strdup (p)));
          break;
        }
      g_ptr_array_add (parts, g_strstrip (g_strndup (p, best - p)));
      p = best + best_len;
    }

  return parts;
}

gboolean
_readout_parse_byline (const char  *text,
                       gboolean     require_by,
                       GPtrArray   *authors,
                       char       **source)
{
  g_autofree char *norm = readout_normalize_inline (text, -1);
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *agency = NULL;
  const char *p = norm;
  gboolean has_by = FALSE;

  if (g_ascii_strncasecmp (p, "by ", 3) == 0)
    {
      p += 3;
      has_by = TRUE;
    }
  else if (require_by)
    return FALSE;

  if (strlen (p) > 160 || *p == '\0')
    return FALSE;

  /* "By now, Sexton said he was unconvinced.": a sentence, not a byline —
   * bylines do not end in a full stop after a lower-case word. */
  {
    gsize len = strlen (p);

    if (len > 1 && p[len - 1] == '.' && g_ascii_islower (p[len - 2]))
      return FALSE;
    if (g_ascii_islower (p[0]) && strchr (p, ',') != NULL && strchr (p, ',') - p < 12)
      return FALSE;
  }

  parts = split_byline (p);
  for (guint i = 0; i < parts->len; i++)
    {
      const char *part = g_ptr_array_index (parts, i);
      gboolean all_caps_word = strlen (part) >= 2 && strlen (part) <= 6 && strchr (part, ' ') == NULL;

      for (const char *q = part; all_caps_word && *q != '\0'; q++)
        all_caps_word = g_ascii_isupper (*q);

      if (*part == '\0')
        continue;
      if (looks_like_name (part))
        g_ptr_array_add (names, name_case (part));
      else if (_readout_is_source_name (part) || (has_by && i > 0 && all_caps_word))
        {
          if (agency == NULL)
            agency = g_strdup (part);
        }
      else if (i > 0 && (has_by || names->len > 0))
        {
          g_auto(GStrv) words = g_strsplit (part, " ", -1);
          gboolean role = FALSE;

          for (guint j = 0; words[j] != NULL && !role; j++)
            role = IN_LIST (words[j], role_words, TRUE);
          /* One capitalised word after the names: an agency ("Reuters"). */
          if (!role && has_by && words[1] == NULL && is_capitalised (part))
            {
              if (agency == NULL)
                agency = g_strdup (part);
            }
          else if (!role)
            return FALSE;
        }
      else
        return FALSE;
    }

  if (names->len == 0 || (!has_by && names->len < 2))
    return FALSE;

  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (authors, g_strdup (g_ptr_array_index (names, i)));
  if (source != NULL && *source == NULL && agency != NULL)
    *source = g_steal_pointer (&agency);

  return TRUE;
}

static GRegex *
dateline_regex (void)
{
  static GRegex *regex;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      /* A place in capitals, or in title case when an agency follows;
       * then ", June 3", ", Ukraine"; then "(Agency)"; then a dash. */
#define WORD "[\\p{L}\\d.'’\\-]+"
#define EXTRA "(?:,\\s*" WORD "(?:\\s+" WORD "){0,3}){0,2}"
#define AGENCY "\\s*\\(([^()]{1,40})\\)"
      regex = g_regex_new ("^((?:\\p{Lu}[\\p{Lu}.'’\\-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’\\-]*){0,3}"
                           EXTRA "(?:" AGENCY ")?"
                           "|\\p{Lu}\\p{Ll}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,2}"
                           EXTRA AGENCY "))"
                           "(?:\\s*[—–]\\s*|\\s+--?\\s+)",
                           G_REGEX_OPTIMIZE, 0, NULL);
#undef WORD
#undef EXTRA
#undef AGENCY
      g_assert (regex != NULL);
      g_once_init_leave (&initialized, 1);
    }

  return regex;
}

gsize
_readout_parse_dateline (const char  *text,
                         char       **dateline,
                         char       **agency)
{
  g_autoptr(GMatchInfo) info = NULL;
  g_autofree char *head = NULL;
  int end = 0;

  /* Datelines are short; matching only the start keeps this cheap. */
  head = g_utf8_make_valid (text, MIN (strlen (text), 160));
  if (!g_regex_match (dateline_regex (), head, 0, &info))
    return 0;

  if (!g_match_info_fetch_pos (info, 0, NULL, &end) || head[end] == '\0')
    return 0;

  if (dateline != NULL)
    {
      g_autofree char *place = g_match_info_fetch (info, 1);

      *dateline = readout_normalize_metadata (place);
    }
  if (agency != NULL)
    {
      g_autofree char *a = g_match_info_fetch (info, 2);

      if (a == NULL || a[0] == '\0')
        {
          g_free (a);
          a = g_match_info_fetch (info, 3);
        }
      *agency = readout_normalize_metadata (a);
    }

  return end;
}

static GRegex *
leading_time_regex (void)
{
  static GRegex *regex;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      regex = g_regex_new ("^(.*?)\\b(\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:[AaPp]\\.?[Mm]\\.?)?"
                           "(?:\\s+[A-Z]{2,4}\\b)?)\\s*,?\\s*(.*\\d{4}.*)$",
                           G_REGEX_OPTIMIZE, 0, NULL);
      g_assert (regex != NULL);
      g_once_init_leave (&initialized, 1);
    }

  return regex;
}

char *
_readout_parse_date_line (const char *text,
                          gboolean   *updated)
{
  g_autofree char *norm = readout_normalize_inline (text, -1);
  g_autofree char *iso = NULL;
  g_autoptr(GMatchInfo) info = NULL;
  guint words = 1;
  const char *digit;

  if (updated != NULL)
    *updated = FALSE;

  digit = strpbrk (norm, "0123456789");
  if (digit == NULL || strlen (norm) > 100)
    return NULL;
  for (const char *p = norm; *p != '\0'; p++)
    words += *p == ' ';
  if (words > 14)
    return NULL;

  iso = readout_date_to_iso8601 (norm);
  if (iso == NULL)
    iso = readout_date_to_iso8601 (digit);
  if (iso == NULL)
    return NULL;

  /* "Published 10:34 AM EST, Mon January 10, 2022": the time comes first,
   * which the date parser does not expect; move it after the date. */
  if (strchr (iso, 'T') == NULL && g_regex_match (leading_time_regex (), norm, 0, &info))
    {
      g_autofree char *before = g_match_info_fetch (info, 1);
      g_autofree char *time = g_match_info_fetch (info, 2);
      g_autofree char *after = g_match_info_fetch (info, 3);
      g_autofree char *moved = g_strdup_printf ("%s %s %s", before, after, time);
      g_autofree char *with_time = readout_date_to_iso8601 (moved);

      if (with_time != NULL && strchr (with_time, 'T') != NULL)
        {
          g_free (iso);
          iso = g_steal_pointer (&with_time);
        }
    }

  if (updated != NULL)
    *updated = g_ascii_strncasecmp (norm, "updated", 7) == 0 ||
               g_ascii_strncasecmp (norm, "last updated", 12) == 0 ||
               g_ascii_strncasecmp (norm, "modified", 8) == 0;

  return g_steal_pointer (&iso);
}
