/* readout-export-qdpx-notes.c — the user's annotations in a REFI-QDA project
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tags become codes under "Tags" with their colours; an annotation's
 * tags code its statement's selection, or a selection of its own for a
 * passage; its note (and status) becomes a Note referenced from that
 * selection, or from the project when the annotation is orphaned; its
 * author becomes a User.
 */

#include "config.h"

#include "readout-export-qdpx-private.h"

/* The user's tags, with their colours, so that the coding of annotated
 * statements and passages goes on under the same names. */
void
_readout_qdpx_write_tag_codes (Export *e)
{
  GListModel *tags = readout_session_get_tags (e->context.session);
  guint n = g_list_model_get_n_items (tags);

  if (n == 0)
    return;
  start_category (e, _("Tags"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutTag) tag = g_list_model_get_item (tags, i);

      code (e, "tag", readout_tag_get_id (tag), readout_tag_get_name (tag),
            readout_color_to_hex (readout_tag_get_color (tag)), NULL);
    }
  end (e);
}

/* The GUID of the User for an annotation's author. */
static const char *
author_guid (Export            *e,
             ReadoutAnnotation *annotation)
{
  const char *author = readout_annotation_get_author (annotation);

  if (author == NULL || *author == '\0' || g_str_equal (author, e->user_name))
    return e->user;
  return g_hash_table_lookup (e->users, author);
}

/* An annotation's tags as codings (@codings), or the reference to its note. */
void
_readout_qdpx_annotation_refs (Export            *e,
                               ReadoutAnnotation *annotation,
                               gboolean           codings)
{
  const char *note = g_hash_table_lookup (e->notes, annotation);

  if (codings)
    {
      g_autofree char *when = _readout_export_format_time (readout_annotation_get_created (annotation));

      for (const char * const *t = readout_annotation_get_tags (annotation); *t != NULL; t++)
        coding_by (e, code_guid (e, "tag", *t), author_guid (e, annotation), when);
    }
  else if (note != NULL)
    {
      start (e, "NoteRef");
      attr (e, "targetGUID", note);
      end (e);
    }
}

/* An annotation on a passage: a selection of its own, coded with its tags
 * and pointing at its note. */
void
_readout_qdpx_write_passage (Export            *e,
                             ReadoutAnnotation *annotation)
{
  const ReadoutAnchor *anchor = readout_annotation_get_anchor (annotation);
  g_autofree char *guid = g_uuid_string_random ();
  g_autofree char *name = excerpt (anchor->exact);
  g_autofree char *created = _readout_export_format_time (readout_annotation_get_created (annotation));
  g_autofree char *modified = _readout_export_format_time (readout_annotation_get_modified (annotation));
  const char *user = author_guid (e, annotation);
  /* TRANSLATORS: the description of a passage annotated in Readout; %s is its id ("a3") */
  g_autofree char *description = g_strdup_printf (_("Annotation %s"), readout_annotation_get_id (annotation));

  start (e, "PlainTextSelection");
  attr (e, "guid", guid);
  attr (e, "name", name);
  attr_uint (e, "startPosition", anchor->start);
  attr_uint (e, "endPosition", anchor->end);
  attr (e, "creatingUser", user);
  attr (e, "creationDateTime", created);
  attr (e, "modifyingUser", user);
  attr (e, "modifiedDateTime", modified);
  text_element (e, "Description", description);
  _readout_qdpx_annotation_refs (e, annotation, TRUE);
  _readout_qdpx_annotation_refs (e, annotation, FALSE);
  end (e);
}

/* Which annotations get a Note: those with something to say that the
 * codes do not (a note or a status), and the orphaned ones, whose Note
 * keeps the quote so that nothing is lost. Also the authors, as Users. */
void
_readout_qdpx_collect_notes (Export *e)
{
  GListModel *annotations = readout_session_get_annotations (e->context.session);
  guint n = g_list_model_get_n_items (annotations);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutAnnotation) annotation = g_list_model_get_item (annotations, i);
      const char *author = readout_annotation_get_author (annotation);

      if (author != NULL && *author != '\0' && !g_str_equal (author, e->user_name) &&
          !g_hash_table_contains (e->users, author))
        {
          g_hash_table_insert (e->users, g_strdup (author), g_uuid_string_random ());
          g_ptr_array_add (e->authors, g_strdup (author));
        }
      if (*readout_annotation_get_note (annotation) != '\0' ||
          readout_annotation_get_status (annotation) != READOUT_ANNOTATION_STATUS_NONE ||
          readout_annotation_is_orphaned (annotation) ||
          readout_session_get_annotation_document (e->context.session, annotation) < 0)
        {
          g_hash_table_insert (e->notes, annotation, g_uuid_string_random ());
          g_ptr_array_add (e->noted, g_object_ref (annotation));
        }
    }
}

void
_readout_qdpx_write_users (Export *e)
{
  start (e, "Users");
  start (e, "User");
  attr (e, "guid", e->user);
  attr (e, "name", e->user_name);
  end (e);
  for (guint i = 0; i < e->authors->len; i++)
    {
      start (e, "User");
      attr (e, "guid", g_hash_table_lookup (e->users, e->authors->pdata[i]));
      attr (e, "name", e->authors->pdata[i]);
      end (e);
    }
  end (e);
}

/* What the Note's text does not hold: where the annotation is, its status
 * and tags, and for an orphaned one the passage it was on. */
static char *
describe_note (Export            *e,
               ReadoutAnnotation *annotation)
{
  ReadoutSession *session = e->context.session;
  ReadoutAnnotationStatus status = readout_annotation_get_status (annotation);
  ReadoutStatement *on = readout_session_get_annotation_statement (session, annotation);
  const char *statement = on ? readout_comparison_get_statement_key (e->comparison, on) : NULL;
  g_autofree char *tags = _readout_export_tag_names (session, annotation, "; ");
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, _("Annotation: %s"), readout_annotation_get_id (annotation));
  g_string_append_c (out, '\n');
  g_string_append_printf (out, _("Document: %s"), readout_annotation_get_document (annotation));
  if (statement != NULL)
    {
      g_string_append_c (out, '\n');
      g_string_append_printf (out, _("Statement: %s"), statement);
    }
  if (status != READOUT_ANNOTATION_STATUS_NONE)
    {
      g_string_append_c (out, '\n');
      g_string_append_printf (out, _("Status: %s"), readout_annotation_status_get_label (status));
    }
  if (*tags != '\0')
    {
      g_string_append_c (out, '\n');
      g_string_append_printf (out, _("Tags: %s"), tags);
    }
  if (g_hash_table_lookup (e->notes, annotation) != NULL &&
      (readout_annotation_is_orphaned (annotation) ||
       readout_session_get_annotation_document (session, annotation) < 0))
    {
      g_string_append_c (out, '\n');
      g_string_append (out, _("Orphaned: the passage could not be found in the document’s current text."));
      g_string_append_c (out, '\n');
      /* TRANSLATORS: the passage an orphaned annotation was on, in quotation marks */
      g_string_append_printf (out, _("Passage: “%s”"), readout_annotation_get_anchor (annotation)->exact);
    }
  return g_string_free (out, FALSE);
}

void
_readout_qdpx_write_notes (Export *e)
{
  if (e->noted->len == 0)
    return;
  start (e, "Notes");
  for (guint i = 0; i < e->noted->len; i++)
    {
      ReadoutAnnotation *annotation = e->noted->pdata[i];
      g_autofree char *summary = readout_annotation_dup_summary (annotation);
      g_autofree char *name = *summary != '\0' ? excerpt (summary)
        /* TRANSLATORS: the name of a note without text; %s is the annotation's id ("a3") */
        : g_strdup_printf (_("Annotation %s"), readout_annotation_get_id (annotation));
      g_autofree char *description = describe_note (e, annotation);
      g_autofree char *created = _readout_export_format_time (readout_annotation_get_created (annotation));
      g_autofree char *modified = _readout_export_format_time (readout_annotation_get_modified (annotation));
      const char *user = author_guid (e, annotation);

      start (e, "Note");
      attr (e, "guid", g_hash_table_lookup (e->notes, annotation));
      attr (e, "name", name);
      attr (e, "creatingUser", user);
      attr (e, "creationDateTime", created);
      attr (e, "modifyingUser", user);
      attr (e, "modifiedDateTime", modified);
      text_element (e, "Description", description);
      text_element (e, "PlainTextContent", readout_annotation_get_note (annotation));
      end (e);
    }
  end (e);
}
