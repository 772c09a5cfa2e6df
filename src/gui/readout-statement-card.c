/* readout-statement-card.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A statement as the comparison shows it: who spoke, what was said, the
 * act and tone flags as badges. The card is focusable and emits
 * "activate" on click, Enter or Space; the comparison view selects it.
 * It is also the drag source for moving the statement (in-process, as a
 * ReadoutStatement) and for dropping it into other applications as text
 * with its attribution. Its menu button (shown on hover and selection;
 * right-click, long-press, Shift+F10 or Menu open it too) holds the
 * statement's editor, made on first use; the card follows the edits of
 * its statement's act and speaker in place. When the window links a
 * session, the card also shows the statement's annotation: the first line
 * of its note, its colour and its status.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "readout-annotation-mark.h"
#include "readout-annotation-util.h"
#include "readout-statement-card.h"
#include "readout-statement-editor.h"

struct _ReadoutStatementCard
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkLabel          *marker_label;
  GtkLabel          *speaker_label;
  GtkLabel          *role_label;
  GtkLabel          *text_label;
  GtkFlowBox        *badges;
  GtkLabel          *document_label;
  GtkMenuButton     *menu_button;
  ReadoutAnnotationMark *annotation_mark;

  ReadoutComparison *comparison;
  ReadoutSession    *session;
  ReadoutAnnotation *annotation;
  ReadoutStatement  *statement;
  ReadoutParty      *party;
  char              *label;
  gboolean           selected;
  gboolean           hovered;
};

G_DEFINE_FINAL_TYPE (ReadoutStatementCard, readout_statement_card, GTK_TYPE_WIDGET)

enum {
  ACTIVATE,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* Distinct shapes, so that parties differ by more than colour. */
static const char * const markers[] = { "●", "■", "▲", "◆", "▼", "★", "✚" };

/* Okabe and Ito's palette for colour-blind readers, without black; the
 * first two, most often the two sides of a call, differ the most. Keep in
 * step with the @readout_party_N colours in data/style.css. */
static const char * const palette[READOUT_N_PARTY_COLORS] = {
  "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442",
};

G_STATIC_ASSERT (G_N_ELEMENTS (markers) == READOUT_N_PARTY_COLORS);

guint
readout_party_color_index (int party_index)
{
  return party_index < 0 ? 0 : (guint)party_index % READOUT_N_PARTY_COLORS;
}

int
readout_party_marker_index (int party_index)
{
  if (party_index < 0)
    return -1;
  /* Shifted once per round of colours, so that colour and shape together
   * stay unique for 49 columns. */
  return (party_index + party_index / READOUT_N_PARTY_COLORS) % READOUT_N_PARTY_COLORS;
}

const char *
readout_party_marker_glyph (int marker_index)
{
  if (marker_index < 0)
    return "";
  return markers[marker_index % G_N_ELEMENTS (markers)];
}

void
readout_party_color_rgba (guint    color_index,
                          GdkRGBA *color)
{
  gdk_rgba_parse (color, palette[color_index % READOUT_N_PARTY_COLORS]);
}

static ReadoutSpeaker *
speaker_of (ReadoutComparison *comparison,
            ReadoutStatement  *statement)
{
  ReadoutSpeaker *speaker = NULL;

  if (comparison != NULL)
    speaker = readout_comparison_get_statement_speaker (comparison, statement);
  if (speaker == NULL)
    speaker = readout_statement_get_speaker (statement);
  return speaker;
}

static const char *
speaker_name (ReadoutComparison *comparison,
              ReadoutStatement  *statement)
{
  ReadoutSpeaker *speaker = speaker_of (comparison, statement);

  if (speaker != NULL)
    return readout_speaker_get_name (speaker);
  if (readout_statement_get_source (statement) != NULL)
    return readout_statement_get_source (statement);
  return _("Unknown Speaker");
}

static char *
display_text (ReadoutStatement *statement)
{
  const char *text = readout_statement_get_text (statement);

  if (readout_statement_get_kind (statement) == READOUT_STATEMENT_DIRECT)
    /* Translators: a direct quote on a statement card. */
    return g_strdup_printf (_("“%s”"), text);
  return g_strdup (text);
}

static ReadoutDocument *
document_of (ReadoutComparison *comparison,
             ReadoutStatement  *statement)
{
  GListModel *analyses;
  g_autoptr(ReadoutAnalysis) analysis = NULL;

  if (comparison == NULL)
    return NULL;
  analyses = readout_comparison_get_analyses (comparison);
  analysis = g_list_model_get_item (analyses,
                                    readout_comparison_get_statement_document (comparison, statement));
  return analysis != NULL ? readout_analysis_get_document (analysis) : NULL;
}

char *
readout_statement_dup_attribution (ReadoutComparison *comparison,
                                   ReadoutStatement  *statement,
                                   ReadoutParty      *party)
{
  ReadoutDocument *document = document_of (comparison, statement);
  const char *source = NULL;
  g_autofree char *text = NULL;
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (READOUT_IS_STATEMENT (statement), NULL);

  /* Quotation marks only around words the speaker said. */
  if (readout_statement_get_kind (statement) == READOUT_STATEMENT_DIRECT)
    text = g_strdup_printf ("“%s”", readout_statement_get_text (statement));
  else
    text = g_strdup (readout_statement_get_text (statement));
  g_string_append (out, text);
  g_string_append (out, " — ");
  g_string_append (out, speaker_name (comparison, statement));
  if (party != NULL)
    g_string_append_printf (out, ", %s", readout_party_get_localized_name (party));
  if (document != NULL)
    {
      source = readout_document_get_source (document);
      if (source == NULL || *source == '\0')
        source = readout_document_get_title (document);
    }
  if (source != NULL && *source != '\0')
    g_string_append_printf (out, "; %s", source);
  return g_string_free (out, FALSE);
}

static GtkWidget *
add_pill (ReadoutStatementCard *self,
          const char           *text,
          const char           *tooltip,
          const char           *css_class)
{
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *child;

  gtk_widget_add_css_class (label, css_class);
  gtk_widget_add_css_class (label, "caption");
  /* The flow box stretches its children; the pill keeps its size. */
  gtk_widget_set_halign (label, GTK_ALIGN_START);
  if (tooltip != NULL)
    gtk_widget_set_tooltip_text (label, tooltip);
  gtk_flow_box_append (self->badges, label);
  /* The card is the focus stop, not each pill. */
  child = gtk_widget_get_parent (label);
  gtk_widget_set_focusable (child, FALSE);
  return label;
}

static void
fill_badges (ReadoutStatementCard *self)
{
  ReadoutStatement *st = self->statement;
  ReadoutAct act = readout_statement_get_act (st);
  ReadoutActMode mode = readout_statement_get_mode (st);
  const char * const *tone = readout_statement_get_tone (st);
  g_autofree char *cameo = NULL;

  /* Translators: tooltip of a statement's act; %s is a CAMEO event code. */
  cameo = g_strdup_printf (_("CAMEO code %s"), readout_act_get_cameo (act));
  add_pill (self, readout_act_get_label (act), cameo, "act-badge");

  if (mode & READOUT_ACT_MODE_NEGATED)
    add_pill (self, _("Negated"), _("The act is denied or ruled out"), "mode-pill");
  if (mode & READOUT_ACT_MODE_CONDITIONAL)
    add_pill (self, _("Conditional"), _("The act depends on a condition"), "mode-pill");
  if (mode & READOUT_ACT_MODE_FUTURE)
    add_pill (self, _("Future"), _("The act is announced, not yet done"), "mode-pill");

  for (guint i = 0; tone[i] != NULL; i++)
    {
      const ReadoutToneEntry *entry = readout_tone_lookup (tone[i]);

      if (entry == NULL)
        continue;
      add_pill (self, readout_tone_entry_get_label (entry),
                readout_tone_entry_get_reading (entry), "tone-pill");
    }
}

static void
update_label (ReadoutStatementCard *self)
{
  ReadoutStatement *st = self->statement;
  g_autofree char *text = display_text (st);

  g_free (self->label);
  /* Translators: what a screen reader says for a statement card:
   * speaker, party, act, then the statement. */
  self->label = g_strdup_printf (_("%s, %s, %s: %s"),
                                 speaker_name (self->comparison, st),
                                 self->party != NULL ? readout_party_get_localized_name (self->party)
                                                     : _("No party"),
                                 readout_act_get_label (readout_statement_get_act (st)),
                                 text);
  if (self->annotation != NULL)
    {
      ReadoutAnnotationStatus status = readout_annotation_get_status (self->annotation);
      g_autofree char *summary = readout_annotation_dup_summary (self->annotation);
      g_autofree char *note = NULL;
      char *label;

      if (status != READOUT_ANNOTATION_STATUS_NONE)
        /* Translators: how a card's annotation is read out: the status,
         * then the first line of the note. */
        note = g_strdup_printf (_("Annotated, %s: %s"), readout_annotation_status_get_label (status), summary);
      else
        /* Translators: how a card's annotation is read out: the first
         * line of the note. */
        note = g_strdup_printf (_("Annotated: %s"), summary);
      label = g_strdup_printf ("%s. %s", self->label, note);
      g_free (self->label);
      self->label = label;
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->label,
                                  -1);
}

static void
fill_speaker (ReadoutStatementCard *self)
{
  ReadoutSpeaker *speaker = speaker_of (self->comparison, self->statement);
  const char *role = speaker != NULL ? readout_speaker_get_role (speaker) : NULL;

  gtk_label_set_text (self->speaker_label, speaker_name (self->comparison, self->statement));
  gtk_label_set_text (self->role_label, role != NULL ? role : "");
  gtk_widget_set_visible (GTK_WIDGET (self->role_label), role != NULL);
}

static void
fill (ReadoutStatementCard *self,
      int                   party_index)
{
  ReadoutStatement *st = self->statement;
  g_autofree char *text = display_text (st);

  gtk_label_set_text (self->marker_label,
                      readout_party_marker_glyph (readout_party_marker_index (party_index)));
  gtk_widget_set_visible (GTK_WIDGET (self->marker_label), party_index >= 0);
  if (party_index >= 0)
    {
      g_autofree char *css = g_strdup_printf ("party-%u", readout_party_color_index (party_index));

      gtk_widget_add_css_class (GTK_WIDGET (self), css);
    }

  fill_speaker (self);
  gtk_label_set_text (self->text_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->text_label), text);

  if (readout_statement_get_kind (st) == READOUT_STATEMENT_DIRECT)
    gtk_widget_add_css_class (GTK_WIDGET (self->text_label), "direct-quote");

  if (self->comparison != NULL && readout_comparison_get_n_documents (self->comparison) > 1)
    {
      guint index = readout_comparison_get_statement_document (self->comparison, st);
      ReadoutDocument *document = document_of (self->comparison, st);
      const char *title = document != NULL ? readout_document_get_title (document) : NULL;
      const char *id = readout_comparison_get_document_id (self->comparison, index);
      g_autofree char *caption = NULL;

      if (title != NULL && *title != '\0')
        caption = g_strdup_printf ("%s · %s", id, title);
      else
        caption = g_strdup (id);
      gtk_label_set_text (self->document_label, caption);
      gtk_widget_set_visible (GTK_WIDGET (self->document_label), TRUE);
    }

  fill_badges (self);
  update_label (self);
}

/* An edit of the act or speaker leaves the card where it is. */
static void
statement_notify_cb (ReadoutStatementCard *self,
                     GParamSpec           *pspec)
{
  GtkWidget *child;

  if (g_strcmp0 (pspec->name, "act") != 0 && g_strcmp0 (pspec->name, "mode") != 0 &&
      g_strcmp0 (pspec->name, "speaker") != 0 && g_strcmp0 (pspec->name, "tone") != 0)
    return;
  fill_speaker (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->badges))) != NULL)
    gtk_flow_box_remove (self->badges, child);
  fill_badges (self);
  update_label (self);
}

/* The menu button shows where the pointer or the selection is, and while
 * its popover is open; it keeps its room, so the card does not jump. */
static void
update_menu_button (ReadoutStatementCard *self)
{
  GtkPopover *popover = gtk_menu_button_get_popover (self->menu_button);
  gboolean open = popover != NULL && gtk_widget_get_visible (GTK_WIDGET (popover));

  gtk_widget_set_opacity (GTK_WIDGET (self->menu_button),
                          self->hovered || self->selected || open ? 1.0 : 0.0);
}

static void
motion_enter_cb (ReadoutStatementCard *self)
{
  self->hovered = TRUE;
  update_menu_button (self);
}

static void
motion_leave_cb (ReadoutStatementCard *self)
{
  self->hovered = FALSE;
  update_menu_button (self);
}

static void
editor_visible_cb (ReadoutStatementCard *self)
{
  GtkPopover *popover = gtk_menu_button_get_popover (self->menu_button);

  /* Opening the editor selects its card, as a click would. */
  if (popover != NULL && gtk_widget_get_visible (GTK_WIDGET (popover)))
    g_signal_emit (self, signals[ACTIVATE], 0);
  update_menu_button (self);
}

static void
create_editor_cb (GtkMenuButton *button,
                  gpointer       user_data)
{
  ReadoutStatementCard *self = user_data;
  GtkWidget *editor;

  /* Called before every popup: the editor is made once. */
  if (self->comparison == NULL || gtk_menu_button_get_popover (button) != NULL)
    return;
  editor = readout_statement_editor_new (self->comparison, self->statement);
  gtk_menu_button_set_popover (button, editor);
  g_signal_connect_object (editor, "notify::visible", G_CALLBACK (editor_visible_cb), self, G_CONNECT_SWAPPED);
  editor_visible_cb (self);
}

static void
context_pressed_cb (GtkGestureClick      *gesture,
                    int                   n_press,
                    double                x,
                    double                y,
                    ReadoutStatementCard *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  readout_statement_card_popup_editor (self);
}

static void
long_pressed_cb (GtkGestureLongPress  *gesture,
                 double                x,
                 double                y,
                 ReadoutStatementCard *self)
{
  readout_statement_card_popup_editor (self);
}

static gboolean
popup_editor_binding (GtkWidget *widget,
                      GVariant  *args,
                      gpointer   user_data)
{
  readout_statement_card_popup_editor (READOUT_STATEMENT_CARD (widget));
  return TRUE;
}

static void
click_pressed_cb (GtkGestureClick      *gesture,
                  int                   n_press,
                  double                x,
                  double                y,
                  ReadoutStatementCard *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  g_signal_emit (self, signals[ACTIVATE], 0);
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource        *source,
                 double                x,
                 double                y,
                 ReadoutStatementCard *self)
{
  g_autofree char *text = readout_statement_dup_attribution (self->comparison, self->statement,
                                                             self->party);
  gsize len = strlen (text);
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&text), len);
  GdkContentProvider *providers[2];

  providers[0] = gdk_content_provider_new_typed (READOUT_TYPE_STATEMENT, self->statement);
  providers[1] = gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", bytes);
  return gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
}

static void
drag_begin_cb (GtkDragSource        *source,
               GdkDrag              *drag,
               ReadoutStatementCard *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 16, 16);
  gtk_widget_add_css_class (GTK_WIDGET (self), "dragged");
}

static void
drag_end_cb (GtkDragSource        *source,
             GdkDrag              *drag,
             gboolean              delete_data,
             ReadoutStatementCard *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "dragged");
}

static void
readout_statement_card_dispose (GObject *object)
{
  ReadoutStatementCard *self = (ReadoutStatementCard *)object;
  GtkWidget *child;
  GtkPopover *editor = self->menu_button != NULL ? gtk_menu_button_get_popover (self->menu_button) : NULL;

  /* An edit or undo may rebuild the card under its open editor. GTK 4.8
   * sometimes keeps a reference to a popover that was shown: the editor
   * lets go of the comparison first, so that at worst a widget stays. */
  if (editor != NULL)
    {
      if (gtk_widget_get_visible (GTK_WIDGET (editor)))
        gtk_popover_popdown (editor);
      readout_statement_editor_detach (READOUT_STATEMENT_EDITOR (editor));
      gtk_menu_button_set_popover (self->menu_button, NULL);
    }
  if (self->statement != NULL)
    g_signal_handlers_disconnect_by_data (self->statement, self);
  readout_statement_card_set_session (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), READOUT_TYPE_STATEMENT_CARD);
  /* The unnamed template children too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->comparison);
  g_clear_object (&self->statement);
  g_clear_object (&self->party);

  G_OBJECT_CLASS (readout_statement_card_parent_class)->dispose (object);
}

static void
readout_statement_card_finalize (GObject *object)
{
  ReadoutStatementCard *self = (ReadoutStatementCard *)object;

  g_free (self->label);

  G_OBJECT_CLASS (readout_statement_card_parent_class)->finalize (object);
}

static void
readout_statement_card_class_init (ReadoutStatementCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = readout_statement_card_dispose;
  object_class->finalize = readout_statement_card_finalize;

  /* Click, Enter or Space: the view selects the card. */
  signals[ACTIVATE] = g_signal_new ("activate",
                                    G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                                    0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, signals[ACTIVATE]);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Return, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_ISO_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_space, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Space, 0, "activate", NULL);
  /* The context-menu keys open the editor. */
  gtk_widget_class_add_binding (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, popup_editor_binding, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Menu, 0, popup_editor_binding, NULL);

  g_type_ensure (READOUT_TYPE_ANNOTATION_MARK);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/readout/Readout/readout-statement-card.ui");
  gtk_widget_class_bind_template_child (widget_class, ReadoutStatementCard, marker_label);
  gtk_widget_class_bind_template_child (widget_class, ReadoutStatementCard, speaker_label);
  gtk_widget_class_bind_template_child (widget_class, ReadoutStatementCard, role_label);
  gtk_widget_class_bind_template_child (widget_class, ReadoutStatementCard, text_label);
  gtk_widget_class_bind_template_child (widget_class, ReadoutStatementCard, badges);
  gtk_widget_class_bind_template_child (widget_class, ReadoutStatementCard, document_label);
  gtk_widget_class_bind_template_child (widget_class, ReadoutStatementCard, menu_button);
  gtk_widget_class_bind_template_child (widget_class, ReadoutStatementCard, annotation_mark);
  gtk_widget_class_set_css_name (widget_class, "statementcard");
}

static void
readout_statement_card_init (ReadoutStatementCard *self)
{
  GtkGesture *click;
  GtkGesture *context;
  GtkGesture *long_press;
  GtkEventController *motion;
  GtkDragSource *drag;
  GtkWidget *toggle;

  gtk_widget_init_template (GTK_WIDGET (self));


  gtk_menu_button_set_create_popup_func (self->menu_button, create_editor_cb, self, NULL);
  /* The card is the one focus stop; the keyboard opens the editor with
   * Shift+F10, Menu or card.edit. */
  toggle = gtk_widget_get_first_child (GTK_WIDGET (self->menu_button));
  if (toggle != NULL)
    gtk_widget_set_focusable (toggle, FALSE);

  context = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (context), GDK_BUTTON_SECONDARY);
  g_signal_connect (context, "pressed", G_CALLBACK (context_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (context));

  long_press = gtk_gesture_long_press_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), TRUE);
  g_signal_connect (long_press, "pressed", G_CALLBACK (long_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (long_press));

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (motion, "enter", G_CALLBACK (motion_enter_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (motion_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  drag = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE | GDK_ACTION_COPY);
  g_signal_connect (drag, "prepare", G_CALLBACK (drag_prepare_cb), self);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
}

/* Annotations */

static GQuark
session_link_quark (void)
{
  return g_quark_from_static_string ("readout-card-session-link");
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

void
readout_statement_card_link_session (ReadoutComparison *comparison,
                                     ReadoutSession    *session)
{
  GWeakRef *link = NULL;

  g_return_if_fail (READOUT_IS_COMPARISON (comparison));
  g_return_if_fail (session == NULL || READOUT_IS_SESSION (session));

  /* Weak: the session holds the comparison, not the other way round. */
  if (session != NULL)
    {
      link = g_new0 (GWeakRef, 1);
      g_weak_ref_init (link, session);
    }
  g_object_set_qdata_full (G_OBJECT (comparison), session_link_quark (), link,
                           link != NULL ? weak_ref_free : NULL);
}

/* The mark follows the annotation by itself; the card's label too. */
static void
show_annotation (ReadoutStatementCard *self)
{
  readout_annotation_mark_set_annotation (self->annotation_mark, self->annotation);
  if (self->annotation != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), "annotated");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "annotated");
  update_label (self);
}

/* Which annotation the card shows may change with every annotation added
 * or removed. */
static void
find_annotation (ReadoutStatementCard *self)
{
  ReadoutAnnotation *a = NULL;

  if (self->session != NULL)
    a = readout_session_get_statement_annotation (self->session, self->statement);
  if (a != self->annotation)
    {
      if (self->annotation != NULL)
        g_signal_handlers_disconnect_by_data (self->annotation, self);
      g_set_object (&self->annotation, a);
      if (a != NULL)
        g_signal_connect_swapped (a, "changed", G_CALLBACK (update_label), self);
    }
  show_annotation (self);
}

void
readout_statement_card_set_session (ReadoutStatementCard *self,
                                    ReadoutSession       *session)
{
  g_return_if_fail (READOUT_IS_STATEMENT_CARD (self));
  g_return_if_fail (session == NULL || READOUT_IS_SESSION (session));

  if (self->session == session)
    return;
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (readout_session_get_annotations (self->session), self);
  g_set_object (&self->session, session);
  if (session != NULL)
    g_signal_connect_swapped (readout_session_get_annotations (session), "items-changed",
                              G_CALLBACK (find_annotation), self);
  if (session == NULL && self->annotation != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->annotation, self);
      g_clear_object (&self->annotation);
    }
  if (self->annotation_mark != NULL)
    find_annotation (self);
}

ReadoutAnnotation *
readout_statement_card_get_annotation (ReadoutStatementCard *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT_CARD (self), NULL);

  return self->annotation;
}

GtkWidget *
readout_statement_card_new (ReadoutComparison *comparison,
                            ReadoutStatement  *statement,
                            ReadoutParty      *party,
                            int                party_index)
{
  ReadoutStatementCard *self;

  g_return_val_if_fail (comparison == NULL || READOUT_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (READOUT_IS_STATEMENT (statement), NULL);

  self = g_object_new (READOUT_TYPE_STATEMENT_CARD, NULL);
  g_set_object (&self->comparison, comparison);
  g_set_object (&self->statement, statement);
  g_set_object (&self->party, party);
  fill (self, party_index);
  g_signal_connect_object (statement, "notify", G_CALLBACK (statement_notify_cb), self, G_CONNECT_SWAPPED);
  if (comparison != NULL)
    {
      GWeakRef *link = g_object_get_qdata (G_OBJECT (comparison), session_link_quark ());
      g_autoptr(ReadoutSession) session = link != NULL ? g_weak_ref_get (link) : NULL;

      if (session != NULL && readout_session_get_comparison (session) == comparison)
        readout_statement_card_set_session (self, session);
    }
  return GTK_WIDGET (self);
}

ReadoutStatement *
readout_statement_card_get_statement (ReadoutStatementCard *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT_CARD (self), NULL);

  return self->statement;
}

gboolean
readout_statement_card_get_selected (ReadoutStatementCard *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT_CARD (self), FALSE);

  return self->selected;
}

void
readout_statement_card_set_selected (ReadoutStatementCard *self,
                                     gboolean              selected)
{
  g_return_if_fail (READOUT_IS_STATEMENT_CARD (self));

  selected = !!selected;
  if (self->selected == selected)
    return;
  self->selected = selected;
  if (selected)
    gtk_widget_add_css_class (GTK_WIDGET (self), "selected");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "selected");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_SELECTED, selected,
                               -1);
  update_menu_button (self);
}

const char *
readout_statement_card_get_label (ReadoutStatementCard *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT_CARD (self), NULL);

  return self->label;
}

void
readout_statement_card_popup_editor (ReadoutStatementCard *self)
{
  g_return_if_fail (READOUT_IS_STATEMENT_CARD (self));

  if (self->comparison == NULL)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  g_signal_emit (self, signals[ACTIVATE], 0);
  gtk_menu_button_popup (self->menu_button);
}

GtkWidget *
readout_statement_card_get_editor (ReadoutStatementCard *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT_CARD (self), NULL);

  return GTK_WIDGET (gtk_menu_button_get_popover (self->menu_button));
}
