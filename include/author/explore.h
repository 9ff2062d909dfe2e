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
 * No I/O.  Ownership: explore_run() fills an explore_graph the caller releases
 * with explore_free().
 */
#ifndef EXPLORE_H
#define EXPLORE_H

#include <stdbool.h>
#include <stdint.h>

#include "core/scn.h"
#include "util/rp_error.h"

/* States explored before stopping, unless the caller names another bound. */
#define EXPLORE_DEFAULT_MAX_STATES 2000000L

/* The largest bound a caller may name (rapport check --max-states refuses
 * more; explore_run() takes more as this).  States are indexed by int and
 * the key table's slots hold an index + 1 in 32 bits; a billion states is
 * 40 GB of states alone, past the key budget of most machines. */
#define EXPLORE_MAX_STATES 1000000000L

typedef enum explore_kind {
  EXPLORE_ACTIVE, /* choices are offered */
  EXPLORE_ENDING, /* an ending was reached */
  EXPLORE_STUCK,  /* a node where no choice can be offered */
  EXPLORE_ERROR   /* an author's function failed on the way here */
} explore_kind;

/* The range of what a state offers: relationship value and skills over
 * its available choices.  Few distinct ones exist, so states share them
 * (explore_graph.offers): a state is written once and millions are kept, and
 * these ten numbers were half of it. */
typedef struct explore_offer {
  int value_min, value_max;
  int skill_min[SCN_SKILL_COUNT], skill_max[SCN_SKILL_COUNT];
} explore_offer;

typedef struct explore_state {
  int node;
  explore_kind kind;
  int parent;        /* BFS parent state, -1 for the start */
  int parent_choice; /* gid of the choice taken from the parent, or -1 */
  int depth;
  int first_edge, n_edges;
  int error; /* index into errors, for EXPLORE_ERROR and EXPLORE_STUCK */
  int offer; /* index into offers (0: nothing offered, or not expanded) */
  int trust; /* the trust meter here, for reports */
} explore_state;

typedef struct explore_edge {
  int to;     /* child state */
  int choice; /* gid */
} explore_edge;

typedef struct explore_graph {
  const scn_scenario *scn;
  explore_state *states;
  int n_states;
  explore_edge *edges;
  int n_edges;
  bool bounded;        /* stopped at a bound: what follows covers part only */
  bool memory_bounded; /* that bound was memory (explore_key_budget), not
                          max_states */
  long max_states;
  explore_offer *offers; /* n_offers distinct ranges; offers[0] is all zero */
  int n_offers;
  unsigned char *node_reached;   /* per node */
  unsigned char *choice_offered; /* per choice gid: available somewhere */
  unsigned char *choice_shown;   /* per gid: shown locked somewhere */
  const scn_choice **by_gid;     /* gid -> choice */
  int *node_of_gid;              /* gid -> node index */
  char **errors; /* messages, for EXPLORE_ERROR / EXPLORE_STUCK */
  int n_errors;
  size_t states_bytes, edges_bytes; /* what states and edges hold (rp_pages) */
} explore_graph;

/* The bytes of state keys an exploration keeps at most: an eighth of the
 * machine's memory (a state costs about four times its key in all: its
 * record, its edges and its slot in the table), and at least 1 GiB.  It
 * bounds the exploration however large max_states is. */
size_t explore_key_budget(void);

/* Explores scn up to max_states states (0: EXPLORE_DEFAULT_MAX_STATES; at
 * most EXPLORE_MAX_STATES).  Returns RP_ENOMEM (with err) only
 * when memory ran out; scenario failures are states of kind EXPLORE_ERROR. */
rp_status explore_run(const scn_scenario *scn, long max_states,
                      explore_graph *g, rp_error *err);
void explore_free(explore_graph *g);

/* Writes the choice gids from the start to state into gids (at most cap);
 * returns the path's length. */
int explore_path(const explore_graph *g, int state, int *gids, int cap);

#endif
