/* readout-comparison-view.h — parties side by side, one row per topic
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows a ReadoutComparison as a matrix: a header with one column per
 * visible party, then a GtkListView of topics whose rows hold one cell of
 * statement cards per party. Widget actions ("view.hide-party",
 * "view.show-all-parties", "view.move-party-left", "view.move-party-right",
 * each but show-all taking the party id) change the columns; the action
 * group "card" (move-up, move-down, previous-topic, next-topic, left,
 * right) edits the selected statement through the comparison's command
 * stack, and "card.edit" opens the selected card's "Edit Statement"
 * popover (speaker, party, topic, act, delete). Each row's menu uses
 * "topic.rename" (s: the topic's id; asks for the new label in a dialog)
 * and "topic.merge" ((ss): the ids of the topic to keep and of the one
 * merged into it), both widget actions of the view.
 */

#pragma once

#include <adwaita.h>

#include "readout-engine.h"

G_BEGIN_DECLS

#define READOUT_TYPE_COMPARISON_VIEW (readout_comparison_view_get_type ())

G_DECLARE_FINAL_TYPE (ReadoutComparisonView, readout_comparison_view, READOUT, COMPARISON_VIEW, AdwBin)

GtkWidget         *readout_comparison_view_new              (void);
ReadoutComparison *readout_comparison_view_get_comparison   (ReadoutComparisonView *self);
void               readout_comparison_view_set_comparison   (ReadoutComparisonView *self,
                                                             ReadoutComparison     *comparison);

/* The selected statement, or NULL ("selected" property). */
ReadoutStatement  *readout_comparison_view_get_selected     (ReadoutComparisonView *self);
/* Selects @statement (NULL: nothing), scrolls its row into view and
 * focuses its card. */
void               readout_comparison_view_select_statement (ReadoutComparisonView *self,
                                                             ReadoutStatement      *statement);

/* Scrolls @topic's row into view, leaving selection and focus alone: the
 * window keeps the row of what the reader is reading in view. */
void               readout_comparison_view_reveal_topic     (ReadoutComparisonView *self,
                                                             ReadoutTopic          *topic);

/* Hides the cards whose text, speaker, party name or act label do not
 * contain @text (case-insensitive), and the rows left without a card.
 * NULL or "": show everything. */
void               readout_comparison_view_set_filter       (ReadoutComparisonView *self,
                                                             const char            *text);
const char        *readout_comparison_view_get_filter       (ReadoutComparisonView *self);

/* The visible columns in their order: a GListModel of ReadoutParty.
 * Statements without a party get a last column "No Party" (id "none" in
 * the view.* actions), a placeholder party with no id or name: test for
 * it with readout_comparison_view_is_no_party(). */
GListModel        *readout_comparison_view_get_columns      (ReadoutComparisonView *self);
gboolean           readout_comparison_view_is_no_party      (ReadoutComparisonView *self,
                                                             ReadoutParty          *party);
/* The party's colour (from a colour-blind-safe palette, opaque; use it
 * with some transparency over text) and its marker (a shape index, the
 * cue besides colour; see readout_party_marker_glyph()). FALSE when
 * @party is not a column of the comparison. */
gboolean           readout_comparison_view_get_party_style  (ReadoutComparisonView *self,
                                                             ReadoutParty          *party,
                                                             GdkRGBA               *color,
                                                             int                   *marker_index);
/* The "card" actions, to bind accelerators or menus to. */
GActionGroup      *readout_comparison_view_get_card_actions (ReadoutComparisonView *self);

G_END_DECLS
