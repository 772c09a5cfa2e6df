/* readout-comparison-view-columns.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view's columns: which parties show in which order (view state, not
 * the engine's), their headers with colour, marker and statement count,
 * and reordering by dragging one header onto another.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "readout-comparison-view-private.h"
#include "readout-topic-row.h"

static GtkWidget *make_header (ReadoutComparisonView *self,
                               ReadoutParty          *party,
                               guint                  position,
                               guint                  n_columns);

static guint
count_statements (ReadoutComparisonView *self,
                  ReadoutParty          *party)
{
  GListModel *topics = readout_comparison_get_topics (self->comparison);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(ReadoutTopic) topic = g_list_model_get_item (topics, i);

      n += g_list_model_get_n_items (_readout_comparison_view_get_cell (self, topic, party));
    }
  return n;
}

void
_readout_comparison_view_rebuild_headers (ReadoutComparisonView *self)
{
  GListModel *columns = G_LIST_MODEL (self->columns);
  guint n = g_list_model_get_n_items (columns);
  guint n_hidden = g_hash_table_size (self->hidden);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->header_box))) != NULL)
    gtk_box_remove (self->header_box, child);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (columns, i);

      gtk_box_append (self->header_box, make_header (self, party, i, n));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->show_hidden_button), n_hidden > 0);
  if (n_hidden > 0)
    {
      /* Translators: a button that shows the columns the user hid. */
      g_autofree char *label = g_strdup_printf (ngettext ("Show %u Hidden Column",
                                                          "Show %u Hidden Columns", n_hidden),
                                                n_hidden);

      gtk_button_set_label (self->show_hidden_button, label);
    }
}

static void
header_drag_begin_cb (GtkDragSource *source,
                      GdkDrag       *drag,
                      GtkWidget     *header)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (header);

  gtk_drag_source_set_icon (source, paintable, 16, 16);
}

/* Dropping a header on another puts its column in that one's place. */
static gboolean
header_drop_cb (GtkDropTarget         *target,
                const GValue          *value,
                double                 x,
                double                 y,
                ReadoutComparisonView *self)
{
  GtkWidget *header = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  ReadoutParty *onto = g_object_get_data (G_OBJECT (header), "readout-party");
  ReadoutParty *dragged;
  guint from, to;

  if (!G_VALUE_HOLDS (value, READOUT_TYPE_PARTY) || (dragged = g_value_get_object (value)) == NULL)
    return FALSE;
  if (dragged == onto ||
      !g_list_store_find (self->order, dragged, &from) ||
      !g_list_store_find (self->order, onto, &to))
    return FALSE;

  g_object_ref (dragged);
  g_list_store_remove (self->order, from);
  /* After the removal, @to is the target's place when moving left and
   * one past it when moving right. */
  g_list_store_insert (self->order, to, dragged);
  g_object_unref (dragged);
  _readout_comparison_view_columns_changed (self);
  return TRUE;
}

static GMenuModel *
header_menu (const char *id,
             guint       position,
             guint       n_columns)
{
  GMenu *menu = g_menu_new ();
  GMenu *move = g_menu_new ();
  g_autoptr(GMenuItem) left = g_menu_item_new (_("Move _Left"), NULL);
  g_autoptr(GMenuItem) right = g_menu_item_new (_("Move _Right"), NULL);
  g_autoptr(GMenuItem) hide = g_menu_item_new (_("_Hide Column"), NULL);

  g_menu_item_set_action_and_target (left, "view.move-party-left", "s", id);
  g_menu_item_set_action_and_target (right, "view.move-party-right", "s", id);
  g_menu_item_set_action_and_target (hide, "view.hide-party", "s", id);
  if (position > 0)
    g_menu_append_item (move, left);
  if (position + 1 < n_columns)
    g_menu_append_item (move, right);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (move));
  if (n_columns > 1)
    g_menu_append_item (menu, hide);
  g_object_unref (move);
  return G_MENU_MODEL (menu);
}

static GtkWidget *
make_header (ReadoutComparisonView *self,
             ReadoutParty          *party,
             guint                  position,
             guint                  n_columns)
{
  int index = _readout_comparison_view_get_party_index (self, party);
  guint n = count_statements (self, party);
  const char *name = _readout_comparison_view_party_name (self, party);
  const char *id = _readout_comparison_view_party_id (self, party);
  GtkWidget *header = g_object_new (GTK_TYPE_BOX,
                                    "orientation", GTK_ORIENTATION_HORIZONTAL,
                                    "spacing", 8,
                                    "accessible-role", GTK_ACCESSIBLE_ROLE_COLUMN_HEADER,
                                    NULL);
  GtkWidget *marker = gtk_label_new (index >= 0 ? readout_party_marker_glyph (readout_party_marker_index (index))
                                                : "○");
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (name);
  GtkWidget *subtitle;
  GtkWidget *button = gtk_menu_button_new ();
  g_autoptr(GMenuModel) menu = header_menu (id, position, n_columns);
  g_autofree char *css = index >= 0 ? g_strdup_printf ("party-%u", readout_party_color_index (index))
                                    : g_strdup ("party-none");
  g_autofree char *sub = index >= 0 ? g_strdup_printf ("%s · %u", id, n) : g_strdup_printf ("%u", n);
  /* Translators: a column's header as a screen reader says it:
   * "Russia · RUS · 12 statements". */
  g_autofree char *summary = index >= 0 ? g_strdup_printf (ngettext ("%s · %s · %u statement",
                                                                     "%s · %s · %u statements", n),
                                                           name, id, n)
  /* Translators: the header of the column of statements without a
   * party: "No Party · 3 statements". */
                                        : g_strdup_printf (ngettext ("%s · %u statement",
                                                                     "%s · %u statements", n),
                                                           name, n);
  GtkDragSource *source;
  GtkDropTarget *target;

  gtk_widget_set_size_request (header, READOUT_COLUMN_WIDTH, -1);
  gtk_widget_add_css_class (header, "party-header");
  gtk_widget_add_css_class (header, css);
  g_object_set_data (G_OBJECT (header), "readout-party", party);
  gtk_widget_set_tooltip_text (header, summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (header),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, summary,
                                  -1);

  gtk_widget_add_css_class (marker, "party-marker");
  gtk_accessible_update_property (GTK_ACCESSIBLE (marker),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_box_append (GTK_BOX (header), marker);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (titles), title);
  subtitle = gtk_label_new (sub);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "numeric");
  gtk_box_append (GTK_BOX (titles), subtitle);
  gtk_widget_set_hexpand (titles, TRUE);
  gtk_widget_set_valign (titles, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (header), titles);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), menu);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  {
    /* Translators: the menu button of a column; %s is the party. */
    g_autofree char *tip = g_strdup_printf (_("%s Column"), name);

    gtk_widget_set_tooltip_text (button, tip);
  }
  gtk_box_append (GTK_BOX (header), button);

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  {
    g_autoptr(GdkContentProvider) content = gdk_content_provider_new_typed (READOUT_TYPE_PARTY, party);

    gtk_drag_source_set_content (source, content);
  }
  g_signal_connect (source, "drag-begin", G_CALLBACK (header_drag_begin_cb), header);
  gtk_widget_add_controller (header, GTK_EVENT_CONTROLLER (source));

  target = gtk_drop_target_new (READOUT_TYPE_PARTY, GDK_ACTION_MOVE);
  g_signal_connect (target, "drop", G_CALLBACK (header_drop_cb), self);
  gtk_widget_add_controller (header, GTK_EVENT_CONTROLLER (target));
  return header;
}

int
_readout_comparison_view_get_party_index (ReadoutComparisonView *self,
                                          ReadoutParty          *party)
{
  gpointer value = party != NULL ? g_hash_table_lookup (self->party_index, party) : NULL;

  return value != NULL ? GPOINTER_TO_INT (value) - 1 : -1;
}

void
_readout_comparison_view_columns_changed (ReadoutComparisonView *self)
{
  GListModel *order = G_LIST_MODEL (self->order);
  GHashTableIter iter;
  gpointer row;

  g_list_store_remove_all (self->columns);
  for (guint i = 0; i < g_list_model_get_n_items (order); i++)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (order, i);

      if (!g_hash_table_contains (self->hidden, party))
        g_list_store_append (self->columns, party);
    }

  g_clear_handle_id (&self->counts_idle, g_source_remove);
  _readout_comparison_view_rebuild_headers (self);
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    readout_topic_row_rebuild (row);
  if (self->filter_key != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  _readout_comparison_view_update_card_actions (self);
  _readout_comparison_view_update_pages (self);
}

/* Parties come and go with edits (a party's first or last statement):
 * keep the user's order for the others, new ones go to the end. */
void
_readout_comparison_view_parties_changed (GListModel            *parties,
                    guint                  position,
                    guint                  removed,
                    guint                  added,
                    ReadoutComparisonView *self)
{
  guint n = g_list_model_get_n_items (parties);
  guint next_index = g_hash_table_size (self->party_index);

  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (self->order)); i > 0; i--)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (G_LIST_MODEL (self->order), i - 1);
      guint found;

      if (!_readout_list_model_find (parties, party, &found))
        {
          g_hash_table_remove (self->hidden, party);
          g_list_store_remove (self->order, i - 1);
        }
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (parties, i);
      guint found;

      if (!g_hash_table_contains (self->party_index, party))
        g_hash_table_insert (self->party_index, g_object_ref (party), GINT_TO_POINTER (++next_index));
      if (!g_list_store_find (self->order, party, &found))
        g_list_store_append (self->order, party);
    }
  _readout_comparison_view_sync_no_party (self);
  _readout_comparison_view_columns_changed (self);
}

gboolean
_readout_comparison_view_sync_no_party (ReadoutComparisonView *self)
{
  gboolean wanted = FALSE;
  guint position;
  gboolean present = g_list_store_find (self->order, self->no_party, &position);

  if (self->comparison != NULL)
    {
      GListModel *topics = readout_comparison_get_topics (self->comparison);

      for (guint i = 0; i < g_list_model_get_n_items (topics) && !wanted; i++)
        {
          g_autoptr(ReadoutTopic) topic = g_list_model_get_item (topics, i);

          wanted = g_list_model_get_n_items (readout_comparison_get_cell (self->comparison, topic, NULL)) > 0;
        }
    }
  if (wanted == present)
    return FALSE;
  if (wanted)
    g_list_store_append (self->order, self->no_party);
  else
    {
      g_list_store_remove (self->order, position);
      g_hash_table_remove (self->hidden, self->no_party);
    }
  return TRUE;
}
