/* readout-sort-private.h — sorting arrays that are mostly in order
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* g_array_sort(), unless @array is in order already: the pipeline's
 * arrays mostly are, and a check is linear where the sort calls @compare
 * n log n times. The sort is stable, so skipping it changes nothing. */
static inline void
_readout_array_sort (GArray       *array,
                     GCompareFunc  compare)
{
  guint size = g_array_get_element_size (array);

  for (guint i = 1; i < array->len; i++)
    if (compare (array->data + (i - 1) * size, array->data + i * size) > 0)
      {
        g_array_sort (array, compare);
        return;
      }
}

G_END_DECLS
