/* readout-act.c
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "readout-act.h"

typedef struct
{
  const char *name;
  const char *label;   /* N_() */
  const char *cameo;
  gboolean    plover;
  int         polarity;
} ActInfo;

/* CAMEO codes: the root for PLOVER types, the 01x sub-code for the
 * statement extensions (domain notes §3.1). */
static const ActInfo acts[READOUT_N_ACTS] = {
  [READOUT_ACT_CLAIM]        = { "CLAIM",        N_("Claim"),          "010", FALSE,  0 },
  [READOUT_ACT_AGREE]        = { "AGREE",        N_("Agreement"),      "03",  TRUE,   1 },
  [READOUT_ACT_CONSULT]      = { "CONSULT",      N_("Consultation"),   "04",  TRUE,   1 },
  [READOUT_ACT_SUPPORT]      = { "SUPPORT",      N_("Support"),        "05",  TRUE,   1 },
  [READOUT_ACT_CONCEDE]      = { "CONCEDE",      N_("Concession"),     "07",  TRUE,   1 },
  [READOUT_ACT_COOPERATE]    = { "COOPERATE",    N_("Cooperation"),    "06",  TRUE,   1 },
  [READOUT_ACT_RETREAT]      = { "RETREAT",      N_("Retreat"),        "08",  TRUE,   1 },
  [READOUT_ACT_REQUEST]      = { "REQUEST",      N_("Request"),        "02",  TRUE,   0 },
  [READOUT_ACT_DEMAND]       = { "DEMAND",       N_("Demand"),         "10",  TRUE,  -1 },
  [READOUT_ACT_ACCUSE]       = { "ACCUSE",       N_("Accusation"),     "11",  TRUE,  -1 },
  [READOUT_ACT_REJECT]       = { "REJECT",       N_("Rejection"),      "12",  TRUE,  -1 },
  [READOUT_ACT_THREATEN]     = { "THREATEN",     N_("Threat"),         "13",  TRUE,  -1 },
  [READOUT_ACT_PROTEST]      = { "PROTEST",      N_("Protest"),        "14",  TRUE,  -1 },
  [READOUT_ACT_SANCTION]     = { "SANCTION",     N_("Sanction"),       "16",  TRUE,  -1 },
  [READOUT_ACT_MOBILIZE]     = { "MOBILIZE",     N_("Mobilization"),   "15",  TRUE,  -1 },
  [READOUT_ACT_DENY]         = { "DENY",         N_("Denial"),         "016", FALSE,  0 },
  [READOUT_ACT_CHARACTERIZE] = { "CHARACTERIZE", N_("Characterization"), "010", FALSE, 0 },
  [READOUT_ACT_OPTIMISTIC]   = { "OPTIMISTIC",   N_("Optimism"),       "013", FALSE,  1 },
  [READOUT_ACT_PESSIMISTIC]  = { "PESSIMISTIC",  N_("Pessimism"),      "012", FALSE, -1 },
  [READOUT_ACT_COMMIT]       = { "COMMIT",       N_("Commitment"),     "03",  FALSE,  1 },
  [READOUT_ACT_OFFER]        = { "OFFER",        N_("Offer"),          "03",  FALSE,  1 },
};

GType
readout_act_get_type (void)
{
  static gsize type;

  if (g_once_init_enter (&type))
    {
      static GEnumValue values[READOUT_N_ACTS + 1];
      GType t;

      for (guint i = 0; i < READOUT_N_ACTS; i++)
        {
          values[i].value = i;
          values[i].value_name = acts[i].name;
          values[i].value_nick = acts[i].name;
        }
      t = g_enum_register_static (g_intern_static_string ("ReadoutAct"), values);
      g_once_init_leave (&type, t);
    }
  return type;
}

const char *
readout_act_to_string (ReadoutAct act)
{
  g_return_val_if_fail ((guint)act < READOUT_N_ACTS, NULL);
  return acts[act].name;
}

gboolean
readout_act_from_string (const char *name,
                         ReadoutAct *act)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < READOUT_N_ACTS; i++)
    if (g_ascii_strcasecmp (acts[i].name, name) == 0)
      {
        if (act != NULL)
          *act = i;
        return TRUE;
      }
  return FALSE;
}

const char *
readout_act_get_label (ReadoutAct act)
{
  g_return_val_if_fail ((guint)act < READOUT_N_ACTS, NULL);
  return g_dgettext (GETTEXT_PACKAGE, acts[act].label);
}

const char *
readout_act_get_cameo (ReadoutAct act)
{
  g_return_val_if_fail ((guint)act < READOUT_N_ACTS, NULL);
  return acts[act].cameo;
}

gboolean
readout_act_is_plover (ReadoutAct act)
{
  g_return_val_if_fail ((guint)act < READOUT_N_ACTS, FALSE);
  return acts[act].plover;
}

int
readout_act_get_polarity (ReadoutAct act)
{
  g_return_val_if_fail ((guint)act < READOUT_N_ACTS, 0);
  return acts[act].polarity;
}

G_DEFINE_FLAGS_TYPE (ReadoutActMode, readout_act_mode,
  G_DEFINE_ENUM_VALUE (READOUT_ACT_MODE_NONE, "none"),
  G_DEFINE_ENUM_VALUE (READOUT_ACT_MODE_NEGATED, "negated"),
  G_DEFINE_ENUM_VALUE (READOUT_ACT_MODE_CONDITIONAL, "conditional"),
  G_DEFINE_ENUM_VALUE (READOUT_ACT_MODE_FUTURE, "future"))

const char *
readout_act_mode_to_string (ReadoutActMode mode)
{
  switch (mode)
    {
    case READOUT_ACT_MODE_NEGATED:
      return "negated";
    case READOUT_ACT_MODE_CONDITIONAL:
      return "conditional";
    case READOUT_ACT_MODE_FUTURE:
      return "future";
    case READOUT_ACT_MODE_NONE:
    default:
      return NULL;
    }
}
