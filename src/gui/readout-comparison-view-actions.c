/* readout-comparison-view-actions.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view's actions. "view.*" change the columns (view state only);
 * "card.*" edit the selected statement through the comparison's command
 * stack, in the manner of Meld's push left / push right: they are the
 * keyboard equivalents of dragging a card; "card.edit" opens the
 * selected card's editor popover. Their enabled state follows
 * the selection, so menus and accelerators do nothing where nothing can
 * move.
 */

#include "config.h"

#include <string.h>

#include "readout-comparison-view-private.h"

static ReadoutParty *
find_party (ReadoutComparisonView *self,
            const char            *id)
{
  GListModel *order = G_LIST_MODEL (self->order);

  for (guint i = 0; i < g_list_model_get_n_items (order); i++)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (order, i);

      if (g_strcmp0 (_readout_comparison_view_party_id (self, party), id) == 0)
        return party;  /* self->order keeps it alive */
    }
  return NULL;
}

/* Columns */

static void
hide_party_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ReadoutComparisonView *self = READOUT_COMPARISON_VIEW (widget);
  ReadoutParty *party = find_party (self, g_variant_get_string (parameter, NULL));

  /* The last column stays: an empty matrix explains nothing. */
  if (party == NULL || g_hash_table_contains (self->hidden, party) ||
      g_list_model_get_n_items (G_LIST_MODEL (self->columns)) <= 1)
    return;
  g_hash_table_add (self->hidden, g_object_ref (party));
  _readout_comparison_view_columns_changed (self);
}

static void
show_all_parties_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ReadoutComparisonView *self = READOUT_COMPARISON_VIEW (widget);

  if (g_hash_table_size (self->hidden) == 0)
    return;
  g_hash_table_remove_all (self->hidden);
  _readout_comparison_view_columns_changed (self);
}

/* Swaps @party with its visible neighbour @delta (-1 or +1) columns away. */
static void
move_party (ReadoutComparisonView *self,
            const char            *id,
            int                    delta)
{
  ReadoutParty *party = find_party (self, id);
  GListModel *columns = G_LIST_MODEL (self->columns);
  g_autoptr(ReadoutParty) neighbour = NULL;
  guint column, from, to;

  if (party == NULL || !_readout_list_model_find (columns, party, &column))
    return;
  if ((delta < 0 && column == 0) || (delta > 0 && column + 1 >= g_list_model_get_n_items (columns)))
    return;
  neighbour = g_list_model_get_item (columns, column + delta);
  if (!_readout_list_model_find (G_LIST_MODEL (self->order), party, &from) ||
      !_readout_list_model_find (G_LIST_MODEL (self->order), neighbour, &to))
    return;

  /* Hidden columns between the two keep their place relative to the
   * others: the party jumps over them to the neighbour's far side. */
  g_object_ref (party);
  g_list_store_remove (self->order, from);
  g_list_store_insert (self->order, to, party);
  g_object_unref (party);
  _readout_comparison_view_columns_changed (self);
}

static void
move_party_left_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  move_party (READOUT_COMPARISON_VIEW (widget), g_variant_get_string (parameter, NULL), -1);
}

static void
move_party_right_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  move_party (READOUT_COMPARISON_VIEW (widget), g_variant_get_string (parameter, NULL), +1);
}

void
_readout_comparison_view_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "view.hide-party", "s", hide_party_action);
  gtk_widget_class_install_action (widget_class, "view.show-all-parties", NULL, show_all_parties_action);
  gtk_widget_class_install_action (widget_class, "view.move-party-left", "s", move_party_left_action);
  gtk_widget_class_install_action (widget_class, "view.move-party-right", "s", move_party_right_action);
}

/* Cards */

typedef struct
{
  ReadoutStatement *statement;
  ReadoutTopic     *topic;
  ReadoutParty     *party;     /* NULL: no visible column */
  guint             index;     /* in its cell */
  guint             n_in_cell;
  guint             column;    /* among the visible columns */
  gboolean          has_topic_position;
  guint             topic_position;  /* among the shown (filtered) topics */
} CardPlace;

static gboolean
locate_selected (ReadoutComparisonView *self,
                 CardPlace             *place)
{
  GListModel *cell;

  memset (place, 0, sizeof *place);
  if (self->comparison == NULL || self->selected == NULL)
    return FALSE;
  place->statement = self->selected;
  place->topic = readout_comparison_get_statement_topic (self->comparison, self->selected);
  if (place->topic == NULL)
    return FALSE;
  place->party = _readout_comparison_view_party_of (self, self->selected);
  if (place->party == NULL || !_readout_list_model_find (G_LIST_MODEL (self->columns), place->party, &place->column))
    return FALSE;
  cell = _readout_comparison_view_get_cell (self, place->topic, place->party);
  if (!_readout_list_model_find (cell, self->selected, &place->index))
    return FALSE;
  place->n_in_cell = g_list_model_get_n_items (cell);
  place->has_topic_position = _readout_list_model_find (G_LIST_MODEL (self->topics), place->topic,
                                          &place->topic_position);
  return TRUE;
}

void
_readout_comparison_view_update_card_actions (ReadoutComparisonView *self)
{
  CardPlace place;
  gboolean found;
  guint n_topics, n_columns;
  struct { const char *name; gboolean enabled; } states[7];

  if (self->card_actions == NULL)
    return;

  found = locate_selected (self, &place);
  n_topics = g_list_model_get_n_items (G_LIST_MODEL (self->topics));
  n_columns = g_list_model_get_n_items (G_LIST_MODEL (self->columns));

  states[0].name = "move-up";
  states[0].enabled = found && place.index > 0;
  states[1].name = "move-down";
  states[1].enabled = found && place.index + 1 < place.n_in_cell;
  states[2].name = "previous-topic";
  states[2].enabled = found && place.has_topic_position && place.topic_position > 0;
  states[3].name = "next-topic";
  states[3].enabled = found && place.has_topic_position && place.topic_position + 1 < n_topics;
  states[4].name = "left";
  states[4].enabled = found && place.column > 0;
  states[5].name = "right";
  states[5].enabled = found && place.column + 1 < n_columns;
  states[6].name = "edit";
  states[6].enabled = found;

  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->card_actions), states[i].name);

      g_simple_action_set_enabled (G_SIMPLE_ACTION (action), states[i].enabled);
    }
}

static void
after_card_edit (ReadoutComparisonView *self,
                 gboolean               changed,
                 gboolean               scroll)
{
  if (!changed)
    return;
  /* The row rebuilds from an idle; the new card takes the focus. */
  _readout_comparison_view_want_focus (self);
  _readout_comparison_view_select (self, self->selected, scroll);
  _readout_comparison_view_queue_counts (self);
  _readout_comparison_view_update_card_actions (self);
}

void
_readout_comparison_view_edited (ReadoutComparisonView *self,
                                 ReadoutStatement      *statement,
                                 gboolean               scroll)
{
  /* Whatever card is built for it next takes the focus. */
  _readout_comparison_view_want_focus (self);
  _readout_comparison_view_select (self, statement, scroll);
  _readout_comparison_view_queue_counts (self);
  _readout_comparison_view_update_card_actions (self);
}

/* card.edit on a card out of sight: the list scrolls to it, and builds
 * it (or maps it again) a few frames later; wait for that, a second at
 * most. */
#define EDIT_WAIT_TRIES 40

static gboolean
pending_edit_cb (gpointer data)
{
  ReadoutComparisonView *self = data;
  ReadoutStatementCard *card;

  card = self->selected != NULL ? _readout_comparison_view_get_card (self, self->selected) : NULL;
  if (card != NULL && gtk_widget_get_mapped (GTK_WIDGET (card)))
    {
      self->edit_idle = 0;
      readout_statement_card_popup_editor (card);
      return G_SOURCE_REMOVE;
    }
  if (++self->edit_tries >= EDIT_WAIT_TRIES)
    {
      self->edit_idle = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
edit_cb (GSimpleAction *action, GVariant *parameter, gpointer data)
{
  ReadoutComparisonView *self = data;
  ReadoutStatementCard *card;

  if (self->selected == NULL)
    return;
  card = _readout_comparison_view_get_card (self, self->selected);
  if (card != NULL && gtk_widget_get_mapped (GTK_WIDGET (card)))
    {
      readout_statement_card_popup_editor (card);
      return;
    }
  _readout_comparison_view_select (self, self->selected, TRUE);
  self->edit_tries = 0;
  if (self->edit_idle == 0)
    self->edit_idle = g_timeout_add (25, pending_edit_cb, self);
}

static void
card_move_in_cell (ReadoutComparisonView *self,
                   int                    delta)
{
  CardPlace place;

  if (!locate_selected (self, &place))
    return;
  after_card_edit (self, readout_comparison_reorder_in_cell (self->comparison, place.statement, delta),
                   FALSE);
}

static void
card_move_topic (ReadoutComparisonView *self,
                 int                    delta)
{
  CardPlace place;
  g_autoptr(ReadoutTopic) target = NULL;
  int position;

  if (!locate_selected (self, &place) || !place.has_topic_position)
    return;
  position = (int)place.topic_position + delta;
  if (position < 0 || position >= (int)g_list_model_get_n_items (G_LIST_MODEL (self->topics)))
    return;
  target = g_list_model_get_item (G_LIST_MODEL (self->topics), position);
  after_card_edit (self, readout_comparison_move_to_topic (self->comparison, place.statement, target, -1),
                   TRUE);
}

static void
card_move_column (ReadoutComparisonView *self,
                  int                    delta)
{
  CardPlace place;
  g_autoptr(ReadoutParty) target = NULL;
  int column;

  if (!locate_selected (self, &place))
    return;
  column = (int)place.column + delta;
  if (column < 0 || column >= (int)g_list_model_get_n_items (G_LIST_MODEL (self->columns)))
    return;
  target = g_list_model_get_item (G_LIST_MODEL (self->columns), column);
  after_card_edit (self,
                   readout_comparison_set_statement_party (self->comparison, place.statement,
                                                           _readout_comparison_view_engine_party (self, target)),
                   FALSE);
}

static void
move_up_cb (GSimpleAction *action, GVariant *parameter, gpointer self)
{
  card_move_in_cell (self, -1);
}

static void
move_down_cb (GSimpleAction *action, GVariant *parameter, gpointer self)
{
  card_move_in_cell (self, +1);
}

static void
previous_topic_cb (GSimpleAction *action, GVariant *parameter, gpointer self)
{
  card_move_topic (self, -1);
}

static void
next_topic_cb (GSimpleAction *action, GVariant *parameter, gpointer self)
{
  card_move_topic (self, +1);
}

static void
left_cb (GSimpleAction *action, GVariant *parameter, gpointer self)
{
  card_move_column (self, -1);
}

static void
right_cb (GSimpleAction *action, GVariant *parameter, gpointer self)
{
  card_move_column (self, +1);
}

static const GActionEntry card_entries[] = {
  { .name = "move-up", .activate = move_up_cb },
  { .name = "move-down", .activate = move_down_cb },
  { .name = "previous-topic", .activate = previous_topic_cb },
  { .name = "next-topic", .activate = next_topic_cb },
  { .name = "left", .activate = left_cb },
  { .name = "right", .activate = right_cb },
  { .name = "edit", .activate = edit_cb },
};

void
_readout_comparison_view_actions_init (ReadoutComparisonView *self)
{
  self->card_actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->card_actions),
                                   card_entries, G_N_ELEMENTS (card_entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "card", G_ACTION_GROUP (self->card_actions));
  _readout_comparison_view_update_card_actions (self);
}
