/* readout-session-drafts.c — unsaved work kept safe between saves
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A draft is a whole session file in the user's data directory, never
 * beside the user's own file, with a "draft" member naming the file it
 * belongs to. Saving or discarding the session removes it, so a draft
 * found at start-up is what a crash left behind.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "readout-session-private.h"

GFile *
readout_session_get_drafts_dir (void)
{
  return g_file_new_build_filename (g_get_user_data_dir (), "readout", "drafts", NULL);
}

static GFile *
draft_file (const char *id)
{
  g_autoptr(GFile) dir = readout_session_get_drafts_dir ();
  g_autofree char *name = g_strconcat (id, READOUT_SESSION_SUFFIX, NULL);

  return g_file_get_child (dir, name);
}

gboolean
readout_session_write_draft (ReadoutSession  *self,
                             GError         **error)
{
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonObject) draft = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (READOUT_IS_SESSION (self), FALSE);

  if (!self->unsaved || (self->draft_id != NULL && self->draft_count == self->change_count))
    return TRUE;
  if (self->draft_id == NULL)
    self->draft_id = g_uuid_string_random ();

  dir = readout_session_get_drafts_dir ();
  path = g_file_get_path (dir);
  /* Drafts hold the user's notes: private to the user. */
  if (g_mkdir_with_parents (path, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the drafts folder “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  draft = json_object_new ();
  json_object_set_string_member (draft, "id", self->draft_id);
  if (self->file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (self->file);

      json_object_set_string_member (draft, "file", uri);
    }
  else
    json_object_set_null_member (draft, "file");
  node = _readout_session_to_json (self, draft);
  bytes = _readout_session_node_to_bytes (node);
  file = draft_file (self->draft_id);
  if (!g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL, FALSE,
                                G_FILE_CREATE_PRIVATE, NULL, NULL, error))
    return FALSE;
  self->draft_count = self->change_count;
  return TRUE;
}

void
readout_session_discard_draft (ReadoutSession *self)
{
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (READOUT_IS_SESSION (self));

  if (self->draft_id == NULL)
    return;
  file = draft_file (self->draft_id);
  g_file_delete (file, NULL, NULL);
  g_clear_pointer (&self->draft_id, g_free);
  self->draft_count = 0;
}

static gint
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  GFileInfo *x = *(GFileInfo **)a, *y = *(GFileInfo **)b;
  guint64 tx = g_file_info_get_attribute_uint64 (x, G_FILE_ATTRIBUTE_TIME_MODIFIED);
  guint64 ty = g_file_info_get_attribute_uint64 (y, G_FILE_ATTRIBUTE_TIME_MODIFIED);

  return tx > ty ? -1 : tx < ty;
}

GPtrArray *
readout_session_list_drafts (void)
{
  g_autoptr(GFile) dir = readout_session_get_drafts_dir ();
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GPtrArray) infos = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);
  GFileInfo *info;

  enumerator = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_TIME_MODIFIED
                                          "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                          G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  if (enumerator == NULL)
    return files;
  while ((info = g_file_enumerator_next_file (enumerator, NULL, NULL)))
    {
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
          g_str_has_suffix (g_file_info_get_name (info), READOUT_SESSION_SUFFIX))
        g_ptr_array_add (infos, info);
      else
        g_object_unref (info);
    }
  g_ptr_array_sort (infos, compare_newest_first);
  for (guint i = 0; i < infos->len; i++)
    g_ptr_array_add (files, g_file_get_child (dir, g_file_info_get_name (infos->pdata[i])));
  return files;
}

ReadoutSession *
readout_session_restore_draft (GFile         *draft,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_autofree char *data = NULL;
  g_autofree char *name = NULL;
  g_autofree char *basename = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  ReadoutSession *self;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (draft), NULL);

  name = g_file_get_parse_name (draft);
  if (!g_file_load_contents (draft, cancellable, &data, &length, NULL, error))
    return NULL;
  bytes = g_bytes_new_take (g_steal_pointer (&data), length);
  if (!(self = readout_session_load_bytes (bytes, name, cancellable, error)))
    return NULL;

  /* The draft's own member says which file the work belongs to. */
  if (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), length, NULL) &&
      JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      JsonObject *root = json_node_get_object (json_parser_get_root (parser));
      JsonNode *member = json_object_get_member (root, "draft");
      JsonObject *info = member != NULL && JSON_NODE_HOLDS_OBJECT (member) ? json_node_get_object (member) : NULL;
      JsonNode *file = info != NULL ? json_object_get_member (info, "file") : NULL;

      if (file != NULL && JSON_NODE_HOLDS_VALUE (file) && json_node_get_value_type (file) == G_TYPE_STRING)
        {
          g_autoptr(GFile) original = g_file_new_for_uri (json_node_get_string (file));

          /* No etag: the file may have moved on; saving asks nothing,
           * but the user chose to restore this work. */
          g_set_object (&self->file, original);
        }
    }
  basename = g_file_get_basename (draft);
  if (g_str_has_suffix (basename, READOUT_SESSION_SUFFIX))
    basename[strlen (basename) - strlen (READOUT_SESSION_SUFFIX)] = '\0';
  self->draft_id = g_steal_pointer (&basename);
  _readout_session_mark_changed (self);
  self->draft_count = self->change_count;
  return self;
}
