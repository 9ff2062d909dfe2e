/*
 * sess_internal.h -- what the session's files share (not public): the
 * session itself, entering a node and clearing the options.  sess.c is the
 * conversation; sess_key.c turns a session's state into a compact key and
 * back, for the explorer.
 */
#ifndef SESS_INTERNAL_H
#define SESS_INTERNAL_H

#include "core/sess.h"

struct sess_session {
  const scn_scenario *scn;
  uint64_t seed, rng;
  sess_status status;
  char *abort_reason;
  rp_status abort_status; /* the failure's code, when aborted */
  int node, turn;
  int meters[SCN_MAX_METERS];
  uint64_t facts;
  int *visits;          /* per node */
  unsigned char *taken; /* per choice gid, saturating at 255 */
  sess_option *opts;
  int n_opts, n_avail, cap_opts;
  sess_line *lines;
  int n_lines, cap_lines;
  sess_decision *dec;
  int n_dec, cap_dec;
  bool quiet;         /* exploring: no transcript, no texts, no decision log */
  bool hide_locked;   /* graded and assessed play: locked options unseen */
  size_t text_bytes;  /* text functions have returned (SESS_TEXT_LIMIT) */
  bool stuck;         /* aborted because no choice could be offered */
  uint64_t rng_entry; /* the generator as the current node was entered */
  /* Which texts are ours to free (the others are the scenario's). */
  bool *opt_own;          /* per option slot (cap_opts) */
  bool *line_own;         /* per transcript line (cap_lines) */
  unsigned char *dec_own; /* per decision: OWN_TEXT | OWN_BEST */
  /* Nodes first visited and choices first taken since the last reset, so
   * that a reset clears only those; all_dirty after a restore. */
  int *touched_nodes, n_touched_nodes;
  int *touched_gids, n_touched_gids;
  bool all_dirty;
  /* The once-only choices (gids), in gid order: the plain-data key. */
  int *once_gids, n_once;
};

/* Releases the options' texts it owns and empties the list. */
void sess_clear_options(sess_session *s);

/* Enters node n: counts the visit, says its `say`, works out the options
 * (an ending ends the session).  A failure aborts the session, with err
 * as the reason. */
rp_status sess_enter(sess_session *s, int n, rp_error *err);

#endif
