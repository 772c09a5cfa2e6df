/* fuzz-import.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer harness for the whole import path through the public API: size
 * limit, binary sniffing, decoding, format sniffing and every importer (the
 * dispatcher picks the importer from the content, so one harness reaches
 * them all).
 */

#include "config.h"

#include <stdint.h>

#include "fuzz-common.h"

/* Small, so a size-limit error is reachable and inputs stay fast. */
#define FUZZ_MAX_SIZE (256 * 1024)

static ReadoutImporter *importer;

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  importer = readout_importer_new ();
  readout_importer_set_max_size (importer, FUZZ_MAX_SIZE);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(GError) error = NULL;

  docs = readout_importer_import_bytes (importer, bytes, "fuzz-input", NULL, &error);
  fuzz_check_result (docs, error, "fuzz-input");

  return 0;
}
