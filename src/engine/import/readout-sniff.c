/* readout-sniff.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "readout-import-private.h"

const char *
_readout_format_to_string (ReadoutFormat format)
{
  switch (format)
    {
    case READOUT_FORMAT_TEXT:   return "text";
    case READOUT_FORMAT_HTML:   return "html";
    case READOUT_FORMAT_XHTML:  return "xhtml";
    case READOUT_FORMAT_NITF:   return "nitf";
    case READOUT_FORMAT_NEWSML: return "newsml-g2";
    case READOUT_FORMAT_RSS:    return "rss";
    case READOUT_FORMAT_ATOM:   return "atom";
    case READOUT_FORMAT_JSON:   return "json";
    case READOUT_FORMAT_UNKNOWN:
    default:                    return "unknown";
    }
}

static const struct {
  const char *magic;
  gsize       len;
  gsize       offset;
  const char *what;
} magics[] = {
  { "\x89PNG\r\n\x1a\n", 8, 0, N_("a PNG image") },
  { "\xff\xd8\xff", 3, 0, N_("a JPEG image") },
  { "GIF87a", 6, 0, N_("a GIF image") },
  { "GIF89a", 6, 0, N_("a GIF image") },
  { "WEBP", 4, 8, N_("a WebP image") },
  { "%PDF-", 5, 0, N_("a PDF document") },
  { "PK\x03\x04", 4, 0, N_("a ZIP archive") },
  { "PK\x05\x06", 4, 0, N_("a ZIP archive") },
  { "\x1f\x8b", 2, 0, N_("a gzip-compressed file") },
  { "BZh", 3, 0, N_("a bzip2-compressed file") },
  { "\xfd" "7zXZ", 5, 0, N_("an xz-compressed file") },
  { "\x28\xb5\x2f\xfd", 4, 0, N_("a zstd-compressed file") },
  { "7z\xbc\xaf\x27\x1c", 6, 0, N_("a 7-Zip archive") },
  { "\x7f" "ELF", 4, 0, N_("an executable program") },
  { "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, 0, N_("a Microsoft Office document") },
  { "ID3", 3, 0, N_("an audio file") },
  { "OggS", 4, 0, N_("an audio or video file") },
  { "ftyp", 4, 4, N_("a video file") },
  { "SQLite format 3", 15, 0, N_("an SQLite database") },
};

/* True when NULs sit in a regular UTF-16 or UTF-32 pattern. Text without a
 * BOM in those encodings is rare but real (Windows tools write it). */
gboolean
_readout_looks_like_wide_text (const guint8 *data,
                      gsize         len)
{
  gsize n = MIN (len, 4096) & ~(gsize)1;
  gsize even_nul = 0, odd_nul = 0;

  if (n < 4)
    return FALSE;

  for (gsize i = 0; i < n; i++)
    if (data[i] == 0)
      {
        if (i % 2 == 0)
          even_nul++;
        else
          odd_nul++;
      }

  /* ASCII-range text in UTF-16 has a NUL in every other byte. */
  return (odd_nul > n / 4 && even_nul <= n / 64) || (even_nul > n / 4 && odd_nul <= n / 64);
}

const char *
_readout_sniff_binary (const guint8 *data,
                       gsize         len)
{
  gsize n = MIN (len, 8192);
  gsize controls = 0;

  for (guint i = 0; i < G_N_ELEMENTS (magics); i++)
    if (len >= magics[i].offset + magics[i].len &&
        memcmp (data + magics[i].offset, magics[i].magic, magics[i].len) == 0)
      return _(magics[i].what);

  /* Byte order marks mean text, whatever follows. */
  if ((len >= 2 && ((data[0] == 0xff && data[1] == 0xfe) || (data[0] == 0xfe && data[1] == 0xff))) ||
      (len >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf))
    return NULL;

  if (memchr (data, 0, n) != NULL && !_readout_looks_like_wide_text (data, len))
    return _("a binary file");

  /* Control characters other than tab, line breaks and form feed are rare in
   * text in any single-byte encoding. */
  for (gsize i = 0; i < n; i++)
    if (data[i] < 0x20 && data[i] != '\t' && data[i] != '\n' && data[i] != '\r' &&
        data[i] != '\f' && data[i] != 0 && data[i] != 0x1b)
      controls++;

  if (controls > n / 20 + 1)
    return _("a binary file");

  return NULL;
}

/* The local name of the first element in @text (after the XML
 * declaration, comments, processing instructions and the doctype). */
static char *
root_element (const char *text,
              gsize       len,
              gboolean   *has_xml_decl,
              gboolean   *has_html_doctype)
{
  const char *p = text;
  /* The whole prologue is scanned: a hostile DTD can be megabytes long, and
   * stopping early would let it pass as plain text. Each step only moves
   * forward, so this stays linear. */
  const char *end = text + len;

  *has_xml_decl = FALSE;
  *has_html_doctype = FALSE;

  while (p < end)
    {
      while (p < end && g_ascii_isspace (*p))
        p++;
      if (p >= end || *p != '<')
        return NULL;

      if (g_str_has_prefix (p, "<?"))
        {
          if (g_ascii_strncasecmp (p, "<?xml", 5) == 0)
            *has_xml_decl = TRUE;
          p = g_strstr_len (p, end - p, "?>");
          if (p == NULL)
            return NULL;
          p += 2;
        }
      else if (g_str_has_prefix (p, "<!--"))
        {
          p = g_strstr_len (p, end - p, "-->");
          if (p == NULL)
            return NULL;
          p += 3;
        }
      else if (g_str_has_prefix (p, "<!"))
        {
          if (g_ascii_strncasecmp (p, "<!doctype html", 14) == 0)
            *has_html_doctype = TRUE;
          /* A doctype may carry an internal subset in brackets. */
          {
            const char *bracket = memchr (p, '[', MIN ((gsize)(end - p), 512));
            const char *gt = memchr (p, '>', end - p);

            if (gt == NULL)
              return NULL;
            if (bracket != NULL && bracket < gt)
              {
                const char *close = g_strstr_len (bracket, end - bracket, "]");

                if (close == NULL)
                  return NULL;
                gt = memchr (close, '>', end - close);
                if (gt == NULL)
                  return NULL;
              }
            p = gt + 1;
          }
        }
      else
        {
          const char *name = p + 1;
          const char *q = name;
          const char *colon;

          while (q < end && (g_ascii_isalnum (*q) || *q == ':' || *q == '-' || *q == '_' || *q == '.'))
            q++;
          if (q == name)
            return NULL;
          colon = memchr (name, ':', q - name);
          if (colon != NULL && g_ascii_strncasecmp (name, "rdf:", 4) != 0)
            name = colon + 1;
          return g_ascii_strdown (name, q - name);
        }
    }

  return NULL;
}

static gboolean
has_html_markup (const char *text,
                 gsize       len)
{
  static const char *tags[] = { "<html", "<body", "<head", "<p>", "<p ", "<div", "<article", "<br" };
  g_autofree char *head = g_ascii_strdown (text, MIN (len, 4096));

  for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
    if (strstr (head, tags[i]) != NULL)
      return TRUE;

  return FALSE;
}

ReadoutFormat
_readout_sniff_format (const char *text,
                       gsize       len,
                       const char *name)
{
  g_autofree char *root = NULL;
  const char *p = text;
  gboolean xml_decl, html_doctype;

  while ((gsize)(p - text) < len && g_ascii_isspace (*p))
    p++;

  if ((gsize)(p - text) >= len)
    return READOUT_FORMAT_UNKNOWN;

  /* "[Advertisement]" or "{Updated}" above a story is plain text: JSON has
   * a value, a key or the closing bracket right after the opening one. */
  if (*p == '{' || *p == '[')
    {
      const char *q = p + 1;

      while ((gsize)(q - text) < len && g_ascii_isspace (*q))
        q++;
      if ((gsize)(q - text) >= len || strchr ("\"{[]}-0123456789tfn", *q) != NULL)
        return READOUT_FORMAT_JSON;
      return READOUT_FORMAT_TEXT;
    }

  if (*p != '<')
    {
      /* Markup after a stray line of text still makes a page. */
      if (name != NULL && (g_str_has_suffix (name, ".html") || g_str_has_suffix (name, ".htm")) &&
          has_html_markup (text, len))
        return READOUT_FORMAT_HTML;
      return READOUT_FORMAT_TEXT;
    }

  root = root_element (p, len - (p - text), &xml_decl, &html_doctype);
  if (root == NULL)
    return has_html_markup (text, len) ? READOUT_FORMAT_HTML : READOUT_FORMAT_TEXT;

  if (g_str_equal (root, "nitf"))
    return READOUT_FORMAT_NITF;
  if (g_str_equal (root, "newsitem") || g_str_equal (root, "newsmessage") ||
      g_str_equal (root, "packageitem"))
    return READOUT_FORMAT_NEWSML;
  if (g_str_equal (root, "rss") || g_str_equal (root, "rdf:rdf"))
    return READOUT_FORMAT_RSS;
  if (g_str_equal (root, "feed") || g_str_equal (root, "entry"))
    return READOUT_FORMAT_ATOM;
  if (g_str_equal (root, "html"))
    {
      g_autofree char *head = g_ascii_strdown (p, MIN (len - (p - text), 2048));

      if (xml_decl && strstr (head, "http://www.w3.org/1999/xhtml") != NULL)
        return READOUT_FORMAT_XHTML;
      return READOUT_FORMAT_HTML;
    }

  if (html_doctype || has_html_markup (text, len))
    return READOUT_FORMAT_HTML;

  return READOUT_FORMAT_UNKNOWN;
}
