/* readout-window-private.h — shared by readout-window*.c and the tests.
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "readout-article-view.h"
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

G_END_DECLS
