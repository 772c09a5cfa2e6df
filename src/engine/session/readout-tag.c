/* readout-tag.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "readout-set-str-private.h"
#include "readout-tag.h"

struct _ReadoutTag
{
  GObject  parent_instance;

  char    *id;
  char    *name;
  char    *color;
};

G_DEFINE_FINAL_TYPE (ReadoutTag, readout_tag, G_TYPE_OBJECT)

enum { PROP_0, PROP_ID, PROP_NAME, PROP_COLOR, N_PROPS };

static GParamSpec *properties[N_PROPS];

/* The GNOME HIG palette's middle shades (3): readable on white and as
 * text backgrounds at reduced opacity. */
static const struct { const char *name; const char *hex; } palette[] = {
  { "blue",   "#3584e4" },
  { "green",  "#33d17a" },
  { "yellow", "#f6d32d" },
  { "orange", "#ff7800" },
  { "red",    "#e01b24" },
  { "purple", "#9141ac" },
  { "brown",  "#986a44" },
};

const char * const *
readout_color_names (void)
{
  static const char *names[G_N_ELEMENTS (palette) + 1];

  if (names[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
      names[i] = palette[i].name;
  return names;
}

gboolean
readout_color_is_valid (const char *color)
{
  return readout_color_to_hex (color) != NULL;
}

const char *
readout_color_to_hex (const char *color)
{
  if (color == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    if (g_str_equal (palette[i].name, color))
      return palette[i].hex;
  return NULL;
}

static void
readout_tag_finalize (GObject *object)
{
  ReadoutTag *self = READOUT_TAG (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->color);
  G_OBJECT_CLASS (readout_tag_parent_class)->finalize (object);
}

static void
readout_tag_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ReadoutTag *self = READOUT_TAG (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_COLOR: g_value_set_string (value, self->color); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_tag_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  ReadoutTag *self = READOUT_TAG (object);

  switch (prop_id)
    {
    case PROP_NAME: readout_tag_set_name (self, g_value_get_string (value)); break;
    case PROP_COLOR: readout_tag_set_color (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_tag_class_init (ReadoutTagClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = readout_tag_finalize;
  object_class->get_property = readout_tag_get_property;
  object_class->set_property = readout_tag_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL,
                                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                               G_PARAM_STATIC_STRINGS);
  properties[PROP_COLOR] = g_param_spec_string ("color", NULL, NULL, NULL,
                                                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
readout_tag_init (ReadoutTag *self)
{
  self->name = g_strdup ("");
  self->color = g_strdup ("blue");
}

ReadoutTag *
readout_tag_new (const char *id,
                 const char *name,
                 const char *color)
{
  ReadoutTag *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (READOUT_TYPE_TAG, NULL);
  self->id = g_strdup (id);
  readout_tag_set_name (self, name);
  readout_tag_set_color (self, color);
  return self;
}

const char *
readout_tag_get_id (ReadoutTag *self)
{
  g_return_val_if_fail (READOUT_IS_TAG (self), NULL);
  return self->id;
}

const char *
readout_tag_get_name (ReadoutTag *self)
{
  g_return_val_if_fail (READOUT_IS_TAG (self), NULL);
  return self->name;
}

void
readout_tag_set_name (ReadoutTag *self,
                      const char *name)
{
  g_return_if_fail (READOUT_IS_TAG (self));

  if (name == NULL)
    name = "";
  if (_readout_set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
readout_tag_get_color (ReadoutTag *self)
{
  g_return_val_if_fail (READOUT_IS_TAG (self), NULL);
  return self->color;
}

void
readout_tag_set_color (ReadoutTag *self,
                       const char *color)
{
  g_return_if_fail (READOUT_IS_TAG (self));

  if (!readout_color_is_valid (color))
    color = "blue";
  if (_readout_set_str (&self->color, color))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}
