/* readout-comparison-edit.c — the user's corrections, through one undo stack
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each edit checks that it is valid and would change something, then
 * builds one command out of the recording operations of
 * readout-comparison-command.c. See docs/editing.md.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "readout-comparison-command-private.h"

/* Reading order: document, then start, then end. */
static int
compare_reading (ReadoutComparison *self,
                 ReadoutStatement  *a,
                 ReadoutStatement  *b)
{
  StatementInfo *x = _readout_comparison_info_of (self, a), *y = _readout_comparison_info_of (self, b);
  guint da = x != NULL ? x->document : 0, db = y != NULL ? y->document : 0;
  guint sa = readout_statement_get_start (a), sb = readout_statement_get_start (b);
  guint ea = readout_statement_get_end (a), eb = readout_statement_get_end (b);

  if (da != db)
    return da < db ? -1 : 1;
  if (sa != sb)
    return sa < sb ? -1 : 1;
  return ea < eb ? -1 : ea > eb;
}

/* Where @statement goes in @store to keep reading order: after every item
 * that does not come after it. */
static guint
reading_position (ReadoutComparison *self,
                  GListStore        *store,
                  ReadoutStatement  *statement)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutStatement) other = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (compare_reading (self, other, statement) > 0)
        return i;
    }
  return n;
}

static gboolean
has_topic (ReadoutComparison *self,
           ReadoutTopic      *topic)
{
  return READOUT_IS_TOPIC (topic) && g_list_store_find (self->topics, topic, NULL);
}

/* The comparison's own object for @party's id, so that one party is one
 * column and one cell whoever looked it up. */
static ReadoutParty *
canonical_party (ReadoutComparison *self,
                 ReadoutParty      *party)
{
  guint n;

  if (party == NULL)
    return NULL;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->parties));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutParty) column = g_list_model_get_item (G_LIST_MODEL (self->parties), i);

      if (column == party || g_strcmp0 (readout_party_get_id (column), readout_party_get_id (party)) == 0)
        return column;
    }
  return party;
}

/* A party gets a column with its first statement (appended: the columns
 * the user sees do not move). */
static void
ensure_column (ReadoutComparison *self,
               ReadoutCommand    *command,
               ReadoutParty      *party)
{
  if (party != NULL && !g_list_store_find (self->parties, party, NULL))
    _readout_command_store (self, command, OP_INSERT, self->parties,
                            g_list_model_get_n_items (G_LIST_MODEL (self->parties)), party);
}

#define AT_READING_POSITION (-2)

/* Moves @statement to the cell (@topic, @party), at @position in it (-1:
 * the end; AT_READING_POSITION). Values first, stores after. */
static void
relocate (ReadoutComparison *self,
          ReadoutCommand    *command,
          ReadoutStatement  *statement,
          ReadoutTopic      *topic,
          ReadoutParty      *party,
          int                position)
{
  StatementInfo *info = _readout_comparison_info_get (self, statement);
  ReadoutTopic *old_topic = info->topic;
  ReadoutParty *old_party = readout_statement_get_party (statement);
  GListStore *old_cell = _readout_comparison_cell_store (self, old_topic, old_party);
  GListStore *cell = _readout_comparison_cell_store (self, topic, party);
  guint at;

  _readout_command_touch (command, old_topic);
  _readout_command_touch (command, topic);
  if (party != old_party)
    {
      ensure_column (self, command, party);
      _readout_command_set (self, command, OP_PARTY, statement, old_party, party);
    }
  if (topic != old_topic)
    {
      GListStore *statements = G_LIST_STORE (readout_topic_get_statements (topic));

      _readout_command_set (self, command, OP_TOPIC, statement, old_topic, topic);
      _readout_command_remove (self, command, G_LIST_STORE (readout_topic_get_statements (old_topic)), statement);
      _readout_command_store (self, command, OP_INSERT, statements,
                              reading_position (self, statements, statement), statement);
    }
  _readout_command_remove (self, command, old_cell, statement);
  if (position == AT_READING_POSITION)
    at = reading_position (self, cell, statement);
  else
    at = MIN ((guint)position, g_list_model_get_n_items (G_LIST_MODEL (cell)));
  _readout_command_store (self, command, OP_INSERT, cell, at, statement);
}

/* Both moves of a drag onto another row and column in one command, so
 * that one undo takes it back. */
gboolean
readout_comparison_move_statement (ReadoutComparison *self,
                                   ReadoutStatement  *statement,
                                   ReadoutTopic      *topic,
                                   ReadoutParty      *party,
                                   int                position)
{
  StatementInfo *info;
  ReadoutCommand *command;

  g_return_val_if_fail (READOUT_IS_COMPARISON (self), FALSE);

  if (!(info = _readout_comparison_info_of (self, statement)) || !has_topic (self, topic) ||
      position < -1 || (party != NULL && !READOUT_IS_PARTY (party)))
    return FALSE;
  party = canonical_party (self, party);
  if (topic == info->topic && party == readout_statement_get_party (statement))
    {
      /* Within its own cell: the place it would have once taken out. */
      GListStore *cell = _readout_comparison_cell_store (self, topic, party);
      guint n = g_list_model_get_n_items (G_LIST_MODEL (cell));
      guint current;

      if (!g_list_store_find (cell, statement, &current))
        return FALSE;
      if ((position < 0 ? n - 1 : MIN ((guint)position, n - 1)) == current)
        return FALSE;
    }
  if (position < 0)
    position = G_MAXINT;
  command = _readout_command_new (_("Move Statement"));
  relocate (self, command, statement, topic, party, position);
  _readout_command_commit (self, command);
  return TRUE;
}

gboolean
readout_comparison_move_to_topic (ReadoutComparison *self,
                                  ReadoutStatement  *statement,
                                  ReadoutTopic      *topic,
                                  int                position)
{
  g_return_val_if_fail (READOUT_IS_COMPARISON (self), FALSE);

  if (!READOUT_IS_STATEMENT (statement))
    return FALSE;
  return readout_comparison_move_statement (self, statement, topic,
                                            readout_statement_get_party (statement), position);
}

gboolean
readout_comparison_set_statement_party (ReadoutComparison *self,
                                        ReadoutStatement  *statement,
                                        ReadoutParty      *party)
{
  StatementInfo *info;
  ReadoutCommand *command;

  g_return_val_if_fail (READOUT_IS_COMPARISON (self), FALSE);

  if (!(info = _readout_comparison_info_of (self, statement)) || (party != NULL && !READOUT_IS_PARTY (party)))
    return FALSE;
  party = canonical_party (self, party);
  if (party == readout_statement_get_party (statement))
    return FALSE;
  command = _readout_command_new (_("Change Party"));
  relocate (self, command, statement, info->topic, party, AT_READING_POSITION);
  _readout_command_commit (self, command);
  return TRUE;
}

gboolean
readout_comparison_reorder_in_cell (ReadoutComparison *self,
                                    ReadoutStatement  *statement,
                                    int                delta)
{
  StatementInfo *info;
  GListStore *cell;
  ReadoutCommand *command;
  guint current, n;
  gint64 target;

  g_return_val_if_fail (READOUT_IS_COMPARISON (self), FALSE);

  if (!(info = _readout_comparison_info_of (self, statement)))
    return FALSE;
  cell = _readout_comparison_cell_store (self, info->topic, readout_statement_get_party (statement));
  if (!g_list_store_find (cell, statement, &current))
    return FALSE;
  n = g_list_model_get_n_items (G_LIST_MODEL (cell));
  target = CLAMP ((gint64)current + delta, 0, (gint64)n - 1);
  if (target == current)
    return FALSE;
  command = _readout_command_new (_("Move Statement"));
  _readout_command_store (self, command, OP_REMOVE, cell, current, statement);
  _readout_command_store (self, command, OP_INSERT, cell, (guint)target, statement);
  _readout_command_commit (self, command);
  return TRUE;
}

gboolean
readout_comparison_set_statement_act (ReadoutComparison *self,
                                      ReadoutStatement  *statement,
                                      ReadoutAct         act)
{
  StatementInfo *info;
  ReadoutCommand *command;
  ReadoutAct old;

  g_return_val_if_fail (READOUT_IS_COMPARISON (self), FALSE);

  if (!(info = _readout_comparison_info_of (self, statement)) || (guint)act >= READOUT_N_ACTS)
    return FALSE;
  old = readout_statement_get_act (statement);
  if (old == act)
    return FALSE;
  command = _readout_command_new (_("Change Act"));
  _readout_command_touch (command, info->topic);
  _readout_command_set (self, command, OP_ACT, statement, GUINT_TO_POINTER (old), GUINT_TO_POINTER (act));
  _readout_command_commit (self, command);
  return TRUE;
}

gboolean
readout_comparison_set_statement_speaker (ReadoutComparison *self,
                                          ReadoutStatement  *statement,
                                          ReadoutSpeaker    *speaker)
{
  StatementInfo *info;
  ReadoutCommand *command;
  ReadoutParty *party;

  g_return_val_if_fail (READOUT_IS_COMPARISON (self), FALSE);

  if (!(info = _readout_comparison_info_of (self, statement)))
    return FALSE;
  if (speaker != NULL && (!READOUT_IS_SPEAKER (speaker) || !g_list_store_find (self->speakers, speaker, NULL)))
    return FALSE;
  /* The statement's own speaker is its document's; the merged one is
   * what the user sees and picks from. */
  if (speaker == info->speaker)
    return FALSE;
  command = _readout_command_new (_("Change Speaker"));
  _readout_command_touch (command, info->topic);
  _readout_command_set (self, command, OP_SPEAKER, statement, info->speaker, speaker);
  /* A speaker of a known party brings the statement to its column. */
  party = speaker != NULL ? canonical_party (self, readout_speaker_get_party (speaker)) : NULL;
  if (party != NULL && party != readout_statement_get_party (statement))
    relocate (self, command, statement, info->topic, party, AT_READING_POSITION);
  _readout_command_commit (self, command);
  return TRUE;
}

static char *
clean_label (const char *label)
{
  char *clean;

  if (label == NULL || !g_utf8_validate (label, -1, NULL))
    return NULL;
  clean = g_strstrip (g_strdup (label));
  if (*clean == '\0')
    g_clear_pointer (&clean, g_free);
  return clean;
}

gboolean
readout_comparison_rename_topic (ReadoutComparison *self,
                                 ReadoutTopic      *topic,
                                 const char        *label)
{
  g_autofree char *clean = clean_label (label);
  ReadoutCommand *command;

  g_return_val_if_fail (READOUT_IS_COMPARISON (self), FALSE);

  if (!has_topic (self, topic) || clean == NULL || g_strcmp0 (clean, readout_topic_get_label (topic)) == 0)
    return FALSE;
  command = _readout_command_new (_("Rename Topic"));
  _readout_command_set (self, command, OP_LABEL, topic, (gpointer)readout_topic_get_label (topic), clean);
  _readout_command_commit (self, command);
  return TRUE;
}

gboolean
readout_comparison_merge_topics (ReadoutComparison *self,
                                 ReadoutTopic      *into,
                                 ReadoutTopic      *from)
{
  GListModel *statements;
  ReadoutCommand *command;

  g_return_val_if_fail (READOUT_IS_COMPARISON (self), FALSE);

  if (into == from || !has_topic (self, into) || !has_topic (self, from))
    return FALSE;
  command = _readout_command_new (_("Merge Topics"));
  statements = readout_topic_get_statements (from);
  while (g_list_model_get_n_items (statements) > 0)
    {
      g_autoptr(ReadoutStatement) statement = g_list_model_get_item (statements, 0);

      relocate (self, command, statement, into, readout_statement_get_party (statement),
                AT_READING_POSITION);
    }
  _readout_command_remove (self, command, self->topics, from);
  _readout_command_commit (self, command);
  return TRUE;
}

/* A topic of the user's, appended to the rows. */
static ReadoutTopic *
new_topic (ReadoutComparison *self,
           ReadoutCommand    *command,
           const char        *label)
{
  g_autofree char *clean = clean_label (label);
  g_autoptr(ReadoutTopic) topic = NULL;
  g_autofree char *id = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->topics));
  gboolean clash;

  /* Ids never come back, even after undo, so that a saved reference to
   * one always means the same row. */
  do
    {
      g_free (id);
      id = g_strdup_printf ("user-%u", ++self->next_user_topic);
      clash = FALSE;
      for (guint i = 0; i < n && !clash; i++)
        {
          g_autoptr(ReadoutTopic) other = g_list_model_get_item (G_LIST_MODEL (self->topics), i);

          clash = g_strcmp0 (readout_topic_get_id (other), id) == 0;
        }
    }
  while (clash);

  topic = _readout_topic_new (id, clean != NULL ? clean : _("New Topic"), NULL);
  _readout_command_touch (command, topic);
  _readout_command_store (self, command, OP_INSERT, self->topics, n, topic);
  return topic;   /* the store holds it */
}

ReadoutTopic *
readout_comparison_add_topic (ReadoutComparison *self,
                              const char        *label)
{
  ReadoutCommand *command;
  ReadoutTopic *topic;

  g_return_val_if_fail (READOUT_IS_COMPARISON (self), NULL);

  command = _readout_command_new (_("Add Topic"));
  topic = new_topic (self, command, label);
  _readout_command_commit (self, command);
  return topic;
}

static gboolean
is_opening_quote (gunichar c)
{
  return c == 0x201C || c == 0x00AB || c == 0x201E || c == 0x2018;
}

static gboolean
is_closing_quote (gunichar c)
{
  return c == 0x201D || c == 0x00BB || c == 0x2019;
}

/* Trims @start/@end to the words, drops quotation marks around the span
 * and says whether it stands inside a quotation. */
static gboolean
shape_span (const char  *text,
            guint        block_start,
            guint       *start,
            guint       *end)
{
  g_autofree gunichar *chars = NULL;
  glong n = 0;
  gboolean open = FALSE;
  guint s, e;

  chars = g_utf8_to_ucs4_fast (g_utf8_offset_to_pointer (text, block_start), -1, &n);
  s = *start - block_start;
  e = MIN (*end - block_start, (guint)n);
  while (s < e && (g_unichar_isspace (chars[s])))
    s++;
  while (e > s && g_unichar_isspace (chars[e - 1]))
    e--;
  if (e - s >= 2 && (is_opening_quote (chars[s]) || chars[s] == '"') &&
      (is_closing_quote (chars[e - 1]) || chars[e - 1] == '"'))
    {
      /* “…,” he said: the comma is the reporting clause's, as the engine
       * reads it. */
      s++;
      e--;
      while (e > s && (chars[e - 1] == ',' || g_unichar_isspace (chars[e - 1])))
        e--;
      *start = block_start + s;
      *end = block_start + e;
      return TRUE;
    }
  /* Straight quotes alternate; curly ones say which they are. */
  for (guint i = 0; i < s; i++)
    if (chars[i] == '"')
      open = !open;
    else if (is_opening_quote (chars[i]) && chars[i] != 0x2018)
      open = TRUE;
    else if (is_closing_quote (chars[i]) && chars[i] != 0x2019)
      open = FALSE;
  *start = block_start + s;
  *end = block_start + e;
  return open;
}

static ReadoutStatement *
add_statement (ReadoutComparison *self,
               const char        *given_id,
               guint              document,
               guint              start,
               guint              end,
               ReadoutParty      *party,
               ReadoutTopic      *topic)
{
  g_autoptr(ReadoutAnalysis) analysis = NULL;
  g_autoptr(ReadoutStatement) statement = NULL;
  g_autofree char *id = NULL;
  ReadoutStatementInit init = { 0 };
  ReadoutDocument *doc;
  ReadoutCommand *command;
  StatementInfo *info;
  GListStore *topic_statements;
  const char *text;
  guint block_start = 0;
  guint n_statements;

  g_return_val_if_fail (READOUT_IS_COMPARISON (self), NULL);

  if (document >= self->document_ids->len || start >= end ||
      (topic != NULL && !has_topic (self, topic)) ||
      (party != NULL && !READOUT_IS_PARTY (party)))
    return NULL;
  analysis = g_list_model_get_item (G_LIST_MODEL (self->analyses), document);
  doc = readout_analysis_get_document (analysis);
  text = readout_document_get_text (doc);
  if (end > readout_document_get_length (doc))
    return NULL;

  for (guint b = 0; b < readout_document_get_n_blocks (doc); b++)
    {
      const ReadoutBlock *block = readout_document_get_block (doc, b);

      if (block->start <= start && start < block->end)
        {
          init.block = b;
          block_start = block->start;
          break;
        }
    }
  init.kind = shape_span (text, block_start, &start, &end)
              ? READOUT_STATEMENT_DIRECT : READOUT_STATEMENT_INDIRECT;
  if (start >= end)
    return NULL;

  /* The same span twice is not a missed statement. */
  n_statements = g_list_model_get_n_items (G_LIST_MODEL (self->statements));
  for (guint i = 0; i < n_statements; i++)
    {
      g_autoptr(ReadoutStatement) other = g_list_model_get_item (G_LIST_MODEL (self->statements), i);

      if (_readout_comparison_info_get (self, other)->document == document &&
          readout_statement_get_start (other) == start && readout_statement_get_end (other) == end)
        return NULL;
    }

  party = canonical_party (self, party);
  init.start = start;
  init.end = end;
  init.confidence = 1.0;
  init.party = party;
  init.act = READOUT_ACT_CLAIM;
  if (given_id != NULL)
    {
      guint64 number = 0;

      /* Later statements continue after a restored one. */
      if (given_id[0] == 'u' && g_ascii_string_to_unsigned (given_id + 1, 10, 1, G_MAXUINT - 1, &number, NULL))
        self->next_user_statement = MAX (self->next_user_statement, (guint)number);
      id = g_strdup (given_id);
    }
  else
    id = g_strdup_printf ("u%u", ++self->next_user_statement);
  statement = _readout_statement_new (id, text, &init);
  _readout_statement_set_user_added (statement, TRUE);

  command = _readout_command_new (_("Add Statement"));
  if (topic == NULL)
    topic = new_topic (self, command, NULL);
  _readout_command_touch (command, topic);
  ensure_column (self, command, party);

  info = g_new0 (StatementInfo, 1);
  info->topic = topic;
  info->document = document;
  info->key = self->document_ids->len > 1
              ? g_strdup_printf ("%s-%s", (char *)self->document_ids->pdata[document], id)
              : g_strdup (id);
  _readout_command_add_info (self, command, statement, info);

  topic_statements = G_LIST_STORE (readout_topic_get_statements (topic));
  _readout_command_store (self, command, OP_INSERT, self->statements,
                          reading_position (self, self->statements, statement), statement);
  _readout_command_store (self, command, OP_INSERT, topic_statements,
                          reading_position (self, topic_statements, statement), statement);
  {
    GListStore *cell = _readout_comparison_cell_store (self, topic, party);

    _readout_command_store (self, command, OP_INSERT, cell, reading_position (self, cell, statement), statement);
  }
  _readout_command_commit (self, command);
  return statement;   /* the stores hold it */
}

ReadoutStatement *
readout_comparison_add_statement (ReadoutComparison *self,
                                  guint              document,
                                  guint              start,
                                  guint              end,
                                  ReadoutParty      *party,
                                  ReadoutTopic      *topic)
{
  return add_statement (self, NULL, document, start, end, party, topic);
}

ReadoutStatement *
_readout_comparison_add_statement_with_id (ReadoutComparison *self,
                                           const char        *id,
                                           guint              document,
                                           guint              start,
                                           guint              end,
                                           ReadoutParty      *party,
                                           ReadoutTopic      *topic)
{
  g_return_val_if_fail (id != NULL, NULL);

  return add_statement (self, id, document, start, end, party, topic);
}

gboolean
readout_comparison_remove_statement (ReadoutComparison *self,
                                     ReadoutStatement  *statement)
{
  StatementInfo *info;
  ReadoutCommand *command;

  g_return_val_if_fail (READOUT_IS_COMPARISON (self), FALSE);

  if (!(info = _readout_comparison_info_of (self, statement)))
    return FALSE;
  command = _readout_command_new (_("Delete Statement"));
  _readout_command_touch (command, info->topic);
  /* The object stays alive in the command, for undo. */
  _readout_command_remove (self, command,
                           _readout_comparison_cell_store (self, info->topic, readout_statement_get_party (statement)),
                           statement);
  _readout_command_remove (self, command, G_LIST_STORE (readout_topic_get_statements (info->topic)), statement);
  _readout_command_remove (self, command, self->statements, statement);
  _readout_command_remove_info (self, command, statement);
  _readout_command_commit (self, command);
  return TRUE;
}

