/* readout-annotation.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "readout-annotation.h"
#include "readout-session-private.h"
#include "readout-set-str-private.h"
#include "readout-tag.h"

struct _ReadoutAnnotation
{
  GObject                  parent_instance;

  char                    *id;
  char                    *document;
  char                    *statement;
  ReadoutAnchor           *anchor;
  ReadoutAnchorMatch       match;
  char                    *note;
  GStrv                    tags;
  char                    *color;
  ReadoutAnnotationStatus  status;
  char                    *author;
  GDateTime               *created;
  GDateTime               *modified;
};

G_DEFINE_FINAL_TYPE (ReadoutAnnotation, readout_annotation, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (ReadoutAnnotationStatus, readout_annotation_status,
                    G_DEFINE_ENUM_VALUE (READOUT_ANNOTATION_STATUS_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (READOUT_ANNOTATION_STATUS_VERIFIED, "verified"),
                    G_DEFINE_ENUM_VALUE (READOUT_ANNOTATION_STATUS_DISPUTED, "disputed"),
                    G_DEFINE_ENUM_VALUE (READOUT_ANNOTATION_STATUS_NEEDS_CHECK, "needs-check"))

enum {
  PROP_0,
  PROP_ID,
  PROP_STATEMENT,
  PROP_MATCH,
  PROP_NOTE,
  PROP_TAGS,
  PROP_COLOR,
  PROP_STATUS,
  PROP_AUTHOR,
  PROP_MODIFIED,
  N_PROPS
};

enum { CHANGED, N_SIGNALS };

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *status_words[] = { "none", "verified", "disputed", "needs-check" };

const char *
readout_annotation_status_to_string (ReadoutAnnotationStatus status)
{
  if ((guint)status >= G_N_ELEMENTS (status_words))
    return "none";
  return status_words[status];
}

gboolean
readout_annotation_status_from_string (const char              *string,
                                       ReadoutAnnotationStatus *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_words); i++)
    if (g_strcmp0 (string, status_words[i]) == 0)
      {
        *status = i;
        return TRUE;
      }
  return FALSE;
}

const char *
readout_annotation_status_get_label (ReadoutAnnotationStatus status)
{
  switch (status)
    {
    case READOUT_ANNOTATION_STATUS_VERIFIED: return _("Verified");
    case READOUT_ANNOTATION_STATUS_DISPUTED: return _("Disputed");
    case READOUT_ANNOTATION_STATUS_NEEDS_CHECK: return _("Needs Check");
    case READOUT_ANNOTATION_STATUS_NONE:
    default: return _("No Status");
    }
}

/* Records the modification and tells listeners, once per setter. */
static void
touch (ReadoutAnnotation *self,
       guint              prop)
{
  g_clear_pointer (&self->modified, g_date_time_unref);
  self->modified = g_date_time_new_now_utc ();
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
readout_annotation_finalize (GObject *object)
{
  ReadoutAnnotation *self = READOUT_ANNOTATION (object);

  g_free (self->id);
  g_free (self->document);
  g_free (self->statement);
  g_clear_pointer (&self->anchor, readout_anchor_free);
  g_free (self->note);
  g_strfreev (self->tags);
  g_free (self->color);
  g_free (self->author);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->modified, g_date_time_unref);
  G_OBJECT_CLASS (readout_annotation_parent_class)->finalize (object);
}

static void
readout_annotation_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ReadoutAnnotation *self = READOUT_ANNOTATION (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_STATEMENT: g_value_set_string (value, self->statement); break;
    case PROP_MATCH: g_value_set_enum (value, self->match); break;
    case PROP_NOTE: g_value_set_string (value, self->note); break;
    case PROP_TAGS: g_value_set_boxed (value, self->tags); break;
    case PROP_COLOR: g_value_set_string (value, self->color); break;
    case PROP_STATUS: g_value_set_enum (value, self->status); break;
    case PROP_AUTHOR: g_value_set_string (value, self->author); break;
    case PROP_MODIFIED: g_value_set_boxed (value, self->modified); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_annotation_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ReadoutAnnotation *self = READOUT_ANNOTATION (object);

  switch (prop_id)
    {
    case PROP_NOTE: readout_annotation_set_note (self, g_value_get_string (value)); break;
    case PROP_TAGS: readout_annotation_set_tags (self, g_value_get_boxed (value)); break;
    case PROP_COLOR: readout_annotation_set_color (self, g_value_get_string (value)); break;
    case PROP_STATUS: readout_annotation_set_status (self, g_value_get_enum (value)); break;
    case PROP_AUTHOR: readout_annotation_set_author (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_annotation_class_init (ReadoutAnnotationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = readout_annotation_finalize;
  object_class->get_property = readout_annotation_get_property;
  object_class->set_property = readout_annotation_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, ro);
  properties[PROP_STATEMENT] = g_param_spec_string ("statement", NULL, NULL, NULL, ro);
  properties[PROP_MATCH] = g_param_spec_enum ("match", NULL, NULL, READOUT_TYPE_ANCHOR_MATCH,
                                              READOUT_ANCHOR_MATCH_POSITION, ro);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, rw);
  properties[PROP_TAGS] = g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_COLOR] = g_param_spec_string ("color", NULL, NULL, NULL, rw);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, READOUT_TYPE_ANNOTATION_STATUS,
                                               READOUT_ANNOTATION_STATUS_NONE, rw);
  properties[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, NULL, rw);
  properties[PROP_MODIFIED] = g_param_spec_boxed ("modified", NULL, NULL, G_TYPE_DATE_TIME, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
readout_annotation_init (ReadoutAnnotation *self)
{
  self->note = g_strdup ("");
  self->author = g_strdup ("");
  self->tags = g_new0 (char *, 1);
}

ReadoutAnnotation *
readout_annotation_new (const char          *id,
                        const char          *document,
                        const char          *statement,
                        const ReadoutAnchor *anchor,
                        const char          *author,
                        GDateTime           *created)
{
  ReadoutAnnotation *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (anchor != NULL, NULL);

  self = g_object_new (READOUT_TYPE_ANNOTATION, NULL);
  self->id = g_strdup (id);
  self->document = g_strdup (document);
  self->statement = g_strdup (statement);
  self->anchor = readout_anchor_copy (anchor);
  _readout_set_str (&self->author, author != NULL ? author : "");
  self->created = created != NULL ? g_date_time_ref (created) : g_date_time_new_now_utc ();
  self->modified = g_date_time_ref (self->created);
  return self;
}

const char *
readout_annotation_get_id (ReadoutAnnotation *self)
{
  g_return_val_if_fail (READOUT_IS_ANNOTATION (self), NULL);
  return self->id;
}

const char *
readout_annotation_get_document (ReadoutAnnotation *self)
{
  g_return_val_if_fail (READOUT_IS_ANNOTATION (self), NULL);
  return self->document;
}

const char *
readout_annotation_get_statement (ReadoutAnnotation *self)
{
  g_return_val_if_fail (READOUT_IS_ANNOTATION (self), NULL);
  return self->statement;
}

/* For the session: a statement annotation whose statement is gone becomes
 * a passage annotation, and documents are renumbered when one is removed. */
void
_readout_annotation_set_target (ReadoutAnnotation *self,
                                const char        *document,
                                const char        *statement)
{
  gboolean changed;

  g_return_if_fail (READOUT_IS_ANNOTATION (self));
  g_return_if_fail (document != NULL);

  changed = _readout_set_str (&self->document, document);
  if (_readout_set_str (&self->statement, statement))
    {
      changed = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATEMENT]);
    }
  if (changed)
    g_signal_emit (self, signals[CHANGED], 0);
}

const ReadoutAnchor *
readout_annotation_get_anchor (ReadoutAnnotation *self)
{
  g_return_val_if_fail (READOUT_IS_ANNOTATION (self), NULL);
  return self->anchor;
}

void
readout_annotation_set_anchor (ReadoutAnnotation   *self,
                               const ReadoutAnchor *anchor,
                               ReadoutAnchorMatch   match)
{
  g_return_if_fail (READOUT_IS_ANNOTATION (self));
  g_return_if_fail (anchor != NULL);

  if (anchor != self->anchor)
    {
      g_clear_pointer (&self->anchor, readout_anchor_free);
      self->anchor = readout_anchor_copy (anchor);
    }
  self->match = match;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATCH]);
  g_signal_emit (self, signals[CHANGED], 0);
}

ReadoutAnchorMatch
readout_annotation_get_match (ReadoutAnnotation *self)
{
  g_return_val_if_fail (READOUT_IS_ANNOTATION (self), READOUT_ANCHOR_MATCH_ORPHANED);
  return self->match;
}

gboolean
readout_annotation_is_orphaned (ReadoutAnnotation *self)
{
  return readout_annotation_get_match (self) == READOUT_ANCHOR_MATCH_ORPHANED;
}

const char *
readout_annotation_get_note (ReadoutAnnotation *self)
{
  g_return_val_if_fail (READOUT_IS_ANNOTATION (self), NULL);
  return self->note;
}

void
readout_annotation_set_note (ReadoutAnnotation *self,
                             const char        *note)
{
  g_return_if_fail (READOUT_IS_ANNOTATION (self));

  if (_readout_set_str (&self->note, note != NULL ? note : ""))
    touch (self, PROP_NOTE);
}

char *
readout_annotation_dup_summary (ReadoutAnnotation *self)
{
  const char *p;

  g_return_val_if_fail (READOUT_IS_ANNOTATION (self), NULL);

  for (p = self->note; *p != '\0'; )
    {
      const char *eol = strchr (p, '\n');
      g_autofree char *line = eol != NULL ? g_strndup (p, eol - p) : g_strdup (p);

      g_strstrip (line);
      if (*line != '\0')
        return g_steal_pointer (&line);
      if (eol == NULL)
        break;
      p = eol + 1;
    }
  return g_strdup ("");
}

const char * const *
readout_annotation_get_tags (ReadoutAnnotation *self)
{
  g_return_val_if_fail (READOUT_IS_ANNOTATION (self), NULL);
  return (const char * const *)self->tags;
}

void
readout_annotation_set_tags (ReadoutAnnotation  *self,
                             const char * const *tags)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  g_return_if_fail (READOUT_IS_ANNOTATION (self));

  /* Each tag once, in the order given. */
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      gboolean seen = FALSE;

      for (guint k = 0; k < i && !seen; k++)
        seen = g_str_equal (tags[k], tags[i]);
      if (!seen && *tags[i] != '\0')
        g_strv_builder_add (builder, tags[i]);
    }
  strv = g_strv_builder_end (builder);
  if (g_strv_equal ((const char * const *)strv, (const char * const *)self->tags))
    return;
  g_strfreev (self->tags);
  self->tags = g_steal_pointer (&strv);
  touch (self, PROP_TAGS);
}

gboolean
readout_annotation_has_tag (ReadoutAnnotation *self,
                            const char        *tag)
{
  g_return_val_if_fail (READOUT_IS_ANNOTATION (self), FALSE);
  return tag != NULL && g_strv_contains ((const char * const *)self->tags, tag);
}

void
readout_annotation_add_tag (ReadoutAnnotation *self,
                            const char        *tag)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) tags = NULL;

  g_return_if_fail (READOUT_IS_ANNOTATION (self));

  if (tag == NULL || readout_annotation_has_tag (self, tag))
    return;
  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, (const char **)self->tags);
  g_strv_builder_add (builder, tag);
  tags = g_strv_builder_end (builder);
  readout_annotation_set_tags (self, (const char * const *)tags);
}

void
readout_annotation_remove_tag (ReadoutAnnotation *self,
                               const char        *tag)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) tags = NULL;

  g_return_if_fail (READOUT_IS_ANNOTATION (self));

  if (!readout_annotation_has_tag (self, tag))
    return;
  builder = g_strv_builder_new ();
  for (guint i = 0; self->tags[i] != NULL; i++)
    if (!g_str_equal (self->tags[i], tag))
      g_strv_builder_add (builder, self->tags[i]);
  tags = g_strv_builder_end (builder);
  readout_annotation_set_tags (self, (const char * const *)tags);
}

const char *
readout_annotation_get_color (ReadoutAnnotation *self)
{
  g_return_val_if_fail (READOUT_IS_ANNOTATION (self), NULL);
  return self->color;
}

void
readout_annotation_set_color (ReadoutAnnotation *self,
                              const char        *color)
{
  g_return_if_fail (READOUT_IS_ANNOTATION (self));

  if (color != NULL && !readout_color_is_valid (color))
    color = NULL;
  if (_readout_set_str (&self->color, color))
    touch (self, PROP_COLOR);
}

ReadoutAnnotationStatus
readout_annotation_get_status (ReadoutAnnotation *self)
{
  g_return_val_if_fail (READOUT_IS_ANNOTATION (self), READOUT_ANNOTATION_STATUS_NONE);
  return self->status;
}

void
readout_annotation_set_status (ReadoutAnnotation       *self,
                               ReadoutAnnotationStatus  status)
{
  g_return_if_fail (READOUT_IS_ANNOTATION (self));

  if ((guint)status >= G_N_ELEMENTS (status_words))
    status = READOUT_ANNOTATION_STATUS_NONE;
  if (self->status == status)
    return;
  self->status = status;
  touch (self, PROP_STATUS);
}

const char *
readout_annotation_get_author (ReadoutAnnotation *self)
{
  g_return_val_if_fail (READOUT_IS_ANNOTATION (self), NULL);
  return self->author;
}

void
readout_annotation_set_author (ReadoutAnnotation *self,
                               const char        *author)
{
  g_return_if_fail (READOUT_IS_ANNOTATION (self));

  if (_readout_set_str (&self->author, author != NULL ? author : ""))
    touch (self, PROP_AUTHOR);
}

GDateTime *
readout_annotation_get_created (ReadoutAnnotation *self)
{
  g_return_val_if_fail (READOUT_IS_ANNOTATION (self), NULL);
  return self->created;
}

GDateTime *
readout_annotation_get_modified (ReadoutAnnotation *self)
{
  g_return_val_if_fail (READOUT_IS_ANNOTATION (self), NULL);
  return self->modified;
}

void
_readout_annotation_set_modified (ReadoutAnnotation *self,
                                  GDateTime         *modified)
{
  g_return_if_fail (READOUT_IS_ANNOTATION (self));
  g_return_if_fail (modified != NULL);

  g_clear_pointer (&self->modified, g_date_time_unref);
  self->modified = g_date_time_ref (modified);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}
