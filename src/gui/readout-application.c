/* readout-application.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "readout-application.h"
#include "readout-preferences-window.h"
#include "readout-window.h"

struct _ReadoutApplication
{
  AdwApplication parent_instance;

  gboolean       drafts_offered;
  gboolean       quitting;
};

G_DEFINE_FINAL_TYPE (ReadoutApplication, readout_application, ADW_TYPE_APPLICATION)

ReadoutApplication *
readout_application_new (GApplicationFlags extra_flags)
{
  return g_object_new (READOUT_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | extra_flags,
                       "resource-base-path", "/io/github/readout/Readout",
                       NULL);
}

static ReadoutWindow *
get_or_create_window (ReadoutApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (READOUT_IS_WINDOW (window))
    return READOUT_WINDOW (window);

  return readout_window_new (self);
}

/* Once per run, and only in the first instance: a draft left behind
 * then is a crash's. */
static void
offer_drafts (ReadoutApplication *self,
              ReadoutWindow      *window)
{
  if (self->drafts_offered)
    return;
  self->drafts_offered = TRUE;
  readout_window_offer_drafts (window);
}

static void
readout_application_activate (GApplication *app)
{
  ReadoutWindow *window = get_or_create_window (READOUT_APPLICATION (app));

  gtk_window_present (GTK_WINDOW (window));
  offer_drafts (READOUT_APPLICATION (app), window);
}

static void
readout_application_open (GApplication  *app,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  ReadoutWindow *window = get_or_create_window (READOUT_APPLICATION (app));

  /* Show the window first; the imports finish in the background. */
  gtk_window_present (GTK_WINDOW (window));
  for (int i = 0; i < n_files; i++)
    readout_window_open_file (window, files[i]);
  offer_drafts (READOUT_APPLICATION (app), window);
}

static gboolean
has_readout_window (GtkApplication *app)
{
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (READOUT_IS_WINDOW (l->data))
      return TRUE;
  return FALSE;
}

/* A window that asked about unsaved changes closes once answered; the
 * quit goes on when the last one has. */
static void
readout_application_window_removed (GtkApplication *app,
                                    GtkWindow      *window)
{
  ReadoutApplication *self = READOUT_APPLICATION (app);

  GTK_APPLICATION_CLASS (readout_application_parent_class)->window_removed (app, window);
  if (self->quitting && !has_readout_window (app))
    g_application_quit (G_APPLICATION (app));
}

static void
readout_application_quit_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  GApplication *app = user_data;
  g_autoptr(GList) windows = NULL;

  /* Closing the windows lets each save its size first; closing one
   * changes the application's list, hence the copy. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));
  READOUT_APPLICATION (app)->quitting = TRUE;
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  /* A window with unsaved changes asks first and stays open meanwhile;
   * the quit goes on once the last one has closed (window_removed), and
   * Cancel there keeps it open. */
  if (!has_readout_window (GTK_APPLICATION (app)))
    g_application_quit (app);
}

static void
readout_application_new_window_action (GSimpleAction *action,
                                       GVariant      *parameter,
                                       gpointer       user_data)
{
  ReadoutWindow *window = readout_window_new (READOUT_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (window));
}

static void
readout_application_about_action (GSimpleAction *action,
                                  GVariant      *parameter,
                                  gpointer       user_data)
{
  static const char *developers[] = { N_("The Readout authors"), NULL };
  GtkApplication *app = user_data;
  GtkWindow *parent = gtk_application_get_active_window (app);
  const char *translated_developers[G_N_ELEMENTS (developers)] = { NULL };
  GtkWidget *about;

  for (guint i = 0; developers[i] != NULL; i++)
    translated_developers[i] = _(developers[i]);

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-icon", APP_ID,
                        "application-name", _("Readout"),
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Readout authors"),
                        "developers", translated_developers,
                        "copyright", _("© 2026 The Readout authors"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://github.com/readout/readout",
                        "issue-url", "https://github.com/readout/readout/issues",
                        /* Translators: replace with your names, one per line. */
                        "translator-credits", _("translator-credits"),
                        "comments", _("Read news articles without the clutter around them"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
readout_application_preferences_action (GSimpleAction *action,
                                        GVariant      *parameter,
                                        gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  g_autoptr(GSettings) settings = readout_settings_new_if_installed ();
  GtkWidget *preferences = readout_preferences_window_new (settings);

  gtk_window_set_transient_for (GTK_WINDOW (preferences), parent);
  gtk_window_set_modal (GTK_WINDOW (preferences), TRUE);
  gtk_window_present (GTK_WINDOW (preferences));
}

static const GActionEntry app_actions[] = {
  { "quit", readout_application_quit_action },
  { "new-window", readout_application_new_window_action },
  { "about", readout_application_about_action },
  { "preferences", readout_application_preferences_action },
};

static void
set_accels (GtkApplication *app,
            const char     *action,
            const char     *accel)
{
  const char *accels[] = { accel, NULL };

  gtk_application_set_accels_for_action (app, action, accels);
}

static void
readout_application_startup (GApplication *app)
{
  G_APPLICATION_CLASS (readout_application_parent_class)->startup (app);

  g_set_application_name (_("Readout"));
  gtk_window_set_default_icon_name (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);

  set_accels (GTK_APPLICATION (app), "app.quit", "<Control>q");
  set_accels (GTK_APPLICATION (app), "app.new-window", "<Control>n");
  set_accels (GTK_APPLICATION (app), "win.open", "<Control>o");
  set_accels (GTK_APPLICATION (app), "win.save", "<Control>s");
  set_accels (GTK_APPLICATION (app), "win.save-as", "<Control><Shift>s");
  set_accels (GTK_APPLICATION (app), "win.export", "<Control><Shift>e");
  set_accels (GTK_APPLICATION (app), "window.close", "<Control>w");
  set_accels (GTK_APPLICATION (app), "win.show-help-overlay", "<Control>question");
  set_accels (GTK_APPLICATION (app), "win.undo", "<Control>z");
  set_accels (GTK_APPLICATION (app), "win.redo", "<Control><Shift>z");
  set_accels (GTK_APPLICATION (app), "win.find", "<Control>f");
  set_accels (GTK_APPLICATION (app), "app.preferences", "<Control>comma");
  set_accels (GTK_APPLICATION (app), "win.annotate", "<Control>m");
  set_accels (GTK_APPLICATION (app), "win.show-annotations", "F9");
  set_accels (GTK_APPLICATION (app), "win.delete-statement", "Delete");
  set_accels (GTK_APPLICATION (app), "win.add-statement", "<Control><Shift>a");
  /* Moving a card, in the manner of Meld's push left and right. */
  set_accels (GTK_APPLICATION (app), "card.edit", "<Control>e");
  set_accels (GTK_APPLICATION (app), "card.move-up", "<Alt>Up");
  set_accels (GTK_APPLICATION (app), "card.move-down", "<Alt>Down");
  set_accels (GTK_APPLICATION (app), "card.previous-topic", "<Alt><Shift>Up");
  set_accels (GTK_APPLICATION (app), "card.next-topic", "<Alt><Shift>Down");
  set_accels (GTK_APPLICATION (app), "card.left", "<Alt>Left");
  set_accels (GTK_APPLICATION (app), "card.right", "<Alt>Right");
}

static void
readout_application_class_init (ReadoutApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  app_class->startup = readout_application_startup;
  app_class->activate = readout_application_activate;
  app_class->open = readout_application_open;
  gtk_app_class->window_removed = readout_application_window_removed;
}

static void
readout_application_init (ReadoutApplication *self)
{
}
