/*
 * check_random.c -- seeded random playthroughs for `rapport check --random`.
 * Real sessions, so every function runs as in play; the least-used option is
 * preferred so that N runs cover as much of the scenario as they can.
 */
#include <stdlib.h>
#include <string.h>

#include "author/check.h"
#include "core/score.h"
#include "core/sess.h"
#include "util/rp_rng.h"

static int by_value(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* Picks the offered option chosen least so far; ties by the generator. */
static int pick(const sess_session *s, const check_random *r, uint64_t *rng) {
  const scn_scenario *scn = sess_scenario(s);
  const scn_node *node = &scn->nodes[sess_node(s)];
  const sess_option *o;
  int n = sess_options(s, &o), best = -1, ties = 0, least = 0;
  for (int i = 0; i < n; i++) {
    if (!o[i].available)
      continue;
    int used = r->taken[node->choices[o[i].choice].gid];
    if (best < 0 || used < least) {
      best = o[i].number;
      least = used;
      ties = 1;
    } else if (used == least && rp_rng_range(rng, 0, ties++) == 0) {
      best = o[i].number; /* reservoir sampling among the ties */
    }
  }
  return best;
}

rp_status check_random_play(const scn_scenario *scn, int runs, uint64_t seed,
                            check_random *r, rp_error *err) {
  memset(r, 0, sizeof *r);
  r->runs = runs;
  r->seed = seed;
  int n_endings = 0;
  int *slot = malloc((size_t)scn->n_nodes * sizeof *slot);
  r->taken = calloc((size_t)scn->n_choices + 1, sizeof *r->taken);
  r->scores = malloc((size_t)(runs > 0 ? runs : 1) * sizeof *r->scores);
  if (slot == NULL || r->taken == NULL || r->scores == NULL)
    goto oom;
  for (int i = 0; i < scn->n_nodes; i++)
    slot[i] = scn->nodes[i].is_ending ? n_endings++ : -1;
  r->ending_runs = calloc((size_t)n_endings + 1, sizeof *r->ending_runs);
  if (r->ending_runs == NULL)
    goto oom;
  uint64_t rng = seed ^ 0x5eed5eed5eed5eedULL;
  for (int run = 0; run < runs; run++) {
    sess_session *s = sess_new(scn, seed + (uint64_t)run, err);
    if (s == NULL)
      goto oom;
    for (int turn = 0; sess_state(s) == SESS_ACTIVE; turn++) {
      if (turn == CHECK_RANDOM_MAX_TURNS) {
        r->endless++;
        sess_quit(s);
        break;
      }
      int number = pick(s, r, &rng);
      const scn_node *node = &scn->nodes[sess_node(s)];
      const sess_option *o;
      int n = sess_options(s, &o);
      for (int i = 0; i < n; i++)
        if (o[i].available && o[i].number == number &&
            r->taken[node->choices[o[i].choice].gid]++ == 0)
          r->choices_taken++;
      rp_error e;
      if (sess_choose(s, number, 0.0, &e) != RP_OK &&
          sess_state(s) == SESS_ACTIVE) {
        /* Not made (out of memory): trying again each turn would count
         * the run as endless. */
        sess_free(s);
        if (e.code == RP_ENOMEM)
          goto oom;
        free(slot);
        check_random_free(r);
        return rp_fail(err, e.code, "random play stopped: %s", e.msg);
      }
    }
    if (sess_state(s) == SESS_ABORTED) {
      r->aborted++;
      /* The first failure is what the report shows: losing it for want
       * of memory would report failures without their reason. */
      if (r->first_error == NULL &&
          (r->first_error = strdup(sess_abort_reason(s))) == NULL) {
        sess_free(s);
        goto oom;
      }
    } else if (sess_state(s) == SESS_ENDED) {
      r->ending_runs[slot[sess_node(s)]]++;
    }
    score_report rep;
    score_session(s, &rep);
    r->scores[run] = rep.overall;
    sess_free(s);
  }
  qsort(r->scores, (size_t)runs, sizeof *r->scores, by_value);
  free(slot);
  return RP_OK;
oom:
  free(slot);
  check_random_free(r);
  return rp_fail(err, RP_ENOMEM, "out of memory in random play");
}

void check_random_free(check_random *r) {
  free(r->taken);
  free(r->ending_runs);
  free(r->first_error);
  free(r->scores);
  memset(r, 0, sizeof *r);
}

double check_quantile(const check_random *r, double q) {
  if (r->runs == 0)
    return 0;
  int i = (int)(q * (r->runs - 1) + 0.5);
  return r->scores[i < 0 ? 0 : i >= r->runs ? r->runs - 1 : i];
}

double check_pass_mark(const check_random *r, double percent) {
  /* P% reach it: the (100 - P)th percentile, rounding toward passing more. */
  if (r->runs == 0)
    return 0;
  int i = (int)((100.0 - percent) / 100.0 * r->runs);
  if (i >= r->runs)
    i = r->runs - 1;
  return r->scores[i < 0 ? 0 : i];
}
