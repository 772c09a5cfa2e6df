/* readout-json-private.h — small helpers both JSON writers use
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "readout-statement.h"

G_BEGIN_DECLS

/* A string member, or null when @value is NULL. */
static inline void
_readout_json_add_string (JsonBuilder *builder,
                          const char  *key,
                          const char  *value)
{
  json_builder_set_member_name (builder, key);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* One statement as an object, as `analyze` and `compare` print it.
 * @document and @topic are ids, or NULL to leave the member out. */
void _readout_json_add_statement (JsonBuilder      *builder,
                                  ReadoutStatement *statement,
                                  const char       *document,
                                  const char       *topic);

G_END_DECLS
