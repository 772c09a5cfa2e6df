/* readout-session-save.c — writing a session file
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Always through g_file_replace_contents(): the old file stays whole until
 * the new one is complete, and the etag it was read with tells whether
 * someone else wrote it meanwhile.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "readout-session-private.h"

static const char *known_members[] = {
  "format", "version", "generator", "saved", "documents", "comparison",
  "orphaned_statements", "tags", "annotations", "layout", "draft", NULL
};

#define KEPT_MEMBERS "readout-session-members"

void
_readout_session_keep_members (gpointer            owner,
                               JsonObject         *source,
                               const char * const *known)
{
  g_autoptr(JsonObject) kept = NULL;
  GList *members = json_object_get_members (source);

  /* Only the unknown ones: the rest is in the objects already. */
  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (known, l->data))
      {
        if (kept == NULL)
          kept = json_object_new ();
        json_object_set_member (kept, l->data, json_node_ref (json_object_get_member (source, l->data)));
      }
  g_list_free (members);
  if (kept != NULL)
    g_object_set_data_full (owner, KEPT_MEMBERS, g_steal_pointer (&kept), (GDestroyNotify)json_object_unref);
}

/* Adds what @target lacks: what this version writes is always there. */
void
_readout_session_restore_members (gpointer    owner,
                                  JsonObject *target)
{
  JsonObject *source = g_object_get_data (owner, KEPT_MEMBERS);
  GList *members;

  if (source == NULL)
    return;
  members = json_object_get_members (source);
  for (GList *l = members; l != NULL; l = l->next)
    if (!json_object_has_member (target, l->data))
      json_object_set_member (target, l->data, json_node_ref (json_object_get_member (source, l->data)));
  g_list_free (members);
}

gboolean
_readout_session_is_known_member (const char *name)
{
  return g_strv_contains (known_members, name);
}

static JsonNode *
annotation_to_json (ReadoutAnnotation *annotation)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  JsonArray *tags = json_array_new ();
  const char * const *tag_ids = readout_annotation_get_tags (annotation);
  g_autofree char *created = g_date_time_format_iso8601 (readout_annotation_get_created (annotation));
  g_autofree char *modified = g_date_time_format_iso8601 (readout_annotation_get_modified (annotation));

  json_object_set_string_member (object, "id", readout_annotation_get_id (annotation));
  json_object_set_string_member (object, "document", readout_annotation_get_document (annotation));
  if (readout_annotation_get_statement (annotation) != NULL)
    json_object_set_string_member (object, "statement", readout_annotation_get_statement (annotation));
  else
    json_object_set_null_member (object, "statement");
  json_object_set_member (object, "anchor", readout_anchor_to_json (readout_annotation_get_anchor (annotation)));
  json_object_set_string_member (object, "match", readout_anchor_match_to_string (readout_annotation_get_match (annotation)));
  json_object_set_string_member (object, "note", readout_annotation_get_note (annotation));
  for (guint i = 0; tag_ids[i] != NULL; i++)
    json_array_add_string_element (tags, tag_ids[i]);
  json_object_set_array_member (object, "tags", tags);
  if (readout_annotation_get_color (annotation) != NULL)
    json_object_set_string_member (object, "color", readout_annotation_get_color (annotation));
  else
    json_object_set_null_member (object, "color");
  json_object_set_string_member (object, "status",
                                 readout_annotation_status_to_string (readout_annotation_get_status (annotation)));
  json_object_set_string_member (object, "author", readout_annotation_get_author (annotation));
  json_object_set_string_member (object, "created", created);
  json_object_set_string_member (object, "modified", modified);
  _readout_session_restore_members (annotation, object);
  json_node_take_object (node, object);
  return node;
}

JsonNode *
_readout_session_to_json (ReadoutSession *self,
                          JsonObject     *draft)
{
  JsonObject *root = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  JsonArray *documents = json_array_new ();
  JsonArray *array;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *saved = g_date_time_format_iso8601 (now);
  GList *unknown;
  guint n;

  json_object_set_string_member (root, "format", READOUT_SESSION_FORMAT);
  json_object_set_int_member (root, "version", READOUT_SESSION_VERSION);
  json_object_set_string_member (root, "generator", "Readout " PACKAGE_VERSION);
  json_object_set_string_member (root, "saved", saved);

  n = self->comparison != NULL ? readout_comparison_get_n_documents (self->comparison) : 0;
  for (guint d = 0; d < n; d++)
    {
      g_autoptr(ReadoutAnalysis) analysis =
        g_list_model_get_item (readout_comparison_get_analyses (self->comparison), d);
      JsonNode *document = _readout_session_document_to_json (readout_analysis_get_document (analysis));
      JsonObject *object = json_node_get_object (document);

      /* The id first, for people reading the file. */
      {
        JsonObject *ordered = json_object_new ();
        GList *members = json_object_get_members (object);

        json_object_set_string_member (ordered, "id", readout_comparison_get_document_id (self->comparison, d));
        for (GList *l = members; l != NULL; l = l->next)
          json_object_set_member (ordered, l->data, json_node_ref (json_object_get_member (object, l->data)));
        g_list_free (members);
        json_object_set_member (ordered, "analysis", _readout_session_analysis_to_json (analysis));
        _readout_session_restore_members (readout_analysis_get_document (analysis), ordered);
        json_array_add_object_element (documents, ordered);
        json_node_unref (document);
      }
    }
  json_object_set_array_member (root, "documents", documents);
  if (self->comparison != NULL)
    {
      JsonNode *edits = _readout_session_edits_to_json (self->comparison);

      _readout_session_restore_members (self->comparison, json_node_get_object (edits));
      json_object_set_member (root, "comparison", edits);
    }

  array = json_array_new ();
  n = g_list_model_get_n_items (G_LIST_MODEL (self->orphaned));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutStatement) statement = g_list_model_get_item (G_LIST_MODEL (self->orphaned), i);

      json_array_add_element (array, _readout_session_statement_to_json (statement, "", NULL));
    }
  json_object_set_array_member (root, "orphaned_statements", array);

  array = json_array_new ();
  n = g_list_model_get_n_items (G_LIST_MODEL (self->tags));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutTag) tag = g_list_model_get_item (G_LIST_MODEL (self->tags), i);
      JsonObject *object = json_object_new ();

      json_object_set_string_member (object, "id", readout_tag_get_id (tag));
      json_object_set_string_member (object, "name", readout_tag_get_name (tag));
      json_object_set_string_member (object, "color", readout_tag_get_color (tag));
      _readout_session_restore_members (tag, object);
      json_array_add_object_element (array, object);
    }
  json_object_set_array_member (root, "tags", array);

  array = json_array_new ();
  n = g_list_model_get_n_items (G_LIST_MODEL (self->annotations));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutAnnotation) annotation = g_list_model_get_item (G_LIST_MODEL (self->annotations), i);

      json_array_add_element (array, annotation_to_json (annotation));
    }
  json_object_set_array_member (root, "annotations", array);
  json_object_set_object_member (root, "layout", json_object_ref (self->layout));
  if (draft != NULL)
    json_object_set_object_member (root, "draft", json_object_ref (draft));

  /* What a newer Readout wrote stays for it to read again. */
  unknown = json_object_get_members (self->unknown);
  for (GList *l = unknown; l != NULL; l = l->next)
    if (!json_object_has_member (root, l->data))
      json_object_set_member (root, l->data, json_node_ref (json_object_get_member (self->unknown, l->data)));
  g_list_free (unknown);

  json_node_take_object (node, root);
  return node;
}

GBytes *
_readout_session_node_to_bytes (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  gsize length = 0;
  char *data;

  /* Compact: indenting makes a large session a third bigger and slower
   * to load; `jq .` shows it indented. */
  json_generator_set_root (generator, node);
  data = json_generator_to_data (generator, &length);
  return g_bytes_new_take (data, length);
}

GBytes *
readout_session_to_bytes (ReadoutSession  *self,
                          GError         **error)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (READOUT_IS_SESSION (self), NULL);

  node = _readout_session_to_json (self, NULL);
  return _readout_session_node_to_bytes (node);
}

static const char *
etag_for (ReadoutSession          *self,
          GFile                   *file,
          ReadoutSessionSaveFlags  flags)
{
  /* Only the session's own file is compared: Save As has asked already. */
  if ((flags & READOUT_SESSION_SAVE_OVERWRITE) || self->file == NULL || !g_file_equal (file, self->file))
    return NULL;
  return self->etag;
}

static void
prefix_error (GError **error,
              GFile   *file)
{
  g_autofree char *name = g_file_get_parse_name (file);

  if (error != NULL && *error != NULL && !g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
    g_prefix_error (error, _("Could not save “%s”: "), name);
  else if (error != NULL && *error != NULL)
    {
      g_clear_error (error);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG,
                   _("“%s” was changed by another program since it was opened"), name);
    }
}

gboolean
readout_session_save_file (ReadoutSession           *self,
                           GFile                    *file,
                           ReadoutSessionSaveFlags   flags,
                           GCancellable             *cancellable,
                           GError                  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *new_etag = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (READOUT_IS_SESSION (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!(bytes = readout_session_to_bytes (self, error)))
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  if (!g_file_replace_contents (file, data, length, etag_for (self, file, flags), FALSE,
                                G_FILE_CREATE_NONE, &new_etag, cancellable, error))
    {
      prefix_error (error, file);
      return FALSE;
    }
  _readout_session_mark_saved (self, file, new_etag);
  readout_session_discard_draft (self);
  return TRUE;
}

typedef struct
{
  GFile   *file;
  guint64  change_count;
} SaveData;

static void
save_data_free (gpointer data)
{
  SaveData *save = data;

  g_clear_object (&save->file);
  g_free (save);
}

static void
replace_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ReadoutSession *self = g_task_get_source_object (task);
  SaveData *save = g_task_get_task_data (task);
  g_autofree char *new_etag = NULL;
  GError *error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, &new_etag, &error))
    {
      prefix_error (&error, save->file);
      g_task_return_error (task, error);
      return;
    }
  _readout_session_mark_saved (self, save->file, new_etag);
  /* Edits made while writing are not in the file. */
  if (self->change_count != save->change_count)
    _readout_session_mark_changed (self);
  else
    readout_session_discard_draft (self);
  g_task_return_boolean (task, TRUE);
}

void
readout_session_save_file_async (ReadoutSession          *self,
                                 GFile                   *file,
                                 ReadoutSessionSaveFlags  flags,
                                 GCancellable            *cancellable,
                                 GAsyncReadyCallback      callback,
                                 gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GBytes) bytes = NULL;
  SaveData *save;
  GError *error = NULL;

  g_return_if_fail (READOUT_IS_SESSION (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, readout_session_save_file_async);
  save = g_new0 (SaveData, 1);
  save->file = g_object_ref (file);
  save->change_count = self->change_count;
  g_task_set_task_data (task, save, save_data_free);
  /* The model is read here, in the main thread; only writing is async. */
  if (!(bytes = readout_session_to_bytes (self, &error)))
    {
      g_task_return_error (task, error);
      return;
    }
  g_file_replace_contents_bytes_async (file, bytes, etag_for (self, file, flags), FALSE,
                                       G_FILE_CREATE_NONE, cancellable, replace_done,
                                       g_steal_pointer (&task));
}

gboolean
readout_session_save_file_finish (ReadoutSession  *self,
                                  GAsyncResult    *result,
                                  GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
