/* readout-article-view.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows one ReadoutDocument as a page: title, byline, date and source,
 * then the body in a read-only GtkTextView with a tag per block kind.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "readout-article-view-private.h"

G_DEFINE_FINAL_TYPE (ReadoutArticleView, readout_article_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

GtkWidget *
readout_article_view_new (void)
{
  return g_object_new (READOUT_TYPE_ARTICLE_VIEW, NULL);
}

char *
readout_dup_display_title (ReadoutDocument *document)
{
  const char *title = readout_document_get_title (document);
  const char *uri = readout_document_get_uri (document);

  if (title != NULL && *title != '\0')
    return g_strdup (title);

  if (uri != NULL && *uri != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uri);
      g_autofree char *basename = g_file_get_basename (file);

      if (basename != NULL)
        return g_filename_display_name (basename);
    }

  return g_strdup (_("Untitled Article"));
}

static char *
format_authors (const char * const *authors)
{
  guint n = authors != NULL ? g_strv_length ((char **) authors) : 0;
  g_autofree char *names = NULL;

  if (n == 0)
    return NULL;

  if (n == 1)
    names = g_strdup (authors[0]);
  else
    {
      g_autofree char *head = g_strjoinv (", ", (char **) authors);
      char *last_comma = g_strrstr (head, ", ");

      /* "A, B and C": the last separator becomes "and". */
      *last_comma = '\0';
      /* Translators: joins the last two author names, "Ana Ruiz and Li Wei". */
      names = g_strdup_printf (_("%s and %s"), head, authors[n - 1]);
    }

  /* Translators: the byline under an article's title; %s are the authors. */
  return g_strdup_printf (_("By %s"), names);
}

static char *
format_date (const char *iso8601)
{
  int year, month, day;
  g_autoptr(GDateTime) date = NULL;

  if (iso8601 == NULL || sscanf (iso8601, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return g_strdup (iso8601);

  date = g_date_time_new_utc (year, month, day, 0, 0, 0);
  if (date == NULL)
    return g_strdup (iso8601);

  /* xgettext:no-c-format */
  /* Translators: the date an article was published, in the format of
   * g_date_time_format(): "14 March 2026". */
  return g_date_time_format (date, _("%-d %B %Y"));
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
update_header (ReadoutArticleView *self)
{
  ReadoutDocument *doc = self->document;
  g_autofree char *title = NULL;
  g_autofree char *byline = NULL;
  g_autofree char *date = NULL;
  g_autoptr(GPtrArray) meta = g_ptr_array_new ();
  g_autofree char *meta_text = NULL;
  const char *source;
  const char *section;

  if (doc == NULL)
    {
      set_label (self->title_label, NULL);
      set_label (self->byline_label, NULL);
      set_label (self->meta_label, NULL);
      return;
    }

  title = readout_dup_display_title (doc);
  byline = format_authors (readout_document_get_authors (doc));
  date = format_date (readout_document_get_date (doc));
  source = readout_document_get_source (doc);
  section = readout_document_get_section (doc);

  if (date != NULL && *date != '\0')
    g_ptr_array_add (meta, date);
  if (source != NULL && *source != '\0')
    g_ptr_array_add (meta, (char *) source);
  if (section != NULL && *section != '\0')
    g_ptr_array_add (meta, (char *) section);
  g_ptr_array_add (meta, NULL);
  meta_text = g_strjoinv (" · ", (char **) meta->pdata);

  set_label (self->title_label, title);
  set_label (self->byline_label, byline);
  set_label (self->meta_label, meta_text);
}

static void
insert_prefix (ReadoutArticleView *self,
               GtkTextBuffer      *buffer,
               guint               offset,
               const char         *text,
               const char         *tag)
{
  ArticleInsert ins = { offset, g_utf8_strlen (text, -1) };
  GtkTextIter iter;

  g_array_append_val (self->inserts, ins);

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  gtk_text_buffer_insert_with_tags_by_name (buffer, &iter, text, -1, tag, NULL);
}

static void
update_body (ReadoutArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  ReadoutDocument *doc = self->document;
  const char *dateline;
  guint n_blocks;

  gtk_text_buffer_set_text (buffer, doc ? readout_document_get_text (doc) : "", -1);
  g_array_set_size (self->inserts, 0);
  _readout_article_view_clear_highlights (self);
  if (doc == NULL)
    return;

  /* Back to front, so inserting bullets and speaker labels does not move
   * the code-point offsets of the blocks still to do. */
  n_blocks = readout_document_get_n_blocks (doc);
  for (guint i = n_blocks; i-- > 0; )
    {
      const ReadoutBlock *block = readout_document_get_block (doc, i);
      const char *tag = NULL;
      GtkTextIter start, end;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, block->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, block->end);

      switch (block->kind)
        {
        case READOUT_BLOCK_HEADING:
          tag = "heading";
          break;
        case READOUT_BLOCK_BLOCKQUOTE:
          tag = "blockquote";
          break;
        case READOUT_BLOCK_LIST_ITEM:
          tag = "list-item";
          break;
        case READOUT_BLOCK_TRANSCRIPT_TURN:
        case READOUT_BLOCK_PARAGRAPH:
        default:
          break;
        }

      if (tag != NULL)
        gtk_text_buffer_apply_tag_by_name (buffer, tag, &start, &end);

      if (block->kind == READOUT_BLOCK_LIST_ITEM)
        insert_prefix (self, buffer, block->start, "•\u2002", "list-item");
      else if (block->kind == READOUT_BLOCK_TRANSCRIPT_TURN &&
               block->label != NULL && *block->label != '\0')
        {
          g_autofree char *text = gtk_text_iter_get_text (&start, &end);
          guint label_len = g_utf8_strlen (block->label, -1);

          if (g_str_has_prefix (text, block->label))
            {
              /* The importer kept "MR. PRICE:" in the text: embolden it. */
              gtk_text_buffer_get_iter_at_offset (buffer, &end, block->start + label_len);
              if (gtk_text_iter_get_char (&end) == ':')
                gtk_text_iter_forward_char (&end);
              gtk_text_buffer_apply_tag_by_name (buffer, "speaker", &start, &end);
            }
          else
            {
              g_autofree char *prefix = g_strdup_printf ("%s: ", block->label);

              insert_prefix (self, buffer, block->start, prefix, "speaker");
            }
        }
    }

  /* Wire style: the dateline leads into the first paragraph. Most formats
   * keep it there in the text, and then it is only emboldened; NITF and
   * NewsML carry it apart from the body, and then it is shown in front. */
  dateline = readout_document_get_dateline (doc);
  if (dateline != NULL && *dateline != '\0' && n_blocks > 0)
    {
      if (g_str_has_prefix (readout_document_get_text (doc), dateline))
        {
          GtkTextIter start, end;

          gtk_text_buffer_get_start_iter (buffer, &start);
          gtk_text_buffer_get_iter_at_offset (buffer, &end, g_utf8_strlen (dateline, -1));
          gtk_text_buffer_apply_tag_by_name (buffer, "dateline", &start, &end);
        }
      else
        {
          g_autofree char *lead = g_strdup_printf ("%s — ", dateline);

          insert_prefix (self, buffer, 0, lead, "dateline");
        }
    }
}

void
readout_article_view_set_document (ReadoutArticleView *self,
                                   ReadoutDocument    *document)
{
  GtkAdjustment *vadj;

  g_return_if_fail (READOUT_IS_ARTICLE_VIEW (self));
  g_return_if_fail (document == NULL || READOUT_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;

  update_header (self);
  update_body (self);
  g_array_sort (self->inserts, _readout_article_insert_compare);

  /* A newly shown article starts at its top. */
  vadj = gtk_scrolled_window_get_vadjustment (self->scroller);
  gtk_adjustment_set_value (vadj, gtk_adjustment_get_lower (vadj));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

ReadoutDocument *
readout_article_view_get_document (ReadoutArticleView *self)
{
  g_return_val_if_fail (READOUT_IS_ARTICLE_VIEW (self), NULL);

  return self->document;
}

const char *
readout_article_view_get_title (ReadoutArticleView *self)
{
  g_return_val_if_fail (READOUT_IS_ARTICLE_VIEW (self), NULL);

  return gtk_label_get_text (self->title_label);
}

const char *
readout_article_view_get_byline (ReadoutArticleView *self)
{
  g_return_val_if_fail (READOUT_IS_ARTICLE_VIEW (self), NULL);

  return gtk_label_get_text (self->byline_label);
}

GtkTextBuffer *
readout_article_view_get_buffer (ReadoutArticleView *self)
{
  g_return_val_if_fail (READOUT_IS_ARTICLE_VIEW (self), NULL);

  return gtk_text_view_get_buffer (self->text_view);
}

static void
readout_article_view_dispose (GObject *object)
{
  ReadoutArticleView *self = READOUT_ARTICLE_VIEW (object);

  g_clear_object (&self->document);
  _readout_article_view_clear_highlights (self);
  g_clear_pointer (&self->highlights, g_array_unref);
  g_clear_pointer (&self->inserts, g_array_unref);

  G_OBJECT_CLASS (readout_article_view_parent_class)->dispose (object);
}

static void
readout_article_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ReadoutArticleView *self = READOUT_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_article_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  ReadoutArticleView *self = READOUT_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      readout_article_view_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_article_view_class_init (ReadoutArticleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = readout_article_view_dispose;
  object_class->get_property = readout_article_view_get_property;
  object_class->set_property = readout_article_view_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         READOUT_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "article.activate-passage", NULL,
                                   _readout_article_view_activate_passage);

  /* A click inside a highlighted passage: its statement. */
  g_signal_new ("statement-activated",
                G_TYPE_FROM_CLASS (klass),
                G_SIGNAL_RUN_LAST,
                0, NULL, NULL, NULL,
                G_TYPE_NONE, 1, READOUT_TYPE_STATEMENT);
  /* A click inside a passage highlight: its document offset. */
  g_signal_new ("passage-activated",
                G_TYPE_FROM_CLASS (klass),
                G_SIGNAL_RUN_LAST,
                0, NULL, NULL, NULL,
                G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/readout/Readout/readout-article-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ReadoutArticleView, scroller);
  gtk_widget_class_bind_template_child (widget_class, ReadoutArticleView, title_label);
  gtk_widget_class_bind_template_child (widget_class, ReadoutArticleView, byline_label);
  gtk_widget_class_bind_template_child (widget_class, ReadoutArticleView, meta_label);
  gtk_widget_class_bind_template_child (widget_class, ReadoutArticleView, text_view);
}

static void
readout_article_view_init (ReadoutArticleView *self)
{
  GtkTextBuffer *buffer;

  gtk_widget_init_template (GTK_WIDGET (self));

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_create_tag (buffer, "heading",
                              "weight", PANGO_WEIGHT_BOLD,
                              "scale", 1.25,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "blockquote",
                              "style", PANGO_STYLE_ITALIC,
                              "left-margin", 28,
                              "right-margin", 28,
                              NULL);
  /* A hanging indent keeps wrapped lines aligned after the bullet. */
  gtk_text_buffer_create_tag (buffer, "list-item",
                              "left-margin", 32,
                              "indent", -16,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "dateline",
                              "weight", PANGO_WEIGHT_BOLD,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "speaker",
                              "weight", PANGO_WEIGHT_BOLD,
                              NULL);

  self->inserts = g_array_new (FALSE, FALSE, sizeof (ArticleInsert));
  self->highlights = g_array_new (FALSE, TRUE, sizeof (ReadoutHighlight));
  _readout_article_view_init_highlights (self, buffer);

  update_header (self);
}
