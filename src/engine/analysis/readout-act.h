/* readout-act.h — what kind of act a statement is
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PLOVER's event types, extended for statements as PLOVER invites
 * ("PLOVER-compliant extensions"): CLAIM, DENY, CHARACTERIZE, OPTIMISTIC,
 * PESSIMISTIC, COMMIT and OFFER have no PLOVER home but matter when two
 * sides describe the same talks. Each act carries its CAMEO code for
 * export; see docs/acts.md.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  READOUT_ACT_CLAIM,         /* a plain assertion (CAMEO 010) */
  READOUT_ACT_AGREE,
  READOUT_ACT_CONSULT,
  READOUT_ACT_SUPPORT,
  READOUT_ACT_CONCEDE,
  READOUT_ACT_COOPERATE,
  READOUT_ACT_RETREAT,
  READOUT_ACT_REQUEST,
  READOUT_ACT_DEMAND,
  READOUT_ACT_ACCUSE,
  READOUT_ACT_REJECT,
  READOUT_ACT_THREATEN,
  READOUT_ACT_PROTEST,
  READOUT_ACT_SANCTION,
  READOUT_ACT_MOBILIZE,
  READOUT_ACT_DENY,
  READOUT_ACT_CHARACTERIZE,  /* how a side describes the talks or the other side */
  READOUT_ACT_OPTIMISTIC,
  READOUT_ACT_PESSIMISTIC,
  READOUT_ACT_COMMIT,
  READOUT_ACT_OFFER,
  READOUT_N_ACTS
} ReadoutAct;

#define READOUT_TYPE_ACT (readout_act_get_type ())
GType       readout_act_get_type        (void);

/* "REJECT"; NULL for an invalid value. */
const char *readout_act_to_string       (ReadoutAct   act);
/* Case-insensitive; FALSE when @name is not an act. */
gboolean    readout_act_from_string     (const char  *name,
                                         ReadoutAct  *act);
/* The act's name for people ("Rejection"), translated. */
const char *readout_act_get_label       (ReadoutAct   act);
/* The CAMEO code the act exports as: "12", "016", "013". */
const char *readout_act_get_cameo       (ReadoutAct   act);
/* TRUE for acts PLOVER itself defines; FALSE for the statement extensions. */
gboolean    readout_act_is_plover       (ReadoutAct   act);
/* -1 conflict, 0 neutral, +1 cooperation: how the comparison weighs a
 * pair of acts when it asks whether two sides converge. */
int         readout_act_get_polarity    (ReadoutAct   act);

typedef enum /*< flags >*/
{
  READOUT_ACT_MODE_NONE        = 0,
  READOUT_ACT_MODE_NEGATED     = 1 << 0,  /* "will not allow", "has no plans to" */
  READOUT_ACT_MODE_CONDITIONAL = 1 << 1,  /* "if it invades" */
  READOUT_ACT_MODE_FUTURE      = 1 << 2,  /* "will", "would", "plans to" */
} ReadoutActMode;

#define READOUT_TYPE_ACT_MODE (readout_act_mode_get_type ())
GType       readout_act_mode_get_type   (void);

/* "negated", "conditional", "future" for one flag; NULL otherwise. */
const char *readout_act_mode_to_string  (ReadoutActMode mode);

G_END_DECLS
