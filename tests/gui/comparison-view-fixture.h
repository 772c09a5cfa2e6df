/* comparison-view-fixture.h — what the comparison view's tests share:
 * two invented readouts, the comparison of them in a shown window, and
 * ways into the view's rows, cells and cards.
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "readout-comparison-view-private.h"
#include "readout-statement-editor.h"
#include "readout-topic-row.h"

G_BEGIN_DECLS

extern const char * const moscow_side[];
extern const char * const washington_side[];

typedef struct
{
  ReadoutComparison     *comparison;
  GtkWindow             *window;
  ReadoutComparisonView *view;
} Fixture;

ReadoutAnalysis *analyse (const char * const *paragraphs, const char *title, const char *source);
ReadoutComparison *make_comparison (void);
ReadoutStatement *find_statement (ReadoutComparison *comparison, const char *words);
ReadoutParty *find_party (ReadoutComparison *comparison, const char *id);
void spin (void);
void load_css (void);
void fixture_set_up (Fixture *fixture, gconstpointer data);
void fixture_tear_down (Fixture *fixture, gconstpointer data);
ReadoutTopicRow *row_of (Fixture *fixture, ReadoutTopic *topic);
GPtrArray *cards_in (GtkWidget *cell, gboolean visible_only);
GtkWidget *gap_label (GtkWidget *cell);
GtkWidget *cell_of (Fixture *fixture, ReadoutStatement *statement, ReadoutParty *party);
char *header_summaries (Fixture *fixture);
char *column_ids (Fixture *fixture);
char *row_cell_ids (Fixture *fixture, ReadoutTopicRow *row);

G_END_DECLS
