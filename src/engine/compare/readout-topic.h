/* readout-topic.h — one row of a comparison: an issue the parties spoke on
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  READOUT_RELATION_ONE_SIDED,  /* only one party spoke on it */
  READOUT_RELATION_DIVERGE,    /* the parties' positions clash or differ */
  READOUT_RELATION_CONVERGE,   /* joint statements, or every side cooperative */
} ReadoutRelation;

const char *readout_relation_to_string (ReadoutRelation relation);

#define READOUT_TYPE_RELATION (readout_relation_get_type ())
GType readout_relation_get_type (void);

#define READOUT_TYPE_TOPIC (readout_topic_get_type ())

G_DECLARE_FINAL_TYPE (ReadoutTopic, readout_topic, READOUT, TOPIC, GObject)

/* @terms: the topic's strongest terms as people write them, NULL-terminated. */
ReadoutTopic       *_readout_topic_new           (const char          *id,
                                                  const char          *label,
                                                  const char * const  *terms);

/* Stable within a comparison: derived from the topic's terms ("nato-alliance"). */
const char         *readout_topic_get_id         (ReadoutTopic        *self);
/* A short label drawn from the statements ("NATO, alliance, enlargement"). */
const char         *readout_topic_get_label      (ReadoutTopic        *self);
void                readout_topic_set_label      (ReadoutTopic        *self,
                                                  const char          *label);
const char * const *readout_topic_get_terms      (ReadoutTopic        *self);
/* The topic's statements in reading order (document, then position):
 * a GListModel of ReadoutStatement. */
GListModel         *readout_topic_get_statements (ReadoutTopic        *self);
ReadoutRelation     readout_topic_get_relation   (ReadoutTopic        *self);
void                _readout_topic_set_relation  (ReadoutTopic        *self,
                                                  ReadoutRelation      relation);

G_END_DECLS
