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

/* The title to show for @document: its own, else the file's name. */
char            *readout_dup_display_title       (ReadoutDocument   *document);

G_END_DECLS
