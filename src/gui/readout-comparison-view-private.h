/* readout-comparison-view-private.h — shared by the view, its rows and tests
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "readout-comparison-view.h"
#include "readout-statement-card.h"

G_BEGIN_DECLS

/* The width of one party's column, in pixels; the columns share what
 * room is left beyond that. */
#define READOUT_COLUMN_WIDTH 300

struct _ReadoutComparisonView
{
  AdwBin              parent_instance;

  /* Template widgets */
  GtkStack           *stack;
  GtkScrolledWindow  *header_scroller;
  GtkBox             *header_box;
  GtkButton          *show_hidden_button;
  GtkStack           *list_stack;
  GtkScrolledWindow  *scroller;
  GtkListView        *list_view;

  ReadoutComparison  *comparison;
  GListStore         *order;         /* every party, in the user's column order */
  /* Stands for "no party" in the column models, so that statements no
   * party was found for have a column too; NULL to the engine. */
  ReadoutParty       *no_party;
  GHashTable         *hidden;        /* ReadoutParty* set */
  GListStore         *columns;       /* the visible ones, in order */
  GHashTable         *party_index;   /* ReadoutParty* → index in the comparison's list + 1 */
  GtkCustomFilter    *filter;
  GtkFilterListModel *topics;
  char               *filter_text;
  char               *filter_key;    /* casefolded; NULL: no filter */
  ReadoutStatement   *selected;
  GHashTable         *cards;         /* ReadoutStatement* → ReadoutStatementCard*, not owned */
  GHashTable         *rows;          /* bound ReadoutTopicRow* set, not owned */
  GSimpleActionGroup *card_actions;
  guint               counts_idle;
  guint               focus_tick;
  gint64              refocus_until; /* focus the selected card if built before */
  guint               edit_idle;     /* card.edit waits for its card to show */
  guint               edit_tries;
  GtkWidget          *rename_dialog; /* the open "Rename Topic" dialog, or NULL */
};

/* Like g_list_store_find() for any model. */
gboolean  _readout_list_model_find                   (GListModel            *model,
                                                      gpointer               item,
                                                      guint                 *position);
/* The engine's view of a column: NULL for the no-party column. */
ReadoutParty *_readout_comparison_view_engine_party  (ReadoutComparisonView *self,
                                                      ReadoutParty          *party);
GListModel   *_readout_comparison_view_get_cell      (ReadoutComparisonView *self,
                                                      ReadoutTopic          *topic,
                                                      ReadoutParty          *party);
/* "Russia", "RUS"; "No Party", "none" for the no-party column. */
const char   *_readout_comparison_view_party_name    (ReadoutComparisonView *self,
                                                      ReadoutParty          *party);
const char   *_readout_comparison_view_party_id      (ReadoutComparisonView *self,
                                                      ReadoutParty          *party);
/* Adds or removes the no-party column as statements without a party
 * come and go; TRUE when it did. */
gboolean      _readout_comparison_view_sync_no_party (ReadoutComparisonView *self);
int       _readout_comparison_view_get_party_index   (ReadoutComparisonView *self,
                                                      ReadoutParty          *party);
gboolean  _readout_comparison_view_statement_matches (ReadoutComparisonView *self,
                                                      ReadoutStatement      *statement,
                                                      ReadoutParty          *party);
void      _readout_comparison_view_add_card          (ReadoutComparisonView *self,
                                                      ReadoutStatementCard  *card);
void      _readout_comparison_view_remove_card       (ReadoutComparisonView *self,
                                                      ReadoutStatementCard  *card);
void      _readout_comparison_view_row_bound         (ReadoutComparisonView *self,
                                                      GtkWidget             *row,
                                                      gboolean               bound);
/* Something in a row changed under it: the counts need a look. */
void      _readout_comparison_view_queue_counts      (ReadoutComparisonView *self);
/* A card was dropped on the cell of (@topic, @party) before the
 * @position-th card of that cell (-1: at the end). */
gboolean  _readout_comparison_view_drop_statement    (ReadoutComparisonView *self,
                                                      ReadoutStatement      *statement,
                                                      ReadoutTopic          *topic,
                                                      ReadoutParty          *party,
                                                      int                    position);
/* The column @statement stands in now (NULL: none or unknown). */
ReadoutParty *_readout_comparison_view_party_of      (ReadoutComparisonView *self,
                                                      ReadoutStatement      *statement);
/* Selects @statement; @scroll: bring its row into view and focus its
 * card (not wanted when the click came from the card). */
void      _readout_comparison_view_select            (ReadoutComparisonView *self,
                                                      ReadoutStatement      *statement,
                                                      gboolean               scroll);
/* The selected card takes the focus when it is built in the next moment. */
void      _readout_comparison_view_want_focus        (ReadoutComparisonView *self);
/* Builds the cells of the bound rows near the screen; how many it built. */
guint     _readout_comparison_view_build_visible_rows (ReadoutComparisonView *self);
/* The card showing @statement, when its row is built. */
ReadoutStatementCard *_readout_comparison_view_get_card (ReadoutComparisonView *self,
                                                         ReadoutStatement      *statement);

void      _readout_comparison_view_update_pages      (ReadoutComparisonView *self);

/* readout-comparison-view-columns.c */
void      _readout_comparison_view_rebuild_headers   (ReadoutComparisonView *self);
void      _readout_comparison_view_parties_changed   (GListModel            *parties,
                                                      guint                  position,
                                                      guint                  removed,
                                                      guint                  added,
                                                      ReadoutComparisonView *self);
/* Columns changed: headers, rows, filter and actions follow. */
void      _readout_comparison_view_columns_changed   (ReadoutComparisonView *self);

/* readout-comparison-view-actions.c */
void      _readout_comparison_view_class_actions_init (GtkWidgetClass        *widget_class);
void      _readout_comparison_view_actions_init       (ReadoutComparisonView *self);
void      _readout_comparison_view_update_card_actions (ReadoutComparisonView *self);
/* An editor changed @statement: select it again, and let the card built
 * for it next take the focus; @scroll to its row (it changed rows). */
void      _readout_comparison_view_edited             (ReadoutComparisonView *self,
                                                       ReadoutStatement      *statement,
                                                       gboolean               scroll);

/* readout-comparison-view-topics.c: "topic.rename", "topic.merge" */
void      _readout_comparison_view_class_topics_init  (GtkWidgetClass        *widget_class);
ReadoutTopic *_readout_comparison_view_find_topic     (ReadoutComparisonView *self,
                                                       const char            *id);

/* readout-comparison-view.c: "selected" changed. */
void _readout_comparison_view_notify_selected (ReadoutComparisonView *self);

G_END_DECLS
