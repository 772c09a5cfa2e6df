/* readout-comparison-command-private.h — recording undoable operations
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "readout-comparison-private.h"

G_BEGIN_DECLS

typedef enum
{
  OP_INSERT,       /* @object into @store at @position */
  OP_REMOVE,       /* @object from @store at @position */
  OP_PARTY,        /* statement @object's party: @old_value → @new_value */
  OP_ACT,          /* … act (GUINT_TO_POINTER) */
  OP_SPEAKER,      /* … merged speaker, and the statement's own (@old_own) */
  OP_TOPIC,        /* … topic in the statement info */
  OP_LABEL,        /* topic @object's label (strings) */
  OP_INFO_ADD,     /* statement @object's info into the table */
  OP_INFO_REMOVE,  /* … out of it */
} ReadoutOpKind;


typedef struct _ReadoutCommand ReadoutCommand;

/* @description: translated, static. */
ReadoutCommand *_readout_command_new         (const char        *description);
/* @topic's relation and documents are recomputed after the command. */
void            _readout_command_touch       (ReadoutCommand    *command,
                                              ReadoutTopic      *topic);
/* Each of these applies the operation at once and records it.
 * @kind: OP_INSERT or OP_REMOVE. */
void            _readout_command_store       (ReadoutComparison *self,
                                              ReadoutCommand    *command,
                                              ReadoutOpKind      kind,
                                              GListStore        *store,
                                              guint              position,
                                              gpointer           object);
/* Removes @object from wherever it is in @store. */
void            _readout_command_remove      (ReadoutComparison *self,
                                              ReadoutCommand    *command,
                                              GListStore        *store,
                                              gpointer           object);
/* OP_PARTY, OP_ACT, OP_SPEAKER, OP_TOPIC (objects), OP_LABEL (strings). */
void            _readout_command_set         (ReadoutComparison *self,
                                              ReadoutCommand    *command,
                                              ReadoutOpKind      kind,
                                              gpointer           object,
                                              gpointer           old_value,
                                              gpointer           new_value);
/* Takes @info. */
void            _readout_command_add_info    (ReadoutComparison *self,
                                              ReadoutCommand    *command,
                                              ReadoutStatement  *statement,
                                              StatementInfo     *info);
void            _readout_command_remove_info (ReadoutComparison *self,
                                              ReadoutCommand    *command,
                                              ReadoutStatement  *statement);
/* Pushes @command, already applied, clears the redo list and emits. */
void            _readout_command_commit      (ReadoutComparison *self,
                                              ReadoutCommand    *command);

static inline StatementInfo *
_readout_comparison_info_of (ReadoutComparison *self,
                             ReadoutStatement  *statement)
{
  return statement != NULL ? g_hash_table_lookup (self->info, statement) : NULL;
}

/* For a statement known to be in the comparison. */
static inline StatementInfo *
_readout_comparison_info_get (ReadoutComparison *self,
                              ReadoutStatement  *statement)
{
  StatementInfo *info = g_hash_table_lookup (self->info, statement);

  g_assert (info != NULL);
  return info;
}

G_END_DECLS
