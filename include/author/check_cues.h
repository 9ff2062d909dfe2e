/*
 * check_cues.h -- does the wording give the answer away?  (`rapport check`'s
 * cue analysis.)
 *
 * A test-wise trainee can pass a multiple-choice scenario without judgement
 * by reading only how the options look: the longest, the one with a question
 * mark, the one that says "you" and names no product.  Item-writing research
 * calls these cues (Haladyna, Downing & Rodriguez, Applied Measurement in
 * Education 15(3), 2002).  This module plays a scenario with players that
 * read only the options' wording -- never the meters, the facts, or what the
 * prospect means -- each deterministic, over the seeded shuffles of several
 * seeds, through real sessions (so functions run and options that are
 * functions are judged on the text they return):
 *   - by length (longest, shortest); question or statement; "you" over
 *     "we/I" and pitch words; the fewest pitch words; the most words shared
 *     with the prospect's last line; first and last in the authored order;
 *   - and a cue model: a linear ranker over surface features of an option
 *     (relative length, question, pronouns, pitch and empathy words, numbers,
 *     overlap with the prospect's line, position), trained by an averaged
 *     perceptron on every *other* scenario of the curriculum (leave one
 *     scenario out), which says how well the best option of each decision can
 *     be predicted from wording alone.  Integer-free of clocks and locales:
 *     the same inputs give the same weights on every machine.
 * check_cues_diagnose() turns the result into `cue-wins` and `cue-leak`
 * warnings with a witness path.  No I/O: the caller loads the curriculum.
 *
 * Ownership: check_cues_collect() returns a set freed with
 * check_cues_set_free(); check_cues_run() fills a check_cues released by
 * check_cues_free().
 */
#ifndef CHECK_CUES_H
#define CHECK_CUES_H

#include <stdbool.h>
#include <stdint.h>

#include "author/check.h"
#include "core/scn.h"
#include "util/rp_error.h"

/* Seeds each wording player plays (session seeds 1..N): enough for a
 * median over the shuffles, few enough to stay in milliseconds. */
#define CHECK_CUES_SEEDS 7

/* The default pass mark a wording-only player must stay below. */
#define CHECK_CUES_PASS_MARK 65.0

/* Random playthroughs a scenario's decisions are collected from, for
 * training the cue model and for measuring it; decisions kept per scenario. */
#define CHECK_CUES_RUNS 40
#define CHECK_CUES_MAX_DECISIONS 600

/* Turns a wording player may take before its run is counted as endless. */
#define CHECK_CUES_MAX_TURNS 200

/* Surface features of one option (see check_cue_model.c). */
#define CHECK_CUES_FEATURES 18

/* The decisions met in random play of one scenario, as wording features. */
typedef struct check_cue_set check_cue_set;

/* Plays CHECK_CUES_RUNS seeded random sessions of s and keeps each distinct
 * decision (node and options offered) with its options' features and which
 * one is best (the highest relationship value, fewest pushing points on
 * ties: the session's own rule).  *out is freed with check_cues_set_free(). */
rp_status check_cues_collect(const scn_scenario *s, check_cue_set **out,
                             rp_error *err);
void check_cues_set_free(check_cue_set *set);

/* The id of the scenario a set came from (to leave it out of training). */
const char *check_cues_set_id(const check_cue_set *set);

/* One wording player's results over the seeds. */
typedef struct check_cue_player {
  const char *name; /* "longest", "question", ..., "model" */
  const char *rule; /* what it reads, for people */
  double scores[CHECK_CUES_SEEDS];
  double median;
  int endings[CHECK_CUES_SEEDS]; /* node index, or -1 when the call did not
                                    end (endless, failed) */
  int median_ending;             /* the ending of the median run, or -1 */
  int best_ending_runs;          /* seeds on which it reached the best ending */
  int decisions, best_picks;     /* over all seeds */
  char *witness;                 /* choice ids of its highest-scoring run */
  uint64_t witness_seed;
} check_cue_player;

/* A decision whose best option most wording players pick. */
typedef struct check_cue_leak {
  int node, best;      /* node index; the best choice's index in it */
  int players, picked; /* players that met it; of those, picking best */
  char *cues;          /* names of the players that picked it */
  char *path;          /* choice ids from the start to the decision */
} check_cue_leak;

typedef struct check_cues {
  check_cue_player *players;
  int n_players;
  int best_ending; /* node index of the best outcome, or -1 */
  /* the cue model, measured on this scenario's own decisions */
  bool model_trained; /* false: no other scenario to learn from */
  int model_train_decisions, model_train_scenarios;
  int model_decisions, model_correct;
  double model_accuracy; /* model_correct / model_decisions */
  double model_chance;   /* mean of 1 / options over the same decisions */
  check_cue_leak *leaks;
  int n_leaks;
} check_cues;

/* Plays scn with every wording player and measures the cue model trained on
 * the n_train sets (sets whose id is scn's are left out).  Fills *out. */
rp_status check_cues_run(const scn_scenario *scn,
                         const check_cue_set *const *train, int n_train,
                         check_cues *out, rp_error *err);
void check_cues_free(check_cues *c);

/* Adds `cue-wins` (a wording player's median reaches pass_mark, or it
 * reaches the best ending) and `cue-leak` warnings to r. */
rp_status check_cues_diagnose(const check_cues *c, double pass_mark,
                              check_report *r, rp_error *err);

#endif
