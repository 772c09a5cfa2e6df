/* readout-export.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "readout-comparison-text.h"
#include "readout-export.h"
#include "readout-export-csv.h"
#include "readout-export-html.h"
#include "readout-export-private.h"
#include "readout-export-qdpx.h"
#include "readout-export-w3c.h"

static const struct
{
  const char *name;
  const char *extension;
  const char *mime_type;
  const char *label;
} formats[READOUT_N_EXPORT_FORMATS] = {
  [READOUT_EXPORT_HTML] = { "html", "html", "text/html", N_("HTML Report") },
  [READOUT_EXPORT_MARKDOWN] = { "markdown", "md", "text/markdown", N_("Markdown") },
  [READOUT_EXPORT_CSV] = { "csv", "csv", "text/csv", N_("CSV Spreadsheet") },
  [READOUT_EXPORT_W3C] = { "w3c", "jsonld", "application/ld+json", N_("W3C Web Annotations") },
  [READOUT_EXPORT_QDPX] = { "qdpx", "qdpx", "application/zip", N_("REFI-QDA Project") },
};

const char *
readout_export_format_to_string (ReadoutExportFormat format)
{
  g_return_val_if_fail (format < READOUT_N_EXPORT_FORMATS, NULL);
  return formats[format].name;
}

gboolean
readout_export_format_from_string (const char          *name,
                                   ReadoutExportFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  for (guint i = 0; name != NULL && i < READOUT_N_EXPORT_FORMATS; i++)
    if (g_str_equal (name, formats[i].name))
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

const char *
readout_export_format_get_extension (ReadoutExportFormat format)
{
  g_return_val_if_fail (format < READOUT_N_EXPORT_FORMATS, NULL);
  return formats[format].extension;
}

const char *
readout_export_format_get_mime_type (ReadoutExportFormat format)
{
  g_return_val_if_fail (format < READOUT_N_EXPORT_FORMATS, NULL);
  return formats[format].mime_type;
}

const char *
readout_export_format_get_label (ReadoutExportFormat format)
{
  g_return_val_if_fail (format < READOUT_N_EXPORT_FORMATS, NULL);
  return _(formats[format].label);
}

gboolean
readout_export_format_is_text (ReadoutExportFormat format)
{
  return format != READOUT_EXPORT_QDPX;
}

static GBytes *
take_string (char *text)
{
  gsize length = strlen (text);

  return g_bytes_new_take (text, length);
}

GBytes *
readout_session_export_bytes (ReadoutSession       *session,
                              ReadoutExportFormat   format,
                              GError              **error)
{
  g_return_val_if_fail (READOUT_IS_SESSION (session), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  switch (format)
    {
    case READOUT_EXPORT_HTML:
      return take_string (readout_session_to_html (session));
    case READOUT_EXPORT_MARKDOWN:
      return take_string (readout_session_to_markdown (session));
    case READOUT_EXPORT_CSV:
      return take_string (readout_session_to_csv (session));
    case READOUT_EXPORT_W3C:
      {
        g_autoptr(JsonNode) node = readout_session_export_w3c (session);
        g_autoptr(JsonGenerator) generator = json_generator_new ();
        g_autofree char *text = NULL;

        json_generator_set_pretty (generator, TRUE);
        json_generator_set_indent (generator, 2);
        json_generator_set_root (generator, node);
        text = json_generator_to_data (generator, NULL);
        return take_string (g_strconcat (text, "\n", NULL));
      }
    case READOUT_EXPORT_QDPX:
      return readout_session_to_qdpx (session, error);
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
readout_export_write_bytes (GBytes        *bytes,
                            GFile         *out,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (out), FALSE);

  data = g_bytes_get_data (bytes, &size);
  if (g_file_replace_contents (out, data, size, NULL, FALSE, G_FILE_CREATE_NONE, NULL, cancellable,
                               &local_error))
    return TRUE;
  /* GIO's messages usually name the file already. */
  name = g_file_get_parse_name (out);
  if (strstr (local_error->message, name) != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, local_error->domain, local_error->code, "%s: %s", name, local_error->message);
  return FALSE;
}

gboolean
readout_session_export_file (ReadoutSession       *session,
                             ReadoutExportFormat   format,
                             GFile                *out,
                             GCancellable         *cancellable,
                             GError              **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (READOUT_IS_SESSION (session), FALSE);
  g_return_val_if_fail (G_IS_FILE (out), FALSE);

  bytes = readout_session_export_bytes (session, format, &local_error);
  if (bytes == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (out);

      g_set_error (error, local_error->domain, local_error->code, "%s: %s", name, local_error->message);
      return FALSE;
    }
  return readout_export_write_bytes (bytes, out, cancellable, error);
}

/* The context the exporters share */

static int
compare_passages (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  ReadoutSession *session = user_data;
  ReadoutAnnotation *x = *(ReadoutAnnotation **)a;
  ReadoutAnnotation *y = *(ReadoutAnnotation **)b;
  int dx = readout_session_get_annotation_document (session, x);
  int dy = readout_session_get_annotation_document (session, y);
  guint sx = readout_annotation_get_anchor (x)->start;
  guint sy = readout_annotation_get_anchor (y)->start;

  if (dx != dy)
    return dx < dy ? -1 : 1;
  return sx < sy ? -1 : sx > sy ? 1 : 0;
}

void
_readout_export_context_init (ReadoutExportContext *context,
                              ReadoutSession       *session)
{
  ReadoutComparison *comparison = readout_session_get_comparison (session);
  GListModel *annotations = readout_session_get_annotations (session);
  guint n = g_list_model_get_n_items (annotations);

  memset (context, 0, sizeof *context);
  context->session = session;
  if (comparison != NULL)
    context->comparison = g_object_ref (comparison);
  else
    {
      g_autoptr(GListStore) none = g_list_store_new (READOUT_TYPE_ANALYSIS);

      /* Without analyses nothing can fail. */
      context->comparison = readout_comparison_new (G_LIST_MODEL (none), NULL, NULL);
    }
  context->by_statement = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);
  context->passages = g_ptr_array_new_with_free_func (g_object_unref);
  context->orphaned = g_ptr_array_new_with_free_func (g_object_unref);
  context->n_annotations = n;

  for (guint i = 0; i < n; i++)
    {
      ReadoutAnnotation *annotation = g_list_model_get_item (annotations, i);
      ReadoutStatement *statement = NULL;
      GPtrArray *list;

      if (readout_annotation_is_orphaned (annotation) ||
          readout_session_get_annotation_document (session, annotation) < 0)
        {
          g_ptr_array_add (context->orphaned, annotation);
          continue;
        }
      if (comparison != NULL)
        statement = readout_session_get_annotation_statement (session, annotation);
      if (statement == NULL)
        {
          g_ptr_array_add (context->passages, annotation);
          continue;
        }
      list = g_hash_table_lookup (context->by_statement, statement);
      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (context->by_statement, statement, list);
        }
      g_ptr_array_add (list, annotation);
    }
  g_ptr_array_sort_with_data (context->passages, compare_passages, session);
}

void
_readout_export_context_clear (ReadoutExportContext *context)
{
  g_clear_object (&context->comparison);
  g_clear_pointer (&context->by_statement, g_hash_table_unref);
  g_clear_pointer (&context->passages, g_ptr_array_unref);
  g_clear_pointer (&context->orphaned, g_ptr_array_unref);
}

GPtrArray *
_readout_export_context_lookup (ReadoutExportContext *context,
                                ReadoutStatement     *statement)
{
  return g_hash_table_lookup (context->by_statement, statement);
}

char *
_readout_export_tag_names (ReadoutSession    *session,
                           ReadoutAnnotation *annotation,
                           const char        *separator)
{
  GString *out = g_string_new (NULL);

  for (const char * const *t = readout_annotation_get_tags (annotation); *t != NULL; t++)
    {
      ReadoutTag *tag = readout_session_find_tag (session, *t);

      if (out->len > 0)
        g_string_append (out, separator);
      g_string_append (out, tag != NULL ? readout_tag_get_name (tag) : *t);
    }
  return g_string_free (out, FALSE);
}

char *
_readout_export_format_time (GDateTime *time)
{
  g_autoptr(GDateTime) utc = NULL;

  if (time == NULL)
    return NULL;
  utc = g_date_time_to_utc (time);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

char *
_readout_export_document_name (ReadoutComparison *comparison,
                               guint              index)
{
  g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (readout_comparison_get_analyses (comparison), index);
  ReadoutDocument *document = analysis ? readout_analysis_get_document (analysis) : NULL;
  const char *title = document ? readout_document_get_title (document) : NULL;
  const char *uri = document ? readout_document_get_uri (document) : NULL;

  if (title != NULL && *title != '\0')
    return g_strdup (title);
  if (uri != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uri);
      char *base = g_file_get_basename (file);

      if (base != NULL && *base != '\0' && !g_str_equal (base, "/"))
        return base;
      g_free (base);
    }
  return g_strdup (readout_comparison_get_document_id (comparison, index));
}

char *
_readout_export_title (ReadoutExportContext *context)
{
  guint n = readout_comparison_get_n_documents (context->comparison);

  if (readout_session_get_file (context->session) != NULL)
    return readout_session_dup_title (context->session);
  if (n == 1)
    return _readout_export_document_name (context->comparison, 0);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Comparison of %u article",
                                       "Comparison of %u articles", n), n);
}
