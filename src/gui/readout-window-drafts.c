/* readout-window-drafts.c — never lose work: drafts of unsaved sessions,
 * and restoring them after a crash
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A few seconds after a change the session writes a draft to the user
 * data directory (never to the user's file); saving, or closing without
 * saving, removes it. A draft still there when Readout starts is what a
 * crash left behind, and is offered back.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "readout-window-private.h"

/* Long enough to coalesce a burst of edits, short enough to lose little. */
#define DRAFT_DELAY_SECONDS 3

static gboolean
draft_timeout_cb (gpointer data)
{
  ReadoutWindow *self = data;
  g_autoptr(GError) error = NULL;

  self->draft_source = 0;
  /* Everything undone, say: nothing left worth restoring. */
  if (!_readout_window_has_unsaved_work (self))
    {
      readout_session_discard_draft (self->session);
      return G_SOURCE_REMOVE;
    }

  _readout_window_store_layout (self);
  if (!readout_session_write_draft (self->session, &error))
    {
      g_warning ("Could not write a draft: %s", error->message);
      /* Once per window: the same failure every few seconds helps no one. */
      if (!self->draft_error_shown)
        {
          g_autofree char *message = g_strdup_printf (_("Unsaved changes could not be backed up: %s"),
                                                      error->message);

          self->draft_error_shown = TRUE;
          _readout_window_show_error (self, message);
        }
    }
  return G_SOURCE_REMOVE;
}

static void
session_changed_cb (ReadoutWindow *self)
{
  if (self->draft_source == 0)
    self->draft_source = g_timeout_add_seconds (DRAFT_DELAY_SECONDS, draft_timeout_cb, self);
}

static void
session_bind_cb (ReadoutWindow *self)
{
  g_clear_handle_id (&self->draft_source, g_source_remove);
  g_signal_connect_object (self->session, "changed",
                           G_CALLBACK (session_changed_cb), self, G_CONNECT_SWAPPED);
}

void
_readout_window_discard_draft (ReadoutWindow *self)
{
  g_clear_handle_id (&self->draft_source, g_source_remove);
  readout_session_discard_draft (self->session);
}

void
_readout_window_drafts_init (ReadoutWindow *self)
{
  g_signal_connect (self, "notify::session", G_CALLBACK (session_bind_cb), NULL);
  session_bind_cb (self);
}

void
_readout_window_drafts_dispose (ReadoutWindow *self)
{
  g_clear_handle_id (&self->draft_source, g_source_remove);
}

/* Restoring */

static void
restore_drafts (ReadoutWindow *self,
                GPtrArray     *drafts)
{
  for (guint i = 0; i < drafts->len; i++)
    {
      GFile *draft = g_ptr_array_index (drafts, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(ReadoutSession) session = readout_session_restore_draft (draft, NULL, &error);
      ReadoutWindow *window;

      if (session == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("An unsaved comparison could not be restored: %s"),
                                                      error->message);

          g_message ("%s", message);
          _readout_window_show_error (self, message);
          continue;
        }
      window = _readout_window_is_empty (self)
               ? self
               : readout_window_new (READOUT_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
      gtk_window_present (GTK_WINDOW (window));
      _readout_window_take_session (window, session, TRUE);
    }
}

static void
restore_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     ReadoutWindow    *self)
{
  GPtrArray *drafts = g_object_get_data (G_OBJECT (dialog), "readout-drafts");

  if (g_strcmp0 (response, "restore") == 0)
    restore_drafts (self, drafts);
  else if (g_strcmp0 (response, "discard") == 0)
    for (guint i = 0; i < drafts->len; i++)
      {
        g_autoptr(GError) error = NULL;

        if (!g_file_delete (g_ptr_array_index (drafts, i), NULL, &error) &&
            !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
          g_warning ("Could not remove a draft: %s", error->message);
      }
}

void
readout_window_offer_drafts (ReadoutWindow *self)
{
  g_autoptr(GPtrArray) drafts = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  g_return_if_fail (READOUT_IS_WINDOW (self));

  drafts = readout_session_list_drafts ();
  if (drafts == NULL || drafts->len == 0)
    return;

  body = g_strdup_printf (ngettext ("Readout closed without saving the changes to %u comparison. Restore them, or discard them for good?",
                                    "Readout closed without saving the changes to %u comparisons. Restore them, or discard them for good?",
                                    drafts->len),
                          drafts->len);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Restore Unsaved Work?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "later", _("_Later"),
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "restore");
  /* Escape keeps the drafts for the next start. */
  adw_message_dialog_set_close_response (dialog, "later");
  g_object_set_data_full (G_OBJECT (dialog), "readout-drafts",
                          g_steal_pointer (&drafts), (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (restore_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
