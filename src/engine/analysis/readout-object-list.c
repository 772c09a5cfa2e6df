/* readout-object-list.c — a fixed list of objects as a GListModel
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An analysis's parties, speakers and statements never change once it is
 * made. A GListStore keeps its items in a GSequence, a balanced tree: one
 * node per item to build, to walk and to free, which cost more than the
 * statements themselves. A plain array does.
 */

#include "config.h"

#include "readout-object-list.h"

struct _ReadoutObjectList
{
  GObject    parent_instance;

  GType      item_type;
  gpointer  *items;       /* owned references */
  guint      n_items;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ReadoutObjectList, _readout_object_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
_readout_object_list_finalize (GObject *object)
{
  ReadoutObjectList *self = (ReadoutObjectList *)object;

  for (guint i = 0; i < self->n_items; i++)
    g_object_unref (self->items[i]);
  g_free (self->items);

  G_OBJECT_CLASS (_readout_object_list_parent_class)->finalize (object);
}

static void
_readout_object_list_class_init (ReadoutObjectListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = _readout_object_list_finalize;
}

static void
_readout_object_list_init (ReadoutObjectList *self)
{
}

static GType
get_item_type (GListModel *model)
{
  return ((ReadoutObjectList *)model)->item_type;
}

static guint
get_n_items (GListModel *model)
{
  return ((ReadoutObjectList *)model)->n_items;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  ReadoutObjectList *self = (ReadoutObjectList *)model;

  if (position >= self->n_items)
    return NULL;
  return g_object_ref (self->items[position]);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

GListModel *
_readout_object_list_new_take (GType      item_type,
                               GPtrArray *items)
{
  ReadoutObjectList *self;

  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);
  g_return_val_if_fail (items != NULL, NULL);

  self = g_object_new (READOUT_TYPE_OBJECT_LIST, NULL);
  self->item_type = item_type;
  self->n_items = items->len;
  /* The references move with the pointers: nothing to unref here. */
  g_ptr_array_set_free_func (items, NULL);
  self->items = (gpointer *)g_ptr_array_steal (items, NULL);

  return G_LIST_MODEL (self);
}
