/* readout-document-json.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "readout-document-json.h"
#include "readout-json-private.h"

static void
add_strv (JsonBuilder        *builder,
          const char         *key,
          const char * const *values)
{
  json_builder_set_member_name (builder, key);
  json_builder_begin_array (builder);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

JsonNode *
readout_document_to_json (ReadoutDocument *document)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n_blocks;

  g_return_val_if_fail (READOUT_IS_DOCUMENT (document), NULL);

  json_builder_begin_object (builder);
  _readout_json_add_string (builder, "title", readout_document_get_title (document));
  add_strv (builder, "authors", readout_document_get_authors (document));
  _readout_json_add_string (builder, "date", readout_document_get_date (document));
  _readout_json_add_string (builder, "source", readout_document_get_source (document));
  _readout_json_add_string (builder, "section", readout_document_get_section (document));
  _readout_json_add_string (builder, "dateline", readout_document_get_dateline (document));
  _readout_json_add_string (builder, "url", readout_document_get_url (document));
  _readout_json_add_string (builder, "language", readout_document_get_language (document));
  _readout_json_add_string (builder, "format", readout_document_get_format (document));
  _readout_json_add_string (builder, "uri", readout_document_get_uri (document));
  _readout_json_add_string (builder, "sha256", readout_document_get_sha256 (document));
  add_strv (builder, "warnings", readout_document_get_warnings (document));
  _readout_json_add_string (builder, "text", readout_document_get_text (document));

  json_builder_set_member_name (builder, "blocks");
  json_builder_begin_array (builder);
  n_blocks = readout_document_get_n_blocks (document);
  for (guint i = 0; i < n_blocks; i++)
    {
      const ReadoutBlock *block = readout_document_get_block (document, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, readout_block_kind_to_string (block->kind));
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, block->start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, block->end);
      if (block->label != NULL)
        {
          json_builder_set_member_name (builder, "label");
          json_builder_add_string_value (builder, block->label);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
