/*
 * progress.h -- a trainee's progress: each skill over time against the
 * baseline.
 *
 * Computed from a history (io/history.h) of completed sessions: per skill
 * (empathy, listening, problem-solving, pushing where lower is better) and
 * per axis (relationship quality, transactional pushing, overall), the
 * baseline (the latest assessment), the latest, the best and a
 * recency-weighted current level (weights PROGRESS_DECAY^age, newest 1), with
 * the series for a sparkline.  Sessions that ended early (quit, aborted)
 * count in the per-module tallies but not in the skill levels: a call
 * abandoned after one decision says little about a skill.  No I/O.
 */
#ifndef PROGRESS_H
#define PROGRESS_H

#include <stdbool.h>

#include "academy/trainee.h"
#include "util/rp_buf.h"

/* Weight of a session one step older than the next: 0.8 makes the last
 * five sessions carry about two thirds of the current level. */
#define PROGRESS_DECAY 0.8

/* Values kept for a sparkline. */
#define PROGRESS_SPARK 30

enum {
  PROGRESS_EMPATHY,
  PROGRESS_LISTENING,
  PROGRESS_PROBLEM_SOLVING,
  PROGRESS_PUSHING,
  PROGRESS_RELATIONSHIP,
  PROGRESS_TRANSACTIONAL,
  PROGRESS_OVERALL,
  PROGRESS_SERIES
};

typedef struct progress_series {
  const char *name;  /* "empathy", ..., "overall" */
  bool lower_better; /* pushing and transactional pushing */
  int n;             /* measured values */
  double baseline;   /* < 0 when there is no baseline */
  double latest, best, current;
  double spark[PROGRESS_SPARK]; /* the last values, oldest first */
  int n_spark;
} progress_series;

typedef struct progress_module_count {
  char *module;
  int sessions, completed;
} progress_module_count;

typedef struct progress_report {
  int sessions, completed, assessments;
  char *baseline_at; /* started_at of the baseline session, or NULL */
  progress_series series[PROGRESS_SERIES];
  progress_module_count *modules;
  int n_modules;
  int weakest; /* PROGRESS_EMPATHY..PROGRESS_PUSHING by current level, or -1 */
} progress_report;

/* The value of series k (PROGRESS_EMPATHY..PROGRESS_OVERALL) in a record,
 * or < 0 when the session did not measure it. */
double progress_value(const rec_record *r, int k);

/* Computes the report; false only when out of memory. */
bool progress_compute(const trainee_history *h, progress_report *out);
void progress_free(progress_report *r);

/* Appends a sparkline of the values (0-100) in Unicode blocks, or ASCII. */
void progress_sparkline(rp_buf *b, const double *v, int n, bool unicode);

#endif
