/* readout-window-layout.c — the window's layout in the session: size,
 * pane, selected document, and the comparison's column order and
 * visibility
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The session keeps a JSON object the window owns. The size and the pane
 * are stored when the session is saved or a draft written, and are not
 * edits; a change of the columns by the user is one, stored at once.
 */

#include "config.h"

#include "readout-window-private.h"

static gboolean
get_int_member (JsonObject *object,
                const char *name,
                gint64     *value)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 &&
       json_node_get_value_type (node) != G_TYPE_DOUBLE))
    return FALSE;
  *value = json_node_get_value_type (node) == G_TYPE_INT64
           ? json_node_get_int (node) : (gint64) json_node_get_double (node);
  return TRUE;
}

static JsonObject *
get_object_member (JsonObject *object,
                   const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* Setting an equal value would still count as a change, and a draft. */
static void
set_layout_member (ReadoutWindow *self,
                   const char    *name,
                   JsonNode      *node,
                   gboolean       is_edit)
{
  JsonObject *layout = readout_session_get_layout (self->session);
  JsonNode *old = layout != NULL ? json_object_get_member (layout, name) : NULL;

  if (old != NULL && json_node_equal (old, node))
    {
      json_node_unref (node);
      return;
    }
  readout_session_set_layout_member (self->session, name, node, is_edit);
}

static GtkPaned *
get_paned (ReadoutWindow *self)
{
  return GTK_PANED (gtk_widget_get_ancestor (GTK_WIDGET (self->article_view), GTK_TYPE_PANED));
}

static gboolean columns_idle_cb (gpointer data);

void
_readout_window_store_layout (ReadoutWindow *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint selected = gtk_single_selection_get_selected (self->selection);
  GtkPaned *paned = get_paned (self);
  int width, height;

  if (readout_session_get_comparison (self->session) == NULL)
    return;
  /* A change of the columns not stored yet goes into this save. */
  if (self->columns_idle != 0)
    {
      g_clear_handle_id (&self->columns_idle, g_source_remove);
      columns_idle_cb (self);
    }

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "width");
  json_builder_add_int_value (builder, width);
  json_builder_set_member_name (builder, "height");
  json_builder_add_int_value (builder, height);
  json_builder_set_member_name (builder, "maximized");
  json_builder_add_boolean_value (builder, gtk_window_is_maximized (GTK_WINDOW (self)));
  json_builder_end_object (builder);
  set_layout_member (self, "window", json_builder_get_root (builder), FALSE);

  if (paned != NULL)
    {
      JsonNode *node = json_node_new (JSON_NODE_VALUE);

      json_node_set_int (node, gtk_paned_get_position (paned));
      set_layout_member (self, "pane", node, FALSE);
    }
  if (selected != GTK_INVALID_LIST_POSITION)
    {
      JsonNode *node = json_node_new (JSON_NODE_VALUE);

      json_node_set_int (node, selected);
      set_layout_member (self, "document", node, FALSE);
    }
}

void
_readout_window_apply_layout (ReadoutWindow *self)
{
  JsonObject *layout = readout_session_get_layout (self->session);
  JsonObject *window = get_object_member (layout, "window");
  gint64 width, height, value;
  JsonNode *maximized = window != NULL ? json_object_get_member (window, "maximized") : NULL;
  GtkPaned *paned = get_paned (self);

  if (get_int_member (window, "width", &width) && get_int_member (window, "height", &height) &&
      width > 0 && height > 0 && width < 100000 && height < 100000)
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (maximized != NULL && JSON_NODE_HOLDS_VALUE (maximized) &&
      json_node_get_value_type (maximized) == G_TYPE_BOOLEAN && json_node_get_boolean (maximized))
    gtk_window_maximize (GTK_WINDOW (self));
  if (paned != NULL && get_int_member (layout, "pane", &value) && value >= 0 && value < 100000)
    gtk_paned_set_position (paned, value);
  if (get_int_member (layout, "document", &value) &&
      value >= 0 && value < g_list_model_get_n_items (G_LIST_MODEL (self->documents)))
    gtk_single_selection_set_selected (self->selection, value);
}

/* Columns: {"order": [visible party ids], "hidden": [party ids]}, the
 * ids of the comparison view's actions ("none" for the no-party column). */

static const char *
column_id (ReadoutWindow *self,
           ReadoutParty  *party)
{
  if (readout_comparison_view_is_no_party (self->comparison_view, party))
    return "none";
  return readout_party_get_id (party);
}

static gboolean
has_statement_without_party (ReadoutComparison *comparison)
{
  GListModel *statements = readout_comparison_get_statements (comparison);

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ReadoutStatement) st = g_list_model_get_item (statements, i);

      if (readout_statement_get_party (st) == NULL)
        return TRUE;
    }
  return FALSE;
}

/* @as_default: the order a new comparison shows, nothing hidden. The
 * no-party column in its own place, last, is left out of "order". */
static JsonNode *
columns_to_json (ReadoutWindow *self,
                 gboolean       as_default)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GHashTable) visible = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *columns = readout_comparison_view_get_columns (self->comparison_view);
  GListModel *parties = readout_comparison_get_parties (self->comparison);
  guint n_columns = g_list_model_get_n_items (columns);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "order");
  json_builder_begin_array (builder);
  for (guint i = 0; i < (as_default ? g_list_model_get_n_items (parties) : n_columns); i++)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (as_default ? parties : columns, i);
      const char *id = column_id (self, party);

      if (id == NULL)
        continue;
      g_hash_table_add (visible, (gpointer) id);
      if (!(g_str_equal (id, "none") && i + 1 == n_columns))
        json_builder_add_string_value (builder, id);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "hidden");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (parties) && !as_default; i++)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (parties, i);
      const char *id = readout_party_get_id (party);

      if (id != NULL && !g_hash_table_contains (visible, id))
        json_builder_add_string_value (builder, id);
    }
  if (!as_default && !g_hash_table_contains (visible, "none") &&
      has_statement_without_party (self->comparison))
    json_builder_add_string_value (builder, "none");
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static guint
column_position (ReadoutWindow *self,
                 const char    *id)
{
  GListModel *columns = readout_comparison_view_get_columns (self->comparison_view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (columns, i);

      if (g_strcmp0 (column_id (self, party), id) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Through the view's own actions, so the view keeps its invariants. */
void
_readout_window_restore_columns (ReadoutWindow *self)
{
  JsonObject *columns = get_object_member (readout_session_get_layout (self->session), "columns");
  JsonNode *hidden = columns != NULL ? json_object_get_member (columns, "hidden") : NULL;
  JsonNode *order = columns != NULL ? json_object_get_member (columns, "order") : NULL;
  GtkWidget *view = GTK_WIDGET (self->comparison_view);
  guint placed = 0;

  if (self->comparison == NULL || columns == NULL)
    return;

  self->restoring_columns = TRUE;
  if (hidden != NULL && JSON_NODE_HOLDS_ARRAY (hidden))
    {
      JsonArray *array = json_node_get_array (hidden);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
            gtk_widget_activate_action (view, "view.hide-party", "s", json_node_get_string (node));
        }
    }
  if (order != NULL && JSON_NODE_HOLDS_ARRAY (order))
    {
      JsonArray *array = json_node_get_array (order);

      /* Each one in turn moves left until it follows those placed before. */
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          const char *id;
          guint position;

          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
            continue;
          id = json_node_get_string (node);
          position = column_position (self, id);
          if (position == GTK_INVALID_LIST_POSITION)
            continue;
          for (; position > placed; position--)
            gtk_widget_activate_action (view, "view.move-party-left", "s", id);
          placed++;
        }
    }
  self->restoring_columns = FALSE;
}

/* The columns as the user left them: stored only when they differ from
 * what is stored, or, with nothing stored, from a new comparison's. */
static gboolean
columns_idle_cb (gpointer data)
{
  ReadoutWindow *self = data;
  JsonObject *layout;
  JsonNode *old;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) fresh = NULL;

  self->columns_idle = 0;
  if (self->comparison == NULL || self->comparison != readout_session_get_comparison (self->session))
    return G_SOURCE_REMOVE;
  layout = readout_session_get_layout (self->session);
  old = layout != NULL ? json_object_get_member (layout, "columns") : NULL;
  node = columns_to_json (self, FALSE);
  if (old == NULL)
    old = fresh = columns_to_json (self, TRUE);
  if (json_node_equal (old, node))
    return G_SOURCE_REMOVE;

  self->columns_edited = TRUE;
  readout_session_set_layout_member (self->session, "columns", g_steal_pointer (&node), TRUE);
  _readout_window_update_title (self);
  return G_SOURCE_REMOVE;
}

static void
columns_changed_cb (ReadoutWindow *self)
{
  if (self->restoring_columns || self->columns_idle != 0)
    return;
  self->columns_idle = g_idle_add (columns_idle_cb, self);
}

void
_readout_window_layout_init (ReadoutWindow *self)
{
  g_signal_connect_object (readout_comparison_view_get_columns (self->comparison_view), "items-changed",
                           G_CALLBACK (columns_changed_cb), self, G_CONNECT_SWAPPED);
}

void
_readout_window_layout_dispose (ReadoutWindow *self)
{
  g_clear_handle_id (&self->columns_idle, g_source_remove);
}
