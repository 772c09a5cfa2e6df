/* readout-party.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libintl.h>

#include "readout-party-private.h"

struct _ReadoutParty
{
  GObject           parent_instance;

  char             *id;
  char             *name;
  char             *msgid;
  ReadoutPartyKind  kind;
  GPtrArray        *aliases;  /* char*, NULL-terminated */
};

G_DEFINE_FINAL_TYPE (ReadoutParty, readout_party, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_LOCALIZED_NAME,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
readout_party_kind_to_string (ReadoutPartyKind kind)
{
  switch (kind)
    {
    case READOUT_PARTY_KIND_COUNTRY:
      return "country";
    case READOUT_PARTY_KIND_ORGANIZATION:
      return "organization";
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
readout_party_finalize (GObject *object)
{
  ReadoutParty *self = (ReadoutParty *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->msgid, g_free);
  g_clear_pointer (&self->aliases, g_ptr_array_unref);

  G_OBJECT_CLASS (readout_party_parent_class)->finalize (object);
}

static void
readout_party_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ReadoutParty *self = READOUT_PARTY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_LOCALIZED_NAME:
      g_value_set_string (value, readout_party_get_localized_name (self));
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_party_class_init (ReadoutPartyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = readout_party_finalize;
  object_class->get_property = readout_party_get_property;

  /* Read-only: a party is built once by the directory and then shared
   * between threads, so it never changes after loading. */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOCALIZED_NAME] =
    g_param_spec_string ("localized-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      READOUT_PARTY_KIND_COUNTRY, READOUT_PARTY_KIND_ORGANIZATION,
                      READOUT_PARTY_KIND_COUNTRY,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
readout_party_init (ReadoutParty *self)
{
  self->aliases = g_ptr_array_new_null_terminated (4, g_free, TRUE);
}

ReadoutParty *
_readout_party_new (const char       *id,
                    ReadoutPartyKind  kind,
                    const char       *name,
                    const char       *msgid)
{
  ReadoutParty *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (READOUT_TYPE_PARTY, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->msgid = g_strdup (msgid);
  self->kind = kind;

  return self;
}

void
_readout_party_set_name (ReadoutParty *self,
                         const char   *name)
{
  g_return_if_fail (READOUT_IS_PARTY (self));
  g_return_if_fail (name != NULL);

  g_free (self->name);
  self->name = g_strdup (name);
}

gboolean
_readout_party_add_alias (ReadoutParty *self,
                          const char   *alias)
{
  g_return_val_if_fail (READOUT_IS_PARTY (self), FALSE);
  g_return_val_if_fail (alias != NULL, FALSE);

  for (guint i = 0; i < self->aliases->len; i++)
    if (g_str_equal (g_ptr_array_index (self->aliases, i), alias))
      return FALSE;

  g_ptr_array_add (self->aliases, g_strdup (alias));
  return TRUE;
}

const char *
readout_party_get_id (ReadoutParty *self)
{
  g_return_val_if_fail (READOUT_IS_PARTY (self), NULL);

  return self->id;
}

const char *
readout_party_get_name (ReadoutParty *self)
{
  g_return_val_if_fail (READOUT_IS_PARTY (self), NULL);

  return self->name;
}

const char *
readout_party_get_localized_name (ReadoutParty *self)
{
  const char *translated;

  g_return_val_if_fail (READOUT_IS_PARTY (self), NULL);

  if (self->msgid == NULL)
    return self->name;

  /* gettext hands back the msgid itself when there is no translation;
   * the English common name reads better than an ISO formal name. */
  /* Plain dgettext: g_dgettext() declines to translate when GLib itself
   * has no catalogue for the language, which says nothing about iso-codes. */
  translated = dgettext (READOUT_ISO_3166_DOMAIN, self->msgid);
  if (translated == self->msgid || g_str_equal (translated, self->msgid))
    return self->name;

  return translated;
}

ReadoutPartyKind
readout_party_get_kind (ReadoutParty *self)
{
  g_return_val_if_fail (READOUT_IS_PARTY (self), READOUT_PARTY_KIND_COUNTRY);

  return self->kind;
}

const char * const *
readout_party_get_aliases (ReadoutParty *self)
{
  g_return_val_if_fail (READOUT_IS_PARTY (self), NULL);

  return (const char * const *)self->aliases->pdata;
}
