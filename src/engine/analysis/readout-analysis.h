/* readout-analysis.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/readout-document.h"
#include "readout-party.h"
#include "readout-speaker.h"
#include "readout-statement.h"

G_BEGIN_DECLS

#define READOUT_TYPE_ANALYSIS (readout_analysis_get_type ())

G_DECLARE_FINAL_TYPE (ReadoutAnalysis, readout_analysis, READOUT, ANALYSIS, GObject)

/* Runs the whole attribution pipeline on @document, synchronously, in the
 * calling thread. Fails only when the engine's data files cannot be
 * loaded or @cancellable fires. */
ReadoutAnalysis *readout_analysis_new_for_document (ReadoutDocument      *document,
                                                    GCancellable         *cancellable,
                                                    GError              **error);
/* The same in a worker thread (GTask), for the GUI. */
void             readout_analysis_new_async        (ReadoutDocument      *document,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
ReadoutAnalysis *readout_analysis_new_finish       (GAsyncResult         *result,
                                                    GError              **error);

ReadoutDocument *readout_analysis_get_document     (ReadoutAnalysis      *self);
/* Parties that have at least one speaker or statement, in order of first
 * appearance: a GListModel of ReadoutParty. */
GListModel      *readout_analysis_get_parties      (ReadoutAnalysis      *self);
/* Speakers with at least one statement, by first mention: ReadoutSpeaker. */
GListModel      *readout_analysis_get_speakers     (ReadoutAnalysis      *self);
/* Statements in reading order: ReadoutStatement. */
GListModel      *readout_analysis_get_statements   (ReadoutAnalysis      *self);

/* Used by the session reader: @parties, @speakers and @statements are
 * GListStores of the right item type and are taken over. */
ReadoutAnalysis *_readout_analysis_new             (ReadoutDocument      *document,
                                                    GListStore           *parties,
                                                    GListStore           *speakers,
                                                    GListStore           *statements);
/* The same for any list models, which must not change afterwards: the
 * pipeline's are fixed arrays. */
ReadoutAnalysis *_readout_analysis_new_for_models  (ReadoutDocument      *document,
                                                    GListModel           *parties,
                                                    GListModel           *speakers,
                                                    GListModel           *statements);

G_END_DECLS
