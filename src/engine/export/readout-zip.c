/* readout-zip.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "readout-error.h"
#include "readout-zip-private.h"

#define LOCAL_SIGNATURE   0x04034b50u
#define CENTRAL_SIGNATURE 0x02014b50u
#define END_SIGNATURE     0x06054b50u
#define LOCAL_SIZE        30
#define CENTRAL_SIZE      46
#define END_SIZE          22
#define FLAG_UTF8         0x0800u
#define VERSION_NEEDED    20u      /* 2.0: names with folders */
#define VERSION_MADE_BY   (3u << 8 | 20u)  /* Unix, 2.0: permissions below */
#define UNIX_FILE_MODE    0100644u

static guint32 crc_table[256];

static gpointer
init_crc_table (gpointer data)
{
  for (guint32 n = 0; n < 256; n++)
    {
      guint32 c = n;

      for (guint k = 0; k < 8; k++)
        c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      crc_table[n] = c;
    }
  return NULL;
}

guint32
_readout_crc32 (guint32     crc,
                const void *data,
                gsize       len)
{
  static GOnce once = G_ONCE_INIT;
  const guint8 *p = data;

  g_once (&once, init_crc_table, NULL);
  crc ^= 0xFFFFFFFFu;
  for (gsize i = 0; i < len; i++)
    crc = crc_table[(crc ^ p[i]) & 0xFF] ^ (crc >> 8);
  return crc ^ 0xFFFFFFFFu;
}

typedef struct
{
  char    *name;
  guint32  crc;
  guint32  size;
  guint32  offset;
} Entry;

struct _ReadoutZip
{
  GByteArray *data;     /* local headers and contents so far */
  GArray     *entries;  /* Entry */
  guint16     dos_time;
  guint16     dos_date;
};

static void
clear_entry (gpointer data)
{
  g_free (((Entry *)data)->name);
}

ReadoutZip *
_readout_zip_new (GDateTime *mtime)
{
  g_autoptr(GDateTime) now = NULL;
  ReadoutZip *zip = g_new0 (ReadoutZip, 1);
  int year;

  if (mtime == NULL)
    mtime = now = g_date_time_new_now_local ();
  /* DOS dates start in 1980 and end in 2107. */
  year = CLAMP (g_date_time_get_year (mtime), 1980, 2107);
  zip->dos_date = (guint16)((year - 1980) << 9 | g_date_time_get_month (mtime) << 5 |
                            g_date_time_get_day_of_month (mtime));
  zip->dos_time = (guint16)(g_date_time_get_hour (mtime) << 11 |
                            g_date_time_get_minute (mtime) << 5 |
                            g_date_time_get_second (mtime) / 2);
  zip->data = g_byte_array_new ();
  zip->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (zip->entries, clear_entry);
  return zip;
}

void
_readout_zip_free (ReadoutZip *zip)
{
  if (zip == NULL)
    return;
  g_byte_array_unref (zip->data);
  g_array_unref (zip->entries);
  g_free (zip);
}

static void
put16 (GByteArray *out,
       guint       value)
{
  guint8 b[2] = { value & 0xFF, (value >> 8) & 0xFF };

  g_byte_array_append (out, b, 2);
}

static void
put32 (GByteArray *out,
       guint32     value)
{
  guint8 b[4] = { value & 0xFF, (value >> 8) & 0xFF, (value >> 16) & 0xFF, (value >> 24) & 0xFF };

  g_byte_array_append (out, b, 4);
}

static gboolean
valid_name (ReadoutZip *zip,
            const char *name)
{
  gsize len = strlen (name);

  if (len == 0 || len > 0xFFFF || name[0] == '/' || strchr (name, '\\') != NULL ||
      !g_utf8_validate (name, len, NULL) || g_str_has_suffix (name, "/"))
    return FALSE;
  /* No ".." component: extracting must not escape the target folder. */
  if (g_str_equal (name, "..") || g_str_has_prefix (name, "../") || strstr (name, "/../") != NULL ||
      g_str_has_suffix (name, "/.."))
    return FALSE;
  for (guint i = 0; i < zip->entries->len; i++)
    if (g_str_equal (g_array_index (zip->entries, Entry, i).name, name))
      return FALSE;
  return TRUE;
}

gboolean
_readout_zip_add (ReadoutZip  *zip,
                  const char  *name,
                  const void  *data,
                  gsize        len,
                  GError     **error)
{
  gsize name_len;
  guint64 total;
  Entry entry;

  g_return_val_if_fail (zip != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (data != NULL || len == 0, FALSE);

  if (!valid_name (zip, name))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” cannot be a file name in a ZIP archive"), name);
      return FALSE;
    }
  name_len = strlen (name);
  /* Without ZIP64 every offset and size must fit in 32 bits, counting
   * the central directory the entry will add. */
  total = (guint64)zip->data->len + LOCAL_SIZE + name_len + len +
          (guint64)(zip->entries->len + 1) * CENTRAL_SIZE + name_len + END_SIZE;
  for (guint i = 0; i < zip->entries->len; i++)
    total += strlen (g_array_index (zip->entries, Entry, i).name);
  if (total > G_MAXUINT32 || zip->entries->len >= 0xFFFF)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_TOO_LARGE,
                   _("The ZIP archive would be too large"));
      return FALSE;
    }

  entry.name = g_strdup (name);
  entry.crc = _readout_crc32 (0, data, len);
  entry.size = (guint32)len;
  entry.offset = zip->data->len;
  g_array_append_val (zip->entries, entry);

  put32 (zip->data, LOCAL_SIGNATURE);
  put16 (zip->data, VERSION_NEEDED);
  put16 (zip->data, FLAG_UTF8);
  put16 (zip->data, 0);                 /* method: stored */
  put16 (zip->data, zip->dos_time);
  put16 (zip->data, zip->dos_date);
  put32 (zip->data, entry.crc);
  put32 (zip->data, entry.size);        /* compressed = uncompressed */
  put32 (zip->data, entry.size);
  put16 (zip->data, name_len);
  put16 (zip->data, 0);                 /* no extra field */
  g_byte_array_append (zip->data, (const guint8 *)name, name_len);
  if (len > 0)
    g_byte_array_append (zip->data, data, len);
  return TRUE;
}

GBytes *
_readout_zip_finish (ReadoutZip *zip)
{
  GByteArray *out;
  guint32 directory;
  guint32 dir_size;

  g_return_val_if_fail (zip != NULL, NULL);

  directory = zip->data->len;
  out = g_steal_pointer (&zip->data);
  zip->data = g_byte_array_new ();
  for (guint i = 0; i < zip->entries->len; i++)
    {
      const Entry *entry = &g_array_index (zip->entries, Entry, i);
      gsize name_len = strlen (entry->name);

      put32 (out, CENTRAL_SIGNATURE);
      put16 (out, VERSION_MADE_BY);
      put16 (out, VERSION_NEEDED);
      put16 (out, FLAG_UTF8);
      put16 (out, 0);
      put16 (out, zip->dos_time);
      put16 (out, zip->dos_date);
      put32 (out, entry->crc);
      put32 (out, entry->size);
      put32 (out, entry->size);
      put16 (out, name_len);
      put16 (out, 0);                   /* extra field */
      put16 (out, 0);                   /* comment */
      put16 (out, 0);                   /* disk number */
      put16 (out, 0);                   /* internal attributes */
      put32 (out, UNIX_FILE_MODE << 16);
      put32 (out, entry->offset);
      g_byte_array_append (out, (const guint8 *)entry->name, name_len);
    }
  dir_size = out->len - directory;
  put32 (out, END_SIGNATURE);
  put16 (out, 0);
  put16 (out, 0);
  put16 (out, zip->entries->len);
  put16 (out, zip->entries->len);
  put32 (out, dir_size);
  put32 (out, directory);
  put16 (out, 0);                       /* no comment */
  g_array_set_size (zip->entries, 0);

  return g_byte_array_free_to_bytes (out);
}

/* Reading */

static guint
get16 (const guint8 *p)
{
  return p[0] | p[1] << 8;
}

static guint32
get32 (const guint8 *p)
{
  return (guint32)p[0] | (guint32)p[1] << 8 | (guint32)p[2] << 16 | (guint32)p[3] << 24;
}

static gboolean
bad_archive (GError **error)
{
  g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED, _("Not a readable ZIP archive"));
  return FALSE;
}

/* Finds the end record (searching back over a comment of up to 64 KiB)
 * and checks that the central directory lies inside the archive. */
static gboolean
find_directory (const guint8  *data,
                gsize          size,
                gsize         *offset,
                guint         *n_entries,
                GError       **error)
{
  gsize lowest;
  gsize end;
  guint32 dir_size;

  if (size < END_SIZE)
    return bad_archive (error);
  lowest = size > END_SIZE + 0xFFFF ? size - END_SIZE - 0xFFFF : 0;
  for (end = size - END_SIZE; ; end--)
    {
      if (get32 (data + end) == END_SIGNATURE && end + END_SIZE + get16 (data + end + 20) == size)
        break;
      if (end == lowest)
        return bad_archive (error);
    }
  *n_entries = get16 (data + end + 10);
  dir_size = get32 (data + end + 12);
  *offset = get32 (data + end + 16);
  if (*offset > end || dir_size > end - *offset)
    return bad_archive (error);
  return TRUE;
}

typedef gboolean (*EntryFunc) (const guint8 *central,
                               const char   *name,
                               gsize         name_len,
                               gpointer      user_data);

static gboolean
foreach_entry (GBytes     *archive,
               EntryFunc   func,
               gpointer    user_data,
               GError    **error)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (archive, &size);
  gsize at;
  guint n;

  if (data == NULL || !find_directory (data, size, &at, &n, error))
    return data == NULL ? bad_archive (error) : FALSE;
  for (guint i = 0; i < n; i++)
    {
      gsize name_len;

      if (at + CENTRAL_SIZE > size || get32 (data + at) != CENTRAL_SIGNATURE)
        return bad_archive (error);
      name_len = get16 (data + at + 28);
      if (at + CENTRAL_SIZE + name_len > size)
        return bad_archive (error);
      if (!func (data + at, (const char *)data + at + CENTRAL_SIZE, name_len, user_data))
        return TRUE;
      at += CENTRAL_SIZE + name_len + get16 (data + at + 30) + get16 (data + at + 32);
    }
  return TRUE;
}

static gboolean
collect_name (const guint8 *central,
              const char   *name,
              gsize         name_len,
              gpointer      user_data)
{
  g_ptr_array_add (user_data, g_strndup (name, name_len));
  return TRUE;
}

GStrv
_readout_zip_list (GBytes  *archive,
                   GError **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (archive != NULL, NULL);

  if (!foreach_entry (archive, collect_name, names, error))
    return NULL;
  g_ptr_array_add (names, NULL);
  return (GStrv)g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

typedef struct
{
  const char   *name;
  const guint8 *central;
} Lookup;

static gboolean
match_name (const guint8 *central,
            const char   *name,
            gsize         name_len,
            gpointer      user_data)
{
  Lookup *lookup = user_data;

  if (strlen (lookup->name) == name_len && memcmp (lookup->name, name, name_len) == 0)
    {
      lookup->central = central;
      return FALSE;
    }
  return TRUE;
}

GBytes *
_readout_zip_read (GBytes      *archive,
                   const char  *name,
                   GError     **error)
{
  Lookup lookup = { name, NULL };
  gsize size;
  const guint8 *data;
  const guint8 *local;
  guint32 offset;
  guint32 length;
  gsize start;

  g_return_val_if_fail (archive != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!foreach_entry (archive, match_name, &lookup, error))
    return NULL;
  if (lookup.central == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("The ZIP archive has no file “%s”"), name);
      return NULL;
    }
  if (get16 (lookup.central + 10) != 0)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_UNSUPPORTED_FORMAT,
                   _("“%s” is compressed in a way Readout cannot read"), name);
      return NULL;
    }
  data = g_bytes_get_data (archive, &size);
  offset = get32 (lookup.central + 42);
  length = get32 (lookup.central + 20);
  if ((gsize)offset + LOCAL_SIZE > size || get32 (data + offset) != LOCAL_SIGNATURE)
    {
      bad_archive (error);
      return NULL;
    }
  local = data + offset;
  start = (gsize)offset + LOCAL_SIZE + get16 (local + 26) + get16 (local + 28);
  if (start > size || length > size - start || length != get32 (lookup.central + 24))
    {
      bad_archive (error);
      return NULL;
    }
  if (_readout_crc32 (0, data + start, length) != get32 (lookup.central + 16))
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_MALFORMED,
                   _("“%s” in the ZIP archive is damaged"), name);
      return NULL;
    }
  return g_bytes_new_from_bytes (archive, start, length);
}
