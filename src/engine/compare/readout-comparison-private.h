/* readout-comparison-private.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "readout-comparison.h"

G_BEGIN_DECLS

/* Merges the speakers of @analyses (ReadoutAnalysis) into @merged
 * (ReadoutSpeaker): the same person or institution of the same party is
 * one speaker, whatever the spelling (Sergei/Sergey, Zelensky/Zelenskyy).
 * @map receives per-document speaker → merged speaker, @variants merged
 * speaker → GPtrArray of names (NULL-terminated). */
void   _readout_comparison_merge_speakers (GListModel *analyses,
                                           GListStore *merged,
                                           GHashTable *map,
                                           GHashTable *variants);

/* The spelling-independent form of a name used to merge speakers:
 * "Sergey Lavrov" and "Sergei Lavrov" both give "sergei lavrov". */
char  *_readout_comparison_name_key       (const char *name);

G_END_DECLS
