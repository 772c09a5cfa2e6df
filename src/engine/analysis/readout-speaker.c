/* readout-speaker.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "readout-speaker.h"

struct _ReadoutSpeaker
{
  GObject             parent_instance;

  char               *id;
  char               *name;
  char               *role;
  ReadoutSpeakerKind  kind;
  ReadoutParty       *party;
  GArray             *mentions;  /* ReadoutSpan */
};

G_DEFINE_FINAL_TYPE (ReadoutSpeaker, readout_speaker, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (ReadoutSpeakerKind, readout_speaker_kind,
  G_DEFINE_ENUM_VALUE (READOUT_SPEAKER_PERSON, "person"),
  G_DEFINE_ENUM_VALUE (READOUT_SPEAKER_INSTITUTION, "institution"),
  G_DEFINE_ENUM_VALUE (READOUT_SPEAKER_ANONYMOUS, "anonymous"))

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ROLE,
  PROP_KIND,
  PROP_ANONYMOUS,
  PROP_PARTY,
  PROP_MENTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
readout_speaker_kind_to_string (ReadoutSpeakerKind kind)
{
  switch (kind)
    {
    case READOUT_SPEAKER_PERSON:
      return "person";
    case READOUT_SPEAKER_INSTITUTION:
      return "institution";
    case READOUT_SPEAKER_ANONYMOUS:
      return "anonymous";
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
readout_speaker_finalize (GObject *object)
{
  ReadoutSpeaker *self = (ReadoutSpeaker *)object;

  /* One block holds the three strings, headed by the id. */
  g_clear_pointer (&self->id, g_free);
  self->name = self->role = NULL;
  g_clear_object (&self->party);
  g_clear_pointer (&self->mentions, g_array_unref);

  /* No checked cast: this runs once for every speaker. */
  ((GObjectClass *) readout_speaker_parent_class)->finalize (object);
}

static void
readout_speaker_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ReadoutSpeaker *self = READOUT_SPEAKER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_ANONYMOUS:
      g_value_set_boolean (value, readout_speaker_get_anonymous (self));
      break;
    case PROP_PARTY:
      g_value_set_object (value, self->party);
      break;
    case PROP_MENTIONS:
      g_value_set_boxed (value, self->mentions);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_speaker_class_init (ReadoutSpeakerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = readout_speaker_finalize;
  object_class->get_property = readout_speaker_get_property;

  /* Read-only: only the pipeline adds mentions, before it hands the
   * analysis out; readers never see a speaker change. */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       READOUT_TYPE_SPEAKER_KIND, READOUT_SPEAKER_PERSON,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ANONYMOUS] =
    g_param_spec_boolean ("anonymous", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTY] =
    g_param_spec_object ("party", NULL, NULL, READOUT_TYPE_PARTY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* A GArray of ReadoutSpan, the same array readout_speaker_get_mentions()
   * returns. */
  properties[PROP_MENTIONS] =
    g_param_spec_boxed ("mentions", NULL, NULL, G_TYPE_ARRAY,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
readout_speaker_init (ReadoutSpeaker *self)
{
  self->mentions = g_array_new (FALSE, FALSE, sizeof (ReadoutSpan));
}

ReadoutSpeaker *
_readout_speaker_new (const char         *id,
                      const char         *name,
                      const char         *role,
                      ReadoutSpeakerKind  kind,
                      ReadoutParty       *party)
{
  ReadoutSpeaker *self;
  gsize id_size, name_size, role_size;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (party == NULL || READOUT_IS_PARTY (party), NULL);

  self = g_object_new (READOUT_TYPE_SPEAKER, NULL);
  /* One allocation for the strings, which never change. */
  id_size = strlen (id) + 1;
  name_size = strlen (name) + 1;
  role_size = role != NULL ? strlen (role) + 1 : 0;
  self->id = g_malloc (id_size + name_size + role_size);
  memcpy (self->id, id, id_size);
  self->name = memcpy (self->id + id_size, name, name_size);
  if (role != NULL)
    self->role = memcpy (self->name + name_size, role, role_size);
  self->kind = kind;
  g_set_object (&self->party, party);

  return self;
}

void
_readout_speaker_add_mention (ReadoutSpeaker *self,
                              guint           start,
                              guint           end)
{
  ReadoutSpan span = { start, end };

  g_return_if_fail (READOUT_IS_SPEAKER (self));
  g_return_if_fail (start <= end);

  g_array_append_val (self->mentions, span);
}

void
_readout_speaker_add_mentions (ReadoutSpeaker    *self,
                               const ReadoutSpan *spans,
                               guint              n)
{
  g_return_if_fail (READOUT_IS_SPEAKER (self));
  g_return_if_fail (spans != NULL || n == 0);

  for (guint i = 0; i < n; i++)
    g_return_if_fail (spans[i].start <= spans[i].end);
  g_array_append_vals (self->mentions, spans, n);
}

const char *
readout_speaker_get_id (ReadoutSpeaker *self)
{
  g_return_val_if_fail (READOUT_IS_SPEAKER (self), NULL);

  return self->id;
}

const char *
readout_speaker_get_name (ReadoutSpeaker *self)
{
  g_return_val_if_fail (READOUT_IS_SPEAKER (self), NULL);

  return self->name;
}

const char *
readout_speaker_get_role (ReadoutSpeaker *self)
{
  g_return_val_if_fail (READOUT_IS_SPEAKER (self), NULL);

  return self->role;
}

ReadoutSpeakerKind
readout_speaker_get_kind (ReadoutSpeaker *self)
{
  g_return_val_if_fail (READOUT_IS_SPEAKER (self), READOUT_SPEAKER_PERSON);

  return self->kind;
}

gboolean
readout_speaker_get_anonymous (ReadoutSpeaker *self)
{
  g_return_val_if_fail (READOUT_IS_SPEAKER (self), FALSE);

  return self->kind == READOUT_SPEAKER_ANONYMOUS;
}

ReadoutParty *
readout_speaker_get_party (ReadoutSpeaker *self)
{
  g_return_val_if_fail (READOUT_IS_SPEAKER (self), NULL);

  return self->party;
}

const GArray *
readout_speaker_get_mentions (ReadoutSpeaker *self)
{
  g_return_val_if_fail (READOUT_IS_SPEAKER (self), NULL);

  return self->mentions;
}
