/* readout-analysis.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "readout-analysis.h"
#include "readout-attribution-private.h"

struct _ReadoutAnalysis
{
  GObject          parent_instance;

  ReadoutDocument *document;
  GListModel      *parties;     /* ReadoutParty */
  GListModel      *speakers;    /* ReadoutSpeaker */
  GListModel      *statements;  /* ReadoutStatement */
};

G_DEFINE_FINAL_TYPE (ReadoutAnalysis, readout_analysis, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_PARTIES,
  PROP_SPEAKERS,
  PROP_STATEMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
readout_analysis_finalize (GObject *object)
{
  ReadoutAnalysis *self = (ReadoutAnalysis *)object;

  g_clear_object (&self->document);
  g_clear_object (&self->parties);
  g_clear_object (&self->speakers);
  g_clear_object (&self->statements);

  G_OBJECT_CLASS (readout_analysis_parent_class)->finalize (object);
}

static void
readout_analysis_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ReadoutAnalysis *self = READOUT_ANALYSIS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_PARTIES:
      g_value_set_object (value, self->parties);
      break;
    case PROP_SPEAKERS:
      g_value_set_object (value, self->speakers);
      break;
    case PROP_STATEMENTS:
      g_value_set_object (value, self->statements);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
readout_analysis_class_init (ReadoutAnalysisClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = readout_analysis_finalize;
  object_class->get_property = readout_analysis_get_property;

  /* Read-only: an analysis is a finished result; a changed document gets
   * a new analysis. */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, READOUT_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTIES] =
    g_param_spec_object ("parties", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SPEAKERS] =
    g_param_spec_object ("speakers", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATEMENTS] =
    g_param_spec_object ("statements", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
readout_analysis_init (ReadoutAnalysis *self)
{
}

ReadoutAnalysis *
_readout_analysis_new (ReadoutDocument *document,
                       GListStore      *parties,
                       GListStore      *speakers,
                       GListStore      *statements)
{
  g_return_val_if_fail (G_IS_LIST_STORE (parties), NULL);
  g_return_val_if_fail (G_IS_LIST_STORE (speakers), NULL);
  g_return_val_if_fail (G_IS_LIST_STORE (statements), NULL);

  return _readout_analysis_new_for_models (document, G_LIST_MODEL (parties),
                                           G_LIST_MODEL (speakers), G_LIST_MODEL (statements));
}

ReadoutAnalysis *
_readout_analysis_new_for_models (ReadoutDocument *document,
                                  GListModel      *parties,
                                  GListModel      *speakers,
                                  GListModel      *statements)
{
  ReadoutAnalysis *self;

  g_return_val_if_fail (READOUT_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (parties), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (speakers), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (statements), NULL);
  g_return_val_if_fail (g_list_model_get_item_type (parties) == READOUT_TYPE_PARTY, NULL);
  g_return_val_if_fail (g_list_model_get_item_type (speakers) == READOUT_TYPE_SPEAKER, NULL);
  g_return_val_if_fail (g_list_model_get_item_type (statements) == READOUT_TYPE_STATEMENT, NULL);

  self = g_object_new (READOUT_TYPE_ANALYSIS, NULL);
  self->document = g_object_ref (document);
  self->parties = parties;
  self->speakers = speakers;
  self->statements = statements;

  return self;
}

ReadoutAnalysis *
readout_analysis_new_for_document (ReadoutDocument  *document,
                                   GCancellable     *cancellable,
                                   GError          **error)
{
  g_return_val_if_fail (READOUT_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _readout_attribution_run (document, cancellable, error);
}

static void
analyze_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ReadoutDocument *document = task_data;
  GError *error = NULL;
  ReadoutAnalysis *analysis;

  analysis = _readout_attribution_run (document, cancellable, &error);
  if (analysis == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, analysis, g_object_unref);
}

void
readout_analysis_new_async (ReadoutDocument     *document,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (READOUT_IS_DOCUMENT (document));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, readout_analysis_new_async);
  /* The pipeline only reads the document, so the worker may share it with
   * the caller as long as nobody modifies it meanwhile; the task keeps a
   * reference so it outlives the run. */
  g_task_set_task_data (task, g_object_ref (document), g_object_unref);
  g_task_run_in_thread (task, analyze_thread);
}

ReadoutAnalysis *
readout_analysis_new_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == readout_analysis_new_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

ReadoutDocument *
readout_analysis_get_document (ReadoutAnalysis *self)
{
  g_return_val_if_fail (READOUT_IS_ANALYSIS (self), NULL);

  return self->document;
}

GListModel *
readout_analysis_get_parties (ReadoutAnalysis *self)
{
  g_return_val_if_fail (READOUT_IS_ANALYSIS (self), NULL);

  return self->parties;
}

GListModel *
readout_analysis_get_speakers (ReadoutAnalysis *self)
{
  g_return_val_if_fail (READOUT_IS_ANALYSIS (self), NULL);

  return self->speakers;
}

GListModel *
readout_analysis_get_statements (ReadoutAnalysis *self)
{
  g_return_val_if_fail (READOUT_IS_ANALYSIS (self), NULL);

  return self->statements;
}
