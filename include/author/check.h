/*
 * check.h -- what `rapport check` finds in a scenario.
 *
 * Three layers, each a list of diagnostics naming file:line, the node and
 * choice, and what to do:
 *   - structure: facts never revealed, meters that never move, choices with
 *     no skill effect or no coach note (static; load errors come earlier,
 *     from scn_load);
 *   - reachability by state: explore_run() walks every distinct state;
 *     nodes, choices and endings never reached, conditions never true,
 *     dead ends, failing functions, states from which no ending can be
 *     reached, loops that return to the same state;
 *   - what it teaches: over every path (counted on the state graph), for
 *     each ending the number of paths and the range of relationship quality,
 *     pushing and overall score; the best and worst paths; and balance
 *     warnings where the scenario would teach the wrong lesson.
 * No I/O.  Ownership: check_run() fills a check_report released by
 * check_free().
 */
#ifndef CHECK_H
#define CHECK_H

#include <stdbool.h>

#include "author/explore.h"
#include "core/scn.h"
#include "util/rp_error.h"

/* A path that reaches the best outcome with pushing above this teaches
 * that pushing pays. */
#define CHECK_PUSH_LIMIT 40.0

/* A path with relationship quality at or above this that loses teaches
 * that relationships do not pay. */
#define CHECK_HIGH_RQ 80.0

/* The best outcome must require at least this relationship quality. */
#define CHECK_BEST_NEEDS_RQ 60.0

/* Steps of the depth-first walk over every path (a few nanoseconds each);
 * past it, score ranges cover the paths walked so far and say so. */
#ifndef CHECK_MAX_PATH_STEPS
#define CHECK_MAX_PATH_STEPS 200000000L
#endif

typedef enum check_level { CHECK_ERROR, CHECK_WARNING } check_level;

typedef struct check_diag {
  check_level level;
  const char *code; /* stable identifier, e.g. "never-offered" */
  int line;         /* 0 when not known */
  char *where;      /* "node 'x'", "choice 'c' in node 'x'", or "" */
  char *message;
  char *hint; /* what to do, or NULL */
  char *path; /* choice ids from the start, comma-separated, or NULL */
} check_diag;

typedef struct check_path {
  char *choices; /* comma-separated ids: usable as `play --choices` */
  double overall, relationship, pushing;
  int ending; /* node index */
} check_path;

typedef struct check_ending {
  int node;
  bool reached;
  double paths; /* distinct paths that end here (may be huge) */
  double rq_min, rq_max, rq_mean, tp_min, tp_max, ov_min, ov_max;
  check_path best, worst; /* by overall score */
} check_ending;

typedef struct check_report {
  const scn_scenario *scn;
  check_diag *diags;
  int n_diags, errors, warnings;
  /* exploration */
  long states, edges, max_states;
  bool bounded;
  bool memory_bounded; /* the bound was memory (explore_key_budget) */
  int nodes_reached, nodes_total, choices_offered, choices_total;
  int endings_reached, endings_total;
  /* path analysis */
  bool analysed;       /* false: the graph was bounded */
  bool paths_complete; /* every path was walked for the score ranges */
  double total_paths;
  int decisions_min, decisions_max; /* path lengths, start to an ending */
  check_ending *endings;            /* one per ending, in scenario order */
  int n_endings;
  check_path best, worst;
  /* An allocation for a diagnostic, its hint or path, or a path failed
   * while the report was made: check_run() then fails (RP_ENOMEM) rather
   * than return a report that says less.  Never set in what it returns. */
  bool incomplete;
} check_report;

/* Checks scn, exploring at most max_states states (0: the default).  On
 * failure (out of memory) *r holds nothing to free. */
rp_status check_run(const scn_scenario *scn, long max_states, check_report *r,
                    rp_error *err);
void check_free(check_report *r);

/* "won_big"-style ids of the choices along a path of gids; the caller frees
 * the result. */
char *check_path_ids(const explore_graph *g, const int *gids, int n);

/* ---- random play (rapport check --random N) -------------------------------
 * N seeded playthroughs through real sessions, each preferring the option
 * used least so far (ties broken by the seed), like ChoiceScript's
 * randomtest: coverage per choice, how often each ending is reached, and
 * the distribution of overall scores, from which a pass mark is suggested. */

/* Turns one random playthrough may take before it is counted as endless. */
#define CHECK_RANDOM_MAX_TURNS 1000

typedef struct check_random {
  int runs;
  uint64_t seed;
  int *taken;        /* per choice gid: times chosen */
  int choices_taken; /* choices chosen at least once */
  int *ending_runs;  /* per ending, in scenario order of endings */
  int endless, aborted;
  char *first_error; /* the first scenario failure met, or NULL */
  double *scores;    /* overall score per run, ascending */
} check_random;

/* Plays `runs` random sessions (session seeds seed, seed+1, ...). */
rp_status check_random_play(const scn_scenario *scn, int runs, uint64_t seed,
                            check_random *out, rp_error *err);
void check_random_free(check_random *r);

/* The overall score that `percent`% of the random players reached: the
 * pass mark that would pass that share of random play. */
double check_pass_mark(const check_random *r, double percent);

/* The q-th quantile (0..1) of the random players' overall scores. */
double check_quantile(const check_random *r, double q);

#endif
