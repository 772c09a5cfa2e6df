/* readout-json-importer.c — placeholder, to be replaced by the JSON importer work. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "readout-error.h"
#include "readout-import-private.h"

GPtrArray *
_readout_json_import (const char  *text,
                      gsize        len,
                      GError     **error)
{
  g_set_error (error, READOUT_ERROR, READOUT_ERROR_UNSUPPORTED_FORMAT, "not yet");
  return NULL;
}
