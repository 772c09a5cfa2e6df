/* readout-window-private.h — shared by readout-window*.c and the tests.
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "readout-article-view.h"
#include "readout-comparison-view.h"
#include "readout-window.h"

G_BEGIN_DECLS

struct _ReadoutWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GtkSpinner           *spinner;
  AdwToastOverlay      *toast_overlay;
  GtkWidget            *content_overlay;
  GtkWidget            *drop_overlay;
  GtkWidget            *sidebar;
  GtkWidget            *sidebar_separator;
  GtkListView          *document_list;
  GtkStack             *content_stack;
  ReadoutArticleView   *article_view;
  GMenu                *recent_section;
  GtkStack             *comparison_stack;
  ReadoutComparisonView *comparison_view;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;

  /* Documents */
  GListStore           *documents;
  GtkSingleSelection   *selection;
  ReadoutImporter      *importer;
  GCancellable         *cancellable;
  guint                 n_pending;
  guint                 next_serial;
  guint                 last_shown_serial;

  GSettings            *settings;
  GtkRecentManager     *recent_manager;
  GtkDropTarget        *drop_target;

  /* Analyses and the comparison (readout-window-comparison.c) */
  ReadoutComparison    *comparison;
  guint                 n_analysing;
  guint                 comparison_serial;
  gboolean              comparing;
  guint                 follow_source;
  gboolean              edits_discarded;
};

void           _readout_window_class_actions_init (ReadoutWindowClass *klass);
void           _readout_window_actions_init       (ReadoutWindow      *self);
void           _readout_window_actions_dispose    (ReadoutWindow      *self);
void           _readout_window_dnd_init           (ReadoutWindow      *self);

/* Shows @message (plain text, not markup) as a toast. */
void           _readout_window_show_error         (ReadoutWindow      *self,
                                                   const char         *message);
void           _readout_window_add_recent         (ReadoutWindow      *self,
                                                   GFile              *file);
GtkDropTarget *_readout_window_get_drop_target    (ReadoutWindow      *self);

/* readout-window.c: shows what the window's state calls for. */
void           _readout_window_update_view        (ReadoutWindow      *self);

/* readout-window-comparison.c */
void           _readout_window_comparison_init    (ReadoutWindow      *self);
void           _readout_window_comparison_dispose (ReadoutWindow      *self);
void           _readout_window_analyse            (ReadoutWindow      *self,
                                                   ReadoutDocument    *document);
gboolean       _readout_window_is_busy            (ReadoutWindow      *self);
void           _readout_window_update_highlights  (ReadoutWindow      *self);

/* readout-window-edit.c */
void           _readout_window_class_edit_init    (ReadoutWindowClass *klass);
void           _readout_window_edit_init          (ReadoutWindow      *self);
void           _readout_window_update_edit_actions (ReadoutWindow     *self);

G_END_DECLS
