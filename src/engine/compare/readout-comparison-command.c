/* readout-comparison-command.c — the command stack behind the comparison's edits
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A command is a list of primitive operations (insert into or remove from
 * a store at a position, set a value) recorded as they are applied. Undo
 * applies their inverses in reverse order, redo applies them again; since
 * undo restores the exact state, the recorded positions hold for redo
 * too. Relations and topic documents are derived, so they are recomputed
 * for the topics a command touched. See docs/editing.md.
 */

#include "config.h"

#include "readout-comparison-command-private.h"

typedef struct
{
  ReadoutOpKind  kind;
  GObject       *object;
  GListStore    *store;
  guint          position;
  gpointer       old_value;
  gpointer       new_value;
  gpointer       old_own;
  StatementInfo *info;       /* OP_INFO_*: owned while out of the table */
} Op;

struct _ReadoutCommand
{
  const char *description;   /* translated */
  GPtrArray  *ops;
  GPtrArray  *topics;        /* touched: refreshed after every application */
};

static gboolean
holds_objects (ReadoutOpKind kind)
{
  return kind == OP_PARTY || kind == OP_SPEAKER || kind == OP_TOPIC;
}

static void
op_free (gpointer data)
{
  Op *op = data;

  if (holds_objects (op->kind))
    {
      g_clear_object (&op->old_value);
      g_clear_object (&op->new_value);
      g_clear_object (&op->old_own);
    }
  else if (op->kind == OP_LABEL)
    {
      g_free (op->old_value);
      g_free (op->new_value);
    }
  /* An info outside the table is the op's: its statement is not in the
   * comparison in the state the op would restore it to. */
  if ((op->kind == OP_INFO_ADD || op->kind == OP_INFO_REMOVE) && op->info != NULL)
    _readout_statement_info_free (op->info);
  g_clear_object (&op->object);
  g_clear_object (&op->store);
  g_free (op);
}

void
_readout_command_free (gpointer data)
{
  ReadoutCommand *command = data;

  g_ptr_array_unref (command->ops);
  g_ptr_array_unref (command->topics);
  g_free (command);
}

ReadoutCommand *
_readout_command_new (const char *description)
{
  ReadoutCommand *command = g_new0 (ReadoutCommand, 1);

  command->description = description;
  command->ops = g_ptr_array_new_with_free_func (op_free);
  command->topics = g_ptr_array_new_with_free_func (g_object_unref);
  return command;
}

void
_readout_command_touch (ReadoutCommand *command,
                        ReadoutTopic   *topic)
{
  if (topic != NULL && !g_ptr_array_find (command->topics, topic, NULL))
    g_ptr_array_add (command->topics, g_object_ref (topic));
}

static void
apply (ReadoutComparison *self,
       Op                *op,
       gboolean           forward)
{
  ReadoutStatement *statement = (ReadoutStatement *)op->object;
  gpointer value = forward ? op->new_value : op->old_value;

  switch (op->kind)
    {
    case OP_INSERT:
    case OP_REMOVE:
      if ((op->kind == OP_INSERT) == forward)
        g_list_store_insert (op->store, op->position, op->object);
      else
        {
          g_autoptr(GObject) there = g_list_model_get_item (G_LIST_MODEL (op->store), op->position);

          g_assert (there == op->object);
          g_list_store_remove (op->store, op->position);
        }
      break;
    case OP_PARTY:
      _readout_statement_set_party (statement, value);
      break;
    case OP_ACT:
      _readout_statement_set_act (statement, GPOINTER_TO_UINT (value));
      break;
    case OP_SPEAKER:
      /* The comparison's answer first, so that a handler of the
       * statement's notify::speaker reads the new one. */
      _readout_comparison_info_get (self, statement)->speaker = value;
      _readout_statement_set_speaker (statement, forward ? op->new_value : op->old_own);
      break;
    case OP_TOPIC:
      _readout_comparison_info_get (self, statement)->topic = value;
      break;
    case OP_LABEL:
      readout_topic_set_label (READOUT_TOPIC (op->object), value);
      break;
    case OP_INFO_ADD:
    case OP_INFO_REMOVE:
      if ((op->kind == OP_INFO_ADD) == forward)
        {
          g_hash_table_insert (self->info, statement, op->info);
          op->info = NULL;
        }
      else
        {
          gpointer info = NULL;

          g_hash_table_steal_extended (self->info, statement, NULL, &info);
          op->info = info;
        }
      break;
    default:
      g_assert_not_reached ();
    }
}

static Op *
record (ReadoutComparison *self,
        ReadoutCommand    *command,
        ReadoutOpKind      kind,
        gpointer           object)
{
  Op *op = g_new0 (Op, 1);

  op->kind = kind;
  op->object = g_object_ref (object);
  g_ptr_array_add (command->ops, op);
  return op;
}

static void
do_op (ReadoutComparison *self,
       Op                *op)
{
  apply (self, op, TRUE);
}

void
_readout_command_store (ReadoutComparison *self,
                        ReadoutCommand    *command,
                        ReadoutOpKind      kind,
                        GListStore        *store,
                        guint              position,
                        gpointer           object)
{
  Op *op = record (self, command, kind, object);

  op->store = g_object_ref (store);
  op->position = position;
  do_op (self, op);
}

void
_readout_command_remove (ReadoutComparison *self,
                         ReadoutCommand    *command,
                         GListStore        *store,
                         gpointer           object)
{
  guint position;

  if (!g_list_store_find (store, object, &position))
    g_return_if_reached ();
  _readout_command_store (self, command, OP_REMOVE, store, position, object);
}

void
_readout_command_set (ReadoutComparison *self,
                      ReadoutCommand    *command,
                      ReadoutOpKind      kind,
                      gpointer           object,
                      gpointer           old_value,
                      gpointer           new_value)
{
  Op *op = record (self, command, kind, object);

  if (holds_objects (kind))
    {
      op->old_value = old_value != NULL ? g_object_ref (old_value) : NULL;
      op->new_value = new_value != NULL ? g_object_ref (new_value) : NULL;
    }
  else if (kind == OP_LABEL)
    {
      op->old_value = g_strdup (old_value);
      op->new_value = g_strdup (new_value);
    }
  else
    {
      op->old_value = old_value;
      op->new_value = new_value;
    }
  if (kind == OP_SPEAKER)
    {
      ReadoutSpeaker *own = readout_statement_get_speaker (READOUT_STATEMENT (object));

      op->old_own = own != NULL ? g_object_ref (own) : NULL;
    }
  do_op (self, op);
}

/* Pushes @command, already applied, and tells the world. */
void
_readout_command_commit (ReadoutComparison *self,
                         ReadoutCommand    *command)
{
  gboolean could_undo = readout_comparison_can_undo (self);
  gboolean could_redo = readout_comparison_can_redo (self);

  for (guint i = 0; i < command->topics->len; i++)
    _readout_comparison_refresh_topic (self, command->topics->pdata[i]);
  g_ptr_array_add (self->undo, command);
  g_ptr_array_set_size (self->redo, 0);
  _readout_comparison_emit_changed (self, could_undo, could_redo);
}

void
_readout_command_add_info (ReadoutComparison *self,
                           ReadoutCommand    *command,
                           ReadoutStatement  *statement,
                           StatementInfo     *info)
{
  Op *op = record (self, command, OP_INFO_ADD, statement);

  op->info = info;
  do_op (self, op);
}

void
_readout_command_remove_info (ReadoutComparison *self,
                              ReadoutCommand    *command,
                              ReadoutStatement  *statement)
{
  do_op (self, record (self, command, OP_INFO_REMOVE, statement));
}

gboolean
readout_comparison_can_undo (ReadoutComparison *self)
{
  g_return_val_if_fail (READOUT_IS_COMPARISON (self), FALSE);

  return self->undo->len > 0;
}

gboolean
readout_comparison_can_redo (ReadoutComparison *self)
{
  g_return_val_if_fail (READOUT_IS_COMPARISON (self), FALSE);

  return self->redo->len > 0;
}

const char *
readout_comparison_get_undo_description (ReadoutComparison *self)
{
  g_return_val_if_fail (READOUT_IS_COMPARISON (self), NULL);

  if (self->undo->len == 0)
    return NULL;
  return ((ReadoutCommand *)self->undo->pdata[self->undo->len - 1])->description;
}

const char *
readout_comparison_get_redo_description (ReadoutComparison *self)
{
  g_return_val_if_fail (READOUT_IS_COMPARISON (self), NULL);

  if (self->redo->len == 0)
    return NULL;
  return ((ReadoutCommand *)self->redo->pdata[self->redo->len - 1])->description;
}

/* Moves the last command of @from to @to, applying it forwards or back. */
static gboolean
replay (ReadoutComparison *self,
        GPtrArray         *from,
        GPtrArray         *to,
        gboolean           forward)
{
  gboolean could_undo = readout_comparison_can_undo (self);
  gboolean could_redo = readout_comparison_can_redo (self);
  ReadoutCommand *command;

  if (from->len == 0)
    return FALSE;
  command = g_ptr_array_steal_index (from, from->len - 1);
  if (forward)
    for (guint i = 0; i < command->ops->len; i++)
      apply (self, command->ops->pdata[i], TRUE);
  else
    for (guint i = command->ops->len; i > 0; i--)
      apply (self, command->ops->pdata[i - 1], FALSE);
  for (guint i = 0; i < command->topics->len; i++)
    _readout_comparison_refresh_topic (self, command->topics->pdata[i]);
  g_ptr_array_add (to, command);
  _readout_comparison_emit_changed (self, could_undo, could_redo);
  return TRUE;
}

gboolean
readout_comparison_undo (ReadoutComparison *self)
{
  g_return_val_if_fail (READOUT_IS_COMPARISON (self), FALSE);

  return replay (self, self->undo, self->redo, FALSE);
}

gboolean
readout_comparison_redo (ReadoutComparison *self)
{
  g_return_val_if_fail (READOUT_IS_COMPARISON (self), FALSE);

  return replay (self, self->redo, self->undo, TRUE);
}
