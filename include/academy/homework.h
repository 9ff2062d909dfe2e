/*
 * homework.h -- scored homework: the assignment file and the homework part of a
 * submission.
 *
 * An assignment (format "rapport.assignment", version HOMEWORK_FORMAT_VERSION,
 * documented in docs/homework.md) pins one scenario by id, version and
 * SHA-256, and sets the pass mark, the due instant (written with its time
 * zone), the number of attempts and an optional time limit.  A submission
 * is a session record (core/rec.h) played in mode "graded" with one more
 * object, "homework": the assignment id, the attempt number, the time limit it
 * was played under and when it was submitted.  Grading (grade.h) never trusts
 * either beyond what it can check.
 *
 * This module builds and validates JSON; it does no file I/O.  Ownership:
 * homework_parse() and homework_attempt_parse() fill structs released by
 * homework_free() and homework_attempt_free(); homework_build() and
 * homework_attempt_build() return cJSON trees the caller deletes.
 */
#ifndef HOMEWORK_H
#define HOMEWORK_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <time.h>

#include "academy/trainee.h"
#include "util/rp_error.h"

#define HOMEWORK_FORMAT "rapport.assignment"
#define HOMEWORK_FORMAT_VERSION 1

#define HOMEWORK_MAX_BYTES ((size_t)1 << 20) /* an assignment file */
#define HOMEWORK_ID_MAX 64
#define HOMEWORK_MAX_ATTEMPTS 100
#define HOMEWORK_MAX_MINUTES                                                   \
  (7 * 24 * 60)                /* a time limit of at most a week               \
                                */
#define HOMEWORK_TEXT_MAX 8192 /* title and instructions */

typedef struct homework_assignment {
  char *id;    /* a file-name-safe slug: see homework_valid_id() */
  char *title; /* for people and gradebook headers */
  char *instructions;
  char *scenario_id, *scenario_version, *scenario_sha256, *scenario_title;
  double pass_mark; /* 0-100, on the overall score */
  char *due;        /* as written: "2026-12-04T17:00:00+01:00" */
  time_t due_at;    /* the instant it names */
  int max_attempts;
  int time_limit_minutes; /* 0: no limit */
  char *created_at;       /* or NULL */
} homework_assignment;

/* Whether id is a valid assignment id: 1 to HOMEWORK_ID_MAX letters, digits,
 * '.',
 * '_' or '-', not starting with '.' or '-' (it becomes part of file names). */
bool homework_valid_id(const char *id);

/* Parses and validates an assignment; name prefixes every error
 * ("hw.json: field 'pass_mark' must be a number from 0 to 100"). */
rp_status homework_parse(const char *name, const char *text, size_t len,
                         homework_assignment *out, rp_error *err);
void homework_free(homework_assignment *a);

/* The assignment as JSON (what `rapport assign` writes). */
cJSON *homework_build(const homework_assignment *a);

/* The homework object of one submission. */
typedef struct homework_attempt {
  char *assignment; /* the assignment id it answers */
  int attempt;      /* 1-based, as counted by the trainee's rapport */
  int time_limit_minutes;
  bool timed_out; /* the time limit ended the conversation */
  char *submitted_at;
  time_t submitted;
} homework_attempt;

/* Reads record["homework"]; name prefixes errors.  RP_EINPUT names the
 * field ("x.json: field 'homework.attempt' must be a whole number from 1"). */
rp_status homework_attempt_parse(const char *name, const cJSON *record,
                                 homework_attempt *out, rp_error *err);
void homework_attempt_free(homework_attempt *h);
cJSON *homework_attempt_build(const homework_attempt *h);

/* How many attempts at assignment_id the trainee's history holds. */
int homework_attempts_used(const trainee_history *h, const char *assignment_id);

#endif
