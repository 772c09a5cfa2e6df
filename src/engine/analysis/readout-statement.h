/* readout-statement.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "readout-act.h"
#include "readout-party.h"
#include "readout-speaker.h"

G_BEGIN_DECLS

typedef enum
{
  READOUT_STATEMENT_DIRECT,    /* "…," Sherman said */
  READOUT_STATEMENT_MIXED,     /* called them "frank and forthright" */
  READOUT_STATEMENT_INDIRECT,  /* Ryabkov said those talks will … */
  READOUT_STATEMENT_STANCE,    /* The U.S. has dismissed that as … */
} ReadoutStatementKind;

const char *readout_statement_kind_to_string (ReadoutStatementKind kind);

#define READOUT_TYPE_STATEMENT_KIND (readout_statement_kind_get_type ())
GType readout_statement_kind_get_type (void);

#define READOUT_STATEMENT_MAX_TARGETS 4
#define READOUT_STATEMENT_MAX_TONE    4

/* Everything the attributor knows about one statement; the pipeline fills
 * one in and hands it to _readout_statement_new().  Offsets are Unicode
 * code points into the document's text, end exclusive; a missing cue or
 * source has start == end == 0 and a NULL string. */
typedef struct
{
  ReadoutStatementKind  kind;
  guint                 start;
  guint                 end;
  guint                 cue_start;
  guint                 cue_end;
  guint                 source_start;
  guint                 source_end;
  guint                 block;
  gboolean              negated;
  gboolean              conditional;
  double                confidence;
  ReadoutSpeaker       *speaker;   /* nullable */
  ReadoutParty         *party;     /* nullable */
  /* The cue's lemma ("say", "rule out", "insistence"): an interned
   * string, or NULL for a floating quote. */
  const char           *cue_lemma;
  ReadoutAct            act;
  guint                 mode;      /* ReadoutActMode */
  /* Parties the act is aimed at or concerns, NULL-terminated. */
  ReadoutParty         *targets[READOUT_STATEMENT_MAX_TARGETS + 1];
  /* Tone lexicon ids (readout-tone.h), interned, NULL-terminated. */
  const char           *tone[READOUT_STATEMENT_MAX_TONE + 1];
} ReadoutStatementInit;

#define READOUT_TYPE_STATEMENT (readout_statement_get_type ())

G_DECLARE_FINAL_TYPE (ReadoutStatement, readout_statement, READOUT, STATEMENT, GObject)

/* @text is the document's text; the statement copies the content, cue and
 * source strings out of it. @id is "s1", "s2", … in reading order. */
ReadoutStatement     *_readout_statement_new            (const char                 *id,
                                                         const char                 *text,
                                                         const ReadoutStatementInit *init);

/* A position in a text, in code points and in bytes. Statements built in
 * reading order through one cursor copy their strings in linear time
 * overall; _readout_statement_new() walks from the start every time.
 * Begin with { text, 0, 0 }. */
typedef struct
{
  const char *text;
  guint       offset;
  gsize       byte;
} ReadoutTextCursor;

ReadoutStatement     *_readout_statement_new_at         (const char                 *id,
                                                         ReadoutTextCursor          *cursor,
                                                         const ReadoutStatementInit *init);

/* Where the spans of a ReadoutStatementInit lie in the text, in bytes;
 * a cue or source the init does not have is not read. */
typedef struct
{
  gsize start;
  gsize end;
  gsize cue_start;
  gsize cue_end;
  gsize source_start;
  gsize source_end;
} ReadoutStatementBytes;

/* As _readout_statement_new(), for a caller that knows the byte offsets
 * of the spans (the pipeline has them from its tokens): no walk over the
 * text. The code point offsets of @init are kept as they are. */
ReadoutStatement     *_readout_statement_new_bytes      (const char                  *id,
                                                         const char                  *text,
                                                         const ReadoutStatementInit  *init,
                                                         const ReadoutStatementBytes *bytes);

/* A statement of its own with the same values: a comparison edits its
 * copies, so that the analyses stay as the engine made them. */
ReadoutStatement     *_readout_statement_copy           (ReadoutStatement           *self);

const char           *readout_statement_get_id          (ReadoutStatement *self);
ReadoutStatementKind  readout_statement_get_kind        (ReadoutStatement *self);
/* The content exactly as it stands in the document's text. */
const char           *readout_statement_get_text        (ReadoutStatement *self);
guint                 readout_statement_get_start       (ReadoutStatement *self);
guint                 readout_statement_get_end         (ReadoutStatement *self);
const char           *readout_statement_get_cue         (ReadoutStatement *self);
guint                 readout_statement_get_cue_start   (ReadoutStatement *self);
guint                 readout_statement_get_cue_end     (ReadoutStatement *self);
/* The source mention as written ("he", "The U.S."), or NULL. */
const char           *readout_statement_get_source      (ReadoutStatement *self);
guint                 readout_statement_get_source_start (ReadoutStatement *self);
guint                 readout_statement_get_source_end  (ReadoutStatement *self);
ReadoutSpeaker       *readout_statement_get_speaker     (ReadoutStatement *self);
ReadoutParty         *readout_statement_get_party       (ReadoutStatement *self);
guint                 readout_statement_get_block       (ReadoutStatement *self);
gboolean              readout_statement_get_negated     (ReadoutStatement *self);
gboolean              readout_statement_get_conditional (ReadoutStatement *self);
double                readout_statement_get_confidence  (ReadoutStatement *self);
const char           *readout_statement_get_cue_lemma   (ReadoutStatement *self);
ReadoutAct            readout_statement_get_act         (ReadoutStatement *self);
ReadoutActMode        readout_statement_get_mode        (ReadoutStatement *self);
/* NULL-terminated; never NULL itself. */
ReadoutParty * const *readout_statement_get_targets     (ReadoutStatement *self);
/* Tone lexicon ids, NULL-terminated; never NULL itself. */
const char * const   *readout_statement_get_tone        (ReadoutStatement *self);
/* TRUE for a statement the user added by hand (docs/editing.md). */
gboolean              readout_statement_get_user_added  (ReadoutStatement *self);

/* The user's corrections, for ReadoutComparison's command stack only:
 * main thread, and each notifies its property when the value changes. */
void                  _readout_statement_set_speaker    (ReadoutStatement *self,
                                                         ReadoutSpeaker   *speaker);
void                  _readout_statement_set_party      (ReadoutStatement *self,
                                                         ReadoutParty     *party);
void                  _readout_statement_set_act        (ReadoutStatement *self,
                                                         ReadoutAct        act);
void                  _readout_statement_set_user_added (ReadoutStatement *self,
                                                         gboolean          user_added);

G_END_DECLS
