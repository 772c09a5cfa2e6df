/* readout-export-qdpx.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * project.qde is written with libxml2's xmlTextWriter, which escapes
 * markup; characters XML 1.0 forbids (C0 controls) are replaced first,
 * since the writer would pass them through and make the file unreadable.
 */

#include "config.h"

#include "readout-error.h"
#include "readout-export-qdpx-private.h"
#include "readout-export-qdpx.h"
#include "readout-export.h"
#include "readout-tone.h"
#include "readout-zip-private.h"

#define QDA_NAMESPACE  "urn:QDA-XML:project:1.0"
#define QDA_SCHEMA     "http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd"

/* Colours for codes, chosen to stay apart from each other in the tools'
 * code trees; acts are coloured by polarity instead. */
static const char * const palette[] = {
  "#1F4E9A", "#C0392B", "#16A085", "#D68910", "#7D3C98", "#2E86C1", "#A04000", "#117A65",
  "#B03A2E", "#5B2C6F", "#1E8449", "#9A7D0A",
};

static void
export_clear (Export *e)
{
  g_clear_pointer (&e->now, g_free);
  g_clear_pointer (&e->user, g_free);
  g_clear_pointer (&e->codes, g_hash_table_unref);
  g_clear_pointer (&e->colours, g_hash_table_unref);
  g_clear_pointer (&e->sources, g_ptr_array_unref);
  g_clear_pointer (&e->tones, g_ptr_array_unref);
  g_clear_pointer (&e->users, g_hash_table_unref);
  g_clear_pointer (&e->authors, g_ptr_array_unref);
  g_clear_pointer (&e->notes, g_hash_table_unref);
  g_clear_pointer (&e->noted, g_ptr_array_unref);
  _readout_export_context_clear (&e->context);
}

static void
write_party_codes (Export *e)
{
  GListModel *parties = readout_comparison_get_parties (e->comparison);
  guint n = g_list_model_get_n_items (parties);

  if (n == 0)
    return;
  start_category (e, _("Parties"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutParty) party = g_list_model_get_item (parties, i);
      const char *id = readout_party_get_id (party);
      const char *colour = palette[i % G_N_ELEMENTS (palette)];
      /* TRANSLATORS: a code in a REFI-QDA project: a party's name and its id ("Russia (RUS)") */
      g_autofree char *name = g_strdup_printf (_("Party: %s (%s)"), readout_party_get_name (party), id);

      g_hash_table_insert (e->colours, g_strconcat ("party:", id, NULL), (gpointer)colour);
      code (e, "party", id, name, colour, readout_party_kind_to_string (readout_party_get_kind (party)));
    }
  end (e);
}

static void
write_act_codes (Export *e)
{
  /* Every act, used or not, so that statements can be recoded with the
   * full codebook in the other tool. */
  start_category (e, _("Acts"));
  for (ReadoutAct act = 0; act < READOUT_N_ACTS; act++)
    {
      const char *id = readout_act_to_string (act);
      int polarity = readout_act_get_polarity (act);
      /* TRANSLATORS: a code in a REFI-QDA project; %s is an act's code ("REJECT") */
      g_autofree char *name = g_strdup_printf (_("Act: %s"), id);
      /* TRANSLATORS: a code's description: the act's name, its CAMEO code, and whether PLOVER defines it */
      g_autofree char *description = g_strdup_printf (_("%s. CAMEO %s; %s."), readout_act_get_label (act),
                                                      readout_act_get_cameo (act),
                                                      readout_act_is_plover (act)
                                                        ? _("a PLOVER event type")
                                                        : _("a Readout extension of PLOVER for statements"));

      code (e, "act", id, name,
            polarity < 0 ? "#C0392B" : polarity > 0 ? "#1E8449" : "#7F8C8D", description);
    }
  end (e);
}

static void
write_topic_codes (Export *e)
{
  GListModel *topics = readout_comparison_get_topics (e->comparison);
  guint n = g_list_model_get_n_items (topics);

  if (n == 0)
    return;
  start_category (e, _("Topics"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutTopic) topic = g_list_model_get_item (topics, i);
      /* TRANSLATORS: a code in a REFI-QDA project; %s is a topic's label */
      g_autofree char *name = g_strdup_printf (_("Topic: %s"), readout_topic_get_label (topic));
      g_autofree char *terms = g_strjoinv (", ", (char **)readout_topic_get_terms (topic));
      /* TRANSLATORS: a topic code's description; %s is the topic's relation ("diverge") and then its terms */
      g_autofree char *description = g_strdup_printf (_("Relation: %s. Terms: %s."),
                                                      readout_relation_to_string (readout_topic_get_relation (topic)),
                                                      terms);

      code (e, "topic", readout_topic_get_id (topic), name, palette[(i + 5) % G_N_ELEMENTS (palette)],
            description);
    }
  end (e);
}

static void
write_tone_codes (Export *e)
{
  if (e->tones->len == 0)
    return;
  start_category (e, _("Tone"));
  for (guint i = 0; i < e->tones->len; i++)
    {
      const char *id = e->tones->pdata[i];
      const ReadoutToneEntry *entry = readout_tone_lookup (id);
      /* TRANSLATORS: a code in a REFI-QDA project; %s is a diplomatic formula ("Frank") */
      g_autofree char *name = g_strdup_printf (_("Tone: %s"),
                                               entry ? readout_tone_entry_get_label (entry) : id);

      code (e, "tone", id, name, "#7D3C98", entry ? readout_tone_entry_get_reading (entry) : NULL);
    }
  end (e);
}

static void
write_speaker_codes (Export *e)
{
  GListModel *speakers = readout_comparison_get_speakers (e->comparison);
  guint n = g_list_model_get_n_items (speakers);

  if (n == 0)
    return;
  start_category (e, _("Speakers"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutSpeaker) speaker = g_list_model_get_item (speakers, i);
      ReadoutParty *party = readout_speaker_get_party (speaker);
      g_autofree char *key = party ? g_strconcat ("party:", readout_party_get_id (party), NULL) : NULL;
      const char *colour = key ? g_hash_table_lookup (e->colours, key) : NULL;
      /* TRANSLATORS: a code in a REFI-QDA project; %s is a person or institution */
      g_autofree char *name = g_strdup_printf (_("Speaker: %s"), readout_speaker_get_name (speaker));
      const char * const *variants = readout_comparison_get_speaker_variants (e->comparison, speaker);
      const char *role = readout_speaker_get_role (speaker);
      GString *description = g_string_new (role);

      /* The other spellings, so that a search in the other tool finds them. */
      if (variants != NULL && variants[0] != NULL && variants[1] != NULL)
        {
          g_autofree char *all = g_strjoinv (", ", (char **)variants);

          if (description->len > 0)
            g_string_append (description, ". ");
          /* TRANSLATORS: before the spellings of a speaker's name */
          g_string_append_printf (description, _("Written as: %s"), all);
        }

      code (e, "speaker", readout_speaker_get_id (speaker), name, colour ? colour : "#7F8C8D",
            description->str);
      g_string_free (description, TRUE);
    }
  end (e);
}

static void
collect_tones (Export *e)
{
  GListModel *statements = readout_comparison_get_statements (e->comparison);
  guint n = g_list_model_get_n_items (statements);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutStatement) s = g_list_model_get_item (statements, i);

      for (const char * const *t = readout_statement_get_tone (s); *t != NULL; t++)
        if (!g_ptr_array_find_with_equal_func (e->tones, *t, g_str_equal, NULL))
          g_ptr_array_add (e->tones, (gpointer)*t);
    }
}

static void
write_codebook (Export *e)
{
  start (e, "CodeBook");
  start (e, "Codes");
  write_party_codes (e);
  write_act_codes (e);
  write_topic_codes (e);
  write_tone_codes (e);
  write_speaker_codes (e);
  _readout_qdpx_write_tag_codes (e);
  end (e);
  end (e);
}

static void
coding (Export     *e,
        const char *target)
{
  coding_by (e, target, e->user, e->now);
}

/* What the codes do not say: the cue, the mode, the targets, the kind. */
static char *
describe (Export           *e,
          ReadoutStatement *s)
{
  GString *out = g_string_new (NULL);
  ReadoutSpeaker *speaker = readout_comparison_get_statement_speaker (e->comparison, s);
  ReadoutParty *party = readout_statement_get_party (s);
  ReadoutTopic *topic = readout_comparison_get_statement_topic (e->comparison, s);
  ReadoutParty * const *targets = readout_statement_get_targets (s);
  guint mode = readout_statement_get_mode (s);
  const char *cue = readout_statement_get_cue (s);

  g_string_append_printf (out, _("Statement: %s"), readout_comparison_get_statement_key (e->comparison, s));
  g_string_append_c (out, '\n');
  g_string_append_printf (out, _("Speaker: %s"), speaker ? readout_speaker_get_name (speaker) : _("unknown"));
  g_string_append_c (out, '\n');
  g_string_append_printf (out, _("Party: %s"), party ? readout_party_get_id (party) : _("unknown"));
  g_string_append_c (out, '\n');
  g_string_append_printf (out, _("Cue: %s"), cue && *cue ? cue : _("none"));
  g_string_append_c (out, '\n');
  g_string_append_printf (out, _("Act: %s"), readout_act_to_string (readout_statement_get_act (s)));
  for (guint flag = 1; flag <= READOUT_ACT_MODE_FUTURE; flag <<= 1)
    if (mode & flag)
      g_string_append_printf (out, " (%s)", readout_act_mode_to_string (flag));
  g_string_append_c (out, '\n');
  if (targets[0] != NULL)
    {
      g_string_append (out, _("Targets:"));
      for (guint k = 0; targets[k] != NULL; k++)
        g_string_append_printf (out, "%s%s", k ? ", " : " ", readout_party_get_id (targets[k]));
      g_string_append_c (out, '\n');
    }
  if (topic != NULL)
    {
      g_string_append_printf (out, _("Topic: %s"), readout_topic_get_label (topic));
      g_string_append_c (out, '\n');
    }
  g_string_append_printf (out, _("Kind: %s"), readout_statement_kind_to_string (readout_statement_get_kind (s)));
  if (readout_statement_get_user_added (s))
    g_string_append_printf (out, "\n%s", _("Added by hand"));
  return g_string_free (out, FALSE);
}

static void
write_selection (Export           *e,
                 ReadoutStatement *s)
{
  g_autofree char *guid = g_uuid_string_random ();
  g_autofree char *name = NULL;
  g_autofree char *description = describe (e, s);
  ReadoutParty *party = readout_statement_get_party (s);
  ReadoutTopic *topic = readout_comparison_get_statement_topic (e->comparison, s);
  ReadoutSpeaker *speaker = readout_comparison_get_statement_speaker (e->comparison, s);
  GPtrArray *annotations;

  name = excerpt (readout_statement_get_text (s));
  start (e, "PlainTextSelection");
  attr (e, "guid", guid);
  attr (e, "name", name);
  /* Code points, end exclusive: QualCoder's reading of the spec's "first
   * and last character" (docs/export.md). */
  attr_uint (e, "startPosition", readout_statement_get_start (s));
  attr_uint (e, "endPosition", readout_statement_get_end (s));
  attr (e, "creatingUser", e->user);
  attr (e, "creationDateTime", e->now);
  text_element (e, "Description", description);
  if (party != NULL)
    coding (e, code_guid (e, "party", readout_party_get_id (party)));
  coding (e, code_guid (e, "act", readout_act_to_string (readout_statement_get_act (s))));
  if (topic != NULL)
    coding (e, code_guid (e, "topic", readout_topic_get_id (topic)));
  for (const char * const *t = readout_statement_get_tone (s); *t != NULL; t++)
    coding (e, code_guid (e, "tone", *t));
  if (speaker != NULL)
    coding (e, code_guid (e, "speaker", readout_speaker_get_id (speaker)));
  /* The schema wants every Coding before the first NoteRef. */
  annotations = _readout_export_context_lookup (&e->context, s);
  for (guint k = 0; annotations != NULL && k < annotations->len; k++)
    _readout_qdpx_annotation_refs (e, annotations->pdata[k], TRUE);
  for (guint k = 0; annotations != NULL && k < annotations->len; k++)
    _readout_qdpx_annotation_refs (e, annotations->pdata[k], FALSE);
  end (e);
}

static void
write_source (Export          *e,
              ReadoutDocument *document,
              guint            index,
              GPtrArray       *statements)
{
  const char *guid = e->sources->pdata[index];
  g_autofree char *path = g_strconcat ("internal://", guid, ".txt", NULL);
  g_autofree char *name = _readout_export_document_name (e->comparison, index);
  GString *description = g_string_new (NULL);
  const char *fields[][2] = {
    { _("Source"), readout_document_get_source (document) },
    { _("Date"), readout_document_get_date (document) },
    { _("Address"), readout_document_get_url (document) },
    { _("File"), readout_document_get_uri (document) },
    { "SHA-256", readout_document_get_sha256 (document) },
  };

  start (e, "TextSource");
  attr (e, "guid", guid);
  attr (e, "name", name);
  attr (e, "plainTextPath", path);
  attr (e, "creatingUser", e->user);
  attr (e, "creationDateTime", e->now);
  for (guint k = 0; k < G_N_ELEMENTS (fields); k++)
    if (fields[k][1] != NULL && *fields[k][1] != '\0')
      g_string_append_printf (description, "%s%s: %s", description->len ? "\n" : "",
                              fields[k][0], fields[k][1]);
  text_element (e, "Description", description->str);
  g_string_free (description, TRUE);
  for (guint i = 0; i < statements->len; i++)
    write_selection (e, statements->pdata[i]);
  for (guint i = 0; i < e->context.passages->len; i++)
    {
      ReadoutAnnotation *annotation = e->context.passages->pdata[i];

      if (readout_session_get_annotation_document (e->context.session, annotation) == (int)index)
        _readout_qdpx_write_passage (e, annotation);
    }
  end (e);
}

static void
write_project (Export *e)
{
  GListModel *analyses = readout_comparison_get_analyses (e->comparison);
  guint n = g_list_model_get_n_items (analyses);
  g_autofree char *name = _readout_export_title (&e->context);

  if (xmlTextWriterStartDocument (e->writer, NULL, "UTF-8", NULL) < 0)
    e->failed = TRUE;
  start (e, "Project");
  attr (e, "xmlns", QDA_NAMESPACE);
  attr (e, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  attr (e, "xsi:schemaLocation", QDA_NAMESPACE " " QDA_SCHEMA);
  attr (e, "name", name);
  attr (e, "origin", "Readout " PACKAGE_VERSION);
  attr (e, "creatingUserGUID", e->user);
  attr (e, "creationDateTime", e->now);

  _readout_qdpx_write_users (e);
  write_codebook (e);

  if (n > 0)
    {
      GListModel *statements = readout_comparison_get_statements (e->comparison);
      guint n_statements = g_list_model_get_n_items (statements);
      g_autoptr(GPtrArray) by_document = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);

      /* Each document's statements in one pass, not one pass each. */
      for (guint d = 0; d < n; d++)
        g_ptr_array_add (by_document, g_ptr_array_new_with_free_func (g_object_unref));
      for (guint i = 0; i < n_statements; i++)
        {
          ReadoutStatement *s = g_list_model_get_item (statements, i);
          guint d = readout_comparison_get_statement_document (e->comparison, s);

          if (d < n)
            g_ptr_array_add (by_document->pdata[d], s);
          else
            g_object_unref (s);
        }
      start (e, "Sources");
      for (guint d = 0; d < n; d++)
        {
          g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (analyses, d);

          write_source (e, readout_analysis_get_document (analysis), d, by_document->pdata[d]);
        }
      end (e);
    }
  _readout_qdpx_write_notes (e);
  /* Orphaned annotations are on no selection: their notes belong to the
   * project as a whole. */
  for (guint i = 0; i < e->context.orphaned->len; i++)
    _readout_qdpx_annotation_refs (e, e->context.orphaned->pdata[i], FALSE);
  end (e);
  if (xmlTextWriterEndDocument (e->writer) < 0)
    e->failed = TRUE;
}

GBytes *
readout_session_to_qdpx (ReadoutSession  *session,
                         GError         **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(ReadoutZip) zip = NULL;
  GListModel *analyses;
  xmlBufferPtr buffer;
  Export e = { 0 };
  gboolean ok;

  g_return_val_if_fail (READOUT_IS_SESSION (session), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _readout_export_context_init (&e.context, session);
  e.comparison = e.context.comparison;
  analyses = readout_comparison_get_analyses (e.comparison);
  e.now = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  e.user = g_uuid_string_random ();
  e.user_name = g_get_real_name ();
  if (e.user_name == NULL || *e.user_name == '\0' || g_str_equal (e.user_name, "Unknown"))
    e.user_name = g_get_user_name ();
  e.codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  e.colours = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  e.sources = g_ptr_array_new_with_free_func (g_free);
  e.tones = g_ptr_array_new ();
  e.users = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  e.authors = g_ptr_array_new_with_free_func (g_free);
  e.notes = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  e.noted = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint d = 0; d < g_list_model_get_n_items (analyses); d++)
    g_ptr_array_add (e.sources, g_uuid_string_random ());
  collect_tones (&e);
  _readout_qdpx_collect_notes (&e);

  /* libxml2 fails only when it cannot allocate: an error, not an abort,
   * so that the GUI survives a project too large to write. */
  buffer = xmlBufferCreate ();
  e.writer = buffer != NULL ? xmlNewTextWriterMemory (buffer, 0) : NULL;
  if (e.writer != NULL)
    {
      xmlTextWriterSetIndent (e.writer, 1);
      xmlTextWriterSetIndentString (e.writer, BAD_CAST "  ");
      write_project (&e);
      xmlFreeTextWriter (e.writer);
    }
  if (e.writer == NULL || e.failed || xmlBufferLength (buffer) < 0)
    {
      g_set_error_literal (error, READOUT_ERROR, READOUT_ERROR_TOO_LARGE,
                           _("The REFI-QDA project could not be written: not enough memory"));
      if (buffer != NULL)
        xmlBufferFree (buffer);
      export_clear (&e);
      return NULL;
    }

  zip = _readout_zip_new (now);
  ok = _readout_zip_add (zip, "project.qde", xmlBufferContent (buffer), (gsize)xmlBufferLength (buffer), error);
  xmlBufferFree (buffer);
  /* Sources are UTF-8 without BOM, NFC, LF: the document's normalised
   * text, which the positions count. */
  for (guint d = 0; ok && d < e.sources->len; d++)
    {
      g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (analyses, d);
      const char *text = readout_document_get_text (readout_analysis_get_document (analysis));
      g_autofree char *name = g_strconcat ("sources/", (char *)e.sources->pdata[d], ".txt", NULL);

      ok = _readout_zip_add (zip, name, text, strlen (text), error);
    }
  export_clear (&e);

  return ok ? _readout_zip_finish (zip) : NULL;
}

gboolean
readout_session_export_qdpx (ReadoutSession  *session,
                             GFile           *out,
                             GError         **error)
{
  g_return_val_if_fail (READOUT_IS_SESSION (session), FALSE);
  g_return_val_if_fail (G_IS_FILE (out), FALSE);

  return readout_session_export_file (session, READOUT_EXPORT_QDPX, out, NULL, error);
}
