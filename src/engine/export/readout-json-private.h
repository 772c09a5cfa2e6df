/* readout-json-private.h — small helpers both JSON writers use
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "readout-comparison.h"
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

/* What a comparison knows about a statement beyond the statement. */
typedef struct
{
  const char     *id;        /* NULL: the statement's own id */
  const char     *document;  /* NULL: no "document" member */
  const char     *topic;     /* NULL: no "topic" member */
  gboolean        merged;    /* TRUE: "speaker" is @speaker's id */
  ReadoutSpeaker *speaker;   /* the merged speaker, nullable */
} ReadoutJsonStatementExtra;

/* One statement as an object, as `analyze` and `compare` print it. */
void _readout_json_add_statement (JsonBuilder                     *builder,
                                  ReadoutStatement                *statement,
                                  const ReadoutJsonStatementExtra *extra);

/* The "topics" array of `compare` (and of `analyze`). */
JsonNode *_readout_json_topics (ReadoutComparison *comparison);

G_END_DECLS
