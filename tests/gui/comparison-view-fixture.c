/* comparison-view-fixture.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two invented readouts of one round of talks in Geneva: Russia's deputy
 * foreign minister and a U.S. under secretary disagree on missile sites
 * and NATO, agree to discuss exercises; Poland speaks in the second.
 */

#include "config.h"

#include <string.h>

#include "comparison-view-fixture.h"

const char * const moscow_side[] = {
  "Russian and American diplomats met in Geneva on Monday for a second day of talks on missile deployments in Europe.",
  "Russian Deputy Foreign Minister Pavel Orlov said Moscow would not accept any new American missile sites in Poland or Romania.",
  "\"We have been very clear that this is a red line for us,\" Orlov told reporters after the meeting.",
  "U.S. Under Secretary of State Laura Bennett rejected the Russian demand, saying NATO members alone decide where allied missiles are based.",
  "Bennett said Washington was ready to discuss limits on military exercises near the border if Moscow pulled back its troops.",
  "The Kremlin said Russia would keep its troops on its own territory wherever it saw fit.",
  NULL
};

const char * const washington_side[] = {
  "The United States and Russia ended two days of talks in Geneva without agreement on missile deployments.",
  "Russian Deputy Foreign Minister Pavel Orlov insisted that Washington must give written guarantees that NATO would stop its expansion to the east.",
  "Polish Foreign Minister Marek Zielinski said Warsaw rejected any deal on missile sites made over its head.",
  "Bennett said the United States was prepared to discuss limits on military exercises near the border.",
  NULL
};

ReadoutAnalysis *
analyse (const char * const *paragraphs,
         const char         *title,
         const char         *source)
{
  g_autoptr(ReadoutDocument) document = readout_document_new ();
  g_autoptr(GError) error = NULL;
  ReadoutAnalysis *analysis;

  readout_document_set_title (document, title);
  readout_document_set_source (document, source);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    g_assert_true (readout_document_add_paragraph (document, paragraphs[i]));
  analysis = readout_analysis_new_for_document (document, NULL, &error);
  g_assert_no_error (error);
  return analysis;
}

ReadoutComparison *
make_comparison (void)
{
  g_autoptr(GListStore) analyses = g_list_store_new (READOUT_TYPE_ANALYSIS);
  g_autoptr(ReadoutAnalysis) a = analyse (moscow_side, "Geneva talks on missiles", "Lakeside Wire");
  g_autoptr(ReadoutAnalysis) b = analyse (washington_side, "No breakthrough in Geneva", "Capitol Dispatch");
  g_autoptr(GError) error = NULL;
  ReadoutComparison *comparison;

  g_list_store_append (analyses, a);
  g_list_store_append (analyses, b);
  comparison = readout_comparison_new (G_LIST_MODEL (analyses), NULL, &error);
  g_assert_no_error (error);
  return comparison;
}

ReadoutStatement *
find_statement (ReadoutComparison *comparison,
                const char        *words)
{
  GListModel *statements = readout_comparison_get_statements (comparison);

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ReadoutStatement) st = g_list_model_get_item (statements, i);

      if (strstr (readout_statement_get_text (st), words) != NULL)
        return st;  /* the comparison keeps it alive */
    }
  g_error ("no statement with “%s”", words);
  return NULL;
}

ReadoutParty *
find_party (ReadoutComparison *comparison,
            const char        *id)
{
  GListModel *parties = readout_comparison_get_parties (comparison);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (parties, i);

      if (g_strcmp0 (readout_party_get_id (party), id) == 0)
        return party;
    }
  g_error ("no party %s", id);
  return NULL;
}

/* Runs the main loop until nothing is pending, and a little longer, so
 * that idles, layout and drawing have happened. */
void
spin (void)
{
  gint64 until = g_get_monotonic_time () + 60 * 1000;

  while (g_main_context_pending (NULL) || g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}


void
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

void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  load_css ();
  fixture->comparison = make_comparison ();
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1100, 1000);
  fixture->view = READOUT_COMPARISON_VIEW (readout_comparison_view_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  readout_comparison_view_set_comparison (fixture->view, fixture->comparison);
  gtk_window_present (fixture->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  spin ();
}

void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_object_add_weak_pointer (G_OBJECT (fixture->view), (gpointer *)&fixture->view);
  gtk_window_destroy (fixture->window);
  spin ();
  g_assert_null (fixture->view);
  g_assert_finalize_object (fixture->comparison);
}

ReadoutTopicRow *
row_of (Fixture      *fixture,
        ReadoutTopic *topic)
{
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, fixture->view->rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    if (readout_topic_row_get_topic (row) == topic)
      return row;
  return NULL;
}

GPtrArray *
cards_in (GtkWidget *cell,
          gboolean   visible_only)
{
  GPtrArray *cards = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (cell); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (READOUT_IS_STATEMENT_CARD (child) && (!visible_only || gtk_widget_get_visible (child)))
      g_ptr_array_add (cards, child);
  return cards;
}

GtkWidget *
gap_label (GtkWidget *cell)
{
  for (GtkWidget *child = gtk_widget_get_first_child (cell); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "gap-label"))
      return child;
  return NULL;
}

GtkWidget *
cell_of (Fixture          *fixture,
         ReadoutStatement *statement,
         ReadoutParty     *party)
{
  ReadoutTopic *topic = readout_comparison_get_statement_topic (fixture->comparison, statement);
  ReadoutTopicRow *row = row_of (fixture, topic);

  g_assert_nonnull (row);
  return readout_topic_row_get_cell (row, party);
}

/* The header's summary, "Russia · RUS · 2 statements", in column order. */
char *
header_summaries (Fixture *fixture)
{
  GString *out = g_string_new (NULL);

  for (GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (fixture->view->header_box));
       header != NULL; header = gtk_widget_get_next_sibling (header))
    {
      const char *tip = gtk_widget_get_tooltip_text (header);

      if (out->len > 0)
        g_string_append (out, " | ");
      g_string_append (out, tip);
    }
  return g_string_free (out, FALSE);
}

char *
column_ids (Fixture *fixture)
{
  GListModel *columns = readout_comparison_view_get_columns (fixture->view);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (columns, i);

      g_string_append_printf (out, "%s%s", i > 0 ? "," : "",
                              _readout_comparison_view_party_id (fixture->view, party));
    }
  return g_string_free (out, FALSE);
}

char *
row_cell_ids (Fixture         *fixture,
              ReadoutTopicRow *row)
{
  GString *out = g_string_new (NULL);
  GtkWidget *cells;

  /* The cells box is the row's last child. */
  cells = gtk_widget_get_last_child (GTK_WIDGET (row));
  for (GtkWidget *cell = gtk_widget_get_first_child (cells); cell != NULL;
       cell = gtk_widget_get_next_sibling (cell))
    {
      ReadoutParty *party = g_object_get_data (G_OBJECT (cell), "readout-party");

      g_string_append_printf (out, "%s%s", out->len > 0 ? "," : "",
                              _readout_comparison_view_party_id (fixture->view, party));
    }
  return g_string_free (out, FALSE);
}
