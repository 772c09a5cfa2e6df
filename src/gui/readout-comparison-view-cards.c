/* readout-comparison-view-cards.c — cards, selection and drops
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view keeps the cards of the rows that are built, so that it can mark
 * the selected one and give it the focus back after an edit rebuilt it.
 */

#include "config.h"

#include "readout-comparison-view-private.h"
#include "readout-topic-row.h"

/* Cards and selection */

static gboolean
wants_focus (ReadoutComparisonView *self)
{
  return self->refocus_until != 0 && g_get_monotonic_time () < self->refocus_until;
}

static gboolean
focus_selected_cb (gpointer data)
{
  ReadoutComparisonView *self = data;
  ReadoutStatementCard *card;

  self->focus_tick = 0;
  card = self->selected != NULL ? _readout_comparison_view_get_card (self, self->selected) : NULL;
  if (card != NULL && gtk_widget_get_mapped (GTK_WIDGET (card)))
    {
      self->refocus_until = 0;
      gtk_widget_grab_focus (GTK_WIDGET (card));
    }
  else if (wants_focus (self))
    /* The list has not laid out the row yet: look again after a frame. */
    self->focus_tick = g_timeout_add (30, focus_selected_cb, self);
  return G_SOURCE_REMOVE;
}

/* The selected card is about to be built again (after an edit, or once
 * its row scrolls in): let it take the focus when it comes, but not when
 * it only comes back much later because the user scrolled. */
void
_readout_comparison_view_want_focus (ReadoutComparisonView *self)
{
  self->refocus_until = g_get_monotonic_time () + G_USEC_PER_SEC;
}


static void
queue_focus_selected (ReadoutComparisonView *self)
{
  if (self->focus_tick == 0)
    self->focus_tick = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, focus_selected_cb, self, NULL);
}

void
_readout_comparison_view_add_card (ReadoutComparisonView *self,
                                   ReadoutStatementCard  *card)
{
  ReadoutStatement *st = readout_statement_card_get_statement (card);

  g_hash_table_insert (self->cards, st, card);
  if (st == self->selected)
    {
      readout_statement_card_set_selected (card, TRUE);
      if (wants_focus (self))
        queue_focus_selected (self);
    }
}

void
_readout_comparison_view_remove_card (ReadoutComparisonView *self,
                                      ReadoutStatementCard  *card)
{
  ReadoutStatement *st = readout_statement_card_get_statement (card);

  if (g_hash_table_lookup (self->cards, st) == card)
    {
      /* The card goes while it has the focus (its row is rebuilt after
       * an edit): give the focus back to its successor when it comes. */
      if (st == self->selected && gtk_widget_has_focus (GTK_WIDGET (card)))
        _readout_comparison_view_want_focus (self);
      g_hash_table_remove (self->cards, st);
    }
}

ReadoutStatementCard *
_readout_comparison_view_get_card (ReadoutComparisonView *self,
                                   ReadoutStatement      *statement)
{
  return g_hash_table_lookup (self->cards, statement);
}

ReadoutParty *
_readout_comparison_view_party_of (ReadoutComparisonView *self,
                                   ReadoutStatement      *statement)
{
  GListModel *parties;
  ReadoutTopic *topic;

  if (self->comparison == NULL)
    return NULL;
  topic = readout_comparison_get_statement_topic (self->comparison, statement);
  if (topic == NULL)
    return NULL;

  /* The cells are the truth: an edit may have moved the statement to
   * another column than its analysis found. */
  parties = readout_comparison_get_parties (self->comparison);
  for (guint p = 0; p < g_list_model_get_n_items (parties); p++)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (parties, p);
      GListModel *cell = readout_comparison_get_cell (self->comparison, topic, party);
      guint n = g_list_model_get_n_items (cell);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(ReadoutStatement) st = g_list_model_get_item (cell, i);

          if (st == statement)
            return party;
        }
    }
  if (g_list_store_find (self->order, self->no_party, NULL) &&
      _readout_list_model_find (readout_comparison_get_cell (self->comparison, topic, NULL), statement, NULL))
    return self->no_party;
  return NULL;
}

static gboolean
find_topic_position (ReadoutComparisonView *self,
                     ReadoutTopic          *topic,
                     guint                 *position)
{
  GListModel *topics = G_LIST_MODEL (self->topics);

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(ReadoutTopic) t = g_list_model_get_item (topics, i);

      if (t == topic)
        {
          *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

void
_readout_comparison_view_select (ReadoutComparisonView *self,
                                 ReadoutStatement      *statement,
                                 gboolean               scroll)
{
  ReadoutStatementCard *card;

  if (self->selected != statement)
    {
      if (self->selected != NULL && (card = _readout_comparison_view_get_card (self, self->selected)) != NULL)
        readout_statement_card_set_selected (card, FALSE);
      g_set_object (&self->selected, statement);
      if (statement != NULL && (card = _readout_comparison_view_get_card (self, statement)) != NULL)
        readout_statement_card_set_selected (card, TRUE);
      _readout_comparison_view_update_card_actions (self);
      _readout_comparison_view_notify_selected (self);
    }

  if (scroll && statement != NULL && self->comparison != NULL)
    {
      ReadoutTopic *topic = readout_comparison_get_statement_topic (self->comparison, statement);
      guint position;

      if (topic != NULL && find_topic_position (self, topic, &position))
        gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
      _readout_comparison_view_want_focus (self);
      queue_focus_selected (self);
    }
}

void
readout_comparison_view_reveal_topic (ReadoutComparisonView *self,
                                      ReadoutTopic          *topic)
{
  guint position;

  g_return_if_fail (READOUT_IS_COMPARISON_VIEW (self));
  g_return_if_fail (READOUT_IS_TOPIC (topic));

  if (self->comparison != NULL && find_topic_position (self, topic, &position))
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

void
readout_comparison_view_select_statement (ReadoutComparisonView *self,
                                          ReadoutStatement      *statement)
{
  g_return_if_fail (READOUT_IS_COMPARISON_VIEW (self));
  g_return_if_fail (statement == NULL || READOUT_IS_STATEMENT (statement));

  _readout_comparison_view_select (self, statement, TRUE);
}

ReadoutStatement *
readout_comparison_view_get_selected (ReadoutComparisonView *self)
{
  g_return_val_if_fail (READOUT_IS_COMPARISON_VIEW (self), NULL);

  return self->selected;
}

/* Edits by drag and drop */

gboolean
_readout_comparison_view_drop_statement (ReadoutComparisonView *self,
                                         ReadoutStatement      *statement,
                                         ReadoutTopic          *topic,
                                         ReadoutParty          *party,
                                         int                    position)
{
  ReadoutTopic *from_topic;
  ReadoutParty *from_party;
  gboolean changed = FALSE;

  if (self->comparison == NULL)
    return FALSE;
  from_topic = readout_comparison_get_statement_topic (self->comparison, statement);
  if (from_topic == NULL)
    return FALSE;  /* not of this comparison */
  from_party = _readout_comparison_view_party_of (self, statement);

  if (from_topic == topic && from_party == party)
    {
      /* Within its own cell: a reorder. @position counts the other cards. */
      GListModel *cell = _readout_comparison_view_get_cell (self, topic, party);
      guint current;

      if (!_readout_list_model_find (cell, statement, &current))
        return FALSE;
      if (position < 0)
        position = (int)g_list_model_get_n_items (cell) - 1;
      changed = position != (int)current &&
                readout_comparison_reorder_in_cell (self->comparison, statement, position - (int)current);
    }
  else
    {
      /* Row and column in one command: one Ctrl+Z undoes the drop. */
      changed = readout_comparison_move_statement (self->comparison, statement, topic,
                                                   _readout_comparison_view_engine_party (self, party),
                                                   position);
    }

  if (changed)
    {
      _readout_comparison_view_want_focus (self);
      _readout_comparison_view_select (self, statement, FALSE);
      _readout_comparison_view_queue_counts (self);
    }
  return changed;
}

