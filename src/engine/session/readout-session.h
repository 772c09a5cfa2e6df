/* readout-session.h — an annotated comparison, as saved in a .readout file
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A session owns the comparison (its documents, analyses and the user's
 * edits), the annotations and tags, and the window layout the GUI stores
 * in it. It is self-contained: a session file holds each document's text,
 * so it reopens without the articles. docs/session-format.md describes
 * the file; GTK-free, for the CLI and the GUI alike.
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "readout-annotation.h"
#include "readout-comparison.h"
#include "readout-tag.h"

G_BEGIN_DECLS

#define READOUT_SESSION_FORMAT       "readout-session"
#define READOUT_SESSION_VERSION      1
#define READOUT_SESSION_MIME_TYPE    "application/x-readout-session+json"
#define READOUT_SESSION_SUFFIX       ".readout"
/* Larger files are refused before parsing. */
#define READOUT_SESSION_MAX_SIZE     (512 * 1024 * 1024)

#define READOUT_TYPE_SESSION (readout_session_get_type ())

G_DECLARE_FINAL_TYPE (ReadoutSession, readout_session, READOUT, SESSION, GObject)

/* A new, unsaved session around @comparison (nullable: an empty session
 * until the GUI has a comparison). */
ReadoutSession     *readout_session_new                (ReadoutComparison   *comparison);
/* Imports, analyses and compares @files: `readout-cli session new`. */
ReadoutSession     *readout_session_new_for_files      (GFile              **files,
                                                        guint                n_files,
                                                        GCancellable        *cancellable,
                                                        GError             **error);

/* The comparison; NULL only for an empty session. */
ReadoutComparison  *readout_session_get_comparison     (ReadoutSession      *self);
/* Replaces the comparison by one of the same documents and more (the GUI
 * rebuilds it when an article is added or removed): the user's edits and
 * the annotations are carried over to the statements they were on.
 * Returns how many edits could not be carried over (their statement or
 * topic no longer exists); annotations that lose their statement become
 * passage annotations, never dropped. */
guint               readout_session_set_comparison     (ReadoutSession      *self,
                                                        ReadoutComparison   *comparison);

/* ReadoutAnnotation in creation order. */
GListModel         *readout_session_get_annotations    (ReadoutSession      *self);
/* ReadoutTag in creation order. */
GListModel         *readout_session_get_tags           (ReadoutSession      *self);

/* The author recorded on new annotations (the GUI sets it from its
 * preferences, the real name by default). */
const char         *readout_session_get_author         (ReadoutSession      *self);
void                readout_session_set_author         (ReadoutSession      *self,
                                                        const char          *author);

/* A new annotation on a statement of the comparison. */
ReadoutAnnotation  *readout_session_annotate_statement (ReadoutSession      *self,
                                                        ReadoutStatement    *statement);
/* A new annotation on code points [@start, @end) of document @document
 * (an index into the comparison's analyses); NULL when the span is empty
 * or not inside the text. */
ReadoutAnnotation  *readout_session_annotate_passage   (ReadoutSession      *self,
                                                        guint                document,
                                                        guint                start,
                                                        guint                end);
void                readout_session_remove_annotation  (ReadoutSession      *self,
                                                        ReadoutAnnotation   *annotation);
ReadoutAnnotation  *readout_session_find_annotation    (ReadoutSession      *self,
                                                        const char          *id);
/* The first annotation on @statement, or NULL: what its card shows. */
ReadoutAnnotation  *readout_session_get_statement_annotation (ReadoutSession *self,
                                                        ReadoutStatement    *statement);
/* The statement an annotation is on, or NULL (passage, or orphaned). */
ReadoutStatement   *readout_session_get_annotation_statement (ReadoutSession *self,
                                                        ReadoutAnnotation   *annotation);
/* The index of the annotation's document, or -1 when unknown. */
int                 readout_session_get_annotation_document  (ReadoutSession *self,
                                                        ReadoutAnnotation   *annotation);

/* A new tag with a fresh id ("t1", "t2", …). */
ReadoutTag         *readout_session_add_tag            (ReadoutSession      *self,
                                                        const char          *name,
                                                        const char          *color);
/* Also takes the tag off every annotation. */
void                readout_session_remove_tag         (ReadoutSession      *self,
                                                        ReadoutTag          *tag);
ReadoutTag         *readout_session_find_tag           (ReadoutSession      *self,
                                                        const char          *id);

/* The window layout: a JSON object the GUI owns and the engine keeps
 * (column order and visibility, pane positions, the current document). */
JsonObject         *readout_session_get_layout         (ReadoutSession      *self);
/* Replaces member @name of the layout (takes @node; NULL removes it).
 * @is_edit: the user changed something worth saving (column order), as
 * opposed to the window's size, which is kept but does not make the
 * session unsaved. */
void                readout_session_set_layout_member  (ReadoutSession      *self,
                                                        const char          *name,
                                                        JsonNode            *node,
                                                        gboolean             is_edit);

/* The file the session was loaded from or last saved to, or NULL. */
GFile              *readout_session_get_file           (ReadoutSession      *self);
/* The file's name without ".readout", else "Untitled Comparison"
 * (translated): for the window title. */
char               *readout_session_dup_title          (ReadoutSession      *self);
/* Whether something changed since the session was loaded or saved.
 * Notified as "unsaved"; "changed" (no arguments) is emitted after every
 * change of the comparison, the annotations, the tags or the layout. */
gboolean            readout_session_get_unsaved        (ReadoutSession      *self);
/* Grows with every change: drafts compare it. */
guint64             readout_session_get_change_count   (ReadoutSession      *self);

/* Statements of the file that could not be anchored in their document's
 * text (ReadoutStatement, not in the comparison): shown as orphaned and
 * saved again, never dropped. */
GListModel         *readout_session_get_orphaned_statements (ReadoutSession *self);

/* Loading. Every failure is a READOUT_ERROR (MALFORMED, TOO_LARGE,
 * UNSUPPORTED_FORMAT for another format or a newer version, HOSTILE for
 * absurd nesting) or a GIO error, with a translated message naming
 * @display_name and, where it can, the member at fault. Members this
 * version does not know are kept and written back on save. */
ReadoutSession     *readout_session_load_bytes         (GBytes              *bytes,
                                                        const char          *display_name,
                                                        GCancellable        *cancellable,
                                                        GError             **error);
/* Loads @file and remembers it and its etag for saving. */
ReadoutSession     *readout_session_load_file          (GFile               *file,
                                                        GCancellable        *cancellable,
                                                        GError             **error);
void                readout_session_load_file_async    (GFile               *file,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
ReadoutSession     *readout_session_load_file_finish   (GAsyncResult        *result,
                                                        GError             **error);
/* After a failed load: the documents (with their text) and whatever else
 * of @bytes still reads, as a new unsaved session with no file; NULL
 * (and @error set) when not even one document can be read. */
ReadoutSession     *readout_session_salvage_bytes      (GBytes              *bytes,
                                                        const char          *display_name,
                                                        GCancellable        *cancellable,
                                                        GError             **error);

/* Saving. */
GBytes             *readout_session_to_bytes           (ReadoutSession      *self,
                                                        GError             **error);

typedef enum
{
  READOUT_SESSION_SAVE_NONE      = 0,
  /* Overwrite even when the file changed on disk since it was opened. */
  READOUT_SESSION_SAVE_OVERWRITE = 1 << 0,
} ReadoutSessionSaveFlags;

/* Writes the session to @file atomically (g_file_replace_contents(), with
 * a backup-free rename). When @file is the session's own file and it
 * changed on disk since it was loaded or saved, fails with
 * G_IO_ERROR_WRONG_ETAG unless OVERWRITE is given. On success the
 * session's file becomes @file and it is no longer unsaved. */
gboolean            readout_session_save_file          (ReadoutSession      *self,
                                                        GFile               *file,
                                                        ReadoutSessionSaveFlags flags,
                                                        GCancellable        *cancellable,
                                                        GError             **error);
/* The same with the serialising done here and the writing in a thread. */
void                readout_session_save_file_async    (ReadoutSession      *self,
                                                        GFile               *file,
                                                        ReadoutSessionSaveFlags flags,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
gboolean            readout_session_save_file_finish   (ReadoutSession      *self,
                                                        GAsyncResult        *result,
                                                        GError             **error);

/* Drafts (readout-session-drafts.c): after a change the GUI writes one to
 * $XDG_DATA_HOME/readout/drafts/ — never to the user's file — and removes
 * it when the session is saved or closed without saving. A draft still
 * there at start-up is a crash's leftover, offered for restoring. */
GFile              *readout_session_get_drafts_dir     (void);
/* Writes the draft if something changed since the last one (atomically);
 * TRUE when there was nothing to write or it was written. */
gboolean            readout_session_write_draft        (ReadoutSession      *self,
                                                        GError             **error);
/* Removes the session's draft, if any. */
void                readout_session_discard_draft      (ReadoutSession      *self);
/* The drafts left in the drafts directory, newest first (GFile). */
GPtrArray          *readout_session_list_drafts        (void);
/* Loads a draft: the session it holds, unsaved, with the file it belonged
 * to (if any), which keeps writing to the same draft. */
ReadoutSession     *readout_session_restore_draft      (GFile               *draft,
                                                        GCancellable        *cancellable,
                                                        GError             **error);

G_END_DECLS
