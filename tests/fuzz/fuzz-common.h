/* fuzz-common.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the libFuzzer harnesses share: quiet logging that still aborts on
 * criticals, and the checks every imported document must pass.
 */

#pragma once

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "readout-engine.h"

/* Criticals are failed preconditions (bugs), so they abort; warnings and
 * debug output are dropped because printing them slows the fuzzer down. */
static inline GLogWriterOutput
fuzz_log_writer (GLogLevelFlags   log_level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  if (log_level & (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR))
    {
      g_log_writer_standard_streams (log_level, fields, n_fields, user_data);
      abort ();
    }

  return G_LOG_WRITER_HANDLED;
}

static inline void
fuzz_init (void)
{
  g_log_set_writer_func (fuzz_log_writer, NULL, NULL);
  readout_engine_init ();
}

static inline void G_GNUC_NORETURN
fuzz_fail (const char *what)
{
  fprintf (stderr, "fuzz: invariant broken: %s\n", what);
  abort ();
}

/* The promises ReadoutDocument makes (readout-document.h): valid UTF-8 in
 * NFC without CR, blocks in order and inside the text. */
static inline void
fuzz_check_document (ReadoutDocument *doc)
{
  const char *text = readout_document_get_text (doc);
  guint length = readout_document_get_length (doc);
  guint n_blocks = readout_document_get_n_blocks (doc);
  guint previous_end = 0;
  g_autofree char *nfc = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonGenerator) gen = NULL;
  g_autofree char *json = NULL;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    fuzz_fail ("text is not valid UTF-8");
  if (g_utf8_strlen (text, -1) != length)
    fuzz_fail ("length is not the number of code points of the text");
  if (strchr (text, '\r') != NULL)
    fuzz_fail ("text holds a CR");
  nfc = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  if (nfc == NULL || strcmp (nfc, text) != 0)
    fuzz_fail ("text is not in NFC");

  for (guint i = 0; i < n_blocks; i++)
    {
      const ReadoutBlock *block = readout_document_get_block (doc, i);

      if (block->start >= block->end || block->end > length || block->start < previous_end)
        fuzz_fail ("block offsets out of order or outside the text");
      previous_end = block->end;
    }

  /* Metadata getters must return valid UTF-8 or NULL. */
  {
    const char *fields[] = {
      readout_document_get_title (doc), readout_document_get_date (doc),
      readout_document_get_source (doc), readout_document_get_url (doc),
      readout_document_get_language (doc), readout_document_get_dateline (doc),
      readout_document_get_section (doc),
    };
    const char * const *authors = readout_document_get_authors (doc);

    for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
      if (fields[i] != NULL && !g_utf8_validate (fields[i], -1, NULL))
        fuzz_fail ("a metadata field is not valid UTF-8");
    for (guint i = 0; authors != NULL && authors[i] != NULL; i++)
      if (!g_utf8_validate (authors[i], -1, NULL))
        fuzz_fail ("an author is not valid UTF-8");
  }

  /* The JSON export runs on everything the CLI prints. */
  node = readout_document_to_json (doc);
  gen = json_generator_new ();
  json_generator_set_root (gen, node);
  json = json_generator_to_data (gen, NULL);
  if (json == NULL)
    fuzz_fail ("the document does not export to JSON");
}

/* Success is one or more checked documents; failure is a GError from the
 * engine's domains with a message. Anything else is a bug. */
static inline void
fuzz_check_result (GPtrArray  *docs,
                   GError     *error,
                   const char *name)
{
  if (docs != NULL)
    {
      if (error != NULL)
        fuzz_fail ("documents returned with an error set");
      if (docs->len == 0)
        fuzz_fail ("an empty document list returned as success");
      for (guint i = 0; i < docs->len; i++)
        fuzz_check_document (g_ptr_array_index (docs, i));
      return;
    }

  if (error == NULL)
    fuzz_fail ("NULL returned without an error");
  if (error->domain != READOUT_ERROR && error->domain != G_IO_ERROR &&
      error->domain != G_CONVERT_ERROR)
    fuzz_fail ("an error from an unexpected domain");
  if (error->message == NULL || !g_utf8_validate (error->message, -1, NULL))
    fuzz_fail ("the error message is not valid UTF-8");
  if (name != NULL && strstr (error->message, name) == NULL)
    fuzz_fail ("the error message does not name the file");
}
