/* readout-window-private.h — shared by readout-window*.c and the tests.
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "readout-article-view.h"
#include "readout-comparison-view.h"
#include "readout-export.h"
#include "readout-session.h"
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

  /* The session: the comparison, annotations, tags and layout; its file
   * (issue 6). Never NULL after init. */
  ReadoutSession       *session;

  /* Analyses and the comparison (readout-window-comparison.c) */
  ReadoutComparison    *comparison;
  guint                 n_analysing;
  guint                 comparison_serial;
  gboolean              comparing;
  guint                 follow_source;

  /* The session's file, drafts and closing (readout-window-session.c,
   * readout-window-drafts.c) */
  GtkWindow            *close_dialog;
  guint                 n_saving;
  guint                 n_session_loads;
  guint                 draft_source;
  guint                 columns_idle;
  gboolean              draft_error_shown;
  gboolean              close_confirmed;
  gboolean              restoring_columns;
  gboolean              columns_edited;
  gboolean              carried_edits;
  gboolean              adopted_work;

  /* The annotations pane, its actions and links (readout-window-annotations.c) */
  struct _ReadoutWindowAnnotations *annotations;
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

/* readout-window-session.c */
void           _readout_window_class_session_init (ReadoutWindowClass *klass);
void           _readout_window_session_init       (ReadoutWindow      *self);
void           _readout_window_session_dispose    (ReadoutWindow      *self);
/* Replaces the window's session (never NULL) and notifies the window's
 * "session" property: whatever shows the session's annotations re-binds
 * there. The documents and the comparison are not touched; see
 * _readout_window_take_session(). */
void           _readout_window_set_session        (ReadoutWindow      *self,
                                                   ReadoutSession     *session);
/* Shows @session (loaded, restored or salvaged) in this empty window:
 * its documents, comparison and layout. @has_work: closing asks even
 * before the first change (a restored draft, readable parts). */
void           _readout_window_take_session       (ReadoutWindow      *self,
                                                   ReadoutSession     *session,
                                                   gboolean            has_work);
gboolean       _readout_window_is_session_file    (GFile              *file);
/* Loads a .readout file into this window if it is empty, else into a new one. */
void           _readout_window_open_session_file  (ReadoutWindow      *self,
                                                   GFile              *file);
/* No documents, nothing being opened, no session file. */
gboolean       _readout_window_is_empty           (ReadoutWindow      *self);
/* Unsaved changes the user made: closing asks, drafts are written. */
gboolean       _readout_window_has_unsaved_work   (ReadoutWindow      *self);
/* TRUE when the window may close now; else it asked and closes itself
 * once the user has answered (and the save, if chosen, succeeded). */
gboolean       _readout_window_session_may_close  (ReadoutWindow      *self);
void           _readout_window_update_title       (ReadoutWindow      *self);

/* readout-window-layout.c */
void           _readout_window_layout_init        (ReadoutWindow      *self);
void           _readout_window_layout_dispose     (ReadoutWindow      *self);
/* The window's size, pane and selected document into the session's
 * layout (not an edit), and back out of it. */
void           _readout_window_store_layout       (ReadoutWindow      *self);
void           _readout_window_apply_layout       (ReadoutWindow      *self);
/* Column order and visibility from the layout, after the comparison view
 * got a new comparison. */
void           _readout_window_restore_columns    (ReadoutWindow      *self);

/* readout-window-drafts.c */
void           _readout_window_drafts_init        (ReadoutWindow      *self);
void           _readout_window_drafts_dispose     (ReadoutWindow      *self);
/* Drops the pending draft and the draft file (saved, or discarded). */
void           _readout_window_discard_draft      (ReadoutWindow      *self);

/* readout-window-comparison.c */
/* Fills the document list and the comparison from the session's
 * comparison, without analysing anything again. */
void           _readout_window_show_session_comparison (ReadoutWindow *self);

/* readout-window-annotations.c: win.annotate, win.show-annotations,
 * win.manage-tags; the annotation list and panel beside the content. */
void           _readout_window_annotations_init    (ReadoutWindow      *self);
void           _readout_window_annotations_dispose (ReadoutWindow      *self);

/* readout-window-export.c: File → Export. The export of the session in
 * @format is made at once and written to @file in a thread; @callback
 * (NULL: a toast says how it went) gets a GTask to propagate a boolean. */
void           _readout_window_class_export_init  (ReadoutWindowClass *klass);
void           _readout_window_export_to_file     (ReadoutWindow       *self,
                                                   GFile               *file,
                                                   ReadoutExportFormat  format,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
/* The file to write for the name chosen in the dialog, and its format:
 * with @picked (the user chose *@format's filter) the format wins over
 * the typed extension; else a known extension decides. */
GFile         *_readout_window_export_fix_name    (GFile               *file,
                                                   ReadoutExportFormat *format,
                                                   gboolean             picked);

/* readout-window-edit.c */
void           _readout_window_class_edit_init    (ReadoutWindowClass *klass);
void           _readout_window_edit_init          (ReadoutWindow      *self);
void           _readout_window_update_edit_actions (ReadoutWindow     *self);

G_END_DECLS
