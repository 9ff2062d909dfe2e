/*
 * grade.h -- grading homework submissions by replaying them.
 *
 * A submission's own numbers are never trusted: grade_one() parses it
 * (strictly, within size limits), checks it answers this assignment on the
 * pinned scenario version, replays its seed and choices through the engine
 * and compares every stored score with the replay's.  grade_finish() then
 * looks across a trainee's submissions (attempt limits, duplicates) and
 * picks the attempt that counts: the best valid one.  grade_summarize()
 * computes the cohort view an instructor reads.
 *
 * No I/O: the caller reads files and prints.  grade_one() may run on many
 * threads at once, each with its own scenario (a scenario with functions
 * owns a Lua state, which is not thread-safe).
 *
 * Ownership: a grade_result owns its strings; grade_result_free() releases
 * them.
 */
#ifndef GRADE_H
#define GRADE_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "academy/homework.h"
#include "core/scn.h"

#define GRADE_MAX_BYTES ((size_t)4 << 20) /* a submission file */
/* Seconds a session may run past its time limit before it is over time:
 * the trainee's last answer may land just after the limit. */
#define GRADE_TIME_GRACE 60

typedef enum grade_class {
  GRADE_PASSED,           /* valid, on time, overall >= pass mark */
  GRADE_FAILED,           /* valid and on time, below the mark or unfinished */
  GRADE_LATE,             /* valid, submitted after the due time */
  GRADE_OVER_ATTEMPTS,    /* valid, beyond the assignment's attempts */
  GRADE_OVER_TIME,        /* valid, longer than the time limit allows */
  GRADE_DUPLICATE,        /* the same attempt submitted again */
  GRADE_TAMPERED,         /* stored scores or choices differ from replay */
  GRADE_WRONG_VERSION,    /* another scenario, or another version of it */
  GRADE_WRONG_ASSIGNMENT, /* answers another assignment */
  GRADE_MALFORMED,        /* not a readable, valid submission */
  GRADE_CLASS_COUNT
} grade_class;

/* "passed", "failed", "late", "over-attempts", "over-time", "duplicate",
 * "tampered", "wrong-version", "wrong-assignment", "malformed". */
const char *grade_class_name(grade_class c);

/* Whether the replay verified the submission (its scores are real). */
bool grade_class_verified(grade_class c);

typedef struct grade_decision {
  char *node, *choice;
  double seconds;
  int pushing;     /* pushing points of the choice made */
  int pushing_min; /* the fewest offered at that decision */
  char *best;      /* id of the best option offered */
} grade_decision;

typedef struct grade_result {
  char *file;      /* the name it was given as (never opened from here) */
  char sha256[65]; /* of the submission's bytes */
  grade_class cls;
  char *reason; /* why, in one sentence; NULL for a plain pass */
  /* From the submission (NULL or 0 when it never said). */
  char *trainee;
  int attempt;
  char *started_at, *ended_at, *submitted_at;
  time_t started, submitted;
  double duration; /* seconds, ended - started */
  uint64_t seed;
  /* From the replay (set when grade_class_verified()). */
  bool completed; /* reached an ending */
  char *ending;   /* ending id, or NULL */
  char *result;   /* "won", "stalled", "lost", or NULL */
  double overall, relationship_quality, transactional_pushing;
  double skills[SCN_SKILL_COUNT]; /* -1 when not measured */
  /* The grade this attempt earns: overall for a finished call, 0 for one
   * that never reached an ending (quit, timed out, or the scenario failed):
   * a few good answers and a hang-up must not outscore a whole call. */
  double grade;
  grade_decision *decisions;
  int n_decisions;
  bool packed; /* the decisions' strings live in their array's block (as
                  grade_one makes them); else each is its own */
  /* Set by grade_finish(). */
  bool counted; /* the attempt that sets this trainee's grade */
} grade_result;

/* Grades one submission of len bytes against assignment a on scenario scn
 * (which must be the pinned version).  Always fills *out (malformed input is
 * a classification, not an error); returns RP_ENOMEM only when memory ran
 * out, with out->cls GRADE_MALFORMED. */
rp_status grade_one(const homework_assignment *a, const scn_scenario *scn,
                    const char *file, const char *text, size_t len,
                    grade_result *out);
void grade_result_free(grade_result *r);

/* Looks across all results: marks later copies of an attempt as duplicates,
 * attempts beyond max_attempts (in the order they were played) as
 * over-attempts, and the best valid attempt of each trainee as counted
 * (late ones only when accept_late).  Results keep their order.  RP_ENOMEM
 * when memory ran out: the results are then not a gradebook (some
 * duplicates, limits or counted attempts may be unmarked). */
rp_status grade_finish(const homework_assignment *a, grade_result *v, int n,
                       bool accept_late);

/* One trainee's line in the gradebook. */
typedef struct grade_trainee {
  const char *name;         /* borrowed from a result */
  const grade_result *best; /* the counted attempt, or NULL: no grade */
  int submissions;
  const int *results; /* theirs: submissions indices into the results, in
                         the order given (owned by the trainee list) */
  bool passed;
  char *feedback; /* a summary of skills, or why there is no grade */
} grade_trainee;

/* The trainees of the results, sorted by name.  The caller frees with
 * grade_trainees_free(); NULL when out of memory. */
grade_trainee *grade_trainees(const homework_assignment *a,
                              const grade_result *v, int n, int *n_out);
void grade_trainees_free(grade_trainee *t, int n);

/* grade_trainees in two steps, for a caller that writes the feedback on
 * several threads: the trainees with every feedback NULL, then one
 * trainee's feedback (RP_ENOMEM when out of memory).  The second only
 * reads a and v, and writes t: calls for different trainees may run at
 * once. */
grade_trainee *grade_trainees_grouped(const homework_assignment *a,
                                      const grade_result *v, int n, int *n_out);
rp_status grade_trainee_feedback(const homework_assignment *a,
                                 const grade_result *v, grade_trainee *t);

/* Where a cohort pushed: one node, over the counted attempts. */
typedef struct grade_push_spot {
  const char *node;    /* borrowed */
  int pushed, reached; /* trainees who pushed there / who decided there */
  const char *choice;  /* the pushing choice taken most often */
  const char *better;  /* the best option most often offered instead */
} grade_push_spot;

#define GRADE_BUCKETS 10 /* 0-9, 10-19, ..., 90-100 */
#define GRADE_SPOTS 5

typedef struct grade_summary {
  int submissions;
  int by_class[GRADE_CLASS_COUNT];
  int trainees, graded, passed; /* graded: with a counted attempt */
  int buckets[GRADE_BUCKETS];   /* counted attempts' overall scores */
  double mean, median, min, max;
  double skill_mean[SCN_SKILL_COUNT]; /* -1 when no attempt measured it */
  double rq_mean, push_mean;
  grade_push_spot spots[GRADE_SPOTS];
  int n_spots;
} grade_summary;

/* The cohort view of the results and their trainees.  RP_ENOMEM when
 * memory ran out: *out is then incomplete, not to be shown. */
rp_status grade_summarize(const grade_result *v, int n, const grade_trainee *t,
                          int nt, grade_summary *out);

#endif
