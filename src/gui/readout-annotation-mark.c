/* readout-annotation-mark.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small enough for a statement card: that a note exists, its first line,
 * its highlight colour and status. Follows the annotation's "changed".
 */

#include "config.h"

#include <glib/gi18n.h>

#include "readout-annotation-mark.h"
#include "readout-annotation-util.h"

struct _ReadoutAnnotationMark
{
  GtkWidget          parent_instance;

  GtkWidget         *dot;
  GtkLabel          *label;
  GtkImage          *status;

  ReadoutAnnotation *annotation;
};

G_DEFINE_FINAL_TYPE (ReadoutAnnotationMark, readout_annotation_mark, GTK_TYPE_WIDGET)

static void
update (ReadoutAnnotationMark *self)
{
  g_autofree char *summary = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self), self->annotation != NULL);
  if (self->annotation == NULL)
    return;
  summary = readout_annotation_dup_summary (self->annotation);
  /* An annotation with only a status or tags still shows. */
  gtk_label_set_text (self->label, *summary != '\0' ? summary : _("Annotated"));
  if (*summary == '\0')
    gtk_widget_add_css_class (GTK_WIDGET (self->label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->label), "dim-label");
  readout_color_dot_set_color (self->dot, readout_annotation_get_color (self->annotation));
  readout_annotation_status_image_update (self->status, readout_annotation_get_status (self->annotation));
}

static void
released_cb (GtkGestureClick       *gesture,
             int                    n_press,
             double                 x,
             double                 y,
             ReadoutAnnotationMark *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.annotate", NULL);
}

GtkWidget *
readout_annotation_mark_new (void)
{
  return g_object_new (READOUT_TYPE_ANNOTATION_MARK, NULL);
}

ReadoutAnnotation *
readout_annotation_mark_get_annotation (ReadoutAnnotationMark *self)
{
  g_return_val_if_fail (READOUT_IS_ANNOTATION_MARK (self), NULL);

  return self->annotation;
}

void
readout_annotation_mark_set_annotation (ReadoutAnnotationMark *self,
                                        ReadoutAnnotation     *annotation)
{
  g_return_if_fail (READOUT_IS_ANNOTATION_MARK (self));
  g_return_if_fail (annotation == NULL || READOUT_IS_ANNOTATION (annotation));

  if (self->annotation == annotation)
    return;
  if (self->annotation != NULL)
    g_signal_handlers_disconnect_by_data (self->annotation, self);
  g_set_object (&self->annotation, annotation);
  if (annotation != NULL)
    g_signal_connect_swapped (annotation, "changed", G_CALLBACK (update), self);
  update (self);
}

const char *
readout_annotation_mark_get_text (ReadoutAnnotationMark *self)
{
  g_return_val_if_fail (READOUT_IS_ANNOTATION_MARK (self), NULL);

  return self->annotation != NULL ? gtk_label_get_text (self->label) : "";
}

static void
readout_annotation_mark_dispose (GObject *object)
{
  ReadoutAnnotationMark *self = READOUT_ANNOTATION_MARK (object);
  GtkWidget *child;

  if (self->annotation != NULL)
    g_signal_handlers_disconnect_by_data (self->annotation, self);
  g_clear_object (&self->annotation);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (readout_annotation_mark_parent_class)->dispose (object);
}

static void
readout_annotation_mark_class_init (ReadoutAnnotationMarkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = readout_annotation_mark_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "annotationmark");
}

static void
readout_annotation_mark_init (ReadoutAnnotationMark *self)
{
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                  "icon-name", "document-edit-symbolic",
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  NULL);
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self), "card-annotation");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("Open the Note (Ctrl+M)"));

  self->dot = readout_color_dot_new (NULL);
  gtk_widget_set_parent (self->dot, GTK_WIDGET (self));
  gtk_widget_set_parent (icon, GTK_WIDGET (self));
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->label, 0);
  gtk_label_set_ellipsize (self->label, PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (self->label, TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "caption");
  gtk_widget_set_parent (GTK_WIDGET (self->label), GTK_WIDGET (self));
  self->status = GTK_IMAGE (gtk_image_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->status), GTK_WIDGET (self));

  /* On release: the press has selected the card by then. */
  g_signal_connect (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  update (self);
}
