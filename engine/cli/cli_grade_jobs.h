/*
 * cli_grade_jobs.h -- rapport grade's threads: grading the submission
 * files, and printing the JSON results' entries.
 *
 * Work is handed out one item at a time from an atomic counter, and each
 * item's result goes to its own slot, so the output does not depend on the
 * number of threads or on which thread took which item.  The calling
 * thread works too: with one job no thread is started.
 */
#ifndef CLI_GRADE_JOBS_H
#define CLI_GRADE_JOBS_H

#include <stdbool.h>
#include <stddef.h>

#include "academy/grade.h"

/* What the grading threads share: the assignment, the pinned scenario's
 * bytes (read and checked against the assignment's SHA-256 once, on the
 * main thread) and the files. */
typedef struct grade_work {
  const homework_assignment *a;
  scn_scenario *scn;     /* compiled from src by the caller: the calling
                            thread grades on it */
  const char *chunkname; /* the scenario's name in errors */
  const char *src;       /* its bytes: every other thread compiles them */
  size_t src_len;
  char *const *paths; /* the files, n of them; only regular ones are read */
  int n;
  unsigned char *made_by; /* n slots: set to the thread that graded each
                             (for grade_jobs_free) */
} grade_work;

/* Grades every file of w into results[0..n-1] on `jobs` threads.  False
 * when grading stopped (a thread could not compile the scenario, or memory
 * ran out), with why in err. */
bool grade_jobs_run(const grade_work *w, grade_result *results, int jobs,
                    char err[RP_ERROR_MAX]);

/* What follows grading, on `jobs` threads: every trainee's feedback
 * (grade_trainee_feedback), the cohort view into *sum (grade_summarize, on
 * the calling thread while the others start), and, when text is not NULL,
 * the JSON results' entries (gradebook_json_parts): (*text)[i] for
 * submission i, (*text)[n + i] for trainee i (NULL when not made), freed
 * by the caller with grade_jobs_free() and free() (also when this fails).
 * made_by (n + nt slots) is set to the thread that did each item.  False
 * when out of memory. */
bool grade_jobs_post(const homework_assignment *a, const grade_result *v, int n,
                     grade_trainee *t, int nt, grade_summary *sum, char ***text,
                     unsigned char *made_by, int jobs);

/* What grading made, released on `jobs` threads, each freeing what the
 * thread of its index made (result_by: grade_work.made_by; entry_by:
 * grade_jobs_post's): grade_result_free of v[0..n-1], each trainee's
 * feedback (set NULL: grade_trainees_free then frees the rest) and each
 * entry of text (n + nt of them; NULL for none, the array itself is the
 * caller's).  v or t may be NULL. */
void grade_jobs_free(grade_result *v, int n, grade_trainee *t, int nt,
                     char **text, const unsigned char *result_by,
                     const unsigned char *entry_by, int jobs);

#endif
