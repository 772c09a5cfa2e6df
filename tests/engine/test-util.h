/* test-util.h — helpers shared by the data-driven engine tests.
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sorted names of the files in G_TEST_SRCDIR/data/@subdir whose names start
 * with @prefix ("" for all), dot files left out; empty if the folder is
 * missing, so callers decide whether that is a failure. */
GPtrArray *test_util_list_data (const char *subdir,
                                const char *prefix);

G_END_DECLS
