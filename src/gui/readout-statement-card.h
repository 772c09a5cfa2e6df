/* readout-statement-card.h — one statement in a cell of the comparison
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "readout-engine.h"
#include "readout-session.h"

G_BEGIN_DECLS

#define READOUT_TYPE_STATEMENT_CARD (readout_statement_card_get_type ())

G_DECLARE_FINAL_TYPE (ReadoutStatementCard, readout_statement_card, READOUT, STATEMENT_CARD, GtkWidget)

/* @party: the column the card stands in (nullable); @party_index picks
 * its colour and marker (see readout_comparison_view_get_party_style()),
 * -1 for none. */
GtkWidget        *readout_statement_card_new                (ReadoutComparison    *comparison,
                                                             ReadoutStatement     *statement,
                                                             ReadoutParty         *party,
                                                             int                   party_index);
ReadoutStatement *readout_statement_card_get_statement      (ReadoutStatementCard *self);
gboolean          readout_statement_card_get_selected       (ReadoutStatementCard *self);
void              readout_statement_card_set_selected       (ReadoutStatementCard *self,
                                                             gboolean              selected);
/* What the card says, for people and screen readers:
 * "Sergei Ryabkov, Russia, Rejection: …". */
const char       *readout_statement_card_get_label          (ReadoutStatementCard *self);
/* Opens the card's "Edit Statement" popover (a ReadoutStatementEditor,
 * made on first use) and selects the card. */
void              readout_statement_card_popup_editor       (ReadoutStatementCard *self);
/* The editor, once it has been opened; NULL before. */
GtkWidget        *readout_statement_card_get_editor         (ReadoutStatementCard *self);
/* The card shows the first annotation of @session on its statement (a
 * mark with the note's first line, its colour and status) and follows
 * it; NULL: none. */
void              readout_statement_card_set_session        (ReadoutStatementCard *self,
                                                             ReadoutSession       *session);
ReadoutAnnotation *readout_statement_card_get_annotation    (ReadoutStatementCard *self);
/* Cards made for @comparison from now on show @session's annotations
 * (NULL: none) by themselves: the window links the two whenever the
 * session or its comparison changes, and gives the cards made before to
 * _set_session(). */
void              readout_statement_card_link_session       (ReadoutComparison    *comparison,
                                                             ReadoutSession       *session);
/* The statement with its attribution, as dragged out to other
 * applications: "“…” — Sergei Ryabkov, Russia; Tribune News Service". */
char             *readout_statement_dup_attribution         (ReadoutComparison    *comparison,
                                                             ReadoutStatement     *statement,
                                                             ReadoutParty         *party);
/* Parties are told apart by colour (one of READOUT_N_PARTY_COLORS, CSS
 * class "party-N") and by a marker shape ("●", "■", …): the n-th column
 * of a comparison gets colour n % 7 and a marker that differs from the
 * other columns' too when colours repeat. */
#define READOUT_N_PARTY_COLORS 7
guint             readout_party_color_index                 (int                   party_index);
int               readout_party_marker_index                (int                   party_index);
const char       *readout_party_marker_glyph                (int                   marker_index);
void              readout_party_color_rgba                  (guint                 color_index,
                                                             GdkRGBA              *color);

G_END_DECLS
