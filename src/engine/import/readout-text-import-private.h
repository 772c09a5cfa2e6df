/* readout-text-import-private.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the plain-text importer's two halves share: the units the file is
 * cut into and the import state. readout-text-importer.c builds the units
 * and finds the body; readout-text-header.c reads the header and trailer
 * around it (fields, byline, date, section, source, title).
 */

#pragma once

#include <glib.h>

#include "readout-boilerplate-private.h"

G_BEGIN_DECLS

/* Header and trailer lines are looked at this far from the body: a
 * headline is not hundreds of lines away from its story. */
#define MAX_HEADER_UNITS 60

typedef enum
{
  ROLE_NONE,
  ROLE_TITLE,
  ROLE_AUTHORS,
  ROLE_SOURCE,
  ROLE_SECTION,
  ROLE_DATE,
  ROLE_OTHER,
} Role;

typedef struct
{
  const char      *text;  /* trimmed, not NUL-terminated */
  gsize            len;
  char            *owned; /* backing store of joined lines */
  guint            n_repeats;
  gboolean         blank_after;
  gboolean         anchor;
  ReadoutLineInfo  info;
  Role             role;
} Unit;

typedef struct
{
  GArray     *units;      /* of Unit */
  GHashTable *counts;     /* Unit* → occurrences, keyed by the first one */
  int         body_start;
  int         body_end;   /* inclusive */

  char       *title;
  GPtrArray  *authors;
  char       *source;
  char       *section;
  char       *date;
  char       *updated;
  char       *url;
  char       *language;
} TextImport;

static inline char *
_readout_text_unit_dup (const Unit *unit)
{
  return g_strndup (unit->text, unit->len);
}

/* readout-text-header.c: gives the units in [@from, @to) their roles and
 * fills the fields they name; a trailer when @from is past the body. */
void  _readout_text_read_header           (TextImport  *ti,
                                           int          from,
                                           int          to,
                                           char       **byline_source);
/* readout-text-header.c: the headline among the header units before @to,
 * unless a field named one. */
void  _readout_text_choose_title          (TextImport  *ti,
                                           int          to);
/* readout-text-header.c: the first unit as the headline, in files
 * without a header. */
void  _readout_text_title_from_first_line (TextImport  *ti);

G_END_DECLS
