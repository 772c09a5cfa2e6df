/* readout-importer.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "readout-importer"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "readout-error.h"
#include "readout-import-private.h"
#include "readout-importer.h"

struct _ReadoutImporter
{
  GObject parent_instance;

  guint64 max_size;
};

G_DEFINE_FINAL_TYPE (ReadoutImporter, readout_importer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MAX_SIZE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const char * const mime_types[] = {
  "text/plain",
  "text/html",
  "application/xhtml+xml",
  "application/xml",
  "text/xml",
  "application/rss+xml",
  "application/atom+xml",
  "application/vnd.iptc.g2.newsitem+xml",
  "application/json",
  "application/ld+json",
  NULL
};

static const char * const patterns[] = {
  "*.txt", "*.text", "*.html", "*.htm", "*.xhtml", "*.xml", "*.nitf",
  "*.rss", "*.atom", "*.json", "*.jsonld", NULL
};

const char * const *
readout_importer_get_mime_types (void)
{
  return mime_types;
}

const char * const *
readout_importer_get_patterns (void)
{
  return patterns;
}

static void
readout_importer_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ReadoutImporter *self = READOUT_IMPORTER (object);

  switch (prop_id)
    {
    case PROP_MAX_SIZE:
      g_value_set_uint64 (value, self->max_size);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_importer_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ReadoutImporter *self = READOUT_IMPORTER (object);

  switch (prop_id)
    {
    case PROP_MAX_SIZE:
      readout_importer_set_max_size (self, g_value_get_uint64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_importer_class_init (ReadoutImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = readout_importer_get_property;
  object_class->set_property = readout_importer_set_property;

  properties [PROP_MAX_SIZE] =
    g_param_spec_uint64 ("max-size", NULL, NULL,
                         1, G_MAXUINT64, READOUT_IMPORT_DEFAULT_MAX_SIZE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
readout_importer_init (ReadoutImporter *self)
{
  self->max_size = READOUT_IMPORT_DEFAULT_MAX_SIZE;
}

ReadoutImporter *
readout_importer_new (void)
{
  return g_object_new (READOUT_TYPE_IMPORTER, NULL);
}

guint64
readout_importer_get_max_size (ReadoutImporter *self)
{
  g_return_val_if_fail (READOUT_IS_IMPORTER (self), 0);

  return self->max_size;
}

void
readout_importer_set_max_size (ReadoutImporter *self,
                               guint64          max_size)
{
  g_return_if_fail (READOUT_IS_IMPORTER (self));
  g_return_if_fail (max_size > 0);

  if (self->max_size != max_size)
    {
      self->max_size = max_size;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MAX_SIZE]);
    }
}

static gboolean
is_blank (const guint8 *data,
          gsize         len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isspace (data[i]) && data[i] != 0)
      {
        /* A BOM alone is still an empty file. */
        if (i == 0 && len >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf)
          {
            i = 2;
            continue;
          }
        if (i == 0 && len >= 2 && (data[0] == 0xff || data[0] == 0xfe) &&
            (data[1] == 0xff || data[1] == 0xfe))
          {
            i = 1;
            continue;
          }
        return FALSE;
      }

  return TRUE;
}

static void
set_too_large_error (GError     **error,
                     const char  *name,
                     guint64      size,
                     guint64      limit)
{
  g_autofree char *size_str = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);
  g_autofree char *limit_str = g_format_size_full (limit, G_FORMAT_SIZE_IEC_UNITS);

  g_set_error (error, READOUT_ERROR, READOUT_ERROR_TOO_LARGE,
               /* Translators: the first %s is a file name, the others are sizes */
               _("%s: the file is too large (%s); Readout opens articles of up to %s"),
               name, size_str, limit_str);
}

/* libxml2 quotes the input in its messages cut at a byte count, which can
 * split a character, and a file name need not be UTF-8; messages end up in
 * GTK labels, so they must be valid UTF-8. */
static void
propagate_error (GError     **error,
                 GError      *local_error,
                 const char  *display_name)
{
  if (!g_utf8_validate (local_error->message, -1, NULL))
    {
      char *valid = g_utf8_make_valid (local_error->message, -1);

      g_free (local_error->message);
      local_error->message = valid;
    }
  g_propagate_prefixed_error (error, local_error, "%s: ", display_name);
}

static GPtrArray *
import_text (const char     *text,
             gsize           len,
             ReadoutFormat   format,
             GError        **error)
{
  switch (format)
    {
    case READOUT_FORMAT_TEXT:
      return _readout_text_import (text, len, error);

    case READOUT_FORMAT_HTML:
      return _readout_html_import (text, len, error);

    case READOUT_FORMAT_XHTML:
    case READOUT_FORMAT_NITF:
    case READOUT_FORMAT_NEWSML:
    case READOUT_FORMAT_RSS:
    case READOUT_FORMAT_ATOM:
      return _readout_xml_import (text, len, format, error);

    case READOUT_FORMAT_JSON:
      return _readout_json_import (text, len, error);

    case READOUT_FORMAT_UNKNOWN:
    default:
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_UNSUPPORTED_FORMAT,
                   _("This is an XML document of a kind Readout does not know; "
                     "supported are HTML, XHTML, NITF, NewsML-G2, RSS, Atom, JSON and plain text"));
      return NULL;
    }
}

/**
 * readout_importer_import_bytes:
 * @self: a #ReadoutImporter
 * @bytes: the file's contents
 * @display_name: how errors name the file
 * @uri: (nullable): the original file's URI, recorded in the documents
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type ReadoutDocument): one or
 *   more documents, or %NULL with @error set
 */
GPtrArray *
readout_importer_import_bytes (ReadoutImporter  *self,
                               GBytes           *bytes,
                               const char       *display_name,
                               const char       *uri,
                               GError          **error)
{
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *valid_name = NULL;
  const guint8 *data;
  const char *binary;
  ReadoutFormat format;
  gsize len;
  gsize text_len = 0;

  g_return_val_if_fail (READOUT_IS_IMPORTER (self), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  if (display_name == NULL)
    display_name = _("Untitled");
  valid_name = g_utf8_make_valid (display_name, -1);
  display_name = valid_name;

  data = g_bytes_get_data (bytes, &len);

  if (len > self->max_size)
    {
      set_too_large_error (error, display_name, len, self->max_size);
      return NULL;
    }

  if (data == NULL || is_blank (data, len))
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_EMPTY,
                   _("%s: the file is empty"), display_name);
      return NULL;
    }

  if ((binary = _readout_sniff_binary (data, len)))
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_UNSUPPORTED_FORMAT,
                   /* Translators: %s is a file name, then a kind of file ("a PDF document") */
                   _("%s: this is %s, not a supported article format "
                     "(plain text, HTML, XML news formats or JSON)"),
                   display_name, binary);
      return NULL;
    }

  warnings = g_ptr_array_new_with_free_func (g_free);
  text = _readout_decode_to_utf8 (data, len, &text_len, warnings, &local_error);
  if (text == NULL)
    {
      propagate_error (error, g_steal_pointer (&local_error), display_name);
      return NULL;
    }

  format = _readout_sniff_format (text, text_len, display_name);
  docs = import_text (text, text_len, format, &local_error);
  if (docs == NULL)
    {
      propagate_error (error, g_steal_pointer (&local_error), display_name);
      return NULL;
    }

  for (guint i = docs->len; i > 0; i--)
    {
      ReadoutDocument *doc = g_ptr_array_index (docs, i - 1);

      if (readout_document_get_length (doc) == 0)
        g_ptr_array_remove_index (docs, i - 1);
    }

  if (docs->len == 0)
    {
      g_set_error (error, READOUT_ERROR, READOUT_ERROR_NO_CONTENT,
                   _("%s: no article text was found in the file"), display_name);
      return NULL;
    }

  for (guint i = 0; i < docs->len; i++)
    {
      ReadoutDocument *doc = g_ptr_array_index (docs, i);

      if (readout_document_get_format (doc) == NULL)
        readout_document_set_format (doc, _readout_format_to_string (format));
      readout_document_set_uri (doc, uri);
      for (guint j = 0; j < warnings->len; j++)
        readout_document_add_warning (doc, g_ptr_array_index (warnings, j));
      readout_document_get_sha256 (doc);
    }

  return g_steal_pointer (&docs);
}

static char *
file_display_name (GFile *file)
{
  if (g_file_is_native (file))
    return g_file_get_path (file);

  return g_file_get_uri (file);
}

/**
 * readout_importer_import_file:
 *
 * Reads and imports @file. The size limit is checked before reading, so a
 * huge file is never loaded into memory.
 *
 * Returns: (transfer container) (element-type ReadoutDocument): the
 *   documents, or %NULL with @error set
 */
GPtrArray *
readout_importer_import_file (ReadoutImporter  *self,
                              GFile            *file,
                              GCancellable     *cancellable,
                              GError          **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *uri = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_return_val_if_fail (READOUT_IS_IMPORTER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = file_display_name (file);
  uri = g_file_get_uri (file);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
      return NULL;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("%s: is a folder, not an article"), name);
      return NULL;
    }

  if ((guint64)g_file_info_get_size (info) > self->max_size)
    {
      set_too_large_error (error, name, g_file_info_get_size (info), self->max_size);
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &len, NULL, &local_error))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
      return NULL;
    }

  bytes = g_bytes_new_take (contents, len);

  return readout_importer_import_bytes (self, bytes, name, uri, error);
}

static void
import_file_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  ReadoutImporter *self = source_object;
  GFile *file = task_data;
  GError *error = NULL;
  GPtrArray *docs;

  docs = readout_importer_import_file (self, file, cancellable, &error);

  if (docs == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, docs, (GDestroyNotify)g_ptr_array_unref);
}

void
readout_importer_import_file_async (ReadoutImporter     *self,
                                    GFile               *file,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (READOUT_IS_IMPORTER (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, readout_importer_import_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, import_file_thread);
}

GPtrArray *
readout_importer_import_file_finish (ReadoutImporter  *self,
                                     GAsyncResult     *result,
                                     GError          **error)
{
  g_return_val_if_fail (READOUT_IS_IMPORTER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
