/* readout-anchor.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The anchor record, its JSON form, and the first two steps of
 * re-anchoring (position, exact search). The approximate search is in
 * readout-anchor-fuzzy.c; docs/anchoring.md explains the whole cascade.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <string.h>

#include "readout-anchor-private.h"
#include "readout-error.h"

G_DEFINE_BOXED_TYPE (ReadoutAnchor, readout_anchor, readout_anchor_copy, readout_anchor_free)

G_DEFINE_ENUM_TYPE (ReadoutAnchorMatch, readout_anchor_match,
  G_DEFINE_ENUM_VALUE (READOUT_ANCHOR_MATCH_POSITION, "position"),
  G_DEFINE_ENUM_VALUE (READOUT_ANCHOR_MATCH_EXACT, "exact"),
  G_DEFINE_ENUM_VALUE (READOUT_ANCHOR_MATCH_FUZZY, "fuzzy"),
  G_DEFINE_ENUM_VALUE (READOUT_ANCHOR_MATCH_ORPHANED, "orphaned"))

const char *
readout_anchor_match_to_string (ReadoutAnchorMatch match)
{
  switch (match)
    {
    case READOUT_ANCHOR_MATCH_POSITION: return "position";
    case READOUT_ANCHOR_MATCH_EXACT:    return "exact";
    case READOUT_ANCHOR_MATCH_FUZZY:    return "fuzzy";
    case READOUT_ANCHOR_MATCH_ORPHANED: return "orphaned";
    default:                            return NULL;
    }
}

/* The next character, never past the terminating NUL even when the last
 * sequence is cut short: texts come from files. */
static inline const char *
next_char (const char *p)
{
  guint n = g_utf8_skip[*(const guchar *) p];

  for (guint i = 1; i < n; i++)
    if (p[i] == '\0')
      return p + i;
  return p + n;
}

/* The character @offset code points into @text, or NULL past its end. */
static const char *
pointer_at (const char *text,
            guint       offset)
{
  const char *p = text;

  for (guint i = 0; i < offset; i++)
    {
      if (*p == '\0')
        return NULL;
      if ((guchar) *p < 0x80)
        p++;
      else
        p = next_char (p);
    }
  return p;
}

static const char *
back_chars (const char *text,
            const char *p,
            guint       count)
{
  for (guint i = 0; i < count && p > text; i++)
    p = g_utf8_find_prev_char (text, p);
  return p;
}

static const char *
forward_chars (const char *p,
               guint       count)
{
  for (guint i = 0; i < count && *p != '\0'; i++)
    p = next_char (p);
  return p;
}

ReadoutAnchor *
readout_anchor_new_for_span (const char  *text,
                             guint        start,
                             guint        end,
                             GError     **error)
{
  ReadoutAnchor *anchor;
  const char *a, *b, *before, *after;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (start >= end)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Cannot anchor the empty span %u–%u"), start, end);
      return NULL;
    }
  a = pointer_at (text, start);
  b = a != NULL ? pointer_at (a, end - start) : NULL;
  if (b == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The span %u–%u lies outside the text"), start, end);
      return NULL;
    }
  before = back_chars (text, a, READOUT_ANCHOR_CONTEXT_LENGTH);
  after = forward_chars (b, READOUT_ANCHOR_CONTEXT_LENGTH);
  if (!g_utf8_validate_len (before, after - before, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The text around the span %u–%u is not valid UTF-8"), start, end);
      return NULL;
    }

  anchor = g_new0 (ReadoutAnchor, 1);
  anchor->start = start;
  anchor->end = end;
  anchor->exact = g_strndup (a, b - a);
  anchor->prefix = g_strndup (before, a - before);
  anchor->suffix = g_strndup (b, after - b);
  return anchor;
}

ReadoutAnchor *
readout_anchor_copy (const ReadoutAnchor *anchor)
{
  ReadoutAnchor *copy;

  g_return_val_if_fail (anchor != NULL, NULL);

  copy = g_new0 (ReadoutAnchor, 1);
  copy->start = anchor->start;
  copy->end = anchor->end;
  copy->exact = g_strdup (anchor->exact);
  copy->prefix = g_strdup (anchor->prefix);
  copy->suffix = g_strdup (anchor->suffix);
  return copy;
}

void
readout_anchor_free (ReadoutAnchor *anchor)
{
  if (anchor == NULL)
    return;
  g_free (anchor->exact);
  g_free (anchor->prefix);
  g_free (anchor->suffix);
  g_free (anchor);
}

/* Folded code points from @p outward: forward, or backward from @p to
 * @text when @backward. */
static guint
collect_near (const char *text,
              const char *p,
              gboolean    backward,
              gunichar   *out,
              guint       max)
{
  guint n = 0;

  while (n < max)
    {
      if (backward)
        {
          if (p <= text)
            break;
          p = g_utf8_find_prev_char (text, p);
          out[n++] = _readout_anchor_fold (g_utf8_get_char (p));
        }
      else
        {
          if (*p == '\0')
            break;
          out[n++] = _readout_anchor_fold (g_utf8_get_char (p));
          p = next_char (p);
        }
    }
  return n;
}

/* The anchor's context folded, nearest character first, at most
 * READOUT_ANCHOR_CONTEXT_LENGTH of them whatever the record holds. */
static guint
collect_context (const char *context,
                 gboolean    is_prefix,
                 gunichar   *out)
{
  const char *end = context + strlen (context);

  return collect_near (context, is_prefix ? end : context, is_prefix, out,
                       READOUT_ANCHOR_CONTEXT_LENGTH);
}

static gunichar
last_char (const char *s)
{
  const char *end = s + strlen (s);

  return end > s ? g_utf8_get_char (g_utf8_find_prev_char (s, end)) : 0;
}

/* Whether the quote found at [@a, @b) of @text keeps its edges: an edge
 * that was between words must not now fall inside one, so that "Iran" is
 * not found in "Iranian" and "last winter" not in "last wintertime". */
static gboolean
edges_agree (const ReadoutAnchor *anchor,
             const char          *text,
             const char          *a,
             const char          *b)
{
  gunichar first = g_utf8_get_char (anchor->exact);
  gunichar last = last_char (anchor->exact);
  gunichar before = a > text ? g_utf8_get_char (g_utf8_find_prev_char (text, a)) : 0;
  gunichar after = *b != '\0' ? g_utf8_get_char (b) : 0;

  if (!_readout_anchor_inside_word_pair (last_char (anchor->prefix), first) &&
      _readout_anchor_inside_word_pair (before, first))
    return FALSE;
  if (!_readout_anchor_inside_word_pair (last, g_utf8_get_char (anchor->suffix)) &&
      _readout_anchor_inside_word_pair (last, after))
    return FALSE;
  return TRUE;
}

/* Step 2: every occurrence of the quote; the best context wins, then the
 * one nearest the old position, then the first. */
static gboolean
resolve_exact (const ReadoutAnchor *anchor,
               const char          *text,
               guint               *start)
{
  gunichar prefix[READOUT_ANCHOR_CONTEXT_LENGTH], suffix[READOUT_ANCHOR_CONTEXT_LENGTH];
  gunichar near[READOUT_ANCHOR_CONTEXT_LENGTH * 2];
  guint n_prefix = collect_context (anchor->prefix, TRUE, prefix);
  guint n_suffix = collect_context (anchor->suffix, FALSE, suffix);
  gsize exact_bytes = strlen (anchor->exact);
  const char *p = text, *hit;
  guint p_offset = 0;
  gboolean found = FALSE;
  double best_context = -1;
  guint best_distance = G_MAXUINT;

  while ((hit = strstr (p, anchor->exact)) != NULL)
    {
      guint offset = p_offset + (guint) g_utf8_pointer_to_offset (p, hit);
      guint distance = offset > anchor->start ? offset - anchor->start : anchor->start - offset;
      guint n_near;
      double context;

      if (!edges_agree (anchor, text, hit, hit + exact_bytes))
        {
          p = next_char (hit);
          p_offset = offset + 1;
          continue;
        }
      n_near = collect_near (text, hit, TRUE, near, n_prefix + n_prefix / 2);
      context = _readout_anchor_context_similarity (prefix, n_prefix, near, n_near);
      n_near = collect_near (text, hit + exact_bytes, FALSE, near, n_suffix + n_suffix / 2);
      context += _readout_anchor_context_similarity (suffix, n_suffix, near, n_near);

      /* Similarities are ratios of small integers: compare with a margin. */
      if (context > best_context + 1e-9 ||
          (context > best_context - 1e-9 && distance < best_distance))
        {
          best_context = context;
          best_distance = distance;
          *start = offset;
          found = TRUE;
        }

      /* Overlapping occurrences count too ("aa" in "aaa"). */
      p = next_char (hit);
      p_offset = offset + 1;
    }

  return found;
}

ReadoutAnchorMatch
readout_anchor_resolve (const ReadoutAnchor *anchor,
                        const char          *text,
                        guint               *start,
                        guint               *end,
                        double              *score)
{
  const char *at;
  guint quote_length, found_start = 0;

  g_return_val_if_fail (anchor != NULL, READOUT_ANCHOR_MATCH_ORPHANED);
  g_return_val_if_fail (anchor->exact != NULL && anchor->prefix != NULL && anchor->suffix != NULL,
                        READOUT_ANCHOR_MATCH_ORPHANED);
  g_return_val_if_fail (text != NULL, READOUT_ANCHOR_MATCH_ORPHANED);

  if (score != NULL)
    *score = 0;
  if (*anchor->exact == '\0')
    return READOUT_ANCHOR_MATCH_ORPHANED;
  quote_length = (guint) g_utf8_strlen (anchor->exact, -1);

  /* 1. The position, if the quote is still there. */
  at = pointer_at (text, anchor->start);
  if (at != NULL && strncmp (at, anchor->exact, strlen (anchor->exact)) == 0 &&
      edges_agree (anchor, text, at, at + strlen (anchor->exact)))
    {
      found_start = anchor->start;
      if (start != NULL)
        *start = found_start;
      if (end != NULL)
        *end = found_start + quote_length;
      if (score != NULL)
        *score = 1;
      return READOUT_ANCHOR_MATCH_POSITION;
    }

  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), READOUT_ANCHOR_MATCH_ORPHANED);

  /* 2. Exact search. */
  if (resolve_exact (anchor, text, &found_start))
    {
      if (start != NULL)
        *start = found_start;
      if (end != NULL)
        *end = found_start + quote_length;
      if (score != NULL)
        *score = 1;
      return READOUT_ANCHOR_MATCH_EXACT;
    }

  /* 3. Approximate search, or 4. orphaned. */
  return _readout_anchor_resolve_fuzzy (anchor, text, start, end, score);
}

/* JSON */

JsonNode *
readout_anchor_to_json (const ReadoutAnchor *anchor)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (anchor != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, anchor->start);
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, anchor->end);
  json_builder_set_member_name (builder, "exact");
  json_builder_add_string_value (builder, anchor->exact);
  json_builder_set_member_name (builder, "prefix");
  json_builder_add_string_value (builder, anchor->prefix);
  json_builder_set_member_name (builder, "suffix");
  json_builder_add_string_value (builder, anchor->suffix);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

JsonNode *
readout_anchor_to_w3c_selectors (const ReadoutAnchor *anchor)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (anchor != NULL, NULL);

  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, "TextQuoteSelector");
  json_builder_set_member_name (builder, "exact");
  json_builder_add_string_value (builder, anchor->exact);
  json_builder_set_member_name (builder, "prefix");
  json_builder_add_string_value (builder, anchor->prefix);
  json_builder_set_member_name (builder, "suffix");
  json_builder_add_string_value (builder, anchor->suffix);
  json_builder_end_object (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, "TextPositionSelector");
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, anchor->start);
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, anchor->end);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

static gboolean
read_offset (JsonObject  *object,
             const char  *name,
             guint       *value,
             GError     **error)
{
  JsonNode *member = json_object_get_member (object, name);
  gint64 number;

  if (member == NULL)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                   _("The anchor has no “%s” member"), name);
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_INT64)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                   _("The anchor’s “%s” member is not an integer"), name);
      return FALSE;
    }
  number = json_node_get_int (member);
  if (number < 0 || number > G_MAXUINT)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                   _("The anchor’s “%s” member is out of range"), name);
      return FALSE;
    }
  *value = (guint) number;
  return TRUE;
}

static gboolean
read_string (JsonObject  *object,
             const char  *name,
             gboolean     required,
             char       **value,
             GError     **error)
{
  JsonNode *member = json_object_get_member (object, name);

  if (member == NULL && !required)
    {
      *value = g_strdup ("");
      return TRUE;
    }
  if (member == NULL)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                   _("The anchor has no “%s” member"), name);
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_STRING ||
      !g_utf8_validate (json_node_get_string (member), -1, NULL))
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                   _("The anchor’s “%s” member is not a string"), name);
      return FALSE;
    }
  *value = g_strdup (json_node_get_string (member));
  return TRUE;
}

/* Keeps the READOUT_ANCHOR_CONTEXT_LENGTH code points nearest the quote. */
static char *
trim_context (char     *context,
              gboolean  is_prefix)
{
  glong length = g_utf8_strlen (context, -1);
  char *trimmed;

  if (length <= READOUT_ANCHOR_CONTEXT_LENGTH)
    return context;
  if (is_prefix)
    trimmed = g_strdup (g_utf8_offset_to_pointer (context, length - READOUT_ANCHOR_CONTEXT_LENGTH));
  else
    trimmed = g_utf8_substring (context, 0, READOUT_ANCHOR_CONTEXT_LENGTH);
  g_free (context);
  return trimmed;
}

ReadoutAnchor *
readout_anchor_from_json (JsonNode  *node,
                          GError   **error)
{
  g_autoptr(ReadoutAnchor) anchor = g_new0 (ReadoutAnchor, 1);
  JsonObject *object;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                   _("The anchor is not a JSON object"));
      return NULL;
    }
  object = json_node_get_object (node);

  if (!read_offset (object, "start", &anchor->start, error) ||
      !read_offset (object, "end", &anchor->end, error) ||
      !read_string (object, "exact", TRUE, &anchor->exact, error) ||
      !read_string (object, "prefix", FALSE, &anchor->prefix, error) ||
      !read_string (object, "suffix", FALSE, &anchor->suffix, error))
    return NULL;

  if (anchor->end <= anchor->start)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                   _("The anchor’s “end” member is not after its “start”"));
      return NULL;
    }
  if (*anchor->exact == '\0')
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                   _("The anchor’s “exact” member is empty"));
      return NULL;
    }
  anchor->prefix = trim_context (anchor->prefix, TRUE);
  anchor->suffix = trim_context (anchor->suffix, FALSE);
  return g_steal_pointer (&anchor);
}
