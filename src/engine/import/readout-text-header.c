/* readout-text-header.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The header and trailer of a plain-text article: the units before and
 * after the body that readout-text-importer.c found. Each gets a role
 * (a written-out field, a URL, a date, a byline, a section, a source) and
 * fills the document's fields; the headline is then chosen among the rest,
 * or taken from the first line of a file without a header.
 */

#include "config.h"

#include <string.h>

#include "readout-text-import-private.h"

static void
set_if_unset (char       **field,
              const char  *value)
{
  if (*field == NULL && value != NULL && value[0] != '\0')
    *field = g_strdup (value);
}

/* "Source: Tribune", "Published: …": a header field written out. */
static gboolean
take_field (TextImport *ti,
            Unit       *unit,
            const char *line)
{
  static const struct { const char *key; Role role; } keys[] = {
    { "title", ROLE_TITLE }, { "headline", ROLE_TITLE },
    { "author", ROLE_AUTHORS }, { "authors", ROLE_AUTHORS }, { "byline", ROLE_AUTHORS },
    { "source", ROLE_SOURCE }, { "publisher", ROLE_SOURCE }, { "agency", ROLE_SOURCE },
    { "section", ROLE_SECTION }, { "category", ROLE_SECTION },
    { "date", ROLE_DATE }, { "published", ROLE_DATE }, { "updated", ROLE_DATE },
    { "url", ROLE_OTHER }, { "link", ROLE_OTHER }, { "language", ROLE_OTHER },
  };
  const char *colon = strchr (line, ':');
  const char *value;
  gsize key_len;

  if (colon == NULL || colon[1] != ' ' || colon - line > 12)
    return FALSE;
  key_len = colon - line;
  value = colon + 2;

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      if (strlen (keys[i].key) != key_len || g_ascii_strncasecmp (line, keys[i].key, key_len) != 0)
        continue;

      switch (keys[i].role)
        {
        case ROLE_TITLE:
          set_if_unset (&ti->title, value);
          break;
        case ROLE_AUTHORS:
          if (ti->authors->len == 0 && !_readout_parse_byline (value, FALSE, ti->authors, NULL))
            g_ptr_array_add (ti->authors, g_strdup (value));
          break;
        case ROLE_SOURCE:
          g_free (ti->source);
          ti->source = g_strdup (value);
          break;
        case ROLE_SECTION:
          set_if_unset (&ti->section, value);
          break;
        case ROLE_DATE:
          if (ti->date == NULL)
            ti->date = _readout_parse_date_line (value, NULL);
          break;
        case ROLE_OTHER:
        case ROLE_NONE:
        default:
          if (g_ascii_strncasecmp (line, "lang", 4) == 0)
            set_if_unset (&ti->language, value);
          else
            set_if_unset (&ti->url, value);
          break;
        }
      unit->role = keys[i].role;
      return TRUE;
    }

  return FALSE;
}

static gboolean
is_url (const char *line)
{
  return (g_str_has_prefix (line, "http://") || g_str_has_prefix (line, "https://")) &&
         strchr (line, ' ') == NULL;
}

/* A line repeated in the header that names something ("Tribune News
 * Service" above a story and again in the app's chrome) is the source. */
static gboolean
is_repeated_name (const Unit *unit,
                  const char *line)
{
  const ReadoutLineInfo *info = &unit->info;

  if (unit->n_repeats < 2 || info->n_words > 6 || info->n_upper < info->n_words ||
      info->ends_sentence)
    return FALSE;

  /* Its score without the bonus for being repeated: a name scores only
   * for being short and unpunctuated, "Our Picks" also for its words. */
  return info->furniture - 2 <= 2 || _readout_is_source_name (line);
}

void
_readout_text_read_header (TextImport  *ti,
                           int          from,
                           int          to,
                           char       **byline_source)
{
  gboolean in_trailer = from > ti->body_end && ti->body_end >= 0;

  for (int i = from; i < to; i++)
    {
      Unit *unit = &g_array_index (ti->units, Unit, i);
      g_autofree char *line = NULL;
      g_autofree char *iso = NULL;
      gboolean updated = FALSE;

      if (unit->len > 300)
        continue;
      line = _readout_text_unit_dup (unit);

      if (take_field (ti, unit, line))
        continue;

      if (is_url (line))
        {
          set_if_unset (&ti->url, line);
          unit->role = ROLE_OTHER;
          continue;
        }

      if (unit->info.furniture < READOUT_FURNITURE_THRESHOLD && strpbrk (line, "0123456789") &&
          (iso = _readout_parse_date_line (line, &updated)) != NULL)
        {
          set_if_unset (updated ? &ti->updated : &ti->date, iso);
          unit->role = ROLE_DATE;
          continue;
        }

      /* Bylines open with "By" or are capitalised names joined by "and". */
      if (ti->authors->len == 0 && unit->info.n_words <= 24 && unit->info.n_upper >= 2 &&
          (g_ascii_strncasecmp (line, "by ", 3) == 0 ||
           (!in_trailer && unit->info.n_lower * 3 <= unit->info.n_words)) &&
          _readout_parse_byline (line, in_trailer, ti->authors, byline_source))
        {
          unit->role = ROLE_AUTHORS;
          continue;
        }

      if (in_trailer)
        continue;

      if (unit->info.n_words <= 3 && _readout_is_section_name (line))
        {
          set_if_unset (&ti->section, line);
          unit->role = ROLE_SECTION;
          continue;
        }

      if (unit->info.n_words <= 6 &&
          (_readout_is_source_name (line) || is_repeated_name (unit, line)))
        {
          set_if_unset (&ti->source, line);
          unit->role = ROLE_SOURCE;
          continue;
        }

      unit->role = ROLE_NONE;
    }
}

static gboolean
is_metadata_role (Role role)
{
  return role == ROLE_AUTHORS || role == ROLE_DATE || role == ROLE_SECTION || role == ROLE_SOURCE;
}

/* The headline is a header line of a few words that is none of the above
 * and no furniture. It tends to come first and to sit next to the byline,
 * date or section; what follows it (a standfirst, an image credit) is not
 * body text either. */
void
_readout_text_choose_title (TextImport *ti,
                            int         to)
{
  Unit *best = NULL;
  int best_score = G_MININT;
  gboolean first = TRUE;

  if (ti->title != NULL)
    return;

  for (int i = MAX (to - MAX_HEADER_UNITS, 0); i < to; i++)
    {
      Unit *unit = &g_array_index (ti->units, Unit, i);
      const ReadoutLineInfo *info = &unit->info;
      int score = 0;

      if (unit->role != ROLE_NONE || info->furniture >= READOUT_FURNITURE_THRESHOLD ||
          info->n_lower + info->n_upper < 3 || info->n_words > 40)
        continue;

      /* Headlines lack sentence punctuation, which alone scores 1. */
      score -= info->furniture >= 2 ? 2 : 0;
      score += first ? 1 : 0;
      score += info->n_words >= 6 ? 1 : 0;
      if ((i > 0 && is_metadata_role (unit[-1].role)) ||
          (i + 1 < to && is_metadata_role (unit[1].role)))
        score += 2;
      first = FALSE;

      if (score > best_score)
        {
          best = unit;
          best_score = score;
        }
    }

  if (best != NULL)
    {
      gsize len = best->len;

      /* "Lawmakers weigh sanctions;" above its subtitle */
      while (len > 0 && (best->text[len - 1] == ';' || best->text[len - 1] == ','))
        len--;
      ti->title = g_strndup (best->text, len);
      best->role = ROLE_TITLE;
    }

  for (int i = 0; i < to; i++)
    {
      Unit *unit = &g_array_index (ti->units, Unit, i);

      if (unit->role == ROLE_NONE)
        unit->role = ROLE_OTHER;
    }
}

/* Sentence ends: ". " before a capital, unless the dot ends an initial
 * or an abbreviation with inner dots ("N.Y.", "U.S."). */
static guint
count_sentences (const Unit *unit)
{
  guint n = 1;

  for (gsize i = 1; i + 2 < unit->len; i++)
    {
      const char *t = unit->text;
      gsize w = i;

      if (strchr (".?!", t[i]) == NULL || t[i + 1] != ' ' || !g_ascii_isupper (t[i + 2]))
        continue;
      while (w > 0 && t[w - 1] != ' ')
        w--;
      if (t[i] == '.' && (i - w <= 1 || memchr (t + w, '.', i - w) != NULL))
        continue;
      n++;
    }

  return n;
}

/* Files without a header line may open with the headline as a sentence:
 * short, one or two sentences, on its own, with running text after it. */
void
_readout_text_title_from_first_line (TextImport *ti)
{
  const Unit *unit;

  if (ti->title != NULL || ti->body_start != 0 || ti->body_end <= ti->body_start)
    return;

  unit = &g_array_index (ti->units, Unit, 0);
  if (unit->info.n_words > 16 || unit->info.transcript ||
      !unit->blank_after || unit->len > 200)
    return;

  if (count_sentences (unit) > 2)
    return;

  {
    g_autofree char *line = _readout_text_unit_dup (unit);

    if (_readout_parse_dateline (line, NULL, NULL) > 0)
      return;
    ti->title = g_steal_pointer (&line);
  }
  ti->body_start = 1;
}
