/* window-test-util.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "window-test-util.h"

static gboolean
wake_up_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

void
window_test_wait_until (gboolean (*done) (gpointer),
                        gpointer   data,
                        int        seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;
  /* Wakes the loop, so that the deadline is seen with nothing pending. */
  guint wake_id = g_timeout_add (20, wake_up_cb, NULL);

  while (!done (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("timed out waiting");
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (wake_id);
}

static gboolean
time_is_up (gpointer data)
{
  return g_get_monotonic_time () > *(gint64 *) data;
}

void
window_test_spin (int milliseconds)
{
  gint64 until = g_get_monotonic_time () + milliseconds * 1000;

  window_test_wait_until (time_is_up, &until, milliseconds / 1000 + 10);
  /* And whatever became due meanwhile: idles that bind widgets. */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

gboolean
window_test_compared (gpointer data)
{
  ReadoutWindow *window = data;

  return readout_window_get_n_pending (window) == 0 && !_readout_window_is_busy (window) &&
         window->comparison != NULL;
}

ReadoutWindow *
window_test_new_comparing (int seconds)
{
  ReadoutWindow *window = g_object_ref (readout_window_new (NULL));
  const char *names[] = { "talks-wire-a.txt", "talks-wire-b.html" };

  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "compare", names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      readout_window_open_file (window, file);
    }
  window_test_wait_until (window_test_compared, window, seconds);
  return window;
}

gboolean
window_test_find_file_chooser (gpointer data)
{
  GtkWindow **found = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        {
          *found = toplevel;
          return TRUE;
        }
    }
  return FALSE;
}
