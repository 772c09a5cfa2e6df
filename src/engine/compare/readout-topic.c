/* readout-topic.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "readout-statement.h"
#include "readout-topic.h"

struct _ReadoutTopic
{
  GObject          parent_instance;

  char            *id;
  char            *label;
  GStrv            terms;
  GListStore      *statements;
  ReadoutRelation  relation;
};

G_DEFINE_FINAL_TYPE (ReadoutTopic, readout_topic, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (ReadoutRelation, readout_relation,
  G_DEFINE_ENUM_VALUE (READOUT_RELATION_ONE_SIDED, "one-sided"),
  G_DEFINE_ENUM_VALUE (READOUT_RELATION_DIVERGE, "diverge"),
  G_DEFINE_ENUM_VALUE (READOUT_RELATION_CONVERGE, "converge"))

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_RELATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
readout_relation_to_string (ReadoutRelation relation)
{
  switch (relation)
    {
    case READOUT_RELATION_ONE_SIDED:
      return "one-sided";
    case READOUT_RELATION_DIVERGE:
      return "diverge";
    case READOUT_RELATION_CONVERGE:
      return "converge";
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
readout_topic_finalize (GObject *object)
{
  ReadoutTopic *self = (ReadoutTopic *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->terms, g_strfreev);
  g_clear_object (&self->statements);

  G_OBJECT_CLASS (readout_topic_parent_class)->finalize (object);
}

static void
readout_topic_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ReadoutTopic *self = READOUT_TOPIC (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_RELATION:
      g_value_set_enum (value, self->relation);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_topic_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ReadoutTopic *self = READOUT_TOPIC (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      readout_topic_set_label (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_topic_class_init (ReadoutTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = readout_topic_finalize;
  object_class->get_property = readout_topic_get_property;
  object_class->set_property = readout_topic_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* Writable: users rename topics. */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RELATION] =
    g_param_spec_enum ("relation", NULL, NULL,
                       READOUT_TYPE_RELATION, READOUT_RELATION_ONE_SIDED,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
readout_topic_init (ReadoutTopic *self)
{
  self->statements = g_list_store_new (READOUT_TYPE_STATEMENT);
}

ReadoutTopic *
_readout_topic_new (const char         *id,
                    const char         *label,
                    const char * const *terms)
{
  ReadoutTopic *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (label != NULL, NULL);

  self = g_object_new (READOUT_TYPE_TOPIC, NULL);
  self->id = g_strdup (id);
  self->label = g_strdup (label);
  self->terms = g_strdupv ((char **)terms);
  if (self->terms == NULL)
    self->terms = g_new0 (char *, 1);
  return self;
}

const char *
readout_topic_get_id (ReadoutTopic *self)
{
  g_return_val_if_fail (READOUT_IS_TOPIC (self), NULL);

  return self->id;
}

const char *
readout_topic_get_label (ReadoutTopic *self)
{
  g_return_val_if_fail (READOUT_IS_TOPIC (self), NULL);

  return self->label;
}

void
readout_topic_set_label (ReadoutTopic *self,
                         const char   *label)
{
  g_return_if_fail (READOUT_IS_TOPIC (self));
  g_return_if_fail (label != NULL);

  if (g_strcmp0 (self->label, label) == 0)
    return;
  g_free (self->label);
  self->label = g_strdup (label);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

const char * const *
readout_topic_get_terms (ReadoutTopic *self)
{
  g_return_val_if_fail (READOUT_IS_TOPIC (self), NULL);

  return (const char * const *)self->terms;
}

GListModel *
readout_topic_get_statements (ReadoutTopic *self)
{
  g_return_val_if_fail (READOUT_IS_TOPIC (self), NULL);

  return G_LIST_MODEL (self->statements);
}

ReadoutRelation
readout_topic_get_relation (ReadoutTopic *self)
{
  g_return_val_if_fail (READOUT_IS_TOPIC (self), READOUT_RELATION_ONE_SIDED);

  return self->relation;
}

void
_readout_topic_set_relation (ReadoutTopic    *self,
                             ReadoutRelation  relation)
{
  g_return_if_fail (READOUT_IS_TOPIC (self));

  if (self->relation != relation)
    {
      self->relation = relation;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RELATION]);
    }
}
