/* readout-export-qdpx-private.h — shared by the REFI-QDA project's writers
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * readout-export-qdpx.c writes the codebook, sources and statements;
 * readout-export-qdpx-notes.c what comes from the user's annotations
 * (tags as codes, passages, notes, authors as users).
 */

#pragma once

#include <glib/gi18n-lib.h>
#include <libxml/xmlwriter.h>
#include <string.h>

#include "readout-export-private.h"

G_BEGIN_DECLS

#define EXCERPT_LENGTH 60

typedef struct
{
  ReadoutExportContext context;
  ReadoutComparison *comparison;
  xmlTextWriterPtr   writer;
  gboolean           failed;    /* the writer ran out of memory */
  char              *now;       /* xsd:dateTime, UTC */
  char              *user;      /* the one user's GUID */
  GHashTable        *codes;     /* "party:RUS", "act:REJECT", … → GUID */
  GHashTable        *colours;   /* "party:RUS" → colour, for speakers */
  GPtrArray         *sources;   /* GUID per document */
  GPtrArray         *tones;     /* tone ids in order of first use, interned */
  const char        *user_name; /* the person exporting */
  GHashTable        *users;     /* an author's name → GUID, but the exporter's */
  GPtrArray         *authors;   /* the authors in order of first use */
  GHashTable        *notes;     /* ReadoutAnnotation → its Note's GUID */
  GPtrArray         *noted;     /* annotations with a Note, in order */
} Export;

/* Small writers over xmlTextWriter, inline so that both files share them;
 * a failure (out of memory) sets e->failed. */

/* @text with the characters XML 1.0 cannot carry replaced by U+FFFD. */
static inline char *
xml_safe (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF)
        g_string_append_unichar (out, 0xFFFD);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (out, FALSE);
}

static inline void
start (Export     *e,
       const char *element)
{
  if (xmlTextWriterStartElement (e->writer, BAD_CAST element) < 0)
    e->failed = TRUE;
}

static inline void
end (Export *e)
{
  if (xmlTextWriterEndElement (e->writer) < 0)
    e->failed = TRUE;
}

static inline void
attr (Export     *e,
      const char *name,
      const char *value)
{
  g_autofree char *safe = NULL;

  if (value == NULL)
    return;
  safe = xml_safe (value);
  if (xmlTextWriterWriteAttribute (e->writer, BAD_CAST name, BAD_CAST safe) < 0)
    e->failed = TRUE;
}

static inline void
attr_uint (Export     *e,
           const char *name,
           guint       value)
{
  char buffer[16];

  g_snprintf (buffer, sizeof buffer, "%u", value);
  attr (e, name, buffer);
}

static inline void
text_element (Export     *e,
              const char *element,
              const char *text)
{
  g_autofree char *safe = xml_safe (text);

  if (xmlTextWriterWriteElement (e->writer, BAD_CAST element, BAD_CAST safe) < 0)
    e->failed = TRUE;
}

static inline const char *
new_guid (Export     *e,
          const char *key)
{
  char *guid = g_uuid_string_random ();

  g_hash_table_insert (e->codes, g_strdup (key), guid);
  return guid;
}

static inline const char *
code_guid (Export     *e,
           const char *kind,
           const char *id)
{
  g_autofree char *key = g_strconcat (kind, ":", id, NULL);

  return g_hash_table_lookup (e->codes, key);
}

static inline void
code (Export     *e,
      const char *kind,
      const char *id,
      const char *name,
      const char *colour,
      const char *description)
{
  g_autofree char *key = g_strconcat (kind, ":", id, NULL);

  start (e, "Code");
  attr (e, "guid", new_guid (e, key));
  attr (e, "name", name);
  attr (e, "isCodable", "true");
  attr (e, "color", colour);
  if (description != NULL && *description != '\0')
    text_element (e, "Description", description);
  end (e);
}

/* A category: a code that groups others and is not applied itself. */
static inline void
start_category (Export     *e,
                const char *name)
{
  g_autofree char *guid = g_uuid_string_random ();

  start (e, "Code");
  attr (e, "guid", guid);
  attr (e, "name", name);
  attr (e, "isCodable", "false");
}

static inline void
coding_by (Export     *e,
           const char *target,
           const char *user,
           const char *when)
{
  g_autofree char *guid = g_uuid_string_random ();

  if (target == NULL)
    return;
  start (e, "Coding");
  attr (e, "guid", guid);
  attr (e, "creatingUser", user);
  attr (e, "creationDateTime", when);
  start (e, "CodeRef");
  attr (e, "targetGUID", target);
  end (e);
  end (e);
}

/* The selection's name: the start of the statement, for the tools' lists. */
static inline char *
excerpt (const char *text)
{
  g_autofree char *head = NULL;

  if (g_utf8_strlen (text, -1) <= EXCERPT_LENGTH)
    return g_strdup (text);
  head = g_utf8_substring (text, 0, EXCERPT_LENGTH - 1);
  return g_strconcat (head, "…", NULL);
}

void _readout_qdpx_write_tag_codes (Export            *e);
void _readout_qdpx_collect_notes   (Export            *e);
void _readout_qdpx_write_users     (Export            *e);
/* An annotation's tags as codings (@codings), or the reference to its
 * note: the schema wants every Coding of a selection before its NoteRefs. */
void _readout_qdpx_annotation_refs (Export            *e,
                                    ReadoutAnnotation *annotation,
                                    gboolean           codings);
void _readout_qdpx_write_passage   (Export            *e,
                                    ReadoutAnnotation *annotation);
void _readout_qdpx_write_notes     (Export            *e);

G_END_DECLS
