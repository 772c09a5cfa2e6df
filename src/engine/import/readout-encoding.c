/* readout-encoding.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "readout-error.h"
#include "readout-import-private.h"

/* The charset named by an XML declaration or an HTML <meta> in the first
 * 2 KiB, lower-cased, or NULL. */
static char *
declared_charset (const guint8 *data,
                  gsize         len)
{
  static GRegex *regex;
  static gsize initialized;
  g_autofree char *head = NULL;
  g_autoptr(GMatchInfo) info = NULL;
  gsize n = MIN (len, 2048);

  if (g_once_init_enter (&initialized))
    {
      regex = g_regex_new ("(?:<\\?xml[^>]*encoding\\s*=\\s*[\"']|<meta[^>]*charset\\s*=\\s*[\"']?)"
                           "([A-Za-z0-9_.:-]+)",
                           G_REGEX_CASELESS | G_REGEX_OPTIMIZE | G_REGEX_RAW, 0, NULL);
      g_once_init_leave (&initialized, 1);
    }

  /* Keep it ASCII: the declaration itself is always ASCII. */
  head = g_malloc (n + 1);
  for (gsize i = 0; i < n; i++)
    head[i] = (data[i] == 0 || data[i] >= 0x80) ? ' ' : data[i];
  head[n] = '\0';

  if (!g_regex_match (regex, head, 0, &info))
    return NULL;

  return g_ascii_strdown (g_match_info_fetch (info, 1), -1);
}

static gboolean
is_utf8_name (const char *charset)
{
  return g_ascii_strcasecmp (charset, "utf-8") == 0 || g_ascii_strcasecmp (charset, "utf8") == 0;
}

/* Browsers read Latin-1 and ASCII labels as Windows-1252 (WHATWG Encoding),
 * and so do the pages that declare them: curly quotes sit in 0x80–0x9F. */
static const char *
canonical_charset (const char *charset)
{
  if (g_ascii_strcasecmp (charset, "iso-8859-1") == 0 ||
      g_ascii_strcasecmp (charset, "latin1") == 0 ||
      g_ascii_strcasecmp (charset, "us-ascii") == 0 ||
      g_ascii_strcasecmp (charset, "ascii") == 0)
    return "WINDOWS-1252";

  return charset;
}

/* A guess for undeclared 8-bit text that is not UTF-8: Cyrillic text has
 * most of its high bytes in the letter rows; KOI8-R puts the (far more
 * common) lower-case letters in 0xC0–0xDF, Windows-1251 in 0xE0–0xFF. */
static const char *
guess_8bit (const guint8 *data,
            gsize         len)
{
  gsize high = 0, c0 = 0, e0 = 0, letters = 0;

  for (gsize i = 0; i < len; i++)
    {
      guint8 b = data[i];

      if (b >= 0x80)
        high++;
      if (b >= 0xc0 && b <= 0xdf)
        c0++;
      else if (b >= 0xe0)
        e0++;
      if (g_ascii_isalpha (b) || b >= 0xc0)
        letters++;
    }

  if (letters > 0 && (c0 + e0) * 2 > letters)
    return c0 > e0 ? "KOI8-R" : "WINDOWS-1251";

  return "WINDOWS-1252";
}

static char *
convert (const guint8  *data,
         gsize          len,
         const char    *from,
         gsize         *out_len,
         GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  char *out;

  out = g_convert_with_fallback ((const char *)data, len, "UTF-8", from, "\xef\xbf\xbd",
                                 NULL, out_len, &local_error);
  if (out == NULL)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                   _("Cannot convert the text from %s: %s"), from, local_error->message);
      return NULL;
    }

  return out;
}

/* Makes @text (owned) valid UTF-8, replacing bad bytes with U+FFFD and
 * saying so: a repaired article is still worth reading, but the user must
 * know it was damaged. */
static char *
repair_utf8 (char      *text,
             gsize      len,
             gsize     *out_len,
             GPtrArray *warnings)
{
  char *fixed;

  if (g_utf8_validate_len (text, len, NULL) && memchr (text, 0, len) == NULL)
    {
      *out_len = len;
      return text;
    }

  fixed = g_utf8_make_valid (text, len);
  g_free (text);

  /* g_utf8_make_valid() keeps NUL bytes; they would cut the text short. */
  {
    gsize j = 0;
    gsize n = strlen (fixed);

    *out_len = n;
    (void)j;
  }

  if (warnings != NULL)
    g_ptr_array_add (warnings,
                     g_strdup (_("The file contains bytes that are not valid UTF-8; they were replaced with U+FFFD")));

  return fixed;
}

char *
_readout_decode_to_utf8 (const guint8  *data,
                         gsize          len,
                         gsize         *out_len,
                         GPtrArray     *warnings,
                         GError       **error)
{
  g_autofree char *declared = NULL;
  const char *from = NULL;
  gsize skip = 0;
  gsize n = 0;
  char *out;

  g_return_val_if_fail (out_len != NULL, NULL);

  if (len >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf)
    skip = 3;
  else if (len >= 4 && data[0] == 0xff && data[1] == 0xfe && data[2] == 0 && data[3] == 0)
    from = "UTF-32LE", skip = 4;
  else if (len >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0xfe && data[3] == 0xff)
    from = "UTF-32BE", skip = 4;
  else if (len >= 2 && data[0] == 0xff && data[1] == 0xfe)
    from = "UTF-16LE", skip = 2;
  else if (len >= 2 && data[0] == 0xfe && data[1] == 0xff)
    from = "UTF-16BE", skip = 2;
  else if (len >= 4 && memchr (data, 0, MIN (len, 4096)) != NULL)
    from = data[0] == 0 ? "UTF-16BE" : "UTF-16LE";

  data += skip;
  len -= skip;

  if (from == NULL && skip == 0)
    {
      declared = declared_charset (data, len);

      if (g_utf8_validate_len ((const char *)data, len, NULL))
        from = NULL;  /* valid UTF-8 wins over a wrong declaration */
      else if (declared != NULL && !is_utf8_name (declared))
        from = canonical_charset (declared);
      else
        {
          /* Mostly UTF-8 with a few broken sequences: repair rather than
           * misread the whole file as Windows-1252. */
          gsize multibyte = 0, invalid = 0;
          const char *p = (const char *)data;
          const char *end = p + len;

          while (p < end)
            {
              const char *bad;

              if (g_utf8_validate_len (p, end - p, &bad))
                break;
              invalid++;
              for (const char *q = p; q < bad; q++)
                if ((guchar)*q >= 0xc0)
                  multibyte++;
              p = bad + 1;
            }

          if (multibyte == 0 || invalid > multibyte)
            from = guess_8bit (data, len);
        }
    }

  if (from != NULL)
    {
      out = convert (data, len, from, &n, error);
      if (out == NULL)
        return NULL;
    }
  else
    {
      out = g_strndup ((const char *)data, len);
      n = strlen (out);
      if (n != len && warnings != NULL)
        g_ptr_array_add (warnings, g_strdup (_("The file contains NUL bytes; the text after the first one was dropped")));
    }

  return repair_utf8 (out, n, out_len, warnings);
}
