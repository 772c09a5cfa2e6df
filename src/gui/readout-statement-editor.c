/* readout-statement-editor.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The popover behind a card's menu button. Each drop-down lists one of
 * the comparison's own models (speakers, parties, topics) with one extra
 * choice ("No Speaker", "No Party", "New Topic…"), so it follows edits
 * without being rebuilt; a choice is one engine edit at once, and the
 * drop-downs are set back from the engine after every edit, undo and
 * redo. A choice of speaker, party or topic closes the popover (the card
 * mostly moves, and is built anew where it lands, with the focus); a
 * choice of act leaves it open.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "readout-comparison-view-private.h"
#include "readout-statement-editor.h"

struct _ReadoutStatementEditor
{
  GtkPopover         parent_instance;

  /* Template widgets */
  GtkDropDown       *speaker_dropdown;
  GtkDropDown       *party_dropdown;
  GtkDropDown       *topic_dropdown;
  GtkDropDown       *act_dropdown;
  GtkButton         *delete_button;

  ReadoutComparison *comparison;
  ReadoutStatement  *statement;
  /* Set while the editor itself sets the drop-downs, or while a model
   * changes under them (a drop-down's selection follows its item then,
   * which is no choice of the user's). */
  guint              syncing;
};

G_DEFINE_FINAL_TYPE (ReadoutStatementEditor, readout_statement_editor, GTK_TYPE_POPOVER)

/* What a drop-down shows for one of its items. */
static char *
item_name (GObject  *item,
           gpointer  user_data)
{
  if (READOUT_IS_SPEAKER (item))
    {
      ReadoutSpeaker *speaker = READOUT_SPEAKER (item);
      ReadoutParty *party = readout_speaker_get_party (speaker);

      /* Two people of one name are told apart by their side; a side
       * speaking as itself ("China") needs no second name. */
      if (party != NULL &&
          g_strcmp0 (readout_speaker_get_name (speaker), readout_party_get_localized_name (party)) != 0 &&
          g_strcmp0 (readout_speaker_get_name (speaker), readout_party_get_name (party)) != 0)
        /* Translators: a speaker in the editor's list: name (party). */
        return g_strdup_printf (_("%s (%s)"), readout_speaker_get_name (speaker),
                                readout_party_get_localized_name (party));
      return g_strdup (readout_speaker_get_name (speaker));
    }
  if (READOUT_IS_PARTY (item))
    return g_strdup (readout_party_get_localized_name (READOUT_PARTY (item)));
  if (READOUT_IS_TOPIC (item))
    return g_strdup (readout_topic_get_label (READOUT_TOPIC (item)));
  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  return g_strdup ("");
}

static void sync_controls (ReadoutStatementEditor *self);

static void
model_changing_cb (ReadoutStatementEditor *self)
{
  self->syncing++;
}

static void
model_changed_cb (ReadoutStatementEditor *self)
{
  self->syncing--;
  sync_controls (self);
}

/* @model with one extra item, a GtkStringObject saying @extra. */
static void
set_model_with_extra (ReadoutStatementEditor *self,
                      GtkDropDown            *dropdown,
                      GListModel             *model,
                      const char             *extra,
                      gboolean                extra_first)
{
  const char * const strings[] = { extra, NULL };
  g_autoptr(GtkStringList) extras = gtk_string_list_new (strings);
  GListStore *models = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GtkFlattenListModel) flat = NULL;
  g_autoptr(GtkExpression) expression = NULL;

  if (extra_first)
    g_list_store_append (models, extras);
  g_list_store_append (models, model);
  if (!extra_first)
    g_list_store_append (models, extras);
  flat = gtk_flatten_list_model_new (G_LIST_MODEL (models));
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (item_name), NULL, NULL);
  gtk_drop_down_set_expression (dropdown, expression);
  /* Around the drop-down's own handler: connected before and after it. */
  g_signal_connect_object (flat, "items-changed", G_CALLBACK (model_changing_cb), self, G_CONNECT_SWAPPED);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (flat));
  g_signal_connect_object (flat, "items-changed", G_CALLBACK (model_changed_cb), self, G_CONNECT_SWAPPED);
}

/* The position of @item in the drop-down; NULL finds the extra item. */
static guint
position_of (GtkDropDown *dropdown,
             gpointer     item)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (model, i);

      if (item != NULL ? other == item : GTK_IS_STRING_OBJECT (other))
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* The party whose column the statement stands in: the cells are the
 * truth, as in the view. */
static ReadoutParty *
current_party (ReadoutStatementEditor *self,
               ReadoutTopic           *topic)
{
  GListModel *parties = readout_comparison_get_parties (self->comparison);

  for (guint p = 0; p < g_list_model_get_n_items (parties); p++)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (parties, p);

      if (_readout_list_model_find (readout_comparison_get_cell (self->comparison, topic, party),
                                    self->statement, NULL))
        return party;
    }
  return NULL;
}

static void
sync_controls (ReadoutStatementEditor *self)
{
  ReadoutTopic *topic;

  if (self->comparison == NULL || self->statement == NULL || self->syncing > 0)
    return;
  topic = readout_comparison_get_statement_topic (self->comparison, self->statement);
  if (topic == NULL)
    return;  /* deleted: the card goes too */

  self->syncing++;
  gtk_drop_down_set_selected (self->speaker_dropdown,
                              position_of (self->speaker_dropdown,
                                           readout_comparison_get_statement_speaker (self->comparison,
                                                                                     self->statement)));
  gtk_drop_down_set_selected (self->party_dropdown,
                              position_of (self->party_dropdown, current_party (self, topic)));
  gtk_drop_down_set_selected (self->topic_dropdown, position_of (self->topic_dropdown, topic));
  gtk_drop_down_set_selected (self->act_dropdown, readout_statement_get_act (self->statement));
  self->syncing--;
}

typedef struct
{
  ReadoutTopic *topic;
  ReadoutParty *party;
} Place;

static Place
place_of (ReadoutStatementEditor *self)
{
  Place place = { NULL, NULL };

  place.topic = readout_comparison_get_statement_topic (self->comparison, self->statement);
  if (place.topic != NULL)
    place.party = current_party (self, place.topic);
  return place;
}

/* What an edit needs afterwards, taken before it: the edit may rebuild
 * the view's rows (a speaker can bring a new column), which destroys the
 * card and detaches this editor mid-edit. */
typedef struct
{
  GtkWidget        *view;
  ReadoutStatement *statement;
  Place             was;
} EditStart;

static EditStart
begin_edit (ReadoutStatementEditor *self)
{
  EditStart start;
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (self), READOUT_TYPE_COMPARISON_VIEW);

  start.view = view != NULL ? g_object_ref (view) : NULL;
  start.statement = g_object_ref (self->statement);
  start.was = place_of (self);
  return start;
}

/* After an edit: the view selects the card again and gives it the focus
 * once it is rebuilt; it scrolls when the card changed rows. A card that
 * left its cell is built anew elsewhere, so its editor closes first. */
static void
edited (ReadoutStatementEditor *self,
        gboolean                changed,
        EditStart              *start)
{
  gboolean moved = TRUE;

  if (self->statement != NULL)
    {
      Place now = place_of (self);

      moved = now.topic != start->was.topic || now.party != start->was.party;
      if (changed && moved)
        gtk_popover_popdown (GTK_POPOVER (self));
      if (changed && start->view != NULL)
        _readout_comparison_view_edited (READOUT_COMPARISON_VIEW (start->view), start->statement,
                                         now.topic != start->was.topic);
      /* Refused or partly different (a speaker brings a party): show the
       * engine's values. */
      sync_controls (self);
    }
  else if (changed && start->view != NULL)
    _readout_comparison_view_edited (READOUT_COMPARISON_VIEW (start->view), start->statement, moved);
  g_clear_object (&start->view);
  g_clear_object (&start->statement);
}

static void
apply_speaker (ReadoutStatementEditor *self,
               GObject                *item)
{
  EditStart start = begin_edit (self);

  edited (self,
          readout_comparison_set_statement_speaker (self->comparison, start.statement,
                                                    READOUT_IS_SPEAKER (item) ? READOUT_SPEAKER (item) : NULL),
          &start);
}

static void
apply_party (ReadoutStatementEditor *self,
             GObject                *item)
{
  EditStart start = begin_edit (self);

  edited (self,
          readout_comparison_set_statement_party (self->comparison, start.statement,
                                                  READOUT_IS_PARTY (item) ? READOUT_PARTY (item) : NULL),
          &start);
}

static void
apply_topic (ReadoutStatementEditor *self,
             GObject                *item)
{
  ReadoutTopic *topic;
  GtkWidget *view;
  gboolean changed;
  EditStart start = begin_edit (self);

  if (READOUT_IS_TOPIC (item))
    {
      edited (self, readout_comparison_move_to_topic (self->comparison, start.statement,
                                                      READOUT_TOPIC (item), -1),
              &start);
      return;
    }

  /* "New Topic…": a row of its own (two commands, two undos), then the
   * user names it. */
  topic = readout_comparison_add_topic (self->comparison, NULL);
  if (topic == NULL)
    {
      edited (self, FALSE, &start);
      return;
    }
  g_object_ref (topic);
  changed = readout_comparison_move_to_topic (self->comparison, start.statement, topic, -1);
  view = start.view != NULL ? g_object_ref (start.view) : NULL;
  edited (self, changed, &start);
  if (changed && view != NULL)
    gtk_widget_activate_action (view, "topic.rename", "s", readout_topic_get_id (topic));
  g_clear_object (&view);
  g_object_unref (topic);
}

/* A choice of speaker, party or topic mostly moves the card, which is
 * then built anew elsewhere: the popover closes first, like a menu, and
 * the edit follows from an idle, so that the card (and this popover) do
 * not go while the drop-down is still emitting its signal. */
typedef void (*ApplyFunc) (ReadoutStatementEditor *self, GObject *item);

typedef struct
{
  ReadoutStatementEditor *self;
  GObject                *item;
  ApplyFunc               apply;
} Choice;

static gboolean
apply_choice_cb (gpointer data)
{
  Choice *choice = data;

  if (choice->self->comparison != NULL && choice->self->statement != NULL)
    choice->apply (choice->self, choice->item);
  g_object_unref (choice->self);
  g_object_unref (choice->item);
  g_free (choice);
  return G_SOURCE_REMOVE;
}

static void
choose (ReadoutStatementEditor *self,
        GtkDropDown            *dropdown,
        ApplyFunc               apply)
{
  GObject *item = gtk_drop_down_get_selected_item (dropdown);
  Choice *choice;

  if (self->syncing > 0 || item == NULL || self->comparison == NULL)
    return;
  choice = g_new0 (Choice, 1);
  choice->self = g_object_ref (self);
  choice->item = g_object_ref (item);
  choice->apply = apply;
  gtk_popover_popdown (GTK_POPOVER (self));
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, apply_choice_cb, choice, NULL);
}

static void
speaker_selected_cb (ReadoutStatementEditor *self)
{
  choose (self, self->speaker_dropdown, apply_speaker);
}

static void
party_selected_cb (ReadoutStatementEditor *self)
{
  choose (self, self->party_dropdown, apply_party);
}

static void
topic_selected_cb (ReadoutStatementEditor *self)
{
  choose (self, self->topic_dropdown, apply_topic);
}

/* An act leaves the card in place: at once, and the popover stays. */
static void
act_selected_cb (ReadoutStatementEditor *self)
{
  guint act = gtk_drop_down_get_selected (self->act_dropdown);

  EditStart start;

  if (self->syncing > 0 || act >= READOUT_N_ACTS || self->comparison == NULL || self->statement == NULL)
    return;
  start = begin_edit (self);
  edited (self, readout_comparison_set_statement_act (self->comparison, start.statement, (ReadoutAct)act),
          &start);
}

static void
delete_clicked_cb (ReadoutStatementEditor *self)
{
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (self), READOUT_TYPE_COMPARISON_VIEW);
  g_autoptr(ReadoutStatement) statement = g_object_ref (self->statement);
  g_autoptr(ReadoutComparison) comparison = g_object_ref (self->comparison);

  /* The window's action deletes the selected statement and offers Undo
   * in a toast. */
  if (view != NULL)
    _readout_comparison_view_select (READOUT_COMPARISON_VIEW (view), statement, FALSE);
  gtk_popover_popdown (GTK_POPOVER (self));
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "win.delete-statement", NULL))
    readout_comparison_remove_statement (comparison, statement);
}

static void
readout_statement_editor_show (GtkWidget *widget)
{
  sync_controls (READOUT_STATEMENT_EDITOR (widget));

  GTK_WIDGET_CLASS (readout_statement_editor_parent_class)->show (widget);
}

void
readout_statement_editor_detach (ReadoutStatementEditor *self)
{
  g_return_if_fail (READOUT_IS_STATEMENT_EDITOR (self));

  if (self->comparison == NULL)
    return;
  self->syncing++;
  g_signal_handlers_disconnect_by_data (self->comparison, self);
  if (self->speaker_dropdown != NULL)
    {
      gtk_drop_down_set_model (self->speaker_dropdown, NULL);
      gtk_drop_down_set_model (self->party_dropdown, NULL);
      gtk_drop_down_set_model (self->topic_dropdown, NULL);
    }
  g_clear_object (&self->comparison);
  g_clear_object (&self->statement);
}

static void
readout_statement_editor_dispose (GObject *object)
{
  ReadoutStatementEditor *self = (ReadoutStatementEditor *)object;

  readout_statement_editor_detach (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), READOUT_TYPE_STATEMENT_EDITOR);

  G_OBJECT_CLASS (readout_statement_editor_parent_class)->dispose (object);
}

static void
readout_statement_editor_class_init (ReadoutStatementEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = readout_statement_editor_dispose;
  widget_class->show = readout_statement_editor_show;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/readout/Readout/readout-statement-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ReadoutStatementEditor, speaker_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ReadoutStatementEditor, party_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ReadoutStatementEditor, topic_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ReadoutStatementEditor, act_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ReadoutStatementEditor, delete_button);
}

static void
readout_statement_editor_init (ReadoutStatementEditor *self)
{
  g_autoptr(GtkStringList) acts = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* In the enum's order: the position is the act. */
  for (guint act = 0; act < READOUT_N_ACTS; act++)
    gtk_string_list_append (acts, readout_act_get_label ((ReadoutAct)act));
  gtk_drop_down_set_model (self->act_dropdown, G_LIST_MODEL (acts));
}

GtkWidget *
readout_statement_editor_new (ReadoutComparison *comparison,
                              ReadoutStatement  *statement)
{
  ReadoutStatementEditor *self;

  g_return_val_if_fail (READOUT_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (READOUT_IS_STATEMENT (statement), NULL);

  self = g_object_new (READOUT_TYPE_STATEMENT_EDITOR, NULL);
  self->comparison = g_object_ref (comparison);
  self->statement = g_object_ref (statement);

  set_model_with_extra (self, self->speaker_dropdown, readout_comparison_get_speakers (comparison),
                        _("No Speaker"), TRUE);
  set_model_with_extra (self, self->party_dropdown, readout_comparison_get_parties (comparison),
                        _("No Party"), FALSE);
  set_model_with_extra (self, self->topic_dropdown, readout_comparison_get_topics (comparison),
                        _("New Topic…"), FALSE);
  sync_controls (self);

  g_signal_connect_object (comparison, "changed", G_CALLBACK (sync_controls), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->speaker_dropdown, "notify::selected",
                           G_CALLBACK (speaker_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->party_dropdown, "notify::selected",
                           G_CALLBACK (party_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->topic_dropdown, "notify::selected",
                           G_CALLBACK (topic_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->act_dropdown, "notify::selected",
                           G_CALLBACK (act_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->delete_button, "clicked",
                           G_CALLBACK (delete_clicked_cb), self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

ReadoutStatement *
readout_statement_editor_get_statement (ReadoutStatementEditor *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT_EDITOR (self), NULL);

  return self->statement;
}

GtkWidget *
readout_statement_editor_get_control (ReadoutStatementEditor *self,
                                      const char             *name)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT_EDITOR (self), NULL);

  if (g_strcmp0 (name, "speaker") == 0)
    return GTK_WIDGET (self->speaker_dropdown);
  if (g_strcmp0 (name, "party") == 0)
    return GTK_WIDGET (self->party_dropdown);
  if (g_strcmp0 (name, "topic") == 0)
    return GTK_WIDGET (self->topic_dropdown);
  if (g_strcmp0 (name, "act") == 0)
    return GTK_WIDGET (self->act_dropdown);
  if (g_strcmp0 (name, "delete") == 0)
    return GTK_WIDGET (self->delete_button);
  return NULL;
}
