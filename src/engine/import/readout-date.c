/* readout-date.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "readout-date.h"

static const char *months[] = {
  "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
};

/* Zone abbreviations that RFC 822 allows, plus the unambiguous ones news
 * sites print next to times (IST and others that name two zones are left
 * out: no offset is better than a wrong one). */
static const struct { const char *name; int minutes; } zones[] = {
  { "GMT", 0 }, { "UT", 0 }, { "UTC", 0 }, { "Z", 0 },
  { "EST", -300 }, { "EDT", -240 }, { "CST", -360 }, { "CDT", -300 },
  { "MST", -420 }, { "MDT", -360 }, { "PST", -480 }, { "PDT", -420 },
  { "WET", 0 }, { "WEST", 60 }, { "BST", 60 }, { "CET", 60 }, { "CEST", 120 },
  { "EET", 120 }, { "EEST", 180 }, { "MSK", 180 }, { "JST", 540 }, { "KST", 540 },
};

typedef struct
{
  int year, month, day;
  int hour, minute, second;
  gboolean has_time;
  gboolean has_zone;
  int zone_minutes;
} Stamp;

static int
month_from_name (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    if (g_ascii_strncasecmp (name, months[i], 3) == 0)
      return i + 1;

  return 0;
}

static gboolean
parse_zone (const char *zone,
            int        *minutes)
{
  if (zone == NULL || zone[0] == '\0')
    return FALSE;

  if (zone[0] == '+' || zone[0] == '-')
    {
      int sign = zone[0] == '-' ? -1 : 1;
      int h = 0, m = 0;
      const char *p = zone + 1;

      if (!g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]))
        return FALSE;
      h = (p[0] - '0') * 10 + (p[1] - '0');
      p += 2;
      if (*p == ':')
        p++;
      if (g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]))
        m = (p[0] - '0') * 10 + (p[1] - '0');
      if (h > 14 || m > 59)
        return FALSE;
      *minutes = sign * (h * 60 + m);
      return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (zones); i++)
    if (g_ascii_strcasecmp (zone, zones[i].name) == 0)
      {
        *minutes = zones[i].minutes;
        return TRUE;
      }

  return FALSE;
}

static int
match_int (GMatchInfo *info,
           int         group)
{
  g_autofree char *s = g_match_info_fetch (info, group);

  return (s != NULL && s[0] != '\0') ? atoi (s) : -1;
}

static void
fill_time (Stamp      *st,
           GMatchInfo *info,
           int         first_group)
{
  g_autofree char *zone = NULL;
  g_autofree char *ampm = NULL;
  int hour = match_int (info, first_group);

  if (hour < 0)
    return;

  st->has_time = TRUE;
  st->hour = hour;
  st->minute = MAX (0, match_int (info, first_group + 1));
  st->second = MAX (0, match_int (info, first_group + 2));

  ampm = g_match_info_fetch (info, first_group + 3);
  if (ampm != NULL && ampm[0] != '\0')
    {
      gboolean pm = g_ascii_tolower (ampm[0]) == 'p';

      if (st->hour == 12)
        st->hour = pm ? 12 : 0;
      else if (pm)
        st->hour += 12;
    }

  zone = g_match_info_fetch (info, first_group + 4);
  st->has_zone = parse_zone (zone, &st->zone_minutes);
}

static gboolean
stamp_valid (const Stamp *st)
{
  if (st->year < 1800 || st->year > 2200)
    return FALSE;
  if (!g_date_valid_dmy (st->day, st->month, st->year))
    return FALSE;
  if (st->has_time && (st->hour > 23 || st->minute > 59 || st->second > 60))
    return FALSE;
  return TRUE;
}

static char *
stamp_format (const Stamp *st)
{
  g_autofree char *zone = NULL;

  if (!st->has_time)
    return g_strdup_printf ("%04d-%02d-%02d", st->year, st->month, st->day);

  if (!st->has_zone)
    zone = g_strdup ("");
  else if (st->zone_minutes == 0)
    zone = g_strdup ("Z");
  else
    zone = g_strdup_printf ("%c%02d:%02d",
                            st->zone_minutes < 0 ? '-' : '+',
                            ABS (st->zone_minutes) / 60,
                            ABS (st->zone_minutes) % 60);

  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02d%s",
                          st->year, st->month, st->day,
                          st->hour, st->minute, st->second, zone);
}

#define TIME_RE \
  "(?:[T ,]+(?:at )?(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2})(?:\\.\\d+)?)?\\s*([AaPp]\\.?[Mm]\\.?)?" \
  "\\s*(Z|[+-]\\d{2}:?\\d{2}|[A-Z]{1,4})?)?"
#define MONTH_RE "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?"

enum { RE_ISO, RE_COMPACT, RE_DMY, RE_MDY, N_RE };

static GRegex *
get_regex (int which)
{
  static GRegex *regexes[N_RE];
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      regexes[RE_ISO] = g_regex_new ("^(\\d{4})-(\\d{2})-(\\d{2})" TIME_RE,
                                     G_REGEX_OPTIMIZE, 0, NULL);
      regexes[RE_COMPACT] = g_regex_new ("^(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})?"
                                         "()(Z|[+-]\\d{4})?)?$",
                                         G_REGEX_OPTIMIZE, 0, NULL);
      /* "Mon, 10 Jan 2022 18:34:00 GMT", "10 January 2022" */
      regexes[RE_DMY] = g_regex_new ("\\b(\\d{1,2})\\s+" MONTH_RE "\\s+(\\d{4}|\\d{2})\\b" TIME_RE,
                                     G_REGEX_OPTIMIZE | G_REGEX_CASELESS, 0, NULL);
      /* "January 10, 2022", "Jan. 10, 2022 6:34 PM EST" */
      regexes[RE_MDY] = g_regex_new ("\\b" MONTH_RE "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b"
                                     TIME_RE,
                                     G_REGEX_OPTIMIZE | G_REGEX_CASELESS, 0, NULL);
      g_once_init_leave (&initialized, 1);
    }

  return regexes[which];
}

static gboolean
try_match (int          which,
           const char  *text,
           GMatchInfo **info)
{
  g_clear_pointer (info, g_match_info_free);
  return g_regex_match (get_regex (which), text, 0, info);
}

char *
readout_date_to_iso8601 (const char *text)
{
  g_autofree char *trimmed = NULL;
  g_autoptr(GMatchInfo) info = NULL;
  Stamp st = { 0 };

  if (text == NULL)
    return NULL;

  trimmed = g_strstrip (g_strndup (text, 256));
  if (trimmed[0] == '\0')
    return NULL;

  if (try_match (RE_ISO, trimmed, &info))
    {
      st.year = match_int (info, 1);
      st.month = match_int (info, 2);
      st.day = match_int (info, 3);
      fill_time (&st, info, 4);
    }
  else if (try_match (RE_COMPACT, trimmed, &info))
    {
      st.year = match_int (info, 1);
      st.month = match_int (info, 2);
      st.day = match_int (info, 3);
      fill_time (&st, info, 4);
    }
  else if (try_match (RE_DMY, trimmed, &info))
    {
      g_autofree char *month = g_match_info_fetch (info, 2);

      st.day = match_int (info, 1);
      st.month = month_from_name (month);
      st.year = match_int (info, 3);
      if (st.year < 100)
        st.year += st.year < 70 ? 2000 : 1900;
      fill_time (&st, info, 4);
    }
  else if (try_match (RE_MDY, trimmed, &info))
    {
      g_autofree char *month = g_match_info_fetch (info, 1);

      st.month = month_from_name (month);
      st.day = match_int (info, 2);
      st.year = match_int (info, 3);
      fill_time (&st, info, 4);
    }
  else
    return NULL;

  if (!stamp_valid (&st))
    return NULL;

  return stamp_format (&st);
}
