/* readout-annotation-util.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Colours, times, targets and statuses as the annotation panel, the list,
 * the tag editor and the cards show them, so they all say the same.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "readout-annotation-util.h"

static const struct
{
  const char *name;
  const char *label;
} color_labels[] = {
  { "blue", N_("Blue") },
  { "green", N_("Green") },
  { "yellow", N_("Yellow") },
  { "orange", N_("Orange") },
  { "red", N_("Red") },
  { "purple", N_("Purple") },
  { "brown", N_("Brown") },
};

const char *
readout_color_get_label (const char *color)
{
  for (guint i = 0; i < G_N_ELEMENTS (color_labels); i++)
    if (g_strcmp0 (color, color_labels[i].name) == 0)
      return _(color_labels[i].label);
  return color;
}

char *
readout_color_dup_css_class (const char *color)
{
  return g_strdup_printf ("readout-color-%s", readout_color_is_valid (color) ? color : "blue");
}

void
readout_color_get_rgba (const char *color,
                        GdkRGBA    *rgba)
{
  const char *hex = readout_color_is_valid (color) ? readout_color_to_hex (color) : NULL;

  if (hex == NULL || !gdk_rgba_parse (rgba, hex))
    gdk_rgba_parse (rgba, "#77767b");
}

void
readout_color_dot_set_color (GtkWidget  *dot,
                             const char *color)
{
  const char * const *names = readout_color_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *css = readout_color_dup_css_class (names[i]);

      if (g_strcmp0 (names[i], color) == 0)
        gtk_widget_add_css_class (dot, css);
      else
        gtk_widget_remove_css_class (dot, css);
    }
  gtk_widget_set_visible (dot, color != NULL);
}

GtkWidget *
readout_color_dot_new (const char *color)
{
  GtkWidget *dot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (dot, "color-dot");
  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (dot, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dot),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, readout_color_get_label (color),
                                  -1);
  readout_color_dot_set_color (dot, color);
  return dot;
}

char *
readout_format_time (GDateTime *time)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) yesterday = NULL;
  GTimeSpan ago;
  g_autofree char *formatted = NULL;

  if (time == NULL)
    return g_strdup ("");
  local = g_date_time_to_local (time);
  ago = g_date_time_difference (now, local);
  /* A clock set back a little still reads as just now. */
  if (ago < G_TIME_SPAN_MINUTE)
    return g_strdup (_("just now"));
  if (ago < G_TIME_SPAN_HOUR)
    {
      int minutes = (int)(ago / G_TIME_SPAN_MINUTE);

      return g_strdup_printf (ngettext ("%d minute ago", "%d minutes ago", minutes), minutes);
    }

  yesterday = g_date_time_add_days (now, -1);
  if (g_date_time_get_year (local) == g_date_time_get_year (now) &&
      g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (now))
    /* xgettext:no-c-format */
    /* Translators: a time today, in g_date_time_format() notation. */
    formatted = g_date_time_format (local, _("Today at %H:%M"));
  else if (g_date_time_get_year (local) == g_date_time_get_year (yesterday) &&
           g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (yesterday))
    /* xgettext:no-c-format */
    /* Translators: a time yesterday, in g_date_time_format() notation. */
    formatted = g_date_time_format (local, _("Yesterday at %H:%M"));
  else if (g_date_time_get_year (local) == g_date_time_get_year (now))
    /* xgettext:no-c-format */
    /* Translators: a day this year, in g_date_time_format() notation. */
    formatted = g_date_time_format (local, _("%-d %B at %H:%M"));
  else
    /* xgettext:no-c-format */
    /* Translators: a day in another year, in g_date_time_format() notation. */
    formatted = g_date_time_format (local, _("%-d %B %Y"));

  return g_strdup (g_strstrip (formatted != NULL ? formatted : ""));
}

char *
readout_annotation_dup_target (ReadoutSession    *session,
                               ReadoutAnnotation *annotation,
                               char             **quote)
{
  ReadoutStatement *st = NULL;
  const ReadoutAnchor *anchor = readout_annotation_get_anchor (annotation);

  if (session != NULL)
    st = readout_session_get_annotation_statement (session, annotation);

  if (st != NULL)
    {
      ReadoutComparison *comparison = readout_session_get_comparison (session);
      ReadoutSpeaker *speaker = comparison != NULL ? readout_comparison_get_statement_speaker (comparison, st) : NULL;
      ReadoutParty *party = readout_statement_get_party (st);
      const char *name;

      if (speaker == NULL)
        speaker = readout_statement_get_speaker (st);
      name = speaker != NULL ? readout_speaker_get_name (speaker) : readout_statement_get_source (st);
      if (name == NULL)
        name = _("Unknown Speaker");
      if (quote != NULL)
        *quote = g_strdup (readout_statement_get_text (st));
      /* A party speaking as itself ("Russia said") is named once. */
      if (party != NULL && g_strcmp0 (name, readout_party_get_localized_name (party)) != 0)
        /* Translators: an annotation's statement: speaker · party. */
        return g_strdup_printf (_("%s · %s"), name, readout_party_get_localized_name (party));
      return g_strdup (name);
    }

  if (quote != NULL)
    *quote = anchor != NULL && anchor->exact != NULL ? g_strdup (anchor->exact) : NULL;
  if (readout_annotation_get_statement (annotation) != NULL)
    return g_strdup (_("Statement"));
  return g_strdup (_("Passage"));
}

const char *
readout_annotation_status_get_icon_name (ReadoutAnnotationStatus status)
{
  switch (status)
    {
    case READOUT_ANNOTATION_STATUS_VERIFIED:
      return "emblem-ok-symbolic";
    case READOUT_ANNOTATION_STATUS_DISPUTED:
      return "action-unavailable-symbolic";
    case READOUT_ANNOTATION_STATUS_NEEDS_CHECK:
      return "dialog-question-symbolic";
    case READOUT_ANNOTATION_STATUS_NONE:
    default:
      return NULL;
    }
}

void
readout_annotation_status_image_update (GtkImage               *image,
                                        ReadoutAnnotationStatus status)
{
  const char *icon = readout_annotation_status_get_icon_name (status);
  GtkWidget *widget = GTK_WIDGET (image);

  gtk_image_set_from_icon_name (image, icon);
  gtk_widget_set_visible (widget, icon != NULL);
  gtk_widget_set_tooltip_text (widget, readout_annotation_status_get_label (status));
  gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  readout_annotation_status_get_label (status), -1);
  gtk_widget_remove_css_class (widget, "success");
  gtk_widget_remove_css_class (widget, "error");
  gtk_widget_remove_css_class (widget, "warning");
  if (status == READOUT_ANNOTATION_STATUS_VERIFIED)
    gtk_widget_add_css_class (widget, "success");
  else if (status == READOUT_ANNOTATION_STATUS_DISPUTED)
    gtk_widget_add_css_class (widget, "error");
  else if (status == READOUT_ANNOTATION_STATUS_NEEDS_CHECK)
    gtk_widget_add_css_class (widget, "warning");
}
