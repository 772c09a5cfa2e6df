/* readout-document.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "readout-document"

#include "config.h"

#include <string.h>

#include "readout-document.h"

struct _ReadoutDocument
{
  GObject    parent_instance;

  GString   *text;
  guint      length;        /* code points in @text */
  GArray    *blocks;        /* of ReadoutBlock */
  char      *sha256;        /* cached, cleared when @text grows */

  char      *title;
  GPtrArray *authors;       /* NULL-terminated array of char* */
  char      *date;
  char      *source;
  char      *url;
  char      *language;
  char      *dateline;
  char      *section;
  char      *uri;
  char      *format;
  GPtrArray *warnings;      /* NULL-terminated array of char* */
};

G_DEFINE_FINAL_TYPE (ReadoutDocument, readout_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_TEXT,
  PROP_SOURCE,
  PROP_DATE,
  PROP_URI,
  PROP_FORMAT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

const char *
readout_block_kind_to_string (ReadoutBlockKind kind)
{
  switch (kind)
    {
    case READOUT_BLOCK_PARAGRAPH:       return "paragraph";
    case READOUT_BLOCK_HEADING:         return "heading";
    case READOUT_BLOCK_BLOCKQUOTE:      return "blockquote";
    case READOUT_BLOCK_LIST_ITEM:       return "list-item";
    case READOUT_BLOCK_TRANSCRIPT_TURN: return "transcript-turn";
    default:                            return "paragraph";
    }
}

static void
clear_block (gpointer data)
{
  ReadoutBlock *block = data;

  g_clear_pointer (&block->label, g_free);
}

static gboolean
is_invisible (gunichar ch)
{
  /* Zero-width and soft-hyphen characters that web pages sprinkle into text;
   * they break word matching and are never meaningful in an article body. */
  return ch == 0x00AD || ch == 0x200B || ch == 0x200C || ch == 0x200D ||
         ch == 0x2060 || ch == 0xFEFF;
}

/**
 * readout_normalize_inline:
 * @text: UTF-8 text, already validated
 * @len: length in bytes, or -1
 *
 * Collapses every run of white space (line breaks included) into one space,
 * trims both ends, drops control and zero-width characters and composes to
 * NFC. Invalid UTF-8 becomes U+FFFD so offsets stay meaningful.
 *
 * Returns: (transfer full): the normalised text, possibly empty
 */
static inline gboolean
is_ascii_graph (guchar c)
{
  return c > 0x20 && c < 0x7f;
}

char *
readout_normalize_inline (const char *text,
                          gssize      len)
{
  g_autoptr(GString) out = NULL;
  const guchar *p;
  const guchar *end;
  gboolean pending_space = FALSE;
  gboolean needs_nfc = FALSE;

  if (text == NULL)
    return g_strdup ("");

  if (len < 0)
    len = strlen (text);

  out = g_string_sized_new (len + 1);
  p = (const guchar *)text;
  end = p + len;

  while (p < end)
    {
      gunichar ch;

      /* Most news text is ASCII: copy whole runs of words separated by
       * single spaces at once, and look at anything else a byte at a time. */
      if (*p < 0x80)
        {
          const guchar *run = p;

          while (p < end && (is_ascii_graph (*p) ||
                             (*p == ' ' && p > run && p + 1 < end && is_ascii_graph (p[1]))))
            p++;

          if (p > run)
            {
              if (pending_space)
                g_string_append_c (out, ' ');
              pending_space = FALSE;
              g_string_append_len (out, (const char *)run, p - run);
              continue;
            }

          /* White space is collapsed; other control characters dropped. */
          if (*p == ' ' || (*p >= '\t' && *p <= '\r'))
            pending_space = out->len > 0;
          p++;
          continue;
        }

      ch = g_utf8_get_char_validated ((const char *)p, end - p);
      if (ch == (gunichar)-1 || ch == (gunichar)-2)
        {
          /* Invalid UTF-8 (callers normally pass valid text): start again
           * on a repaired copy, where every byte sequence is valid. */
          g_autofree char *repaired = g_utf8_make_valid (text, len);

          return readout_normalize_inline (repaired, -1);
        }
      p = (const guchar *)g_utf8_next_char ((const char *)p);

      if (g_unichar_isspace (ch) || ch == 0x00A0 || ch == 0x202F || ch == 0x2007)
        {
          pending_space = out->len > 0;
          continue;
        }

      if (is_invisible (ch) || g_unichar_iscntrl (ch))
        continue;

      /* Below U+0300 every character is already NFC, and so are the
       * punctuation and currency blocks (curly quotes, dashes, €); only
       * text with other characters pays for g_utf8_normalize(). */
      if (ch >= 0x300 && !(ch >= 0x2010 && ch <= 0x206F) && !(ch >= 0x20A0 && ch <= 0x20CF))
        needs_nfc = TRUE;

      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, ch);
    }

  if (needs_nfc)
    return g_utf8_normalize (out->str, out->len, G_NORMALIZE_NFC);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * readout_normalize_metadata:
 * @text: (nullable): a metadata value
 *
 * Returns: (transfer full) (nullable): @text normalised as by
 *   readout_normalize_inline(), or %NULL when nothing is left
 */
char *
readout_normalize_metadata (const char *text)
{
  g_autofree char *norm = NULL;

  if (text == NULL)
    return NULL;

  norm = readout_normalize_inline (text, -1);
  if (norm == NULL || norm[0] == '\0')
    return NULL;

  return g_steal_pointer (&norm);
}

static void
readout_document_finalize (GObject *object)
{
  ReadoutDocument *self = (ReadoutDocument *)object;

  g_string_free (self->text, TRUE);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->sha256, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->authors, g_ptr_array_unref);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->dateline, g_free);
  g_clear_pointer (&self->section, g_free);
  g_clear_pointer (&self->uri, g_free);
  g_clear_pointer (&self->format, g_free);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);

  G_OBJECT_CLASS (readout_document_parent_class)->finalize (object);
}

static void
readout_document_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ReadoutDocument *self = READOUT_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text->str);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_URI:
      g_value_set_string (value, self->uri);
      break;

    case PROP_FORMAT:
      g_value_set_string (value, self->format);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_document_class_init (ReadoutDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = readout_document_finalize;
  object_class->get_property = readout_document_get_property;

  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_URI] =
    g_param_spec_string ("uri", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_FORMAT] =
    g_param_spec_string ("format", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
readout_document_init (ReadoutDocument *self)
{
  self->text = g_string_new (NULL);
  self->blocks = g_array_new (FALSE, TRUE, sizeof (ReadoutBlock));
  g_array_set_clear_func (self->blocks, clear_block);
  self->authors = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->warnings = g_ptr_array_new_null_terminated (0, g_free, TRUE);
}

ReadoutDocument *
readout_document_new (void)
{
  return g_object_new (READOUT_TYPE_DOCUMENT, NULL);
}

const char *
readout_document_get_text (ReadoutDocument *self)
{
  g_return_val_if_fail (READOUT_IS_DOCUMENT (self), NULL);

  return self->text->str;
}

guint
readout_document_get_length (ReadoutDocument *self)
{
  g_return_val_if_fail (READOUT_IS_DOCUMENT (self), 0);

  return self->length;
}

const char *
readout_document_get_sha256 (ReadoutDocument *self)
{
  g_return_val_if_fail (READOUT_IS_DOCUMENT (self), NULL);

  if (self->sha256 == NULL)
    self->sha256 = g_compute_checksum_for_string (G_CHECKSUM_SHA256,
                                                  self->text->str,
                                                  self->text->len);

  return self->sha256;
}

guint
readout_document_get_n_blocks (ReadoutDocument *self)
{
  g_return_val_if_fail (READOUT_IS_DOCUMENT (self), 0);

  return self->blocks->len;
}

const ReadoutBlock *
readout_document_get_block (ReadoutDocument *self,
                            guint            index)
{
  g_return_val_if_fail (READOUT_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);

  return &g_array_index (self->blocks, ReadoutBlock, index);
}

/**
 * readout_document_add_block:
 * @self: a #ReadoutDocument
 * @kind: the kind of block
 * @text: the block's text, in any white-space layout
 * @label: (nullable): speaker label of a transcript turn
 *
 * Normalises @text and appends it to the body as a new block.
 *
 * Returns: %TRUE if a block was added, %FALSE when @text was empty
 */
static gboolean
append_normalized (ReadoutDocument  *self,
                   ReadoutBlockKind  kind,
                   const char       *norm,
                   const char       *label)
{
  ReadoutBlock block = { 0 };

  if (norm[0] == '\0')
    return FALSE;

  if (self->text->len > 0)
    {
      g_string_append (self->text, "\n\n");
      self->length += 2;
    }

  block.kind = kind;
  block.start = self->length;
  block.label = readout_normalize_metadata (label);

  g_string_append (self->text, norm);
  self->length += g_utf8_strlen (norm, -1);
  block.end = self->length;

  g_array_append_val (self->blocks, block);
  g_clear_pointer (&self->sha256, g_free);

  return TRUE;
}

gboolean
readout_document_add_block (ReadoutDocument  *self,
                            ReadoutBlockKind  kind,
                            const char       *text,
                            const char       *label)
{
  g_autofree char *norm = NULL;

  g_return_val_if_fail (READOUT_IS_DOCUMENT (self), FALSE);

  norm = readout_normalize_inline (text, -1);
  return append_normalized (self, kind, norm, label);
}

/* Length of a transcript speaker label ("MR. PRICE:", "QUESTION:",
 * "SECRETARY BLINKEN:") at the start of @text, colon included, or 0.
 * Labels are written in capitals by every briefing transcript we know of,
 * which is what tells them apart from "Note: …" or "Update: …". */
static gsize
transcript_label_length (const char *text)
{
  const char *p;
  guint letters = 0;
  guint words = 1;

  for (p = text; *p != '\0' && p - text < 48; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (ch == ':')
        {
          if (letters < 1 || words > 4)
            return 0;
          if (p[1] != ' ' && p[1] != '\0')
            return 0;
          return (p - text) + 1;
        }

      if (g_unichar_isupper (ch))
        letters++;
      else if (ch == ' ')
        words++;
      else if (ch != '.' && ch != '\'' && ch != 0x2019 && ch != '-')
        return 0;
    }

  return 0;
}

/**
 * readout_document_add_paragraph:
 * @self: a #ReadoutDocument
 * @text: a paragraph
 *
 * Like readout_document_add_block() with %READOUT_BLOCK_PARAGRAPH, but a
 * paragraph opening with a capitalised speaker label ("MS. MARSH:") becomes
 * a transcript turn labelled with that speaker. The label stays in the text.
 *
 * Returns: %TRUE if a block was added
 */
gboolean
readout_document_add_paragraph (ReadoutDocument *self,
                                const char      *text)
{
  g_autofree char *norm = NULL;
  g_autofree char *label = NULL;
  gsize label_len;

  g_return_val_if_fail (READOUT_IS_DOCUMENT (self), FALSE);

  norm = readout_normalize_inline (text, -1);
  label_len = transcript_label_length (norm);
  if (label_len == 0)
    return append_normalized (self, READOUT_BLOCK_PARAGRAPH, norm, NULL);

  label = g_strndup (norm, label_len - 1);
  return append_normalized (self, READOUT_BLOCK_TRANSCRIPT_TURN, norm, label);
}

static void
set_string (ReadoutDocument  *self,
            char            **field,
            const char       *value,
            int               prop)
{
  g_autofree char *norm = readout_normalize_metadata (value);

  if (g_strcmp0 (*field, norm) == 0)
    return;

  g_free (*field);
  *field = g_steal_pointer (&norm);

  if (prop != PROP_0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [prop]);
}

#define DEFINE_STRING_ACCESSORS(name, prop)                                   \
  const char *                                                                \
  readout_document_get_##name (ReadoutDocument *self)                         \
  {                                                                           \
    g_return_val_if_fail (READOUT_IS_DOCUMENT (self), NULL);                  \
    return self->name;                                                        \
  }                                                                           \
                                                                              \
  void                                                                        \
  readout_document_set_##name (ReadoutDocument *self,                         \
                               const char      *value)                        \
  {                                                                           \
    g_return_if_fail (READOUT_IS_DOCUMENT (self));                            \
    set_string (self, &self->name, value, prop);                              \
  }

DEFINE_STRING_ACCESSORS (title, PROP_TITLE)
DEFINE_STRING_ACCESSORS (date, PROP_DATE)
DEFINE_STRING_ACCESSORS (source, PROP_SOURCE)
DEFINE_STRING_ACCESSORS (url, PROP_0)
DEFINE_STRING_ACCESSORS (language, PROP_0)
DEFINE_STRING_ACCESSORS (section, PROP_0)
DEFINE_STRING_ACCESSORS (uri, PROP_URI)
DEFINE_STRING_ACCESSORS (format, PROP_FORMAT)

#undef DEFINE_STRING_ACCESSORS

const char *
readout_document_get_dateline (ReadoutDocument *self)
{
  g_return_val_if_fail (READOUT_IS_DOCUMENT (self), NULL);

  return self->dateline;
}

/* News formats often keep the separator that follows a dateline in print
 * ("ROTTERDAM, April 2 (Agency) -"); it is not part of the dateline. */
void
readout_document_set_dateline (ReadoutDocument *self,
                               const char      *dateline)
{
  g_autofree char *trimmed = NULL;

  g_return_if_fail (READOUT_IS_DOCUMENT (self));

  trimmed = readout_normalize_metadata (dateline);
  while (trimmed != NULL)
    {
      gsize len = strlen (trimmed);

      if (g_str_has_suffix (trimmed, "-") || g_str_has_suffix (trimmed, ":"))
        trimmed[len - 1] = '\0';
      else if (g_str_has_suffix (trimmed, "\u2014") || g_str_has_suffix (trimmed, "\u2013"))
        trimmed[len - 3] = '\0';
      else
        break;
      g_strchomp (trimmed);
    }

  set_string (self, &self->dateline, trimmed, PROP_0);
}

/* An empty null-terminated GPtrArray may not have allocated pdata yet. */
static const char * const *
strv_of (GPtrArray *array)
{
  static const char * const empty[] = { NULL };

  return array->pdata != NULL ? (const char * const *)array->pdata : empty;
}

const char * const *
readout_document_get_authors (ReadoutDocument *self)
{
  g_return_val_if_fail (READOUT_IS_DOCUMENT (self), NULL);

  return strv_of (self->authors);
}

/* Adds @author unless it is empty or already listed (case-insensitively),
 * since pages often name the same byline in JSON-LD, meta tags and text. */
void
readout_document_add_author (ReadoutDocument *self,
                             const char      *author)
{
  g_autofree char *norm = NULL;
  g_autofree char *folded = NULL;

  g_return_if_fail (READOUT_IS_DOCUMENT (self));

  norm = readout_normalize_metadata (author);
  if (norm == NULL)
    return;

  folded = g_utf8_casefold (norm, -1);
  for (guint i = 0; i < self->authors->len; i++)
    {
      g_autofree char *other = g_utf8_casefold (g_ptr_array_index (self->authors, i), -1);

      if (g_strcmp0 (folded, other) == 0)
        return;
    }

  g_ptr_array_add (self->authors, g_steal_pointer (&norm));
}

void
readout_document_clear_authors (ReadoutDocument *self)
{
  g_return_if_fail (READOUT_IS_DOCUMENT (self));

  g_ptr_array_set_size (self->authors, 0);
}

const char * const *
readout_document_get_warnings (ReadoutDocument *self)
{
  g_return_val_if_fail (READOUT_IS_DOCUMENT (self), NULL);

  return strv_of (self->warnings);
}

void
readout_document_add_warning (ReadoutDocument *self,
                              const char      *warning)
{
  g_return_if_fail (READOUT_IS_DOCUMENT (self));
  g_return_if_fail (warning != NULL);

  if (g_strv_contains (strv_of (self->warnings), warning))
    return;

  g_ptr_array_add (self->warnings, g_strdup (warning));
}
