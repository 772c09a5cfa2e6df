/* readout-annotation-list.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * All annotations of a session, newest last as the session keeps them:
 * what each is on, the first line of its note, its status, tags and
 * colour, and whether its passage was lost. A tag dropdown and a search
 * entry filter the rows (a GtkFilterListModel over the session's model, so
 * the list follows additions and removals by itself).
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "readout-annotation-list.h"
#include "readout-annotation-util.h"

struct _ReadoutAnnotationList
{
  GtkWidget           parent_instance;

  /* Template widgets */
  GtkSearchEntry     *search_entry;
  GtkDropDown        *tag_dropdown;
  GtkStack           *stack;
  GtkListView        *list_view;

  ReadoutSession     *session;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;
  GtkStringList      *tag_names;     /* "All Tags", then the session's tags */
  GPtrArray          *tag_ids;       /* in step with tag_names, from 1 */
  char               *tag_filter;    /* a tag id, or NULL */
  char               *search_key;    /* casefolded, or NULL */
  GHashTable         *bound;         /* GtkListItem* set, not owned */
  gboolean            syncing_dropdown;
};

G_DEFINE_FINAL_TYPE (ReadoutAnnotationList, readout_annotation_list, GTK_TYPE_WIDGET)

enum {
  ANNOTATION_ACTIVATED,
  EDIT_ANNOTATION,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* Filtering */

static gboolean
contains_key (const char *text,
              const char *key)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  folded = g_utf8_casefold (text, -1);
  return strstr (folded, key) != NULL;
}

static gboolean
annotation_matches (ReadoutAnnotationList *self,
                    ReadoutAnnotation     *annotation)
{
  const char * const *tags;
  g_autofree char *target = NULL;
  g_autofree char *quote = NULL;

  if (self->tag_filter != NULL && !readout_annotation_has_tag (annotation, self->tag_filter))
    return FALSE;
  if (self->search_key == NULL)
    return TRUE;

  if (contains_key (readout_annotation_get_note (annotation), self->search_key))
    return TRUE;
  tags = readout_annotation_get_tags (annotation);
  for (guint i = 0; tags[i] != NULL; i++)
    {
      ReadoutTag *tag = self->session != NULL ? readout_session_find_tag (self->session, tags[i]) : NULL;

      if (tag != NULL && contains_key (readout_tag_get_name (tag), self->search_key))
        return TRUE;
    }
  target = readout_annotation_dup_target (self->session, annotation, &quote);
  return contains_key (target, self->search_key) || contains_key (quote, self->search_key) ||
         contains_key (readout_annotation_status_get_label (readout_annotation_get_status (annotation)),
                       self->search_key);
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  return annotation_matches (user_data, item);
}

static void
update_page (ReadoutAnnotationList *self)
{
  GListModel *all = self->session != NULL ? readout_session_get_annotations (self->session) : NULL;

  if (all == NULL || g_list_model_get_n_items (all) == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0)
    gtk_stack_set_visible_child_name (self->stack, "no-match");
  else
    gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
refilter (ReadoutAnnotationList *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_page (self);
}

/* Rows */

typedef struct
{
  GtkWidget *dot;
  GtkLabel  *target;
  GtkImage  *status;
  GtkLabel  *note;
  GtkLabel  *tags;
  GtkWidget *orphan;
  GtkWidget *edit;
} Row;

static void
edit_clicked_cb (GtkButton   *button,
                 GtkListItem *item)
{
  ReadoutAnnotationList *self = g_object_get_data (G_OBJECT (item), "readout-list");
  ReadoutAnnotation *annotation = gtk_list_item_get_item (item);

  if (self != NULL && annotation != NULL)
    g_signal_emit (self, signals[EDIT_ANNOTATION], 0, annotation);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          ReadoutAnnotationList    *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *bottom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  Row *row = g_new0 (Row, 1);

  gtk_widget_add_css_class (box, "annotation-row");
  row->dot = readout_color_dot_new (NULL);
  row->target = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (row->target, 0);
  gtk_label_set_ellipsize (row->target, PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (GTK_WIDGET (row->target), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (row->target), "heading");
  row->status = GTK_IMAGE (gtk_image_new ());
  gtk_widget_add_css_class (GTK_WIDGET (row->status), "annotation-status");
  row->edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
  gtk_widget_set_tooltip_text (row->edit, _("Edit Annotation"));
  gtk_widget_add_css_class (row->edit, "flat");
  gtk_widget_add_css_class (row->edit, "circular");
  gtk_widget_set_valign (row->edit, GTK_ALIGN_CENTER);
  g_signal_connect (row->edit, "clicked", G_CALLBACK (edit_clicked_cb), item);
  gtk_box_append (GTK_BOX (top), row->dot);
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (row->target));
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (row->status));
  gtk_box_append (GTK_BOX (top), row->edit);

  row->note = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (row->note, 0);
  gtk_label_set_wrap (row->note, TRUE);
  gtk_label_set_wrap_mode (row->note, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (row->note, 2);
  gtk_label_set_ellipsize (row->note, PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (row->note, 30);

  row->tags = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (row->tags, 0);
  gtk_label_set_ellipsize (row->tags, PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (GTK_WIDGET (row->tags), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (row->tags), "caption");
  row->orphan = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_add_css_class (row->orphan, "warning");
  gtk_widget_set_tooltip_text (row->orphan, _("Not found in the article’s current text"));
  gtk_box_append (GTK_BOX (bottom), GTK_WIDGET (row->tags));
  gtk_box_append (GTK_BOX (bottom), row->orphan);

  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->note));
  gtk_box_append (GTK_BOX (box), bottom);
  g_object_set_data_full (G_OBJECT (item), "readout-row", row, g_free);
  g_object_set_data (G_OBJECT (item), "readout-list", self);
  gtk_list_item_set_child (item, box);
}

static char *
tags_markup (ReadoutAnnotationList *self,
             ReadoutAnnotation     *annotation)
{
  const char * const *tags = readout_annotation_get_tags (annotation);
  GString *out = g_string_new (NULL);

  for (guint i = 0; tags[i] != NULL; i++)
    {
      ReadoutTag *tag = self->session != NULL ? readout_session_find_tag (self->session, tags[i]) : NULL;
      g_autofree char *name = NULL;

      if (tag == NULL)
        continue;
      name = g_markup_escape_text (readout_tag_get_name (tag), -1);
      /* The colour is a cue only: the name says it all. */
      g_string_append_printf (out, "%s<span foreground=\"%s\">●</span> %s",
                              out->len > 0 ? "  " : "",
                              readout_color_to_hex (readout_tag_get_color (tag)), name);
    }
  return g_string_free (out, FALSE);
}

static void
fill_row (ReadoutAnnotationList *self,
          GtkListItem           *item)
{
  ReadoutAnnotation *a = gtk_list_item_get_item (item);
  Row *row = g_object_get_data (G_OBJECT (item), "readout-row");
  g_autofree char *quote = NULL;
  g_autofree char *target = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *tags = NULL;
  g_autofree char *label = NULL;
  ReadoutAnnotationStatus status;

  if (a == NULL || row == NULL)
    return;
  target = readout_annotation_dup_target (self->session, a, &quote);
  if (readout_annotation_get_statement (a) == NULL && quote != NULL)
    {
      /* A passage is known by its words. */
      g_free (target);
      /* Translators: a passage in a list of annotations. */
      target = g_strdup_printf (_("“%s”"), quote);
    }
  gtk_label_set_text (row->target, target);
  gtk_widget_set_tooltip_text (GTK_WIDGET (row->target), quote);

  readout_color_dot_set_color (row->dot, readout_annotation_get_color (a));
  status = readout_annotation_get_status (a);
  readout_annotation_status_image_update (row->status, status);

  summary = readout_annotation_dup_summary (a);
  if (*summary == '\0')
    {
      gtk_label_set_text (row->note, _("No note"));
      gtk_widget_add_css_class (GTK_WIDGET (row->note), "dim-label");
    }
  else
    {
      gtk_label_set_text (row->note, summary);
      gtk_widget_remove_css_class (GTK_WIDGET (row->note), "dim-label");
    }

  tags = tags_markup (self, a);
  gtk_label_set_markup (row->tags, tags);
  gtk_widget_set_visible (GTK_WIDGET (row->tags), *tags != '\0' || readout_annotation_is_orphaned (a));
  gtk_widget_set_visible (row->orphan, readout_annotation_is_orphaned (a));
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (row->tags)),
                          *tags != '\0' || readout_annotation_is_orphaned (a));

  /* What a screen reader says for the row. */
  label = g_strdup_printf ("%s%s%s: %s", target,
                           status != READOUT_ANNOTATION_STATUS_NONE ? ", " : "",
                           status != READOUT_ANNOTATION_STATUS_NONE ? readout_annotation_status_get_label (status) : "",
                           *summary != '\0' ? summary : _("No note"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_list_item_get_child (item)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
annotation_changed_cb (GtkListItem *item)
{
  ReadoutAnnotationList *self = g_object_get_data (G_OBJECT (item), "readout-list");

  if (self != NULL)
    fill_row (self, item);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         ReadoutAnnotationList    *self)
{
  ReadoutAnnotation *a = gtk_list_item_get_item (item);

  g_signal_connect_swapped (a, "changed", G_CALLBACK (annotation_changed_cb), item);
  g_hash_table_add (self->bound, item);
  fill_row (self, item);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           ReadoutAnnotationList    *self)
{
  ReadoutAnnotation *a = gtk_list_item_get_item (item);

  if (a != NULL)
    g_signal_handlers_disconnect_by_func (a, annotation_changed_cb, item);
  g_hash_table_remove (self->bound, item);
}

static void
teardown_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             ReadoutAnnotationList    *self)
{
  g_object_set_data (G_OBJECT (item), "readout-list", NULL);
}

static void
refill_rows (ReadoutAnnotationList *self)
{
  GHashTableIter iter;
  gpointer item;

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    fill_row (self, item);
}

/* The tag dropdown */

static void tags_changed_cb (ReadoutAnnotationList *self);

static void
disconnect_tags (ReadoutAnnotationList *self)
{
  GListModel *tags = self->session != NULL ? readout_session_get_tags (self->session) : NULL;

  for (guint i = 0; tags != NULL && i < g_list_model_get_n_items (tags); i++)
    {
      g_autoptr(ReadoutTag) tag = g_list_model_get_item (tags, i);

      g_signal_handlers_disconnect_by_func (tag, tags_changed_cb, self);
    }
}

static void
rebuild_dropdown (ReadoutAnnotationList *self)
{
  GListModel *tags = self->session != NULL ? readout_session_get_tags (self->session) : NULL;
  guint n = tags != NULL ? g_list_model_get_n_items (tags) : 0;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint selected = 0;

  disconnect_tags (self);
  g_ptr_array_set_size (self->tag_ids, 0);
  g_ptr_array_add (names, g_strdup (_("All Tags")));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutTag) tag = g_list_model_get_item (tags, i);

      g_ptr_array_add (names, g_strdup (readout_tag_get_name (tag)));
      g_ptr_array_add (self->tag_ids, g_strdup (readout_tag_get_id (tag)));
      if (g_strcmp0 (readout_tag_get_id (tag), self->tag_filter) == 0)
        selected = i + 1;
      g_signal_connect_swapped (tag, "notify", G_CALLBACK (tags_changed_cb), self);
    }
  g_ptr_array_add (names, NULL);

  self->syncing_dropdown = TRUE;
  gtk_string_list_splice (self->tag_names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->tag_names)),
                          (const char * const *)names->pdata);
  gtk_drop_down_set_selected (self->tag_dropdown, selected);
  self->syncing_dropdown = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->tag_dropdown), n > 0);

  /* The tag filtered by was deleted: show everything again. */
  if (selected == 0 && self->tag_filter != NULL)
    {
      g_clear_pointer (&self->tag_filter, g_free);
      refilter (self);
    }
}

static void
tags_changed_cb (ReadoutAnnotationList *self)
{
  rebuild_dropdown (self);
  refill_rows (self);
  if (self->search_key != NULL)
    refilter (self);
}

static void
dropdown_selected_cb (ReadoutAnnotationList *self)
{
  guint selected = gtk_drop_down_get_selected (self->tag_dropdown);

  if (self->syncing_dropdown)
    return;
  g_free (self->tag_filter);
  self->tag_filter = selected > 0 && selected <= self->tag_ids->len
                     ? g_strdup (g_ptr_array_index (self->tag_ids, selected - 1)) : NULL;
  refilter (self);
}

static void
search_changed_cb (ReadoutAnnotationList *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->search_key, g_free);
  if (text != NULL && *text != '\0')
    self->search_key = g_utf8_casefold (text, -1);
  refilter (self);
}

/* Escape clears the search, and closes the pane once it is clear. */
static void
stop_search_cb (ReadoutAnnotationList *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (text != NULL && *text != '\0')
    readout_annotation_list_set_search (self, NULL);
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "win.close-annotations", NULL);
}

/* Session */

static void
annotations_changed_cb (ReadoutAnnotationList *self)
{
  update_page (self);
}

static void
annotation_edited_cb (ReadoutAnnotationList *self)
{
  /* A note or a tag that changed may change what matches. */
  if (self->tag_filter != NULL || self->search_key != NULL)
    refilter (self);
}

static void
activate_cb (GtkListView           *list_view,
             guint                  position,
             ReadoutAnnotationList *self)
{
  g_autoptr(ReadoutAnnotation) annotation = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (annotation != NULL)
    g_signal_emit (self, signals[ANNOTATION_ACTIVATED], 0, annotation);
}

static void
disconnect_session (ReadoutAnnotationList *self)
{
  if (self->session == NULL)
    return;
  disconnect_tags (self);
  g_signal_handlers_disconnect_by_data (readout_session_get_tags (self->session), self);
  g_signal_handlers_disconnect_by_data (readout_session_get_annotations (self->session), self);
  g_signal_handlers_disconnect_by_data (self->session, self);
}

GtkWidget *
readout_annotation_list_new (void)
{
  return g_object_new (READOUT_TYPE_ANNOTATION_LIST, NULL);
}

ReadoutSession *
readout_annotation_list_get_session (ReadoutAnnotationList *self)
{
  g_return_val_if_fail (READOUT_IS_ANNOTATION_LIST (self), NULL);

  return self->session;
}

void
readout_annotation_list_set_session (ReadoutAnnotationList *self,
                                     ReadoutSession        *session)
{
  g_return_if_fail (READOUT_IS_ANNOTATION_LIST (self));
  g_return_if_fail (session == NULL || READOUT_IS_SESSION (session));

  if (self->session == session)
    return;
  disconnect_session (self);
  g_set_object (&self->session, session);
  g_clear_pointer (&self->tag_filter, g_free);
  gtk_filter_list_model_set_model (self->filtered,
                                   session != NULL ? readout_session_get_annotations (session) : NULL);
  if (session != NULL)
    {
      GListModel *annotations = readout_session_get_annotations (session);

      g_signal_connect_swapped (readout_session_get_tags (session), "items-changed",
                                G_CALLBACK (tags_changed_cb), self);
      g_signal_connect_swapped (annotations, "items-changed", G_CALLBACK (annotations_changed_cb), self);
      /* Every annotation's change reaches the session's "changed". */
      g_signal_connect_swapped (session, "changed", G_CALLBACK (annotation_edited_cb), self);
      /* A new comparison may move annotations to other statements. */
      g_signal_connect_swapped (session, "notify::comparison", G_CALLBACK (refill_rows), self);
    }
  rebuild_dropdown (self);
  refilter (self);
}

void
readout_annotation_list_set_tag_filter (ReadoutAnnotationList *self,
                                        ReadoutTag            *tag)
{
  g_return_if_fail (READOUT_IS_ANNOTATION_LIST (self));

  g_free (self->tag_filter);
  self->tag_filter = tag != NULL ? g_strdup (readout_tag_get_id (tag)) : NULL;
  rebuild_dropdown (self);
  refilter (self);
}

ReadoutTag *
readout_annotation_list_get_tag_filter (ReadoutAnnotationList *self)
{
  g_return_val_if_fail (READOUT_IS_ANNOTATION_LIST (self), NULL);

  if (self->tag_filter == NULL || self->session == NULL)
    return NULL;
  return readout_session_find_tag (self->session, self->tag_filter);
}

void
readout_annotation_list_set_search (ReadoutAnnotationList *self,
                                    const char            *text)
{
  g_return_if_fail (READOUT_IS_ANNOTATION_LIST (self));

  /* The entry's "search-changed" comes after a delay; filter now. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  search_changed_cb (self);
}

GListModel *
readout_annotation_list_get_model (ReadoutAnnotationList *self)
{
  g_return_val_if_fail (READOUT_IS_ANNOTATION_LIST (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

void
readout_annotation_list_activate (ReadoutAnnotationList *self,
                                  guint                  position)
{
  g_return_if_fail (READOUT_IS_ANNOTATION_LIST (self));

  gtk_single_selection_set_selected (self->selection, position);
  activate_cb (self->list_view, position, self);
}

void
readout_annotation_list_focus (ReadoutAnnotationList *self)
{
  g_return_if_fail (READOUT_IS_ANNOTATION_LIST (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
readout_annotation_list_dispose (GObject *object)
{
  ReadoutAnnotationList *self = READOUT_ANNOTATION_LIST (object);
  GtkWidget *child;

  disconnect_session (self);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), READOUT_TYPE_ANNOTATION_LIST);
  /* The unnamed template children too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->tag_names);
  g_clear_object (&self->session);
  g_clear_pointer (&self->tag_ids, g_ptr_array_unref);
  g_clear_pointer (&self->bound, g_hash_table_unref);

  G_OBJECT_CLASS (readout_annotation_list_parent_class)->dispose (object);
}

static void
readout_annotation_list_finalize (GObject *object)
{
  ReadoutAnnotationList *self = READOUT_ANNOTATION_LIST (object);

  g_free (self->tag_filter);
  g_free (self->search_key);

  G_OBJECT_CLASS (readout_annotation_list_parent_class)->finalize (object);
}

static void
readout_annotation_list_class_init (ReadoutAnnotationListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = readout_annotation_list_dispose;
  object_class->finalize = readout_annotation_list_finalize;

  signals[ANNOTATION_ACTIVATED] =
    g_signal_new ("annotation-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, READOUT_TYPE_ANNOTATION);
  signals[EDIT_ANNOTATION] =
    g_signal_new ("edit-annotation",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, READOUT_TYPE_ANNOTATION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/readout/Readout/readout-annotation-list.ui");
  gtk_widget_class_bind_template_child (widget_class, ReadoutAnnotationList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ReadoutAnnotationList, tag_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ReadoutAnnotationList, stack);
  gtk_widget_class_bind_template_child (widget_class, ReadoutAnnotationList, list_view);
  gtk_widget_class_set_css_name (widget_class, "annotationlist");
}

static void
readout_annotation_list_init (ReadoutAnnotationList *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->bound = g_hash_table_new (NULL, NULL);
  self->tag_ids = g_ptr_array_new_with_free_func (g_free);
  self->tag_names = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->tag_dropdown, G_LIST_MODEL (self->tag_names));
  g_signal_connect_swapped (self->tag_dropdown, "notify::selected", G_CALLBACK (dropdown_selected_cb), self);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->filtered, "items-changed", G_CALLBACK (update_page), self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);
  g_signal_connect (factory, "teardown", G_CALLBACK (teardown_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect (self->list_view, "activate", G_CALLBACK (activate_cb), self);

  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "stop-search", G_CALLBACK (stop_search_cb), self);

  rebuild_dropdown (self);
  update_page (self);
}
