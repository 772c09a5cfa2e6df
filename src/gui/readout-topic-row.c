/* readout-topic-row.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row of the comparison's list: the topic's label and how the sides
 * relate on it, then one cell per visible column. The row only holds
 * cards while it is bound to a topic and near the screen (the view builds
 * it after a frame shows it there), so a long comparison costs as many
 * cards as fit on the screen. It watches its topic and its cells' models
 * and builds itself again (once, from an idle) when an edit changes them.
 * Its heading has a menu to rename the topic or merge it into another
 * ("topic.rename", "topic.merge" on the view).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "readout-comparison-view-private.h"
#include "readout-topic-row.h"

struct _ReadoutTopicRow
{
  GtkWidget              parent_instance;

  /* Template widgets */
  GtkBox                *heading;
  GtkImage              *relation_icon;
  GtkLabel              *topic_label;
  GtkLabel              *relation_label;
  GtkMenuButton         *menu_button;
  GtkBox                *cells_box;

  ReadoutComparisonView *view;
  ReadoutTopic          *topic;
  GPtrArray             *watched;   /* the cells' GListModels we listen to */
  char                  *relation_text;
  GMenu                 *menu;
  guint                  rebuild_idle;
  /* Cells exist only once the row has come near the screen: GtkListView
   * in GTK 4.8 keeps about 200 rows bound, far more than it shows. */
  gboolean               built;
};

G_DEFINE_FINAL_TYPE (ReadoutTopicRow, readout_topic_row, GTK_TYPE_WIDGET)

#define PARTY_KEY "readout-party"
#define GAP_KEY "readout-gap"

static void queue_rebuild (ReadoutTopicRow *self);

static void
model_changed_cb (GListModel      *model,
                  guint            position,
                  guint            removed,
                  guint            added,
                  ReadoutTopicRow *self)
{
  queue_rebuild (self);
}

static void
unwatch_all (ReadoutTopicRow *self)
{
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_func (self->watched->pdata[i], model_changed_cb, self);
  g_ptr_array_set_size (self->watched, 0);
}

static void
clear_cells (ReadoutTopicRow *self)
{
  GtkWidget *cell;

  unwatch_all (self);
  while ((cell = gtk_widget_get_first_child (GTK_WIDGET (self->cells_box))) != NULL)
    {
      for (GtkWidget *child = gtk_widget_get_first_child (cell);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (READOUT_IS_STATEMENT_CARD (child))
          _readout_comparison_view_remove_card (self->view, READOUT_STATEMENT_CARD (child));
      gtk_box_remove (self->cells_box, cell);
    }
}

/* The only party with statements on the topic, for "Only Russia spoke
 * on this"; NULL when there are none or several. */
static ReadoutParty *
sole_party (ReadoutTopicRow *self)
{
  ReadoutComparison *comparison = self->view->comparison;
  GListModel *parties = readout_comparison_get_parties (comparison);
  ReadoutParty *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (parties, i);

      if (g_list_model_get_n_items (readout_comparison_get_cell (comparison, self->topic, party)) == 0)
        continue;
      if (found != NULL)
        return NULL;
      found = party;
    }
  return found;
}

static void
update_heading (ReadoutTopicRow *self)
{
  const char *icon = NULL;
  g_autofree char *text = NULL;

  gtk_label_set_text (self->topic_label, readout_topic_get_label (self->topic));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->topic_label), readout_topic_get_label (self->topic));

  gtk_widget_remove_css_class (GTK_WIDGET (self), "diverge");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "converge");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "one-sided");
  switch (readout_topic_get_relation (self->topic))
    {
    case READOUT_RELATION_DIVERGE:
      icon = "object-flip-horizontal-symbolic";
      text = g_strdup (_("Positions diverge"));
      gtk_widget_add_css_class (GTK_WIDGET (self), "diverge");
      break;

    case READOUT_RELATION_CONVERGE:
      icon = "emblem-ok-symbolic";
      text = g_strdup (_("Both sides converge"));
      gtk_widget_add_css_class (GTK_WIDGET (self), "converge");
      break;

    case READOUT_RELATION_ONE_SIDED:
    default:
      {
        ReadoutParty *party = sole_party (self);

        icon = "sidebar-show-symbolic";
        if (party != NULL)
          /* Translators: a topic only one party spoke on; %s is the party. */
          text = g_strdup_printf (_("Only %s spoke on this"), readout_party_get_localized_name (party));
        else
          text = g_strdup (_("Only one side spoke on this"));
        gtk_widget_add_css_class (GTK_WIDGET (self), "one-sided");
      }
      break;
    }
  gtk_image_set_from_icon_name (self->relation_icon, icon);
  gtk_label_set_text (self->relation_label, text);
  g_free (self->relation_text);
  self->relation_text = g_steal_pointer (&text);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, readout_topic_get_label (self->topic),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->relation_text,
                                  -1);
}

/* Menu labels take underscores for mnemonics; a topic's must show. */
static char *
escape_underscores (const char *label)
{
  g_auto(GStrv) parts = g_strsplit (label != NULL ? label : "", "_", -1);

  return g_strjoinv ("__", parts);
}

/* Made when the menu opens: the other topics change with every merge. */
static void
update_menu (ReadoutTopicRow *self)
{
  ReadoutComparison *comparison = self->view != NULL ? self->view->comparison : NULL;
  g_autoptr(GMenu) merge = g_menu_new ();
  g_autoptr(GMenuItem) rename = NULL;
  GListModel *topics;
  const char *id;

  g_menu_remove_all (self->menu);
  if (self->topic == NULL || comparison == NULL)
    return;
  id = readout_topic_get_id (self->topic);

  rename = g_menu_item_new (_("_Rename Topic…"), NULL);
  g_menu_item_set_action_and_target_value (rename, "topic.rename", g_variant_new_string (id));
  g_menu_append_item (self->menu, rename);

  topics = readout_comparison_get_topics (comparison);
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(ReadoutTopic) other = g_list_model_get_item (topics, i);
      g_autoptr(GMenuItem) item = NULL;
      g_autofree char *label = NULL;

      if (other == self->topic)
        continue;
      label = escape_underscores (readout_topic_get_label (other));
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "topic.merge",
                                               g_variant_new ("(ss)", readout_topic_get_id (other), id));
      g_menu_append_item (merge, item);
    }
  if (g_menu_model_get_n_items (G_MENU_MODEL (merge)) > 0)
    g_menu_append_submenu (self->menu, _("_Merge Into"), G_MENU_MODEL (merge));
}

static void
menu_visible_cb (GtkWidget       *popover,
                 GParamSpec      *pspec,
                 ReadoutTopicRow *self)
{
  if (gtk_widget_get_visible (popover))
    update_menu (self);
}

static void
card_activate_cb (ReadoutStatementCard *card,
                  ReadoutTopicRow      *self)
{
  _readout_comparison_view_select (self->view, readout_statement_card_get_statement (card), FALSE);
}

/* Where among the cell's cards a drop at @y lands: the number of cards
 * (other than the dropped one) whose middle is above @y. */
static int
drop_position (GtkWidget        *cell,
               ReadoutStatement *dropped,
               double            y)
{
  int position = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (cell);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;

      if (!READOUT_IS_STATEMENT_CARD (child) ||
          readout_statement_card_get_statement (READOUT_STATEMENT_CARD (child)) == dropped)
        continue;
      if (!gtk_widget_compute_bounds (child, cell, &bounds))
        continue;
      if (y < bounds.origin.y + bounds.size.height / 2)
        break;
      position++;
    }
  return position;
}

static gboolean
drop_cb (GtkDropTarget   *target,
         const GValue    *value,
         double           x,
         double           y,
         ReadoutTopicRow *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  ReadoutParty *party = g_object_get_data (G_OBJECT (cell), PARTY_KEY);
  ReadoutStatement *statement;

  if (!G_VALUE_HOLDS (value, READOUT_TYPE_STATEMENT) || self->topic == NULL)
    return FALSE;
  statement = g_value_get_object (value);
  if (statement == NULL)
    return FALSE;
  return _readout_comparison_view_drop_statement (self->view, statement, self->topic, party,
                                                  drop_position (cell, statement, y));
}

static GtkWidget *
make_cell (ReadoutTopicRow *self,
           ReadoutParty    *party)
{
  ReadoutComparison *comparison = self->view->comparison;
  GListModel *model = _readout_comparison_view_get_cell (self->view, self->topic, party);
  ReadoutParty *engine_party = _readout_comparison_view_engine_party (self->view, party);
  const char *name = _readout_comparison_view_party_name (self->view, party);
  int index = _readout_comparison_view_get_party_index (self->view, party);
  guint n = g_list_model_get_n_items (model);
  GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  g_autofree char *css = index >= 0 ? g_strdup_printf ("party-%u", readout_party_color_index (index))
                                    : g_strdup ("party-none");
  GtkDropTarget *target;

  gtk_widget_set_size_request (cell, READOUT_COLUMN_WIDTH, -1);
  gtk_widget_add_css_class (cell, "comparison-cell");
  gtk_widget_add_css_class (cell, css);
  g_object_set_data (G_OBJECT (cell), PARTY_KEY, party);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);

  g_ptr_array_add (self->watched, model);
  g_signal_connect (model, "items-changed", G_CALLBACK (model_changed_cb), self);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutStatement) st = g_list_model_get_item (model, i);
      GtkWidget *card = readout_statement_card_new (comparison, st, engine_party, index);

      g_signal_connect (card, "activate", G_CALLBACK (card_activate_cb), self);
      gtk_box_append (GTK_BOX (cell), card);
      _readout_comparison_view_add_card (self->view, READOUT_STATEMENT_CARD (card));
    }

  /* The no-party column stays quiet where it has nothing. */
  if (n == 0 && engine_party != NULL)
    {
      /* Translators: an empty cell; %s is a party ("Russia"). */
      g_autofree char *text = g_strdup_printf (_("No statement from %s on this topic"), name);
      GtkWidget *gap = gtk_label_new (text);

      gtk_label_set_wrap (GTK_LABEL (gap), TRUE);
      gtk_label_set_xalign (GTK_LABEL (gap), 0);
      gtk_widget_set_valign (gap, GTK_ALIGN_START);
      gtk_widget_add_css_class (gap, "dim-label");
      gtk_widget_add_css_class (gap, "gap-label");
      g_object_set_data (G_OBJECT (cell), GAP_KEY, gap);
      gtk_box_append (GTK_BOX (cell), gap);
    }

  target = gtk_drop_target_new (READOUT_TYPE_STATEMENT, GDK_ACTION_MOVE);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (cell, GTK_EVENT_CONTROLLER (target));
  return cell;
}

void
readout_topic_row_refilter (ReadoutTopicRow *self)
{
  g_return_if_fail (READOUT_IS_TOPIC_ROW (self));

  for (GtkWidget *cell = gtk_widget_get_first_child (GTK_WIDGET (self->cells_box));
       cell != NULL;
       cell = gtk_widget_get_next_sibling (cell))
    {
      ReadoutParty *party = g_object_get_data (G_OBJECT (cell), PARTY_KEY);

      for (GtkWidget *child = gtk_widget_get_first_child (cell);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (READOUT_IS_STATEMENT_CARD (child))
          {
            ReadoutStatement *st = readout_statement_card_get_statement (READOUT_STATEMENT_CARD (child));

            gtk_widget_set_visible (child, _readout_comparison_view_statement_matches (self->view, st, party));
          }
    }
}

/* Until the row is built, it is as tall as a row of one card, so that
 * the list's scroll estimates hold roughly. */
#define UNBUILT_HEIGHT 120

void
readout_topic_row_rebuild (ReadoutTopicRow *self)
{
  GListModel *columns;

  g_return_if_fail (READOUT_IS_TOPIC_ROW (self));

  g_clear_handle_id (&self->rebuild_idle, g_source_remove);
  clear_cells (self);
  if (self->topic == NULL || self->view->comparison == NULL)
    {
      self->built = FALSE;
      return;
    }

  /* Even the heading waits: 200 rows of labels cost a frame. */
  gtk_widget_set_visible (GTK_WIDGET (self->heading), self->built);
  gtk_widget_set_size_request (GTK_WIDGET (self->cells_box), -1, self->built ? -1 : UNBUILT_HEIGHT);
  if (!self->built)
    return;
  update_heading (self);

  columns = G_LIST_MODEL (self->view->columns);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (columns, i);

      gtk_box_append (self->cells_box, make_cell (self, party));
    }
  readout_topic_row_refilter (self);
}

static gboolean
rebuild_idle_cb (gpointer data)
{
  ReadoutTopicRow *self = data;

  self->rebuild_idle = 0;
  readout_topic_row_rebuild (self);
  return G_SOURCE_REMOVE;
}

/* Edits come in bursts (a card leaves one cell and enters another), and
 * a drop handler may be running on a cell of this row: build later. */
static void
queue_rebuild (ReadoutTopicRow *self)
{
  _readout_comparison_view_queue_counts (self->view);
  if (self->rebuild_idle == 0)
    self->rebuild_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 15, rebuild_idle_cb, self, NULL);
}

static void
topic_notify_cb (ReadoutTopic    *topic,
                 GParamSpec      *pspec,
                 ReadoutTopicRow *self)
{
  /* A new label or relation leaves the cards (and an open editor on
   * one of them) alone. */
  if (self->built && self->rebuild_idle == 0 &&
      (g_strcmp0 (pspec->name, "label") == 0 || g_strcmp0 (pspec->name, "relation") == 0))
    {
      update_heading (self);
      return;
    }
  queue_rebuild (self);
}

static void
topic_statements_changed_cb (GListModel      *model,
                             guint            position,
                             guint            removed,
                             guint            added,
                             ReadoutTopicRow *self)
{
  queue_rebuild (self);
}

void
readout_topic_row_set_topic (ReadoutTopicRow *self,
                             ReadoutTopic    *topic)
{
  g_return_if_fail (READOUT_IS_TOPIC_ROW (self));
  g_return_if_fail (topic == NULL || READOUT_IS_TOPIC (topic));

  if (self->topic == topic)
    return;

  if (self->topic != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->topic, self);
      g_signal_handlers_disconnect_by_data (readout_topic_get_statements (self->topic), self);
      g_clear_object (&self->topic);
      _readout_comparison_view_row_bound (self->view, GTK_WIDGET (self), FALSE);
    }

  g_set_object (&self->topic, topic);

  self->built = FALSE;
  if (topic != NULL)
    {
      g_signal_connect (topic, "notify", G_CALLBACK (topic_notify_cb), self);
      g_signal_connect (readout_topic_get_statements (topic), "items-changed",
                        G_CALLBACK (topic_statements_changed_cb), self);
      _readout_comparison_view_row_bound (self->view, GTK_WIDGET (self), TRUE);
    }
  readout_topic_row_rebuild (self);
}

gboolean
readout_topic_row_get_built (ReadoutTopicRow *self)
{
  g_return_val_if_fail (READOUT_IS_TOPIC_ROW (self), FALSE);

  return self->built;
}

void
readout_topic_row_build (ReadoutTopicRow *self)
{
  g_return_if_fail (READOUT_IS_TOPIC_ROW (self));

  if (self->built || self->topic == NULL)
    return;
  self->built = TRUE;
  readout_topic_row_rebuild (self);
}

ReadoutTopic *
readout_topic_row_get_topic (ReadoutTopicRow *self)
{
  g_return_val_if_fail (READOUT_IS_TOPIC_ROW (self), NULL);

  return self->topic;
}

void
readout_topic_row_set_band (ReadoutTopicRow *self,
                            gboolean         band)
{
  g_return_if_fail (READOUT_IS_TOPIC_ROW (self));

  if (band)
    gtk_widget_add_css_class (GTK_WIDGET (self), "band");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "band");
}

GtkWidget *
readout_topic_row_get_cell (ReadoutTopicRow *self,
                            ReadoutParty    *party)
{
  g_return_val_if_fail (READOUT_IS_TOPIC_ROW (self), NULL);

  for (GtkWidget *cell = gtk_widget_get_first_child (GTK_WIDGET (self->cells_box));
       cell != NULL;
       cell = gtk_widget_get_next_sibling (cell))
    if (g_object_get_data (G_OBJECT (cell), PARTY_KEY) == party)
      return cell;
  return NULL;
}

GMenuModel *
readout_topic_row_get_menu (ReadoutTopicRow *self)
{
  g_return_val_if_fail (READOUT_IS_TOPIC_ROW (self), NULL);

  update_menu (self);
  return G_MENU_MODEL (self->menu);
}

const char *
readout_topic_row_get_relation_text (ReadoutTopicRow *self)
{
  g_return_val_if_fail (READOUT_IS_TOPIC_ROW (self), NULL);

  return self->relation_text;
}

static void
readout_topic_row_dispose (GObject *object)
{
  ReadoutTopicRow *self = (ReadoutTopicRow *)object;

  if (self->view != NULL)
    readout_topic_row_set_topic (self, NULL);
  g_clear_handle_id (&self->rebuild_idle, g_source_remove);
  if (self->view != NULL)
    clear_cells (self);
  g_clear_weak_pointer (&self->view);
  gtk_widget_dispose_template (GTK_WIDGET (self), READOUT_TYPE_TOPIC_ROW);

  G_OBJECT_CLASS (readout_topic_row_parent_class)->dispose (object);
}

static void
readout_topic_row_finalize (GObject *object)
{
  ReadoutTopicRow *self = (ReadoutTopicRow *)object;

  g_clear_pointer (&self->watched, g_ptr_array_unref);
  g_clear_object (&self->menu);
  g_free (self->relation_text);

  G_OBJECT_CLASS (readout_topic_row_parent_class)->finalize (object);
}

static void
readout_topic_row_class_init (ReadoutTopicRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = readout_topic_row_dispose;
  object_class->finalize = readout_topic_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/readout/Readout/readout-topic-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ReadoutTopicRow, heading);
  gtk_widget_class_bind_template_child (widget_class, ReadoutTopicRow, relation_icon);
  gtk_widget_class_bind_template_child (widget_class, ReadoutTopicRow, topic_label);
  gtk_widget_class_bind_template_child (widget_class, ReadoutTopicRow, relation_label);
  gtk_widget_class_bind_template_child (widget_class, ReadoutTopicRow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, ReadoutTopicRow, cells_box);
  gtk_widget_class_set_css_name (widget_class, "topicrow");
}

static void
readout_topic_row_init (ReadoutTopicRow *self)
{
  self->watched = g_ptr_array_new ();
  self->menu = g_menu_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_menu_model (self->menu_button, G_MENU_MODEL (self->menu));
  g_signal_connect (gtk_menu_button_get_popover (self->menu_button), "notify::visible",
                    G_CALLBACK (menu_visible_cb), self);
}

GtkWidget *
readout_topic_row_new (ReadoutComparisonView *view)
{
  ReadoutTopicRow *self;

  g_return_val_if_fail (READOUT_IS_COMPARISON_VIEW (view), NULL);

  self = g_object_new (READOUT_TYPE_TOPIC_ROW, NULL);
  g_set_weak_pointer (&self->view, view);
  return GTK_WIDGET (self);
}
