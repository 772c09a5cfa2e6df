/* readout-encoding.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Bytes to valid UTF-8, in this order of trust: a byte order mark, NUL
 * patterns of UTF-16/32, valid UTF-8 (which beats a wrong declaration), a
 * charset declared in an XML declaration or HTML <meta>, else a guess
 * between Windows-1252, KOI8-R and Windows-1251. Whatever cannot be
 * decoded becomes U+FFFD with a warning: a damaged article is still worth
 * reading, but the user must know it was damaged.
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "readout-error.h"
#include "readout-import-private.h"

#define REPLACEMENT "\xef\xbf\xbd"

/* Where browsers look for a <meta charset> is the first 1 KiB; real pages
 * put long <head> matter first, so look a little further. */
#define DECLARATION_WINDOW 4096

/* The charset named by an XML declaration or an HTML <meta> near the
 * start, lower-cased, or NULL. */
static char *
declared_charset (const guint8 *data,
                  gsize         len)
{
  static GRegex *regex;
  static gsize initialized;
  g_autofree char *head = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GMatchInfo) info = NULL;
  gsize n = MIN (len, DECLARATION_WINDOW);

  if (g_once_init_enter (&initialized))
    {
      regex = g_regex_new ("(?:<\\?xml[^>]*encoding\\s*=\\s*[\"']|<meta[^>]*charset\\s*=\\s*[\"']?)"
                           "([A-Za-z0-9_.:-]+)",
                           G_REGEX_CASELESS | G_REGEX_OPTIMIZE | G_REGEX_RAW, 0, NULL);
      g_once_init_leave (&initialized, 1);
    }

  /* Keep it ASCII: the declaration itself always is. */
  head = g_malloc (n + 1);
  for (gsize i = 0; i < n; i++)
    head[i] = (data[i] == 0 || data[i] >= 0x80) ? ' ' : data[i];
  head[n] = '\0';

  if (!g_regex_match (regex, head, 0, &info))
    return NULL;

  name = g_match_info_fetch (info, 1);
  return g_ascii_strdown (name, -1);
}

static gboolean
is_utf8_name (const char *charset)
{
  return g_ascii_strcasecmp (charset, "utf-8") == 0 || g_ascii_strcasecmp (charset, "utf8") == 0;
}

/* The name iconv should use for a declared label, or NULL for UTF-8. */
static const char *
canonical_charset (const char *charset)
{
  /* Browsers read Latin-1 and ASCII labels as Windows-1252 (WHATWG
   * Encoding), and so do the pages that declare them: curly quotes sit in
   * 0x80–0x9F. */
  if (g_ascii_strcasecmp (charset, "iso-8859-1") == 0 ||
      g_ascii_strcasecmp (charset, "iso8859-1") == 0 ||
      g_ascii_strcasecmp (charset, "latin1") == 0 ||
      g_ascii_strcasecmp (charset, "us-ascii") == 0 ||
      g_ascii_strcasecmp (charset, "ascii") == 0 ||
      g_ascii_strcasecmp (charset, "cp1252") == 0)
    return "WINDOWS-1252";
  if (g_ascii_strcasecmp (charset, "x-cp1251") == 0 || g_ascii_strcasecmp (charset, "cp1251") == 0)
    return "WINDOWS-1251";
  /* 8-bit text cannot really be UTF-16 or UTF-32 (they were caught by
   * their NULs already): the label was copied from somewhere. */
  if (is_utf8_name (charset) || g_ascii_strncasecmp (charset, "utf-16", 6) == 0 ||
      g_ascii_strncasecmp (charset, "utf-32", 6) == 0 || g_ascii_strcasecmp (charset, "ucs-2") == 0)
    return NULL;

  return charset;
}

/* Same answer as g_utf8_validate_len (@text, @len, NULL), faster: GLib
 * 2.74 checks one character at a time, and news text is mostly ASCII, so
 * eight bytes that are all ASCII and non-NUL are skipped together. A UTF-8
 * sequence never contains ASCII bytes, so each run of non-ASCII bytes can be
 * handed to GLib on its own. */
static gboolean
utf8_validate_fast (const char *text,
                    gsize       len)
{
  const guchar *p = (const guchar *)text;
  const guchar *end = p + len;

  while (p < end)
    {
      const guchar *run;

      if (end - p >= 8)
        {
          guint64 w;

          memcpy (&w, p, sizeof w);
          if ((w & G_GUINT64_CONSTANT (0x8080808080808080)) == 0 &&
              ((w - G_GUINT64_CONSTANT (0x0101010101010101)) & ~w &
               G_GUINT64_CONSTANT (0x8080808080808080)) == 0)
            {
              p += 8;
              continue;
            }
        }

      if (*p == 0)
        return FALSE;
      if (*p < 0x80)
        {
          p++;
          continue;
        }

      for (run = p; p < end && *p >= 0x80; p++)
        ;
      if (!g_utf8_validate_len ((const char *)run, p - run, NULL))
        return FALSE;
    }

  return TRUE;
}

/* Valid UTF-8 apart from NUL bytes, which repair_utf8() replaces. */
static gboolean
is_utf8 (const char *p,
         gsize       len)
{
  const char *end = p + len;
  const char *bad;

  if (utf8_validate_fast (p, len))
    return TRUE;

  while (p < end)
    {
      if (g_utf8_validate_len (p, end - p, &bad))
        return TRUE;
      if (*bad != '\0')
        return FALSE;
      p = bad + 1;
    }

  return TRUE;
}

/* UTF-8 with a few broken sequences (a bad copy and paste, a truncated
 * download) is repaired rather than misread as Windows-1252: true when the
 * valid multi-byte sequences outnumber the broken ones. */
static gboolean
is_mostly_utf8 (const char *p,
                gsize       len)
{
  const char *end = p + len;
  gsize multibyte = 0;
  gsize invalid = 0;

  while (p < end)
    {
      const char *bad;
      gboolean done = g_utf8_validate_len (p, end - p, &bad);

      for (const char *q = p; q < bad; q++)
        if ((guchar)*q >= 0xc0)
          multibyte++;
      if (done)
        break;
      if (*bad != '\0')
        invalid++;
      /* One broken sequence: its lead byte and what continues it. */
      p = bad + 1;
      while (*bad != '\0' && p < end && ((guchar)*p & 0xc0) == 0x80)
        p++;
    }

  return multibyte > 0 && invalid <= multibyte;
}

/* A guess for undeclared 8-bit text that is not UTF-8. Cyrillic words are
 * runs of bytes >= 0xC0, where Western European text has one accented
 * letter here and there among ASCII. Prose is mostly lower case, which
 * KOI8-R puts in 0xC0–0xDF and Windows-1251 in 0xE0–0xFF. */
static const char *
guess_8bit (const guint8 *data,
            gsize         len)
{
  gsize high = 0, in_runs = 0, letters = 0, c0 = 0, e0 = 0;

  for (gsize i = 0; i < len; i++)
    {
      guint8 b = data[i];

      if (b < 0x80)
        continue;

      high++;
      if ((i > 0 && data[i - 1] >= 0x80) || (i + 1 < len && data[i + 1] >= 0x80))
        in_runs++;
      if (b >= 0xc0)
        letters++;
      if (b >= 0xc0 && b <= 0xdf)
        c0++;
      else if (b >= 0xe0)
        e0++;
    }

  if (high > 0 && in_runs * 10 >= high * 7 && letters * 10 >= high * 7)
    return c0 > e0 ? "KOI8-R" : "WINDOWS-1251";

  return "WINDOWS-1252";
}

static gsize
unit_size (const char *charset)
{
  if (g_ascii_strncasecmp (charset, "utf-16", 6) == 0)
    return 2;
  if (g_ascii_strncasecmp (charset, "utf-32", 6) == 0)
    return 4;
  return 1;
}

/* Converts to UTF-8, replacing what @from cannot decode (bytes Windows-1252
 * leaves undefined, lone UTF-16 surrogates, a truncated last character)
 * with U+FFFD. NULL with G_CONVERT_ERROR_NO_CONVERSION when iconv does not
 * know @from. */
static char *
convert (const guint8  *data,
         gsize          len,
         const char    *from,
         gsize         *out_len,
         guint         *n_replaced,
         GError       **error)
{
  GString *out;
  GIConv cd;
  char *in = (char *)data;
  gsize in_left = len;
  gsize unit = unit_size (from);
  char buffer[4096];
  char *outp;
  gsize out_left;

  cd = g_iconv_open ("UTF-8", from);
  if (cd == (GIConv)-1)
    {
      g_set_error (error, G_CONVERT_ERROR, G_CONVERT_ERROR_NO_CONVERSION,
                   _("Conversion from character set “%s” is not supported"), from);
      return NULL;
    }

  out = g_string_sized_new (len + len / 2 + 16);
  while (in_left > 0)
    {
      gsize r;

      outp = buffer;
      out_left = sizeof buffer;
      r = g_iconv (cd, &in, &in_left, &outp, &out_left);
      g_string_append_len (out, buffer, outp - buffer);

      if (r != (gsize)-1 || errno == E2BIG)
        continue;

      /* EILSEQ or EINVAL (incomplete at the end): skip one code unit.
       * Every round consumes input, so this ends. */
      g_string_append (out, REPLACEMENT);
      (*n_replaced)++;
      in += MIN (unit, in_left);
      in_left -= MIN (unit, in_left);
      g_iconv (cd, NULL, NULL, NULL, NULL);
    }

  /* Stateful encodings (ISO-2022) may owe a last shift sequence. */
  outp = buffer;
  out_left = sizeof buffer;
  g_iconv (cd, NULL, NULL, &outp, &out_left);
  g_string_append_len (out, buffer, outp - buffer);
  g_iconv_close (cd);

  *out_len = out->len;
  return g_string_free (out, FALSE);
}

/* Makes @text (owned) valid UTF-8 without NUL bytes, replacing each bad
 * sequence and each NUL with U+FFFD and saying so. */
static char *
repair_utf8 (char      *text,
             gsize      len,
             gsize     *out_len,
             GPtrArray *warnings)
{
  g_autofree char *owned = text;
  GString *fixed;
  const char *p = text;
  const char *end = text + len;
  gboolean had_nul = FALSE;
  gboolean had_invalid = FALSE;

  if (utf8_validate_fast (text, len))
    {
      *out_len = len;
      return g_steal_pointer (&owned);
    }

  fixed = g_string_sized_new (len + 16);
  while (p < end)
    {
      const char *bad;
      gboolean done = g_utf8_validate_len (p, end - p, &bad);

      g_string_append_len (fixed, p, bad - p);
      if (done)
        break;

      g_string_append (fixed, REPLACEMENT);
      if (*bad == '\0')
        {
          had_nul = TRUE;
          p = bad + 1;
        }
      else
        {
          /* One U+FFFD per maximal bad prefix, as g_utf8_make_valid() does:
           * skip the lead byte and any continuation bytes after it. */
          had_invalid = TRUE;
          p = bad + 1;
          while (p < end && ((guchar)*p & 0xc0) == 0x80)
            p++;
        }
    }

  if (warnings != NULL && had_invalid)
    g_ptr_array_add (warnings,
                     g_strdup (_("The file contains bytes that are not valid UTF-8; "
                                 "they were replaced with U+FFFD")));
  if (warnings != NULL && had_nul)
    g_ptr_array_add (warnings,
                     g_strdup (_("The file contains NUL characters; they were replaced with U+FFFD")));

  *out_len = fixed->len;
  return g_string_free (fixed, FALSE);
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
  guint n_replaced = 0;
  char *out;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
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
  else if (len >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0 && data[3] != 0)
    from = "UTF-32BE";
  else if (len >= 4 && data[0] != 0 && data[1] == 0 && data[2] == 0 && data[3] == 0)
    from = "UTF-32LE";
  else if (len >= 4 && (data[0] == 0 || data[1] == 0) && _readout_looks_like_wide_text (data, len))
    /* ASCII-range UTF-16 without a BOM: the NUL comes first in BE. */
    from = data[0] == 0 ? "UTF-16BE" : "UTF-16LE";

  data += skip;
  len -= skip;

  if (from == NULL && skip == 0 && !is_utf8 ((const char *)data, len))
    {
      declared = declared_charset (data, len);

      if (declared != NULL && canonical_charset (declared) != NULL)
        from = canonical_charset (declared);
      else if (!is_mostly_utf8 ((const char *)data, len))
        from = guess_8bit (data, len);
    }

  if (from != NULL)
    {
      g_autoptr(GError) local_error = NULL;

      out = convert (data, len, from, &n, &n_replaced, &local_error);
      if (out == NULL && declared != NULL)
        {
          /* An unknown label ("x-mac-roman-ish"): guess instead. */
          const char *guess = guess_8bit (data, len);

          if (warnings != NULL)
            g_ptr_array_add (warnings,
                             g_strdup_printf (_("The file declares the character set “%s”, which "
                                                "Readout does not know; it was read as %s"),
                                              declared, guess));
          from = guess;
          g_clear_error (&local_error);
          out = convert (data, len, from, &n, &n_replaced, &local_error);
        }
      if (out == NULL)
        {
          g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                       _("Cannot convert the text from %s: %s"), from, local_error->message);
          return NULL;
        }

      if (n_replaced > 0 && warnings != NULL)
        g_ptr_array_add (warnings,
                         g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                       "The file has %u character that is not valid %s; "
                                                       "it was replaced with U+FFFD",
                                                       "The file has %u characters that are not valid %s; "
                                                       "they were replaced with U+FFFD",
                                                       n_replaced),
                                          n_replaced, from));
    }
  else
    {
      out = g_malloc (len + 1);
      memcpy (out, data, len);
      out[len] = '\0';
      n = len;
    }

  return repair_utf8 (out, n, out_len, warnings);
}
