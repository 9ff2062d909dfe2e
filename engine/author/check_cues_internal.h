/*
 * check_cues_internal.h -- what check_cues.c and check_cue_model.c share:
 * the surface statistics of an option's wording, the features the cue model
 * reads, and the model itself.  Not public.
 */
#ifndef CHECK_CUES_INTERNAL_H
#define CHECK_CUES_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "author/check_cues.h"

/* What a test-wise reader can see of one option, without understanding it.
 * Counts are of words (ASCII case folded); overlap counts content words the
 * option shares with the prospect's last line. */
typedef struct cue_stats {
  int chars, words;
  int you, me;   /* second person; first person (I, we, our, ...) */
  int pitch;     /* demo, discount, price, contract, sign, proposal, ... */
  int empathy;   /* sounds, hear, understand, frustrating, sorry, ... */
  int overlap;   /* content words shared with the prospect's line */
  bool question; /* has a question mark */
  bool open;     /* starts like an open question: what, how, why, tell ... */
  bool digit, exclaim;
  int authored; /* index of the choice in its node (the authored order) */
  int shown;    /* index among the options as shown */
} cue_stats;

/* Fills *st for text; prospect (may be NULL) is the prospect's last line. */
void cue_stats_of(const char *text, const char *prospect, cue_stats *st);

typedef double cue_vec[CHECK_CUES_FEATURES];

/* The model's features of n options offered together (relative length and
 * "is the longest" need the others); n_authored is the node's choice count,
 * shuffled whether the node shows its options in a seeded order. */
void cue_features(const cue_stats *st, int n, int n_authored, bool shuffled,
                  cue_vec *out);

/* One decision as the model sees it: n options, which is best. */
typedef struct cue_decision {
  int node;
  uint64_t key; /* node and the set of choices offered */
  int n, best;  /* best: index among the n options */
  cue_vec *f;   /* n feature vectors */
} cue_decision;

struct check_cue_set {
  char *id;
  cue_decision *v;
  int n;
};

/* A linear ranker: the option with the highest w . f is its pick. */
typedef struct cue_model {
  double w[CHECK_CUES_FEATURES];
} cue_model;

/* Trains m by an averaged perceptron over every decision of the sets whose
 * id is not skip_id, in order, for a fixed number of epochs (deterministic).
 * *decisions and *scenarios receive what it learned from. */
void cue_model_train(const check_cue_set *const *sets, int n_sets,
                     const char *skip_id, cue_model *m, int *decisions,
                     int *scenarios);

/* The index of m's pick among n options (the first of equal scores). */
int cue_model_pick(const cue_model *m, const cue_vec *f, int n);

#endif
