/* readout-statement.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "readout-statement.h"

struct _ReadoutStatement
{
  GObject                parent_instance;

  char                  *id;
  char                  *text;
  char                  *cue;
  char                  *source;
  /* Everything else as the pipeline gave it; speaker and party are
   * references held by the statement. */
  ReadoutStatementInit   data;
  /* Added by hand in the comparison window, not found by the engine. */
  gboolean               user_added;
};

G_DEFINE_FINAL_TYPE (ReadoutStatement, readout_statement, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (ReadoutStatementKind, readout_statement_kind,
  G_DEFINE_ENUM_VALUE (READOUT_STATEMENT_DIRECT, "direct"),
  G_DEFINE_ENUM_VALUE (READOUT_STATEMENT_MIXED, "mixed"),
  G_DEFINE_ENUM_VALUE (READOUT_STATEMENT_INDIRECT, "indirect"),
  G_DEFINE_ENUM_VALUE (READOUT_STATEMENT_STANCE, "stance"))

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_TEXT,
  PROP_START,
  PROP_END,
  PROP_CUE,
  PROP_CUE_START,
  PROP_CUE_END,
  PROP_SOURCE,
  PROP_SOURCE_START,
  PROP_SOURCE_END,
  PROP_SPEAKER,
  PROP_PARTY,
  PROP_BLOCK,
  PROP_NEGATED,
  PROP_CONDITIONAL,
  PROP_CONFIDENCE,
  PROP_CUE_LEMMA,
  PROP_ACT,
  PROP_MODE,
  PROP_USER_ADDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
readout_statement_kind_to_string (ReadoutStatementKind kind)
{
  switch (kind)
    {
    case READOUT_STATEMENT_DIRECT:
      return "direct";
    case READOUT_STATEMENT_MIXED:
      return "mixed";
    case READOUT_STATEMENT_INDIRECT:
      return "indirect";
    case READOUT_STATEMENT_STANCE:
      return "stance";
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
readout_statement_finalize (GObject *object)
{
  ReadoutStatement *self = (ReadoutStatement *)object;

  /* One block holds all four strings, headed by the id. */
  g_clear_pointer (&self->id, g_free);
  self->text = self->cue = self->source = NULL;
  g_clear_object (&self->data.speaker);
  g_clear_object (&self->data.party);
  for (guint i = 0; self->data.targets[i] != NULL; i++)
    g_object_unref (self->data.targets[i]);

  /* No checked cast: this runs once for every statement. */
  ((GObjectClass *) readout_statement_parent_class)->finalize (object);
}

static void
readout_statement_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ReadoutStatement *self = READOUT_STATEMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->data.kind);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_START:
      g_value_set_uint (value, self->data.start);
      break;
    case PROP_END:
      g_value_set_uint (value, self->data.end);
      break;
    case PROP_CUE:
      g_value_set_string (value, self->cue);
      break;
    case PROP_CUE_START:
      g_value_set_uint (value, self->data.cue_start);
      break;
    case PROP_CUE_END:
      g_value_set_uint (value, self->data.cue_end);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_SOURCE_START:
      g_value_set_uint (value, self->data.source_start);
      break;
    case PROP_SOURCE_END:
      g_value_set_uint (value, self->data.source_end);
      break;
    case PROP_SPEAKER:
      g_value_set_object (value, self->data.speaker);
      break;
    case PROP_PARTY:
      g_value_set_object (value, self->data.party);
      break;
    case PROP_BLOCK:
      g_value_set_uint (value, self->data.block);
      break;
    case PROP_NEGATED:
      g_value_set_boolean (value, self->data.negated);
      break;
    case PROP_CONDITIONAL:
      g_value_set_boolean (value, self->data.conditional);
      break;
    case PROP_CONFIDENCE:
      g_value_set_double (value, self->data.confidence);
      break;
    case PROP_CUE_LEMMA:
      g_value_set_string (value, self->data.cue_lemma);
      break;
    case PROP_ACT:
      g_value_set_enum (value, self->data.act);
      break;
    case PROP_MODE:
      g_value_set_flags (value, self->data.mode);
      break;
    case PROP_USER_ADDED:
      g_value_set_boolean (value, self->user_added);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
uint_property (const char *name)
{
  return g_param_spec_uint (name, NULL, NULL, 0, G_MAXUINT, 0,
                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
readout_statement_class_init (ReadoutStatementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = readout_statement_finalize;
  object_class->get_property = readout_statement_get_property;

  /* Read-only: the pipeline builds a statement in a worker thread and the
   * GUI reads it afterwards. Only the user's corrections change one
   * (speaker, party, act; see docs/editing.md), through the comparison's
   * command stack in the main thread, and those notify. */
  properties[PROP_ID] = string_property ("id");
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       READOUT_TYPE_STATEMENT_KIND, READOUT_STATEMENT_DIRECT,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] = string_property ("text");
  properties[PROP_START] = uint_property ("start");
  properties[PROP_END] = uint_property ("end");
  properties[PROP_CUE] = string_property ("cue");
  properties[PROP_CUE_START] = uint_property ("cue-start");
  properties[PROP_CUE_END] = uint_property ("cue-end");
  properties[PROP_SOURCE] = string_property ("source");
  properties[PROP_SOURCE_START] = uint_property ("source-start");
  properties[PROP_SOURCE_END] = uint_property ("source-end");
  properties[PROP_SPEAKER] =
    g_param_spec_object ("speaker", NULL, NULL, READOUT_TYPE_SPEAKER,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTY] =
    g_param_spec_object ("party", NULL, NULL, READOUT_TYPE_PARTY,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BLOCK] = uint_property ("block");
  properties[PROP_NEGATED] =
    g_param_spec_boolean ("negated", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONDITIONAL] =
    g_param_spec_boolean ("conditional", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONFIDENCE] =
    g_param_spec_double ("confidence", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CUE_LEMMA] = string_property ("cue-lemma");
  properties[PROP_ACT] =
    g_param_spec_enum ("act", NULL, NULL,
                       READOUT_TYPE_ACT, READOUT_ACT_CLAIM,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODE] =
    g_param_spec_flags ("mode", NULL, NULL,
                        READOUT_TYPE_ACT_MODE, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_USER_ADDED] =
    g_param_spec_boolean ("user-added", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
readout_statement_init (ReadoutStatement *self)
{
}

/* g_utf8_offset_to_pointer() forwards, eight ASCII bytes at a time:
 * statements are copied out of the whole text, one after another. After
 * a character that is not ASCII the eight-byte steps resume: an accented
 * name early in a long stretch no longer makes the rest of it go one
 * character at a time. @n code points ahead hold at least @n bytes, so
 * the eight bytes read are inside the text. */
static const char *
skip_forward (const char *p,
              guint       n)
{
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);

  while (n > 0)
    {
      if (n >= 8)
        {
          guint64 x;

          memcpy (&x, p, 8);
          if ((x & highs) == 0)
            {
              p += 8;
              n -= 8;
              continue;
            }
        }
      p = g_utf8_next_char (p);
      n--;
    }
  return p;
}

/* The same backwards, from @p inside the text that starts at @text: the
 * source and the cue of a statement often lie before the end of the one
 * before it. Steps back over continuation bytes; the text is valid UTF-8. */
static const char *
skip_backward (const char *text,
               const char *p,
               guint       n)
{
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);

  while (n > 0)
    {
      if (n >= 8 && p - text >= 8)
        {
          guint64 x;

          memcpy (&x, p - 8, 8);
          if ((x & highs) == 0)
            {
              p -= 8;
              n -= 8;
              continue;
            }
        }
      do
        p--;
      while (((guchar)*p & 0xc0) == 0x80);
      n--;
    }
  return p;
}

/* Moves @cursor to code point @offset and returns the pointer there;
 * the walk is as long as the distance, either way. */
static const char *
cursor_seek (ReadoutTextCursor *cursor,
             guint              offset)
{
  const char *here = cursor->text + cursor->byte;
  const char *there;

  if (offset == cursor->offset)
    return here;

  if (offset > cursor->offset)
    there = skip_forward (here, offset - cursor->offset);
  else
    there = skip_backward (cursor->text, here, cursor->offset - offset);
  cursor->offset = offset;
  cursor->byte = there - cursor->text;

  return there;
}

/* The strings of a statement, in the order of their one allocation. */
enum { SPAN_ID, SPAN_SOURCE, SPAN_CUE, SPAN_TEXT, N_SPANS };

typedef struct
{
  const char *begin;   /* NULL: no such string */
  const char *end;
} Span;

static void
cursor_span (ReadoutTextCursor *cursor,
             guint              start,
             guint              end,
             Span              *span)
{
  span->begin = cursor_seek (cursor, start);
  span->end = cursor_seek (cursor, end);
}

/* The statement for @init, its strings copied from @spans (the id's
 * is filled in here); an empty cue or source span means "none": NULL,
 * and offsets 0 as the contract says. */
static ReadoutStatement *
statement_new (const char                 *id,
               const ReadoutStatementInit *init,
               Span                       *spans)
{
  ReadoutStatement *self;
  char **fields[N_SPANS];
  gsize size = 0;
  char *block;

  g_return_val_if_fail (init->speaker == NULL || READOUT_IS_SPEAKER (init->speaker), NULL);
  g_return_val_if_fail (init->party == NULL || READOUT_IS_PARTY (init->party), NULL);

  self = g_object_new (READOUT_TYPE_STATEMENT, NULL);
  fields[SPAN_ID] = &self->id;
  fields[SPAN_SOURCE] = &self->source;
  fields[SPAN_CUE] = &self->cue;
  fields[SPAN_TEXT] = &self->text;
  spans[SPAN_ID].begin = id;
  spans[SPAN_ID].end = id + strlen (id);
  self->data = *init;
  self->data.confidence = CLAMP (init->confidence, 0.0, 1.0);
  if (init->speaker != NULL)
    g_object_ref (init->speaker);
  if (init->party != NULL)
    g_object_ref (init->party);
  self->data.targets[READOUT_STATEMENT_MAX_TARGETS] = NULL;
  for (guint i = 0; self->data.targets[i] != NULL; i++)
    g_object_ref (self->data.targets[i]);
  self->data.tone[READOUT_STATEMENT_MAX_TONE] = NULL;
  if ((guint)init->act >= READOUT_N_ACTS)
    self->data.act = READOUT_ACT_CLAIM;
  /* "negated" is the attributor's (the cue is negated: "did not say");
   * the act's mode also covers negation inside the content ("will not
   * allow"), so it includes the attributor's flags but not the reverse. */
  self->data.negated = !!init->negated;
  self->data.conditional = !!init->conditional;
  if (init->negated)
    self->data.mode |= READOUT_ACT_MODE_NEGATED;
  if (init->conditional)
    self->data.mode |= READOUT_ACT_MODE_CONDITIONAL;

  /* One allocation for the four strings, headed by the id: a document
   * makes thousands of statements. */
  for (guint i = 0; i < N_SPANS; i++)
    if (spans[i].begin != NULL)
      size += spans[i].end - spans[i].begin + 1;
  block = g_malloc (size);
  for (guint i = 0; i < N_SPANS; i++)
    {
      gsize n;

      if (spans[i].begin == NULL)
        continue;
      n = spans[i].end - spans[i].begin;
      memcpy (block, spans[i].begin, n);
      block[n] = '\0';
      *fields[i] = block;
      block += n + 1;
    }

  if (self->cue == NULL)
    self->data.cue_start = self->data.cue_end = 0;
  if (self->source == NULL)
    self->data.source_start = self->data.source_end = 0;

  return self;
}

ReadoutStatement *
_readout_statement_new (const char                 *id,
                        const char                 *text,
                        const ReadoutStatementInit *init)
{
  ReadoutTextCursor cursor = { text, 0, 0 };

  g_return_val_if_fail (text != NULL, NULL);

  return _readout_statement_new_at (id, &cursor, init);
}

ReadoutStatement *
_readout_statement_new_at (const char                 *id,
                           ReadoutTextCursor          *cursor,
                           const ReadoutStatementInit *init)
{
  Span spans[N_SPANS] = { { NULL, NULL }, };

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (cursor != NULL && cursor->text != NULL, NULL);
  g_return_val_if_fail (init != NULL, NULL);
  g_return_val_if_fail (init->start <= init->end, NULL);
  g_return_val_if_fail (init->cue_start <= init->cue_end, NULL);
  g_return_val_if_fail (init->source_start <= init->source_end, NULL);

  /* The offsets are trusted to lie inside the text: the pipeline computed
   * them from it. Source and cue usually come first, so copy in text
   * order to keep the cursor's walks short. */
  if (init->source_start < init->source_end && init->source_start <= init->start)
    cursor_span (cursor, init->source_start, init->source_end, &spans[SPAN_SOURCE]);
  if (init->cue_start < init->cue_end && init->cue_start <= init->start)
    cursor_span (cursor, init->cue_start, init->cue_end, &spans[SPAN_CUE]);
  cursor_span (cursor, init->start, init->end, &spans[SPAN_TEXT]);
  if (init->source_start < init->source_end && spans[SPAN_SOURCE].begin == NULL)
    cursor_span (cursor, init->source_start, init->source_end, &spans[SPAN_SOURCE]);
  if (init->cue_start < init->cue_end && spans[SPAN_CUE].begin == NULL)
    cursor_span (cursor, init->cue_start, init->cue_end, &spans[SPAN_CUE]);

  return statement_new (id, init, spans);
}

ReadoutStatement *
_readout_statement_new_bytes (const char                  *id,
                              const char                  *text,
                              const ReadoutStatementInit  *init,
                              const ReadoutStatementBytes *bytes)
{
  Span spans[N_SPANS] = { { NULL, NULL }, };

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (init != NULL && bytes != NULL, NULL);
  g_return_val_if_fail (init->start <= init->end && bytes->start <= bytes->end, NULL);
  g_return_val_if_fail (init->cue_start <= init->cue_end, NULL);
  g_return_val_if_fail (init->source_start <= init->source_end, NULL);

  spans[SPAN_TEXT] = (Span) { text + bytes->start, text + bytes->end };
  if (init->cue_start < init->cue_end)
    spans[SPAN_CUE] = (Span) { text + bytes->cue_start, text + bytes->cue_end };
  if (init->source_start < init->source_end)
    spans[SPAN_SOURCE] = (Span) { text + bytes->source_start, text + bytes->source_end };

  return statement_new (id, init, spans);
}

const char *
readout_statement_get_id (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), NULL);

  return self->id;
}

ReadoutStatementKind
readout_statement_get_kind (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), READOUT_STATEMENT_DIRECT);

  return self->data.kind;
}

const char *
readout_statement_get_text (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), NULL);

  return self->text;
}

guint
readout_statement_get_start (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), 0);

  return self->data.start;
}

guint
readout_statement_get_end (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), 0);

  return self->data.end;
}

const char *
readout_statement_get_cue (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), NULL);

  return self->cue;
}

guint
readout_statement_get_cue_start (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), 0);

  return self->data.cue_start;
}

guint
readout_statement_get_cue_end (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), 0);

  return self->data.cue_end;
}

const char *
readout_statement_get_source (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), NULL);

  return self->source;
}

guint
readout_statement_get_source_start (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), 0);

  return self->data.source_start;
}

guint
readout_statement_get_source_end (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), 0);

  return self->data.source_end;
}

ReadoutSpeaker *
readout_statement_get_speaker (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), NULL);

  return self->data.speaker;
}

ReadoutParty *
readout_statement_get_party (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), NULL);

  return self->data.party;
}

guint
readout_statement_get_block (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), 0);

  return self->data.block;
}

gboolean
readout_statement_get_negated (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), FALSE);

  return self->data.negated;
}

gboolean
readout_statement_get_conditional (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), FALSE);

  return self->data.conditional;
}

double
readout_statement_get_confidence (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), 0.0);

  return self->data.confidence;
}

const char *
readout_statement_get_cue_lemma (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), NULL);

  return self->data.cue_lemma;
}

ReadoutAct
readout_statement_get_act (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), READOUT_ACT_CLAIM);

  return self->data.act;
}

ReadoutActMode
readout_statement_get_mode (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), READOUT_ACT_MODE_NONE);

  return self->data.mode;
}

ReadoutParty * const *
readout_statement_get_targets (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), NULL);

  return self->data.targets;
}

const char * const *
readout_statement_get_tone (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), NULL);

  return self->data.tone;
}

gboolean
readout_statement_get_user_added (ReadoutStatement *self)
{
  g_return_val_if_fail (READOUT_IS_STATEMENT (self), FALSE);

  return self->user_added;
}

void
_readout_statement_set_user_added (ReadoutStatement *self,
                                   gboolean          user_added)
{
  g_return_if_fail (READOUT_IS_STATEMENT (self));

  /* Set once, before anyone sees the statement: no notification. */
  self->user_added = !!user_added;
}

void
_readout_statement_set_speaker (ReadoutStatement *self,
                                ReadoutSpeaker   *speaker)
{
  g_return_if_fail (READOUT_IS_STATEMENT (self));
  g_return_if_fail (speaker == NULL || READOUT_IS_SPEAKER (speaker));

  if (g_set_object (&self->data.speaker, speaker))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEAKER]);
}

void
_readout_statement_set_party (ReadoutStatement *self,
                              ReadoutParty     *party)
{
  g_return_if_fail (READOUT_IS_STATEMENT (self));
  g_return_if_fail (party == NULL || READOUT_IS_PARTY (party));

  if (g_set_object (&self->data.party, party))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTY]);
}

void
_readout_statement_set_act (ReadoutStatement *self,
                            ReadoutAct        act)
{
  g_return_if_fail (READOUT_IS_STATEMENT (self));
  g_return_if_fail ((guint)act < READOUT_N_ACTS);

  if (self->data.act != act)
    {
      self->data.act = act;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACT]);
    }
}

ReadoutStatement *
_readout_statement_copy (ReadoutStatement *self)
{
  ReadoutStatement *copy;
  const char *strings[4];
  char **fields[4];
  gsize size = 0;
  char *block;

  g_return_val_if_fail (READOUT_IS_STATEMENT (self), NULL);

  copy = g_object_new (READOUT_TYPE_STATEMENT, NULL);
  /* One block for the strings, headed by the id, as _new_at() makes it. */
  strings[0] = self->id, fields[0] = &copy->id;
  strings[1] = self->text, fields[1] = &copy->text;
  strings[2] = self->cue, fields[2] = &copy->cue;
  strings[3] = self->source, fields[3] = &copy->source;
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    if (strings[i] != NULL)
      size += strlen (strings[i]) + 1;
  block = g_malloc (size);
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    if (strings[i] != NULL)
      {
        gsize n = strlen (strings[i]) + 1;

        memcpy (block, strings[i], n);
        *fields[i] = block;
        block += n;
      }

  copy->data = self->data;
  if (copy->data.speaker != NULL)
    g_object_ref (copy->data.speaker);
  if (copy->data.party != NULL)
    g_object_ref (copy->data.party);
  for (guint i = 0; copy->data.targets[i] != NULL; i++)
    g_object_ref (copy->data.targets[i]);
  copy->user_added = self->user_added;
  return copy;
}
