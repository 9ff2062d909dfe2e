/*
 * explore.h -- every distinct state a scenario can reach.
 *
 * Explores breadth-first from the start, one state per distinct session key
 * (sess_key: node, meters, facts, once-only choices taken, and for scenarios
 * with functions everything those may read), up to a bound.  The result is
 * the state graph: which nodes and choices are ever reached or offered,
 * which endings, where the conversation gets stuck or a function fails, and
 * the edges with the scoring evidence of every decision, for the analyses in
 * check.h.  Shortest witness paths come from the BFS parent of each state.
 *
 * No I/O.  Ownership: exp_explore() fills an exp_graph the caller releases
 * with exp_free().
 */
#ifndef EXPLORE_H
#define EXPLORE_H

#include <stdbool.h>
#include <stdint.h>

#include "rp_error.h"
#include "scn.h"

/* States explored before stopping, unless the caller names another bound. */
#define EXP_DEFAULT_MAX_STATES 2000000L

typedef enum exp_kind {
  EXP_ACTIVE, /* choices are offered */
  EXP_ENDING, /* an ending was reached */
  EXP_STUCK,  /* a node where no choice can be offered */
  EXP_ERROR   /* an author's function failed on the way here */
} exp_kind;

/* The range of what a state offers: relationship value and skills over
 * its available choices.  Few distinct ones exist, so states share them
 * (exp_graph.offers): a state is written once and millions are kept, and
 * these ten numbers were half of it. */
typedef struct exp_offer {
  int value_min, value_max;
  int skill_min[SCN_SKILL_COUNT], skill_max[SCN_SKILL_COUNT];
} exp_offer;

typedef struct exp_state {
  int node;
  exp_kind kind;
  int parent;        /* BFS parent state, -1 for the start */
  int parent_choice; /* gid of the choice taken from the parent, or -1 */
  int depth;
  int first_edge, n_edges;
  int error; /* index into errors, for EXP_ERROR and EXP_STUCK */
  int offer; /* index into offers (0: nothing offered, or not expanded) */
  int trust; /* the trust meter here, for reports */
} exp_state;

typedef struct exp_edge {
  int to;     /* child state */
  int choice; /* gid */
} exp_edge;

typedef struct exp_graph {
  const scn_scenario *scn;
  exp_state *states;
  int n_states;
  exp_edge *edges;
  int n_edges;
  bool bounded;        /* stopped at a bound: what follows covers part only */
  bool memory_bounded; /* that bound was memory (exp_key_budget), not
                          max_states */
  long max_states;
  exp_offer *offers; /* n_offers distinct ranges; offers[0] is all zero */
  int n_offers;
  unsigned char *node_reached;   /* per node */
  unsigned char *choice_offered; /* per choice gid: available somewhere */
  unsigned char *choice_shown;   /* per gid: shown locked somewhere */
  const scn_choice **by_gid;     /* gid -> choice */
  int *node_of_gid;              /* gid -> node index */
  char **errors;                 /* messages, for EXP_ERROR / EXP_STUCK */
  int n_errors;
  size_t states_bytes, edges_bytes; /* what states and edges hold (rp_pages) */
} exp_graph;

/* The bytes of state keys an exploration keeps at most: an eighth of the
 * machine's memory (a state costs about four times its key in all: its
 * record, its edges and its slot in the table), and at least 1 GiB.  It
 * bounds the exploration however large max_states is. */
size_t exp_key_budget(void);

/* Explores scn up to max_states states.  Returns RP_ENOMEM (with err) only
 * when memory ran out; scenario failures are states of kind EXP_ERROR. */
rp_status exp_explore(const scn_scenario *scn, long max_states, exp_graph *g,
                      rp_error *err);
void exp_free(exp_graph *g);

/* Writes the choice gids from the start to state into gids (at most cap);
 * returns the path's length. */
int exp_path(const exp_graph *g, int state, int *gids, int cap);

#endif
