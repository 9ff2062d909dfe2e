/*
 * prog.h -- a trainee's progress: each skill over time against the
 * baseline.
 *
 * Computed from a history (hist.h) of completed sessions: per skill
 * (empathy, listening, problem-solving, pushing where lower is better) and
 * per axis (relationship quality, transactional pushing, overall), the
 * baseline (the latest assessment), the latest, the best and a
 * recency-weighted current level (weights PROG_DECAY^age, newest 1), with
 * the series for a sparkline.  Sessions that ended early (quit, aborted)
 * count in the per-module tallies but not in the skill levels: a call
 * abandoned after one decision says little about a skill.  No I/O.
 */
#ifndef PROG_H
#define PROG_H

#include <stdbool.h>

#include "hist.h"
#include "rp_buf.h"

/* Weight of a session one step older than the next: 0.8 makes the last
 * five sessions carry about two thirds of the current level. */
#define PROG_DECAY 0.8

/* Values kept for a sparkline. */
#define PROG_SPARK 30

enum {
  PROG_EMPATHY,
  PROG_LISTENING,
  PROG_PROBLEM_SOLVING,
  PROG_PUSHING,
  PROG_RELATIONSHIP,
  PROG_TRANSACTIONAL,
  PROG_OVERALL,
  PROG_SERIES
};

typedef struct prog_series {
  const char *name;  /* "empathy", ..., "overall" */
  bool lower_better; /* pushing and transactional pushing */
  int n;             /* measured values */
  double baseline;   /* < 0 when there is no baseline */
  double latest, best, current;
  double spark[PROG_SPARK]; /* the last values, oldest first */
  int n_spark;
} prog_series;

typedef struct prog_module_count {
  char *module;
  int sessions, completed;
} prog_module_count;

typedef struct prog_report {
  int sessions, completed, assessments;
  char *baseline_at; /* started_at of the baseline session, or NULL */
  prog_series series[PROG_SERIES];
  prog_module_count *modules;
  int n_modules;
  int weakest; /* PROG_EMPATHY..PROG_PUSHING by current level, or -1 */
} prog_report;

/* Computes the report; false only when out of memory. */
bool prog_compute(const hist_list *h, prog_report *out);
void prog_free(prog_report *r);

/* Appends a sparkline of the values (0-100) in Unicode blocks, or ASCII. */
void prog_sparkline(rp_buf *b, const double *v, int n, bool unicode);

#endif
