/* readout-annotation-panel.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The side panel that edits one annotation: what it is on, the note
 * (saved a moment after typing pauses, so one "changed" per pause rather
 * than per key), the status, the highlight colour, the tags, who wrote it
 * and when, and deleting it. The panel follows the annotation's "changed"
 * and the session's tags; it never keeps state of its own beyond the note
 * still being typed.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "readout-annotation-panel.h"
#include "readout-annotation-util.h"

struct _ReadoutAnnotationPanel
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkStack          *stack;
  GtkLabel          *target_label;
  GtkLabel          *quote_label;
  GtkWidget         *orphan_box;
  GtkTextView       *note_view;
  AdwComboRow       *status_row;
  GtkBox            *color_box;
  GtkListBox        *tags_list;
  GtkLabel          *details_label;

  ReadoutSession    *session;
  ReadoutAnnotation *annotation;
  GtkWidget         *none_button;
  guint              save_source;
  guint              clock_source;
  /* Set while the panel shows the annotation's values, so that the
   * widgets' own signals do not write them back. */
  gboolean           updating;
};

G_DEFINE_FINAL_TYPE (ReadoutAnnotationPanel, readout_annotation_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_ANNOTATION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The note */

static gboolean
save_note_cb (gpointer data)
{
  ReadoutAnnotationPanel *self = data;

  self->save_source = 0;
  readout_annotation_panel_flush (self);
  return G_SOURCE_REMOVE;
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

void
readout_annotation_panel_flush (ReadoutAnnotationPanel *self)
{
  g_autofree char *text = NULL;

  g_return_if_fail (READOUT_IS_ANNOTATION_PANEL (self));

  /* Compared rather than tracked: flushing twice writes once. */
  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->annotation == NULL)
    return;
  text = buffer_text (gtk_text_view_get_buffer (self->note_view));
  if (g_strcmp0 (text, readout_annotation_get_note (self->annotation)) == 0)
    return;
  self->updating = TRUE;
  readout_annotation_set_note (self->annotation, text);
  self->updating = FALSE;
}

static void
note_changed_cb (ReadoutAnnotationPanel *self)
{
  if (self->updating || self->annotation == NULL)
    return;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (READOUT_NOTE_SAVE_DELAY_MS, save_note_cb, self);
}

/* Focus leaving the note saves it at once. */
static void
note_focus_leave_cb (ReadoutAnnotationPanel *self)
{
  if (self->save_source != 0)
    readout_annotation_panel_flush (self);
}

/* Status, colour, tags */

static void
status_selected_cb (ReadoutAnnotationPanel *self)
{
  guint selected = adw_combo_row_get_selected (self->status_row);

  if (self->updating || self->annotation == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  self->updating = TRUE;
  readout_annotation_set_status (self->annotation, (ReadoutAnnotationStatus)selected);
  self->updating = FALSE;
}

static void
color_toggled_cb (GtkToggleButton        *button,
                  ReadoutAnnotationPanel *self)
{
  const char *color = g_object_get_data (G_OBJECT (button), "readout-color");

  if (self->updating || self->annotation == NULL || !gtk_toggle_button_get_active (button))
    return;
  self->updating = TRUE;
  readout_annotation_set_color (self->annotation, color);
  self->updating = FALSE;
}

static GtkWidget *
color_button_new (ReadoutAnnotationPanel *self,
                  const char             *color,
                  GtkToggleButton        *group)
{
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *image = gtk_image_new_from_icon_name (color != NULL ? "object-select-symbolic" : "action-unavailable-symbolic");
  const char *label = color != NULL ? readout_color_get_label (color) : C_("highlight colour", "None");

  gtk_button_set_child (GTK_BUTTON (button), image);
  gtk_widget_add_css_class (button, "color-button");
  if (color != NULL)
    {
      g_autofree char *css = readout_color_dup_css_class (color);

      gtk_widget_add_css_class (button, css);
    }
  else
    gtk_widget_add_css_class (button, "no-color");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  if (group != NULL)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
  g_object_set_data_full (G_OBJECT (button), "readout-color", g_strdup (color), g_free);
  g_signal_connect (button, "toggled", G_CALLBACK (color_toggled_cb), self);
  gtk_box_append (self->color_box, button);
  return button;
}

static void
tag_toggled_cb (GtkCheckButton         *check,
                ReadoutAnnotationPanel *self)
{
  const char *id = g_object_get_data (G_OBJECT (check), "readout-tag");

  if (self->updating || self->annotation == NULL)
    return;
  self->updating = TRUE;
  if (gtk_check_button_get_active (check))
    readout_annotation_add_tag (self->annotation, id);
  else
    readout_annotation_remove_tag (self->annotation, id);
  self->updating = FALSE;
}

static void rebuild_tags (ReadoutAnnotationPanel *self);

static void
tag_notify_cb (ReadoutAnnotationPanel *self)
{
  rebuild_tags (self);
}

static void
disconnect_tags (ReadoutAnnotationPanel *self)
{
  GListModel *tags = self->session != NULL ? readout_session_get_tags (self->session) : NULL;

  if (tags == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (tags); i++)
    {
      g_autoptr(ReadoutTag) tag = g_list_model_get_item (tags, i);

      g_signal_handlers_disconnect_by_func (tag, tag_notify_cb, self);
    }
}

/* One row per tag of the session, checked when the annotation has it. */
static void
rebuild_tags (ReadoutAnnotationPanel *self)
{
  GListModel *tags = self->session != NULL ? readout_session_get_tags (self->session) : NULL;
  guint n = tags != NULL ? g_list_model_get_n_items (tags) : 0;
  GtkWidget *child;

  disconnect_tags (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tags_list))) != NULL)
    gtk_list_box_remove (self->tags_list, child);

  self->updating = TRUE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutTag) tag = g_list_model_get_item (tags, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *dot = readout_color_dot_new (readout_tag_get_color (tag));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), readout_tag_get_name (tag));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (check), "readout-tag", g_strdup (readout_tag_get_id (tag)), g_free);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   self->annotation != NULL &&
                                   readout_annotation_has_tag (self->annotation, readout_tag_get_id (tag)));
      g_signal_connect (check, "toggled", G_CALLBACK (tag_toggled_cb), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), dot);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data (G_OBJECT (row), "readout-check", check);
      gtk_list_box_append (self->tags_list, row);
      g_signal_connect_swapped (tag, "notify", G_CALLBACK (tag_notify_cb), self);
    }
  self->updating = FALSE;

  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No tags yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Tags sort annotations across articles"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->tags_list, row);
    }
}

/* Only the check marks change when the annotation's tags do. */
static void
sync_tag_checks (ReadoutAnnotationPanel *self)
{
  self->updating = TRUE;
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->tags_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = g_object_get_data (G_OBJECT (row), "readout-check");
      const char *id = check != NULL ? g_object_get_data (G_OBJECT (check), "readout-tag") : NULL;

      if (id != NULL)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                     self->annotation != NULL && readout_annotation_has_tag (self->annotation, id));
    }
  self->updating = FALSE;
}

static void
update_details (ReadoutAnnotationPanel *self)
{
  ReadoutAnnotation *a = self->annotation;
  const char *author = readout_annotation_get_author (a);
  g_autofree char *created = readout_format_time (readout_annotation_get_created (a));
  g_autofree char *modified = readout_format_time (readout_annotation_get_modified (a));
  g_autoptr(GString) text = g_string_new (NULL);

  if (author != NULL && *author != '\0')
    /* Translators: who wrote an annotation. */
    g_string_append_printf (text, _("By %s"), author);
  if (text->len > 0)
    g_string_append_c (text, '\n');
  /* Translators: when an annotation was created, "5 minutes ago". */
  g_string_append_printf (text, _("Created %s"), created);
  /* "Created just now, modified just now" says nothing twice. */
  if (g_strcmp0 (created, modified) != 0)
    {
      g_string_append_c (text, '\n');
      /* Translators: when an annotation was last changed, "just now". */
      g_string_append_printf (text, _("Modified %s"), modified);
    }
  gtk_label_set_text (self->details_label, text->str);
}

static void
update_target (ReadoutAnnotationPanel *self)
{
  g_autofree char *quote = NULL;
  g_autofree char *target = readout_annotation_dup_target (self->session, self->annotation, &quote);

  gtk_label_set_text (self->target_label, target);
  gtk_label_set_text (self->quote_label, quote != NULL ? quote : "");
  gtk_widget_set_visible (GTK_WIDGET (self->quote_label), quote != NULL && *quote != '\0');
  gtk_widget_set_visible (self->orphan_box, readout_annotation_is_orphaned (self->annotation));
}

/* Shows the annotation's values; @note: the note too (not while the
 * user is typing it). */
static void
update (ReadoutAnnotationPanel *self,
        gboolean                note)
{
  ReadoutAnnotation *a = self->annotation;
  const char *color;

  gtk_stack_set_visible_child_name (self->stack, a != NULL ? "annotation" : "empty");
  if (a == NULL)
    return;

  self->updating = TRUE;
  if (note)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
      g_autofree char *text = buffer_text (buffer);

      if (g_strcmp0 (text, readout_annotation_get_note (a)) != 0)
        gtk_text_buffer_set_text (buffer, readout_annotation_get_note (a), -1);
    }
  adw_combo_row_set_selected (self->status_row, readout_annotation_get_status (a));

  color = readout_annotation_get_color (a);
  for (GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (self->color_box));
       button != NULL; button = gtk_widget_get_next_sibling (button))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (button), "readout-color"), color) == 0)
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  self->updating = FALSE;

  sync_tag_checks (self);
  update_target (self);
  update_details (self);
}

static void
annotation_changed_cb (ReadoutAnnotationPanel *self)
{
  /* The panel's own writes come back here too; a note being typed is
   * not overwritten. */
  update (self, self->save_source == 0 && !self->updating);
}

/* "5 minutes ago" moves on while the panel is shown. */
static gboolean
clock_cb (gpointer data)
{
  ReadoutAnnotationPanel *self = data;

  if (self->annotation != NULL)
    update_details (self);
  return G_SOURCE_CONTINUE;
}

static void
readout_annotation_panel_map (GtkWidget *widget)
{
  ReadoutAnnotationPanel *self = READOUT_ANNOTATION_PANEL (widget);

  GTK_WIDGET_CLASS (readout_annotation_panel_parent_class)->map (widget);
  if (self->annotation != NULL)
    update_details (self);
  if (self->clock_source == 0)
    self->clock_source = g_timeout_add_seconds (30, clock_cb, self);
}

static void
readout_annotation_panel_unmap (GtkWidget *widget)
{
  ReadoutAnnotationPanel *self = READOUT_ANNOTATION_PANEL (widget);

  g_clear_handle_id (&self->clock_source, g_source_remove);
  GTK_WIDGET_CLASS (readout_annotation_panel_parent_class)->unmap (widget);
}

/* The statement may be another one, or gone, in a new comparison. */
static void
comparison_changed_cb (ReadoutAnnotationPanel *self)
{
  if (self->annotation != NULL)
    update_target (self);
}

/* Deleting */

static void
remove_annotation (ReadoutAnnotationPanel *self)
{
  g_autoptr(ReadoutAnnotation) annotation = NULL;

  if (self->annotation == NULL || self->session == NULL)
    return;
  annotation = g_object_ref (self->annotation);
  g_clear_handle_id (&self->save_source, g_source_remove);
  readout_annotation_panel_set_annotation (self, NULL);
  readout_session_remove_annotation (self->session, annotation);
}

static void
delete_response_cb (AdwMessageDialog       *dialog,
                    const char             *response,
                    ReadoutAnnotationPanel *self)
{
  ReadoutAnnotation *annotation = g_object_get_data (G_OBJECT (dialog), "readout-annotation");

  if (g_strcmp0 (response, "delete") == 0 && annotation == self->annotation)
    remove_annotation (self);
}

/* An annotation with a note asks first: the note may be an hour's work,
 * and there is no undo for it. */
static void
delete_clicked_cb (ReadoutAnnotationPanel *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog;

  if (self->annotation == NULL)
    return;
  readout_annotation_panel_flush (self);
  if (*readout_annotation_get_note (self->annotation) == '\0')
    {
      remove_annotation (self);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Delete Annotation?"),
                                                       _("Its note, tags and status will be lost")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "readout-annotation",
                          g_object_ref (self->annotation), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Public API */

GtkWidget *
readout_annotation_panel_new (void)
{
  return g_object_new (READOUT_TYPE_ANNOTATION_PANEL, NULL);
}

ReadoutSession *
readout_annotation_panel_get_session (ReadoutAnnotationPanel *self)
{
  g_return_val_if_fail (READOUT_IS_ANNOTATION_PANEL (self), NULL);

  return self->session;
}

void
readout_annotation_panel_set_session (ReadoutAnnotationPanel *self,
                                      ReadoutSession         *session)
{
  g_return_if_fail (READOUT_IS_ANNOTATION_PANEL (self));
  g_return_if_fail (session == NULL || READOUT_IS_SESSION (session));

  if (self->session == session)
    return;
  readout_annotation_panel_set_annotation (self, NULL);
  if (self->session != NULL)
    {
      disconnect_tags (self);
      g_signal_handlers_disconnect_by_data (readout_session_get_tags (self->session), self);
      g_signal_handlers_disconnect_by_data (self->session, self);
    }
  g_set_object (&self->session, session);
  if (session != NULL)
    {
      g_signal_connect_swapped (readout_session_get_tags (session), "items-changed",
                                G_CALLBACK (rebuild_tags), self);
      g_signal_connect_swapped (session, "notify::comparison", G_CALLBACK (comparison_changed_cb), self);
    }
  rebuild_tags (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

ReadoutAnnotation *
readout_annotation_panel_get_annotation (ReadoutAnnotationPanel *self)
{
  g_return_val_if_fail (READOUT_IS_ANNOTATION_PANEL (self), NULL);

  return self->annotation;
}

void
readout_annotation_panel_set_annotation (ReadoutAnnotationPanel *self,
                                         ReadoutAnnotation      *annotation)
{
  g_return_if_fail (READOUT_IS_ANNOTATION_PANEL (self));
  g_return_if_fail (annotation == NULL || READOUT_IS_ANNOTATION (annotation));

  if (self->annotation == annotation)
    return;
  readout_annotation_panel_flush (self);
  if (self->annotation != NULL)
    g_signal_handlers_disconnect_by_data (self->annotation, self);
  g_set_object (&self->annotation, annotation);
  if (annotation != NULL)
    g_signal_connect_swapped (annotation, "changed", G_CALLBACK (annotation_changed_cb), self);
  update (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANNOTATION]);
}

void
readout_annotation_panel_focus_note (ReadoutAnnotationPanel *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter end;

  g_return_if_fail (READOUT_IS_ANNOTATION_PANEL (self));

  buffer = gtk_text_view_get_buffer (self->note_view);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  gtk_widget_grab_focus (GTK_WIDGET (self->note_view));
}

GtkTextBuffer *
readout_annotation_panel_get_note_buffer (ReadoutAnnotationPanel *self)
{
  g_return_val_if_fail (READOUT_IS_ANNOTATION_PANEL (self), NULL);

  return gtk_text_view_get_buffer (self->note_view);
}

/* GObject */

static void
readout_annotation_panel_dispose (GObject *object)
{
  ReadoutAnnotationPanel *self = READOUT_ANNOTATION_PANEL (object);
  GtkWidget *child;

  /* What was typed last is kept, even when the window closes at once. */
  if (self->note_view != NULL)
    readout_annotation_panel_flush (self);
  if (self->annotation != NULL)
    g_signal_handlers_disconnect_by_data (self->annotation, self);
  if (self->session != NULL)
    {
      disconnect_tags (self);
      g_signal_handlers_disconnect_by_data (readout_session_get_tags (self->session), self);
      g_signal_handlers_disconnect_by_data (self->session, self);
    }
  g_clear_handle_id (&self->clock_source, g_source_remove);
  g_clear_object (&self->annotation);
  g_clear_object (&self->session);
  gtk_widget_dispose_template (GTK_WIDGET (self), READOUT_TYPE_ANNOTATION_PANEL);
  /* The unnamed template children too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (readout_annotation_panel_parent_class)->dispose (object);
}

static void
readout_annotation_panel_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  ReadoutAnnotationPanel *self = READOUT_ANNOTATION_PANEL (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_ANNOTATION:
      g_value_set_object (value, self->annotation);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_annotation_panel_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  ReadoutAnnotationPanel *self = READOUT_ANNOTATION_PANEL (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      readout_annotation_panel_set_session (self, g_value_get_object (value));
      break;
    case PROP_ANNOTATION:
      readout_annotation_panel_set_annotation (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_annotation_panel_class_init (ReadoutAnnotationPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = readout_annotation_panel_dispose;
  object_class->get_property = readout_annotation_panel_get_property;
  object_class->set_property = readout_annotation_panel_set_property;
  widget_class->map = readout_annotation_panel_map;
  widget_class->unmap = readout_annotation_panel_unmap;

  properties [PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         READOUT_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_ANNOTATION] =
    g_param_spec_object ("annotation", NULL, NULL,
                         READOUT_TYPE_ANNOTATION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/readout/Readout/readout-annotation-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, ReadoutAnnotationPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, ReadoutAnnotationPanel, target_label);
  gtk_widget_class_bind_template_child (widget_class, ReadoutAnnotationPanel, quote_label);
  gtk_widget_class_bind_template_child (widget_class, ReadoutAnnotationPanel, orphan_box);
  gtk_widget_class_bind_template_child (widget_class, ReadoutAnnotationPanel, note_view);
  gtk_widget_class_bind_template_child (widget_class, ReadoutAnnotationPanel, status_row);
  gtk_widget_class_bind_template_child (widget_class, ReadoutAnnotationPanel, color_box);
  gtk_widget_class_bind_template_child (widget_class, ReadoutAnnotationPanel, tags_list);
  gtk_widget_class_bind_template_child (widget_class, ReadoutAnnotationPanel, details_label);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
  gtk_widget_class_set_css_name (widget_class, "annotationpanel");
}

static void
readout_annotation_panel_init (ReadoutAnnotationPanel *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  const char * const *names = readout_color_names ();
  GtkEventController *focus;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The enum's order is the list's. */
  for (ReadoutAnnotationStatus s = READOUT_ANNOTATION_STATUS_NONE; s <= READOUT_ANNOTATION_STATUS_NEEDS_CHECK; s++)
    gtk_string_list_append (statuses, readout_annotation_status_get_label (s));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  g_signal_connect_swapped (self->status_row, "notify::selected", G_CALLBACK (status_selected_cb), self);

  self->none_button = color_button_new (self, NULL, NULL);
  for (guint i = 0; names[i] != NULL; i++)
    color_button_new (self, names[i], GTK_TOGGLE_BUTTON (self->none_button));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->none_button), TRUE);

  g_signal_connect_swapped (gtk_text_view_get_buffer (self->note_view), "changed",
                            G_CALLBACK (note_changed_cb), self);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (note_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->note_view), focus);

  rebuild_tags (self);
  update (self, TRUE);
}
