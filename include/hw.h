/*
 * hw.h -- scored homework: the assignment file and the homework part of a
 * submission.
 *
 * An assignment (format "rapport.assignment", version HW_FORMAT_VERSION,
 * documented in docs/homework.md) pins one scenario by id, version and
 * SHA-256, and sets the pass mark, the due instant (written with its time
 * zone), the number of attempts and an optional time limit.  A submission
 * is a session record (rec.h) played in mode "graded" with one more object,
 * "homework": the assignment id, the attempt number, the time limit it was
 * played under and when it was submitted.  Grading (grade.h) never trusts
 * either beyond what it can check.
 *
 * This module builds and validates JSON; it does no file I/O.  Ownership:
 * hw_parse() and hw_attempt_parse() fill structs released by hw_free() and
 * hw_attempt_free(); hw_build() and hw_attempt_build() return cJSON trees
 * the caller deletes.
 */
#ifndef HW_H
#define HW_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <time.h>

#include "hist.h"
#include "rp_error.h"

#define HW_FORMAT "rapport.assignment"
#define HW_FORMAT_VERSION 1

#define HW_MAX_BYTES ((size_t)1 << 20) /* an assignment file */
#define HW_ID_MAX 64
#define HW_MAX_ATTEMPTS 100
#define HW_MAX_MINUTES (7 * 24 * 60) /* a time limit of at most a week */
#define HW_TEXT_MAX 8192             /* title and instructions */

typedef struct hw_assignment {
  char *id;    /* a file-name-safe slug: see hw_valid_id() */
  char *title; /* for people and gradebook headers */
  char *instructions;
  char *scenario_id, *scenario_version, *scenario_sha256, *scenario_title;
  double pass_mark; /* 0-100, on the overall score */
  char *due;        /* as written: "2026-12-04T17:00:00+01:00" */
  time_t due_at;    /* the instant it names */
  int max_attempts;
  int time_limit_minutes; /* 0: no limit */
  char *created_at;       /* or NULL */
} hw_assignment;

/* Whether id is a valid assignment id: 1 to HW_ID_MAX letters, digits, '.',
 * '_' or '-', not starting with '.' or '-' (it becomes part of file names). */
bool hw_valid_id(const char *id);

/* Parses and validates an assignment; name prefixes every error
 * ("hw.json: field 'pass_mark' must be from 0 to 100"). */
rp_status hw_parse(const char *name, const char *text, size_t len,
                   hw_assignment *out, rp_error *err);
void hw_free(hw_assignment *a);

/* The assignment as JSON (what `rapport assign` writes). */
cJSON *hw_build(const hw_assignment *a);

/* The homework object of one submission. */
typedef struct hw_attempt {
  char *assignment; /* the assignment id it answers */
  int attempt;      /* 1-based, as counted by the trainee's rapport */
  int time_limit_minutes;
  bool timed_out; /* the time limit ended the conversation */
  char *submitted_at;
  time_t submitted;
} hw_attempt;

/* Reads record["homework"]; name prefixes errors.  RP_EINPUT names the
 * field ("x.json: field 'homework.attempt' must be a whole number from 1"). */
rp_status hw_attempt_parse(const char *name, const cJSON *record,
                           hw_attempt *out, rp_error *err);
void hw_attempt_free(hw_attempt *h);
cJSON *hw_attempt_build(const hw_attempt *h);

/* How many attempts at assignment_id the trainee's history holds. */
int hw_attempts_used(const hist_list *h, const char *assignment_id);

#endif
