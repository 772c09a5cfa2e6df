/* readout-window-edit.c — undo, redo, find and delete for the comparison
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The edits themselves live in the engine (ReadoutComparison's command
 * stack); these actions only call it and keep their enabled state and
 * labels in step with it.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "readout-comparison-view.h"
#include "readout-window-private.h"

void
_readout_window_update_edit_actions (ReadoutWindow *self)
{
  ReadoutComparison *c = self->comparison;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", c != NULL && readout_comparison_can_undo (c));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", c != NULL && readout_comparison_can_redo (c));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-statement",
                                 c != NULL && readout_comparison_view_get_selected (self->comparison_view) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find", c != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-statement", c != NULL);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ReadoutWindow *self = READOUT_WINDOW (widget);

  if (self->comparison != NULL)
    readout_comparison_undo (self->comparison);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ReadoutWindow *self = READOUT_WINDOW (widget);

  if (self->comparison != NULL)
    readout_comparison_redo (self->comparison);
}

/* Deleting loses the engine's finding: a toast offers to undo it. */
static void
delete_statement_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ReadoutWindow *self = READOUT_WINDOW (widget);
  ReadoutStatement *st = readout_comparison_view_get_selected (self->comparison_view);
  AdwToast *toast;

  if (self->comparison == NULL || st == NULL)
    return;
  if (!readout_comparison_remove_statement (self->comparison, st))
    return;
  toast = adw_toast_new (_("Statement deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* A statement the engine missed: the words selected in the article. It
 * starts without a party or speaker; the card's editor sets them. */
static void
add_statement_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ReadoutWindow *self = READOUT_WINDOW (widget);
  ReadoutDocument *document = readout_article_view_get_document (self->article_view);
  GListModel *analyses;
  ReadoutStatement *added = NULL;
  guint start, end;

  if (self->comparison == NULL || document == NULL)
    return;
  if (!readout_article_view_get_selection (self->article_view, &start, &end))
    {
      _readout_window_show_error (self, _("Select the words of the statement in the article first"));
      return;
    }
  analyses = readout_comparison_get_analyses (self->comparison);
  for (guint i = 0; i < g_list_model_get_n_items (analyses) && added == NULL; i++)
    {
      g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (analyses, i);

      if (readout_analysis_get_document (analysis) == document)
        {
          added = readout_comparison_add_statement (self->comparison, i, start, end, NULL, NULL);
          if (added == NULL)
            _readout_window_show_error (self, _("These words are already a statement"));
        }
    }
  if (added != NULL)
    readout_comparison_view_select_statement (self->comparison_view, added);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ReadoutWindow *self = READOUT_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
search_changed_cb (ReadoutWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  readout_comparison_view_set_filter (self->comparison_view, *text != '\0' ? text : NULL);
}

static void
search_mode_cb (ReadoutWindow *self)
{
  /* Closing the bar shows everything again. */
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    readout_comparison_view_set_filter (self->comparison_view, NULL);
}

void
_readout_window_edit_init (ReadoutWindow *self)
{
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->search_bar, "notify::search-mode-enabled", G_CALLBACK (search_mode_cb), self);
  g_signal_connect_swapped (self->comparison_view, "notify::selected",
                            G_CALLBACK (_readout_window_update_edit_actions), self);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  _readout_window_update_edit_actions (self);
}

void
_readout_window_class_edit_init (ReadoutWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.delete-statement", NULL, delete_statement_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.add-statement", NULL, add_statement_action);
}
