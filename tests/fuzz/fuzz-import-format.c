/* fuzz-import-format.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer harness that skips format sniffing: the first byte picks the
 * importer, the rest is decoded as the dispatcher would and handed to it.
 * Sniffing is a heuristic over the first bytes, so every importer must cope
 * with input that only resembles its format.
 */

#include "config.h"

#include <stdint.h>

#include "fuzz-common.h"
#include "readout-import-private.h"

static const ReadoutFormat formats[] = {
  READOUT_FORMAT_TEXT,
  READOUT_FORMAT_HTML,
  READOUT_FORMAT_XHTML,
  READOUT_FORMAT_NITF,
  READOUT_FORMAT_NEWSML,
  READOUT_FORMAT_RSS,
  READOUT_FORMAT_ATOM,
  READOUT_FORMAT_JSON,
};

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
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  ReadoutFormat format;
  gsize text_len = 0;

  if (size < 2 || size > 256 * 1024)
    return 0;

  format = formats[data[0] % G_N_ELEMENTS (formats)];
  text = _readout_decode_to_utf8 (data + 1, size - 1, &text_len, warnings, &error);
  if (text == NULL)
    {
      fuzz_check_result (NULL, error, NULL);
      return 0;
    }
  if (!g_utf8_validate (text, text_len, NULL))
    fuzz_fail ("the decoder returned invalid UTF-8");

  switch (format)
    {
    case READOUT_FORMAT_TEXT:
      docs = _readout_text_import (text, text_len, &error);
      break;
    case READOUT_FORMAT_HTML:
      docs = _readout_html_import (text, text_len, &error);
      break;
    case READOUT_FORMAT_JSON:
      docs = _readout_json_import (text, text_len, &error);
      break;
    case READOUT_FORMAT_XHTML:
    case READOUT_FORMAT_NITF:
    case READOUT_FORMAT_NEWSML:
    case READOUT_FORMAT_RSS:
    case READOUT_FORMAT_ATOM:
    case READOUT_FORMAT_UNKNOWN:
    default:
      docs = _readout_xml_import (text, text_len, format, &error);
      break;
    }

  /* Importers may return documents with empty text (the dispatcher drops
   * them), so only the non-empty ones are checked. */
  if (docs != NULL)
    {
      if (error != NULL)
        fuzz_fail ("documents returned with an error set");
      for (guint i = 0; i < docs->len; i++)
        fuzz_check_document (g_ptr_array_index (docs, i));
    }
  else
    {
      /* The dispatcher repairs messages in which libxml2 quoted half a
       * character (tests/data/bad/fuzz-xml-error-split-utf8.xml); do the
       * same so that known fault does not mask others. */
      if (error != NULL && error->message != NULL)
        {
          char *valid = g_utf8_make_valid (error->message, -1);

          g_free (error->message);
          error->message = valid;
        }
      fuzz_check_result (NULL, error, NULL);
    }

  return 0;
}
