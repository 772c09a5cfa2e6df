/* test-statement-editor.c — the card's Edit Statement popover (speaker,
 * party, topic, act, delete) and the topic row's menu (rename, merge),
 * each edit undone, under Xvfb.
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "comparison-view-fixture.h"

static ReadoutSpeaker *
find_speaker (ReadoutComparison *comparison,
              const char        *name)
{
  GListModel *speakers = readout_comparison_get_speakers (comparison);

  for (guint i = 0; i < g_list_model_get_n_items (speakers); i++)
    {
      g_autoptr(ReadoutSpeaker) speaker = g_list_model_get_item (speakers, i);

      if (strstr (readout_speaker_get_name (speaker), name) != NULL)
        return speaker;
    }
  g_error ("no speaker %s", name);
  return NULL;
}

/* Opens the editor of @statement's card the way a right-click does. */
static ReadoutStatementEditor *
open_editor (Fixture          *fixture,
             ReadoutStatement *statement)
{
  ReadoutStatementCard *card;
  GtkWidget *editor;

  spin ();
  card = _readout_comparison_view_get_card (fixture->view, statement);
  g_assert_nonnull (card);
  readout_statement_card_popup_editor (card);
  spin ();
  editor = readout_statement_card_get_editor (card);
  /* As a person would: the popover is on the screen before a choice. */
  {
    gint64 deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

    while (g_get_monotonic_time () < deadline &&
           !(gtk_native_get_surface (GTK_NATIVE (editor)) != NULL &&
             gdk_surface_get_mapped (gtk_native_get_surface (GTK_NATIVE (editor)))))
      g_main_context_iteration (NULL, FALSE);
    spin ();
  }
  g_assert_true (READOUT_IS_STATEMENT_EDITOR (editor));
  g_assert_true (gtk_widget_get_visible (editor));
  g_assert_true (readout_statement_editor_get_statement (READOUT_STATEMENT_EDITOR (editor)) == statement);
  g_assert_true (readout_comparison_view_get_selected (fixture->view) == statement);
  return READOUT_STATEMENT_EDITOR (editor);
}

static GtkDropDown *
control (ReadoutStatementEditor *editor,
         const char             *name)
{
  return GTK_DROP_DOWN (readout_statement_editor_get_control (editor, name));
}

/* What the drop-down shows as chosen, by its own expression. */
static char *
shown (GtkDropDown *dropdown)
{
  GtkExpression *expression = gtk_drop_down_get_expression (dropdown);
  GObject *item = gtk_drop_down_get_selected_item (dropdown);
  g_auto(GValue) value = G_VALUE_INIT;

  g_assert_nonnull (item);
  if (expression == NULL)
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  g_assert_true (gtk_expression_evaluate (expression, item, &value));
  return g_value_dup_string (&value);
}

/* Chooses @item (NULL: the extra choice, "No Party" and the like), as a
 * click in the drop-down's list does. */
static void
choose (GtkDropDown *dropdown,
        gpointer     item)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (model, i);

      if (item != NULL ? other == item : GTK_IS_STRING_OBJECT (other))
        {
          gtk_drop_down_set_selected (dropdown, i);
          return;
        }
    }
  g_assert_not_reached ();
}

static void
test_editor_labels (Fixture       *fixture,
                    gconstpointer  data)
{
  ReadoutStatement *st = find_statement (fixture->comparison, "NATO members alone");
  ReadoutStatementEditor *editor = open_editor (fixture, st);
  ReadoutStatementCard *card = _readout_comparison_view_get_card (fixture->view, st);
  g_autofree char *speaker = shown (control (editor, "speaker"));
  g_autofree char *party = shown (control (editor, "party"));
  g_autofree char *topic = shown (control (editor, "topic"));
  g_autofree char *act = shown (control (editor, "act"));
  GtkWidget *menu_button = NULL;

  /* Every control says what it sets. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (editor), GTK_ACCESSIBLE_PROPERTY_LABEL, "Edit Statement");
  gtk_test_accessible_assert_property (readout_statement_editor_get_control (editor, "speaker"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Speaker");
  gtk_test_accessible_assert_property (readout_statement_editor_get_control (editor, "party"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Party");
  gtk_test_accessible_assert_property (readout_statement_editor_get_control (editor, "topic"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Topic");
  gtk_test_accessible_assert_property (readout_statement_editor_get_control (editor, "act"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Act");
  gtk_test_accessible_assert_property (readout_statement_editor_get_control (editor, "delete"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Delete Statement");

  /* It shows the statement as it is. */
  g_assert_nonnull (strstr (speaker, "Bennett"));
  g_assert_cmpstr (party, ==, readout_party_get_localized_name (find_party (fixture->comparison, "USA")));
  g_assert_cmpstr (topic, ==,
                   readout_topic_get_label (readout_comparison_get_statement_topic (fixture->comparison, st)));
  g_assert_cmpstr (act, ==, readout_act_get_label (readout_statement_get_act (st)));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (control (editor, "act"))), ==,
                    READOUT_N_ACTS);

  /* The card's menu button is labelled too, and shows on the selected card. */
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (card)); w != NULL && menu_button == NULL;
       w = gtk_widget_get_next_sibling (w))
    for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
      if (GTK_IS_MENU_BUTTON (c))
        menu_button = c;
  g_assert_nonnull (menu_button);
  gtk_test_accessible_assert_property (menu_button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Edit Statement");
  g_assert_cmpfloat (gtk_widget_get_opacity (menu_button), ==, 1.0);
  gtk_popover_popdown (GTK_POPOVER (editor));
}

static void
test_editor_act (Fixture       *fixture,
                 gconstpointer  data)
{
  ReadoutStatement *st = find_statement (fixture->comparison, "NATO members alone");
  ReadoutStatementEditor *editor = open_editor (fixture, st);
  ReadoutStatementCard *card = _readout_comparison_view_get_card (fixture->view, st);
  ReadoutAct before = readout_statement_get_act (st);
  ReadoutAct after = before == READOUT_ACT_DEMAND ? READOUT_ACT_ACCUSE : READOUT_ACT_DEMAND;
  g_autofree char *shown_after = NULL;
  g_autofree char *shown_undone = NULL;

  gtk_drop_down_set_selected (control (editor, "act"), after);
  spin ();
  g_assert_cmpint (readout_statement_get_act (st), ==, after);
  g_assert_cmpstr (readout_comparison_get_undo_description (fixture->comparison), ==, "Change Act");
  /* The card follows in place, and the editor stays open on it. */
  g_assert_true (_readout_comparison_view_get_card (fixture->view, st) == card);
  g_assert_nonnull (strstr (readout_statement_card_get_label (card), readout_act_get_label (after)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));

  g_assert_true (readout_comparison_undo (fixture->comparison));
  spin ();
  g_assert_cmpint (readout_statement_get_act (st), ==, before);
  g_assert_false (readout_comparison_can_undo (fixture->comparison));
  shown_undone = shown (control (editor, "act"));
  g_assert_cmpstr (shown_undone, ==, readout_act_get_label (before));
  g_assert_nonnull (strstr (readout_statement_card_get_label (card), readout_act_get_label (before)));

  g_assert_true (readout_comparison_redo (fixture->comparison));
  shown_after = shown (control (editor, "act"));
  g_assert_cmpstr (shown_after, ==, readout_act_get_label (after));
  gtk_popover_popdown (GTK_POPOVER (editor));
}

static void
test_editor_speaker_and_party (Fixture       *fixture,
                               gconstpointer  data)
{
  ReadoutStatement *st = find_statement (fixture->comparison, "NATO members alone");
  ReadoutSpeaker *bennett = find_speaker (fixture->comparison, "Bennett");
  ReadoutSpeaker *orlov = find_speaker (fixture->comparison, "Orlov");
  ReadoutParty *usa = find_party (fixture->comparison, "USA");
  ReadoutParty *rus = find_party (fixture->comparison, "RUS");
  ReadoutParty *pol = find_party (fixture->comparison, "POL");
  ReadoutStatementEditor *editor;

  g_assert_true (readout_comparison_get_statement_speaker (fixture->comparison, st) == bennett);
  g_assert_true (_readout_comparison_view_party_of (fixture->view, st) == usa);

  /* Another speaker: his side's column comes with him, in one command. */
  editor = open_editor (fixture, st);
  choose (control (editor, "speaker"), orlov);
  spin ();
  g_assert_true (readout_comparison_get_statement_speaker (fixture->comparison, st) == orlov);
  g_assert_true (_readout_comparison_view_party_of (fixture->view, st) == rus);
  g_assert_cmpstr (readout_comparison_get_undo_description (fixture->comparison), ==, "Change Speaker");
  g_assert_true (readout_comparison_view_get_selected (fixture->view) == st);
  /* The moved card is selected and has the focus. */
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (_readout_comparison_view_get_card (fixture->view, st))));
  g_assert_true (readout_comparison_undo (fixture->comparison));
  spin ();
  g_assert_true (readout_comparison_get_statement_speaker (fixture->comparison, st) == bennett);
  g_assert_true (_readout_comparison_view_party_of (fixture->view, st) == usa);

  /* No speaker: the party stays. */
  editor = open_editor (fixture, st);
  choose (control (editor, "speaker"), NULL);
  spin ();
  g_assert_null (readout_comparison_get_statement_speaker (fixture->comparison, st));
  g_assert_true (_readout_comparison_view_party_of (fixture->view, st) == usa);
  g_assert_true (readout_comparison_undo (fixture->comparison));
  spin ();
  g_assert_true (readout_comparison_get_statement_speaker (fixture->comparison, st) == bennett);

  /* Another party. */
  editor = open_editor (fixture, st);
  choose (control (editor, "party"), pol);
  spin ();
  g_assert_true (_readout_comparison_view_party_of (fixture->view, st) == pol);
  g_assert_cmpstr (readout_comparison_get_undo_description (fixture->comparison), ==, "Change Party");
  g_assert_true (readout_comparison_undo (fixture->comparison));
  spin ();
  g_assert_true (_readout_comparison_view_party_of (fixture->view, st) == usa);

  /* No party: the "No Party" column. */
  editor = open_editor (fixture, st);
  choose (control (editor, "party"), NULL);
  spin ();
  g_assert_true (readout_comparison_view_is_no_party (fixture->view,
                                                      _readout_comparison_view_party_of (fixture->view, st)));
  g_assert_true (readout_comparison_undo (fixture->comparison));
  spin ();
  g_assert_true (_readout_comparison_view_party_of (fixture->view, st) == usa);
  g_assert_false (readout_comparison_can_undo (fixture->comparison));
}

static void
test_editor_topic (Fixture       *fixture,
                   gconstpointer  data)
{
  ReadoutStatement *st = find_statement (fixture->comparison, "NATO members alone");
  GListModel *topics = readout_comparison_get_topics (fixture->comparison);
  guint n_topics = g_list_model_get_n_items (topics);
  ReadoutTopic *before = readout_comparison_get_statement_topic (fixture->comparison, st);
  g_autoptr(ReadoutTopic) other = NULL;
  ReadoutStatementEditor *editor;
  ReadoutTopic *added;
  GtkWidget *entry;

  g_assert_cmpuint (n_topics, >=, 2);
  other = g_list_model_get_item (topics, 0);
  if (other == before)
    {
      g_object_unref (other);
      other = g_list_model_get_item (topics, 1);
    }

  editor = open_editor (fixture, st);
  choose (control (editor, "topic"), other);
  spin ();
  g_assert_true (readout_comparison_get_statement_topic (fixture->comparison, st) == other);
  g_assert_true (readout_comparison_view_get_selected (fixture->view) == st);
  g_assert_true (readout_comparison_undo (fixture->comparison));
  spin ();
  g_assert_true (readout_comparison_get_statement_topic (fixture->comparison, st) == before);

  /* "New Topic…": a new row, then a dialog to name it. */
  editor = open_editor (fixture, st);
  choose (control (editor, "topic"), NULL);
  spin ();
  g_assert_cmpuint (g_list_model_get_n_items (topics), ==, n_topics + 1);
  added = readout_comparison_get_statement_topic (fixture->comparison, st);
  g_assert_true (added != before);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (fixture->view->rename_dialog));
  entry = adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (fixture->view->rename_dialog));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Limits on exercises");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (fixture->view->rename_dialog), "rename");
  spin ();
  g_assert_cmpstr (readout_topic_get_label (added), ==, "Limits on exercises");
  g_assert_null (fixture->view->rename_dialog);

  /* Rename, move, add: three undos back to the start. */
  for (guint i = 0; i < 3; i++)
    g_assert_true (readout_comparison_undo (fixture->comparison));
  spin ();
  g_assert_false (readout_comparison_can_undo (fixture->comparison));
  g_assert_cmpuint (g_list_model_get_n_items (topics), ==, n_topics);
  g_assert_true (readout_comparison_get_statement_topic (fixture->comparison, st) == before);
}

static void
delete_activated_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  Fixture *fixture = user_data;
  ReadoutStatement *st = readout_comparison_view_get_selected (fixture->view);

  g_object_set_data (G_OBJECT (action), "deleted", st);
  g_assert_true (readout_comparison_remove_statement (fixture->comparison, st));
}

static void
test_editor_delete_and_action (Fixture       *fixture,
                               gconstpointer  data)
{
  ReadoutStatement *st = find_statement (fixture->comparison, "NATO members alone");
  ReadoutStatement *other = find_statement (fixture->comparison, "written guarantees");
  g_autoptr(GSimpleActionGroup) win = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) delete = g_simple_action_new ("delete-statement", NULL);
  GActionGroup *actions = readout_comparison_view_get_card_actions (fixture->view);
  ReadoutStatementEditor *editor;
  ReadoutStatementCard *card;

  /* The window's action deletes the selected statement. */
  g_signal_connect (delete, "activate", G_CALLBACK (delete_activated_cb), fixture);
  g_action_map_add_action (G_ACTION_MAP (win), G_ACTION (delete));
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "win", G_ACTION_GROUP (win));

  editor = open_editor (fixture, st);
  g_signal_emit_by_name (readout_statement_editor_get_control (editor, "delete"), "clicked");
  spin ();
  g_assert_true (g_object_get_data (G_OBJECT (delete), "deleted") == st);
  g_assert_null (readout_comparison_get_statement_topic (fixture->comparison, st));
  g_assert_null (_readout_comparison_view_get_card (fixture->view, st));
  g_assert_true (readout_comparison_undo (fixture->comparison));
  spin ();
  g_assert_nonnull (_readout_comparison_view_get_card (fixture->view, st));

  /* card.edit opens the selected card's editor. */
  readout_comparison_view_select_statement (fixture->view, NULL);
  spin ();
  g_assert_false (g_action_group_get_action_enabled (actions, "edit"));
  readout_comparison_view_select_statement (fixture->view, other);
  spin ();
  g_assert_true (g_action_group_get_action_enabled (actions, "edit"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "card.edit", NULL));
  spin ();
  card = _readout_comparison_view_get_card (fixture->view, other);
  g_assert_nonnull (readout_statement_card_get_editor (card));
  g_assert_true (gtk_widget_get_visible (readout_statement_card_get_editor (card)));
  gtk_popover_popdown (GTK_POPOVER (readout_statement_card_get_editor (card)));
}

/* card.edit on a card scrolled out of sight brings it back first. */
static void
test_editor_scrolled_away (Fixture       *fixture,
                           gconstpointer  data)
{
  GListModel *topics = readout_comparison_get_topics (fixture->comparison);
  g_autoptr(ReadoutTopic) last = g_list_model_get_item (topics, g_list_model_get_n_items (topics) - 1);
  g_autoptr(ReadoutStatement) target = g_list_model_get_item (readout_topic_get_statements (last), 0);
  ReadoutStatementCard *card = NULL;
  GtkWidget *editor = NULL;
  gint64 deadline;

  gtk_window_set_default_size (fixture->window, 1100, 260);
  spin ();
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  /* Selected without scrolling, as a click in the article far down does
   * before its row is built. */
  _readout_comparison_view_select (fixture->view, target, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "card.edit", NULL));
  deadline = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < deadline)
    {
      card = _readout_comparison_view_get_card (fixture->view, target);
      editor = card != NULL ? readout_statement_card_get_editor (card) : NULL;
      if (editor != NULL && gtk_widget_get_visible (editor))
        break;
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_get_visible (editor));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (card)));
  gtk_popover_popdown (GTK_POPOVER (editor));
}

static void
test_topic_menu (Fixture       *fixture,
                 gconstpointer  data)
{
  ReadoutStatement *st = find_statement (fixture->comparison, "NATO members alone");
  GListModel *topics = readout_comparison_get_topics (fixture->comparison);
  guint n_topics = g_list_model_get_n_items (topics);
  ReadoutTopic *topic = readout_comparison_get_statement_topic (fixture->comparison, st);
  ReadoutTopicRow *row = row_of (fixture, topic);
  g_autofree char *old_label = g_strdup (readout_topic_get_label (topic));
  g_autoptr(ReadoutTopic) keep = g_object_ref (topic);
  g_autoptr(ReadoutTopic) into = NULL;
  g_autofree char *action = NULL;
  g_autoptr(GVariant) target = NULL;
  g_autoptr(GMenuModel) merge = NULL;
  GMenuModel *menu;
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  g_assert_nonnull (row);
  menu = readout_topic_row_get_menu (row);
  g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_ACTION, "s", &action));
  g_assert_cmpstr (action, ==, "topic.rename");
  target = g_menu_model_get_item_attribute_value (menu, 0, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, readout_topic_get_id (topic));
  merge = g_menu_model_get_item_link (menu, 1, G_MENU_LINK_SUBMENU);
  g_assert_nonnull (merge);
  g_assert_cmpint (g_menu_model_get_n_items (merge), ==, (int)n_topics - 1);

  /* Rename through the dialog; a blank name cannot be chosen. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "topic.rename", "s",
                                             readout_topic_get_id (topic)));
  spin ();
  dialog = ADW_MESSAGE_DIALOG (fixture->view->rename_dialog);
  g_assert_nonnull (dialog);
  entry = adw_message_dialog_get_extra_child (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, old_label);
  gtk_test_accessible_assert_property (entry, GTK_ACCESSIBLE_PROPERTY_LABEL, "Topic Name");
  gtk_editable_set_text (GTK_EDITABLE (entry), "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "rename"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Missile sites in Europe");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "rename"));
  adw_message_dialog_response (dialog, "rename");
  spin ();
  g_assert_cmpstr (readout_topic_get_label (topic), ==, "Missile sites in Europe");
  g_assert_cmpstr (readout_comparison_get_undo_description (fixture->comparison), ==, "Rename Topic");
  /* The row's heading follows. */
  g_assert_true (row_of (fixture, topic) == row);
  g_assert_true (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (row)) == GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL, "Missile sites in Europe");
  g_assert_true (readout_comparison_undo (fixture->comparison));
  g_assert_cmpstr (readout_topic_get_label (topic), ==, old_label);

  /* Merge this row into the first other one from the submenu. */
  {
    g_autoptr(GVariant) pair = g_menu_model_get_item_attribute_value (merge, 0, G_MENU_ATTRIBUTE_TARGET,
                                                                      G_VARIANT_TYPE ("(ss)"));
    const char *into_id, *from_id;

    g_variant_get (pair, "(&s&s)", &into_id, &from_id);
    g_assert_cmpstr (from_id, ==, readout_topic_get_id (topic));
    into = g_object_ref (_readout_comparison_view_find_topic (fixture->view, into_id));
    g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (fixture->view), "topic.merge", pair));
  }
  spin ();
  g_assert_cmpuint (g_list_model_get_n_items (topics), ==, n_topics - 1);
  g_assert_false (_readout_list_model_find (topics, topic, NULL));
  g_assert_true (readout_comparison_get_statement_topic (fixture->comparison, st) == into);
  g_assert_cmpstr (readout_comparison_get_undo_description (fixture->comparison), ==, "Merge Topics");
  g_assert_true (readout_comparison_undo (fixture->comparison));
  spin ();
  g_assert_cmpuint (g_list_model_get_n_items (topics), ==, n_topics);
  g_assert_true (readout_comparison_get_statement_topic (fixture->comparison, st) == topic);
  g_assert_false (readout_comparison_can_undo (fixture->comparison));
}

int
main (int   argc,
      char *argv[])
{
  /* GTK's in-process test backend: accessible names without a bus. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  readout_engine_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/statement-editor/labels", test_editor_labels);
  ADD ("/statement-editor/act", test_editor_act);
  ADD ("/statement-editor/speaker-and-party", test_editor_speaker_and_party);
  ADD ("/statement-editor/topic", test_editor_topic);
  ADD ("/statement-editor/delete-and-action", test_editor_delete_and_action);
  ADD ("/statement-editor/scrolled-away", test_editor_scrolled_away);
  ADD ("/statement-editor/topic-menu", test_topic_menu);
#undef ADD

  return g_test_run ();
}
