/* fuzz-date.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer harness for readout_date_to_iso8601(), which every importer
 * feeds with dates taken verbatim from the input.
 */

#include "config.h"

#include <stdint.h>

#include "fuzz-common.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *input = NULL;
  g_autofree char *iso = NULL;

  if (size > 4096)
    return 0;

  /* Importers hand it normalised metadata: valid UTF-8, NUL-terminated. */
  input = g_utf8_make_valid ((const char *)data, size);
  iso = readout_date_to_iso8601 (input);
  if (iso != NULL)
    {
      g_autofree char *again = NULL;

      if (!g_utf8_validate (iso, -1, NULL) || strlen (iso) < 10)
        fuzz_fail ("the date is not an ISO 8601 string");
      /* ISO 8601 output must parse as itself. */
      again = readout_date_to_iso8601 (iso);
      if (again == NULL || strcmp (again, iso) != 0)
        fuzz_fail ("the ISO 8601 output does not round-trip");
    }

  return 0;
}
