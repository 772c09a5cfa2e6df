/* test-annotations.c — annotating in the window under Xvfb: win.annotate
 * on a card and on a passage, the panel's note (saved once after typing
 * pauses), tags, status and colour, the card's mark, the tag editor, the
 * list's filters and jumps, the author preference, and (with
 * READOUT_SCREENSHOT_DIR set) screenshots in light and dark.
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "readout-annotation-list.h"
#include "readout-annotation-panel.h"
#include "readout-annotation-util.h"
#include "readout-comparison-view-private.h"
#include "readout-preferences-window.h"
#include "readout-tag-editor.h"
#include "readout-window-private.h"
#include "window-test-util.h"

typedef struct
{
  ReadoutWindow *window;
} Fixture;

/* The application loads it by itself; the tests have no application. */
static void
load_css (void)
{
  static gboolean loaded;
  g_autoptr(GtkCssProvider) provider = NULL;

  if (loaded)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/io/github/readout/Readout/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const char *names[] = { "readout-moscow.txt", "readout-washington.txt" };

  load_css ();

  fixture->window = g_object_ref (readout_window_new (NULL));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 900);
  gtk_window_present (GTK_WINDOW (fixture->window));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "compare", names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      readout_window_open_file (fixture->window, file);
    }
  window_test_wait_until (window_test_compared, fixture->window, 20);
  window_test_spin (100);
  g_assert_true (readout_session_get_comparison (fixture->window->session) == fixture->window->comparison);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  window_test_spin (50);
  g_assert_finalize_object (fixture->window);
}

static ReadoutStatement *
find_statement (Fixture    *fixture,
                const char *words)
{
  GListModel *statements = readout_comparison_get_statements (fixture->window->comparison);

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ReadoutStatement) st = g_list_model_get_item (statements, i);

      if (strstr (readout_statement_get_text (st), words) != NULL)
        return st;  /* the comparison keeps it */
    }
  g_error ("no statement with “%s”", words);
  return NULL;
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The widget under @root with object data @key equal to @value. */
static GtkWidget *
find_with_data (GtkWidget  *root,
                const char *key,
                const char *value)
{
  const char *data = g_object_get_data (G_OBJECT (root), key);

  if (data != NULL && g_strcmp0 (data, value) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_with_data (child, key, value);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_label_containing (GtkWidget  *widget,
                      const char *needle)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
      strstr (gtk_label_get_text (GTK_LABEL (widget)), needle) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label_containing (child, needle))
      return TRUE;
  return FALSE;
}

static GtkWidget *
find_with_label (GtkWidget  *root,
                 const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_with_label (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static ReadoutAnnotationPanel *
panel_of (Fixture *fixture)
{
  return READOUT_ANNOTATION_PANEL (find_widget (GTK_WIDGET (fixture->window), READOUT_TYPE_ANNOTATION_PANEL));
}

static ReadoutAnnotationList *
list_of (Fixture *fixture)
{
  return READOUT_ANNOTATION_LIST (find_widget (GTK_WIDGET (fixture->window), READOUT_TYPE_ANNOTATION_LIST));
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static ReadoutAnnotation *
annotate_statement (Fixture          *fixture,
                    ReadoutStatement *statement)
{
  readout_comparison_view_select_statement (fixture->window->comparison_view, statement);
  window_test_spin (20);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.annotate", NULL));
  /* The pane slides in. */
  window_test_wait_until (is_mapped, panel_of (fixture), 20);
  return readout_annotation_panel_get_annotation (panel_of (fixture));
}

static void
count_cb (gpointer  object,
          guint    *count)
{
  (*count)++;
}

static gboolean
note_saved (gpointer data)
{
  return *readout_annotation_get_note (data) != '\0';
}

/* A card: annotate, type, tag, status, colour; the card follows. */
static void
test_annotate_statement (Fixture       *fixture,
                         gconstpointer  data)
{
  ReadoutSession *session = fixture->window->session;
  ReadoutStatement *st = find_statement (fixture, "continued enlargement of NATO");
  ReadoutAnnotationPanel *panel = panel_of (fixture);
  ReadoutAnnotation *annotation;
  ReadoutStatementCard *card;
  ReadoutTag *tag;
  GtkWidget *check, *green;
  GtkTextBuffer *buffer;
  guint changes = 0;
  gint64 typed;

  g_assert_cmpuint (g_list_model_get_n_items (readout_session_get_annotations (session)), ==, 0);
  annotation = annotate_statement (fixture, st);
  g_assert_nonnull (annotation);
  g_assert_cmpuint (g_list_model_get_n_items (readout_session_get_annotations (session)), ==, 1);
  g_assert_true (readout_session_get_statement_annotation (session, st) == annotation);
  g_assert_true (readout_session_get_annotation_statement (session, annotation) == st);
  /* The panel opened on it, with the note focused. */
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (panel)));
  g_assert_true (has_label_containing (GTK_WIDGET (panel), "Vladimir Putin"));

  /* Typing: the note is saved once, a moment after the last key. */
  g_signal_connect (annotation, "changed", G_CALLBACK (count_cb), &changes);
  buffer = readout_annotation_panel_get_note_buffer (panel);
  gtk_text_buffer_insert_at_cursor (buffer, "Check against", -1);
  gtk_text_buffer_insert_at_cursor (buffer, " the transcript.", -1);
  gtk_text_buffer_insert_at_cursor (buffer, "\nThe Kremlin's own wording differs.", -1);
  typed = g_get_monotonic_time ();
  g_assert_cmpstr (readout_annotation_get_note (annotation), ==, "");
  window_test_wait_until (note_saved, annotation, 20);
  g_assert_cmpint (g_get_monotonic_time () - typed, >=, (READOUT_NOTE_SAVE_DELAY_MS - 50) * 1000);
  g_assert_cmpstr (readout_annotation_get_note (annotation), ==,
                   "Check against the transcript.\nThe Kremlin's own wording differs.");
  window_test_spin (READOUT_NOTE_SAVE_DELAY_MS + 100);
  g_assert_cmpuint (changes, ==, 1);

  /* A tag made elsewhere shows in the panel and toggles onto it. */
  tag = readout_session_add_tag (session, "Security guarantees", "red");
  window_test_spin (20);
  check = find_with_data (GTK_WIDGET (panel), "readout-tag", readout_tag_get_id (tag));
  g_assert_nonnull (check);
  g_assert_true (GTK_IS_CHECK_BUTTON (check));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_true (readout_annotation_has_tag (annotation, readout_tag_get_id (tag)));

  /* Status and colour. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_widget (GTK_WIDGET (panel), ADW_TYPE_COMBO_ROW)),
                              READOUT_ANNOTATION_STATUS_DISPUTED);
  g_assert_cmpint (readout_annotation_get_status (annotation), ==, READOUT_ANNOTATION_STATUS_DISPUTED);
  green = find_with_data (GTK_WIDGET (panel), "readout-color", "green");
  g_assert_nonnull (green);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (green), TRUE);
  g_assert_cmpstr (readout_annotation_get_color (annotation), ==, "green");
  g_assert_cmpuint (changes, ==, 4);

  /* The author is recorded; the times are shown. */
  g_assert_cmpstr (readout_annotation_get_author (annotation), ==, g_get_real_name ());
  g_assert_true (has_label_containing (GTK_WIDGET (panel), "Created just now"));

  /* The card shows that a note exists, its first line and the status. */
  window_test_spin (50);
  card = _readout_comparison_view_get_card (fixture->window->comparison_view, st);
  g_assert_nonnull (card);
  g_assert_true (readout_statement_card_get_annotation (card) == annotation);
  g_test_message ("%s", readout_statement_card_get_label (card));
  g_assert_true (g_str_has_suffix (readout_statement_card_get_label (card),
                                   ". Annotated, Disputed: Check against the transcript."));
  g_assert_true (has_label_containing (GTK_WIDGET (card), "Check against the transcript."));
  g_assert_false (has_label_containing (GTK_WIDGET (card), "wording differs"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (card), "annotated"));

  /* Ctrl+M again on the same card opens the same annotation. */
  g_assert_true (annotate_statement (fixture, st) == annotation);
  g_assert_cmpuint (g_list_model_get_n_items (readout_session_get_annotations (session)), ==, 1);

  /* Delete: an annotation without a note goes at once, and the pane
   * shows the list. */
  {
    ReadoutAnnotation *empty = annotate_statement (fixture, find_statement (fixture, "Istanbul"));
    GtkWidget *delete = find_with_label (GTK_WIDGET (panel), "_Delete Annotation");

    g_assert_nonnull (empty);
    g_assert_true (empty != annotation);
    g_assert_cmpuint (g_list_model_get_n_items (readout_session_get_annotations (session)), ==, 2);
    g_assert_nonnull (delete);
    g_signal_emit_by_name (delete, "clicked");
    g_assert_cmpuint (g_list_model_get_n_items (readout_session_get_annotations (session)), ==, 1);
    g_assert_null (readout_annotation_panel_get_annotation (panel));
    window_test_wait_until (is_mapped, list_of (fixture), 20);
  }

  /* Escape closes the pane. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.close-annotations", NULL);
  g_assert_false (g_variant_get_boolean (g_action_get_state (g_action_map_lookup_action (G_ACTION_MAP (fixture->window),
                                                                                           "show-annotations"))));
  g_signal_handlers_disconnect_by_func (annotation, count_cb, &changes);
}

/* A passage selected in the article; it is tinted in its colour. */
static void
test_annotate_passage (Fixture       *fixture,
                       gconstpointer  data)
{
  ReadoutWindow *window = fixture->window;
  ReadoutSession *session = window->session;
  ReadoutDocument *document = NULL;
  GtkTextBuffer *buffer = readout_article_view_get_buffer (window->article_view);
  const char *text;
  const char *words = "The conversation took place";
  const char *at;
  guint start, end;
  GtkTextIter s, e;
  ReadoutAnnotation *annotation;
  GdkRGBA color, yellow;
  guint sel_start, sel_end;

  /* Moscow's readout, the first opened. */
  readout_window_select_document (window, 0);
  window_test_spin (50);
  document = readout_article_view_get_document (window->article_view);
  text = readout_document_get_text (document);
  at = strstr (text, words);
  g_assert_nonnull (at);
  start = g_utf8_pointer_to_offset (text, at);
  end = start + g_utf8_strlen (words, -1);
  readout_comparison_view_select_statement (window->comparison_view, NULL);
  gtk_text_buffer_get_iter_at_offset (buffer, &s, readout_article_view_buffer_offset (window->article_view, start));
  gtk_text_buffer_get_iter_at_offset (buffer, &e, readout_article_view_buffer_offset (window->article_view, end));
  gtk_text_buffer_select_range (buffer, &s, &e);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.annotate", NULL));
  annotation = readout_annotation_panel_get_annotation (panel_of (fixture));
  g_assert_nonnull (annotation);
  g_assert_null (readout_annotation_get_statement (annotation));
  g_assert_cmpuint (readout_annotation_get_anchor (annotation)->start, ==, start);
  g_assert_cmpuint (readout_annotation_get_anchor (annotation)->end, ==, end);
  g_assert_cmpstr (readout_annotation_get_anchor (annotation)->exact, ==, words);
  g_assert_true (has_label_containing (GTK_WIDGET (panel_of (fixture)), words));

  /* No colour yet: still marked, in grey. */
  window_test_spin (50);
  g_assert_true (readout_article_view_get_passage_color_at (window->article_view, start + 2, &color));
  readout_annotation_set_color (annotation, "yellow");
  window_test_spin (50);
  g_assert_true (readout_article_view_get_passage_color_at (window->article_view, start + 2, &color));
  gdk_rgba_parse (&yellow, readout_color_to_hex ("yellow"));
  g_assert_true (gdk_rgba_equal (&color, &yellow));
  g_assert_false (readout_article_view_get_passage_color_at (window->article_view, end + 2, NULL));

  /* A click on the tinted words opens it. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.close-annotations", NULL);
  g_signal_emit_by_name (window->article_view, "passage-activated", start + 3);
  window_test_wait_until (is_mapped, panel_of (fixture), 20);
  g_assert_true (readout_annotation_panel_get_annotation (panel_of (fixture)) == annotation);

  /* The same words again: the same annotation. */
  gtk_text_buffer_select_range (buffer, &s, &e);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.annotate", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (readout_session_get_annotations (session)), ==, 1);

  /* From the list, it is selected again after the selection moved. */
  gtk_text_buffer_place_cursor (buffer, &e);
  g_assert_false (readout_article_view_get_selection (window->article_view, &sel_start, &sel_end));
  readout_annotation_list_activate (list_of (fixture), 0);
  window_test_spin (200);
  g_assert_true (readout_article_view_get_selection (window->article_view, &sel_start, &sel_end));
  g_assert_cmpuint (sel_start, ==, start);
  g_assert_cmpuint (sel_end, ==, end);
}

/* The tag editor: add, rename, recolour, delete and undo. */
static void
test_tag_editor (Fixture       *fixture,
                 gconstpointer  data)
{
  ReadoutSession *session = fixture->window->session;
  ReadoutAnnotation *nato = annotate_statement (fixture, find_statement (fixture, "continued enlargement of NATO"));
  ReadoutAnnotation *ceasefire = annotate_statement (fixture, find_statement (fixture, "thirty-day ceasefire"));
  GListModel *tags = readout_session_get_tags (session);
  GtkWidget *editor = readout_tag_editor_new (session);
  g_autoptr(ReadoutTag) tag = NULL;
  ReadoutTag *restored;
  GtkWidget *row;

  g_assert_nonnull (nato);
  g_assert_nonnull (ceasefire);
  g_assert_true (nato != ceasefire);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (fixture->window));
  gtk_window_present (GTK_WINDOW (editor));
  window_test_spin (50);

  g_assert_true (gtk_widget_activate_action (editor, "tags.add", "s", "  Ceasefire terms "));
  g_assert_true (gtk_widget_activate_action (editor, "tags.add", "s", "Sanctions"));
  /* Names are unique, ignoring case; blank ones are not added. */
  g_assert_true (gtk_widget_activate_action (editor, "tags.add", "s", "sanctions"));
  g_assert_true (gtk_widget_activate_action (editor, "tags.add", "s", "   "));
  g_assert_cmpuint (g_list_model_get_n_items (tags), ==, 2);
  tag = g_list_model_get_item (tags, 0);
  g_assert_cmpstr (readout_tag_get_name (tag), ==, "Ceasefire terms");
  {
    g_autoptr(ReadoutTag) second = g_list_model_get_item (tags, 1);

    /* Each new tag gets a colour of its own. */
    g_assert_cmpstr (readout_tag_get_color (tag), !=, readout_tag_get_color (second));
  }

  readout_annotation_add_tag (nato, readout_tag_get_id (tag));
  readout_annotation_add_tag (ceasefire, readout_tag_get_id (tag));
  window_test_spin (20);
  g_assert_cmpstr (readout_tag_editor_get_usage (READOUT_TAG_EDITOR (editor), tag), ==, "2 annotations");

  /* Renamed inline: the entry's apply. */
  row = readout_tag_editor_get_row (READOUT_TAG_EDITOR (editor), tag);
  g_assert_true (ADW_IS_ENTRY_ROW (row));
  gtk_editable_set_text (GTK_EDITABLE (row), "Truce terms");
  g_signal_emit_by_name (row, "apply");
  g_assert_cmpstr (readout_tag_get_name (tag), ==, "Truce terms");
  /* The panel shows the new name. */
  g_assert_true (has_label_containing (GTK_WIDGET (panel_of (fixture)), "Truce terms"));

  g_assert_true (gtk_widget_activate_action (editor, "tags.recolor", "(ss)", readout_tag_get_id (tag), "purple"));
  g_assert_cmpstr (readout_tag_get_color (tag), ==, "purple");

  /* Deleted: off both annotations; Undo puts it back on them. */
  g_assert_true (gtk_widget_activate_action (editor, "tags.delete", "s", readout_tag_get_id (tag)));
  g_assert_cmpuint (g_list_model_get_n_items (tags), ==, 1);
  g_assert_false (readout_annotation_has_tag (nato, readout_tag_get_id (tag)));
  g_assert_false (readout_annotation_has_tag (ceasefire, readout_tag_get_id (tag)));
  g_assert_true (has_label_containing (editor, "Tag “Truce terms” deleted"));
  readout_tag_editor_undo_delete (READOUT_TAG_EDITOR (editor));
  g_assert_cmpuint (g_list_model_get_n_items (tags), ==, 2);
  {
    g_autoptr(ReadoutTag) last = g_list_model_get_item (tags, 1);

    restored = last;
  }
  g_assert_cmpstr (readout_tag_get_name (restored), ==, "Truce terms");
  g_assert_cmpstr (readout_tag_get_color (restored), ==, "purple");
  g_assert_true (readout_annotation_has_tag (nato, readout_tag_get_id (restored)));
  g_assert_true (readout_annotation_has_tag (ceasefire, readout_tag_get_id (restored)));
  window_test_spin (20);
  g_assert_cmpstr (readout_tag_editor_get_usage (READOUT_TAG_EDITOR (editor), restored), ==, "2 annotations");

  gtk_window_destroy (GTK_WINDOW (editor));
  window_test_spin (20);
}

static char *
list_notes (ReadoutAnnotationList *list)
{
  GListModel *model = readout_annotation_list_get_model (list);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ReadoutAnnotation) a = g_list_model_get_item (model, i);

      g_string_append_printf (out, "%s%s", i > 0 ? "|" : "", readout_annotation_get_note (a));
    }
  return g_string_free (out, FALSE);
}

/* The list: filter by tag (API and dropdown) and search; rows jump. */
static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  ReadoutWindow *window = fixture->window;
  ReadoutSession *session = window->session;
  ReadoutStatement *nato_st = find_statement (fixture, "continued enlargement of NATO");
  ReadoutStatement *ceasefire_st = find_statement (fixture, "thirty-day ceasefire");
  ReadoutStatement *istanbul_st = find_statement (fixture, "Istanbul");
  ReadoutAnnotation *nato = annotate_statement (fixture, nato_st);
  ReadoutAnnotation *ceasefire = annotate_statement (fixture, ceasefire_st);
  ReadoutAnnotation *istanbul = annotate_statement (fixture, istanbul_st);
  ReadoutTag *security = readout_session_add_tag (session, "Security", "blue");
  ReadoutTag *ukraine = readout_session_add_tag (session, "Ukraine", "yellow");
  ReadoutAnnotationList *list = list_of (fixture);
  GtkDropDown *dropdown = GTK_DROP_DOWN (find_widget (GTK_WIDGET (list), GTK_TYPE_DROP_DOWN));
  g_autofree char *all = NULL;
  char *notes;

  readout_annotation_set_note (nato, "NATO line");
  readout_annotation_set_note (ceasefire, "Truce offer");
  readout_annotation_set_note (istanbul, "Talks venue");
  readout_annotation_add_tag (nato, readout_tag_get_id (security));
  readout_annotation_add_tag (ceasefire, readout_tag_get_id (security));
  readout_annotation_add_tag (ceasefire, readout_tag_get_id (ukraine));
  readout_annotation_set_status (istanbul, READOUT_ANNOTATION_STATUS_NEEDS_CHECK);

  /* The pane shows the panel of the last one; F9 would close it. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-annotations-list", NULL);
  window_test_wait_until (is_mapped, list, 20);
  all = list_notes (list);
  g_assert_cmpstr (all, ==, "NATO line|Truce offer|Talks venue");
  g_assert_true (has_label_containing (GTK_WIDGET (list), "Truce offer"));

  readout_annotation_list_set_tag_filter (list, security);
  notes = list_notes (list);
  g_assert_cmpstr (notes, ==, "NATO line|Truce offer");
  g_free (notes);
  /* The dropdown: All Tags, Security, Ukraine. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, 3);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 1);
  gtk_drop_down_set_selected (dropdown, 2);
  notes = list_notes (list);
  g_assert_cmpstr (notes, ==, "Truce offer");
  g_free (notes);
  g_assert_true (readout_annotation_list_get_tag_filter (list) == ukraine);

  /* A tag taken off an annotation takes it out of the filtered rows. */
  readout_annotation_remove_tag (ceasefire, readout_tag_get_id (ukraine));
  notes = list_notes (list);
  g_assert_cmpstr (notes, ==, "");
  g_free (notes);
  gtk_drop_down_set_selected (dropdown, 0);
  notes = list_notes (list);
  g_assert_cmpstr (notes, ==, all);
  g_free (notes);

  /* Search: notes, tag names, the speaker, the status. */
  readout_annotation_list_set_search (list, "venue");
  notes = list_notes (list);
  g_assert_cmpstr (notes, ==, "Talks venue");
  g_free (notes);
  readout_annotation_list_set_search (list, "SECURITY");
  notes = list_notes (list);
  g_assert_cmpstr (notes, ==, "NATO line|Truce offer");
  g_free (notes);
  readout_annotation_list_set_search (list, "needs check");
  notes = list_notes (list);
  g_assert_cmpstr (notes, ==, "Talks venue");
  g_free (notes);
  readout_annotation_list_set_search (list, NULL);

  /* Deleting a tag filtered by shows everything again. */
  readout_annotation_list_set_tag_filter (list, ukraine);
  readout_session_remove_tag (session, ukraine);
  window_test_spin (20);
  g_assert_null (readout_annotation_list_get_tag_filter (list));
  notes = list_notes (list);
  g_assert_cmpstr (notes, ==, all);
  g_free (notes);

  /* Activating a row selects its statement. */
  readout_comparison_view_select_statement (window->comparison_view, NULL);
  readout_annotation_list_activate (list, 1);
  window_test_spin (50);
  g_assert_true (readout_comparison_view_get_selected (window->comparison_view) == ceasefire_st);
  readout_annotation_list_activate (list, 0);
  window_test_spin (50);
  g_assert_true (readout_comparison_view_get_selected (window->comparison_view) == nato_st);
  /* The list stays open for the next one. */
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (list)));

  /* One whose words were lost (a re-imported article): marked, and
   * jumping to it says why it cannot. */
  {
    ReadoutAnnotation *lost = readout_session_annotate_passage (session, 0, 0, 9);

    g_assert_nonnull (lost);
    readout_annotation_set_note (lost, "Lost words");
    readout_annotation_set_anchor (lost, readout_annotation_get_anchor (lost), READOUT_ANCHOR_MATCH_ORPHANED);
    g_assert_true (readout_annotation_is_orphaned (lost));
    notes = list_notes (list);
    g_assert_cmpstr (notes, ==, "NATO line|Truce offer|Talks venue|Lost words");
    g_free (notes);
    readout_annotation_list_activate (list, 3);
    window_test_spin (50);
    g_assert_true (has_label_containing (GTK_WIDGET (window->toast_overlay), "no longer in the article"));
    g_signal_emit_by_name (list, "edit-annotation", lost);
    window_test_wait_until (is_mapped, panel_of (fixture), 20);
    g_assert_true (readout_annotation_panel_get_annotation (panel_of (fixture)) == lost);
    g_assert_true (has_label_containing (GTK_WIDGET (panel_of (fixture)), "Not found in the article’s current text"));
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-annotations-list", NULL);
    window_test_wait_until (is_mapped, list, 20);
    readout_session_remove_annotation (session, lost);
  }

  /* A deleted annotation leaves the list. */
  readout_session_remove_annotation (session, ceasefire);
  notes = list_notes (list);
  g_assert_cmpstr (notes, ==, "NATO line|Talks venue");
  g_free (notes);
}

/* Preferences: the author name recorded on new annotations. */
static void
test_author_preference (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GSettings) settings = readout_settings_new_if_installed ();
  GtkWidget *preferences;
  ReadoutAnnotation *annotation;

  g_assert_nonnull (settings);
  g_assert_cmpstr (readout_session_get_author (fixture->window->session), ==, g_get_real_name ());
  preferences = readout_preferences_window_new (settings);
  gtk_window_present (GTK_WINDOW (preferences));
  gtk_editable_set_text (GTK_EDITABLE (readout_preferences_window_get_author_row (READOUT_PREFERENCES_WINDOW (preferences))),
                         "Ana Ruiz");
  window_test_spin (20);
  {
    g_autofree char *stored = g_settings_get_string (settings, "author-name");

    g_assert_cmpstr (stored, ==, "Ana Ruiz");
  }
  g_assert_cmpstr (readout_session_get_author (fixture->window->session), ==, "Ana Ruiz");
  annotation = annotate_statement (fixture, find_statement (fixture, "Istanbul"));
  g_assert_cmpstr (readout_annotation_get_author (annotation), ==, "Ana Ruiz");
  g_assert_true (has_label_containing (GTK_WIDGET (panel_of (fixture)), "By Ana Ruiz"));

  /* Empty again: the real name. */
  g_settings_reset (settings, "author-name");
  window_test_spin (20);
  g_assert_cmpstr (readout_session_get_author (fixture->window->session), ==, g_get_real_name ());
  gtk_window_destroy (GTK_WINDOW (preferences));
  window_test_spin (20);
}

/* A session opened into the window: everything follows the new one. */
static void
test_session_replaced (Fixture       *fixture,
                       gconstpointer  data)
{
  ReadoutWindow *window = fixture->window;
  g_autoptr(ReadoutSession) old = g_object_ref (window->session);
  g_autoptr(ReadoutSession) empty = readout_session_new (NULL);
  ReadoutStatement *st = find_statement (fixture, "continued enlargement of NATO");
  ReadoutAnnotation *annotation = annotate_statement (fixture, st);
  ReadoutStatementCard *card = _readout_comparison_view_get_card (window->comparison_view, st);
  GAction *annotate = g_action_map_lookup_action (G_ACTION_MAP (window), "annotate");

  g_assert_nonnull (card);
  g_assert_true (readout_statement_card_get_annotation (card) == annotation);
  g_assert_true (g_action_get_enabled (annotate));

  _readout_window_set_session (window, empty);
  window_test_spin (20);
  g_assert_true (readout_annotation_panel_get_session (panel_of (fixture)) == empty);
  g_assert_null (readout_annotation_panel_get_annotation (panel_of (fixture)));
  g_assert_true (readout_annotation_list_get_session (list_of (fixture)) == empty);
  g_assert_cmpuint (g_list_model_get_n_items (readout_annotation_list_get_model (list_of (fixture))), ==, 0);
  g_assert_null (readout_statement_card_get_annotation (card));
  /* No comparison in it: nothing to annotate. */
  g_assert_false (g_action_get_enabled (annotate));

  _readout_window_set_session (window, old);
  window_test_spin (20);
  g_assert_true (readout_statement_card_get_annotation (card) == annotation);
  g_assert_cmpuint (g_list_model_get_n_items (readout_annotation_list_get_model (list_of (fixture))), ==, 1);
  g_assert_true (g_action_get_enabled (annotate));
}

/* Times as the panel shows them. */
static void
test_format_time (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) minutes = g_date_time_add_minutes (now, -5);
  g_autoptr(GDateTime) long_ago = g_date_time_new_local (2020, 3, 14, 9, 30, 0);
  g_autofree char *a = readout_format_time (now);
  g_autofree char *b = readout_format_time (minutes);
  g_autofree char *c = readout_format_time (long_ago);

  g_assert_cmpstr (a, ==, "just now");
  g_assert_cmpstr (b, ==, "5 minutes ago");
  g_assert_cmpstr (c, ==, "14 March 2020");
  g_assert_cmpstr (readout_color_get_label ("purple"), ==, "Purple");
}

/* Screenshots */

static void
save_screenshot (GtkWidget  *widget,
                 const char *dir,
                 const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gtk_test_widget_wait_for_draw (widget);
  window_test_spin (100);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *dir = g_getenv ("READOUT_SCREENSHOT_DIR");
  AdwStyleManager *manager = adw_style_manager_get_default ();
  ReadoutWindow *window = fixture->window;
  ReadoutSession *session = window->session;
  ReadoutTag *security, *ukraine, *follow;
  ReadoutAnnotation *nato, *ceasefire, *istanbul;
  GtkWidget *editor;
  const char *schemes[] = { "light", "dark" };

  if (dir == NULL)
    {
      g_test_skip ("READOUT_SCREENSHOT_DIR is not set");
      return;
    }
  security = readout_session_add_tag (session, "Security guarantees", "blue");
  ukraine = readout_session_add_tag (session, "Ceasefire", "orange");
  follow = readout_session_add_tag (session, "Follow up", "red");
  istanbul = annotate_statement (fixture, find_statement (fixture, "Istanbul"));
  readout_annotation_set_note (istanbul, "Istanbul talks: no date given by either side.");
  readout_annotation_set_status (istanbul, READOUT_ANNOTATION_STATUS_NEEDS_CHECK);
  readout_annotation_add_tag (istanbul, readout_tag_get_id (follow));
  ceasefire = annotate_statement (fixture, find_statement (fixture, "thirty-day ceasefire"));
  readout_annotation_set_note (ceasefire, "Washington's offer; Moscow's readout does not mention it.");
  readout_annotation_set_status (ceasefire, READOUT_ANNOTATION_STATUS_DISPUTED);
  readout_annotation_set_color (ceasefire, "orange");
  readout_annotation_add_tag (ceasefire, readout_tag_get_id (ukraine));
  nato = annotate_statement (fixture, find_statement (fixture, "continued enlargement of NATO"));
  readout_annotation_set_note (nato, "Same wording as the December proposals.\nCompare with the 2021 draft treaty, article 4.");
  readout_annotation_set_status (nato, READOUT_ANNOTATION_STATUS_VERIFIED);
  readout_annotation_set_color (nato, "blue");
  readout_annotation_add_tag (nato, readout_tag_get_id (security));
  readout_annotation_add_tag (nato, readout_tag_get_id (follow));
  {
    ReadoutComparison *comparison = readout_session_get_comparison (session);
    g_autoptr(ReadoutAnalysis) moscow = g_list_model_get_item (readout_comparison_get_analyses (comparison), 0);
    const char *text = readout_document_get_text (readout_analysis_get_document (moscow));
    const char *words = "The parties exchanged views on the state of security in Europe.";
    guint start = g_utf8_pointer_to_offset (text, strstr (text, words));
    ReadoutAnnotation *passage = readout_session_annotate_passage (session, 0, start, start + g_utf8_strlen (words, -1));

    readout_annotation_set_note (passage, "Europe first, Ukraine second: the order differs from Washington's.");
    readout_annotation_set_color (passage, "yellow");
  }
  readout_window_select_document (window, 0);
  readout_comparison_view_select_statement (window->comparison_view, find_statement (fixture, "continued enlargement of NATO"));
  window_test_spin (300);

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      g_autofree char *panel = g_strdup_printf ("annotation-panel-%s.png", schemes[i]);
      g_autofree char *list = g_strdup_printf ("annotation-list-%s.png", schemes[i]);
      g_autofree char *tags = g_strdup_printf ("tag-editor-%s.png", schemes[i]);

      adw_style_manager_set_color_scheme (manager, i == 0 ? ADW_COLOR_SCHEME_FORCE_LIGHT : ADW_COLOR_SCHEME_FORCE_DARK);
      annotate_statement (fixture, find_statement (fixture, "continued enlargement of NATO"));
      window_test_spin (400);
      /* The passage and the statement are near the article's top. */
      gtk_adjustment_set_value (readout_article_view_get_vadjustment (window->article_view), 0);
      window_test_spin (100);
      save_screenshot (GTK_WIDGET (window), dir, panel);

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-annotations-list", NULL);
      window_test_spin (400);
      save_screenshot (GTK_WIDGET (window), dir, list);

      editor = readout_tag_editor_new (session);
      gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (window));
      gtk_window_present (GTK_WINDOW (editor));
      window_test_spin (400);
      save_screenshot (editor, dir, tags);
      gtk_window_destroy (GTK_WINDOW (editor));
      window_test_spin (50);
    }
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  readout_engine_init ();

  g_test_add_func ("/annotations/format-time", test_format_time);
  g_test_add ("/annotations/statement", Fixture, NULL, fixture_set_up, test_annotate_statement, fixture_tear_down);
  g_test_add ("/annotations/passage", Fixture, NULL, fixture_set_up, test_annotate_passage, fixture_tear_down);
  g_test_add ("/annotations/tag-editor", Fixture, NULL, fixture_set_up, test_tag_editor, fixture_tear_down);
  g_test_add ("/annotations/list", Fixture, NULL, fixture_set_up, test_list, fixture_tear_down);
  g_test_add ("/annotations/author", Fixture, NULL, fixture_set_up, test_author_preference, fixture_tear_down);
  g_test_add ("/annotations/session-replaced", Fixture, NULL, fixture_set_up, test_session_replaced, fixture_tear_down);
  g_test_add ("/annotations/screenshots", Fixture, NULL, fixture_set_up, test_screenshots, fixture_tear_down);

  return g_test_run ();
}
