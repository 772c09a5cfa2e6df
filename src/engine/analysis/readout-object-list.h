/* readout-object-list.h — a fixed list of objects as a GListModel
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Internal to the engine.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define READOUT_TYPE_OBJECT_LIST (_readout_object_list_get_type ())

G_DECLARE_FINAL_TYPE (ReadoutObjectList, _readout_object_list, READOUT, OBJECT_LIST, GObject)

/* A read-only list model over @items, objects of @item_type, whose
 * references it takes; @items is emptied and may be freed. */
GListModel *_readout_object_list_new_take (GType      item_type,
                                           GPtrArray *items);

G_END_DECLS
