/* readout-window-session.c — the window's session: its title, opening and
 * saving .readout files, its layout, and asking before closing
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The session (ReadoutSession) holds what a .readout file holds; the
 * window shows it. Saving and loading are asynchronous; a failed load
 * never touches the file and offers its readable parts as a new, unsaved
 * session. Drafts are in readout-window-drafts.c.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "readout-window-private.h"

static void save_as (ReadoutWindow *self,
                     gboolean       close_after);

gboolean
_readout_window_is_session_file (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *lower = basename != NULL ? g_utf8_strdown (basename, -1) : NULL;

  return lower != NULL && g_str_has_suffix (lower, READOUT_SESSION_SUFFIX);
}

gboolean
_readout_window_is_empty (ReadoutWindow *self)
{
  /* Sessions still loading will find a window of their own if need be. */
  return g_list_model_get_n_items (G_LIST_MODEL (self->documents)) == 0 &&
         self->n_pending == self->n_session_loads && !_readout_window_is_busy (self) &&
         readout_session_get_file (self->session) == NULL &&
         readout_session_get_comparison (self->session) == NULL;
}

/* Articles opened and nothing done to them is no work to lose: such a
 * window closes without asking, and writes no draft. */
gboolean
_readout_window_has_unsaved_work (ReadoutWindow *self)
{
  if (self->session == NULL || !readout_session_get_unsaved (self->session))
    return FALSE;
  if (readout_session_get_file (self->session) != NULL ||
      self->adopted_work || self->carried_edits || self->columns_edited)
    return TRUE;
  if (self->comparison != NULL && readout_comparison_can_undo (self->comparison))
    return TRUE;
  return g_list_model_get_n_items (readout_session_get_annotations (self->session)) > 0 ||
         g_list_model_get_n_items (readout_session_get_tags (self->session)) > 0;
}

/* The folder, with the home directory as "~", as GNOME Text Editor shows it. */
static char *
dup_folder_name (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
  g_autofree char *relative = NULL;

  if (parent == NULL)
    return NULL;
  if (g_file_equal (parent, home))
    return g_strdup ("~");
  relative = g_file_get_relative_path (home, parent);
  if (relative != NULL)
    return g_build_filename ("~", relative, NULL);
  return g_file_get_parse_name (parent);
}

void
_readout_window_update_title (ReadoutWindow *self)
{
  ReadoutDocument *document;
  GFile *file;
  guint n;
  g_autofree char *name = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *title = NULL;
  gboolean can_save;

  /* Disposed, or not yet set up. */
  if (self->session == NULL || self->selection == NULL)
    return;
  document = gtk_single_selection_get_selected_item (self->selection);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->documents));
  file = readout_session_get_file (self->session);
  can_save = readout_session_get_comparison (self->session) != NULL;
  if (file != NULL)
    {
      name = readout_session_dup_title (self->session);
      subtitle = dup_folder_name (file);
    }
  else if (document != NULL)
    {
      /* Untitled: the article being read names the window. */
      name = readout_dup_display_title (document);
      if (n > 1)
        subtitle = g_strdup_printf (ngettext ("%u article", "%u articles", n), n);
      else
        subtitle = g_strdup (readout_document_get_source (document));
    }
  else
    name = g_strdup (_("Readout"));

  if (_readout_window_has_unsaved_work (self))
    /* Translators: the window title of a session with unsaved changes. */
    title = g_strdup_printf (_("• %s"), name);
  else
    title = g_steal_pointer (&name);

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", can_save);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", can_save);
}

/* Opening */

void
_readout_window_take_session (ReadoutWindow  *self,
                              ReadoutSession *session,
                              gboolean        has_work)
{
  _readout_window_set_session (self, session);
  self->adopted_work = has_work;
  self->carried_edits = FALSE;
  self->columns_edited = FALSE;
  _readout_window_show_session_comparison (self);
  _readout_window_apply_layout (self);
  _readout_window_update_view (self);
}

/* The window a loaded session goes to: this one if it is empty. */
static ReadoutWindow *
target_window (ReadoutWindow *self)
{
  ReadoutWindow *window;

  if (_readout_window_is_empty (self))
    return self;
  window = readout_window_new (READOUT_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
  return window;
}

typedef struct
{
  GWeakRef        window;
  GFile          *file;
  ReadoutSession *salvaged;
  GError         *error;
  gboolean        close_after;
} Job;

static Job *
job_new (ReadoutWindow *window,
         GFile         *file)
{
  Job *job = g_new0 (Job, 1);

  g_weak_ref_init (&job->window, window);
  job->file = g_object_ref (file);
  return job;
}

static void
job_free (Job *job)
{
  g_weak_ref_clear (&job->window);
  g_clear_object (&job->file);
  g_clear_object (&job->salvaged);
  g_clear_error (&job->error);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

static void
load_error_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        Job              *job)
{
  g_autoptr(ReadoutWindow) self = g_weak_ref_get (&job->window);

  if (self != NULL && self->documents != NULL &&
      g_strcmp0 (response, "open-readable") == 0 && job->salvaged != NULL)
    {
      ReadoutWindow *window = target_window (self);

      gtk_window_present (GTK_WINDOW (window));
      /* No file: it can never be saved over the broken one. */
      _readout_window_take_session (window, job->salvaged, TRUE);
    }
}

static void
show_load_error (ReadoutWindow *self,
                 Job           *job)
{
  AdwMessageDialog *dialog;

  g_message ("%s", job->error->message);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Open Session"), NULL));
  adw_message_dialog_set_body (dialog, job->error->message);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  if (job->salvaged != NULL)
    {
      g_autofree char *detail = g_strdup_printf (_("%s\n\nWhat can still be read can be opened as a new, unsaved session; the file itself is left as it is."),
                                                 job->error->message);

      adw_message_dialog_set_body (dialog, detail);
      adw_message_dialog_add_response (dialog, "open-readable", _("Open _Readable Parts"));
      adw_message_dialog_set_response_appearance (dialog, "open-readable", ADW_RESPONSE_SUGGESTED);
    }
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  g_signal_connect_data (dialog, "response", G_CALLBACK (load_error_response_cb),
                         job, (GClosureNotify) (void (*) (void)) job_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
salvage_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Job *job = task_data;
  g_autofree char *name = g_file_get_parse_name (job->file);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  info = g_file_query_info (job->file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, NULL);
  if (info != NULL && g_file_info_get_size (info) <= READOUT_SESSION_MAX_SIZE)
    bytes = g_file_load_bytes (job->file, cancellable, NULL, NULL);
  if (bytes != NULL)
    job->salvaged = readout_session_salvage_bytes (bytes, name, cancellable, &error);
  g_task_return_boolean (task, TRUE);
}

static void
salvage_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(ReadoutWindow) self = g_weak_ref_get (&job->window);

  if (self == NULL || self->documents == NULL)
    return;
  /* The dialog owns the job from here. */
  show_load_error (self, g_object_steal_data (G_OBJECT (result), "readout-job"));
}

static void
session_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(Job) job = user_data;
  g_autoptr(ReadoutWindow) self = g_weak_ref_get (&job->window);
  g_autoptr(ReadoutSession) session = readout_session_load_file_finish (result, &job->error);
  g_autoptr(GTask) task = NULL;

  if (self == NULL || self->documents == NULL ||
      g_error_matches (job->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_assert (self->n_pending > 0 && self->n_session_loads > 0);
  self->n_pending--;
  self->n_session_loads--;

  if (session != NULL)
    {
      ReadoutWindow *window = target_window (self);

      gtk_window_present (GTK_WINDOW (window));
      _readout_window_take_session (window, session, FALSE);
      _readout_window_add_recent (window, job->file);
      _readout_window_update_view (self);
      return;
    }

  _readout_window_update_view (self);
  /* The dialog says what is wrong, and offers what can still be read. */
  task = g_task_new (NULL, self->cancellable, salvage_done_cb, NULL);
  g_task_set_task_data (task, job, NULL);
  g_object_set_data_full (G_OBJECT (task), "readout-job", g_steal_pointer (&job), (GDestroyNotify) job_free);
  g_task_run_in_thread (task, salvage_thread);
}

void
_readout_window_open_session_file (ReadoutWindow *self,
                                   GFile         *file)
{
  self->n_pending++;
  self->n_session_loads++;
  _readout_window_update_view (self);
  readout_session_load_file_async (file, self->cancellable, session_loaded_cb, job_new (self, file));
}

/* Saving */

static void save_to (ReadoutWindow           *self,
                     GFile                   *file,
                     ReadoutSessionSaveFlags  flags,
                     gboolean                 close_after);

static void
overwrite_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       Job              *job)
{
  g_autoptr(ReadoutWindow) self = g_weak_ref_get (&job->window);

  if (self != NULL && self->documents != NULL && g_strcmp0 (response, "overwrite") == 0)
    save_to (self, job->file, READOUT_SESSION_SAVE_OVERWRITE, job->close_after);
}

static void
ask_overwrite (ReadoutWindow *self,
               Job           *job)
{
  g_autofree char *name = g_file_get_parse_name (job->file);
  g_autofree char *body = g_strdup_printf (_("“%s” was changed by another program since it was opened or saved here. Overwriting it loses those changes."),
                                           name);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("File Changed on Disk"), body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "overwrite", _("_Overwrite"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "overwrite", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (overwrite_response_cb),
                         job, (GClosureNotify) (void (*) (void)) job_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_save_error (ReadoutWindow *self,
                 GFile         *file,
                 const GError  *error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *heading = g_strdup_printf (_("Could Not Save “%s”"), name);
  AdwMessageDialog *dialog;

  g_message ("%s: %s", name, error->message);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(Job) job = user_data;
  g_autoptr(ReadoutWindow) self = g_weak_ref_get (&job->window);
  g_autoptr(GError) error = NULL;
  gboolean saved = readout_session_save_file_finish (READOUT_SESSION (object), result, &error);

  if (self == NULL || self->documents == NULL)
    return;
  g_assert (self->n_saving > 0);
  self->n_saving--;

  if (saved)
    {
      if (READOUT_SESSION (object) == self->session)
        _readout_window_discard_draft (self);
      _readout_window_add_recent (self, job->file);
      _readout_window_update_title (self);
      if (job->close_after)
        {
          self->close_confirmed = TRUE;
          gtk_window_close (GTK_WINDOW (self));
        }
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
    ask_overwrite (self, g_steal_pointer (&job));
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_save_error (self, job->file, error);
}

static void
save_to (ReadoutWindow           *self,
         GFile                   *file,
         ReadoutSessionSaveFlags  flags,
         gboolean                 close_after)
{
  Job *job = job_new (self, file);

  job->close_after = close_after;
  _readout_window_store_layout (self);
  self->n_saving++;
  readout_session_save_file_async (self->session, file, flags, self->cancellable, save_done_cb, job);
}

/* "name.readout", whatever the user typed. */
static GFile *
with_suffix (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *named = NULL;

  if (_readout_window_is_session_file (file) || parent == NULL || basename == NULL)
    return g_object_ref (file);
  named = g_strconcat (basename, READOUT_SESSION_SUFFIX, NULL);
  return g_file_get_child (parent, named);
}

static void
replace_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     Job              *job)
{
  g_autoptr(ReadoutWindow) self = g_weak_ref_get (&job->window);

  if (self != NULL && self->documents != NULL && g_strcmp0 (response, "replace") == 0)
    save_to (self, job->file, READOUT_SESSION_SAVE_NONE, job->close_after);
}

/* The file chooser asked about the name as typed; the suffix added here
 * may name another file, which is not replaced without asking. */
static void
save_chosen (ReadoutWindow *self,
             GFile         *chosen,
             gboolean       close_after)
{
  g_autoptr(GFile) file = with_suffix (chosen);
  GFile *own = readout_session_get_file (self->session);
  g_autofree char *basename = NULL;
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;
  Job *job;

  if (g_file_equal (file, chosen) || (own != NULL && g_file_equal (file, own)) ||
      !g_file_query_exists (file, NULL))
    {
      save_to (self, file, READOUT_SESSION_SAVE_NONE, close_after);
      return;
    }

  basename = g_file_get_basename (file);
  heading = g_strdup_printf (_("Replace “%s”?"), basename);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading,
                                                       _("A file with this name already exists. Replacing it overwrites its contents.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  job = job_new (self, file);
  job->close_after = close_after;
  g_signal_connect_data (dialog, "response", G_CALLBACK (replace_response_cb),
                         job, (GClosureNotify) (void (*) (void)) job_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
suggested_name (ReadoutWindow *self)
{
  g_autoptr(ReadoutDocument) first = g_list_model_get_item (G_LIST_MODEL (self->documents), 0);
  g_autofree char *title = first != NULL ? readout_dup_display_title (first) : g_strdup (_("Comparison"));
  GString *name = g_string_new (NULL);

  /* A headline is a fine file name once it has no slash and is not too long. */
  for (const char *p = title; *p != '\0' && name->len < 80; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (name, c == '/' || c == '\\' || g_unichar_iscntrl (c) ? '-' : c);
    }
  g_strstrip (name->str);
  name->len = strlen (name->str);
  if (name->len == 0 || name->str[0] == '.')
    g_string_prepend (name, _("Comparison"));
  g_string_append (name, READOUT_SESSION_SUFFIX);
  return g_string_free (name, FALSE);
}

/* Where a new session is saved unless the user goes elsewhere. */
static GFile *
default_folder (void)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);
  return g_file_new_for_path (g_get_home_dir ());
}

static GtkFileFilter *
create_sessions_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Sessions"));
  gtk_file_filter_add_mime_type (filter, READOUT_SESSION_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, "readout");
  return filter;
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
save_dialog_done_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(Job) job = user_data;
  g_autoptr(ReadoutWindow) self = g_weak_ref_get (&job->window);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) chosen = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, &error);

  if (self == NULL || self->documents == NULL || chosen == NULL)
    return;
  save_chosen (self, chosen, job->close_after);
}

static void
save_as (ReadoutWindow *self,
         gboolean       close_after)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) sessions = create_sessions_filter ();
  GFile *file = readout_session_get_file (self->session);
  g_autofree char *name = suggested_name (self);
  g_autoptr(GFile) here = g_file_new_for_path (".");
  Job *job = job_new (self, file != NULL ? file : here);

  job->close_after = close_after;
  g_list_store_append (filters, sessions);
  gtk_file_dialog_set_title (dialog, _("Save Session"));
  gtk_file_dialog_set_modal (dialog, TRUE);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  if (file != NULL)
    gtk_file_dialog_set_initial_file (dialog, file);
  else
    {
      g_autoptr(GFile) folder = default_folder ();

      gtk_file_dialog_set_initial_folder (dialog, folder);
      gtk_file_dialog_set_initial_name (dialog, name);
    }
  gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, save_dialog_done_cb, job);
}
#else
static void
save_native_response_cb (GtkNativeDialog *native,
                         int              response,
                         Job             *job)
{
  g_autoptr(ReadoutWindow) self = g_weak_ref_get (&job->window);

  if (self != NULL && self->documents != NULL && response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (chosen != NULL)
        save_chosen (self, chosen, job->close_after);
    }
  job_free (job);
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
save_as (ReadoutWindow *self,
         gboolean       close_after)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) sessions = create_sessions_filter ();
  GFile *file = readout_session_get_file (self->session);
  g_autoptr(GFile) here = g_file_new_for_path (".");
  Job *job = job_new (self, file != NULL ? file : here);

  job->close_after = close_after;
  native = gtk_file_chooser_native_new (_("Save Session"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), sessions);
  if (file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (native), file, NULL);
  else
    {
      g_autofree char *name = suggested_name (self);
      g_autoptr(GFile) folder = default_folder ();

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
    }
  g_signal_connect (native, "response", G_CALLBACK (save_native_response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
#endif

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ReadoutWindow *self = READOUT_WINDOW (widget);
  GFile *file = readout_session_get_file (self->session);

  if (readout_session_get_comparison (self->session) == NULL)
    return;
  if (file == NULL)
    save_as (self, FALSE);
  else
    save_to (self, file, READOUT_SESSION_SAVE_NONE, FALSE);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ReadoutWindow *self = READOUT_WINDOW (widget);

  if (readout_session_get_comparison (self->session) != NULL)
    save_as (self, FALSE);
}

/* Closing */

static gboolean
close_idle_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   ReadoutWindow    *self)
{
  GFile *file = readout_session_get_file (self->session);

  self->close_dialog = NULL;
  if (g_strcmp0 (response, "discard") == 0)
    {
      /* Once the dialog, transient for the window, is gone. */
      self->close_confirmed = TRUE;
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_idle_cb, g_object_ref (self), g_object_unref);
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      /* The window closes once the file is written; a failed or
       * cancelled save leaves it open. */
      if (file != NULL)
        save_to (self, file, READOUT_SESSION_SAVE_NONE, TRUE);
      else
        save_as (self, TRUE);
    }
}

gboolean
_readout_window_session_may_close (ReadoutWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (self->close_confirmed || !_readout_window_has_unsaved_work (self))
    {
      _readout_window_discard_draft (self);
      return TRUE;
    }
  if (self->close_dialog != NULL)
    {
      gtk_window_present (self->close_dialog);
      return FALSE;
    }

  title = readout_session_dup_title (self->session);
  body = g_strdup_printf (_("“%s” has unsaved changes. Changes which are not saved will be permanently lost."),
                          title);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  self->close_dialog = GTK_WINDOW (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}

/* Set-up */

static void
session_changed_cb (ReadoutWindow *self)
{
  _readout_window_update_title (self);
}

static void
session_bind_cb (ReadoutWindow *self)
{
  g_signal_connect_object (self->session, "notify::unsaved",
                           G_CALLBACK (_readout_window_update_title), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "changed",
                           G_CALLBACK (session_changed_cb), self, G_CONNECT_SWAPPED);
  _readout_window_update_title (self);
}

void
_readout_window_session_init (ReadoutWindow *self)
{
  g_signal_connect (self, "notify::session", G_CALLBACK (session_bind_cb), NULL);
  session_bind_cb (self);
}

void
_readout_window_session_dispose (ReadoutWindow *self)
{
  if (self->close_dialog != NULL)
    gtk_window_destroy (g_steal_pointer (&self->close_dialog));
}

void
_readout_window_class_session_init (ReadoutWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
}
