/* test-encoding.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Unit tests of _readout_decode_to_utf8: byte order marks, declared and
 * detected legacy encodings, and repairs that must be reported.
 */

#include "config.h"

#include <string.h>

#include "readout-engine.h"
#include "readout-import-private.h"

typedef struct
{
  char      *text;
  gsize      len;
  GPtrArray *warnings;
} Decoded;

static void
decoded_free (Decoded *decoded)
{
  g_free (decoded->text);
  g_ptr_array_unref (decoded->warnings);
  g_free (decoded);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Decoded, decoded_free)

static Decoded *
decode (const void *data,
        gsize       len)
{
  g_autoptr(GError) error = NULL;
  Decoded *decoded = g_new0 (Decoded, 1);

  decoded->warnings = g_ptr_array_new_with_free_func (g_free);
  decoded->text = _readout_decode_to_utf8 (data, len, &decoded->len, decoded->warnings, &error);
  g_assert_no_error (error);
  g_assert_nonnull (decoded->text);
  /* The contract every importer relies on. */
  g_assert_true (g_utf8_validate_len (decoded->text, decoded->len, NULL));
  g_assert_cmpuint (strlen (decoded->text), ==, decoded->len);

  return decoded;
}

/* @utf8 converted to @charset, to feed the decoder legacy bytes. */
static char *
encode (const char *utf8,
        const char *charset,
        gsize      *len)
{
  g_autoptr(GError) error = NULL;
  char *out = g_convert (utf8, -1, charset, "UTF-8", NULL, len, &error);

  g_assert_no_error (error);
  return out;
}

static gboolean
warnings_mention (Decoded    *decoded,
                  const char *needle)
{
  for (guint i = 0; i < decoded->warnings->len; i++)
    if (strstr (g_ptr_array_index (decoded->warnings, i), needle) != NULL)
      return TRUE;

  return FALSE;
}

static void
test_utf8 (void)
{
  const char *text = "Talks in Genève: “we agreed”.";
  g_autoptr(Decoded) plain = decode (text, strlen (text));
  g_autofree char *with_bom = g_strconcat ("\xef\xbb\xbf", text, NULL);
  g_autoptr(Decoded) bom = decode (with_bom, strlen (with_bom));

  g_assert_cmpstr (plain->text, ==, text);
  g_assert_cmpuint (plain->warnings->len, ==, 0);
  g_assert_cmpstr (bom->text, ==, text);
  g_assert_cmpuint (bom->warnings->len, ==, 0);
}

static void
test_utf16 (void)
{
  const char *text = "Café “talks” — Київ";
  gsize le_len, be_len;
  g_autofree char *le = encode (text, "UTF-16LE", &le_len);
  g_autofree char *be = encode (text, "UTF-16BE", &be_len);
  g_autofree char *le_bom = g_malloc (le_len + 2);
  g_autofree char *be_bom = g_malloc (be_len + 2);
  g_autoptr(Decoded) d_le = NULL;
  g_autoptr(Decoded) d_be = NULL;
  g_autoptr(Decoded) d_bare = NULL;
  g_autoptr(Decoded) d_odd = NULL;

  memcpy (le_bom, "\xff\xfe", 2);
  memcpy (le_bom + 2, le, le_len);
  memcpy (be_bom, "\xfe\xff", 2);
  memcpy (be_bom + 2, be, be_len);

  d_le = decode (le_bom, le_len + 2);
  g_assert_cmpstr (d_le->text, ==, text);
  d_be = decode (be_bom, be_len + 2);
  g_assert_cmpstr (d_be->text, ==, text);

  /* Without a BOM: ASCII-range text gives itself away by its NULs. */
  d_bare = decode (le, le_len);
  g_assert_cmpstr (d_bare->text, ==, text);
  g_assert_cmpuint (d_bare->warnings->len, ==, 0);

  /* A truncated last code unit is repaired, not fatal. */
  d_odd = decode (le_bom, le_len + 1);
  g_assert_true (g_str_has_prefix (d_odd->text, "Café “talks” — Киї"));
  g_assert_true (g_str_has_suffix (d_odd->text, "\xef\xbf\xbd"));
  g_assert_true (warnings_mention (d_odd, "U+FFFD"));
}

static void
test_declared_windows_1252 (void)
{
  const char *html = "<html><head><meta charset=\"windows-1252\"></head>"
                     "<body><p>\x93Nous sommes pr\xeats,\x94 a d\xe9" "clar\xe9 le ministre.</p></body></html>";
  const char *latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><p>\x93" "caf\xe9\x94</p>";
  g_autoptr(Decoded) d = decode (html, strlen (html));
  g_autoptr(Decoded) l = decode (latin1, strlen (latin1));

  g_assert_nonnull (strstr (d->text, "<p>“Nous sommes prêts,” a déclaré le ministre.</p>"));
  g_assert_cmpuint (d->warnings->len, ==, 0);
  /* Latin-1 labels mean Windows-1252, as in browsers. */
  g_assert_nonnull (strstr (l->text, "<p>“café”</p>"));
}

static void
test_declared_other (void)
{
  const char *polish = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\">"
                       "<p>Wroc\xb3" "aw i \xa3\xf3" "d\xbc</p>";
  const char *russian = "Министр иностранных дел заявил, что переговоры продолжатся.";
  g_autofree char *koi8 = NULL;
  g_autofree char *doc = NULL;
  g_autoptr(Decoded) p = decode (polish, strlen (polish));
  g_autoptr(Decoded) r = NULL;
  gsize koi8_len;

  g_assert_nonnull (strstr (p->text, "Wrocław i Łódź"));

  koi8 = encode (russian, "KOI8-R", &koi8_len);
  doc = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"KOI8-R\"?>\n<p>%s</p>", koi8);
  r = decode (doc, strlen (doc));
  g_assert_nonnull (strstr (r->text, russian));
}

static void
test_detected (void)
{
  const char *russian = "Заместитель министра сообщил журналистам, что стороны "
                        "договорились встретиться снова в Вене в следующем месяце.";
  const char *french = "Le porte-parole a d\xe9" "clar\xe9 \x93" "attendre des pr\xe9" "cisions\x94 "
                       "de la part de Bruxelles avant la r\xe9union de jeudi.";
  gsize koi8_len, cp1251_len;
  g_autofree char *koi8 = encode (russian, "KOI8-R", &koi8_len);
  g_autofree char *cp1251 = encode (russian, "WINDOWS-1251", &cp1251_len);
  g_autoptr(Decoded) k = decode (koi8, koi8_len);
  g_autoptr(Decoded) w = decode (cp1251, cp1251_len);
  g_autoptr(Decoded) f = decode (french, strlen (french));

  g_assert_cmpstr (k->text, ==, russian);
  g_assert_cmpstr (w->text, ==, russian);
  g_assert_cmpstr (f->text, ==,
                   "Le porte-parole a déclaré “attendre des précisions” de la part de "
                   "Bruxelles avant la réunion de jeudi.");
  g_assert_cmpuint (f->warnings->len, ==, 0);
}

static void
test_wrong_declaration (void)
{
  /* Valid UTF-8 wins over a declaration copied from an older template. */
  const char *text = "<meta charset=\"windows-1252\"><p>Genève — “ok”</p>";
  /* A label that is not a charset: read by guessing, and said so. */
  const char *unknown = "<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?><p>caf\xe9</p>";
  /* UTF-16 labels on 8-bit text are copy-and-paste mistakes. */
  const char *utf16 = "<meta charset=\"utf-16\"><p>Gen\xc3\xa8ve \xff</p>";
  g_autoptr(Decoded) t = decode (text, strlen (text));
  g_autoptr(Decoded) u = decode (unknown, strlen (unknown));
  g_autoptr(Decoded) s = decode (utf16, strlen (utf16));

  g_assert_cmpstr (t->text, ==, text);
  g_assert_nonnull (strstr (u->text, "<p>café</p>"));
  g_assert_true (warnings_mention (u, "x-no-such-charset"));
  g_assert_nonnull (strstr (s->text, "Genève \xef\xbf\xbd"));
}

static void
test_invalid_utf8 (void)
{
  const char *text = "Gen\xc3\xa8ve, Z\xc3\xbcrich and K\xc3\xb8" "benhavn \xff\xfe! end \xe2\x80";
  g_autoptr(Decoded) d = decode (text, strlen (text));

  g_assert_cmpstr (d->text, ==, "Genève, Zürich and København \xef\xbf\xbd\xef\xbf\xbd! end \xef\xbf\xbd");
  g_assert_cmpuint (d->warnings->len, ==, 1);
  g_assert_true (warnings_mention (d, "not valid UTF-8"));
}

static void
test_nul (void)
{
  static const char text[] = "First part \xc3\xa9t\xc3\xa9\0second part.";
  g_autoptr(Decoded) d = decode (text, sizeof text - 1);

  /* Nothing after the NUL is lost. */
  g_assert_cmpstr (d->text, ==, "First part été\xef\xbf\xbdsecond part.");
  g_assert_true (warnings_mention (d, "NUL"));
}

static void
test_windows_1252_undefined (void)
{
  /* 0x81 is not defined in Windows-1252. */
  const char *text = "<meta charset=\"windows-1252\"><p>a\x81" "b \x93q\x94</p>";
  g_autoptr(Decoded) d = decode (text, strlen (text));

  g_assert_nonnull (strstr (d->text, "<p>a\xef\xbf\xbd" "b “q”</p>"));
  g_assert_true (warnings_mention (d, "U+FFFD"));
}

/* Damage placed at every offset around the eight-byte ASCII fast path:
 * a NUL, a lone continuation byte, a truncated sequence, an overlong
 * encoding and a surrogate must each be found wherever they sit. */
static void
test_damage_positions (void)
{
  static const char *bad[] = { "\x00", "\x80", "\xe2\x80", "\xc0\xaf", "\xed\xa0\x80" };

  for (guint b = 0; b < G_N_ELEMENTS (bad); b++)
    for (guint pos = 0; pos < 20; pos++)
      {
        g_autoptr(GString) in = g_string_new (NULL);
        g_autoptr(Decoded) out = NULL;
        gsize bad_len = b == 0 ? 1 : strlen (bad[b]);

        for (guint i = 0; i < pos; i++)
          g_string_append_c (in, 'a' + i % 26);
        g_string_append_len (in, bad[b], bad_len);
        g_string_append (in, "tail of the text \xe2\x80\x9cquoted\xe2\x80\x9d");

        out = decode (in->str, in->len);
        if (strstr (out->text, "\xef\xbf\xbd") == NULL)
          g_test_message ("case %u at %u: %s", b, pos, out->text);
        g_assert_nonnull (strstr (out->text, "\xef\xbf\xbd"));
        g_assert_true (g_str_has_suffix (out->text, "tail of the text \xe2\x80\x9cquoted\xe2\x80\x9d"));
        g_assert_cmpuint (out->warnings->len, >, 0);
      }
}

static void
test_empty (void)
{
  g_autoptr(Decoded) d = decode ("", 0);

  g_assert_cmpstr (d->text, ==, "");
  g_assert_cmpuint (d->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  readout_engine_init ();

  g_test_add_func ("/encoding/utf8", test_utf8);
  g_test_add_func ("/encoding/utf16", test_utf16);
  g_test_add_func ("/encoding/declared-windows-1252", test_declared_windows_1252);
  g_test_add_func ("/encoding/declared-other", test_declared_other);
  g_test_add_func ("/encoding/detected", test_detected);
  g_test_add_func ("/encoding/wrong-declaration", test_wrong_declaration);
  g_test_add_func ("/encoding/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/encoding/nul", test_nul);
  g_test_add_func ("/encoding/windows-1252-undefined", test_windows_1252_undefined);
  g_test_add_func ("/encoding/damage-positions", test_damage_positions);
  g_test_add_func ("/encoding/empty", test_empty);

  return g_test_run ();
}
