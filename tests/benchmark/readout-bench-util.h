/* readout-bench-util.h
 *
 * Copyright 2026 The Readout authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Clocks, medians and peak RSS shared by the import and analysis parts of
 * the benchmark.
 */

#pragma once

#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#include <glib.h>

#define BENCH_SEED G_GUINT64_CONSTANT (20260601)
#define MB 1e6

/* Both clocks: wall time is what a user waits, CPU time of this thread is
 * "one core" and stays honest when other processes share the machine. */
typedef struct
{
  double wall;
  double cpu;
} BenchTime;

static inline double
bench_clock_seconds (clockid_t id)
{
  struct timespec ts;

  clock_gettime (id, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static inline BenchTime
bench_now (void)
{
  return (BenchTime) { bench_clock_seconds (CLOCK_MONOTONIC),
                       bench_clock_seconds (CLOCK_THREAD_CPUTIME_ID) };
}

static inline long
bench_peak_rss_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

static inline int
bench_compare_doubles (const void *a,
                       const void *b)
{
  double x = *(const double *)a;
  double y = *(const double *)b;

  return (x > y) - (x < y);
}

/* Sorts @values, so the minimum and maximum are at the ends afterwards. */
static inline double
bench_median (double *values,
              guint   n)
{
  qsort (values, n, sizeof (double), bench_compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}
