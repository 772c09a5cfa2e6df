/* readout-export-w3c.h — a session as W3C Web Annotations (JSON-LD)
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One Annotation per statement in an AnnotationCollection, following the
 * W3C Web Annotation Data Model (2017): the target is the document with a
 * TextQuoteSelector (32 characters of prefix and suffix) and a
 * TextPositionSelector in Unicode code points of the normalised text,
 * end exclusive; the bodies describe the statement and tag its party,
 * act, topic and tone. Then one Annotation per annotation of the user:
 * the note (commenting), the tags (tagging), the status (assessing), the
 * author and times, with the same two selectors from its anchor.
 * docs/export.md describes every member.
 */

#pragma once

#include <json-glib/json-glib.h>

#include "readout-session.h"

G_BEGIN_DECLS

/* Characters of context on each side of a TextQuoteSelector's exact text,
 * as Hypothesis stores them. */
#define READOUT_W3C_CONTEXT_LENGTH 32

/* The AnnotationCollection, with every annotation in its first page. */
JsonNode *readout_session_export_w3c (ReadoutSession *session);

G_END_DECLS
