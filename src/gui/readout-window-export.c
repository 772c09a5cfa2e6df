/* readout-window-export.c — File → Export: the session in other formats
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The save dialog offers one filter per format (readout-export.h): a
 * filter the user picked decides the format, else the extension the name
 * was given, and the name's extension is made to match. The export is
 * made here, since it reads the session's models, and written in a
 * thread, atomically, so that a large project does not freeze the window
 * and a failure never leaves half a file.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "readout-export.h"
#include "readout-window-private.h"

/* The format last chosen in this window, offered first next time. */
#define LAST_FORMAT_KEY "readout-export-format"

typedef struct
{
  GWeakRef             window;
  ReadoutExportFormat  format;
} Job;

static Job *
job_new (ReadoutWindow       *self,
         ReadoutExportFormat  format)
{
  Job *job = g_new0 (Job, 1);

  g_weak_ref_init (&job->window, self);
  job->format = format;
  return job;
}

static void
job_free (Job *job)
{
  g_weak_ref_clear (&job->window);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

static ReadoutExportFormat
last_format (ReadoutWindow *self)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (self), LAST_FORMAT_KEY));
}

/* The format a file name asks for by its extension, if any. */
static gboolean
format_of_name (GFile               *file,
                ReadoutExportFormat *format)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *lower = basename ? g_utf8_strdown (basename, -1) : NULL;
  const char *dot = lower ? strrchr (lower, '.') : NULL;

  if (dot == NULL)
    return FALSE;
  for (ReadoutExportFormat f = 0; f < READOUT_N_EXPORT_FORMATS; f++)
    if (g_str_equal (dot + 1, readout_export_format_get_extension (f)))
      {
        *format = f;
        return TRUE;
      }
  /* The other usual spellings. */
  if (g_str_equal (dot, ".htm"))
    *format = READOUT_EXPORT_HTML;
  else if (g_str_equal (dot, ".markdown"))
    *format = READOUT_EXPORT_MARKDOWN;
  else if (g_str_equal (dot, ".json"))
    *format = READOUT_EXPORT_W3C;
  else
    return FALSE;
  return TRUE;
}

/* The file to write and its format. @picked: the user chose *@format
 * in the dialog, which wins over the extension typed (the dialog keeps
 * the suggested name's extension when the filter changes); otherwise a
 * known extension decides. Either way the extension ends up matching. */
GFile *
_readout_window_export_fix_name (GFile               *file,
                                 ReadoutExportFormat *format,
                                 gboolean             picked)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *name = NULL;
  g_autoptr(GFile) parent = g_file_get_parent (file);
  ReadoutExportFormat named;
  gboolean has_extension = format_of_name (file, &named);

  if (has_extension && (!picked || named == *format))
    {
      *format = named;
      return g_object_ref (file);
    }
  if (has_extension)
    *strrchr (basename, '.') = '\0';
  name = g_strconcat (basename, ".", readout_export_format_get_extension (*format), NULL);
  return parent ? g_file_get_child (parent, name) : g_file_new_for_path (name);
}

static GtkFileFilter *
create_filter (ReadoutExportFormat format)
{
  GtkFileFilter *filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strconcat ("*.", readout_export_format_get_extension (format), NULL);

  gtk_file_filter_set_name (filter, readout_export_format_get_label (format));
  gtk_file_filter_add_pattern (filter, pattern);
  g_object_set_data (G_OBJECT (filter), LAST_FORMAT_KEY, GUINT_TO_POINTER (format));
  return filter;
}

static char *
suggested_name (ReadoutWindow       *self,
                ReadoutExportFormat  format)
{
  g_autofree char *title = readout_session_dup_title (self->session);

  return g_strconcat (title, ".", readout_export_format_get_extension (format), NULL);
}

static void
write_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  GBytes *bytes = g_object_get_data (G_OBJECT (task), "bytes");
  GError *error = NULL;

  if (readout_export_write_bytes (bytes, task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ReadoutWindow *self = READOUT_WINDOW (object);
  GFile *file = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  g_autofree char *markup = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _readout_window_show_error (self, error->message);
      return;
    }
  name = g_file_get_basename (file);
  /* TRANSLATORS: a toast after File → Export; %s is the file's name */
  message = g_strdup_printf (_("Exported to “%s”"), name);
  markup = g_markup_escape_text (message, -1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
}

void
_readout_window_export_to_file (ReadoutWindow       *self,
                                GFile               *file,
                                ReadoutExportFormat  format,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (READOUT_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, self->cancellable, callback ? callback : export_done_cb, user_data);
  g_task_set_source_tag (task, _readout_window_export_to_file);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  bytes = readout_session_export_bytes (self->session, format, &error);
  if (bytes == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_task_return_new_error (task, error->domain, error->code, "%s: %s", name, error->message);
      return;
    }
  g_object_set_data_full (G_OBJECT (task), "bytes", g_steal_pointer (&bytes), (GDestroyNotify)g_bytes_unref);
  g_task_run_in_thread (task, write_in_thread);
}

static void
export_chosen (ReadoutWindow       *self,
               GFile               *chosen,
               ReadoutExportFormat  format,
               gboolean             picked)
{
  g_autoptr(GFile) file = _readout_window_export_fix_name (chosen, &format, picked);

  g_object_set_data (G_OBJECT (self), LAST_FORMAT_KEY, GUINT_TO_POINTER (format));
  _readout_window_export_to_file (self, file, format, NULL, NULL);
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
dialog_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(Job) job = user_data;
  g_autoptr(ReadoutWindow) self = g_weak_ref_get (&job->window);
  g_autoptr(GFile) chosen = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, NULL);

  if (self != NULL && chosen != NULL)
    export_chosen (self, chosen, job->format, FALSE);
}

static void
choose_file (ReadoutWindow *self)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  ReadoutExportFormat format = last_format (self);
  g_autofree char *name = suggested_name (self, format);

  for (ReadoutExportFormat f = 0; f < READOUT_N_EXPORT_FORMATS; f++)
    {
      g_autoptr(GtkFileFilter) filter = create_filter (f);

      g_list_store_append (filters, filter);
      if (f == format)
        gtk_file_dialog_set_default_filter (dialog, filter);
    }
  gtk_file_dialog_set_title (dialog, _("Export"));
  gtk_file_dialog_set_accept_label (dialog, _("_Export"));
  gtk_file_dialog_set_modal (dialog, TRUE);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_initial_name (dialog, name);
  /* GtkFileDialog does not say which filter was chosen: the name's
   * extension decides, else the last format. */
  gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, dialog_done_cb, job_new (self, format));
}
#else
static void
native_response_cb (GtkNativeDialog *native,
                    int              response,
                    Job             *job)
{
  g_autoptr(ReadoutWindow) self = g_weak_ref_get (&job->window);

  if (self != NULL && response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (native));
      ReadoutExportFormat format = job->format;

      if (filter != NULL)
        format = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (filter), LAST_FORMAT_KEY));
      if (chosen != NULL)
        export_chosen (self, chosen, format, format != job->format);
    }
  job_free (job);
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
choose_file (ReadoutWindow *self)
{
  ReadoutExportFormat format = last_format (self);
  g_autofree char *name = suggested_name (self, format);
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  for (ReadoutExportFormat f = 0; f < READOUT_N_EXPORT_FORMATS; f++)
    {
      g_autoptr(GtkFileFilter) filter = create_filter (f);

      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
      if (f == format)
        gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), filter);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_signal_connect (native, "response", G_CALLBACK (native_response_cb), job_new (self, format));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
#endif

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ReadoutWindow *self = READOUT_WINDOW (widget);

  /* Before the first comparison there is nothing to export. */
  if (self->session == NULL || readout_session_get_comparison (self->session) == NULL)
    {
      _readout_window_show_error (self, _("Open articles first: there is no comparison to export yet"));
      return;
    }
  choose_file (self);
}

void
_readout_window_class_export_init (ReadoutWindowClass *klass)
{
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "win.export", NULL, export_action);
}
