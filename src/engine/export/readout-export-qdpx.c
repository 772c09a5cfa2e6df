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

#include <glib/gi18n-lib.h>
#include <libxml/xmlwriter.h>
#include <string.h>

#include "readout-error.h"
#include "readout-export-qdpx.h"
#include "readout-tone.h"
#include "readout-zip-private.h"

#define QDA_NAMESPACE  "urn:QDA-XML:project:1.0"
#define QDA_SCHEMA     "http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd"
#define EXCERPT_LENGTH 60

/* Colours for codes, chosen to stay apart from each other in the tools'
 * code trees; acts are coloured by polarity instead. */
static const char * const palette[] = {
  "#1F4E9A", "#C0392B", "#16A085", "#D68910", "#7D3C98", "#2E86C1", "#A04000", "#117A65",
  "#B03A2E", "#5B2C6F", "#1E8449", "#9A7D0A",
};

typedef struct
{
  ReadoutComparison *comparison;
  xmlTextWriterPtr   writer;
  gboolean           failed;    /* the writer ran out of memory */
  char              *now;       /* xsd:dateTime, UTC */
  char              *user;      /* the one user's GUID */
  GHashTable        *codes;     /* "party:RUS", "act:REJECT", … → GUID */
  GHashTable        *colours;   /* "party:RUS" → colour, for speakers */
  GPtrArray         *sources;   /* GUID per document */
  GPtrArray         *tones;     /* tone ids in order of first use, interned */
} Export;

static void
export_clear (Export *e)
{
  g_clear_pointer (&e->now, g_free);
  g_clear_pointer (&e->user, g_free);
  g_clear_pointer (&e->codes, g_hash_table_unref);
  g_clear_pointer (&e->colours, g_hash_table_unref);
  g_clear_pointer (&e->sources, g_ptr_array_unref);
  g_clear_pointer (&e->tones, g_ptr_array_unref);
}

/* @text with the characters XML 1.0 cannot carry replaced by U+FFFD. */
static char *
xml_safe (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF)
        g_string_append_unichar (out, 0xFFFD);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (out, FALSE);
}

static void
start (Export     *e,
       const char *element)
{
  if (xmlTextWriterStartElement (e->writer, BAD_CAST element) < 0)
    e->failed = TRUE;
}

static void
end (Export *e)
{
  if (xmlTextWriterEndElement (e->writer) < 0)
    e->failed = TRUE;
}

static void
attr (Export     *e,
      const char *name,
      const char *value)
{
  g_autofree char *safe = NULL;

  if (value == NULL)
    return;
  safe = xml_safe (value);
  if (xmlTextWriterWriteAttribute (e->writer, BAD_CAST name, BAD_CAST safe) < 0)
    e->failed = TRUE;
}

static void
attr_uint (Export     *e,
           const char *name,
           guint       value)
{
  char buffer[16];

  g_snprintf (buffer, sizeof buffer, "%u", value);
  attr (e, name, buffer);
}

static void
text_element (Export     *e,
              const char *element,
              const char *text)
{
  g_autofree char *safe = xml_safe (text);

  if (xmlTextWriterWriteElement (e->writer, BAD_CAST element, BAD_CAST safe) < 0)
    e->failed = TRUE;
}

static const char *
new_guid (Export     *e,
          const char *key)
{
  char *guid = g_uuid_string_random ();

  g_hash_table_insert (e->codes, g_strdup (key), guid);
  return guid;
}

static const char *
code_guid (Export     *e,
           const char *kind,
           const char *id)
{
  g_autofree char *key = g_strconcat (kind, ":", id, NULL);

  return g_hash_table_lookup (e->codes, key);
}

static void
code (Export     *e,
      const char *kind,
      const char *id,
      const char *name,
      const char *colour,
      const char *description)
{
  g_autofree char *key = g_strconcat (kind, ":", id, NULL);

  start (e, "Code");
  attr (e, "guid", new_guid (e, key));
  attr (e, "name", name);
  attr (e, "isCodable", "true");
  attr (e, "color", colour);
  if (description != NULL && *description != '\0')
    text_element (e, "Description", description);
  end (e);
}

/* A category: a code that groups others and is not applied itself. */
static void
start_category (Export     *e,
                const char *name)
{
  g_autofree char *guid = g_uuid_string_random ();

  start (e, "Code");
  attr (e, "guid", guid);
  attr (e, "name", name);
  attr (e, "isCodable", "false");
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
  end (e);
  end (e);
}

static void
coding (Export     *e,
        const char *target)
{
  g_autofree char *guid = g_uuid_string_random ();

  if (target == NULL)
    return;
  start (e, "Coding");
  attr (e, "guid", guid);
  attr (e, "creatingUser", e->user);
  attr (e, "creationDateTime", e->now);
  start (e, "CodeRef");
  attr (e, "targetGUID", target);
  end (e);
  end (e);
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

/* The selection's name: the start of the statement, for the tools' lists. */
static char *
excerpt (const char *text)
{
  g_autofree char *head = NULL;

  if (g_utf8_strlen (text, -1) <= EXCERPT_LENGTH)
    return g_strdup (text);
  head = g_utf8_substring (text, 0, EXCERPT_LENGTH - 1);
  return g_strconcat (head, "…", NULL);
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
  /* TODO(issue 6, annotations): one <NoteRef targetGUID> per note on this
   * statement, after the codings, with the notes themselves written in
   * <Notes> after </Sources> (write_project). */
  end (e);
}

static char *
source_name (ReadoutComparison *comparison,
             ReadoutDocument   *document,
             guint              index)
{
  const char *title = readout_document_get_title (document);
  const char *uri = readout_document_get_uri (document);

  if (title != NULL && *title != '\0')
    return g_strdup (title);
  if (uri != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uri);
      char *base = g_file_get_basename (file);

      if (base != NULL && *base != '\0' && !g_str_equal (base, "/"))
        return base;
      g_free (base);
    }
  return g_strdup (readout_comparison_get_document_id (comparison, index));
}

static void
write_source (Export          *e,
              ReadoutDocument *document,
              guint            index)
{
  GListModel *statements = readout_comparison_get_statements (e->comparison);
  guint n = g_list_model_get_n_items (statements);
  const char *guid = e->sources->pdata[index];
  g_autofree char *path = g_strconcat ("internal://", guid, ".txt", NULL);
  g_autofree char *name = source_name (e->comparison, document, index);
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
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ReadoutStatement) s = g_list_model_get_item (statements, i);

      if (readout_comparison_get_statement_document (e->comparison, s) == index)
        write_selection (e, s);
    }
  end (e);
}

static char *
project_name (ReadoutComparison *comparison)
{
  guint n = readout_comparison_get_n_documents (comparison);

  if (n == 1)
    {
      g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (readout_comparison_get_analyses (comparison), 0);

      return source_name (comparison, readout_analysis_get_document (analysis), 0);
    }
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Comparison of %u article",
                                       "Comparison of %u articles", n), n);
}

static void
write_project (Export *e)
{
  GListModel *analyses = readout_comparison_get_analyses (e->comparison);
  guint n = g_list_model_get_n_items (analyses);
  g_autofree char *name = project_name (e->comparison);
  const char *user_name = g_get_real_name ();

  if (user_name == NULL || *user_name == '\0' || g_str_equal (user_name, "Unknown"))
    user_name = g_get_user_name ();

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

  start (e, "Users");
  start (e, "User");
  attr (e, "guid", e->user);
  attr (e, "name", user_name);
  end (e);
  end (e);

  write_codebook (e);

  if (n > 0)
    {
      start (e, "Sources");
      for (guint d = 0; d < n; d++)
        {
          g_autoptr(ReadoutAnalysis) analysis = g_list_model_get_item (analyses, d);

          write_source (e, readout_analysis_get_document (analysis), d);
        }
      end (e);
    }
  /* TODO(issue 6, annotations): <Notes> with one <Note> per annotation
   * (guid, name, creatingUser = the author, creationDateTime,
   * modifiedDateTime, <PlainTextContent> the note), referenced from the
   * selections' <NoteRef>; tags as codes under a "Tags" category. */
  end (e);
  if (xmlTextWriterEndDocument (e->writer) < 0)
    e->failed = TRUE;
}

GBytes *
readout_comparison_to_qdpx (ReadoutComparison  *comparison,
                            GError            **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(ReadoutZip) zip = NULL;
  GListModel *analyses;
  xmlBufferPtr buffer;
  Export e = { 0 };
  gboolean ok;

  g_return_val_if_fail (READOUT_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  analyses = readout_comparison_get_analyses (comparison);
  e.comparison = comparison;
  e.now = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  e.user = g_uuid_string_random ();
  e.codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  e.colours = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  e.sources = g_ptr_array_new_with_free_func (g_free);
  e.tones = g_ptr_array_new ();
  for (guint d = 0; d < g_list_model_get_n_items (analyses); d++)
    g_ptr_array_add (e.sources, g_uuid_string_random ());
  collect_tones (&e);

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
readout_comparison_export_qdpx (ReadoutComparison  *comparison,
                                GFile              *out,
                                GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (READOUT_IS_COMPARISON (comparison), FALSE);
  g_return_val_if_fail (G_IS_FILE (out), FALSE);

  bytes = readout_comparison_to_qdpx (comparison, &local_error);
  if (bytes != NULL)
    {
      data = g_bytes_get_data (bytes, &size);
      if (g_file_replace_contents (out, data, size, NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL,
                                   &local_error))
        return TRUE;
    }
  /* GIO's messages usually name the file already. */
  name = g_file_get_parse_name (out);
  if (strstr (local_error->message, name) != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, local_error->domain, local_error->code, "%s: %s", name, local_error->message);
  return FALSE;
}
