/* readout-article-view-private.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "readout-article-view.h"

G_BEGIN_DECLS

typedef struct
{
  guint offset;   /* document code point the text was inserted before */
  guint length;   /* its code points */
} ArticleInsert;

struct _ReadoutArticleView
{
  AdwBin             parent_instance;

  /* Template widgets */
  GtkScrolledWindow *scroller;
  GtkLabel          *title_label;
  GtkLabel          *byline_label;
  GtkLabel          *meta_label;
  GtkTextView       *text_view;

  ReadoutDocument   *document;
  /* Text the view inserted before document offsets (bullets, labels, the
   * dateline): ArticleInsert, by offset, so document offsets can be
   * mapped to the buffer's. */
  GArray            *inserts;
  /* ReadoutHighlight, by start; their statements are references. */
  GArray            *highlights;
};


gint _readout_article_insert_compare         (gconstpointer       a,
                                              gconstpointer       b);
void _readout_article_view_init_highlights   (ReadoutArticleView *self,
                                              GtkTextBuffer      *buffer);
void _readout_article_view_clear_highlights  (ReadoutArticleView *self);
/* article.activate-passage: the passage at the text cursor selects its
 * card (Enter in the text). */
void _readout_article_view_activate_passage  (GtkWidget          *widget,
                                              const char         *action_name,
                                              GVariant           *parameter);

G_END_DECLS
