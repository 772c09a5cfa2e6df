/* readout-cli-private.h — what the commands of readout-cli share
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "readout-engine.h"
#include "readout-session.h"

G_BEGIN_DECLS

enum {
  EXIT_OK = 0,
  EXIT_FAILED = 1,
  EXIT_USAGE = 2,
};

/* @node as JSON text, indented by two spaces when @pretty. */
char *readout_cli_to_json     (JsonNode  *node,
                               gboolean   pretty);

/* Imports every document of @files and analyses it, reporting failures on
 * stderr as "readout-cli: FILE: message" and going on with the rest.
 * Returns the analyses (ReadoutAnalysis); *failed is set when any file or
 * document failed. */
GPtrArray *readout_cli_analyze_files (char     **files,
                                      gboolean  *failed);

/* The same, then the comparison of all of them (readout-cli-compare.c);
 * NULL when nothing could be analysed or compared, with *failed set and
 * the reason printed. */
ReadoutComparison *readout_cli_compare_files (char     **files,
                                              gboolean  *failed);

/* readout-cli-session.c: whether @path is a session file (by its name,
 * else by its first bytes), and loading one, the failure printed. */
gboolean        readout_cli_is_session   (const char  *path);
ReadoutSession *readout_cli_load_session (const char  *path);

int   readout_cli_analyze     (int        argc,
                               char     **argv);
int   readout_cli_compare     (int        argc,
                               char     **argv);
int   readout_cli_export      (int        argc,
                               char     **argv);
int   readout_cli_session     (int        argc,
                               char     **argv);

G_END_DECLS
