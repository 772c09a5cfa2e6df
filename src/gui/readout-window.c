/* readout-window.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The main window: a list of opened articles (shown once there are
 * several) and the selected one in a ReadoutArticleView. Actions live in
 * readout-window-actions.c, drag and drop in readout-window-dnd.c.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "readout-window-private.h"

G_DEFINE_FINAL_TYPE (ReadoutWindow, readout_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

ReadoutWindow *
readout_window_new (ReadoutApplication *application)
{
  return g_object_new (READOUT_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

GListModel *
readout_window_get_documents (ReadoutWindow *self)
{
  g_return_val_if_fail (READOUT_IS_WINDOW (self), NULL);

  return G_LIST_MODEL (self->documents);
}

ReadoutDocument *
readout_window_get_visible_document (ReadoutWindow *self)
{
  g_return_val_if_fail (READOUT_IS_WINDOW (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

void
readout_window_select_document (ReadoutWindow *self,
                                guint          position)
{
  g_return_if_fail (READOUT_IS_WINDOW (self));

  gtk_single_selection_set_selected (self->selection, position);
}

guint
readout_window_get_n_pending (ReadoutWindow *self)
{
  g_return_val_if_fail (READOUT_IS_WINDOW (self), 0);

  return self->n_pending;
}

/* Handlers connected to the old session with the window as their data
 * are disconnected; the "session" notification is where to connect to
 * the new one. */
void
_readout_window_set_session (ReadoutWindow  *self,
                             ReadoutSession *session)
{
  g_return_if_fail (READOUT_IS_SESSION (session));

  if (self->session == session)
    return;
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

GtkDropTarget *
_readout_window_get_drop_target (ReadoutWindow *self)
{
  return self->drop_target;
}

void
_readout_window_show_error (ReadoutWindow *self,
                            const char    *message)
{
  g_autofree char *markup = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (markup);

  adw_toast_set_timeout (toast, 8);
  /* The newest error shows at once; older ones wait in the queue. */
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Which page the content area shows follows from the documents and the
 * imports still running; this keeps all of it in one place. */
void
_readout_window_update_view (ReadoutWindow *self)
{
  ReadoutDocument *document = gtk_single_selection_get_selected_item (self->selection);
  guint n_documents = g_list_model_get_n_items (G_LIST_MODEL (self->documents));
  gboolean several = n_documents > 1;

  gtk_widget_set_visible (self->sidebar, several);
  gtk_widget_set_visible (self->sidebar_separator, several);

  if (readout_article_view_get_document (self->article_view) != document)
    {
      readout_article_view_set_document (self->article_view, document);
      _readout_window_update_highlights (self);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), self->n_pending > 0 || _readout_window_is_busy (self));
  gtk_spinner_set_spinning (self->spinner, self->n_pending > 0 || _readout_window_is_busy (self));
  gtk_stack_set_visible_child_name (self->comparison_stack,
                                    self->comparison != NULL ? "comparison" :
                                    _readout_window_is_busy (self) ? "analysing" : "nothing");

  if (document != NULL)
    gtk_stack_set_visible_child_name (self->content_stack, "article");
  else
    gtk_stack_set_visible_child_name (self->content_stack,
                                      self->n_pending > 0 ? "loading" : "empty");
  _readout_window_update_title (self);
}

static gboolean
same_document (ReadoutDocument *a,
               ReadoutDocument *b)
{
  return g_strcmp0 (readout_document_get_uri (a), readout_document_get_uri (b)) == 0 &&
         g_strcmp0 (readout_document_get_sha256 (a), readout_document_get_sha256 (b)) == 0 &&
         g_strcmp0 (readout_document_get_title (a), readout_document_get_title (b)) == 0;
}

static guint
find_document (ReadoutWindow   *self,
               ReadoutDocument *document)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->documents));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutDocument) other = g_list_model_get_item (G_LIST_MODEL (self->documents), i);

      if (same_document (document, other))
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Documents are listed in the order their files were asked for, not the
 * order the imports happen to finish in. */
static guint
serial_of (gpointer document)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (document), "readout-serial"));
}

static guint
insert_position (ReadoutWindow *self,
                 guint          serial)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->documents));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutDocument) other = g_list_model_get_item (G_LIST_MODEL (self->documents), i);

      if (serial_of (other) > serial)
        return i;
    }

  return n;
}

static void
add_documents (ReadoutWindow *self,
               GPtrArray     *documents,
               guint          serial)
{
  guint first_position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < documents->len; i++)
    {
      ReadoutDocument *document = g_ptr_array_index (documents, i);
      guint position = find_document (self, document);

      /* Opening a file twice shows the copy already open. The items
       * of a feed share a serial and so keep their order. */
      if (position == GTK_INVALID_LIST_POSITION)
        {
          g_object_set_data (G_OBJECT (document), "readout-serial", GUINT_TO_POINTER (serial));
          position = insert_position (self, serial);
          g_list_store_insert (self->documents, position, document);
          _readout_window_analyse (self, document);
        }
      if (first_position == GTK_INVALID_LIST_POSITION)
        first_position = position;
    }

  /* The file asked for last is the one shown. */
  if (first_position != GTK_INVALID_LIST_POSITION && serial >= self->last_shown_serial)
    {
      self->last_shown_serial = serial;
      gtk_single_selection_set_selected (self->selection, first_position);
    }
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ReadoutWindow) self = NULL;
  g_autoptr(GFile) file = user_data;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  GWeakRef *weak = g_object_get_data (G_OBJECT (file), "readout-window");

  documents = readout_importer_import_file_finish (READOUT_IMPORTER (object), result, &error);

  /* The window may have closed (or be closing: disposed, yet still
   * referenced somewhere) while the file was read. */
  self = weak != NULL ? g_weak_ref_get (weak) : NULL;
  g_object_set_data (G_OBJECT (file), "readout-window", NULL);
  if (self == NULL || self->documents == NULL ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_assert (self->n_pending > 0);
  self->n_pending--;

  if (documents == NULL || documents->len == 0)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *fallback = g_strdup_printf (_("%s: no article was found in the file"), name);
      const char *message = error != NULL ? error->message : fallback;

      g_message ("%s", message);
      _readout_window_show_error (self, message);
    }
  else
    {
      add_documents (self, documents,
                     GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (file), "readout-serial")));
      _readout_window_add_recent (self, file);
    }

  _readout_window_update_view (self);
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

void
readout_window_open_file (ReadoutWindow *self,
                          GFile         *file)
{
  g_autoptr(GFile) key = NULL;
  GWeakRef *weak;

  g_return_if_fail (READOUT_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (_readout_window_is_session_file (file))
    {
      _readout_window_open_session_file (self, file);
      return;
    }

  /* A private GFile carries a weak reference to the window through the
   * import, so a window closed meanwhile is not kept alive or touched. */
  key = g_file_dup (file);
  weak = g_new0 (GWeakRef, 1);
  g_weak_ref_init (weak, self);
  g_object_set_data_full (G_OBJECT (key), "readout-window", weak, weak_ref_free);
  g_object_set_data (G_OBJECT (key), "readout-serial", GUINT_TO_POINTER (++self->next_serial));

  self->n_pending++;
  _readout_window_update_view (self);

  readout_importer_import_file_async (self->importer, key, self->cancellable,
                                      import_done_cb, g_object_ref (key));
}

static void
selection_changed_cb (ReadoutWindow *self)
{
  _readout_window_update_view (self);
}

/* Sidebar rows: the title, and the source or file name under it. */
static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "sidebar-row");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 20);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (item, box);
}

static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  ReadoutDocument *document = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  g_autofree char *title_text = readout_dup_display_title (document);
  const char *source = readout_document_get_source (document);
  g_autofree char *basename = NULL;

  if (source == NULL || *source == '\0')
    {
      const char *uri = readout_document_get_uri (document);
      g_autoptr(GFile) file = uri != NULL ? g_file_new_for_uri (uri) : NULL;
      g_autofree char *name = file != NULL ? g_file_get_basename (file) : NULL;

      basename = name != NULL ? g_filename_display_name (name) : NULL;
      source = basename;
    }

  gtk_label_set_text (GTK_LABEL (title), title_text);
  gtk_label_set_text (GTK_LABEL (subtitle), source != NULL ? source : "");
  gtk_widget_set_visible (subtitle, source != NULL && *source != '\0');
}

static void
setup_document_list (ReadoutWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->documents = g_list_store_new (READOUT_TYPE_DOCUMENT);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->documents)));
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected",
                            G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->selection, "items-changed",
                            G_CALLBACK (selection_changed_cb), self);

  g_signal_connect (factory, "setup", G_CALLBACK (row_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (row_bind_cb), NULL);
  gtk_list_view_set_factory (self->document_list, factory);
  gtk_list_view_set_model (self->document_list, GTK_SELECTION_MODEL (self->selection));
}

/* An uninstalled run (no schema compiled where GLib looks) must not abort:
 * the window then simply does not remember its size. */
static GSettings *
settings_new_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("GSettings schema %s not found; window size is not remembered", APP_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

static void
restore_window_state (ReadoutWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
readout_window_close_request (GtkWindow *window)
{
  ReadoutWindow *self = READOUT_WINDOW (window);

  /* Unsaved changes: the window asks, and closes itself once answered. */
  if (!_readout_window_session_may_close (self))
    return TRUE;

  if (self->settings != NULL)
    {
      gboolean maximized = gtk_window_is_maximized (window);
      int width, height;

      /* The default size is the unmaximized size in GTK 4. */
      gtk_window_get_default_size (window, &width, &height);
      g_settings_delay (self->settings);
      if (width > 0 && height > 0)
        {
          g_settings_set_int (self->settings, "window-width", width);
          g_settings_set_int (self->settings, "window-height", height);
        }
      g_settings_set_boolean (self->settings, "window-maximized", maximized);
      g_settings_apply (self->settings);
    }

  return GTK_WINDOW_CLASS (readout_window_parent_class)->close_request (window);
}

static void
readout_window_dispose (GObject *object)
{
  ReadoutWindow *self = READOUT_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  _readout_window_annotations_dispose (self);
  _readout_window_actions_dispose (self);
  _readout_window_drafts_dispose (self);
  _readout_window_session_dispose (self);
  _readout_window_layout_dispose (self);
  _readout_window_comparison_dispose (self);

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);

  g_clear_object (&self->selection);
  g_clear_object (&self->documents);
  g_clear_object (&self->importer);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (readout_window_parent_class)->dispose (object);
}

static void
readout_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ReadoutWindow *self = READOUT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_window_class_init (ReadoutWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = readout_window_dispose;
  object_class->get_property = readout_window_get_property;
  window_class->close_request = readout_window_close_request;

  /* The session the window shows (never NULL); replaced when a session
   * file is opened into an empty window. */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         READOUT_TYPE_SESSION,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (READOUT_TYPE_ARTICLE_VIEW);
  g_type_ensure (READOUT_TYPE_COMPARISON_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/readout/Readout/readout-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, content_overlay);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, drop_overlay);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, sidebar_separator);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, document_list);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, article_view);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, recent_section);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, comparison_stack);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, comparison_view);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, ReadoutWindow, search_entry);

  _readout_window_class_actions_init (klass);
  _readout_window_class_edit_init (klass);
  _readout_window_class_session_init (klass);
  _readout_window_class_export_init (klass);
}

static void
readout_window_init (ReadoutWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->importer = readout_importer_new ();
  self->cancellable = g_cancellable_new ();
  self->settings = settings_new_if_installed ();
  self->session = readout_session_new (NULL);

  setup_document_list (self);
  restore_window_state (self);
  _readout_window_actions_init (self);
  _readout_window_dnd_init (self);
  _readout_window_comparison_init (self);
  _readout_window_edit_init (self);
  _readout_window_session_init (self);
  _readout_window_layout_init (self);
  _readout_window_drafts_init (self);
  _readout_window_annotations_init (self);

  _readout_window_update_view (self);
}
