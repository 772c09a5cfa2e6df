/* readout-comparison-view-topics.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row menu's actions: "topic.rename" (s: topic id) asks for a new
 * label in a small dialog, "topic.merge" ((ss): the ids of the topic that
 * stays and of the one merged into it) merges at once. Both go through
 * the comparison's command stack, so Ctrl+Z undoes them.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "readout-comparison-view-private.h"

#define TOPIC_KEY "readout-topic"

ReadoutTopic *
_readout_comparison_view_find_topic (ReadoutComparisonView *self,
                                     const char            *id)
{
  GListModel *topics;

  if (self->comparison == NULL || id == NULL)
    return NULL;
  topics = readout_comparison_get_topics (self->comparison);
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(ReadoutTopic) topic = g_list_model_get_item (topics, i);

      if (g_strcmp0 (readout_topic_get_id (topic), id) == 0)
        return topic;  /* the comparison keeps it alive */
    }
  return NULL;
}

static void
rename_entry_changed_cb (GtkEditable      *entry,
                         AdwMessageDialog *dialog)
{
  g_autofree char *label = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  /* The engine refuses a blank label; so does the button. */
  adw_message_dialog_set_response_enabled (dialog, "rename", *label != '\0');
}

static void
rename_response_cb (AdwMessageDialog      *dialog,
                    const char            *response,
                    ReadoutComparisonView *self)
{
  ReadoutTopic *topic = g_object_get_data (G_OBJECT (dialog), TOPIC_KEY);
  GtkWidget *entry = adw_message_dialog_get_extra_child (dialog);

  /* The dialog closes itself after its response. */
  if (self->rename_dialog == GTK_WIDGET (dialog))
    g_clear_weak_pointer (&self->rename_dialog);
  if (g_strcmp0 (response, "rename") == 0 && topic != NULL && self->comparison != NULL)
    readout_comparison_rename_topic (self->comparison, topic, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
rename_topic_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ReadoutComparisonView *self = READOUT_COMPARISON_VIEW (widget);
  ReadoutTopic *topic = _readout_comparison_view_find_topic (self, g_variant_get_string (parameter, NULL));
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;
  GtkWidget *entry;

  if (topic == NULL)
    return;
  if (self->rename_dialog != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self->rename_dialog));
      g_clear_weak_pointer (&self->rename_dialog);
    }

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Rename Topic"), NULL);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "rename", _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), readout_topic_get_label (topic));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Topic Name"),
                                  -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  g_signal_connect (entry, "changed", G_CALLBACK (rename_entry_changed_cb), dialog);

  g_object_set_data_full (G_OBJECT (dialog), TOPIC_KEY, g_object_ref (topic), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (rename_response_cb), self, 0);
  g_set_weak_pointer (&self->rename_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
merge_topic_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ReadoutComparisonView *self = READOUT_COMPARISON_VIEW (widget);
  const char *into_id, *from_id;
  ReadoutTopic *into, *from;

  g_variant_get (parameter, "(&s&s)", &into_id, &from_id);
  into = _readout_comparison_view_find_topic (self, into_id);
  from = _readout_comparison_view_find_topic (self, from_id);
  if (into == NULL || from == NULL || into == from)
    return;
  if (readout_comparison_merge_topics (self->comparison, into, from))
    {
      _readout_comparison_view_queue_counts (self);
      _readout_comparison_view_update_card_actions (self);
    }
}

void
_readout_comparison_view_class_topics_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "topic.rename", "s", rename_topic_action);
  gtk_widget_class_install_action (widget_class, "topic.merge", "(ss)", merge_topic_action);
}
