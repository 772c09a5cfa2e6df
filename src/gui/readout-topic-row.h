/* readout-topic-row.h — one topic across the comparison's columns
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "readout-comparison-view.h"

G_BEGIN_DECLS

#define READOUT_TYPE_TOPIC_ROW (readout_topic_row_get_type ())

G_DECLARE_FINAL_TYPE (ReadoutTopicRow, readout_topic_row, READOUT, TOPIC_ROW, GtkWidget)

/* A row of @view's list; @view outlives it. */
GtkWidget    *readout_topic_row_new         (ReadoutComparisonView *view);
ReadoutTopic *readout_topic_row_get_topic   (ReadoutTopicRow       *self);
/* Binds the row to @topic (NULL: unbinds it and drops its cards). */
void          readout_topic_row_set_topic   (ReadoutTopicRow       *self,
                                             ReadoutTopic          *topic);
/* Builds the cells again for the view's columns (once the row is built). */
void          readout_topic_row_rebuild     (ReadoutTopicRow       *self);
/* A bound row shows its heading at once and builds its cells and cards
 * only when asked to, once it comes near the screen. */
void          readout_topic_row_build       (ReadoutTopicRow       *self);
gboolean      readout_topic_row_get_built   (ReadoutTopicRow       *self);
/* Shows and hides cards by the view's filter. */
void          readout_topic_row_refilter    (ReadoutTopicRow       *self);
/* Odd rows get a band, so a topic reads across the columns. */
void          readout_topic_row_set_band    (ReadoutTopicRow       *self,
                                             gboolean               band);
/* The cell of @party's column, or NULL when it is not a visible column. */
GtkWidget    *readout_topic_row_get_cell    (ReadoutTopicRow       *self,
                                             ReadoutParty          *party);
const char   *readout_topic_row_get_relation_text (ReadoutTopicRow *self);
/* The heading's menu, as it is when it opens: "Rename Topic…"
 * (topic.rename) and a "Merge Into" submenu of the other topics
 * (topic.merge). */
GMenuModel   *readout_topic_row_get_menu    (ReadoutTopicRow       *self);

G_END_DECLS
