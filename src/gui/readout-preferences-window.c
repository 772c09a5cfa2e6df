/* readout-preferences-window.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One setting so far: the name recorded as the author of new
 * annotations, bound to GSettings "author-name". Empty means the real
 * name, which the group's description shows.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "readout-preferences-window.h"

struct _ReadoutPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwPreferencesGroup  *annotations_group;
  AdwEntryRow          *author_row;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (ReadoutPreferencesWindow, readout_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

GSettings *
readout_settings_new_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "author-name"))
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

char *
readout_dup_author_name (GSettings *settings)
{
  g_autofree char *name = settings != NULL ? g_settings_get_string (settings, "author-name") : NULL;

  if (name != NULL)
    g_strstrip (name);
  if (name != NULL && *name != '\0')
    return g_steal_pointer (&name);
  return g_strdup (g_get_real_name ());
}

GtkWidget *
readout_preferences_window_new (GSettings *settings)
{
  ReadoutPreferencesWindow *self = g_object_new (READOUT_TYPE_PREFERENCES_WINDOW, NULL);
  g_autofree char *description = NULL;

  /* Translators: %s is the user's real name from the system. */
  description = g_strdup_printf (_("Recorded as the author of new annotations. Leave it empty to use “%s”."),
                                 g_get_real_name ());
  adw_preferences_group_set_description (self->annotations_group, description);

  if (settings != NULL)
    {
      self->settings = g_object_ref (settings);
      g_settings_bind (settings, "author-name", self->author_row, "text", G_SETTINGS_BIND_DEFAULT);
    }
  else
    gtk_widget_set_sensitive (GTK_WIDGET (self->author_row), FALSE);
  return GTK_WIDGET (self);
}

GtkWidget *
readout_preferences_window_get_author_row (ReadoutPreferencesWindow *self)
{
  g_return_val_if_fail (READOUT_IS_PREFERENCES_WINDOW (self), NULL);

  return GTK_WIDGET (self->author_row);
}

static void
readout_preferences_window_dispose (GObject *object)
{
  ReadoutPreferencesWindow *self = READOUT_PREFERENCES_WINDOW (object);

  if (self->settings != NULL && self->author_row != NULL)
    g_settings_unbind (self->author_row, "text");
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (readout_preferences_window_parent_class)->dispose (object);
}

static void
readout_preferences_window_class_init (ReadoutPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = readout_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/readout/Readout/readout-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ReadoutPreferencesWindow, annotations_group);
  gtk_widget_class_bind_template_child (widget_class, ReadoutPreferencesWindow, author_row);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
readout_preferences_window_init (ReadoutPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
