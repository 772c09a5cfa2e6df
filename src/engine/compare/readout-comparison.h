/* readout-comparison.h — the parties × topics matrix over several documents
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built from the analyses of one or more documents: the same party and
 * the same person are one across documents (name variants and
 * transliterations are merged), statements are grouped into topics, and
 * every statement keeps its document. The GUI shows it as one column per
 * party and one row per topic.
 */

#pragma once

#include <gio/gio.h>

#include "readout-analysis.h"
#include "readout-topic.h"

G_BEGIN_DECLS

#define READOUT_TYPE_COMPARISON (readout_comparison_get_type ())

G_DECLARE_FINAL_TYPE (ReadoutComparison, readout_comparison, READOUT, COMPARISON, GObject)

/* @analyses: a GListModel of ReadoutAnalysis, one per document, in the
 * order the user gave them. Fails only when the engine's data cannot be
 * loaded or @cancellable fires. */
ReadoutComparison *readout_comparison_new                   (GListModel          *analyses,
                                                             GCancellable        *cancellable,
                                                             GError             **error);
/* The same in a worker thread, for the GUI. */
void               readout_comparison_new_async             (GListModel          *analyses,
                                                             GCancellable        *cancellable,
                                                             GAsyncReadyCallback  callback,
                                                             gpointer             user_data);
ReadoutComparison *readout_comparison_new_finish            (GAsyncResult        *result,
                                                             GError             **error);

/* ReadoutAnalysis, one per document. */
GListModel        *readout_comparison_get_analyses          (ReadoutComparison   *self);
guint              readout_comparison_get_n_documents       (ReadoutComparison   *self);
/* "d1", "d2", … in the order of the analyses. */
const char        *readout_comparison_get_document_id       (ReadoutComparison   *self,
                                                             guint                index);
/* The columns: ReadoutParty with statements, most statements first. */
GListModel        *readout_comparison_get_parties           (ReadoutComparison   *self);
/* Speakers merged across documents (new objects, ids "p1", "p2", …). */
GListModel        *readout_comparison_get_speakers          (ReadoutComparison   *self);
/* Every name a merged speaker was written with, in order of appearance. */
const char * const *readout_comparison_get_speaker_variants (ReadoutComparison   *self,
                                                             ReadoutSpeaker      *speaker);
/* The rows: ReadoutTopic in order of first mention. */
GListModel        *readout_comparison_get_topics            (ReadoutComparison   *self);
/* All statements, document by document, in reading order. */
GListModel        *readout_comparison_get_statements        (ReadoutComparison   *self);
/* The statements of one cell, in reading order; @party NULL gives the
 * statements no party could be found for. Never NULL. */
GListModel        *readout_comparison_get_cell              (ReadoutComparison   *self,
                                                             ReadoutTopic        *topic,
                                                             ReadoutParty        *party);

ReadoutTopic      *readout_comparison_get_statement_topic   (ReadoutComparison   *self,
                                                             ReadoutStatement    *statement);
/* The merged speaker, or NULL. */
ReadoutSpeaker    *readout_comparison_get_statement_speaker (ReadoutComparison   *self,
                                                             ReadoutStatement    *statement);
guint              readout_comparison_get_statement_document (ReadoutComparison  *self,
                                                             ReadoutStatement    *statement);
/* Unique in the comparison: the statement's id, prefixed with its
 * document's ("d2-s7") when there are several documents. */
const char        *readout_comparison_get_statement_key     (ReadoutComparison   *self,
                                                             ReadoutStatement    *statement);
/* Whether @topic has a statement from document @index. */
gboolean           readout_comparison_topic_in_document     (ReadoutComparison   *self,
                                                             ReadoutTopic        *topic,
                                                             guint                index);

/* Edits (issue 5). Every edit goes through the comparison's command stack
 * so that it can be undone; the models above change in place and emit
 * items-changed, statements and topics notify the properties that
 * changed. Edits are made in the main thread only. Each returns FALSE
 * (and does nothing) when the edit would change nothing or is invalid. */

/* Moves @statement to @topic at @position among the topic's statements of
 * its party's cell (-1: the end; in reading order otherwise kept). */
gboolean           readout_comparison_move_to_topic         (ReadoutComparison   *self,
                                                             ReadoutStatement    *statement,
                                                             ReadoutTopic        *topic,
                                                             int                  position);
/* Moves @statement to the cell (@topic, @party) at @position (-1: the
 * end) as one command — one undo for a drag onto another row and column. */
gboolean           readout_comparison_move_statement        (ReadoutComparison   *self,
                                                             ReadoutStatement    *statement,
                                                             ReadoutTopic        *topic,
                                                             ReadoutParty        *party,
                                                             int                  position);
/* Reassigns @statement to @party's column (NULL: no party). */
gboolean           readout_comparison_set_statement_party   (ReadoutComparison   *self,
                                                             ReadoutStatement    *statement,
                                                             ReadoutParty        *party);
/* Moves @statement @delta places up (<0) or down (>0) inside its cell. */
gboolean           readout_comparison_reorder_in_cell       (ReadoutComparison   *self,
                                                             ReadoutStatement    *statement,
                                                             int                  delta);
gboolean           readout_comparison_set_statement_act     (ReadoutComparison   *self,
                                                             ReadoutStatement    *statement,
                                                             ReadoutAct           act);
/* @speaker: one of readout_comparison_get_speakers(), or NULL. */
gboolean           readout_comparison_set_statement_speaker (ReadoutComparison   *self,
                                                             ReadoutStatement    *statement,
                                                             ReadoutSpeaker      *speaker);
gboolean           readout_comparison_rename_topic          (ReadoutComparison   *self,
                                                             ReadoutTopic        *topic,
                                                             const char          *label);
/* Moves every statement of @from into @into and removes @from. */
gboolean           readout_comparison_merge_topics          (ReadoutComparison   *self,
                                                             ReadoutTopic        *into,
                                                             ReadoutTopic        *from);
/* A new, empty topic labelled @label after the others; returns it
 * (owned by the comparison). */
ReadoutTopic      *readout_comparison_add_topic             (ReadoutComparison   *self,
                                                             const char          *label);
/* A statement the engine missed: code points [@start, @end) of document
 * @document, in @topic (NULL: a new topic) for @party (nullable). Returns
 * it (owned by the comparison), or NULL when the span is not inside the
 * text. */
ReadoutStatement  *readout_comparison_add_statement         (ReadoutComparison   *self,
                                                             guint                document,
                                                             guint                start,
                                                             guint                end,
                                                             ReadoutParty        *party,
                                                             ReadoutTopic        *topic);
gboolean           readout_comparison_remove_statement      (ReadoutComparison   *self,
                                                             ReadoutStatement    *statement);

/* The command stack. "can-undo" and "can-redo" are notified, and the
 * "changed" signal (no arguments) is emitted after every edit, undo and
 * redo, once all models are consistent; the
 * descriptions ("Move Statement") are translated, for menus and toasts. */
gboolean           readout_comparison_can_undo              (ReadoutComparison   *self);
gboolean           readout_comparison_can_redo              (ReadoutComparison   *self);
const char        *readout_comparison_get_undo_description  (ReadoutComparison   *self);
const char        *readout_comparison_get_redo_description  (ReadoutComparison   *self);
gboolean           readout_comparison_undo                  (ReadoutComparison   *self);
gboolean           readout_comparison_redo                  (ReadoutComparison   *self);

G_END_DECLS
