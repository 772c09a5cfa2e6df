/* readout-window-comparison.c — analyses, the comparison and the links
 * between the comparison view and the article
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every opened document is analysed in a worker thread as soon as it is
 * added; when none is still running, the comparison of all of them is
 * built, also in a worker thread, and shown. The window comes first and is
 * filled in. A newer build supersedes an older one still running.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "readout-comparison-view.h"
#include "readout-window-private.h"

#define ANALYSIS_KEY "readout-analysis"

static void rebuild_comparison (ReadoutWindow *self);

/* The document's index in the comparison, or -1 when the comparison does
 * not hold it (yet). */
static int
comparison_index_of (ReadoutWindow   *self,
                     ReadoutDocument *document)
{
  GListModel *analyses;
  guint n;

  if (self->comparison == NULL || document == NULL)
    return -1;
  analyses = readout_comparison_get_analyses (self->comparison);
  n = g_list_model_get_n_items (analyses);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (analyses, i);

      if (readout_analysis_get_document (analysis) == document)
        return i;
    }
  return -1;
}

/* The visible article's statements, coloured by their column. */
void
_readout_window_update_highlights (ReadoutWindow *self)
{
  ReadoutDocument *document = readout_article_view_get_document (self->article_view);
  g_autoptr(GArray) highlights = g_array_new (FALSE, FALSE, sizeof (ReadoutHighlight));
  int index = comparison_index_of (self, document);
  GListModel *statements;
  guint n;

  if (index < 0)
    {
      readout_article_view_set_highlights (self->article_view, NULL, 0);
      return;
    }

  statements = readout_comparison_get_statements (self->comparison);
  n = g_list_model_get_n_items (statements);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutStatement) st = g_list_model_get_item (statements, i);
      ReadoutParty *party = readout_statement_get_party (st);
      ReadoutHighlight h = { 0 };

      if (readout_comparison_get_statement_document (self->comparison, st) != (guint)index)
        continue;
      h.start = readout_statement_get_start (st);
      h.end = readout_statement_get_end (st);
      h.statement = st;
      /* Statements without a party: neutral grey, a dotted line. */
      if (party == NULL ||
          !readout_comparison_view_get_party_style (self->comparison_view, party, &h.color, &h.marker))
        {
          gdk_rgba_parse (&h.color, "#77767b");
          h.marker = 2;
        }
      g_array_append_val (highlights, h);
    }
  readout_article_view_set_highlights (self->article_view, (ReadoutHighlight *)highlights->data,
                                       highlights->len);
  readout_article_view_focus_statement (self->article_view,
                                        readout_comparison_view_get_selected (self->comparison_view));
}

/* A card was selected: show its article, mark and scroll to its passage. */
static void
selected_changed_cb (ReadoutWindow *self)
{
  ReadoutStatement *st = readout_comparison_view_get_selected (self->comparison_view);
  guint n_docs;

  if (st == NULL || self->comparison == NULL)
    {
      readout_article_view_focus_statement (self->article_view, NULL);
      return;
    }

  n_docs = g_list_model_get_n_items (G_LIST_MODEL (self->documents));
  {
    guint index = readout_comparison_get_statement_document (self->comparison, st);
    g_autoptr(ReadoutAnalysis) analysis =
      g_list_model_get_item (readout_comparison_get_analyses (self->comparison), index);
    ReadoutDocument *document = readout_analysis_get_document (analysis);

    if (readout_article_view_get_document (self->article_view) != document)
      for (guint i = 0; i < n_docs; i++)
        {
          g_autoptr(ReadoutDocument) d = g_list_model_get_item (G_LIST_MODEL (self->documents), i);

          if (d == document)
            {
              /* Selecting the document re-applies the highlights. */
              gtk_single_selection_set_selected (self->selection, i);
              break;
            }
        }
  }
  readout_article_view_focus_statement (self->article_view, st);
}

/* A click on a highlighted passage selects its card. */
static void
statement_activated_cb (ReadoutWindow    *self,
                        ReadoutStatement *statement)
{
  readout_comparison_view_select_statement (self->comparison_view, statement);
}

/* Reading on in the article brings the row of what is being read into
 * view, a moment after the scrolling stops. */
static gboolean
follow_article_cb (gpointer data)
{
  ReadoutWindow *self = data;
  ReadoutStatement *st;
  ReadoutTopic *topic;

  self->follow_source = 0;
  if (self->comparison == NULL)
    return G_SOURCE_REMOVE;
  st = readout_article_view_get_first_visible (self->article_view);
  topic = st != NULL ? readout_comparison_get_statement_topic (self->comparison, st) : NULL;
  if (topic != NULL)
    readout_comparison_view_reveal_topic (self->comparison_view, topic);
  return G_SOURCE_REMOVE;
}

static void
article_scrolled_cb (ReadoutWindow *self)
{
  g_clear_handle_id (&self->follow_source, g_source_remove);
  self->follow_source = g_timeout_add (150, follow_article_cb, self);
}

static void
comparison_changed_cb (ReadoutWindow *self)
{
  _readout_window_update_highlights (self);
  _readout_window_update_edit_actions (self);
  _readout_window_update_title (self);
}

static void
set_comparison (ReadoutWindow     *self,
                ReadoutComparison *comparison)
{
  if (self->comparison != NULL)
    g_signal_handlers_disconnect_by_data (self->comparison, self);
  g_set_object (&self->comparison, comparison);
  /* A new comparison shows the columns as the user left them. */
  self->restoring_columns = TRUE;
  readout_comparison_view_set_comparison (self->comparison_view, comparison);
  self->restoring_columns = FALSE;
  _readout_window_restore_columns (self);
  if (comparison != NULL)
    {
      g_signal_connect_swapped (comparison, "changed", G_CALLBACK (comparison_changed_cb), self);
      g_signal_connect_swapped (comparison, "notify::can-undo", G_CALLBACK (_readout_window_update_edit_actions), self);
      g_signal_connect_swapped (comparison, "notify::can-redo", G_CALLBACK (_readout_window_update_edit_actions), self);
    }
  _readout_window_update_highlights (self);
  _readout_window_update_edit_actions (self);
}

/* What a worker's callback needs: the window (a weak reference: a window
 * closed meanwhile is neither kept alive nor touched), the build's serial
 * or the analysed document. */
typedef struct
{
  GWeakRef         window;
  ReadoutDocument *document;
  guint            serial;
} Job;

static Job *
job_new (ReadoutWindow   *window,
         ReadoutDocument *document,
         guint            serial)
{
  Job *job = g_new0 (Job, 1);

  g_weak_ref_init (&job->window, window);
  job->document = document != NULL ? g_object_ref (document) : NULL;
  job->serial = serial;
  return job;
}

static void
job_free (Job *job)
{
  g_weak_ref_clear (&job->window);
  g_clear_object (&job->document);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

static void
comparison_done_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(Job) job = user_data;
  g_autoptr(ReadoutWindow) self = g_weak_ref_get (&job->window);
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutComparison) comparison = readout_comparison_new_finish (result, &error);
  guint serial = job->serial;
  guint dropped;

  if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->documents == NULL ||
      serial != self->comparison_serial)
    return;
  self->comparing = FALSE;
  if (comparison == NULL)
    {
      _readout_window_show_error (self, error->message);
      return;
    }
  /* The session carries the corrections and annotations over. */
  if (self->comparison != NULL && readout_comparison_can_undo (self->comparison))
    self->carried_edits = TRUE;
  dropped = readout_session_set_comparison (self->session, comparison);
  set_comparison (self, readout_session_get_comparison (self->session));
  _readout_window_update_view (self);
  if (dropped > 0)
    {
      g_autofree char *message =
        g_strdup_printf (ngettext ("The comparison was regrouped with the new article; %u earlier correction no longer applies and was not kept",
                                   "The comparison was regrouped with the new article; %u earlier corrections no longer apply and were not kept",
                                   dropped),
                         dropped);

      _readout_window_show_error (self, message);
    }
}

static void
rebuild_comparison (ReadoutWindow *self)
{
  g_autoptr(GListStore) analyses = g_list_store_new (READOUT_TYPE_ANALYSIS);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->documents));

  if (self->n_analysing > 0)
    return;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutDocument) document = g_list_model_get_item (G_LIST_MODEL (self->documents), i);
      ReadoutAnalysis *analysis = g_object_get_data (G_OBJECT (document), ANALYSIS_KEY);

      if (analysis != NULL)
        g_list_store_append (analyses, analysis);
    }
  if (g_list_model_get_n_items (G_LIST_MODEL (analyses)) == 0)
    {
      set_comparison (self, NULL);
      return;
    }

  /* An older build still running is superseded: its result is dropped. */
  self->comparison_serial++;
  self->comparing = TRUE;
  readout_comparison_new_async (G_LIST_MODEL (analyses), self->cancellable,
                                comparison_done_cb, job_new (self, NULL, self->comparison_serial));
  _readout_window_update_view (self);
}

static void
analysis_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(Job) job = user_data;
  g_autoptr(ReadoutWindow) self = g_weak_ref_get (&job->window);
  ReadoutDocument *document = job->document;
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutAnalysis) analysis = readout_analysis_new_finish (result, &error);

  if (self == NULL || self->documents == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_assert (self->n_analysing > 0);
  self->n_analysing--;
  if (analysis == NULL)
    _readout_window_show_error (self, error->message);
  else
    g_object_set_data_full (G_OBJECT (document), ANALYSIS_KEY, g_steal_pointer (&analysis), g_object_unref);
  rebuild_comparison (self);
}

/* Called for every document added to the window. */
void
_readout_window_analyse (ReadoutWindow   *self,
                         ReadoutDocument *document)
{
  if (g_object_get_data (G_OBJECT (document), ANALYSIS_KEY) != NULL)
    return;
  self->n_analysing++;
  readout_analysis_new_async (document, self->cancellable, analysis_done_cb, job_new (self, document, 0));
  _readout_window_update_view (self);
}

void
_readout_window_show_session_comparison (ReadoutWindow *self)
{
  ReadoutComparison *comparison = readout_session_get_comparison (self->session);
  GListModel *analyses = comparison != NULL ? readout_comparison_get_analyses (comparison) : NULL;
  guint n = analyses != NULL ? g_list_model_get_n_items (analyses) : 0;

  /* Whatever was being analysed or compared belongs to the old session. */
  self->comparison_serial++;
  self->comparing = FALSE;
  g_list_store_remove_all (self->documents);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (analyses, i);
      ReadoutDocument *document = readout_analysis_get_document (analysis);

      /* Analysed already: adding an article later compares it with these
       * as they are. */
      g_object_set_data_full (G_OBJECT (document), ANALYSIS_KEY, g_object_ref (analysis), g_object_unref);
      g_object_set_data (G_OBJECT (document), "readout-serial", GUINT_TO_POINTER (++self->next_serial));
      g_list_store_append (self->documents, document);
    }
  self->last_shown_serial = self->next_serial;
  set_comparison (self, comparison);
  _readout_window_update_view (self);
}

gboolean
_readout_window_is_busy (ReadoutWindow *self)
{
  return self->n_analysing > 0 || self->comparing;
}

void
_readout_window_comparison_init (ReadoutWindow *self)
{
  /* The card actions work wherever the focus is in the window (a card
   * selected, then Alt+Right while reading the article). */
  gtk_widget_insert_action_group (GTK_WIDGET (self), "card",
                                  readout_comparison_view_get_card_actions (self->comparison_view));
  g_signal_connect_swapped (self->comparison_view, "notify::selected",
                            G_CALLBACK (selected_changed_cb), self);
  g_signal_connect_swapped (self->article_view, "statement-activated",
                            G_CALLBACK (statement_activated_cb), self);
  g_signal_connect_object (readout_article_view_get_vadjustment (self->article_view), "value-changed",
                           G_CALLBACK (article_scrolled_cb), self, G_CONNECT_SWAPPED);
}

void
_readout_window_comparison_dispose (ReadoutWindow *self)
{
  g_clear_handle_id (&self->follow_source, g_source_remove);
  if (self->comparison != NULL)
    g_signal_handlers_disconnect_by_data (self->comparison, self);
  g_clear_object (&self->comparison);
}
