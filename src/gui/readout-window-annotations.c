/* readout-window-annotations.c — annotating from the window
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A pane at the right of the content holds the list of all annotations
 * and the panel that edits one (a stack: the panel's back button returns
 * to the list). win.annotate (Ctrl+M) annotates the selected card, or the
 * passage selected in the article, and opens the panel; a statement or
 * passage already annotated opens its annotation instead of a second one.
 * win.show-annotations (F9) toggles the list, win.manage-tags opens the
 * tag editor. Everything follows the window's session ("session"
 * property) and its comparison ("notify::comparison"): cards are linked to
 * the session, passage annotations are tinted in the article.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "readout-annotation-list.h"
#include "readout-annotation-panel.h"
#include "readout-annotation-util.h"
#include "readout-comparison-view-private.h"
#include "readout-preferences-window.h"
#include "readout-tag-editor.h"
#include "readout-window-private.h"

#define PANE_WIDTH 320

typedef struct _ReadoutWindowAnnotations
{
  ReadoutWindow          *window;     /* not owned */
  GtkRevealer            *revealer;
  GtkStack               *stack;
  ReadoutAnnotationList  *list;
  ReadoutAnnotationPanel *panel;
  ReadoutSession         *session;    /* the one connected to */
  GSettings              *settings;
  guint                   highlight_idle;
  guint                   scroll_source;
  guint                   scroll_start;
  guint                   scroll_end;
} ReadoutWindowAnnotations;

static GAction *
lookup_action (ReadoutWindow *self,
               const char    *name)
{
  return g_action_map_lookup_action (G_ACTION_MAP (self), name);
}

static gboolean
pane_open (ReadoutWindowAnnotations *a)
{
  return gtk_revealer_get_reveal_child (a->revealer);
}

static void
sync_toggle (ReadoutWindowAnnotations *a)
{
  GAction *action = lookup_action (a->window, "show-annotations");

  if (action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (pane_open (a)));
}

static void
show_pane (ReadoutWindowAnnotations *a,
           const char               *page)
{
  if (g_strcmp0 (page, "list") == 0)
    readout_annotation_panel_flush (a->panel);
  gtk_stack_set_visible_child_name (a->stack, page);
  gtk_revealer_set_reveal_child (a->revealer, TRUE);
  sync_toggle (a);
}

static void
close_pane (ReadoutWindowAnnotations *a)
{
  gboolean had_focus = gtk_widget_get_focus_child (GTK_WIDGET (a->revealer)) != NULL;

  readout_annotation_panel_flush (a->panel);
  gtk_revealer_set_reveal_child (a->revealer, FALSE);
  sync_toggle (a);
  /* The focus goes back to what was annotated. */
  if (had_focus)
    {
      ReadoutStatement *st = readout_comparison_view_get_selected (a->window->comparison_view);

      if (st != NULL)
        readout_comparison_view_select_statement (a->window->comparison_view, st);
      else
        gtk_widget_grab_focus (GTK_WIDGET (a->window->article_view));
    }
}

static void
open_annotation (ReadoutWindowAnnotations *a,
                 ReadoutAnnotation        *annotation,
                 gboolean                  focus_note)
{
  readout_annotation_panel_set_annotation (a->panel, annotation);
  show_pane (a, "annotation");
  if (focus_note)
    readout_annotation_panel_focus_note (a->panel);
}

/* Passage highlights in the article */

/* The article's index among the comparison's documents, or -1. */
static int
document_index (ReadoutWindowAnnotations *a,
                ReadoutDocument          *document)
{
  ReadoutComparison *comparison = a->session != NULL ? readout_session_get_comparison (a->session) : NULL;
  GListModel *analyses;

  if (comparison == NULL || document == NULL)
    return -1;
  analyses = readout_comparison_get_analyses (comparison);
  for (guint i = 0; i < g_list_model_get_n_items (analyses); i++)
    {
      g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (analyses, i);

      if (readout_analysis_get_document (analysis) == document)
        return i;
    }
  return -1;
}

static gboolean
update_highlights_cb (gpointer data)
{
  ReadoutWindowAnnotations *a = data;
  ReadoutArticleView *view = a->window->article_view;
  int index = document_index (a, readout_article_view_get_document (view));
  g_autoptr(GArray) highlights = g_array_new (FALSE, FALSE, sizeof (ReadoutPassageHighlight));
  GListModel *annotations;

  a->highlight_idle = 0;
  if (index < 0)
    {
      readout_article_view_set_passage_highlights (view, NULL, 0);
      return G_SOURCE_REMOVE;
    }
  annotations = readout_session_get_annotations (a->session);
  for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
    {
      g_autoptr(ReadoutAnnotation) annotation = g_list_model_get_item (annotations, i);
      const ReadoutAnchor *anchor = readout_annotation_get_anchor (annotation);
      ReadoutPassageHighlight h = { 0 };

      if (readout_annotation_get_statement (annotation) != NULL || readout_annotation_is_orphaned (annotation) ||
          anchor == NULL || readout_session_get_annotation_document (a->session, annotation) != index)
        continue;
      h.start = anchor->start;
      h.end = anchor->end;
      /* A passage without a colour still shows (transparent: the view's
       * grey mark). */
      if (readout_annotation_get_color (annotation) != NULL)
        readout_color_get_rgba (readout_annotation_get_color (annotation), &h.color);
      g_array_append_val (highlights, h);
    }
  readout_article_view_set_passage_highlights (view, (ReadoutPassageHighlight *)highlights->data, highlights->len);
  return G_SOURCE_REMOVE;
}

static void
queue_highlights (ReadoutWindowAnnotations *a)
{
  if (a->highlight_idle == 0)
    a->highlight_idle = g_idle_add (update_highlights_cb, a);
}

/* Session and comparison */

static void
update_actions (ReadoutWindowAnnotations *a)
{
  GAction *annotate = lookup_action (a->window, "annotate");
  gboolean has_comparison = a->session != NULL && readout_session_get_comparison (a->session) != NULL;

  if (annotate != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (annotate), has_comparison);
}

/* Cards made from now on find the session; those already built are told. */
static void
link_cards (ReadoutWindowAnnotations *a)
{
  ReadoutComparisonView *view = a->window->comparison_view;
  ReadoutComparison *comparison = a->session != NULL ? readout_session_get_comparison (a->session) : NULL;
  ReadoutComparison *shown = readout_comparison_view_get_comparison (view);
  GHashTableIter iter;
  gpointer card;

  if (comparison != NULL)
    readout_statement_card_link_session (comparison, a->session);
  /* A comparison the window shows but the session does not hold (for a
   * moment, while a session is swapped in) shows no annotations. */
  if (shown != NULL && shown != comparison)
    readout_statement_card_link_session (shown, NULL);
  if (view->cards == NULL)
    return;
  g_hash_table_iter_init (&iter, view->cards);
  while (g_hash_table_iter_next (&iter, NULL, &card))
    readout_statement_card_set_session (card, a->session);
}

static void
comparison_changed_cb (ReadoutWindowAnnotations *a)
{
  link_cards (a);
  update_actions (a);
  queue_highlights (a);
}

static void
annotations_changed_cb (ReadoutWindowAnnotations *a)
{
  ReadoutAnnotation *shown = readout_annotation_panel_get_annotation (a->panel);

  /* The annotation in the panel was deleted (by its Delete button, or
   * elsewhere): back to the list. */
  if (shown != NULL && readout_session_find_annotation (a->session, readout_annotation_get_id (shown)) != shown)
    {
      readout_annotation_panel_set_annotation (a->panel, NULL);
      shown = NULL;
    }
  if (shown == NULL && pane_open (a) &&
      g_strcmp0 (gtk_stack_get_visible_child_name (a->stack), "annotation") == 0)
    show_pane (a, "list");
  queue_highlights (a);
}

static void
update_author (ReadoutWindowAnnotations *a)
{
  g_autofree char *author = readout_dup_author_name (a->settings);

  if (a->session != NULL)
    readout_session_set_author (a->session, author);
}

static void
disconnect_session (ReadoutWindowAnnotations *a)
{
  if (a->session == NULL)
    return;
  g_signal_handlers_disconnect_by_data (readout_session_get_annotations (a->session), a);
  g_signal_handlers_disconnect_by_data (a->session, a);
  g_clear_object (&a->session);
}

static void
session_changed_cb (ReadoutWindowAnnotations *a)
{
  ReadoutSession *session = a->window->session;

  if (session == a->session)
    return;
  disconnect_session (a);
  if (session != NULL)
    {
      a->session = g_object_ref (session);
      g_signal_connect_swapped (session, "notify::comparison", G_CALLBACK (comparison_changed_cb), a);
      /* A colour or anchor that changed shows in the article. */
      g_signal_connect_swapped (session, "changed", G_CALLBACK (queue_highlights), a);
      g_signal_connect_swapped (readout_session_get_annotations (session), "items-changed",
                                G_CALLBACK (annotations_changed_cb), a);
      update_author (a);
    }
  readout_annotation_panel_set_session (a->panel, session);
  readout_annotation_list_set_session (a->list, session);
  comparison_changed_cb (a);
}

/* Finding and making annotations */

static ReadoutAnnotation *
find_passage_annotation (ReadoutWindowAnnotations *a,
                         int                       document,
                         guint                     start,
                         guint                     end)
{
  GListModel *annotations = readout_session_get_annotations (a->session);

  for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
    {
      g_autoptr(ReadoutAnnotation) annotation = g_list_model_get_item (annotations, i);
      const ReadoutAnchor *anchor = readout_annotation_get_anchor (annotation);

      if (readout_annotation_get_statement (annotation) == NULL && anchor != NULL &&
          anchor->start == start && anchor->end == end &&
          readout_session_get_annotation_document (a->session, annotation) == document)
        return annotation;  /* the session keeps it */
    }
  return NULL;
}

static void
annotate_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  ReadoutWindow *self = user_data;
  ReadoutWindowAnnotations *a = self->annotations;
  ReadoutStatement *st = readout_comparison_view_get_selected (self->comparison_view);
  ReadoutAnnotation *annotation = NULL;
  gboolean in_article = gtk_widget_get_focus_child (GTK_WIDGET (self->article_view)) != NULL;
  guint start, end;
  gboolean has_passage;

  if (a->session == NULL || readout_session_get_comparison (a->session) == NULL)
    return;
  has_passage = readout_article_view_get_selection (self->article_view, &start, &end);

  /* Text selected where the reader is, or no card selected: the passage. */
  if (has_passage && (in_article || st == NULL))
    {
      int index = document_index (a, readout_article_view_get_document (self->article_view));

      if (index >= 0)
        {
          GtkTextBuffer *buffer = readout_article_view_get_buffer (self->article_view);
          GtkTextIter iter;

          annotation = find_passage_annotation (a, index, start, end);
          if (annotation == NULL)
            annotation = readout_session_annotate_passage (a->session, index, start, end);
          /* The passage's tint takes over from the selection, and a click
           * on it opens the note again. */
          gtk_text_buffer_get_iter_at_offset (buffer, &iter,
                                              readout_article_view_buffer_offset (self->article_view, end));
          gtk_text_buffer_place_cursor (buffer, &iter);
        }
    }
  else if (st != NULL)
    {
      annotation = readout_session_get_statement_annotation (a->session, st);
      if (annotation == NULL)
        annotation = readout_session_annotate_statement (a->session, st);
    }

  if (annotation == NULL)
    {
      _readout_window_show_error (self, _("Select a statement or some words of the article to annotate"));
      return;
    }
  open_annotation (a, annotation, TRUE);
}

static void
show_annotations_change_state (GSimpleAction *action,
                               GVariant      *value,
                               gpointer       user_data)
{
  ReadoutWindow *self = user_data;

  if (g_variant_get_boolean (value))
    {
      show_pane (self->annotations, "list");
      readout_annotation_list_focus (self->annotations->list);
    }
  else
    close_pane (self->annotations);
}

static void
show_annotations_list_action (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  ReadoutWindow *self = user_data;

  show_pane (self->annotations, "list");
}

static void
close_annotations_action (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  ReadoutWindow *self = user_data;

  close_pane (self->annotations);
}

static void
manage_tags_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  ReadoutWindow *self = user_data;
  GtkWidget *editor;

  if (self->session == NULL)
    return;
  readout_annotation_panel_flush (self->annotations->panel);
  editor = readout_tag_editor_new (self->session);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (editor));
}

static const GActionEntry annotation_actions[] = {
  { "annotate", annotate_action },
  { "show-annotations", NULL, NULL, "false", show_annotations_change_state },
  { "show-annotations-list", show_annotations_list_action },
  { "close-annotations", close_annotations_action },
  { "manage-tags", manage_tags_action },
};

/* Jumping to an annotation from the list */

static gboolean
scroll_to_passage_cb (gpointer data)
{
  ReadoutWindowAnnotations *a = data;

  a->scroll_source = 0;
  readout_article_view_select_range (a->window->article_view, a->scroll_start, a->scroll_end);
  return G_SOURCE_REMOVE;
}

static void
annotation_activated_cb (ReadoutWindowAnnotations *a,
                         ReadoutAnnotation        *annotation)
{
  ReadoutWindow *self = a->window;
  ReadoutStatement *st = readout_session_get_annotation_statement (a->session, annotation);
  ReadoutComparison *comparison = readout_session_get_comparison (a->session);
  const ReadoutAnchor *anchor = readout_annotation_get_anchor (annotation);
  int index = readout_session_get_annotation_document (a->session, annotation);
  g_autoptr(ReadoutAnalysis) analysis = NULL;
  GListModel *documents = G_LIST_MODEL (self->documents);

  if (st != NULL)
    {
      /* The window shows its article and scrolls to it. */
      readout_comparison_view_select_statement (self->comparison_view, st);
      return;
    }
  if (readout_annotation_is_orphaned (annotation) || comparison == NULL || index < 0 || anchor == NULL)
    {
      _readout_window_show_error (self, _("The annotated words are no longer in the article"));
      return;
    }

  analysis = g_list_model_get_item (readout_comparison_get_analyses (comparison), index);
  for (guint i = 0; analysis != NULL && i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(ReadoutDocument) document = g_list_model_get_item (documents, i);

      if (document == readout_analysis_get_document (analysis))
        {
          readout_window_select_document (self, i);
          break;
        }
    }
  readout_comparison_view_select_statement (self->comparison_view, NULL);
  readout_article_view_select_range (self->article_view, anchor->start, anchor->end);
  /* A newly shown article has no layout yet: scroll once it has. */
  a->scroll_start = anchor->start;
  a->scroll_end = anchor->end;
  g_clear_handle_id (&a->scroll_source, g_source_remove);
  a->scroll_source = g_timeout_add (100, scroll_to_passage_cb, a);
}

static void
edit_annotation_cb (ReadoutWindowAnnotations *a,
                    ReadoutAnnotation        *annotation)
{
  annotation_activated_cb (a, annotation);
  open_annotation (a, annotation, TRUE);
}

/* A click on a tinted passage opens its annotation (the shortest, when
 * passages overlap). */
static void
passage_activated_cb (ReadoutWindowAnnotations *a,
                      guint                     offset)
{
  int index = document_index (a, readout_article_view_get_document (a->window->article_view));
  GListModel *annotations;
  ReadoutAnnotation *best = NULL;
  guint best_length = G_MAXUINT;

  if (index < 0)
    return;
  annotations = readout_session_get_annotations (a->session);
  for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
    {
      g_autoptr(ReadoutAnnotation) annotation = g_list_model_get_item (annotations, i);
      const ReadoutAnchor *anchor = readout_annotation_get_anchor (annotation);

      if (readout_annotation_get_statement (annotation) != NULL || readout_annotation_is_orphaned (annotation) ||
          anchor == NULL || anchor->start > offset || offset >= anchor->end ||
          readout_session_get_annotation_document (a->session, annotation) != index)
        continue;
      if (anchor->end - anchor->start < best_length)
        {
          best = annotation;
          best_length = anchor->end - anchor->start;
        }
    }
  if (best != NULL)
    open_annotation (a, best, FALSE);
}

/* While the panel is open, it follows the selected card's annotation. */
static void
selected_changed_cb (ReadoutWindowAnnotations *a)
{
  ReadoutStatement *st = readout_comparison_view_get_selected (a->window->comparison_view);
  ReadoutAnnotation *annotation;

  if (st == NULL || a->session == NULL || !pane_open (a) ||
      g_strcmp0 (gtk_stack_get_visible_child_name (a->stack), "annotation") != 0)
    return;
  annotation = readout_session_get_statement_annotation (a->session, st);
  if (annotation != NULL)
    readout_annotation_panel_set_annotation (a->panel, annotation);
}

/* Building the pane */

static GtkWidget *
find_header_bar (GtkWidget *widget)
{
  if (ADW_IS_HEADER_BAR (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_header_bar (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
escape_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  close_pane (user_data);
  return TRUE;
}

static void
build_pane (ReadoutWindowAnnotations *a)
{
  ReadoutWindow *self = a->window;
  GtkWidget *content = gtk_widget_get_parent (GTK_WIDGET (self->content_stack));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *header = find_header_bar (GTK_WIDGET (self));
  GtkEventController *keys = gtk_shortcut_controller_new ();

  a->revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_transition_type (a->revealer, GTK_REVEALER_TRANSITION_TYPE_SLIDE_LEFT);
  gtk_widget_add_css_class (GTK_WIDGET (a->revealer), "annotations-pane");
  a->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (a->stack, GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT_RIGHT);
  gtk_widget_set_size_request (GTK_WIDGET (a->stack), PANE_WIDTH, -1);
  a->list = READOUT_ANNOTATION_LIST (readout_annotation_list_new ());
  a->panel = READOUT_ANNOTATION_PANEL (readout_annotation_panel_new ());
  gtk_stack_add_named (a->stack, GTK_WIDGET (a->list), "list");
  gtk_stack_add_named (a->stack, GTK_WIDGET (a->panel), "annotation");
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (a->stack));
  gtk_revealer_set_child (a->revealer, box);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (a->revealer));

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_callback_action_new (escape_cb, a, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (a->revealer), keys);

  if (header != NULL)
    {
      GtkWidget *button = gtk_toggle_button_new ();

      gtk_button_set_icon_name (GTK_BUTTON (button), "sidebar-show-right-symbolic");
      gtk_widget_set_tooltip_text (button, _("Annotations (F9)"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-annotations");
      adw_header_bar_pack_end (ADW_HEADER_BAR (header), button);
    }

  g_signal_connect_swapped (a->list, "annotation-activated", G_CALLBACK (annotation_activated_cb), a);
  g_signal_connect_swapped (a->list, "edit-annotation", G_CALLBACK (edit_annotation_cb), a);
}

void
_readout_window_annotations_init (ReadoutWindow *self)
{
  ReadoutWindowAnnotations *a = g_new0 (ReadoutWindowAnnotations, 1);

  a->window = self;
  self->annotations = a;
  g_action_map_add_action_entries (G_ACTION_MAP (self), annotation_actions,
                                   G_N_ELEMENTS (annotation_actions), self);
  build_pane (a);

  a->settings = readout_settings_new_if_installed ();
  if (a->settings != NULL)
    g_signal_connect_swapped (a->settings, "changed::author-name", G_CALLBACK (update_author), a);

  g_signal_connect_swapped (self, "notify::session", G_CALLBACK (session_changed_cb), a);
  g_signal_connect_swapped (self->article_view, "notify::document", G_CALLBACK (queue_highlights), a);
  g_signal_connect_swapped (self->article_view, "passage-activated", G_CALLBACK (passage_activated_cb), a);
  g_signal_connect_swapped (self->comparison_view, "notify::selected", G_CALLBACK (selected_changed_cb), a);
  session_changed_cb (a);
}

void
_readout_window_annotations_dispose (ReadoutWindow *self)
{
  ReadoutWindowAnnotations *a = self->annotations;

  if (a == NULL)
    return;
  self->annotations = NULL;
  g_clear_handle_id (&a->highlight_idle, g_source_remove);
  g_clear_handle_id (&a->scroll_source, g_source_remove);
  readout_annotation_panel_flush (a->panel);
  disconnect_session (a);
  g_signal_handlers_disconnect_by_data (self, a);
  g_signal_handlers_disconnect_by_data (self->article_view, a);
  g_signal_handlers_disconnect_by_data (self->comparison_view, a);
  g_signal_handlers_disconnect_by_data (a->list, a);
  if (a->settings != NULL)
    g_signal_handlers_disconnect_by_data (a->settings, a);
  g_clear_object (&a->settings);
  g_free (a);
}
