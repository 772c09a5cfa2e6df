/* readout-huge-pages-private.h — a hint for the per-token arrays
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#ifdef __linux__
#include <sys/mman.h>
#endif

G_BEGIN_DECLS

/* The per-token arrays of a long document are tens of megabytes, fresh
 * from the system and written once: in 4 KiB pages, the page faults of
 * their first touch were 5% of the analysis of a 6 MB document. This asks
 * for huge pages over the 2 MiB-aligned part of [@data, @data + @size)
 * where the system gives them on request (transparent huge pages in
 * "madvise" mode). A hint only: nothing changes where it is not taken,
 * and small arrays hold no aligned 2 MiB. */
static inline void
_readout_advise_huge_pages (gpointer data,
                            gsize    size)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  const guintptr huge = 2 * 1024 * 1024;
  guintptr start = ((guintptr)data + huge - 1) & ~(huge - 1);
  guintptr end = ((guintptr)data + size) & ~(huge - 1);

  if (end > start)
    madvise ((void *)start, end - start, MADV_HUGEPAGE);
#endif
}

G_END_DECLS
