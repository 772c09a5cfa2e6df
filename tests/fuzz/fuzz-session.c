/* fuzz-session.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer harness for the session loader (docs/session-format.md). Any
 * input must give a session or a READOUT_ERROR/G_IO_ERROR naming the file;
 * a session must save, load again, and save to the same bytes (but for the
 * time of saving and the anchors' "match"): load → save → load → save is a
 * fixed point after one round. Inputs that fail go to the salvage too, which must give an error
 * or a session that passes the same round trip.
 */

#include "config.h"

#include <stdint.h>

#include "fuzz-common.h"
#include "readout-session.h"

#define NAME "fuzz.readout"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  return 0;
}

static void
check_error (GError *error)
{
  if (error == NULL)
    fuzz_fail ("NULL returned without an error");
  if (error->domain != READOUT_ERROR && error->domain != G_IO_ERROR)
    fuzz_fail ("an error from an unexpected domain");
  if (error->message == NULL || !g_utf8_validate (error->message, -1, NULL))
    fuzz_fail ("the error message is not valid UTF-8");
  if (strstr (error->message, NAME) == NULL)
    fuzz_fail ("the error message does not name the file");
}

/* Empties the string values of every member @key in @json. */
static void
mask_member (GString    *json,
             const char *key)
{
  g_autofree char *quoted = g_strdup_printf ("\"%s\"", key);
  gsize from = 0;
  char *p;

  while ((p = strstr (json->str + from, quoted)) != NULL)
    {
      char *close;
      gsize open;

      p += strlen (quoted);
      while (*p == ' ' || *p == ':')
        p++;
      from = p - json->str;
      if (*p != '"' || (close = strchr (p + 1, '"')) == NULL)
        continue;
      open = from + 1;
      g_string_erase (json, open, close - (p + 1));
      from = open + 1;
    }
}

/* The bytes with what may differ between two saves of the same session
 * blanked: the time of saving, and how each anchor was resolved (a quote
 * found by search, EXACT, is at its POSITION when read again). */
static char *
masked (GBytes *bytes)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  GString *copy = g_string_new_len (data, len);

  mask_member (copy, "saved");
  mask_member (copy, "match");
  return g_string_free (copy, FALSE);
}

static GBytes *
save (ReadoutSession *session)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = readout_session_to_bytes (session, &error);

  if (bytes == NULL)
    {
      fprintf (stderr, "save failed: %s\n", error ? error->message : "(no error)");
      fuzz_fail ("a loaded session does not save");
    }
  if (!g_utf8_validate (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL))
    fuzz_fail ("a saved session is not valid UTF-8");
  return bytes;
}

static void
check_session (ReadoutSession *session)
{
  g_autoptr(GBytes) first = save (session);
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutSession) again = readout_session_load_bytes (first, NAME, NULL, &error);
  g_autoptr(GBytes) second = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (again == NULL)
    {
      fprintf (stderr, "reload failed: %s\n", error ? error->message : "(no error)");
      fuzz_fail ("a saved session does not load");
    }
  if (g_list_model_get_n_items (readout_session_get_annotations (again)) !=
      g_list_model_get_n_items (readout_session_get_annotations (session)))
    fuzz_fail ("annotations lost in a round trip");
  if (g_list_model_get_n_items (readout_session_get_tags (again)) !=
      g_list_model_get_n_items (readout_session_get_tags (session)))
    fuzz_fail ("tags lost in a round trip");

  second = save (again);
  a = masked (first);
  b = masked (second);
  if (strcmp (a, b) != 0)
    {
      if (g_getenv ("FUZZ_SESSION_DUMP") != NULL)
        {
          g_file_set_contents ("fuzz-session-first.readout", a, -1, NULL);
          g_file_set_contents ("fuzz-session-second.readout", b, -1, NULL);
        }
      fuzz_fail ("the second save differs from the first");
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(ReadoutSession) session = readout_session_load_bytes (bytes, NAME, NULL, &error);

  if (session != NULL)
    {
      if (error != NULL)
        fuzz_fail ("a session returned with an error set");
      check_session (session);
      return 0;
    }

  check_error (error);
  g_clear_error (&error);
  session = readout_session_salvage_bytes (bytes, NAME, NULL, &error);
  if (session != NULL)
    {
      if (error != NULL)
        fuzz_fail ("a salvage returned with an error set");
      if (readout_session_get_file (session) != NULL)
        fuzz_fail ("a salvaged session has a file");
      /* What was salvaged is a whole session now. */
      check_session (session);
    }
  else
    check_error (error);

  return 0;
}
