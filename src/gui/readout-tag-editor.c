/* readout-tag-editor.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The session's tags in a boxed list: each row an entry for the name
 * (renamed when applied), a colour button, how many annotations use it,
 * and a delete button. Deleting takes the tag off its annotations at
 * once; the toast's Undo puts an equal tag back on the same annotations.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "readout-annotation-util.h"
#include "readout-tag-editor.h"

typedef struct
{
  char      *name;
  char      *color;
  GPtrArray *annotations;   /* ReadoutAnnotation, those that had the tag */
} DeletedTag;

struct _ReadoutTagEditor
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwEntryRow          *new_row;
  GtkListBox           *tags_list;

  ReadoutSession       *session;
  GHashTable           *rows;        /* ReadoutTag* → AdwEntryRow*, not owned */
  DeletedTag           *deleted;
};

G_DEFINE_FINAL_TYPE (ReadoutTagEditor, readout_tag_editor, ADW_TYPE_PREFERENCES_WINDOW)

static void
deleted_tag_free (DeletedTag *deleted)
{
  g_free (deleted->name);
  g_free (deleted->color);
  g_ptr_array_unref (deleted->annotations);
  g_free (deleted);
}

static guint
count_uses (ReadoutTagEditor *self,
            ReadoutTag       *tag)
{
  GListModel *annotations = readout_session_get_annotations (self->session);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
    {
      g_autoptr(ReadoutAnnotation) a = g_list_model_get_item (annotations, i);

      if (readout_annotation_has_tag (a, readout_tag_get_id (tag)))
        n++;
    }
  return n;
}

static void
update_row (ReadoutTagEditor *self,
            ReadoutTag       *tag,
            GtkWidget        *row)
{
  GtkWidget *dot = g_object_get_data (G_OBJECT (row), "readout-dot");
  GtkWidget *usage = g_object_get_data (G_OBJECT (row), "readout-usage");
  GtkWidget *color_button = g_object_get_data (G_OBJECT (row), "readout-color-button");
  guint n = count_uses (self, tag);
  g_autofree char *text = NULL;
  g_autofree char *tip = NULL;

  /* Not while the user is typing a new name into it. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), readout_tag_get_name (tag)) != 0 &&
      !gtk_widget_has_focus (row) && gtk_widget_get_focus_child (row) == NULL)
    gtk_editable_set_text (GTK_EDITABLE (row), readout_tag_get_name (tag));
  readout_color_dot_set_color (dot, readout_tag_get_color (tag));
  /* Translators: a colour button; %s is the colour, "Blue". */
  tip = g_strdup_printf (_("Colour: %s"), readout_color_get_label (readout_tag_get_color (tag)));
  gtk_widget_set_tooltip_text (color_button, tip);
  if (n == 0)
    text = g_strdup (_("Unused"));
  else
    text = g_strdup_printf (ngettext ("%u annotation", "%u annotations", n), n);
  gtk_label_set_text (GTK_LABEL (usage), text);
}

static void
update_rows (ReadoutTagEditor *self)
{
  GHashTableIter iter;
  gpointer tag, row;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &tag, &row))
    update_row (self, tag, row);
}

static void
row_apply_cb (AdwEntryRow      *row,
              ReadoutTagEditor *self)
{
  ReadoutTag *tag = g_object_get_data (G_OBJECT (row), "readout-tag");

  gtk_widget_activate_action (GTK_WIDGET (self), "tags.rename", "(ss)",
                              readout_tag_get_id (tag), gtk_editable_get_text (GTK_EDITABLE (row)));
}

static GtkWidget *
color_popover_new (ReadoutTag *tag)
{
  const char * const *names = readout_color_names ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

  for (guint i = 0; names[i] != NULL; i++)
    {
      GtkWidget *button = gtk_button_new ();
      g_autofree char *css = readout_color_dup_css_class (names[i]);

      gtk_button_set_child (GTK_BUTTON (button), gtk_image_new_from_icon_name ("object-select-symbolic"));
      gtk_widget_add_css_class (button, "color-button");
      gtk_widget_add_css_class (button, css);
      if (g_strcmp0 (names[i], readout_tag_get_color (tag)) == 0)
        gtk_widget_add_css_class (button, "current");
      gtk_widget_set_tooltip_text (button, readout_color_get_label (names[i]));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      readout_color_get_label (names[i]), -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "tags.recolor");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(ss)", readout_tag_get_id (tag), names[i]);
      gtk_box_append (GTK_BOX (box), button);
    }
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  return popover;
}

static void
color_popup_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  ReadoutTag *tag = user_data;

  /* Made anew each time, so the current colour is marked. */
  gtk_menu_button_set_popover (button, color_popover_new (tag));
}

static GtkWidget *
row_new (ReadoutTagEditor *self,
         ReadoutTag       *tag)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *color_button = gtk_menu_button_new ();
  GtkWidget *dot = readout_color_dot_new (readout_tag_get_color (tag));
  GtkWidget *usage = gtk_label_new (NULL);
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *delete_label = g_strdup_printf (_("Delete “%s”"), readout_tag_get_name (tag));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Name"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), readout_tag_get_name (tag));
  g_object_set_data_full (G_OBJECT (row), "readout-tag", g_object_ref (tag), g_object_unref);

  gtk_menu_button_set_child (GTK_MENU_BUTTON (color_button), dot);
  gtk_widget_add_css_class (color_button, "flat");
  gtk_widget_add_css_class (color_button, "tag-color-button");
  gtk_widget_set_valign (color_button, GTK_ALIGN_CENTER);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (color_button), color_popup_cb,
                                         g_object_ref (tag), g_object_unref);
  gtk_accessible_update_property (GTK_ACCESSIBLE (color_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Colour"), -1);
  adw_entry_row_add_prefix (ADW_ENTRY_ROW (row), color_button);

  gtk_widget_add_css_class (usage, "dim-label");
  gtk_widget_add_css_class (usage, "caption");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), usage);

  gtk_widget_add_css_class (delete, "flat");
  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (delete, _("Delete Tag"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL, delete_label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "tags.delete");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (delete), "s", readout_tag_get_id (tag));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), delete);

  g_object_set_data (G_OBJECT (row), "readout-dot", dot);
  g_object_set_data (G_OBJECT (row), "readout-usage", usage);
  g_object_set_data (G_OBJECT (row), "readout-color-button", color_button);
  g_signal_connect (row, "apply", G_CALLBACK (row_apply_cb), self);
  update_row (self, tag, row);
  return row;
}

static void tag_notify_cb (ReadoutTag *tag, GParamSpec *pspec, ReadoutTagEditor *self);

static void
rebuild (ReadoutTagEditor *self)
{
  GListModel *tags = readout_session_get_tags (self->session);
  GHashTableIter iter;
  gpointer tag;
  GtkWidget *child;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &tag, NULL))
    g_signal_handlers_disconnect_by_func (tag, tag_notify_cb, self);
  g_hash_table_remove_all (self->rows);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tags_list))) != NULL)
    gtk_list_box_remove (self->tags_list, child);

  for (guint i = 0; i < g_list_model_get_n_items (tags); i++)
    {
      g_autoptr(ReadoutTag) t = g_list_model_get_item (tags, i);
      GtkWidget *row = row_new (self, t);

      gtk_list_box_append (self->tags_list, row);
      g_hash_table_insert (self->rows, t, row);
      g_signal_connect (t, "notify", G_CALLBACK (tag_notify_cb), self);
    }
}

static void
tag_notify_cb (ReadoutTag       *tag,
               GParamSpec       *pspec,
               ReadoutTagEditor *self)
{
  GtkWidget *row = g_hash_table_lookup (self->rows, tag);

  if (row != NULL)
    update_row (self, tag, row);
}

static ReadoutTag *
find_by_name (ReadoutTagEditor *self,
              const char       *name)
{
  GListModel *tags = readout_session_get_tags (self->session);
  g_autofree char *key = g_utf8_casefold (name, -1);

  for (guint i = 0; i < g_list_model_get_n_items (tags); i++)
    {
      g_autoptr(ReadoutTag) tag = g_list_model_get_item (tags, i);
      g_autofree char *other = g_utf8_casefold (readout_tag_get_name (tag), -1);

      if (g_strcmp0 (key, other) == 0)
        return tag;
    }
  return NULL;
}

/* The first colour no tag has yet, else the next in turn. */
static const char *
next_color (ReadoutTagEditor *self)
{
  const char * const *names = readout_color_names ();
  GListModel *tags = readout_session_get_tags (self->session);
  guint n = g_list_model_get_n_items (tags);

  for (guint c = 0; names[c] != NULL; c++)
    {
      gboolean used = FALSE;

      for (guint i = 0; i < n && !used; i++)
        {
          g_autoptr(ReadoutTag) tag = g_list_model_get_item (tags, i);

          used = g_strcmp0 (readout_tag_get_color (tag), names[c]) == 0;
        }
      if (!used)
        return names[c];
    }
  return names[n % g_strv_length ((char **)names)];
}

static void
toast (ReadoutTagEditor *self,
       const char       *message)
{
  g_autofree char *markup = g_markup_escape_text (message, -1);

  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (markup));
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  ReadoutTagEditor *self = READOUT_TAG_EDITOR (widget);
  g_autofree char *name = g_strstrip (g_variant_dup_string (parameter, NULL));
  ReadoutTag *tag;

  if (*name == '\0')
    return;
  if (find_by_name (self, name) != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("There is a tag “%s” already"), name);

      toast (self, message);
      return;
    }
  tag = readout_session_add_tag (self->session, name, next_color (self));
  gtk_editable_set_text (GTK_EDITABLE (self->new_row), "");
  if (tag != NULL && g_hash_table_lookup (self->rows, tag) == NULL)
    rebuild (self);
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ReadoutTagEditor *self = READOUT_TAG_EDITOR (widget);
  const char *id, *text;
  g_autofree char *name = NULL;
  ReadoutTag *tag, *other;

  g_variant_get (parameter, "(&s&s)", &id, &text);
  tag = readout_session_find_tag (self->session, id);
  if (tag == NULL)
    return;
  name = g_strstrip (g_strdup (text));
  other = *name != '\0' ? find_by_name (self, name) : NULL;
  if (*name == '\0' || (other != NULL && other != tag))
    {
      GtkWidget *row = g_hash_table_lookup (self->rows, tag);

      if (other != NULL && other != tag)
        {
          g_autofree char *message = g_strdup_printf (_("There is a tag “%s” already"), name);

          toast (self, message);
        }
      /* Back to the name it has. */
      if (row != NULL)
        gtk_editable_set_text (GTK_EDITABLE (row), readout_tag_get_name (tag));
      return;
    }
  readout_tag_set_name (tag, name);
}

static void
recolor_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ReadoutTagEditor *self = READOUT_TAG_EDITOR (widget);
  const char *id, *color;
  ReadoutTag *tag;

  g_variant_get (parameter, "(&s&s)", &id, &color);
  tag = readout_session_find_tag (self->session, id);
  if (tag != NULL && readout_color_is_valid (color))
    readout_tag_set_color (tag, color);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ReadoutTagEditor *self = READOUT_TAG_EDITOR (widget);
  ReadoutTag *tag = readout_session_find_tag (self->session, g_variant_get_string (parameter, NULL));
  GListModel *annotations = readout_session_get_annotations (self->session);
  g_autofree char *title = NULL;
  g_autofree char *markup = NULL;
  DeletedTag *deleted;
  AdwToast *undo;

  if (tag == NULL)
    return;
  deleted = g_new0 (DeletedTag, 1);
  deleted->name = g_strdup (readout_tag_get_name (tag));
  deleted->color = g_strdup (readout_tag_get_color (tag));
  deleted->annotations = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
    {
      g_autoptr(ReadoutAnnotation) a = g_list_model_get_item (annotations, i);

      if (readout_annotation_has_tag (a, readout_tag_get_id (tag)))
        g_ptr_array_add (deleted->annotations, g_steal_pointer (&a));
    }
  g_clear_pointer (&self->deleted, deleted_tag_free);
  self->deleted = deleted;

  readout_session_remove_tag (self->session, tag);

  title = g_strdup_printf (_("Tag “%s” deleted"), deleted->name);
  markup = g_markup_escape_text (title, -1);
  undo = adw_toast_new (markup);
  adw_toast_set_button_label (undo, _("_Undo"));
  adw_toast_set_action_name (undo, "tags.undo-delete");
  adw_toast_set_priority (undo, ADW_TOAST_PRIORITY_HIGH);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), undo);
}

void
readout_tag_editor_undo_delete (ReadoutTagEditor *self)
{
  ReadoutTag *tag;

  g_return_if_fail (READOUT_IS_TAG_EDITOR (self));

  if (self->deleted == NULL)
    return;
  tag = readout_session_add_tag (self->session, self->deleted->name, self->deleted->color);
  for (guint i = 0; tag != NULL && i < self->deleted->annotations->len; i++)
    {
      ReadoutAnnotation *a = g_ptr_array_index (self->deleted->annotations, i);

      /* Not on an annotation deleted meanwhile. */
      if (readout_session_find_annotation (self->session, readout_annotation_get_id (a)) == a)
        readout_annotation_add_tag (a, readout_tag_get_id (tag));
    }
  g_clear_pointer (&self->deleted, deleted_tag_free);
  update_rows (self);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  readout_tag_editor_undo_delete (READOUT_TAG_EDITOR (widget));
}

static void
new_row_apply_cb (ReadoutTagEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "tags.add", "s",
                              gtk_editable_get_text (GTK_EDITABLE (self->new_row)));
}

/* Public API */

GtkWidget *
readout_tag_editor_new (ReadoutSession *session)
{
  ReadoutTagEditor *self;

  g_return_val_if_fail (READOUT_IS_SESSION (session), NULL);

  self = g_object_new (READOUT_TYPE_TAG_EDITOR, NULL);
  self->session = g_object_ref (session);
  g_signal_connect_object (readout_session_get_tags (session), "items-changed",
                           G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
  /* Counts follow the annotations, whoever changes them. */
  g_signal_connect_object (session, "changed", G_CALLBACK (update_rows), self, G_CONNECT_SWAPPED);
  rebuild (self);
  return GTK_WIDGET (self);
}

ReadoutSession *
readout_tag_editor_get_session (ReadoutTagEditor *self)
{
  g_return_val_if_fail (READOUT_IS_TAG_EDITOR (self), NULL);

  return self->session;
}

GtkWidget *
readout_tag_editor_get_row (ReadoutTagEditor *self,
                            ReadoutTag       *tag)
{
  g_return_val_if_fail (READOUT_IS_TAG_EDITOR (self), NULL);

  return g_hash_table_lookup (self->rows, tag);
}

const char *
readout_tag_editor_get_usage (ReadoutTagEditor *self,
                              ReadoutTag       *tag)
{
  GtkWidget *row;

  g_return_val_if_fail (READOUT_IS_TAG_EDITOR (self), NULL);

  row = g_hash_table_lookup (self->rows, tag);
  return row != NULL ? gtk_label_get_text (g_object_get_data (G_OBJECT (row), "readout-usage")) : NULL;
}

/* GObject */

static void
readout_tag_editor_dispose (GObject *object)
{
  ReadoutTagEditor *self = READOUT_TAG_EDITOR (object);

  if (self->rows != NULL)
    {
      GHashTableIter iter;
      gpointer tag;

      g_hash_table_iter_init (&iter, self->rows);
      while (g_hash_table_iter_next (&iter, &tag, NULL))
        g_signal_handlers_disconnect_by_func (tag, tag_notify_cb, self);
      g_clear_pointer (&self->rows, g_hash_table_unref);
    }
  g_clear_pointer (&self->deleted, deleted_tag_free);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (readout_tag_editor_parent_class)->dispose (object);
}

static void
readout_tag_editor_class_init (ReadoutTagEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = readout_tag_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/readout/Readout/readout-tag-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ReadoutTagEditor, new_row);
  gtk_widget_class_bind_template_child (widget_class, ReadoutTagEditor, tags_list);
  gtk_widget_class_bind_template_callback (widget_class, new_row_apply_cb);

  gtk_widget_class_install_action (widget_class, "tags.add", "s", add_action);
  gtk_widget_class_install_action (widget_class, "tags.rename", "(ss)", rename_action);
  gtk_widget_class_install_action (widget_class, "tags.recolor", "(ss)", recolor_action);
  gtk_widget_class_install_action (widget_class, "tags.delete", "s", delete_action);
  gtk_widget_class_install_action (widget_class, "tags.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
readout_tag_editor_init (ReadoutTagEditor *self)
{
  GtkWidget *placeholder = gtk_label_new (_("No tags yet"));

  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_hash_table_new (NULL, NULL);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->tags_list, placeholder);
}
