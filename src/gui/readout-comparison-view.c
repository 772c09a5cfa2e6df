/* readout-comparison-view.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The comparison as a matrix. The column headers sit in their own
 * scrolled window that shares the list's horizontal adjustment, so that
 * headers and cells stay aligned however far one scrolls sideways; the
 * rows are a GtkListView over the (filtered) topics, and build their
 * cards only while bound. Column order and visibility are view state,
 * not the engine's; the actions live in readout-comparison-view-actions.c.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "readout-comparison-view-private.h"
#include "readout-topic-row.h"

G_DEFINE_FINAL_TYPE (ReadoutComparisonView, readout_comparison_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_COMPARISON,
  PROP_SELECTED,
  PROP_FILTER,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

GtkWidget *
readout_comparison_view_new (void)
{
  return g_object_new (READOUT_TYPE_COMPARISON_VIEW, NULL);
}

gboolean
_readout_list_model_find (GListModel *model,
                          gpointer    item,
                          guint      *position)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (model, i);

      if (other == item)
        {
          if (position != NULL)
            *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

ReadoutParty *
_readout_comparison_view_engine_party (ReadoutComparisonView *self,
                                       ReadoutParty          *party)
{
  return party == self->no_party ? NULL : party;
}

GListModel *
_readout_comparison_view_get_cell (ReadoutComparisonView *self,
                                   ReadoutTopic          *topic,
                                   ReadoutParty          *party)
{
  return readout_comparison_get_cell (self->comparison, topic,
                                      _readout_comparison_view_engine_party (self, party));
}

const char *
_readout_comparison_view_party_name (ReadoutComparisonView *self,
                                     ReadoutParty          *party)
{
  if (party == NULL || party == self->no_party)
    return _("No Party");
  return readout_party_get_localized_name (party);
}

const char *
_readout_comparison_view_party_id (ReadoutComparisonView *self,
                                   ReadoutParty          *party)
{
  /* Lower case: no party's id (ISO codes, acronyms) can be the same. */
  if (party == NULL || party == self->no_party)
    return "none";
  return readout_party_get_id (party);
}

/* Counts and matching */

static gboolean
contains_key (const char *haystack,
              const char *key)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, key) != NULL;
}

gboolean
_readout_comparison_view_statement_matches (ReadoutComparisonView *self,
                                            ReadoutStatement      *statement,
                                            ReadoutParty          *party)
{
  ReadoutSpeaker *speaker;
  const char *key = self->filter_key;

  if (key == NULL)
    return TRUE;

  speaker = self->comparison != NULL ? readout_comparison_get_statement_speaker (self->comparison, statement) : NULL;
  if (speaker == NULL)
    speaker = readout_statement_get_speaker (statement);

  return contains_key (readout_statement_get_text (statement), key) ||
         (speaker != NULL && contains_key (readout_speaker_get_name (speaker), key)) ||
         contains_key (_readout_comparison_view_party_name (self, party), key) ||
         (party != NULL && party != self->no_party &&
          (contains_key (readout_party_get_name (party), key) ||
           contains_key (readout_party_get_id (party), key))) ||
         contains_key (readout_act_get_label (readout_statement_get_act (statement)), key);
}

static gboolean
topic_filter_func (gpointer item,
                   gpointer user_data)
{
  ReadoutComparisonView *self = user_data;
  ReadoutTopic *topic = item;
  GListModel *columns = G_LIST_MODEL (self->columns);

  if (self->filter_key == NULL || self->comparison == NULL)
    return TRUE;

  for (guint c = 0; c < g_list_model_get_n_items (columns); c++)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (columns, c);
      GListModel *cell = _readout_comparison_view_get_cell (self, topic, party);

      for (guint i = 0; i < g_list_model_get_n_items (cell); i++)
        {
          g_autoptr(ReadoutStatement) st = g_list_model_get_item (cell, i);

          if (_readout_comparison_view_statement_matches (self, st, party))
            return TRUE;
        }
    }
  return FALSE;
}

void
_readout_comparison_view_update_pages (ReadoutComparisonView *self)
{
  gboolean any = self->comparison != NULL &&
                 g_list_model_get_n_items (readout_comparison_get_topics (self->comparison)) > 0 &&
                 g_list_model_get_n_items (G_LIST_MODEL (self->order)) > 0;

  gtk_stack_set_visible_child_name (self->stack, any ? "matrix" : "empty");
  gtk_stack_set_visible_child_name (self->list_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->topics)) > 0
                                    ? "list" : "no-results");
}

static gboolean
counts_idle_cb (gpointer data)
{
  ReadoutComparisonView *self = data;

  self->counts_idle = 0;
  if (_readout_comparison_view_sync_no_party (self))
    _readout_comparison_view_columns_changed (self);
  /* A removed statement (or an undone addition) cannot stay selected. */
  if (self->selected != NULL &&
      readout_comparison_get_statement_topic (self->comparison, self->selected) == NULL)
    _readout_comparison_view_select (self, NULL, FALSE);
  _readout_comparison_view_rebuild_headers (self);
  _readout_comparison_view_update_card_actions (self);
  return G_SOURCE_REMOVE;
}

void
_readout_comparison_view_queue_counts (ReadoutComparisonView *self)
{
  if (self->counts_idle == 0 && self->comparison != NULL)
    self->counts_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 20, counts_idle_cb, self, NULL);
}

/* Rows */

static void
item_position_cb (GtkListItem *item,
                  GParamSpec  *pspec,
                  GtkWidget   *row)
{
  readout_topic_row_set_band (READOUT_TOPIC_ROW (row), gtk_list_item_get_position (item) % 2 == 1);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          ReadoutComparisonView    *self)
{
  GtkWidget *row = readout_topic_row_new (self);

  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_selectable (item, FALSE);
  gtk_list_item_set_child (item, row);
  g_signal_connect_object (item, "notify::position", G_CALLBACK (item_position_cb), row, 0);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         ReadoutComparisonView    *self)
{
  GtkWidget *row = gtk_list_item_get_child (item);

  readout_topic_row_set_topic (READOUT_TOPIC_ROW (row), gtk_list_item_get_item (item));
  item_position_cb (item, NULL, row);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           ReadoutComparisonView    *self)
{
  readout_topic_row_set_topic (READOUT_TOPIC_ROW (gtk_list_item_get_child (item)), NULL);
}

void
_readout_comparison_view_row_bound (ReadoutComparisonView *self,
                                    GtkWidget             *row,
                                    gboolean               bound)
{
  if (bound)
    g_hash_table_add (self->rows, row);
  else
    g_hash_table_remove (self->rows, row);
}

guint
_readout_comparison_view_build_visible_rows (ReadoutComparisonView *self)
{
  GtkWidget *scroller = GTK_WIDGET (self->scroller);
  int height = gtk_widget_get_height (scroller);
  /* Half a page ahead either way, so that scrolling meets built rows. */
  float margin = height / 2.f;
  g_autoptr(GPtrArray) todo = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer row;

  if (height <= 0)
    return 0;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    {
      graphene_rect_t bounds;

      if (readout_topic_row_get_built (row) || !gtk_widget_get_mapped (row) ||
          !gtk_widget_compute_bounds (row, scroller, &bounds))
        continue;
      if (bounds.origin.y < height + margin && bounds.origin.y + bounds.size.height > -margin)
        g_ptr_array_add (todo, row);
    }
  for (guint i = 0; i < todo->len; i++)
    readout_topic_row_build (todo->pdata[i]);
  return todo->len;
}

/* After every frame: the rows that scrolled near the screen get their
 * cards, and the next frame shows them. */
static void
after_paint_cb (GdkFrameClock         *clock,
                ReadoutComparisonView *self)
{
  _readout_comparison_view_build_visible_rows (self);
}

static void
readout_comparison_view_realize (GtkWidget *widget)
{
  ReadoutComparisonView *self = READOUT_COMPARISON_VIEW (widget);

  GTK_WIDGET_CLASS (readout_comparison_view_parent_class)->realize (widget);
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (after_paint_cb), self);
}

static void
readout_comparison_view_unrealize (GtkWidget *widget)
{
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (widget), after_paint_cb, widget);
  GTK_WIDGET_CLASS (readout_comparison_view_parent_class)->unrealize (widget);
}

void
_readout_comparison_view_notify_selected (ReadoutComparisonView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/* The comparison */

static void
clear_comparison (ReadoutComparisonView *self)
{
  if (self->comparison != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->comparison, self);
      g_signal_handlers_disconnect_by_data (readout_comparison_get_parties (self->comparison), self);
      g_signal_handlers_disconnect_by_data (readout_comparison_get_topics (self->comparison), self);
    }
  g_clear_handle_id (&self->counts_idle, g_source_remove);
  g_clear_handle_id (&self->focus_tick, g_source_remove);
  g_clear_handle_id (&self->edit_idle, g_source_remove);
  if (self->rename_dialog != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self->rename_dialog));
      g_clear_weak_pointer (&self->rename_dialog);
    }
  gtk_filter_list_model_set_model (self->topics, NULL);
  g_clear_object (&self->comparison);
  g_list_store_remove_all (self->order);
  g_list_store_remove_all (self->columns);
  g_hash_table_remove_all (self->hidden);
  g_hash_table_remove_all (self->party_index);
}

static void
comparison_changed_cb (ReadoutComparisonView *self)
{
  _readout_comparison_view_queue_counts (self);
}

static void
topics_changed_cb (GListModel            *topics,
                   guint                  position,
                   guint                  removed,
                   guint                  added,
                   ReadoutComparisonView *self)
{
  _readout_comparison_view_queue_counts (self);
  _readout_comparison_view_update_pages (self);
}

void
readout_comparison_view_set_comparison (ReadoutComparisonView *self,
                                        ReadoutComparison     *comparison)
{
  GListModel *parties;

  g_return_if_fail (READOUT_IS_COMPARISON_VIEW (self));
  g_return_if_fail (comparison == NULL || READOUT_IS_COMPARISON (comparison));

  if (self->comparison == comparison)
    return;

  _readout_comparison_view_select (self, NULL, FALSE);
  clear_comparison (self);

  if (comparison != NULL)
    {
      self->comparison = g_object_ref (comparison);
      parties = readout_comparison_get_parties (comparison);
      g_signal_connect (parties, "items-changed", G_CALLBACK (_readout_comparison_view_parties_changed), self);
      g_signal_connect (readout_comparison_get_topics (comparison), "items-changed",
                        G_CALLBACK (topics_changed_cb), self);
      /* The engine's summary signal, where it has one. */
      if (g_signal_lookup ("changed", READOUT_TYPE_COMPARISON) != 0)
        g_signal_connect_swapped (comparison, "changed", G_CALLBACK (comparison_changed_cb), self);
      g_signal_connect_swapped (comparison, "notify::can-undo", G_CALLBACK (comparison_changed_cb), self);
      g_signal_connect_swapped (comparison, "notify::can-redo", G_CALLBACK (comparison_changed_cb), self);
      _readout_comparison_view_parties_changed (parties, 0, 0, g_list_model_get_n_items (parties), self);
      gtk_filter_list_model_set_model (self->topics, readout_comparison_get_topics (comparison));
    }
  else
    _readout_comparison_view_columns_changed (self);

  _readout_comparison_view_update_pages (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}

ReadoutComparison *
readout_comparison_view_get_comparison (ReadoutComparisonView *self)
{
  g_return_val_if_fail (READOUT_IS_COMPARISON_VIEW (self), NULL);

  return self->comparison;
}

/* Filter */

void
readout_comparison_view_set_filter (ReadoutComparisonView *self,
                                    const char            *text)
{
  GHashTableIter iter;
  gpointer row;

  g_return_if_fail (READOUT_IS_COMPARISON_VIEW (self));

  if (text != NULL && *text == '\0')
    text = NULL;
  if (g_strcmp0 (self->filter_text, text) == 0)
    return;

  g_free (self->filter_text);
  g_free (self->filter_key);
  self->filter_text = g_strdup (text);
  self->filter_key = text != NULL ? g_utf8_casefold (text, -1) : NULL;

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    readout_topic_row_refilter (row);
  _readout_comparison_view_update_pages (self);
  _readout_comparison_view_update_card_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
}

const char *
readout_comparison_view_get_filter (ReadoutComparisonView *self)
{
  g_return_val_if_fail (READOUT_IS_COMPARISON_VIEW (self), NULL);

  return self->filter_text;
}

GListModel *
readout_comparison_view_get_columns (ReadoutComparisonView *self)
{
  g_return_val_if_fail (READOUT_IS_COMPARISON_VIEW (self), NULL);

  return G_LIST_MODEL (self->columns);
}

gboolean
readout_comparison_view_get_party_style (ReadoutComparisonView *self,
                                         ReadoutParty          *party,
                                         GdkRGBA               *color,
                                         int                   *marker_index)
{
  int index;

  g_return_val_if_fail (READOUT_IS_COMPARISON_VIEW (self), FALSE);

  index = _readout_comparison_view_get_party_index (self, party);
  if (index < 0)
    return FALSE;
  if (color != NULL)
    readout_party_color_rgba (readout_party_color_index (index), color);
  if (marker_index != NULL)
    *marker_index = readout_party_marker_index (index);
  return TRUE;
}

gboolean
readout_comparison_view_is_no_party (ReadoutComparisonView *self,
                                     ReadoutParty          *party)
{
  g_return_val_if_fail (READOUT_IS_COMPARISON_VIEW (self), FALSE);

  return party != NULL && party == self->no_party;
}

GActionGroup *
readout_comparison_view_get_card_actions (ReadoutComparisonView *self)
{
  g_return_val_if_fail (READOUT_IS_COMPARISON_VIEW (self), NULL);

  return G_ACTION_GROUP (self->card_actions);
}

/* GObject */

static void
topics_items_changed_cb (GListModel            *model,
                         guint                  position,
                         guint                  removed,
                         guint                  added,
                         ReadoutComparisonView *self)
{
  _readout_comparison_view_update_pages (self);
  _readout_comparison_view_update_card_actions (self);
}

static void
readout_comparison_view_dispose (GObject *object)
{
  ReadoutComparisonView *self = (ReadoutComparisonView *)object;

  clear_comparison (self);
  g_clear_object (&self->selected);
  /* AdwBin unparents its child itself; the template must not as well. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), READOUT_TYPE_COMPARISON_VIEW);
  g_clear_object (&self->topics);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (readout_comparison_view_parent_class)->dispose (object);
}

static void
readout_comparison_view_finalize (GObject *object)
{
  ReadoutComparisonView *self = (ReadoutComparisonView *)object;

  g_clear_object (&self->order);
  g_clear_object (&self->no_party);
  g_clear_object (&self->columns);
  g_clear_object (&self->card_actions);
  g_clear_weak_pointer (&self->rename_dialog);
  g_clear_pointer (&self->hidden, g_hash_table_unref);
  g_clear_pointer (&self->party_index, g_hash_table_unref);
  g_clear_pointer (&self->cards, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_free (self->filter_text);
  g_free (self->filter_key);

  G_OBJECT_CLASS (readout_comparison_view_parent_class)->finalize (object);
}

static void
readout_comparison_view_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  ReadoutComparisonView *self = READOUT_COMPARISON_VIEW (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;

    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;

    case PROP_FILTER:
      g_value_set_string (value, self->filter_text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_comparison_view_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  ReadoutComparisonView *self = READOUT_COMPARISON_VIEW (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      readout_comparison_view_set_comparison (self, g_value_get_object (value));
      break;

    case PROP_SELECTED:
      readout_comparison_view_select_statement (self, g_value_get_object (value));
      break;

    case PROP_FILTER:
      readout_comparison_view_set_filter (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_comparison_view_class_init (ReadoutComparisonViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = readout_comparison_view_dispose;
  object_class->finalize = readout_comparison_view_finalize;
  object_class->get_property = readout_comparison_view_get_property;
  object_class->set_property = readout_comparison_view_set_property;

  widget_class->realize = readout_comparison_view_realize;
  widget_class->unrealize = readout_comparison_view_unrealize;

  properties [PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL,
                         READOUT_TYPE_COMPARISON,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL,
                         READOUT_TYPE_STATEMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_FILTER] =
    g_param_spec_string ("filter", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/readout/Readout/readout-comparison-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ReadoutComparisonView, stack);
  gtk_widget_class_bind_template_child (widget_class, ReadoutComparisonView, header_scroller);
  gtk_widget_class_bind_template_child (widget_class, ReadoutComparisonView, header_box);
  gtk_widget_class_bind_template_child (widget_class, ReadoutComparisonView, show_hidden_button);
  gtk_widget_class_bind_template_child (widget_class, ReadoutComparisonView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, ReadoutComparisonView, scroller);
  gtk_widget_class_bind_template_child (widget_class, ReadoutComparisonView, list_view);

  _readout_comparison_view_class_actions_init (widget_class);
  _readout_comparison_view_class_topics_init (widget_class);
}

static void
readout_comparison_view_init (ReadoutComparisonView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  self->order = g_list_store_new (READOUT_TYPE_PARTY);
  self->no_party = g_object_new (READOUT_TYPE_PARTY, NULL);
  self->columns = g_list_store_new (READOUT_TYPE_PARTY);
  self->hidden = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->party_index = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->cards = g_hash_table_new (NULL, NULL);
  self->rows = g_hash_table_new (NULL, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* One horizontal position for headers and rows. */
  gtk_scrolled_window_set_hadjustment (self->header_scroller,
                                       gtk_scrolled_window_get_hadjustment (self->scroller));

  self->filter = gtk_custom_filter_new (topic_filter_func, self, NULL);
  self->topics = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect (self->topics, "items-changed", G_CALLBACK (topics_items_changed_cb), self);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->topics)));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));

  _readout_comparison_view_actions_init (self);
  _readout_comparison_view_update_pages (self);
}
