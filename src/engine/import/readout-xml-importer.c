/* readout-xml-importer.c — placeholder, to be replaced by the XML news-format work. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "readout-error.h"
#include "readout-import-private.h"

GPtrArray *
_readout_xml_import (const char     *text,
                     gsize           len,
                     ReadoutFormat   format,
                     GError        **error)
{
  g_set_error (error, READOUT_ERROR, READOUT_ERROR_UNSUPPORTED_FORMAT, "not yet");
  return NULL;
}
