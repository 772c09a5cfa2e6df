/* readout-text-importer.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain-text articles, as saved from news apps, aggregators, wires and
 * briefing transcripts. The file is cut into units (one line, or a
 * hard-wrapped paragraph joined back together); each is scored by
 * readout-boilerplate.c. The body runs from the first to the last unit of
 * running text; what comes before is the header (title, byline, source,
 * section, date), what comes after is dropped as furniture. Reading the
 * header and trailer is in readout-text-header.c.
 *
 * The dateline opening the first paragraph ("GENEVA (Reuters) — ") is
 * recorded as the document's dateline and stays in the text, as in every
 * other format: the body is kept as written.
 *
 * Everything is a byte scan plus one hash table for repeated lines, so the
 * cost is linear in the size of the file.
 */

#include "config.h"

#include <string.h>

#include "readout-import-private.h"
#include "readout-text-import-private.h"

/* Hashing longer lines finds nothing: furniture is short. */
#define MAX_HASHED_LEN 256
/* Lines longer than this are never hard-wrapped. */
#define MAX_WRAP_WIDTH 100

typedef struct
{
  const char *start;      /* trimmed */
  gsize       len;
  guint       cp;         /* code points */
  guint       indent;
} Line;

static void
clear_unit (gpointer data)
{
  Unit *unit = data;

  g_free (unit->owned);
}

/* Eight bytes a step: this runs over most of the file. */
static guint
unit_hash (gconstpointer key)
{
  const Unit *unit = key;
  guint64 h = unit->len * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);
  gsize i = 0;

  for (; i + 8 <= unit->len; i += 8)
    {
      guint64 w;

      memcpy (&w, unit->text + i, 8);
      h = (h ^ w) * G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
      h ^= h >> 29;
    }
  for (; i < unit->len; i++)
    h = (h ^ (guchar)unit->text[i]) * G_GUINT64_CONSTANT (0x100000001b3);

  return (guint)(h ^ (h >> 32));
}

static gboolean
unit_equal (gconstpointer a,
            gconstpointer b)
{
  const Unit *ua = a;
  const Unit *ub = b;

  return ua->len == ub->len && memcmp (ua->text, ub->text, ua->len) == 0;
}

static inline gboolean
is_blank_byte (guchar c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static GArray *
split_lines (const char *text,
             gsize       len)
{
  GArray *lines = g_array_sized_new (FALSE, FALSE, sizeof (Line), len / 64 + 16);
  const char *p = text;
  const char *end = text + len;

  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *le = nl != NULL ? nl : end;
      const char *s = p;
      Line line = { 0 };

      while (s < le && is_blank_byte (*s))
        {
          line.indent++;
          s++;
        }
      /* Trailing blanks, including no-break spaces (U+00A0, U+202F) that
       * pages copied from the web leave after a full stop. */
      for (;;)
        {
          if (le > s && is_blank_byte (le[-1]))
            le--;
          else if (le - s >= 2 && (guchar) le[-2] == 0xC2 && (guchar) le[-1] == 0xA0)
            le -= 2;
          else if (le - s >= 3 && (guchar) le[-3] == 0xE2 && (guchar) le[-2] == 0x80 && (guchar) le[-1] == 0xAF)
            le -= 3;
          else
            break;
        }

      line.start = s;
      line.len = le - s;
      /* Only the width of lines that might be hard-wrapped matters. */
      if (line.len <= 4 * MAX_WRAP_WIDTH)
        for (const char *q = s; q < le; q++)
          line.cp += ((guchar)*q & 0xc0) != 0x80;
      else
        line.cp = line.len;
      g_array_append_val (lines, line);

      p = nl != NULL ? nl + 1 : end;
    }

  return lines;
}

/* Hard-wrapped text (every line near one width, none much longer) has its
 * paragraphs cut at that width. Returns the width, or 0 when the lines are
 * whole paragraphs. */
static guint
wrap_width (GArray *lines)
{
  guint n = 0, over = 0, width = 0, near = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (line->len == 0)
        continue;
      n++;
      if (line->cp > MAX_WRAP_WIDTH)
        over++;
      else
        width = MAX (width, line->cp);
    }

  if (n < 3 || over * 10 > n || width < 50)
    return 0;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (line->len > 0 && line->cp <= width && line->cp + 15 >= width)
        near++;
    }

  return near * 4 >= n ? width : 0;
}

static guint
first_word_cp (const Line *line)
{
  guint cp = 0;

  for (gsize i = 0; i < line->len && line->start[i] != ' ' && line->start[i] != '\t'; i++)
    cp += ((guchar)line->start[i] & 0xc0) != 0x80;

  return cp;
}

static gboolean
starts_lower (const Line *line)
{
  gunichar ch = g_utf8_get_char_validated (line->start, line->len);

  return ch != (gunichar)-1 && ch != (gunichar)-2 && g_unichar_islower (ch);
}

/* Lines that always start a unit of their own. */
static gboolean
starts_own_unit (const Line *line)
{
  const guchar *p = (const guchar *)line->start;

  if (line->len >= 3 && g_ascii_strncasecmp (line->start, "by ", 3) == 0)
    return TRUE;
  return _readout_has_bullet (p, p + line->len) ||
         _readout_has_transcript_label (p, p + line->len);
}

static gboolean
ends_sentence (const Line *line)
{
  const char *p = line->start + line->len;

  while (p > line->start && strchr ("\"')]", p[-1]) != NULL)
    p--;
  if (p - line->start >= 3 && (guchar)p[-3] == 0xe2 && (guchar)p[-2] == 0x80 &&
      ((guchar)p[-1] == 0x9d || (guchar)p[-1] == 0x99))
    p -= 3;

  return p > line->start && strchr (".!?:", p[-1]) != NULL;
}

/* Whether @next continues the paragraph that @cur is in. */
static gboolean
continues (const Line *cur,
           const Line *next,
           guint       width)
{
  if (starts_own_unit (next))
    return FALSE;

  /* A sentence cut in two: the rest starts in lower case, or this part
   * ends with a comma. */
  if (cur->len > 0 && cur->start[cur->len - 1] == ',')
    return TRUE;
  if (starts_lower (next) && !ends_sentence (cur))
    return TRUE;

  if (width == 0 || next->indent > cur->indent)
    return FALSE;

  /* The next word would not have fitted on this line. */
  return cur->cp + 1 + first_word_cp (next) + 10 > width;
}

static void
build_units (TextImport *ti,
             GArray     *lines)
{
  guint width = wrap_width (lines);
  guint i = 0;

  while (i < lines->len)
    {
      const Line *line = &g_array_index (lines, Line, i);
      Unit unit = { 0 };
      guint j;

      if (line->len == 0)
        {
          if (ti->units->len > 0)
            g_array_index (ti->units, Unit, ti->units->len - 1).blank_after = TRUE;
          i++;
          continue;
        }

      unit.text = line->start;
      unit.len = line->len;

      for (j = i + 1; j < lines->len; j++)
        {
          const Line *next = &g_array_index (lines, Line, j);

          if (next->len == 0 || !continues (&g_array_index (lines, Line, j - 1), next, width))
            break;
        }

      if (j > i + 1)
        {
          GString *joined = g_string_sized_new (line->len * (j - i));

          for (guint k = i; k < j; k++)
            {
              const Line *part = &g_array_index (lines, Line, k);

              /* "well-" + "known" → "well-known" */
              if (joined->len > 0 && !(joined->len > 1 && joined->str[joined->len - 1] == '-' &&
                                       g_ascii_isalpha (joined->str[joined->len - 2])))
                g_string_append_c (joined, ' ');
              g_string_append_len (joined, part->start, part->len);
            }
          unit.len = joined->len;
          unit.owned = g_string_free (joined, FALSE);
          unit.text = unit.owned;
        }

      g_array_append_val (ti->units, unit);
      i = j;
    }
}

static void
count_repeats (TextImport *ti)
{
  for (guint i = 0; i < ti->units->len; i++)
    {
      Unit *unit = &g_array_index (ti->units, Unit, i);
      gpointer first, count;

      if (unit->len > MAX_HASHED_LEN)
        continue;
      if (g_hash_table_lookup_extended (ti->counts, unit, &first, &count))
        g_hash_table_insert (ti->counts, first, GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
      else
        g_hash_table_insert (ti->counts, unit, GUINT_TO_POINTER (1));
    }

  for (guint i = 0; i < ti->units->len; i++)
    {
      Unit *unit = &g_array_index (ti->units, Unit, i);

      unit->n_repeats = 1;
      if (unit->len <= MAX_HASHED_LEN)
        unit->n_repeats = GPOINTER_TO_UINT (g_hash_table_lookup (ti->counts, unit));
      _readout_line_analyze (unit->text, unit->len, unit->n_repeats, &unit->info);
    }
}

/* Text that is surely part of the story, wherever it stands. */
static gboolean
is_strong (const Unit *unit)
{
  return unit->info.reporting || unit->info.transcript || unit->info.n_words >= 20;
}

/* Non-anchors between the anchor @from and the next one in @step. */
static guint
gap_after (TextImport *ti,
           int         from,
           int         step,
           int         limit)
{
  guint gap = 0;

  for (int i = from + step; i != limit + step; i += step)
    {
      if (g_array_index (ti->units, Unit, i).anchor)
        return gap;
      gap++;
    }

  return gap;
}

/* The body runs from the first to the last anchor: running text of some
 * length, or a short sentence right after another anchor ("He declined to
 * comment."). A short promotional sentence after furniture is no anchor,
 * nor is a short sentence stranded among furniture at either end. */
static void
find_body (TextImport *ti)
{
  gboolean prev_anchor = FALSE;

  ti->body_start = -1;
  ti->body_end = -1;

  for (guint i = 0; i < ti->units->len; i++)
    {
      Unit *unit = &g_array_index (ti->units, Unit, i);

      unit->anchor = _readout_line_is_prose (&unit->info) &&
                     (unit->info.n_words >= 8 || unit->info.transcript || prev_anchor);
      if (unit->anchor)
        {
          if (ti->body_start < 0)
            ti->body_start = i;
          ti->body_end = i;
        }
      prev_anchor = unit->anchor;
    }

  if (ti->body_start < 0)
    return;

  while (ti->body_end > ti->body_start &&
         !is_strong (&g_array_index (ti->units, Unit, ti->body_end)) &&
         gap_after (ti, ti->body_end, -1, ti->body_start) >= 2)
    {
      g_array_index (ti->units, Unit, ti->body_end).anchor = FALSE;
      while (!g_array_index (ti->units, Unit, ti->body_end).anchor)
        ti->body_end--;
    }

  while (ti->body_start < ti->body_end &&
         !is_strong (&g_array_index (ti->units, Unit, ti->body_start)) &&
         gap_after (ti, ti->body_start, 1, ti->body_end) >= 2)
    {
      g_array_index (ti->units, Unit, ti->body_start).anchor = FALSE;
      while (!g_array_index (ti->units, Unit, ti->body_start).anchor)
        ti->body_start++;
    }
}

static gboolean
is_first_occurrence (TextImport *ti,
                     const Unit *unit)
{
  gpointer first;

  if (unit->len > MAX_HASHED_LEN)
    return TRUE;
  return !g_hash_table_lookup_extended (ti->counts, unit, &first, NULL) || first == unit;
}

static gboolean
is_body_prose (const Unit *unit)
{
  return unit->info.bullet || _readout_line_is_prose (&unit->info);
}

static void
add_body (TextImport      *ti,
          ReadoutDocument *document,
          char           **dateline_source)
{
  gboolean first = TRUE;

  for (int i = ti->body_start; i <= ti->body_end; i++)
    {
      const Unit *unit = &g_array_index (ti->units, Unit, i);
      g_autofree char *text = NULL;
      const char *start;

      if (unit->role != ROLE_NONE || unit->info.furniture >= READOUT_FURNITURE_THRESHOLD)
        continue;

      /* A pull quote repeats a sentence of the story. */
      if (unit->n_repeats >= 2 && !unit->info.transcript &&
          (unit->info.n_words < 8 || !is_first_occurrence (ti, unit)))
        continue;

      text = _readout_text_unit_dup (unit);
      start = text;

      if (unit->info.bullet)
        {
          start = g_utf8_next_char (text);
          readout_document_add_block (document, READOUT_BLOCK_LIST_ITEM, start, NULL);
          continue;
        }

      if (!_readout_line_is_prose (&unit->info))
        {
          gboolean alone = (i == ti->body_start || is_body_prose (unit - 1)) &&
                           (i == ti->body_end || is_body_prose (unit + 1));

          /* Runs of short lines inside the story are link lists ("Related
           * stories", headlines); one on its own is a subheading. */
          if (!alone)
            continue;
          readout_document_add_block (document,
                                      unit->info.n_words <= 12 ? READOUT_BLOCK_HEADING
                                                               : READOUT_BLOCK_PARAGRAPH,
                                      text, NULL);
          continue;
        }

      if (first)
        {
          g_autofree char *dateline = NULL;
          if (_readout_parse_dateline (text, &dateline, dateline_source) > 0)
            readout_document_set_dateline (document, dateline);
          first = FALSE;
        }

      readout_document_add_paragraph (document, start);
    }
}

static void
add_every_unit (TextImport      *ti,
                ReadoutDocument *document)
{
  for (guint i = 0; i < ti->units->len; i++)
    {
      const Unit *unit = &g_array_index (ti->units, Unit, i);
      g_autofree char *text = NULL;

      if (unit->info.furniture >= READOUT_FURNITURE_THRESHOLD)
        continue;
      text = _readout_text_unit_dup (unit);
      readout_document_add_paragraph (document, text);
    }
}

GPtrArray *
_readout_text_import (const char  *text,
                      gsize        len,
                      GError     **error)
{
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  g_autoptr(GArray) lines = NULL;
  g_autofree char *byline_source = NULL;
  g_autofree char *dateline_source = NULL;
  TextImport ti = { 0 };

  ti.units = g_array_new (FALSE, TRUE, sizeof (Unit));
  g_array_set_clear_func (ti.units, clear_unit);
  ti.counts = g_hash_table_new (unit_hash, unit_equal);
  ti.authors = g_ptr_array_new_with_free_func (g_free);

  /* The units point into @lines' text, which outlives them. */
  lines = split_lines (text, len);
  build_units (&ti, lines);
  count_repeats (&ti);
  find_body (&ti);

  if (ti.body_start >= 0)
    {
      _readout_text_read_header (&ti, MAX (ti.body_start - MAX_HEADER_UNITS, 0), ti.body_start,
                                 &byline_source);
      _readout_text_choose_title (&ti, ti.body_start);
      _readout_text_title_from_first_line (&ti);
      _readout_text_read_header (&ti, ti.body_end + 1,
                                 MIN (ti.body_end + 1 + MAX_HEADER_UNITS, (int)ti.units->len),
                                 &byline_source);
      add_body (&ti, document, &dateline_source);
    }
  else
    add_every_unit (&ti, document);

  readout_document_set_title (document, ti.title);
  for (guint i = 0; i < ti.authors->len; i++)
    readout_document_add_author (document, g_ptr_array_index (ti.authors, i));
  readout_document_set_date (document, ti.date != NULL ? ti.date : ti.updated);
  readout_document_set_source (document, ti.source != NULL ? ti.source :
                                         byline_source != NULL ? byline_source :
                                         dateline_source);
  readout_document_set_section (document, ti.section);
  readout_document_set_url (document, ti.url);
  readout_document_set_language (document, ti.language);

  g_hash_table_unref (ti.counts);
  g_array_unref (ti.units);
  g_ptr_array_unref (ti.authors);
  g_free (ti.title);
  g_free (ti.source);
  g_free (ti.section);
  g_free (ti.date);
  g_free (ti.updated);
  g_free (ti.url);
  g_free (ti.language);

  g_ptr_array_add (docs, g_steal_pointer (&document));
  return g_steal_pointer (&docs);
}
