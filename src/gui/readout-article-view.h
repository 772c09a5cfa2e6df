/* readout-article-view.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "readout-engine.h"

G_BEGIN_DECLS

#define READOUT_TYPE_ARTICLE_VIEW (readout_article_view_get_type ())

G_DECLARE_FINAL_TYPE (ReadoutArticleView, readout_article_view, READOUT, ARTICLE_VIEW, AdwBin)

GtkWidget       *readout_article_view_new          (void);
ReadoutDocument *readout_article_view_get_document (ReadoutArticleView *self);
void             readout_article_view_set_document (ReadoutArticleView *self,
                                                    ReadoutDocument    *document);
/* What is shown, for tests and accessibility checks. */
const char      *readout_article_view_get_title    (ReadoutArticleView *self);
const char      *readout_article_view_get_byline   (ReadoutArticleView *self);
GtkTextBuffer   *readout_article_view_get_buffer   (ReadoutArticleView *self);

/* A statement's passage in the text, coloured by its party's column;
 * @marker (0–3) picks a second cue besides colour (the underline). */
typedef struct
{
  guint             start;      /* code points into the document's text */
  guint             end;
  GdkRGBA           color;
  int               marker;
  ReadoutStatement *statement;
} ReadoutHighlight;

/* Replaces the highlights; the statements are referenced. */
void             readout_article_view_set_highlights   (ReadoutArticleView     *self,
                                                        const ReadoutHighlight *highlights,
                                                        guint                   n_highlights);
/* Marks @statement's passage as the current one and scrolls it into view;
 * NULL clears the mark. */
void             readout_article_view_focus_statement  (ReadoutArticleView     *self,
                                                        ReadoutStatement       *statement);
/* The selected text as document offsets; FALSE when nothing (or only text
 * the view inserted) is selected. */
gboolean         readout_article_view_get_selection    (ReadoutArticleView     *self,
                                                        guint                  *start,
                                                        guint                  *end);
/* The first highlighted statement at or after the top of the visible
 * text, or NULL. */
ReadoutStatement *readout_article_view_get_first_visible (ReadoutArticleView    *self);
/* The adjustment of the text's vertical scrolling. */
GtkAdjustment   *readout_article_view_get_vadjustment  (ReadoutArticleView     *self);
/* The buffer offset of a document offset (the view inserts bullets and
 * labels), for tests. */
guint            readout_article_view_buffer_offset    (ReadoutArticleView     *self,
                                                        guint                   offset);

/* Passage annotations: [start, end) in the document's code points,
 * tinted in their highlight colour over the statements' marks; a fully
 * transparent @color: no colour chosen (grey, underlined). */
typedef struct
{
  guint    start;
  guint    end;
  GdkRGBA  color;
} ReadoutPassageHighlight;

/* Replaces the passage highlights (readout-article-view-highlights.c). A
 * new document starts without any. */
void             readout_article_view_set_passage_highlights (ReadoutArticleView            *self,
                                                              const ReadoutPassageHighlight *highlights,
                                                              guint                          n_highlights);
/* The colour of the passage highlight at document offset @offset; FALSE
 * when there is none. A click inside a passage highlight emits
 * "passage-activated" with the clicked document offset. */
gboolean         readout_article_view_get_passage_color_at   (ReadoutArticleView            *self,
                                                              guint                          offset,
                                                              GdkRGBA                       *color);
/* Selects document offsets [start, end) and scrolls them into view. */
void             readout_article_view_select_range           (ReadoutArticleView            *self,
                                                              guint                          start,
                                                              guint                          end);

/* The title to show for @document: its own, else the file's name. */
char            *readout_dup_display_title       (ReadoutDocument   *document);

G_END_DECLS
