/* readout-window-actions.c — win.open, win.open-recent and the recent
 * files menu: articles and sessions alike.
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "readout-window-private.h"

#define MAX_RECENT_ITEMS 10

/* The name under which Readout files its recent items, so the menu lists
 * only articles and sessions opened or saved here. */
#define RECENT_APP_NAME "Readout"

static void
add_articles (GtkFileFilter *filter)
{
  const char * const *mime_types = readout_importer_get_mime_types ();
  const char * const *patterns = readout_importer_get_patterns ();

  for (guint i = 0; mime_types[i] != NULL; i++)
    gtk_file_filter_add_mime_type (filter, mime_types[i]);
  for (guint i = 0; patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
}

static void
add_sessions (GtkFileFilter *filter)
{
  gtk_file_filter_add_mime_type (filter, READOUT_SESSION_MIME_TYPE);
  /* Until shared-mime-info knows the type. */
  gtk_file_filter_add_suffix (filter, "readout");
}

static GtkFileFilter *
create_articles_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Articles"));
  add_articles (filter);
  return filter;
}

static GtkFileFilter *
create_sessions_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Sessions"));
  add_sessions (filter);
  return filter;
}

static GtkFileFilter *
create_supported_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("All Supported"));
  add_sessions (filter);
  add_articles (filter);
  return filter;
}

static GtkFileFilter *
create_all_files_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("All Files"));
  gtk_file_filter_add_pattern (filter, "*");

  return filter;
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
open_dialog_done_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(ReadoutWindow) self = user_data;
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GError) error = NULL;

  files = gtk_file_dialog_open_multiple_finish (GTK_FILE_DIALOG (object), result, &error);
  if (files == NULL)
    {
      if (!g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED) &&
          !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_CANCELLED))
        _readout_window_show_error (self, error->message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);

      readout_window_open_file (self, file);
    }
}

static void
readout_window_open_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  ReadoutWindow *self = READOUT_WINDOW (widget);
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) supported = create_supported_filter ();
  g_autoptr(GtkFileFilter) sessions = create_sessions_filter ();
  g_autoptr(GtkFileFilter) articles = create_articles_filter ();
  g_autoptr(GtkFileFilter) all_files = create_all_files_filter ();

  g_list_store_append (filters, supported);
  g_list_store_append (filters, sessions);
  g_list_store_append (filters, articles);
  g_list_store_append (filters, all_files);

  gtk_file_dialog_set_title (dialog, _("Open"));
  gtk_file_dialog_set_modal (dialog, TRUE);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_default_filter (dialog, supported);
  gtk_file_dialog_open_multiple (dialog, GTK_WINDOW (self), NULL,
                                 open_dialog_done_cb, g_object_ref (self));
}
#else
static void
open_native_response_cb (GtkNativeDialog *native,
                         int              response,
                         gpointer         user_data)
{
  g_autoptr(ReadoutWindow) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);

          readout_window_open_file (self, file);
        }
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
readout_window_open_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  ReadoutWindow *self = READOUT_WINDOW (widget);
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) supported = create_supported_filter ();
  g_autoptr(GtkFileFilter) sessions = create_sessions_filter ();
  g_autoptr(GtkFileFilter) articles = create_articles_filter ();
  g_autoptr(GtkFileFilter) all_files = create_all_files_filter ();

  native = gtk_file_chooser_native_new (_("Open"),
                                        GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), supported);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), sessions);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), articles);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all_files);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), supported);

  g_signal_connect (native, "response",
                    G_CALLBACK (open_native_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
#endif

static void
readout_window_open_recent_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  readout_window_open_file (READOUT_WINDOW (widget), file);
}

void
_readout_window_add_recent (ReadoutWindow *self,
                            GFile         *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *content_type = g_content_type_guess (basename, NULL, 0, NULL);
  /* Sessions by their own type, known to shared-mime-info or not. */
  g_autofree char *mime_type = _readout_window_is_session_file (file)
                               ? g_strdup (READOUT_SESSION_MIME_TYPE)
                               : g_content_type_get_mime_type (content_type);
  GtkRecentData data = {
    .display_name = NULL,
    .description = NULL,
    .mime_type = mime_type != NULL ? mime_type : (char *) "text/plain",
    .app_name = (char *) RECENT_APP_NAME,
    .app_exec = (char *) "readout %u",
    .groups = NULL,
    .is_private = FALSE,
  };

  if (self->recent_manager != NULL)
    gtk_recent_manager_add_full (self->recent_manager, uri, &data);
}

static int
compare_recent_newest_first (gconstpointer a,
                             gconstpointer b)
{
  GDateTime *ta = gtk_recent_info_get_modified ((GtkRecentInfo *) a);
  GDateTime *tb = gtk_recent_info_get_modified ((GtkRecentInfo *) b);

  return g_date_time_compare (tb, ta);
}

static void
update_recent_menu (ReadoutWindow *self)
{
  GList *items = gtk_recent_manager_get_items (self->recent_manager);
  guint n_shown = 0;

  g_menu_remove_all (self->recent_section);

  items = g_list_sort (items, compare_recent_newest_first);
  for (GList *l = items; l != NULL && n_shown < MAX_RECENT_ITEMS; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      g_autoptr(GMenuItem) item = NULL;

      if (!gtk_recent_info_has_application (info, RECENT_APP_NAME) ||
          !gtk_recent_info_exists (info))
        continue;

      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s",
                                         gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_section, item);
      n_shown++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);

  /* An item without an action shows greyed out. */
  if (n_shown == 0)
    g_menu_append (self->recent_section, _("No Recent Files"), "win.no-recent");
}

void
_readout_window_actions_init (ReadoutWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.no-recent", FALSE);

  self->recent_manager = g_object_ref (gtk_recent_manager_get_default ());
  g_signal_connect_object (self->recent_manager, "changed",
                           G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
  update_recent_menu (self);
}

void
_readout_window_actions_dispose (ReadoutWindow *self)
{
  if (self->recent_manager != NULL)
    g_signal_handlers_disconnect_by_data (self->recent_manager, self);
  g_clear_object (&self->recent_manager);
}

static void
readout_window_no_recent_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
}

void
_readout_window_class_actions_init (ReadoutWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.open", NULL,
                                   readout_window_open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s",
                                   readout_window_open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.no-recent", NULL,
                                   readout_window_no_recent_action);
}
