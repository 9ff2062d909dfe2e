/*
 * report_data.h -- what `rapport report` shows, before any HTML: a row per
 * session of the history, the completed sessions in order, the baseline,
 * and the results of the completed calls (won, stalled, lost, the deals won
 * per currency, the best call).
 *
 * Computed from the history alone, with nothing else (no clock), so the
 * same history gives the same report.  The rows point into the history's
 * records and strings: the history must outlive the report_data.
 */
#ifndef REPORT_DATA_H
#define REPORT_DATA_H

#include <stdbool.h>

#include "academy/progress.h"
#include "academy/trainee.h"
#include "core/rec.h"
#include "util/rp_error.h"

/* How a completed call ended, as the map and the results colour it. */
enum { REPORT_WON, REPORT_STALLED, REPORT_LOST, REPORT_NONE, REPORT_RESULTS };

/* Each result's class on the page ("won", "stalled", "lost", "none") and
 * its name in legends ("won", "stalled", "lost", "no ending"). */
extern const char *const REPORT_RESULT_CLASS[REPORT_RESULTS];
extern const char *const REPORT_RESULT_NAME[REPORT_RESULTS];

/* Each series' name ("Empathy", ..., "Overall") and its slug in ids
 * ("empathy", ..., "relationship-quality", "overall"). */
extern const char *const REPORT_LABEL[PROGRESS_SERIES];
extern const char *const REPORT_SLUG[PROGRESS_SERIES];

/* One session of the history. */
typedef struct report_row {
  int num; /* 1, 2, ... in history order, as the table numbers them */
  const rec_record *r;
  const char *title; /* the scenario's title, else its id */
  const char *result, *ending, *currency, *style; /* NULL when absent */
  int kind;                                       /* REPORT_WON..REPORT_NONE */
  double deal; /* < 0 when the record has none */
  bool done;   /* completed: in the charts, the map and the results */
  bool baseline;
} report_row;

/* The deals won in one currency ("" when the scenario names none). */
typedef struct report_money {
  const char *currency;
  double sum;
} report_money;

/* Currencies summed separately; deals in more are left out of the sums. */
#define REPORT_CURRENCIES 8

typedef struct report_data {
  report_row *rows; /* every session, oldest first */
  int n;
  const report_row **done; /* the completed ones, oldest first */
  int nd;
  int baseline_num; /* the row number of the latest completed assessment
                       (the baseline, as progress takes it), or 0 */
  int count[REPORT_RESULTS]; /* completed calls per result */
  report_money money[REPORT_CURRENCIES];
  int n_money;
  const report_row *best; /* the latest of the best overall, or NULL */
} report_data;

/* Fills *d from the history (RP_ENOMEM only).  On success the caller
 * releases it with report_data_free(); on failure there is nothing to
 * free. */
rp_status report_data_build(const trainee_history *h, report_data *d,
                            rp_error *err);
void report_data_free(report_data *d);

#endif
