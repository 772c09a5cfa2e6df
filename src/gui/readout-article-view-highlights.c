/* readout-article-view-highlights.c — statements marked in the article
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each statement's passage gets its party's colour as a background and an
 * underline whose style depends on the party too, so that the parties can
 * be told apart without colour. The current statement is bold with a
 * stronger background. A click inside a passage emits
 * "statement-activated".
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "readout-article-view-private.h"

#define CURRENT_TAG "current-statement"

gint
_readout_article_insert_compare (gconstpointer a,
                                 gconstpointer b)
{
  const ArticleInsert *x = a, *y = b;

  return x->offset < y->offset ? -1 : x->offset > y->offset;
}

guint
readout_article_view_buffer_offset (ReadoutArticleView *self,
                                    guint               offset)
{
  guint shift = 0;

  g_return_val_if_fail (READOUT_IS_ARTICLE_VIEW (self), offset);

  /* Text inserted at a block's start comes before that block's text. */
  for (guint i = 0; i < self->inserts->len; i++)
    {
      const ArticleInsert *ins = &g_array_index (self->inserts, ArticleInsert, i);

      if (ins->offset > offset)
        break;
      shift += ins->length;
    }
  return offset + shift;
}

static guint
document_offset (ReadoutArticleView *self,
                 guint               buffer_offset)
{
  guint shift = 0;

  for (guint i = 0; i < self->inserts->len; i++)
    {
      const ArticleInsert *ins = &g_array_index (self->inserts, ArticleInsert, i);

      if (ins->offset + shift + ins->length > buffer_offset)
        {
          /* Inside the inserted text itself: it belongs to no statement. */
          if (ins->offset + shift <= buffer_offset)
            return G_MAXUINT;
          break;
        }
      shift += ins->length;
    }
  return buffer_offset - shift;
}

static void
get_iters (ReadoutArticleView *self,
           guint               start,
           guint               end,
           GtkTextIter        *s,
           GtkTextIter        *e)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);

  gtk_text_buffer_get_iter_at_offset (buffer, s, readout_article_view_buffer_offset (self, start));
  gtk_text_buffer_get_iter_at_offset (buffer, e, readout_article_view_buffer_offset (self, end));
}

/* The text view is not scrollable itself: the whole page (title, byline,
 * text) scrolls in a viewport, so gtk_text_view_scroll_to_iter() has no
 * adjustment to move. Puts @iter's line at @yalign of the page in view,
 * unless it is in view already. */
static void
scroll_to_iter (ReadoutArticleView *self,
                GtkTextIter        *iter,
                double              yalign)
{
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (self->scroller);
  graphene_point_t origin = GRAPHENE_POINT_INIT (0, 0), in_page;
  GdkRectangle location;
  double y, value, page;

  if (!gtk_widget_compute_point (GTK_WIDGET (self->text_view),
                                 gtk_widget_get_first_child (gtk_scrolled_window_get_child (self->scroller)),
                                 &origin, &in_page))
    return;
  gtk_text_view_get_iter_location (self->text_view, iter, &location);
  y = in_page.y + location.y;
  value = gtk_adjustment_get_value (adj);
  page = gtk_adjustment_get_page_size (adj);
  if (y >= value && y + location.height <= value + page)
    return;
  gtk_adjustment_set_value (adj, CLAMP (y - yalign * page, gtk_adjustment_get_lower (adj),
                                        gtk_adjustment_get_upper (adj) - page));
}

static GtkTextTag *
party_tag (ReadoutArticleView *self,
           const GdkRGBA      *color,
           int                 marker)
{
  static const PangoUnderline underlines[] = {
    PANGO_UNDERLINE_SINGLE, PANGO_UNDERLINE_DOUBLE, PANGO_UNDERLINE_ERROR, PANGO_UNDERLINE_LOW,
  };
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  g_autofree char *rgba = gdk_rgba_to_string (color);
  g_autofree char *name = g_strdup_printf ("party-%s-%d", rgba, marker);
  GtkTextTag *tag = gtk_text_tag_table_lookup (table, name);
  GdkRGBA background = *color;

  if (tag != NULL)
    return tag;
  /* A light tint works on light and dark backgrounds alike; the line
   * under it carries the full colour. */
  background.alpha = 0.22f;
  tag = gtk_text_buffer_create_tag (buffer, name,
                                    "background-rgba", &background,
                                    "underline", underlines[ABS (marker) % G_N_ELEMENTS (underlines)],
                                    "underline-rgba", color,
                                    NULL);
  /* Below the current-statement tag, whatever the creation order. */
  gtk_text_tag_set_priority (tag, 0);
  return tag;
}

static void
collect_tag (GtkTextTag *tag,
             gpointer    data)
{
  g_ptr_array_add (data, tag);
}

void
_readout_article_view_clear_highlights (ReadoutArticleView *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (self->highlights == NULL)
    return;
  for (guint i = 0; i < self->highlights->len; i++)
    g_clear_object (&g_array_index (self->highlights, ReadoutHighlight, i).statement);
  g_array_set_size (self->highlights, 0);

  if (self->text_view == NULL)
    return;
  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, CURRENT_TAG, &start, &end);
  /* One tag per party colour; remove each from the whole text. */
  {
    GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
    g_autoptr(GPtrArray) tags = g_ptr_array_new ();

    gtk_text_tag_table_foreach (table, collect_tag, tags);
    for (guint i = 0; i < tags->len; i++)
      {
        g_autofree char *name = NULL;

        g_object_get (tags->pdata[i], "name", &name, NULL);
        if (name != NULL && g_str_has_prefix (name, "party-"))
          gtk_text_buffer_remove_tag (buffer, tags->pdata[i], &start, &end);
      }
  }
}

void
readout_article_view_set_highlights (ReadoutArticleView     *self,
                                     const ReadoutHighlight *highlights,
                                     guint                   n_highlights)
{
  GtkTextBuffer *buffer;
  guint length;

  g_return_if_fail (READOUT_IS_ARTICLE_VIEW (self));
  g_return_if_fail (n_highlights == 0 || highlights != NULL);

  _readout_article_view_clear_highlights (self);
  if (self->document == NULL)
    return;
  buffer = gtk_text_view_get_buffer (self->text_view);
  length = readout_document_get_length (self->document);

  for (guint i = 0; i < n_highlights; i++)
    {
      ReadoutHighlight h = highlights[i];
      GtkTextIter start, end;

      /* Statements of another document, or stale spans, are skipped. */
      if (h.start >= h.end || h.end > length)
        continue;
      get_iters (self, h.start, h.end, &start, &end);
      gtk_text_buffer_apply_tag (buffer, party_tag (self, &h.color, h.marker), &start, &end);
      if (h.statement != NULL)
        g_object_ref (h.statement);
      g_array_append_val (self->highlights, h);
    }
}

static const ReadoutHighlight *
find_highlight (ReadoutArticleView *self,
                ReadoutStatement   *statement)
{
  for (guint i = 0; i < self->highlights->len; i++)
    {
      const ReadoutHighlight *h = &g_array_index (self->highlights, ReadoutHighlight, i);

      if (h->statement == statement)
        return h;
    }
  return NULL;
}

void
readout_article_view_focus_statement (ReadoutArticleView *self,
                                      ReadoutStatement   *statement)
{
  GtkTextBuffer *buffer;
  const ReadoutHighlight *h;
  GtkTextIter start, end;

  g_return_if_fail (READOUT_IS_ARTICLE_VIEW (self));

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, CURRENT_TAG, &start, &end);
  if (statement == NULL || (h = find_highlight (self, statement)) == NULL)
    return;

  get_iters (self, h->start, h->end, &start, &end);
  gtk_text_buffer_apply_tag_by_name (buffer, CURRENT_TAG, &start, &end);
  scroll_to_iter (self, &start, 0.3);
}

/* The shortest highlighted passage holding document offset @offset. */
static const ReadoutHighlight *
highlight_at (ReadoutArticleView *self,
              guint               offset)
{
  const ReadoutHighlight *best = NULL;

  for (guint i = 0; i < self->highlights->len; i++)
    {
      const ReadoutHighlight *h = &g_array_index (self->highlights, ReadoutHighlight, i);

      if (h->start <= offset && offset < h->end && h->statement != NULL &&
          (best == NULL || h->end - h->start < best->end - best->start))
        best = h;
    }
  return best;
}

/* Enter on a passage (the text cursor in it) selects its card, as a click
 * does: the way there without a mouse. */
void
_readout_article_view_activate_passage (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  ReadoutArticleView *self = READOUT_ARTICLE_VIEW (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  const ReadoutHighlight *h;
  GtkTextIter iter;
  guint offset;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  offset = document_offset (self, gtk_text_iter_get_offset (&iter));
  if (offset == G_MAXUINT || (h = highlight_at (self, offset)) == NULL)
    return;
  g_signal_emit_by_name (self, "statement-activated", h->statement);
}

/* The shortest passage under the click: quotes nest inside reported
 * speech. */
static void
click_released_cb (GtkGestureClick    *gesture,
                   int                 n_press,
                   double              x,
                   double              y,
                   ReadoutArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  const ReadoutHighlight *best = NULL;
  GtkTextIter iter, sel_start, sel_end;
  int bx, by;
  guint offset;

  /* A drag that selected text is not a click on a passage. */
  if (gtk_text_buffer_get_selection_bounds (buffer, &sel_start, &sel_end))
    return;
  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, (int)x, (int)y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
    return;
  offset = document_offset (self, gtk_text_iter_get_offset (&iter));
  if (offset == G_MAXUINT)
    return;
  best = highlight_at (self, offset);
  if (best != NULL)
    g_signal_emit_by_name (self, "statement-activated", best->statement);
  /* An annotated passage opens its note, even inside a statement. */
  if (readout_article_view_get_passage_color_at (self, offset, NULL))
    g_signal_emit_by_name (self, "passage-activated", offset);
}

void
_readout_article_view_init_highlights (ReadoutArticleView *self,
                                       GtkTextBuffer      *buffer)
{
  GtkGesture *click = gtk_gesture_click_new ();
  g_autoptr(GMenu) menu = g_menu_new ();

  /* The text's context menu adds a statement the engine missed. */
  g_menu_append (menu, _("_Add Statement"), "win.add-statement");
  gtk_text_view_set_extra_menu (self->text_view, G_MENU_MODEL (menu));

  gtk_text_buffer_create_tag (buffer, CURRENT_TAG,
                              "weight", PANGO_WEIGHT_BOLD,
                              "underline", PANGO_UNDERLINE_SINGLE,
                              NULL);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (click));

  {
    GtkEventController *keys = gtk_shortcut_controller_new ();
    const char *triggers[] = { "Return", "KP_Enter" };

    for (guint i = 0; i < G_N_ELEMENTS (triggers); i++)
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                            gtk_shortcut_new (gtk_shortcut_trigger_parse_string (triggers[i]),
                                                              gtk_named_action_new ("article.activate-passage")));
    gtk_widget_add_controller (GTK_WIDGET (self->text_view), keys);
  }
}

gboolean
readout_article_view_get_selection (ReadoutArticleView *self,
                                    guint              *start,
                                    guint              *end)
{
  GtkTextBuffer *buffer;
  GtkTextIter s, e;
  guint a, b;

  g_return_val_if_fail (READOUT_IS_ARTICLE_VIEW (self), FALSE);

  buffer = gtk_text_view_get_buffer (self->text_view);
  if (self->document == NULL || !gtk_text_buffer_get_selection_bounds (buffer, &s, &e))
    return FALSE;
  a = document_offset (self, gtk_text_iter_get_offset (&s));
  b = document_offset (self, gtk_text_iter_get_offset (&e));
  /* A selection that starts or ends inside inserted text (a bullet, a
   * label) is not text of the article. */
  if (a == G_MAXUINT || b == G_MAXUINT || a >= b)
    return FALSE;
  *start = a;
  *end = b;
  return TRUE;
}

GtkAdjustment *
readout_article_view_get_vadjustment (ReadoutArticleView *self)
{
  g_return_val_if_fail (READOUT_IS_ARTICLE_VIEW (self), NULL);

  return gtk_scrolled_window_get_vadjustment (self->scroller);
}

ReadoutStatement *
readout_article_view_get_first_visible (ReadoutArticleView *self)
{
  const ReadoutHighlight *best = NULL;
  graphene_point_t origin = GRAPHENE_POINT_INIT (0, 0), in_viewport;
  GtkTextIter iter;
  double top = 0;
  guint offset;

  g_return_val_if_fail (READOUT_IS_ARTICLE_VIEW (self), NULL);

  if (self->highlights->len == 0)
    return NULL;
  /* The text view sits below the title in a scrolled viewport: the
   * viewport's top, in the text view's coordinates, is where reading is. */
  if (gtk_widget_compute_point (GTK_WIDGET (self->text_view), gtk_scrolled_window_get_child (self->scroller),
                                &origin, &in_viewport))
    top = -in_viewport.y;
  if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, 0, MAX (0, (int)top)))
    return NULL;
  offset = document_offset (self, gtk_text_iter_get_offset (&iter));
  if (offset == G_MAXUINT)
    offset = 0;
  for (guint i = 0; i < self->highlights->len; i++)
    {
      const ReadoutHighlight *h = &g_array_index (self->highlights, ReadoutHighlight, i);

      if (h->end > offset && h->statement != NULL && (best == NULL || h->start < best->start))
        best = h;
    }
  return best != NULL ? best->statement : NULL;
}

/* Passage annotations */

#define PASSAGE_TAG_PREFIX "annotation-"

static void
clear_passage_highlights (ReadoutArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_tag_table_foreach (table, collect_tag, tags);
  for (guint i = 0; i < tags->len; i++)
    {
      g_autofree char *name = NULL;

      g_object_get (tags->pdata[i], "name", &name, NULL);
      if (name != NULL && g_str_has_prefix (name, PASSAGE_TAG_PREFIX))
        gtk_text_buffer_remove_tag (buffer, tags->pdata[i], &start, &end);
    }
}

static GtkTextTag *
passage_tag (ReadoutArticleView *self,
             const GdkRGBA      *color)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  g_autofree char *rgba = gdk_rgba_to_string (color);
  g_autofree char *name = g_strconcat (PASSAGE_TAG_PREFIX, rgba, NULL);
  GtkTextTag *tag = gtk_text_tag_table_lookup (table, name);
  GdkRGBA background = *color;

  if (tag != NULL)
    return tag;
  if (color->alpha == 0)
    {
      /* No colour chosen: a grey tint and a line under it, so that it is
       * not mistaken for a selection. */
      GdkRGBA grey = { 0.47f, 0.46f, 0.48f, 0.22f }, line = { 0.47f, 0.46f, 0.48f, 1.0f };

      tag = gtk_text_buffer_create_tag (buffer, name,
                                        "background-rgba", &grey,
                                        "underline", PANGO_UNDERLINE_SINGLE,
                                        "underline-rgba", &line,
                                        NULL);
    }
  else
    {
      /* Stronger than a party's tint, which it covers; still light
       * enough for dark text on light and light text on dark. */
      background.alpha = 0.4f;
      tag = gtk_text_buffer_create_tag (buffer, name,
                                        "background-rgba", &background,
                                        NULL);
    }
  /* Over the party tints, under the current statement's mark. */
  gtk_text_tag_set_priority (tag, gtk_text_tag_table_get_size (table) - 1);
  {
    GtkTextTag *current = gtk_text_tag_table_lookup (table, CURRENT_TAG);

    if (current != NULL)
      gtk_text_tag_set_priority (current, gtk_text_tag_table_get_size (table) - 1);
  }
  return tag;
}

void
readout_article_view_set_passage_highlights (ReadoutArticleView            *self,
                                             const ReadoutPassageHighlight *highlights,
                                             guint                          n_highlights)
{
  GtkTextBuffer *buffer;
  guint length;

  g_return_if_fail (READOUT_IS_ARTICLE_VIEW (self));
  g_return_if_fail (n_highlights == 0 || highlights != NULL);

  clear_passage_highlights (self);
  if (self->document == NULL)
    return;
  buffer = gtk_text_view_get_buffer (self->text_view);
  length = readout_document_get_length (self->document);
  for (guint i = 0; i < n_highlights; i++)
    {
      GtkTextIter start, end;

      if (highlights[i].start >= highlights[i].end || highlights[i].end > length)
        continue;
      get_iters (self, highlights[i].start, highlights[i].end, &start, &end);
      gtk_text_buffer_apply_tag (buffer, passage_tag (self, &highlights[i].color), &start, &end);
    }
}

gboolean
readout_article_view_get_passage_color_at (ReadoutArticleView *self,
                                           guint               offset,
                                           GdkRGBA            *color)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter;
  GSList *tags;
  gboolean found = FALSE;

  g_return_val_if_fail (READOUT_IS_ARTICLE_VIEW (self), FALSE);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, readout_article_view_buffer_offset (self, offset));
  tags = gtk_text_iter_get_tags (&iter);
  for (GSList *l = tags; l != NULL && !found; l = l->next)
    {
      g_autofree char *name = NULL;

      g_object_get (l->data, "name", &name, NULL);
      if (name != NULL && g_str_has_prefix (name, PASSAGE_TAG_PREFIX))
        {
          found = TRUE;
          if (color != NULL)
            gdk_rgba_parse (color, name + strlen (PASSAGE_TAG_PREFIX));
        }
    }
  g_slist_free (tags);
  return found;
}

void
readout_article_view_select_range (ReadoutArticleView *self,
                                   guint               start,
                                   guint               end)
{
  GtkTextBuffer *buffer;
  GtkTextIter s, e;

  g_return_if_fail (READOUT_IS_ARTICLE_VIEW (self));

  if (self->document == NULL || start >= end || end > readout_document_get_length (self->document))
    return;
  buffer = gtk_text_view_get_buffer (self->text_view);
  get_iters (self, start, end, &s, &e);
  gtk_text_buffer_select_range (buffer, &s, &e);
  scroll_to_iter (self, &s, 0.3);
}
