/* readout-session.c — the comparison, annotations, tags and layout
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saving and loading are in readout-session-save.c and -load.c, the
 * user's edits in -edits.c, drafts in -drafts.c.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "readout-importer.h"
#include "readout-session-private.h"

G_DEFINE_FINAL_TYPE (ReadoutSession, readout_session, G_TYPE_OBJECT)

enum { PROP_0, PROP_COMPARISON, PROP_FILE, PROP_UNSAVED, PROP_AUTHOR, N_PROPS };
enum { CHANGED, N_SIGNALS };

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
readout_session_dispose (GObject *object)
{
  ReadoutSession *self = READOUT_SESSION (object);

  if (self->comparison != NULL)
    g_clear_signal_handler (&self->changed_handler, self->comparison);
  g_clear_object (&self->comparison);
  if (self->annotations != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->annotations));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->annotations), i);

          g_signal_handlers_disconnect_by_data (item, self);
        }
    }
  if (self->tags != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tags));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->tags), i);

          g_signal_handlers_disconnect_by_data (item, self);
        }
    }
  g_clear_object (&self->annotations);
  g_clear_object (&self->tags);
  g_clear_object (&self->orphaned);
  G_OBJECT_CLASS (readout_session_parent_class)->dispose (object);
}

static void
readout_session_finalize (GObject *object)
{
  ReadoutSession *self = READOUT_SESSION (object);

  g_clear_pointer (&self->by_ref, g_hash_table_unref);
  g_free (self->author);
  g_clear_pointer (&self->layout, json_object_unref);
  g_clear_pointer (&self->unknown, json_object_unref);
  g_clear_object (&self->file);
  g_free (self->etag);
  g_free (self->draft_id);
  G_OBJECT_CLASS (readout_session_parent_class)->finalize (object);
}

static void
readout_session_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ReadoutSession *self = READOUT_SESSION (object);

  switch (prop_id)
    {
    case PROP_COMPARISON: g_value_set_object (value, self->comparison); break;
    case PROP_FILE: g_value_set_object (value, self->file); break;
    case PROP_UNSAVED: g_value_set_boolean (value, self->unsaved); break;
    case PROP_AUTHOR: g_value_set_string (value, self->author); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_session_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ReadoutSession *self = READOUT_SESSION (object);

  switch (prop_id)
    {
    case PROP_AUTHOR: readout_session_set_author (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_session_class_init (ReadoutSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = readout_session_dispose;
  object_class->finalize = readout_session_finalize;
  object_class->get_property = readout_session_get_property;
  object_class->set_property = readout_session_set_property;

  properties[PROP_COMPARISON] = g_param_spec_object ("comparison", NULL, NULL, READOUT_TYPE_COMPARISON,
                                                     G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNSAVED] = g_param_spec_boolean ("unsaved", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, NULL,
                                                 G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                 G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
readout_session_init (ReadoutSession *self)
{
  self->annotations = g_list_store_new (READOUT_TYPE_ANNOTATION);
  self->tags = g_list_store_new (READOUT_TYPE_TAG);
  self->orphaned = g_list_store_new (READOUT_TYPE_STATEMENT);
  self->by_ref = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->by_ref_stale = TRUE;
  self->author = g_strdup ("");
  self->layout = json_object_new ();
  self->unknown = json_object_new ();
}

void
_readout_session_mark_changed (ReadoutSession *self)
{
  self->change_count++;
  if (!self->unsaved)
    {
      self->unsaved = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNSAVED]);
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

void
_readout_session_mark_saved (ReadoutSession *self,
                             GFile          *file,
                             const char     *etag)
{
  if (file != NULL && (self->file == NULL || !g_file_equal (file, self->file)))
    {
      g_set_object (&self->file, file);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
    }
  g_free (self->etag);
  self->etag = g_strdup (etag);
  if (self->unsaved)
    {
      self->unsaved = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNSAVED]);
    }
}

static void
on_comparison_changed (ReadoutSession    *self,
                       ReadoutComparison *comparison)
{
  self->by_ref_stale = TRUE;
  _readout_session_mark_changed (self);
}

void
_readout_session_attach_comparison (ReadoutSession    *self,
                                    ReadoutComparison *comparison)
{
  if (self->comparison == comparison)
    return;
  if (self->comparison != NULL)
    g_clear_signal_handler (&self->changed_handler, self->comparison);
  g_set_object (&self->comparison, comparison);
  if (comparison != NULL)
    self->changed_handler = g_signal_connect_object (comparison, "changed",
                                                     G_CALLBACK (on_comparison_changed),
                                                     self, G_CONNECT_SWAPPED);
  self->by_ref_stale = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}

ReadoutSession *
readout_session_new (ReadoutComparison *comparison)
{
  ReadoutSession *self;

  g_return_val_if_fail (comparison == NULL || READOUT_IS_COMPARISON (comparison), NULL);

  self = g_object_new (READOUT_TYPE_SESSION, NULL);
  _readout_session_attach_comparison (self, comparison);
  /* A new session has nothing worth a question on closing until an edit. */
  return self;
}

ReadoutSession *
readout_session_new_for_files (GFile        **files,
                               guint          n_files,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_autoptr(ReadoutImporter) importer = readout_importer_new ();
  g_autoptr(GListStore) analyses = g_list_store_new (READOUT_TYPE_ANALYSIS);
  g_autoptr(ReadoutComparison) comparison = NULL;

  g_return_val_if_fail (files != NULL || n_files == 0, NULL);

  for (guint i = 0; i < n_files; i++)
    {
      g_autoptr(GPtrArray) documents = readout_importer_import_file (importer, files[i], cancellable, error);

      if (documents == NULL)
        return NULL;
      for (guint k = 0; k < documents->len; k++)
        {
          g_autoptr(ReadoutAnalysis) analysis =
            readout_analysis_new_for_document (documents->pdata[k], cancellable, error);

          if (analysis == NULL)
            return NULL;
          g_list_store_append (analyses, analysis);
        }
    }
  if (!(comparison = readout_comparison_new (G_LIST_MODEL (analyses), cancellable, error)))
    return NULL;
  return readout_session_new (comparison);
}

ReadoutComparison *
readout_session_get_comparison (ReadoutSession *self)
{
  g_return_val_if_fail (READOUT_IS_SESSION (self), NULL);
  return self->comparison;
}

GListModel *
readout_session_get_annotations (ReadoutSession *self)
{
  g_return_val_if_fail (READOUT_IS_SESSION (self), NULL);
  return G_LIST_MODEL (self->annotations);
}

GListModel *
readout_session_get_tags (ReadoutSession *self)
{
  g_return_val_if_fail (READOUT_IS_SESSION (self), NULL);
  return G_LIST_MODEL (self->tags);
}

GListModel *
readout_session_get_orphaned_statements (ReadoutSession *self)
{
  g_return_val_if_fail (READOUT_IS_SESSION (self), NULL);
  return G_LIST_MODEL (self->orphaned);
}

const char *
readout_session_get_author (ReadoutSession *self)
{
  g_return_val_if_fail (READOUT_IS_SESSION (self), NULL);
  return self->author;
}

void
readout_session_set_author (ReadoutSession *self,
                            const char     *author)
{
  g_return_if_fail (READOUT_IS_SESSION (self));

  if (author == NULL)
    author = "";
  if (g_strcmp0 (self->author, author) == 0)
    return;
  g_free (self->author);
  self->author = g_strdup (author);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
}

ReadoutStatement *
_readout_session_lookup_ref (ReadoutSession *self,
                             const char     *ref)
{
  if (ref == NULL || self->comparison == NULL)
    return NULL;
  if (self->by_ref_stale)
    {
      GListModel *statements = readout_comparison_get_statements (self->comparison);
      guint n = g_list_model_get_n_items (statements);

      g_hash_table_remove_all (self->by_ref);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(ReadoutStatement) statement = g_list_model_get_item (statements, i);

          /* The store holds the statement as long as the table is fresh. */
          g_hash_table_insert (self->by_ref,
                               _readout_comparison_statement_ref (self->comparison, statement),
                               statement);
        }
      self->by_ref_stale = FALSE;
    }
  return g_hash_table_lookup (self->by_ref, ref);
}

static void
on_annotation_changed (ReadoutSession *self)
{
  _readout_session_mark_changed (self);
}

void
_readout_session_take_annotation (ReadoutSession    *self,
                                  ReadoutAnnotation *annotation)
{
  const char *id = readout_annotation_get_id (annotation);
  guint64 number;

  /* New ids continue after the loaded ones. */
  if (id[0] == 'a' && g_ascii_string_to_unsigned (id + 1, 10, 1, G_MAXUINT - 1, &number, NULL))
    self->next_annotation = MAX (self->next_annotation, (guint)number);
  g_signal_connect_object (annotation, "changed", G_CALLBACK (on_annotation_changed),
                           self, G_CONNECT_SWAPPED);
  g_list_store_append (self->annotations, annotation);
}

static ReadoutAnnotation *
annotate (ReadoutSession *self,
          guint           document,
          const char     *ref,
          guint           start,
          guint           end)
{
  g_autoptr(ReadoutAnalysis) analysis = NULL;
  g_autoptr(ReadoutAnchor) anchor = NULL;
  g_autoptr(ReadoutAnnotation) annotation = NULL;
  g_autofree char *id = NULL;
  ReadoutDocument *doc;

  if (self->comparison == NULL || document >= readout_comparison_get_n_documents (self->comparison))
    return NULL;
  analysis = g_list_model_get_item (readout_comparison_get_analyses (self->comparison), document);
  doc = readout_analysis_get_document (analysis);
  if (start >= end || end > readout_document_get_length (doc))
    return NULL;
  if (!(anchor = readout_anchor_new_for_span (readout_document_get_text (doc), start, end, NULL)))
    return NULL;
  do
    {
      g_free (id);
      id = g_strdup_printf ("a%u", ++self->next_annotation);
    }
  while (readout_session_find_annotation (self, id) != NULL);
  annotation = readout_annotation_new (id, readout_comparison_get_document_id (self->comparison, document),
                                       ref, anchor, self->author, NULL);
  _readout_session_take_annotation (self, annotation);
  _readout_session_mark_changed (self);
  return annotation;   /* the store holds it */
}

ReadoutAnnotation *
readout_session_annotate_statement (ReadoutSession   *self,
                                    ReadoutStatement *statement)
{
  g_autofree char *ref = NULL;

  g_return_val_if_fail (READOUT_IS_SESSION (self), NULL);
  g_return_val_if_fail (READOUT_IS_STATEMENT (statement), NULL);

  if (self->comparison == NULL ||
      !(ref = _readout_comparison_statement_ref (self->comparison, statement)))
    return NULL;
  return annotate (self, readout_comparison_get_statement_document (self->comparison, statement), ref,
                   readout_statement_get_start (statement), readout_statement_get_end (statement));
}

ReadoutAnnotation *
readout_session_annotate_passage (ReadoutSession *self,
                                  guint           document,
                                  guint           start,
                                  guint           end)
{
  g_return_val_if_fail (READOUT_IS_SESSION (self), NULL);

  return annotate (self, document, NULL, start, end);
}

void
readout_session_remove_annotation (ReadoutSession    *self,
                                   ReadoutAnnotation *annotation)
{
  guint position;

  g_return_if_fail (READOUT_IS_SESSION (self));
  g_return_if_fail (READOUT_IS_ANNOTATION (annotation));

  if (!g_list_store_find (self->annotations, annotation, &position))
    return;
  g_signal_handlers_disconnect_by_data (annotation, self);
  g_list_store_remove (self->annotations, position);
  _readout_session_mark_changed (self);
}

ReadoutAnnotation *
readout_session_find_annotation (ReadoutSession *self,
                                 const char     *id)
{
  guint n;

  g_return_val_if_fail (READOUT_IS_SESSION (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->annotations));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutAnnotation) annotation = g_list_model_get_item (G_LIST_MODEL (self->annotations), i);

      if (g_strcmp0 (readout_annotation_get_id (annotation), id) == 0)
        return annotation;   /* the store holds it */
    }
  return NULL;
}

ReadoutAnnotation *
readout_session_get_statement_annotation (ReadoutSession   *self,
                                          ReadoutStatement *statement)
{
  g_autofree char *ref = NULL;
  guint n;

  g_return_val_if_fail (READOUT_IS_SESSION (self), NULL);

  if (self->comparison == NULL ||
      !(ref = _readout_comparison_statement_ref (self->comparison, statement)))
    return NULL;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->annotations));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutAnnotation) annotation = g_list_model_get_item (G_LIST_MODEL (self->annotations), i);

      if (g_strcmp0 (readout_annotation_get_statement (annotation), ref) == 0)
        return annotation;
    }
  return NULL;
}

ReadoutStatement *
readout_session_get_annotation_statement (ReadoutSession    *self,
                                          ReadoutAnnotation *annotation)
{
  g_return_val_if_fail (READOUT_IS_SESSION (self), NULL);
  g_return_val_if_fail (READOUT_IS_ANNOTATION (annotation), NULL);

  return _readout_session_lookup_ref (self, readout_annotation_get_statement (annotation));
}

int
readout_session_get_annotation_document (ReadoutSession    *self,
                                         ReadoutAnnotation *annotation)
{
  const char *id;
  guint n;

  g_return_val_if_fail (READOUT_IS_SESSION (self), -1);
  g_return_val_if_fail (READOUT_IS_ANNOTATION (annotation), -1);

  if (self->comparison == NULL)
    return -1;
  id = readout_annotation_get_document (annotation);
  n = readout_comparison_get_n_documents (self->comparison);
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (readout_comparison_get_document_id (self->comparison, i), id) == 0)
      return (int)i;
  return -1;
}

static void
on_tag_notify (ReadoutSession *self)
{
  _readout_session_mark_changed (self);
}

void
_readout_session_take_tag (ReadoutSession *self,
                           ReadoutTag     *tag)
{
  const char *id = readout_tag_get_id (tag);
  guint64 number;

  if (id[0] == 't' && g_ascii_string_to_unsigned (id + 1, 10, 1, G_MAXUINT - 1, &number, NULL))
    self->next_tag = MAX (self->next_tag, (guint)number);
  g_signal_connect_object (tag, "notify", G_CALLBACK (on_tag_notify), self, G_CONNECT_SWAPPED);
  g_list_store_append (self->tags, tag);
}

ReadoutTag *
readout_session_add_tag (ReadoutSession *self,
                         const char     *name,
                         const char     *color)
{
  g_autoptr(ReadoutTag) tag = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (READOUT_IS_SESSION (self), NULL);

  do
    {
      g_free (id);
      id = g_strdup_printf ("t%u", ++self->next_tag);
    }
  while (readout_session_find_tag (self, id) != NULL);
  tag = readout_tag_new (id, name, color);
  _readout_session_take_tag (self, tag);
  _readout_session_mark_changed (self);
  return tag;
}

void
readout_session_remove_tag (ReadoutSession *self,
                            ReadoutTag     *tag)
{
  guint position, n;

  g_return_if_fail (READOUT_IS_SESSION (self));
  g_return_if_fail (READOUT_IS_TAG (tag));

  if (!g_list_store_find (self->tags, tag, &position))
    return;
  g_object_ref (tag);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->annotations));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutAnnotation) annotation = g_list_model_get_item (G_LIST_MODEL (self->annotations), i);

      readout_annotation_remove_tag (annotation, readout_tag_get_id (tag));
    }
  g_signal_handlers_disconnect_by_data (tag, self);
  g_list_store_remove (self->tags, position);
  g_object_unref (tag);
  _readout_session_mark_changed (self);
}

ReadoutTag *
readout_session_find_tag (ReadoutSession *self,
                          const char     *id)
{
  guint n;

  g_return_val_if_fail (READOUT_IS_SESSION (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->tags));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutTag) tag = g_list_model_get_item (G_LIST_MODEL (self->tags), i);

      if (g_strcmp0 (readout_tag_get_id (tag), id) == 0)
        return tag;
    }
  return NULL;
}

JsonObject *
readout_session_get_layout (ReadoutSession *self)
{
  g_return_val_if_fail (READOUT_IS_SESSION (self), NULL);
  return self->layout;
}

void
readout_session_set_layout_member (ReadoutSession *self,
                                   const char     *name,
                                   JsonNode       *node,
                                   gboolean        is_edit)
{
  JsonNode *old;

  g_return_if_fail (READOUT_IS_SESSION (self));
  g_return_if_fail (name != NULL);

  old = json_object_get_member (self->layout, name);
  if (node == NULL)
    {
      if (old == NULL)
        return;
      json_object_remove_member (self->layout, name);
    }
  else
    {
      if (old != NULL && json_node_equal (old, node))
        {
          json_node_unref (node);
          return;
        }
      json_object_set_member (self->layout, name, node);
    }
  if (is_edit)
    _readout_session_mark_changed (self);
}

GFile *
readout_session_get_file (ReadoutSession *self)
{
  g_return_val_if_fail (READOUT_IS_SESSION (self), NULL);
  return self->file;
}

char *
readout_session_dup_title (ReadoutSession *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (READOUT_IS_SESSION (self), NULL);

  if (self->file == NULL)
    return g_strdup (_("Untitled Comparison"));
  name = g_file_get_basename (self->file);
  if (g_str_has_suffix (name, READOUT_SESSION_SUFFIX) && strlen (name) > strlen (READOUT_SESSION_SUFFIX))
    name[strlen (name) - strlen (READOUT_SESSION_SUFFIX)] = '\0';
  return g_filename_display_name (name);
}

gboolean
readout_session_get_unsaved (ReadoutSession *self)
{
  g_return_val_if_fail (READOUT_IS_SESSION (self), FALSE);
  return self->unsaved;
}

guint64
readout_session_get_change_count (ReadoutSession *self)
{
  g_return_val_if_fail (READOUT_IS_SESSION (self), 0);
  return self->change_count;
}
