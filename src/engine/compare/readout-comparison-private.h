/* readout-comparison-private.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "readout-comparison.h"

G_BEGIN_DECLS

typedef struct
{
  ReadoutTopic   *topic;      /* borrowed from the topics store or a command */
  ReadoutSpeaker *speaker;    /* merged, borrowed; nullable */
  guint           document;
  char           *key;
} StatementInfo;

struct _ReadoutComparison
{
  GObject     parent_instance;

  GListStore *analyses;
  GPtrArray  *document_ids;
  GListStore *parties;
  GListStore *speakers;
  GListStore *topics;
  GListStore *statements;
  GHashTable *info;       /* ReadoutStatement* → StatementInfo* */
  /* The analyses' statements → this comparison's copies of them: edits
   * change the copies only, so a new comparison of the same analyses (and
   * a worker thread building it) never sees another one's edits. */
  GHashTable *copies;
  GHashTable *cells;      /* ReadoutTopic* (held) → GHashTable (ReadoutParty* (held) or NULL → GListStore) */
  GHashTable *variants;   /* merged ReadoutSpeaker* → GPtrArray of names */
  GHashTable *presence;   /* ReadoutTopic* (held) → guint8 array, one per document */

  /* The command stack (readout-comparison-edit.c): ReadoutCommand*, the
   * most recent last. */
  GPtrArray  *undo;
  GPtrArray  *redo;
  guint       next_user_statement;   /* "u1", "u2", …: never reused */
  guint       next_user_topic;
};

/* A saved session's topics (readout-comparison-restore.c): rows in order,
 * each with its statements as "d1-s3" references, in cell order. */
typedef struct
{
  char  *id;
  char  *label;
  GStrv  terms;
  GStrv  statements;
} ReadoutTopicPlanRow;

typedef struct
{
  GPtrArray *rows;   /* ReadoutTopicPlanRow */
} ReadoutTopicPlan;

ReadoutTopicPlan  *_readout_topic_plan_new        (void);
void               _readout_topic_plan_free       (ReadoutTopicPlan   *plan);
/* Takes nothing: copies its arguments. */
void               _readout_topic_plan_add        (ReadoutTopicPlan   *plan,
                                                   const char         *id,
                                                   const char         *label,
                                                   const char * const *terms,
                                                   const char * const *statements);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReadoutTopicPlan, _readout_topic_plan_free)

/* A comparison whose topics are @plan's rather than found anew; statements
 * no row names go to a last row, "Unsorted". */
ReadoutComparison *_readout_comparison_new_planned (GListModel             *analyses,
                                                    const ReadoutTopicPlan *plan,
                                                    GCancellable           *cancellable,
                                                    GError                **error);
/* For build(): the topics of @plan (GPtrArray of ReadoutTopic), each
 * item's topic set, the items reordered into the plan's cell order. */
GPtrArray         *_readout_comparison_plan_topics (ReadoutComparison      *self,
                                                    const ReadoutTopicPlan *plan,
                                                    GArray                 *items);
/* "d1-s3" for a statement of document index 0, whatever the number of
 * documents: the form session files use. */
char              *_readout_comparison_statement_ref (ReadoutComparison    *self,
                                                      ReadoutStatement     *statement);
/* Forgets the undo and redo history (a restored session starts clean). */
void               _readout_comparison_clear_history (ReadoutComparison    *self);
/* readout_comparison_add_statement() with a given id ("u7"), as restored
 * from a session; later ids continue after it. */
ReadoutStatement  *_readout_comparison_add_statement_with_id (ReadoutComparison *self,
                                                              const char        *id,
                                                              guint              document,
                                                              guint              start,
                                                              guint              end,
                                                              ReadoutParty      *party,
                                                              ReadoutTopic      *topic);

void        _readout_statement_info_free      (gpointer           info);
void        _readout_command_free             (gpointer           command);

/* The cell's store, made on first use and kept. */
GListStore *_readout_comparison_cell_store    (ReadoutComparison *self,
                                               ReadoutTopic      *topic,
                                               ReadoutParty      *party);
/* Recomputes @topic's documents and relation from its statements. */
void        _readout_comparison_refresh_topic (ReadoutComparison *self,
                                               ReadoutTopic      *topic);
/* Notifies can-undo/can-redo where they changed, then emits "changed". */
void        _readout_comparison_emit_changed  (ReadoutComparison *self,
                                               gboolean           could_undo,
                                               gboolean           could_redo);

/* Merges the speakers of @analyses (ReadoutAnalysis) into @merged
 * (ReadoutSpeaker): the same person or institution of the same party is
 * one speaker, whatever the spelling (Sergei/Sergey, Zelensky/Zelenskyy).
 * @map receives per-document speaker → merged speaker, @variants merged
 * speaker → GPtrArray of names (NULL-terminated). */
void   _readout_comparison_merge_speakers (GListModel *analyses,
                                           GListStore *merged,
                                           GHashTable *map,
                                           GHashTable *variants);

/* The spelling-independent form of a name used to merge speakers:
 * "Sergey Lavrov" and "Sergei Lavrov" both give "sergei lavrov". */
char  *_readout_comparison_name_key       (const char *name);

G_END_DECLS
